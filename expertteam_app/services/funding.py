"""Funding by municipalities: per advised care item the requests to a municipality, the
decision on each (requested, committed, refused, disputed) with its full history, and the
disputes about who pays.

Rules:
- Requests hang on a care item of the case's current issued advice (the highest version
  with `issued_at`); a new version carries them over (`carry_over`). A care item may have
  several requests: split funding between municipalities, or a new request for a new
  period.
- Amounts are exact `Decimal` euros with at most two decimals. A commitment is more than
  nothing and never more than was requested: a municipality that pays more answers a
  different (new) request, and a typo of a zero too many would inflate every overview.
- A refusal needs its reason. A refused request may be committed later (after a dispute or
  a reconsideration); every decision is kept as a `FundingEvent`, so the history shows the
  refusal, the dispute and the commitment in order.
- A dispute puts the request on `disputed`; one open dispute per request at a time. While
  it is open the decision follows from ending it (`end_dispute`), not from
  `record_decision`. A standing commitment stays during a dispute about its amount.
- Dates: not in the future; a request not before the case's first advice; a decision or a
  dispute not before the request nor before the previous step of its history.
- Nothing changes on a closed or not-admissible case.
Every change is one access-log entry (ids and decisions only, never client data).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from expertteam_app.domain.advice import AdviceCareItem
from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import (
    AuditAction,
    CaseStatus,
    DisputeSubject,
    FundingDecision,
    ListKind,
)
from expertteam_app.domain.funding import FundingDispute, FundingEvent, FundingRequest
from expertteam_app.domain.team import ManagedListItem, Member, Municipality, Provider
from expertteam_app.errors import (
    InvalidTransition,
    NotFound,
    Problems,
)
from expertteam_app.services.advice import MAX_COST
from expertteam_app.services.advice_in_force import current_advice, first_issued_on
from expertteam_app.services.cases import Coded, load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission, allows

D = FundingDecision
CLOSED = frozenset({CaseStatus.AFGESLOTEN, CaseStatus.NIET_ONTVANKELIJK})
OPEN_DECISIONS = frozenset({D.REQUESTED, D.DISPUTED})
REFERENCE_MAX = 80  # the column's length
CENT = Decimal("0.01")


# --- input and output ----------------------------------------------------------------------


@dataclass(frozen=True)
class FundingRequestInput:
    municipality_code: str
    requested_amount: Decimal
    requested_on: date
    period_from: date | None = None
    period_to: date | None = None
    documents: str = ""  # the documents sent or received, one per line


@dataclass(frozen=True)
class FundingEventView:
    decision: FundingDecision
    occurred_on: date
    amount: Decimal | None
    reference: str
    note: str
    member_name: str


@dataclass(frozen=True)
class DisputeView:
    id: int
    parties: str
    subject: DisputeSubject
    subject_note: str
    opened_on: date
    ended_on: date | None
    outcome: str
    member_name: str

    @property
    def is_open(self) -> bool:
        return self.ended_on is None


@dataclass(frozen=True)
class FundingRequestView:
    id: int
    care_item_id: int
    municipality: Coded
    requested_amount: Decimal
    requested_on: date
    period_from: date | None
    period_to: date | None
    decision: FundingDecision
    decided_on: date | None
    committed_amount: Decimal | None
    decision_reference: str
    documents: str
    row_version: int
    events: tuple[FundingEventView, ...]
    disputes: tuple[DisputeView, ...]

    @property
    def open_dispute(self) -> DisputeView | None:
        return next((d for d in self.disputes if d.is_open), None)


@dataclass(frozen=True)
class CareItemFunding:
    care_item_id: int
    position: int
    care_kind: Coded
    provider_name: str
    expected_cost: Decimal
    funding_municipality: Coded  # the municipality the advice names
    requests: tuple[FundingRequestView, ...]

    @property
    def requested_total(self) -> Decimal:
        return sum((r.requested_amount for r in self.requests), Decimal("0.00"))

    @property
    def committed_total(self) -> Decimal:
        return sum((r.committed_amount or Decimal(0) for r in self.requests), Decimal("0.00"))


@dataclass(frozen=True)
class CaseFunding:
    case_id: int
    case_reference: str
    status: CaseStatus
    advice_id: int | None  # the current issued version; None before the first advice
    advice_number: int | None
    advice_issued_on: date | None
    items: tuple[CareItemFunding, ...]
    expected_total: Decimal
    requested_total: Decimal
    committed_total: Decimal  # the commitments that stand
    may_record: bool  # this member may record funding on this case now

    def request(self, request_id: int) -> FundingRequestView:
        for item in self.items:
            for found in item.requests:
                if found.id == request_id:
                    return found
        raise KeyError(request_id)


# --- reading -------------------------------------------------------------------------------


def _build(session: Session, case: Case, may_record: bool) -> CaseFunding:
    advice = current_advice(session, case.id)
    items = list(advice.care_items) if advice is not None else []
    item_ids = [c.id for c in items]
    requests = list(
        session.scalars(
            select(FundingRequest)
            .where(FundingRequest.care_item_id.in_(item_ids))
            .order_by(FundingRequest.requested_on, FundingRequest.id)
        )
    )
    members: dict[int, str] = {i: n for i, n in session.execute(select(Member.id, Member.name))}
    codes = {c.funding_municipality_code for c in items} | {r.municipality_code for r in requests}
    municipalities: dict[str, str] = {
        code: name
        for code, name in session.execute(
            select(Municipality.cbs_code, Municipality.name).where(Municipality.cbs_code.in_(codes))
        )
    }
    kinds = {
        k.id: k
        for k in session.scalars(
            select(ManagedListItem).where(
                ManagedListItem.kind == ListKind.OFFER_CATEGORY,
                ManagedListItem.id.in_({c.care_kind_id for c in items}),
            )
        )
    }
    providers: dict[int, str] = {
        i: n
        for i, n in session.execute(
            select(Provider.id, Provider.name).where(
                Provider.id.in_({c.provider_id for c in items})
            )
        )
    }

    def coded(code: str) -> Coded:
        return Coded(code, municipalities.get(code, ""))

    def view(r: FundingRequest) -> FundingRequestView:
        return FundingRequestView(
            id=r.id,
            care_item_id=r.care_item_id,
            municipality=coded(r.municipality_code),
            requested_amount=r.requested_amount,
            requested_on=r.requested_on,
            period_from=r.period_from,
            period_to=r.period_to,
            decision=r.decision,
            decided_on=r.decided_on,
            committed_amount=r.committed_amount,
            decision_reference=r.decision_reference,
            documents=r.documents,
            row_version=r.row_version,
            events=tuple(
                FundingEventView(
                    e.decision,
                    e.occurred_on,
                    e.amount,
                    e.reference,
                    e.note,
                    members.get(e.member_id or -1, ""),
                )
                for e in r.events
            ),
            disputes=tuple(
                DisputeView(
                    d.id,
                    d.parties,
                    d.subject,
                    d.subject_note,
                    d.opened_on,
                    d.ended_on,
                    d.outcome,
                    members.get(d.member_id or -1, ""),
                )
                for d in r.disputes
            ),
        )

    by_item: dict[int, list[FundingRequestView]] = {i: [] for i in item_ids}
    for r in requests:
        by_item[r.care_item_id].append(view(r))
    funded = tuple(
        CareItemFunding(
            care_item_id=c.id,
            position=c.position,
            care_kind=Coded(
                kinds[c.care_kind_id].code if c.care_kind_id in kinds else "",
                kinds[c.care_kind_id].label if c.care_kind_id in kinds else "",
            ),
            provider_name=providers.get(c.provider_id, ""),
            expected_cost=c.expected_cost,
            funding_municipality=coded(c.funding_municipality_code),
            requests=tuple(by_item[c.id]),
        )
        for c in sorted(items, key=lambda c: (c.position, c.id))
    )
    return CaseFunding(
        case_id=case.id,
        case_reference=case.reference,
        status=case.status,
        advice_id=advice.id if advice is not None else None,
        advice_number=advice.number if advice is not None else None,
        advice_issued_on=advice.issued_on if advice is not None else None,
        items=funded,
        expected_total=sum((i.expected_cost for i in funded), Decimal("0.00")),
        requested_total=sum((i.requested_total for i in funded), Decimal("0.00")),
        committed_total=sum((i.committed_total for i in funded), Decimal("0.00")),
        may_record=may_record and advice is not None and case.status not in CLOSED,
    )


def case_funding(uow: UnitOfWork, case_id: int) -> CaseFunding:
    """The funding of the case's current advice, per care item; a read in the access log."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_READ, case)
    uow.log_case(AuditAction.READ, case, "funding")
    return _build(uow.session, case, allows(uow.actor.role, Permission.CASE_FOLLOW_UP))


