"""Undo of the last save, and the upgrade of an older team database (with its backup)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.enums import AuditAction, Role
from expertteam_app.errors import ValidationError
from expertteam_app.services import cases, reference
from expertteam_app.services import team as team_service
from expertteam_app.store import engine as engines
from expertteam_app.store import migrate
from expertteam_app.store.vault import slot_file_for
from tests.support.cases import draft
from tests.support.old_schema import make_schema_0001


def test_undo_puts_back_the_case_as_it_was_before_the_last_save(open_team):
    team = open_team(Role.COORDINATOR)
    with team.unit_of_work() as uow:
        case_id = cases.register_case(uow, draft()).case_id
        assert (
            cases.last_save(uow, case_id) is None
        )  # a registration is not undone: that would be a delete
    changed = draft(question="Een heel andere vraag.")
    changed.household.clear()
    changed.consents = [c for c in changed.consents if c.household_index is None]
    with team.unit_of_work() as uow:
        cases.update_case(uow, case_id, changed)
        last = cases.last_save(uow, case_id)
        assert last is not None and last.member_name == "Cor Coördinator"
        assert set(last.changed_fields) == {"question", "household", "consents"}
        restored = cases.undo_last_save(uow, case_id)
    assert restored.question == draft().question
    assert [h.display_name for h in restored.household] == ["Anja van der Berg"]
    assert restored.consent_missing == ()
    with team.unit_of_work() as uow:
        details = [
            e.detail
            for e in uow.session.scalars(
                select(AccessLogEntry)
                .where(AccessLogEntry.action == AuditAction.CHANGE)
                .order_by(AccessLogEntry.id)
            )
        ]
    assert details[-1].startswith("undo of last save: ")


def test_undo_with_nothing_to_undo_is_a_clear_message(open_team):
    team = open_team(Role.COORDINATOR)
    with team.unit_of_work() as uow:
        case_id = cases.register_case(uow, draft()).case_id
    with pytest.raises(ValidationError) as refused, team.unit_of_work() as uow:
        cases.undo_last_save(uow, case_id)
    assert "geen eerdere opslag" in refused.value.message.nl


def test_an_older_database_is_backed_up_then_upgraded_on_open(team_db, team_template):
    before = team_service.unlock_with_key(
        team_db, team_template.member_ids[Role.COORDINATOR], team_template.data_key
    )
    try:
        with before.unit_of_work() as uow:
            reference.save_provider(
                uow, reference.ProviderInput("Aanbieder Oud", offer_codes=("ambulatory",))
            )
    finally:
        before.close()
    make_schema_0001(team_db, team_template.data_key)
    team = team_service.unlock_with_key(
        team_db, team_template.member_ids[Role.BEHEERDER], team_template.data_key
    )
    try:
        with team.unit_of_work() as uow:
            revision = (
                uow.session.connection()
                .exec_driver_sql("SELECT version_num FROM alembic_version")
                .scalar()
            )
            uow.session.connection().exec_driver_sql("SELECT count(*) FROM case_revision").scalar()
            kept = reference.providers(uow)
    finally:
        team.close()
    assert revision == migrate.head_revision()
    # 0003 adds columns to `provider` in place: its offers survive (a table copy would have
    # cascaded them away).
    assert [(p.name, p.offer_codes, p.wait_weeks) for p in kept] == [
        ("Aanbieder Oud", ("ambulatory",), None)
    ]
    backup = team_db.with_name(f"{team_db.name}.voor-schema-{migrate.head_revision()}.bak")
    assert backup.exists() and slot_file_for(backup).exists()
    conn = engines.connect(backup, team_template.data_key, read_only=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        conn.close()
