"""The checks the corpus and the holdout scrub tests make alike (tests/quality).

Each takes the narratives of one folder, so both tests hold the same bar by the same code;
what a failure says names a narrative and an identifier, never a narrative's text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from expertteam_app.anonymise.labels import Labeller
from expertteam_app.anonymise.types import ScrubbedText
from expertteam_app.domain import bsn
from tests.corpus.loader import CorpusCase, leaked, vocabulary_counts, vocabulary_kept

if TYPE_CHECKING:
    from expertteam_app.anonymise.scrubber import Anonymiser

_REGIONS = Path(__file__).parents[2] / "expertteam_app" / "reference_data" / "jeugdregios.csv"


class Scrubbed(dict[str, ScrubbedText]):
    """The outputs by narrative; its repr stays short so no failure report shows a text."""

    def __repr__(self) -> str:
        return f"<{len(self)} scrubbed narratives>"


def scrub_all(anonymiser: Anonymiser, cases: Iterable[CorpusCase]) -> Scrubbed:
    """Each narrative scrubbed once, with its own labeller, as one summary section."""
    return Scrubbed(
        (case.name, anonymiser.scrub(case.text, case.known, Labeller())) for case in cases
    )


def assert_marked_and_sized(cases: Sequence[CorpusCase], *, words: tuple[int, int]) -> None:
    """At least 8 marked identifiers in every narrative, and its length within `words`."""
    low, high = words
    thin = [(c.name, len(c.marked)) for c in cases if len(c.marked) < 8]
    assert not thin, f"narratives with fewer than 8 marked identifiers: {thin}"
    counts = [(c.name, len(c.text.split())) for c in cases]
    assert all(low <= n <= high for _, n in counts), [w for w in counts if not low <= w[1] <= high]


def assert_bsns_valid_and_marked(cases: Sequence[CorpusCase], announced: str) -> None:
    """The case's BSN and every BSN the text announces (group 1 of `announced`) pass the
    11-test, and each announced one is marked."""
    for case in cases:
        assert bsn.is_valid(case.raw["young_person"]["bsn"]), case.name
        found = {m.group(1) for m in re.finditer(announced, case.text)}
        assert found, f"{case.name}: no BSN in the text"
        for number in found:
            assert bsn.is_valid(number), (case.name, number)
            assert number in case.marked, (case.name, number)


def assert_no_identifier_outside_a_mark(cases: Sequence[CorpusCase]) -> None:
    """The judge is fair: an identifier found in an output can only have come from a mark."""
    with _REGIONS.open(encoding="utf-8", newline="") as handle:
        regions = [row["name"] for row in csv.DictReader(handle)]
    everything = " | ".join([*(c.prose for c in cases), *regions])
    clashes = [(c.name, i) for c in cases for i in c.identifiers if leaked(i, everything)]
    assert not clashes, f"identifiers also found outside a mark or in a region name: {clashes}"


def assert_speaks_the_domain(cases: Sequence[CorpusCase]) -> None:
    totals = {c.name: sum(vocabulary_counts(c.text).values()) for c in cases}
    assert all(n >= 5 for n in totals.values()), {k: n for k, n in totals.items() if n < 5}


def vocabulary_share(
    cases: Sequence[CorpusCase], scrubbed: Scrubbed
) -> tuple[int, int, list[tuple[str, int]]]:
    """(kept, total, the ten domain words lost most) over the narratives' unmarked prose."""
    kept = total = 0
    lost: dict[str, int] = {}
    for case in cases:
        # Vocabulary inside an identifier ("Wijkteam Zwolle-Zuid") may go with it.
        k, t = vocabulary_kept(case.prose, scrubbed[case.name].text)
        kept, total = kept + k, total + t
        before, after = vocabulary_counts(case.prose), vocabulary_counts(scrubbed[case.name].text)
        for term, n in before.items():
            if n > after[term]:
                lost[term] = lost.get(term, 0) + n - after[term]
    return kept, total, sorted(lost.items(), key=lambda x: -x[1])[:10]
