"""Layer 4 of the anonymisation: small cells of the aggregate tables are not shown.

The rule, on a table of counts with (optionally) a total per row, a total per column and a
grand total:

1. Primary suppression. Every count with 0 < count < threshold, totals included, is shown
   as "<{threshold}" ("<5"). Zeros and counts of at least the threshold are shown as they
   are, unless step 2 needs them.
2. Secondary suppression. Each row and each column of the table, with its total, is one
   sum; a sum with exactly one hidden entry gives that entry away. So every hidden entry
   must lie on a *cycle* of hidden entries through the rows and columns (counting the
   total row and column as a row and a column): then every sum it is part of has at least
   two hidden entries, and no combination of the sums pins it either (in a two-way table
   an entry is determined by the sums exactly when it is a bridge of the graph of hidden
   entries). While a hidden entry is not on such a cycle, the cheapest path of visible
   entries that closes one is hidden too: the smallest counts first, a total only when
   cells cannot do it.
3. The bounds a reader knows: "<5" is 1-4 and "x" (a count hidden by step 2, which may be
   any number, zero too) is at least 0. When one sum together with these bounds leaves a
   hidden entry a single possible value (two "<5" cells that must add up to 2), the
   smallest visible entry of that sum is hidden as well, and step 2 runs again. This
   looks at one sum at a time; a reader who combines several sums and bounds may narrow a
   hidden count down further, but never to a single value by one sum.

Counts hidden in step 2 or 3 are shown as "x" whatever their size, so that "x" tells a
reader nothing about the number behind it. A table with a single column has no separate
total column (it would repeat the cell), only a total row. A table without totals needs
step 1 only: nothing can be added up.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

HIDDEN = "x"

_TEXTS = {
    "nl": {
        "total": "Totaal",
        "primary": "Aantallen kleiner dan {t} zijn weergegeven als <{t}.",
        "secondary": (
            "Met x is een aantal weggelaten, zodat een klein aantal niet uit de totalen "
            "kan worden afgeleid."
        ),
    },
    "en": {
        "total": "Total",
        "primary": "Counts below {t} are shown as <{t}.",
        "secondary": (
            "An x marks a count left out so that a small count cannot be worked out from "
            "the totals."
        ),
    },
}


@dataclass(frozen=True)
class SuppressedTable:
    """A table of counts as it may be shown: every cell already a string."""

    title: str
    row_header: str
    columns: tuple[str, ...]  # the column headings, the total column ("Totaal") included
    rows: tuple[tuple[str, tuple[str, ...]], ...]  # (row label, one string per column)
    total_row: tuple[str, ...] | None  # one string per column, or None without totals
    note: str  # how small counts are shown; "" when nothing is hidden


def suppress_counts(
    title: str,
    row_header: str,
    columns: Sequence[str],
    rows: Sequence[tuple[str, Sequence[int]]],
    threshold: int,
    *,
    language: str = "nl",
    with_totals: bool = True,
) -> SuppressedTable:
    """The table of `rows` (label, one count per column) with small counts suppressed by the
    rule in the module's docstring, and with row and column totals when `with_totals`."""
    texts = _TEXTS["en" if language.startswith("en") else "nl"]
    width = len(columns)
    for label, counts in rows:
        if len(counts) != width:
            raise ValueError(f"row {label!r} has {len(counts)} counts for {width} columns")
        if any(c < 0 for c in counts):
            raise ValueError(f"row {label!r} has a negative count")
    threshold = max(threshold, 1)
    small = f"<{threshold}"
    grid = _Grid([list(c) for _, c in rows], width, threshold, with_totals)
    grid.suppress()

    def shown(i: int, j: int) -> str:
        if (i, j) not in grid.hidden:
            return str(grid.values[i][j])
        return small if grid.is_primary(i, j) else HIDDEN

    body_columns = grid.output_columns()
    out_rows = tuple(
        (label, tuple(shown(i, j) for j in body_columns)) for i, (label, _) in enumerate(rows)
    )
    total_row = tuple(shown(grid.total_r, j) for j in body_columns) if with_totals else None
    headings = tuple(columns) + ((texts["total"],) if grid.total_column else ())
    notes = []
    if any(grid.is_primary(i, j) for i, j in grid.hidden):
        notes.append(texts["primary"].format(t=threshold))
    if any(not grid.is_primary(i, j) for i, j in grid.hidden):
        notes.append(texts["secondary"])
    return SuppressedTable(
        title=title,
        row_header=row_header,
        columns=headings,
        rows=out_rows,
        total_row=total_row,
        note=" ".join(notes),
    )


