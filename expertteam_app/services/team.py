"""Creating a team database, unlocking it, and managing the members who may open it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from expertteam_app.domain import passphrase as passphrase_rules
from expertteam_app.domain.enums import AuditAction, Role
from expertteam_app.domain.team import Member
from expertteam_app.errors import (
    FieldProblem,
    NotAllowed,
    NotFound,
    Problems,
    UnknownMember,
    ValidationError,
    WrongPassphrase,
)
from expertteam_app.services import reference
from expertteam_app.services import settings as team_settings
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.context import Actor, Clock, SystemClock, TeamSession, UnitOfWork
from expertteam_app.services.roles import Permission
from expertteam_app.store import crypto, keyring_slot
from expertteam_app.store.keyring_slot import workstation_name
from expertteam_app.store.team_store import TeamStore, create_store, open_store
from expertteam_app.store.vault import Vault, slot_file_for


def name_key(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    role: Role
    active: bool
    created_at: datetime


def _row(m: Member) -> MemberRow:
    return MemberRow(m.id, m.name, m.role, m.active, m.created_at)


@dataclass(frozen=True)
class CreatedTeam:
    team: TeamSession
    recovery_code: str  # shown once; not stored anywhere in clear


def _check_new_member(problems: Problems, name: str, passphrase: str) -> None:
    if not name.strip():
        problems.add("name", "Geef een naam.", "Give a name.")
    elif len(name.strip()) > 120:
        problems.add("name", "Deze naam is te lang.", "This name is too long.")
    for p in passphrase_rules.problems(passphrase, member_name=name):
        problems.items.append(p)


def create_team(
    path: Path,
    *,
    team_name: str,
    admin_name: str,
    passphrase: str,
    region_code: str = "",
    demo: bool = False,
    clock: Clock | None = None,
    **settings: Any,
) -> CreatedTeam:
    """A new encrypted team database with its first administrator and a recovery code."""
    problems = Problems()
    if not team_name.strip():
        problems.add("team_name", "Geef het team een naam.", "Give the team a name.")
    _check_new_member(problems, admin_name, passphrase)
    problems.raise_if_any()

    path = Path(path)
    vault = Vault.create(slot_file_for(path), team_name.strip(), demo=demo)
    data_key = crypto.new_data_key()
    store = create_store(path, vault, data_key)
    try:
        with store.session() as session:
            reference.seed_reference_data(session)
            admin = Member(
                name=" ".join(admin_name.split()),
                name_key=name_key(admin_name),
                role=Role.BEHEERDER,
                active=True,
            )
            session.add(admin)
            session.flush()
            actor = Actor(admin.id, admin.name, admin.role)
        team = TeamSession(store, actor, workstation_name(), clock or SystemClock())
        with team.unit_of_work() as uow:
            team_settings.write_all(
                uow,
                team_settings.TeamSettings(
                    team_name=team_name.strip(), region_code=region_code, is_demo=demo, **settings
                ),
            )
            uow.log(AuditEvent(AuditAction.ADMIN, detail="team database created"))
        recovery_code = vault.set_recovery_code(data_key)
        vault.set_member_secret(actor.member_id, actor.name, passphrase, data_key)
    except BaseException:
        store.close()
        for leftover in (path, vault.path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return CreatedTeam(team, recovery_code)


def member_names(path: Path) -> list[str]:
    """Names offered in the unlock window; needs no key."""
    return Vault.load(slot_file_for(Path(path))).member_names()


def _session_for(store: TeamStore, member_id: int, clock: Clock | None) -> TeamSession:
    with store.session(write=False) as session:
        member = session.get(Member, member_id)
        if member is None or not member.active:
            raise UnknownMember(
                "Deze naam hoort niet (meer) bij deze teamdatabase.",
                "This name is no longer a member of this team database.",
            )
        actor = Actor(member.id, member.name, member.role)
    team = TeamSession(store, actor, workstation_name(), clock or SystemClock())
    with team.unit_of_work() as uow:
        uow.log(AuditEvent(AuditAction.UNLOCK))
    return team


def _open(
    path: Path, vault: Vault, key: bytes, member_id: int, exclusive: bool, clock: Clock | None
) -> TeamSession:
    store = open_store(path, vault, key, exclusive=exclusive)
    try:
        return _session_for(store, member_id, clock)
    except BaseException:
        store.close()
        raise


def unlock(
    path: Path,
    member_name: str,
    passphrase: str,
    *,
    exclusive: bool = False,
    clock: Clock | None = None,
) -> TeamSession:
    path = Path(path)
    vault = Vault.load(slot_file_for(path))
    member_id, key = vault.unlock_member(member_name, passphrase)
    return _open(path, vault, key, member_id, exclusive, clock)


def unlock_with_key(
    path: Path, member_id: int, key: bytes, *, exclusive: bool = False, clock: Clock | None = None
) -> TeamSession:
    """Open with a data key already in hand (re-opening after an auto-lock, tests)."""
    path = Path(path)
    return _open(path, Vault.load(slot_file_for(path)), key, member_id, exclusive, clock)


def unlock_remembered(
    path: Path,
    member_name: str,
    *,
    backend: Any | None = None,
    exclusive: bool = False,
    clock: Clock | None = None,
) -> TeamSession | None:
    """Open with this workstation's keyring slot, or None when nothing is remembered."""
    path = Path(path)
    vault = Vault.load(slot_file_for(path))
    slot = vault.member_slot(member_name)
    assert slot.member_id is not None
    key = keyring_slot.recall(vault, slot.member_id, backend)
    if key is None:
        return None
    return _open(path, vault, key, slot.member_id, exclusive, clock)


