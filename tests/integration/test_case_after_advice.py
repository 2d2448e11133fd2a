"""Issue 5's "done when", through the services on the real encrypted store: one case from
its binding advice to closing, with the clock moved from day to day as a team lives it.

A declined and an accepted care item; a late start that shows up on the work list and
disappears when the start is recorded; a funding request refused, disputed and committed;
two goal evaluations; an escalation and its return; closing. The funding overview then
exports, and its numbers add up to the cent.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal

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
from expertteam_app.services import (
    closing,
    escalation,
    followup,
    funding,
    funding_overview,
    worklist,
)
from expertteam_app.services.context import FixedClock, TeamSession
from tests.support.advice import plan_table
from tests.support.followup import issue_first_advice
from tests.support.team import NOW


def test_a_case_from_its_advice_to_closing(open_team, tmp_path):
    def on(day: date, role: Role = Role.COORDINATOR) -> TeamSession:
        return open_team(role, clock=FixedClock(datetime.combine(day, NOW.timetz())))

    def signals(team: TeamSession, case_id: int) -> set[tuple[SignalKind, str]]:
        with team.unit_of_work(write=False) as uow:
            found = worklist.work_list(uow, limit=10_000)
        return {(s.kind, s.subject) for s in found.signals if s.case_id == case_id}

    table = plan_table(open_team(Role.COORDINATOR))
    advised = issue_first_advice(open_team(Role.VOORZITTER), table, today=NOW.date())
    case_id = advised.case_id
    family, home = advised.care_item_ids  # latest starts 28 June and 15 July
    horizon, linde = "Zorggroep Horizon (synthetisch)", "Gezinshuis De Linde (synthetisch)"

    # 20 June: one provider accepts, the other declines; funding is requested.
    team = on(date(2026, 6, 20))
    with team.unit_of_work() as uow:
        followup.record_answer(uow, family, CareAnswer.ACCEPTED, on=date(2026, 6, 20))
        followup.record_answer(
            uow, home, CareAnswer.DECLINED, on=date(2026, 6, 20), reason="Geen plek voor 2027."
        )
        money = funding.request_funding(
            uow,
            family,
            funding.FundingRequestInput(
                "GM0014",
                Decimal("12500.55"),
                date(2026, 6, 20),
                date(2026, 7, 1),
                date(2026, 12, 31),
                "Bindend advies",
            ),
        )
    request_id = money.items[0].requests[0].id

    # 1 July: the accepted item is past its latest start and has not started.
    team = on(date(2026, 7, 1))
    assert (SignalKind.LATE_START, horizon) in signals(team, case_id)
    assert not any(
        kind == SignalKind.LATE_START and linde in s for kind, s in signals(team, case_id)
    )
    # ... the municipality refuses, the team opens a dispute about who pays.
    with team.unit_of_work() as uow:
        funding.record_decision(
            uow,
            request_id,
            FundingDecision.REFUSED,
            on=date(2026, 6, 30),
            reference="BESL-1",
            note="Volgens de gemeente woont de jeugdige in Zeist.",
        )
        funding.open_dispute(
            uow,
            request_id,
            parties="Gemeente Groningen, Gemeente Zeist",
            subject=DisputeSubject.RESIDENCE_PRINCIPLE,
            on=date(2026, 7, 1),
        )
    # 2 July: care starts; the late start leaves the work list, the case is under way.
    team = on(date(2026, 7, 2))
    with team.unit_of_work() as uow:
        moved = followup.record_start(uow, family, on=date(2026, 7, 2)).moved
    assert moved is not None and moved.status == CaseStatus.IN_UITVOERING
    assert (SignalKind.LATE_START, horizon) not in signals(team, case_id)

    # 10 July: the dispute ends; Groningen funds it.
    team = on(date(2026, 7, 10))
    with team.unit_of_work() as uow:
        dispute = funding.case_funding(uow, case_id).items[0].requests[0].disputes[0]
        money = funding.end_dispute(
            uow,
            dispute.id,
            on=date(2026, 7, 10),
            outcome="Woonplaats volgt het gezag.",
            decision=FundingDecision.COMMITTED,
            committed_amount=Decimal("12500.55"),
            reference="BESL-2",
        )
    steps = [e.decision for e in money.items[0].requests[0].events]
    assert steps == [
        FundingDecision.REQUESTED,
        FundingDecision.REFUSED,
        FundingDecision.DISPUTED,
        FundingDecision.COMMITTED,
    ]

    # 16 July: the declined family home is late too; the chair escalates.
    team = on(date(2026, 7, 16), Role.VOORZITTER)
    assert any(kind == SignalKind.LATE_START and linde in s for kind, s in signals(team, case_id))
    with team.unit_of_work() as uow:
        detail = escalation.escalate(
            uow,
            case_id,
            escalation.EscalationInput(
                EscalationLevel.REGIONAL_ENFORCEMENT,
                date(2026, 7, 16),
                "De aanbieder weigert het gezinshuis; er is geen alternatief.",
                "Regionale doorzettingsmacht (synthetisch)",
            ),
        )
    assert detail.status == CaseStatus.OPGESCHAALD
    # 30 July: it comes back with a place; the provider accepts and starts.
    team = on(date(2026, 7, 30), Role.VOORZITTER)
    with team.unit_of_work() as uow:
        detail = escalation.return_from_escalation(
            uow, case_id, on=date(2026, 7, 30), outcome="De aanbieder neemt de jeugdige op."
        )
        assert detail.status == CaseStatus.IN_UITVOERING  # where it came from
        followup.record_answer(uow, home, CareAnswer.ACCEPTED, on=date(2026, 7, 30))
        followup.record_start(uow, home, on=date(2026, 7, 30))
        history = escalation.escalations(uow, case_id)
    assert [(h.level, h.returned_on) for h in history] == [
        (EscalationLevel.REGIONAL_ENFORCEMENT, date(2026, 7, 30))
    ]
    assert not {k for k, _ in signals(team, case_id)} & {SignalKind.LATE_START}

    # Two goal evaluations, each taken off the work list when recorded.
    with team.unit_of_work(write=False) as uow:
        goal_dates = [g.evaluation_date for g in followup.follow_up(uow, case_id).goals]
    for goal_id, when, outcome, note in zip(
        advised.goal_ids,
        goal_dates,
        (GoalOutcome.PARTLY, GoalOutcome.ACHIEVED),
        ("Twee dagen per week naar school.", ""),
        strict=True,
    ):
        team = on(when)
        assert (SignalKind.EVALUATION_DUE) in {k for k, _ in signals(team, case_id)}
        with team.unit_of_work() as uow:
            view = followup.evaluate_goal(uow, goal_id, on=when, outcome=outcome, note=note).view
        assert SignalKind.EVALUATION_DUE not in {k for k, _ in signals(team, case_id)}
    assert view.goal_summary.count(GoalOutcome.PARTLY) == 1
    assert view.goal_summary.count(GoalOutcome.ACHIEVED) == 1

    # Closing, by the coordinator, with a result from the team's list.
    closed_on = goal_dates[-1]
    team = on(closed_on)
    with team.unit_of_work() as uow:
        detail = closing.close_case(
            uow,
            case_id,
            result_code="goals_partly",
            note="Hulp loopt; regie bij het wijkteam.",
            on=closed_on,
        )
    assert detail.status == CaseStatus.AFGESLOTEN and detail.closed_on == closed_on
    assert detail.closing_result_item is not None
    assert detail.closing_result_item.code == "goals_partly"
    assert signals(team, case_id) == set()

    # The funding overview: exported, and adding up to the cent.
    target = tmp_path / "financiering.csv"
    with team.unit_of_work() as uow:
        overview = funding_overview.funding_overview(uow)
        funding_overview.export_overview(uow, target, "csv")
    assert overview.totals.requested == overview.totals.committed == Decimal("12500.55")
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";"))
    total = next(r for r in rows if len(r) > 1 and r[1] == "Totaal")
    assert "12500,55" in total
