"""The work list in the window, on a real encrypted team database: it lists what is due,
filters to "mine" and to one kind, opens a case at the area a signal is about (double-click
or Enter), shows a friendly empty state and forgets its rows when cleared.

The window runs on the real clock, so every date here is relative to date.today()."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import Role, SignalKind
from expertteam_app.services.worklist import Signal
from tests.support.advice import Table
from tests.support.followup import Advised
from tests.ui.conftest import issued_back_then, planned_table, run_sync, wait
from ui.formatting import day
from ui.i18n import current_language
from ui.main_window import CaseTab, MainWindow
from ui.worker import JobContext
from ui.worklist import WorkListPage
from ui.worklist.model import DAYS, OVERDUE_BACKGROUND, WHAT, SignalModel

TODAY = date.today()
K = SignalKind


def t(text: str, context: str = "WorkListPage") -> str:
    """What the window shows for `text` in the language installed for the tests."""
    return QCoreApplication.translate(context, text)


@pytest.fixture
def table(qtbot: Any, db: Any, unlocked: Any) -> Table:
    """Three cases on a meeting in three days (the second without preparation)."""
    return planned_table(qtbot, db, unlocked, datetime.combine(TODAY + timedelta(days=3), time(14)))


@pytest.fixture
def advised(table: Table, team_db: Any, team_template: Any) -> Advised:
    """The first case's advice, issued twenty days ago: Horizon's latest start was a week
    ago and nothing has started."""
    return issued_back_then(team_template, team_db, table, TODAY - timedelta(days=20))


def rows(page: WorkListPage) -> list[Signal]:
    model = page.model
    return [s for r in range(model.rowCount()) if (s := model.signal(r)) is not None]


def row_of(page: WorkListPage, kind: SignalKind, case_id: int) -> int:
    found = [i for i, s in enumerate(rows(page)) if s.kind is kind and s.case_id == case_id]
    assert found, f"no {kind} signal for case {case_id}"
    return found[0]


def set_owner(qtbot: Any, db: Any, case_id: int, member_id: int) -> None:
    def op(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            case = uow.session.get(Case, case_id)
            assert case is not None
            case.owner_id = member_id

    run_sync(qtbot, db, op)


def open_tab(qtbot: Any, db: Any, main: MainWindow, case_id: int) -> CaseTab:
    wait(qtbot, db)
    qtbot.waitUntil(lambda: isinstance(main.tabs.currentWidget(), CaseTab), timeout=10_000)
    tab = main.tabs.currentWidget()
    assert isinstance(tab, CaseTab) and tab.case_id == case_id
    return tab


def test_the_home_screen_lists_a_late_start_and_double_click_opens_follow_up(
    qtbot: Any, db: Any, window: Any, advised: Advised
) -> None:
    main = window(Role.COORDINATOR)
    page = main.work_list
    assert main.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    row = row_of(page, K.LATE_START, advised.case_id)
    signal = rows(page)[row]
    what = page.model.index(row, WHAT).data()
    assert what.startswith(K.LATE_START.label(current_language()))
    assert "Zorggroep Horizon (synthetisch)" in what
    assert page.model.index(row, 4).data() == day(TODAY - timedelta(days=7))
    days = page.model.index(row, DAYS)
    assert days.data() == t("{n} days late", "SignalModel").format(n=7)
    assert days.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert signal.young_person_name == "Daan van der Berg"
    assert page.count_label.text() == t("{n} signals").format(n=len(rows(page)))

    rect = page.table.visualRect(page.model.index(row, WHAT))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab = open_tab(qtbot, db, main, advised.case_id)
    assert tab.areas.currentWidget() is tab.followup
    assert len(main.case_tabs()) == 1  # one double-click, one tab


def test_enter_opens_a_case_without_preparation_at_its_registration(
    qtbot: Any, db: Any, window: Any, table: Table
) -> None:
    main = window(Role.COORDINATOR)
    page = main.work_list
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    row = row_of(page, K.NO_PREPARATION, table.case_ids[1])
    signal = rows(page)[row]
    assert signal.due_on == TODAY + timedelta(days=3) and not signal.overdue
    assert page.model.index(row, DAYS).data() == t("{n} days left", "SignalModel").format(n=3)
    assert page.model.index(row, DAYS).data(Qt.ItemDataRole.BackgroundRole) is None
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    tab = open_tab(qtbot, db, main, table.case_ids[1])
    assert tab.areas.currentWidget() is tab.form


def test_only_my_cases_and_one_kind(qtbot: Any, db: Any, window: Any, advised: Advised) -> None:
    main = window(Role.COORDINATOR)
    page = main.work_list
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    everyone = {s.case_id for s in rows(page)}
    assert len(everyone) == 3
    mine = advised.case_id
    set_owner(qtbot, db, mine, main.info.member_id)

    page.mine.setChecked(True)
    wait(qtbot, db)
    assert {s.case_id for s in rows(page)} == {mine}
    assert {s.owner_name for s in rows(page)} == {main.info.member_name}
    shown = len(rows(page))
    assert page.count_label.text() == t("{n} signals").format(n=shown)

    page.kind.set_value(K.LATE_START)
    wait(qtbot, db)
    assert [(s.kind, s.case_id) for s in rows(page)] == [(K.LATE_START, mine)]
    assert page.count_label.text() == t("1 signal")

    page.mine.setChecked(False)
    page.kind.set_value(K.LEAD_TIME)
    wait(qtbot, db)
    assert {s.kind for s in rows(page)} == {K.LEAD_TIME}
    assert {s.case_id for s in rows(page)} == set(everyone) - {mine}


def test_nothing_to_do_is_said_plainly_and_clear_forgets_the_rows(
    qtbot: Any, db: Any, window: Any, table: Table
) -> None:
    main = window(Role.COORDINATOR)
    page = main.work_list
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    page.kind.set_value(K.TURNING_18)  # nobody here is near 18
    wait(qtbot, db)
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty and page.empty.isVisible()
    assert t("Nothing to do") in page.empty.text()
    assert page.count_label.text() == t("{n} signals").format(n=0)

    page.kind.set_value(None)
    page.refresh()
    page.clear()  # the window locks while the answer is on its way
    wait(qtbot, db)
    assert page.model.rowCount() == 0 and page.count_label.text() == ""
    page.refresh_button.click()
    wait(qtbot, db)
    assert page.model.rowCount() > 0 and page.stack.currentWidget() is page.table


def test_the_signal_model_is_a_sound_qt_model(qtmodeltester: Any) -> None:
    model = SignalModel()
    late = Signal(
        K.LATE_START,
        1,
        "ET-2026-0001",
        "Daan van der Berg",
        "Cor Coördinator",
        TODAY - timedelta(days=2),
        2,
        "Zorggroep Horizon (synthetisch)",
        "followup",
    )
    soon = Signal(K.TURNING_18, 2, "ET-2026-0002", "Sanne Visser", "", TODAY, 0, "", "transition")
    model.set_signals([late, soon])
    qtmodeltester.check(model)
    assert model.index(1, DAYS).data() == t("today", "SignalModel")
    assert model.index(1, WHAT).data() == K.TURNING_18.label(current_language())
    model.clear()
    qtmodeltester.check(model)
