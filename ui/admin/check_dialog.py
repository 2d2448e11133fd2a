"""Check the database: encryption, structure, references, schema, access log, keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.admin.base import AdminDialog, action_button
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import ERROR_STYLE
from ui.worker import Database, JobContext

if TYPE_CHECKING:
    from expertteam_app.services.maintenance import Finding

OK_COLOUR = "#1b5e20"
FAULT_COLOUR = "#b00020"


def _check_op(ctx: JobContext) -> list[Finding]:
    from expertteam_app.services import maintenance

    with ctx.unit_of_work() as uow:
        return maintenance.check_database(uow)


class CheckDialog(AdminDialog):
    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.setWindowTitle(self.tr("Check the database"))
        self.findings: list[Finding] = []
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("findingsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Result"), self.tr("Finding")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.again_button = action_button(self.tr("Check again"), "checkAgain")
        self.again_button.clicked.connect(self.check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 340)
        self.check()

    def update_actions(self) -> None:
        self.again_button.setEnabled(not self.busy)

    def check(self) -> None:
        self.message.show_text("")
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking the database… This can take a minute."))
        self.table.setRowCount(0)
        self.run_job(_check_op, self._show, self._failed)

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        self.summary.setText("")
        self.show_failure(exc, crash)

    def _show(self, findings: list[Finding]) -> None:
        self.findings = findings
        language = current_language()
        self.table.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            result = QTableWidgetItem(self.tr("ok") if finding.ok else self.tr("error"))
            result.setForeground(QBrush(QColor(OK_COLOUR if finding.ok else FAULT_COLOUR)))
            self.table.setItem(row, 0, result)
            self.table.setItem(row, 1, QTableWidgetItem(finding.text(language)))
        faults = sum(not f.ok for f in findings)
        if faults:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr(
                    "Checks that found a problem: {count}. Make a backup of the files as "
                    "they are and ask your IT support for help."
                ).format(count=faults)
            )
        else:
            self.summary.setText(self.tr("All checks passed."))
