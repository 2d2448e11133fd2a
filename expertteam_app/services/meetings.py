"""Meetings (overleg): plan them, keep the agenda in step with the cases, keep minutes.

A case put on an agenda moves to `geagendeerd`; taken off its last agenda (before any
advice) it goes back to `in_behandeling`. Minutes are saved per agenda item as they are
typed (the window saves every few seconds), each save a committed unit of work, so a
crash loses at most the last seconds of typing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from expertteam_app.domain import names
from expertteam_app.domain.case import Case, YoungPerson
from expertteam_app.domain.enums import AuditAction, CaseStatus, GuestRole, Role
from expertteam_app.domain.meeting import (
    AgendaAction,
    AgendaItem,
    Meeting,
    MeetingGuest,
    meeting_attendee,
)
from expertteam_app.domain.team import Member
from expertteam_app.errors import FieldProblem, InvalidTransition, NotFound, Problems
from expertteam_app.errors import ValidationError as _ValidationError
from expertteam_app.services import lifecycle
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.cases import load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission

S = CaseStatus

# A case can be discussed from the moment it is admissible until it is closed; a case
# after its advice comes back to the table for a new version or for follow-up.
SCHEDULABLE = frozenset(
    {S.IN_BEHANDELING, S.GEAGENDEERD, S.ADVIES_UITGEBRACHT, S.IN_UITVOERING, S.OPGESCHAALD}
)

# --- input -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GuestInput:
    name: str
    role: GuestRole
    organisation: str = ""
    case_id: int | None = None  # comes for this case only


@dataclass(frozen=True)
class AgendaInput:
    case_id: int
    preparation: str = ""  # explanatory analysis and the question for the table


@dataclass
class MeetingInput:
    starts_at: datetime  # local wall-clock time
    place: str = ""
    title: str = ""
    chair_id: int | None = None
    attendee_ids: list[int] = field(default_factory=list)
    guests: list[GuestInput] = field(default_factory=list)
    agenda: list[AgendaInput] = field(default_factory=list)
    notes: str = ""


@dataclass(frozen=True)
class ActionInput:
    who: str
    what: str
    due_on: date | None = None


@dataclass(frozen=True)
class MinutesInput:
    discussion: str = ""
    agreements: str = ""
    actions: tuple[ActionInput, ...] = ()


# --- output ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberChoice:
    id: int
    name: str
    role: Role


@dataclass(frozen=True)
class GuestView:
    name: str
    role: GuestRole
    organisation: str
    case_id: int | None
    case_reference: str


@dataclass(frozen=True)
class AgendaItemView:
    id: int
    position: int
    case_id: int
    case_reference: str
    young_person_name: str
    case_status: CaseStatus
    preparation: str
    discussion: str
    agreements: str
    actions: tuple[ActionInput, ...]
    minutes_updated_at: datetime | None
    minutes_updated_by: str

    @property
    def has_minutes(self) -> bool:
        return bool(self.discussion.strip() or self.agreements.strip() or self.actions)


@dataclass(frozen=True)
class MeetingView:
    id: int
    version: int
    starts_at: datetime
    title: str
    place: str
    chair_id: int | None
    chair_name: str
    attendees: tuple[MemberChoice, ...]
    guests: tuple[GuestView, ...]
    agenda: tuple[AgendaItemView, ...]
    notes: str

    def to_input(self) -> MeetingInput:
        return MeetingInput(
            starts_at=self.starts_at,
            place=self.place,
            title=self.title,
            chair_id=self.chair_id,
            attendee_ids=[a.id for a in self.attendees],
            guests=[GuestInput(g.name, g.role, g.organisation, g.case_id) for g in self.guests],
            agenda=[AgendaInput(a.case_id, a.preparation) for a in self.agenda],
            notes=self.notes,
        )


@dataclass(frozen=True)
class MeetingRow:
    id: int
    starts_at: datetime
    title: str
    place: str
    chair_name: str
    case_count: int
    minutes_count: int


@dataclass(frozen=True)
class CaseChoice:
    case_id: int
    reference: str
    young_person_name: str
    status: CaseStatus


# --- reading ---------------------------------------------------------------------------


def member_choices(uow: UnitOfWork) -> list[MemberChoice]:
    """Active members, for the chair and attendee pickers."""
    uow.require(Permission.CASE_READ)
    rows = uow.session.scalars(select(Member).where(Member.active).order_by(Member.name))
    return [MemberChoice(m.id, m.name, m.role) for m in rows]


def schedulable_cases(uow: UnitOfWork, text: str = "", limit: int = 200) -> list[CaseChoice]:
    """Cases that may go on an agenda, newest first, optionally narrowed by reference or
    name; logged as a search (it shows names)."""
    uow.require(Permission.CASE_SEARCH)
    query = (
        select(Case, YoungPerson)
        .join(YoungPerson, Case.young_person_id == YoungPerson.id)
        .where(Case.status.in_(SCHEDULABLE))
        .order_by(Case.registered_on.desc(), Case.id.desc())
        .limit(limit)
    )
    words = [w for w in names.fold(text).split() if w]
    for word in words:
        query = query.where(
            (func.lower(Case.reference).contains(word, autoescape=True))
            | (YoungPerson.name_key.contains(word, autoescape=True))
        )
    found = [
        CaseChoice(
            c.id,
            c.reference,
            names.display_name(p.first_name, p.name_prefix, p.last_name),
            c.status,
        )
        for c, p in uow.session.execute(query)
    ]
    uow.log(AuditEvent(AuditAction.SEARCH, detail=f"agenda picker: {len(found)} found"))
    return found


def list_meetings(uow: UnitOfWork, *, from_day: date | None = None) -> list[MeetingRow]:
    """Meetings from `from_day` on (all when None), soonest first. Shows no client data."""
    uow.require(Permission.CASE_READ)
    has_action = (
        select(AgendaAction.id).where(AgendaAction.agenda_item_id == AgendaItem.id).exists()
    )
    typed = func.length(func.trim(AgendaItem.discussion)) + func.length(
        func.trim(AgendaItem.agreements)
    )
    has_minutes = (typed > 0) | has_action
    items = (
        select(
            AgendaItem.meeting_id,
            func.count().label("cases"),
            func.sum(sql_case((has_minutes, 1), else_=0)).label("minutes"),
        )
        .group_by(AgendaItem.meeting_id)
        .subquery()
    )
    query = (
        select(Meeting, Member.name, items.c.cases, items.c.minutes)
        .outerjoin(Member, Member.id == Meeting.chair_id)
        .outerjoin(items, items.c.meeting_id == Meeting.id)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    if from_day is not None:
        query = query.where(Meeting.starts_at >= datetime.combine(from_day, datetime.min.time()))
    return [
        MeetingRow(m.id, m.starts_at, m.title, m.place, chair or "", cases or 0, minutes or 0)
        for m, chair, cases, minutes in uow.session.execute(query)
    ]


def _load(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound("Dit overleg bestaat niet (meer).", "This meeting no longer exists.")
    return meeting


def _view(session: Session, meeting: Meeting) -> MeetingView:
    members = {m.id: m for m in session.scalars(select(Member))}
    attendee_ids = session.scalars(
        select(meeting_attendee.c.member_id).where(meeting_attendee.c.meeting_id == meeting.id)
    ).all()
    case_ids = {a.case_id for a in meeting.agenda} | {
        g.case_id for g in meeting.guests if g.case_id is not None
    }
    cases = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(case_ids)))}

    def person(case: Case) -> str:
        p = case.young_person
        return names.display_name(p.first_name, p.name_prefix, p.last_name)

    return MeetingView(
        id=meeting.id,
        version=meeting.version,
        starts_at=meeting.starts_at,
        title=meeting.title,
        place=meeting.place,
        chair_id=meeting.chair_id,
        chair_name=members[meeting.chair_id].name if meeting.chair_id in members else "",
        attendees=tuple(
            sorted(
                (MemberChoice(i, members[i].name, members[i].role) for i in attendee_ids),
                key=lambda m: m.name,
            )
        ),
        guests=tuple(
            GuestView(
                g.name,
                g.role,
                g.organisation,
                g.case_id,
                cases[g.case_id].reference if g.case_id in cases else "",
            )
            for g in meeting.guests
        ),
        agenda=tuple(
            AgendaItemView(
                id=a.id,
                position=a.position,
                case_id=a.case_id,
                case_reference=cases[a.case_id].reference,
                young_person_name=person(cases[a.case_id]),
                case_status=cases[a.case_id].status,
                preparation=a.preparation,
                discussion=a.discussion,
                agreements=a.agreements,
                actions=tuple(ActionInput(x.who, x.what, x.due_on) for x in a.actions),
                minutes_updated_at=a.minutes_updated_at,
                minutes_updated_by=members[a.minutes_updated_by_id].name
                if a.minutes_updated_by_id in members
                else "",
            )
            for a in meeting.agenda
        ),
        notes=meeting.notes,
    )


def _log_cases(uow: UnitOfWork, meeting: Meeting, action: AuditAction, detail: str) -> None:
    """One access-log entry per case: the agenda shows every case's name."""
    for item in meeting.agenda:
        case = uow.session.get(Case, item.case_id)
        assert case is not None
        uow.log_case(action, case, detail)


