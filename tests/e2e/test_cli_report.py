"""`expertteam report` as a coordinator runs it for the region: the period and municipality
as options, a PDF and a workbook written, the numbers of the known data set in them with
small cells suppressed, and clear one-line errors for what a person can get wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from expertteam_app.domain.enums import Role
from expertteam_app.errors import ExitCode
from tests.e2e.test_cli import ADMIN, ADMIN_PASSPHRASE, as_coordinator, one_line, run
from tests.integration.test_monitoring import build
from tests.support.team import open_as


@pytest.fixture
def folder(team_db: Path, team_template) -> Path:
    """The test's team database with the monitoring tests' eleven synthetic cases."""
    team = open_as(team_template, team_db, Role.COORDINATOR)
    try:
        build(team)
    finally:
        team.close()
    (team_db.parent / "uit").mkdir()
    return team_db.parent


def pdf_lines(path: Path) -> set[str]:
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages).replace("\n ", " ")
    return {line.strip() for line in text.splitlines()}


def test_report_writes_pdf_and_xlsx_with_the_numbers(folder: Path):
    done = as_coordinator(
        folder,
        "report",
        "--from",
        "01-01-2026",
        "--to",
        "30-06-2026",
        "--pdf",
        "uit/monitoring.pdf",
        "--xlsx",
        "uit/monitoring.xlsx",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Geschreven: uit/monitoring.pdf",
        "Geschreven: uit/monitoring.xlsx",
    ]
    shown = pdf_lines(folder / "uit" / "monitoring.pdf")
    # Eight registrations in the period; lead time of 7 cases: median 35, p90 90 days.
    assert {"Aanmeldingen 8", "Mediaan 35 dagen", "90e percentiel 90 dagen"} <= shown
    # The team's threshold is 5: Groningen's 6 is shown, Veendam's 2 is not, and the total
    # would give it away, so Groningen's 6 is hidden after all.
    assert {"Veendam <5", "Groningen x", "Totaal 8"} <= shown
    assert "Veendam 2" not in shown
    # Two cases with a request per municipality, under 5: amounts only together.
    assert "Overige gemeenten (samen) € 61.750,61 € 60.000,25" in shown
    assert "Groningen € 13.500,51 € 12.000,25" not in shown
    book = load_workbook(folder / "uit" / "monitoring.xlsx")
    places = {r[0]: r[1] for r in book["Aanmeldingen per gemeente"].iter_rows(values_only=True)}
    assert (places["Veendam"], places["Totaal"]) == ("<5", 8)


def test_a_municipality_and_english(folder: Path):
    done = as_coordinator(
        folder,
        "--lang",
        "en",
        "report",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--municipality",
        "gm0014",
        "--pdf",
        "uit/groningen.pdf",
    )
    assert done.returncode == 0, done.stderr
    assert one_line(done.stdout) == "Written: uit/groningen.pdf"
    shown = pdf_lines(folder / "uit" / "groningen.pdf")
    assert {"Monitoring report", "Groningen (GM0014)", "Registrations 6"} <= shown


UNKNOWN_PLACE = ("--municipality", "GM9999")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--from", "01-01-2026", "--to", "30-06-2026"), ExitCode.USAGE, "Kies --pdf, --xlsx"),
        (
            ("--from", "01-07-2026", "--to", "30-06-2026", "--pdf", "uit/r.pdf"),
            ExitCode.USAGE,
            "De periode eindigt voor ze begint",
        ),
        (
            ("--from", "31-02-2026", "--to", "30-06-2026", "--pdf", "uit/r.pdf"),
            ExitCode.USAGE,
            "Geen geldige datum: 31-02-2026",
        ),
        (
            ("--from", "01-01-2026", "--to", "30-06-2026", *UNKNOWN_PLACE, "--pdf", "uit/r.pdf"),
            ExitCode.NOT_FOUND,
            "Onbekende gemeentecode: GM9999.",
        ),
        (
            ("--from", "01-01-2026", "--to", "30-06-2026", "--pdf", "weg/r.pdf"),
            ExitCode.ERROR,
            "kon niet worden geschreven",
        ),
    ],
)
def test_mistakes_are_one_clear_line(folder: Path, args, code, message):
    done = as_coordinator(folder, "report", *args)
    assert done.returncode == code, done.stderr
    assert message in one_line(done.stderr)
    assert list((folder / "uit").iterdir()) == []


def test_the_administrator_may_not_export(folder: Path):
    done = run(
        folder,
        "report",
        "--db",
        "testteam.etdb",
        "--user",
        ADMIN,
        "--from",
        "01-01-2026",
        "--to",
        "30-06-2026",
        "--pdf",
        "uit/r.pdf",
        passphrase=ADMIN_PASSPHRASE,
    )
    assert done.returncode == ExitCode.NOT_ALLOWED, done.stderr
    assert "casusgegevens exporteren" in one_line(done.stderr)
    assert list((folder / "uit").iterdir()) == []
