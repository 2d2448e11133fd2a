"""The learning-table report: A4, Dutch (or English), for the guests at a learning table.

A title page (session, date, region, number of cases, the privacy statement), one page or
more per case (its generalised facts, the scrubbed texts, the decision timeline), then the
aggregate tables with small cells suppressed and a bar chart or two drawn only from counts
the tables show.

Everything in a `LearningTableDocument` is already anonymised; this module only lays it
out. Every text from the document still goes through `esc()` / `para()`: reportlab reads
markup in a Paragraph, and `<img src="...">` in a reflection would fetch a file.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
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
    TableStyle,
)

from expertteam_app.reports.common import (
    ACCENT,
    MUTED,
    MUTED_HEX,
    RULE,
    TEXT_WIDTH,
    PageDecor,
    Progress,
    Styles,
    banner,
    build_pdf,
    data_table,
    esc,
    fit,
    fonts,
    para,
    plain,
    short_date,
    step,
    styles,
    text_pairs,
)
from expertteam_app.store.atomic import write_bytes_atomically

if TYPE_CHECKING:
    from expertteam_app.anonymise.suppression import SuppressedTable
    from expertteam_app.services.learning_views import (
        GeneralisedFacts,
        LearningTableDocument,
        SummaryView,
        TimelineStep,
    )

CONFIDENTIAL = {
    "nl": "Vertrouwelijk — alleen voor deelnemers van de leertafel",
    "en": "Confidential — for participants of the learning table only",
}

_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "kind": "Leertafel",
        "date": "Datum",
        "region": "Jeugdregio",
        "team": "Expertteam",
        "cases": "Aantal casussen",
        "privacy": "Privacy",
        "how_to_read": (
            "Alle casussen in dit verslag zijn geanonimiseerd. Namen, plaatsen, instellingen, "
            "datums en nummers zijn vervangen door een aanduiding tussen vierkante haken, "
            "zoals [PERSOON-1]; binnen één casus staat dezelfde aanduiding steeds voor "
            "dezelfde persoon of plaats."
        ),
        "facts": "Kenmerken",
        "age": "Leeftijd bij aanmelding",
        "age_value": "{band} jaar",
        "region_fact": "Regio",
        "registered": "Aangemeld",
        "closed": "Afgesloten",
        "not_closed": "nog niet afgesloten",
        "lead_time": "Doorlooptijd tot advies",
        "weeks": "{n} weken",
        "week": "1 week",
        "referrer": "Verwijzer",
        "urgency": "Urgentie",
        "status": "Status",
        "result": "Resultaat",
        "problem_areas": "Leefgebieden",
        "bottlenecks": "Knelpunten",
        "themes": "Thema's",
        "timeline": "Beslismomenten",
        "when": "Wanneer",
        "by_role": "Door",
        "decision": "Besluit",
        "consequence": "Gevolg",
        "unknown": "onbekend",
        "overview": "Overzichten over alle casussen",
        "overview_intro": (
            "De tabellen tellen de {n} casussen van deze leertafel. Aantallen kleiner dan "
            "{t} zijn weergegeven als <{t}; met x is een aantal weggelaten, zodat een klein "
            "aantal niet uit de totalen kan worden afgeleid."
        ),
        "total": "Totaal",
        "chart": "Grafiek: {title}",
        "chart_left_out": (
            "Niet in de grafiek, omdat het aantal niet wordt getoond (<{t} of x): {rows}."
        ),
        "chart_empty": "Geen aantallen om te tekenen: elk aantal is kleiner dan {t}.",
        "no_tables": "Er zijn geen overzichtstabellen.",
        "footer": "Alleen voor deelnemers van de leertafel",
        "subject": "Geanonimiseerde casussen",
    },
    "en": {
        "kind": "Learning table",
        "date": "Date",
        "region": "Youth-care region",
        "team": "Expert team",
        "cases": "Number of cases",
        "privacy": "Privacy",
        "how_to_read": (
            "Every case in this report is anonymised. Names, places, institutions, dates and "
            "numbers are replaced by a label in square brackets, such as [PERSOON-1]; within "
            "one case the same label always stands for the same person or place."
        ),
        "facts": "Facts",
        "age": "Age at registration",
        "age_value": "{band} years",
        "region_fact": "Region",
        "registered": "Registered",
        "closed": "Closed",
        "not_closed": "not closed yet",
        "lead_time": "Lead time to advice",
        "weeks": "{n} weeks",
        "week": "1 week",
        "referrer": "Referrer",
        "urgency": "Urgency",
        "status": "Status",
        "result": "Result",
        "problem_areas": "Problem areas",
        "bottlenecks": "Bottlenecks",
        "themes": "Themes",
        "timeline": "Decision points",
        "when": "When",
        "by_role": "By",
        "decision": "Decision",
        "consequence": "Consequence",
        "unknown": "unknown",
        "overview": "Overviews across all cases",
        "overview_intro": (
            "The tables count the {n} cases of this learning table. Counts below {t} are "
            "shown as <{t}; an x marks a count left out so that a small count cannot be "
            "worked out from the totals."
        ),
        "total": "Total",
        "chart": "Chart: {title}",
        "chart_left_out": "Not in the chart, because the count is not shown (<{t} or x): {rows}.",
        "chart_empty": "No counts to draw: every count is below {t}.",
        "no_tables": "There are no overview tables.",
        "footer": "For participants of the learning table only",
        "subject": "Anonymised cases",
    },
}

# Tables worth a chart: the ones that list problem areas and bottlenecks (any language).
_CHART_WORDS = ("leefgebied", "probleem", "knelpunt", "problem", "bottleneck")
# A replacement label in scrubbed text, shown a little apart from the words around it.
_LABEL = re.compile(r"\[[A-Z]+(?:-[0-9]+)?\]")
STEPS = 3


def write_learning_table_pdf(
    path: Path, document: LearningTableDocument, progress: Progress | None = None
) -> None:
    """Write the report to `path` atomically: a failure leaves no file behind."""
    write_bytes_atomically(Path(path), build(document, progress))


def _styles() -> Styles:
    """The house styles, less embedded hyphenation in running text: with inline bold labels
    reportlab 5 can measure a split paragraph longer than the frame it made it for
    (LayoutError "Splitting error(n==2)", met on the corpus)."""
    base = styles()
    return dataclasses.replace(
        base, body=ParagraphStyle("learning_body", parent=base.body, embeddedHyphenation=0)
    )


def build(document: LearningTableDocument, progress: Progress | None = None) -> bytes:
    """The report as PDF bytes; `progress(done, total)` is told each stage."""
    language = "en" if document.language.startswith("en") else "nl"
    w = _TEXTS[language]
    step(progress, 0, STEPS)
    s = _styles()
    story = _title_page(document, w, s, language)
    for summary in document.summaries:
        story += [PageBreak(), *_case(summary, w, s)]
    story += [PageBreak(), *_overview(document, w, s)]
    step(progress, 1, STEPS)
    data = build_pdf(
        story,
        title=f"{w['kind']} {short_date(document.held_on)}",
        author=document.team or "Expertteam",
        subject=w["subject"],
        decor=PageDecor(
            running_header=f"{document.team or 'Expertteam'} · {w['kind']} · {document.title}",
            footer_note=w["footer"],
        ),
        language=language,
    )
    step(progress, STEPS, STEPS)
    return data


# --- the title page ----------------------------------------------------------------------


def _title_page(
    document: LearningTableDocument, w: dict[str, str], s: Styles, language: str
) -> list[Any]:
    facts = [
        (w["date"], short_date(document.held_on)),
        (w["region"], document.region or "—"),
        (w["team"], document.team or "—"),
        (w["cases"], str(document.case_count)),
    ]
    story: list[Any] = [
        Spacer(1, 30 * mm),
        Paragraph(esc(w["kind"]).upper(), s.subheading),
        para(document.title or w["kind"], _big_title(s)),
        Spacer(1, 6 * mm),
        text_pairs(facts, s, 45 * mm),
        Spacer(1, 10 * mm),
        banner([Paragraph(f"<b>{esc(CONFIDENTIAL[language])}</b>", s.body_tight)]),
        Spacer(1, 8 * mm),
        Paragraph(esc(w["privacy"]), s.heading),
    ]
    story += [para(part, s.body) for part in _paragraphs(document.privacy_statement)]
    story.append(Paragraph(esc(w["how_to_read"]), s.body))
    return story


def _big_title(s: Styles) -> ParagraphStyle:
    return ParagraphStyle("learning_title", parent=s.title, fontSize=22, leading=27)


def _paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; single line breaks stay inside one."""
    parts = re.split(r"\n\s*\n", plain(text).strip())
    return [p.strip() for p in parts if p.strip()]


