"""The access log (NEN 7513): append-only, hash-chained."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from expertteam_app.domain.base import Base, UTCDateTime, enum_type
from expertteam_app.domain.enums import AuditAction, AuditOutcome, Role


class AccessLogEntry(Base):
    """One access: who (member and role), when, which client, what action, from where.

    Case and person are plain columns, not foreign keys: the log outlives a destroyed file.
    `entry_hash` = HMAC over the canonical entry and the previous entry's hash; database
    triggers refuse UPDATE and DELETE, and `audit verify` recomputes the chain.
    """

    __tablename__ = "access_log"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's API

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction, 16))
    outcome: Mapped[AuditOutcome] = mapped_column(enum_type(AuditOutcome, 16))
    member_id: Mapped[int | None] = mapped_column(Integer)
    member_name: Mapped[str] = mapped_column(String(120))
    member_role: Mapped[Role | None] = mapped_column(enum_type(Role, 16))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    case_reference: Mapped[str] = mapped_column(String(32), default="")
    person_id: Mapped[int | None] = mapped_column(Integer)
    workstation: Mapped[str] = mapped_column(String(120))
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
