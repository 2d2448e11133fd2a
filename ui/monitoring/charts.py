"""The dashboard's charts (Qt Charts): bars for counts, lines for quarter trends.

Each bar chart tells which bar was clicked as (indicator key, item key), so the page can
ask the service for the cases behind it. This module loads QtCharts; it is imported only
when the Monitoring tab is first shown, never at the application's start.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.monitoring_views import IndicatorKey, QuarterTrend

# Calm colours that stay apart when printed grey; the first one is the team's blue.
PALETTE = ("#2f6f9f", "#e0a030", "#5a9a5a", "#b0504a", "#7a5aa0", "#3aa0a0", "#8a8a8a")
# Labels longer than this are shortened on the axis; the full text is in the tooltip.
AXIS_LABEL = 34


def _short(text: str) -> str:
    return text if len(text) <= AXIS_LABEL else text[: AXIS_LABEL - 1] + "…"


def _nice_max(value: float) -> tuple[float, int]:
    """An axis end at or above `value` with whole-number ticks: (maximum, tick count)."""
    top = max(1, int(value + 0.999999))
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000):
        if top / step <= 6:
            ticks = -(-top // step)
            return float(ticks * step), ticks + 1
    step = 10 ** len(str(top))
    return float(step), 2


def _new_chart() -> QChart:
    chart = QChart()
    chart.legend().hide()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class ChartCard(QFrame):
    """A titled frame around one chart, with a '?' that shows how it is computed."""

    help_requested = Signal(object)  # IndicatorKey
    picked = Signal(object, str)  # IndicatorKey, item key

    def __init__(self, key: IndicatorKey, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"chart_{key.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: bold;")
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setObjectName("definitionButton")
        self.help_button.setToolTip(self.tr("How this indicator is computed"))
        self.help_button.clicked.connect(lambda: self.help_requested.emit(self.key))
        self.view = QChartView(_new_chart())
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(230)
        self.empty = QLabel(self.tr("Nothing in this period."))
        self.empty.setStyleSheet("color: #777777;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    def chart(self) -> QChart:
        return self.view.chart()

    def clear(self) -> None:
        self._replace_chart(_new_chart(), False)

    def _replace_chart(self, chart: QChart, has_data: bool) -> None:
        old = self.view.chart()
        self.view.setChart(chart)
        old.deleteLater()
        self.view.setVisible(has_data)
        self.empty.setVisible(not has_data)


class BarCard(ChartCard):
    """Counts as bars: one set, or several side by side (requested and committed).

    Bars are horizontal when the labels are long words (municipalities, problem areas);
    clicking a bar emits `picked(key, item key)` when the chart is clickable."""

    def __init__(
        self,
        key: IndicatorKey,
        title: str,
        *,
        horizontal: bool = False,
        clickable: bool = True,
        value_format: str = "%d",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(key, title, parent)
        self.horizontal = horizontal
        self.clickable = clickable
        self.value_format = value_format
        self.item_keys: list[str] = []
        self.labels: list[str] = []
        self.sets: list[QBarSet] = []
        if clickable:
            self.view.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_data(
        self,
        items: Sequence[tuple[str, str]],
        series: Sequence[tuple[str, Sequence[float]]],
    ) -> None:
        """`items` are (item key, label) per category; `series` (name, values) per set."""
        self.item_keys = [key for key, _label in items]
        labels = [label for _key, label in items]
        self.labels = labels
        chart = _new_chart()
        bars = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        self.sets = []
        top = 0.0
        for index, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            bar_set.setBorderColor(QColor(PALETTE[index % len(PALETTE)]))
            # Horizontal bars list bottom-up: reverse, so the first item is on top.
            ordered = list(reversed(values)) if self.horizontal else list(values)
            bar_set.append([float(v) for v in ordered])
            bar_set.clicked.connect(self.pick)
            top = max([top, *(float(v) for v in values)])
            bars.append(bar_set)
            self.sets.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsFormat("@value")
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(bars)
        categories = QBarCategoryAxis()
        shown = list(reversed(labels)) if self.horizontal else labels
        categories.append([_short(label) for label in shown])
        # Qt elides category labels to "..." when it thinks space is short; ours are short.
        categories.setTruncateLabels(False)
        if not self.horizontal and len(shown) > 6:
            categories.setLabelsAngle(-45)
        values_axis = QValueAxis()
        maximum, ticks = _nice_max(top * 1.12)
        values_axis.setRange(0, maximum)
        values_axis.setTickCount(ticks)
        values_axis.setLabelFormat(self.value_format)
        if self.horizontal:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(categories)
        bars.attachAxis(values_axis)
        if len(series) > 1:
            chart.legend().show()
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view.setToolTip("\n".join(labels) if self.horizontal else "")
        self._replace_chart(chart, bool(items) and top > 0)

    def pick(self, index: int) -> None:
        """Bar `index` of a set was clicked (also what a test calls)."""
        if not self.clickable or not 0 <= index < len(self.item_keys):
            return
        position = len(self.item_keys) - 1 - index if self.horizontal else index
        self.picked.emit(self.key, self.item_keys[position])


class TrendCard(ChartCard):
    """Quarter trends as lines, one per problem area or bottleneck (the most frequent)."""

    MAX_LINES = 6

    def __init__(self, key: IndicatorKey, title: str, parent: QWidget | None = None) -> None:
        super().__init__(key, title, parent)
        self.lines: list[QLineSeries] = []

    def set_trends(self, trends: Sequence[QuarterTrend]) -> None:
        chosen = sorted(trends, key=lambda t: -sum(n for _q, n in t.per_quarter))
        chosen = chosen[: self.MAX_LINES]
        quarters: list[str] = []
        for trend in chosen:
            for quarter, _n in trend.per_quarter:
                if quarter not in quarters:
                    quarters.append(quarter)
        quarters.sort()
        chart = _new_chart()
        self.lines = []
        top = 0
        for index, trend in enumerate(chosen):
            per = dict(trend.per_quarter)
            line = QLineSeries()
            line.setName(_short(trend.label))
            line.setColor(QColor(PALETTE[index % len(PALETTE)]))
            line.setPointsVisible(True)
            for position, quarter in enumerate(quarters):
                line.append(float(position), float(per.get(quarter, 0)))
                top = max(top, per.get(quarter, 0))
            chart.addSeries(line)
            self.lines.append(line)
        categories = QBarCategoryAxis()
        categories.append(quarters)
        categories.setTruncateLabels(False)
        values_axis = QValueAxis()
        maximum, ticks = _nice_max(top * 1.12)
        values_axis.setRange(0, maximum)
        values_axis.setTickCount(ticks)
        values_axis.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        for line in self.lines:
            line.attachAxis(categories)
            line.attachAxis(values_axis)
        chart.legend().show()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self._replace_chart(chart, bool(self.lines) and top > 0)
