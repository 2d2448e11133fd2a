"""The Monitoring tab: the team's indicators over a period (and a municipality) as big
numbers and charts, how each is computed, the cases behind a bar, and the region's report.

The indicators are computed on the database worker; the screen shows every number (it is
for the team); only what leaves the team (the report) suppresses small cells, and the
screen says so. Clicking a bar lists the cases behind it for roles that may read cases.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.monitoring_views import (
    Count,
    Distribution,
    IndicatorKey,
    Indicators,
    MonitoringFilter,
)
from expertteam_app.services.roles import Permission, allows
from ui.formatting import day, euros, moment
from ui.i18n import current_language
from ui.messages import error_text, show_error
from ui.monitoring.cases_dialog import CaseLine, CasesBehindDialog
from ui.monitoring.charts import BarCard, ChartCard, TrendCard
from ui.session import SessionInfo
from ui.widgets import DateField, FieldMessage, SearchCombo
from ui.worker import Database, JobContext, Op


def this_year(today: date) -> tuple[date, date]:
    return date(today.year, 1, 1), date(today.year, 12, 31)


def last_year(today: date) -> tuple[date, date]:
    return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)


def last_quarter(today: date) -> tuple[date, date]:
    """The whole calendar quarter before the one `today` is in."""
    first_of_this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_of_this - timedelta(days=1)
    return date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end


def indicators_op(flt: MonitoringFilter, language: str) -> Op:
    def op(ctx: JobContext) -> Indicators:
        from expertteam_app.services import monitoring

        with ctx.unit_of_work() as uow:
            result: Indicators = monitoring.indicators(uow, flt, language=language)
        return result

    return op


def municipalities_op(ctx: JobContext) -> list[tuple[str, str]]:
    from expertteam_app.services import monitoring

    with ctx.unit_of_work() as uow:
        return [(m.code, m.label) for m in monitoring.municipalities_in_use(uow)]


def cases_behind_op(flt: MonitoringFilter, key: IndicatorKey, item_key: str) -> Op:
    def op(ctx: JobContext) -> list[CaseLine]:
        from expertteam_app.services import monitoring

        with ctx.unit_of_work() as uow:
            return monitoring.cases_behind_lines(uow, flt, key, item_key)

    return op


def export_op(flt: MonitoringFilter, pdf: Path | None, xlsx: Path | None, language: str) -> Op:
    def op(ctx: JobContext) -> list[Path]:
        from expertteam_app.services import monitoring_report

        with ctx.unit_of_work() as uow:
            paths: list[Path] = monitoring_report.export_report(
                uow, flt, pdf=pdf, xlsx=xlsx, language=language
            )
        return paths

    return op


def share_text(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def days_text(value: float | None) -> str:
    """Days with a decimal comma in Dutch; a median of an even count may end in ,5."""
    if value is None:
        return "–"
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if current_language() == "nl" else text


class FigureTile(QFrame):
    """One key figure: a big number and what it is."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setObjectName(f"figure_{name}")
        self.value.setStyleSheet("font-size: 22pt; font-weight: bold; color: #2f6f9f;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #444444;")
        self.detail = QLabel()
        self.detail.setObjectName(f"detail_{name}")
        self.detail.setStyleSheet("color: #777777;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class DefinitionsDialog(QDialog):
    """How every indicator is computed, in the window's language; non-modal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from expertteam_app.services.monitoring import DEFINITIONS

        self.setObjectName("monitoringDefinitions")
        self.setWindowTitle(self.tr("How the indicators are computed"))
        self.setModal(False)
        english = current_language() != "nl"
        parts = []
        for key, texts in DEFINITIONS.items():
            text = texts[1] if english else texts[0]
            parts.append(
                '<h3><a name="{key}"></a>{title}</h3><p>{text}</p>'.format(
                    key=key.value,
                    title=html.escape(indicator_title(key)),
                    text=html.escape(text).replace("\n", "<br>"),
                )
            )
        self.browser = QTextBrowser()
        self.browser.setObjectName("definitionsText")
        self.browser.setOpenLinks(False)
        self.browser.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def show_key(self, key: IndicatorKey) -> None:
        self.browser.scrollToAnchor(key.value)


def indicator_title(key: IndicatorKey) -> str:
    from PySide6.QtCore import QCoreApplication

    # Spelled out, not through a helper: lupdate only finds literal translate() calls.
    titles = {
        IndicatorKey.REGISTRATIONS_MONTH: QCoreApplication.translate(
            "MonitoringPage", "Registrations per month"
        ),
        IndicatorKey.REGISTRATIONS_MUNICIPALITY: QCoreApplication.translate(
            "MonitoringPage", "Registrations per municipality"
        ),
        IndicatorKey.REGISTRATIONS_REFERRER: QCoreApplication.translate(
            "MonitoringPage", "Registrations per referrer type"
        ),
        IndicatorKey.ADMISSIBILITY: QCoreApplication.translate("MonitoringPage", "Admissibility"),
        IndicatorKey.LEAD_TIME: QCoreApplication.translate(
            "MonitoringPage", "Lead time registration → advice"
        ),
        IndicatorKey.ADVICE_TO_START: QCoreApplication.translate(
            "MonitoringPage", "Time advice → start of care"
        ),
        IndicatorKey.ESCALATIONS: QCoreApplication.translate(
            "MonitoringPage", "Escalations per level"
        ),
        IndicatorKey.PROBLEM_AREAS: QCoreApplication.translate("MonitoringPage", "Problem areas"),
        IndicatorKey.BOTTLENECKS: QCoreApplication.translate("MonitoringPage", "Bottlenecks"),
        IndicatorKey.GOAL_OUTCOMES: QCoreApplication.translate("MonitoringPage", "Goal outcomes"),
        IndicatorKey.CASE_RESULTS: QCoreApplication.translate("MonitoringPage", "Case results"),
        IndicatorKey.FUNDING: QCoreApplication.translate(
            "MonitoringPage", "Funding per municipality"
        ),
        IndicatorKey.TRANSITION: QCoreApplication.translate("MonitoringPage", "18-/18+ transition"),
    }
    return titles.get(key, key.value)


def _items(counts: Sequence[Count]) -> list[tuple[str, str]]:
    return [(c.key, c.label) for c in counts]


def _values(counts: Sequence[Count]) -> list[float]:
    return [float(c.count) for c in counts]


class MonitoringPage(QWidget):
    """Filters, key figures, charts; Definitions, Export report…"""

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        open_case: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("monitoringPage")
        self._db = db
        self.info = info
        self._open_case = open_case
        self.may_read_cases = allows(info.role, Permission.CASE_READ)
        self.may_export = allows(info.role, Permission.CASE_EXPORT)
        self.indicators: Indicators | None = None
        self.shown_filter: MonitoringFilter | None = None
        self._generation = 0
        self.cases_dialog: CasesBehindDialog | None = None
        self.definitions: DefinitionsDialog | None = None

        # --- filters ---------------------------------------------------------------------
        self.from_field = DateField()
        self.from_field.setObjectName("periodFrom")
        self.to_field = DateField()
        self.to_field.setObjectName("periodTo")
        self.municipality = SearchCombo()
        self.municipality.setObjectName("monitoringMunicipality")
        self.municipality.setMinimumWidth(200)
        self.municipality.set_items([], empty=self.tr("All municipalities"))
        self.compute_button = QPushButton(self.tr("Show"))
        self.compute_button.setObjectName("computeIndicators")
        self.compute_button.setDefault(True)
        self.presets: dict[str, QPushButton] = {}
        today = date.today()
        for name, text, period in (
            ("thisYear", self.tr("This year"), this_year(today)),
            ("lastYear", self.tr("Last year"), last_year(today)),
            ("lastQuarter", self.tr("Last quarter"), last_quarter(today)),
        ):
            button = QPushButton(text)
            button.setObjectName(f"preset_{name}")
            button.setFlat(True)
            button.setStyleSheet("color: #2f6f9f; text-decoration: underline;")
            button.clicked.connect(lambda _c=False, p=period: self.set_period(*p, compute=True))
            self.presets[name] = button
        self.definitions_button = QPushButton(self.tr("Definitions…"))
        self.definitions_button.setObjectName("monitoringDefinitionsButton")
        self.definitions_button.clicked.connect(lambda: self.show_definitions(None))
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setObjectName("exportMonitoringReport")
        self.export_button.setVisible(self.may_export)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_report)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Period")))
        filters.addWidget(self.from_field)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.to_field)
        for button in self.presets.values():
            filters.addWidget(button)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Municipality")))
        filters.addWidget(self.municipality)
        filters.addWidget(self.compute_button)
        filters.addStretch(1)
        filters.addWidget(self.definitions_button)
        filters.addWidget(self.export_button)

        self.message = FieldMessage()
        self.message.setObjectName("monitoringMessage")
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("monitoringProgress")
        self.progress.setRange(0, 0)  # busy: the service does not count its steps
        self.progress.setMaximumHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("monitoringStatus")
        self.status.setStyleSheet("color: #555555;")
        self.note = QLabel()
        self.note.setObjectName("suppressionNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")

        # --- key figures -----------------------------------------------------------------
        self.tiles: dict[str, FigureTile] = {}
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for position, (name, caption) in enumerate(
            (
                ("registrations", self.tr("registrations")),
                ("admissibility", self.tr("admissible (of decided)")),
                ("leadMedian", self.tr("days to advice, median")),
                ("leadP90", self.tr("days to advice, 90th percentile")),
                ("withinTarget", self.tr("advice within the target")),
                ("startedOnTime", self.tr("care started on time")),
                ("escalations", self.tr("escalations")),
                ("bigFive", self.tr("18-/18+: big five arranged")),
            )
        ):
            tile = FigureTile(name, caption)
            self.tiles[name] = tile
            tiles.addWidget(tile, position // 4, position % 4)

        # --- charts ----------------------------------------------------------------------
        K = IndicatorKey
        clickable = self.may_read_cases
        self.charts: dict[str, ChartCard] = {}

        def bar(name: str, key: IndicatorKey, **options: Any) -> BarCard:
            card = BarCard(key, indicator_title(key), clickable=clickable, **options)
            self.charts[name] = card
            return card

        bar("registrations_month", K.REGISTRATIONS_MONTH)
        bar("registrations_municipality", K.REGISTRATIONS_MUNICIPALITY, horizontal=True)
        bar("registrations_referrer", K.REGISTRATIONS_REFERRER, horizontal=True)
        bar("admissibility", K.ADMISSIBILITY)
        bar("lead_time", K.LEAD_TIME)
        bar("advice_to_start", K.ADVICE_TO_START)
        bar("escalations", K.ESCALATIONS)
        outcomes = BarCard(
            K.ESCALATIONS, self.tr("Escalation outcomes"), horizontal=True, clickable=clickable
        )
        self.charts["escalation_outcomes"] = outcomes
        bar("problem_areas", K.PROBLEM_AREAS, horizontal=True)
        bar("bottlenecks", K.BOTTLENECKS, horizontal=True)
        self.charts["problem_area_trend"] = TrendCard(
            K.PROBLEM_AREAS, self.tr("Problem areas per quarter")
        )
        self.charts["bottleneck_trend"] = TrendCard(
            K.BOTTLENECKS, self.tr("Bottlenecks per quarter")
        )
        bar("goal_outcomes", K.GOAL_OUTCOMES)
        bar("case_results", K.CASE_RESULTS, horizontal=True)
        bar("funding", K.FUNDING, horizontal=True, value_format="€ %.0f")
        bar("transition", K.TRANSITION)
        grid = QGridLayout()
        grid.setSpacing(10)
        for position, card in enumerate(self.charts.values()):
            card.help_requested.connect(self.show_definitions)
            if isinstance(card, BarCard):
                card.picked.connect(self.show_cases_behind)
            grid.addWidget(card, position // 2, position % 2)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(tiles)
        content_layout.addLayout(grid)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        layout.addLayout(status_row)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)

        self.compute_button.clicked.connect(self.refresh)
        self.from_field.returnPressed.connect(self.refresh)
        self.to_field.returnPressed.connect(self.refresh)
        self.set_period(*this_year(today), compute=False)
        self._loaded_municipalities = False
        self._computing = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # First shown, or shown again after the window was locked: load what is missing.
        if not self._loaded_municipalities:
            self._loaded_municipalities = True
            self._db.run(municipalities_op, on_done=self._municipalities_loaded, owner=self)
        if self.indicators is None and not self._computing:
            self.refresh()

    # --- filters ---------------------------------------------------------------------------

    def set_period(self, start: date, end: date, *, compute: bool) -> None:
        self.from_field.set_value(start)
        self.to_field.set_value(end)
        if compute:
            self.refresh()

    def _municipalities_loaded(self, items: list[tuple[str, str]]) -> None:
        chosen = self.municipality.value()
        self.municipality.set_items(
            [(name, code) for code, name in items], empty=self.tr("All municipalities")
        )
        if chosen:
            self.municipality.set_value(chosen)

    def current_filter(self) -> MonitoringFilter | None:
        """The filter as typed, or None (with a message) when it cannot be used."""
        start, end = self.from_field.value(), self.to_field.value()
        if start is None or end is None:
            self.message.show_text(self.tr("Type both dates of the period as DD-MM-YYYY."))
            return None
        if end < start:
            self.message.show_text(self.tr("The period ends before it starts."))
            return None
        code = self.municipality.value()
        if code is None:
            self.message.show_text(self.tr("Choose a municipality from the list, or all."))
            return None
        self.message.show_text("")
        return MonitoringFilter(start, end, str(code) or None)

    # --- computing -------------------------------------------------------------------------

    def refresh(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        self._generation += 1
        generation = self._generation
        self._computing = True
        self.progress.show()
        self.compute_button.setEnabled(False)
        self.status.setText(self.tr("Computing the indicators…"))
        self._db.run(
            indicators_op(flt, current_language()),
            on_done=lambda result: self._computed(generation, result),
            on_error=lambda exc, crash: self._failed(generation, exc, crash),
            owner=self,
        )

    def _failed(self, generation: int, exc: BaseException, crash: str | None) -> None:
        if generation != self._generation:
            return
        self._computing = False
        self.progress.hide()
        self.compute_button.setEnabled(True)
        self.status.setText("")
        if crash is not None:
            show_error(self, exc, crash)
        else:
            self.message.show_text(error_text(exc))

    def _computed(self, generation: int, result: Indicators) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        self._computing = False
        self.progress.hide()
        self.compute_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.show_indicators(result)

    def show_indicators(self, ind: Indicators) -> None:
        """Fill the figures and charts (also what a test may call with a hand-made set)."""
        self.indicators = ind
        self.shown_filter = ind.filter
        flt = ind.filter
        where = self.municipality.currentText() if flt.municipality_code else ""
        self.status.setText(
            self.tr("{start} to {end}{where}; computed {moment}").format(
                start=day(flt.period_from),
                end=day(flt.period_to),
                where=(", " + where) if where else "",
                moment=moment(ind.computed_at),
            )
        )
        self.note.setText(
            self.tr(
                "This screen is for the team and shows every number. The report for the region hides numbers below {threshold} (small-cell rule) and shows medians only for groups of at least {threshold} cases."
            ).format(threshold=ind.threshold)
        )
        registrations = sum(c.count for c in ind.registrations_per_month)
        decided = ind.admissible + ind.not_admissible
        lead, start = ind.lead_time_to_advice, ind.advice_to_start
        of = self.tr("{part} of {whole}")
        self.tiles["registrations"].set(str(registrations))
        self.tiles["admissibility"].set(
            share_text(ind.admissibility_rate), of.format(part=ind.admissible, whole=decided)
        )
        cases_text = self.tr("{count} cases")
        self.tiles["leadMedian"].set(
            days_text(lead.median_days), cases_text.format(count=lead.count)
        )
        self.tiles["leadP90"].set(days_text(lead.p90_days), cases_text.format(count=lead.count))
        self.tiles["withinTarget"].set(
            share_text(lead.within_target_share),
            self.tr("{part} of {whole}, target {weeks} weeks").format(
                part=lead.within_target, whole=lead.count, weeks=ind.target_lead_time_weeks
            ),
        )
        self.tiles["startedOnTime"].set(
            share_text(start.within_target_share),
            self.tr("{part} of {whole} care items").format(
                part=start.within_target, whole=start.count
            ),
        )
        self.tiles["escalations"].set(str(sum(c.count for c in ind.escalations_per_level)))
        self.tiles["bigFive"].set(
            of.format(part=ind.transition_big_five_arranged, whole=ind.transition_window),
            self.tr("young people in the 18-/18+ window"),
        )
        self._fill_charts(ind)

    def _fill_charts(self, ind: Indicators) -> None:
        c = self.charts
        number = self.tr("Cases")

        def counts(name: str, values: Sequence[Count]) -> None:
            card = c[name]
            assert isinstance(card, BarCard)
            card.set_data(_items(values), [(number, _values(values))])

        counts("registrations_month", ind.registrations_per_month)
        counts("registrations_municipality", ind.registrations_per_municipality)
        counts("registrations_referrer", ind.registrations_per_referrer_type)
        admissibility = c["admissibility"]
        assert isinstance(admissibility, BarCard)
        admissibility.set_data(
            [
                ("admissible", self.tr("Admissible")),
                ("not_admissible", self.tr("Not admissible")),
            ],
            [(number, [ind.admissible, ind.not_admissible])],
        )
        self._distribution("lead_time", ind.lead_time_to_advice, self.tr("Within the target"))
        self._distribution("advice_to_start", ind.advice_to_start, self.tr("Started on time"))
        counts("escalations", ind.escalations_per_level)
        counts("escalation_outcomes", ind.escalation_outcomes)
        counts("problem_areas", ind.problem_areas)
        counts("bottlenecks", ind.bottlenecks)
        for name, trends in (
            ("problem_area_trend", ind.problem_area_trend),
            ("bottleneck_trend", ind.bottleneck_trend),
        ):
            card = c[name]
            assert isinstance(card, TrendCard)
            card.set_trends(trends)
        counts("goal_outcomes", ind.goal_outcomes)
        counts("case_results", ind.case_results)
        funding = c["funding"]
        assert isinstance(funding, BarCard)
        funding.set_data(
            [(row.municipality_code, row.municipality) for row in ind.funding],
            [
                (self.tr("Requested"), [row.requested_cents / 100 for row in ind.funding]),
                (self.tr("Committed"), [row.committed_cents / 100 for row in ind.funding]),
            ],
        )
        lines = []
        for row in ind.funding:
            requested = euros(Decimal(row.requested_cents) / 100)
            committed = euros(Decimal(row.committed_cents) / 100)
            lines.append(f"{row.municipality}: {requested} / {committed}")
        funding.view.setToolTip("\n".join(lines))
        transition = c["transition"]
        assert isinstance(transition, BarCard)
        transition.set_data(
            [
                ("window", self.tr("In the 18-/18+ window")),
                ("arranged", self.tr("Big five arranged")),
            ],
            [(number, [ind.transition_window, ind.transition_big_five_arranged])],
        )

    def _distribution(self, name: str, dist: Distribution, within: str) -> None:
        card = self.charts[name]
        assert isinstance(card, BarCard)
        card.set_data(
            [("within_target", within), ("over_target", self.tr("Later"))],
            [(self.tr("Cases"), [dist.within_target, dist.count - dist.within_target])],
        )

    # --- cases behind a bar ----------------------------------------------------------------

    def show_cases_behind(self, key: IndicatorKey, item_key: str) -> None:
        if not self.may_read_cases or self.shown_filter is None:
            return
        flt = self.shown_filter
        title = indicator_title(key)
        label = self._label_of(key, item_key)
        heading = f"{title}: {label}" if label else title
        self._db.run(
            cases_behind_op(flt, key, item_key),
            on_done=lambda rows: self._cases_loaded(heading, rows),
            on_error=lambda exc, crash: show_error(self, exc, crash),
            owner=self,
        )

    def _label_of(self, key: IndicatorKey, item_key: str) -> str:
        for card in self.charts.values():
            if isinstance(card, BarCard) and card.key == key and item_key in card.item_keys:
                axis_labels = card.labels
                return axis_labels[card.item_keys.index(item_key)]
        return item_key

    def _cases_loaded(self, heading: str, rows: list[CaseLine]) -> None:
        if self.cases_dialog is not None:
            self.cases_dialog.close()
        self.cases_dialog = CasesBehindDialog(heading, rows, self._open_case, self)
        self.cases_dialog.destroyed.connect(lambda: setattr(self, "cases_dialog", None))
        self.cases_dialog.show()

    # --- definitions and export ------------------------------------------------------------

    def show_definitions(self, key: IndicatorKey | None) -> None:
        if self.definitions is None:
            self.definitions = DefinitionsDialog(self)
        self.definitions.show()
        if key is not None:
            self.definitions.show_key(key)

    def export_report(self) -> None:
        flt = self.shown_filter
        if flt is None or not self.may_export:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("monitoring {start} {end}").format(
            start=flt.period_from.isoformat(), end=flt.period_to.isoformat()
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the monitoring report"),
            str(Path(folder) / (name + ".pdf")),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        pdf = Path(chosen)
        if pdf.suffix.lower() != ".pdf":
            pdf = pdf.with_name(pdf.name + ".pdf")
        # The workbook goes beside the PDF: the region asks for both.
        xlsx = pdf.with_suffix(".xlsx")
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing the report…"))
        self._db.run(
            export_op(flt, pdf, xlsx, current_language()),
            on_done=self._exported,
            on_error=self._export_failed,
            owner=self,
        )

    def _exported(self, paths: list[Path]) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("Report written: {files}").format(files=", ".join(str(p) for p in paths))
        )

    def _export_failed(self, exc: BaseException, crash: str | None) -> None:
        self.export_button.setEnabled(True)
        self.status.setText("")
        show_error(self, exc, crash)

    def clear(self) -> None:
        """On locking: forget the figures and close the case list."""
        self._generation += 1
        self._computing = False
        self.progress.hide()
        self.compute_button.setEnabled(True)
        self.indicators = None
        self.shown_filter = None
        self.export_button.setEnabled(False)
        if self.definitions is not None:
            self.definitions.close()
        if self.cases_dialog is not None:
            self.cases_dialog.close()
        for tile in self.tiles.values():
            tile.set("–")
        for card in self.charts.values():
            card.clear()
        self.status.setText("")
