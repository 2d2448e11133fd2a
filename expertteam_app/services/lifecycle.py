"""The life of a case: which status may follow which, who may move it, and suspension.

    aangemeld → in_behandeling → geagendeerd → advies_uitgebracht → in_uitvoering → afgesloten
        ↘ niet_ontvankelijk          ↘ opgeschaald (and back to where it came from)

Suspension (waiting for consent or information) is not a status: it overlays the status
and pauses the lead-time clock. A suspended case does not move on until it is resumed,
except to be declined or closed, which end the suspension.

Some moves belong to another service and are not buttons: a case goes on (and off) the
agenda through a meeting (services.meetings) and gets its advice when the chair issues one
(services.advice). Those services move the case with `move_by(...)`; `change_status`
refuses them and says where to go instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from expertteam_app.domain.case import Case, StatusChange, Suspension
from expertteam_app.domain.enums import AuditAction, CaseStatus, SuspensionReason
from expertteam_app.errors import FieldProblem, InvalidTransition, ValidationError
from expertteam_app.services import case_index
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.cases import CaseDetail, consent_missing_of, detail_of, load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission, allows

S = CaseStatus


class Route(StrEnum):
    """Where a move is made: a status button, or another service."""

    MANUAL = "manual"
    MEETING = "meeting"
    ADVICE = "advice"
    FOLLOW_UP = "follow_up"  # the first care item starts (services.followup)
    ESCALATION = "escalation"  # escalated and back, with level and outcome (services.escalation)
    CLOSING = "closing"  # closed with a result from the team's list (services.closing)


@dataclass(frozen=True)
class Transition:
    target: CaseStatus
    permission: Permission
    needs_reason: bool
    label_nl: str
    label_en: str
    route: Route = Route.MANUAL

    def label(self, language: str = "nl") -> str:
        return self.label_en if language.startswith("en") else self.label_nl


def _t(
    target: CaseStatus,
    permission: Permission,
    reason: bool,
    nl: str,
    en: str,
    route: Route = Route.MANUAL,
) -> Transition:
    return Transition(target, permission, reason, nl, en, route)


_ELSEWHERE = {
    Route.MEETING: (
        "Een casus komt op de agenda (en gaat eraf) via een overleg: plan of wijzig het "
        "overleg onder Overleggen.",
        "A case goes on (and off) the agenda through a meeting: plan or change the meeting "
        "under Meetings.",
    ),
    Route.ADVICE: (
        "Het advies wordt uitgebracht in de adviesmodule van de casus (alleen de voorzitter).",
        "The advice is issued in the case's advice editor (the chair only).",
    ),
    Route.FOLLOW_UP: (
        "Een casus gaat in uitvoering zodra de start van de eerste hulp is vastgelegd, onder "
        "Opvolging.",
        "A case is under way once the start of its first care item is recorded, under Follow-up.",
    ),
    Route.ESCALATION: (
        "Opschalen en terugkomen van opschaling gaat met niveau, reden en uitkomst: gebruik "
        "'Opschalen…' of 'Terug van opschaling…' bij de casus.",
        "Escalating and returning from escalation take a level, a reason and an outcome: use "
        "'Escalate…' or 'Returned from escalation…' on the case.",
    ),
    Route.CLOSING: (
        "Een casus wordt afgesloten met een resultaat uit de lijst van het team: gebruik "
        "'Afsluiten…' bij de casus.",
        "A case is closed with a result from the team's list: use 'Close…' on the case.",
    ),
}


_ESCALATE = _t(
    S.OPGESCHAALD, Permission.CASE_ESCALATE, True, "Opschalen…", "Escalate…", Route.ESCALATION
)
_CLOSE = _t(S.AFGESLOTEN, Permission.CASE_CLOSE, True, "Afsluiten…", "Close…", Route.CLOSING)
_DECLINE = _t(
    S.NIET_ONTVANKELIJK,
    Permission.CASE_INTAKE,
    True,
    "Niet ontvankelijk verklaren",
    "Declare not admissible",
)

FIXED: dict[CaseStatus, tuple[Transition, ...]] = {
    S.AANGEMELD: (
        _t(
            S.IN_BEHANDELING,
            Permission.CASE_INTAKE,
            False,
            "Ontvankelijk verklaren",
            "Declare admissible",
        ),
        _DECLINE,
    ),
    S.IN_BEHANDELING: (
        _t(
            S.GEAGENDEERD,
            Permission.CASE_SCHEDULE,
            False,
            "Agenderen",
            "Put on the agenda",
            Route.MEETING,
        ),
        _DECLINE,
        _ESCALATE,
    ),
    S.GEAGENDEERD: (
        _t(
            S.ADVIES_UITGEBRACHT,
            Permission.ADVICE_ISSUE,
            False,
            "Advies uitbrengen",
            "Issue the advice",
            Route.ADVICE,
        ),
        _t(
            S.IN_BEHANDELING,
            Permission.CASE_SCHEDULE,
            True,
            "Van de agenda halen",
            "Take off the agenda",
            Route.MEETING,
        ),
        _ESCALATE,
    ),
    S.ADVIES_UITGEBRACHT: (
        _t(
            S.IN_UITVOERING,
            Permission.CASE_FOLLOW_UP,
            False,
            "Hulp is gestart",
            "Care has started",
            Route.FOLLOW_UP,
        ),
        _ESCALATE,
        _CLOSE,
    ),
    S.IN_UITVOERING: (_CLOSE, _ESCALATE),
    S.OPGESCHAALD: (_CLOSE,),
    S.AFGESLOTEN: (),
    S.NIET_ONTVANKELIJK: (
        _t(S.AANGEMELD, Permission.CASE_REOPEN, True, "Opnieuw beoordelen", "Reconsider"),
    ),
}

# Statuses in which the lead-time clock runs, so a suspension makes sense.
SUSPENDABLE = frozenset({S.AANGEMELD, S.IN_BEHANDELING, S.GEAGENDEERD})
# Ending a case is possible while it is suspended; it ends the suspension too.
ENDS_SUSPENSION = frozenset({S.NIET_ONTVANKELIJK, S.AFGESLOTEN})


def _came_from(case: Case, status: CaseStatus) -> CaseStatus | None:
    for change in reversed(case.status_changes):
        if change.to_status == status:
            return change.from_status
    return None


def transitions_from(case: Case) -> list[Transition]:
    """Every move the lifecycle allows from the case's status, whoever asks."""
    moves = list(FIXED[case.status])
    if case.status == S.OPGESCHAALD:
        back = _came_from(case, S.OPGESCHAALD) or S.IN_BEHANDELING
        moves.insert(
            0,
            _t(
                back,
                Permission.CASE_ESCALATE,
                True,
                "Terug van opschaling…",
                "Returned from escalation…",
                Route.ESCALATION,
            ),
        )
    if case.status == S.AFGESLOTEN:
        reopen_to = _came_from(case, S.AFGESLOTEN)
        if reopen_to is None or reopen_to == S.OPGESCHAALD:
            has_advice = case.imported_advice_on is not None or any(
                c.to_status == S.ADVIES_UITGEBRACHT for c in case.status_changes
            )
            reopen_to = S.IN_UITVOERING if has_advice else S.IN_BEHANDELING
        moves.append(_t(reopen_to, Permission.CASE_REOPEN, True, "Heropenen", "Reopen"))
    return moves


