"""The case register: registering, reading and changing a case.

Input arrives as a `CaseDraft` (plain values, as a form or an import row gives them);
output leaves as a `CaseDetail` (plain values, never a live ORM object). The rules a case
must meet are checked in `validate_draft`, which the form also calls as the person types.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from expertteam_app.domain import bsn as bsn_rules
from expertteam_app.domain import names
from expertteam_app.domain.case import (
    CareHistoryItem,
    Case,
    CaseRevision,
    ConsentRecord,
    HouseholdMember,
    ReferenceCounter,
    StatusChange,
    YoungPerson,
)
from expertteam_app.domain.consent import (
    ConsentFact,
    Custodian,
    MissingConsent,
    age_on,
    missing_consent,
)
from expertteam_app.domain.enums import (
    AuditAction,
    CaseStatus,
    ConsentParty,
    ConsentScope,
    EscalationLevel,
    Gender,
    ListKind,
    ReferrerType,
    Relation,
    SuspensionReason,
    Urgency,
)
from expertteam_app.domain.escalation import Escalation
from expertteam_app.domain.lead_time import lead_time_days
from expertteam_app.domain.team import ManagedListItem, Member, Municipality, Provider
from expertteam_app.errors import FieldProblem, NotFound, Problems, ValidationError
from expertteam_app.services import case_index
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.duplicates import DuplicateHint, find_duplicates
from expertteam_app.services.reference import items_by_code
from expertteam_app.services.roles import Permission

MAX_AGE_AT_REGISTRATION = 23  # the Jeugdwet allows extended youth care up to 23
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"[+0-9][0-9 ()\-]{7,18}")
CUSTODY_RELATIONS = frozenset(
    {
        Relation.MOTHER,
        Relation.FATHER,
        Relation.PARENT,
        Relation.STEP_PARENT,
        Relation.FOSTER_PARENT,
        Relation.GUARDIAN,
        Relation.GRANDPARENT,
        Relation.OTHER,
    }
)


# --- input -----------------------------------------------------------------------------


@dataclass
class PersonInput:
    first_name: str = ""
    name_prefix: str = ""
    last_name: str = ""
    date_of_birth: date | None = None
    bsn: str = ""
    gender: Gender = Gender.UNKNOWN


@dataclass
class HouseholdMemberInput:
    relation: Relation = Relation.PARENT
    first_name: str = ""
    name_prefix: str = ""
    last_name: str = ""
    date_of_birth: date | None = None
    has_custody: bool = False
    lives_in_household: bool = True
    phone: str = ""
    email: str = ""


@dataclass
class CareHistoryInput:
    provider_name: str = ""
    provider_id: int | None = None
    description: str = ""
    period_from: date | None = None
    period_to: date | None = None
    outcome: str = ""
    contact_name: str = ""  # the contact person at that provider


@dataclass
class ConsentInput:
    party: ConsentParty = ConsentParty.YOUNG_PERSON
    scope: ConsentScope = ConsentScope.REGISTRATION
    given_on: date | None = None
    household_index: int | None = None  # which entry of CaseDraft.household (custodians)
    withdrawn_on: date | None = None


@dataclass
class CaseDraft:
    young_person: PersonInput = field(default_factory=PersonInput)
    registered_on: date | None = None
    urgency: Urgency = Urgency.REGULAR
    residence_municipality_code: str = ""
    funding_municipality_code: str = ""  # empty: the same as residence (woonplaatsbeginsel)
    referrer_type: ReferrerType | None = None
    referrer_organisation: str = ""
    referrer_contact_name: str = ""
    referrer_contact_phone: str = ""
    referrer_contact_email: str = ""
    question: str = ""
    problem_area_codes: list[str] = field(default_factory=list)
    bottleneck_codes: list[str] = field(default_factory=list)
    household: list[HouseholdMemberInput] = field(default_factory=list)
    care_history: list[CareHistoryInput] = field(default_factory=list)
    consents: list[ConsentInput] = field(default_factory=list)
    owner_id: int | None = None
    school_name: str = ""  # the young person's school or day activity


# --- output ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Coded:
    code: str
    label: str


@dataclass(frozen=True)
class PersonView:
    id: int
    first_name: str
    name_prefix: str
    last_name: str
    display_name: str
    date_of_birth: date
    age: int
    bsn: str
    gender: Gender
    is_test_data: bool


@dataclass(frozen=True)
class HouseholdView:
    id: int
    relation: Relation
    first_name: str
    name_prefix: str
    last_name: str
    display_name: str
    date_of_birth: date | None
    has_custody: bool
    lives_in_household: bool
    phone: str
    email: str


@dataclass(frozen=True)
class CareHistoryView:
    id: int
    provider_id: int | None
    provider_name: str
    description: str
    period_from: date | None
    period_to: date | None
    outcome: str
    contact_name: str = ""


@dataclass(frozen=True)
class ConsentView:
    id: int
    party: ConsentParty
    household_member_id: int | None
    given_by: str
    scope: ConsentScope
    given_on: date
    withdrawn_on: date | None


@dataclass(frozen=True)
class StatusChangeView:
    from_status: CaseStatus | None
    to_status: CaseStatus
    changed_on: date
    member_name: str
    reason: str


@dataclass(frozen=True)
class SuspensionView:
    id: int
    reason_kind: SuspensionReason
    reason: str
    started_on: date
    ended_on: date | None


@dataclass(frozen=True)
class EscalationSummary:
    """The open escalation of an escalated case (the full story: services.escalation)."""

    id: int
    level: EscalationLevel
    escalated_on: date
    to_whom: str


@dataclass(frozen=True)
class CaseDetail:
    id: int
    reference: str
    version: int
    registered_on: date
    status: CaseStatus
    urgency: Urgency
    young_person: PersonView
    household: tuple[HouseholdView, ...]
    residence_municipality: Coded | None
    funding_municipality: Coded | None
    referrer_type: ReferrerType
    referrer_organisation: str
    referrer_contact_name: str
    referrer_contact_phone: str
    referrer_contact_email: str
    question: str
    owner_id: int | None
    owner_name: str
    problem_areas: tuple[Coded, ...]
    bottlenecks: tuple[Coded, ...]
    care_history: tuple[CareHistoryView, ...]
    consents: tuple[ConsentView, ...]
    status_history: tuple[StatusChangeView, ...]
    suspensions: tuple[SuspensionView, ...]
    lead_time_days: int
    consent_missing: tuple[MissingConsent, ...]
    imported_advice_on: date | None
    imported_advice_text: str
    closed_on: date | None
    closing_result: str
    reflection: str
    is_test_data: bool
    # Escalation and closing (services.escalation, services.closing).
    closing_result_item: Coded | None = None  # the result from the team's list
    open_escalation: EscalationSummary | None = None
    escalation_count: int = 0
    school_name: str = ""

    @property
    def active_suspension(self) -> SuspensionView | None:
        return next((s for s in self.suspensions if s.ended_on is None), None)

    def to_draft(self) -> CaseDraft:
        """The form's starting point when the case is edited."""
        index = {h.id: i for i, h in enumerate(self.household)}
        yp = self.young_person
        return CaseDraft(
            young_person=PersonInput(
                yp.first_name, yp.name_prefix, yp.last_name, yp.date_of_birth, yp.bsn, yp.gender
            ),
            registered_on=self.registered_on,
            urgency=self.urgency,
            residence_municipality_code=self.residence_municipality.code
            if self.residence_municipality
            else "",
            funding_municipality_code=self.funding_municipality.code
            if self.funding_municipality
            else "",
            referrer_type=self.referrer_type,
            referrer_organisation=self.referrer_organisation,
            referrer_contact_name=self.referrer_contact_name,
            referrer_contact_phone=self.referrer_contact_phone,
            referrer_contact_email=self.referrer_contact_email,
            question=self.question,
            problem_area_codes=[c.code for c in self.problem_areas],
            bottleneck_codes=[c.code for c in self.bottlenecks],
            household=[
                HouseholdMemberInput(
                    h.relation,
                    h.first_name,
                    h.name_prefix,
                    h.last_name,
                    h.date_of_birth,
                    h.has_custody,
                    h.lives_in_household,
                    h.phone,
                    h.email,
                )
                for h in self.household
            ],
            care_history=[
                CareHistoryInput(
                    c.provider_name,
                    c.provider_id,
                    c.description,
                    c.period_from,
                    c.period_to,
                    c.outcome,
                    c.contact_name,
                )
                for c in self.care_history
            ],
            consents=[
                ConsentInput(
                    c.party,
                    c.scope,
                    c.given_on,
                    None if c.household_member_id is None else index.get(c.household_member_id),
                    c.withdrawn_on,
                )
                for c in self.consents
            ],
            owner_id=self.owner_id,
            school_name=self.school_name,
        )


