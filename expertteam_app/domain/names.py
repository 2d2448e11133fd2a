"""Personal names: display, folding for comparison, and the similarity used for duplicates."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher


def display_name(first: str, prefix: str, last: str) -> str:
    """'Daan van der Berg'."""
    return " ".join(part for part in (first.strip(), prefix.strip(), last.strip()) if part)


def sort_name(first: str, prefix: str, last: str) -> str:
    """'berg, daan van der': Dutch lists sort on the last name without its prefix."""
    tail = " ".join(p for p in (first.strip(), prefix.strip()) if p)
    return fold(f"{last.strip()}, {tail}")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def name_key(first: str, prefix: str, last: str) -> str:
    return fold(display_name(first, prefix, last))


def similar(a: str, b: str, threshold: float = 0.85) -> bool:
    """Folded names that differ by a typo or two (Jansen / Janssen, Mohamed / Mohammed)."""
    if not a or not b:
        return False
    return a == b or SequenceMatcher(None, a, b).ratio() >= threshold


# Dutch surname prefixes (tussenvoegsels), longest first so "van der" wins over "van".
_PREFIXES = sorted(
    [
        "van der",
        "van den",
        "van de",
        "van het",
        "van 't",
        "van de l'",
        "in 't",
        "in de",
        "in het",
        "op de",
        "op den",
        "op het",
        "op 't",
        "uit de",
        "uit den",
        "uit het",
        "aan de",
        "aan den",
        "bij de",
        "onder de",
        "over de",
        "voor de",
        "ter",
        "ten",
        "te",
        "van",
        "de",
        "den",
        "der",
        "het",
        "'t",
        "la",
        "le",
        "du",
        "d'",
        "von",
    ],
    key=len,
    reverse=True,
)


def split_prefix(last_name: str) -> tuple[str, str]:
    """'van der Berg' -> ('van der', 'Berg'); a surname that is only a prefix stays whole."""
    text = " ".join(last_name.split())
    lowered = text.lower()
    for prefix in _PREFIXES:
        if lowered.startswith(prefix + " ") or (
            prefix.endswith("'") and lowered.startswith(prefix)
        ):
            rest = text[len(prefix) :].strip()
            if rest:
                return text[: len(prefix)].strip(), rest
    return "", text