def get_meeting(uow: UnitOfWork, meeting_id: int) -> MeetingView:
    uow.require(Permission.CASE_READ)
    meeting = _load(uow.session, meeting_id)
    _log_cases(uow, meeting, AuditAction.READ, f"meeting {meeting.id}")
    return _view(uow.session, meeting)


def meeting_for_print(uow: UnitOfWork, meeting_id: int, what: str) -> MeetingView:
    """The meeting for its agenda or minutes document; each case's printing is logged."""
    uow.require(Permission.CASE_PRINT)
    meeting = _load(uow.session, meeting_id)
    _log_cases(uow, meeting, AuditAction.PRINT, f"meeting {meeting.id} {what}")
    return _view(uow.session, meeting)


# --- planning --------------------------------------------------------------------------


def _validate(session: Session, data: MeetingInput) -> list[FieldProblem]:
    problems = Problems()
    if data.starts_at is None:
        problems.add("starts_at", "Geef de datum en tijd.", "Give the date and time.")
    if not data.place.strip():
        problems.add("place", "Geef de plaats (of 'online').", "Give the place (or 'online').")
    active = {m.id for m in session.scalars(select(Member).where(Member.active))}
    if data.chair_id is None:
        problems.add("chair_id", "Kies de voorzitter.", "Choose the chair.")
    elif data.chair_id not in active:
        problems.add("chair_id", "Deze voorzitter is geen actief teamlid.", "Not an active member.")
    if any(i not in active for i in data.attendee_ids):
        problems.add(
            "attendee_ids",
            "Een aanwezige is geen actief teamlid.",
            "An attendee is not an active team member.",
        )
    seen: set[int] = set()
    for index, item in enumerate(data.agenda):
        if item.case_id in seen:
            problems.add(
                f"agenda.{index}",
                "Deze casus staat al op de agenda.",
                "This case is already on the agenda.",
            )
        seen.add(item.case_id)
    for index, guest in enumerate(data.guests):
        if not guest.name.strip():
            problems.add(
                f"guests.{index}.name", "Geef de naam van de gast.", "Give the guest's name."
            )
        if guest.case_id is not None and guest.case_id not in seen:
            problems.add(
                f"guests.{index}.case_id",
                "Deze gast komt voor een casus die niet op de agenda staat.",
                "This guest comes for a case that is not on the agenda.",
            )
    return problems.items


