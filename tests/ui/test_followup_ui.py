"""Follow-up in the window, driven through its real widgets on a real encrypted team
database: a provider declines (with a reason) and another accepts, care starts and the
case header says "in uitvoering", two goals are evaluated and summed up, a late item is
marked until its start is recorded, a member only reads, and the 18-/18+ checklist saves.

The window runs on the real clock, so every date here is relative to date.today()."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt

from expertteam_app.domain.dates import add_months
from expertteam_app.domain.enums import (
    BigFiveArea,
    BigFiveStatus,
    CareAnswer,
    CareUpdateKind,
    CaseStatus,
    GoalOutcome,
    Role,
)
from expertteam_app.services import cases, followup
from tests.support.advice import Table
from tests.support.cases import draft
from tests.support.followup import Advised
from tests.ui.conftest import issued_back_then, issued_on_worker, planned_table, run_sync, wait
from ui.followup import FollowUpArea, TransitionArea
from ui.followup.dialogs import AnswerDialog, EvaluateDialog, RecordDialog, StartDialog
from ui.followup.models import LATE_BACKGROUND
from ui.formatting import day
from ui.i18n import current_language
from ui.main_window import CaseTab, MainWindow
from ui.worker import JobContext

TODAY = date.today()


def t(text: str, context: str = "FollowUpArea") -> str:
    """What the window shows for `text` in the language installed for the tests."""
    return QCoreApplication.translate(context, text)


@pytest.fixture
def table(qtbot: Any, db: Any, unlocked: Any) -> Table:
    return planned_table(qtbot, db, unlocked, datetime.combine(TODAY, time(9)))


@pytest.fixture
def advised(qtbot: Any, db: Any, unlocked: Any, table: Table) -> Advised:
    return issued_on_worker(qtbot, db, unlocked, table, today=TODAY)


def open_follow_up(qtbot: Any, db: Any, main: MainWindow, case_id: int) -> tuple[CaseTab, Any]:
    main.open_case(case_id)
    wait(qtbot, db)
    tab = next(t for t in main.case_tabs() if t.case_id == case_id)
    area = tab.followup
    assert isinstance(area, FollowUpArea)
    tab.show_area("followup")
    qtbot.waitUntil(lambda: area.loaded, timeout=10_000)
    wait(qtbot, db)
    return tab, area


def submit(qtbot: Any, db: Any, dialog: RecordDialog) -> None:
    dialog.ok_button.click()
    wait(qtbot, db)


def closed(dialog: RecordDialog) -> bool:
    """Done: the dialog closed (and, deleted on close, may be gone already)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def open_dialog(area: FollowUpArea, button_name: str) -> RecordDialog:
    button = area.findChild(type(area.answer_button), button_name)
    assert button is not None and button.isVisible() and button.isEnabled()
    button.click()
    dialog = area.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def service_view(qtbot: Any, db: Any, case_id: int) -> followup.FollowUpView:
    def op(ctx: JobContext) -> followup.FollowUpView:
        with ctx.unit_of_work() as uow:
            return followup.follow_up(uow, case_id)

    view = run_sync(qtbot, db, op)
    assert isinstance(view, followup.FollowUpView)
    return view


def test_a_decline_an_acceptance_and_a_start_through_the_dialogs(
    qtbot: Any, db: Any, window: Any, advised: Advised
) -> None:
    main = window(Role.VOORZITTER)
    tab, area = open_follow_up(qtbot, db, main, advised.case_id)
    qtmodel_rows = area.care_model.rowCount()
    assert qtmodel_rows == 2
    first, second = advised.care_item_ids
    language = current_language()

    # The first provider declines; the reason is required and the dialog says so.
    area.select_item(first)
    dialog = open_dialog(area, "answerButton")
    assert isinstance(dialog, AnswerDialog)
    assert dialog.on.value() == TODAY
    dialog.answer.set_value(CareAnswer.DECLINED)
    submit(qtbot, db, dialog)
    assert dialog.isVisible()
    assert "reden" in dialog.problem_texts()["reason"]
    dialog.reason.setPlainText("Geen plek binnen zes weken")
    submit(qtbot, db, dialog)
    assert closed(dialog)
    row = area.care_model.row_of(first)
    assert CareAnswer.DECLINED.label(language) in area.care_model.index(row, 3).data()
    texts = [area.timeline.item(i).text() for i in range(area.timeline.count())]
    assert len(texts) == 1 and "Geen plek binnen zes weken" in texts[0]
    assert not area.start_button.isEnabled()  # a declined item does not start

    # The second provider accepts, and care starts: the case is under way.
    area.select_item(second)
    dialog = open_dialog(area, "answerButton")
    dialog.answer.set_value(CareAnswer.ACCEPTED)
    submit(qtbot, db, dialog)
    assert closed(dialog)
    with qtbot.waitSignal(area.case_changed, timeout=10_000) as moved:
        dialog = open_dialog(area, "startButton")
        assert isinstance(dialog, StartDialog)
        submit(qtbot, db, dialog)
    assert moved.args[0].status == CaseStatus.IN_UITVOERING
    wait(qtbot, db)
    status = CaseStatus.IN_UITVOERING.label(language)
    qtbot.waitUntil(lambda: status in tab.header.facts.text(), timeout=10_000)
    row = area.care_model.row_of(second)
    assert area.care_model.index(row, 4).data() == day(TODAY)
    assert not area.start_button.isEnabled() and area.end_button.isEnabled()

    view = service_view(qtbot, db, advised.case_id)
    assert view.item(first).answer == CareAnswer.DECLINED
    assert view.item(first).decline_reason == "Geen plek binnen zes weken"
    assert view.item(second).started_on == TODAY
    assert [u.kind for u in view.item(second).updates] == [
        CareUpdateKind.ANSWER,
        CareUpdateKind.START,
    ]


