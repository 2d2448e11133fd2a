"""The transition at 18 (18-/18+): when it is near, and when the "big five" apply."""

from __future__ import annotations

from datetime import date

from expertteam_app.domain.dates import add_months


def eighteenth_birthday(born: date) -> date:
    return add_months(born, 18 * 12)


def big_five_applies(born: date, on: date) -> bool:
    """From 16.5 years the team tracks support, housing, school/work, income, wellbeing."""
    return on >= add_months(born, 16 * 12 + 6)


def turns_18_within(born: date, on: date, months: int) -> bool:
    birthday = eighteenth_birthday(born)
    return on <= birthday <= add_months(on, months)
