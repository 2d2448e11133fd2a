"""Dates and amounts as a Dutch reader expects them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ui.formatting import day, euros


def test_dates_read_dd_mm_yyyy():
    assert day(date(2026, 3, 7)) == "07-03-2026"
    assert day(None) == ""


def test_euros_use_a_decimal_comma_and_dots_between_thousands():
    assert euros(Decimal("1234.5")) == "€ 1.234,50"
    assert euros(Decimal("1234567.891")) == "€ 1.234.567,89"
    assert euros(Decimal("0.005")) == "€ 0,00"  # bankers' rounding, as the ledger does
    assert euros(Decimal("-12")) == "-€ 12,00"
    assert euros(None) == ""