# --- checks --------------------------------------------------------------------------------


def _refuse_closed(case: Case) -> None:
    if case.status in CLOSED:
        raise InvalidTransition(
            f"De casus is {case.status.label('nl').lower()}: de financiering ligt vast.",
            f"The case is '{case.status.label('en').lower()}': its funding can no longer change.",
        )


def _check_row_version(request: FundingRequest, expected: int | None) -> None:
    if expected is not None and request.row_version != expected:
        raise InvalidTransition(
            "Deze aanvraag is intussen door iemand anders gewijzigd. Open de casus opnieuw.",
            "Someone else changed this request in the meantime. Open the case again.",
        )


def _check_amount(
    problems: Problems, path: str, amount: Decimal | None, what_nl: str, what_en: str
) -> bool:
    """True if `amount` is a proper amount in euros; otherwise a problem at `path`."""
    if amount is None:
        problems.add(path, f"Vul {what_nl} in.", f"Fill in {what_en}.")
        return False
    try:
        exact = amount == amount.quantize(CENT)
    except InvalidOperation:
        exact = False
    if not amount.is_finite() or not exact:
        problems.add(
            path,
            "Een bedrag heeft hooguit twee cijfers achter de komma.",
            "An amount has at most two decimals.",
        )
        return False
    if amount <= 0:
        problems.add(
            path, f"{what_nl.capitalize()} is meer dan nul.", f"{what_en.capitalize()} is above 0."
        )
        return False
    if amount > MAX_COST:
        problems.add(
            path,
            "Dit bedrag is onwaarschijnlijk hoog; controleer het.",
            "This amount is implausibly high; check it.",
        )
        return False
    return True


