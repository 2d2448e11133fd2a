"""The most recent entries of the access log (NEN 7513 review), and verifying its chain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.roles import Permission, allows
from ui.admin.base import AdminDialog, action_button, make_table
from ui.admin.table_model import Row, RowsModel
from ui.formatting import moment
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import ERROR_STYLE
from ui.worker import Database, JobContext

if TYPE_CHECKING:
    from expertteam_app.services.audit import AccessLogRow, ChainReport

OK_STYLE = "color: #1b5e20;"


def _recent_op(ctx: JobContext) -> list[AccessLogRow]:
    from expertteam_app.services import access_log

    with ctx.unit_of_work(write=False) as uow:
        return access_log.recent(uow)


def _verify_op(ctx: JobContext) -> ChainReport:
    from expertteam_app.services import access_log

    with ctx.unit_of_work() as uow:
        return access_log.verify(uow)


class RecentAccessLogDialog(AdminDialog):
    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.setWindowTitle(self.tr("Access log"))
        self.model = RowsModel(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Role"),
                self.tr("Action"),
                self.tr("Case"),
                self.tr("Outcome"),
                self.tr("Workstation"),
                self.tr("Detail"),
            ],
            self,
        )
        self.table = make_table(self.model, "accessLogTable")
        self.explain = QLabel(self.tr("The most recent entries, newest first."))
        self.refresh_button = action_button(self.tr("Refresh"), "refreshLog")
        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button = action_button(self.tr("Verify chain"), "verifyChain")
        self.verify_button.setToolTip(
            self.tr(
                "Recomputes every entry's link to the one before, to show that nothing was "
                "removed or changed."
            )
        )
        self.verify_button.setVisible(allows(info.role, Permission.AUDIT_VERIFY))
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.explain, 1)
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(1000, 560)
        self.update_actions()
        self.refresh()

    def update_actions(self) -> None:
        self.refresh_button.setEnabled(not self.busy)
        self.verify_button.setEnabled(not self.busy)

    def refresh(self) -> None:
        self.run_job(_recent_op, self._show)

    def _show(self, entries: list[AccessLogRow]) -> None:
        language = current_language()
        self.model.set_rows(
            [
                Row(
                    e.id,
                    (
                        moment(e.occurred_at),
                        e.member_name,
                        e.member_role.label(language) if e.member_role else "",
                        e.action.label(language),
                        e.case_reference,
                        e.outcome.label(language),
                        e.workstation,
                        e.detail,
                    ),
                )
                for e in entries
            ]
        )
        self.table.resizeColumnsToContents()

    def verify(self) -> None:
        self.verify_result.clear()
        self.message.show_text("")
        self.run_job(_verify_op, self._verified)

    def _verified(self, report: ChainReport) -> None:
        if report.ok:
            self.verify_result.setStyleSheet(OK_STYLE)
            self.verify_result.setText(
                self.tr("Verified: the chain is unbroken ({count} entries).").format(
                    count=report.entries
                )
            )
        else:
            problem = report.problem_en if current_language() == "en" else report.problem_nl
            self.verify_result.setStyleSheet(ERROR_STYLE)
            text = self.tr("The chain is broken: {problem}").format(problem=problem)
            self.verify_result.setText(text)
        self.refresh()  # verifying is itself logged
