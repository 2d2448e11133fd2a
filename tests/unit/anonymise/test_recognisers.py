"""Our own recognisers, each on what it must find and on what it must leave alone."""

from __future__ import annotations

import pytest

from expertteam_app.anonymise.recognisers import (
    find_bsn,
    find_dates,
    find_emails,
    find_file_numbers,
    find_ibans,
    find_phones,
    find_postcodes,
    find_proper_names,
    find_urls,
    valid_bsn,
    valid_iban,
)
from expertteam_app.anonymise.types import EntityKind


def texts(find, text: str) -> list[str]:
    return [text[s.start : s.end] for s in find(text)]


@pytest.mark.parametrize("written", ["123456782", "1234.56.782", "123 456 782", "123-456-782"])
def test_a_valid_bsn_is_found_in_any_spacing(written):
    assert texts(find_bsn, f"BSN {written}, geboren") == [written]


def test_an_eight_digit_bsn_with_its_leading_zero_dropped_is_found_when_valid():
    assert valid_bsn("0" + "12345611")
    assert texts(find_bsn, "BSN 12345611, geboren") == ["12345611"]
    assert texts(find_bsn, "getal 12345678, geboren") == []  # 012345678 fails the 11-test


def test_numbers_that_fail_the_11_test_are_no_bsn():
    assert not valid_bsn("123456789")
    assert texts(find_bsn, "getal 123456789 en 000000000") == []
    assert texts(find_bsn, "bel 0612345678") == []


@pytest.mark.parametrize(
    "written",
    [
        "06-12345678",
        "06 12 34 56 78",
        "06-1234 5678",
        "+31 6 12345678",
        "+31 (0)6-12345678",
        "0031 6 1234 5678",
        "030-1234567",
        "(030) 123 45 67",
        "0229-123456",
        "088-1234567",
        "0800-1234",
        "0900-1234567",
        "06.27.33.81.09",
        "0612345678",
    ],
)
def test_dutch_phone_numbers_in_every_form(written):
    assert texts(find_phones, f"Bereikbaar op {written}, ook 's avonds.") == [written]


@pytest.mark.parametrize(
    "text",
    [
        "Het kost € 1.234,56 per maand.",
        "Op 01-03-2024 12 uur was het gesprek.",
        "Een wachttijd van 0 tot 3 maanden, 2024 en 2025.",
        "Zij kreeg 0,5 fte begeleiding.",
    ],
)
def test_amounts_dates_and_counts_are_no_phone_numbers(text):
    assert texts(find_phones, text) == []


@pytest.mark.parametrize("written", ["1234 AB", "1234AB", "1234 ab", "3512ab"])
def test_postcodes(written):
    assert texts(find_postcodes, f"Dorpsstraat 1, {written} Utrecht") == [written]


def test_a_year_followed_by_a_short_word_is_no_postcode():
    assert texts(find_postcodes, "Sinds 2024 en in 2023 is het erger; 1990 op school.") == []


@pytest.mark.parametrize(
    "written", ["NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "GB82 WEST 1234 5698 7654 32"]
)
def test_ibans_with_and_without_spaces(written):
    assert texts(find_ibans, f"Rekening {written} op naam van moeder.") == [written]


def test_a_foreign_iban_with_a_wrong_check_is_not_found_but_a_dutch_one_by_its_shape_is():
    assert not valid_iban("GB83WEST12345698765432")
    assert texts(find_ibans, "Rekening GB83 WEST 1234 5698 7654 32.") == []
    # A mistyped Dutch account number still points to an account.
    assert not valid_iban("NL92ABNA0417164300")
    assert texts(find_ibans, "Rekening NL92ABNA0417164300.") == ["NL92ABNA0417164300"]


def test_email_and_urls():
    text = "Mail jan.devries@gmail.com of kijk op www.jeugd.nl/x, https://a.b/c en school.nl."
    assert texts(find_emails, text) == ["jan.devries@gmail.com"]
    assert texts(find_urls, text) == ["www.jeugd.nl/x", "https://a.b/c", "school.nl"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("parketnummer 13/123456-24 bij de politie", "13/123456-24"),
        ("onder parketnummer 12-345678-23.", "12-345678-23"),
        ("VT-nummer: 2024-00123", "2024-00123"),
        ("dossiernummer AB12345 bij de GI", "AB12345"),
        ("zaaknummer Z/21/1234", "Z/21/1234"),
        ("cliëntnummer 88213", "88213"),
        ("registratienummer K-77120", "K-77120"),
        ("onze casus ET-2026-0001 werd", "ET-2026-0001"),
        ("dossier VT2024-113907, medewerker", "VT2024-113907"),
        ("registratie VT 2024 031 876.", "VT 2024 031 876"),
        ("(zaaknummer kinderrechter C/08/312544 / JE RK 23-1187)", "C/08/312544 / JE RK 23-1187"),
        ("Kenmerk GI: JBM-2023-18842.", "JBM-2023-18842"),
    ],
)
def test_case_and_file_numbers(text, code):
    assert code in texts(find_file_numbers, text)


