"""Escalation (opschaling) of a case the region cannot solve, and its return."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from expertteam_app.domain.base import Base, UTCDateTime, enum_type, utc_now
from expertteam_app.domain.enums import CaseStatus, EscalationLevel


class Escalation(Base):
    __tablename__ = "escalation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    level: Mapped[EscalationLevel] = mapped_column(enum_type(EscalationLevel, 24))
    escalated_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    to_whom: Mapped[str] = mapped_column(String(200))  # the body or person it went to
    from_status: Mapped[CaseStatus] = mapped_column(enum_type(CaseStatus, 24))
    returned_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    escalated_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    returned_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
