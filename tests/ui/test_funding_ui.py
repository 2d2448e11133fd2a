"""Funding in the window, driven through its real widgets on a real encrypted team database:
request funding of a care item, see it refused (the reason is required), dispute it about the
residence principle and end the dispute with a commitment; the funding overview shows the
service's totals and exports a CSV with the same numbers.

The window runs on the real clock, so every date here is relative to date.today()."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from expertteam_app.domain.enums import DisputeSubject, FundingDecision, Role
from expertteam_app.services import funding, funding_overview
from expertteam_app.services.funding import FundingRequestInput
from tests.support.followup import Advised
from tests.ui.conftest import issued_on_worker, planned_table, run_sync, wait
from ui.formatting import day, euros
from ui.funding import FundingArea, FundingOverviewWindow
from ui.funding.dialogs import DecisionDialog, DisputeDialog, EndDisputeDialog, RequestDialog
from ui.funding.models import TOTAL
from ui.main_window import CaseTab, MainWindow
from ui.worker import JobContext

TODAY = date.today()
D = FundingDecision


@pytest.fixture
def advised(qtbot: Any, db: Any, unlocked: Any) -> Advised:
    """An advice issued today on the first of three planned cases."""
    starts_at = datetime.now().replace(second=0, microsecond=0) + timedelta(hours=2)
    table = planned_table(qtbot, db, unlocked, starts_at)
    return issued_on_worker(qtbot, db, unlocked, table, today=TODAY)


def open_funding(
    qtbot: Any, db: Any, main: MainWindow, case_id: int
) -> tuple[CaseTab, FundingArea]:
    main.open_case(case_id, "funding")
    wait(qtbot, db)
    tab = next(t for t in main.case_tabs() if t.case_id == case_id)
    assert isinstance(tab.funding, FundingArea)
    assert tab.areas.currentWidget() is tab.funding
    qtbot.waitUntil(lambda: tab.funding.loaded, timeout=10_000)
    wait(qtbot, db)
    return tab, tab.funding


def press_ok(qtbot: Any, db: Any, dialog: Any) -> None:
    dialog.ok_button.click()
    wait(qtbot, db)


def t_(text: str, context: str) -> str:
    """What the window shows for `text` in the language installed for the tests."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def cells(area: FundingArea, care_item_id: int) -> list[tuple[str, ...]]:
    model = area.boxes[care_item_id].model
    return [model.row(n).cells for n in range(model.rowCount())]


