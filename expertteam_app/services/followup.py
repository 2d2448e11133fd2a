"""Follow-up (opvolging) of the binding advice in force: per advised care item the
provider's answer, the start, a dated timeline and the end; per goal its evaluations; and
from 16.5 years the "big five" checklist for the transition at 18.

Follow-up is recorded only on the care items and goals of the case's current issued advice
(the newest issued version). When a new version is issued, services.carry_over re-points
what carries on, so what is recorded here stays with the care line. The first start of
care moves the case from `advies_uitgebracht` to `in_uitvoering` (Route.FOLLOW_UP).

Reading the follow-up writes no access-log entry of its own: it is part of the open case,
whose opening is logged. Every recording is logged as a change, without client data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from expertteam_app.domain.advice import AdviceCareItem, AdviceGoal, BindingAdvice
from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import (
    AuditAction,
    BigFiveArea,
    BigFiveStatus,
    CareAnswer,
    CareUpdateKind,
    CaseStatus,
    GoalOutcome,
    ListKind,
)
from expertteam_app.domain.followup import (
    CareItemFollowUp,
    CareItemUpdate,
    GoalEvaluation,
    TransitionCheck,
)
from expertteam_app.domain.team import ManagedListItem, Member, Provider
from expertteam_app.domain.transition import (
    big_five_applies,
    eighteenth_birthday,
    turns_18_within,
)
from expertteam_app.errors import FieldProblem, InvalidTransition, NotFound, ValidationError
from expertteam_app.services import lifecycle
from expertteam_app.services.advice_in_force import current_advice, first_issued_on
from expertteam_app.services.cases import CaseDetail, detail_of, load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission, allows
from expertteam_app.services.settings import read_settings

S = CaseStatus
# A case that has ended takes no follow-up until it is reopened.
ENDED = frozenset({S.AFGESLOTEN, S.NIET_ONTVANKELIJK})
# Outcomes that mean little without a word on why.
NEEDS_NOTE = frozenset({GoalOutcome.NOT_ACHIEVED, GoalOutcome.NOT_EVALUABLE})
NOTE_MAX = 400  # TransitionCheck.note is String(400)


# --- output ----------------------------------------------------------------------------


@dataclass(frozen=True)
class UpdateView:
    """One line on a care item's timeline."""

    kind: CareUpdateKind
    written_on: date
    text: str
    member_name: str
    recorded_at: datetime


@dataclass(frozen=True)
class CareItemFollowUpView:
    care_item_id: int
    position: int
    care_kind_code: str
    care_kind_nl: str
    care_kind_en: str
    provider_name: str
    intensity: str
    latest_start: date
    answer: CareAnswer | None
    answered_on: date | None
    decline_reason: str
    started_on: date | None
    ended_on: date | None
    late: bool  # past its latest start and not started
    updates: tuple[UpdateView, ...]  # oldest first
    row_version: int  # 0 while nothing has been recorded

    def care_kind(self, language: str = "nl") -> str:
        if language.startswith("en") and self.care_kind_en:
            return self.care_kind_en
        return self.care_kind_nl


@dataclass(frozen=True)
class EvaluationView:
    evaluated_on: date
    outcome: GoalOutcome
    note: str
    member_name: str


@dataclass(frozen=True)
class GoalFollowUpView:
    goal_id: int
    position: int
    description: str
    measure: str
    target_date: date
    evaluation_date: date
    evaluations: tuple[EvaluationView, ...]  # oldest first
    due: bool  # the evaluation moment is near or past and not evaluated since

    @property
    def latest_outcome(self) -> GoalOutcome | None:
        return self.evaluations[-1].outcome if self.evaluations else None


