"""Euro amounts typed by a person, in Dutch notation: exact `Decimal`, never a float."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")  # 1.234 or 12.345.678: dots group thousands


def parse_euros(text: str) -> Decimal | None:
    """'€ 1.234,56', '1234,5', '1234.56', '1.250' -> Decimal; '' -> None; else ValueError.

    A comma is the decimal mark and dots then group thousands. Without a comma a dot is a
    thousands separator when it groups three digits (Dutch '1.250' is twelve hundred and
    fifty), otherwise a decimal point.
    """
    raw = text.strip().replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "")
    if not raw:
        return None
    negative = raw.startswith("-")
    raw = raw.removeprefix("-").removeprefix("+")
    if raw.endswith(",-"):  # '€ 250,-'
        raw = raw[:-2]
    if "," in raw:
        whole, _, cents = raw.rpartition(",")
        if "," in whole or (whole and "." in whole and not _GROUPED.match(whole)):
            raise ValueError(text)
        raw = whole.replace(".", "") + "." + cents
    elif _GROUPED.match(raw):
        raw = raw.replace(".", "")
    if not re.fullmatch(r"\d*(\.\d*)?", raw) or raw in ("", "."):
        raise ValueError(text)
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if value != value.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN):
        raise ValueError(text)  # more than cents: a typo, not an amount
    value = value.quantize(Decimal("0.01"))
    return -value if negative else value


def format_euros(amount: Decimal | int | None) -> str:
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
