"""`expertteam learning-table` as a coordinator runs it: a selection becomes a session whose
summaries wait for review, and an export only with --approve-all or of a reviewed session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from expertteam_app.domain.enums import Role
from expertteam_app.errors import ExitCode
from tests.e2e.test_cli import as_coordinator
from tests.integration.learning_cases import make_case
from tests.support.team import open_as


def test_a_selection_waits_for_review_and_exports_with_approve_all(team_db: Path, team_template):
    folder = team_db.parent
    team = open_as(team_template, team_db, Role.COORDINATOR)
    try:
        made = [
            make_case(
                team, first="Sanne", last="Visser", bsn="111222345", closed_on=date(2026, 3, 10)
            ),
            make_case(
                team, first="Bram", last="Mulder", bsn="111222357", closed_on=date(2026, 4, 2)
            ),
        ]
    finally:
        team.close()
    out = folder / "uit"
    out.mkdir()
    refs = ",".join(m.reference for m in made)

    first = as_coordinator(
        folder,
        "learning-table",
        "--cases",
        refs,
        "--pdf",
        "uit/l.pdf",
        "--csv",
        "uit/l.csv",
        "--title",
        "Leertafel voorjaar",
        "--date",
        "2026-07-01",
    )
    assert first.returncode == ExitCode.INVALID_INPUT, first.stderr
    assert "Leertafel 1 aangemaakt met 2 casus(sen)." in first.stdout
    assert "wachten op nalezen" in first.stderr and "--session 1" in first.stderr
    assert list(out.iterdir()) == []
    # Progress lines say how far it is, never who it is about.
    for case in made:
        assert case.first not in first.stderr and case.last not in first.stderr

    second = as_coordinator(
        folder,
        "learning-table",
        "--session",
        "1",
        "--approve-all",
        "--pdf",
        "uit/l.pdf",
        "--csv",
        "uit/l.csv",
        "--xlsx",
        "uit/l.xlsx",
    )
    assert second.returncode == 0, second.stderr
    assert "2 samenvatting(en) goedgekeurd met --approve-all" in second.stdout
    assert sorted(p.name for p in out.iterdir()) == ["l.csv", "l.pdf", "l.xlsx"]
    text = (out / "l.csv").read_bytes().decode("utf-8-sig")
    assert "Casus A" in text and "Casus B" in text
    for case in made:
        for identifier in case.identifiers:
            assert identifier.lower() not in text.lower(), identifier


def test_choosing_no_cases_is_a_usage_error(team_db: Path):
    done = as_coordinator(team_db.parent, "learning-table", "--pdf", "x.pdf")
    assert done.returncode == ExitCode.USAGE
    assert "Kies de casussen" in done.stderr
    assert not (team_db.parent / "x.pdf").exists()