@dataclass(frozen=True)
class GoalSummary:
    """Each goal counted once, by its latest outcome."""

    achieved: int = 0
    partly: int = 0
    not_achieved: int = 0
    not_evaluable: int = 0
    not_evaluated: int = 0

    def count(self, outcome: GoalOutcome | None) -> int:
        return {
            GoalOutcome.ACHIEVED: self.achieved,
            GoalOutcome.PARTLY: self.partly,
            GoalOutcome.NOT_ACHIEVED: self.not_achieved,
            GoalOutcome.NOT_EVALUABLE: self.not_evaluable,
            None: self.not_evaluated,
        }[outcome]

    @property
    def total(self) -> int:
        return (
            self.achieved
            + self.partly
            + self.not_achieved
            + self.not_evaluable
            + self.not_evaluated
        )

    def text(self, language: str = "nl") -> str:
        """'1 behaald, 1 deels behaald, 0 niet behaald, 0 nog niet geëvalueerd'; goals that
        could not be evaluated are named only when there are any."""
        parts = [
            f"{self.count(o)} {o.label(language).lower()}"
            for o in (GoalOutcome.ACHIEVED, GoalOutcome.PARTLY, GoalOutcome.NOT_ACHIEVED)
        ]
        if self.not_evaluable:
            parts.append(
                f"{self.not_evaluable} {GoalOutcome.NOT_EVALUABLE.label(language).lower()}"
            )
        later = "not evaluated yet" if language.startswith("en") else "nog niet geëvalueerd"
        parts.append(f"{self.not_evaluated} {later}")
        return ", ".join(parts)


@dataclass(frozen=True)
class FollowUpView:
    case_id: int
    case_reference: str
    case_status: CaseStatus
    advice_id: int | None  # the version in force; None when nothing is issued yet
    advice_number: int | None
    issued_on: date | None
    care_items: tuple[CareItemFollowUpView, ...]
    goals: tuple[GoalFollowUpView, ...]
    goal_summary: GoalSummary
    may_record: bool  # this person may record, and the case is open
    evaluation_notice_days: int

    @property
    def has_advice(self) -> bool:
        return self.advice_id is not None

    def item(self, care_item_id: int) -> CareItemFollowUpView:
        return next(i for i in self.care_items if i.care_item_id == care_item_id)

    def goal(self, goal_id: int) -> GoalFollowUpView:
        return next(g for g in self.goals if g.goal_id == goal_id)


@dataclass(frozen=True)
class FollowUpResult:
    """What a recording gives back: the fresh follow-up, and the case when its status moved
    (the window's header shows it)."""

    view: FollowUpView
    moved: CaseDetail | None = None


@dataclass(frozen=True)
class TransitionItemView:
    area: BigFiveArea
    status: BigFiveStatus
    note: str
    member_name: str
    updated_at: datetime | None  # None while nothing has been recorded for the area


@dataclass(frozen=True)
class TransitionView:
    case_id: int
    applies: bool  # from 16.5 years
    eighteenth_birthday: date
    turns_18_soon: bool  # within the team's turning_18_months
    items: tuple[TransitionItemView, ...]  # one per BigFiveArea, in the enum's order
    may_record: bool

    def item(self, area: BigFiveArea) -> TransitionItemView:
        return next(i for i in self.items if i.area == area)


@dataclass(frozen=True)
class TransitionInput:
    area: BigFiveArea
    status: BigFiveStatus
    note: str = ""


# --- reading ---------------------------------------------------------------------------


def _members(uow: UnitOfWork) -> dict[int, str]:
    return {m.id: m.name for m in uow.session.scalars(select(Member))}


def _may_record(uow: UnitOfWork, case: Case) -> bool:
    return allows(uow.actor.role, Permission.CASE_FOLLOW_UP) and case.status not in ENDED


