"""How dates and amounts look: DD-MM-YYYY and euros in Dutch notation."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal

from expertteam_app.domain.dates import format_nl


def day(value: date | None) -> str:
    return format_nl(value)


def moment(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%d-%m-%Y %H:%M")


def euros(amount: Decimal | int | None) -> str:
    """€ 1.234,56 (Dutch grouping and decimal comma; negative as -€ 12,00)."""
    if amount is None:
        return ""
    value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    sign = "-" if value < 0 else ""
    whole, cents = f"{abs(value):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}€ {'.'.join(groups)},{cents}"
