"""Writing a learning-table document as PDF, CSV and XLSX, all or nothing.

CSV and XLSX hold two kinds of table: the summaries (one row per case: its label, the
generalised facts and every scrubbed text) and the aggregate tables with their suppressed
cells as shown ("<5"). Every text cell is neutralised against formulas (`table_export`).

All files are first written beside their targets under temporary names; only when every
one of them is complete are they renamed into place. A failure leaves no file behind and
raises `ExportFailed` (the service then writes no log entry).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from expertteam_app.services.learning_views import LearningTableDocument, SummaryView
from expertteam_app.services.table_export import (
    Column,
    ColumnKind,
    Table,
    csv_bytes,
    write_all_or_nothing,
    xlsx_bytes,
)

if TYPE_CHECKING:
    from expertteam_app.anonymise.suppression import SuppressedTable


@dataclass(frozen=True)
class ExportResult:
    files: tuple[Path, ...]
    case_count: int
    approved_now: int  # summaries approved by `approve_all` in this export


_FACT_COLUMNS = {
    "nl": (
        ("Casus", 10),
        ("Leeftijd bij aanmelding", 10),
        ("Jeugdregio", 18),
        ("Aangemeld", 16),
        ("Afgesloten", 16),
        ("Doorlooptijd tot advies (weken)", 12),
        ("Verwijzer", 20),
        ("Urgentie", 10),
        ("Leefgebieden", 30),
        ("Knelpunten", 30),
        ("Thema's", 30),
        ("Resultaat", 20),
        ("Status", 16),
    ),
    "en": (
        ("Case", 10),
        ("Age at registration", 10),
        ("Youth-care region", 18),
        ("Registered", 16),
        ("Closed", 16),
        ("Lead time to advice (weeks)", 12),
        ("Referrer", 20),
        ("Urgency", 10),
        ("Problem areas", 30),
        ("Bottlenecks", 30),
        ("Themes", 30),
        ("Result", 20),
        ("Status", 16),
    ),
}
_TEXTS = {
    "nl": {"summaries": "Geanonimiseerde samenvattingen", "timeline": "Tijdlijn"},
    "en": {"summaries": "Anonymised summaries", "timeline": "Timeline"},
}


def _timeline_text(summary: SummaryView) -> str:
    lines = []
    for step in summary.timeline:
        head = " — ".join(part for part in (step.when, step.by_role) if part)
        body = step.decision.text
        if step.consequence.text:
            body += f" → {step.consequence.text}"
        lines.append(f"{head}: {body}" if head else body)
    return "\n".join(lines)


def summaries_table(document: LearningTableDocument) -> Table:
    lang = document.language
    headings: list[str] = []
    for summary in document.summaries:
        for section in summary.sections:
            if section.heading not in headings:
                headings.append(section.heading)
    columns = (
        *(
            Column(title, ColumnKind.INTEGER if n == 5 else ColumnKind.TEXT, width)
            for n, (title, width) in enumerate(_FACT_COLUMNS[lang])
        ),
        *(Column(h, width=60) for h in headings),
        Column(_TEXTS[lang]["timeline"], width=60),
    )
    rows = []
    for s in document.summaries:
        f = s.facts
        texts = {section.heading: section.scrubbed.text for section in s.sections}
        rows.append(
            (
                s.label,
                f.age_band,
                f.region,
                f.registered,
                f.closed,
                f.lead_time_weeks,
                f.referrer_type,
                f.urgency,
                ", ".join(f.problem_areas),
                ", ".join(f.bottlenecks),
                ", ".join(f.themes),
                f.result,
                f.status,
                *(texts.get(h, "") for h in headings),
                _timeline_text(s),
            )
        )
    return Table(
        title=f"{_TEXTS[lang]['summaries']} — {document.title}",
        columns=columns,
        rows=tuple(rows),
        sheet_name=_TEXTS[lang]["summaries"],
    )


def aggregate_table(table: SuppressedTable, language: str = "nl") -> Table:
    """A suppressed table as shown: every cell is text ("3", "<5")."""
    columns = (Column(table.row_header, width=30), *(Column(c, width=12) for c in table.columns))
    total = None
    if table.total_row is not None:
        total = tuple(table.total_row)
        if len(total) == len(columns) - 1:  # the row header's cell is not in it
            total = ("Total" if language == "en" else "Totaal", *total)
    return Table(
        title=table.title,
        columns=columns,
        rows=tuple((label, *cells) for label, cells in table.rows),
        total=total,
        notes=(table.note,) if table.note else (),
    )


def export_tables(document: LearningTableDocument) -> list[Table]:
    return [
        summaries_table(document),
        *(aggregate_table(t, document.language) for t in document.tables),
    ]


def write_learning_table(
    document: LearningTableDocument,
    *,
    pdf: Path | None,
    csv: Path | None,
    xlsx: Path | None,
) -> tuple[Path, ...]:
    """Write the chosen formats; returns the files written. All or nothing."""
    from expertteam_app.reports.learning_table import build

    targets = [(Path(p), kind) for p, kind in ((pdf, "pdf"), (csv, "csv"), (xlsx, "xlsx")) if p]
    if not targets:
        raise ValueError("no export format chosen")
    tables = export_tables(document)
    render: dict[str, Callable[[], bytes]] = {
        "pdf": partial(build, document),
        "csv": partial(csv_bytes, tables),
        "xlsx": partial(xlsx_bytes, tables),
    }
    return tuple(write_all_or_nothing([(target, render[kind]) for target, kind in targets]))
