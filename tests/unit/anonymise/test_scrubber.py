"""The scrubber end to end: all layers merged, consistent labels, redactions, and the domain
words a learning table needs left standing. Tests with deduce use the session fixture."""

from __future__ import annotations

import threading

import pytest

from expertteam_app.anonymise.labels import Labeller
from expertteam_app.anonymise.scrubber import (
    Anonymiser,
    anonymiser_loaded,
    deduce_kind,
    shared_anonymiser,
)
from expertteam_app.anonymise.types import EntityKind, KnownEntities, KnownPerson, Source

KNOWN = KnownEntities(
    persons=(
        KnownPerson("Roos", "van den", "Berg"),
        KnownPerson("Mark", "van den", "Berg"),
        KnownPerson("Kees", "", "Pietersen"),
    ),
    places=("Nieuwegein",),
    institutions=("OBS De Regenboog", "Karakter"),
)

# Without deduce: our own layers only, fast.
PLAIN = Anonymiser()


def test_deduce_tags_map_to_label_stems():
    assert deduce_kind("persoon") is EntityKind.PERSON
    assert deduce_kind("initiaal+interfix+naam") is EntityKind.PERSON
    assert deduce_kind("locatie") is EntityKind.PLACE
    assert deduce_kind("zorginstelling") is EntityKind.INSTITUTION
    assert deduce_kind("ziekenhuis") is EntityKind.INSTITUTION
    assert deduce_kind("telefoonnummer") is EntityKind.PHONE
    assert deduce_kind("patientnummer") is EntityKind.OTHER_ID
    assert deduce_kind("iets nieuws") is EntityKind.OTHER_ID


def test_a_known_person_keeps_one_label_across_the_texts_of_a_summary():
    labeller = Labeller()
    first = PLAIN.scrub("Roos van den Berg woont in Nieuwegein.", KNOWN, labeller)
    second = PLAIN.scrub("Roosje en haar vader Mark; mw. Van den Berg belde.", KNOWN, labeller)
    assert first.text == "[PERSOON-1] woont in [LOCATIE-1]."
    # "Van den Berg" alone belongs to the first person with that name.
    assert second.text == "[PERSOON-1] en haar vader [PERSOON-2]; [PERSOON-1] belde."
    assert all(r.source is Source.CASE for r in first.replacements + second.replacements)


def test_replacements_know_where_they_were_and_where_their_label_is():
    text = "Bel Kees op 06-12345678 of mail kees@voorbeeld.nl."
    result = PLAIN.scrub(text, KNOWN, Labeller())
    assert result.text == "Bel [PERSOON-1] op [TELEFOONNUMMER-1] of mail [EMAILADRES-1]."
    for r in result.replacements:
        assert text[r.start : r.end] == r.original
        assert result.text[r.out_start : r.out_end] == r.label
    assert [r.kind for r in result.replacements] == [
        EntityKind.PERSON,
        EntityKind.PHONE,
        EntityKind.EMAIL,
    ]


def test_the_same_number_written_twice_gets_one_label():
    result = PLAIN.scrub("06-12345678 en 06 12 34 56 78 en +31 6 12345678", KNOWN, Labeller())
    assert result.text == "[TELEFOONNUMMER-1] en [TELEFOONNUMMER-1] en [TELEFOONNUMMER-1]"


def test_an_address_that_contains_a_known_name_goes_whole():
    result = PLAIN.scrub("Mail mark.vandenberg@gmail.com of www.roos.nl.", KNOWN, Labeller())
    assert result.text == "Mail [EMAILADRES-1] of [URL-1]."


def test_redactions_replace_every_occurrence_case_insensitively():
    labeller = Labeller()
    text = "Zij woont aan de Dorpsstraat 12. De dorpsstraat 12 is klein; het Zwembad ook."
    result = PLAIN.scrub(text, KNOWN, labeller, redactions=["Dorpsstraat 12", "zwembad"])
    assert result.text == (
        "Zij woont aan de [AFGESCHERMD-1]. De [AFGESCHERMD-1] is klein; het [AFGESCHERMD-2] ook."
    )
    assert {r.source for r in result.replacements} == {Source.REVIEWER}


def test_a_redaction_selected_in_the_scrubbed_text_may_hold_labels():
    labeller = Labeller()
    text = "Kees zat bij de scouting in Nieuwegein."
    before = PLAIN.scrub(text, KNOWN, labeller)
    assert before.text == "[PERSOON-1] zat bij de scouting in [LOCATIE-1]."
    after = PLAIN.scrub(text, KNOWN, labeller, redactions=["scouting in [LOCATIE-1]"])
    assert after.text == "[PERSOON-1] zat bij de [AFGESCHERMD-1]."