@dataclass(frozen=True)
class RegisteredCase:
    case_id: int
    reference: str
    duplicates: tuple[DuplicateHint, ...]
    consent_missing: tuple[MissingConsent, ...]


# --- drafts as JSON (the snapshot kept for "undo last save") ----------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value  # StrEnum members are str already


def draft_to_json(draft: CaseDraft) -> str:
    return json.dumps(_plain(asdict(draft)), ensure_ascii=False, sort_keys=True)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def draft_from_json(text: str) -> CaseDraft:
    data = json.loads(text)
    yp = data["young_person"]
    return CaseDraft(
        young_person=PersonInput(
            yp["first_name"],
            yp["name_prefix"],
            yp["last_name"],
            _day(yp["date_of_birth"]),
            yp["bsn"],
            Gender(yp["gender"]),
        ),
        registered_on=_day(data["registered_on"]),
        urgency=Urgency(data["urgency"]),
        residence_municipality_code=data["residence_municipality_code"],
        funding_municipality_code=data["funding_municipality_code"],
        referrer_type=None
        if data["referrer_type"] is None
        else ReferrerType(data["referrer_type"]),
        referrer_organisation=data["referrer_organisation"],
        referrer_contact_name=data["referrer_contact_name"],
        referrer_contact_phone=data["referrer_contact_phone"],
        referrer_contact_email=data["referrer_contact_email"],
        question=data["question"],
        problem_area_codes=list(data["problem_area_codes"]),
        bottleneck_codes=list(data["bottleneck_codes"]),
        household=[
            HouseholdMemberInput(
                Relation(h["relation"]),
                h["first_name"],
                h["name_prefix"],
                h["last_name"],
                _day(h["date_of_birth"]),
                h["has_custody"],
                h["lives_in_household"],
                h["phone"],
                h["email"],
            )
            for h in data["household"]
        ],
        care_history=[
            CareHistoryInput(
                c["provider_name"],
                c["provider_id"],
                c["description"],
                _day(c["period_from"]),
                _day(c["period_to"]),
                c["outcome"],
                c.get("contact_name", ""),  # absent in snapshots older than schema 0005
            )
            for c in data["care_history"]
        ],
        consents=[
            ConsentInput(
                ConsentParty(c["party"]),
                ConsentScope(c["scope"]),
                _day(c["given_on"]),
                c["household_index"],
                _day(c["withdrawn_on"]),
            )
            for c in data["consents"]
        ],
        owner_id=data["owner_id"],
        school_name=data.get("school_name", ""),
    )


