"""Closing a case with a result from the team's list and a note, and reopening it, on the
real encrypted team database."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    CaseStatus,
    EscalationLevel,
    ListKind,
    Role,
)
from expertteam_app.errors import InvalidTransition, NotAllowed, ValidationError
from expertteam_app.services import (
    audit,
    case_search,
    cases,
    closing,
    demo,
    escalation,
    followup,
    lifecycle,
    reference,
)
from expertteam_app.services.context import TeamSession
from tests.support.advice import plan_table
from tests.support.followup import Advised, issue_first_advice
from tests.support.team import NOW

S = CaseStatus
TODAY = NOW.date()
NOTE = (
    "Jeugdige woont in het gezinshuis en gaat weer naar de Regenboogschool; regie bij het wijkteam."
)


@pytest.fixture
def advised(open_team) -> tuple[TeamSession, Advised]:  # type: ignore[no-untyped-def]
    coordinator = open_team(Role.COORDINATOR)
    table = plan_table(coordinator)
    return coordinator, issue_first_advice(open_team(Role.VOORZITTER), table, today=TODAY)


def close(
    team: TeamSession, case_id: int, result: str = "goals_achieved", note: str = NOTE
) -> cases.CaseDetail:
    with team.unit_of_work() as uow:
        return closing.close_case(uow, case_id, result_code=result, note=note, on=TODAY)


def read(team: TeamSession, case_id: int) -> cases.CaseDetail:
    with team.unit_of_work() as uow:
        return cases.get_case(uow, case_id)


def log_of(team: TeamSession, case_id: int) -> list[audit.AccessLogRow]:
    with team.unit_of_work(write=False) as uow:
        return audit.entries_for_case(uow.session, case_id)


def found(team: TeamSession, text: str) -> set[int]:
    with team.unit_of_work() as uow:
        page = case_search.search_cases(uow, case_search.CaseQuery(text=text))
    return {row.id for row in page.rows}


def test_the_team_starts_with_eight_closing_results_in_order(advised):
    team, _ = advised
    with team.unit_of_work() as uow:
        results = closing.closing_results(uow)
        english = closing.closing_results(uow, language="en")
    assert [r.code for r in results] == [
        "goals_achieved",
        "goals_partly",
        "care_in_place",
        "goals_not_achieved",
        "escalated_elsewhere",
        "moved_away",
        "withdrawn",
        "other",
    ]
    assert results[0].label == "Doelen behaald"
    assert english[0].label == "Goals achieved"


def test_closing_keeps_the_result_and_the_note(advised):
    team, case = advised
    with team.unit_of_work() as uow:
        followup.record_start(uow, case.care_item_ids[0], on=TODAY)
    assert case.case_id not in found(team, "Regenboogschool")
    closed = close(team, case.case_id)

    assert closed.status == S.AFGESLOTEN and closed.closed_on == TODAY
    assert closed.closing_result_item == cases.Coded("goals_achieved", "Doelen behaald")
    assert closed.closing_result == NOTE
    last = closed.status_history[-1]
    assert (last.from_status, last.to_status) == (S.IN_UITVOERING, S.AFGESLOTEN)
    assert last.reason == f"Doelen behaald: {NOTE}"
    assert read(team, case.case_id).closing_result_item == closed.closing_result_item
    details = [e.detail for e in log_of(team, case.case_id) if e.action == AuditAction.CHANGE]
    assert "closed: goals_achieved" in details
    assert not any("gezinshuis" in d for d in details)  # the note is case content
    assert case.case_id in found(team, "Regenboogschool")  # the search finds the closing note


def test_the_status_button_cannot_close_and_points_to_the_dialog(advised):
    team, case = advised
    with pytest.raises(InvalidTransition) as refused, team.unit_of_work() as uow:
        lifecycle.change_status(uow, case.case_id, S.AFGESLOTEN, reason="Klaar")
    assert "Afsluiten…" in refused.value.message.nl
    assert "Close…" in refused.value.message.en
    assert read(team, case.case_id).status == S.ADVIES_UITGEBRACHT


def test_reopening_needs_a_reason_clears_the_result_and_keeps_the_history(advised):
    team, case = advised
    close(team, case.case_id, "goals_partly")
    with pytest.raises(ValidationError), team.unit_of_work() as uow:
        lifecycle.change_status(uow, case.case_id, S.ADVIES_UITGEBRACHT, reason=" ")
    with team.unit_of_work() as uow:
        offered = [t for t in lifecycle.available_transitions(uow, case.case_id)]
    assert [(t.target, t.route, t.label_nl) for t in offered] == [
        (S.ADVIES_UITGEBRACHT, lifecycle.Route.MANUAL, "Heropenen")
    ]
    with team.unit_of_work() as uow:
        reopened = lifecycle.change_status(
            uow, case.case_id, S.ADVIES_UITGEBRACHT, reason="Gezinshuis zegt de plek op."
        )

    assert reopened.status == S.ADVIES_UITGEBRACHT
    assert reopened.closed_on is None
    assert reopened.closing_result_item is None and reopened.closing_result == ""
    close_change, reopen_change = reopened.status_history[-2:]
    assert close_change.reason == f"Doelen deels behaald: {NOTE}"
    assert (reopen_change.to_status, reopen_change.reason) == (
        S.ADVIES_UITGEBRACHT,
        "Gezinshuis zegt de plek op.",
    )
    details = [e.detail for e in log_of(team, case.case_id) if e.action == AuditAction.CHANGE]
    assert "closed: goals_partly" in details
    assert "status: afgesloten -> advies_uitgebracht" in details
    assert case.case_id not in found(team, "Regenboogschool")  # the old note left the search index


@pytest.mark.parametrize("role", [Role.LID, Role.BEHEERDER])
def test_only_the_chair_and_the_coordinator_close_and_a_refusal_is_logged(open_team, advised, role):
    team, case = advised
    other = open_team(role)
    with pytest.raises(NotAllowed):
        close(other, case.case_id)
    assert read(team, case.case_id).status == S.ADVIES_UITGEBRACHT
    refused = [e for e in log_of(team, case.case_id) if e.outcome == AuditOutcome.REFUSED]
    assert [e.member_role for e in refused] == [role]
    chair = open_team(Role.VOORZITTER)
    assert close(chair, case.case_id, "care_in_place").status == S.AFGESLOTEN


def test_the_result_must_be_an_active_one_from_the_list_and_the_note_is_required(
    open_team, advised
):
    team, case = advised
    admin = open_team(Role.BEHEERDER)
    with admin.unit_of_work() as uow:
        moved = next(
            i for i in reference.list_items(uow, ListKind.CLOSING_RESULT) if i.code == "moved_away"
        )
        reference.set_list_item_active(uow, moved.id, False)
    with team.unit_of_work() as uow:
        assert "moved_away" not in {r.code for r in closing.closing_results(uow)}

    with pytest.raises(ValidationError) as refused:
        close(team, case.case_id, "moved_away")
    assert [p.field for p in refused.value.problems] == ["result"]
    with pytest.raises(ValidationError) as refused:
        close(team, case.case_id, "waiting_list")  # a code from another list
    assert [p.field for p in refused.value.problems] == ["result"]
    with pytest.raises(ValidationError) as refused:
        close(team, case.case_id, "", "  ")
    assert {p.field for p in refused.value.problems} == {"result", "note"}
    assert read(team, case.case_id).status == S.ADVIES_UITGEBRACHT


def test_a_result_the_team_added_can_be_used(open_team, advised):
    team, case = advised
    admin = open_team(Role.BEHEERDER)
    with admin.unit_of_work() as uow:
        added = reference.add_list_item(
            uow, ListKind.CLOSING_RESULT, "Overgedragen aan volwassenenzorg", "Handed to adult care"
        )
    closed = close(team, case.case_id, added.code)
    assert closed.closing_result_item == cases.Coded(added.code, "Overgedragen aan volwassenenzorg")


def test_closing_an_escalated_case_ends_its_escalation(advised):
    team, case = advised
    with team.unit_of_work() as uow:
        escalation.escalate(
            uow,
            case.case_id,
            escalation.EscalationInput(
                EscalationLevel.NATIONAL, TODAY, "Geen plek in de regio.", "CCE"
            ),
        )
    closed = close(team, case.case_id, "escalated_elsewhere", "Het CCE neemt de regie over.")

    assert closed.status == S.AFGESLOTEN and closed.open_escalation is None
    with team.unit_of_work() as uow:
        [record] = escalation.escalations(uow, case.case_id)
    assert not record.is_open and record.returned_on == TODAY
    assert record.outcome == "Overgedragen na opschaling: Het CCE neemt de regie over."
    # Reopened after an escalation it returns to work, not to the escalation.
    with team.unit_of_work() as uow:
        offered = [t.target for t in lifecycle.available_transitions(uow, case.case_id)]
    assert offered == [S.IN_UITVOERING]


def test_demo_cases_carry_a_closing_result_and_their_escalation(open_team):
    """The demo database (and the benchmark built on it) shows closing and escalation as the
    services record them."""
    team = open_team(Role.COORDINATOR)
    demo.add_demo_cases(team, 120, seed=7)
    with team.unit_of_work() as uow:
        ids = list(uow.session.scalars(select(Case.id).where(Case.is_test_data.is_(True))))
        details = [cases.get_case(uow, case_id) for case_id in ids]
        histories = {d.id: escalation.escalations(uow, d.id) for d in details}
    closed = [d for d in details if d.status == S.AFGESLOTEN]
    escalated = [d for d in details if d.status == S.OPGESCHAALD]
    assert closed and escalated
    for d in closed:
        assert d.closing_result_item is not None and d.closing_result
        assert d.status_history[-1].reason == f"{d.closing_result_item.label}: {d.closing_result}"
    for d in escalated:
        [record] = histories[d.id]
        assert record.is_open and record.from_status == d.status_history[-1].from_status
        assert d.open_escalation is not None and d.open_escalation.to_whom.endswith("(demo)")
    assert all(histories[d.id] == [] for d in details if d.status != S.OPGESCHAALD)