def _view(uow: UnitOfWork, case: Case) -> FollowUpView:
    session = uow.session
    today = uow.clock.today()
    notice = read_settings(uow).evaluation_notice_days
    advice = current_advice(uow.session, case.id)
    may_record = _may_record(uow, case)
    if advice is None:
        return FollowUpView(
            case.id,
            case.reference,
            case.status,
            None,
            None,
            None,
            (),
            (),
            GoalSummary(),
            may_record,
            notice,
        )
    members = _members(uow)
    item_ids = [c.id for c in advice.care_items]
    follow_ups = {
        f.care_item_id: f
        for f in session.scalars(
            select(CareItemFollowUp).where(CareItemFollowUp.care_item_id.in_(item_ids))
        )
    }
    kinds = {
        k.id: k
        for k in session.scalars(
            select(ManagedListItem).where(ManagedListItem.kind == ListKind.OFFER_CATEGORY)
        )
    }
    providers = {
        p.id: p.name
        for p in session.scalars(
            select(Provider).where(Provider.id.in_({c.provider_id for c in advice.care_items}))
        )
    }
    items: list[CareItemFollowUpView] = []
    for c in advice.care_items:
        f = follow_ups.get(c.id)
        kind = kinds.get(c.care_kind_id)
        started = f.started_on if f else None
        ended = f.ended_on if f else None
        items.append(
            CareItemFollowUpView(
                care_item_id=c.id,
                position=c.position,
                care_kind_code=kind.code if kind else "",
                care_kind_nl=kind.label if kind else "",
                care_kind_en=kind.label_en if kind else "",
                provider_name=providers.get(c.provider_id, ""),
                intensity=c.intensity,
                latest_start=c.latest_start,
                answer=f.answer if f else None,
                answered_on=f.answered_on if f else None,
                decline_reason=f.decline_reason if f else "",
                started_on=started,
                ended_on=ended,
                late=today > c.latest_start and started is None and ended is None,
                updates=tuple(
                    UpdateView(
                        u.kind,
                        u.written_on,
                        u.text,
                        members.get(u.member_id or -1, ""),
                        u.recorded_at,
                    )
                    for u in (f.updates if f else [])
                ),
                row_version=f.row_version if f else 0,
            )
        )
    goal_ids = [g.id for g in advice.goals]
    evaluations: dict[int, list[GoalEvaluation]] = {}
    for e in session.scalars(
        select(GoalEvaluation)
        .where(GoalEvaluation.goal_id.in_(goal_ids))
        .order_by(GoalEvaluation.evaluated_on, GoalEvaluation.id)
    ):
        evaluations.setdefault(e.goal_id, []).append(e)
    goals: list[GoalFollowUpView] = []
    counts: dict[GoalOutcome | None, int] = {}
    for g in advice.goals:
        found = evaluations.get(g.id, [])
        window_opens = g.evaluation_date - timedelta(days=notice)
        due = window_opens <= today and not any(e.evaluated_on >= window_opens for e in found)
        view = GoalFollowUpView(
            goal_id=g.id,
            position=g.position,
            description=g.description,
            measure=g.measure,
            target_date=g.target_date,
            evaluation_date=g.evaluation_date,
            evaluations=tuple(
                EvaluationView(
                    e.evaluated_on, e.outcome, e.note, members.get(e.member_id or -1, "")
                )
                for e in found
            ),
            due=due,
        )
        goals.append(view)
        counts[view.latest_outcome] = counts.get(view.latest_outcome, 0) + 1
    summary = GoalSummary(
        achieved=counts.get(GoalOutcome.ACHIEVED, 0),
        partly=counts.get(GoalOutcome.PARTLY, 0),
        not_achieved=counts.get(GoalOutcome.NOT_ACHIEVED, 0),
        not_evaluable=counts.get(GoalOutcome.NOT_EVALUABLE, 0),
        not_evaluated=counts.get(None, 0),
    )
    return FollowUpView(
        case.id,
        case.reference,
        case.status,
        advice.id,
        advice.number,
        advice.issued_on,
        tuple(items),
        tuple(goals),
        summary,
        may_record,
        notice,
    )


