"""The binding advice: draft it, issue it (the chair only), and change it only by a new
version with a reason.

- A case has at most one open draft. Version 1 is drafted while the case is prepared;
  issuing it moves the case to `advies_uitgebracht` (which stops the lead-time clock and
  starts follow-up). Later versions keep the case where it is.
- An issued version is frozen: this service refuses every change, and triggers in the
  database refuse UPDATE and DELETE of it and of its care items, goals and addressees.
- A draft may be incomplete; issuing checks everything (`problems_for_issue`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from expertteam_app.domain import names
from expertteam_app.domain.advice import (
    AdviceCareItem,
    AdviceGoal,
    AdviceRecipient,
    BindingAdvice,
)
from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import AuditAction, CaseStatus, ListKind, RecipientKind, Relation
from expertteam_app.domain.meeting import AgendaItem, Meeting
from expertteam_app.domain.team import Member, Municipality, Provider
from expertteam_app.errors import (
    FieldProblem,
    InvalidTransition,
    NotFound,
    Problems,
    ValidationError,
)
from expertteam_app.services import carry_over, lifecycle
from expertteam_app.services.cases import Coded, load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.reference import items_by_code
from expertteam_app.services.roles import Permission

S = CaseStatus
# Statuses in which an advice can be drafted (before: not admissible yet; after: ended).
DRAFTABLE = frozenset(
    {S.IN_BEHANDELING, S.GEAGENDEERD, S.ADVIES_UITGEBRACHT, S.IN_UITVOERING, S.OPGESCHAALD}
)
MAX_COST = Decimal("10000000")  # ten million: beyond any care item, so a typo


# --- input -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CareItemInput:
    care_kind_code: str = ""
    provider_id: int | None = None
    intensity: str = ""
    latest_start: date | None = None
    notes: str = ""
    funding_municipality_code: str = ""
    expected_cost: Decimal | None = None


@dataclass(frozen=True)
class GoalInput:
    description: str = ""
    measure: str = ""
    target_date: date | None = None
    evaluation_date: date | None = None


@dataclass(frozen=True)
class RecipientInput:
    kind: RecipientKind
    name: str
    address: str = ""


@dataclass
class AdviceDraft:
    rationale: str = ""
    case_director_name: str = ""
    case_director_organisation: str = ""
    no_new_care: bool = False
    no_new_care_reason: str = ""
    care_items: list[CareItemInput] = field(default_factory=list)
    goals: list[GoalInput] = field(default_factory=list)
    recipients: list[RecipientInput] = field(default_factory=list)
    meeting_id: int | None = None


# --- output ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CareItemView:
    position: int
    care_kind: Coded
    provider_id: int
    provider_name: str
    intensity: str
    latest_start: date
    notes: str
    funding_municipality: Coded
    expected_cost: Decimal
    # The row's id (follow-up and funding hang on it); not part of what the advice says.
    id: int = field(default=0, compare=False)


@dataclass(frozen=True)
class GoalView:
    position: int
    description: str
    measure: str
    target_date: date
    evaluation_date: date
    id: int = field(default=0, compare=False)


@dataclass(frozen=True)
class RecipientView:
    kind: RecipientKind
    name: str
    address: str


@dataclass(frozen=True)
class AdviceView:
    id: int
    case_id: int
    case_reference: str
    number: int
    row_version: int
    issued_on: date | None
    issued_at: datetime | None
    issued_by: str
    created_by: str
    superseded: bool  # a later version has been issued
    change_reason: str
    rationale: str
    case_director_name: str
    case_director_organisation: str
    no_new_care: bool
    no_new_care_reason: str
    care_items: tuple[CareItemView, ...]
    goals: tuple[GoalView, ...]
    recipients: tuple[RecipientView, ...]
    meeting_id: int | None
    meeting_starts_at: datetime | None

    @property
    def is_issued(self) -> bool:
        return self.issued_at is not None

    @property
    def total_cost(self) -> Decimal:
        return sum((c.expected_cost for c in self.care_items), Decimal("0.00"))

    def cost_per_municipality(self) -> list[tuple[Coded, Decimal]]:
        totals: dict[Coded, Decimal] = {}
        for item in self.care_items:
            totals[item.funding_municipality] = (
                totals.get(item.funding_municipality, Decimal("0.00")) + item.expected_cost
            )
        return sorted(totals.items(), key=lambda pair: pair[0].label)

    def to_draft(self) -> AdviceDraft:
        return AdviceDraft(
            rationale=self.rationale,
            case_director_name=self.case_director_name,
            case_director_organisation=self.case_director_organisation,
            no_new_care=self.no_new_care,
            no_new_care_reason=self.no_new_care_reason,
            care_items=[
                CareItemInput(
                    c.care_kind.code,
                    c.provider_id,
                    c.intensity,
                    c.latest_start,
                    c.notes,
                    c.funding_municipality.code,
                    c.expected_cost,
                )
                for c in self.care_items
            ],
            goals=[
                GoalInput(g.description, g.measure, g.target_date, g.evaluation_date)
                for g in self.goals
            ],
            recipients=[RecipientInput(r.kind, r.name, r.address) for r in self.recipients],
            meeting_id=self.meeting_id,
        )


@dataclass(frozen=True)
class AdviceState:
    """All versions of a case's advice (oldest first) and what may happen next."""

    case_id: int
    case_reference: str
    case_status: CaseStatus
    versions: tuple[AdviceView, ...]

    @property
    def draft(self) -> AdviceView | None:
        last = self.versions[-1] if self.versions else None
        return last if last is not None and not last.is_issued else None

    @property
    def current(self) -> AdviceView | None:
        """The version in force: the newest issued one."""
        return next((v for v in reversed(self.versions) if v.is_issued), None)


