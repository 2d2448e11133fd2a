"""The region's monitoring report over 100,000 cases: the PDF as `expertteam report` writes
it (indicators computed, laid out, written atomically), for the last twelve months and for
the whole register, and the workbook beside it; the layout alone is shown apart so that a
slow report says whether the database or reportlab is to blame."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from pypdf import PdfReader

from benchmarks.data import MEMBER, PASSPHRASE, big_database
from benchmarks.monitoring_periods import monitoring_periods
from benchmarks.timing import Figure, median_ms
from expertteam_app.reports.monitoring_report import build_pdf_bytes, report_content
from expertteam_app.services import monitoring
from expertteam_app.services import team as team_service
from expertteam_app.services.monitoring_report import export_report
from expertteam_app.services.monitoring_views import MonitoringFilter

TARGET_MS = 5000


def run() -> list[Figure]:
    path = big_database()
    team = team_service.unlock(path, MEMBER, PASSPHRASE)
    figures: list[Figure] = []
    try:
        periods = monitoring_periods(team)
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder)
            for name, flt in periods.items():

                def pdf(flt: MonitoringFilter = flt) -> list[Path]:
                    with team.unit_of_work() as uow:
                        return export_report(uow, flt, pdf=out / "report.pdf", xlsx=None)

                pdf()
                size = (out / "report.pdf").stat().st_size
                figures.append(
                    Figure(
                        f"report PDF, {name}",
                        median_ms(pdf, repeat=3, warmup=1),
                        "ms",
                        f"<= {TARGET_MS} ms",
                        f"{size / 1024:,.0f} KiB, indicators included",
                    )
                )
            year = periods["last 12 months"]

            def both() -> list[Path]:
                with team.unit_of_work() as uow:
                    return export_report(
                        uow, year, pdf=out / "report.pdf", xlsx=out / "report.xlsx"
                    )

            figures.append(
                Figure(
                    "report PDF + XLSX, last 12 months",
                    median_ms(both, repeat=3, warmup=1),
                    "ms",
                    "",
                )
            )
            with team.unit_of_work() as uow:
                found = monitoring.compute(uow, year)
            content = report_content(found, team="Benchmark", region="Benchmark")
            pages = len(PdfReader(io.BytesIO(build_pdf_bytes(content))).pages)
            figures.append(
                Figure(
                    "  of which the PDF layout alone",
                    median_ms(lambda: build_pdf_bytes(content), repeat=3, warmup=1),
                    "ms",
                    "",
                    f"{pages} pages, {len(found.registrations_per_municipality)} municipalities",
                )
            )
    finally:
        team.close()
    return figures
