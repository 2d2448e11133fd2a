"""Plain views of the monitoring indicators, shared by the service, the report, the dashboard
and the CLI.

Nothing here reaches the database; every value is frozen so it can cross the worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from expertteam_app.domain.enums import CaseStatus


@dataclass(frozen=True)
class MonitoringFilter:
    """The period (both ends inclusive) and an optional municipality of residence."""

    period_from: date
    period_to: date  # inclusive
    municipality_code: str | None = None  # residence municipality (CBS code "GM0014")


@dataclass(frozen=True)
class Count:
    """One bar of a chart: a stable key, its label and how many."""

    key: str  # month "2026-03", municipality code, enum value, list item code
    label: str
    count: int
    case_ids_query: str = ""


@dataclass(frozen=True)
class Distribution:
    """Durations in days: median, 90th percentile and how many were within the target."""

    count: int
    median_days: float | None
    p90_days: float | None
    within_target: int
    within_target_share: float | None  # 0..1, None when count is 0


@dataclass(frozen=True)
class QuarterTrend:
    """One problem area or bottleneck counted per quarter of the period."""

    key: str
    label: str
    per_quarter: tuple[tuple[str, int], ...]  # ("2026-Q1", n) ...


@dataclass(frozen=True)
class MoneyRow:
    """Funding requested and committed for one funding municipality, in cents."""

    municipality_code: str
    municipality: str
    requested_cents: int
    committed_cents: int
    case_count: int = (
        0  # cases with a request: the report names no municipality below the threshold
    )


@dataclass(frozen=True)
class Indicators:
    """Every monitoring indicator over one filter, as computed at one moment."""

    filter: MonitoringFilter
    computed_at: datetime
    threshold: int
    target_lead_time_weeks: int
    registrations_per_month: tuple[Count, ...]
    registrations_per_municipality: tuple[Count, ...]
    registrations_per_referrer_type: tuple[Count, ...]
    admissible: int
    not_admissible: int
    lead_time_to_advice: Distribution
    advice_to_start: Distribution
    escalations_per_level: tuple[Count, ...]
    escalation_outcomes: tuple[Count, ...]
    problem_areas: tuple[Count, ...]
    bottlenecks: tuple[Count, ...]
    problem_area_trend: tuple[QuarterTrend, ...]
    bottleneck_trend: tuple[QuarterTrend, ...]
    goal_outcomes: tuple[Count, ...]
    case_results: tuple[Count, ...]
    funding: tuple[MoneyRow, ...]
    transition_window: int
    transition_big_five_arranged: int

    @property
    def admissibility_rate(self) -> float | None:
        """Admissible / (admissible + not admissible), or None when nothing was decided."""
        decided = self.admissible + self.not_admissible
        return self.admissible / decided if decided else None


class IndicatorKey(StrEnum):
    """One member per chart the dashboard can click through to the cases behind it."""

    REGISTRATIONS_MONTH = "registrations_month"
    REGISTRATIONS_MUNICIPALITY = "registrations_municipality"
    REGISTRATIONS_REFERRER = "registrations_referrer"
    ADMISSIBILITY = "admissibility"
    LEAD_TIME = "lead_time"
    ADVICE_TO_START = "advice_to_start"
    ESCALATIONS = "escalations"
    PROBLEM_AREAS = "problem_areas"
    BOTTLENECKS = "bottlenecks"
    GOAL_OUTCOMES = "goal_outcomes"
    CASE_RESULTS = "case_results"
    FUNDING = "funding"
    TRANSITION = "transition"


@dataclass(frozen=True)
class CaseBehind:
    """One case behind a bar, for the team's eyes only (never in a report)."""

    id: int
    reference: str
    name: str
    status: CaseStatus
