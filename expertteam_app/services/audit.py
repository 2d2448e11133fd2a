"""The access log after NEN 7513: writing entries, reading them, verifying the chain.

Each entry's hash is an HMAC (key derived from the data key) over the entry's own fields,
its sequence number and the previous entry's hash. An edited, deleted, inserted or
reordered entry breaks the chain; deleting the newest entries is caught by comparing the
last id with SQLite's autoincrement counter. Database triggers refuse UPDATE and DELETE on
the table, so changing the log takes a deliberate act that `verify` then exposes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.enums import AuditAction, AuditOutcome, Role

GENESIS = "0" * 64


def chain_key(data_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"expertteam access log chain v1"
    ).derive(data_key)


@dataclass(frozen=True)
class AuditEvent:
    """What a service wants logged; the writer adds time, sequence and chain."""

    action: AuditAction
    outcome: AuditOutcome = AuditOutcome.SUCCESS
    case_id: int | None = None
    case_reference: str = ""
    person_id: int | None = None
    detail: str = ""


def _canonical(entry: AccessLogEntry) -> bytes:
    fields = [
        entry.id,
        entry.event_id,
        entry.occurred_at.isoformat(timespec="microseconds"),
        str(entry.action),
        str(entry.outcome),
        entry.member_id,
        entry.member_name,
        None if entry.member_role is None else str(entry.member_role),
        entry.case_id,
        entry.case_reference,
        entry.person_id,
        entry.workstation,
        entry.detail,
        entry.prev_hash,
    ]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _digest(key: bytes, entry: AccessLogEntry) -> str:
    return hmac.new(key, _canonical(entry), hashlib.sha256).hexdigest()


class AuditWriter:
    """Appends entries within one transaction, keeping the chain head in memory."""

    def __init__(self, session: Session, key: bytes) -> None:
        self._session = session
        self._key = key
        self._head: tuple[int, str] | None = None

    def _load_head(self) -> tuple[int, str]:
        if self._head is None:
            seq = self._session.execute(
                text("SELECT seq FROM sqlite_sequence WHERE name = 'access_log'")
            ).scalar_one_or_none()
            last = self._session.execute(
                select(AccessLogEntry.id, AccessLogEntry.entry_hash)
                .order_by(AccessLogEntry.id.desc())
                .limit(1)
            ).one_or_none()
            last_id = int(seq or 0)
            last_hash = last.entry_hash if last is not None else GENESIS
            self._head = (last_id, last_hash)
        return self._head

    def write(
        self,
        event: AuditEvent,
        *,
        member_id: int | None,
        member_name: str,
        member_role: Role | None,
        workstation: str,
        at: datetime,
    ) -> AccessLogEntry:
        last_id, last_hash = self._load_head()
        entry = AccessLogEntry(
            id=last_id + 1,
            event_id=str(uuid.uuid4()),
            occurred_at=at,
            action=event.action,
            outcome=event.outcome,
            member_id=member_id,
            member_name=member_name,
            member_role=member_role,
            case_id=event.case_id,
            case_reference=event.case_reference,
            person_id=event.person_id,
            workstation=workstation,
            detail=event.detail,
            prev_hash=last_hash,
        )
        entry.entry_hash = _digest(self._key, entry)
        # A Core insert: the entry is written now, without joining the ORM's unit of work
        # (an import writes thousands of these).
        self._session.execute(
            insert(AccessLogEntry),
            [{c.key: getattr(entry, c.key) for c in AccessLogEntry.__mapper__.column_attrs}],
        )
        self._head = (entry.id, entry.entry_hash)
        return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    problem_nl: str = ""
    problem_en: str = ""


def verify_chain(session: Session, key: bytes) -> ChainReport:
    """Recompute the whole chain; the first break is reported."""
    expected_prev = GENESIS
    expected_id = 1
    count = 0
    for entry in session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)).yield_per(
        2000
    ):
        if entry.id != expected_id:
            return ChainReport(
                False,
                count,
                entry.id,
                f"regel(s) vóór nummer {entry.id} ontbreken (verwacht {expected_id})",
                f"entries before number {entry.id} are missing (expected {expected_id})",
            )
        if entry.prev_hash != expected_prev:
            return ChainReport(
                False,
                count,
                entry.id,
                f"regel {entry.id} sluit niet aan op de vorige regel",
                f"entry {entry.id} does not follow on from the previous entry",
            )
        if not hmac.compare_digest(entry.entry_hash, _digest(key, entry)):
            return ChainReport(
                False,
                count,
                entry.id,
                f"regel {entry.id} is gewijzigd na het vastleggen",
                f"entry {entry.id} was changed after it was written",
            )
        expected_prev = entry.entry_hash
        expected_id += 1
        count += 1
    seq = session.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = 'access_log'")
    ).scalar_one_or_none()
    if int(seq or 0) != count:
        return ChainReport(
            False,
            count,
            count + 1,
            f"de laatste {int(seq or 0) - count} regel(s) zijn verwijderd",
            f"the last {int(seq or 0) - count} entries were deleted",
        )
    triggers = set(
        session.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'access_log'"
            )
        ).scalars()
    )
    if {"access_log_no_update", "access_log_no_delete"} - triggers:
        return ChainReport(
            False,
            count,
            None,
            "de beveiliging tegen wijzigen van het logboek is verwijderd",
            "the guard against changing the log has been removed",
        )
    return ChainReport(True, count)


@dataclass(frozen=True)
class AccessLogRow:
    id: int
    occurred_at: datetime
    action: AuditAction
    outcome: AuditOutcome
    member_name: str
    member_role: Role | None
    case_reference: str
    workstation: str
    detail: str


def _row(e: AccessLogEntry) -> AccessLogRow:
    return AccessLogRow(
        e.id,
        e.occurred_at,
        e.action,
        e.outcome,
        e.member_name,
        e.member_role,
        e.case_reference,
        e.workstation,
        e.detail,
    )


def entries_for_case(session: Session, case_id: int, limit: int = 500) -> list[AccessLogRow]:
    rows = session.scalars(
        select(AccessLogEntry)
        .where(AccessLogEntry.case_id == case_id)
        .order_by(AccessLogEntry.id.desc())
        .limit(limit)
    )
    return [_row(e) for e in rows]


def recent_entries(session: Session, limit: int = 200) -> list[AccessLogRow]:
    rows = session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(limit))
    return [_row(e) for e in rows]
