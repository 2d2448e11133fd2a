"""The case register: a case, its young person, household, care history and consent."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from expertteam_app.domain.base import Base, UTCDateTime, enum_type, utc_now
from expertteam_app.domain.enums import (
    CaseStatus,
    ConsentParty,
    ConsentScope,
    Gender,
    ReferrerType,
    Relation,
    SuspensionReason,
    Urgency,
)
from expertteam_app.domain.team import ManagedListItem

case_problem_area = Table(
    "case_problem_area",
    Base.metadata,
    Column("case_id", ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("managed_list_item.id"), primary_key=True, index=True),
)

case_bottleneck = Table(
    "case_bottleneck",
    Base.metadata,
    Column("case_id", ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("managed_list_item.id"), primary_key=True, index=True),
)


class YoungPerson(Base):
    """The jeugdige the case is about (one per case; a re-registration is a new case)."""

    __tablename__ = "young_person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    name_prefix: Mapped[str] = mapped_column(String(20), default="")  # tussenvoegsel
    last_name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(240))  # folded, for duplicate checks
    sort_name: Mapped[str] = mapped_column(String(240), index=True)  # "berg, daan van der"
    date_of_birth: Mapped[date] = mapped_column(Date, index=True)
    bsn: Mapped[str | None] = mapped_column(String(9), index=True)
    gender: Mapped[Gender] = mapped_column(enum_type(Gender, 16))
    is_test_data: Mapped[bool] = mapped_column(Boolean, default=False)


class Case(Base):
    __tablename__ = "case_file"  # "case" is an SQL keyword
    __table_args__ = (
        Index("ix_case_file_registered", "registered_on", "id"),
        Index("ix_case_file_status_registered", "status", "registered_on", "id"),
        # The work list walks the cases of a status in id order (its look-ups then land
        # near each other) and reads owner and registration date here, not in the rows.
        Index("ix_case_file_status_case", "status", "id", "owner_id", "registered_on"),
        # Monitoring (migration 0006): registrations per day, place and referrer, and the
        # closed cases per closing date, read from these indexes without the wide rows.
        Index(
            "ix_case_file_registered_place",
            "registered_on",
            "residence_municipality_code",
            "referrer_type",
            "id",
        ),
        Index(
            "ix_case_file_closed",
            "status",
            "closed_on",
            "closing_result_id",
            "residence_municipality_code",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    registered_on: Mapped[date] = mapped_column(Date)
    status: Mapped[CaseStatus] = mapped_column(enum_type(CaseStatus, 24))
    urgency: Mapped[Urgency] = mapped_column(enum_type(Urgency, 16), default=Urgency.REGULAR)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_person.id"), unique=True)
    residence_municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), index=True
    )
    funding_municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.cbs_code"), index=True
    )
    referrer_type: Mapped[ReferrerType] = mapped_column(enum_type(ReferrerType, 32))
    referrer_organisation: Mapped[str] = mapped_column(String(160), default="")
    referrer_contact_name: Mapped[str] = mapped_column(String(120), default="")
    referrer_contact_phone: Mapped[str] = mapped_column(String(40), default="")
    referrer_contact_email: Mapped[str] = mapped_column(String(160), default="")
    school_name: Mapped[str] = mapped_column(String(160), default="")  # school or day activity
    question: Mapped[str] = mapped_column(Text, default="")  # hulpvraag
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    # Kept from a register imported from Excel, before the advice module existed.
    imported_advice_on: Mapped[date | None] = mapped_column(Date)
    imported_advice_text: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    closing_result: Mapped[str] = mapped_column(Text, default="")  # the closing note
    # The result from the team's managed list (ListKind.CLOSING_RESULT); None before 0004.
    closing_result_id: Mapped[int | None] = mapped_column(ForeignKey("managed_list_item.id"))
    reflection: Mapped[str] = mapped_column(Text, default="")
    is_test_data: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's API

    young_person: Mapped[YoungPerson] = relationship(lazy="joined")
    household: Mapped[list[HouseholdMember]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="HouseholdMember.id"
    )
    care_history: Mapped[list[CareHistoryItem]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CareHistoryItem.id"
    )
    consents: Mapped[list[ConsentRecord]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ConsentRecord.id"
    )
    problem_areas: Mapped[list[ManagedListItem]] = relationship(secondary=case_problem_area)
    bottlenecks: Mapped[list[ManagedListItem]] = relationship(secondary=case_bottleneck)
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="StatusChange.id"
    )
    suspensions: Mapped[list[Suspension]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Suspension.id"
    )


class HouseholdMember(Base):
    __tablename__ = "household_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    relation: Mapped[Relation] = mapped_column(enum_type(Relation, 24))
    first_name: Mapped[str] = mapped_column(String(80), default="")
    name_prefix: Mapped[str] = mapped_column(String(20), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    has_custody: Mapped[bool] = mapped_column(Boolean, default=False)  # gezag
    lives_in_household: Mapped[bool] = mapped_column(Boolean, default=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(160), default="")

    case: Mapped[Case] = relationship(back_populates="household")


class CareHistoryItem(Base):
    """Care tried so far (hulpgeschiedenis)."""

    __tablename__ = "care_history_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("provider.id"))
    provider_name: Mapped[str] = mapped_column(String(160), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")  # the provider's person
    description: Mapped[str] = mapped_column(Text, default="")
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="care_history")


class ConsentRecord(Base):
    __tablename__ = "consent_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    party: Mapped[ConsentParty] = mapped_column(enum_type(ConsentParty, 16))
    household_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("household_member.id", ondelete="CASCADE")
    )
    scope: Mapped[ConsentScope] = mapped_column(enum_type(ConsentScope, 16))
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))

    case: Mapped[Case] = relationship(back_populates="consents")


class StatusChange(Base):
    """Every move in the lifecycle, with who, when and why; lead times are read from it."""

    __tablename__ = "status_change"
    __table_args__ = (
        # Monitoring's intake decisions by date (migration 0006), without the rows.
        Index("ix_status_change_intake", "to_status", "changed_on", "from_status", "case_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[CaseStatus | None] = mapped_column(enum_type(CaseStatus, 24))
    to_status: Mapped[CaseStatus] = mapped_column(enum_type(CaseStatus, 24))
    changed_on: Mapped[date] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    reason: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="status_changes")


class Suspension(Base):
    """A pause of the lead-time clock (waiting for consent or information)."""

    __tablename__ = "suspension"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    reason_kind: Mapped[SuspensionReason] = mapped_column(enum_type(SuspensionReason, 32))
    reason: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))

    case: Mapped[Case] = relationship(back_populates="suspensions")


class ReferenceCounter(Base):
    """The last number handed out per registration year (ET-2026-0001, ...)."""

    __tablename__ = "reference_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class CaseRevision(Base):
    """The case as it was before a save: what "undo last save" puts back."""

    __tablename__ = "case_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    replaced_version: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    changed_fields: Mapped[str] = mapped_column(Text, default="")
    snapshot_json: Mapped[str] = mapped_column(Text)
