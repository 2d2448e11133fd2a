"""The SQL behind the monitoring indicators: one "base" SELECT per indicator.

Each base yields one row per counted thing (a case, an escalation, a care item, a goal, a
funding request) with its `case_id` and a `key` (the bar it falls in), and for durations
`days` and `within`. The indicator is the base grouped by key in the database; the cases
behind a bar are the same base filtered on that key. So a bar's count and the cases it
opens can never disagree.

Dates are stored as ISO text ('YYYY-MM-DD'): julianday() differences are whole days.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from expertteam_app.domain.advice import AdviceCareItem, BindingAdvice
from expertteam_app.domain.case import (
    Case,
    StatusChange,
    Suspension,
    YoungPerson,
    case_bottleneck,
    case_problem_area,
)
from expertteam_app.domain.dates import add_months
from expertteam_app.domain.enums import BigFiveArea, BigFiveStatus, CaseStatus
from expertteam_app.domain.escalation import Escalation
from expertteam_app.domain.followup import CareItemFollowUp, GoalEvaluation, TransitionCheck
from expertteam_app.domain.funding import FundingRequest
from expertteam_app.domain.team import ManagedListItem
from expertteam_app.services.monitoring_views import MonitoringFilter

S = CaseStatus
ARRANGED = (BigFiveStatus.ARRANGED, BigFiveStatus.NOT_NEEDED)
UNKNOWN = ""  # the key of "no municipality" / "no result"
Rows = Select[*tuple[Any, ...]]


def _days(later: Any, earlier: Any) -> ColumnElement[int]:
    return cast(func.julianday(later) - func.julianday(earlier), Integer)


def _period(column: Any, flt: MonitoringFilter) -> ColumnElement[bool]:
    between: ColumnElement[bool] = column.between(flt.period_from, flt.period_to)
    return between


def _residence(case_id: Any, flt: MonitoringFilter) -> list[ColumnElement[bool]]:
    """The municipality filter on a base that is not driven from case_file."""
    if flt.municipality_code is None:
        return []
    return [
        case_id.in_(
            select(Case.id).where(Case.residence_municipality_code == flt.municipality_code)
        )
    ]


def _case_residence(flt: MonitoringFilter) -> list[ColumnElement[bool]]:
    if flt.municipality_code is None:
        return []
    return [Case.residence_municipality_code == flt.municipality_code]


def quarter_of(column: Any) -> ColumnElement[str]:
    """'2026-Q2' for a date column."""
    month = cast(func.strftime("%m", column), Integer)
    return func.strftime("%Y", column) + literal("-Q") + cast((month + 2) // 3, String)


def registrations(flt: MonitoringFilter) -> Rows:
    """Cases registered in the period: key columns month, municipality, referrer."""
    return select(
        Case.id.label("case_id"),
        func.strftime("%Y-%m", Case.registered_on).label("month"),
        func.coalesce(Case.residence_municipality_code, UNKNOWN).label("municipality"),
        Case.referrer_type.label("referrer"),
    ).where(_period(Case.registered_on, flt), *_case_residence(flt))


def registration_cells(flt: MonitoringFilter) -> Rows:
    """`registrations` counted per month, municipality and referrer: (month, municipality,
    referrer, n). First per day from ix_case_file_registered_place, whose order is the
    grouping (no sort, no table rows), then the few hundred day rows per month."""
    per_day = (
        select(
            Case.registered_on.label("day"),
            func.coalesce(Case.residence_municipality_code, UNKNOWN).label("municipality"),
            Case.referrer_type.label("referrer"),
            func.count().label("n"),
        )
        .where(_period(Case.registered_on, flt), *_case_residence(flt))
        .group_by(Case.registered_on, Case.residence_municipality_code, Case.referrer_type)
        .subquery("per_day")
    )
    month = func.strftime("%Y-%m", per_day.c.day)
    return select(
        month, per_day.c.municipality, per_day.c.referrer, func.sum(per_day.c.n)
    ).group_by(month, per_day.c.municipality, per_day.c.referrer)


def _is_decision() -> ColumnElement[bool]:
    return or_(
        and_(StatusChange.from_status == S.AANGEMELD, StatusChange.to_status == S.IN_BEHANDELING),
        StatusChange.to_status == S.NIET_ONTVANKELIJK,
    )


def admissibility(flt: MonitoringFilter) -> Rows:
    """Per case its last intake decision dated in the period: 'admissible' (aangemeld to
    in_behandeling) or 'not_admissible' (to niet_ontvankelijk, from any status)."""
    latest = func.row_number().over(
        partition_by=StatusChange.case_id,
        order_by=(StatusChange.changed_on.desc(), StatusChange.id.desc()),
    )
    key = case(
        (StatusChange.to_status == S.NIET_ONTVANKELIJK, "not_admissible"), else_="admissible"
    )
    decisions = (
        select(StatusChange.case_id, key.label("key"), latest.label("latest"))
        .where(
            # Implied by _is_decision; lets SQLite seek ix_status_change_intake by status.
            StatusChange.to_status.in_((S.IN_BEHANDELING, S.NIET_ONTVANKELIJK)),
            _period(StatusChange.changed_on, flt),
            _is_decision(),
            *_residence(StatusChange.case_id, flt),
        )
        .subquery("decision")
    )
    return select(decisions.c.case_id, decisions.c.key).where(decisions.c.latest == 1)


def _first_advice() -> Any:
    """The first issued version of each case (lowest number among the issued ones)."""
    earlier = aliased(BindingAdvice)
    lowest = (
        select(func.min(earlier.number))
        .where(earlier.case_id == BindingAdvice.case_id, earlier.issued_at.is_not(None))
        .scalar_subquery()
    )
    return (
        select(BindingAdvice.case_id, BindingAdvice.issued_on)
        .where(BindingAdvice.issued_at.is_not(None), BindingAdvice.number == lowest)
        .subquery("first_advice")
    )


def lead_time(flt: MonitoringFilter, target_days: int) -> Rows:
    """Cases whose first advice was issued in the period: days from registration to that
    advice minus the suspended days in between (a suspension still open counts to the
    advice date; suspensions are one at a time, so they are summed)."""
    first = _first_advice()
    until = first.c.issued_on
    overlap = func.max(
        0,
        func.julianday(func.min(func.coalesce(Suspension.ended_on, until), until))
        - func.julianday(func.max(Suspension.started_on, Case.registered_on)),
    )
    suspended = (
        select(func.coalesce(cast(func.sum(overlap), Integer), 0))
        .where(Suspension.case_id == Case.id)
        .scalar_subquery()
    )
    days = _days(until, Case.registered_on) - suspended
    return (
        select(
            Case.id.label("case_id"),
            days.label("days"),
            case((days <= target_days, 1), else_=0).label("within"),
        )
        .select_from(first)
        .join(Case, Case.id == first.c.case_id)
        .where(_period(until, flt), *_case_residence(flt))
    )


def advice_to_start(flt: MonitoringFilter) -> Rows:
    """Care items started in the period: days from the case's first issued advice to the
    start; within = started on or before the item's latest start."""
    first_on = (
        select(BindingAdvice.issued_on)
        .where(
            BindingAdvice.case_id == CareItemFollowUp.case_id, BindingAdvice.issued_at.is_not(None)
        )
        .order_by(BindingAdvice.number)
        .limit(1)
        .scalar_subquery()
    )
    within = case((CareItemFollowUp.started_on <= AdviceCareItem.latest_start, 1), else_=0)
    return (
        select(
            CareItemFollowUp.case_id.label("case_id"),
            _days(CareItemFollowUp.started_on, first_on).label("days"),
            within.label("within"),
        )
        .join(AdviceCareItem, AdviceCareItem.id == CareItemFollowUp.care_item_id)
        .where(
            _period(CareItemFollowUp.started_on, flt),
            *_residence(CareItemFollowUp.case_id, flt),
        )
    )


