"""The funding overview window: requested and committed per municipality per year, the open
requests by age, and export to CSV or Excel (for who may export). Aggregates only: no case
is shown, so opening it writes no access-log entry; an export does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services import funding_overview
from expertteam_app.services.funding_overview import FundingOverview, Totals
from expertteam_app.services.roles import Permission, allows
from ui.admin.base import action_button, make_table
from ui.formatting import day, euros
from ui.funding.models import TOTAL, FigureModel, Row, fit_rows, shape_table
from ui.i18n import current_language
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import ERROR_STYLE
from ui.worker import Database, JobContext


def ask_export_path(parent: QWidget, fmt: str, suggested_name: str) -> Path | None:
    """Where to save the export (.csv or .xlsx); None when the person cancels."""
    suffix = ".csv" if fmt == "csv" else ".xlsx"
    kind = (
        QCoreApplication.translate("FundingOverviewWindow", "CSV files (*.csv)")
        if fmt == "csv"
        else QCoreApplication.translate("FundingOverviewWindow", "Excel workbooks (*.xlsx)")
    )
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FundingOverviewWindow", "Export the funding overview"),
        str(Path(folder) / (suggested_name + suffix)),
        kind,
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _figures(t: Totals) -> tuple[str, ...]:
    return (
        str(t.requests),
        euros(t.requested),
        euros(t.committed),
        str(t.refused),
        str(t.open_count),
        euros(t.open_amount),
    )


class FundingOverviewWindow(QDialog):
    """Non-modal: it stays open beside the main window and refreshes when shown again."""

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fundingOverview")
        self.setWindowTitle(self.tr("Funding overview"))
        self.setModal(False)
        self._db = db
        self.info = info
        self.may_export = allows(info.role, Permission.CASE_EXPORT)
        self.overview: FundingOverview | None = None
        self.loaded = False
        self._busy = 0
        self.last_export: Path | None = None

        heading = QLabel(self.tr("Funding per municipality per year"))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        note = QLabel(
            self.tr(
                "Per municipality asked to fund, per calendar year of the request date. Open: requested or disputed; the open amount is what is requested and not yet committed."
            )
        )
        note.setWordWrap(True)
        self.model = FigureModel(
            [
                self.tr("Municipality"),
                self.tr("Year"),
                self.tr("Requests"),
                self.tr("Requested"),
                self.tr("Committed"),
                self.tr("Refused"),
                self.tr("Open"),
                self.tr("Open amount"),
            ],
            right=range(1, 8),
            parent=self,
        )
        self.table = make_table(self.model, "overviewTable")
        shape_table(self.table, 0)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals = QLabel()
        self.totals.setObjectName("overviewTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ages_heading = QLabel()
        self.ages_heading.setFont(font)
        self.ages_model = FigureModel(
            [self.tr("Age"), self.tr("Open requests"), self.tr("Open amount")],
            right=(1, 2),
            parent=self,
        )
        self.ages = make_table(self.ages_model, "ageTable")
        self.ages.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        shape_table(self.ages, 0)

        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.refresh_button = action_button(self.tr("Refresh"), "refreshOverview")
        self.csv_button = action_button(self.tr("Export CSV…"), "exportCsv")
        self.xlsx_button = action_button(self.tr("Export Excel…"), "exportXlsx")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeOverview")
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.close_button.clicked.connect(self.close)
        for button in (self.csv_button, self.xlsx_button):
            button.setVisible(self.may_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addSpacing(6)
        layout.addWidget(self.ages_heading)
        layout.addWidget(self.ages)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(900, 620)
        self.update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded and not self._busy:
            self.refresh()

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        def op(ctx: JobContext) -> FundingOverview:
            with ctx.unit_of_work(write=False) as uow:
                return funding_overview.funding_overview(uow)

        self._run(op, self.show_overview)

    def show_overview(self, overview: FundingOverview) -> None:
        self.overview = overview
        language = current_language()
        rows = [
            Row(
                (r.municipality.code, r.year),
                (r.municipality.label or r.municipality.code, str(r.year), *_figures(r.totals)),
            )
            for r in overview.rows
        ]
        rows.append(Row(TOTAL, (self.tr("Total"), "", *_figures(overview.totals))))
        self.model.set_rows(rows)
        t = overview.totals
        self.totals.setText(
            self.tr(
                "{requests} requests: requested {requested}, committed {committed}; {refused} refused; {open} open for {open_amount}."
            ).format(
                requests=t.requests,
                requested=euros(t.requested),
                committed=euros(t.committed),
                refused=t.refused,
                open=t.open_count,
                open_amount=euros(t.open_amount),
            )
        )
        self.ages_heading.setText(
            self.tr("Open requests by age (days since the request date, on {on})").format(
                on=day(overview.on)
            )
        )
        ages = [
            Row(b.low, (b.label(language), str(b.count), euros(b.amount))) for b in overview.by_age
        ]
        ages.append(
            Row(TOTAL, (self.tr("Total"), str(overview.open_count), euros(overview.open_amount)))
        )
        self.ages_model.set_rows(ages)
        fit_rows(self.ages, len(ages))
        self.loaded = True

    # --- export -----------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        if not self.may_export or self._busy:
            return
        name = self.tr("funding-overview")
        path = ask_export_path(self, fmt, name)
        if path is None:
            return
        language = current_language()

        def op(ctx: JobContext) -> Path:
            with ctx.unit_of_work() as uow:
                return funding_overview.export_overview(
                    uow,
                    path,
                    "csv" if fmt == "csv" else "xlsx",
                    language=language,
                )

        def done(written: Path) -> None:
            self.last_export = written
            self._say(self.tr("Saved: {path}").format(path=str(written)))

        self._say(self.tr("Exporting…"))
        self._run(op, done)

    # --- running ----------------------------------------------------------------------------

    def update_actions(self) -> None:
        idle = not self._busy
        self.refresh_button.setEnabled(idle)
        self.csv_button.setEnabled(idle and self.may_export)
        self.xlsx_button.setEnabled(idle and self.may_export)

    def _run(self, op: Any, on_done: Any) -> None:
        self._busy += 1
        self.update_actions()

        def done(result: Any) -> None:
            self._busy -= 1
            self.update_actions()
            on_done(result)

        def failed(exc: BaseException, crash: str | None) -> None:
            self._busy -= 1
            self.update_actions()
            text = error_text(exc) if crash is None else ""
            if text:
                self._say(text, error=True)
            else:
                self._say("")
                show_error(self, exc, crash)

        self._db.run(op, on_done=done, on_error=failed, owner=self)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")


def open_funding_overview(
    parent: QWidget, db: Database, info: SessionInfo
) -> FundingOverviewWindow:
    """Open the overview beside `parent`, or bring the open one forward and refresh it."""
    window = parent.findChild(FundingOverviewWindow, "fundingOverview")
    if isinstance(window, FundingOverviewWindow):
        window.info = info
        window.show()
        window.raise_()
        window.activateWindow()
        window.refresh()
        return window
    window = FundingOverviewWindow(db, info, parent)
    window.show()
    return window
