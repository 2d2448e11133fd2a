"""The region's monitoring report as the region reads it: the numbers the indicators carry,
small cells suppressed (<5 / x) in the tables, the summary and the charts, medians only for
groups of at least the threshold, and the same cells in the workbook."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from expertteam_app.reports.monitoring_report import (
    build_pdf_bytes,
    report_content,
    write_monitoring_pdf,
    write_monitoring_xlsx,
)
from expertteam_app.services.monitoring_views import (
    Count,
    Distribution,
    IndicatorKey,
    Indicators,
    MoneyRow,
    MonitoringFilter,
    QuarterTrend,
)

TEAM = "Expertteam Synthetisch Noord"
REGION = "Synthetisch Noord"


def _c(key: str, label: str, n: int) -> Count:
    return Count(key, label, n)


def indicators(**changes: object) -> Indicators:
    values: dict[str, object] = {
        "filter": MonitoringFilter(date(2026, 1, 1), date(2026, 6, 30), None),
        "computed_at": datetime(2026, 7, 1, 9, 30),
        "threshold": 5,
        "target_lead_time_weeks": 6,
        "registrations_per_month": tuple(
            _c(f"2026-{m:02d}", f"{m:02d}-2026", n)
            for m, n in zip(range(1, 7), (12, 3, 17, 21, 9, 14), strict=True)
        ),
        "registrations_per_municipality": (
            _c("GM0014", "Groningen", 41),
            _c("GM0037", "Stadskanaal", 2),
            _c("GM0047", "Veendam", 11),
            _c("GM0765", "Pekela", 7),
            _c("GM1950", "Westerkwartier", 15),
        ),
        "registrations_per_referrer_type": (
            _c("wijkteam", "Wijkteam", 38),
            _c("gi", "Gecertificeerde instelling", 19),
            _c("huisarts", "Huisarts", 3),
            _c("aanbieder", "Aanbieder", 16),
        ),
        "admissible": 61,
        "not_admissible": 3,
        "lead_time_to_advice": Distribution(58, 36.5, 71.0, 44, 44 / 58),
        "advice_to_start": Distribution(4, 12.0, 30.0, 3, 0.75),
        "escalations_per_level": (
            _c("regio", "Doorzettingsmacht regio", 6),
            _c("bovenregionaal", "Bovenregionaal expertteam", 4),
        ),
        "escalation_outcomes": (_c("resolved", "Opgelost", 8), _c("open", "Lopend", 2)),
        "problem_areas": (
            _c("psy", "Psychische gezondheid", 33),
            _c("ond", "Onderwijs", 27),
            _c("gez", "Gezin en opvoeding", 19),
            _c("fin", "Financiën", 4),
        ),
        "bottlenecks": (
            _c("wl", "Wachtlijst", 29),
            _c("geen", "Geen passend aanbod", 22),
            _c("fin", "Financieringsgeschil", 8),
        ),
        "problem_area_trend": (
            QuarterTrend("psy", "Psychische gezondheid", (("2026-Q1", 15), ("2026-Q2", 18))),
            QuarterTrend("ond", "Onderwijs", (("2026-Q1", 12), ("2026-Q2", 15))),
            QuarterTrend("gez", "Gezin en opvoeding", (("2026-Q1", 9), ("2026-Q2", 10))),
            QuarterTrend("fin", "Financiën", (("2026-Q1", 1), ("2026-Q2", 3))),
        ),
        "bottleneck_trend": (
            QuarterTrend("wl", "Wachtlijst", (("2026-Q1", 13), ("2026-Q2", 16))),
            QuarterTrend("geen", "Geen passend aanbod", (("2026-Q1", 10), ("2026-Q2", 12))),
        ),
        "goal_outcomes": (
            _c("behaald", "Behaald", 23),
            _c("deels", "Deels behaald", 12),
            _c("niet", "Niet behaald", 6),
        ),
        "case_results": (
            _c("r1", "Passende hulp gestart", 18),
            _c("r2", "Terugverwezen", 2),
            _c("r3", "Anders", 7),
        ),
        "funding": (
            MoneyRow("GM0014", "Groningen", 12_345_678, 9_876_500, 30),
            MoneyRow("GM0047", "Veendam", 4_500_050, 4_500_050, 6),
        ),
        "transition_window": 9,
        "transition_big_five_arranged": 6,
    }
    values.update(changes)
    return Indicators(**values)  # type: ignore[arg-type]


def pdf_text(data: bytes | Path) -> str:
    """The PDF's text with each table cell joined to its row label: "Stadskanaal <5"."""
    reader = PdfReader(data if isinstance(data, Path) else io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return text.replace("\n ", " ")


def lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines()}


