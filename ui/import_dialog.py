"""Importing the team's Excel register from the window: progress, cancel, and the report of
rejected rows in a table that can be saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.register_import import ImportReport, RowProblem
from ui.i18n import current_language
from ui.messages import error_text, show_error
from ui.widgets import ERROR_STYLE
from ui.worker import Database, JobContext, JobHandle, Op

Index = QModelIndex | QPersistentModelIndex


class ReportModel(QAbstractTableModel):
    """Rejected rows first, then warnings: row, column, value, reason, kind."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[RowProblem, bool]] = []
        self._headers = [
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Value"),
            self.tr("Problem"),
            self.tr("Kind"),
        ]

    def set_report(self, report: ImportReport | None) -> None:
        self.beginResetModel()
        self._rows = (
            []
            if report is None
            else [(p, True) for p in report.problems] + [(w, False) for w in report.warnings]
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 5
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem, rejected = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            reason = problem.en if current_language() == "en" else problem.nl
            kind = self.tr("rejected") if rejected else self.tr("warning")
            return [str(problem.row), problem.column, problem.value, reason, kind][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and rejected:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#b00020"))
        return None


def _import_op(path: Path, accept_valid: bool) -> Op:
    def op(ctx: JobContext) -> ImportReport:
        from expertteam_app.services import register_import

        with ctx.unit_of_work() as uow:
            return register_import.import_register(
                uow, path, accept_valid=accept_valid, progress=ctx.report, cancelled=ctx.cancelled
            )

    return op


def _save_report_op(report: ImportReport, target: Path, language: str) -> Op:
    def op(ctx: JobContext) -> Path:
        from expertteam_app.services import register_import

        register_import.write_report_csv(report, target, language)
        return target

    return op


class ImportDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._job: JobHandle | None = None
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import register"))

        intro = QLabel(
            self.tr(
                "Import the team's register from Excel (.xlsx) or CSV, in the layout of the template "
                "(`expertteam template`). Every row is checked first; by default nothing is imported "
                "when a row is rejected."
            )
        )
        intro.setWordWrap(True)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("importFile")
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("chooseFile")
        self.accept_valid = QCheckBox(self.tr("Import the valid rows and report the rest"))
        self.accept_valid.setObjectName("acceptValid")
        self.start_button = QPushButton(self.tr("Import"))
        self.start_button.setObjectName("startImport")
        self.start_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.model = ReportModel(self)
        self.table = QTableView()
        self.table.setObjectName("importReport")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.hide()
        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.setObjectName("saveReport")
        self.save_button.hide()
        self.close_button = QPushButton(self.tr("Close"))

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.accept_valid)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.resize(820, 520)

        self.choose_button.clicked.connect(self._choose)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        self.save_button.clicked.connect(self._save_report)
        self.close_button.clicked.connect(self.reject)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the register"),
            str(Path.home()),
            self.tr("Register (*.xlsx *.csv *.txt)"),
        )
        if chosen:
            self.set_file(Path(chosen))

    def set_file(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self.start_button.setEnabled(True)

    def start(self) -> None:
        if self.path is None or self._job is not None:
            return
        self.report = None
        self.model.set_report(None)
        self.table.hide()
        self.save_button.hide()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking and importing…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        for widget in (self.start_button, self.choose_button, self.accept_valid, self.close_button):
            widget.setEnabled(False)
        self._job = self._db.run(
            _import_op(self.path, self.accept_valid.isChecked()),
            on_done=self._finished,
            on_error=self._failed,
            progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def _idle(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        for widget in (self.start_button, self.choose_button, self.accept_valid, self.close_button):
            widget.setEnabled(True)

    def _finished(self, report: ImportReport) -> None:
        self._idle()
        self.report = report
        self.model.set_report(report)
        has_rows = bool(report.problems or report.warnings)
        self.table.setVisible(has_rows)
        self.save_button.setVisible(has_rows)
        if report.committed:
            self.summary.setStyleSheet("")
            self.summary.setText(
                self.tr(
                    "{imported} case(s) imported from {file}; {rejected} row(s) rejected, {warnings} warning(s)."
                ).format(
                    imported=report.imported,
                    file=report.file_name,
                    rejected=report.rejected_rows,
                    warnings=len(report.warnings),
                )
            )
        else:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr(
                    "Nothing was imported: {rejected} of {rows} row(s) were rejected. Correct them in the file, "
                    "or tick the option above to import only the valid rows."
                ).format(rejected=report.rejected_rows, rows=report.rows_read)
            )

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        self._idle()
        if crash is not None:
            show_error(self, exc, crash)
            return
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(error_text(exc))

    def _save_report(self) -> None:
        if self.report is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            str(Path.home() / "importrapport.csv"),
            self.tr("CSV (*.csv)"),
        )
        if not target:
            return
        self._db.run(
            _save_report_op(self.report, Path(target), current_language()),
            on_done=lambda path: self.summary.setText(
                self.summary.text() + "\n" + self.tr("Report saved: {path}").format(path=path)
            ),
            on_error=lambda exc, crash: show_error(self, exc, crash),
            owner=self,
        )

    def reject(self) -> None:
        if self._job is not None:
            return  # finish or cancel the import first
        super().reject()