_INFINITE = 10**12


class _Grid:
    """The table with its totals as one grid. Rows 0..n-1 are the data, row `total_r` the
    column totals; columns 0..m-1 the data, column `total_c` the row totals. A table with
    one column keeps a hidden copy of that column as its total column, so that every row
    is a sum like any other; the copy is never shown."""

    def __init__(
        self, counts: list[list[int]], width: int, threshold: int, with_totals: bool
    ) -> None:
        self.threshold = threshold
        self.with_totals = with_totals
        self.n = len(counts)
        self.m = width
        self.total_column = with_totals and width > 1
        self.values = [list(row) for row in counts]
        self.total_r = self.n
        self.total_c = self.m
        if with_totals:
            for row in self.values:
                row.append(sum(row))
            self.values.append(
                [sum(self.values[i][j] for i in range(self.n)) for j in range(self.m + 1)]
            )
        self.hidden: set[tuple[int, int]] = {
            (i, j)
            for i, row in enumerate(self.values)
            for j, v in enumerate(row)
            if self.is_primary(i, j)
        }
        self._given_up: set[tuple[str, int]] = set()

    # --- what is where ------------------------------------------------------------------

    def is_primary(self, i: int, j: int) -> bool:
        return 0 < self.values[i][j] < self.threshold

    def is_total(self, i: int, j: int) -> bool:
        return self.with_totals and (i == self.total_r or j == self.total_c)

    def output_columns(self) -> range:
        return range(self.m + 1) if self.total_column else range(self.m)

    def _rows(self) -> range:
        return range(self.n + 1) if self.with_totals else range(self.n)

    def _cols(self) -> range:
        return range(self.m + 1) if self.with_totals else range(self.m)

    def _cost(self, i: int, j: int) -> int:
        """What hiding a visible entry costs: small counts first, totals last. The copy of
        a single column is as cheap as its cell: hiding it hides nothing more."""
        cost = 1 + self.values[i][j]
        if i == self.total_r or (j == self.total_c and self.total_column):
            cost += 10 * (self.values[self.total_r][self.total_c] + 1)
        return cost

    # --- the procedure --------------------------------------------------------------------

    def suppress(self) -> None:
        if not self.with_totals:
            return  # nothing adds up, so nothing can be worked out
        while True:
            bridge = self._bridge()
            if bridge is not None:
                self._close_cycle(bridge)
                continue
            line = self._pinned_line()
            if line is not None:
                self._hide_smallest_in(line)
                continue
            return

    def _adjacent(self) -> dict[tuple[str, int], list[tuple[str, int]]]:
        graph: dict[tuple[str, int], list[tuple[str, int]]] = {}
        for i, j in self.hidden:
            graph.setdefault(("r", i), []).append(("c", j))
            graph.setdefault(("c", j), []).append(("r", i))
        return graph

    def _bridge(self) -> tuple[int, int] | None:
        """A hidden entry that is on no cycle of hidden entries, or None."""
        graph = self._adjacent()
        for i, j in sorted(self.hidden):
            start, goal = ("r", i), ("c", j)
            seen = {start}
            stack = [start]
            found = False
            while stack and not found:
                node = stack.pop()
                for nxt in graph[node]:
                    if {node, nxt} == {start, goal}:
                        continue  # the entry itself
                    if nxt == goal:
                        found = True
                        break
                    if nxt not in seen:
                        seen.add(nxt)
                        stack.append(nxt)
            if not found:
                return (i, j)
        return None

    def _close_cycle(self, entry: tuple[int, int]) -> None:
        """Hide the cheapest path of entries from the entry's row to its column (other than
        the entry itself): together they are a cycle."""
        start: tuple[str, int] = ("r", entry[0])
        goal: tuple[str, int] = ("c", entry[1])
        best: dict[tuple[str, int], int] = {start: 0}
        came: dict[tuple[str, int], tuple[tuple[str, int], tuple[int, int]]] = {}
        queue: list[tuple[int, tuple[str, int]]] = [(0, start)]
        while queue:
            cost, node = heapq.heappop(queue)
            if node == goal:
                break
            if cost > best.get(node, _INFINITE):
                continue
            kind, index = node
            others = self._cols() if kind == "r" else self._rows()
            for other in others:
                cell = (index, other) if kind == "r" else (other, index)
                if cell == entry:
                    continue
                step = 0 if cell in self.hidden else self._cost(*cell)
                nxt = ("c", other) if kind == "r" else ("r", other)
                if cost + step < best.get(nxt, _INFINITE):
                    best[nxt] = cost + step
                    came[nxt] = (node, cell)
                    heapq.heappush(queue, (cost + step, nxt))
        node = goal
        while node != start:
            node, cell = came[node]
            self.hidden.add(cell)

    def _lines(self) -> list[tuple[tuple[str, int], list[tuple[int, int, int]]]]:
        """Every sum as (key, [(row, col, sign)]): the cells of a row or column minus its
        total equal zero."""
        lines: list[tuple[tuple[str, int], list[tuple[int, int, int]]]] = []
        for i in range(self.n + 1):
            entries = [(i, j, 1) for j in range(self.m)] + [(i, self.total_c, -1)]
            lines.append((("r", i), entries))
        for j in range(self.m + 1):
            entries = [(i, j, 1) for i in range(self.n)] + [(self.total_r, j, -1)]
            lines.append((("c", j), entries))
        return lines

    def _bounds(self, i: int, j: int) -> tuple[int, int]:
        if self.is_primary(i, j):
            return 1, self.threshold - 1
        return 0, _INFINITE

    def _pinned_line(self) -> tuple[str, int] | None:
        """A sum that, with the bounds a reader knows, leaves one of its hidden entries a
        single possible value, and still has a visible entry to hide; or None."""
        for key, entries in self._lines():
            if key in self._given_up:
                continue
            known = sum(s * self.values[i][j] for i, j, s in entries if (i, j) not in self.hidden)
            unknown = [(i, j, s) for i, j, s in entries if (i, j) in self.hidden]
            if not unknown:
                continue
            for k, (i, j, s) in enumerate(unknown):
                # s*x + sum(others) = -known, so s*x lies in [-known - hi, -known - lo].
                lo_rest = hi_rest = 0
                for index, (oi, oj, os_) in enumerate(unknown):
                    if index == k:
                        continue
                    lo, hi = self._bounds(oi, oj)
                    lo_rest += min(os_ * lo, os_ * hi)
                    hi_rest += max(os_ * lo, os_ * hi)
                a, b = -known - hi_rest, -known - lo_rest
                low, high = (a, b) if s > 0 else (-b, -a)
                own_lo, own_hi = self._bounds(i, j)
                if own_lo == own_hi:
                    continue  # "<2" says 1 by itself: no other entry can hide that
                if max(low, own_lo) >= min(high, own_hi):
                    if any((vi, vj) not in self.hidden for vi, vj, _ in entries):
                        return key
                    self._given_up.add(key)  # everything in it is hidden already
                    break
        return None

    def _hide_smallest_in(self, key: tuple[str, int]) -> None:
        entries = dict(self._lines())[key]
        visible = [(i, j) for i, j, _ in entries if (i, j) not in self.hidden]
        self.hidden.add(min(visible, key=lambda cell: (self._cost(*cell), cell)))