def _pdf(ind: Indicators, language: str = "nl") -> str:
    content = report_content(ind, team=TEAM, region=REGION, language=language)
    return pdf_text(build_pdf_bytes(content))


def test_cover_names_team_region_period_filter_and_the_suppression_rule() -> None:
    ind = indicators(filter=MonitoringFilter(date(2026, 1, 1), date(2026, 6, 30), "GM0014"))
    content = report_content(ind, team=TEAM, region=REGION, municipality="Groningen")
    text = pdf_text(build_pdf_bytes(content))
    cover = text.split("Samenvatting")[0]
    assert TEAM in cover
    assert REGION in cover
    assert "01-01-2026 tot en met 30-06-2026" in cover
    assert "Groningen (GM0014)" in cover
    assert "01-07-2026 09:30" in cover  # the date made
    assert "kleiner dan 5 is weergegeven als <5" in " ".join(cover.split())
    assert "alle gemeenten" in _pdf(indicators())  # no filter


def test_tables_show_counts_of_at_least_the_threshold_and_hide_small_ones() -> None:
    shown = lines(_pdf(indicators()))
    # Counts of at least 5 are printed as they are, totals too.
    for row in ("Groningen 41", "Veendam 11", "Westerkwartier 15", "Totaal 76", "Wijkteam 38"):
        assert row in shown
    for row in ("01-2026 12", "03-2026 17", "04-2026 21", "06-2026 14"):
        assert row in shown
    # Small counts are "<5"; one more count is hidden ("x") so the total does not give the
    # small one away, and neither number appears anywhere in its row.
    assert "Stadskanaal <5" in shown
    assert "Pekela x" in shown
    assert "Stadskanaal 2" not in shown
    assert "Pekela 7" not in shown
    assert "02-2026 <5" in shown
    assert "05-2026 x" in shown
    assert "Huisarts <5" in shown
    assert "Terugverwezen <5" in shown
    # Problem areas have no total (a case counts under several), so only the small one goes.
    assert {"Psychische gezondheid 33", "Onderwijs 27", "Financiën <5"} <= shown


def test_quarter_trend_table_is_suppressed_cell_by_cell() -> None:
    shown = lines(_pdf(indicators()))
    assert "Psychische gezondheid 15 18 33" in shown
    assert "Financiën <5 <5 <5" in shown
    # Financiën's two cells would follow from the column totals: another row is hidden too.
    assert "Gezin en opvoeding 9 10 19" not in shown


def test_medians_and_percentiles_only_for_groups_of_at_least_the_threshold() -> None:
    text = _pdf(indicators())
    shown = lines(text)
    # Lead time: 58 cases, so the median, the 90th percentile and the share are shown.
    assert "Mediaan 36,5 dagen" in shown
    assert "90e percentiel 71 dagen" in shown
    assert "Aandeel binnen de norm 76%" in shown
    assert "Binnen de norm 44" in shown
    assert "Buiten de norm 14" in shown
    assert "norm 42 dagen" in text  # the target line in the chart
    # Advice to start: 4 care items, below the threshold: no median, no percentile, no share.
    assert "Mediaan <5 casussen" in shown
    assert "90e percentiel <5 casussen" in shown
    assert "Aandeel op tijd gestart <5 casussen" in shown
    assert "12 dagen" not in text
    assert "30 dagen" not in text
    assert "75%" not in text


def test_a_share_is_left_out_when_one_of_its_parts_is_small() -> None:
    text = _pdf(indicators())
    shown = lines(text)
    # 61 admissible, 3 not: the rate (95%) would give the 3 away.
    assert "Niet ontvankelijk <5" in shown
    assert "95%" not in text
    assert "Ontvankelijkheidspercentage niet getoond (kleine aantallen)" in text
    both = lines(_pdf(indicators(not_admissible=9)))
    assert "Ontvankelijk 61" in both
    assert "Niet ontvankelijk 9" in both
    assert "Ontvankelijkheidspercentage 87%" in both