# --- one case -----------------------------------------------------------------------------


def _case(summary: SummaryView, w: dict[str, str], s: Styles) -> list[Any]:
    story: list[Any] = [
        para(summary.label, s.title),
        Spacer(1, 2 * mm),
        Paragraph(esc(w["facts"]), s.heading),
        _facts_table(summary.facts, w, s),
    ]
    for section in summary.sections:
        text = section.scrubbed.text.strip()
        if not text:
            continue
        story.append(para(section.heading, s.heading))
        story += [Paragraph(_scrubbed(part), s.body) for part in _paragraphs(text)]
    if summary.timeline:
        story += [Paragraph(esc(w["timeline"]), s.heading), _timeline(summary.timeline, w, s)]
    return story


def _scrubbed(text: str) -> str:
    """Scrubbed text as markup: escaped, with its replacement labels in a muted bold."""
    return _LABEL.sub(lambda m: f'<font color="{MUTED_HEX}"><b>{m.group(0)}</b></font>', esc(text))


def _facts_table(facts: GeneralisedFacts, w: dict[str, str], s: Styles) -> Table:
    """Two label/value pairs a row; the lists (problem areas ...) take a whole row each."""
    if facts.lead_time_weeks is None:
        lead = "—"
    elif facts.lead_time_weeks == 1:
        lead = w["week"]
    else:
        lead = w["weeks"].format(n=facts.lead_time_weeks)
    short = [
        (w["age"], w["age_value"].format(band=facts.age_band) if facts.age_band else "—"),
        (w["region_fact"], facts.region or "—"),
        (w["registered"], facts.registered or "—"),
        (w["closed"], facts.closed or w["not_closed"]),
        (w["lead_time"], lead),
        (w["referrer"], facts.referrer_type or "—"),
        (w["urgency"], facts.urgency or "—"),
        (w["status"], facts.status or "—"),
    ]
    label_w, value_w = 36 * mm, TEXT_WIDTH / 2 - 36 * mm
    rows: list[list[Any]] = []
    for k in range(0, len(short), 2):
        row: list[Any] = []
        for label, value in short[k : k + 2]:
            row += [Paragraph(esc(label), s.cell_bold), para(value, s.cell)]
        rows.append(row + [""] * (4 - len(row)))
    spans: list[tuple[Any, ...]] = []
    long = [
        (w["result"], facts.result),
        (w["problem_areas"], ", ".join(facts.problem_areas)),
        (w["bottlenecks"], ", ".join(facts.bottlenecks)),
        (w["themes"], ", ".join(facts.themes)),
    ]
    for label, value in long:
        spans.append(("SPAN", (1, len(rows)), (3, len(rows))))
        rows.append([Paragraph(esc(label), s.cell_bold), para(value or "—", s.cell), "", ""])
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.hAlign = "LEFT"
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *spans,
            ]
        )
    )
    return table


