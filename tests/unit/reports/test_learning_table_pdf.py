"""The learning-table PDF as a guest reads it: title page, one anonymised case after the
other, the suppressed tables and the charts; user text shown, never interpreted."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from expertteam_app.anonymise.suppression import suppress_counts
from expertteam_app.anonymise.types import ScrubbedText
from expertteam_app.reports.learning_table import (
    CONFIDENTIAL,
    build,
    write_learning_table_pdf,
)
from expertteam_app.services.learning_views import (
    GeneralisedFacts,
    LearningTableDocument,
    SummarySection,
    SummaryView,
    TimelineStep,
)

PRIVACY = (
    "Dit verslag bevat geanonimiseerde samenvattingen. Deel het niet buiten de leertafel "
    "en vernietig het na afloop."
)


def _text(text: str) -> ScrubbedText:
    return ScrubbedText(original=text, text=text)


def _facts(**changes: object) -> GeneralisedFacts:
    values: dict[str, object] = {
        "age_band": "12-15",
        "region": "Synthetisch Noord",
        "registered": "2e kwartaal 2025",
        "closed": "4e kwartaal 2025",
        "lead_time_weeks": 9,
        "referrer_type": "Wijkteam",
        "urgency": "Hoog",
        "problem_areas": ("Onderwijs", "Psychische gezondheid"),
        "bottlenecks": ("Wachtlijst", "Financiering"),
        "themes": ("Overgang 18-/18+",),
        "result": "Passende hulp gestart",
        "status": "Afgesloten",
    }
    values.update(changes)
    return GeneralisedFacts(**values)  # type: ignore[arg-type]


def _summary(n: int, label: str, sections: dict[str, str], **facts: object) -> SummaryView:
    return SummaryView(
        id=n,
        session_id=1,
        case_id=100 + n,
        label=label,
        facts=_facts(**facts),
        sections=tuple(
            SummarySection(key=f"k{i}", heading=heading, scrubbed=_text(body))
            for i, (heading, body) in enumerate(sections.items())
        ),
        timeline=(
            TimelineStep(
                when="1e kwartaal 2025",
                by_role="wijkteam",
                decision=_text("[PERSOON-1] aangemeld bij de ggz"),
                consequence=_text("Wachtlijst van veertien weken"),
            ),
            TimelineStep(
                when="",
                by_role="gemeente",
                decision=_text("Geen financiering voor gezinshuis"),
                consequence=_text("Crisisopvang bij [INSTELLING-1]"),
            ),
        ),
        redactions=(),
        built_at=datetime(2026, 5, 1, 10, 0),
        approved_by="Cor Coördinator",
        approved_at=datetime(2026, 5, 2, 9, 0),
    )


def _document(language: str = "nl", **changes: object) -> LearningTableDocument:
    summaries = (
        _summary(
            1,
            "Casus A",
            {
                "Hulpvraag": "[PERSOON-1] (12-15 jaar) gaat niet meer naar school; de wachtlijst "
                "voor autismezorg is lang.",
                "Met de kennis van nu": "Eerder schuldhulpverlening inzetten voor de moeder.\n\n"
                "Het gezinshuis kwam te laat.",
            },
        ),
        _summary(
            2,
            "Casus B",
            {
                "Hulpvraag": 'Ouders schreven <b>vet</b> en <img src="/etc/passwd"/> & meer.',
                "Lessen": "",  # an empty section is left out
            },
            lead_time_weeks=None,
            closed="",
        ),
    )
    tables = (
        suppress_counts(
            "Leefgebieden",
            "Leefgebied",
            ["Casussen"],
            [("Onderwijs", [12]), ("Wonen", [3]), ("Psychische gezondheid", [7])],
            5,
            with_totals=False,
        ),
        suppress_counts(
            "Knelpunten",
            "Knelpunt",
            ["Casussen"],
            [("Wachtlijst", [9]), ("Financiering", [6]), ("Woonplaatsbeginsel", [2])],
            5,
            with_totals=False,
        ),
        suppress_counts(
            "Leeftijd bij aanmelding",
            "Leeftijd (jaar)",
            ["Casussen"],
            [("0-3", [0]), ("4-11", [3]), ("12-15", [10]), ("16-17", [6]), ("18+", [0])],
            5,
        ),
        suppress_counts(
            "Resultaten naar urgentie",
            "Resultaat",
            ["Hoog", "Normaal"],
            [("Hulp gestart", [7, 6]), ("Doorverwezen", [2, 5]), ("Gestopt", [0, 8])],
            5,
        ),
    )
    values: dict[str, object] = {
        "title": "Leertafel voorjaar <script>",
        "held_on": date(2026, 4, 9),
        "region": "Synthetisch Noord",
        "team": "Expertteam Synthetisch Noord",
        "case_count": 19,
        "privacy_statement": PRIVACY,
        "summaries": summaries,
        "tables": tables,
        "threshold": 5,
        "language": language,
    }
    values.update(changes)
    return LearningTableDocument(**values)  # type: ignore[arg-type]


def _pages(data: bytes | Path) -> list[str]:
    source = data if isinstance(data, Path) else __import__("io").BytesIO(data)
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(source).pages]


def test_the_title_page_shows_session_date_region_count_and_the_privacy_statement():
    pages = _pages(build(_document()))
    first = pages[0]
    assert "Leertafel voorjaar <script>" in first  # the title as typed, not read as markup
    assert "09-04-2026" in first
    assert "Synthetisch Noord" in first
    assert "Aantal casussen 19" in first
    assert "Dit verslag bevat geanonimiseerde samenvattingen" in first
    assert CONFIDENTIAL["nl"] in first
    assert "Casus A" not in first


def test_every_case_has_its_own_pages_with_facts_sections_and_timeline():
    pages = _pages(build(_document()))
    case_a = next(p for p in pages if p.startswith("Expertteam") and "Casus A" in p)
    assert "12-15 jaar" in case_a
    assert "2e kwartaal 2025" in case_a
    assert "9 weken" in case_a
    assert "Onderwijs, Psychische gezondheid" in case_a
    assert "de wachtlijst voor autismezorg is lang" in case_a
    assert "Met de kennis van nu" in case_a
    assert "Het gezinshuis kwam te laat." in case_a
    assert "Beslismomenten" in case_a
    assert "Crisisopvang bij [INSTELLING-1]" in case_a
    assert "onbekend" in case_a  # a decision without a quarter
    case_b = next(p for p in pages if "Casus B" in p and "Hulpvraag" in p)
    assert "nog niet afgesloten" in case_b
    assert "Lessen" not in case_b  # empty section left out
    assert pages.index(case_a) < pages.index(case_b)


def test_markup_in_user_text_is_shown_literally_not_interpreted():
    data = build(_document())
    text = " ".join(_pages(data))
    assert 'Ouders schreven <b>vet</b> en <img src="/etc/passwd"/> & meer.' in text
    assert b"/Subtype /Image" not in data  # no image was fetched


def test_the_overview_shows_suppressed_cells_totals_notes_and_charts_of_shown_counts():
    pages = _pages(build(_document()))
    overview = " ".join(p for p in pages if "Overzichten over alle casussen" in p or "Grafiek" in p)
    assert "Overzichten over alle casussen" in overview
    assert "Wonen <5" in overview
    assert "4-11 <5" in overview
    assert "Totaal 19" in overview
    assert "Aantallen kleiner dan 5 zijn weergegeven als <5." in overview
    assert "Grafiek: Leefgebieden" in overview
    assert "Grafiek: Knelpunten" in overview
    # Hidden counts get no bar; the chart names what it leaves out.
    assert "Niet in de grafiek, omdat het aantal niet wordt getoond (<5 of x): Wonen." in overview
    assert "Woonplaatsbeginsel." in overview
    assert "Resultaten naar urgentie" in overview
    assert "Grafiek: Resultaten" not in overview  # only problem areas and bottlenecks


def test_footer_numbers_every_page():
    pages = _pages(build(_document()))
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in page
        assert "Alleen voor deelnemers van de leertafel" in page


def test_english_report():
    pages = _pages(build(_document("en")))
    assert CONFIDENTIAL["en"] in pages[0]
    assert "Number of cases 19" in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]
    text = " ".join(pages)
    assert "Decision points" in text
    assert "Overviews across all cases" in text


def test_a_report_without_tables_or_shown_counts_still_reads():
    doc = _document(
        tables=(
            suppress_counts(
                "Knelpunten", "Knelpunt", ["Casussen"], [("Wachtlijst", [2])], 5, with_totals=False
            ),
        ),
        summaries=(),
    )
    text = " ".join(_pages(build(doc)))
    assert "Geen aantallen om te tekenen: elk aantal is kleiner dan 5." in text
    assert "Casus A" not in text
    empty = " ".join(_pages(build(_document(tables=()))))
    assert "Er zijn geen overzichtstabellen." in empty


def test_written_atomically_owner_only_and_nothing_left_when_it_fails(tmp_path):
    target = tmp_path / "leertafel.pdf"
    write_learning_table_pdf(target, _document())
    assert target.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _pages(target)[0].startswith("LEERTAFEL")
    broken = tmp_path / "kapot.pdf"
    with pytest.raises(AttributeError):
        write_learning_table_pdf(broken, _document(summaries=("geen samenvatting",)))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leertafel.pdf"]


def test_a_long_list_of_categories_fits_its_chart_on_a_page():
    many = [
        (f"Knelpunt nummer {k} met een heel lange omschrijving die niet past", [5 + k])
        for k in range(45)
    ]
    doc = _document(
        tables=(
            suppress_counts("Knelpunten", "Knelpunt", ["Casussen"], many, 5, with_totals=False),
        )
    )
    text = " ".join(_pages(build(doc)))
    assert "Grafiek: Knelpunten" in text
    assert "Knelpunt nummer 44 met een heel lange omschrijving die niet past" in text  # table


def test_a_decision_told_at_length_runs_onto_the_next_page():
    """A decision point longer than a page (a whole letter pasted in) still prints, whole."""
    from dataclasses import replace

    story = " ".join(f"Zin {n} over de wachtlijst en het gezinshuis." for n in range(700))
    document = _document()
    first = document.summaries[0]
    long_step = replace(first.timeline[0], decision=_text(story + " Einde van het besluit."))
    summaries = (replace(first, timeline=(long_step,)), *document.summaries[1:])
    text = " ".join(_pages(build(replace(document, summaries=summaries))))
    assert "Zin 350 over de wachtlijst" in text
    assert "Einde van het besluit." in text