def follow_up(uow: UnitOfWork, case_id: int) -> FollowUpView:
    """The follow-up of the advice in force (empty when none is issued yet)."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_READ, case)
    return _view(uow, case)


# --- checks shared by the recordings ---------------------------------------------------


def _refuse_ended(case: Case) -> None:
    if case.status in ENDED:
        raise InvalidTransition(
            f"Deze casus is {case.status.label('nl').lower()}: heropen de casus eerst om de "
            "opvolging vast te leggen.",
            f"This case is '{case.status.label('en').lower()}': reopen the case first to record "
            "its follow-up.",
        )


def _refuse_not_current(uow: UnitOfWork, advice: BindingAdvice, what_nl: str, what_en: str) -> None:
    if advice.issued_at is None:
        raise InvalidTransition(
            f"{what_nl} hoort bij een concept-advies (versie {advice.number}). Opvolging begint "
            "pas als het advies is uitgebracht.",
            f"{what_en} belongs to a draft advice (version {advice.number}). Follow-up starts "
            "once the advice is issued.",
        )
    current = current_advice(uow.session, advice.case_id)
    if current is not None and current.id != advice.id:
        raise InvalidTransition(
            f"{what_nl} hoort bij advies versie {advice.number}, dat is vervangen door versie "
            f"{current.number}. Leg de opvolging vast bij de versie die geldt.",
            f"{what_en} belongs to advice version {advice.number}, which version "
            f"{current.number} has replaced. Record the follow-up on the version in force.",
        )


def _check_on(uow: UnitOfWork, case: Case, on: date, field: str = "on") -> None:
    today = uow.clock.today()
    if on > today:
        raise ValidationError(
            [FieldProblem(field, "Deze datum ligt in de toekomst.", "This date is in the future.")]
        )
    first = first_issued_on(uow.session, case.id)
    if first is not None and on < first:
        raise ValidationError(
            [
                FieldProblem(
                    field,
                    f"Deze datum ligt vóór de adviesdatum ({first:%d-%m-%Y}).",
                    f"This date is before the advice date ({first:%d-%m-%Y}).",
                )
            ]
        )


def _writable_item(
    uow: UnitOfWork, care_item_id: int, expected_row_version: int | None
) -> tuple[Case, CareItemFollowUp]:
    """The care item's case and follow-up row (made on first use), once every check passed."""
    item = uow.session.get(AdviceCareItem, care_item_id)
    if item is None:
        raise NotFound("Deze hulp staat niet (meer) in het advies.", "This care item is gone.")
    case = load_case(uow.session, item.advice.case_id)
    uow.require_case(Permission.CASE_FOLLOW_UP, case)
    _refuse_ended(case)
    _refuse_not_current(uow, item.advice, "Deze hulp", "This care item")
    follow = uow.session.scalar(
        select(CareItemFollowUp).where(CareItemFollowUp.care_item_id == item.id)
    )
    # The view says 0 for an item with nothing recorded yet.
    current_version = follow.row_version if follow is not None else 0
    if expected_row_version is not None and expected_row_version != current_version:
        raise InvalidTransition(
            "Iemand anders heeft de opvolging van deze hulp intussen gewijzigd. Kijk opnieuw.",
            "Someone else changed the follow-up of this care item in the meantime. Look again.",
        )
    if follow is None:
        follow = CareItemFollowUp(case_id=case.id, care_item_id=item.id, decline_reason="")
        uow.session.add(follow)
    return case, follow


def _line(
    uow: UnitOfWork, follow: CareItemFollowUp, kind: CareUpdateKind, on: date, text: str
) -> None:
    follow.updates.append(
        CareItemUpdate(
            kind=kind,
            written_on=on,
            text=text,
            member_id=uow.actor.member_id,
            recorded_at=uow.clock.now(),
        )
    )
    # Touch the row so its version moves with every recording, a timeline line included
    # (flagged: a stopped clock in tests would otherwise leave the row unchanged).
    follow.updated_at = uow.clock.now()
    flag_modified(follow, "updated_at")


def _done(uow: UnitOfWork, case: Case, detail: str, moved: bool = False) -> FollowUpResult:
    uow.session.flush()
    uow.log_case(AuditAction.CHANGE, case, f"follow-up: {detail}")
    return FollowUpResult(_view(uow, case), detail_of(case, uow.clock.today()) if moved else None)


def _required(field: str, value: str, nl: str, en: str) -> str:
    if not value.strip():
        raise ValidationError([FieldProblem(field, nl, en)])
    return value.strip()


# --- recording -------------------------------------------------------------------------


def record_answer(
    uow: UnitOfWork,
    care_item_id: int,
    answer: CareAnswer,
    *,
    on: date,
    reason: str = "",
    expected_row_version: int | None = None,
) -> FollowUpResult:
    """The provider's answer. It may change later (a refusal can turn into an acceptance
    after escalation); each answer is a line on the timeline."""
    case, follow = _writable_item(uow, care_item_id, expected_row_version)
    _check_on(uow, case, on)
    if answer == CareAnswer.DECLINED:
        reason = _required(
            "reason",
            reason,
            "Geef de reden waarom de aanbieder weigert.",
            "Give the reason why the provider declines.",
        )
        if follow.started_on is not None:
            raise InvalidTransition(
                f"Deze hulp is al gestart op {follow.started_on:%d-%m-%Y}; een weigering kan "
                "niet meer. Leg zo nodig het einde van de hulp vast.",
                f"This care started on {follow.started_on:%d-%m-%Y}; it can no longer be "
                "declined. Record the end of the care if it stopped.",
            )
        text = f"Geweigerd: {reason}"
    else:
        reason = reason.strip()
        text = "Geaccepteerd" + (f": {reason}" if reason else "")
    follow.answer = answer
    follow.answered_on = on
    follow.decline_reason = reason if answer == CareAnswer.DECLINED else ""
    _line(uow, follow, CareUpdateKind.ANSWER, on, text)
    return _done(uow, case, f"care item {care_item_id} answer {answer.value}")


