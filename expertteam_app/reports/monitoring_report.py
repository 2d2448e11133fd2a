"""The region's monitoring report: A4 PDF and an XLSX workbook from one set of `Indicators`.

Both formats are laid out from one `ReportContent` (`report_content`), so the PDF and the
workbook always show the same cells:

- every table of counts goes through `suppress_counts` with the team's threshold (the same
  small-cell rule as the learning tables): a count below the threshold shows as "<5", a
  count hidden so that a small one cannot be worked out from the totals as "x";
- a median or a percentile is shown only for a group of at least `threshold` cases, and a
  share (admissibility, within the target) only when both of its parts are shown;
- a chart draws only values its table shows; the caption names the rows left out.

Lists a case can appear in more than once (problem areas, bottlenecks) carry no total:
their sum would count mentions, not cases. Funding is shown as amounts per municipality;
amounts are not counts and are not suppressed.

The report is not client data about one person, but it leaves the team: it is written
atomically like every other file (a failure leaves no file behind).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from expertteam_app.anonymise.suppression import SuppressedTable, suppress_counts
from expertteam_app.domain.money import format_euros
from expertteam_app.reports.common import (
    ACCENT,
    MUTED,
    RULE,
    TEXT_WIDTH,
    PageDecor,
    Styles,
    banner,
    build_pdf,
    data_table,
    esc,
    fit,
    fonts,
    para,
    short_date,
    styles,
    text_pairs,
)
from expertteam_app.services.monitoring_views import (
    Count,
    Distribution,
    IndicatorKey,
    Indicators,
    QuarterTrend,
)
from expertteam_app.services.table_export import EURO_FORMAT, neutralise
from expertteam_app.store.atomic import write_bytes_atomically

Language = Literal["nl", "en"]
ChartKind = Literal["hbar", "vbar", "line", "days", "money"]

# A line chart with more lines than this is unreadable: the most frequent ones are drawn,
# the table lists them all.
TREND_LINES = 6
SERIES_COLOURS = (
    ACCENT,
    colors.HexColor("#C0504D"),
    colors.HexColor("#4F9A60"),
    colors.HexColor("#D99A2B"),
    colors.HexColor("#7A5AA6"),
    colors.HexColor("#3A9FB5"),
)

_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "kind": "Monitoringsrapportage",
        "subtitle": "Indicatoren van het regionaal expertteam",
        "team": "Expertteam",
        "region": "Jeugdregio",
        "period": "Periode",
        "period_value": "{start} tot en met {end}",
        "municipality": "Gemeente (woonplaats)",
        "all_municipalities": "alle gemeenten",
        "made": "Gemaakt op",
        "privacy_head": "Kleine aantallen",
        "privacy": (
            "Dit rapport gaat buiten het team. Daarom zijn kleine aantallen onderdrukt, "
            "volgens dezelfde regel als de leertafels: een aantal kleiner dan {t} is "
            "weergegeven als <{t}; met x is een aantal weggelaten, zodat een klein aantal "
            "niet uit de totalen kan worden afgeleid. Een mediaan of percentiel staat er "
            "alleen bij een groep van ten minste {t} casussen, een percentage alleen als "
            "beide aantallen waaruit het bestaat worden getoond. Grafieken tekenen alleen "
            "getoonde aantallen."
        ),
        "summary": "Samenvatting",
        "summary_intro": "De kerncijfers over de periode; de toelichting staat per indicator.",
        "figure": "Kerncijfer",
        "value": "Waarde",
        "count": "Aantal",
        "cases": "Casussen",
        "total": "Totaal",
        "few_cases": "<{t} casussen",
        "not_shown": "niet getoond (kleine aantallen)",
        "none": "geen",
        "days": "{n} dagen",
        "day": "1 dag",
        "percent": "{p}%",
        "chart_left_out": (
            "Niet in de grafiek, omdat het aantal niet wordt getoond (<{t} of x): {rows}."
        ),
        "chart_empty": "Geen aantallen om te tekenen.",
        "no_data": "Geen gegevens in deze periode.",
        "definitions": "Bijlage: definities",
        "definitions_intro": (
            "Zo is elke indicator berekend, zodat twee teams hem op dezelfde manier tellen."
        ),
        "definitions_missing": "De definities zijn niet beschikbaar.",
        "indicator": "Indicator",
        "definition": "Definitie",
        "footer": "Monitoring expertteam — kleine aantallen onderdrukt",
        "subject": "Monitoringsindicatoren",
        # sections
        "registrations_month": "Aanmeldingen per maand",
        "registrations_month_intro": "Aanmeldingen naar de maand van aanmelding.",
        "month": "Maand",
        "registrations_municipality": "Aanmeldingen per gemeente",
        "registrations_municipality_intro": "Aanmeldingen naar de woonplaats van de jeugdige.",
        "municipality_col": "Gemeente",
        "registrations_referrer": "Aanmeldingen per soort verwijzer",
        "registrations_referrer_intro": "Aanmeldingen naar wie de casus aanmeldde.",
        "referrer": "Verwijzer",
        "admissibility": "Ontvankelijkheid",
        "admissibility_intro": "Intakebesluiten in de periode: ontvankelijk of niet.",
        "decision": "Besluit",
        "admissible": "Ontvankelijk",
        "not_admissible": "Niet ontvankelijk",
        "admissibility_rate": "Ontvankelijkheidspercentage",
        "lead_time": "Doorlooptijd aanmelding tot advies",
        "lead_time_intro": (
            "Van aanmelding tot het eerste uitgebrachte bindend advies, dagen van opschorting "
            "niet meegeteld. De norm van het team is {w} weken ({d} dagen)."
        ),
        "advice_to_start": "Van advies tot start van de hulp",
        "advice_to_start_intro": (
            "Van het bindend advies tot de start van de geadviseerde hulp; op tijd is "
            "gestart op of voor de uiterste startdatum in het advies."
        ),
        "n_lead": "Aantal casussen",
        "n_start": "Aantal",
        "median": "Mediaan",
        "p90": "90e percentiel",
        "within_target": "Binnen de norm",
        "outside_target": "Buiten de norm",
        "within_share": "Aandeel binnen de norm",
        "on_time": "Op tijd gestart",
        "late": "Niet op tijd gestart",
        "on_time_share": "Aandeel op tijd gestart",
        "group": "Groep",
        "target_line": "norm {d} dagen",
        "escalations": "Escalaties",
        "escalations_intro": "Escalaties in de periode, naar niveau en naar uitkomst.",
        "level": "Niveau",
        "outcome": "Uitkomst",
        "escalations_level": "Escalaties per niveau",
        "escalations_outcome": "Uitkomsten van escalaties",
        "problem_areas": "Leefgebieden",
        "problem_areas_intro": (
            "Hoe vaak elk leefgebied voorkomt; een casus telt bij elk van zijn leefgebieden, "
            "dus de aantallen tellen niet op tot het aantal casussen."
        ),
        "problem_area": "Leefgebied",
        "problem_area_trend": "Leefgebieden per kwartaal",
        "bottlenecks": "Knelpunten",
        "bottlenecks_intro": (
            "Hoe vaak elke soort knelpunt voorkomt; een casus telt bij elk van zijn "
            "knelpunten, dus de aantallen tellen niet op tot het aantal casussen."
        ),
        "bottleneck": "Knelpunt",
        "bottleneck_trend": "Knelpunten per kwartaal",
        "trend_chart": "Verloop per kwartaal",
        "goal_outcomes": "Doelen: resultaat van de evaluatie",
        "goal_outcomes_intro": "De laatste evaluatie van elk doel in de periode.",
        "goal_outcome": "Resultaat",
        "case_results": "Resultaat bij afsluiting",
        "case_results_intro": "Casussen die in de periode zijn afgesloten, naar resultaat.",
        "case_result": "Resultaat",
        "funding": "Financiering per gemeente",
        "funding_intro": (
            "Aangevraagde en toegezegde bedragen per financierende gemeente. Een gemeente met "
            "minder casussen dan de drempel wordt niet genoemd: haar bedragen tellen mee onder "
            "'Overige gemeenten (samen)'."
        ),
        "funding_other": "Overige gemeenten (samen)",
        "requested": "Aangevraagd",
        "committed": "Toegezegd",
        "transition": "Overgang 18-/18+",
        "transition_intro": (
            "Jongeren van lopende casussen in het venster rond hun 18e verjaardag, en bij "
            "hoeveel de big five (steun, wonen, school/werk, inkomen, welzijn) geregeld is."
        ),
        "young_people": "Jongeren",
        "in_window": "In het venster",
        "arranged": "Big five geregeld",
        "not_arranged": "Nog niet alles geregeld",
        "sum_registrations": "Aanmeldingen",
        "sum_escalations": "Escalaties",
        "sum_closed": "Afgesloten casussen",
        "sum_requested": "Financiering aangevraagd",
        "sum_committed": "Financiering toegezegd",
        "sum_lead_median": "Doorlooptijd tot advies, mediaan",
        "sum_lead_p90": "Doorlooptijd tot advies, 90e percentiel",
        "sum_window": "Jongeren in het 18-/18+-venster",
        "sum_arranged": "Waarvan big five geregeld",
    },
    "en": {
        "kind": "Monitoring report",
        "subtitle": "Indicators of the regional expert team",
        "team": "Expert team",
        "region": "Youth-care region",
        "period": "Period",
        "period_value": "{start} to {end} inclusive",
        "municipality": "Municipality (residence)",
        "all_municipalities": "all municipalities",
        "made": "Made on",
        "privacy_head": "Small numbers",
        "privacy": (
            "This report leaves the team. Small counts are therefore suppressed by the same "
            "rule as the learning tables: a count below {t} is shown as <{t}; an x marks a "
            "count left out so that a small count cannot be worked out from the totals. A "
            "median or percentile is shown only for a group of at least {t} cases, a "
            "percentage only when both counts it is made of are shown. Charts draw only "
            "counts that are shown."
        ),
        "summary": "Summary",
        "summary_intro": "The key figures of the period; each indicator is explained below.",
        "figure": "Key figure",
        "value": "Value",
        "count": "Count",
        "cases": "Cases",
        "total": "Total",
        "few_cases": "<{t} cases",
        "not_shown": "not shown (small counts)",
        "none": "none",
        "days": "{n} days",
        "day": "1 day",
        "percent": "{p}%",
        "chart_left_out": "Not in the chart, because the count is not shown (<{t} or x): {rows}.",
        "chart_empty": "No counts to draw.",
        "no_data": "No data in this period.",
        "definitions": "Appendix: definitions",
        "definitions_intro": (
            "How each indicator is computed, so that two teams count it the same way."
        ),
        "definitions_missing": "The definitions are not available.",
        "indicator": "Indicator",
        "definition": "Definition",
        "footer": "Expert team monitoring — small counts suppressed",
        "subject": "Monitoring indicators",
        "registrations_month": "Registrations per month",
        "registrations_month_intro": "Registrations by the month of registration.",
        "month": "Month",
        "registrations_municipality": "Registrations per municipality",
        "registrations_municipality_intro": "Registrations by the young person's residence.",
        "municipality_col": "Municipality",
        "registrations_referrer": "Registrations per referrer type",
        "registrations_referrer_intro": "Registrations by who referred the case.",
        "referrer": "Referrer",
        "admissibility": "Admissibility",
        "admissibility_intro": "Intake decisions in the period: admissible or not.",
        "decision": "Decision",
        "admissible": "Admissible",
        "not_admissible": "Not admissible",
        "admissibility_rate": "Admissibility rate",
        "lead_time": "Lead time registration to advice",
        "lead_time_intro": (
            "From registration to the first issued binding advice, days of suspension not "
            "counted. The team's target is {w} weeks ({d} days)."
        ),
        "advice_to_start": "From advice to start of care",
        "advice_to_start_intro": (
            "From the binding advice to the start of the advised care; on time means started "
            "on or before the latest start date in the advice."
        ),
        "n_lead": "Number of cases",
        "n_start": "Number",
        "median": "Median",
        "p90": "90th percentile",
        "within_target": "Within the target",
        "outside_target": "Over the target",
        "within_share": "Share within the target",
        "on_time": "Started on time",
        "late": "Not started on time",
        "on_time_share": "Share started on time",
        "group": "Group",
        "target_line": "target {d} days",
        "escalations": "Escalations",
        "escalations_intro": "Escalations in the period, by level and by outcome.",
        "level": "Level",
        "outcome": "Outcome",
        "escalations_level": "Escalations per level",
        "escalations_outcome": "Outcomes of escalations",
        "problem_areas": "Problem areas",
        "problem_areas_intro": (
            "How often each problem area occurs; a case counts under each of its areas, so "
            "the counts do not add up to the number of cases."
        ),
        "problem_area": "Problem area",
        "problem_area_trend": "Problem areas per quarter",
        "bottlenecks": "Bottlenecks",
        "bottlenecks_intro": (
            "How often each kind of bottleneck occurs; a case counts under each of its "
            "bottlenecks, so the counts do not add up to the number of cases."
        ),
        "bottleneck": "Bottleneck",
        "bottleneck_trend": "Bottlenecks per quarter",
        "trend_chart": "Trend per quarter",
        "goal_outcomes": "Goals: outcome of the evaluation",
        "goal_outcomes_intro": "The latest evaluation of each goal in the period.",
        "goal_outcome": "Outcome",
        "case_results": "Result at closing",
        "case_results_intro": "Cases closed in the period, by result.",
        "case_result": "Result",
        "funding": "Funding per municipality",
        "funding_intro": (
            "Amounts requested and committed per funding municipality. A municipality with fewer "
            "cases than the threshold is not named: its amounts count under 'Other "
            "municipalities (together)'."
        ),
        "funding_other": "Other municipalities (together)",
        "requested": "Requested",
        "committed": "Committed",
        "transition": "Transition 18-/18+",
        "transition_intro": (
            "Young people of open cases in the window around their 18th birthday, and for "
            "how many the big five (support, housing, school/work, income, wellbeing) are "
            "arranged."
        ),
        "young_people": "Young people",
        "in_window": "In the window",
        "arranged": "Big five arranged",
        "not_arranged": "Not everything arranged yet",
        "sum_registrations": "Registrations",
        "sum_escalations": "Escalations",
        "sum_closed": "Cases closed",
        "sum_requested": "Funding requested",
        "sum_committed": "Funding committed",
        "sum_lead_median": "Lead time to advice, median",
        "sum_lead_p90": "Lead time to advice, 90th percentile",
        "sum_window": "Young people in the 18-/18+ window",
        "sum_arranged": "Of whom big five arranged",
    },
}

# The order of the sections; each is one IndicatorKey with its definition in the appendix.
SECTION_ORDER = tuple(IndicatorKey)
_TrendTable = tuple[SuppressedTable, tuple[str, ...]]  # the table and its quarters


# --- the content both formats share ------------------------------------------------------


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str  # as shown: "23", "<5", "41,5 dagen", "<5 casussen", "78%"


@dataclass(frozen=True)
class Chart:
    """What a chart draws: only shown values; None where the table hides the value."""

    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # (name, one value a category)
    left_out: tuple[str, ...] = ()  # categories without a shown value
    reference: float | None = None  # a target line (days)
    reference_label: str = ""


@dataclass(frozen=True)
class MoneyTable:
    title: str
    columns: tuple[str, str, str]  # municipality, requested, committed
    rows: tuple[tuple[str, int, int], ...]  # cents
    total: tuple[int, int]


@dataclass(frozen=True)
class Section:
    key: IndicatorKey
    title: str
    intro: str
    figures: tuple[KeyFigure, ...]
    tables: tuple[SuppressedTable, ...]
    charts: tuple[Chart, ...]
    money: MoneyTable | None = None


@dataclass(frozen=True)
class ReportContent:
    language: Language
    title: str
    team: str
    region: str
    period: str
    municipality: str
    made: str
    threshold: int
    privacy: str
    summary: tuple[KeyFigure, ...]
    sections: tuple[Section, ...]
    definitions: tuple[tuple[str, str], ...]  # (section title, definition)


def _language(language: str) -> Language:
    return "en" if language.startswith("en") else "nl"


def definitions() -> Mapping[IndicatorKey, tuple[str, str]]:
    """DEFINITIONS of the monitoring service (Dutch, English per indicator). Imported here,
    not at the top: the report module itself needs no database code."""
    from expertteam_app.services.monitoring import DEFINITIONS

    return DEFINITIONS


def report_content(
    indicators: Indicators,
    *,
    team: str,
    region: str,
    municipality: str = "",
    language: str = "nl",
) -> ReportContent:
    """Everything the report shows, suppressed; `municipality` is the filter's name (the
    code is shown when it is empty)."""
    lang = _language(language)
    w = _TEXTS[lang]
    t = max(indicators.threshold, 1)
    flt = indicators.filter
    builder = _Builder(indicators, w, lang, t)
    sections = tuple(builder.section(key) for key in SECTION_ORDER)
    found = definitions()
    defs = tuple(
        (section.title, found[section.key][1 if lang == "en" else 0])
        for section in sections
        if section.key in found
    )
    if flt.municipality_code:
        where = (
            f"{municipality} ({flt.municipality_code})" if municipality else flt.municipality_code
        )
    else:
        where = w["all_municipalities"]
    return ReportContent(
        language=lang,
        title=w["kind"],
        team=team,
        region=region,
        period=w["period_value"].format(
            start=short_date(flt.period_from), end=short_date(flt.period_to)
        ),
        municipality=where,
        made=f"{short_date(indicators.computed_at.date())} {indicators.computed_at:%H:%M}",
        threshold=t,
        privacy=w["privacy"].format(t=t),
        summary=builder.summary(sections),
        sections=sections,
        definitions=defs,
    )


def _shown_int(cell: str) -> int | None:
    return int(cell) if cell.isdigit() else None


class _Builder:
    def __init__(self, ind: Indicators, w: dict[str, str], lang: Language, t: int) -> None:
        self.ind = ind
        self.w = w
        self.lang = lang
        self.t = t

    # --- formatting ---------------------------------------------------------------------

    def days(self, value: float) -> str:
        if value == 1:
            return self.w["day"]
        text = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
        return self.w["days"].format(n=text.replace(".", ",") if self.lang == "nl" else text)

    def percent(self, share: float) -> str:
        return self.w["percent"].format(p=round(share * 100))

    # --- tables -------------------------------------------------------------------------

    def counts(
        self,
        title: str,
        row_header: str,
        counts: Sequence[Count],
        *,
        with_totals: bool = True,
        keep_zeros: bool = False,
    ) -> SuppressedTable:
        """A one-column table of counts. Rows of zero are left out (a list of every referrer
        type would otherwise fill up with zeros the suppression hides as "x"), unless the
        rows are a calendar (months), where a zero keeps its place."""
        return suppress_counts(
            title,
            row_header,
            [self.w["count"]],
            [(c.label, [c.count]) for c in counts if keep_zeros or c.count],
            self.t,
            language=self.lang,
            with_totals=with_totals,
        )

    def bar_chart(self, table: SuppressedTable, kind: ChartKind, title: str = "") -> Chart:
        shown: list[tuple[str, float | None]] = [
            (label, _shown_int(cells[0])) for label, cells in table.rows
        ]
        return Chart(
            kind=kind,
            title=title or table.title,
            categories=tuple(label for label, _ in shown),
            series=((self.w["count"], tuple(v for _, v in shown)),),
            left_out=tuple(label for label, v in shown if v is None),
        )

    def total_of(self, table: SuppressedTable) -> str:
        if table.total_row is None:
            return ""
        return table.total_row[-1]

    # --- sections -----------------------------------------------------------------------

    def section(self, key: IndicatorKey) -> Section:
        build = getattr(self, f"_s_{key.value}")
        section: Section = build(key)
        return section

    def _simple(
        self, key: IndicatorKey, row_header: str, counts: Sequence[Count], kind: ChartKind
    ) -> Section:
        w = self.w
        table = self.counts(w[key.value], w[row_header], counts, keep_zeros=kind == "vbar")
        return Section(
            key=key,
            title=w[key.value],
            intro=w[f"{key.value}_intro"],
            figures=(),
            tables=(table,),
            charts=(self.bar_chart(table, kind),) if table.rows else (),
        )

    def _s_registrations_month(self, key: IndicatorKey) -> Section:
        return self._simple(key, "month", self.ind.registrations_per_month, "vbar")

    def _s_registrations_municipality(self, key: IndicatorKey) -> Section:
        return self._simple(
            key, "municipality_col", self.ind.registrations_per_municipality, "hbar"
        )

    def _s_registrations_referrer(self, key: IndicatorKey) -> Section:
        return self._simple(key, "referrer", self.ind.registrations_per_referrer_type, "hbar")

    def _s_goal_outcomes(self, key: IndicatorKey) -> Section:
        return self._simple(key, "goal_outcome", self.ind.goal_outcomes, "hbar")

    def _s_case_results(self, key: IndicatorKey) -> Section:
        return self._simple(key, "case_result", self.ind.case_results, "hbar")

    def _s_admissibility(self, key: IndicatorKey) -> Section:
        w = self.w
        ind = self.ind
        table = suppress_counts(
            w["admissibility"],
            w["decision"],
            [w["count"]],
            [(w["admissible"], [ind.admissible]), (w["not_admissible"], [ind.not_admissible])],
            self.t,
            language=self.lang,
        )
        parts = [_shown_int(cells[0]) for _, cells in table.rows]
        rate = ind.admissibility_rate
        if rate is None:
            shown_rate = "—"
        elif all(p is not None for p in parts):
            shown_rate = self.percent(rate)
        else:
            shown_rate = w["not_shown"]
        decided = ind.admissible + ind.not_admissible
        return Section(
            key=key,
            title=w["admissibility"],
            intro=w["admissibility_intro"],
            figures=(KeyFigure(w["admissibility_rate"], shown_rate),),
            tables=(table,),
            charts=(self.bar_chart(table, "hbar"),) if decided else (),
        )

    def _distribution(
        self,
        key: IndicatorKey,
        dist: Distribution,
        *,
        n_label: str,
        within: str,
        outside: str,
        share_label: str,
        intro: str,
        reference: float | None,
    ) -> Section:
        w = self.w
        table = suppress_counts(
            w[key.value],
            w["group"],
            [w["count"]],
            [
                (w[within], [dist.within_target]),
                (w[outside], [max(dist.count - dist.within_target, 0)]),
            ],
            self.t,
            language=self.lang,
        )
        enough = dist.count >= self.t
        few = w["few_cases"].format(t=self.t)
        if dist.count == 0:
            median = p90 = share = "—"
        elif not enough:
            median = p90 = share = few
        else:
            median = self.days(dist.median_days) if dist.median_days is not None else "—"
            p90 = self.days(dist.p90_days) if dist.p90_days is not None else "—"
            parts = [_shown_int(cells[0]) for _, cells in table.rows]
            if dist.within_target_share is None:
                share = "—"
            elif all(p is not None for p in parts):
                share = self.percent(dist.within_target_share)
            else:
                share = w["not_shown"]
        total = self.total_of(table) if dist.count else "0"
        figures = (
            KeyFigure(w[n_label], total),
            KeyFigure(w["median"], median),
            KeyFigure(w["p90"], p90),
            KeyFigure(w[share_label], share),
        )
        charts: list[Chart] = []
        if enough and (dist.median_days is not None or dist.p90_days is not None):
            charts.append(
                Chart(
                    kind="days",
                    title=w[key.value],
                    categories=(w["median"], w["p90"]),
                    series=((w[key.value], (dist.median_days, dist.p90_days)),),
                    reference=reference,
                    reference_label=(
                        w["target_line"].format(d=round(reference)) if reference else ""
                    ),
                )
            )
        return Section(
            key=key,
            title=w[key.value],
            intro=intro,
            figures=figures,
            tables=(table,),
            charts=tuple(charts),
        )

    def _s_lead_time(self, key: IndicatorKey) -> Section:
        weeks = self.ind.target_lead_time_weeks
        return self._distribution(
            key,
            self.ind.lead_time_to_advice,
            n_label="n_lead",
            within="within_target",
            outside="outside_target",
            share_label="within_share",
            intro=self.w["lead_time_intro"].format(w=weeks, d=weeks * 7),
            reference=float(weeks * 7) if weeks else None,
        )

    def _s_advice_to_start(self, key: IndicatorKey) -> Section:
        return self._distribution(
            key,
            self.ind.advice_to_start,
            n_label="n_start",
            within="on_time",
            outside="late",
            share_label="on_time_share",
            intro=self.w["advice_to_start_intro"],
            reference=None,
        )

    def _s_escalations(self, key: IndicatorKey) -> Section:
        w = self.w
        levels = self.counts(w["escalations_level"], w["level"], self.ind.escalations_per_level)
        outcomes = self.counts(w["escalations_outcome"], w["outcome"], self.ind.escalation_outcomes)
        charts = [self.bar_chart(t, "hbar") for t in (levels, outcomes) if t.rows]
        return Section(
            key=key,
            title=w["escalations"],
            intro=w["escalations_intro"],
            figures=(),
            tables=(levels, outcomes),
            charts=tuple(charts),
        )

    def _trend(self, title: str, row_header: str, trends: Sequence[QuarterTrend]) -> _TrendTable:
        quarters: list[str] = []
        for trend in trends:
            for quarter, _ in trend.per_quarter:
                if quarter not in quarters:
                    quarters.append(quarter)
        quarters.sort()
        rows = [(tr.label, [dict(tr.per_quarter).get(q, 0) for q in quarters]) for tr in trends]
        table = suppress_counts(
            title, row_header, quarters, rows, self.t, language=self.lang, with_totals=True
        )
        return table, tuple(quarters)

    def _listed(
        self, key: IndicatorKey, row: str, counts: Sequence[Count], trends: Sequence[QuarterTrend]
    ) -> Section:
        w = self.w
        table = self.counts(w[key.value], w[row], counts, with_totals=False)
        charts: list[Chart] = []
        if table.rows:
            charts.append(self.bar_chart(table, "hbar"))
        tables = [table]
        if trends:
            trend_table, quarters = self._trend(w[f"{row}_trend"], w[row], trends)
            tables.append(trend_table)
            if len(quarters) > 1:
                charts.append(self.line_chart(trend_table, quarters))
        return Section(
            key=key,
            title=w[key.value],
            intro=w[f"{key.value}_intro"],
            figures=(),
            tables=tuple(tables),
            charts=tuple(charts),
        )

    def line_chart(self, table: SuppressedTable, quarters: Sequence[str]) -> Chart:
        """The most frequent rows (by their shown total) as lines over the quarters; a
        hidden cell is a gap in its line."""
        width = len(quarters)
        lines: list[tuple[str, tuple[float | None, ...]]] = []
        left_out: list[str] = []
        for label, cells in table.rows:
            values = tuple(_shown_int(c) for c in cells[:width])
            if all(v is None for v in values):
                left_out.append(label)
            else:
                lines.append((label, tuple(float(v) if v is not None else None for v in values)))
        lines.sort(key=lambda line: -sum(v or 0 for v in line[1]))
        return Chart(
            kind="line",
            title=f"{table.title}",
            categories=tuple(quarters),
            series=tuple(lines[:TREND_LINES]),
            left_out=tuple(left_out),
        )

    def _s_problem_areas(self, key: IndicatorKey) -> Section:
        return self._listed(
            key, "problem_area", self.ind.problem_areas, self.ind.problem_area_trend
        )

    def _s_bottlenecks(self, key: IndicatorKey) -> Section:
        return self._listed(key, "bottleneck", self.ind.bottlenecks, self.ind.bottleneck_trend)

    def _s_funding(self, key: IndicatorKey) -> Section:
        w = self.w
        # A municipality with fewer cases than the threshold is not named with its amounts
        # (one family's cost of care): those are added up under "other municipalities".
        named = [r for r in self.ind.funding if r.case_count >= self.ind.threshold]
        small = [r for r in self.ind.funding if r.case_count < self.ind.threshold]
        rows = tuple(
            (r.municipality or r.municipality_code, r.requested_cents, r.committed_cents)
            for r in named
        )
        if small:
            rows += (
                (
                    w["funding_other"],
                    sum(r.requested_cents for r in small),
                    sum(r.committed_cents for r in small),
                ),
            )
        money = MoneyTable(
            title=w["funding"],
            columns=(w["municipality_col"], w["requested"], w["committed"]),
            rows=rows,
            total=(sum(r[1] for r in rows), sum(r[2] for r in rows)),
        )
        charts: tuple[Chart, ...] = ()
        if rows:
            charts = (
                Chart(
                    kind="money",
                    title=w["funding"],
                    categories=tuple(r[0] for r in rows),
                    series=(
                        (w["requested"], tuple(r[1] / 100 for r in rows)),
                        (w["committed"], tuple(r[2] / 100 for r in rows)),
                    ),
                ),
            )
        return Section(
            key=key,
            title=w["funding"],
            intro=w["funding_intro"],
            figures=(),
            tables=(),
            charts=charts,
            money=money,
        )

    def _s_transition(self, key: IndicatorKey) -> Section:
        w = self.w
        window = self.ind.transition_window
        arranged = min(self.ind.transition_big_five_arranged, window)
        table = suppress_counts(
            w["transition"],
            w["young_people"],
            [w["count"]],
            [(w["arranged"], [arranged]), (w["not_arranged"], [window - arranged])],
            self.t,
            language=self.lang,
        )
        return Section(
            key=key,
            title=w["transition"],
            intro=w["transition_intro"],
            figures=(
                KeyFigure(w["in_window"], self.total_of(table)),
                KeyFigure(w["arranged"], table.rows[0][1][0]),
            ),
            tables=(table,),
            charts=(self.bar_chart(table, "hbar"),) if window else (),
        )

    # --- the summary ----------------------------------------------------------------------

    def summary(self, sections: Sequence[Section]) -> tuple[KeyFigure, ...]:
        w = self.w
        by_key = {s.key: s for s in sections}

        def total(key: IndicatorKey, index: int = 0) -> str:
            table = by_key[key].tables[index]
            return self.total_of(table) or "0"

        def figure(key: IndicatorKey, index: int) -> str:
            return by_key[key].figures[index].value

        requested = sum(r.requested_cents for r in self.ind.funding)
        committed = sum(r.committed_cents for r in self.ind.funding)
        return (
            KeyFigure(w["sum_registrations"], total(IndicatorKey.REGISTRATIONS_MONTH)),
            KeyFigure(w["admissibility_rate"], figure(IndicatorKey.ADMISSIBILITY, 0)),
            KeyFigure(w["sum_lead_median"], figure(IndicatorKey.LEAD_TIME, 1)),
            KeyFigure(w["sum_lead_p90"], figure(IndicatorKey.LEAD_TIME, 2)),
            KeyFigure(w["within_share"], figure(IndicatorKey.LEAD_TIME, 3)),
            KeyFigure(w["on_time_share"], figure(IndicatorKey.ADVICE_TO_START, 3)),
            KeyFigure(w["sum_escalations"], total(IndicatorKey.ESCALATIONS)),
            KeyFigure(w["sum_closed"], total(IndicatorKey.CASE_RESULTS)),
            KeyFigure(w["sum_window"], figure(IndicatorKey.TRANSITION, 0)),
            KeyFigure(w["sum_arranged"], figure(IndicatorKey.TRANSITION, 1)),
            KeyFigure(w["sum_requested"], format_euros(Decimal(requested) / 100)),
            KeyFigure(w["sum_committed"], format_euros(Decimal(committed) / 100)),
        )


# --- PDF ------------------------------------------------------------------------------------


def write_monitoring_pdf(
    path: Path,
    indicators: Indicators,
    *,
    team: str,
    region: str,
    language: str = "nl",
    municipality: str = "",
) -> None:
    """Write the PDF report to `path` atomically: a failure leaves no file behind."""
    _write_report(path, build_pdf_bytes, indicators, team, region, language, municipality)


def _write_report(
    path: Path,
    render: Callable[[ReportContent], bytes],
    indicators: Indicators,
    team: str,
    region: str,
    language: str,
    municipality: str,
) -> None:
    content = report_content(
        indicators, team=team, region=region, municipality=municipality, language=language
    )
    write_bytes_atomically(Path(path), render(content))


def build_pdf_bytes(content: ReportContent) -> bytes:
    w = _TEXTS[content.language]
    s = styles()
    story: list[Any] = _cover(content, w, s)
    story += [PageBreak(), *_summary(content, w, s)]
    for number, section in enumerate(content.sections):
        # A short indicator shares a page with the one before it; a chart never splits.
        story += [PageBreak() if number == 0 else CondPageBreak(120 * mm)]
        story += _section(section, content, w, s)
    story += [PageBreak(), *_definitions(content, w, s)]
    return build_pdf(
        story,
        title=f"{w['kind']} {content.period}",
        author=content.team or "Expertteam",
        subject=w["subject"],
        decor=PageDecor(
            running_header=f"{content.team or 'Expertteam'} · {w['kind']} · {content.period}",
            footer_note=w["footer"],
        ),
        language=content.language,
    )


def _cover(content: ReportContent, w: dict[str, str], s: Styles) -> list[Any]:
    pairs = [
        (w["team"], content.team or "—"),
        (w["region"], content.region or "—"),
        (w["period"], content.period),
        (w["municipality"], content.municipality),
        (w["made"], content.made),
    ]
    return [
        Spacer(1, 30 * mm),
        Paragraph(esc(w["subtitle"]).upper(), s.subheading),
        Paragraph(
            esc(content.title), ParagraphStyle("cover", parent=s.title, fontSize=22, leading=27)
        ),
        Spacer(1, 6 * mm),
        text_pairs(pairs, s, 50 * mm, bottom_padding=3),
        Spacer(1, 10 * mm),
        _privacy_banner(w["privacy_head"], content.privacy, s),
    ]


def _privacy_banner(head: str, text: str, s: Styles) -> Table:
    cell = [Paragraph(f"<b>{esc(head)}</b>", s.body_tight), Paragraph(esc(text), s.small)]
    return banner(cell, right_padding=8)


def _figures_table(figures: Sequence[KeyFigure], head: tuple[str, str], s: Styles) -> Table:
    header = [para(head[0], s.cell_head), para(head[1], s.cell_head_right)]
    rows = [[para(f.label, s.cell), para(f.value, s.cell_bold_right)] for f in figures]
    return data_table(header, rows, [95 * mm, 45 * mm])


def _summary(content: ReportContent, w: dict[str, str], s: Styles) -> list[Any]:
    return [
        Paragraph(esc(w["summary"]), s.title),
        Spacer(1, 2 * mm),
        Paragraph(esc(w["summary_intro"]), s.body),
        _figures_table(content.summary, (w["figure"], w["value"]), s),
        Spacer(1, 6 * mm),
        _privacy_banner(w["privacy_head"], content.privacy, s),
    ]


def _section(section: Section, content: ReportContent, w: dict[str, str], s: Styles) -> list[Any]:
    story: list[Any] = [
        Spacer(1, 4 * mm),
        para(section.title, _section_title(s)),
        para(section.intro, s.body),
    ]
    if section.figures:
        story += [_figures_table(section.figures, (w["figure"], w["value"]), s), Spacer(1, 4 * mm)]
    for chart in section.charts:
        story += [CondPageBreak(60 * mm), *_chart(chart, content.threshold, w, s)]
    for table in section.tables:
        story += [CondPageBreak(35 * mm), *_suppressed(table, w, s)]
    if section.money is not None:
        story += _money(section.money, w, s)
    if not section.tables and (section.money is None or not section.money.rows):
        story.append(Paragraph(esc(w["no_data"]), s.muted))
    return story


def _section_title(s: Styles) -> ParagraphStyle:
    return ParagraphStyle("section_title", parent=s.title, spaceAfter=4, keepWithNext=True)


# A table with more count columns than this (quarters over years) is printed in parts of
# this many columns, the row labels repeated, the total column in the last part.
COLUMNS_PER_PART = 6


def _suppressed(table: SuppressedTable, w: dict[str, str], s: Styles) -> list[Any]:
    if not table.rows:
        return [para(table.title, s.heading), Paragraph(esc(w["no_data"]), s.muted)]
    width = len(table.columns)
    parts = [range(k, min(k + COLUMNS_PER_PART, width)) for k in range(0, width, COLUMNS_PER_PART)]
    if len(parts) > 1 and len(parts[-1]) == 1:  # the total column alone: join the part before
        parts[-2:] = [range(parts[-2].start, width)]
    story: list[Any] = [para(table.title, s.heading)]
    for number, part in enumerate(parts):
        if number:
            story.append(Spacer(1, 3 * mm))
        story.append(_grid(table, list(part), w, s))
    if table.note:
        story += [Spacer(1, 1.5 * mm), para(table.note, s.cell_note)]
    if len(table.rows) * len(parts) <= 25:
        story = [KeepTogether(story)]  # the note stays under its table
    story.append(Spacer(1, 4 * mm))
    return story


def _grid(table: SuppressedTable, columns: list[int], w: dict[str, str], s: Styles) -> Table:
    """The table's row labels with the chosen count columns."""
    count_w = 20 * mm
    label_w = max(min(TEXT_WIDTH - count_w * len(columns), 95 * mm), 50 * mm)
    header = [para(table.row_header, s.cell_head)] + [
        para(table.columns[j], s.cell_head_right) for j in columns
    ]
    rows: list[list[Any]] = [
        [para(label, s.cell)] + [para(cells[j], s.cell_right) for j in columns]
        for label, cells in table.rows
    ]
    extra: list[tuple[Any, ...]] = []
    if table.total_row is not None:
        total_row = table.total_row
        rows.append(
            [Paragraph(esc(w["total"]), s.cell_bold)]
            + [para(total_row[j], s.cell_bold_right) for j in columns]
        )
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
        if len(table.columns) > 1 and columns[-1] == len(table.columns) - 1:
            extra.append(("BACKGROUND", (-1, 1), (-1, -1), colors.HexColor("#F5F7FA")))
    return data_table(header, rows, [label_w] + [count_w] * len(columns), extra_style=extra)