def test_two_goal_evaluations_and_the_summary(
    qtbot: Any, db: Any, window: Any, advised: Advised, qtmodeltester: Any
) -> None:
    main = window(Role.COORDINATOR)
    _tab, area = open_follow_up(qtbot, db, main, advised.case_id)
    goal_a, goal_b = advised.goal_ids

    area.select_goal(goal_a)
    dialog = open_dialog(area, "evaluateButton")
    assert isinstance(dialog, EvaluateDialog)
    dialog.outcome.set_value(GoalOutcome.NOT_ACHIEVED)  # needs a note: refused, stays open
    submit(qtbot, db, dialog)
    assert dialog.isVisible() and dialog.problem_texts().get("note")
    dialog.outcome.set_value(GoalOutcome.ACHIEVED)
    submit(qtbot, db, dialog)
    assert closed(dialog)

    area.select_goal(goal_b)
    dialog = open_dialog(area, "evaluateButton")
    dialog.outcome.set_value(GoalOutcome.PARTLY)
    dialog.note.setPlainText("Moeder voelt zich deels gesteund")
    submit(qtbot, db, dialog)
    assert closed(dialog)

    summary = "1 behaald, 1 deels behaald, 0 niet behaald, 0 nog niet geëvalueerd"
    if current_language() == "en":
        summary = "1 achieved, 1 partly achieved, 0 not achieved, 0 not evaluated yet"
    assert summary in area.summary.text()
    texts = [area.evaluations.item(i).text() for i in range(area.evaluations.count())]
    assert len(texts) == 1 and "Moeder voelt zich deels gesteund" in texts[0]
    assert GoalOutcome.PARTLY.label(current_language()) in texts[0]
    assert area.goals_model.rowCount() == 2
    qtmodeltester.check(area.goals_model)
    qtmodeltester.check(area.care_model)

    view = service_view(qtbot, db, advised.case_id)
    assert view.goal(goal_a).latest_outcome == GoalOutcome.ACHIEVED
    assert view.goal(goal_b).latest_outcome == GoalOutcome.PARTLY


def test_a_late_item_is_marked_until_its_start_is_recorded(
    qtbot: Any, db: Any, window: Any, table: Table, team_db: Any, team_template: Any
) -> None:
    # The advice was issued twenty days ago, so the first item's latest start has passed.
    advised = issued_back_then(team_template, team_db, table, TODAY - timedelta(days=20))
    main = window(Role.COORDINATOR)
    _tab, area = open_follow_up(qtbot, db, main, advised.case_id)
    first, second = advised.care_item_ids
    row = area.care_model.row_of(first)
    latest = area.care_model.index(row, 2)
    assert day(TODAY - timedelta(days=7)) in latest.data()
    assert latest.data(Qt.ItemDataRole.BackgroundRole).color() == LATE_BACKGROUND
    other = area.care_model.index(area.care_model.row_of(second), 2)
    assert other.data(Qt.ItemDataRole.BackgroundRole) is None
    late_line = t("{count} care item(s) past the latest start date and not started.").format(
        count=1
    )
    assert late_line in area.banner.text()

    area.select_item(first)
    dialog = open_dialog(area, "startButton")
    dialog.on.set_value(TODAY - timedelta(days=1))
    submit(qtbot, db, dialog)
    assert closed(dialog)
    latest = area.care_model.index(area.care_model.row_of(first), 2)
    assert latest.data() == day(TODAY - timedelta(days=7))
    assert latest.data(Qt.ItemDataRole.BackgroundRole) is None
    assert late_line not in area.banner.text()


