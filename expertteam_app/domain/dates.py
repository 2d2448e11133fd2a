"""Dates as Dutch people write them: DD-MM-YYYY (also with / or .) and ISO YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import date, datetime

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse(value: object) -> date | None:
    """A date from a cell or text; None when empty; ValueError when unreadable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    if m := _DMY.match(text):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _YMD.match(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        raise ValueError(text)
    return date(year, month, day)  # raises ValueError for 31-02-2024


def format_nl(value: date | None) -> str:
    return "" if value is None else value.strftime("%d-%m-%Y")


def add_months(start: date, months: int) -> date:
    """`start` plus whole months; a day that does not exist in the target month becomes its
    last day (29 February + 12 months is 28 February)."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, min(start.day, day))
        except ValueError:
            continue
    raise AssertionError("unreachable")
