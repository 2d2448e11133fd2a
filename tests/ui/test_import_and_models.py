"""Importing a register from the window (progress, report, saving it), and the item
models passing Qt's model tester."""

from __future__ import annotations

import csv
import random

from PySide6.QtCore import Qt

from expertteam_app.domain.enums import Role
from expertteam_app.services import cases
from tests.support import registers
from tests.support.cases import draft
from tests.ui.conftest import run_sync, wait
from ui.case_list_model import CaseListModel
from ui.import_dialog import ImportDialog
from ui.worker import JobContext


def case_count(qtbot, db) -> int:  # type: ignore[no-untyped-def]
    from expertteam_app.services import case_search

    def op(ctx: JobContext) -> int:
        with ctx.unit_of_work() as uow:
            return case_search.status_counts(uow).total

    result = run_sync(qtbot, db, op)
    assert isinstance(result, int)
    return result


def register_with_bad_rows(tmp_path):  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    rows = [registers.good_row(rng) for _ in range(6)]
    rows[2]["bsn"] = "123456789"  # fails the 11-test
    rows[4]["gemeente"] = "Atlantis"
    return registers.write_xlsx(tmp_path / "register.xlsx", rows)


def test_a_register_with_bad_rows_imports_nothing_and_shows_the_report(
    qtbot, db, unlocked, tmp_path, monkeypatch
):
    unlocked(Role.COORDINATOR)
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(register_with_bad_rows(tmp_path))
    dialog.start()
    assert not dialog.close_button.isEnabled()  # not while importing
    wait(qtbot, db)
    assert dialog.report is not None and not dialog.report.committed
    assert "Er is niets geïmporteerd: 2 van 6" in dialog.summary.text()
    shown = [
        [dialog.model.data(dialog.model.index(r, c)) for c in range(5)]
        for r in range(dialog.model.rowCount())
    ]
    assert (
        shown[0][:3] == ["4", "bsn", "123456789"]
        and "elfproef" in shown[0][3]
        and shown[0][4] == "afgewezen"
    )
    assert shown[1][:3] == ["6", "gemeente", "Atlantis"]
    assert case_count(qtbot, db) == 0

    target = tmp_path / "rapport.csv"
    monkeypatch.setattr(
        "ui.import_dialog.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    dialog.save_button.click()
    wait(qtbot, db)
    with target.open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == ["rij", "kolom", "waarde", "probleem", "soort"]
    assert [line[0] for line in lines[1:]] == ["4", "6"]


def test_with_the_option_ticked_the_valid_rows_go_in(qtbot, db, unlocked, tmp_path):
    unlocked(Role.COORDINATOR)
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.set_file(register_with_bad_rows(tmp_path))
    dialog.accept_valid.setChecked(True)
    progress = []
    dialog.progress.valueChanged.connect(progress.append)
    dialog.start()
    wait(qtbot, db)
    assert dialog.report is not None and dialog.report.committed and dialog.report.imported == 4
    assert "4 casus(sen) geïmporteerd" in dialog.summary.text()
    assert case_count(qtbot, db) == 4


def test_an_unreadable_file_is_a_message_not_a_crash(qtbot, db, unlocked, tmp_path):
    unlocked(Role.COORDINATOR)
    bad = tmp_path / "register.xlsx"
    bad.write_text("dit is geen Excel-bestand")
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.set_file(bad)
    dialog.start()
    wait(qtbot, db)
    assert "geen geldig Excel-bestand" in dialog.summary.text()
    assert dialog.start_button.isEnabled()


def test_the_case_list_model_passes_the_model_tester_while_pages_arrive(
    qtbot, db, unlocked, qtmodeltester, monkeypatch
):
    unlocked(Role.COORDINATOR)

    def register_many(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            for i in range(7):
                cases.register_case(uow, draft(first=f"Kind{i}", bsn=""))

    run_sync(qtbot, db, register_many)
    monkeypatch.setattr("ui.case_list_model.PAGE", 3)  # several pages for seven cases
    model = CaseListModel(db)
    model.set_query(model.query)
    qtmodeltester.check(model)
    wait(qtbot, db)
    while model.canFetchMore(model.index(-1, -1).parent()):
        model.fetchMore(model.index(-1, -1).parent())
        wait(qtbot, db)
    assert model.rowCount() == 7
    qtmodeltester.check(model)
    model.sort(3, Qt.SortOrder.AscendingOrder)
    wait(qtbot, db)
    assert [model.data(model.index(r, 3)).split()[0] for r in range(model.rowCount())] == [
        f"Kind{i}" for i in range(3)
    ]
    qtmodeltester.check(model)


def test_the_import_report_model_passes_the_model_tester(
    qtbot, db, unlocked, tmp_path, qtmodeltester
):
    unlocked(Role.COORDINATOR)
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.set_file(register_with_bad_rows(tmp_path))
    dialog.start()
    wait(qtbot, db)
    qtmodeltester.check(dialog.model)
