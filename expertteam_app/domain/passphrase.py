"""Passphrase rules and a strength estimate for the meter in the wizard.

A passphrase protects a slot that opens twenty years of children's files. The rule is
length first (NCSC and NIST both favour long phrases over symbol rules): at least 12
characters, not one repeated character, not the member's own name, not a well-known weak
phrase. The estimate is deliberately simple and errs on the careful side.
"""

from __future__ import annotations

import math
import re

from expertteam_app.errors import FieldProblem

MIN_LENGTH = 12

_WEAK = {
    "wachtwoord123",
    "welkom123456",
    "password1234",
    "123456789012",
    "qwertyuiopas",
    "expertteam123",
    "jeugdzorg123",
    "geheimgeheim",
    "wachtwoordwachtwoord",
}


def problems(
    passphrase: str, *, member_name: str = "", field: str = "passphrase"
) -> list[FieldProblem]:
    found: list[FieldProblem] = []
    if len(passphrase) < MIN_LENGTH:
        found.append(
            FieldProblem(
                field,
                f"Gebruik minstens {MIN_LENGTH} tekens; een zin van een paar woorden werkt goed.",
                f"Use at least {MIN_LENGTH} characters; a sentence of a few words works well.",
            )
        )
        return found
    folded = passphrase.casefold()
    if len(set(folded)) <= 2:
        found.append(
            FieldProblem(
                field, "Dit wachtwoord is te eentonig.", "This passphrase is too repetitive."
            )
        )
    elif re.sub(r"\s+", "", folded) in _WEAK:
        found.append(
            FieldProblem(
                field, "Dit wachtwoord is te bekend.", "This passphrase is too well known."
            )
        )
    elif member_name and member_name.strip().casefold() in folded and len(folded) < 2 * MIN_LENGTH:
        found.append(
            FieldProblem(
                field,
                "Uw naam mag niet het grootste deel van het wachtwoord zijn.",
                "Your name must not be most of the passphrase.",
            )
        )
    return found


def strength(passphrase: str) -> int:
    """0 (weak) to 4 (strong): estimated bits of a random choice from the used alphabets."""
    if not passphrase:
        return 0
    alphabet = 0
    if re.search(r"[a-z]", passphrase):
        alphabet += 26
    if re.search(r"[A-Z]", passphrase):
        alphabet += 26
    if re.search(r"\d", passphrase):
        alphabet += 10
    if re.search(r"[^a-zA-Z\d]", passphrase):
        alphabet += 33
    distinct = len(set(passphrase))
    # Repetition lowers the estimate: count distinct characters more than raw length.
    effective_length = min(len(passphrase), distinct * 2)
    bits = effective_length * math.log2(max(alphabet, 2))
    if len(passphrase) < MIN_LENGTH:
        return 0 if bits < 40 else 1
    if bits < 60:
        return 1
    if bits < 80:
        return 2
    if bits < 100:
        return 3
    return 4