def test_a_request_is_refused_disputed_and_committed_through_the_dialogs(
    qtbot: Any, db: Any, window: Any, advised: Advised
) -> None:
    main = window(Role.COORDINATOR)
    _tab, area = open_funding(qtbot, db, main, advised.case_id)
    item = advised.care_item_ids[0]
    assert area.headline.text().endswith(day(TODAY))
    assert area.boxes[item].empty.isVisible() and not area.details.isVisible()

    # Request: the dialog proposes the advice's municipality and the expected cost.
    area.boxes[item].request_button.click()
    dialog = area.dialog
    assert isinstance(dialog, RequestDialog) and dialog.isVisible()
    assert dialog.municipality.currentText() == "Groningen"
    assert dialog.amount.text() == "€ 12.500,50"
    dialog.amount.setText("12.500,505")  # more than cents: not an amount
    press_ok(qtbot, db, dialog)
    assert dialog.isVisible() and dialog.fields["requested_amount"].text()
    dialog.amount.setText("12.500,50")
    dialog.period_from.set_value(TODAY + timedelta(days=13))
    dialog.period_to.set_value(TODAY + timedelta(days=12))  # the service refuses this
    press_ok(qtbot, db, dialog)
    assert dialog.isVisible()
    assert "eindigt vóór" in dialog.fields["period_to"].text()
    assert dialog.fields["period_to"].isVisible()
    dialog.period_to.set_value(TODAY + timedelta(days=195))
    dialog.documents.setPlainText("Aanvraagformulier")
    press_ok(qtbot, db, dialog)
    qtbot.waitUntil(lambda: area.dialog is None, timeout=5_000)
    assert cells(area, item) == [
        (
            "Groningen",
            "€ 12.500,50",
            f"{day(TODAY + timedelta(days=13))} – {day(TODAY + timedelta(days=195))}",
            day(TODAY),
            "Aangevraagd",
            "",
            "",
            "",
        )
    ]
    assert area.selected is not None and area.details.isVisible()  # the new request is shown
    assert not area.end_dispute_button.isEnabled()

    # Refused: not without the reason, which the dialog shows and keeps the form.
    area.decision_button.click()
    decision = area.dialog
    assert isinstance(decision, DecisionDialog)
    decision.decision.setCurrentIndex(decision.decision.findData(D.REFUSED.value))
    assert not decision.amount.isVisible()
    decision.reference.setText("GRN-2026-0412")
    press_ok(qtbot, db, decision)
    assert decision.isVisible()
    assert "reden" in decision.fields["note"].text()
    decision.note.setPlainText("Volgens de gemeente woont de jeugdige in Zeist.")
    press_ok(qtbot, db, decision)
    qtbot.waitUntil(lambda: area.dialog is None, timeout=5_000)
    refused = cells(area, item)[0]
    assert refused[4] == "Geweigerd" and refused[5] == day(TODAY)
    assert refused[7] == "GRN-2026-0412"
    assert area.boxes[item].model.row(0).muted

    # Disputed about the residence principle.
    area.dispute_button.click()
    dispute = area.dialog
    assert isinstance(dispute, DisputeDialog)
    dispute.parties.setText("Gemeente Groningen, Gemeente Zeist")
    dispute.subject.set_value(DisputeSubject.RESIDENCE_PRINCIPLE)
    dispute.subject_note.setPlainText("Gezag bij moeder; verblijf bij oma.")
    press_ok(qtbot, db, dispute)
    qtbot.waitUntil(lambda: area.dialog is None, timeout=5_000)
    assert cells(area, item)[0][4] == "Betwist"
    assert area.end_dispute_button.isEnabled()
    assert not area.decision_button.isEnabled() and not area.dispute_button.isEnabled()
    assert area.disputes_model.rowCount() == 1
    assert area.disputes_model.row(0).cells[1] == "Gemeente Groningen, Gemeente Zeist"
    assert area.disputes_model.row(0).cells[3] == ""  # still open

    # Ended with a commitment of the amount requested.
    area.end_dispute_button.click()
    ending = area.dialog
    assert isinstance(ending, EndDisputeDialog)
    assert ending.amount.text() == "€ 12.500,50"
    press_ok(qtbot, db, ending)  # how it ended is required
    assert ending.isVisible() and ending.fields["outcome"].text()
    ending.outcome.setPlainText("Woonplaats volgt het gezag: Groningen betaalt.")
    ending.reference.setText("GRN-2026-0533")
    press_ok(qtbot, db, ending)
    qtbot.waitUntil(lambda: area.dialog is None, timeout=5_000)
    committed = cells(area, item)[0]
    assert committed[4] == "Toegezegd" and committed[6] == "€ 12.500,50"
    assert committed[7] == "GRN-2026-0533"
    assert not area.boxes[item].model.row(0).muted
    history = area.history_model
    assert [history.row(n).cells[1] for n in range(history.rowCount())] == [
        "Aangevraagd",
        "Geweigerd",
        "Betwist",
        "Toegezegd",
    ]
    assert history.row(1).cells[5] == "Volgens de gemeente woont de jeugdige in Zeist."
    assert history.row(3).cells[2] == "€ 12.500,50"
    assert area.disputes_model.row(0).cells[3] == day(TODAY)
    assert "€ 12.500,50" in area.totals.text()

    # What the window shows is what the service keeps.
    def read(ctx: JobContext) -> funding.CaseFunding:
        with ctx.unit_of_work() as uow:
            return funding.case_funding(uow, advised.case_id)

    state = run_sync(qtbot, db, read)
    assert isinstance(state, funding.CaseFunding)
    kept = state.items[0].requests[0]
    assert kept.decision == D.COMMITTED and kept.committed_amount == Decimal("12500.50")
    assert [e.decision for e in kept.events] == [D.REQUESTED, D.REFUSED, D.DISPUTED, D.COMMITTED]
    assert kept.disputes[0].subject == DisputeSubject.RESIDENCE_PRINCIPLE
    assert kept.disputes[0].outcome == "Woonplaats volgt het gezag: Groningen betaalt."


