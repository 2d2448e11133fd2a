"""The status lifecycle and suspension, enforced in the service."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from expertteam_app.domain.enums import (
    CaseStatus,
    EscalationLevel,
    RecipientKind,
    Role,
    SuspensionReason,
)
from expertteam_app.errors import InvalidTransition, NotAllowed, ValidationError
from expertteam_app.services import advice, cases, closing, escalation, lifecycle, meetings
from expertteam_app.services.context import FixedClock
from tests.support.cases import draft

S = CaseStatus
JUNE_15 = FixedClock(datetime(2026, 6, 15, 10, tzinfo=UTC))


def registered(open_team, *, consent: bool = True) -> tuple[object, int]:
    team = open_team(Role.VOORZITTER, clock=JUNE_15)
    d = draft(consent=consent)
    d.registered_on = date(2026, 5, 1)
    with team.unit_of_work() as uow:
        return team, cases.register_case(uow, d).case_id


def move(team, case_id, target, reason="", on=None):
    with team.unit_of_work() as uow:
        return lifecycle.change_status(uow, case_id, target, reason=reason, on=on)


def put_on_agenda(team, case_id):
    """The agenda is reached through a meeting, not a status button."""
    with team.unit_of_work() as uow:
        chair = next(m for m in meetings.member_choices(uow) if m.role == Role.VOORZITTER)
        meetings.plan_meeting(
            uow,
            meetings.MeetingInput(
                datetime(2026, 6, 20, 14, 0),
                "Zaal 1",
                chair_id=chair.id,
                agenda=[meetings.AgendaInput(case_id)],
            ),
        )
    with team.unit_of_work() as uow:
        return cases.get_case(uow, case_id)


def issue_advice(team, case_id, on=None):
    """The advice is reached by issuing one (here: no new care needed)."""
    draft_ = advice.AdviceDraft(
        rationale="Bestaande hulp volstaat",
        case_director_name="Wijkteam",
        no_new_care=True,
        no_new_care_reason="Afspraken met school volstaan",
        recipients=[advice.RecipientInput(RecipientKind.REFERRER, "Wijkteam Noord")],
    )
    with team.unit_of_work() as uow:
        state = advice.save_draft(uow, case_id, draft_)
    with team.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id, on=on)
    with team.unit_of_work() as uow:
        return cases.get_case(uow, case_id)


def test_the_main_path_from_registration_to_closing(open_team):
    team, case_id = registered(open_team)
    move(team, case_id, S.IN_BEHANDELING, on=date(2026, 5, 3))
    put_on_agenda(team, case_id)
    advised = issue_advice(team, case_id, on=date(2026, 5, 29))
    assert advised.lead_time_days == 28
    # Care starts through the follow-up service (services.followup.record_start); this
    # advice needs no new care, so the test makes the follow-up's move itself.
    with team.unit_of_work() as uow:
        case = cases.load_case(uow.session, case_id)
        lifecycle.move_by(
            uow, case, S.IN_UITVOERING, lifecycle.Route.FOLLOW_UP, on=date(2026, 6, 5)
        )
    with team.unit_of_work() as uow:  # closing takes a result from the team's list
        closed = closing.close_case(
            uow, case_id, result_code="goals_achieved", note="Doelen behaald", on=date(2026, 6, 14)
        )
    assert closed.status == S.AFGESLOTEN
    assert closed.closed_on == date(2026, 6, 14) and closed.closing_result == "Doelen behaald"
    assert closed.closing_result_item == cases.Coded("goals_achieved", "Doelen behaald")
    assert [h.to_status for h in closed.status_history] == [
        S.AANGEMELD,
        S.IN_BEHANDELING,
        S.GEAGENDEERD,
        S.ADVIES_UITGEBRACHT,
        S.IN_UITVOERING,
        S.AFGESLOTEN,
    ]
    assert closed.lead_time_days == 28  # the clock stopped at the advice


def test_a_forbidden_move_is_a_clear_error_that_names_the_possible_ones(open_team):
    team, case_id = registered(open_team)
    with pytest.raises(InvalidTransition) as refused:
        move(team, case_id, S.IN_UITVOERING)
    assert "in behandeling" in refused.value.message.nl
    assert "niet ontvankelijk" in refused.value.message.nl


def test_declining_needs_a_reason(open_team):
    team, case_id = registered(open_team)
    with pytest.raises(ValidationError):
        move(team, case_id, S.NIET_ONTVANKELIJK)
    declined = move(team, case_id, S.NIET_ONTVANKELIJK, reason="Reguliere route niet doorlopen")
    assert declined.status_history[-1].reason == "Reguliere route niet doorlopen"


def test_intake_is_refused_while_consent_is_missing(open_team):
    team, case_id = registered(open_team, consent=False)
    with pytest.raises(InvalidTransition) as refused:
        move(team, case_id, S.IN_BEHANDELING)
    assert "toestemming van de jeugdige" in refused.value.message.nl
    assert "suspend" in refused.value.message.en


def test_the_advice_and_the_agenda_are_not_status_buttons(open_team):
    team, case_id = registered(open_team)
    move(team, case_id, S.IN_BEHANDELING)
    put_on_agenda(team, case_id)
    with team.unit_of_work() as uow:  # even the chair: the advice editor issues
        offered = {t.target for t in lifecycle.available_transitions(uow, case_id)}
    assert offered == {S.OPGESCHAALD}
    with pytest.raises(InvalidTransition) as refused:
        move(team, case_id, S.ADVIES_UITGEBRACHT)
    assert "advies" in refused.value.message.nl
    coordinator = open_team(Role.COORDINATOR, clock=JUNE_15)
    with pytest.raises(NotAllowed):
        issue_advice(coordinator, case_id)


def test_a_team_member_is_offered_no_moves(open_team):
    _, case_id = registered(open_team)
    member = open_team(Role.LID)
    with member.unit_of_work() as uow:
        assert lifecycle.available_transitions(uow, case_id) == []


def test_escalation_returns_to_where_it_came_from(open_team):
    team, case_id = registered(open_team)
    move(team, case_id, S.IN_BEHANDELING)
    put_on_agenda(team, case_id)
    with team.unit_of_work() as uow:  # escalation takes a level and to whom (its service)
        escalation.escalate(
            uow,
            case_id,
            escalation.EscalationInput(
                EscalationLevel.SUPRA_REGIONAL,
                date(2026, 6, 15),
                "Naar bovenregionaal expertteam",
                "Bovenregionaal expertteam Noord",
            ),
        )
    with team.unit_of_work() as uow:
        back = [
            t
            for t in lifecycle.available_transitions(uow, case_id)
            if t.label_nl == "Terug van opschaling…"
        ]
    assert [t.target for t in back] == [S.GEAGENDEERD]
    with team.unit_of_work() as uow:
        returned = escalation.return_from_escalation(
            uow, case_id, on=date(2026, 6, 15), outcome="Terug met advies CCE"
        )
    assert returned.status == S.GEAGENDEERD


def test_reopening_a_closed_case_needs_a_reason(open_team):
    team, case_id = registered(open_team)
    move(team, case_id, S.NIET_ONTVANKELIJK, reason="Niet ontvankelijk")
    with pytest.raises(ValidationError):
        move(team, case_id, S.AANGEMELD)
    assert move(team, case_id, S.AANGEMELD, reason="Nieuwe informatie").status == S.AANGEMELD


def test_dates_of_a_move_cannot_be_in_the_future_or_before_registration(open_team):
    team, case_id = registered(open_team)
    with pytest.raises(ValidationError):
        move(team, case_id, S.IN_BEHANDELING, on=date(2026, 7, 1))
    with pytest.raises(ValidationError):
        move(team, case_id, S.IN_BEHANDELING, on=date(2026, 4, 1))


def test_suspension_pauses_the_lead_time_and_blocks_moves_until_resumed(open_team):
    team, case_id = registered(open_team)
    with team.unit_of_work() as uow:
        lifecycle.suspend_case(
            uow,
            case_id,
            SuspensionReason.WAITING_FOR_INFORMATION,
            "Wachten op verslag school",
            on=date(2026, 5, 5),
        )
    with pytest.raises(InvalidTransition):
        move(team, case_id, S.IN_BEHANDELING)
    with team.unit_of_work() as uow:
        assert {t.target for t in lifecycle.available_transitions(uow, case_id)} == {
            S.NIET_ONTVANKELIJK
        }
        resumed = lifecycle.resume_case(uow, case_id, on=date(2026, 5, 15))
    assert resumed.active_suspension is None
    assert resumed.lead_time_days == (date(2026, 6, 15) - date(2026, 5, 1)).days - 10


def test_suspension_needs_a_reason_and_only_before_the_advice(open_team):
    team, case_id = registered(open_team)
    with pytest.raises(ValidationError), team.unit_of_work() as uow:
        lifecycle.suspend_case(uow, case_id, SuspensionReason.OTHER, "  ")
    move(team, case_id, S.IN_BEHANDELING)
    put_on_agenda(team, case_id)
    issue_advice(team, case_id)
    with pytest.raises(InvalidTransition), team.unit_of_work() as uow:
        lifecycle.suspend_case(uow, case_id, SuspensionReason.OTHER, "Te laat")


def test_declining_a_suspended_case_ends_the_suspension(open_team):
    team, case_id = registered(open_team, consent=False)
    with team.unit_of_work() as uow:
        lifecycle.suspend_case(
            uow, case_id, SuspensionReason.WAITING_FOR_CONSENT, "Vader tekent niet"
        )
    declined = move(team, case_id, S.NIET_ONTVANKELIJK, reason="Geen toestemming")
    assert declined.active_suspension is None