@dataclass(frozen=True)
class Difference:
    """One thing that differs between two versions, for the versions view."""

    what_nl: str
    what_en: str
    before: str
    after: str

    def what(self, language: str = "nl") -> str:
        return self.what_en if language.startswith("en") else self.what_nl


# --- reading ---------------------------------------------------------------------------


def load_advice(session: Session, advice_id: int) -> BindingAdvice:
    advice = session.get(BindingAdvice, advice_id)
    if advice is None:
        raise NotFound("Dit advies bestaat niet (meer).", "This advice no longer exists.")
    return advice


def _versions(session: Session, case_id: int) -> list[BindingAdvice]:
    return list(
        session.scalars(
            select(BindingAdvice)
            .where(BindingAdvice.case_id == case_id)
            .order_by(BindingAdvice.number)
        )
    )


def views_of(session: Session, case: Case, advices: list[BindingAdvice]) -> list[AdviceView]:
    members = {m.id: m.name for m in session.scalars(select(Member))}
    kinds = {i.id: i for i in items_by_code(session, ListKind.OFFER_CATEGORY).values()}
    provider_ids = {c.provider_id for a in advices for c in a.care_items}
    providers = {
        p.id: p.name for p in session.scalars(select(Provider).where(Provider.id.in_(provider_ids)))
    }
    codes = {c.funding_municipality_code for a in advices for c in a.care_items}
    municipalities = {
        m.cbs_code: m.name
        for m in session.scalars(select(Municipality).where(Municipality.cbs_code.in_(codes)))
    }
    meeting_ids = {a.meeting_id for a in advices if a.meeting_id is not None}
    meetings = {
        m.id: m.starts_at
        for m in session.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids)))
    }
    last_issued = max((a.number for a in advices if a.issued_at is not None), default=0)
    return [
        AdviceView(
            id=a.id,
            case_id=case.id,
            case_reference=case.reference,
            number=a.number,
            row_version=a.row_version,
            issued_on=a.issued_on,
            issued_at=a.issued_at,
            issued_by=members.get(a.issued_by_id or -1, ""),
            created_by=members.get(a.created_by_id or -1, ""),
            superseded=a.issued_at is not None and a.number < last_issued,
            change_reason=a.change_reason,
            rationale=a.rationale,
            case_director_name=a.case_director_name,
            case_director_organisation=a.case_director_organisation,
            no_new_care=a.no_new_care,
            no_new_care_reason=a.no_new_care_reason,
            care_items=tuple(
                CareItemView(
                    position=c.position,
                    care_kind=Coded(kinds[c.care_kind_id].code, kinds[c.care_kind_id].label),
                    provider_id=c.provider_id,
                    provider_name=providers.get(c.provider_id, ""),
                    intensity=c.intensity,
                    latest_start=c.latest_start,
                    notes=c.notes,
                    funding_municipality=Coded(
                        c.funding_municipality_code,
                        municipalities.get(c.funding_municipality_code, ""),
                    ),
                    expected_cost=c.expected_cost,
                    id=c.id,
                )
                for c in a.care_items
            ),
            goals=tuple(
                GoalView(
                    g.position, g.description, g.measure, g.target_date, g.evaluation_date, g.id
                )
                for g in a.goals
            ),
            recipients=tuple(RecipientView(r.kind, r.name, r.address) for r in a.recipients),
            meeting_id=a.meeting_id,
            meeting_starts_at=meetings.get(a.meeting_id or -1),
        )
        for a in advices
    ]


