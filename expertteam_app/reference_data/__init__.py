"""Reference data shipped with the program: the 42 jeugdregio's and 342 municipalities
(1 January 2026, CBS codes). Read without SQLAlchemy, so the new-team wizard can offer the
regions before any database exists."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    return tuple(csv.DictReader(text.splitlines()))


def regions() -> list[tuple[str, str]]:
    """(code, name) of every jeugdregio, by name."""
    return sorted(((r["code"], r["name"]) for r in rows("jeugdregios.csv")), key=lambda r: r[1])
