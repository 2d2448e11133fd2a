"""Documents that leave the database: the advice letter and a meeting's agenda and minutes.

The data is gathered here (roles checked, the access log written), the PDF is drawn by
`expertteam_app.reports` (reportlab, imported only when a document is made) and written
atomically. The PDF is made inside the unit of work: if drawing or writing fails, the
access-log entry rolls back with it, so the log never claims an export that did not happen.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from expertteam_app.domain import names
from expertteam_app.domain.enums import AuditAction, Role
from expertteam_app.domain.meeting import Meeting
from expertteam_app.domain.team import Member, Municipality, Region
from expertteam_app.services import meetings
from expertteam_app.services.advice import AdviceView, load_advice, views_of
from expertteam_app.services.cases import load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission
from expertteam_app.services.settings import TeamSettings, read_settings
from expertteam_app.store.atomic import atomic_writer

Progress = Callable[[int, int], None]  # done, total (the worker's JobContext.report)


@dataclass(frozen=True)
class Letterhead:
    team_name: str
    region_name: str
    address: str
    contact: str
    logo: bytes | None  # PNG or JPEG


@dataclass(frozen=True)
class AdviceLetter:
    """Everything the advice letter shows; nothing else about the case leaves."""

    letterhead: Letterhead
    letter_date: date
    reference: str  # the case reference and version: ET-2026-0007 / versie 2
    is_draft: bool  # a draft prints with "CONCEPT" across every page
    young_person_name: str
    date_of_birth: date
    bsn: str | None  # only where the team setting allows it
    residence_municipality: str
    advice: AdviceView
    meeting_date: date | None
    chair_name: str
    objection_route: str


@dataclass(frozen=True)
class MeetingDocument:
    letterhead: Letterhead
    meeting: meetings.MeetingView


class MeetingDocumentKind(StrEnum):
    AGENDA = "agenda"
    MINUTES = "minutes"


def letterhead(uow: UnitOfWork, settings: TeamSettings | None = None) -> Letterhead:
    settings = settings or read_settings(uow)
    region = uow.session.get(Region, settings.region_code) if settings.region_code else None
    logo = base64.b64decode(settings.letter_logo_b64) if settings.letter_logo_b64 else None
    return Letterhead(
        settings.team_name,
        region.name if region is not None else "",
        settings.letter_address,
        settings.letter_contact,
        logo,
    )


def advice_letter(uow: UnitOfWork, advice_id: int) -> AdviceLetter:
    """The letter's content. Exporting it is what the access log records."""
    advice = load_advice(uow.session, advice_id)
    case = load_case(uow.session, advice.case_id)
    uow.require_case(Permission.CASE_EXPORT, case)
    settings = read_settings(uow)
    view = views_of(uow.session, case, [advice])[0]
    person = case.young_person
    residence = (
        uow.session.get(Municipality, case.residence_municipality_code)
        if case.residence_municipality_code
        else None
    )
    meeting = uow.session.get(Meeting, advice.meeting_id) if advice.meeting_id else None
    chair_id = advice.issued_by_id or (meeting.chair_id if meeting else None)
    chair = uow.session.get(Member, chair_id) if chair_id else None
    if chair is None:
        chair = uow.session.scalar(
            select(Member).where(Member.active, Member.role == Role.VOORZITTER).order_by(Member.id)
        )
    return AdviceLetter(
        letterhead=letterhead(uow, settings),
        letter_date=advice.issued_on or uow.clock.today(),
        reference=f"{case.reference} / versie {advice.number}",
        is_draft=advice.issued_at is None,
        young_person_name=names.display_name(
            person.first_name, person.name_prefix, person.last_name
        ),
        date_of_birth=person.date_of_birth,
        bsn=(person.bsn or None) if settings.bsn_in_letters else None,
        residence_municipality=residence.name if residence is not None else "",
        advice=view,
        meeting_date=meeting.starts_at.date() if meeting is not None else None,
        chair_name=chair.name if chair is not None else "",
        objection_route=settings.objection_route,
    )


def export_advice_letter(
    uow: UnitOfWork, advice_id: int, target: Path, progress: Progress | None = None
) -> Path:
    """Write the advice letter as PDF to `target` (atomically) and log the export."""
    from expertteam_app.reports import advice_letter as report

    letter = advice_letter(uow, advice_id)
    data = report.build(letter, progress=progress)
    with atomic_writer(target) as handle:
        handle.write(data)
    uow.log_case(
        AuditAction.EXPORT,
        load_case(uow.session, letter.advice.case_id),  # already in the session: no query
        f"advice letter v{letter.advice.number}" + (" (draft)" if letter.is_draft else ""),
    )
    return target


def meeting_document(
    uow: UnitOfWork, meeting_id: int, kind: MeetingDocumentKind
) -> MeetingDocument:
    view = meetings.meeting_for_print(uow, meeting_id, str(kind))  # logs a print per case
    return MeetingDocument(letterhead(uow), view)


def export_meeting_document(
    uow: UnitOfWork,
    meeting_id: int,
    kind: MeetingDocumentKind,
    target: Path,
    progress: Progress | None = None,
) -> Path:
    """Write the agenda or the minutes of a meeting as PDF to `target` (atomically)."""
    from expertteam_app.reports import meeting_documents as report

    document = meeting_document(uow, meeting_id, kind)
    build = report.build_agenda if kind == MeetingDocumentKind.AGENDA else report.build_minutes
    data = build(document, progress=progress)
    with atomic_writer(target) as handle:
        handle.write(data)
    return target
