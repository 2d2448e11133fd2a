"""Layer 4: small cells of the aggregate tables cannot be read, nor worked out from the rest
of the table."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from expertteam_app.anonymise.suppression import SuppressedTable, suppress_counts

SMALL = "<5"


def _grid(table: SuppressedTable) -> tuple[list[list[str]], bool]:
    """The shown table as a reader sees it: data rows (+ the total row) by columns (+ the
    total column when shown); and whether a total column is shown."""
    grid = [list(cells) for _, cells in table.rows]
    if table.total_row is not None:
        grid.append(list(table.total_row))
    has_total_column = table.total_row is not None and len(table.columns) > 1
    return grid, has_total_column


def _equations(table: SuppressedTable) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Every sum a reader can write down, over the hidden entries only."""
    grid, total_col = _grid(table)
    hidden = [(i, j) for i, row in enumerate(grid) for j, s in enumerate(row) if not s.isdigit()]
    index = {cell: k for k, cell in enumerate(hidden)}
    rows: list[list[float]] = []
    if table.total_row is None:
        return np.zeros((0, len(hidden))), hidden
    n = len(grid) - 1
    m = len(grid[0]) - 1 if total_col else len(grid[0])
    lines = []
    for j in range(m + (1 if total_col else 0)):  # each column sums to the total row
        lines.append([(i, j, 1) for i in range(n)] + [(n, j, -1)])
    if total_col:
        for i in range(n + 1):  # each row sums to the total column
            lines.append([(i, j, 1) for j in range(m)] + [(i, m, -1)])
    for line in lines:
        coefficients = [0.0] * len(hidden)
        for i, j, sign in line:
            if (i, j) in index:
                coefficients[index[(i, j)]] = sign
        rows.append(coefficients)
    return np.array(rows).reshape(len(rows), len(hidden)), hidden


def _recoverable(table: SuppressedTable) -> list[tuple[int, int]]:
    """Hidden entries the sums pin down: e_k lies in the row space of the equations."""
    a, hidden = _equations(table)
    if not hidden:
        return []
    rank = np.linalg.matrix_rank(a) if a.size else 0
    found = []
    for k, cell in enumerate(hidden):
        unit = np.zeros((1, len(hidden)))
        unit[0, k] = 1
        if np.linalg.matrix_rank(np.vstack([a, unit])) == rank:
            found.append(cell)
    return found


def _truth(rows: list[list[int]], with_totals: bool) -> list[list[int]]:
    grid = [list(r) for r in rows]
    if not with_totals:
        return grid
    if len(rows[0]) > 1:
        grid = [[*r, sum(r)] for r in grid]
    grid.append([sum(r[j] for r in grid) for j in range(len(grid[0]))])
    return grid


tables = st.integers(1, 4).flatmap(
    lambda width: st.lists(
        st.lists(st.one_of(st.integers(0, 6), st.integers(0, 40)), min_size=width, max_size=width),
        min_size=1,
        max_size=6,
    )
)


def _make(counts: list[list[int]], with_totals: bool = True) -> SuppressedTable:
    columns = [f"k{j}" for j in range(len(counts[0]))]
    return suppress_counts(
        "Tabel",
        "Rij",
        columns,
        [(f"r{i}", row) for i, row in enumerate(counts)],
        5,
        with_totals=with_totals,
    )


@settings(max_examples=300, deadline=None)
@given(tables)
# Every row and column here ends with two hidden entries even without step 2 of the rule,
# yet the sums together pin them: only the cycle rule catches it.
@example([[0, 3, 0], [2, 1, 0], [2, 6, 3]])
@example([[12, 8, 8, 6], [8, 0, 1, 3], [6, 12, 6, 1], [1, 2, 6, 12], [1, 2, 6, 6]])
def test_no_suppressed_cell_can_be_worked_out_from_the_shown_cells_and_totals(counts):
    table = _make(counts)
    assert _recoverable(table) == []


@settings(max_examples=300, deadline=None)
@given(tables)
def test_every_row_and_column_with_a_hidden_count_hides_at_least_two_entries(counts):
    table = _make(counts)
    grid, total_col = _grid(table)
    lines = [list(col) for col in zip(*grid, strict=True)]  # columns incl. their total
    if total_col:
        lines += grid  # rows incl. their total
    for line in lines:
        assert sum(not s.isdigit() for s in line) != 1


@settings(max_examples=300, deadline=None)
@given(tables, st.booleans())
def test_small_counts_show_as_below_threshold_and_every_shown_number_is_true(counts, totals):
    table = _make(counts, totals)
    truth = _truth(counts, totals)
    grid, _ = _grid(table)
    assert len(grid) == len(truth)
    for shown_row, true_row in zip(grid, truth, strict=True):
        for shown, value in zip(shown_row, true_row, strict=True):
            if 0 < value < 5:
                assert shown == SMALL
            elif shown.isdigit():
                assert int(shown) == value
            else:
                assert shown == "x"  # hidden only to protect another count


