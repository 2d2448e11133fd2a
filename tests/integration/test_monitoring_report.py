"""The region's report over the known data set of the monitoring tests (eleven synthetic
cases, hand-computed there), written through the service on the real encrypted database:
the PDF read back carries the service's numbers, small cells suppressed by hand-worked
reasoning below, one EXPORT entry without cases, the roles, and all-or-nothing files.

The team's threshold is set to 3 (the lowest allowed) so that the small data set has
counts on both sides of it.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.enums import AuditAction, AuditOutcome, Role
from expertteam_app.errors import NotAllowed
from expertteam_app.services import settings as settings_service
from expertteam_app.services.context import TeamSession
from expertteam_app.services.monitoring_report import export_report
from expertteam_app.services.monitoring_views import MonitoringFilter
from expertteam_app.services.table_export import ExportFailed
from tests.integration.test_monitoring import GRONINGEN, PERIOD, build


def pdf_lines(data: Path | bytes) -> set[str]:
    """Each line of the PDF's text, a table cell joined to its row label."""
    reader = PdfReader(data if isinstance(data, Path) else io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages).replace("\n ", " ")
    return {line.strip() for line in text.splitlines()}


def last_log_id(team: TeamSession) -> int:
    with team.unit_of_work() as uow:
        return uow.session.scalar(select(AccessLogEntry.id).order_by(AccessLogEntry.id.desc()))