def _active_suspension(case: Case) -> Suspension | None:
    return next((s for s in case.suspensions if s.ended_on is None), None)


# The moves the case's header offers: a plain button, or a button that opens the escalation
# or closing dialog. Agenda, advice and start of care are made where they happen.
HEADER_ROUTES = frozenset({Route.MANUAL, Route.ESCALATION, Route.CLOSING})


def available_transitions(uow: UnitOfWork, case_id: int) -> list[Transition]:
    """The moves this person may make now: what the buttons in the window offer."""
    case = load_case(uow.session, case_id)
    suspended = _active_suspension(case) is not None
    return [
        t
        for t in transitions_from(case)
        if t.route in HEADER_ROUTES
        and allows(uow.actor.role, t.permission)
        and (not suspended or t.target in ENDS_SUSPENSION)
    ]


def _check_date(case: Case, on: date, today: date) -> None:
    if on > today:
        raise ValidationError(
            [FieldProblem("on", "Deze datum ligt in de toekomst.", "This date is in the future.")]
        )
    if on < case.registered_on:
        raise ValidationError(
            [
                FieldProblem(
                    "on",
                    "Deze datum ligt vóór de aanmelding.",
                    "This date is before the registration.",
                )
            ]
        )


def change_status(
    uow: UnitOfWork,
    case_id: int,
    target: CaseStatus,
    *,
    reason: str = "",
    on: date | None = None,
) -> CaseDetail:
    """A move made with a status button."""
    case = load_case(uow.session, case_id)
    move_by(uow, case, target, Route.MANUAL, reason=reason, on=on)
    return detail_of(case, uow.clock.today())


