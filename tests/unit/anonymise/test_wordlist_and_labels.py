"""The reviewer's check marks and the labels that stand in for what was scrubbed."""

from __future__ import annotations

from expertteam_app.anonymise.labels import Labeller
from expertteam_app.anonymise.types import EntityKind
from expertteam_app.anonymise.wordlist import dutch_words, to_check


def marked(text: str) -> list[str]:
    return [text[a:b] for a, b in to_check(text)]


def test_the_word_list_is_the_full_lower_case_list():
    words = dutch_words()
    assert len(words) > 300_000
    assert {"wachtlijst", "gezinshuis", "roos"} <= words
    assert "Utrecht" not in words and "utrecht" not in words


def test_capitalised_words_not_in_the_list_and_numbers_are_marked():
    text = "Hij woont in Zwartewaal met Ingrid. Het kost 1.200 euro per maand."
    assert marked(text) == ["Zwartewaal", "Ingrid", "1.200"]


def test_a_sentence_opening_word_in_the_list_is_not_marked_but_a_capital_mid_sentence_is():
    text = "Roos is een bloem. Toen kwam Roos binnen.\nDaarna: Wachtlijst."
    assert marked(text) == ["Roos"]
    assert to_check(text) == ((text.index("kwam Roos") + 5, text.index("kwam Roos") + 9),)


def test_labels_and_domain_terms_are_not_marked():
    text = "[PERSOON-1] ging naar [INSTELLING-12] op [DATUM-3]; Veilig Thuis en de Jeugdwet."
    assert marked(text) == []


def test_the_same_entity_gets_the_same_label_and_kinds_count_apart():
    labeller = Labeller()
    assert labeller.label(EntityKind.PERSON, "jan") == "[PERSOON-1]"
    assert labeller.label(EntityKind.PERSON, "Piet") == "[PERSOON-2]"
    assert labeller.label(EntityKind.PERSON, " JAN ") == "[PERSOON-1]"
    assert labeller.label(EntityKind.PLACE, "jan") == "[LOCATIE-1]"
    assert labeller.keys(EntityKind.PERSON) == ("jan", "piet")
    assert Labeller().label(EntityKind.PERSON, "piet") == "[PERSOON-1]"
