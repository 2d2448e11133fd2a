"""Issue 5's "done when" in one real main window, as the case coordinator lives it: a case
from its binding advice to closing, driven through the work list, the case's areas, the
header's dialogs and the funding overview, on a real encrypted team database.

The same story as tests/integration/test_case_after_advice.py tells through the services:
a late start on the work list that leaves when the start is recorded, a declined and an
accepted care item, funding refused, disputed and committed, two goal evaluations, an
escalation and its return, closing; the overview's export adds up to the cent.

The window runs on the real clock: the advice was issued twenty days ago, so the first care
item's latest start (issue date + 13) was a week ago and the second's is in ten days. Every
text is compared with what the window shows in the language installed for the tests."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from expertteam_app.domain.enums import (
    CareAnswer,
    CaseStatus,
    DisputeSubject,
    EscalationLevel,
    FundingDecision,
    GoalOutcome,
    Role,
    SignalKind,
)
from expertteam_app.services.context import FixedClock
from expertteam_app.services.worklist import Signal
from tests.support import ui_drivers as do
from tests.support.advice import Table, plan_table
from tests.support.followup import Advised, issue_first_advice
from tests.ui.conftest import run_sync, wait
from ui.followup import FollowUpArea
from ui.followup.models import LATE_BACKGROUND
from ui.formatting import day, euros
from ui.funding import FundingArea, FundingOverviewWindow
from ui.funding.models import TOTAL
from ui.i18n import current_language
from ui.main_window import CaseTab, MainWindow
from ui.worker import JobContext
from ui.worklist.model import DAYS, WHAT

TODAY = date.today()
ISSUED = TODAY - timedelta(days=20)
HORIZON = "Zorggroep Horizon (synthetisch)"
LINDE = "Gezinshuis De Linde (synthetisch)"
AMOUNT = Decimal("12500.55")  # odd cents: what is typed is what adds up


def t(context: str, text: str) -> str:
    """What the window shows for an English source text in the language installed."""
    return QCoreApplication.translate(context, text)


@pytest.fixture
def advised(qtbot: Any, db: Any, unlocked: Any) -> Advised:
    """The coordinator planned the meeting 25 days ago; the chair issued the first case's
    advice 20 days ago (on the worker's own session, its clock turned back to that day:
    the service dates an advice by its clock)."""
    unlocked(Role.COORDINATOR)
    held = datetime.combine(TODAY - timedelta(days=25), time(14))
    table = run_sync(qtbot, db, lambda ctx: plan_table(ctx.team, starts_at=held))
    assert isinstance(table, Table)
    unlocked(Role.VOORZITTER)
    back_then = FixedClock(datetime.combine(ISSUED, time(10), tzinfo=UTC))

    def issue(ctx: JobContext) -> Advised:
        return issue_first_advice(replace(ctx.team, clock=back_then), table, today=ISSUED)

    result = run_sync(qtbot, db, issue)
    assert isinstance(result, Advised)
    return result


@pytest.fixture
def main(window: Any, advised: Advised) -> Any:
    """The coordinator's window, opened once the advice is issued."""
    main = window(Role.COORDINATOR)
    yield main
    for overview in main.findChildren(FundingOverviewWindow):
        overview.close()


# --- the work list ---------------------------------------------------------------------------


def signals_shown(main: MainWindow) -> list[Signal]:
    model = main.work_list.model
    return [s for n in range(model.rowCount()) if (s := model.signal(n)) is not None]


def late_starts(main: MainWindow, case_id: int) -> list[str]:
    """The late starts of the case in the work list, as its first column shows them."""
    model = main.work_list.model
    return [
        model.index(n, WHAT).data()
        for n, s in enumerate(signals_shown(main))
        if s.kind is SignalKind.LATE_START and s.case_id == case_id
    ]


def unanswered(main: MainWindow, case_id: int) -> list[str]:
    """The providers of the case the work list says have not answered."""
    return [
        s.subject
        for s in signals_shown(main)
        if s.kind is SignalKind.NO_ANSWER and s.case_id == case_id
    ]


