"""Meetings (overleg): who sits at the table, the ordered agenda of cases, the minutes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from expertteam_app.domain.base import Base, UTCDateTime, enum_type, utc_now
from expertteam_app.domain.enums import GuestRole

meeting_attendee = Table(
    "meeting_attendee",
    Base.metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("member.id"), primary_key=True),
)


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Wall-clock time where the team meets (the Netherlands), not an instant: a meeting
    # planned for 14:00 stays at 14:00 whatever the laptop's time zone.
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    title: Mapped[str] = mapped_column(String(160), default="")
    place: Mapped[str] = mapped_column(String(160), default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's API

    guests: Mapped[list[MeetingGuest]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingGuest.position"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )


class MeetingGuest(Base):
    """Someone from outside the team: the referrer, parents, the young person, ..."""

    __tablename__ = "meeting_guest"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(160))
    role: Mapped[GuestRole] = mapped_column(enum_type(GuestRole, 24))
    organisation: Mapped[str] = mapped_column(String(160), default="")
    # A guest who comes for one case only (the family of that case).
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"))

    meeting: Mapped[Meeting] = relationship(back_populates="guests")


class AgendaItem(Base):
    """One case on a meeting's agenda, with its preparation and its minutes."""

    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The explanatory analysis and the question for the table (verklarende analyse).
    preparation: Mapped[str] = mapped_column(Text, default="")
    discussion: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    minutes_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    minutes_updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    actions: Mapped[list[AgendaAction]] = relationship(
        back_populates="agenda_item",
        cascade="all, delete-orphan",
        order_by="AgendaAction.position",
    )


class AgendaAction(Base):
    """Who does what by when, agreed on a case in the meeting."""

    __tablename__ = "agenda_action"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    who: Mapped[str] = mapped_column(String(160), default="")
    what: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="actions")