# --- validation ------------------------------------------------------------------------


def _not_future(problems: Problems, field_name: str, value: date | None, today: date) -> None:
    if value is not None and value > today:
        problems.add(field_name, "Deze datum ligt in de toekomst.", "This date is in the future.")


def validate_draft(session: Session, draft: CaseDraft, today: date) -> list[FieldProblem]:
    """Every rule a case must meet; field names are the draft's attribute paths."""
    problems = Problems()
    yp = draft.young_person
    if not yp.first_name.strip():
        problems.add("young_person.first_name", "Vul de voornaam in.", "Fill in the first name.")
    if not yp.last_name.strip():
        problems.add("young_person.last_name", "Vul de achternaam in.", "Fill in the last name.")
    registered_on = draft.registered_on or today
    _not_future(problems, "registered_on", draft.registered_on, today)
    if yp.date_of_birth is None:
        problems.add(
            "young_person.date_of_birth", "Vul de geboortedatum in.", "Fill in the date of birth."
        )
    elif yp.date_of_birth > registered_on:
        problems.add(
            "young_person.date_of_birth",
            "De geboortedatum ligt na de aanmelddatum.",
            "The date of birth is after the registration date.",
        )
    elif age_on(yp.date_of_birth, registered_on) > MAX_AGE_AT_REGISTRATION:
        problems.add(
            "young_person.date_of_birth",
            f"De jeugdige is bij aanmelding ouder dan {MAX_AGE_AT_REGISTRATION} jaar.",
            f"The young person is older than {MAX_AGE_AT_REGISTRATION} at registration.",
        )
    if yp.bsn.strip():
        bsn_problem = bsn_rules.problem(yp.bsn, "young_person.bsn")
        if bsn_problem is not None:
            problems.items.append(bsn_problem)
    if not isinstance(yp.gender, Gender):
        problems.add("young_person.gender", "Kies een geslacht.", "Choose a gender.")

    for name in ("residence_municipality_code", "funding_municipality_code"):
        code = getattr(draft, name).strip()
        if (
            name == "funding_municipality_code"
            and code == draft.residence_municipality_code.strip()
        ):
            continue  # the same as residence: one message is enough
        if not code:
            if name == "residence_municipality_code":
                problems.add(name, "Kies de woongemeente.", "Choose the municipality of residence.")
            continue
        if session.get(Municipality, code) is None:
            problems.add(name, "Onbekende gemeente.", "Unknown municipality.")
    if draft.referrer_type is None:
        problems.add("referrer_type", "Kies het soort verwijzer.", "Choose the kind of referrer.")
    if not draft.question.strip():
        problems.add(
            "question", "Beschrijf de vraag aan het team.", "Describe the question to the team."
        )
    if draft.referrer_contact_email.strip() and not _EMAIL.fullmatch(
        draft.referrer_contact_email.strip()
    ):
        problems.add(
            "referrer_contact_email",
            "Dit e-mailadres klopt niet.",
            "This e-mail address is not valid.",
        )
    if draft.referrer_contact_phone.strip() and not _PHONE.fullmatch(
        draft.referrer_contact_phone.strip()
    ):
        problems.add(
            "referrer_contact_phone",
            "Dit telefoonnummer klopt niet.",
            "This phone number is not valid.",
        )
    if draft.owner_id is not None:
        owner = session.get(Member, draft.owner_id)
        if owner is None or not owner.active:
            problems.add(
                "owner_id", "Dit teamlid bestaat niet (meer).", "This team member does not exist."
            )

    for kind, codes, name in (
        (ListKind.PROBLEM_AREA, draft.problem_area_codes, "problem_area_codes"),
        (ListKind.BOTTLENECK, draft.bottleneck_codes, "bottleneck_codes"),
    ):
        known = items_by_code(session, kind)
        for code in codes:
            if code not in known:
                problems.add(name, f"Onbekende waarde: {code}.", f"Unknown value: {code}.")

    for i, h in enumerate(draft.household):
        prefix = f"household[{i}]"
        if not (h.first_name.strip() or h.last_name.strip()):
            problems.add(f"{prefix}.name", "Vul een naam in.", "Fill in a name.")
        if h.has_custody and h.relation not in CUSTODY_RELATIONS:
            problems.add(
                f"{prefix}.has_custody",
                "Een broer of zus kan geen gezag hebben.",
                "A sibling cannot hold custody.",
            )
        _not_future(problems, f"{prefix}.date_of_birth", h.date_of_birth, today)
        if h.email.strip() and not _EMAIL.fullmatch(h.email.strip()):
            problems.add(
                f"{prefix}.email",
                "Dit e-mailadres klopt niet.",
                "This e-mail address is not valid.",
            )

    for i, c in enumerate(draft.care_history):
        prefix = f"care_history[{i}]"
        if not (c.provider_name.strip() or c.description.strip() or c.provider_id):
            problems.add(
                prefix,
                "Vul de aanbieder of een omschrijving in.",
                "Fill in the provider or a description.",
            )
        if c.provider_id is not None and session.get(Provider, c.provider_id) is None:
            problems.add(f"{prefix}.provider_id", "Onbekende aanbieder.", "Unknown provider.")
        _not_future(problems, f"{prefix}.period_from", c.period_from, today)
        if c.period_from and c.period_to and c.period_to < c.period_from:
            problems.add(
                f"{prefix}.period_to",
                "Het einde ligt vóór het begin.",
                "The end is before the start.",
            )

    for i, consent in enumerate(draft.consents):
        prefix = f"consents[{i}]"
        if consent.given_on is None:
            problems.add(
                f"{prefix}.given_on",
                "Vul de datum van de toestemming in.",
                "Fill in the date of consent.",
            )
        else:
            _not_future(problems, f"{prefix}.given_on", consent.given_on, today)
        if consent.withdrawn_on and consent.given_on and consent.withdrawn_on < consent.given_on:
            problems.add(
                f"{prefix}.withdrawn_on",
                "Intrekken kan niet vóór het geven.",
                "Withdrawal cannot precede consent.",
            )
        if consent.party == ConsentParty.CUSTODIAN:
            idx = consent.household_index
            if idx is None or not 0 <= idx < len(draft.household):
                problems.add(
                    f"{prefix}.household_index",
                    "Kies wie toestemming gaf.",
                    "Choose who consented.",
                )
            elif not draft.household[idx].has_custody:
                problems.add(
                    f"{prefix}.household_index",
                    "Alleen een ouder of voogd met gezag geeft deze toestemming.",
                    "Only a parent or guardian with custody gives this consent.",
                )
    return problems.items


