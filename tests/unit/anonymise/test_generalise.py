"""Layer 1: ages, dates and durations told in coarse steps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expertteam_app.anonymise.generalise import (
    AGE_BANDS,
    age_band,
    age_on,
    lead_time_band,
    lead_time_bands,
    quarter,
    weeks_between,
)


@pytest.mark.parametrize(
    ("born", "on", "band"),
    [
        (date(2020, 6, 15), date(2020, 6, 15), "0-3"),
        (date(2020, 6, 15), date(2024, 6, 14), "0-3"),  # the day before the 4th birthday
        (date(2020, 6, 15), date(2024, 6, 15), "4-11"),
        (date(2010, 1, 1), date(2021, 12, 31), "4-11"),
        (date(2010, 1, 1), date(2022, 1, 1), "12-15"),
        (date(2010, 1, 1), date(2025, 12, 31), "12-15"),
        (date(2010, 1, 1), date(2026, 1, 1), "16-17"),
        (date(2008, 3, 10), date(2026, 3, 9), "16-17"),
        (date(2008, 3, 10), date(2026, 3, 10), "18+"),
        (date(1990, 1, 1), date(2026, 1, 1), "18+"),
    ],
)
def test_age_band_at_registration_turns_over_on_the_birthday(born, on, band):
    assert age_band(born, on) == band


def test_a_leap_day_birthday_counts_from_the_first_of_march():
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


def test_a_date_of_birth_after_registration_is_the_youngest_band_not_an_error():
    assert age_band(date(2026, 7, 1), date(2026, 6, 15)) == "0-3"


@given(st.dates(date(1950, 1, 1), date(2040, 1, 1)), st.integers(0, 40_000))
def test_every_age_has_exactly_one_band_and_bands_only_grow_with_age(born, days):
    on = born + timedelta(days=days)
    band = age_band(born, on)
    assert band in AGE_BANDS
    later = age_band(born, on + timedelta(days=400))
    assert AGE_BANDS.index(later) >= AGE_BANDS.index(band)


@pytest.mark.parametrize(
    ("day", "nl", "en"),
    [
        (date(2025, 1, 1), "1e kwartaal 2025", "Q1 2025"),
        (date(2025, 3, 31), "1e kwartaal 2025", "Q1 2025"),
        (date(2025, 4, 1), "2e kwartaal 2025", "Q2 2025"),
        (date(2025, 9, 30), "3e kwartaal 2025", "Q3 2025"),
        (date(2025, 12, 31), "4e kwartaal 2025", "Q4 2025"),
    ],
)
def test_quarter_in_dutch_and_english(day, nl, en):
    assert quarter(day) == nl
    assert quarter(day, "nl") == nl
    assert quarter(day, language="en") == en


def test_weeks_between_counts_whole_weeks_rounded_down():
    start = date(2026, 1, 5)
    assert weeks_between(start, start) == 0
    assert weeks_between(start, start + timedelta(days=6)) == 0
    assert weeks_between(start, start + timedelta(days=7)) == 1
    assert weeks_between(start, start + timedelta(days=69)) == 9
    assert weeks_between(start, start - timedelta(days=1)) == -1


@pytest.mark.parametrize(
    ("weeks", "nl", "en"),
    [
        (-2, "0-4 weken", "0-4 weeks"),
        (0, "0-4 weken", "0-4 weeks"),
        (4, "0-4 weken", "0-4 weeks"),
        (5, "5-8 weken", "5-8 weeks"),
        (8, "5-8 weken", "5-8 weeks"),
        (9, "9-13 weken", "9-13 weeks"),
        (13, "9-13 weken", "9-13 weeks"),
        (14, "14-26 weken", "14-26 weeks"),
        (26, "14-26 weken", "14-26 weeks"),
        (27, "meer dan 26 weken", "more than 26 weeks"),
        (300, "meer dan 26 weken", "more than 26 weeks"),
    ],
)
def test_lead_time_bands_have_no_gaps(weeks, nl, en):
    assert lead_time_band(weeks) == nl
    assert lead_time_band(weeks, "en") == en
    assert nl in lead_time_bands()
    assert en in lead_time_bands("en")


def test_lead_time_bands_are_listed_in_order():
    assert lead_time_bands() == (
        "0-4 weken",
        "5-8 weken",
        "9-13 weken",
        "14-26 weken",
        "meer dan 26 weken",
    )
