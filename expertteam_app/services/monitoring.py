"""Monitoring: the indicators the region asks for, computed in SQL over a period and an
optional municipality of residence, and the cases behind each bar.

Every indicator is grouped and counted in the database (services.monitoring_sql); medians
and percentiles are read by rank from a window function, never by loading rows. How each
indicator is computed is written down in DEFINITIONS (Dutch and English), which the help,
the dashboard and the report's appendix show, so two teams compute them the same way.

Reading the indicators needs MONITORING_READ and writes one SEARCH entry without case ids
(aggregates only); opening the cases behind a bar needs CASE_READ as well and writes the
usual SEARCH entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select

from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import (
    AuditAction,
    CaseStatus,
    EscalationLevel,
    GoalOutcome,
    LabelledEnum,
    ListKind,
    ReferrerType,
)
from expertteam_app.domain.team import ManagedListItem, Municipality
from expertteam_app.services import monitoring_sql as sql
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.cases import Coded
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.monitoring_sql import Rows
from expertteam_app.services.monitoring_views import (
    CaseBehind,
    Count,
    Distribution,
    IndicatorKey,
    Indicators,
    MoneyRow,
    MonitoringFilter,
    QuarterTrend,
)
from expertteam_app.services.roles import Permission
from expertteam_app.services.settings import read_settings

K = IndicatorKey

_MEDIAN_NL = (
    "Mediaan: de middelste waarde van de gesorteerde waarden; bij een even aantal het "
    "gemiddelde van de twee middelste. 90e percentiel: de waarde op rang ⌈0,9 × n⌉ in "
    "oplopende volgorde (nearest rank)."
)
_MEDIAN_EN = (
    "Median: the middle value of the sorted values; for an even count the mean of the two "
    "middle values. 90th percentile: the value at rank ⌈0.9 × n⌉ in ascending order "
    "(nearest rank)."
)
_PLACE_NL = "Met een gemeentefilter telt alleen wat hoort bij casussen met die woongemeente."
_PLACE_EN = "With a municipality filter only what belongs to cases resident there counts."

DEFINITIONS: dict[IndicatorKey, tuple[str, str]] = {
    K.REGISTRATIONS_MONTH: (
        "Aanmeldingen per maand: casussen met een aanmelddatum in de periode (begin- en "
        "einddatum tellen mee), per kalendermaand van de aanmelddatum; ook maanden zonder "
        f"aanmelding. {_PLACE_NL}",
        "Registrations per month: cases whose registration date lies in the period (both ends "
        "included), per calendar month of that date; months without registrations included. "
        f"{_PLACE_EN}",
    ),
    K.REGISTRATIONS_MUNICIPALITY: (
        "Aanmeldingen per gemeente: dezelfde casussen, per woongemeente (CBS-code); zonder "
        "woongemeente: 'Onbekend'.",
        "Registrations per municipality: the same cases, per municipality of residence (CBS "
        "code); without one: 'Unknown'.",
    ),
    K.REGISTRATIONS_REFERRER: (
        "Aanmeldingen per soort verwijzer: dezelfde casussen, per soort verwijzer.",
        "Registrations per referrer type: the same cases, per type of referrer.",
    ),
    K.ADMISSIBILITY: (
        "Ontvankelijkheid: per casus het laatste intakebesluit met een datum in de periode. "
        "Ontvankelijk: de status ging van 'aangemeld' naar 'in behandeling'; niet ontvankelijk: "
        "de status ging naar 'niet ontvankelijk'. Percentage ontvankelijk = ontvankelijk / "
        "(ontvankelijk + niet ontvankelijk). Casussen uit een geïmporteerd register zonder "
        f"vastgelegd intakebesluit tellen niet mee. {_PLACE_NL}",
        "Admissibility: per case its last intake decision dated in the period. Admissible: the "
        "status went from 'registered' to 'in preparation'; not admissible: the status went to "
        "'not admissible'. Admissibility rate = admissible / (admissible + not admissible). "
        "Cases from an imported register without a recorded intake decision do not count. "
        f"{_PLACE_EN}",
    ),
    K.LEAD_TIME: (
        "Doorlooptijd aanmelding → advies: casussen waarvan het eerste uitgebrachte bindend "
        "advies (de laagste uitgebrachte versie) een adviesdatum in de periode heeft. Dagen van "
        "aanmelddatum tot adviesdatum, min de dagen dat de casus opgeschort was (een "
        "opschorting telt van haar begindatum tot haar einddatum, een lopende tot de "
        "adviesdatum). Een geïmporteerde adviesdatum zonder bindend advies telt niet mee. "
        f"Binnen de streeftermijn: doorlooptijd ≤ streeftermijn in weken × 7. {_MEDIAN_NL} "
        f"{_PLACE_NL}",
        "Lead time registration → advice: cases whose first issued binding advice (the lowest "
        "issued version) is dated in the period. Days from registration to the advice date, "
        "minus the days the case was suspended (a suspension counts from its start to its "
        "end, one still running to the advice date). An imported advice date without a binding "
        "advice does not count. Within target: lead time ≤ target weeks × 7. "
        f"{_MEDIAN_EN} {_PLACE_EN}",
    ),
    K.ADVICE_TO_START: (
        "Advies → start hulp: geadviseerde hulp (adviesonderdelen) waarvan de start in de "
        "periode is vastgelegd. Dagen van de datum van het eerste uitgebrachte advies van de "
        "casus tot de startdatum (hulp die naar een nieuwe versie is meegenomen houdt haar "
        "geschiedenis). Op tijd: gestart op of vóór de uiterste startdatum. Hulp die (nog) niet "
        f"is gestart telt hier niet mee; de werklijst toont die. {_MEDIAN_NL} {_PLACE_NL}",
        "Advice → start of care: advised care items whose start is recorded in the period. "
        "Days from the date of the case's first issued advice to the start date (care carried "
        "over to a new version keeps its history). On time: started on or before its latest "
        "start date. Care not (yet) started does not count here; the work list shows it. "
        f"{_MEDIAN_EN} {_PLACE_EN}",
    ),
    K.ESCALATIONS: (
        "Opschalingen: opschalingen met een opschalingsdatum in de periode, per niveau. "
        "Uitkomst: 'loopt nog' (niet teruggekomen), 'afgesloten' (beëindigd doordat de "
        "casus werd afgesloten) of 'teruggekomen' (terug in het proces van de regio). "
        f"{_PLACE_NL}",
        "Escalations: escalations dated in the period, per level. Outcome: 'open' (not back), "
        "'closed' (ended by closing the case) or 'returned' (back in the region's process). "
        f"{_PLACE_EN}",
    ),
    K.PROBLEM_AREAS: (
        "Leefgebieden: casussen aangemeld in de periode, per leefgebied (een casus telt bij "
        "elk van haar leefgebieden één keer). Trend: hetzelfde per kwartaal van de "
        f"aanmelddatum. {_PLACE_NL}",
        "Problem areas: cases registered in the period, per problem area (a case counts once "
        "for each of its areas). Trend: the same per quarter of the registration date. "
        f"{_PLACE_EN}",
    ),
    K.BOTTLENECKS: (
        "Knelpunten: casussen aangemeld in de periode, per knelpunt (een casus telt bij elk "
        "van haar knelpunten één keer). Trend: hetzelfde per kwartaal van de aanmelddatum. "
        f"{_PLACE_NL}",
        "Bottlenecks: cases registered in the period, per bottleneck (a case counts once for "
        "each of its bottlenecks). Trend: the same per quarter of the registration date. "
        f"{_PLACE_EN}",
    ),
    K.GOAL_OUTCOMES: (
        "Doelresultaten: per haalbaar doel de laatste evaluatie met een datum in de periode "
        "(bij dezelfde datum de laatst vastgelegde), per uitkomst. Doelen zonder evaluatie in "
        f"de periode tellen niet mee. {_PLACE_NL}",
        "Goal outcomes: per feasible goal its last evaluation dated in the period (on the same "
        "date the last one recorded), per outcome. Goals without an evaluation in the period "
        f"do not count. {_PLACE_EN}",
    ),
    K.CASE_RESULTS: (
        "Resultaten bij afsluiten: casussen die nu afgesloten zijn met een afsluitdatum in de "
        "periode, per resultaat uit de lijst van het team; zonder resultaat: 'Onbekend'. "
        f"{_PLACE_NL}",
        "Case results: cases now closed whose closing date lies in the period, per result from "
        f"the team's list; without a result: 'Unknown'. {_PLACE_EN}",
    ),
    K.FUNDING: (
        "Financiering: financieringsaanvragen met een aanvraagdatum in de periode, per "
        "gemeente die gevraagd is te betalen; aangevraagd = som van de gevraagde bedragen, "
        "toegezegd = som van de toegezegde bedragen die nu staan (ook als het besluit na de "
        f"periode viel), tot op de cent. {_PLACE_NL}",
        "Funding: funding requests dated in the period, per municipality asked to pay; "
        "requested = the sum of the amounts requested, committed = the sum of the commitments "
        "that stand now (also when decided after the period), to the cent. "
        f"{_PLACE_EN}",
    ),
    K.TRANSITION: (
        "18-/18+: jeugdigen van casussen die op de einddatum van de periode liepen "
        "(aangemeld op of vóór die dag, niet niet-ontvankelijk en niet afgesloten vóór die "
        "dag) en op die dag 16,5 jaar of ouder maar nog geen 18 zijn. Big five geregeld: alle "
        f"vijf leefgebieden staan op 'geregeld' of 'niet nodig'. {_PLACE_NL}",
        "18-/18+: young people of cases running on the last day of the period (registered on "
        "or before it, not declined and not closed before it) who are 16.5 or older but not "
        "yet 18 on that day. Big five arranged: all five areas are 'arranged' or 'not "
        f"needed'. {_PLACE_EN}",
    ),
}

_OUTCOME_LABELS = {
    "open": ("Loopt nog", "Open"),
    "returned": ("Teruggekomen", "Returned"),
    "closed": ("Afgesloten", "Closed"),
}
_ADMISSIBLE_LABELS = {
    "admissible": ("Ontvankelijk", "Admissible"),
    "not_admissible": ("Niet ontvankelijk", "Not admissible"),
}
_UNKNOWN_LABEL = ("Onbekend", "Unknown")


def _t(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language.startswith("en") else pair[0]


def _grouped(uow: UnitOfWork, base: Rows, column: str = "key") -> dict[str, int]:
    b = base.subquery("base")
    key = b.c[column]
    return {str(k): int(n) for k, n in uow.session.execute(select(key, func.count()).group_by(key))}


def _cells(uow: UnitOfWork, counted: Rows) -> dict[tuple[str, ...], int]:
    """The rows of a query that counts per combination of keys: (key, ..., n)."""
    return {tuple(str(v) for v in row[:-1]): int(row[-1]) for row in uow.session.execute(counted)}


def _margin(cells: dict[tuple[str, ...], int], index: int) -> dict[str, int]:
    """The counts of one column of `_cells`, summed over the others."""
    totals: dict[str, int] = {}
    for key, n in cells.items():
        totals[key[index]] = totals.get(key[index], 0) + n
    return totals


def _enum_counts(
    counts: dict[str, int], members: Iterable[LabelledEnum], language: str
) -> tuple[Count, ...]:
    """Every member of a fixed vocabulary, in its order, zeros included."""
    return tuple(Count(m.value, m.label(language), counts.get(m.value, 0)) for m in members)


def _distribution(uow: UnitOfWork, base: Rows) -> Distribution:
    """Count, median and nearest-rank 90th percentile of base's days, read by rank from its
    histogram in ascending order (a NULL first, as SQLite sorts it)."""
    histogram: list[tuple[int | None, int]] = []
    within = 0
    for days, inside, k in uow.session.execute(sql.duration_histogram(base)):
        histogram.append((None if days is None else int(days), int(k)))
        within += int(inside) * int(k)
    histogram.sort(key=lambda pair: (pair[0] is not None, pair[0] or 0))
    n = sum(k for _, k in histogram)
    middle = [
        v for v in (_at_rank(histogram, r) for r in {(n + 1) // 2, (n + 2) // 2}) if v is not None
    ]
    p90 = _at_rank(histogram, (9 * n + 9) // 10)  # ceil(0.9 n)
    return Distribution(
        count=n,
        median_days=sum(middle) / len(middle) if n and middle else None,
        p90_days=None if p90 is None else float(p90),
        within_target=within,
        within_target_share=within / n if n else None,
    )


def _at_rank(histogram: list[tuple[int | None, int]], rank: int) -> int | None:
    """The value at 1-based `rank` of the sorted values the histogram counts."""
    seen = 0
    for days, k in histogram:
        seen += k
        if seen >= rank > 0:
            return days
    return None


def _months(flt: MonitoringFilter) -> list[str]:
    months = []
    year, month = flt.period_from.year, flt.period_from.month
    while (year, month) <= (flt.period_to.year, flt.period_to.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def quarters(flt: MonitoringFilter) -> list[str]:
    """Every quarter the period touches: '2026-Q1', ..."""
    found: list[str] = []
    for month in _months(flt):
        key = f"{month[:4]}-Q{(int(month[5:]) + 2) // 3}"
        if key not in found:
            found.append(key)
    return found


def _municipality_names(uow: UnitOfWork, codes: Iterable[str]) -> dict[str, str]:
    wanted = [c for c in codes if c]
    if not wanted:
        return {}
    rows = uow.session.execute(
        select(Municipality.cbs_code, Municipality.name).where(Municipality.cbs_code.in_(wanted))
    )
    return {str(code): str(name) for code, name in rows}


def _by_count(counts: Iterable[Count]) -> tuple[Count, ...]:
    return tuple(sorted(counts, key=lambda c: (-c.count, c.label.casefold(), c.key)))


def _item_counts(
    uow: UnitOfWork, kind: ListKind, counts: dict[str, int], language: str
) -> tuple[Count, ...]:
    """Items with a count, most frequent first; the label from the team's list."""
    if not counts:
        return ()
    items = {
        code: (label_en if language.startswith("en") and label_en else label)
        for code, label, label_en in uow.session.execute(
            select(ManagedListItem.code, ManagedListItem.label, ManagedListItem.label_en).where(
                ManagedListItem.kind == kind, ManagedListItem.code.in_(list(counts))
            )
        )
    }
    return _by_count(
        Count(code, items.get(code) or _t(_UNKNOWN_LABEL, language), n)
        for code, n in counts.items()
    )