def test_summary_carries_the_key_figures() -> None:
    text = _pdf(indicators())
    summary = lines(text.split("Samenvatting", 1)[1].split("Aanmeldingen per maand")[0])
    assert "Aanmeldingen 76" in summary
    assert "Doorlooptijd tot advies, mediaan 36,5 dagen" in summary
    assert "Doorlooptijd tot advies, 90e percentiel 71 dagen" in summary
    assert "Escalaties 10" in summary
    assert "Afgesloten casussen 27" in summary
    assert "Jongeren in het 18-/18+-venster 9" in summary
    assert "Waarvan big five geregeld x" in summary  # 6 of 9: the 3 not arranged are small
    assert "Financiering aangevraagd € 168.457,28" in summary
    assert "Financiering toegezegd € 143.765,50" in summary


def test_funding_amounts_per_municipality_to_the_cent() -> None:
    shown = lines(_pdf(indicators()))
    assert "Groningen € 123.456,78 € 98.765,00" in shown
    assert "Veendam € 45.000,50 € 45.000,50" in shown
    assert "Totaal € 168.457,28 € 143.765,50" in shown


def test_a_municipality_with_few_cases_is_not_named_with_its_amounts() -> None:
    """Two cases in Eemsdelta: their cost of care would be one or two families'. Its
    amounts count under 'other municipalities', and the total stays the same."""
    funding = (
        MoneyRow("GM0014", "Groningen", 12_345_678, 9_876_500, 30),
        MoneyRow("GM1979", "Eemsdelta", 4_500_050, 4_500_050, 2),
    )
    shown = lines(_pdf(indicators(funding=funding)))
    assert "Groningen € 123.456,78 € 98.765,00" in shown
    assert "Overige gemeenten (samen) € 45.000,50 € 45.000,50" in shown
    assert not any("Eemsdelta" in line for line in shown)
    assert "Totaal € 168.457,28 € 143.765,50" in shown


def test_charts_draw_only_shown_counts() -> None:
    content = report_content(indicators(), team=TEAM, region=REGION)
    charts = {c.title: c for s in content.sections for c in s.charts}
    places = charts["Aanmeldingen per gemeente"]
    values = dict(zip(places.categories, places.series[0][1], strict=True))
    assert values == {
        "Groningen": 41,
        "Stadskanaal": None,
        "Veendam": 11,
        "Pekela": None,
        "Westerkwartier": 15,
    }
    assert places.left_out == ("Stadskanaal", "Pekela")
    trend = charts["Leefgebieden per kwartaal"]
    assert dict(trend.series) == {"Psychische gezondheid": (15, 18), "Onderwijs": (12, 15)}
    text = _pdf(indicators())
    assert "(<5 of x): Stadskanaal, Pekela." in text


def test_every_indicator_has_a_section_and_a_definition() -> None:
    content = report_content(indicators(), team=TEAM, region=REGION)
    assert [s.key for s in content.sections] == list(IndicatorKey)
    assert len(content.definitions) == len(IndicatorKey)
    text = _pdf(indicators())
    appendix = text.split("Bijlage: definities", 1)[1]
    assert "nearest rank" in appendix or "rang" in appendix
    for section in content.sections:
        assert section.title in appendix


def test_english_report() -> None:
    text = _pdf(indicators(), language="en")
    shown = lines(text)
    assert "Monitoring report" in text
    assert "01-01-2026 to 30-06-2026 inclusive" in text
    assert "Stadskanaal <5" in shown
    assert "Median <5 cases" in shown
    assert "Median 36.5 days" in shown
    assert "Appendix: definitions" in text
    assert "Page 1 of" in text


def test_empty_period_still_makes_a_report() -> None:
    empty = indicators(
        registrations_per_month=(),
        registrations_per_municipality=(),
        registrations_per_referrer_type=(),
        admissible=0,
        not_admissible=0,
        lead_time_to_advice=Distribution(0, None, None, 0, None),
        advice_to_start=Distribution(0, None, None, 0, None),
        escalations_per_level=(),
        escalation_outcomes=(),
        problem_areas=(),
        bottlenecks=(),
        problem_area_trend=(),
        bottleneck_trend=(),
        goal_outcomes=(),
        case_results=(),
        funding=(),
        transition_window=0,
        transition_big_five_arranged=0,
    )
    text = _pdf(empty)
    assert "Geen gegevens in deze periode." in text
    assert "Aanmeldingen 0" in lines(text)


def test_user_text_is_printed_not_interpreted() -> None:
    odd = '<img src="/etc/passwd"/> & <b>vet</b>'
    ind = indicators(
        registrations_per_municipality=(_c("GM9999", odd, 12),),
    )
    text = _pdf(ind)
    assert f"{odd} 12" in lines(text)