def record_start(
    uow: UnitOfWork,
    care_item_id: int,
    *,
    on: date,
    expected_row_version: int | None = None,
) -> FollowUpResult:
    """Care has started. An unanswered item is accepted by starting it. The first start moves
    a case with an issued advice to `in_uitvoering`, dated the day care started."""
    case, follow = _writable_item(uow, care_item_id, expected_row_version)
    _check_on(uow, case, on)
    if follow.answer == CareAnswer.DECLINED:
        raise InvalidTransition(
            "De aanbieder heeft deze hulp geweigerd: leg eerst vast dat de aanbieder alsnog "
            "accepteert.",
            "The provider declined this care: first record that the provider accepts after all.",
        )
    if follow.started_on is not None:
        raise InvalidTransition(
            f"De start van deze hulp is al vastgelegd ({follow.started_on:%d-%m-%Y}).",
            f"The start of this care is already recorded ({follow.started_on:%d-%m-%Y}).",
        )
    if follow.answer is None:
        follow.answer = CareAnswer.ACCEPTED
        follow.answered_on = on
        _line(
            uow,
            follow,
            CareUpdateKind.ANSWER,
            on,
            "Geaccepteerd: de hulp is gestart zonder vastgelegd antwoord van de aanbieder.",
        )
    follow.started_on = on
    _line(uow, follow, CareUpdateKind.START, on, "Hulp gestart")
    moved = case.status == S.ADVIES_UITGEBRACHT
    if moved:
        lifecycle.move_by(uow, case, S.IN_UITVOERING, lifecycle.Route.FOLLOW_UP, on=on)
    return _done(uow, case, f"care item {care_item_id} started", moved)


def record_end(
    uow: UnitOfWork,
    care_item_id: int,
    *,
    on: date,
    note: str = "",
    expected_row_version: int | None = None,
) -> FollowUpResult:
    case, follow = _writable_item(uow, care_item_id, expected_row_version)
    _check_on(uow, case, on)
    if follow.started_on is None:
        raise InvalidTransition(
            "Deze hulp is nog niet gestart: leg eerst de start vast.",
            "This care has not started: record its start first.",
        )
    if follow.ended_on is not None:
        raise InvalidTransition(
            f"Het einde van deze hulp is al vastgelegd ({follow.ended_on:%d-%m-%Y}).",
            f"The end of this care is already recorded ({follow.ended_on:%d-%m-%Y}).",
        )
    if on < follow.started_on:
        raise ValidationError(
            [
                FieldProblem(
                    "on",
                    f"Het einde ligt vóór de start ({follow.started_on:%d-%m-%Y}).",
                    f"The end is before the start ({follow.started_on:%d-%m-%Y}).",
                )
            ]
        )
    follow.ended_on = on
    note = note.strip()
    _line(uow, follow, CareUpdateKind.END, on, "Hulp beëindigd" + (f": {note}" if note else ""))
    return _done(uow, case, f"care item {care_item_id} ended")


def add_update(
    uow: UnitOfWork,
    care_item_id: int,
    *,
    on: date,
    text: str,
    expected_row_version: int | None = None,
) -> FollowUpResult:
    """A dated note on the care item's timeline (a call with the provider, a delay)."""
    case, follow = _writable_item(uow, care_item_id, expected_row_version)
    text = _required("text", text, "Schrijf wat er is gebeurd.", "Write what happened.")
    _check_on(uow, case, on)
    _line(uow, follow, CareUpdateKind.NOTE, on, text)
    return _done(uow, case, f"care item {care_item_id} note added")