def _trend(
    cells: dict[tuple[str, ...], int], items: tuple[Count, ...], flt: MonitoringFilter
) -> tuple[QuarterTrend, ...]:
    periods = quarters(flt)
    return tuple(
        QuarterTrend(i.key, i.label, tuple((q, cells.get((i.key, q), 0)) for q in periods))
        for i in items
    )


def _funding(uow: UnitOfWork, flt: MonitoringFilter) -> tuple[MoneyRow, ...]:
    b = sql.funding(flt).subquery("base")
    rows = uow.session.execute(
        select(
            b.c.key,
            func.sum(b.c.requested),
            func.sum(b.c.committed),
            func.count(b.c.case_id.distinct()),
        )
        .group_by(b.c.key)
        .order_by(b.c.key)
    ).all()
    names = _municipality_names(uow, (str(r[0]) for r in rows))
    money = [
        MoneyRow(str(code), names.get(str(code), str(code)), int(req or 0), int(com or 0), int(n))
        for code, req, com, n in rows
    ]
    return tuple(sorted(money, key=lambda m: (m.municipality.casefold(), m.municipality_code)))


def compute(uow: UnitOfWork, flt: MonitoringFilter, *, language: str = "nl") -> Indicators:
    """The indicators without the permission check and the log entry (for the report)."""
    settings = read_settings(uow)
    # One pass over the registrations and one per list: the bars are their margins.
    registered_cells = _cells(uow, sql.registration_cells(flt))
    per_month = _margin(registered_cells, 0)
    per_place = _margin(registered_cells, 1)
    area_cells = _cells(uow, sql.list_item_cells(flt, bottlenecks=False))
    block_cells = _cells(uow, sql.list_item_cells(flt, bottlenecks=True))
    names = _municipality_names(uow, per_place)
    places = _by_count(
        Count(code, names.get(code, code) if code else _t(_UNKNOWN_LABEL, language), n)
        for code, n in per_place.items()
    )
    admitted = _grouped(uow, sql.admissibility(flt))
    escalated = sql.escalations(flt)
    outcomes = _grouped(uow, escalated, "outcome")
    areas = _item_counts(uow, ListKind.PROBLEM_AREA, _margin(area_cells, 0), language)
    blocks = _item_counts(uow, ListKind.BOTTLENECK, _margin(block_cells, 0), language)
    results = _grouped(uow, sql.case_results(flt))
    result_counts = _item_counts(uow, ListKind.CLOSING_RESULT, results, language)
    window = _grouped(uow, sql.transition(flt))
    return Indicators(
        filter=flt,
        computed_at=uow.clock.now(),
        threshold=settings.small_cell_threshold,
        target_lead_time_weeks=settings.target_lead_time_weeks,
        registrations_per_month=tuple(
            Count(m, f"{m[5:]}-{m[:4]}", per_month.get(m, 0)) for m in _months(flt)
        ),
        registrations_per_municipality=places,
        registrations_per_referrer_type=_enum_counts(
            _margin(registered_cells, 2), ReferrerType, language
        ),
        admissible=admitted.get("admissible", 0),
        not_admissible=admitted.get("not_admissible", 0),
        lead_time_to_advice=_distribution(
            uow, sql.lead_time(flt, settings.target_lead_time_weeks * 7)
        ),
        advice_to_start=_distribution(uow, sql.advice_to_start(flt)),
        escalations_per_level=_enum_counts(
            _grouped(uow, escalated, "level"), EscalationLevel, language
        ),
        escalation_outcomes=tuple(
            Count(k, _t(pair, language), outcomes.get(k, 0)) for k, pair in _OUTCOME_LABELS.items()
        ),
        problem_areas=areas,
        bottlenecks=blocks,
        problem_area_trend=_trend(area_cells, areas, flt),
        bottleneck_trend=_trend(block_cells, blocks, flt),
        goal_outcomes=_enum_counts(_grouped(uow, sql.goal_outcomes(flt)), GoalOutcome, language),
        case_results=result_counts,
        funding=_funding(uow, flt),
        transition_window=sum(window.values()),
        transition_big_five_arranged=window.get("arranged", 0),
    )