def _state(session: Session, case: Case) -> AdviceState:
    return AdviceState(
        case.id,
        case.reference,
        case.status,
        tuple(views_of(session, case, _versions(session, case.id))),
    )


def advice_state(uow: UnitOfWork, case_id: int) -> AdviceState:
    """Every version of the case's advice; a read of the case in the access log."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_READ, case)
    uow.log_case(AuditAction.READ, case, "advice")
    return _state(uow.session, case)


def suggested_draft(uow: UnitOfWork, case_id: int) -> AdviceDraft:
    """A first draft filled from the case: the referrer, the custodians and the funding
    municipality as addressees, and the latest meeting the case was on."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.ADVICE_DRAFT, case)
    recipients: list[RecipientInput] = []
    if case.referrer_organisation or case.referrer_contact_name:
        recipients.append(
            RecipientInput(
                RecipientKind.REFERRER,
                case.referrer_contact_name or case.referrer_organisation,
                case.referrer_organisation if case.referrer_contact_name else "",
            )
        )
    custodians = [
        names.display_name(h.first_name, h.name_prefix, h.last_name)
        for h in case.household
        if h.has_custody and h.relation != Relation.SIBLING
    ]
    if custodians:
        recipients.append(RecipientInput(RecipientKind.PARENTS, " en ".join(custodians)))
    if case.funding_municipality_code:
        municipality = uow.session.get(Municipality, case.funding_municipality_code)
        if municipality is not None:
            recipients.append(
                RecipientInput(RecipientKind.MUNICIPALITY, f"Gemeente {municipality.name}")
            )
    meeting_id = uow.session.scalar(
        select(AgendaItem.meeting_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.case_id == case.id)
        .order_by(Meeting.starts_at.desc())
        .limit(1)
    )
    return AdviceDraft(recipients=recipients, meeting_id=meeting_id)


# --- validation ------------------------------------------------------------------------


