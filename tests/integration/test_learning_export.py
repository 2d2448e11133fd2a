"""Exporting a learning table: PDF, CSV and XLSX read back, approval enforced, the access
log, and a failed export that leaves nothing behind."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from expertteam_app.anonymise.scrubber import Anonymiser, shared_anonymiser
from expertteam_app.domain.enums import AuditAction, Role
from expertteam_app.errors import ValidationError
from expertteam_app.services import audit, learning
from expertteam_app.services.context import TeamSession
from expertteam_app.services.table_export import ExportFailed
from tests.integration.learning_cases import MadeCase, make_case

NAMES = [
    ("Sanne", "Visser", "111222345"),
    ("Bram", "Mulder", "111222357"),
    ("Noor", "Smit", "111222369"),
    ("Lotte", "Bakker", "111222370"),
    ("Daan", "Kok", "111222382"),
    ("Fenna", "Jansen", "111222394"),
]


@pytest.fixture(scope="session")
def scrubber() -> Anonymiser:
    return shared_anonymiser()


def _session(team: TeamSession, scrubber: Anonymiser, *, build: bool = True):  # type: ignore[no-untyped-def]
    made: list[MadeCase] = [
        make_case(
            team,
            first=first,
            last=last,
            bsn=bsn,
            # Five of one age band, one older: that one is a small cell.
            born=date(2011, 5, 20) if n < 5 else date(2008, 1, 2),
            closed_on=date(2026, 3, 10),
            result_code="goals_partly" if n % 2 else "goals_achieved",
        )
        for n, (first, last, bsn) in enumerate(NAMES)
    ]
    with team.unit_of_work() as uow:
        session_id = learning.create_session(
            uow, "Leertafel voorjaar", date(2026, 7, 1), [m.id for m in made]
        )
        if build:
            learning.build_summaries(uow, session_id, scrubber)
    return session_id, made


def _approve_all(team: TeamSession, session_id: int) -> None:
    with team.unit_of_work() as uow:
        for row in learning.session_view(uow, session_id).summaries:
            learning.approve(uow, row.id)


def _exports(team: TeamSession, case_id: int) -> list[audit.AccessLogRow]:
    with team.unit_of_work() as uow:
        return [
            e
            for e in audit.entries_for_case(uow.session, case_id)
            if e.action == AuditAction.EXPORT
        ]


def test_pdf_csv_and_xlsx_carry_the_same_summaries_and_suppressed_cells(
    open_team, scrubber, tmp_path
):
    team = open_team(Role.COORDINATOR)
    session_id, made = _session(team, scrubber)
    _approve_all(team, session_id)
    pdf, csv_path, xlsx = tmp_path / "leertafel.pdf", tmp_path / "t.csv", tmp_path / "t.xlsx"
    with team.unit_of_work() as uow:
        result = learning.export_learning_table(uow, session_id, pdf=pdf, csv=csv_path, xlsx=xlsx)
    assert result.files == (pdf, csv_path, xlsx) and result.case_count == 6
    assert result.approved_now == 0

    pdf_text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    csv_text = csv_path.read_bytes().decode("utf-8-sig")
    workbook = load_workbook(xlsx)
    xlsx_text = "\n".join(
        str(cell)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    )
    labels = [f"Casus {letter}" for letter in "ABCDEF"]
    for text in (pdf_text, csv_text, xlsx_text):
        for label in labels:
            assert label in text
        assert "<5" in text  # the one 16-17-year-old
        for case in made:
            for identifier in case.identifiers:
                assert identifier.lower() not in text.lower(), identifier

    rows = list(csv.reader(io.StringIO(csv_text), delimiter=";"))
    ages = next(i for i, r in enumerate(rows) if r and r[0] == "Leeftijd bij aanmelding")
    table = {r[0]: r[1] for r in rows[ages + 2 : ages + 8] if len(r) > 1}
    assert table["16-17"] == "<5"
    # Secondary suppression: with the total (6) shown, a second cell of the column is hidden
    # too, or the one older young person could be counted back.
    assert sum(v in ("<5", "x") for v in table.values()) >= 2
    sheet_names = workbook.sheetnames
    assert sheet_names[0] == "Geanonimiseerde samenvattingen"
    summaries = workbook[sheet_names[0]]
    first_column = [r[0] for r in summaries.iter_rows(values_only=True)]
    assert first_column[-6:] == labels

    with team.unit_of_work() as uow:
        listed = learning.sessions(uow)
    assert listed[0].last_exported_at is not None
    for case in made:
        entries = _exports(team, case.id)
        assert len(entries) == 1
        assert f"learning table {session_id}" in entries[0].detail
        assert case.first not in entries[0].detail


def test_an_unapproved_summary_stops_the_export(open_team, scrubber, tmp_path):
    team = open_team(Role.COORDINATOR)
    session_id, made = _session(team, scrubber)
    _approve_all(team, session_id)
    with team.unit_of_work() as uow:
        second = learning.session_view(uow, session_id).summaries[1].id
        learning.withdraw_approval(uow, second)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError) as caught, team.unit_of_work() as uow:
        learning.export_learning_table(uow, session_id, pdf=out / "x.pdf", csv=None)
    assert "Nog niet goedgekeurd: Casus B" in caught.value.text("nl")
    assert list(out.iterdir()) == []
    assert _exports(team, made[1].id) == []


def test_approve_all_approves_what_was_built_and_says_so(open_team, scrubber, tmp_path):
    team = open_team(Role.COORDINATOR)
    session_id, made = _session(team, scrubber, build=False)
    with team.unit_of_work() as uow:
        result = learning.export_learning_table(
            uow,
            session_id,
            pdf=None,
            csv=tmp_path / "t.csv",
            approve_all=True,
            anonymiser=scrubber,
        )
    assert result.approved_now == 6
    with team.unit_of_work() as uow:
        assert all(r.approved for r in learning.session_view(uow, session_id).summaries)
        logged = [e for e in audit.recent_entries(uow.session, 100) if "approve-all" in e.detail]
    assert len(logged) == 1
    assert "Cor Coördinator" in logged[0].detail and "6 summaries" in logged[0].detail
    assert all(len(_exports(team, case.id)) == 1 for case in made)


def test_a_failed_export_leaves_no_file_no_approval_and_no_log_entry(open_team, scrubber, tmp_path):
    team = open_team(Role.COORDINATOR)
    session_id, made = _session(team, scrubber)
    good = tmp_path / "ok"
    good.mkdir()
    missing = tmp_path / "gone" / "leertafel.xlsx"  # the folder does not exist
    with pytest.raises(ExportFailed) as caught, team.unit_of_work() as uow:
        learning.export_learning_table(
            uow,
            session_id,
            pdf=good / "leertafel.pdf",
            csv=good / "leertafel.csv",
            xlsx=missing,
            approve_all=True,
        )
    assert "leertafel.xlsx" in caught.value.text("nl")
    assert list(good.iterdir()) == []  # neither the PDF nor the CSV, nor a part file
    with team.unit_of_work() as uow:
        assert not any(r.approved for r in learning.session_view(uow, session_id).summaries)
        assert not any("approve-all" in e.detail for e in audit.recent_entries(uow.session, 200))
    assert all(_exports(team, case.id) == [] for case in made)


def test_english_export_has_english_headings(open_team, scrubber, tmp_path: Path):
    team = open_team(Role.COORDINATOR)
    session_id, _made = _session(team, scrubber)
    _approve_all(team, session_id)
    with team.unit_of_work() as uow:
        document = learning.learning_table_document(uow, session_id, language="en")
        learning.export_learning_table(
            uow, session_id, pdf=None, csv=tmp_path / "t.csv", language="en"
        )
    assert document.language == "en" and document.threshold == 5
    assert document.summaries[0].sections[0].heading == "Question to the team"
    assert document.summaries[0].facts.registered == "Q3 2025"
    text = (tmp_path / "t.csv").read_bytes().decode("utf-8-sig")
    assert "Anonymised summaries" in text and "Age at registration" in text