def move_by(
    uow: UnitOfWork,
    case: Case,
    target: CaseStatus,
    route: Route,
    *,
    reason: str = "",
    on: date | None = None,
) -> None:
    """Move `case` to `target` on behalf of `route` (a button, a meeting, an advice)."""
    allowed = {t.target: t for t in transitions_from(case)}
    move = allowed.get(target)
    if move is None:
        options = [t for t in allowed.values() if t.route == Route.MANUAL]
        options_nl = ", ".join(t.target.label("nl").lower() for t in options) or "geen"
        options_en = ", ".join(t.target.label("en").lower() for t in options) or "none"
        raise InvalidTransition(
            f"Een casus die {case.status.label('nl').lower()} is, kan niet naar "
            f"'{target.label('nl').lower()}'. Mogelijk: {options_nl}.",
            f"A case that is '{case.status.label('en').lower()}' cannot move to "
            f"'{target.label('en').lower()}'. Possible: {options_en}.",
        )
    if move.route != route:
        nl, en = _ELSEWHERE[move.route]
        raise InvalidTransition(nl, en)
    uow.require(
        move.permission,
        case_id=case.id,
        case_reference=case.reference,
        person_id=case.young_person_id,
    )
    today = uow.clock.today()
    on = on or today
    _check_date(case, on, today)
    if move.needs_reason and not reason.strip():
        raise ValidationError(
            [
                FieldProblem(
                    "reason",
                    "Geef een reden; die komt in het dossier.",
                    "Give a reason; it goes into the file.",
                )
            ]
        )
    suspension = _active_suspension(case)
    if suspension is not None:
        if target not in ENDS_SUSPENSION:
            raise InvalidTransition(
                "Deze casus is opgeschort. Hervat hem eerst.",
                "This case is suspended. Resume it first.",
            )
        suspension.ended_on = max(on, suspension.started_on)
        suspension.ended_by_id = uow.actor.member_id
    if case.status == S.AANGEMELD and target == S.IN_BEHANDELING:
        missing = consent_missing_of(case, on)
        if missing:
            raise InvalidTransition(
                "Toestemming ontbreekt: "
                + "; ".join(m.nl for m in missing)
                + ". Leg de toestemming vast of schort de casus op (wachten op toestemming).",
                "Consent is missing: "
                + "; ".join(m.en for m in missing)
                + ". Record the consent or suspend the case (waiting for consent).",
            )
    previous = case.status
    case.status = target
    if target == S.AFGESLOTEN:
        case.closed_on = on
        case.closing_result = reason.strip()
    elif previous == S.AFGESLOTEN:
        # Reopened: the case has no result now. The closing's result and note stay in the
        # history, in the reason of the status change that closed it.
        case.closed_on = None
        case.closing_result_id = None
        case.closing_result = ""
        case_index.index_case(uow.session, case)  # the search no longer finds the old note
    case.status_changes.append(
        StatusChange(
            from_status=previous,
            to_status=target,
            changed_on=on,
            changed_at=uow.clock.now(),
            member_id=uow.actor.member_id,
            reason=reason.strip(),
        )
    )
    case.updated_at = uow.clock.now()
    uow.session.flush()
    uow.log(
        AuditEvent(
            AuditAction.CHANGE,
            case_id=case.id,
            case_reference=case.reference,
            person_id=case.young_person_id,
            detail=f"status: {previous} -> {target}",
        )
    )


def suspend_case(
    uow: UnitOfWork,
    case_id: int,
    reason_kind: SuspensionReason,
    reason: str,
    *,
    on: date | None = None,
) -> CaseDetail:
    case = load_case(uow.session, case_id)
    uow.require(
        Permission.CASE_SUSPEND,
        case_id=case.id,
        case_reference=case.reference,
        person_id=case.young_person_id,
    )
    today = uow.clock.today()
    on = on or today
    _check_date(case, on, today)
    if case.status not in SUSPENDABLE:
        raise InvalidTransition(
            "Alleen een casus vóór het advies kan worden opgeschort.",
            "Only a case before its advice can be suspended.",
        )
    if _active_suspension(case) is not None:
        raise InvalidTransition("Deze casus is al opgeschort.", "This case is already suspended.")
    if not reason.strip():
        raise ValidationError(
            [
                FieldProblem(
                    "reason",
                    "Geef de reden van de opschorting.",
                    "Give the reason for the suspension.",
                )
            ]
        )
    case.suspensions.append(
        Suspension(
            reason_kind=reason_kind,
            reason=reason.strip(),
            started_on=on,
            started_by_id=uow.actor.member_id,
        )
    )
    case.updated_at = uow.clock.now()
    uow.session.flush()
    uow.log(
        AuditEvent(
            AuditAction.CHANGE,
            case_id=case.id,
            case_reference=case.reference,
            person_id=case.young_person_id,
            detail=f"suspended: {reason_kind}",
        )
    )
    return detail_of(case, today)


def resume_case(uow: UnitOfWork, case_id: int, *, on: date | None = None) -> CaseDetail:
    case = load_case(uow.session, case_id)
    uow.require(
        Permission.CASE_SUSPEND,
        case_id=case.id,
        case_reference=case.reference,
        person_id=case.young_person_id,
    )
    suspension = _active_suspension(case)
    if suspension is None:
        raise InvalidTransition("Deze casus is niet opgeschort.", "This case is not suspended.")
    today = uow.clock.today()
    on = on or today
    _check_date(case, on, today)
    if on < suspension.started_on:
        raise ValidationError(
            [
                FieldProblem(
                    "on",
                    "Hervatten kan niet vóór de opschorting.",
                    "Cannot resume before the suspension.",
                )
            ]
        )
    suspension.ended_on = on
    suspension.ended_by_id = uow.actor.member_id
    case.updated_at = uow.clock.now()
    uow.session.flush()
    uow.log(
        AuditEvent(
            AuditAction.CHANGE,
            case_id=case.id,
            case_reference=case.reference,
            person_id=case.young_person_id,
            detail="resumed",
        )
    )
    return detail_of(case, today)