def _check_date(
    problems: Problems,
    path: str,
    on: date,
    today: date,
    earliest: date | None,
    earliest_nl: str,
    earliest_en: str,
) -> None:
    if on > today:
        problems.add(path, "Deze datum ligt in de toekomst.", "This date is in the future.")
    elif earliest is not None and on < earliest:
        problems.add(
            path,
            f"Deze datum ligt vóór {earliest_nl} ({earliest:%d-%m-%Y}).",
            f"This date is before {earliest_en} ({earliest:%d-%m-%Y}).",
        )


def _check_reference(problems: Problems, path: str, reference: str) -> None:
    if len(reference) > REFERENCE_MAX:
        problems.add(
            path,
            f"Een kenmerk is hooguit {REFERENCE_MAX} tekens.",
            f"A reference is at most {REFERENCE_MAX} characters.",
        )


def _last_step(request: FundingRequest) -> date:
    """The latest date in the request's history: a new step may not come before it."""
    dates = [request.requested_on, *(e.occurred_on for e in request.events)]
    dates += [d.opened_on for d in request.disputes]
    dates += [d.ended_on for d in request.disputes if d.ended_on is not None]
    return max(dates)


def _load_request(session: Session, request_id: int) -> FundingRequest:
    request = session.get(FundingRequest, request_id)
    if request is None:
        raise NotFound(
            "Deze financieringsaanvraag bestaat niet (meer).",
            "This funding request no longer exists.",
        )
    return request


def _writable_case(uow: UnitOfWork, case_id: int) -> Case:
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_FOLLOW_UP, case)
    _refuse_closed(case)
    return case


def _add_event(
    uow: UnitOfWork,
    request: FundingRequest,
    decision: FundingDecision,
    on: date,
    *,
    amount: Decimal | None = None,
    reference: str = "",
    note: str = "",
) -> None:
    request.events.append(
        FundingEvent(
            decision=decision,
            occurred_on=on,
            amount=amount,
            reference=reference,
            note=note,
            member_id=uow.actor.member_id,
            recorded_at=uow.clock.now(),
        )
    )
    request.updated_at = uow.clock.now()


def _done(uow: UnitOfWork, case: Case, detail: str) -> CaseFunding:
    uow.session.flush()
    uow.log_case(AuditAction.CHANGE, case, detail)
    return _build(uow.session, case, True)


