"""The region's monitoring report written to disk: PDF and/or XLSX, all or nothing.

Needs CASE_EXPORT: the report leaves the team (its counts are suppressed, but it is still
the team's data going out). The indicators are computed without the dashboard's SEARCH
entry; one EXPORT entry without case ids says what went out (period, filter, formats).

All files are first written beside their targets under temporary names; only when every
one is complete are they renamed into place. A failure leaves no file behind, raises
`ExportFailed`, and (the unit of work rolling back) writes no log entry.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from expertteam_app.domain.enums import AuditAction
from expertteam_app.domain.team import Municipality, Region
from expertteam_app.errors import NotFound
from expertteam_app.services import monitoring
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.monitoring_views import MonitoringFilter
from expertteam_app.services.roles import Permission
from expertteam_app.services.settings import read_settings
from expertteam_app.services.table_export import write_all_or_nothing


def export_report(
    uow: UnitOfWork,
    flt: MonitoringFilter,
    *,
    pdf: Path | None,
    xlsx: Path | None,
    language: str = "nl",
) -> list[Path]:
    """Write the monitoring report over `flt` as PDF and/or XLSX; returns the files written.
    Needs CASE_EXPORT; one EXPORT entry, no case ids. `ValueError` for no format or a period
    that ends before it begins, `NotFound` for an unknown municipality code; `ExportFailed`
    (and no file) when a file cannot be written."""
    # reportlab and openpyxl load only when a report is made, not when the window starts.
    from expertteam_app.reports.monitoring_report import (
        build_pdf_bytes,
        report_content,
        xlsx_report_bytes,
    )

    uow.require(Permission.CASE_EXPORT)
    targets = [(Path(p), kind) for p, kind in ((pdf, "pdf"), (xlsx, "xlsx")) if p is not None]
    if not targets:
        raise ValueError("no report format chosen")
    if flt.period_to < flt.period_from:
        raise ValueError("the period ends before it begins")
    lang = "en" if language.startswith("en") else "nl"
    indicators = monitoring.compute(uow, flt, language=lang)
    settings = read_settings(uow)
    region = uow.session.get(Region, settings.region_code) if settings.region_code else None
    place = uow.session.get(Municipality, flt.municipality_code) if flt.municipality_code else None
    if flt.municipality_code and place is None:
        raise NotFound(
            f"Onbekende gemeentecode: {flt.municipality_code}.",
            f"Unknown municipality code: {flt.municipality_code}.",
        )
    content = report_content(
        indicators,
        team=settings.team_name,
        region=region.name if region is not None else "",
        municipality=place.name if place is not None else "",
        language=lang,
    )
    written = write_all_or_nothing(
        [
            (target, partial(build_pdf_bytes if kind == "pdf" else xlsx_report_bytes, content))
            for target, kind in targets
        ]
    )
    place_text = f" {flt.municipality_code}" if flt.municipality_code else ""
    formats = ", ".join(kind for _, kind in targets)
    uow.log(
        AuditEvent(
            AuditAction.EXPORT,
            detail=(
                f"monitoring report {flt.period_from.isoformat()}..{flt.period_to.isoformat()}"
                f"{place_text} ({formats})"
            ),
        )
    )
    return written
