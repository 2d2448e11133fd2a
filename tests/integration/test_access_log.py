"""The hash-chained access log: every edit, deletion or truncation is detected."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from expertteam_app.domain.enums import Role
from expertteam_app.services import access_log, cases
from tests.support.cases import draft


@pytest.fixture
def logged(open_team):
    team = open_team(Role.VOORZITTER)
    with team.unit_of_work() as uow:
        case_id = cases.register_case(uow, draft()).case_id
    for _ in range(3):
        with team.unit_of_work() as uow:
            cases.get_case(uow, case_id)
    return team, case_id


def verify(team):
    with team.unit_of_work() as uow:
        return access_log.verify(uow)


def raw(team, *statements):
    conn = team.store.raw_connection()
    try:
        for statement in statements:
            conn.driver_connection.execute(statement)
    finally:
        conn.close()


def test_an_untouched_log_verifies(logged):
    team, _ = logged
    report = verify(team)
    assert report.ok and report.entries >= 6


def test_the_database_refuses_to_change_or_delete_an_entry(logged):
    team, _ = logged
    with pytest.raises(IntegrityError, match="cannot be changed"), team.unit_of_work() as uow:
        uow.session.execute(text("UPDATE access_log SET detail = 'x' WHERE id = 2"))
    with pytest.raises(IntegrityError, match="cannot be deleted"), team.unit_of_work() as uow:
        uow.session.execute(text("DELETE FROM access_log WHERE id = 2"))


def test_an_edited_entry_is_detected_even_with_the_guard_removed(logged):
    team, _ = logged
    raw(
        team,
        "DROP TRIGGER access_log_no_update",
        "UPDATE access_log SET member_name = 'Iemand Anders' WHERE id = 3",
    )
    report = verify(team)
    assert not report.ok
    assert report.first_bad_id == 3
    assert "gewijzigd" in report.problem_nl


def test_a_deleted_entry_in_the_middle_is_detected(logged):
    team, _ = logged
    raw(team, "DROP TRIGGER access_log_no_delete", "DELETE FROM access_log WHERE id = 4")
    report = verify(team)
    assert not report.ok and report.first_bad_id == 5
    assert "ontbreken" in report.problem_nl


def test_deleting_the_newest_entries_is_detected(logged):
    team, _ = logged
    raw(
        team,
        "DROP TRIGGER access_log_no_delete",
        "DELETE FROM access_log WHERE id >= (SELECT max(id) - 1 FROM access_log)",
    )
    report = verify(team)
    assert not report.ok
    assert "laatste 2" in report.problem_nl


def test_a_removed_guard_alone_is_reported(logged):
    team, _ = logged
    raw(team, "DROP TRIGGER access_log_no_update")
    report = verify(team)
    assert not report.ok and "beveiliging" in report.problem_nl


def test_the_access_log_of_a_case_is_readable_by_the_chair_and_lists_who_did_what(logged):
    team, case_id = logged
    with team.unit_of_work() as uow:
        rows = access_log.for_case(uow, case_id)
    assert [r.action.value for r in rows] == ["read", "read", "read", "create"]
    assert {r.member_name for r in rows} == {"Vera Voorzit"}
