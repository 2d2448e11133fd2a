"""The role x permission matrix, cell by cell, and its enforcement in the services."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.enums import AuditOutcome, Role
from expertteam_app.errors import NotAllowed
from expertteam_app.services import access_log, cases, maintenance, settings
from expertteam_app.services import reference as reference_service
from expertteam_app.services import team as team_service
from expertteam_app.services.roles import MATRIX, Permission, allows
from tests.support.cases import draft

B, V, C, L = Role.BEHEERDER, Role.VOORZITTER, Role.COORDINATOR, Role.LID

# Written out independently of the code on purpose: changing a cell must break this test.
EXPECTED: dict[Permission, set[Role]] = {
    Permission.CASE_READ: {B, V, C, L},
    Permission.CASE_SEARCH: {B, V, C, L},
    Permission.CASE_REGISTER: {V, C},
    Permission.CASE_EDIT: {V, C},
    Permission.CASE_INTAKE: {V, C},
    Permission.CASE_SCHEDULE: {V, C},
    Permission.CASE_SUSPEND: {V, C},
    Permission.ADVICE_DRAFT: {V, C},
    Permission.ADVICE_ISSUE: {V},
    Permission.MINUTES_WRITE: {V, C},
    Permission.CASE_FOLLOW_UP: {V, C},
    Permission.CASE_ESCALATE: {V, C},
    Permission.CASE_CLOSE: {V, C},
    Permission.CASE_REOPEN: {V, C},
    Permission.CASE_PRINT: {V, C, L},
    Permission.CASE_EXPORT: {V, C},
    Permission.RETROSPECTIVE_EDIT: {V, C},
    Permission.LEARNING_TABLE: {V, C},
    Permission.MONITORING_READ: {V, C, L},
    Permission.REGISTER_IMPORT: {B, C},
    Permission.ACCESS_LOG_READ: {B, V},
    Permission.AUDIT_VERIFY: {B, V},
    Permission.MEMBERS_MANAGE: {B},
    Permission.SETTINGS_MANAGE: {B},
    Permission.REFERENCE_MANAGE: {B, C},
    Permission.PROVIDERS_MANAGE: {B, C},
    Permission.DATABASE_CHECK: {B, V, C},
    Permission.BACKUP: {B, V, C},
}

CELLS = [(p, r) for p in Permission for r in Role]


def test_every_permission_has_a_row():
    assert set(MATRIX) == set(Permission) == set(EXPECTED)


@pytest.mark.parametrize(
    ("permission", "role"), CELLS, ids=[f"{p.value}-{r.value}" for p, r in CELLS]
)
def test_matrix_cell(permission, role):
    assert allows(role, permission) == (role in EXPECTED[permission])


def _refusals(team) -> list[AccessLogEntry]:
    with team.unit_of_work() as uow:
        return list(
            uow.session.scalars(
                select(AccessLogEntry).where(AccessLogEntry.outcome == AuditOutcome.REFUSED)
            )
        )


@pytest.mark.parametrize(
    ("permission", "role"), CELLS, ids=[f"{p.value}-{r.value}" for p, r in CELLS]
)
def test_require_enforces_the_cell_and_logs_a_refusal(open_team, permission, role):
    team = open_team(role)
    if role in EXPECTED[permission]:
        with team.unit_of_work() as uow:
            uow.require(permission)
        assert _refusals(team) == []
    else:
        with pytest.raises(NotAllowed) as refused, team.unit_of_work() as uow:
            uow.require(permission)
        assert refused.value.message.nl.startswith("Als ")
        assert refused.value.message.en.startswith("As ")
        [entry] = _refusals(team)
        assert entry.detail == permission.value
        assert entry.member_role == role


# --- the real service calls behind the cells ---------------------------------------------


def _register(open_team) -> int:
    team = open_team(C)
    with team.unit_of_work() as uow:
        return cases.register_case(uow, draft()).case_id


ACTIONS = {
    "register": (
        Permission.CASE_REGISTER,
        lambda uow, cid: cases.register_case(uow, draft(bsn="", first="Emma")),
    ),
    "read": (Permission.CASE_READ, lambda uow, cid: cases.get_case(uow, cid)),
    "edit": (
        Permission.CASE_EDIT,
        lambda uow, cid: cases.update_case(uow, cid, draft(question="Nieuwe vraag.")),
    ),
    "access log": (Permission.ACCESS_LOG_READ, lambda uow, cid: access_log.for_case(uow, cid)),
    "verify log": (Permission.AUDIT_VERIFY, lambda uow, cid: access_log.verify(uow)),
    "settings": (
        Permission.SETTINGS_MANAGE,
        lambda uow, cid: settings.update_settings(uow, target_lead_time_weeks=8),
    ),
    "members": (
        Permission.MEMBERS_MANAGE,
        lambda uow, cid: team_service.add_member(
            uow, "Nieuw Lid", Role.LID, "een nieuw lang wachtwoord"
        ),
    ),
    "providers": (
        Permission.PROVIDERS_MANAGE,
        lambda uow, cid: reference_service.save_provider(
            uow, reference_service.ProviderInput("Aanbieder X")
        ),
    ),
    "check": (Permission.DATABASE_CHECK, lambda uow, cid: maintenance.check_database(uow)),
}
ACTION_CELLS = [(name, role) for name in ACTIONS for role in Role]


@pytest.mark.parametrize(
    ("action", "role"), ACTION_CELLS, ids=[f"{a}-{r.value}" for a, r in ACTION_CELLS]
)
def test_service_calls_follow_the_matrix(open_team, action, role):
    case_id = _register(open_team)
    permission, call = ACTIONS[action]
    team = open_team(role)
    if role in EXPECTED[permission]:
        with team.unit_of_work() as uow:
            call(uow, case_id)
    else:
        with pytest.raises(NotAllowed), team.unit_of_work() as uow:
            call(uow, case_id)
        assert len(_refusals(team)) == 1
