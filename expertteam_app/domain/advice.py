"""The binding advice (bindend advies): versions, advised care items, goals, addressees.

Once issued a version never changes: the service refuses, and triggers in the database
(migration 0003) refuse any UPDATE or DELETE of an issued advice and any change to its
care items, goals and addressees. A change is a new version with a reason.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from expertteam_app.domain.base import Base, Money, UTCDateTime, enum_type, utc_now
from expertteam_app.domain.enums import RecipientKind


class BindingAdvice(Base):
    __tablename__ = "binding_advice"
    __table_args__ = (
        UniqueConstraint("case_id", "number"),
        # The version in force per case, read by the work list without a table row.
        Index(
            "ix_binding_advice_issued",
            "case_id",
            "number",
            "issued_at",
            "issued_on",
            sqlite_where=text("issued_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # version 1, 2, ... per case
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    change_reason: Mapped[str] = mapped_column(Text, default="")  # from version 2 on
    rationale: Mapped[str] = mapped_column(Text, default="")
    case_director_name: Mapped[str] = mapped_column(String(160), default="")  # regiehouder
    case_director_organisation: Mapped[str] = mapped_column(String(160), default="")
    no_new_care: Mapped[bool] = mapped_column(Boolean, default=False)
    no_new_care_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    issued_on: Mapped[date | None] = mapped_column(Date)  # the advice date in the letter
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - SQLAlchemy's API

    care_items: Mapped[list[AdviceCareItem]] = relationship(
        back_populates="advice", cascade="all, delete-orphan", order_by="AdviceCareItem.position"
    )
    goals: Mapped[list[AdviceGoal]] = relationship(
        back_populates="advice", cascade="all, delete-orphan", order_by="AdviceGoal.position"
    )
    recipients: Mapped[list[AdviceRecipient]] = relationship(
        back_populates="advice", cascade="all, delete-orphan", order_by="AdviceRecipient.position"
    )


class AdviceCareItem(Base):
    """Advised care (adviesonderdeel): what, by whom, how much, from when, paid by whom."""

    __tablename__ = "advice_care_item"
    # The work list reads an advice's care items from this index alone.
    __table_args__ = (
        Index("ix_advice_care_item_advice_start", "advice_id", "latest_start", "provider_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    advice_id: Mapped[int] = mapped_column(
        ForeignKey("binding_advice.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    care_kind_id: Mapped[int] = mapped_column(ForeignKey("managed_list_item.id"))
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"), index=True)
    intensity: Mapped[str] = mapped_column(String(160), default="")
    latest_start: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    funding_municipality_code: Mapped[str] = mapped_column(
        ForeignKey("municipality.cbs_code"), index=True
    )
    expected_cost: Mapped[Decimal] = mapped_column(Money)

    advice: Mapped[BindingAdvice] = relationship(back_populates="care_items")


class AdviceGoal(Base):
    """A feasible goal (haalbaar doel)."""

    __tablename__ = "advice_goal"
    __table_args__ = (Index("ix_advice_goal_advice_evaluation", "advice_id", "evaluation_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    advice_id: Mapped[int] = mapped_column(
        ForeignKey("binding_advice.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")  # how it is measured
    target_date: Mapped[date] = mapped_column(Date)
    evaluation_date: Mapped[date] = mapped_column(Date)

    advice: Mapped[BindingAdvice] = relationship(back_populates="goals")


class AdviceRecipient(Base):
    """A party the advice goes to (an addressee of the letter)."""

    __tablename__ = "advice_recipient"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    advice_id: Mapped[int] = mapped_column(
        ForeignKey("binding_advice.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[RecipientKind] = mapped_column(enum_type(RecipientKind, 24))
    name: Mapped[str] = mapped_column(String(160))
    address: Mapped[str] = mapped_column(Text, default="")  # lines, as on an envelope

    advice: Mapped[BindingAdvice] = relationship(back_populates="recipients")
