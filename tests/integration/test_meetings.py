"""Meetings: planning moves cases onto the agenda, minutes are kept, the agenda is guarded."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.enums import AuditAction, CaseStatus, Role
from expertteam_app.errors import InvalidTransition, NotAllowed, ValidationError
from expertteam_app.services import cases, lifecycle, meetings
from tests.support.advice import plan_table, register_admissible
from tests.support.cases import draft

S = CaseStatus


def status(team, case_id):
    with team.unit_of_work() as uow:
        return cases.get_case(uow, case_id).status


def test_a_planned_meeting_puts_its_three_cases_on_the_agenda(open_team):
    team = open_team(Role.COORDINATOR)
    table = plan_table(team)
    assert [status(team, c) for c in table.case_ids] == [S.GEAGENDEERD] * 3
    with team.unit_of_work() as uow:
        view = meetings.get_meeting(uow, table.meeting_id)
    assert [a.case_id for a in view.agenda] == table.case_ids
    assert view.chair_name == "Vera Voorzit"
    assert view.starts_at == datetime(2026, 6, 18, 14, 0)
    assert view.guests[1].case_reference == view.agenda[0].case_reference
    assert view.agenda[0].preparation.startswith("Wachtlijst")
    with team.unit_of_work() as uow:
        rows = meetings.list_meetings(uow, from_day=date(2026, 6, 1))
    assert [(r.id, r.case_count, r.minutes_count) for r in rows] == [(table.meeting_id, 3, 0)]


def test_the_status_button_no_longer_puts_a_case_on_the_agenda(open_team):
    team = open_team(Role.COORDINATOR)
    case_id = register_admissible(team, first="Noor", last="Smit", bsn="111222333")
    with team.unit_of_work() as uow:
        offered = [t.target for t in lifecycle.available_transitions(uow, case_id)]
    assert S.GEAGENDEERD not in offered
    with pytest.raises(InvalidTransition) as refused, team.unit_of_work() as uow:
        lifecycle.change_status(uow, case_id, S.GEAGENDEERD)
    assert "overleg" in refused.value.message.nl


def test_a_case_not_yet_admissible_cannot_go_on_the_agenda(open_team):
    team = open_team(Role.COORDINATOR)
    table = plan_table(team)
    with team.unit_of_work() as uow:
        new_id = cases.register_case(uow, draft(first="Lotte", last="Mulder")).case_id
    with team.unit_of_work() as uow:
        data = meetings.get_meeting(uow, table.meeting_id).to_input()
    data.agenda.append(meetings.AgendaInput(new_id))
    with pytest.raises(InvalidTransition) as refused, team.unit_of_work() as uow:
        meetings.update_meeting(uow, table.meeting_id, data)
    assert "ontvankelijk" in refused.value.message.nl
    assert status(team, new_id) == S.AANGEMELD
    assert [status(team, c) for c in table.case_ids] == [S.GEAGENDEERD] * 3


def test_minutes_are_saved_and_a_case_with_minutes_stays_on_the_agenda(open_team):
    team = open_team(Role.COORDINATOR)
    table = plan_table(team)
    with team.unit_of_work() as uow:
        view = meetings.get_meeting(uow, table.meeting_id)
    first = view.agenda[0]
    minutes = meetings.MinutesInput(
        "Besproken: wachtlijst is 40 weken.",
        "Advies: intensieve gezinsbehandeling.",
        (meetings.ActionInput("Cor", "Aanbieder bellen", date(2026, 6, 22)),),
    )
    with team.unit_of_work() as uow:
        saved = meetings.save_minutes(uow, first.id, minutes)
    assert saved.has_minutes and saved.actions[0].what == "Aanbieder bellen"
    assert saved.minutes_updated_by == "Cor Coördinator"

    # Taking the case with minutes off the agenda is refused; the others may go.
    data = view.to_input()
    data.agenda = [data.agenda[0]]
    data.guests = [g for g in data.guests if g.case_id in (None, table.case_ids[0])]
    with team.unit_of_work() as uow:
        after = meetings.update_meeting(uow, table.meeting_id, data, expected_version=view.version)
    assert [a.case_id for a in after.agenda] == [table.case_ids[0]]
    assert status(team, table.case_ids[1]) == S.IN_BEHANDELING  # back, as it is on no agenda
    data.agenda = []
    data.guests = []
    with pytest.raises(InvalidTransition), team.unit_of_work() as uow:
        meetings.update_meeting(uow, table.meeting_id, data)
    with pytest.raises(InvalidTransition), team.unit_of_work() as uow:
        meetings.cancel_meeting(uow, table.meeting_id)


def test_an_outdated_copy_of_the_meeting_is_refused(open_team):
    team = open_team(Role.COORDINATOR)
    table = plan_table(team)
    with team.unit_of_work() as uow:
        view = meetings.get_meeting(uow, table.meeting_id)
    changed = view.to_input()
    changed.place = "Online"
    with team.unit_of_work() as uow:
        meetings.update_meeting(uow, table.meeting_id, changed, expected_version=view.version)
    with pytest.raises(ValidationError), team.unit_of_work() as uow:
        meetings.update_meeting(uow, table.meeting_id, changed, expected_version=view.version)


def test_planning_is_validated(open_team):
    team = open_team(Role.COORDINATOR)
    with pytest.raises(ValidationError) as refused, team.unit_of_work() as uow:
        meetings.plan_meeting(
            uow,
            meetings.MeetingInput(
                starts_at=datetime(2026, 7, 1, 9, 30),
                place="",
                chair_id=None,
                guests=[meetings.GuestInput("", meetings.GuestRole.PARENT)],
            ),
        )
    fields = {p.field for p in refused.value.problems}
    assert {"place", "chair_id", "guests.0.name"} <= fields


def test_a_team_member_reads_the_meeting_but_does_not_plan_or_write_minutes(open_team):
    coordinator = open_team(Role.COORDINATOR)
    table = plan_table(coordinator)
    member = open_team(Role.LID)
    with member.unit_of_work() as uow:
        view = meetings.get_meeting(uow, table.meeting_id)
    with pytest.raises(NotAllowed), member.unit_of_work() as uow:
        meetings.save_minutes(uow, view.agenda[0].id, meetings.MinutesInput("x"))
    with pytest.raises(NotAllowed), member.unit_of_work() as uow:
        meetings.update_meeting(uow, table.meeting_id, view.to_input())


def test_reading_a_meeting_logs_a_read_for_every_case_on_it(open_team):
    team = open_team(Role.COORDINATOR)
    table = plan_table(team)
    with team.unit_of_work() as uow:
        meetings.get_meeting(uow, table.meeting_id)
    with team.unit_of_work(write=False) as uow:
        reads = uow.session.scalars(
            select(AccessLogEntry.case_id).where(
                AccessLogEntry.action == AuditAction.READ,
                AccessLogEntry.detail == f"meeting {table.meeting_id}",
            )
        ).all()
    assert sorted(reads) == sorted(table.case_ids)


def test_cancelling_a_meeting_without_minutes_returns_its_cases(open_team):
    team = open_team(Role.COORDINATOR)
    table = plan_table(team)
    with team.unit_of_work() as uow:
        meetings.cancel_meeting(uow, table.meeting_id)
    assert [status(team, c) for c in table.case_ids] == [S.IN_BEHANDELING] * 3
    with team.unit_of_work() as uow:
        assert meetings.list_meetings(uow) == []


def test_a_half_typed_action_is_kept_and_counts_as_minutes(open_team):
    team = open_team(Role.COORDINATOR)
    table = plan_table(team)
    with team.unit_of_work() as uow:
        view = meetings.get_meeting(uow, table.meeting_id)
    only_action = meetings.MinutesInput(
        "", "", (meetings.ActionInput("Cor", ""), meetings.ActionInput("", ""))
    )
    with team.unit_of_work() as uow:
        saved = meetings.save_minutes(uow, view.agenda[1].id, only_action)
    assert [(a.who, a.what) for a in saved.actions] == [("Cor", "")]  # the empty row dropped
    with team.unit_of_work() as uow:
        assert meetings.list_meetings(uow)[0].minutes_count == 1
