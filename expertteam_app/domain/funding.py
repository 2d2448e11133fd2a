"""Funding by municipalities (financieringstoezeggingen): per care item and municipality a
request, its decision with history, and disputes about who pays.

Amounts are `Decimal` euros stored as whole cents (`Money`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from expertteam_app.domain.base import Base, Money, UTCDateTime, enum_type, utc_now
from expertteam_app.domain.enums import DisputeSubject, FundingDecision


class FundingRequest(Base):
    """A request to a municipality to fund (part of) an advised care item."""

    __tablename__ = "funding_request"
    __table_args__ = (
        Index("ix_funding_request_decision_requested", "decision", "requested_on"),
        # The undecided requests, all the work list needs of them (a small, partial index).
        Index(
            "ix_funding_request_open",
            "case_id",
            "requested_on",
            "decision",
            "care_item_id",
            "municipality_code",
            sqlite_where=text("decision IN ('requested', 'disputed')"),
        ),
        # Monitoring's sums per municipality, in its order, without the rows (migration 0006).
        Index(
            "ix_funding_request_municipality_requested",
            "municipality_code",
            "requested_on",
            "requested_amount",
            "committed_amount",
            "case_id",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    care_item_id: Mapped[int] = mapped_column(
        ForeignKey("advice_care_item.id", ondelete="CASCADE"), index=True
    )
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.cbs_code"), index=True)
    requested_amount: Mapped[Decimal] = mapped_column(Money)
    requested_on: Mapped[date] = mapped_column(Date)
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[FundingDecision] = mapped_column(enum_type(FundingDecision, 16))
    decided_on: Mapped[date | None] = mapped_column(Date)
    committed_amount: Mapped[Decimal | None] = mapped_column(Money)
    decision_reference: Mapped[str] = mapped_column(String(80), default="")  # the municipality's
    documents: Mapped[str] = mapped_column(Text, default="")  # documents noted, one per line
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - SQLAlchemy's API

    events: Mapped[list[FundingEvent]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="FundingEvent.id"
    )
    disputes: Mapped[list[FundingDispute]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="FundingDispute.id"
    )


class FundingEvent(Base):
    """The history of a request: every decision recorded, as it was recorded."""

    __tablename__ = "funding_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("funding_request.id", ondelete="CASCADE"), index=True
    )
    decision: Mapped[FundingDecision] = mapped_column(enum_type(FundingDecision, 16))
    occurred_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    reference: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    request: Mapped[FundingRequest] = relationship(back_populates="events")


class FundingDispute(Base):
    """A dispute about a request: who disagrees, about what, and how it ended."""

    __tablename__ = "funding_dispute"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("funding_request.id", ondelete="CASCADE"), index=True
    )
    parties: Mapped[str] = mapped_column(Text)  # e.g. "Gemeente Utrecht, Gemeente Zeist"
    subject: Mapped[DisputeSubject] = mapped_column(enum_type(DisputeSubject, 24))
    subject_note: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))

    request: Mapped[FundingRequest] = relationship(back_populates="disputes")