def test_domain_words_survive():
    text = (
        "Er is een wachtlijst voor de crisisopvang en de jeugd-ggz. Autisme is vastgesteld. "
        "Schuldhulpverlening via het wijkteam; een gezinshuis, pleegzorg of jeugdzorgplus. "
        "De huisarts en Veilig Thuis, de school en de gemeente."
    )
    assert PLAIN.scrub(text, KNOWN, Labeller()).text == text


def test_to_check_marks_what_is_left_for_the_reviewer():
    result = PLAIN.scrub("Kees speelt bij Zwaluwen met Ingeborg, 3 keer.", KNOWN, Labeller())
    marks = [result.text[a:b] for a, b in result.to_check]
    assert "[PERSOON-1]" not in marks
    assert "3" in marks


def test_the_shared_anonymiser_loads_deduce_once_and_reports_progress(anonymiser):
    assert anonymiser_loaded()
    assert anonymiser.uses_deduce
    lines: list[str] = []
    assert shared_anonymiser(lines.append) is anonymiser
    assert lines == []  # already loaded: nothing to say


def test_deduce_finds_what_the_case_does_not_know(anonymiser):
    labeller = Labeller()
    text = "Moeder Anja Smit belde. Later kwam mevrouw Smit terug, met Anja's zus Petra Jansen."
    result = anonymiser.scrub(text, KNOWN, labeller)
    assert "Anja" not in result.text and "Smit" not in result.text and "Petra" not in result.text
    # The last name alone and the first name alone are the same person as the full name.
    labels = {r.original: r.label for r in result.replacements}
    assert labels["Anja Smit"] == labels["mevrouw Smit"]
    assert result.text.startswith("Moeder [PERSOON-")


def test_a_deduce_name_around_a_known_name_takes_the_known_label(anonymiser):
    result = anonymiser.scrub("Kees Pietersen-Groot kwam.", KNOWN, Labeller())
    assert result.text == "[PERSOON-1] kwam."


def test_realistic_text_scrubbed_with_domain_kept(anonymiser):
    labeller = Labeller()
    text = (
        "Roos van den Berg (12 jaar, BSN 123456782) woont met moeder in Nieuwegein, "
        "3431 AB. Roosje zit op De Regenboog. Op maandag 3 juni 2024 meldde de school zich "
        "bij het wijkteam. Karakter had een wachtlijst voor autisme-diagnostiek; "
        "crisisopvang en een gezinshuis werden overwogen. Parketnummer 13/123456-24."
    )
    result = anonymiser.scrub(text, KNOWN, labeller)
    for gone in (
        "Roos",
        "Berg",
        "123456782",
        "Nieuwegein",
        "3431",
        "Regenboog",
        "3 juni",
        "Karakter",
        "13/123456-24",
    ):
        assert gone not in result.text, gone
    for kept in (
        "wachtlijst",
        "autisme",
        "crisisopvang",
        "gezinshuis",
        "wijkteam",
        "school",
        "moeder",
    ):
        assert kept in result.text, kept


def test_scrubbing_from_several_threads_is_consistent(anonymiser):
    text = "Kees Pietersen en Anja Smit in Nieuwegein, tel 030-1234567."
    expected = anonymiser.scrub(text, KNOWN, Labeller()).text
    results: list[str] = []

    def work() -> None:
        for _ in range(5):
            results.append(anonymiser.scrub(text, KNOWN, Labeller()).text)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 20


@pytest.mark.parametrize(
    "sentence",
    [
        "De jeugdarts van de GGD verwees naar de kinderpsychiater.",
        "Ondertoezichtstelling en uithuisplaatsing door de kinderrechter.",
        "De Raad voor de Kinderbescherming deed onderzoek; de gezinsvoogd van de GI volgt.",
        "Begeleid wonen, beschermd wonen, dagbesteding, respijtzorg en logeeropvang.",
        "Hij heeft ADHD, een LVB en PTSS en is een thuiszitter; leerplicht is ingeschakeld.",
        "Het Regionaal Expertteam gaf een bindend advies over het woonplaatsbeginsel.",
    ],
)
def test_domain_sentences_come_through_deduce_unchanged(anonymiser, sentence):
    assert anonymiser.scrub(sentence, KnownEntities(), Labeller()).text == sentence