# --- writing -------------------------------------------------------------------------------


def request_funding(uow: UnitOfWork, care_item_id: int, data: FundingRequestInput) -> CaseFunding:
    """Record a request to a municipality to fund (part of) a care item of the current
    advice. It starts as `requested`."""
    item = uow.session.get(AdviceCareItem, care_item_id)
    if item is None:
        raise NotFound("Dit adviesonderdeel bestaat niet.", "This care item does not exist.")
    case = _writable_case(uow, item.advice.case_id)
    current = current_advice(uow.session, case.id)
    if current is None or item.advice_id != current.id:
        raise InvalidTransition(
            "Financiering vraagt u aan voor hulp uit het geldende advies, niet uit een concept "
            "of een vervangen versie.",
            "Funding is requested for care in the advice in force, not in a draft or a "
            "superseded version.",
        )
    problems = Problems()
    _check_amount(
        problems,
        "requested_amount",
        data.requested_amount,
        "het gevraagde bedrag",
        "the amount requested",
    )
    if uow.session.get(Municipality, data.municipality_code.strip()) is None:
        problems.add(
            "municipality_code",
            "Kies de gemeente waaraan de financiering wordt gevraagd.",
            "Choose the municipality asked to fund.",
        )
    _check_date(
        problems,
        "requested_on",
        data.requested_on,
        uow.clock.today(),
        first_issued_on(uow.session, case.id),
        "het advies",
        "the advice",
    )
    if (
        data.period_from is not None
        and data.period_to is not None
        and data.period_to < data.period_from
    ):
        problems.add(
            "period_to",
            "De periode eindigt vóór ze begint.",
            "The period ends before it begins.",
        )
    problems.raise_if_any()
    request = FundingRequest(
        case_id=case.id,
        care_item_id=item.id,
        municipality_code=data.municipality_code.strip(),
        requested_amount=data.requested_amount,
        requested_on=data.requested_on,
        period_from=data.period_from,
        period_to=data.period_to,
        decision=D.REQUESTED,
        documents=data.documents.strip(),
        created_at=uow.clock.now(),
    )
    uow.session.add(request)
    _add_event(uow, request, D.REQUESTED, data.requested_on, amount=data.requested_amount)
    uow.session.flush()
    return _done(uow, case, f"funding: request {request.id} for care item {item.id}")


def _decide(
    uow: UnitOfWork,
    request: FundingRequest,
    decision: FundingDecision,
    *,
    on: date,
    committed_amount: Decimal | None,
    reference: str,
    note: str,
    problems: Problems,
    earliest: date,
    require_note: bool = True,
) -> None:
    """Check and record a commitment or a refusal (shared by a decision and a dispute's end)."""
    if decision not in (D.COMMITTED, D.REFUSED):
        raise InvalidTransition(
            "Leg een toezegging of een weigering vast; een geschil opent u apart.",
            "Record a commitment or a refusal; a dispute is opened separately.",
        )
    reference = reference.strip()
    note = note.strip()
    _check_date(
        problems, "on", on, uow.clock.today(), earliest, "de vorige stap", "the previous step"
    )
    _check_reference(problems, "reference", reference)
    if decision == D.COMMITTED:
        if (
            _check_amount(
                problems,
                "committed_amount",
                committed_amount,
                "het toegezegde bedrag",
                "the amount committed",
            )
            and committed_amount is not None
            and committed_amount > request.requested_amount
        ):
            problems.add(
                "committed_amount",
                "De toezegging is hoger dan de aanvraag. Leg voor het meerdere een nieuwe "
                "aanvraag vast.",
                "The commitment is more than was requested. Record a new request for the "
                "difference.",
            )
    elif require_note and not note:
        problems.add(
            "note",
            "Geef de reden van de weigering.",
            "Give the reason for the refusal.",
        )
    problems.raise_if_any()
    request.decision = decision
    request.decided_on = on
    request.committed_amount = committed_amount if decision == D.COMMITTED else None
    request.decision_reference = reference
    _add_event(
        uow,
        request,
        decision,
        on,
        amount=request.committed_amount,
        reference=reference,
        note=note,
    )


