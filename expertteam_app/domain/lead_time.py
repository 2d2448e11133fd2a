"""Lead time from registration to advice, with suspensions taken out (the clock pauses)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date


def suspended_days(periods: Iterable[tuple[date, date | None]], start: date, end: date) -> int:
    """Days within [start, end) covered by any suspension; overlapping periods count once."""
    covered: set[int] = set()
    for begin, finish in periods:
        lo = max(begin, start)
        hi = min(finish or end, end)
        covered.update(range(lo.toordinal(), hi.toordinal()))
    return len(covered)


def lead_time_days(
    registered_on: date, until: date, suspensions: Iterable[tuple[date, date | None]]
) -> int:
    if until < registered_on:
        return 0
    return (until - registered_on).days - suspended_days(suspensions, registered_on, until)