def _problems(
    session: Session, draft: AdviceDraft, advice_date: date, *, complete: bool
) -> list[FieldProblem]:
    """What is wrong with `draft`. Values given are always checked (a provider must exist,
    an amount may not be negative, a date must come after the advice date); with
    `complete`, what an issued advice needs is checked too."""
    problems = Problems()
    when = f"{advice_date:%d-%m-%Y}"
    kinds = items_by_code(session, ListKind.OFFER_CATEGORY)
    provider_ids = {p for p in session.scalars(select(Provider.id))}
    municipality_codes = set(session.scalars(select(Municipality.cbs_code)))
    if draft.meeting_id is not None and session.get(Meeting, draft.meeting_id) is None:
        problems.add("meeting_id", "Dit overleg bestaat niet.", "This meeting does not exist.")

    def after_advice(path: str, value: date | None, what_nl: str, what_en: str) -> None:
        if value is None:
            if complete:
                problems.add(path, f"Geef {what_nl}.", f"Give {what_en}.")
        elif value <= advice_date:
            problems.add(
                path,
                f"Deze datum moet na de adviesdatum ({when}) liggen.",
                f"This date must be after the advice date ({when}).",
            )

    for i, item in enumerate(draft.care_items):
        p = f"care_items.{i}"
        if not item.care_kind_code:
            if complete:
                problems.add(f"{p}.care_kind", "Kies de soort hulp.", "Choose the kind of care.")
        elif item.care_kind_code not in kinds:
            problems.add(f"{p}.care_kind", "Onbekende soort hulp.", "Unknown kind of care.")
        if item.provider_id is None:
            if complete:
                problems.add(f"{p}.provider", "Kies de jeugdhulpaanbieder.", "Choose the provider.")
        elif item.provider_id not in provider_ids:
            problems.add(
                f"{p}.provider",
                "Deze aanbieder staat niet op de sociale kaart.",
                "This provider is not on the sociale kaart.",
            )
        after_advice(
            f"{p}.latest_start",
            item.latest_start,
            "de uiterste startdatum",
            "the latest start date",
        )
        if not item.funding_municipality_code:
            if complete:
                problems.add(
                    f"{p}.funding_municipality",
                    "Kies de gemeente die financiert.",
                    "Choose the funding municipality.",
                )
        elif item.funding_municipality_code not in municipality_codes:
            problems.add(
                f"{p}.funding_municipality", "Onbekende gemeente.", "Unknown municipality."
            )
        if item.expected_cost is None:
            if complete:
                problems.add(
                    f"{p}.expected_cost",
                    "Geef de verwachte kosten (0 als er geen zijn).",
                    "Give the expected cost (0 if there is none).",
                )
        elif item.expected_cost < 0:
            problems.add(
                f"{p}.expected_cost",
                "Een bedrag kan niet negatief zijn.",
                "An amount cannot be negative.",
            )
        elif item.expected_cost >= MAX_COST or item.expected_cost != item.expected_cost.quantize(
            Decimal("0.01")
        ):
            problems.add(
                f"{p}.expected_cost",
                "Dit bedrag klopt niet (hele centen, onder de tien miljoen).",
                "This amount is not right (whole cents, under ten million).",
            )
    for i, goal in enumerate(draft.goals):
        p = f"goals.{i}"
        if complete and not goal.description.strip():
            problems.add(f"{p}.description", "Beschrijf het doel.", "Describe the goal.")
        after_advice(f"{p}.target_date", goal.target_date, "de streefdatum", "the target date")
        after_advice(
            f"{p}.evaluation_date",
            goal.evaluation_date,
            "het evaluatiemoment",
            "the evaluation moment",
        )
    for i, recipient in enumerate(draft.recipients):
        if not recipient.name.strip():
            problems.add(
                f"recipients.{i}.name",
                "Geef de naam van de geadresseerde.",
                "Give the addressee's name.",
            )
    if draft.no_new_care and draft.care_items:
        problems.add(
            "no_new_care",
            "Kies: hulpitems óf 'geen nieuwe hulp nodig', niet allebei.",
            "Choose: care items or 'no new care needed', not both.",
        )
    if complete:
        if not draft.care_items and not draft.no_new_care:
            problems.add(
                "care_items",
                "Een advies heeft minstens één in te zetten hulp, of uitdrukkelijk 'geen "
                "nieuwe hulp nodig' met een reden.",
                "An advice has at least one care item, or explicitly 'no new care needed' "
                "with a reason.",
            )
        if draft.no_new_care and not draft.no_new_care_reason.strip():
            problems.add(
                "no_new_care_reason",
                "Geef de reden waarom geen nieuwe hulp nodig is.",
                "Give the reason why no new care is needed.",
            )
        if not draft.rationale.strip():
            problems.add("rationale", "Geef de onderbouwing van het advies.", "Give the rationale.")
        if not draft.case_director_name.strip():
            problems.add(
                "case_director_name",
                "Wie heeft de regie (regiehouder)?",
                "Who directs the case (case director)?",
            )
        if not draft.recipients:
            problems.add(
                "recipients",
                "Aan wie gaat het advies? Voeg minstens één geadresseerde toe.",
                "Who does the advice go to? Add at least one addressee.",
            )
        if draft.care_items and not draft.goals:
            problems.add(
                "goals",
                "Een advies met hulp heeft minstens één haalbaar doel.",
                "An advice with care has at least one feasible goal.",
            )
    return problems.items