def _schedule(uow: UnitOfWork, case: Case) -> None:
    if case.status == S.AANGEMELD:
        raise InvalidTransition(
            f"{case.reference} is nog niet ontvankelijk verklaard; dat gaat vóór het agenderen.",
            f"{case.reference} has not been declared admissible yet; that comes before the agenda.",
        )
    if case.status not in SCHEDULABLE:
        raise InvalidTransition(
            f"{case.reference} is {case.status.label('nl').lower()} en kan niet op de agenda.",
            f"{case.reference} is '{case.status.label('en').lower()}' and cannot go on the agenda.",
        )
    if case.status == S.IN_BEHANDELING:
        lifecycle.move_by(uow, case, S.GEAGENDEERD, lifecycle.Route.MEETING)


def _unschedule(uow: UnitOfWork, case: Case, meeting: Meeting) -> None:
    """Back to `in_behandeling` when the case is on no other agenda and has no advice."""
    elsewhere = uow.session.scalar(
        select(func.count())
        .select_from(AgendaItem)
        .where(AgendaItem.case_id == case.id, AgendaItem.meeting_id != meeting.id)
    )
    if case.status == S.GEAGENDEERD and not elsewhere:
        lifecycle.move_by(
            uow,
            case,
            S.IN_BEHANDELING,
            lifecycle.Route.MEETING,
            reason=f"Van de agenda gehaald (overleg van {meeting.starts_at:%d-%m-%Y})",
        )


def _apply(uow: UnitOfWork, meeting: Meeting, data: MeetingInput) -> None:
    session = uow.session
    problems = _validate(session, data)
    if problems:
        raise _ValidationError(problems)
    meeting.starts_at = data.starts_at.replace(second=0, microsecond=0, tzinfo=None)
    meeting.title = data.title.strip()
    meeting.place = data.place.strip()
    meeting.chair_id = data.chair_id
    meeting.notes = data.notes.strip()
    meeting.updated_at = uow.clock.now()
    if meeting.id is None:
        session.add(meeting)
        session.flush()
    session.execute(meeting_attendee.delete().where(meeting_attendee.c.meeting_id == meeting.id))
    attendees = sorted(set(data.attendee_ids) | ({data.chair_id} if data.chair_id else set()))
    if attendees:
        session.execute(
            meeting_attendee.insert(),
            [{"meeting_id": meeting.id, "member_id": i} for i in attendees],
        )
    meeting.guests = [
        MeetingGuest(
            position=i,
            name=g.name.strip(),
            role=g.role,
            organisation=g.organisation.strip(),
            case_id=g.case_id,
        )
        for i, g in enumerate(data.guests)
    ]
    _sync_agenda(uow, meeting, data.agenda)


