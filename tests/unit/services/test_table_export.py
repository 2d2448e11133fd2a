"""The CSV/XLSX writer: formula neutralisation, Dutch notation, sheets and atomic writes."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from expertteam_app.services import register_import
from expertteam_app.services.table_export import (
    Column,
    ColumnKind,
    ExportFailed,
    Table,
    csv_bytes,
    dutch_amount,
    neutralise,
    write_tables,
)

HOSTILE = [
    "=1+1",
    "+31 6 12345678",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=cmd|' /C calc'!A0",
    "\r=1",
    '=HYPERLINK("http://example.invalid","klik")',
]
HARMLESS = ["Groningen", "GM0014", "", "1 = 1", "a-b", "Gemeente 's-Hertogenbosch", "€ 12,50"]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_cell_a_spreadsheet_would_run_gets_an_apostrophe(value: str) -> None:
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", HARMLESS)
def test_ordinary_text_is_left_as_it_is(value: str) -> None:
    assert neutralise(value) == value


def test_the_register_import_report_uses_the_same_neutralisation() -> None:
    assert all(register_import.neutralise(v) == neutralise(v) for v in HOSTILE + HARMLESS)


def test_amounts_have_a_decimal_comma_two_decimals_and_no_grouping() -> None:
    assert dutch_amount(Decimal("12500.55")) == "12500,55"
    assert dutch_amount(Decimal("0.5")) == "0,50"
    assert dutch_amount(Decimal("1000000")) == "1000000,00"
    assert dutch_amount(Decimal("1E+3")) == "1000,00"  # no exponent notation


def table(texts: list[str]) -> Table:
    return Table(
        title="=Titel",
        notes=("+note",),
        columns=(
            Column("Naam"),
            Column("Aantal", ColumnKind.INTEGER),
            Column("Bedrag", ColumnKind.MONEY),
        ),
        rows=tuple((t, n, Decimal("1.10") * n) for n, t in enumerate(texts, start=1)),
        total=("-Totaal", len(texts), sum(Decimal("1.10") * n for n in range(1, len(texts) + 1))),
    )


def test_csv_neutralises_every_text_cell_and_keeps_numbers_readable() -> None:
    data = csv_bytes([table(HOSTILE), table(HARMLESS)])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == ["'=Titel"] and rows[1] == ["'+note"]
    assert rows[2] == ["Naam", "Aantal", "Bedrag"]
    assert [r[0] for r in rows[3 : 3 + len(HOSTILE)]] == ["'" + v for v in HOSTILE]
    assert rows[3][1:] == ["1", "1,10"]
    total = rows[3 + len(HOSTILE)]
    assert total[0] == "'-Totaal" and total[2] == "30,80"
    assert rows[4 + len(HOSTILE)] == []  # an empty line between the tables
    second = rows[5 + len(HOSTILE) :]
    assert [r[0] for r in second[3 : 3 + len(HARMLESS)]] == HARMLESS


def test_xlsx_has_a_sheet_per_table_text_stays_text_and_amounts_are_euro_numbers(
    tmp_path: Path,
) -> None:
    first = table(HOSTILE)
    second = Table("Open: naar [leeftijd]?", first.columns, first.rows, sheet_name="")
    target = write_tables(tmp_path / "t.xlsx", [first, second, second], "xlsx")
    book = load_workbook(target)
    assert book.sheetnames == ["=Titel", "Open naar leeftijd", "Open naar leeftijd (2)"]
    sheet = book.worksheets[0]
    names = [sheet.cell(row=r, column=1) for r in range(4, 4 + len(HOSTILE))]
    # (XML reads a carriage return back as a line feed)
    assert [c.value for c in names] == ["'" + v.replace("\r", "\n") for v in HOSTILE]
    assert all(c.data_type == "s" for c in names)  # text, never a formula
    amount = sheet.cell(row=4, column=3)
    assert amount.value == pytest.approx(1.1) and "€" in amount.number_format
    assert sheet.cell(row=4, column=2).value == 1
    total_row = 4 + len(HOSTILE)
    assert sheet.cell(row=total_row, column=1).value == "'-Totaal"
    assert sheet.cell(row=total_row, column=1).font.bold
    assert sheet.freeze_panes == "A4"


def test_a_row_of_the_wrong_width_is_a_bug_caught_at_once() -> None:
    with pytest.raises(ValueError, match="needs 2 cells"):
        Table("t", (Column("a"), Column("b")), (("x",),))


def test_a_failed_write_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "t.csv"
    with pytest.raises(ExportFailed) as failed:
        write_tables(target, [table(["x"])], "csv")
    assert "t.csv" in failed.value.message.en and "missing" in failed.value.message.en
    assert not target.parent.exists()
    in_the_way = tmp_path / "t.xlsx"
    in_the_way.mkdir()
    with pytest.raises(ExportFailed):
        write_tables(in_the_way, [table(["x"])], "xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.xlsx"]


def test_the_written_csv_is_owner_only(tmp_path: Path) -> None:
    target = write_tables(tmp_path / "t.csv", [table(["x"])], "csv")
    assert target.stat().st_mode & 0o077 == 0
    assert target.read_bytes() == csv_bytes([table(["x"])])
