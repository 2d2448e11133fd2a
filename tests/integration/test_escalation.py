"""Escalation (opschaling) and its return, on the real encrypted team database: a record per
escalation, the case to `opgeschaald` and back to where it came from."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from expertteam_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    CaseStatus,
    EscalationLevel,
    Role,
    SuspensionReason,
)
from expertteam_app.errors import InvalidTransition, NotAllowed, ValidationError
from expertteam_app.services import audit, cases, escalation, followup, lifecycle
from expertteam_app.services.context import FixedClock, TeamSession
from expertteam_app.services.escalation import EscalationInput
from tests.support.advice import plan_table, register_admissible
from tests.support.followup import Advised, issue_first_advice
from tests.support.team import NOW

S = CaseStatus
TODAY = NOW.date()
TO_CCE = EscalationInput(
    EscalationLevel.NATIONAL,
    TODAY,
    "Geen passende plek in de regio; aanbieders weigeren.",
    "CCE, regio Noord",
)


@pytest.fixture
def advised(open_team) -> tuple[TeamSession, Advised]:  # type: ignore[no-untyped-def]
    """The coordinator's team and a case with an issued advice (two care items)."""
    coordinator = open_team(Role.COORDINATOR)
    table = plan_table(coordinator)
    return coordinator, issue_first_advice(open_team(Role.VOORZITTER), table, today=TODAY)


def escalate(team: TeamSession, case_id: int, data: EscalationInput = TO_CCE) -> cases.CaseDetail:
    with team.unit_of_work() as uow:
        return escalation.escalate(uow, case_id, data)


def give_back(team: TeamSession, case_id: int, outcome: str, on: date = TODAY) -> cases.CaseDetail:
    with team.unit_of_work() as uow:
        return escalation.return_from_escalation(uow, case_id, on=on, outcome=outcome)


def history(team: TeamSession, case_id: int) -> list[escalation.EscalationView]:
    with team.unit_of_work() as uow:
        return escalation.escalations(uow, case_id)


def log_of(team: TeamSession, case_id: int) -> list[audit.AccessLogRow]:
    with team.unit_of_work(write=False) as uow:
        return audit.entries_for_case(uow.session, case_id)


def test_escalating_records_level_reason_and_to_whom_and_the_case_is_escalated(advised):
    team, case = advised
    detail = escalate(team, case.case_id)

    assert detail.status == S.OPGESCHAALD
    assert detail.open_escalation is not None
    assert detail.open_escalation.level == EscalationLevel.NATIONAL
    assert detail.open_escalation.to_whom == "CCE, regio Noord"
    assert detail.open_escalation.escalated_on == TODAY
    assert detail.escalation_count == 1
    last = detail.status_history[-1]
    assert (last.from_status, last.to_status) == (S.ADVIES_UITGEBRACHT, S.OPGESCHAALD)
    assert last.reason == TO_CCE.reason
    [record] = history(team, case.case_id)
    assert record.is_open and record.returned_on is None
    assert record.from_status == S.ADVIES_UITGEBRACHT
    assert record.escalated_by == "Cor Coördinator"
    assert (record.level, record.reason) == (EscalationLevel.NATIONAL, TO_CCE.reason)
    details = [e.detail for e in log_of(team, case.case_id) if e.action == AuditAction.CHANGE]
    assert "escalated: national" in details
    assert "status: advies_uitgebracht -> opgeschaald" in details
    # The log says what happened, never to whom or why (that is case content).
    assert not any("CCE" in d or "plek" in d for d in details)


def test_the_status_button_cannot_escalate_and_points_to_the_dialog(advised):
    team, case = advised
    with pytest.raises(InvalidTransition) as refused, team.unit_of_work() as uow:
        lifecycle.change_status(uow, case.case_id, S.OPGESCHAALD, reason="Zomaar")
    assert "Opschalen…" in refused.value.message.nl
    assert "Escalate…" in refused.value.message.en
    with team.unit_of_work() as uow:
        assert cases.get_case(uow, case.case_id).status == S.ADVIES_UITGEBRACHT
    assert history(team, case.case_id) == []


