"""Escalation, its return, closing and reopening from the case header, driven through the
real dialogs on a real encrypted team database. The window runs on the real clock, so the
case's advice is issued today."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QPushButton

from expertteam_app.domain.enums import CaseStatus, EscalationLevel, Role
from expertteam_app.services import cases, escalation
from tests.support.followup import Advised
from tests.support.ui_drivers import gone, header_dialog, move_button
from tests.ui.conftest import issued_on_worker, planned_table, run_sync, wait
from ui.case_dialogs import CloseDialog, EscalationDialog, EscalationsDialog, ReturnDialog
from ui.case_header import ReasonDialog
from ui.formatting import day
from ui.i18n import current_language
from ui.main_window import CaseTab, MainWindow
from ui.worker import JobContext

TODAY = date.today()
S = CaseStatus


def t(context: str, text: str) -> str:
    """What the window shows for an English source string, in the language installed."""
    return QCoreApplication.translate(context, text)


@pytest.fixture
def advised(qtbot: Any, db: Any, unlocked: Any) -> Advised:
    """A case whose advice the chair issued today (two care items)."""
    table = planned_table(qtbot, db, unlocked, datetime.combine(TODAY, time(9)))
    return issued_on_worker(qtbot, db, unlocked, table, today=TODAY)


def open_case(qtbot: Any, db: Any, main: MainWindow, case_id: int) -> CaseTab:
    main.open_case(case_id)
    wait(qtbot, db)
    tab = next(tab for tab in main.case_tabs() if tab.case_id == case_id)
    return tab


def read_case(qtbot: Any, db: Any, case_id: int) -> cases.CaseDetail:
    def op(ctx: JobContext) -> cases.CaseDetail:
        with ctx.unit_of_work() as uow:
            return cases.get_case(uow, case_id)

    result = run_sync(qtbot, db, op)
    assert isinstance(result, cases.CaseDetail)
    return result


def test_escalate_through_the_dialog_and_record_the_return(
    qtbot: Any, db: Any, advised: Advised, window: Any
) -> None:
    main = window(Role.VOORZITTER)
    tab = open_case(qtbot, db, main, advised.case_id)
    header = tab.header
    assert not header.escalations.isVisible()

    dialog = header_dialog(qtbot, db, header, S.OPGESCHAALD)
    assert isinstance(dialog, EscalationDialog) and dialog.isVisible()
    dialog.ok_button.click()  # nothing filled in: the service's messages, dialog stays
    wait(qtbot, db)
    assert dialog.isVisible()
    assert dialog.to_whom_message.text() == "Geef aan naar wie de casus gaat."
    assert dialog.reason_message.text().startswith("Geef de reden van de opschaling")
    # The cursor goes to the first field to fill in, and Enter still means OK, not Cancel.
    assert dialog.focusWidget() is dialog.to_whom and dialog.ok_button.isDefault()

    dialog.level.set_value(EscalationLevel.SUPRA_REGIONAL)
    dialog.to_whom.setText("Bovenregionaal expertteam Noord")
    dialog.reason.setPlainText("Geen passend aanbod in de regio; twee aanbieders weigeren.")
    dialog.ok_button.click()
    wait(qtbot, db)
    qtbot.waitUntil(lambda: gone(dialog), timeout=5_000)

    assert S.OPGESCHAALD.label("nl") in header.facts.text()
    assert header.state.isVisible()
    assert header.state.text() == t(
        "CaseHeader", "Escalated to {to_whom} ({level}) since {date}"
    ).format(
        to_whom="Bovenregionaal expertteam Noord",
        level=EscalationLevel.SUPRA_REGIONAL.label(current_language()),
        date=day(TODAY),
    )
    assert header.escalations.isVisible()
    assert move_button(header, S.OPGESCHAALD) is None

    back = header_dialog(qtbot, db, header, S.ADVIES_UITGEBRACHT)
    assert isinstance(back, ReturnDialog)
    assert "Bovenregionaal expertteam Noord" in back.intro.text()
    back.outcome.setPlainText("Bovenregionaal team regelt een plek; gemeente betaalt.")
    back.on.set_value(TODAY - timedelta(days=1))  # before the escalation: refused in place
    back.ok_button.click()
    wait(qtbot, db)
    assert back.isVisible() and back.on_message.text().startswith("Terugkomen kan niet")
    back.on.set_value(TODAY)
    back.ok_button.click()
    wait(qtbot, db)
    qtbot.waitUntil(lambda: gone(back), timeout=5_000)

    assert S.ADVIES_UITGEBRACHT.label("nl") in header.facts.text()
    assert not header.state.isVisible()
    detail = read_case(qtbot, db, advised.case_id)
    assert detail.status == S.ADVIES_UITGEBRACHT and detail.open_escalation is None

    header.escalations.click()
    wait(qtbot, db)
    history = header.findChild(EscalationsDialog)
    assert history is not None and history.isVisible()
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=5_000)
    row = history.model.row(0).cells
    assert row[1] == EscalationLevel.SUPRA_REGIONAL.label(current_language())
    assert row[2] == "Bovenregionaal expertteam Noord"
    assert row[5] == day(TODAY)
    assert row[6] == "Bovenregionaal team regelt een plek; gemeente betaalt."
    history.close()


def test_close_with_a_result_from_the_list_and_reopen_with_a_reason(
    qtbot: Any, db: Any, advised: Advised, window: Any, monkeypatch: Any
) -> None:
    main = window(Role.VOORZITTER)
    tab = open_case(qtbot, db, main, advised.case_id)
    header = tab.header

    dialog = header_dialog(qtbot, db, header, S.AFGESLOTEN)
    assert isinstance(dialog, CloseDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5_000)
    assert dialog.closing_result.count() == 8
    assert dialog.closing_result.currentIndex() == -1  # a result is a choice, not a default
    dialog.ok_button.click()
    wait(qtbot, db)
    assert dialog.isVisible()
    assert dialog.result_message.text() == "Kies een resultaat."
    assert dialog.note_message.isVisible()

    dialog.choose("goals_partly")
    assert dialog.closing_result.currentText() == "Doelen deels behaald"
    dialog.note.setPlainText("Jeugdige woont in het gezinshuis; regie terug bij het wijkteam.")
    dialog.ok_button.click()
    wait(qtbot, db)
    qtbot.waitUntil(lambda: gone(dialog), timeout=5_000)

    assert S.AFGESLOTEN.label("nl") in header.facts.text()
    assert "Doelen deels behaald" in header.state.text()
    assert "regie terug bij het wijkteam" in header.state.text()
    assert move_button(header, S.AFGESLOTEN) is None
    closed = read_case(qtbot, db, advised.case_id)
    assert closed.closing_result_item == cases.Coded("goals_partly", "Doelen deels behaald")

    def reason_given(self: ReasonDialog) -> int:
        self.reason.setPlainText("Gezinshuis zegt de plek op; opnieuw zoeken.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", reason_given)
    reopen = move_button(header, S.ADVIES_UITGEBRACHT)
    assert reopen is not None and reopen.text() == "Heropenen"
    reopen.click()
    wait(qtbot, db)

    assert S.ADVIES_UITGEBRACHT.label("nl") in header.facts.text()
    assert not header.state.isVisible()
    reopened = read_case(qtbot, db, advised.case_id)
    assert reopened.closing_result_item is None and reopened.closed_on is None
    assert reopened.status_history[-1].reason == "Gezinshuis zegt de plek op; opnieuw zoeken."


def test_a_team_member_sees_the_escalation_but_no_close_or_return(
    qtbot: Any, db: Any, advised: Advised, window: Any
) -> None:
    def escalate(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            escalation.escalate(
                uow,
                advised.case_id,
                escalation.EscalationInput(
                    EscalationLevel.NATIONAL, TODAY, "Geen plek in de regio.", "CCE"
                ),
            )

    run_sync(qtbot, db, escalate)  # as the chair, who issued the advice
    main = window(Role.LID)
    tab = open_case(qtbot, db, main, advised.case_id)
    header = tab.header
    wait(qtbot, db)

    assert "CCE" in header.state.text()
    assert header.escalations.isVisible()  # reading the history is for everyone
    assert [
        b.objectName()
        for b in header.findChildren(QPushButton)
        if b.objectName().startswith("move_")
    ] == []