# --- writing ---------------------------------------------------------------------------


def _next_reference(session: Session, year: int) -> str:
    counter = session.get(ReferenceCounter, year)
    if counter is None:
        counter = ReferenceCounter(year=year, last_number=0)
        session.add(counter)
    while True:
        counter.last_number += 1
        reference = f"ET-{year}-{counter.last_number:04d}"
        # Imported registers may already hold ET- numbers; never hand one out twice.
        if session.scalar(select(Case.id).where(Case.reference == reference)) is None:
            return reference


def _apply(session: Session, case: Case, draft: CaseDraft) -> None:
    yp = draft.young_person
    person = case.young_person
    person.first_name = yp.first_name.strip()
    person.name_prefix = yp.name_prefix.strip()
    person.last_name = yp.last_name.strip()
    person.name_key = names.name_key(person.first_name, person.name_prefix, person.last_name)
    person.sort_name = names.sort_name(person.first_name, person.name_prefix, person.last_name)
    assert yp.date_of_birth is not None
    person.date_of_birth = yp.date_of_birth
    person.bsn = bsn_rules.normalise(yp.bsn) or None
    person.gender = yp.gender

    case.urgency = draft.urgency
    case.residence_municipality_code = draft.residence_municipality_code.strip() or None
    case.funding_municipality_code = (
        draft.funding_municipality_code.strip() or draft.residence_municipality_code.strip() or None
    )
    assert draft.referrer_type is not None
    case.referrer_type = draft.referrer_type
    case.referrer_organisation = draft.referrer_organisation.strip()
    case.referrer_contact_name = draft.referrer_contact_name.strip()
    case.referrer_contact_phone = draft.referrer_contact_phone.strip()
    case.referrer_contact_email = draft.referrer_contact_email.strip()
    case.question = draft.question.strip()
    case.owner_id = draft.owner_id
    case.school_name = draft.school_name.strip()

    problem_areas = items_by_code(session, ListKind.PROBLEM_AREA)
    bottlenecks = items_by_code(session, ListKind.BOTTLENECK)
    case.problem_areas = [problem_areas[c] for c in dict.fromkeys(draft.problem_area_codes)]
    case.bottlenecks = [bottlenecks[c] for c in dict.fromkeys(draft.bottleneck_codes)]

    # Child collections are replaced as a whole: the form always sends all of them.
    case.household.clear()
    case.consents.clear()
    case.care_history.clear()
    session.flush()
    household = [
        HouseholdMember(
            relation=h.relation,
            first_name=h.first_name.strip(),
            name_prefix=h.name_prefix.strip(),
            last_name=h.last_name.strip(),
            date_of_birth=h.date_of_birth,
            has_custody=h.has_custody,
            lives_in_household=h.lives_in_household,
            phone=h.phone.strip(),
            email=h.email.strip(),
        )
        for h in draft.household
    ]
    case.household.extend(household)
    provider_names = {
        p.id: p.name
        for p in session.scalars(
            select(Provider).where(
                Provider.id.in_([c.provider_id for c in draft.care_history if c.provider_id])
            )
        )
    }
    case.care_history.extend(
        CareHistoryItem(
            provider_id=c.provider_id,
            provider_name=c.provider_name.strip() or provider_names.get(c.provider_id or -1, ""),
            description=c.description.strip(),
            period_from=c.period_from,
            period_to=c.period_to,
            outcome=c.outcome.strip(),
            contact_name=c.contact_name.strip(),
        )
        for c in draft.care_history
    )
    session.flush()
    for consent in draft.consents:
        assert consent.given_on is not None
        member = household[consent.household_index] if consent.household_index is not None else None
        case.consents.append(
            ConsentRecord(
                party=consent.party,
                household_member_id=member.id
                if member is not None and consent.party == ConsentParty.CUSTODIAN
                else None,
                scope=consent.scope,
                given_on=consent.given_on,
                withdrawn_on=consent.withdrawn_on,
            )
        )


