"""The periods the monitoring benchmarks measure, taken from the benchmark register itself."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from expertteam_app.domain.case import Case
from expertteam_app.services.context import TeamSession
from expertteam_app.services.monitoring_views import MonitoringFilter


def monitoring_periods(team: TeamSession) -> dict[str, MonitoringFilter]:
    """The periods by name: "last 12 months" (from the first of the month a year before the
    last registration) and "whole register" (first to last registration day)."""
    with team.unit_of_work(write=False) as uow:
        first, last = uow.session.execute(
            select(func.min(Case.registered_on), func.max(Case.registered_on))
        ).one()
    return {
        "last 12 months": MonitoringFilter(date(last.year - 1, last.month, 1), last),
        "whole register": MonitoringFilter(first, last),
    }
