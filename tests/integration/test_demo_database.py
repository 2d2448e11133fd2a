"""The demo database shows the whole life of a case: meetings, minutes and an issued advice."""

from __future__ import annotations

from datetime import timedelta

from expertteam_app.domain.enums import CaseStatus
from expertteam_app.services import advice, demo, meetings
from expertteam_app.services import team as team_service
from expertteam_app.services.context import FixedClock
from tests.support.team import NOW


def test_the_demo_has_a_held_and_a_planned_meeting_and_an_issued_advice(tmp_path):
    made = demo.create_demo_database(tmp_path / "demo.etdb", cases=60, clock=FixedClock(NOW))
    team = team_service.unlock(made.path, "Demo Voorzitter", made.passphrase, clock=FixedClock(NOW))
    try:
        with team.unit_of_work() as uow:
            rows = meetings.list_meetings(uow)
            assert [r.starts_at.date() for r in rows] == [
                NOW.date() - timedelta(days=7),
                NOW.date() + timedelta(days=3),
            ]
            assert [(r.case_count, r.minutes_count) for r in rows] == [(1, 1), (3, 0)]
            held = meetings.get_meeting(uow, rows[0].id)
            state = advice.advice_state(uow, held.agenda[0].case_id)
            upcoming = meetings.get_meeting(uow, rows[1].id)
        assert state.current is not None and state.current.issued_by == "Demo Voorzitter"
        assert len(state.current.care_items) == 2 and len(state.current.goals) == 2
        assert state.case_status == CaseStatus.ADVIES_UITGEBRACHT
        assert {a.case_status for a in upcoming.agenda} == {CaseStatus.GEAGENDEERD}
    finally:
        team.close()