def draft_problems(uow: UnitOfWork, case_id: int, draft: AdviceDraft) -> list[FieldProblem]:
    """For the editor while typing: everything issuing would refuse, dated today."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_READ, case)
    return _problems(uow.session, draft, uow.clock.today(), complete=True)


# --- writing ---------------------------------------------------------------------------


def _fill(session: Session, advice: BindingAdvice, draft: AdviceDraft) -> None:
    kinds = items_by_code(session, ListKind.OFFER_CATEGORY)
    advice.meeting_id = draft.meeting_id
    advice.rationale = draft.rationale.strip()
    advice.case_director_name = draft.case_director_name.strip()
    advice.case_director_organisation = draft.case_director_organisation.strip()
    advice.no_new_care = draft.no_new_care
    advice.no_new_care_reason = draft.no_new_care_reason.strip() if draft.no_new_care else ""
    # A draft may be incomplete, but the tables need every column: incomplete care items
    # and goals are kept only once their required parts are there.
    advice.care_items = [
        AdviceCareItem(
            position=i,
            care_kind_id=kinds[c.care_kind_code].id,
            provider_id=c.provider_id,
            intensity=c.intensity.strip(),
            latest_start=c.latest_start,
            notes=c.notes.strip(),
            funding_municipality_code=c.funding_municipality_code,
            expected_cost=c.expected_cost,
        )
        for i, c in enumerate(draft.care_items)
    ]
    advice.goals = [
        AdviceGoal(
            position=i,
            description=g.description.strip(),
            measure=g.measure.strip(),
            target_date=g.target_date,
            evaluation_date=g.evaluation_date,
        )
        for i, g in enumerate(draft.goals)
    ]
    advice.recipients = [
        AdviceRecipient(position=i, kind=r.kind, name=r.name.strip(), address=r.address.strip())
        for i, r in enumerate(draft.recipients)
    ]


def _complete_rows(draft: AdviceDraft) -> list[FieldProblem]:
    """A saved draft keeps whole rows: each care item and goal needs its columns filled."""
    problems = Problems()
    for i, c in enumerate(draft.care_items):
        if (
            not c.care_kind_code
            or c.provider_id is None
            or c.latest_start is None
            or not c.funding_municipality_code
            or c.expected_cost is None
        ):
            problems.add(
                f"care_items.{i}",
                "Vul bij deze hulp de soort, aanbieder, uiterste start, gemeente en kosten in.",
                "Fill in the kind, provider, latest start, municipality and cost of this item.",
            )
    for i, g in enumerate(draft.goals):
        if not g.description.strip() or g.target_date is None or g.evaluation_date is None:
            problems.add(
                f"goals.{i}",
                "Vul bij dit doel de beschrijving, streefdatum en het evaluatiemoment in.",
                "Fill in the description, target date and evaluation moment of this goal.",
            )
    return problems.items


def _check_row_version(advice: BindingAdvice, expected: int | None) -> None:
    if expected is not None and advice.row_version != expected:
        raise InvalidTransition(
            "Dit advies is intussen door iemand anders gewijzigd. Open het opnieuw.",
            "Someone else changed this advice in the meantime. Open it again.",
        )


def _refuse_issued(advice: BindingAdvice) -> None:
    if advice.issued_at is not None:
        raise InvalidTransition(
            f"Advies versie {advice.number} is uitgebracht en ligt vast. Een wijziging is een "
            "nieuwe versie met een reden.",
            f"Advice version {advice.number} has been issued and is final. A change is a new "
            "version with a reason.",
        )


def _refuse_undraftable(case: Case) -> None:
    if case.status not in DRAFTABLE:
        raise InvalidTransition(
            f"Bij een casus die {case.status.label('nl').lower()} is, hoort geen (nieuw) advies.",
            f"A case that is '{case.status.label('en').lower()}' takes no (new) advice.",
        )


def save_draft(
    uow: UnitOfWork,
    case_id: int,
    draft: AdviceDraft,
    *,
    expected_row_version: int | None = None,
) -> AdviceState:
    """Create version 1's draft, or save the open draft of the case."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.ADVICE_DRAFT, case)
    _refuse_undraftable(case)
    versions = _versions(uow.session, case.id)
    advice = versions[-1] if versions else None
    if advice is not None:
        _refuse_issued(advice)
        _check_row_version(advice, expected_row_version)
    problems = _problems(uow.session, draft, uow.clock.today(), complete=False)
    problems += _complete_rows(draft)
    if problems:
        raise ValidationError(problems)
    if advice is None:
        advice = BindingAdvice(
            case_id=case.id,
            number=1,
            created_at=uow.clock.now(),
            created_by_id=uow.actor.member_id,
        )
        uow.session.add(advice)
    _fill(uow.session, advice, draft)
    advice.updated_at = uow.clock.now()
    uow.session.flush()
    uow.log_case(AuditAction.CHANGE, case, f"advice v{advice.number} draft saved")
    return _state(uow.session, case)