def escalations(flt: MonitoringFilter) -> Rows:
    """Escalations made in the period: level, and outcome 'open' (not back yet), 'closed'
    (ended by closing the case) or 'returned' (back in the region's process)."""
    closed = exists().where(
        StatusChange.case_id == Escalation.case_id,
        StatusChange.from_status == S.OPGESCHAALD,
        StatusChange.to_status == S.AFGESLOTEN,
        StatusChange.changed_on == Escalation.returned_on,
    )
    outcome = case((Escalation.returned_on.is_(None), "open"), (closed, "closed"), else_="returned")
    return select(
        Escalation.case_id.label("case_id"),
        Escalation.level.label("level"),
        outcome.label("outcome"),
    ).where(_period(Escalation.escalated_on, flt), *_residence(Escalation.case_id, flt))


def list_items(flt: MonitoringFilter, *, bottlenecks: bool) -> Rows:
    """(case, item) for cases registered in the period, with the registration quarter."""
    link = case_bottleneck if bottlenecks else case_problem_area
    return (
        select(
            Case.id.label("case_id"),
            ManagedListItem.code.label("key"),
            quarter_of(Case.registered_on).label("quarter"),
        )
        .join(link, link.c.case_id == Case.id)
        .join(ManagedListItem, ManagedListItem.id == link.c.item_id)
        .where(_period(Case.registered_on, flt), *_case_residence(flt))
    )


