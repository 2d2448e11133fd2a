"""The benchmark data set: a team database with 100,000 synthetic cases, built once and
kept in benchmarks/out/ (it takes a few minutes to build).

Besides the cases (services.demo), every case at or past its advice gets what follows the
advice: a binding advice with care items and goals (some cases a second version), the
meeting it was discussed in, providers' answers and starts, funding requests with their
decisions, goal evaluations, and the "big five" for young people nearing 18. Cases on an
agenda get a meeting too. Dates follow each case's status history; all of it is synthetic.
"""

from __future__ import annotations

import os
import random
import time as timer
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from expertteam_app.domain.advice import AdviceCareItem, AdviceGoal, BindingAdvice
from expertteam_app.domain.case import Case, StatusChange, YoungPerson
from expertteam_app.domain.enums import (
    BigFiveArea,
    BigFiveStatus,
    CareAnswer,
    CaseStatus,
    DisputeSubject,
    FundingDecision,
    GoalOutcome,
    ListKind,
    Role,
)
from expertteam_app.domain.followup import CareItemFollowUp, GoalEvaluation, TransitionCheck
from expertteam_app.domain.funding import FundingDispute, FundingEvent, FundingRequest
from expertteam_app.domain.meeting import AgendaItem, Meeting
from expertteam_app.domain.team import ManagedListItem, Member, Provider
from expertteam_app.domain.transition import big_five_applies
from expertteam_app.services import demo
from expertteam_app.services import team as team_service
from expertteam_app.services.context import TeamSession
from expertteam_app.store.vault import slot_file_for

OUT = Path(__file__).with_name("out")
CASES = int(os.environ.get("EXPERTTEAM_BENCH_CASES", "100000"))
# Bumped when the data set changes, so an older benchmark database is rebuilt.
DATA_VERSION = 7
MEMBER = "Demo Coördinator"
PASSPHRASE = demo.DEMO_PASSPHRASE
ROLE = Role.COORDINATOR
BATCH = 2000

S = CaseStatus


def big_database(n: int = CASES) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"bench-{n}-v{DATA_VERSION}.etdb"
    if path.exists() and slot_file_for(path).exists():
        return path
    for stale in [*OUT.glob(f"bench-{n}.etdb*"), *OUT.glob(f"bench-{n}-v*.etdb*")]:
        stale.unlink()
    started = timer.perf_counter()
    created = demo.create_demo_database(path, cases=0)
    team = team_service.unlock(path, MEMBER, PASSPHRASE)
    try:
        for start in range(0, n, 10_000):
            demo.add_demo_cases(team, min(10_000, n - start), seed=start + 1)
        add_follow_up(team, seed=n)
    finally:
        team.close()
    print(f"  (built {n:,} cases in {timer.perf_counter() - started:.0f} s: {created.path})")
    return path


# --- what follows the advice ----------------------------------------------------------------

PREPARATIONS = [
    "Verklarende analyse: wachtlijst en afwijzingen stapelen zich op (demo).",
    "Vraag aan het overleg: welke overbrugging is haalbaar tot de plaatsing (demo)?",
    "Gemeenten verschillen van mening over de financiering (demo).",
]
GOALS = [
    "De jeugdige gaat weer minstens drie dagen per week naar school (demo)",
    "Ouders ervaren minder spanning in de opvoeding, gemeten met een schaalvraag (demo)",
    "Er is een stabiele woonplek voor na het 18e jaar (demo)",
    "De jeugdige heeft een dagritme met vaste tijden voor slapen en eten (demo)",
    "Het gezin heeft een schuldhulpverleningstraject dat loopt (demo)",
]
DECLINE_REASONS = ["Geen plek binnen de termijn (demo).", "Zorgvraag te complex (demo)."]


@dataclass
class _Case:
    id: int
    status: CaseStatus
    municipality: str
    owner_id: int | None
    born: date
    changes: dict[CaseStatus, date] = field(default_factory=dict)


