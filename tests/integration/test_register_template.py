"""`expertteam template`: the empty register a team fills in and then imports.

The template and the importer share `register_format`, so what the template offers (its
columns, its drop-down words, its lists) must be exactly what the importer accepts.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from expertteam_app.domain.enums import ListKind, Role
from expertteam_app.services import cases
from expertteam_app.services.reference import DEFAULT_LISTS
from expertteam_app.services.register_format import (
    COLUMN_NAMES,
    GENDER_WORDS,
    REFERRER_WORDS,
    REQUIRED,
    STATUS_WORDS,
    fold,
)
from expertteam_app.services.register_import import import_register
from expertteam_app.services.register_template import write_template
from tests.support import registers


def lists_sheet(path: Path) -> dict[str, list[str]]:
    """The Lijsten sheet as {column title: [words]}."""
    book = load_workbook(path)
    sheet = book["Lijsten"]
    columns: dict[str, list[str]] = {}
    for column in sheet.iter_cols(values_only=True):
        title, *words = column
        columns[str(title)] = [str(w) for w in words if w is not None]
    return columns


def test_register_sheet_has_exactly_the_columns_and_no_rows(tmp_path):
    path = write_template(tmp_path / "register.xlsx")

    book = load_workbook(path)
    assert book.sheetnames == ["Register", "Toelichting", "Lijsten"]
    sheet = book["Register"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMN_NAMES
    assert all(cell is None for r in rows[1:] for cell in r)


def test_toelichting_explains_every_column_and_marks_the_required_ones(tmp_path):
    path = write_template(tmp_path / "register.xlsx")

    sheet = load_workbook(path)["Toelichting"]
    rows = list(sheet.iter_rows(min_row=2, max_row=len(COLUMN_NAMES) + 1, values_only=True))
    assert tuple(r[0] for r in rows) == COLUMN_NAMES
    assert {r[0] for r in rows if r[1] == "ja"} == REQUIRED
    assert all(r[2] and r[4] for r in rows)  # a Dutch and an English explanation


@pytest.mark.parametrize(
    ("column", "words"),
    [("status", STATUS_WORDS), ("geslacht", GENDER_WORDS), ("verwijzer_type", REFERRER_WORDS)],
)
def test_every_word_in_the_lists_sheet_is_one_the_import_understands(tmp_path, column, words):
    offered = lists_sheet(write_template(tmp_path / "register.xlsx"))[column]

    assert offered
    assert [w for w in offered if fold(w) not in words] == []


def test_every_status_can_be_chosen_from_the_lists_sheet(tmp_path):
    offered = lists_sheet(write_template(tmp_path / "register.xlsx"))["status"]

    assert {STATUS_WORDS[fold(w)] for w in offered} == set(STATUS_WORDS.values())


def test_drop_downs_sit_on_their_own_column_and_offer_their_own_list(tmp_path):
    path = write_template(tmp_path / "register.xlsx")
    book = load_workbook(path)
    lists = book["Lijsten"]
    titles = {cell.column_letter: cell.value for cell in lists[1]}

    found = {}
    for validation in book["Register"].data_validations.dataValidation:
        target = re.match(r"([A-Z]+)2:", str(validation.sqref))
        source = re.fullmatch(r"=Lijsten!\$([A-Z]+)\$2:\$([A-Z]+)\$\d+", validation.formula1)
        assert target and source and source[1] == source[2]
        found[COLUMN_NAMES[column_index_from_string(target[1]) - 1]] = titles[source[1]]
    assert found == {"status": "status", "geslacht": "geslacht", "verwijzer_type": "verwijzer_type"}


def test_filled_in_template_imports(open_team, tmp_path):
    path = write_template(tmp_path / "register.xlsx")
    rng = random.Random(21)
    used: set[str] = set()
    rows = [registers.good_row(rng, used_bsns=used) for _ in range(5)]
    book = load_workbook(path)
    for values in rows:
        book["Register"].append([values[c] for c in COLUMN_NAMES])
    book.save(path)

    team = open_team(Role.COORDINATOR)
    with team.unit_of_work() as uow:
        report = import_register(uow, path)

    assert report.committed, report.problems
    assert report.imported == 5


def test_every_list_item_in_the_template_is_accepted_by_the_import(open_team, tmp_path):
    path = write_template(tmp_path / "register.xlsx")
    lists = lists_sheet(path)
    rng = random.Random(22)
    values = registers.good_row(rng) | {
        "kenmerk": "REG-LIJSTEN",
        "leefgebieden": "; ".join(lists["leefgebieden"]),
        "knelpunten": "; ".join(lists["knelpunten"]),
    }
    book = load_workbook(path)
    book["Register"].append([values[c] for c in COLUMN_NAMES])
    book.save(path)

    team = open_team(Role.COORDINATOR)
    with team.unit_of_work() as uow:
        report = import_register(uow, path)

    assert report.committed, report.problems
    with team.unit_of_work() as uow:
        case = cases.get_case(uow, cases.case_id_for_reference(uow, "REG-LIJSTEN"))
    assert {c.code for c in case.problem_areas} == {
        c for c, _, _ in DEFAULT_LISTS[ListKind.PROBLEM_AREA]
    }
    assert {c.code for c in case.bottlenecks} == {
        c for c, _, _ in DEFAULT_LISTS[ListKind.BOTTLENECK]
    }


def test_csv_template_is_just_the_header_row(tmp_path):
    path = write_template(tmp_path / "register.csv")

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so Excel opens it as UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows == [list(COLUMN_NAMES)]


def test_other_suffix_becomes_an_xlsx(tmp_path):
    written = write_template(tmp_path / "register.txt")

    assert written == tmp_path / "register.xlsx"
    assert load_workbook(written)["Register"]["A1"].value == COLUMN_NAMES[0]
    assert not (tmp_path / "register.txt").exists()
