"""The burgerservicenummer (BSN): normalising and the 11-test.

The Jeugdwet allows processing the BSN, but only a valid one, and it must never leave the
case file. Validation uses python-stdnum's implementation of the 11-test.
"""

from __future__ import annotations

import re

from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.nl import bsn as stdnum_bsn

from expertteam_app.errors import FieldProblem

_SEPARATORS = re.compile(r"[\s.\-]")


def normalise(raw: str) -> str:
    """Digits only; an 8-digit BSN gets its leading zero back."""
    digits = _SEPARATORS.sub("", raw.strip())
    if digits.isdigit() and len(digits) == 8:
        digits = "0" + digits
    return digits


def problem(raw: str, field: str = "bsn") -> FieldProblem | None:
    """Why `raw` is not a valid BSN, or None when it is."""
    digits = normalise(raw)
    if not digits.isdigit():
        return FieldProblem(field, "Een BSN bestaat alleen uit cijfers.", "A BSN has digits only.")
    if len(digits) != 9:
        return FieldProblem(
            field,
            f"Een BSN heeft 9 cijfers; dit zijn er {len(digits)}.",
            f"A BSN has 9 digits; this has {len(digits)}.",
        )
    if digits == "000000000":
        return FieldProblem(field, "000000000 is geen BSN.", "000000000 is not a BSN.")
    try:
        stdnum_bsn.validate(digits)
    except StdnumValidationError:
        return FieldProblem(
            field,
            "Dit BSN klopt niet (de elfproef faalt). Controleer de cijfers.",
            "This BSN is not valid (it fails the 11-test). Check the digits.",
        )
    return None


def is_valid(raw: str) -> bool:
    return problem(raw) is None


def check_digit_for(first_eight: str) -> int | None:
    """The ninth digit that makes `first_eight` pass the 11-test, or None if none can."""
    total = sum(int(d) * w for d, w in zip(first_eight, range(9, 1, -1), strict=True))
    last = total % 11
    return last if last <= 9 else None


def masked(digits: str) -> str:
    """For lists and letters that may show only a hint: ******789."""
    return "*" * 6 + digits[-3:] if len(digits) == 9 else ""