@settings(max_examples=200, deadline=None)
@given(tables)
def test_a_single_sum_never_pins_a_small_count_by_its_bounds(counts):
    """'<5' is 1-4 and 'x' any count: no row or column sum may leave a hidden count with one
    possible value, unless everything in that sum is hidden already."""
    table = _make(counts)
    grid, total_col = _grid(table)
    n = len(grid) - 1
    m = len(grid[0]) - 1 if total_col else len(grid[0])
    lines = [[(i, j, 1) for i in range(n)] + [(n, j, -1)] for j in range(len(grid[0]))]
    if total_col:
        lines += [[(i, j, 1) for j in range(m)] + [(i, m, -1)] for i in range(n + 1)]
    big = 10**6
    for line in lines:
        shown = [(grid[i][j], s) for i, j, s in line]
        hidden = [(t, s) for t, s in shown if not t.isdigit()]
        if len(hidden) == len(shown) or not hidden:
            continue
        known = sum(int(t) * s for t, s in shown if t.isdigit())
        for k, (text, sign) in enumerate(hidden):
            if text != SMALL:
                continue
            lo = hi = 0
            for q, (other, s) in enumerate(hidden):
                if q == k:
                    continue
                bounds = (1, 4) if other == SMALL else (0, big)
                lo += min(s * bounds[0], s * bounds[1])
                hi += max(s * bounds[0], s * bounds[1])
            a, b = -known - hi, -known - lo
            low, high = (a, b) if sign > 0 else (-b, -a)
            assert max(low, 1) < min(high, 4), (counts, table)


@settings(max_examples=200, deadline=None)
@given(tables)
def test_without_totals_only_the_small_counts_are_hidden(counts):
    table = _make(counts, with_totals=False)
    assert table.total_row is None
    assert len(table.columns) == len(counts[0])
    for (_, cells), row in zip(table.rows, counts, strict=True):
        assert list(cells) == [SMALL if 0 < v < 5 else str(v) for v in row]


def test_one_small_count_in_a_list_with_a_total_takes_the_smallest_other_count_with_it():
    table = suppress_counts(
        "Leeftijd bij aanmelding",
        "Leeftijd",
        ["Casussen"],
        [("0-3", [3]), ("4-11", [10]), ("12-15", [7]), ("16-17", [9])],
        5,
    )
    assert table.columns == ("Casussen",)  # one column: no total column repeating it
    assert table.rows == (
        ("0-3", ("<5",)),
        ("4-11", ("10",)),
        ("12-15", ("x",)),
        ("16-17", ("9",)),
    )
    assert table.total_row == ("29",)
    assert "<5" in table.note
    assert "x" in table.note


def test_a_zero_stays_visible_until_it_is_the_smallest_count_that_can_protect_another():
    untouched = suppress_counts("T", "R", ["n"], [("a", [0]), ("b", [12]), ("c", [8])], 5)
    assert [cells for _, cells in untouched.rows] == [("0",), ("12",), ("8",)]
    assert untouched.note == ""
    table = suppress_counts("T", "R", ["n"], [("a", [3]), ("b", [0]), ("c", [12]), ("d", [8])], 5)
    assert [cells for _, cells in table.rows] == [("<5",), ("x",), ("12",), ("8",)]
    assert table.total_row == ("23",)


def test_two_small_counts_that_must_add_up_to_two_are_protected_by_a_third():
    table = suppress_counts(
        "Resultaten", "Resultaat", ["m", "v"], [("a", [1, 9]), ("b", [1, 10]), ("c", [12, 7])], 5
    )
    column_m = [cells[0] for _, cells in table.rows]
    assert column_m[:2] == ["<5", "<5"]
    assert column_m[2] == "x"  # else 14 - 12 = 2 would say both are 1
    assert table.total_row == ("14", "26", "40")


def test_totals_below_the_threshold_are_small_counts_too():
    table = suppress_counts("T", "R", ["n"], [("a", [3]), ("b", [1]), ("c", [0])], 5)
    assert [cells for _, cells in table.rows] == [("<5",), ("<5",), ("0",)]
    assert table.total_row == ("<5",)


def test_a_two_way_table_gets_a_total_column_and_english_headings():
    table = suppress_counts(
        "Problem areas",
        "Area",
        ["boys", "girls"],
        [("a", [6, 7]), ("b", [8, 9])],
        5,
        language="en",
    )
    assert table.columns == ("boys", "girls", "Total")
    assert table.rows == (("a", ("6", "7", "13")), ("b", ("8", "9", "17")))
    assert table.total_row == ("14", "16", "30")
    assert table.note == ""


def test_a_threshold_of_another_team_is_used_everywhere():
    table = suppress_counts("T", "R", ["n"], [("a", [9]), ("b", [12]), ("c", [20])], 10)
    assert [cells for _, cells in table.rows] == [("<10",), ("x",), ("20",)]
    assert "<10" in table.note


def test_rows_must_match_the_columns():
    with pytest.raises(ValueError):
        suppress_counts("T", "R", ["a", "b"], [("x", [1])], 5)
    with pytest.raises(ValueError):
        suppress_counts("T", "R", ["a"], [("x", [-1])], 5)