def _timeline(steps: Sequence[TimelineStep], w: dict[str, str], s: Styles) -> Table:
    header = [Paragraph(esc(w[k]), s.cell_head) for k in ("when", "by_role", "decision")]
    header.append(Paragraph(esc(w["consequence"]), s.cell_head))
    rows = [
        [
            para(st.when or w["unknown"], s.cell),
            para(st.by_role or "—", s.cell),
            Paragraph(_scrubbed(st.decision.text) or "—", s.cell),
            Paragraph(_scrubbed(st.consequence.text) or "—", s.cell),
        ]
        for st in steps
    ]
    rest = TEXT_WIDTH - 28 * mm - 34 * mm
    table = data_table(header, rows, [28 * mm, 34 * mm, rest / 2, rest / 2])
    # A decision told at length is taller than a page: let its row run onto the next one.
    table.splitInRow = 1
    return table


# --- the overview ---------------------------------------------------------------------------


def _overview(document: LearningTableDocument, w: dict[str, str], s: Styles) -> list[Any]:
    t = document.threshold
    story: list[Any] = [
        Paragraph(esc(w["overview"]), s.title),
        Spacer(1, 2 * mm),
        Paragraph(esc(w["overview_intro"].format(n=document.case_count, t=t)), s.body),
    ]
    if not document.tables:
        story.append(Paragraph(esc(w["no_tables"]), s.muted))
    for table in document.tables:
        story += [CondPageBreak(40 * mm), *_suppressed(table, w, s)]
    charted = [t_ for t_ in document.tables if _chart_worthy(t_)]
    for table in charted:
        story += [CondPageBreak(70 * mm), *_chart(table, w, s, t)]
    return story