@dataclass(frozen=True)
class Recovered:
    team: TeamSession
    new_recovery_code: str


def recover(
    path: Path,
    recovery_code: str,
    member_name: str,
    new_passphrase: str,
    *,
    exclusive: bool = False,
    clock: Clock | None = None,
) -> Recovered:
    """Set a new passphrase for a member with the recovery code, which is then replaced."""
    path = Path(path)
    vault = Vault.load(slot_file_for(path))
    key = vault.unlock_recovery(recovery_code)
    slot = vault.member_slot(member_name)
    problems = Problems()
    problems.items.extend(passphrase_rules.problems(new_passphrase, member_name=slot.label))
    problems.raise_if_any()
    assert slot.member_id is not None
    team = _open(path, vault, key, slot.member_id, exclusive, clock)
    vault.set_member_secret(slot.member_id, slot.label, new_passphrase, key)
    new_code = vault.set_recovery_code(key)
    with team.unit_of_work() as uow:
        uow.log(AuditEvent(AuditAction.ADMIN, detail="passphrase reset with recovery code"))
    return Recovered(team, new_code)


# --- the workstation slot ----------------------------------------------------------------


def remember_on_workstation(team: TeamSession, backend: Any | None = None) -> None:
    keyring_slot.remember(team.store.vault, team.actor.member_id, team.store.data_key, backend)
    with team.unit_of_work() as uow:
        uow.log(AuditEvent(AuditAction.ADMIN, detail="remembered on workstation"))


def forget_on_workstation(team: TeamSession, backend: Any | None = None) -> None:
    keyring_slot.forget(team.store.vault, team.actor.member_id, backend)


def is_remembered_here(team: TeamSession) -> bool:
    return keyring_slot.is_remembered(team.store.vault, team.actor.member_id)


# --- members ---------------------------------------------------------------------------


def list_members(uow: UnitOfWork, *, include_inactive: bool = False) -> list[MemberRow]:
    stmt = select(Member).order_by(Member.name)
    if not include_inactive:
        stmt = stmt.where(Member.active.is_(True))
    return [_row(m) for m in uow.session.scalars(stmt)]


def _member(uow: UnitOfWork, member_id: int) -> Member:
    member = uow.session.get(Member, member_id)
    if member is None or not member.active:
        raise NotFound("Dit teamlid bestaat niet (meer).", "This team member does not exist.")
    return member


def _keep_an_administrator(uow: UnitOfWork, leaving: Member) -> None:
    if leaving.role != Role.BEHEERDER:
        return
    others = uow.session.scalar(
        select(func.count())
        .select_from(Member)
        .where(Member.role == Role.BEHEERDER, Member.active.is_(True), Member.id != leaving.id)
    )
    if not others:
        raise NotAllowed(
            "Er moet altijd minstens één beheerder blijven.",
            "There must always be at least one administrator.",
        )