def record_decision(
    uow: UnitOfWork,
    request_id: int,
    decision: FundingDecision,
    *,
    on: date,
    committed_amount: Decimal | None = None,
    reference: str = "",
    note: str = "",
    expected_row_version: int | None = None,
) -> CaseFunding:
    """The municipality's decision: COMMITTED (an amount above 0, at most what was
    requested) or REFUSED (with the reason in `note`). A later decision replaces an
    earlier one; the history keeps both."""
    request = _load_request(uow.session, request_id)
    case = _writable_case(uow, request.case_id)
    _check_row_version(request, expected_row_version)
    if request.decision == D.DISPUTED:
        raise InvalidTransition(
            "Over deze aanvraag loopt een geschil: leg het besluit vast bij het beëindigen "
            "van het geschil.",
            "This request is disputed: record the decision when you end the dispute.",
        )
    _decide(
        uow,
        request,
        decision,
        on=on,
        committed_amount=committed_amount,
        reference=reference,
        note=note,
        problems=Problems(),
        earliest=_last_step(request),
    )
    return _done(uow, case, f"funding: request {request.id} {decision.value}")


def open_dispute(
    uow: UnitOfWork,
    request_id: int,
    *,
    parties: str,
    subject: DisputeSubject,
    subject_note: str = "",
    on: date,
    expected_row_version: int | None = None,
) -> CaseFunding:
    """A dispute about the request (who pays, the legal domain, the amount ...): the
    request becomes `disputed` until the dispute ends."""
    request = _load_request(uow.session, request_id)
    case = _writable_case(uow, request.case_id)
    _check_row_version(request, expected_row_version)
    if any(d.ended_on is None for d in request.disputes):
        raise InvalidTransition(
            "Over deze aanvraag loopt al een geschil; beëindig dat eerst.",
            "This request already has an open dispute; end that first.",
        )
    problems = Problems()
    if not parties.strip():
        problems.add(
            "parties",
            "Noem de partijen in het geschil.",
            "Name the parties to the dispute.",
        )
    if subject_note.strip() == "" and subject == DisputeSubject.OTHER:
        problems.add(
            "subject_note",
            "Beschrijf waarover het geschil gaat.",
            "Describe what the dispute is about.",
        )
    _check_date(
        problems,
        "on",
        on,
        uow.clock.today(),
        _last_step(request),
        "de vorige stap",
        "the previous step",
    )
    problems.raise_if_any()
    request.disputes.append(
        FundingDispute(
            parties=parties.strip(),
            subject=subject,
            subject_note=subject_note.strip(),
            opened_on=on,
            member_id=uow.actor.member_id,
        )
    )
    request.decision = D.DISPUTED
    _add_event(
        uow,
        request,
        D.DISPUTED,
        on,
        amount=request.committed_amount,
        note=subject.label("nl") + (f": {subject_note.strip()}" if subject_note.strip() else ""),
    )
    return _done(uow, case, f"funding: request {request.id} disputed")


def end_dispute(
    uow: UnitOfWork,
    dispute_id: int,
    *,
    on: date,
    outcome: str,
    decision: FundingDecision,
    committed_amount: Decimal | None = None,
    reference: str = "",
    expected_row_version: int | None = None,
) -> CaseFunding:
    """End the dispute with how it ended (`outcome`) and the decision that follows from it:
    COMMITTED with an amount, or REFUSED (the outcome is the reason)."""
    dispute = uow.session.get(FundingDispute, dispute_id)
    if dispute is None:
        raise NotFound("Dit geschil bestaat niet (meer).", "This dispute no longer exists.")
    request = dispute.request
    case = _writable_case(uow, request.case_id)
    _check_row_version(request, expected_row_version)
    if dispute.ended_on is not None:
        raise InvalidTransition("Dit geschil is al beëindigd.", "This dispute has already ended.")
    problems = Problems()
    if not outcome.strip():
        problems.add(
            "outcome",
            "Beschrijf hoe het geschil is afgelopen.",
            "Describe how the dispute ended.",
        )
    earliest = _last_step(request)
    _decide(
        uow,
        request,
        decision,
        on=on,
        committed_amount=committed_amount,
        reference=reference,
        note=outcome,
        problems=problems,
        earliest=earliest,
        require_note=False,  # the outcome is the reason, and it is required above
    )
    dispute.ended_on = on
    dispute.outcome = outcome.strip()
    return _done(
        uow, case, f"funding: dispute {dispute.id} ended, request {request.id} {decision.value}"
    )