def _cases(session: Session) -> list[_Case]:
    found = {
        r.id: _Case(
            r.id,
            r.status,
            r.funding_municipality_code or r.residence_municipality_code,
            r.owner_id,
            r.date_of_birth,
        )
        for r in session.execute(
            select(
                Case.id,
                Case.status,
                Case.funding_municipality_code,
                Case.residence_municipality_code,
                Case.owner_id,
                YoungPerson.date_of_birth,
            ).join(YoungPerson, YoungPerson.id == Case.young_person_id)
        )
    }
    for case_id, to_status, on in session.execute(
        select(StatusChange.case_id, StatusChange.to_status, StatusChange.changed_on)
    ):
        found[case_id].changes[to_status] = on
    return list(found.values())


def _thursday_after(day: date) -> date:
    return day + timedelta(days=(3 - day.weekday()) % 7)


def add_follow_up(team: TeamSession, *, seed: int) -> None:
    """Advice, follow-up, funding, evaluations, meetings and the big five (bulk inserts)."""
    rng = random.Random(seed)
    with team.unit_of_work() as uow:
        session = uow.session
        today = uow.clock.today()
        now = uow.clock.now()
        chair_id = session.scalar(select(Member.id).where(Member.role == Role.VOORZITTER))
        kinds = {
            code: item_id
            for code, item_id in session.execute(
                select(ManagedListItem.code, ManagedListItem.id).where(
                    ManagedListItem.kind == ListKind.OFFER_CATEGORY
                )
            )
        }
        providers = {name: pid for pid, name in session.execute(select(Provider.id, Provider.name))}
        offers = [
            (providers[name], [kinds[c] for c in codes])
            for name, codes, *_ in demo.PROVIDERS
            if name in providers
        ]
        cases = _cases(session)
        advised = [c for c in cases if S.ADVIES_UITGEBRACHT in c.changes and c.municipality]

        meetings = _meetings(session, rng, cases, advised, today, chair_id, now)
        _advice(session, rng, advised, offers, meetings, today, chair_id, now)
        _big_five(session, rng, cases, today, now)