def _normalise(draft: CaseDraft) -> None:
    """Defaults the form may leave empty, filled in before checking and comparing."""
    draft.residence_municipality_code = draft.residence_municipality_code.strip()
    draft.funding_municipality_code = (
        draft.funding_municipality_code.strip() or draft.residence_municipality_code
    )


def register_case(
    uow: UnitOfWork, draft: CaseDraft, *, is_test_data: bool = False
) -> RegisteredCase:
    uow.require(Permission.CASE_REGISTER)
    _normalise(draft)
    today = uow.clock.today()
    problems = validate_draft(uow.session, draft, today)
    if problems:
        raise ValidationError(problems)
    registered_on = draft.registered_on or today
    duplicates = find_duplicates(uow.session, draft.young_person)
    person = YoungPerson(is_test_data=is_test_data)
    case = Case(
        reference=_next_reference(uow.session, registered_on.year),
        registered_on=registered_on,
        status=CaseStatus.AANGEMELD,
        young_person=person,
        is_test_data=is_test_data,
        created_at=uow.clock.now(),
        updated_at=uow.clock.now(),
    )
    uow.session.add(case)
    _apply(uow.session, case, draft)
    case.status_changes.append(
        StatusChange(
            from_status=None,
            to_status=CaseStatus.AANGEMELD,
            changed_on=registered_on,
            changed_at=uow.clock.now(),
            member_id=uow.actor.member_id,
        )
    )
    uow.session.flush()
    case_index.index_case(uow.session, case)
    uow.log(
        AuditEvent(
            AuditAction.CREATE,
            case_id=case.id,
            case_reference=case.reference,
            person_id=person.id,
            detail="registered"
            + (f"; possible duplicates: {len(duplicates)}" if duplicates else ""),
        )
    )
    return RegisteredCase(
        case.id, case.reference, tuple(duplicates), tuple(consent_missing_of(case, registered_on))
    )


