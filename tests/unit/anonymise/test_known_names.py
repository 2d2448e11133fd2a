"""Every form in which a case's own names and places turn up in its free text."""

from __future__ import annotations

import pytest

from expertteam_app.anonymise.known_names import KnownMatcher, diminutives
from expertteam_app.anonymise.types import EntityKind, KnownEntities, KnownPerson

KNOWN = KnownEntities(
    persons=(
        KnownPerson("Jan", "de", "Vries"),
        KnownPerson("Roos", "van den", "Berg"),
        KnownPerson("Thomas", "", "Bakker"),
        KnownPerson("Daan", "", "Jansen-de Wit"),
        KnownPerson("Zoë", "", "Storm"),
        KnownPerson("Kim", "", "Visser"),
        KnownPerson("Sanne", "", "Mees"),
    ),
    places=("Nieuwegein",),
    institutions=("OBS De Regenboog", "Karakter", "Stichting Lindenhout"),
)
MATCHER = KnownMatcher(KNOWN)


def found(text: str) -> dict[str, tuple[EntityKind, str]]:
    return {text[m.start : m.end]: (m.kind, m.key) for m in MATCHER.find(text)}


@pytest.mark.parametrize(
    "form",
    [
        "Jan de Vries",
        "Jan",
        "de Vries",
        "De Vries",
        "Vries",
        "J. de Vries",
        "J.J.M. de Vries",
        "J de Vries",
        "mevrouw De Vries",
        "mw. de Vries",
        "dhr. de Vries",
        "de heer De Vries",
        "Jans",
        "Jan's",
        "Jantje",
        "Jannetje",
    ],
)
def test_every_form_of_a_name_is_the_same_person(form):
    assert found(f"Gisteren sprak ik {form} over school.") == {
        form: (EntityKind.PERSON, "person:jan de vries")
    }


def test_prefix_capitalised_or_not_and_possessives():
    text = "Van den Berg, van den Berg, Berg en Roos' fiets; Thomas' moeder en Roosje."
    keys = {k for _, k in found(text).values()}
    assert set(found(text)) == {
        "Van den Berg",
        "van den Berg",
        "Berg",
        "Roos'",
        "Thomas'",
        "Roosje",
    }
    assert keys == {"person:roos van den berg", "person:thomas bakker"}


def test_double_last_names_by_each_part():
    assert set(found("Jansen, De Wit en Wit en Jansen-de Wit.")) == {
        "Jansen",
        "De Wit",
        "Wit",
        "Jansen-de Wit",
    }


def test_names_that_are_dutch_words_count_when_capitalised_only():
    text = "Storm zag een storm; Bakker bij de bakker; Visser en een visser; Mees, mees."
    assert set(found(text)) == {"Storm", "Bakker", "Visser", "Mees"}


def test_a_name_without_its_diacritics():
    assert found("Zoe Storm kwam.") == {"Zoe Storm": (EntityKind.PERSON, "person:zoë storm")}


def test_diminutives():
    assert {"Jantje", "Jannetje"} <= diminutives("Jan")
    assert "Daantje" in diminutives("Daan")
    assert "Kimpje" in diminutives("Kim")
    assert {"Annetje", "Anneke"} <= diminutives("Anne")
    assert "Sanneke" in diminutives("Sanne")
    assert set(found("Daantje, Kimpje en Sanneke")) == {"Daantje", "Kimpje", "Sanneke"}


def test_no_match_inside_other_words_or_addresses():
    assert found("Janssen, Jansenius, basisschool, jan.devries@mail.nl, Bergen") == {}


def test_places_with_their_adjectives():
    text = "In Nieuwegein, de Nieuwegeinse school, een Nieuwegeiner."
    assert {k for k, _ in found(text).values()} == {EntityKind.PLACE}
    assert set(found(text)) == {"Nieuwegein", "Nieuwegeinse", "Nieuwegeiner"}


def test_institutions_by_their_distinctive_part():
    text = (
        "Op OBS De Regenboog, op De Regenboog, op Regenboog; een regenboog; Lindenhout; Karakter."
    )
    assert set(found(text)) == {
        "OBS De Regenboog",
        "De Regenboog",
        "Regenboog",
        "Lindenhout",
        "Karakter",
    }


def test_domain_words_are_never_known_names():
    matcher = KnownMatcher(
        KnownEntities(
            persons=(KnownPerson("Mentor", "", "School"),), institutions=("Stichting Zorg",)
        )
    )
    text = "De mentor van school regelt zorg."
    assert matcher.find(text) == []


def test_nicknames_made_of_the_surname():
    """Families call a child after the surname too ("Schaapje" for a girl called Schaap);
    as a Dutch word ("een schaapje") it stays when written small."""
    matcher = KnownMatcher(KnownEntities(persons=(KnownPerson("Merel", "", "Schaap"),)))
    text = "Thuis heet ze Schaapje; Visser-tje niet. Een schaapje in de wei."
    assert [text[m.start : m.end] for m in matcher.find(text)] == ["Schaapje"]
