"""Writing many cases at once: the register import and the demo/benchmark generator.

Bulk INSERT … RETURNING per batch instead of one ORM unit of work per case; the same
tables, the same full-text index and one access-log entry per case as a single
registration writes. Callers check their rows first: this module writes, it does not judge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, select

from expertteam_app.domain import names
from expertteam_app.domain.case import (
    CareHistoryItem,
    Case,
    ConsentRecord,
    HouseholdMember,
    ReferenceCounter,
    StatusChange,
    Suspension,
    YoungPerson,
    case_bottleneck,
    case_problem_area,
)
from expertteam_app.domain.enums import (
    AuditAction,
    CaseStatus,
    ConsentParty,
    ConsentScope,
    EscalationLevel,
    Gender,
    ReferrerType,
    Relation,
    SuspensionReason,
    Urgency,
)
from expertteam_app.domain.escalation import Escalation
from expertteam_app.services import case_index
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.context import UnitOfWork

BATCH = 500


@dataclass
class BulkHouseholdMember:
    relation: Relation
    first_name: str
    name_prefix: str
    last_name: str
    date_of_birth: date | None = None
    has_custody: bool = False
    lives_in_household: bool = True
    phone: str = ""
    email: str = ""


@dataclass
class BulkEscalation:
    level: EscalationLevel
    escalated_on: date
    reason: str
    to_whom: str
    from_status: CaseStatus
    returned_on: date | None = None
    outcome: str = ""


@dataclass
class BulkCase:
    registered_on: date
    first_name: str
    name_prefix: str
    last_name: str
    date_of_birth: date
    gender: Gender
    municipality_code: str
    referrer_type: ReferrerType
    question: str
    status: CaseStatus
    history: list[tuple[CaseStatus | None, CaseStatus, date, str]]
    audit_detail: str
    reference: str = ""  # empty: a new ET-year-number is given
    bsn: str | None = None
    funding_municipality_code: str = ""
    referrer_organisation: str = ""
    referrer_contact_name: str = ""
    referrer_contact_phone: str = ""
    referrer_contact_email: str = ""
    urgency: Urgency = Urgency.REGULAR
    owner_id: int | None = None
    problem_area_ids: list[int] = field(default_factory=list)
    bottleneck_ids: list[int] = field(default_factory=list)
    care_history: list[tuple[str, str, date | None, date | None, str]] = field(default_factory=list)
    household: list[BulkHouseholdMember] = field(default_factory=list)
    # (party, household index for a custodian, scope, given on)
    consents: list[tuple[ConsentParty, int | None, ConsentScope, date]] = field(
        default_factory=list
    )
    suspensions: list[tuple[SuspensionReason, str, date, date | None]] = field(default_factory=list)
    imported_advice_on: date | None = None
    imported_advice_text: str = ""
    closed_on: date | None = None
    closing_result: str = ""  # the closing note
    closing_result_id: int | None = None  # the result from the team's list
    escalations: list[BulkEscalation] = field(default_factory=list)
    reflection: str = ""
    is_test_data: bool = False


def assign_references(uow: UnitOfWork, cases: list[BulkCase]) -> None:
    """ET-year-number for every case without its own reference, skipping taken numbers."""
    session = uow.session
    taken = set(session.scalars(select(Case.reference))) | {
        c.reference for c in cases if c.reference
    }
    counters: dict[int, ReferenceCounter] = {}
    for item in cases:
        if item.reference:
            continue
        year = item.registered_on.year
        counter = counters.get(year) or session.get(ReferenceCounter, year)
        if counter is None:
            counter = ReferenceCounter(year=year, last_number=0)
            session.add(counter)
        counters[year] = counter
        while True:
            counter.last_number += 1
            candidate = f"ET-{year}-{counter.last_number:04d}"
            if candidate not in taken:
                break
        item.reference = candidate
        taken.add(candidate)
    session.flush()


def write_cases(
    uow: UnitOfWork,
    cases: list[BulkCase],
    *,
    on_batch: Callable[[int], None] | None = None,
    audit: bool = True,
) -> list[int]:
    """Insert all cases; returns their ids. `on_batch(n_done)` may raise to cancel."""
    session = uow.session
    now = uow.clock.now()
    assign_references(uow, cases)
    ids: list[int] = []
    for start in range(0, len(cases), BATCH):
        chunk = cases[start : start + BATCH]
        person_ids = session.scalars(
            insert(YoungPerson).returning(YoungPerson.id, sort_by_parameter_order=True),
            [
                {
                    "first_name": c.first_name,
                    "name_prefix": c.name_prefix,
                    "last_name": c.last_name,
                    "name_key": names.name_key(c.first_name, c.name_prefix, c.last_name),
                    "sort_name": names.sort_name(c.first_name, c.name_prefix, c.last_name),
                    "date_of_birth": c.date_of_birth,
                    "bsn": c.bsn,
                    "gender": c.gender,
                    "is_test_data": c.is_test_data,
                }
                for c in chunk
            ],
        ).all()
        case_ids = session.scalars(
            insert(Case).returning(Case.id, sort_by_parameter_order=True),
            [
                {
                    "reference": c.reference,
                    "registered_on": c.registered_on,
                    "status": c.status,
                    "urgency": c.urgency,
                    "young_person_id": pid,
                    "residence_municipality_code": c.municipality_code,
                    "funding_municipality_code": c.funding_municipality_code or c.municipality_code,
                    "referrer_type": c.referrer_type,
                    "referrer_organisation": c.referrer_organisation,
                    "referrer_contact_name": c.referrer_contact_name,
                    "referrer_contact_phone": c.referrer_contact_phone,
                    "referrer_contact_email": c.referrer_contact_email,
                    "question": c.question,
                    "owner_id": c.owner_id,
                    "imported_advice_on": c.imported_advice_on,
                    "imported_advice_text": c.imported_advice_text,
                    "closed_on": c.closed_on,
                    "closing_result": c.closing_result,
                    "closing_result_id": c.closing_result_id,
                    "reflection": c.reflection,
                    "is_test_data": c.is_test_data,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for c, pid in zip(chunk, person_ids, strict=True)
            ],
        ).all()
        _children(uow, chunk, list(case_ids))
        if audit:
            for c, case_id, pid in zip(chunk, case_ids, person_ids, strict=True):
                uow.log(
                    AuditEvent(
                        AuditAction.CREATE,
                        case_id=case_id,
                        case_reference=c.reference,
                        person_id=pid,
                        detail=c.audit_detail,
                    )
                )
        ids.extend(case_ids)
        if on_batch is not None:
            on_batch(len(ids))
    return ids


def _children(uow: UnitOfWork, chunk: list[BulkCase], case_ids: list[int]) -> None:
    session = uow.session
    now = uow.clock.now()
    rows: dict[str, list[dict[str, Any]]] = {
        "history": [],
        "areas": [],
        "bottlenecks": [],
        "care": [],
        "household": [],
        "suspensions": [],
        "escalations": [],
    }
    docs: list[dict[str, object]] = []
    for c, case_id in zip(chunk, case_ids, strict=True):
        rows["history"] += [
            {
                "case_id": case_id,
                "from_status": f,
                "to_status": t,
                "changed_on": on,
                "changed_at": now,
                "member_id": uow.actor.member_id,
                "reason": reason,
            }
            for f, t, on, reason in c.history
        ]
        rows["areas"] += [{"case_id": case_id, "item_id": i} for i in c.problem_area_ids]
        rows["bottlenecks"] += [{"case_id": case_id, "item_id": i} for i in c.bottleneck_ids]
        rows["care"] += [
            {
                "case_id": case_id,
                "provider_id": None,
                "provider_name": p,
                "description": d,
                "period_from": f,
                "period_to": t,
                "outcome": o,
            }
            for p, d, f, t, o in c.care_history
        ]
        rows["household"] += [
            {
                "case_id": case_id,
                "relation": h.relation,
                "first_name": h.first_name,
                "name_prefix": h.name_prefix,
                "last_name": h.last_name,
                "date_of_birth": h.date_of_birth,
                "has_custody": h.has_custody,
                "lives_in_household": h.lives_in_household,
                "phone": h.phone,
                "email": h.email,
            }
            for h in c.household
        ]
        rows["suspensions"] += [
            {
                "case_id": case_id,
                "reason_kind": k,
                "reason": r,
                "started_on": s,
                "ended_on": e,
                "started_by_id": uow.actor.member_id,
                "ended_by_id": uow.actor.member_id if e else None,
            }
            for k, r, s, e in c.suspensions
        ]
        rows["escalations"] += [
            {
                "case_id": case_id,
                "level": e.level,
                "escalated_on": e.escalated_on,
                "reason": e.reason,
                "to_whom": e.to_whom,
                "from_status": e.from_status,
                "returned_on": e.returned_on,
                "outcome": e.outcome,
                "escalated_by_id": uow.actor.member_id,
                "returned_by_id": uow.actor.member_id if e.returned_on else None,
                "recorded_at": now,
            }
            for e in c.escalations
        ]
        people = [names.display_name(c.first_name, c.name_prefix, c.last_name)]
        people += [
            names.display_name(h.first_name, h.name_prefix, h.last_name) for h in c.household
        ]
        people.append(c.referrer_contact_name)
        docs.append(
            case_index.search_row(
                case_id,
                reference=c.reference,
                bsn=c.bsn,
                people=people,
                question=c.question,
                organisation=c.referrer_organisation,
                advice=c.imported_advice_text,
                result=c.closing_result,
                reflection=c.reflection,
                care=[f"{p} {d} {o}" for p, d, _, _, o in c.care_history],
            )
        )
    for table, key in (
        (StatusChange, "history"),
        (case_problem_area, "areas"),
        (case_bottleneck, "bottlenecks"),
        (CareHistoryItem, "care"),
        (Suspension, "suspensions"),
        (Escalation, "escalations"),
    ):
        if rows[key]:
            session.execute(insert(table), rows[key])
    if rows["household"]:
        household_ids = session.scalars(
            insert(HouseholdMember).returning(HouseholdMember.id, sort_by_parameter_order=True),
            rows["household"],
        ).all()
        consents: list[dict[str, Any]] = []
        offset = 0
        for c, case_id in zip(chunk, case_ids, strict=True):
            member_ids = household_ids[offset : offset + len(c.household)]
            offset += len(c.household)
            consents += [
                {
                    "case_id": case_id,
                    "party": party,
                    "household_member_id": member_ids[idx] if idx is not None else None,
                    "scope": scope,
                    "given_on": given,
                    "withdrawn_on": None,
                    "recorded_by_id": None,
                }
                for party, idx, scope, given in c.consents
            ]
        if consents:
            session.execute(insert(ConsentRecord), consents)
    elif any(c.consents for c in chunk):
        session.execute(
            insert(ConsentRecord),
            [
                {
                    "case_id": case_id,
                    "party": party,
                    "household_member_id": None,
                    "scope": scope,
                    "given_on": given,
                    "withdrawn_on": None,
                    "recorded_by_id": None,
                }
                for c, case_id in zip(chunk, case_ids, strict=True)
                for party, _, scope, given in c.consents
            ],
        )
    case_index.index_many(session, docs)