def load_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("Deze casus bestaat niet.", "This case does not exist.")
    return case


def case_id_for_reference(uow: UnitOfWork, reference: str) -> int:
    found = uow.session.scalar(select(Case.id).where(Case.reference == reference.strip().upper()))
    if found is None:
        raise NotFound(
            f"Er is geen casus met kenmerk {reference.strip()}.",
            f"There is no case with reference {reference.strip()}.",
        )
    return found


def _changed_fields(before: CaseDraft, after: CaseDraft) -> list[str]:
    changed = [
        f.name for f in fields(CaseDraft) if getattr(before, f.name) != getattr(after, f.name)
    ]
    if "young_person" in changed:
        changed.remove("young_person")
        changed.extend(
            f"young_person.{f.name}"
            for f in fields(PersonInput)
            if getattr(before.young_person, f.name) != getattr(after.young_person, f.name)
        )
    return changed


def _check_version(case: Case, expected_version: int | None) -> None:
    """Refuse a save made on an older copy, so nobody overwrites another's save unseen."""
    if expected_version is not None and case.version != expected_version:
        raise ValidationError(
            [
                FieldProblem(
                    "version",
                    "Deze casus is intussen door iemand anders gewijzigd. Open hem opnieuw.",
                    "Someone else changed this case in the meantime. Open it again.",
                )
            ]
        )


def update_case(
    uow: UnitOfWork, case_id: int, draft: CaseDraft, *, expected_version: int | None = None
) -> CaseDetail:
    """Save a changed case. `expected_version` guards against overwriting someone's save."""
    case = load_case(uow.session, case_id)
    uow.require(
        Permission.CASE_EDIT,
        case_id=case.id,
        case_reference=case.reference,
        person_id=case.young_person_id,
    )
    _check_version(case, expected_version)
    draft.registered_on = case.registered_on  # the registration date is part of the record
    _normalise(draft)
    problems = validate_draft(uow.session, draft, uow.clock.today())
    if problems:
        raise ValidationError(problems)
    return _save(uow, case, draft, detail_prefix="fields")


def _save(uow: UnitOfWork, case: Case, draft: CaseDraft, *, detail_prefix: str) -> CaseDetail:
    before = _detail(case, uow.clock.today()).to_draft()
    changed = _changed_fields(before, draft)
    if changed:
        uow.session.add(
            CaseRevision(
                case_id=case.id,
                replaced_version=case.version,
                saved_at=uow.clock.now(),
                member_id=uow.actor.member_id,
                changed_fields=", ".join(changed),
                snapshot_json=draft_to_json(before),
            )
        )
        _apply(uow.session, case, draft)
        case.updated_at = uow.clock.now()
        uow.session.flush()
        case_index.index_case(uow.session, case)
        uow.log(
            AuditEvent(
                AuditAction.CHANGE,
                case_id=case.id,
                case_reference=case.reference,
                person_id=case.young_person_id,
                detail=f"{detail_prefix}: " + ", ".join(changed),
            )
        )
    uow.session.flush()
    uow.session.refresh(case)
    return _detail(case, uow.clock.today())


@dataclass(frozen=True)
class LastSave:
    """What "undo last save" would put back: who saved when, and which fields changed."""

    saved_at: datetime
    member_name: str
    changed_fields: tuple[str, ...]


def _last_revision(session: Session, case_id: int) -> CaseRevision | None:
    return session.scalars(
        select(CaseRevision)
        .where(CaseRevision.case_id == case_id)
        .order_by(CaseRevision.id.desc())
        .limit(1)
    ).first()