def show_work_list(qtbot: Any, db: Any, main: MainWindow) -> None:
    """Ctrl+1, as a person goes home; waits for the fresh list."""
    page = main.work_list
    before = page.loaded
    action = main.findChild(QAction, "showWorkList")
    assert isinstance(action, QAction)
    action.trigger()
    assert main.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded is not before, timeout=15_000)
    wait(qtbot, db)


def back_to_case(qtbot: Any, db: Any, main: MainWindow, tab: CaseTab) -> None:
    main.tabs.setCurrentWidget(tab)
    wait(qtbot, db)


def show_area(qtbot: Any, db: Any, tab: CaseTab, name: str) -> Any:
    """Bring a case area to the front (its tab), once it has loaded."""
    tab.show_area(name)
    area: Any = getattr(tab, name)
    assert tab.areas.currentIndex() == tab.areas.indexOf(area)
    qtbot.waitUntil(lambda: area.loaded, timeout=15_000)
    wait(qtbot, db)
    return area


def status_shown(tab: CaseTab) -> str:
    return tab.header.facts.text()


def test_a_case_from_its_advice_to_closing_in_the_window(
    qtbot: Any,
    db: Any,
    main: MainWindow,
    advised: Advised,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    language = current_language()
    case_id = advised.case_id
    family, home = advised.care_item_ids  # Horizon (late a week), De Linde (in ten days)

    # 1. Home: the work list shows Horizon's late start; activating it opens the follow-up.
    page = main.work_list
    assert main.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=15_000)
    wait(qtbot, db)
    late = late_starts(main, case_id)
    assert late == [f"{SignalKind.LATE_START.label(language)}: {HORIZON}"]
    assert sorted(unanswered(main, case_id)) == [LINDE, HORIZON]  # ten days have passed
    row = next(
        n
        for n, s in enumerate(signals_shown(main))
        if s.kind is SignalKind.LATE_START and s.case_id == case_id
    )
    assert page.model.index(row, DAYS).data() == t("SignalModel", "{n} days late").format(n=7)
    rect = page.table.visualRect(page.model.index(row, WHAT))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(main.tabs.currentWidget(), CaseTab), timeout=15_000)
    tab = main.tabs.currentWidget()
    assert isinstance(tab, CaseTab) and tab.case_id == case_id
    assert len(main.case_tabs()) == 1
    assert tab.areas.currentWidget() is tab.followup
    follow = tab.followup
    assert isinstance(follow, FollowUpArea)
    qtbot.waitUntil(lambda: follow.loaded, timeout=15_000)
    wait(qtbot, db)
    latest = follow.care_model.index(follow.care_model.row_of(family), 2)
    assert day(TODAY - timedelta(days=7)) in latest.data()
    assert latest.data(Qt.ItemDataRole.BackgroundRole).color() == LATE_BACKGROUND
    assert CaseStatus.ADVIES_UITGEBRACHT.label(language) in status_shown(tab)

    # 2. De Linde declines with a reason, Horizon accepts: accepting is not starting, so the
    # late start stays on the work list.
    do.answer(qtbot, db, follow, home, CareAnswer.DECLINED, "Geen plek in het gezinshuis.")
    do.answer(qtbot, db, follow, family, CareAnswer.ACCEPTED)
    answers = {
        item: follow.care_model.index(follow.care_model.row_of(item), 3).data()
        for item in (family, home)
    }
    assert answers[home].startswith(CareAnswer.DECLINED.label(language))
    assert answers[family].startswith(CareAnswer.ACCEPTED.label(language))
    follow.select_item(home)
    assert "Geen plek in het gezinshuis." in follow.timeline.item(0).text()
    assert not follow.start_button.isEnabled()  # a declined item does not start
    show_work_list(qtbot, db, main)
    assert late_starts(main, case_id) == [f"{SignalKind.LATE_START.label(language)}: {HORIZON}"]
    assert unanswered(main, case_id) == []
    assert not [s for s in signals_shown(main) if s.case_id == case_id and LINDE in s.subject]

    # Horizon starts today: the case is under way, and the late start leaves the work list.
    back_to_case(qtbot, db, main, tab)
    assert tab.areas.currentWidget() is follow
    with qtbot.waitSignal(follow.case_changed, timeout=15_000):
        do.start(qtbot, db, follow, family)
    under_way = CaseStatus.IN_UITVOERING.label(language)
    qtbot.waitUntil(lambda: under_way in status_shown(tab), timeout=15_000)
    started = follow.care_model.index(follow.care_model.row_of(family), 4)
    assert started.data() == day(TODAY)
    latest = follow.care_model.index(follow.care_model.row_of(family), 2)
    assert latest.data() == day(TODAY - timedelta(days=7))  # no longer marked late
    assert latest.data(Qt.ItemDataRole.BackgroundRole) is None
    show_work_list(qtbot, db, main)
    assert late_starts(main, case_id) == []

    # 3. Funding of Horizon's care: requested, refused with a reason, disputed about the
    # residence principle, and the dispute ends with a commitment.
    back_to_case(qtbot, db, main, tab)
    money = show_area(qtbot, db, tab, "funding")
    assert isinstance(money, FundingArea)
    do.request_funding(
        qtbot,
        db,
        money,
        family,
        amount="12.500,55",
        period=(TODAY, TODAY + timedelta(days=180)),
        documents="Aanvraagformulier",
    )
    assert money.selected is not None  # the new request is the one shown
    do.decide(
        qtbot,
        db,
        money,
        FundingDecision.REFUSED,
        reference="GRN-2026-0412",
        note="Volgens de gemeente woont de jeugdige in Zeist.",
    )
    do.dispute(
        qtbot,
        db,
        money,
        parties="Gemeente Groningen, Gemeente Zeist",
        subject=DisputeSubject.RESIDENCE_PRINCIPLE,
    )
    do.end_dispute(
        qtbot,
        db,
        money,
        outcome="Woonplaats volgt het gezag: Groningen betaalt.",
        reference="GRN-2026-0533",
    )
    requests = money.boxes[family].model
    assert requests.rowCount() == 1
    shown = requests.row(0).cells
    assert shown[1] == euros(AMOUNT)
    assert shown[4] == FundingDecision.COMMITTED.label(language)
    assert shown[6] == euros(AMOUNT)
    history = money.history_model
    assert [history.row(n).cells[1] for n in range(history.rowCount())] == [
        d.label(language)
        for d in (
            FundingDecision.REQUESTED,
            FundingDecision.REFUSED,
            FundingDecision.DISPUTED,
            FundingDecision.COMMITTED,
        )
    ]
    assert history.row(1).cells[5] == "Volgens de gemeente woont de jeugdige in Zeist."
    dispute = money.disputes_model.row(0).cells
    assert dispute[1] == "Gemeente Groningen, Gemeente Zeist"
    assert dispute[2].startswith(DisputeSubject.RESIDENCE_PRINCIPLE.label(language))
    assert dispute[3] == day(TODAY)
    assert euros(AMOUNT) in money.totals.text()

    # 4. Two goal evaluations today; the summary line counts them.
    follow = show_area(qtbot, db, tab, "followup")
    goal_a, goal_b = advised.goal_ids
    do.evaluate(qtbot, db, follow, goal_a, GoalOutcome.PARTLY, "Twee dagen per week naar school.")
    do.evaluate(qtbot, db, follow, goal_b, GoalOutcome.ACHIEVED)
    outcomes = [
        follow.goals_model.index(follow.goals_model.row_of(goal), 3).data()
        for goal in (goal_a, goal_b)
    ]
    assert outcomes == [
        t("GoalsModel", "{outcome}, {date}").format(outcome=o.label(language), date=day(TODAY))
        for o in (GoalOutcome.PARTLY, GoalOutcome.ACHIEVED)
    ]
    summary = follow.summary.text()
    for count, outcome in ((1, GoalOutcome.ACHIEVED), (1, GoalOutcome.PARTLY)):
        assert f"{count} {outcome.label(language).lower()}" in summary
    assert f"0 {GoalOutcome.NOT_ACHIEVED.label(language).lower()}" in summary

    # 5. The coordinator escalates from the header; the return brings it back under way.
    header = tab.header
    do.escalate(
        qtbot,
        db,
        header,
        level=EscalationLevel.REGIONAL_ENFORCEMENT,
        to_whom="Regionale doorzettingsmacht (synthetisch)",
        reason="De aanbieder weigert het gezinshuis; er is geen alternatief.",
    )
    assert CaseStatus.OPGESCHAALD.label(language) in status_shown(tab)
    assert header.state.isVisible()
    assert header.state.text() == t(
        "CaseHeader", "Escalated to {to_whom} ({level}) since {date}"
    ).format(
        to_whom="Regionale doorzettingsmacht (synthetisch)",
        level=EscalationLevel.REGIONAL_ENFORCEMENT.label(language),
        date=day(TODAY),
    )
    assert header.escalations.isVisible()
    do.record_return(
        qtbot,
        db,
        header,
        CaseStatus.IN_UITVOERING,
        outcome="De aanbieder neemt de jeugdige alsnog op.",
    )
    assert under_way in status_shown(tab)
    assert not header.state.isVisible()

    # 6. Closed with a result from the team's list and a note; nothing left on the work list.
    result = do.close_case(
        qtbot, db, header, result_code="goals_partly", note="Hulp loopt; regie bij het wijkteam."
    )
    assert CaseStatus.AFGESLOTEN.label(language) in status_shown(tab)
    assert result in header.state.text()
    assert "Hulp loopt; regie bij het wijkteam." in header.state.text()
    assert do.move_button(header, CaseStatus.AFGESLOTEN) is None
    qtbot.waitUntil(lambda: not follow.evaluate_button.isEnabled(), timeout=15_000)
    show_work_list(qtbot, db, main)
    assert [s for s in signals_shown(main) if s.case_id == case_id] == []

    # 7. The funding overview shows the commitment, and its CSV holds it to the cent.
    main.funding_overview_action.trigger()
    overview = main.findChild(FundingOverviewWindow, "fundingOverview")
    assert isinstance(overview, FundingOverviewWindow) and overview.isVisible()
    qtbot.waitUntil(lambda: overview.loaded, timeout=15_000)
    wait(qtbot, db)
    assert overview.model.rowCount() == 2  # Groningen this year, and the total
    rows = {overview.model.row(n).key: overview.model.row(n).cells for n in range(2)}
    total = rows[TOTAL]
    assert total[0] == t("FundingOverviewWindow", "Total")
    assert total[3] == euros(AMOUNT) and total[4] == euros(AMOUNT)  # requested, committed
    groningen = rows[("GM0014", TODAY.year)]
    assert groningen[:5] == ("Groningen", str(TODAY.year), "1", euros(AMOUNT), euros(AMOUNT))
    assert euros(AMOUNT) in overview.totals.text()

    chosen = tmp_path / "financiering"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(chosen), "")))
    overview.csv_button.click()
    wait(qtbot, db)
    target = tmp_path / "financiering.csv"
    assert overview.last_export == target and str(target) in overview.status.text()
    lines = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"), newline=""), delimiter=";"))
    body = [r for r in lines if len(r) == 9 and r[0].startswith("GM")]
    csv_total = next(r for r in lines if len(r) == 9 and r[0] == "" and r[1])

    def cents(cell: str) -> Decimal:  # "12500,55": Dutch Excel's decimal comma
        return Decimal(cell.replace(",", "."))

    assert [(r[0], cents(r[4]), cents(r[5])) for r in body] == [("GM0014", AMOUNT, AMOUNT)]
    assert cents(csv_total[4]) == cents(csv_total[5]) == AMOUNT
    assert euros(cents(csv_total[5])) == total[4]  # the file says what the window says
