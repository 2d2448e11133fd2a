"""The demo database shows the whole life of a case: meetings, minutes and an issued advice."""

from __future__ import annotations

from datetime import timedelta

from expertteam_app.domain.enums import CareAnswer, CaseStatus, FundingDecision, SignalKind
from expertteam_app.services import advice, demo, followup, funding, meetings, worklist
from expertteam_app.services import team as team_service
from expertteam_app.services.context import FixedClock
from tests.support.team import NOW


def test_the_demo_has_a_held_and_a_planned_meeting_and_an_issued_advice(tmp_path):
    made = demo.create_demo_database(tmp_path / "demo.etdb", cases=60, clock=FixedClock(NOW))
    team = team_service.unlock(made.path, "Demo Voorzitter", made.passphrase, clock=FixedClock(NOW))
    try:
        with team.unit_of_work() as uow:
            rows = meetings.list_meetings(uow)
            rows = sorted(rows, key=lambda r: r.starts_at)
            assert [r.starts_at.date() for r in rows] == [
                NOW.date() - timedelta(days=45),
                NOW.date() - timedelta(days=7),
                NOW.date() + timedelta(days=3),
            ]
            assert [(r.case_count, r.minutes_count) for r in rows] == [(1, 1), (1, 1), (3, 0)]
            held = meetings.get_meeting(uow, rows[1].id)
            state = advice.advice_state(uow, held.agenda[0].case_id)
            upcoming = meetings.get_meeting(uow, rows[2].id)
        assert state.current is not None and state.current.issued_by == "Demo Voorzitter"
        assert len(state.current.care_items) == 2 and len(state.current.goals) == 2
        assert state.case_status == CaseStatus.ADVIES_UITGEBRACHT
        assert {a.case_status for a in upcoming.agenda} == {CaseStatus.GEAGENDEERD}
    finally:
        team.close()


def test_the_demo_shows_follow_up_funding_and_a_work_list_with_something_to_do(tmp_path):
    made = demo.create_demo_database(tmp_path / "demo.etdb", cases=60, clock=FixedClock(NOW))
    team = team_service.unlock(
        made.path, "Demo Coördinator", made.passphrase, clock=FixedClock(NOW)
    )
    try:
        with team.unit_of_work() as uow:
            oldest = min(meetings.list_meetings(uow), key=lambda r: r.starts_at)
            case_id = meetings.get_meeting(uow, oldest.id).agenda[0].case_id
            view = followup.follow_up(uow, case_id)
            money = funding.case_funding(uow, case_id)
            signals = worklist.work_list(uow)
        # Advised 45 days ago: one provider accepted and started, the other declined.
        assert [i.answer for i in view.care_items] == [CareAnswer.ACCEPTED, CareAnswer.DECLINED]
        assert view.care_items[0].started_on is not None and view.care_items[1].late
        decisions = [r.decision for item in money.items for r in item.requests]
        assert decisions == [FundingDecision.COMMITTED, FundingDecision.REQUESTED]
        on_case = {s.kind for s in signals.signals if s.case_id == case_id}
        assert on_case == {
            SignalKind.LATE_START,
            SignalKind.FUNDING_UNDECIDED,
            SignalKind.EVALUATION_DUE,
        }
        assert signals.counts[SignalKind.NO_PREPARATION] == 1
    finally:
        team.close()