def entries_after(team: TeamSession, before: int) -> list[AccessLogEntry]:
    with team.unit_of_work() as uow:
        found = list(uow.session.scalars(select(AccessLogEntry).where(AccessLogEntry.id > before)))
        uow.session.expunge_all()
    return found


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the report (the test's database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def known(open_team) -> TeamSession:
    admin = open_team(Role.BEHEERDER)
    with admin.unit_of_work() as uow:
        settings_service.update_settings(uow, small_cell_threshold=3)
    team = open_team(Role.COORDINATOR)
    build(team)
    return team


def test_the_pdf_carries_the_numbers_with_small_cells_suppressed(known, out):
    before = last_log_id(known)
    with known.unit_of_work() as uow:
        written = export_report(uow, PERIOD, pdf=out / "m.pdf", xlsx=None)
    assert written == [out / "m.pdf"]
    shown = pdf_lines(written[0])
    text = "\n".join(shown)

    # Cover: team, region, period, no municipality filter, the rule for small numbers.
    assert "01-01-2026 tot en met 30-06-2026" in shown
    assert "alle gemeenten" in shown
    assert "15-06-2026 10:00" in shown  # the test clock
    assert any("kleiner dan 3 is weergegeven als <3" in line for line in shown)

    # Registered in the period: B C D E F G I J = 8; per month 2, 3, 2, 1, 0, 0.
    assert "Aanmeldingen 8" in shown
    assert {"01-2026 <3", "02-2026 3", "03-2026 <3", "04-2026 <3", "05-2026 0"} <= shown
    # Groningen 6, Veendam 2: Veendam is small, and Groningen would give it away (8 - 6).
    assert {"Veendam <3", "Groningen x", "Totaal 8"} <= shown
    assert "Veendam 2" not in shown
    assert "Groningen 6" not in shown
    # Referrers: local team 4, GP 3, GI 1 (types without registrations are left out);
    # the GI's 1 would follow from 8 - 4 - 3, so the GP's 3 is hidden too.
    assert {"Lokaal team / wijkteam 4", "Gecertificeerde instelling (GI) <3"} <= shown
    assert "Huisarts x" in shown

    # Admissibility 6 of 8: the 2 not admissible are small, so the 6 and the rate are not
    # shown either (75% would give the 2 away).
    assert {"Niet ontvankelijk <3", "Ontvankelijk x"} <= shown
    assert "Ontvankelijkheidspercentage niet getoond (kleine aantallen)" in text
    assert "75%" not in text

    # Lead time (7 cases, at least 3): median 35, p90 90; 5 within and 2 over the target, so
    # the share (71%) is not shown.
    assert {"Aantal casussen 7", "Mediaan 35 dagen", "90e percentiel 90 dagen"} <= shown
    assert "Buiten de norm <3" in shown
    assert "71%" not in text
    # Advice to start: 7 care items, median 11, p90 79; 2 late.
    assert {"Mediaan 11 dagen", "90e percentiel 79 dagen", "Niet op tijd gestart <3"} <= shown

    # Problem areas: autism 4, school 3; the quarters (4 + 0, 2 + 1) mostly suppressed.
    assert {"Autisme 4", "School, werk en dagbesteding 3"} <= shown
    assert "School, werk en dagbesteding <3 <3 3" in shown
    # Bottlenecks 2 and 1: both small, and no total for a list a case appears in twice.
    assert {"Wachtlijst <3", "Geen passend aanbod <3"} <= shown
    # Escalations 1, 1, 1: each small, and their total (3) would pin each at 1.
    assert "Regionale doorzettingsmacht <3" in shown
    # Closed in the period: A, F, G.
    assert "Afgesloten casussen 3" in shown
    # Funding to the cent. Each municipality asked to pay has two cases with a request,
    # under the threshold of 3: neither is named, both count under "other municipalities".
    assert "Overige gemeenten (samen) € 61.750,61 € 60.000,25" in shown
    assert "Groningen € 13.500,51 € 12.000,25" not in shown
    assert "Totaal € 61.750,61 € 60.000,25" in shown
    # Transition window: B, C, H; only B has the big five arranged.
    assert {"In het venster 3", "Big five geregeld <3"} <= shown
    # The appendix carries the service's definitions.
    assert "Bijlage: definities" in shown
    assert any("nearest rank" in line for line in shown)

    # One EXPORT entry without a case; no SEARCH entry of the dashboard.
    assert [(e.action, e.case_id, e.detail) for e in entries_after(known, before)] == [
        (AuditAction.EXPORT, None, "monitoring report 2026-01-01..2026-06-30 (pdf)")
    ]


def test_the_workbook_has_the_same_cells(known, out):
    with known.unit_of_work() as uow:
        pdf, xlsx = export_report(
            uow, PERIOD, pdf=out / "m.pdf", xlsx=out / "m.xlsx", language="nl"
        )
    assert (pdf.suffix, xlsx.suffix) == (".pdf", ".xlsx")
    book = load_workbook(xlsx)
    places = {r[0]: r[1] for r in book["Aanmeldingen per gemeente"].iter_rows(values_only=True)}
    assert places["Groningen"] == "x"
    assert places["Veendam"] == "<3"
    assert places["Totaal"] == 8
    lead = {r[0]: r[1] for r in book["Doorlooptijd tot advies"].iter_rows(values_only=True)}
    assert lead["Mediaan"] == "35 dagen"
    assert lead["Buiten de norm"] == "<3"
    assert "Definities" in book.sheetnames


def test_a_municipality_filter_is_named_on_the_cover_and_changes_the_counts(known, out):
    only = MonitoringFilter(PERIOD.period_from, PERIOD.period_to, GRONINGEN)
    before = last_log_id(known)
    with known.unit_of_work() as uow:
        (pdf,) = export_report(uow, only, pdf=out / "g.pdf", xlsx=None)
    shown = pdf_lines(pdf)
    assert "Groningen (GM0014)" in shown
    assert "Aanmeldingen 6" in shown  # G and I live in Veendam
    assert [e.detail for e in entries_after(known, before)] == [
        "monitoring report 2026-01-01..2026-06-30 GM0014 (pdf)"
    ]


def test_english_report(known, out):
    with known.unit_of_work() as uow:
        (pdf,) = export_report(uow, PERIOD, pdf=out / "e.pdf", xlsx=None, language="en")
    shown = pdf_lines(pdf)
    assert "Monitoring report" in shown
    assert {"Median 35 days", "Veendam <3", "Registrations 8"} <= shown
    assert "Appendix: definitions" in shown


@pytest.mark.parametrize("role", [Role.LID, Role.BEHEERDER])
def test_roles_without_case_export_are_refused_and_logged(open_team, out, role):
    team = open_team(role)
    with pytest.raises(NotAllowed), team.unit_of_work() as uow:
        export_report(uow, PERIOD, pdf=out / "m.pdf", xlsx=None)
    assert list(out.iterdir()) == []
    with team.unit_of_work() as uow:
        refused = list(
            uow.session.scalars(
                select(AccessLogEntry.detail).where(AccessLogEntry.outcome == AuditOutcome.REFUSED)
            )
        )
    assert refused == ["case.export"]


def test_the_chair_may_export(open_team, out):
    team = open_team(Role.VOORZITTER)
    with team.unit_of_work() as uow:
        (pdf,) = export_report(uow, PERIOD, pdf=out / "m.pdf", xlsx=None)
    assert "Aanmeldingen 0" in pdf_lines(pdf)


def test_a_failed_file_leaves_nothing_and_logs_nothing(known, out):
    before = last_log_id(known)
    with pytest.raises(ExportFailed), known.unit_of_work() as uow:
        export_report(uow, PERIOD, pdf=out / "m.pdf", xlsx=out / "gone" / "m.xlsx")
    assert list(out.iterdir()) == []
    assert entries_after(known, before) == []


def test_no_format_or_a_reversed_period_is_an_error(known, out):
    with pytest.raises(ValueError), known.unit_of_work() as uow:
        export_report(uow, PERIOD, pdf=None, xlsx=None)
    reversed_period = MonitoringFilter(PERIOD.period_to, PERIOD.period_from)
    with pytest.raises(ValueError), known.unit_of_work() as uow:
        export_report(uow, reversed_period, pdf=out / "m.pdf", xlsx=None)
    assert list(out.iterdir()) == []
