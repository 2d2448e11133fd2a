"""The Monitoring tab: the key figures and charts show the indicators, the period presets
and the filter, a clicked bar lists the cases behind it and a double-click opens one, the
definitions help, and the models pass Qt's model tester."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from expertteam_app.domain.enums import CaseStatus, Role
from expertteam_app.services.monitoring_views import (
    Count,
    Distribution,
    IndicatorKey,
    Indicators,
    MoneyRow,
    MonitoringFilter,
    QuarterTrend,
)
from tests.ui.conftest import issued_on_worker, planned_table, run_sync, wait
from ui.main_window import CaseTab, MainWindow
from ui.monitoring.cases_dialog import CaseLine, CasesBehindDialog, CasesBehindModel
from ui.monitoring.charts import BarCard, TrendCard
from ui.monitoring.page import (
    MonitoringPage,
    days_text,
    last_quarter,
    last_year,
    share_text,
    this_year,
)
from ui.worker import JobContext


def made_up(flt: MonitoringFilter) -> Indicators:
    """A hand-made set of indicators (no database): what the screen must show of it."""
    return Indicators(
        filter=flt,
        computed_at=datetime(2026, 6, 15, 10, 0, tzinfo=UTC),
        threshold=5,
        target_lead_time_weeks=6,
        registrations_per_month=(
            Count("2026-01", "januari 2026", 3),
            Count("2026-02", "februari 2026", 4),
        ),
        registrations_per_municipality=(
            Count("GM0014", "Groningen", 5),
            Count("GM0193", "Zwolle", 2),
        ),
        registrations_per_referrer_type=(Count("local_team", "Lokaal team", 7),),
        admissible=6,
        not_admissible=2,
        lead_time_to_advice=Distribution(6, 40.5, 63.0, 4, 4 / 6),
        advice_to_start=Distribution(10, 12.0, 30.0, 7, 0.7),
        escalations_per_level=(Count("regional", "Regionaal", 2),),
        escalation_outcomes=(Count("resolved", "Opgelost", 1),),
        problem_areas=(Count("1", "Gezondheid", 4), Count("2", "Wonen", 1)),
        bottlenecks=(Count("3", "Wachtlijst", 3),),
        problem_area_trend=(QuarterTrend("1", "Gezondheid", (("2026-Q1", 3), ("2026-Q2", 1))),),
        bottleneck_trend=(QuarterTrend("3", "Wachtlijst", (("2026-Q1", 3),)),),
        goal_outcomes=(Count("achieved", "Behaald", 2), Count("not", "Niet behaald", 1)),
        case_results=(Count("r1", "Passende hulp", 2),),
        funding=(MoneyRow("GM0014", "Groningen", 1_000_000, 750_000),),
        transition_window=3,
        transition_big_five_arranged=1,
    )


def test_period_presets() -> None:
    assert this_year(date(2026, 5, 3)) == (date(2026, 1, 1), date(2026, 12, 31))
    assert last_year(date(2026, 5, 3)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert last_quarter(date(2026, 5, 3)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert last_quarter(date(2026, 2, 1)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert days_text(40.5) == "40,5"
    assert days_text(None) == "–"


def test_figures_and_charts_show_the_indicators(qtbot, db, unlocked) -> None:  # type: ignore[no-untyped-def]
    info = unlocked(Role.COORDINATOR)
    page = MonitoringPage(db, info)  # never shown: nothing is asked of the worker
    qtbot.addWidget(page)
    flt = MonitoringFilter(date(2026, 1, 1), date(2026, 6, 30))
    page.show_indicators(made_up(flt))

    figure = {name: tile.value.text() for name, tile in page.tiles.items()}
    assert figure["registrations"] == "7"
    assert figure["admissibility"] == "75%"
    # "6 of 8" until the lead translates it ("6 van 8"): the numbers, in that order.
    words = page.tiles["admissibility"].detail.text().split()
    assert (words[0], words[-1]) == ("6", "8")
    assert figure["leadMedian"] == "40,5"
    assert figure["leadP90"] == "63"
    assert figure["withinTarget"] == "67%"
    assert figure["startedOnTime"] == "70%"
    assert figure["escalations"] == "2"
    assert figure["bigFive"].split()[::2] == ["1", "3"]
    assert "5" in page.note.text()

    month = page.charts["registrations_month"]
    assert isinstance(month, BarCard)
    assert month.item_keys == ["2026-01", "2026-02"]
    assert [month.sets[0].at(i) for i in range(2)] == [3.0, 4.0]
    # Horizontal bars: the first item is drawn on top, so the set holds them reversed.
    places = page.charts["registrations_municipality"]
    assert isinstance(places, BarCard)
    assert [places.sets[0].at(i) for i in range(2)] == [2.0, 5.0]
    funding = page.charts["funding"]
    assert isinstance(funding, BarCard)
    assert [s.at(0) for s in funding.sets] == [10_000.0, 7_500.0]
    assert "€ 10.000,00" in funding.view.toolTip()
    trend = page.charts["problem_area_trend"]
    assert isinstance(trend, TrendCard)
    assert [(p.x(), p.y()) for p in trend.lines[0].points()] == [(0.0, 3.0), (1.0, 1.0)]

    # A clicked bar names its indicator and item (horizontal: index 1 is the top bar).
    with qtbot.waitSignal(places.picked) as picked:
        places.sets[0].clicked.emit(1)
    assert picked.args == [IndicatorKey.REGISTRATIONS_MUNICIPALITY, "GM0014"]

    page.clear()
    assert page.tiles["registrations"].value.text() == "–"
    assert not month.view.isVisible() or month.view.chart().series() == []


def test_cases_behind_model_and_dialog(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rows = [
        CaseLine(11, "ET-2026-0011", "Daan Berg", CaseStatus.ADVIES_UITGEBRACHT),
        CaseLine(12, "ET-2026-0012", "Sem Visser", CaseStatus.AFGESLOTEN),
    ]
    model = CasesBehindModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.data(model.index(1, 2)) == "Afgesloten"

    opened: list[int] = []
    dialog = CasesBehindDialog("Wachtlijst", rows, opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    rect = table.visualRect(dialog.model.index(1, 1))
    # A double-click is a press, a release and then the double-click event.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [12]


# --- the tab in the main window, over a real team ------------------------------------------


def _service_indicators(qtbot, db, flt: MonitoringFilter) -> Indicators:  # type: ignore[no-untyped-def]
    from expertteam_app.services import monitoring

    def op(ctx: JobContext) -> Indicators:
        with ctx.unit_of_work() as uow:
            return monitoring.indicators(uow, flt, language="nl")

    result = run_sync(qtbot, db, op)
    assert isinstance(result, Indicators)
    return result


def _shown_page(qtbot, db, main: MainWindow) -> MonitoringPage:  # type: ignore[no-untyped-def]
    main.findChild(QAction, "showMonitoring").trigger()
    page = main.monitoring_page
    assert isinstance(page, MonitoringPage)
    qtbot.waitUntil(lambda: page.indicators is not None, timeout=15_000)
    wait(qtbot, db)
    return page


def test_dashboard_shows_the_service_figures_and_the_cases_behind_a_bar(
    qtbot, db, unlocked, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    table = planned_table(qtbot, db, unlocked, datetime.combine(today, time(14)))
    issued_on_worker(qtbot, db, unlocked, table, today=today)
    main = window(Role.COORDINATOR)
    assert main.monitoring_page is None  # built when first shown, not at start
    page = _shown_page(qtbot, db, main)

    expected = _service_indicators(qtbot, db, MonitoringFilter(*this_year(today)))
    registered = sum(c.count for c in expected.registrations_per_month)
    assert registered == 3  # the three cases on the meeting
    assert page.tiles["registrations"].value.text() == "3"
    assert page.tiles["admissibility"].value.text() == share_text(expected.admissibility_rate)
    lead = expected.lead_time_to_advice
    assert lead.count == 1  # one advice issued today
    assert page.tiles["leadMedian"].value.text() == days_text(lead.median_days)
    assert page.tiles["leadP90"].value.text() == days_text(lead.p90_days)
    assert page.tiles["withinTarget"].value.text() == share_text(lead.within_target_share)

    # Last year's figures are the service's for last year: the figures follow the filter.
    before = _service_indicators(qtbot, db, MonitoringFilter(*last_year(today)))
    page.presets["lastYear"].click()
    count = str(sum(c.count for c in before.registrations_per_month))
    qtbot.waitUntil(lambda: page.shown_filter.period_to.year == today.year - 1, timeout=15_000)
    assert page.tiles["registrations"].value.text() == count
    assert page.from_field.value() == last_year(today)[0]
    page.presets["thisYear"].click()
    qtbot.waitUntil(lambda: page.tiles["registrations"].value.text() == "3", timeout=15_000)

    # The municipality filter: the cases' municipality keeps them, another drops them.
    qtbot.waitUntil(lambda: page.municipality.count() > 1, timeout=15_000)
    place = expected.registrations_per_municipality[0]
    page.municipality.set_value(place.key)
    page.compute_button.click()
    qtbot.waitUntil(lambda: page.shown_filter.municipality_code == place.key, timeout=15_000)
    assert page.tiles["registrations"].value.text() == str(place.count)

    # Click the month's bar: the three cases, and a double-click opens one.
    month = page.charts["registrations_month"]
    assert isinstance(month, BarCard)
    busy = next(c.key for c in expected.registrations_per_month if c.count)
    month.sets[0].clicked.emit(month.item_keys.index(busy))
    qtbot.waitUntil(lambda: page.cases_dialog is not None, timeout=15_000)
    dialog = page.cases_dialog
    assert dialog is not None
    assert sorted(line.id for line in dialog.model.rows) == sorted(table.case_ids)
    assert {line.name for line in dialog.model.rows} == {
        "Daan van der Berg",
        "Sanne van der Visser",
        "Milan van der Bakker",
    }
    row = next(i for i, line in enumerate(dialog.model.rows) if line.id == table.case_ids[0])
    rect = dialog.table.visualRect(dialog.model.index(row, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(main.tabs.currentWidget(), CaseTab), timeout=15_000)
    tab = main.tabs.currentWidget()
    assert isinstance(tab, CaseTab) and tab.case_id == table.case_ids[0]
    dialog.close()

    # The definitions help shows the service's text in the window's language.
    page.charts["lead_time"].help_button.click()
    assert page.definitions is not None and page.definitions.isVisible()
    from expertteam_app.services.monitoring import DEFINITIONS

    shown = page.definitions.browser.toPlainText()
    assert DEFINITIONS[IndicatorKey.LEAD_TIME][0].split(".")[0] in shown
    page.definitions.close()

    # Export the region's report: the PDF (and the workbook beside it) as chosen.
    page.municipality.set_value("")
    page.compute_button.click()
    qtbot.waitUntil(lambda: page.shown_filter.municipality_code is None, timeout=15_000)
    target = tmp_path / "monitoring.pdf"
    monkeypatch.setattr(
        "ui.monitoring.page.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    assert not page.export_button.isHidden() and page.export_button.isEnabled()
    page.export_button.click()
    qtbot.waitUntil(lambda: target.is_file() and page.export_button.isEnabled(), timeout=30_000)
    assert target.with_suffix(".xlsx").is_file()
    from pypdf import PdfReader

    text = " ".join((p.extract_text() or "") for p in PdfReader(target).pages)
    assert "Monitoring" in text or "monitoring" in text
    # Three registrations: below the threshold of 5, so the report shows "<5", not "3".
    assert "<5" in text

    # Locking forgets the figures.
    main.lock()
    assert page.tiles["registrations"].value.text() == "–"


def test_member_sees_the_tab_and_the_administrator_does_not(qtbot, db, window) -> None:  # type: ignore[no-untyped-def]
    main = window(Role.LID)
    page = _shown_page(qtbot, db, main)
    assert page.tiles["registrations"].value.text() == "0"
    assert page.export_button.isHidden()  # a member may not export case data
    admin = window(Role.BEHEERDER)
    assert admin.monitoring_tab is None
    assert admin.findChild(QAction, "showMonitoring") is None
