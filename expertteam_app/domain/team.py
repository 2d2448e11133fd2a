"""The team and its reference data: settings, regions, municipalities, providers, members."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from expertteam_app.domain.base import Base, UTCDateTime, enum_type, utc_now
from expertteam_app.domain.enums import ListKind, Role


class TeamSetting(Base):
    """One typed setting (see services.settings for the registry), stored as JSON text."""

    __tablename__ = "team_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class Region(Base):
    """A jeugdregio."""

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)


class Municipality(Base):
    __tablename__ = "municipality"

    cbs_code: Mapped[str] = mapped_column(String(6), primary_key=True)  # GM0363
    name: Mapped[str] = mapped_column(String(120), index=True)
    province: Mapped[str] = mapped_column(String(40), default="")
    region_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ManagedListItem(Base):
    """An item of a list the team manages (problem areas, bottlenecks, kinds of care)."""

    __tablename__ = "managed_list_item"
    __table_args__ = (UniqueConstraint("kind", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[ListKind] = mapped_column(enum_type(ListKind), index=True)
    code: Mapped[str] = mapped_column(String(48))
    label: Mapped[str] = mapped_column(String(120))
    label_en: Mapped[str] = mapped_column(String(120), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


provider_offer = Table(
    "provider_offer",
    Base.metadata,
    Column("provider_id", ForeignKey("provider.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("managed_list_item.id"), primary_key=True),
)


class Provider(Base):
    """A youth-care provider on the sociale kaart."""

    __tablename__ = "provider"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(160), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The sociale kaart: for whom, where, and how long the wait is now.
    address: Mapped[str] = mapped_column(Text, default="")  # postal, for advice letters
    website: Mapped[str] = mapped_column(String(200), default="")
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    region_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"))  # None: national
    wait_weeks: Mapped[int | None] = mapped_column(Integer)
    capacity_note: Mapped[str] = mapped_column(String(200), default="")

    offers: Mapped[list[ManagedListItem]] = relationship(secondary=provider_offer)


class Member(Base):
    """A team member. Rows stay when a member leaves: the access log refers to them."""

    __tablename__ = "member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), unique=True)  # casefolded, for login
    role: Mapped[Role] = mapped_column(enum_type(Role, 16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
