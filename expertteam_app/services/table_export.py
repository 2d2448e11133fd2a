"""Tables written as CSV or XLSX for a spreadsheet, safely and in a form Dutch Excel reads.

- Every text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
  `@`, a tab or a carriage return) gets a leading apostrophe (`neutralise`): a name or a
  reference typed by someone can never become a formula on the reader's machine.
- CSV: UTF-8 with a byte order mark (without it Excel reads UTF-8 as Windows-1252 and
  mangles "ë"), `;` between fields and amounts with a decimal comma and no grouping
  (`12500,55`): Dutch Excel takes the semicolon as its list separator and the comma as its
  decimal mark, so the amounts arrive as numbers, not as text. Several tables go into one
  file one after another, each under its title, with an empty line between them.
- XLSX: one sheet per table; amounts are numbers with a euro number format, so they can be
  summed as they are; a totals row is bold.
- Files are written atomically (`store.atomic`): a failed export leaves no file, and it is
  reported as `ExportFailed`, a message a person can act on, not as a crash.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from expertteam_app.errors import ExpertteamError
from expertteam_app.store.atomic import atomic_writer, write_bytes_atomically

Cell = str | int | Decimal | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EURO_FORMAT = "[$€-413] #,##0.00"  # Excel's Dutch euro format; LibreOffice reads it too
SHEET_NAME_MAX = 31  # Excel refuses longer sheet names
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class ColumnKind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"


class ExportFailed(ExpertteamError):
    """The file could not be written (folder gone, no permission, disk full)."""


@dataclass(frozen=True)
class Column:
    title: str
    kind: ColumnKind = ColumnKind.TEXT
    width: int = 14  # XLSX column width in characters


@dataclass(frozen=True)
class Table:
    """A titled table; `total` (optional) is written last and set off as the totals row."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None
    sheet_name: str = ""  # XLSX; the title (shortened) when empty
    notes: tuple[str, ...] = field(default=())  # lines under the title (what the table counts)

    def __post_init__(self) -> None:
        width = len(self.columns)
        for row in (*self.rows, *([self.total] if self.total is not None else [])):
            if len(row) != width:
                raise ValueError(f"a row of {self.title!r} needs {width} cells, got {len(row)}")


def neutralise(value: str) -> str:
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def dutch_amount(value: Decimal) -> str:
    """12500.55 -> '12500,55': exact, two decimals, decimal comma, no grouping."""
    return f"{value.quantize(Decimal('0.01')):f}".replace(".", ",")


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return dutch_amount(value)
    if isinstance(value, int):
        return str(value)
    return neutralise(value)


def csv_bytes(tables: Sequence[Table]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for number, table in enumerate(tables):
        if number:
            writer.writerow([])
        writer.writerow([neutralise(table.title)])
        for note in table.notes:
            writer.writerow([neutralise(note)])
        writer.writerow([neutralise(c.title) for c in table.columns])
        for row in (*table.rows, *([table.total] if table.total is not None else [])):
            writer.writerow([_csv_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def _sheet_name(table: Table, taken: set[str]) -> str:
    base = " ".join((table.sheet_name or table.title).translate(_SHEET_FORBIDDEN).split())
    base = base.strip("'") or "Blad"
    base = base[:SHEET_NAME_MAX]
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: SHEET_NAME_MAX - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def xlsx_bytes(tables: Sequence[Table]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    bold = Font(bold=True)
    taken: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(_sheet_name(table, taken))
        sheet.append([neutralise(table.title)])
        sheet.cell(row=1, column=1).font = Font(bold=True, size=12)
        for note in table.notes:
            sheet.append([neutralise(note)])
        sheet.append([neutralise(c.title) for c in table.columns])
        header_row = sheet.max_row
        for cell in sheet[header_row]:
            cell.font = bold
        sheet.freeze_panes = f"A{header_row + 1}"  # a cell object would add an empty row
        rows = [*table.rows, *([table.total] if table.total is not None else [])]
        for row in rows:
            sheet.append([_xlsx_value(v) for v in row])
            for column, written in zip(table.columns, sheet[sheet.max_row], strict=True):
                if column.kind == ColumnKind.MONEY:
                    written.number_format = EURO_FORMAT
        if table.total is not None:
            for cell in sheet[sheet.max_row]:
                cell.font = bold
        for number, column in enumerate(table.columns, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = column.width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_value(value: Cell) -> str | int | Decimal | None:
    # openpyxl treats a string starting with "=" as a formula; the apostrophe keeps it text.
    return neutralise(value) if isinstance(value, str) else value


def write_tables(path: Path, tables: Sequence[Table], fmt: ExportFormat | str) -> Path:
    """Write `tables` to `path` as CSV or XLSX, atomically; `ExportFailed` if that fails."""
    kind = ExportFormat(fmt)
    data = csv_bytes(tables) if kind == ExportFormat.CSV else xlsx_bytes(tables)
    path = Path(path)
    try:
        with atomic_writer(path) as handle:
            handle.write(data)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ExportFailed(
            f"Het bestand {path.name} kon niet worden geschreven in {path.parent}: {reason}. "
            "Kies een andere map.",
            f"The file {path.name} could not be written in {path.parent}: {reason}. "
            "Choose another folder.",
        ) from exc
    return path


def _not_written(path: Path, exc: OSError) -> ExportFailed:
    reason = exc.strerror or type(exc).__name__
    return ExportFailed(
        f"Het bestand {path.name} kon niet worden geschreven in {path.parent}: {reason}. "
        "Er is niets geëxporteerd; kies een andere map.",
        f"The file {path.name} could not be written in {path.parent}: {reason}. "
        "Nothing was exported; choose another folder.",
    )


def write_all_or_nothing(items: Sequence[tuple[Path, Callable[[], bytes]]]) -> list[Path]:
    """Write each `(target, render)`, all or nothing; returns the targets in order.

    Every file is complete under a temporary name beside its target first, then renamed
    into place. On any failure no part file stays, nor a target already renamed; an
    `OSError` writing or renaming becomes `ExportFailed` naming the file."""
    token = secrets.token_hex(4)
    pending: list[tuple[Path, Path]] = []  # (temporary, target)
    renamed: list[Path] = []
    try:
        for target, render in items:
            data = render()  # a bug in the layout raises before this file exists
            temporary = target.with_name(f".{target.name}.{token}.part")
            pending.append((temporary, target))
            try:
                write_bytes_atomically(temporary, data)
            except OSError as exc:
                raise _not_written(target, exc) from exc
        for temporary, target in pending:
            try:
                os.replace(temporary, target)
            except OSError as exc:
                raise _not_written(target, exc) from exc
            renamed.append(target)
    except BaseException:
        for temporary, _target in pending:
            with contextlib.suppress(OSError):
                temporary.unlink()
        for target in renamed:
            with contextlib.suppress(OSError):
                target.unlink()
        raise
    return [target for _, target in pending]