def last_save(uow: UnitOfWork, case_id: int) -> LastSave | None:
    """None when the case was never changed after its registration (nothing to undo)."""
    uow.require(Permission.CASE_READ)
    revision = _last_revision(uow.session, case_id)
    if revision is None:
        return None
    member = uow.session.get(Member, revision.member_id) if revision.member_id else None
    return LastSave(
        revision.saved_at, member.name if member else "", tuple(revision.changed_fields.split(", "))
    )


def undo_last_save(
    uow: UnitOfWork, case_id: int, *, expected_version: int | None = None
) -> CaseDetail:
    """Put back the case as it was before its last save. Nothing is deleted: the undo is
    itself a save, in the history and the access log, and can be undone in turn."""
    case = load_case(uow.session, case_id)
    uow.require(
        Permission.CASE_EDIT,
        case_id=case.id,
        case_reference=case.reference,
        person_id=case.young_person_id,
    )
    _check_version(case, expected_version)
    revision = _last_revision(uow.session, case.id)
    if revision is None:
        raise ValidationError(
            [
                FieldProblem(
                    "version",
                    "Er is geen eerdere opslag om terug te draaien.",
                    "There is no earlier save to undo.",
                )
            ]
        )
    return _save(
        uow, case, draft_from_json(revision.snapshot_json), detail_prefix="undo of last save"
    )


def get_case(uow: UnitOfWork, case_id: int) -> CaseDetail:
    """Read a case; every read is in the access log."""
    case = load_case(uow.session, case_id)
    uow.require(
        Permission.CASE_READ,
        case_id=case.id,
        case_reference=case.reference,
        person_id=case.young_person_id,
    )
    uow.log(
        AuditEvent(
            AuditAction.READ,
            case_id=case.id,
            case_reference=case.reference,
            person_id=case.young_person_id,
        )
    )
    return _detail(case, uow.clock.today())


def possible_duplicates(
    uow: UnitOfWork, person: PersonInput, *, exclude_case_id: int | None = None
) -> list[DuplicateHint]:
    """For the form's warning while typing; logged as a search."""
    uow.require(Permission.CASE_SEARCH)
    hints = find_duplicates(uow.session, person, exclude_case_id=exclude_case_id)
    if hints:
        uow.log(AuditEvent(AuditAction.SEARCH, detail=f"duplicate check: {len(hints)} found"))
    return hints


# --- reading ---------------------------------------------------------------------------


def consent_missing_of(case: Case, on: date) -> list[MissingConsent]:
    person = case.young_person
    custodians = [
        Custodian(h.id, names.display_name(h.first_name, h.name_prefix, h.last_name))
        for h in case.household
        if h.has_custody
    ]
    facts = [
        ConsentFact(c.party, c.scope, c.household_member_id, c.given_on, c.withdrawn_on)
        for c in case.consents
    ]
    return missing_consent(
        date_of_birth=person.date_of_birth,
        on=on,
        scope=ConsentScope.REGISTRATION,
        custodians=custodians,
        facts=facts,
    )


def lead_time_of(case: Case, today: date) -> int:
    """Days from registration to the advice, suspensions excluded. The clock stops at the
    advice, or where the case ended without one (not admissible, closed); else it runs."""
    stop = next(
        (s.changed_on for s in case.status_changes if s.to_status == CaseStatus.ADVIES_UITGEBRACHT),
        case.imported_advice_on,
    )
    if stop is None and case.status in (CaseStatus.NIET_ONTVANKELIJK, CaseStatus.AFGESLOTEN):
        stop = next(
            (s.changed_on for s in reversed(case.status_changes) if s.to_status == case.status),
            None,
        )
    return lead_time_days(
        case.registered_on, stop or today, [(s.started_on, s.ended_on) for s in case.suspensions]
    )


def lead_time_exceeded(detail: CaseDetail, target_weeks: int) -> bool:
    """Warn when a case still waiting for its advice has passed the team's target."""
    if detail.imported_advice_on is not None or detail.status in (
        CaseStatus.NIET_ONTVANKELIJK,
        CaseStatus.AFGESLOTEN,
    ):
        return False
    if any(s.to_status == CaseStatus.ADVIES_UITGEBRACHT for s in detail.status_history):
        return False
    return detail.lead_time_days > target_weeks * 7