def _suppressed(table: SuppressedTable, w: dict[str, str], s: Styles) -> list[Any]:
    count_w = 22 * mm
    # A narrow table keeps a label close to its count.
    label_w = max(min(TEXT_WIDTH - count_w * len(table.columns), 95 * mm), 50 * mm)
    header = [para(table.row_header, s.cell_head)] + [
        para(c, s.cell_head_right) for c in table.columns
    ]
    rows: list[list[Any]] = [
        [para(label, s.cell)] + [para(c, s.cell_right) for c in cells]
        for label, cells in table.rows
    ]
    extra: list[tuple[Any, ...]] = []
    if table.total_row is not None:
        rows.append(
            [Paragraph(esc(w["total"]), s.cell_bold)]
            + [para(c, s.cell_bold_right) for c in table.total_row]
        )
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
    if table.total_row is not None and len(table.columns) > 1:
        extra.append(("BACKGROUND", (-1, 1), (-1, -1), colors.HexColor("#F5F7FA")))
    grid = data_table(header, rows, [label_w] + [count_w] * len(table.columns), extra_style=extra)
    story: list[Any] = [para(table.title, s.heading), grid]
    if table.note:
        story.append(Spacer(1, 1.5 * mm))
        story.append(para(table.note, s.cell_note))
    story.append(Spacer(1, 3 * mm))
    return story


def _chart_worthy(table: SuppressedTable) -> bool:
    title = table.title.lower()
    return len(table.columns) == 1 and any(word in title for word in _CHART_WORDS)


def _chart(table: SuppressedTable, w: dict[str, str], s: Styles, threshold: int) -> list[Any]:
    """A horizontal bar per row whose count the table shows; hidden counts get no bar, and
    the caption names the rows left out."""
    shown = [(label, int(cells[0])) for label, cells in table.rows if cells[0].isdigit()]
    shown = [(label, n) for label, n in shown if n > 0]
    left_out = [label for label, cells in table.rows if not cells[0].isdigit()]
    story: list[Any] = [para(w["chart"].format(title=table.title), s.heading)]
    if shown:
        story.append(_bar_drawing(shown))
    else:
        story.append(Paragraph(esc(w["chart_empty"].format(t=threshold)), s.muted))
    if left_out:
        story.append(
            para(w["chart_left_out"].format(t=threshold, rows=", ".join(left_out)), s.cell_note)
        )
    return [KeepTogether(story), Spacer(1, 4 * mm)]


def _bar_drawing(bars: Sequence[tuple[str, int]]) -> Drawing:
    f = fonts()
    label_width = 62 * mm
    # Thinner bars for a long list: a drawing cannot run onto the next page.
    bar_pitch = min(7 * mm, 190 * mm / len(bars))
    plot_height = bar_pitch * len(bars)
    height = plot_height + 12 * mm
    drawing = Drawing(TEXT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 8 * mm
    chart.width = TEXT_WIDTH - label_width - 12 * mm
    chart.height = plot_height
    # The first row at the top, as in the table.
    ordered = list(reversed(bars))
    chart.data = [[n for _, n in ordered]]
    chart.categoryAxis.categoryNames = [
        fit(label, f.regular, 8, label_width - 4 * mm) for label, _ in ordered
    ]
    chart.categoryAxis.labels.fontName = f.regular
    chart.categoryAxis.labels.fontSize = min(8, bar_pitch * 0.8)
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    top = max(n for _, n in bars)
    tick = max(1, -(-top // 5))
    chart.valueAxis.valueStep = tick
    chart.valueAxis.valueMax = -(-top // tick) * tick  # the last tick at or past the top
    chart.valueAxis.labels.fontName = f.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E8EE")
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_pitch * 0.6
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = f.bold
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
