"""Follow-up (opvolging) of an issued advice: per care item the provider's answer, the
start, a dated timeline and the end; per goal its evaluations; from 16.5 years the "big
five" checklist for the transition at 18.

Follow-up hangs on the care items and goals of an issued advice, which are frozen. When a
new version is issued, the follow-up of a care item (same kind, same provider) or a goal
(same description) that carries on is re-pointed to the new version's row
(services.carry_over), so the story of that care line is not cut in two.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from expertteam_app.domain.base import Base, UTCDateTime, enum_type, utc_now
from expertteam_app.domain.enums import (
    BigFiveArea,
    BigFiveStatus,
    CareAnswer,
    CareUpdateKind,
    GoalOutcome,
)


class CareItemFollowUp(Base):
    """What happened to one advised care item (one row per care item, made on first use)."""

    __tablename__ = "care_item_follow_up"
    __table_args__ = (
        Index("ix_care_item_follow_up_case_started", "case_id", "started_on"),
        # Has the item started, ended, been answered: the work list reads only this index.
        Index(
            "ix_care_item_follow_up_item_state", "care_item_id", "started_on", "ended_on", "answer"
        ),
        # Monitoring's starts in a period (migration 0006).
        Index("ix_care_item_follow_up_started", "started_on", "case_id", "care_item_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    care_item_id: Mapped[int] = mapped_column(
        ForeignKey("advice_care_item.id", ondelete="CASCADE"), unique=True
    )
    answer: Mapped[CareAnswer | None] = mapped_column(enum_type(CareAnswer, 16))
    answered_on: Mapped[date | None] = mapped_column(Date)
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - SQLAlchemy's API

    updates: Mapped[list[CareItemUpdate]] = relationship(
        back_populates="follow_up",
        cascade="all, delete-orphan",
        order_by="(CareItemUpdate.written_on, CareItemUpdate.id)",
    )


class CareItemUpdate(Base):
    """One dated line on a care item's timeline: who wrote what, or which fact was recorded."""

    __tablename__ = "care_item_update"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("care_item_follow_up.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[CareUpdateKind] = mapped_column(enum_type(CareUpdateKind, 16))
    written_on: Mapped[date] = mapped_column(Date)  # the date the update is about
    text: Mapped[str] = mapped_column(Text, default="")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    follow_up: Mapped[CareItemFollowUp] = relationship(back_populates="updates")


class GoalEvaluation(Base):
    """An evaluation of a feasible goal on one of its moments."""

    __tablename__ = "goal_evaluation"
    __table_args__ = (
        Index("ix_goal_evaluation_goal_evaluated", "goal_id", "evaluated_on"),
        # Monitoring's evaluations in a period (migration 0006).
        Index("ix_goal_evaluation_evaluated", "evaluated_on", "goal_id", "outcome", "case_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("advice_goal.id", ondelete="CASCADE"), index=True
    )
    evaluated_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[GoalOutcome] = mapped_column(enum_type(GoalOutcome, 16))
    note: Mapped[str] = mapped_column(Text, default="")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class TransitionCheck(Base):
    """One of the "big five" for a young person nearing 18 (checklist on the case)."""

    __tablename__ = "transition_check"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True
    )
    area: Mapped[BigFiveArea] = mapped_column(enum_type(BigFiveArea, 16), primary_key=True)
    status: Mapped[BigFiveStatus] = mapped_column(enum_type(BigFiveStatus, 16))
    note: Mapped[str] = mapped_column(String(400), default="")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