def _meetings(
    session: Session,
    rng: random.Random,
    cases: list[_Case],
    advised: list[_Case],
    today: date,
    chair_id: int | None,
    now: datetime,
) -> dict[int, int]:
    """A meeting on each advice date and on the Thursday after each case went on the
    agenda; returns the meeting id per advised case."""
    on_agenda = [c for c in cases if c.status == S.GEAGENDEERD and S.GEAGENDEERD in c.changes]
    day_of: dict[int, date] = {c.id: c.changes[S.ADVIES_UITGEBRACHT] for c in advised}
    for c in on_agenda:
        day_of[c.id] = _thursday_after(c.changes[S.GEAGENDEERD] + timedelta(days=5))
    days = sorted(set(day_of.values()))
    meeting_ids = session.scalars(
        insert(Meeting).returning(Meeting.id, sort_by_parameter_order=True),
        [
            {
                "starts_at": datetime.combine(d, time(13, 30)),
                "title": "Casusoverleg (demo)",
                "place": "Provinciehuis Groningen, zaal 3",
                "chair_id": chair_id,
                "notes": "",
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for d in days
        ],
    ).all()
    by_day = dict(zip(days, meeting_ids, strict=True))
    positions: dict[int, int] = defaultdict(int)
    rows = []
    for case_id, d in day_of.items():
        meeting_id = by_day[d]
        positions[meeting_id] += 1
        # A coming meeting's agenda is not always prepared yet.
        empty = d >= today and rng.random() < 0.2
        rows.append(
            {
                "meeting_id": meeting_id,
                "case_id": case_id,
                "position": positions[meeting_id],
                "preparation": "" if empty else rng.choice(PREPARATIONS),
                "discussion": "Besproken (demo)." if d < today else "",
                "agreements": "",
            }
        )
    _insert(session, AgendaItem, rows)
    return {case_id: by_day[d] for case_id, d in day_of.items()}


def _advice(
    session: Session,
    rng: random.Random,
    advised: list[_Case],
    offers: list[tuple[int, list[int]]],
    meetings: dict[int, int],
    today: date,
    chair_id: int | None,
    now: datetime,
) -> None:
    # Versions: every advised case a first; some a second that replaces its care items.
    versions: list[tuple[_Case, int, date]] = []
    for c in advised:
        issued = c.changes[S.ADVIES_UITGEBRACHT]
        versions.append((c, 1, issued))
        second = issued + timedelta(days=rng.randint(20, 60))
        # A new version while the case is open (never after it was closed).
        if rng.random() < 0.06 and second < c.changes.get(S.AFGESLOTEN, today):
            versions.append((c, 2, second))
    advice_ids = _returning(
        session,
        BindingAdvice,
        [
            {
                "case_id": c.id,
                "number": number,
                "meeting_id": meetings.get(c.id),
                "change_reason": "Aanbieder kon niet starten (demo)." if number > 1 else "",
                "rationale": "Reguliere route uitgeput; passende hulp op korte termijn (demo).",
                "case_director_name": "Wijkcoach (demo)",
                "case_director_organisation": "Wijkteam (demo)",
                "no_new_care": False,
                "no_new_care_reason": "",
                "created_at": now,
                "created_by_id": chair_id,
                "updated_at": now,
                "row_version": 1,
            }
            for c, number, _ in versions
        ],
    )
    items: list[dict[str, Any]] = []
    goals: list[dict[str, Any]] = []
    current: dict[int, int] = {}  # case id -> index of its current version
    for index, ((c, _number, issued), advice_id) in enumerate(
        zip(versions, advice_ids, strict=True)
    ):
        current[c.id] = index
        for position in range(rng.choices([1, 2, 3], [45, 40, 15])[0]):
            provider_id, kind_ids = rng.choice(offers)
            items.append(
                {
                    "advice_id": advice_id,
                    "position": position,
                    "care_kind_id": rng.choice(kind_ids),
                    "provider_id": provider_id,
                    "intensity": rng.choice(["3 uur per week", "Voltijds", "2 dagdelen"]),
                    "latest_start": issued + timedelta(days=rng.randint(14, 42)),
                    "notes": "",
                    "funding_municipality_code": c.municipality,
                    "expected_cost": Decimal(rng.randint(2_000, 60_000)) + Decimal("0.50"),
                }
            )
        for position in range(rng.choices([1, 2, 3], [30, 50, 20])[0]):
            goals.append(
                {
                    "advice_id": advice_id,
                    "position": position,
                    "description": rng.choice(GOALS),
                    "measure": "Bij evaluatie met het gezin (demo)",
                    "target_date": issued + timedelta(days=rng.randint(180, 360)),
                    "evaluation_date": issued + timedelta(days=rng.randint(90, 170)),
                }
            )
    item_ids = _returning(session, AdviceCareItem, items)
    goal_ids = _returning(session, AdviceGoal, goals)
    # Issue them: the freeze triggers let children in only while a version is a draft.
    table = BindingAdvice.__table__
    issue = (
        table.update()
        .where(table.c.id == bindparam("advice_id"))
        .values(issued_on=bindparam("on"), issued_at=bindparam("at"), issued_by_id=bindparam("by"))
    )
    for start in range(0, len(versions), BATCH):
        session.execute(
            issue,
            [
                {
                    "advice_id": advice_id,
                    "on": issued,
                    "at": datetime.combine(issued, time(15, 0), UTC),
                    "by": chair_id,
                }
                for (_c, _n, issued), advice_id in zip(
                    versions[start : start + BATCH], advice_ids[start : start + BATCH], strict=True
                )
            ],
        )

    current_advice = {advice_ids[i] for i in current.values()}
    case_of_advice = {advice_ids[i]: (c, issued) for i, (c, _n, issued) in enumerate(versions)}
    follow_ups: list[dict[str, Any]] = []
    requests: list[dict[str, Any]] = []
    request_facts: list[tuple[FundingDecision, date, date | None, Decimal]] = []
    first_started: set[int] = set()
    for item, item_id in zip(items, item_ids, strict=True):
        if item["advice_id"] not in current_advice:
            continue  # a superseded version: its follow-up went over to the new one
        c, issued = case_of_advice[item["advice_id"]]
        row = _follow_up(rng, c, issued, item["latest_start"], today, first_started)
        if row is not None:
            follow_ups.append({"case_id": c.id, "care_item_id": item_id, **row, "updated_at": now})
        decision, requested_on, decided_on = _funding(rng, c.status, issued, today)
        requests.append(
            {
                "case_id": c.id,
                "care_item_id": item_id,
                "municipality_code": c.municipality,
                "requested_amount": item["expected_cost"],
                "requested_on": requested_on,
                "period_from": item["latest_start"],
                "period_to": item["latest_start"] + timedelta(days=180),
                "decision": decision,
                "decided_on": decided_on,
                "committed_amount": (
                    item["expected_cost"] if decision == FundingDecision.COMMITTED else None
                ),
                "decision_reference": f"BESL-{item_id}" if decided_on else "",
                "documents": "",
                "created_at": now,
                "updated_at": now,
                "row_version": 1,
            }
        )
        request_facts.append((decision, requested_on, decided_on, item["expected_cost"]))
    _insert(session, CareItemFollowUp, follow_ups)
    request_ids = _returning(session, FundingRequest, requests)
    events: list[dict[str, Any]] = []
    disputes: list[dict[str, Any]] = []
    for request_id, (decision, requested_on, decided_on, amount) in zip(
        request_ids, request_facts, strict=True
    ):
        events.append(_event(request_id, FundingDecision.REQUESTED, requested_on, amount, now))
        if decided_on is not None:
            events.append(_event(request_id, decision, decided_on, amount, now))
        if decision == FundingDecision.DISPUTED:
            disputes.append(
                {
                    "request_id": request_id,
                    "parties": "Gemeente A (demo), Gemeente B (demo)",
                    "subject": DisputeSubject.RESIDENCE_PRINCIPLE,
                    "subject_note": "",
                    "opened_on": decided_on or requested_on,
                    "ended_on": None,
                    "outcome": "",
                }
            )
    _insert(session, FundingEvent, events)
    _insert(session, FundingDispute, disputes)

    evaluations: list[dict[str, Any]] = []
    for goal, goal_id in zip(goals, goal_ids, strict=True):
        if goal["advice_id"] not in current_advice:
            continue
        c, _issued = case_of_advice[goal["advice_id"]]
        evaluations += _evaluations(rng, c, goal_id, goal["evaluation_date"], today, now)
    _insert(session, GoalEvaluation, evaluations)


def _follow_up(
    rng: random.Random,
    c: _Case,
    issued: date,
    latest_start: date,
    today: date,
    first_started: set[int],
) -> dict[str, Any] | None:
    """A provider's answer and start, believable for the case's status."""
    answered = min(issued + timedelta(days=rng.randint(2, 12)), today)
    accepted = {"answer": CareAnswer.ACCEPTED, "answered_on": answered, "decline_reason": ""}
    declined = {
        "answer": CareAnswer.DECLINED,
        "answered_on": answered,
        "decline_reason": rng.choice(DECLINE_REASONS),
    }
    nothing = {"answer": None, "answered_on": None, "decline_reason": ""}
    if c.status == S.ADVIES_UITGEBRACHT:
        # Nothing has started yet: answered, declined, or still silent.
        chance = rng.random()
        if chance < 0.25:
            return None
        chosen = nothing if chance < 0.40 else accepted if chance < 0.85 else declined
        return {**chosen, "started_on": None, "ended_on": None}
    started_case_on = c.changes.get(S.IN_UITVOERING)
    if started_case_on is None:
        return None
    if c.status == S.AFGESLOTEN:
        closed = c.changes.get(S.AFGESLOTEN, today)
        return {**accepted, "started_on": started_case_on, "ended_on": closed}
    if c.id not in first_started:
        first_started.add(c.id)  # the first start moved the case to in_uitvoering
        return {**accepted, "started_on": started_case_on, "ended_on": None}
    chance = rng.random()
    if chance < 0.04:
        return None
    if chance < 0.08:
        return {**declined, "started_on": None, "ended_on": None}
    if chance < 0.15:
        return {**accepted, "started_on": None, "ended_on": None}
    started = min(started_case_on + timedelta(days=rng.randint(0, 40)), today)
    return {**accepted, "started_on": started, "ended_on": None}


def _funding(
    rng: random.Random, status: CaseStatus, issued: date, today: date
) -> tuple[FundingDecision, date, date | None]:
    requested_on = min(issued + timedelta(days=rng.randint(2, 15)), today)
    weights = [40, 45, 8, 7] if status == S.ADVIES_UITGEBRACHT else [5, 88, 4, 3]
    decision = rng.choices(
        [
            FundingDecision.REQUESTED,
            FundingDecision.COMMITTED,
            FundingDecision.REFUSED,
            FundingDecision.DISPUTED,
        ],
        weights,
    )[0]
    decided_on = None
    if decision != FundingDecision.REQUESTED:
        decided_on = min(requested_on + timedelta(days=rng.randint(7, 50)), today)
    return decision, requested_on, decided_on


def _event(
    request_id: int, decision: FundingDecision, on: date, amount: Decimal, now: datetime
) -> dict[str, Any]:
    return {
        "request_id": request_id,
        "decision": decision,
        "occurred_on": on,
        "amount": amount
        if decision in (FundingDecision.REQUESTED, FundingDecision.COMMITTED)
        else None,
        "reference": "",
        "note": "",
        "member_id": None,
        "recorded_at": now,
    }


def _evaluations(
    rng: random.Random, c: _Case, goal_id: int, evaluation_date: date, today: date, now: datetime
) -> list[dict[str, Any]]:
    closed = c.changes.get(S.AFGESLOTEN) if c.status == S.AFGESLOTEN else None
    end = closed or today
    if evaluation_date > end or c.status == S.ADVIES_UITGEBRACHT:
        return []
    if closed is None and rng.random() < 0.2:
        return []  # not evaluated yet: the work list asks for it
    on = min(evaluation_date + timedelta(days=rng.randint(-7, 7)), end)
    found = [
        {
            "case_id": c.id,
            "goal_id": goal_id,
            "evaluated_on": on,
            "outcome": rng.choice(list(GoalOutcome)),
            "note": "",
            "member_id": None,
            "recorded_at": now,
        }
    ]
    if closed is not None and closed > on:
        found.append({**found[0], "evaluated_on": closed, "outcome": GoalOutcome.ACHIEVED})
    return found


def _big_five(
    session: Session, rng: random.Random, cases: list[_Case], today: date, now: datetime
) -> None:
    rows = []
    for c in cases:
        if c.status in (S.AFGESLOTEN, S.NIET_ONTVANKELIJK) or not big_five_applies(c.born, today):
            continue
        if rng.random() < 0.3:
            continue
        for area in BigFiveArea:
            rows.append(
                {
                    "case_id": c.id,
                    "area": area,
                    "status": rng.choice(list(BigFiveStatus)),
                    "note": "",
                    "member_id": None,
                    "updated_at": now,
                }
            )
    _insert(session, TransitionCheck, rows)


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        session.execute(insert(model.__table__), rows[start : start + BATCH])


def _returning(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    ids: list[int] = []
    for start in range(0, len(rows), BATCH):
        ids += session.scalars(
            insert(model.__table__).returning(model.__table__.c.id, sort_by_parameter_order=True),
            rows[start : start + BATCH],
        ).all()
    return ids
