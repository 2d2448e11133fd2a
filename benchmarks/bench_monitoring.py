"""The monitoring indicators over 100,000 cases with their advice, care items, follow-up,
evaluations and funding: every indicator for one year and for the whole register, with and
without a municipality filter, and the cases behind a large bar."""

from __future__ import annotations

from sqlalchemy import func, select

from benchmarks.data import MEMBER, PASSPHRASE, big_database
from benchmarks.monitoring_periods import monitoring_periods
from benchmarks.timing import Figure, median_ms
from expertteam_app.domain.case import Case
from expertteam_app.services import monitoring
from expertteam_app.services import team as team_service
from expertteam_app.services.monitoring_views import IndicatorKey, Indicators, MonitoringFilter

TARGET_MS = 1000


def run() -> list[Figure]:
    path = big_database()
    team = team_service.unlock(path, MEMBER, PASSPHRASE)
    figures: list[Figure] = []
    try:
        periods = monitoring_periods(team)
        with team.unit_of_work(write=False) as uow:
            busiest = uow.session.scalar(
                select(Case.residence_municipality_code)
                .group_by(Case.residence_municipality_code)
                .order_by(func.count().desc())
                .limit(1)
            )
        year = periods["last 12 months"]
        periods[f"last 12 months, {busiest}"] = MonitoringFilter(
            year.period_from, year.period_to, busiest
        )
        for name, flt in periods.items():

            def compute(flt: MonitoringFilter = flt) -> Indicators:
                with team.unit_of_work() as uow:
                    return monitoring.indicators(uow, flt)

            found = compute()
            registered = sum(c.count for c in found.registrations_per_month)
            figures.append(
                Figure(
                    f"all indicators, {name}",
                    median_ms(compute, repeat=5, warmup=1),
                    "ms",
                    f"<= {TARGET_MS} ms",
                    f"{registered:,} registrations, {found.lead_time_to_advice.count:,} "
                    f"advices, {found.advice_to_start.count:,} starts",
                )
            )

        def behind() -> list[int]:
            with team.unit_of_work() as uow:
                return monitoring.cases_behind(uow, year, IndicatorKey.LEAD_TIME, "")

        figures.append(
            Figure(
                "cases behind the lead-time bar, last 12 months",
                median_ms(behind, repeat=5, warmup=1),
                "ms",
                "",
                f"{len(behind()):,} cases",
            )
        )
    finally:
        team.close()
    return figures
