"""Euro amounts typed in Dutch notation become exact Decimals, never floats."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expertteam_app.domain.money import format_euros, parse_euros


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("€ 1.234,56", Decimal("1234.56")),
        ("1234,5", Decimal("1234.50")),
        ("1234.56", Decimal("1234.56")),
        ("1.250", Decimal("1250.00")),  # Dutch thousands, not one and a quarter
        ("12.345.678,90", Decimal("12345678.90")),
        ("€ 250,-", Decimal("250.00")),
        ("0", Decimal("0.00")),
        ("-12", Decimal("-12.00")),
        ("", None),
        ("   ", None),
    ],
)
def test_dutch_amounts_are_read_exactly(typed, amount):
    assert parse_euros(typed) == amount


@pytest.mark.parametrize("typed", ["1,2,3", "12,345", "0,001", "1.2345", "twaalf", "1.23.4", "."])
def test_what_is_not_an_amount_is_refused(typed):
    with pytest.raises(ValueError):
        parse_euros(typed)


@given(st.decimals(min_value=0, max_value=Decimal("9999999.99"), places=2))
def test_what_is_shown_reads_back_as_the_same_amount(amount):
    assert parse_euros(format_euros(amount)) == amount


def test_format_uses_dutch_grouping():
    assert format_euros(Decimal("60500.5")) == "€ 60.500,50"
    assert format_euros(Decimal("-12")) == "-€ 12,00"
