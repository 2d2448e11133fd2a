"""`expertteam template`: an empty register a team can fill in, with the rules beside it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from expertteam_app.domain.enums import CaseStatus, ListKind
from expertteam_app.services.reference import DEFAULT_LISTS
from expertteam_app.services.register_format import COLUMN_NAMES, COLUMNS
from expertteam_app.store.atomic import atomic_writer

_GENDERS = ["jongen", "meisje", "anders", "onbekend"]
_REFERRERS = [
    "wijkteam",
    "GI",
    "huisarts",
    "jeugdarts",
    "medisch specialist",
    "jeugdhulpaanbieder",
    "gemeente",
    "anders",
]


def _status_words() -> list[str]:
    return [s.label_nl.lower() for s in CaseStatus]


def write_template(target: Path) -> Path:
    """An .xlsx (sheets Register, Toelichting, Lijsten) or, for .csv, just the header row."""
    target = Path(target)
    if target.suffix.lower() == ".csv":
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";").writerow(COLUMN_NAMES)
        with atomic_writer(target, mode=0o644) as handle:
            handle.write(buffer.getvalue().encode("utf-8-sig"))
        return target
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")

    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    register = book.active
    assert register is not None
    register.title = "Register"
    register.append(list(COLUMN_NAMES))
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFF2CC")
    for i, column in enumerate(COLUMNS, start=1):
        cell = register.cell(row=1, column=i)
        cell.font = bold
        if column.required:
            cell.fill = required_fill
        register.column_dimensions[get_column_letter(i)].width = max(14, len(column.name) + 4)
    register.freeze_panes = "A2"

    notes = book.create_sheet("Toelichting")
    notes.append(["kolom", "verplicht", "uitleg", "voorbeeld", "explanation (English)"])
    for column in COLUMNS:
        notes.append(
            [column.name, "ja" if column.required else "nee", column.nl, column.example, column.en]
        )
    notes.append([])
    notes.append(
        [
            "Datums als DD-MM-JJJJ of JJJJ-MM-DD. Lijsten (leefgebieden, hulpgeschiedenis, "
            "knelpunten) scheiden met een puntkomma (;)."
        ]
    )
    notes.append(
        [
            "De import is alles-of-niets: bij één afgekeurde rij wordt niets ingelezen en "
            "krijgt u per rij de reden."
        ]
    )
    for cell in notes[1]:
        cell.font = bold
    for letter, width in zip("ABCDE", (22, 10, 60, 36, 50), strict=True):
        notes.column_dimensions[letter].width = width

    lists = book.create_sheet("Lijsten")
    columns = {
        "status": _status_words(),
        "geslacht": _GENDERS,
        "verwijzer_type": _REFERRERS,
        "leefgebieden": [label for _, label, _ in DEFAULT_LISTS[ListKind.PROBLEM_AREA]],
        "knelpunten": [label for _, label, _ in DEFAULT_LISTS[ListKind.BOTTLENECK]],
    }
    for col, (title, values) in enumerate(columns.items(), start=1):
        lists.cell(row=1, column=col, value=title).font = bold
        lists.column_dimensions[get_column_letter(col)].width = 38
        for row, value in enumerate(values, start=2):
            lists.cell(row=row, column=col, value=value)

    # Drop-down choices for the single-word columns; lists stay free text (several values).
    for title, list_col in (("status", 1), ("geslacht", 2), ("verwijzer_type", 3)):
        letter = get_column_letter(list_col)
        last = len(columns[title]) + 1
        validation = DataValidation(
            type="list", formula1=f"=Lijsten!${letter}$2:${letter}${last}", allow_blank=True
        )
        validation.error = "Kies een waarde uit de lijst (zie tabblad Lijsten)."
        validation.showErrorMessage = False  # typed variants ("in uitvoering") are accepted too
        target_col = get_column_letter(COLUMN_NAMES.index(title) + 1)
        validation.add(f"{target_col}2:{target_col}20000")
        register.add_data_validation(validation)

    workbook = io.BytesIO()
    book.save(workbook)
    with atomic_writer(target, mode=0o644) as handle:
        handle.write(workbook.getvalue())
    return target