def _sync_agenda(uow: UnitOfWork, meeting: Meeting, agenda: list[AgendaInput]) -> None:
    """Make the agenda what `agenda` says, moving cases on and off it as needed."""
    session = uow.session
    existing = {a.case_id: a for a in meeting.agenda}
    wanted = [a.case_id for a in agenda]
    for case_id, old in existing.items():
        if case_id in wanted:
            continue
        case = load_case(session, case_id)
        if old.discussion.strip() or old.agreements.strip() or old.actions:
            raise InvalidTransition(
                f"Over {case.reference} is al verslag gemaakt; die casus blijft op de agenda.",
                f"Minutes exist for {case.reference}; that case stays on the agenda.",
            )
        meeting.agenda.remove(old)
        session.flush()
        _unschedule(uow, case, meeting)
    for position, entry in enumerate(agenda):
        item = existing.get(entry.case_id)
        if item is None:
            case = load_case(session, entry.case_id)
            uow.require_case(Permission.CASE_SCHEDULE, case)
            _schedule(uow, case)
            item = AgendaItem(case_id=case.id)
            meeting.agenda.append(item)
            uow.log_case(AuditAction.CHANGE, case, f"on the agenda of meeting {meeting.id}")
        item.position = position
        item.preparation = entry.preparation.strip()
    session.flush()


def plan_meeting(uow: UnitOfWork, data: MeetingInput) -> MeetingView:
    uow.require(Permission.CASE_SCHEDULE)
    meeting = Meeting(created_at=uow.clock.now())
    _apply(uow, meeting, data)
    uow.log(AuditEvent(AuditAction.CREATE, detail=f"meeting {meeting.id} planned"))
    return _view(uow.session, meeting)


def update_meeting(
    uow: UnitOfWork, meeting_id: int, data: MeetingInput, *, expected_version: int | None = None
) -> MeetingView:
    uow.require(Permission.CASE_SCHEDULE)
    meeting = _load(uow.session, meeting_id)
    if expected_version is not None and meeting.version != expected_version:
        raise _ValidationError(
            [
                FieldProblem(
                    "version",
                    "Dit overleg is intussen door iemand anders gewijzigd. Open het opnieuw.",
                    "Someone else changed this meeting in the meantime. Open it again.",
                )
            ]
        )
    _apply(uow, meeting, data)
    uow.log(AuditEvent(AuditAction.CHANGE, detail=f"meeting {meeting.id} changed"))
    return _view(uow.session, meeting)


def cancel_meeting(uow: UnitOfWork, meeting_id: int) -> None:
    """Remove a meeting that has no minutes; its cases go back as if taken off the agenda."""
    uow.require(Permission.CASE_SCHEDULE)
    meeting = _load(uow.session, meeting_id)
    _sync_agenda(uow, meeting, [])  # refuses when an item has minutes
    uow.session.delete(meeting)
    uow.session.flush()
    uow.log(AuditEvent(AuditAction.DELETE, detail=f"meeting {meeting_id} cancelled"))


# --- minutes ---------------------------------------------------------------------------


def save_minutes(uow: UnitOfWork, agenda_item_id: int, minutes: MinutesInput) -> AgendaItemView:
    item = uow.session.get(AgendaItem, agenda_item_id)
    if item is None:
        raise NotFound(
            "Deze casus staat niet (meer) op de agenda.", "This case is no longer on the agenda."
        )
    case = load_case(uow.session, item.case_id)
    uow.require_case(Permission.MINUTES_WRITE, case)
    item.discussion = minutes.discussion
    item.agreements = minutes.agreements
    # Minutes are saved while they are typed: a half-typed action (a who without its what
    # yet) is kept as it is, never a reason to refuse the save. Empty rows are dropped.
    kept = [a for a in minutes.actions if a.who.strip() or a.what.strip() or a.due_on]
    item.actions = [
        AgendaAction(position=i, who=a.who.strip(), what=a.what.strip(), due_on=a.due_on)
        for i, a in enumerate(kept)
    ]
    item.minutes_updated_at = uow.clock.now()
    item.minutes_updated_by_id = uow.actor.member_id
    uow.session.flush()
    uow.log_case(AuditAction.CHANGE, case, f"minutes, meeting {item.meeting_id}")
    view = _view(uow.session, item.meeting)
    return next(a for a in view.agenda if a.id == item.id)