def test_written_atomically_with_restrictive_mode(tmp_path: Path) -> None:
    target = tmp_path / "monitoring.pdf"
    write_monitoring_pdf(target, indicators(), team=TEAM, region=REGION)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0
    with pytest.raises(OSError):
        write_monitoring_pdf(tmp_path / "gone" / "m.pdf", indicators(), team=TEAM, region=REGION)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["monitoring.pdf"]


def test_workbook_has_the_same_suppressed_cells_and_the_definitions(tmp_path: Path) -> None:
    target = tmp_path / "monitoring.xlsx"
    ind = indicators(
        registrations_per_referrer_type=(
            _c("wijkteam", "=HYPERLINK(1)", 38),
            _c("huisarts", "Huisarts", 3),
            _c("gi", "GI", 19),
        )
    )
    write_monitoring_xlsx(target, ind, team=TEAM, region=REGION)
    book = load_workbook(target)
    assert "Samenvatting" in book.sheetnames
    assert "Definities" in book.sheetnames

    def rows(name: str) -> list[tuple[object, ...]]:
        found = []
        for row in book[name].iter_rows(values_only=True):
            cells = list(row)
            while cells and cells[-1] is None:
                cells.pop()
            found.append(tuple(cells))
        return found

    places = rows("Aanmeldingen per gemeente")
    assert ("Groningen", 41) in places
    assert ("Stadskanaal", "<5") in places
    assert ("Pekela", "x") in places
    assert ("Totaal", 76) in places
    referrers = rows("Aanmeldingen per verwijzer")
    assert ("'=HYPERLINK(1)", 38) in referrers  # a formula stays text
    assert ("Huisarts", "<5") in referrers
    summary = rows("Samenvatting")
    assert ("Aanmeldingen", "76") in summary
    money = rows("Financiering")
    assert ("Groningen", 123456.78, 98765) in money
    assert ("Totaal", 168457.28, 143765.5) in money
    amounts = [c for c in book["Financiering"]["B"] if isinstance(c.value, float | int)]
    assert amounts
    assert all(c.number_format.startswith("[$€") for c in amounts)
    definitions = rows("Definities")
    assert len([r for r in definitions if len(r) == 2]) >= len(IndicatorKey)
    lead = rows("Doorlooptijd tot advies")
    assert ("Mediaan", "36,5 dagen") in lead
    start = rows("Advies tot start hulp")
    assert ("Mediaan", "<5 casussen") in start
    assert book.sheetnames == [
        "Samenvatting",
        "Aanmeldingen per maand",
        "Aanmeldingen per gemeente",
        "Aanmeldingen per verwijzer",
        "Ontvankelijkheid",
        "Doorlooptijd tot advies",
        "Advies tot start hulp",
        "Escalaties",
        "Leefgebieden",
        "Knelpunten",
        "Doelen",
        "Resultaat bij afsluiting",
        "Financiering",
        "Overgang 18-18+",
        "Definities",
    ]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_a_chart_page_renders(tmp_path: Path) -> None:
    """The page with the month chart renders to a picture with bars on it."""
    from PIL import Image

    target = tmp_path / "monitoring.pdf"
    write_monitoring_pdf(target, indicators(), team=TEAM, region=REGION)
    page_three = ["-f", "3", "-l", "3"]
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", *page_three, str(target), str(tmp_path / "p")],
        check=True,
    )
    page = Image.open(next(tmp_path.glob("p*.png"))).convert("RGB")
    accent = (0x1F, 0x3A, 0x5F)
    bar_pixels = sum(
        1
        for x in range(0, page.width, 2)
        for y in range(0, page.height, 2)
        if max(abs(a - b) for a, b in zip(page.getpixel((x, y)), accent, strict=True)) < 12
    )
    assert bar_pixels > 300  # four bars of the accent colour


def test_many_quarters_print_in_parts_with_the_total_in_the_last() -> None:
    quarters = [f"{y}-Q{q}" for y in (2024, 2025, 2026) for q in (1, 2, 3, 4)][:10]
    trend = QuarterTrend(
        "psy", "Psychische gezondheid", tuple((q, 10 + n) for n, q in enumerate(quarters))
    )
    text = _pdf(indicators(problem_area_trend=(trend,)))
    shown = lines(text)
    # Two parts: six quarters, then four and the total (10 + ... + 19 = 145).
    assert "Psychische gezondheid 10 11 12 13 14 15" in shown
    assert "Psychische gezondheid 16 17 18 19 145" in shown
