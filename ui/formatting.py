"""How dates and amounts look: DD-MM-YYYY and euros in Dutch notation."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from expertteam_app.domain.dates import format_nl
from expertteam_app.domain.money import format_euros


def day(value: date | None) -> str:
    return format_nl(value)


def moment(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%d-%m-%Y %H:%M")


def euros(amount: Decimal | int | None) -> str:
    """€ 1.234,56 (Dutch grouping and decimal comma; negative as -€ 12,00)."""
    return format_euros(amount)