def test_a_future_date_is_refused_in_the_dialog(
    qtbot: Any, db: Any, window: Any, advised: Advised
) -> None:
    main = window(Role.COORDINATOR)
    _tab, area = open_follow_up(qtbot, db, main, advised.case_id)
    area.select_item(advised.care_item_ids[0])
    dialog = open_dialog(area, "addUpdateButton")
    dialog.on.set_value(TODAY + timedelta(days=1))
    dialog.text.setPlainText("Gebeld met de aanbieder")
    submit(qtbot, db, dialog)
    assert dialog.isVisible() and "toekomst" in dialog.problem_texts()["on"]
    dialog.on.set_value(TODAY)
    submit(qtbot, db, dialog)
    assert closed(dialog)
    assert "Gebeld met de aanbieder" in area.timeline.item(0).text()


def test_a_member_reads_the_follow_up_without_record_buttons(
    qtbot: Any, db: Any, window: Any, advised: Advised
) -> None:
    main = window(Role.LID)
    _tab, area = open_follow_up(qtbot, db, main, advised.case_id)
    assert area.care_model.rowCount() == 2 and area.goals_model.rowCount() == 2
    for button in (
        area.answer_button,
        area.start_button,
        area.end_button,
        area.update_button,
        area.evaluate_button,
    ):
        assert not button.isVisible()
    assert t("You can read the follow-up; your role does not record it.") in area.banner.text()


def test_without_an_issued_advice_the_area_says_so(
    qtbot: Any, db: Any, window: Any, table: Table
) -> None:
    main = window(Role.COORDINATOR)
    _tab, area = open_follow_up(qtbot, db, main, table.case_ids[1])
    assert area.banner.text() == t(
        "There is no issued advice yet. Follow-up starts once the chair has issued "
        "the binding advice."
    )
    assert not area.care_group.isVisible() and not area.goals_group.isVisible()


def test_the_big_five_checklist_saves_a_status(
    qtbot: Any, db: Any, window: Any, unlocked: Any
) -> None:
    unlocked(Role.COORDINATOR)
    born = add_months(TODAY, -(17 * 12 + 2))  # 17 years and 2 months: the big five apply

    def register(ctx: JobContext) -> int:
        with ctx.unit_of_work() as uow:
            return cases.register_case(uow, draft(born=born)).case_id

    case_id = run_sync(qtbot, db, register)
    assert isinstance(case_id, int)
    main = window(Role.COORDINATOR)
    main.open_case(case_id)
    wait(qtbot, db)
    tab = next(t for t in main.case_tabs() if t.case_id == case_id)
    area = tab.transition
    assert isinstance(area, TransitionArea)
    assert tab.areas.isTabVisible(tab.areas.indexOf(area))
    tab.show_area("transition")
    qtbot.waitUntil(lambda: area.loaded, timeout=10_000)
    wait(qtbot, db)
    assert day(add_months(born, 18 * 12)) in area.birthday.text()
    housing = area.rows[BigFiveArea.HOUSING]
    assert housing.status.value() == BigFiveStatus.OPEN
    housing.status.set_value(BigFiveStatus.ARRANGED)
    housing.note.setText("Kamer via woningcorporatie")
    assert area.dirty()
    area.save_button.click()
    wait(qtbot, db)
    assert not area.dirty()
    assert "Cor Coördinator" in housing.changed.text()

    def read(ctx: JobContext) -> followup.TransitionView:
        with ctx.unit_of_work() as uow:
            return followup.transition_checklist(uow, case_id)

    view = run_sync(qtbot, db, read)
    assert isinstance(view, followup.TransitionView)
    item = view.item(BigFiveArea.HOUSING)
    assert (item.status, item.note) == (BigFiveStatus.ARRANGED, "Kamer via woningcorporatie")
    assert view.item(BigFiveArea.INCOME).status == BigFiveStatus.OPEN


def test_a_member_cannot_change_the_big_five(
    qtbot: Any, db: Any, window: Any, unlocked: Any
) -> None:
    unlocked(Role.COORDINATOR)

    def register(ctx: JobContext) -> int:
        with ctx.unit_of_work() as uow:
            return cases.register_case(uow, draft(born=add_months(TODAY, -(17 * 12)))).case_id

    case_id = run_sync(qtbot, db, register)
    main = window(Role.LID)
    main.open_case(case_id)
    wait(qtbot, db)
    tab = next(t for t in main.case_tabs() if t.case_id == case_id)
    tab.show_area("transition")
    area = tab.transition
    qtbot.waitUntil(lambda: area.loaded, timeout=10_000)
    assert not area.save_button.isVisible()
    assert not area.rows[BigFiveArea.SUPPORT].status.isEnabled()
    assert area.rows[BigFiveArea.SUPPORT].note.isReadOnly()