def evaluate_goal(
    uow: UnitOfWork,
    goal_id: int,
    *,
    on: date,
    outcome: GoalOutcome,
    note: str = "",
) -> FollowUpResult:
    """An evaluation of a goal of the advice in force. 'Not achieved' and 'not evaluable'
    need a note: the next evaluation and the closing result build on the why."""
    goal = uow.session.get(AdviceGoal, goal_id)
    if goal is None:
        raise NotFound("Dit doel staat niet (meer) in het advies.", "This goal is gone.")
    case = load_case(uow.session, goal.advice.case_id)
    uow.require_case(Permission.CASE_FOLLOW_UP, case)
    _refuse_ended(case)
    _refuse_not_current(uow, goal.advice, "Dit doel", "This goal")
    _check_on(uow, case, on)
    if outcome in NEEDS_NOTE:
        note = _required(
            "note",
            note,
            f"Licht toe waarom het doel '{outcome.label('nl').lower()}' is.",
            f"Explain why the goal is '{outcome.label('en').lower()}'.",
        )
    uow.session.add(
        GoalEvaluation(
            case_id=case.id,
            goal_id=goal.id,
            evaluated_on=on,
            outcome=outcome,
            note=note.strip(),
            member_id=uow.actor.member_id,
            recorded_at=uow.clock.now(),
        )
    )
    return _done(uow, case, f"goal {goal_id} evaluated {outcome.value}")


# --- the big five ----------------------------------------------------------------------


def _transition_view(uow: UnitOfWork, case: Case) -> TransitionView:
    today = uow.clock.today()
    born = case.young_person.date_of_birth
    months = read_settings(uow).turning_18_months
    rows = {
        r.area: r
        for r in uow.session.scalars(
            select(TransitionCheck).where(TransitionCheck.case_id == case.id)
        )
    }
    members = _members(uow) if rows else {}
    items = []
    for area in BigFiveArea:
        row = rows.get(area)
        items.append(
            TransitionItemView(
                area,
                row.status if row else BigFiveStatus.OPEN,
                row.note if row else "",
                members.get(row.member_id or -1, "") if row else "",
                row.updated_at if row else None,
            )
        )
    return TransitionView(
        case.id,
        big_five_applies(born, today),
        eighteenth_birthday(born),
        turns_18_within(born, today, months),
        tuple(items),
        _may_record(uow, case),
    )


def transition_checklist(uow: UnitOfWork, case_id: int) -> TransitionView:
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_READ, case)
    return _transition_view(uow, case)


def save_transition_checks(
    uow: UnitOfWork, case_id: int, changes: Sequence[TransitionInput]
) -> TransitionView:
    """Save several areas of the checklist at once (one Save in the window)."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_FOLLOW_UP, case)
    _refuse_ended(case)
    if not big_five_applies(case.young_person.date_of_birth, uow.clock.today()):
        raise InvalidTransition(
            "De big five gelden vanaf 16,5 jaar; deze jeugdige is jonger.",
            "The big five apply from 16.5 years; this young person is younger.",
        )
    problems = [
        FieldProblem(
            f"{change.area.value}.note",
            f"Houd de notitie korter dan {NOTE_MAX} tekens.",
            f"Keep the note under {NOTE_MAX} characters.",
        )
        for change in changes
        if len(change.note.strip()) > NOTE_MAX
    ]
    if problems:
        raise ValidationError(problems)
    saved: list[str] = []
    for change in changes:
        row = uow.session.get(TransitionCheck, (case.id, change.area))
        note = change.note.strip()
        before = (row.status, row.note) if row is not None else (BigFiveStatus.OPEN, "")
        if before == (change.status, note):
            continue  # unchanged (an area never touched is open): keep who and when
        if row is None:
            row = TransitionCheck(case_id=case.id, area=change.area)
            uow.session.add(row)
        row.status = change.status
        row.note = note
        row.member_id = uow.actor.member_id
        row.updated_at = uow.clock.now()
        saved.append(f"{change.area.value} {change.status.value}")
    uow.session.flush()
    if saved:
        uow.log_case(AuditAction.CHANGE, case, "follow-up: big five " + ", ".join(saved))
    return _transition_view(uow, case)


def save_transition_check(
    uow: UnitOfWork, case_id: int, area: BigFiveArea, status: BigFiveStatus, note: str = ""
) -> TransitionView:
    return save_transition_checks(uow, case_id, [TransitionInput(area, status, note)])
