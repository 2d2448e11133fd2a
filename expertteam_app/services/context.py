"""The unlocked team and its units of work.

A `TeamSession` is what unlocking gives: the open store, the member who unlocked it (the
actor), the workstation and a clock. Every service call runs inside one `UnitOfWork`,
opened by the caller (`with team.unit_of_work() as uow:`), which commits on a clean exit.
A refused action rolls the unit of work back and is then logged in a transaction of its
own, so the refusal is on record even though nothing else happened.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Protocol

from sqlalchemy.orm import Session

from expertteam_app.domain.enums import AuditAction, AuditOutcome, Role
from expertteam_app.errors import NotAllowed
from expertteam_app.services import audit
from expertteam_app.services.roles import DESCRIPTIONS, Permission, allows
from expertteam_app.store.team_store import TeamStore


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return date.today()


@dataclass(frozen=True)
class FixedClock:
    """A clock that stands still (tests, and imports that replay history)."""

    at: datetime

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()


@dataclass(frozen=True)
class Actor:
    member_id: int
    name: str
    role: Role


class Refused(NotAllowed):
    """NotAllowed carrying the access-log entry to write after rollback."""

    def __init__(self, nl: str, en: str, event: audit.AuditEvent) -> None:
        super().__init__(nl, en)
        self.event = event


@dataclass
class UnitOfWork:
    session: Session
    actor: Actor
    workstation: str
    clock: Clock
    store: TeamStore
    _audit: audit.AuditWriter
    _undo_on_rollback: list[Callable[[], None]] = field(default_factory=list)
    _after_commit: list[Callable[[], None]] = field(default_factory=list)

    def on_rollback(self, undo: Callable[[], None]) -> None:
        """Undo a side effect outside the database (a key slot) if the transaction fails."""
        self._undo_on_rollback.append(undo)

    def after_commit(self, action: Callable[[], None]) -> None:
        """Run something irreversible outside the database (destroying a key slot) only
        once the transaction that justifies it is committed."""
        self._after_commit.append(action)

    def log(self, event: audit.AuditEvent) -> None:
        self._audit.write(
            event,
            member_id=self.actor.member_id,
            member_name=self.actor.name,
            member_role=self.actor.role,
            workstation=self.workstation,
            at=self.clock.now(),
        )

    def require_case(self, permission: Permission, case: CaseRef) -> None:
        """`require` for an action on one case: a refusal names the case in the log."""
        self.require(
            permission,
            case_id=case.id,
            case_reference=case.reference,
            person_id=case.young_person_id,
        )

    def log_case(self, action: AuditAction, case: CaseRef, detail: str = "") -> None:
        """One access-log entry for `action` on `case`."""
        self.log(
            audit.AuditEvent(
                action,
                case_id=case.id,
                case_reference=case.reference,
                person_id=case.young_person_id,
                detail=detail,
            )
        )

    def require(
        self,
        permission: Permission,
        *,
        case_id: int | None = None,
        case_reference: str = "",
        person_id: int | None = None,
    ) -> None:
        """Go on if the actor's role allows `permission`; otherwise refuse and log it."""
        if allows(self.actor.role, permission):
            return
        what_nl, what_en = DESCRIPTIONS[permission]
        raise Refused(
            f"Als {self.actor.role.label('nl').lower()} mag u niet {what_nl}.",
            f"As {self.actor.role.label('en').lower()} you may not {what_en}.",
            audit.AuditEvent(
                action=_action_for(permission),
                outcome=AuditOutcome.REFUSED,
                case_id=case_id,
                case_reference=case_reference,
                person_id=person_id,
                detail=str(permission),
            ),
        )


class CaseRef(Protocol):
    """What the access log needs of a case (the Case model has it)."""

    id: int
    reference: str
    young_person_id: int


def _action_for(permission: Permission) -> AuditAction:
    if permission in (Permission.CASE_READ, Permission.ACCESS_LOG_READ):
        return AuditAction.READ
    if permission == Permission.CASE_SEARCH:
        return AuditAction.SEARCH
    if permission == Permission.CASE_REGISTER:
        return AuditAction.CREATE
    if permission == Permission.CASE_PRINT:
        return AuditAction.PRINT
    if permission == Permission.CASE_EXPORT:
        return AuditAction.EXPORT
    if permission.value.startswith(("case.", "advice.", "meeting.")):
        return AuditAction.CHANGE
    return AuditAction.ADMIN


@dataclass
class TeamSession:
    store: TeamStore
    actor: Actor
    workstation: str
    clock: Clock = field(default_factory=SystemClock)
    _chain_key: bytes = field(default=b"", repr=False)

    def __post_init__(self) -> None:
        self._chain_key = audit.chain_key(self.store.data_key)

    def _uow(self, session: Session) -> UnitOfWork:
        return UnitOfWork(
            session=session,
            actor=self.actor,
            workstation=self.workstation,
            clock=self.clock,
            store=self.store,
            _audit=audit.AuditWriter(session, self._chain_key),
        )

    @contextlib.contextmanager
    def unit_of_work(self, *, write: bool = True) -> Iterator[UnitOfWork]:
        uow: UnitOfWork | None = None
        try:
            with self.store.session(write=write) as session:
                uow = self._uow(session)
                yield uow
        except BaseException as exc:
            if uow is not None:
                for undo in reversed(uow._undo_on_rollback):
                    undo()
            if isinstance(exc, Refused):
                with self.store.session(write=True) as session:
                    self._uow(session).log(exc.event)
            raise
        assert uow is not None
        for action in uow._after_commit:
            action()

    def chain_key(self) -> bytes:
        return self._chain_key

    def close(self) -> None:
        self.store.close()