def list_item_cells(flt: MonitoringFilter, *, bottlenecks: bool) -> Rows:
    """`list_items` counted per item and quarter: (key, quarter, n). Grouped first by day
    and item id (integers and the index's dates, no per-link label or quarter), then the few
    thousand day rows per code and quarter."""
    link = case_bottleneck if bottlenecks else case_problem_area
    per_day = (
        select(Case.registered_on.label("day"), link.c.item_id, func.count().label("n"))
        .join(link, link.c.case_id == Case.id)
        .where(_period(Case.registered_on, flt), *_case_residence(flt))
        .group_by(Case.registered_on, link.c.item_id)
        .subquery("per_day")
    )
    quarter = quarter_of(per_day.c.day)
    return (
        select(ManagedListItem.code, quarter, func.sum(per_day.c.n))
        .select_from(per_day)
        .join(ManagedListItem, ManagedListItem.id == per_day.c.item_id)
        .group_by(ManagedListItem.code, quarter)
    )


def goal_outcomes(flt: MonitoringFilter) -> Rows:
    """Per goal its last evaluation dated in the period (by date, then as recorded)."""
    later = aliased(GoalEvaluation)
    last = (
        select(later.id)
        .where(later.goal_id == GoalEvaluation.goal_id, _period(later.evaluated_on, flt))
        .order_by(later.evaluated_on.desc(), later.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return select(
        GoalEvaluation.case_id.label("case_id"), GoalEvaluation.outcome.label("key")
    ).where(
        _period(GoalEvaluation.evaluated_on, flt),
        GoalEvaluation.id == last,
        *_residence(GoalEvaluation.case_id, flt),
    )


def case_results(flt: MonitoringFilter) -> Rows:
    """Closed cases (status afgesloten now) whose closing date is in the period."""
    return (
        select(
            Case.id.label("case_id"),
            func.coalesce(ManagedListItem.code, UNKNOWN).label("key"),
        )
        .outerjoin(ManagedListItem, ManagedListItem.id == Case.closing_result_id)
        .where(Case.status == S.AFGESLOTEN, _period(Case.closed_on, flt), *_case_residence(flt))
    )


def funding(flt: MonitoringFilter) -> Rows:
    """Funding requests made in the period, per funding municipality, in whole cents."""
    return select(
        FundingRequest.case_id.label("case_id"),
        FundingRequest.municipality_code.label("key"),
        type_coerce(FundingRequest.requested_amount, Integer).label("requested"),
        func.coalesce(type_coerce(FundingRequest.committed_amount, Integer), 0).label("committed"),
    ).where(_period(FundingRequest.requested_on, flt), *_residence(FundingRequest.case_id, flt))


def last_born(on: date, months: int) -> date:
    """The latest date of birth that has reached `months` of age on `on` (add_months'
    month-end rule: born 31 August, 16.5 years on 28 February)."""
    born = add_months(on, -months) - timedelta(days=3)  # certainly old enough
    while add_months(born + timedelta(days=1), months) <= on:
        born += timedelta(days=1)
    return born


def transition(flt: MonitoringFilter) -> Rows:
    """Young people of cases open on period_to who are 16.5 or older but not yet 18 on that
    day; key 'arranged' when all five areas are arranged (or not needed)."""
    on = flt.period_to
    done = (
        select(func.count())
        .select_from(TransitionCheck)
        .where(TransitionCheck.case_id == Case.id, TransitionCheck.status.in_(ARRANGED))
        .scalar_subquery()
    )
    is_open = or_(
        Case.status.not_in((S.AFGESLOTEN, S.NIET_ONTVANKELIJK)),
        and_(Case.status == S.AFGESLOTEN, Case.closed_on > on),
    )
    return (
        select(
            Case.id.label("case_id"),
            case((done >= len(BigFiveArea), "arranged"), else_="not_arranged").label("key"),
        )
        .join(YoungPerson, YoungPerson.id == Case.young_person_id)
        .where(
            YoungPerson.date_of_birth <= last_born(on, 16 * 12 + 6),
            YoungPerson.date_of_birth > last_born(on, 18 * 12),
            Case.registered_on <= on,
            is_open,
            *_case_residence(flt),
        )
    )


def duration_histogram(base: Rows) -> Rows:
    """base's (days, within) with how often each pair occurs: a few hundred rows from which
    the count, the median and the percentile are read by rank (monitoring._distribution)."""
    b = base.subquery("durations")
    return select(b.c.days, b.c.within, func.count()).group_by(b.c.days, b.c.within)