def _describe(flt: MonitoringFilter) -> str:
    place = f" {flt.municipality_code}" if flt.municipality_code else ""
    return f"monitoring {flt.period_from.isoformat()}..{flt.period_to.isoformat()}{place}"


def _check(flt: MonitoringFilter) -> None:
    if flt.period_to < flt.period_from:
        raise ValueError("the period ends before it begins")


def indicators(uow: UnitOfWork, flt: MonitoringFilter, *, language: str = "nl") -> Indicators:
    """Every indicator over `flt` (see DEFINITIONS). Needs MONITORING_READ; writes one SEARCH
    entry without case ids, since only aggregates leave the database."""
    uow.require(Permission.MONITORING_READ)
    _check(flt)
    found = compute(uow, flt, language=language)
    uow.log(AuditEvent(AuditAction.SEARCH, detail=_describe(flt)))
    return found


def _behind(
    uow: UnitOfWork, flt: MonitoringFilter, key: IndicatorKey, item_key: str
) -> Rows | None:
    """The base of `key` narrowed to the bar `item_key`; None for an unknown bar."""
    if key is K.REGISTRATIONS_MONTH:
        b = sql.registrations(flt).subquery()
        return select(b.c.case_id).where(b.c.month == item_key)
    if key is K.REGISTRATIONS_MUNICIPALITY:
        b = sql.registrations(flt).subquery()
        return select(b.c.case_id).where(b.c.municipality == item_key)
    if key is K.REGISTRATIONS_REFERRER:
        b = sql.registrations(flt).subquery()
        return select(b.c.case_id).where(b.c.referrer == item_key)
    if key is K.ESCALATIONS:
        b = sql.escalations(flt).subquery()
        column = b.c.outcome if item_key in _OUTCOME_LABELS else b.c.level
        return select(b.c.case_id).where(column == item_key)
    if key in (K.LEAD_TIME, K.ADVICE_TO_START):
        target_days = read_settings(uow).target_lead_time_weeks * 7
        base = sql.lead_time(flt, target_days) if key is K.LEAD_TIME else sql.advice_to_start(flt)
        return _duration_bar(base, item_key)
    if key in (K.PROBLEM_AREAS, K.BOTTLENECKS):
        b = sql.list_items(flt, bottlenecks=key is K.BOTTLENECKS).subquery()
        code, _, quarter = item_key.partition("@")
        narrowed = select(b.c.case_id).where(b.c.key == code)
        return narrowed.where(b.c.quarter == quarter) if quarter else narrowed
    simple = {
        K.ADMISSIBILITY: sql.admissibility,
        K.GOAL_OUTCOMES: sql.goal_outcomes,
        K.CASE_RESULTS: sql.case_results,
        K.FUNDING: sql.funding,
        K.TRANSITION: sql.transition,
    }
    b = simple[key](flt).subquery()
    if key is K.TRANSITION and item_key in ("", "window"):
        return select(b.c.case_id)
    return select(b.c.case_id).where(b.c.key == item_key)


