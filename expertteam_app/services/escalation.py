"""Escalation (opschaling): a case the region cannot solve goes to regional enforcement
(doorzettingsmacht), a supra-regional expert team or the national support structure, and
comes back with an outcome.

Each escalation is kept as a record (level, date, reason, to whom, the status it came
from; once back, the date and the outcome), so a case escalated twice tells both stories.
The case itself moves with the lifecycle's Route.ESCALATION, which says from which statuses
a case may be escalated and refuses a suspended case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from expertteam_app.domain.advice import AdviceCareItem
from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import AuditAction, CaseStatus, EscalationLevel
from expertteam_app.domain.escalation import Escalation
from expertteam_app.domain.followup import CareItemFollowUp
from expertteam_app.domain.team import Member
from expertteam_app.errors import InvalidTransition, Problems
from expertteam_app.services import lifecycle
from expertteam_app.services.advice_in_force import current_advice
from expertteam_app.services.cases import CaseDetail, detail_of, load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.lifecycle import Route
from expertteam_app.services.roles import Permission

S = CaseStatus
TO_WHOM_MAX = 200  # the column's width


@dataclass(frozen=True)
class EscalationInput:
    level: EscalationLevel
    on: date
    reason: str
    to_whom: str  # the body or person the case goes to


@dataclass(frozen=True)
class EscalationView:
    id: int
    level: EscalationLevel
    escalated_on: date
    reason: str
    to_whom: str
    from_status: CaseStatus
    returned_on: date | None
    outcome: str
    escalated_by: str
    returned_by: str
    is_open: bool


def open_escalation(uow: UnitOfWork, case_id: int) -> Escalation | None:
    """The escalation the case is in now (at most one: a case in `opgeschaald` cannot be
    escalated again)."""
    return uow.session.scalar(
        select(Escalation)
        .where(Escalation.case_id == case_id, Escalation.returned_on.is_(None))
        .order_by(Escalation.id.desc())
        .limit(1)
    )


def escalations(uow: UnitOfWork, case_id: int) -> list[EscalationView]:
    """Every escalation of the case, the first first."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_READ, case)
    rows = list(
        uow.session.scalars(
            select(Escalation)
            .where(Escalation.case_id == case_id)
            .order_by(Escalation.escalated_on, Escalation.id)
        )
    )
    names = {m.id: m.name for m in uow.session.scalars(select(Member))}
    uow.log_case(AuditAction.READ, case, "escalations")
    return [
        EscalationView(
            id=e.id,
            level=e.level,
            escalated_on=e.escalated_on,
            reason=e.reason,
            to_whom=e.to_whom,
            from_status=e.from_status,
            returned_on=e.returned_on,
            outcome=e.outcome,
            escalated_by=names.get(e.escalated_by_id or -1, ""),
            returned_by=names.get(e.returned_by_id or -1, ""),
            is_open=e.returned_on is None,
        )
        for e in rows
    ]