def test_a_member_sees_the_funding_without_the_buttons_to_change_it(
    qtbot: Any, db: Any, window: Any, advised: Advised
) -> None:
    def ask(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            funding.request_funding(
                uow,
                advised.care_item_ids[1],
                FundingRequestInput("GM0355", Decimal("24000.00"), TODAY),
            )

    main = window(Role.COORDINATOR)
    run_sync(qtbot, db, ask)
    main.close()
    main = window(Role.LID)
    _tab, area = open_funding(qtbot, db, main, advised.case_id)
    assert cells(area, advised.care_item_ids[1])[0][:2] == ("Zeist", "€ 24.000,00")
    for box in area.boxes.values():
        assert box.request_button.isHidden()
    area.select_request(area.boxes[advised.care_item_ids[1]].model.key(0))  # type: ignore[arg-type]
    assert area.details.isVisible()
    assert area.decision_button.isHidden() and area.dispute_button.isHidden()


def test_the_item_and_overview_models_pass_the_model_tester(
    qtbot: Any, db: Any, window: Any, advised: Advised, qtmodeltester: Any
) -> None:
    seed_requests(qtbot, db, advised)
    main = window(Role.COORDINATOR)
    _tab, area = open_funding(qtbot, db, main, advised.case_id)
    qtmodeltester.check(area.boxes[advised.care_item_ids[0]].model)
    area.select_request(area.boxes[advised.care_item_ids[0]].model.key(0))  # type: ignore[arg-type]
    qtmodeltester.check(area.history_model)
    overview = open_overview(qtbot, db, main)
    qtmodeltester.check(overview.model)
    qtmodeltester.check(overview.ages_model)


# --- the overview -----------------------------------------------------------------------------


def seed_requests(qtbot: Any, db: Any, advised: Advised) -> None:
    """Odd cents over three municipalities, decided in every way (as the coordinator)."""

    def op(ctx: JobContext) -> None:
        first, second = advised.care_item_ids
        made: list[int] = []
        for item, code, amount in (
            (first, "GM0014", "12500.55"),
            (first, "GM0344", "0.45"),
            (second, "GM0014", "33.33"),
            (second, "GM0355", "7.77"),
        ):
            with ctx.unit_of_work() as uow:
                state = funding.request_funding(
                    uow, item, FundingRequestInput(code, Decimal(amount), TODAY)
                )
            made.append(max(r.id for i in state.items for r in i.requests))
        with ctx.unit_of_work() as uow:
            funding.record_decision(
                uow, made[0], D.COMMITTED, on=TODAY, committed_amount=Decimal("12500.55")
            )
            funding.record_decision(uow, made[1], D.REFUSED, on=TODAY, note="Geen grond")
            funding.record_decision(
                uow, made[3], D.COMMITTED, on=TODAY, committed_amount=Decimal("5.55")
            )
            funding.open_dispute(
                uow, made[3], parties="A, B", subject=DisputeSubject.AMOUNT, on=TODAY
            )

    run_sync(qtbot, db, op)


def open_overview(qtbot: Any, db: Any, main: MainWindow) -> FundingOverviewWindow:
    main.funding_overview_action.trigger()
    overview = main.findChild(FundingOverviewWindow, "fundingOverview")
    assert isinstance(overview, FundingOverviewWindow) and overview.isVisible()
    qtbot.waitUntil(lambda: overview.loaded, timeout=10_000)
    wait(qtbot, db)
    return overview


def service_overview(qtbot: Any, db: Any) -> funding_overview.FundingOverview:
    def op(ctx: JobContext) -> funding_overview.FundingOverview:
        with ctx.unit_of_work() as uow:
            return funding_overview.funding_overview(uow)

    result = run_sync(qtbot, db, op)
    assert isinstance(result, funding_overview.FundingOverview)
    return result


def test_the_overview_shows_the_totals_and_exports_the_same_numbers(
    qtbot: Any, db: Any, window: Any, advised: Advised, tmp_path: Path, monkeypatch: Any
) -> None:
    main = window(Role.COORDINATOR)
    seed_requests(qtbot, db, advised)
    overview = open_overview(qtbot, db, main)
    expected = service_overview(qtbot, db)
    model = overview.model
    shown = {model.row(n).key: model.row(n).cells for n in range(model.rowCount())}
    total = shown.pop(TOTAL)
    year = str(TODAY.year)
    assert sorted(shown) == [("GM0014", TODAY.year), ("GM0344", TODAY.year), ("GM0355", TODAY.year)]
    assert shown[("GM0014", TODAY.year)] == (
        "Groningen", year, "2", "€ 12.533,88", "€ 12.500,55", "0", "1", "€ 33,33"
    )  # fmt: skip
    t = expected.totals
    assert t.requested == Decimal("12542.10") and t.committed == Decimal("12506.10")
    assert total == (
        t_("Total", "FundingOverviewWindow"),
        "",
        "4",
        euros(t.requested),
        euros(t.committed),
        "1",
        "2",
        euros(t.open_amount),
    )
    assert euros(t.requested) in overview.totals.text()
    ages = overview.ages_model
    assert ages.row(0).cells[1:] == ("2", euros(t.open_amount))  # everything asked today
    assert ages.row(ages.rowCount() - 1).key == TOTAL

    # Export: the file the person names gets its .csv, and holds the service's numbers.
    chosen = tmp_path / "financiering"
    asked: list[str] = []

    def save_as(parent: Any, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    overview.csv_button.click()
    wait(qtbot, db)
    target = tmp_path / "financiering.csv"
    assert overview.last_export == target and target.exists()
    assert str(target) in overview.status.text()
    rows = list(
        csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline=""), delimiter=";")
    )
    body = [r for r in rows if len(r) == 9 and r[0].startswith("GM")]
    csv_total = next(r for r in rows if len(r) == 9 and r[1] == "Totaal")

    def dutch(value: str) -> Decimal:
        return Decimal(value.replace(",", "."))

    assert [dutch(r[4]) for r in body] == [r.totals.requested for r in expected.rows]
    assert dutch(csv_total[4]) == t.requested == sum(dutch(r[4]) for r in body)
    assert dutch(csv_total[5]) == t.committed == sum(dutch(r[5]) for r in body)
    assert dutch(csv_total[8]) == t.open_amount

    chosen = tmp_path / "financiering.xlsx"
    overview.xlsx_button.click()
    wait(qtbot, db)
    sheet = load_workbook(chosen).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert Decimal(str(values[-1][4])).quantize(Decimal("0.01")) == t.requested
    assert asked == [
        t_("CSV files (*.csv)", "FundingOverviewWindow"),
        t_("Excel workbooks (*.xlsx)", "FundingOverviewWindow"),
    ]


def test_a_failed_export_is_said_in_the_window_and_a_member_cannot_export(
    qtbot: Any, db: Any, window: Any, advised: Advised, tmp_path: Path, monkeypatch: Any
) -> None:
    main = window(Role.COORDINATOR)
    overview = open_overview(qtbot, db, main)
    missing = tmp_path / "bestaat-niet" / "f.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(missing), "")))
    overview.csv_button.click()
    wait(qtbot, db)
    assert "f.csv" in overview.status.text() and not missing.exists()
    assert overview.csv_button.isEnabled()
    overview.close()
    main.close()

    member = window(Role.LID)
    shown = open_overview(qtbot, db, member)
    assert shown.csv_button.isHidden() and shown.xlsx_button.isHidden()
    assert shown.model.rowCount() == 1  # only the totals row: nothing requested yet