def new_version(uow: UnitOfWork, case_id: int, reason: str) -> AdviceState:
    """Open a draft for the next version, starting from the version in force."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.ADVICE_DRAFT, case)
    _refuse_undraftable(case)
    versions = _versions(uow.session, case.id)
    if not versions or versions[-1].issued_at is None:
        raise InvalidTransition(
            "Er is nog geen uitgebracht advies, of er ligt al een concept klaar.",
            "There is no issued advice yet, or a draft is already open.",
        )
    if not reason.strip():
        raise ValidationError(
            [
                FieldProblem(
                    "change_reason",
                    "Geef de reden van de nieuwe versie; die komt in het dossier.",
                    "Give the reason for the new version; it goes into the file.",
                )
            ]
        )
    current = views_of(uow.session, case, [versions[-1]])[0]
    advice = BindingAdvice(
        case_id=case.id,
        number=versions[-1].number + 1,
        change_reason=reason.strip(),
        created_at=uow.clock.now(),
        created_by_id=uow.actor.member_id,
    )
    uow.session.add(advice)
    _fill(uow.session, advice, current.to_draft())
    uow.session.flush()
    uow.log_case(AuditAction.CHANGE, case, f"advice v{advice.number} opened: new version")
    return _state(uow.session, case)


def discard_draft(uow: UnitOfWork, advice_id: int) -> AdviceState:
    advice = load_advice(uow.session, advice_id)
    case = load_case(uow.session, advice.case_id)
    uow.require_case(Permission.ADVICE_DRAFT, case)
    _refuse_issued(advice)
    number = advice.number
    uow.session.delete(advice)
    uow.session.flush()
    uow.log_case(AuditAction.DELETE, case, f"advice v{number} draft discarded")
    return _state(uow.session, case)


def issue_advice(
    uow: UnitOfWork,
    advice_id: int,
    *,
    on: date | None = None,
    expected_row_version: int | None = None,
) -> AdviceState:
    """The chair signs: the version is frozen from now on. Version 1 moves the case to
    `advies_uitgebracht`."""
    advice = load_advice(uow.session, advice_id)
    case = load_case(uow.session, advice.case_id)
    uow.require_case(Permission.ADVICE_ISSUE, case)
    _refuse_issued(advice)
    _check_row_version(advice, expected_row_version)
    today = uow.clock.today()
    on = on or today
    if on > today or on < case.registered_on:
        raise InvalidTransition(
            "De adviesdatum ligt in de toekomst of vóór de aanmelding.",
            "The advice date is in the future or before the registration.",
        )
    view = views_of(uow.session, case, [advice])[0]
    problems = _problems(uow.session, view.to_draft(), on, complete=True)
    if advice.number > 1 and not advice.change_reason.strip():
        problems.append(
            FieldProblem("change_reason", "Geef de reden van de nieuwe versie.", "Give the reason.")
        )
    if problems:
        raise ValidationError(problems)
    if advice.number == 1:
        if case.status != S.GEAGENDEERD:
            raise InvalidTransition(
                "Een eerste advies volgt op de bespreking: zet de casus eerst op de agenda "
                f"van een overleg (de casus is nu {case.status.label('nl').lower()}).",
                "A first advice follows the discussion: put the case on a meeting's agenda "
                f"first (the case is now '{case.status.label('en').lower()}').",
            )
        lifecycle.move_by(uow, case, S.ADVIES_UITGEBRACHT, lifecycle.Route.ADVICE, on=on)
    else:
        _refuse_undraftable(case)
    advice.issued_on = on
    advice.issued_at = uow.clock.now()
    advice.issued_by_id = uow.actor.member_id
    advice.updated_at = uow.clock.now()
    uow.session.flush()
    previous = [
        v
        for v in _versions(uow.session, case.id)
        if v.issued_at is not None and v.number < advice.number
    ]
    if previous:
        carry_over.carry_over(uow, max(previous, key=lambda v: v.number), advice)
    uow.log_case(AuditAction.CHANGE, case, f"advice v{advice.number} issued")
    return _state(uow.session, case)


# --- versions --------------------------------------------------------------------------


def _dated(value: date | None) -> str:
    return "" if value is None else f"{value:%d-%m-%Y}"


def _item_text(c: CareItemView) -> str:
    from expertteam_app.domain.money import format_euros

    parts = [
        c.care_kind.label,
        c.provider_name,
        c.intensity,
        f"start uiterlijk {_dated(c.latest_start)}",
    ]
    parts += [f"{c.funding_municipality.label} {format_euros(c.expected_cost)}"]
    if c.notes:
        parts.append(c.notes)
    return " · ".join(p for p in parts if p)


def _goal_text(g: GoalView) -> str:
    parts = [g.description, g.measure, f"streefdatum {_dated(g.target_date)}"]
    parts.append(f"evaluatie {_dated(g.evaluation_date)}")
    return " · ".join(p for p in parts if p)


def differences(older: AdviceView, newer: AdviceView) -> list[Difference]:
    """What changed from `older` to `newer`, field by field and row by row."""
    found: list[Difference] = []

    def compare(nl: str, en: str, before: str, after: str) -> None:
        if before != after:
            found.append(Difference(nl, en, before, after))

    compare("Onderbouwing", "Rationale", older.rationale, newer.rationale)
    compare("Regiehouder", "Case director", older.case_director_name, newer.case_director_name)
    compare(
        "Organisatie regiehouder",
        "Case director's organisation",
        older.case_director_organisation,
        newer.case_director_organisation,
    )
    compare(
        "Geen nieuwe hulp nodig",
        "No new care needed",
        "ja" if older.no_new_care else "nee",
        "ja" if newer.no_new_care else "nee",
    )
    compare("Reden geen hulp", "Reason no care", older.no_new_care_reason, newer.no_new_care_reason)
    for i in range(max(len(older.care_items), len(newer.care_items))):
        before = _item_text(older.care_items[i]) if i < len(older.care_items) else ""
        after = _item_text(newer.care_items[i]) if i < len(newer.care_items) else ""
        compare(f"In te zetten hulp {i + 1}", f"Care item {i + 1}", before, after)
    for i in range(max(len(older.goals), len(newer.goals))):
        before = _goal_text(older.goals[i]) if i < len(older.goals) else ""
        after = _goal_text(newer.goals[i]) if i < len(newer.goals) else ""
        compare(f"Doel {i + 1}", f"Goal {i + 1}", before, after)
    compare(
        "Geadresseerden",
        "Addressees",
        "; ".join(f"{r.kind.label('nl')}: {r.name}" for r in older.recipients),
        "; ".join(f"{r.kind.label('nl')}: {r.name}" for r in newer.recipients),
    )
    return found
