"""Looking back on a case (retrospective) and the learning tables that discuss it anonymised."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from expertteam_app.domain.base import Base, UTCDateTime, utc_now

# Themes a case is discussed under at learning tables (ListKind.THEME items).
case_theme = Table(
    "case_theme",
    Base.metadata,
    Column("case_id", ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("managed_list_item.id"), primary_key=True, index=True),
)


class CaseRetrospective(Base):
    """The team's look back at one case: how it arose, what it learned ("met de kennis van nu")."""

    __tablename__ = "case_retrospective"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True
    )
    how_it_arose: Mapped[str] = mapped_column(Text, default="")
    reflections: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)


class RetrospectiveDecision(Base):
    """A decision point on the case's timeline: what was decided, and by whom in role terms."""

    __tablename__ = "retrospective_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by_role: Mapped[str] = mapped_column(String(120), default="")  # "wijkteam", ...
    decision: Mapped[str] = mapped_column(Text)
    consequence: Mapped[str] = mapped_column(Text, default="")


class RetrospectiveBottleneck(Base):
    """What went wrong where: a bottleneck category and the point in the chain it hit."""

    __tablename__ = "retrospective_bottleneck"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    bottleneck_id: Mapped[int] = mapped_column(ForeignKey("managed_list_item.id"))
    where_in_chain: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class LearningSession(Base):
    """A learning table (leertafel): a date, a title and the cases it looks back at."""

    __tablename__ = "learning_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    last_exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LearningSummary(Base):
    """One case's anonymised summary for one session, as built, redacted and approved.

    `content_json` holds the generalised fields and the scrubbed texts with their
    replacements (so the reviewer sees what was replaced); `redactions_json` the extra
    phrases a person redacted by hand. Rebuilding a summary withdraws its approval.
    """

    __tablename__ = "learning_summary"
    __table_args__ = (UniqueConstraint("session_id", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("learning_session.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(20))  # "Casus A": never the case reference
    position: Mapped[int] = mapped_column(Integer)
    content_json: Mapped[str] = mapped_column(Text, default="")
    redactions_json: Mapped[str] = mapped_column(Text, default="[]")
    built_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