def test_the_header_offers_escalation_and_then_the_return(advised):
    team, case = advised
    with team.unit_of_work() as uow:
        offered = {(t.target, t.route) for t in lifecycle.available_transitions(uow, case.case_id)}
    assert (S.OPGESCHAALD, lifecycle.Route.ESCALATION) in offered
    escalate(team, case.case_id)
    with team.unit_of_work() as uow:
        offered = {(t.target, t.route) for t in lifecycle.available_transitions(uow, case.case_id)}
    assert offered == {
        (S.ADVIES_UITGEBRACHT, lifecycle.Route.ESCALATION),
        (S.AFGESLOTEN, lifecycle.Route.CLOSING),
    }


def test_returning_with_an_outcome_goes_back_to_the_advice(advised):
    team, case = advised
    escalate(team, case.case_id)
    back = give_back(team, case.case_id, "CCE adviseert plaatsing bij De Linde; gemeente betaalt.")

    assert back.status == S.ADVIES_UITGEBRACHT
    assert back.open_escalation is None
    last = back.status_history[-1]
    assert (last.from_status, last.to_status) == (S.OPGESCHAALD, S.ADVIES_UITGEBRACHT)
    assert last.reason.startswith("CCE adviseert")
    [record] = history(team, case.case_id)
    assert not record.is_open and record.returned_on == TODAY
    assert record.outcome == "CCE adviseert plaatsing bij De Linde; gemeente betaalt."
    assert record.returned_by == "Cor Coördinator"
    details = [e.detail for e in log_of(team, case.case_id)]
    assert "returned from escalation to advies_uitgebracht" in details


def test_care_that_started_while_escalated_takes_the_case_on_to_in_uitvoering(advised):
    team, case = advised
    escalate(team, case.case_id)
    with team.unit_of_work() as uow:  # the provider starts while the case is escalated
        started = followup.record_start(uow, case.care_item_ids[0], on=TODAY)
    assert started.moved is None  # an escalated case does not move by a start

    back = give_back(team, case.case_id, "Doorzettingsmacht ingezet; hulp loopt.")

    assert back.status == S.IN_UITVOERING
    moves = [(h.from_status, h.to_status, h.changed_on) for h in back.status_history[-2:]]
    assert moves == [
        (S.OPGESCHAALD, S.ADVIES_UITGEBRACHT, TODAY),
        (S.ADVIES_UITGEBRACHT, S.IN_UITVOERING, TODAY),
    ]
    details = [e.detail for e in log_of(team, case.case_id)]
    assert "status: opgeschaald -> advies_uitgebracht" in details
    assert "status: advies_uitgebracht -> in_uitvoering" in details


def test_a_case_escalated_while_under_way_returns_there(advised):
    team, case = advised
    with team.unit_of_work() as uow:
        followup.record_start(uow, case.care_item_ids[1], on=TODAY)
    escalate(team, case.case_id)
    [record] = history(team, case.case_id)
    assert record.from_status == S.IN_UITVOERING
    assert give_back(team, case.case_id, "Aanbieder houdt zich aan de afspraak.").status == (
        S.IN_UITVOERING
    )


def test_two_escalations_in_a_row_keep_both_records(advised):
    team, case = advised
    escalate(
        team,
        case.case_id,
        EscalationInput(
            EscalationLevel.REGIONAL_ENFORCEMENT, TODAY, "Gemeente betaalt niet.", "Wethouder"
        ),
    )
    give_back(team, case.case_id, "Gemeente gaat toch betalen.")
    detail = escalate(team, case.case_id)
    assert detail.escalation_count == 2

    first, second = history(team, case.case_id)
    assert first.level == EscalationLevel.REGIONAL_ENFORCEMENT and not first.is_open
    assert first.outcome == "Gemeente gaat toch betalen."
    assert second.level == EscalationLevel.NATIONAL and second.is_open
    assert second.from_status == S.ADVIES_UITGEBRACHT