def add_member(uow: UnitOfWork, name: str, role: Role, passphrase: str) -> MemberRow:
    """A new member with their own passphrase slot."""
    uow.require(Permission.MEMBERS_MANAGE)
    problems = Problems()
    _check_new_member(problems, name, passphrase)
    clean = " ".join(name.split())
    if clean and uow.session.scalar(select(Member).where(Member.name_key == name_key(clean))):
        problems.add(
            "name", "Er is al een teamlid met deze naam.", "A member with this name exists."
        )
    problems.raise_if_any()
    member = Member(name=clean, name_key=name_key(clean), role=role, active=True)
    uow.session.add(member)
    uow.session.flush()
    vault = uow.store.vault
    vault.set_member_secret(member.id, clean, passphrase, uow.store.data_key)
    member_id = member.id

    def forget_slot() -> None:
        vault.remove_member(member_id)

    uow.on_rollback(forget_slot)
    uow.log(AuditEvent(AuditAction.ADMIN, detail=f"member {member.id} added as {role}"))
    return _row(member)


def remove_member(uow: UnitOfWork, member_id: int, *, backend: Any | None = None) -> None:
    """The member's slots go; the row stays, marked inactive, for the access log."""
    uow.require(Permission.MEMBERS_MANAGE)
    member = _member(uow, member_id)
    if member.id == uow.actor.member_id:
        raise NotAllowed("U kunt uzelf niet verwijderen.", "You cannot remove yourself.")
    _keep_an_administrator(uow, member)
    member.active = False
    member.removed_at = uow.clock.now()
    # Freeing the name lets a later member use it; the old row keeps its history.
    member.name_key = f"{member.name_key}#removed-{member.id}"
    uow.session.flush()
    uow.log(AuditEvent(AuditAction.ADMIN, detail=f"member {member.id} removed"))
    vault, member_id = uow.store.vault, member.id

    def destroy_slots() -> None:
        # After the commit: should this fail, the member is already inactive and cannot
        # open the database with a slot that was left behind (unlock checks `active`).
        for slot in vault.remove_member(member_id):
            if slot.keyring_username:
                keyring_slot.delete_secret(slot.keyring_username, backend)

    uow.after_commit(destroy_slots)


def change_role(uow: UnitOfWork, member_id: int, role: Role) -> MemberRow:
    uow.require(Permission.MEMBERS_MANAGE)
    member = _member(uow, member_id)
    if role != Role.BEHEERDER:
        _keep_an_administrator(uow, member)
    old = member.role
    member.role = role
    uow.log(AuditEvent(AuditAction.ADMIN, detail=f"member {member.id} role {old} -> {role}"))
    return _row(member)


def reset_passphrase(uow: UnitOfWork, member_id: int, new_passphrase: str) -> None:
    """An administrator gives a member a new passphrase (the member changes it later)."""
    uow.require(Permission.MEMBERS_MANAGE)
    member = _member(uow, member_id)
    problems = Problems()
    problems.items.extend(passphrase_rules.problems(new_passphrase, member_name=member.name))
    problems.raise_if_any()
    uow.store.vault.set_member_secret(member.id, member.name, new_passphrase, uow.store.data_key)
    uow.log(AuditEvent(AuditAction.ADMIN, detail=f"member {member.id} passphrase reset"))


def change_passphrase(
    path: Path, member_name: str, old_passphrase: str, new_passphrase: str
) -> None:
    """A member changes their own passphrase: one slot is rewrapped, the database is not
    opened, so not one byte of it changes (and a locked or busy database does not matter)."""
    vault = Vault.load(slot_file_for(Path(path)))
    slot = vault.member_slot(member_name)
    try:
        member_id, key = vault.unlock_member(member_name, old_passphrase)
    except WrongPassphrase:
        raise ValidationError(
            [
                FieldProblem(
                    "old_passphrase",
                    "Het huidige wachtwoord klopt niet.",
                    "The current passphrase is wrong.",
                )
            ]
        ) from None
    problems = Problems()
    problems.items.extend(
        passphrase_rules.problems(new_passphrase, member_name=slot.label, field="new_passphrase")
    )
    problems.raise_if_any()
    vault.set_member_secret(member_id, slot.label, new_passphrase, key)