def test_words_near_number_words_are_no_file_numbers():
    text = "Het dossier is dik; het nummer van de school volgt. Zij heeft COVID-19 gehad."
    assert texts(find_file_numbers, text) == []


@pytest.mark.parametrize(
    "written",
    [
        "12-3-2024",
        "12/03/'24",
        "3 juni",
        "3 jun. 2024",
        "juni 2024",
        "maandag 3 juni",
        "2024-03-12",
        "12.03.2024",
        "zomer 2017",
        "de herfst van 2023",
        "1e september 2022",
    ],
)
def test_dates_in_dutch_forms(written):
    assert written in texts(find_dates, f"Sinds {written} gaat het mis.")


def test_no_dates_in_plain_numbers_and_month_words():
    text = "In juni gaat het beter; 31-13-2020 bestaat niet; wachtlijst van 12 weken; maart."
    assert texts(find_dates, text) == []


def test_proper_names_nobody_told_about():
    text = (
        "Schuldhulpverlening loopt via Stadkracht. Een onderzoek bij Kinderpsychiatrisch Centrum "
        "Hunzedal, logeren bij Logeerhuis De Vlinder in Purmerend. Hij heeft ADHD en zit op het "
        "SBO. Traumabehandeling begon laat. De GZ-psycholoog en de Raad voor de "
        "Kinderbescherming. Veilig Thuis belde. Hij spreekt Arabisch."
    )
    found = {text[s.start : s.end]: s.kind for s in find_proper_names(text)}
    assert found == {
        "Stadkracht": EntityKind.PERSON,
        "Kinderpsychiatrisch Centrum Hunzedal": EntityKind.INSTITUTION,
        "Logeerhuis De Vlinder": EntityKind.INSTITUTION,
        "Purmerend": EntityKind.PLACE,
    }


def test_a_number_announced_as_bsn_goes_whatever_its_grouping_or_check():
    assert texts(find_bsn, "BSN: 753-91-4633.") == ["753-91-4633"]
    assert texts(find_bsn, "burgerservicenummer 123456789,") == ["123456789"]


def test_a_municipal_short_number_is_a_phone_number():
    assert texts(find_phones, "telefoon 14 0591, of 140591.") == ["14 0591", "140591"]
    assert texts(find_phones, "Zij is 14 jaar en woont er 0 jaar.") == []


def test_day_and_month_without_a_year():
    assert texts(find_dates, "Geconsulteerd op 30/12 en di 14-1.") == ["30/12", "di 14-1"]
    assert texts(find_dates, "Twee tot drie keer, 3-4 keer per week, 45/60 minuten.") == []


def test_compact_codes_and_initials_alone():
    text = "case no. MA24F01187 for T.W. (aanmelding J.K.M.) with COVID19 and ADHD."
    assert "MA24F01187" in texts(find_file_numbers, text)
    assert "COVID19" not in texts(find_file_numbers, text)
    from expertteam_app.anonymise.recognisers import find_initials

    assert texts(find_initials, text) == ["T.W.", "J.K.M."]


def test_a_capitalised_dutch_word_after_a_place_preposition_is_a_place():
    text = "Een rechter in Manchester besliste; vader woont in Leiden-Noord. In Leiden zelf niet."
    found = {text[s.start : s.end]: s.kind for s in find_proper_names(text)}
    assert found == {"Manchester": EntityKind.PLACE, "Leiden-Noord": EntityKind.PLACE}