def _detail(case: Case, today: date) -> CaseDetail:
    session = Session.object_session(case)
    assert session is not None
    p = case.young_person
    municipalities = {
        m.cbs_code: m.name
        for m in session.scalars(
            select(Municipality).where(
                Municipality.cbs_code.in_(
                    [
                        c
                        for c in (case.residence_municipality_code, case.funding_municipality_code)
                        if c
                    ]
                )
            )
        )
    }
    member_names = {m.id: m.name for m in session.scalars(select(Member))}
    household_names = {
        h.id: names.display_name(h.first_name, h.name_prefix, h.last_name) for h in case.household
    }

    def coded(code: str | None) -> Coded | None:
        return None if code is None else Coded(code, municipalities.get(code, code))

    return CaseDetail(
        id=case.id,
        reference=case.reference,
        version=case.version,
        registered_on=case.registered_on,
        status=case.status,
        urgency=case.urgency,
        young_person=PersonView(
            p.id,
            p.first_name,
            p.name_prefix,
            p.last_name,
            names.display_name(p.first_name, p.name_prefix, p.last_name),
            p.date_of_birth,
            age_on(p.date_of_birth, today),
            p.bsn or "",
            p.gender,
            p.is_test_data,
        ),
        household=tuple(
            HouseholdView(
                h.id,
                h.relation,
                h.first_name,
                h.name_prefix,
                h.last_name,
                household_names[h.id],
                h.date_of_birth,
                h.has_custody,
                h.lives_in_household,
                h.phone,
                h.email,
            )
            for h in case.household
        ),
        residence_municipality=coded(case.residence_municipality_code),
        funding_municipality=coded(case.funding_municipality_code),
        referrer_type=case.referrer_type,
        referrer_organisation=case.referrer_organisation,
        referrer_contact_name=case.referrer_contact_name,
        referrer_contact_phone=case.referrer_contact_phone,
        referrer_contact_email=case.referrer_contact_email,
        question=case.question,
        owner_id=case.owner_id,
        owner_name=member_names.get(case.owner_id or -1, ""),
        problem_areas=tuple(Coded(i.code, i.label) for i in case.problem_areas),
        bottlenecks=tuple(Coded(i.code, i.label) for i in case.bottlenecks),
        care_history=tuple(
            CareHistoryView(
                c.id,
                c.provider_id,
                c.provider_name,
                c.description,
                c.period_from,
                c.period_to,
                c.outcome,
                c.contact_name,
            )
            for c in case.care_history
        ),
        consents=tuple(
            ConsentView(
                c.id,
                c.party,
                c.household_member_id,
                household_names.get(c.household_member_id or -1, "")
                if c.party == ConsentParty.CUSTODIAN
                else names.display_name(p.first_name, p.name_prefix, p.last_name),
                c.scope,
                c.given_on,
                c.withdrawn_on,
            )
            for c in case.consents
        ),
        status_history=tuple(
            StatusChangeView(
                s.from_status,
                s.to_status,
                s.changed_on,
                member_names.get(s.member_id or -1, ""),
                s.reason,
            )
            for s in case.status_changes
        ),
        suspensions=tuple(
            SuspensionView(s.id, s.reason_kind, s.reason, s.started_on, s.ended_on)
            for s in case.suspensions
        ),
        lead_time_days=lead_time_of(case, today),
        consent_missing=tuple(consent_missing_of(case, today)),
        imported_advice_on=case.imported_advice_on,
        imported_advice_text=case.imported_advice_text,
        closed_on=case.closed_on,
        closing_result=case.closing_result,
        reflection=case.reflection,
        is_test_data=case.is_test_data,
        closing_result_item=_closing_result_item(session, case),
        open_escalation=_open_escalation(session, case),
        escalation_count=session.scalar(
            select(func.count()).select_from(Escalation).where(Escalation.case_id == case.id)
        )
        or 0,
        school_name=case.school_name,
    )


def _closing_result_item(session: Session, case: Case) -> Coded | None:
    if case.closing_result_id is None:
        return None
    item = session.get(ManagedListItem, case.closing_result_id)
    return None if item is None else Coded(item.code, item.label)


def _open_escalation(session: Session, case: Case) -> EscalationSummary | None:
    if case.status != CaseStatus.OPGESCHAALD:
        return None
    open_ = session.scalar(
        select(Escalation)
        .where(Escalation.case_id == case.id, Escalation.returned_on.is_(None))
        .order_by(Escalation.id.desc())
        .limit(1)
    )
    if open_ is None:
        return None
    return EscalationSummary(open_.id, open_.level, open_.escalated_on, open_.to_whom)


def detail_of(case: Case, today: date) -> CaseDetail:
    """For other services that already hold the case in their unit of work."""
    return _detail(case, today)
