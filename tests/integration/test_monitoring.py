"""Monitoring indicators over a known data set, computed by hand in this file.

The rows are written straight into the real encrypted database (how a case gets into each
state is the lifecycle's business, tested elsewhere): eleven synthetic cases A..K whose
dates are chosen so that every indicator, each period rule and the municipality filter can
be worked out on paper. Period: 1 January to 30 June 2026.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from expertteam_app.domain.advice import AdviceCareItem, AdviceGoal, BindingAdvice
from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.case import (
    Case,
    StatusChange,
    Suspension,
    YoungPerson,
    case_bottleneck,
    case_problem_area,
)
from expertteam_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    BigFiveArea,
    BigFiveStatus,
    CaseStatus,
    EscalationLevel,
    FundingDecision,
    Gender,
    GoalOutcome,
    ListKind,
    ReferrerType,
    Role,
    SuspensionReason,
)
from expertteam_app.domain.escalation import Escalation
from expertteam_app.domain.followup import CareItemFollowUp, GoalEvaluation, TransitionCheck
from expertteam_app.domain.funding import FundingRequest
from expertteam_app.domain.team import ManagedListItem, Provider
from expertteam_app.errors import NotAllowed
from expertteam_app.services import monitoring
from expertteam_app.services.context import TeamSession
from expertteam_app.services.monitoring import DEFINITIONS, cases_behind, indicators
from expertteam_app.services.monitoring_sql import last_born
from expertteam_app.services.monitoring_views import IndicatorKey, MonitoringFilter

S = CaseStatus
PERIOD = MonitoringFilter(date(2026, 1, 1), date(2026, 6, 30))
GRONINGEN = "GM0014"
VEENDAM = "GM0047"
LOCAL, GP, GI = (
    ReferrerType.LOCAL_TEAM,
    ReferrerType.GENERAL_PRACTITIONER,
    ReferrerType.CERTIFIED_INSTITUTION,
)


@dataclass
class Known:
    ids: dict[str, int] = field(default_factory=dict)

    def of(self, *names: str) -> list[int]:
        return sorted(self.ids[n] for n in names)


class Builder:
    """Writes the rows of one unit of work; items and providers are looked up once."""

    def __init__(self, session) -> None:
        self.session = session
        self.items = {
            (kind, code): item_id
            for kind, code, item_id in session.execute(
                select(ManagedListItem.kind, ManagedListItem.code, ManagedListItem.id)
            )
        }
        provider = Provider(name="Zorggroep Monitoring (synthetisch)")
        session.add(provider)
        session.flush()
        self.provider_id = provider.id
        self.count = 0

    def item(self, kind: ListKind, code: str) -> int:
        return self.items[(kind, code)]

    def case(
        self,
        *,
        registered_on: date,
        municipality: str = GRONINGEN,
        referrer: ReferrerType = LOCAL,
        born: date = date(2014, 1, 1),
        status: CaseStatus = S.IN_BEHANDELING,
        closed_on: date | None = None,
        result: str | None = None,
        areas: tuple[str, ...] = (),
        bottlenecks: tuple[str, ...] = (),
        changes: tuple[tuple[CaseStatus | None, CaseStatus, date], ...] = (),
    ) -> int:
        self.count += 1
        person = YoungPerson(
            first_name="Test",
            last_name=f"Monitoring{self.count}",
            name_key=f"test monitoring{self.count}",
            sort_name=f"monitoring{self.count}, test",
            date_of_birth=born,
            gender=Gender.UNKNOWN,
            is_test_data=True,
        )
        self.session.add(person)
        self.session.flush()
        case = Case(
            reference=f"ET-TEST-{self.count:04d}",
            registered_on=registered_on,
            status=status,
            young_person_id=person.id,
            residence_municipality_code=municipality,
            funding_municipality_code=municipality,
            referrer_type=referrer,
            closed_on=closed_on,
            closing_result_id=None
            if result is None
            else self.item(ListKind.CLOSING_RESULT, result),
            is_test_data=True,
        )
        self.session.add(case)
        self.session.flush()
        for code in areas:
            self.session.execute(
                case_problem_area.insert().values(
                    case_id=case.id, item_id=self.item(ListKind.PROBLEM_AREA, code)
                )
            )
        for code in bottlenecks:
            self.session.execute(
                case_bottleneck.insert().values(
                    case_id=case.id, item_id=self.item(ListKind.BOTTLENECK, code)
                )
            )
        for before, after, on in changes:
            self.session.add(
                StatusChange(case_id=case.id, from_status=before, to_status=after, changed_on=on)
            )
        return case.id

    def advice(
        self,
        case_id: int,
        number: int,
        issued_on: date | None,
        *,
        items: tuple[date, ...] = (),
        goals: int = 0,
    ) -> tuple[list[int], list[int]]:
        """A version with care items (their latest starts) and goals; issued when dated
        (after its rows: the database refuses rows added to an issued advice)."""
        advice = BindingAdvice(case_id=case_id, number=number)
        self.session.add(advice)
        self.session.flush()
        care = [
            AdviceCareItem(
                advice_id=advice.id,
                position=n,
                care_kind_id=self.item(ListKind.OFFER_CATEGORY, "ambulatory"),
                provider_id=self.provider_id,
                latest_start=latest,
                funding_municipality_code=GRONINGEN,
                expected_cost=Decimal("100.00"),
            )
            for n, latest in enumerate(items)
        ]
        aims = [
            AdviceGoal(
                advice_id=advice.id,
                position=n,
                description=f"Doel {n}",
                target_date=date(2026, 12, 31),
                evaluation_date=date(2026, 9, 1),
            )
            for n in range(goals)
        ]
        self.session.add_all([*care, *aims])
        self.session.flush()
        if issued_on is not None:
            advice.issued_on = issued_on
            advice.issued_at = datetime(issued_on.year, issued_on.month, issued_on.day, tzinfo=UTC)
            self.session.flush()
        return [c.id for c in care], [g.id for g in aims]

    def start(self, case_id: int, item_id: int, started_on: date) -> None:
        self.session.add(
            CareItemFollowUp(case_id=case_id, care_item_id=item_id, started_on=started_on)
        )

    def evaluate(self, case_id: int, goal_id: int, on: date, outcome: GoalOutcome) -> None:
        self.session.add(
            GoalEvaluation(case_id=case_id, goal_id=goal_id, evaluated_on=on, outcome=outcome)
        )
        self.session.flush()  # ids in the order written: the tie-break on one date

    def fund(
        self,
        case_id: int,
        item_id: int,
        municipality: str,
        requested: str,
        committed: str | None,
        on: date,
    ) -> None:
        decision = FundingDecision.REQUESTED if committed is None else FundingDecision.COMMITTED
        self.session.add(
            FundingRequest(
                case_id=case_id,
                care_item_id=item_id,
                municipality_code=municipality,
                requested_amount=Decimal(requested),
                requested_on=on,
                decision=decision,
                committed_amount=None if committed is None else Decimal(committed),
            )
        )


def adm(on: date) -> tuple[CaseStatus, CaseStatus, date]:
    return (S.AANGEMELD, S.IN_BEHANDELING, on)


def build(team: TeamSession) -> Known:
    known = Known()
    d = date
    with team.unit_of_work() as uow:
        b = Builder(uow.session)
        # Lead times (first issued advice in the period): A 20, B 10, C 30, D 35, E 40,
        # F 65 - 15 suspended = 50, G 90. H's first advice is before the period.
        known.ids["A"] = b.case(
            registered_on=d(2025, 12, 20),
            changes=(adm(d(2025, 12, 22)),),
            status=S.AFGESLOTEN,
            closed_on=d(2026, 6, 10),
            result="goals_achieved",
            areas=("autism",),
        )
        known.ids["B"] = b.case(
            registered_on=d(2026, 1, 5),
            changes=(adm(d(2026, 1, 6)),),
            status=S.IN_UITVOERING,
            born=d(2009, 12, 31),  # 16.5 exactly on 30 June 2026
            areas=("autism", "school_daytime"),
            bottlenecks=("waiting_list",),
        )
        known.ids["C"] = b.case(
            registered_on=d(2026, 1, 10),
            referrer=GP,
            changes=(adm(d(2026, 1, 12)),),
            status=S.IN_UITVOERING,
            closed_on=d(2026, 5, 1),  # closed and reopened: no result counts
            born=d(2008, 7, 1),  # 18 on 1 July 2026: still in the window
            areas=("autism",),
        )
        known.ids["D"] = b.case(
            registered_on=d(2026, 2, 1),
            referrer=GP,
            changes=(
                adm(d(2026, 2, 2)),
                (S.ADVIES_UITGEBRACHT, S.OPGESCHAALD, d(2026, 4, 1)),
                (S.OPGESCHAALD, S.ADVIES_UITGEBRACHT, d(2026, 4, 20)),
            ),
            status=S.IN_UITVOERING,
            born=d(2008, 6, 30),  # 18 on 30 June 2026: out of the window
            areas=("autism",),
            bottlenecks=("no_suitable_offer",),
        )
        known.ids["E"] = b.case(
            registered_on=d(2026, 2, 10),
            referrer=GI,
            changes=(adm(d(2026, 2, 11)),),
            status=S.OPGESCHAALD,
            born=d(2010, 1, 1),  # 16.5 only on 1 July 2026
        )
        known.ids["F"] = b.case(
            registered_on=d(2026, 3, 1),
            changes=(adm(d(2026, 3, 2)),),
            status=S.AFGESLOTEN,
            closed_on=d(2026, 6, 12),
            born=d(2009, 1, 1),  # in the age window, but closed before 30 June
            areas=("school_daytime",),
        )
        known.ids["G"] = b.case(
            registered_on=d(2026, 2, 15),
            municipality=VEENDAM,
            changes=(
                adm(d(2026, 2, 16)),
                (S.ADVIES_UITGEBRACHT, S.OPGESCHAALD, d(2026, 5, 20)),
                (S.OPGESCHAALD, S.AFGESLOTEN, d(2026, 6, 1)),
            ),
            status=S.AFGESLOTEN,
            closed_on=d(2026, 6, 1),
            result="goals_achieved",
            areas=("autism",),
        )
        known.ids["H"] = b.case(
            registered_on=d(2025, 11, 1),
            status=S.IN_UITVOERING,
            born=d(2008, 12, 1),
        )
        known.ids["I"] = b.case(
            registered_on=d(2026, 3, 5),
            municipality=VEENDAM,
            referrer=GP,
            changes=((S.AANGEMELD, S.NIET_ONTVANKELIJK, d(2026, 3, 10)),),
            status=S.NIET_ONTVANKELIJK,
        )
        known.ids["J"] = b.case(
            registered_on=d(2026, 4, 2),
            changes=(
                adm(d(2026, 4, 3)),
                (S.IN_BEHANDELING, S.NIET_ONTVANKELIJK, d(2026, 4, 20)),
            ),
            status=S.NIET_ONTVANKELIJK,
            born=d(2009, 3, 1),
            areas=("school_daytime",),
            bottlenecks=("waiting_list",),
        )
        known.ids["K"] = b.case(
            registered_on=d(2026, 7, 5),
            changes=(adm(d(2026, 7, 6)),),
            born=d(2009, 3, 1),  # registered after the period
            areas=("autism",),
        )
        i = known.ids
        (a1,), _ = b.advice(i["A"], 1, d(2026, 1, 9), items=(d(2026, 1, 31),))
        (b1,), (gb1, gb2) = b.advice(i["B"], 1, d(2026, 1, 15), items=(d(2026, 2, 1),), goals=2)
        (b2,), _ = b.advice(i["B"], 2, d(2026, 3, 1), items=(d(2026, 3, 20),))
        (c1,), (gc1,) = b.advice(i["C"], 1, d(2026, 2, 9), items=(d(2026, 2, 20),), goals=1)
        b.advice(i["C"], 2, None)  # a draft: not issued, never counted
        (d1,), _ = b.advice(i["D"], 1, d(2026, 3, 8), items=(d(2026, 3, 20),))
        (e1,), _ = b.advice(i["E"], 1, d(2026, 3, 22), items=(d(2026, 4, 10),))
        b.advice(i["F"], 1, d(2026, 5, 5))
        (g1,), (gg1,) = b.advice(i["G"], 1, d(2026, 5, 16), items=(d(2026, 6, 1),), goals=1)
        b.advice(i["H"], 1, d(2025, 12, 15))
        (h1,), _ = b.advice(i["H"], 2, d(2026, 2, 1), items=(d(2026, 1, 10),))
        # F was suspended 15 days before its advice; a pause after the advice is not counted.
        for start, end in ((d(2026, 3, 10), d(2026, 3, 25)), (d(2026, 5, 10), d(2026, 5, 20))):
            uow.session.add(
                Suspension(
                    case_id=i["F"],
                    reason_kind=SuspensionReason.WAITING_FOR_INFORMATION,
                    started_on=start,
                    ended_on=end,
                )
            )
        # Advice -> start, from the case's first advice: A 11, B 10, B 79 (late), C 10,
        # D 20 (late), G 10, H 21 (from its 2025 advice); E starts after the period.
        b.start(i["A"], a1, d(2026, 1, 20))
        b.start(i["B"], b1, d(2026, 1, 25))
        b.start(i["B"], b2, d(2026, 4, 4))
        b.start(i["C"], c1, d(2026, 2, 19))
        b.start(i["D"], d1, d(2026, 3, 28))
        b.start(i["G"], g1, d(2026, 5, 26))
        b.start(i["H"], h1, d(2026, 1, 5))
        b.start(i["E"], e1, d(2026, 7, 2))
        # Escalations: D returned, E open, G ended by closing; H's was before the period.
        for case_id, level, on, back, before in (
            (
                i["D"],
                EscalationLevel.REGIONAL_ENFORCEMENT,
                d(2026, 4, 1),
                d(2026, 4, 20),
                S.ADVIES_UITGEBRACHT,
            ),
            (i["E"], EscalationLevel.SUPRA_REGIONAL, d(2026, 5, 1), None, S.ADVIES_UITGEBRACHT),
            (i["G"], EscalationLevel.NATIONAL, d(2026, 5, 20), d(2026, 6, 1), S.ADVIES_UITGEBRACHT),
            (
                i["H"],
                EscalationLevel.REGIONAL_ENFORCEMENT,
                d(2025, 12, 20),
                d(2025, 12, 30),
                S.ADVIES_UITGEBRACHT,
            ),
        ):
            uow.session.add(
                Escalation(
                    case_id=case_id,
                    level=level,
                    escalated_on=on,
                    returned_on=back,
                    reason="Synthetische opschaling",
                    to_whom="Regio",
                    from_status=before,
                    outcome="" if back is None else "Afgerond",
                )
            )
        # Goals: the last evaluation in the period counts; on one date the last recorded.
        b.evaluate(i["B"], gb1, d(2026, 2, 1), GoalOutcome.PARTLY)
        b.evaluate(i["B"], gb1, d(2026, 5, 1), GoalOutcome.ACHIEVED)
        b.evaluate(i["B"], gb2, d(2026, 3, 1), GoalOutcome.NOT_ACHIEVED)
        b.evaluate(i["B"], gb2, d(2026, 7, 10), GoalOutcome.ACHIEVED)
        b.evaluate(i["C"], gc1, d(2026, 4, 1), GoalOutcome.PARTLY)
        b.evaluate(i["C"], gc1, d(2026, 4, 1), GoalOutcome.ACHIEVED)
        b.evaluate(i["G"], gg1, d(2026, 6, 10), GoalOutcome.PARTLY)
        # Funding by request date, per municipality asked to pay.
        b.fund(i["B"], b1, GRONINGEN, "12500.50", "12000.25", d(2026, 1, 20))
        b.fund(i["C"], c1, GRONINGEN, "1000.01", None, d(2026, 2, 15))
        b.fund(i["G"], g1, VEENDAM, "48000.00", "48000.00", d(2026, 5, 20))
        b.fund(i["D"], d1, VEENDAM, "250.10", None, d(2026, 3, 25))
        b.fund(i["H"], h1, GRONINGEN, "999.99", None, d(2025, 12, 20))
        # The big five: all of B's arranged (one "not needed"), C's one still open.
        for area in BigFiveArea:
            done = (
                BigFiveStatus.NOT_NEEDED if area is BigFiveArea.INCOME else BigFiveStatus.ARRANGED
            )
            uow.session.add(TransitionCheck(case_id=i["B"], area=area, status=done))
            late = BigFiveStatus.OPEN if area is BigFiveArea.HOUSING else BigFiveStatus.ARRANGED
            uow.session.add(TransitionCheck(case_id=i["C"], area=area, status=late))
    return known


def median(values: list[int]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    return (ordered[(n - 1) // 2] + ordered[n // 2]) / 2


def p90(values: list[int]) -> float:
    ordered = sorted(values)
    rank = -(-9 * len(ordered) // 10)  # ceil(0.9 n)
    return float(ordered[rank - 1])


@pytest.fixture
def known(open_team) -> tuple[TeamSession, Known]:
    team = open_team(Role.COORDINATOR)
    return team, build(team)


def counts(rows) -> dict[str, int]:
    return {c.key: c.count for c in rows}


def test_every_indicator_matches_the_hand_computation(known):
    team, _ = known
    with team.unit_of_work() as uow:
        found = indicators(uow, PERIOD)

    assert found.filter == PERIOD
    assert found.threshold == 5
    assert found.target_lead_time_weeks == 6
    # Registered in the period: B C D E F G I J (A and H before, K after).
    assert [(c.key, c.count) for c in found.registrations_per_month] == [
        ("2026-01", 2),
        ("2026-02", 3),
        ("2026-03", 2),
        ("2026-04", 1),
        ("2026-05", 0),
        ("2026-06", 0),
    ]
    assert [(c.key, c.label, c.count) for c in found.registrations_per_municipality] == [
        (GRONINGEN, "Groningen", 6),
        (VEENDAM, "Veendam", 2),
    ]
    referrers = counts(found.registrations_per_referrer_type)
    assert list(referrers) == [r.value for r in ReferrerType]
    assert {k: n for k, n in referrers.items() if n} == {
        "local_team": 4,
        "general_practitioner": 3,
        "certified_institution": 1,
    }
    # Intake decisions in the period: B C D E F G admissible; I declined; J admitted, then
    # declined (its last decision counts); A's was in 2025, K's in July.
    assert (found.admissible, found.not_admissible) == (6, 2)
    assert found.admissibility_rate == 0.75

    # Lead time: A 20, B 10, C 30, D 35, E 40, F 50 (65 - 15 suspended), G 90.
    lead = [20, 10, 30, 35, 40, 50, 90]
    assert sorted(lead) == [10, 20, 30, 35, 40, 50, 90]
    assert median(lead) == 35  # rank 4 of 7
    assert p90(lead) == 90  # rank ceil(6.3) = 7
    assert found.lead_time_to_advice.count == 7
    assert found.lead_time_to_advice.median_days == 35
    assert found.lead_time_to_advice.p90_days == 90
    assert found.lead_time_to_advice.within_target == 5  # <= 42 days: 10 20 30 35 40
    assert found.lead_time_to_advice.within_target_share == pytest.approx(5 / 7)

    # Advice -> start: A 11, B 10, B 79, C 10, D 20, G 10, H 21.
    start = [11, 10, 79, 10, 20, 10, 21]
    assert sorted(start) == [10, 10, 10, 11, 20, 21, 79]
    assert found.advice_to_start.count == 7
    assert found.advice_to_start.median_days == median(start) == 11
    assert found.advice_to_start.p90_days == p90(start) == 79
    assert found.advice_to_start.within_target == 5  # B's second item and D's were late
    assert found.advice_to_start.within_target_share == pytest.approx(5 / 7)

    assert counts(found.escalations_per_level) == {
        "regional_enforcement": 1,
        "supra_regional": 1,
        "national": 1,
    }
    assert [(c.key, c.count) for c in found.escalation_outcomes] == [
        ("open", 1),
        ("returned", 1),
        ("closed", 1),
    ]
    # Problem areas of B C D F G J (registered in the period); A and K are outside.
    assert [(c.key, c.label, c.count) for c in found.problem_areas] == [
        ("autism", "Autisme", 4),
        ("school_daytime", "School, werk en dagbesteding", 3),
    ]
    assert [(t.key, t.per_quarter) for t in found.problem_area_trend] == [
        ("autism", (("2026-Q1", 4), ("2026-Q2", 0))),
        ("school_daytime", (("2026-Q1", 2), ("2026-Q2", 1))),
    ]
    assert [(c.key, c.count) for c in found.bottlenecks] == [
        ("waiting_list", 2),
        ("no_suitable_offer", 1),
    ]
    assert [(t.key, t.per_quarter) for t in found.bottleneck_trend] == [
        ("waiting_list", (("2026-Q1", 1), ("2026-Q2", 1))),
        ("no_suitable_offer", (("2026-Q1", 1), ("2026-Q2", 0))),
    ]
    # B's first goal: achieved (May beats February); B's second: not achieved (the July
    # evaluation is after the period); C's: achieved (the later of two on one date); G's:
    # partly.
    assert counts(found.goal_outcomes) == {
        "achieved": 2,
        "partly": 1,
        "not_achieved": 1,
        "not_evaluable": 0,
    }
    # Closed in the period and still closed: A and G (goals achieved), F (no result); C
    # was reopened.
    assert [(c.key, c.label, c.count) for c in found.case_results] == [
        ("goals_achieved", "Doelen behaald", 2),
        ("", "Onbekend", 1),
    ]
    # Requests dated in the period, to the cent: Groningen 12,500.50 + 1,000.01 requested,
    # 12,000.25 committed; Veendam 48,000.00 + 250.10 requested, 48,000.00 committed.
    # Cases with a request: Groningen B and C, Veendam G and D.
    assert [
        (m.municipality_code, m.municipality, m.requested_cents, m.committed_cents, m.case_count)
        for m in found.funding
    ] == [
        (GRONINGEN, "Groningen", 1_250_050 + 100_001, 1_200_025, 2),
        (VEENDAM, "Veendam", 4_800_000 + 25_010, 4_800_000, 2),
    ]
    # 16.5 to 18 on 30 June, case running: B (16.5 that day), C (18 the next day), H.
    assert (found.transition_window, found.transition_big_five_arranged) == (3, 1)


def test_a_municipality_filter_changes_the_counts(known):
    team, _ = known
    with team.unit_of_work() as uow:
        found = indicators(uow, MonitoringFilter(PERIOD.period_from, PERIOD.period_to, GRONINGEN))
    assert sum(c.count for c in found.registrations_per_month) == 6  # G and I live in Veendam
    assert [c.key for c in found.registrations_per_municipality] == [GRONINGEN]
    assert (found.admissible, found.not_admissible) == (5, 1)
    # Without G (90): an even count, so the median is the mean of the two middle values.
    lead = [20, 10, 30, 35, 40, 50]
    assert median(lead) == 32.5 and p90(lead) == 50  # ranks 3 and 4; rank ceil(5.4) = 6
    assert found.lead_time_to_advice.count == 6
    assert found.lead_time_to_advice.median_days == 32.5
    assert found.lead_time_to_advice.p90_days == 50
    assert found.lead_time_to_advice.within_target == 5
    start = [11, 10, 79, 10, 20, 21]
    assert (found.advice_to_start.median_days, found.advice_to_start.p90_days) == (15.5, 79)
    assert median(start) == 15.5
    assert found.advice_to_start.within_target == 4
    assert counts(found.escalations_per_level)["national"] == 0
    assert counts(found.escalation_outcomes) == {"open": 1, "returned": 1, "closed": 0}
    assert counts(found.problem_areas) == {"autism": 3, "school_daytime": 3}
    assert counts(found.goal_outcomes)["partly"] == 0
    assert counts(found.case_results) == {"goals_achieved": 1, "": 1}
    # D lives in Groningen but Veendam was asked to pay: it stays in Veendam's row.
    assert [
        (m.municipality_code, m.requested_cents, m.committed_cents, m.case_count)
        for m in found.funding
    ] == [
        (GRONINGEN, 1_350_051, 1_200_025, 2),
        (VEENDAM, 25_010, 0, 1),
    ]
    assert (found.transition_window, found.transition_big_five_arranged) == (3, 1)
    with team.unit_of_work() as uow:
        veendam = indicators(uow, MonitoringFilter(PERIOD.period_from, PERIOD.period_to, VEENDAM))
    assert (veendam.transition_window, veendam.lead_time_to_advice.count) == (0, 1)
    assert veendam.lead_time_to_advice.median_days == veendam.lead_time_to_advice.p90_days == 90


BARS = [
    (IndicatorKey.REGISTRATIONS_MONTH, "2026-02", ("D", "E", "G")),
    (IndicatorKey.REGISTRATIONS_MUNICIPALITY, VEENDAM, ("G", "I")),
    (IndicatorKey.REGISTRATIONS_REFERRER, "general_practitioner", ("C", "D", "I")),
    (IndicatorKey.ADMISSIBILITY, "not_admissible", ("I", "J")),
    (IndicatorKey.ADMISSIBILITY, "admissible", ("B", "C", "D", "E", "F", "G")),
    (IndicatorKey.LEAD_TIME, "over_target", ("F", "G")),
    (IndicatorKey.LEAD_TIME, "", ("A", "B", "C", "D", "E", "F", "G")),
    (IndicatorKey.ADVICE_TO_START, "over_target", ("B", "D")),
    (IndicatorKey.ADVICE_TO_START, "within_target", ("A", "B", "C", "G", "H")),
    (IndicatorKey.ESCALATIONS, "national", ("G",)),
    (IndicatorKey.ESCALATIONS, "open", ("E",)),
    (IndicatorKey.PROBLEM_AREAS, "autism", ("B", "C", "D", "G")),
    (IndicatorKey.PROBLEM_AREAS, "school_daytime@2026-Q2", ("J",)),
    (IndicatorKey.BOTTLENECKS, "waiting_list", ("B", "J")),
    (IndicatorKey.GOAL_OUTCOMES, "achieved", ("B", "C")),
    (IndicatorKey.CASE_RESULTS, "goals_achieved", ("A", "G")),
    (IndicatorKey.CASE_RESULTS, "", ("F",)),
    (IndicatorKey.FUNDING, VEENDAM, ("D", "G")),
    (IndicatorKey.TRANSITION, "arranged", ("B",)),
    (IndicatorKey.TRANSITION, "", ("B", "C", "H")),
]


@pytest.mark.parametrize(("key", "item_key", "expected"), BARS)
def test_cases_behind_a_bar(known, key, item_key, expected):
    team, made = known
    with team.unit_of_work() as uow:
        assert cases_behind(uow, PERIOD, key, item_key) == made.of(*expected)
    with team.unit_of_work() as uow:
        entry = uow.session.scalars(
            select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(1)
        ).one()
    assert entry.action == AuditAction.SEARCH
    assert entry.case_id is None
    assert f"{key.value}={item_key}: {len(expected)} found" in entry.detail


def test_the_cases_behind_a_bar_come_with_reference_name_and_status(known):
    from expertteam_app.services.monitoring import cases_behind_lines

    team, _made = known
    key, item_key, _expected = BARS[0]
    with team.unit_of_work() as uow:
        ids = cases_behind(uow, PERIOD, key, item_key)
        lines = cases_behind_lines(uow, PERIOD, key, item_key)
        cases = {c.id: c for c in uow.session.scalars(select(Case).where(Case.id.in_(ids)))}
    assert ids and sorted(line.id for line in lines) == sorted(ids)
    assert [line.reference for line in lines] == sorted(line.reference for line in lines)
    for line in lines:
        assert line.reference == cases[line.id].reference
        assert line.status == cases[line.id].status
        assert cases[line.id].young_person.last_name in line.name


def test_every_key_has_cases_behind_and_a_definition():
    assert {key for key, _, _ in BARS} == set(IndicatorKey)
    assert set(DEFINITIONS) == set(IndicatorKey)
    for nl, en in DEFINITIONS.values():
        assert nl and en and nl != en
    assert "⌈0,9 × n⌉" in DEFINITIONS[IndicatorKey.LEAD_TIME][0]
    assert "mean of the two" in DEFINITIONS[IndicatorKey.ADVICE_TO_START][1]


def test_reading_logs_one_search_entry_without_cases(known):
    team, _ = known
    with team.unit_of_work() as uow:
        before = uow.session.scalar(
            select(AccessLogEntry.id).order_by(AccessLogEntry.id.desc()).limit(1)
        )
        indicators(uow, PERIOD)
    with team.unit_of_work() as uow:
        entries = list(
            uow.session.scalars(select(AccessLogEntry).where(AccessLogEntry.id > before))
        )
    assert [(e.action, e.case_id, e.detail) for e in entries] == [
        (AuditAction.SEARCH, None, "monitoring 2026-01-01..2026-06-30")
    ]


@pytest.mark.parametrize("role", [Role.VOORZITTER, Role.LID])
def test_chair_and_member_may_read(open_team, role):
    team = open_team(role)
    with team.unit_of_work() as uow:
        empty = indicators(uow, PERIOD)
    assert empty.lead_time_to_advice.median_days is None
    assert empty.lead_time_to_advice.within_target_share is None
    assert empty.admissibility_rate is None
    assert sum(c.count for c in empty.registrations_per_month) == 0


def test_the_administrator_is_refused_and_logged(open_team):
    team = open_team(Role.BEHEERDER)
    for call in (
        lambda uow: indicators(uow, PERIOD),
        lambda uow: cases_behind(uow, PERIOD, IndicatorKey.FUNDING, GRONINGEN),
        monitoring.municipalities_in_use,
    ):
        with pytest.raises(NotAllowed), team.unit_of_work() as uow:
            call(uow)
    with team.unit_of_work() as uow:
        refused = list(
            uow.session.scalars(
                select(AccessLogEntry).where(AccessLogEntry.outcome == AuditOutcome.REFUSED)
            )
        )
    assert [e.detail for e in refused] == ["monitoring.read"] * 3


def test_municipalities_in_use(known):
    team, _ = known
    with team.unit_of_work() as uow:
        used = monitoring.municipalities_in_use(uow)
    assert [(m.code, m.label) for m in used] == [(GRONINGEN, "Groningen"), (VEENDAM, "Veendam")]


def test_a_period_that_ends_before_it_begins_is_an_error(open_team):
    team = open_team(Role.COORDINATOR)
    with pytest.raises(ValueError), team.unit_of_work() as uow:
        indicators(uow, MonitoringFilter(date(2026, 2, 1), date(2026, 1, 1)))


@pytest.mark.parametrize(
    ("on", "months", "born"),
    [
        (date(2026, 6, 30), 198, date(2009, 12, 31)),
        (date(2026, 2, 28), 198, date(2009, 8, 31)),  # 31 August + 198 months = 28 February
        (date(2026, 6, 30), 216, date(2008, 6, 30)),
    ],
)
def test_last_born_follows_the_month_end_rule(on, months, born):
    assert last_born(on, months) == born
