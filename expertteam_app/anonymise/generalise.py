"""Layer 1 of the anonymisation: structured facts told in coarse steps instead of copied.

A date of birth becomes an age band at registration, a date becomes a quarter, a duration
becomes whole weeks (and, in the aggregate tables, a band of weeks). A region sees tens of
complex cases a year, so an exact age or date can point at one child.
"""

from __future__ import annotations

from datetime import date

# The bands the issue names; the upper bound is inclusive, None means "and older".
_AGE_BANDS: tuple[tuple[int | None, str], ...] = (
    (3, "0-3"),
    (11, "4-11"),
    (15, "12-15"),
    (17, "16-17"),
    (None, "18+"),
)
AGE_BANDS: tuple[str, ...] = tuple(label for _, label in _AGE_BANDS)

# Lead-time bands for the tables: 0-4 weeks is about a month, 13 a quarter, 26 half a year.
_LEAD_TIME_BANDS: tuple[tuple[int | None, str, str], ...] = (
    (4, "0-4 weken", "0-4 weeks"),
    (8, "5-8 weken", "5-8 weeks"),
    (13, "9-13 weken", "9-13 weeks"),
    (26, "14-26 weken", "14-26 weeks"),
    (None, "meer dan 26 weken", "more than 26 weeks"),
)


def age_on(born: date, on: date) -> int:
    """Age in whole years on `on` (a birthday on 29 February counts from 1 March in other
    years); never below zero."""
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return max(years, 0)


def age_band(born: date, on: date) -> str:
    """The age band of someone born on `born`, on the day `on` (the registration date)."""
    age = age_on(born, on)
    for upper, label in _AGE_BANDS:
        if upper is None or age <= upper:
            return label
    raise AssertionError("unreachable: the last band is open")


def quarter(d: date, language: str = "nl") -> str:
    """'2e kwartaal 2025' in Dutch, 'Q2 2025' in English."""
    number = (d.month - 1) // 3 + 1
    if language == "en":
        return f"Q{number} {d.year}"
    return f"{number}e kwartaal {d.year}"


def weeks_between(a: date, b: date) -> int:
    """Whole weeks from `a` to `b`, rounded down (6 days is 0 weeks); negative when `b` is
    before `a`."""
    return (b - a).days // 7


def lead_time_bands(language: str = "nl") -> tuple[str, ...]:
    """Every lead-time band in order, for the rows of a table."""
    return tuple(en if language == "en" else nl for _, nl, en in _LEAD_TIME_BANDS)


def lead_time_band(weeks: int, language: str = "nl") -> str:
    """The band of a lead time in whole weeks ('5-8 weken'); a negative number counts as 0."""
    weeks = max(weeks, 0)
    for upper, nl, en in _LEAD_TIME_BANDS:
        if upper is None or weeks <= upper:
            return en if language == "en" else nl
    raise AssertionError("unreachable: the last band is open")