def test_an_escalated_case_cannot_be_escalated_again(advised):
    team, case = advised
    escalate(team, case.case_id)
    with pytest.raises(InvalidTransition):
        escalate(team, case.case_id)
    assert len(history(team, case.case_id)) == 1


def test_a_missing_reason_to_whom_or_outcome_is_a_field_problem(advised):
    team, case = advised
    with pytest.raises(ValidationError) as refused:
        escalate(
            team, case.case_id, EscalationInput(EscalationLevel.SUPRA_REGIONAL, TODAY, " ", "")
        )
    assert {p.field for p in refused.value.problems} == {"reason", "to_whom"}
    assert history(team, case.case_id) == []

    escalate(team, case.case_id)
    with pytest.raises(ValidationError) as refused:
        give_back(team, case.case_id, "   ")
    assert [p.field for p in refused.value.problems] == ["outcome"]
    with team.unit_of_work() as uow:
        assert cases.get_case(uow, case.case_id).status == S.OPGESCHAALD


def test_dates_follow_the_story(open_team, advised):
    """Not before the last status change, not back before the escalation, not in the future."""
    _, case = advised
    coordinator = open_team(Role.COORDINATOR, clock=FixedClock(NOW + timedelta(days=10)))

    with pytest.raises(ValidationError) as refused:
        escalate(
            coordinator,
            case.case_id,
            EscalationInput(EscalationLevel.NATIONAL, TODAY - timedelta(days=1), "Reden", "CCE"),
        )
    assert "vóór de vorige statuswijziging" in refused.value.problems[0].nl
    with pytest.raises(ValidationError):
        escalate(
            coordinator,
            case.case_id,
            EscalationInput(EscalationLevel.NATIONAL, TODAY + timedelta(days=11), "Reden", "CCE"),
        )
    escalate(
        coordinator,
        case.case_id,
        EscalationInput(EscalationLevel.NATIONAL, TODAY + timedelta(days=5), "Reden", "CCE"),
    )
    with pytest.raises(ValidationError) as refused:
        give_back(coordinator, case.case_id, "Terug", on=TODAY + timedelta(days=4))
    assert refused.value.problems[0].field == "on"
    back = give_back(coordinator, case.case_id, "Terug", on=TODAY + timedelta(days=5))
    assert back.status_history[-1].changed_on == TODAY + timedelta(days=5)


def test_a_suspended_case_is_resumed_before_it_is_escalated(open_team):
    coordinator = open_team(Role.COORDINATOR)
    case_id = register_admissible(coordinator, first="Noor", last="Smit", bsn="111222333")
    with coordinator.unit_of_work() as uow:
        lifecycle.suspend_case(
            uow, case_id, SuspensionReason.WAITING_FOR_INFORMATION, "Wachten op verslag school"
        )
    with pytest.raises(InvalidTransition) as refused:
        escalate(coordinator, case_id)
    assert "opgeschort" in refused.value.message.nl
    with coordinator.unit_of_work() as uow:
        lifecycle.resume_case(uow, case_id)
    escalated = escalate(coordinator, case_id)
    assert escalated.status == S.OPGESCHAALD
    assert give_back(coordinator, case_id, "Terug naar de regio").status == S.IN_BEHANDELING


def test_a_team_member_may_read_but_not_escalate_and_the_refusal_is_logged(open_team, advised):
    team, case = advised
    member = open_team(Role.LID)
    with pytest.raises(NotAllowed):
        escalate(member, case.case_id)
    refused = [e for e in log_of(team, case.case_id) if e.outcome == AuditOutcome.REFUSED]
    assert refused and refused[0].member_name == "Lies Lid"
    escalate(team, case.case_id)
    with pytest.raises(NotAllowed):
        give_back(member, case.case_id, "Terug")
    assert [e.is_open for e in history(member, case.case_id)] == [True]