def escalate(uow: UnitOfWork, case_id: int, data: EscalationInput) -> CaseDetail:
    """Escalate the case: a record of the escalation, and the case moves to `opgeschaald`."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_ESCALATE, case)
    problems = Problems()
    if not data.to_whom.strip():
        problems.add(
            "to_whom",
            "Geef aan naar wie de casus gaat.",
            "Say to whom the case goes.",
        )
    elif len(" ".join(data.to_whom.split())) > TO_WHOM_MAX:
        problems.add(
            "to_whom",
            f"Houd dit korter dan {TO_WHOM_MAX} tekens; de toelichting past bij de reden.",
            f"Keep this under {TO_WHOM_MAX} characters; the details fit in the reason.",
        )
    if not data.reason.strip():
        problems.add(
            "reason",
            "Geef de reden van de opschaling; die komt in het dossier.",
            "Give the reason for the escalation; it goes into the file.",
        )
    not_before(problems, case, data.on)
    problems.raise_if_any()
    came_from = case.status
    lifecycle.move_by(uow, case, S.OPGESCHAALD, Route.ESCALATION, reason=data.reason, on=data.on)
    uow.session.add(
        Escalation(
            case_id=case.id,
            level=data.level,
            escalated_on=data.on,
            reason=data.reason.strip(),
            to_whom=" ".join(data.to_whom.split()),
            from_status=came_from,
            outcome="",
            escalated_by_id=uow.actor.member_id,
            recorded_at=uow.clock.now(),
        )
    )
    uow.session.flush()
    uow.log_case(AuditAction.CHANGE, case, f"escalated: {data.level.value}")
    return detail_of(case, uow.clock.today())


def return_from_escalation(uow: UnitOfWork, case_id: int, *, on: date, outcome: str) -> CaseDetail:
    """The case is back from escalation: the record gets its outcome and the case returns
    to the status it came from. Back at `advies_uitgebracht` while care of the advice in
    force has started meanwhile, it goes on to `in_uitvoering` the same day (the start was
    recorded while the case was escalated and could not move it then)."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_ESCALATE, case)
    if case.status != S.OPGESCHAALD:
        raise InvalidTransition(
            "Deze casus is niet opgeschaald.",
            "This case is not escalated.",
        )
    record = open_escalation(uow, case.id)
    problems = Problems()
    if not outcome.strip():
        problems.add(
            "outcome",
            "Geef de uitkomst van de opschaling; die komt in het dossier.",
            "Give the outcome of the escalation; it goes into the file.",
        )
    if record is None:
        not_before(problems, case, on)
    elif on < record.escalated_on:
        problems.add(
            "on",
            f"Terugkomen kan niet vóór de opschaling ({record.escalated_on:%d-%m-%Y}).",
            f"A case cannot return before it was escalated ({record.escalated_on:%d-%m-%Y}).",
        )
    problems.raise_if_any()
    back = next(
        t.target
        for t in lifecycle.transitions_from(case)
        if t.route == Route.ESCALATION and t.target != S.OPGESCHAALD
    )
    lifecycle.move_by(uow, case, back, Route.ESCALATION, reason=outcome, on=on)
    if record is not None:  # a case escalated before escalations were recorded has none
        record.returned_on = on
        record.outcome = outcome.strip()
        record.returned_by_id = uow.actor.member_id
    uow.session.flush()
    uow.log_case(AuditAction.CHANGE, case, f"returned from escalation to {back.value}")
    if back == S.ADVIES_UITGEBRACHT and _care_started(uow, case):
        lifecycle.move_by(
            uow,
            case,
            S.IN_UITVOERING,
            Route.FOLLOW_UP,
            reason="De hulp was al gestart tijdens de opschaling",
            on=on,
        )
    return detail_of(case, uow.clock.today())


def not_before(problems: Problems, case: Case, on: date) -> None:
    """A move is not dated before the case reached its current status: the history would
    tell the steps out of order."""
    if not case.status_changes:
        return
    since = case.status_changes[-1].changed_on
    if on < since:
        problems.add(
            "on",
            f"Deze datum ligt vóór de vorige statuswijziging ({since:%d-%m-%Y}).",
            f"This date is before the case's previous status change ({since:%d-%m-%Y}).",
        )


def _care_started(uow: UnitOfWork, case: Case) -> bool:
    """Has a care item of the advice in force started?"""
    advice = current_advice(uow.session, case.id)
    if advice is None:
        return False
    started = uow.session.scalar(
        select(CareItemFollowUp.id)
        .join(AdviceCareItem, AdviceCareItem.id == CareItemFollowUp.care_item_id)
        .where(AdviceCareItem.advice_id == advice.id, CareItemFollowUp.started_on.is_not(None))
        .limit(1)
    )
    return started is not None


def end_on_closing(uow: UnitOfWork, case: Case, *, on: date, outcome: str) -> None:
    """Closing an escalated case ends its escalation the same day (services.closing, which
    has checked that `on` is not before the escalation)."""
    record = open_escalation(uow, case.id)
    if record is not None:
        record.returned_on = on
        record.outcome = outcome
        record.returned_by_id = uow.actor.member_id