def _duration_bar(base: Rows, item_key: str) -> Rows | None:
    b = base.subquery()
    if item_key in ("", "all"):
        return select(b.c.case_id)
    if item_key in ("within_target", "over_target"):
        return select(b.c.case_id).where(b.c.within == (1 if item_key == "within_target" else 0))
    return None


def cases_behind(
    uow: UnitOfWork, flt: MonitoringFilter, key: IndicatorKey, item_key: str
) -> list[int]:
    """The ids of the cases behind one bar of one indicator, in id order, each once.

    item_key is the bar's Count.key; further: LEAD_TIME and ADVICE_TO_START take "" (all),
    "within_target" or "over_target"; ESCALATIONS a level or an outcome ("open",
    "returned", "closed"); PROBLEM_AREAS and BOTTLENECKS a code, or "code@2026-Q1" for one
    quarter of the trend; TRANSITION "" or "window" (all), "arranged", "not_arranged".
    Needs MONITORING_READ and CASE_READ; writes one SEARCH entry."""
    uow.require(Permission.MONITORING_READ)
    uow.require(Permission.CASE_READ)
    _check(flt)
    narrowed = _behind(uow, flt, key, item_key)
    found: list[int] = []
    if narrowed is not None:
        ids = narrowed.subquery("behind")
        found = [
            int(i)
            for i in uow.session.scalars(select(ids.c.case_id).distinct().order_by(ids.c.case_id))
        ]
    uow.log(
        AuditEvent(
            AuditAction.SEARCH,
            detail=f"{_describe(flt)}; {key.value}={item_key}: {len(found)} found",
        )
    )
    return found


