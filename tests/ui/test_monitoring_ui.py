"""The Monitoring tab: the key figures and charts show the indicators, the period presets
and the filter, a clicked bar lists the cases behind it and a double-click opens one, the
definitions help, and the models pass Qt's model tester."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from expertteam_app.domain.enums import CaseStatus
from expertteam_app.services.monitoring_views import (
    Count,
    Distribution,
    IndicatorKey,
    Indicators,
    MoneyRow,
    MonitoringFilter,
    QuarterTrend,
)
from ui.monitoring.cases_dialog import CaseLine, CasesBehindDialog, CasesBehindModel
from ui.monitoring.charts import BarCard, TrendCard
from ui.monitoring.page import MonitoringPage, days_text, last_quarter, last_year, this_year


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
    from expertteam_app.domain.enums import Role

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