def _money(money: MoneyTable, w: dict[str, str], s: Styles) -> list[Any]:
    if not money.rows:
        return [para(money.title, s.heading), Paragraph(esc(w["no_data"]), s.muted)]
    header = [
        para(money.columns[0], s.cell_head),
        para(money.columns[1], s.cell_head_right),
        para(money.columns[2], s.cell_head_right),
    ]
    rows: list[list[Any]] = [
        [
            para(name, s.cell),
            para(format_euros(Decimal(req) / 100), s.cell_right),
            para(format_euros(Decimal(com) / 100), s.cell_right),
        ]
        for name, req, com in money.rows
    ]
    rows.append(
        [
            Paragraph(esc(w["total"]), s.cell_bold),
            para(format_euros(Decimal(money.total[0]) / 100), s.cell_bold_right),
            para(format_euros(Decimal(money.total[1]) / 100), s.cell_bold_right),
        ]
    )
    grid = data_table(
        header,
        rows,
        [TEXT_WIDTH - 70 * mm, 35 * mm, 35 * mm],
        extra_style=[("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)],
    )
    return [CondPageBreak(35 * mm), para(money.title, s.heading), grid, Spacer(1, 4 * mm)]


def _definitions(content: ReportContent, w: dict[str, str], s: Styles) -> list[Any]:
    story: list[Any] = [
        Paragraph(esc(w["definitions"]), s.title),
        Spacer(1, 2 * mm),
        Paragraph(esc(w["definitions_intro"]), s.body),
    ]
    if not content.definitions:
        story.append(Paragraph(esc(w["definitions_missing"]), s.muted))
    for title, text in content.definitions:
        story += [para(title, s.subheading), para(text, s.body)]
    story += [Paragraph(esc(w["privacy_head"]), s.subheading), para(content.privacy, s.body)]
    return story


# --- charts ---------------------------------------------------------------------------------


def _chart(chart: Chart, threshold: int, w: dict[str, str], s: Styles) -> list[Any]:
    story: list[Any] = [para(chart.title, s.subheading)]
    drawn = any(v is not None and v > 0 for _, values in chart.series for v in values)
    if not drawn:
        story.append(Paragraph(esc(w["chart_empty"]), s.muted))
    elif chart.kind == "vbar":
        story.append(_vbar(chart))
    elif chart.kind == "line":
        story.append(_line(chart))
    elif chart.kind == "money":
        story.append(_money_bars(chart))
    elif chart.kind == "days":
        story.append(_hbar_days(chart))
    else:
        story.append(_hbar(chart))
    if chart.left_out:
        story.append(
            para(
                w["chart_left_out"].format(t=threshold, rows=", ".join(chart.left_out)),
                s.cell_note,
            )
        )
    return [KeepTogether(story), Spacer(1, 4 * mm)]


def _nice_axis(axis: Any, top: float) -> None:
    """Ticks at 1, 2 or 5 times a power of ten, about five of them, the last one at or past
    the top value."""
    f = fonts()
    rough = max(top, 1) / 5
    magnitude = 1.0
    while magnitude * 10 <= rough:
        magnitude *= 10
    tick = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    tick = max(tick, 1)
    axis.valueMin = 0
    axis.valueStep = tick
    axis.valueMax = -(-max(top, 1) // tick) * tick
    axis.labels.fontName = f.regular
    axis.labels.fontSize = 7
    axis.labels.fillColor = MUTED
    axis.strokeColor = RULE
    axis.visibleGrid = True
    axis.gridStrokeColor = colors.HexColor("#E3E8EE")


def _hbar(chart: Chart) -> Drawing:
    """A horizontal bar per shown value, first row on top; a hidden value has no bar."""
    f = fonts()
    bars = [
        (label, v)
        for label, v in zip(chart.categories, chart.series[0][1], strict=True)
        if v is not None
    ]
    label_width = 62 * mm
    pitch = min(7 * mm, 190 * mm / max(len(bars), 1))
    plot_height = pitch * len(bars)
    drawing = Drawing(TEXT_WIDTH, plot_height + 12 * mm)
    bc = HorizontalBarChart()
    bc.x = label_width
    bc.y = 8 * mm
    bc.width = TEXT_WIDTH - label_width - 14 * mm
    bc.height = plot_height
    ordered = list(reversed(bars))
    bc.data = [[v for _, v in ordered]]
    bc.categoryAxis.categoryNames = [
        fit(label, f.regular, 8, label_width - 4 * mm) for label, _ in ordered
    ]
    bc.categoryAxis.labels.fontName = f.regular
    bc.categoryAxis.labels.fontSize = min(8, pitch * 0.8)
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.categoryAxis.labels.dx = -3
    bc.categoryAxis.strokeColor = RULE
    _nice_axis(bc.valueAxis, max(v for _, v in bars))
    bc.bars[0].fillColor = ACCENT
    bc.bars[0].strokeColor = None
    bc.barWidth = pitch * 0.6
    bc.barLabelFormat = "%d"
    bc.barLabels.fontName = f.bold
    bc.barLabels.fontSize = 7.5
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 3
    drawing.add(bc)
    return drawing


def _days_label(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}".replace(".", ",")


def _hbar_days(chart: Chart) -> Drawing:
    """Median and 90th percentile as bars in days, with the target as a dashed line."""
    f = fonts()
    values = chart.series[0][1]
    bars = [(label, v) for label, v in zip(chart.categories, values, strict=True) if v is not None]
    label_width = 40 * mm
    pitch = 9 * mm
    plot_height = pitch * len(bars)
    drawing = Drawing(TEXT_WIDTH, plot_height + 16 * mm)
    bc = HorizontalBarChart()
    bc.x = label_width
    bc.y = 8 * mm
    bc.width = TEXT_WIDTH - label_width - 16 * mm
    bc.height = plot_height
    ordered = list(reversed(bars))
    bc.data = [[v for _, v in ordered]]
    bc.categoryAxis.categoryNames = [label for label, _ in ordered]
    bc.categoryAxis.labels.fontName = f.regular
    bc.categoryAxis.labels.fontSize = 8
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.categoryAxis.labels.dx = -3
    bc.categoryAxis.strokeColor = RULE
    top = max([v for _, v in bars] + [chart.reference or 0])
    _nice_axis(bc.valueAxis, top * 1.05)
    bc.bars[0].fillColor = ACCENT
    bc.bars[0].strokeColor = None
    bc.barWidth = pitch * 0.55
    bc.barLabelFormat = _days_label
    bc.barLabels.fontName = f.bold
    bc.barLabels.fontSize = 7.5
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 3
    drawing.add(bc)
    if chart.reference:
        span = bc.valueAxis.valueMax - bc.valueAxis.valueMin
        x = bc.x + bc.width * (chart.reference - bc.valueAxis.valueMin) / span
        drawing.add(
            Line(
                x,
                bc.y - 2,
                x,
                bc.y + plot_height + 4,
                strokeColor=colors.HexColor("#C0504D"),
                strokeWidth=1.2,
                strokeDashArray=[3, 2],
            )
        )
        drawing.add(
            String(
                x,
                bc.y + plot_height + 6,
                chart.reference_label,
                fontName=f.regular,
                fontSize=7,
                fillColor=colors.HexColor("#C0504D"),
                textAnchor="middle",
            )
        )
    return drawing


def _vbar(chart: Chart) -> Drawing:
    """Vertical bars over the categories in order (months); a hidden value is an empty slot
    with its label, so the months stay in their places."""
    f = fonts()
    values = chart.series[0][1]
    n = len(values)
    height = 62 * mm
    drawing = Drawing(TEXT_WIDTH, height)
    bc = VerticalBarChart()
    bc.x = 12 * mm
    bc.y = 16 * mm
    bc.width = TEXT_WIDTH - 16 * mm
    bc.height = height - 22 * mm
    bc.data = [[v if v is not None else 0 for v in values]]
    crowded = n > 12
    # Many months: the labels turn upright and the numbers over the bars are left out
    # (the table below has them), so nothing overlaps.
    bc.categoryAxis.categoryNames = [fit(c, f.regular, 7, 22 * mm) for c in chart.categories]
    bc.categoryAxis.labels.fontName = f.regular
    bc.categoryAxis.labels.fontSize = 6.5 if crowded else 7
    if n > 8:
        bc.categoryAxis.labels.angle = 90 if crowded else 45
        bc.categoryAxis.labels.boxAnchor = "e" if crowded else "ne"
        bc.categoryAxis.labels.dy = -2
    bc.categoryAxis.strokeColor = RULE
    _nice_axis(bc.valueAxis, max(v or 0 for v in values))
    bc.bars[0].fillColor = ACCENT
    bc.bars[0].strokeColor = None
    # A hidden count draws no bar and no number (its place stays, blank).
    bc.barLabelFormat = lambda v: "" if v == 0 or crowded else f"{v:.0f}"
    bc.barLabels.fontName = f.bold
    bc.barLabels.fontSize = 7
    bc.barLabels.boxAnchor = "s"
    bc.barLabels.dy = 2
    drawing.add(bc)
    return drawing


def _line(chart: Chart) -> Drawing:
    """One line per row over the quarters; a hidden count leaves a gap."""
    f = fonts()
    legend_rows = len(chart.series)
    height = 62 * mm + legend_rows * 4.5 * mm
    drawing = Drawing(TEXT_WIDTH, height)
    lc = HorizontalLineChart()
    lc.x = 12 * mm
    lc.y = 10 * mm + legend_rows * 4.5 * mm
    lc.width = TEXT_WIDTH - 16 * mm
    lc.height = 48 * mm
    lc.data = [list(values) for _, values in chart.series]
    lc.categoryAxis.categoryNames = list(chart.categories)
    lc.categoryAxis.labels.fontName = f.regular
    lc.categoryAxis.labels.fontSize = 7
    lc.categoryAxis.strokeColor = RULE
    top = max(v for _, values in chart.series for v in values if v is not None)
    _nice_axis(lc.valueAxis, top)
    from reportlab.graphics.widgets.markers import makeMarker

    for i in range(len(chart.series)):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        lc.lines[i].strokeColor = colour
        lc.lines[i].strokeWidth = 1.5
        lc.lines[i].symbol = makeMarker("FilledCircle", size=3.5, fillColor=colour)
    drawing.add(lc)
    legend = Legend()
    legend.x = lc.x
    legend.y = legend_rows * 4.5 * mm + 1 * mm
    legend.alignment = "right"
    legend.fontName = f.regular
    legend.fontSize = 7.5
    legend.columnMaximum = legend_rows
    legend.dy = 6
    legend.dx = 8
    legend.deltay = 4.5 * mm
    legend.colorNamePairs = [
        (SERIES_COLOURS[i % len(SERIES_COLOURS)], fit(name, f.regular, 7.5, TEXT_WIDTH - 30 * mm))
        for i, (name, _) in enumerate(chart.series)
    ]
    drawing.add(legend)
    return drawing


def _money_bars(chart: Chart) -> Drawing:
    """Requested and committed side by side per municipality, in euros."""
    f = fonts()
    n = len(chart.categories)
    label_width = 50 * mm
    pitch = min(11 * mm, 190 * mm / max(n, 1))
    plot_height = pitch * n
    drawing = Drawing(TEXT_WIDTH, plot_height + 20 * mm)
    bc = HorizontalBarChart()
    bc.x = label_width
    bc.y = 14 * mm
    bc.width = TEXT_WIDTH - label_width - 8 * mm
    bc.height = plot_height
    # The chart stacks a group's series bottom up: the first series is drawn last, on top.
    bc.data = [[v or 0 for v in reversed(values)] for _, values in reversed(chart.series)]
    bc.categoryAxis.categoryNames = [
        fit(c, f.regular, 8, label_width - 4 * mm) for c in reversed(chart.categories)
    ]
    bc.categoryAxis.labels.fontName = f.regular
    bc.categoryAxis.labels.fontSize = min(8, pitch * 0.6)
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.categoryAxis.labels.dx = -3
    bc.categoryAxis.strokeColor = RULE
    top = max(v or 0 for _, values in chart.series for v in values)
    _nice_axis(bc.valueAxis, top)
    bc.valueAxis.labelTextFormat = lambda v: f"€ {v:,.0f}".replace(",", ".")
    bc.barWidth = pitch * 0.3
    bc.groupSpacing = pitch * 0.3
    last = len(chart.series) - 1
    for i in range(len(chart.series)):
        bc.bars[i].fillColor = SERIES_COLOURS[last - i]
        bc.bars[i].strokeColor = None
    drawing.add(bc)
    legend = Legend()
    legend.x = label_width
    legend.y = 5 * mm
    legend.alignment = "right"
    legend.fontName = f.regular
    legend.fontSize = 7.5
    legend.columnMaximum = 1
    legend.dx = 8
    legend.dy = 6
    legend.deltax = 40 * mm
    legend.colorNamePairs = [(SERIES_COLOURS[i], name) for i, (name, _) in enumerate(chart.series)]
    drawing.add(legend)
    return drawing


# --- XLSX -----------------------------------------------------------------------------------


def write_monitoring_xlsx(
    path: Path,
    indicators: Indicators,
    *,
    team: str,
    region: str,
    language: str = "nl",
    municipality: str = "",
) -> None:
    """Write the workbook to `path` atomically: a failure leaves no file behind."""
    _write_report(path, xlsx_report_bytes, indicators, team, region, language, municipality)


_SHEETS = {
    "nl": {
        IndicatorKey.REGISTRATIONS_MONTH: "Aanmeldingen per maand",
        IndicatorKey.REGISTRATIONS_MUNICIPALITY: "Aanmeldingen per gemeente",
        IndicatorKey.REGISTRATIONS_REFERRER: "Aanmeldingen per verwijzer",
        IndicatorKey.ADMISSIBILITY: "Ontvankelijkheid",
        IndicatorKey.LEAD_TIME: "Doorlooptijd tot advies",
        IndicatorKey.ADVICE_TO_START: "Advies tot start hulp",
        IndicatorKey.ESCALATIONS: "Escalaties",
        IndicatorKey.PROBLEM_AREAS: "Leefgebieden",
        IndicatorKey.BOTTLENECKS: "Knelpunten",
        IndicatorKey.GOAL_OUTCOMES: "Doelen",
        IndicatorKey.CASE_RESULTS: "Resultaat bij afsluiting",
        IndicatorKey.FUNDING: "Financiering",
        IndicatorKey.TRANSITION: "Overgang 18-18+",
    },
    "en": {
        IndicatorKey.REGISTRATIONS_MONTH: "Registrations per month",
        IndicatorKey.REGISTRATIONS_MUNICIPALITY: "Registrations per municipality",
        IndicatorKey.REGISTRATIONS_REFERRER: "Registrations per referrer",
        IndicatorKey.ADMISSIBILITY: "Admissibility",
        IndicatorKey.LEAD_TIME: "Lead time to advice",
        IndicatorKey.ADVICE_TO_START: "Advice to start of care",
        IndicatorKey.ESCALATIONS: "Escalations",
        IndicatorKey.PROBLEM_AREAS: "Problem areas",
        IndicatorKey.BOTTLENECKS: "Bottlenecks",
        IndicatorKey.GOAL_OUTCOMES: "Goals",
        IndicatorKey.CASE_RESULTS: "Result at closing",
        IndicatorKey.FUNDING: "Funding",
        IndicatorKey.TRANSITION: "Transition 18-18+",
    },
}
_SHEET_EXTRA = {
    "nl": ("Samenvatting", "Definities"),
    "en": ("Summary", "Definitions"),
}


def _number(cell: str) -> str | int:
    """A shown count as a number a spreadsheet can add; "<5" and "x" stay text."""
    return int(cell) if cell.isdigit() else cell


class _Sheet:
    """Blocks written one under the other on one worksheet; every text neutralised."""

    def __init__(self, sheet: Any, widths: Sequence[int]) -> None:
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self.sheet = sheet
        self.bold = Font(bold=True)
        self.heading = Font(bold=True, size=12)
        self.muted = Font(italic=True, color="5A6472")
        for number, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = width

    def row(self, values: Sequence[Any], font: Any = None, money: bool = False) -> None:
        self.sheet.append([neutralise(v) if isinstance(v, str) else v for v in values])
        for cell in self.sheet[self.sheet.max_row]:
            if font is not None:
                cell.font = font
            if money and isinstance(cell.value, Decimal):
                cell.number_format = EURO_FORMAT

    def blank(self) -> None:
        self.sheet.append([])

    def title(self, text: str, notes: Sequence[str] = ()) -> None:
        self.row([text], self.heading)
        for note in notes:
            if note:
                self.row([note], self.muted)

    def table(self, table: SuppressedTable, total_label: str) -> None:
        self.row([table.title], self.bold)
        self.row([table.row_header, *table.columns], self.bold)
        for label, cells in table.rows:
            self.row([label, *(_number(c) for c in cells)])
        if table.total_row is not None:
            self.row([total_label, *(_number(c) for c in table.total_row)], self.bold)
        if table.note:
            self.row([table.note], self.muted)
        self.blank()


def xlsx_report_bytes(content: ReportContent) -> bytes:
    """The workbook: a summary sheet (cover and key figures), one sheet per indicator with
    its key figures and its tables, cells as in the PDF ("<5", "x"; shown counts as
    numbers), and a definitions sheet. Every text cell is neutralised against formulas."""
    from openpyxl import Workbook

    w = _TEXTS[content.language]
    names = _SHEETS[content.language]
    summary_name, definitions_name = _SHEET_EXTRA[content.language]
    book = Workbook()
    first = book.active
    if first is not None:
        book.remove(first)

    out = _Sheet(book.create_sheet(summary_name), (44, 24))
    out.title(f"{content.title} — {content.period}")
    for label, value in (
        (w["team"], content.team or "—"),
        (w["region"], content.region or "—"),
        (w["period"], content.period),
        (w["municipality"], content.municipality),
        (w["made"], content.made),
    ):
        out.row([label, value])
    out.blank()
    out.row([content.privacy], out.muted)
    out.blank()
    out.row([w["figure"], w["value"]], out.bold)
    for f in content.summary:
        out.row([f.label, f.value])

    for section in content.sections:
        widest = max([len(t.columns) for t in section.tables] + [2])
        out = _Sheet(book.create_sheet(names[section.key]), (40, *([14] * widest)))
        out.title(section.title, (section.intro,))
        out.blank()
        if section.figures:
            out.row([w["figure"], w["value"]], out.bold)
            for f in section.figures:
                out.row([f.label, f.value])
            out.blank()
        for table in section.tables:
            out.table(table, w["total"])
        if section.money is not None:
            m = section.money
            out.sheet.column_dimensions["B"].width = 18
            out.sheet.column_dimensions["C"].width = 18
            out.row([m.title], out.bold)
            out.row(list(m.columns), out.bold)
            for name, req, com in m.rows:
                out.row([name, Decimal(req) / 100, Decimal(com) / 100], money=True)
            out.row(
                [w["total"], Decimal(m.total[0]) / 100, Decimal(m.total[1]) / 100],
                out.bold,
                money=True,
            )

    out = _Sheet(book.create_sheet(definitions_name), (36, 110))
    out.title(
        w["definitions"],
        (w["definitions_intro"] if content.definitions else w["definitions_missing"],),
    )
    out.blank()
    out.row([w["indicator"], w["definition"]], out.bold)
    for title, text in (*content.definitions, (w["privacy_head"], content.privacy)):
        out.row([title, text])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


__all__ = [
    "Chart",
    "KeyFigure",
    "MoneyTable",
    "ReportContent",
    "Section",
    "build_pdf_bytes",
    "definitions",
    "report_content",
    "write_monitoring_pdf",
    "write_monitoring_xlsx",
    "xlsx_report_bytes",
]