def cases_behind_lines(
    uow: UnitOfWork, flt: MonitoringFilter, key: IndicatorKey, item_key: str
) -> list[CaseBehind]:
    """`cases_behind` with each case's reference, young person's name and status, by
    reference: what the dashboard lists when a bar is clicked. Same rights, same log entry."""
    from expertteam_app.domain import names
    from expertteam_app.domain.case import YoungPerson

    ids = cases_behind(uow, flt, key, item_key)
    if not ids:
        return []
    rows = uow.session.execute(
        select(
            Case.id,
            Case.reference,
            Case.status,
            YoungPerson.first_name,
            YoungPerson.name_prefix,
            YoungPerson.last_name,
        )
        .join(YoungPerson, Case.young_person_id == YoungPerson.id)
        .where(Case.id.in_(ids))
        .order_by(Case.reference)
    )
    return [
        CaseBehind(int(r[0]), str(r[1]), names.display_name(r[3], r[4], r[5]), CaseStatus(r[2]))
        for r in rows
    ]


def municipalities_in_use(uow: UnitOfWork) -> list[Coded]:
    """The municipalities of residence that occur in the register, by name (the filter's
    choices). Needs MONITORING_READ."""
    uow.require(Permission.MONITORING_READ)
    used = select(func.distinct(Case.residence_municipality_code)).where(
        Case.residence_municipality_code.is_not(None)
    )
    rows = uow.session.execute(
        select(Municipality.cbs_code, Municipality.name)
        .where(Municipality.cbs_code.in_(used))
        .order_by(Municipality.name, Municipality.cbs_code)
    )
    return [Coded(str(code), str(name)) for code, name in rows]


def period_of(on: date) -> MonitoringFilter:
    """The calendar year up to `on`: the dashboard's first period."""
    return MonitoringFilter(date(on.year, 1, 1), on)
