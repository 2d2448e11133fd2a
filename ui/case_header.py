"""The top of an open case: reference, status, lead time, escalation or closing result, and
the status actions the lifecycle allows this person now (asked of the service, never decided
here). Escalating, returning and closing open their own dialogs (ui.case_dialogs)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import CaseStatus, SuspensionReason
from expertteam_app.services.cases import CaseDetail, lead_time_exceeded
from expertteam_app.services.lifecycle import SUSPENDABLE, Route, Transition
from expertteam_app.services.roles import Permission, allows
from ui.case_dialogs import (
    CloseDialog,
    EscalationDialog,
    EscalationsDialog,
    ReturnDialog,
)
from ui.formatting import day, moment
from ui.i18n import current_language
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import ERROR_STYLE, WARNING_STYLE, DateField, EnumCombo
from ui.worker import Database, JobContext, Op


class ReasonDialog(QDialog):
    """Asks the reason (and the date) for a status change that needs one."""

    def __init__(
        self,
        title: str,
        *,
        needs_reason: bool,
        with_kind: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._needs_reason = needs_reason
        self.kind: EnumCombo[SuspensionReason] = EnumCombo(SuspensionReason)
        self.kind.setObjectName("suspensionKind")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("The reason goes into the file."))
        self.on = DateField()
        self.on.setObjectName("changeDate")
        self.on.set_value(date.today())
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        if with_kind:
            form.addRow(self.tr("Waiting for"), self.kind)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Date"), self.on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self._needs_reason and not self.reason.toPlainText().strip():
            self.message.setText(self.tr("Give a reason."))
            return
        if self.on.value() is None:
            self.message.setText(self.tr("Type the date as DD-MM-YYYY."))
            return
        self.accept()


def _transitions_op(case_id: int) -> Op:
    def op(ctx: JobContext) -> list[Transition]:
        from expertteam_app.services import lifecycle

        with ctx.unit_of_work(write=False) as uow:
            return lifecycle.available_transitions(uow, case_id)

    return op


def _move_op(case_id: int, transition: Transition, reason: str, on: date) -> Op:
    def op(ctx: JobContext) -> CaseDetail:
        from expertteam_app.services import lifecycle

        with ctx.unit_of_work() as uow:
            return lifecycle.change_status(uow, case_id, transition.target, reason=reason, on=on)

    return op


def _suspend_op(case_id: int, kind: SuspensionReason, reason: str, on: date) -> Op:
    def op(ctx: JobContext) -> CaseDetail:
        from expertteam_app.services import lifecycle

        with ctx.unit_of_work() as uow:
            return lifecycle.suspend_case(uow, case_id, kind, reason, on=on)

    return op


def _resume_op(case_id: int, on: date) -> Op:
    def op(ctx: JobContext) -> CaseDetail:
        from expertteam_app.services import lifecycle

        with ctx.unit_of_work() as uow:
            return lifecycle.resume_case(uow, case_id, on=on)

    return op


def _access_log_op(case_id: int) -> Op:
    def op(ctx: JobContext) -> list[Any]:
        from expertteam_app.services import access_log

        with ctx.unit_of_work() as uow:
            return access_log.for_case(uow, case_id)

    return op


class AccessLogDialog(QDialog):
    def __init__(self, reference: str, rows: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Access log of {reference}").format(reference=reference))
        language = current_language()
        table = QTableWidget(len(rows), 6)
        table.setObjectName("accessLogTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Role"),
                self.tr("Action"),
                self.tr("Outcome"),
                self.tr("Workstation"),
            ]
        )
        for r, row in enumerate(rows):
            values = [
                moment(row.occurred_at),
                row.member_name,
                row.member_role.label(language) if row.member_role else "",
                row.action.label(language) + (f" — {row.detail}" if row.detail else ""),
                row.outcome.label(language),
                row.workstation,
            ]
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(860, 480)


class CaseHeader(QWidget):
    changed = Signal(object)  # CaseDetail

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._info = info
        self.detail: CaseDetail | None = None
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("caseFacts")
        self.facts.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("caseState")
        self.state.setWordWrap(True)
        self.state.hide()
        self.warning = QLabel()
        self.warning.setObjectName("caseWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.action_row = QHBoxLayout()
        self.access_log = QPushButton(self.tr("Access log"))
        self.access_log.setObjectName("accessLogButton")
        self.access_log.setVisible(allows(info.role, Permission.ACCESS_LOG_READ))
        self.access_log.clicked.connect(self._show_access_log)
        self.escalations = QPushButton(self.tr("Escalations"))
        self.escalations.setObjectName("escalationsButton")
        self.escalations.hide()
        self.escalations.clicked.connect(self._show_escalations)
        self.dialog: QDialog | None = None  # the escalation or closing dialog now open
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.escalations)
        top.addWidget(self.access_log)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.state)
        layout.addWidget(self.warning)
        layout.addLayout(self.action_row)

    def show_case(self, detail: CaseDetail) -> None:
        self.detail = detail
        language = current_language()
        self.title.setText(f"{detail.reference} — {detail.young_person.display_name}")
        suspension = detail.active_suspension
        facts = [
            self.tr("Status: {status}").format(status=detail.status.label(language)),
            self.tr("registered {date}").format(date=day(detail.registered_on)),
            self.tr("lead time {days} days").format(days=detail.lead_time_days),
        ]
        if detail.owner_name:
            facts.append(self.tr("owner {name}").format(name=detail.owner_name))
        self.facts.setText(" · ".join(facts))
        state = self._state_text(detail, language)
        self.state.setText(state)
        self.state.setVisible(bool(state))
        self.escalations.setVisible(detail.escalation_count > 0)
        warnings = []
        if suspension is not None:
            warnings.append(
                self.tr("Suspended since {date}: {reason}").format(
                    date=day(suspension.started_on), reason=suspension.reason
                )
            )
        if lead_time_exceeded(detail, self._info.target_lead_time_weeks):
            warnings.append(
                self.tr("The lead time is past the team's target of {weeks} weeks.").format(
                    weeks=self._info.target_lead_time_weeks
                )
            )
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self._clear_actions()
        self._db.run(
            _transitions_op(detail.id),
            on_done=self._build_actions,
            on_error=lambda *_: None,
            owner=self,
        )

    def _state_text(self, detail: CaseDetail, language: str) -> str:
        """Where an escalated case is, or how a closed case ended."""
        escalation = detail.open_escalation
        if escalation is not None:
            return self.tr("Escalated to {to_whom} ({level}) since {date}").format(
                to_whom=escalation.to_whom,
                level=escalation.level.label(language),
                date=day(escalation.escalated_on),
            )
        if detail.status == CaseStatus.AFGESLOTEN:
            result = detail.closing_result_item
            if result is not None:
                text = self.tr("Closed on {date} with the result: {result}").format(
                    date=day(detail.closed_on), result=result.label
                )
            else:
                text = self.tr("Closed on {date}").format(date=day(detail.closed_on))
            return text + (f" — {detail.closing_result}" if detail.closing_result else "")
        return ""

    def _clear_actions(self) -> None:
        while self.action_row.count():
            item = self.action_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _build_actions(self, transitions: list[Transition]) -> None:
        detail = self.detail
        if detail is None:
            return
        self._clear_actions()
        language = current_language()
        for transition in transitions:
            button = QPushButton(transition.label(language))
            button.setObjectName(f"move_{transition.target.value}")
            button.clicked.connect(lambda _c=False, t=transition: self._move(t))
            self.action_row.addWidget(button)
        if allows(self._info.role, Permission.CASE_SUSPEND):
            if detail.active_suspension is not None:
                button = QPushButton(self.tr("Resume"))
                button.setObjectName("resumeButton")
                button.clicked.connect(self._resume)
                self.action_row.addWidget(button)
            elif detail.status in SUSPENDABLE:
                button = QPushButton(self.tr("Suspend…"))
                button.setObjectName("suspendButton")
                button.clicked.connect(self._suspend)
                self.action_row.addWidget(button)
        self.action_row.addStretch(1)

    def _move(self, transition: Transition) -> None:
        assert self.detail is not None
        language = current_language()
        if transition.route == Route.ESCALATION:
            if transition.target == CaseStatus.OPGESCHAALD:
                self._open(EscalationDialog(self._db, self._info, self.detail, self))
            else:
                back = transition.target.label(language)
                self._open(ReturnDialog(self._db, self._info, self.detail, back, self))
            return
        if transition.route == Route.CLOSING:
            self._open(CloseDialog(self._db, self._info, self.detail, self))
            return
        dialog = ReasonDialog(
            transition.label(current_language()), needs_reason=transition.needs_reason, parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        on = dialog.on.value() or date.today()
        self._db.run(
            _move_op(self.detail.id, transition, dialog.reason.toPlainText(), on),
            on_done=self._moved,
            on_error=self._failed,
        )

    def _open(self, dialog: EscalationDialog | ReturnDialog | CloseDialog) -> None:
        """Non-modal: the window goes on while the dialog waits; it closes itself when done."""
        dialog.moved.connect(self._moved)
        self.dialog = dialog
        dialog.open()

    def _suspend(self) -> None:
        assert self.detail is not None
        dialog = ReasonDialog(self.tr("Suspend"), needs_reason=True, with_kind=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._db.run(
            _suspend_op(
                self.detail.id,
                dialog.kind.value() or SuspensionReason.OTHER,
                dialog.reason.toPlainText(),
                dialog.on.value() or date.today(),
            ),
            on_done=self._moved,
            on_error=self._failed,
        )

    def _resume(self) -> None:
        assert self.detail is not None
        self._db.run(
            _resume_op(self.detail.id, date.today()), on_done=self._moved, on_error=self._failed
        )

    def _moved(self, detail: CaseDetail) -> None:
        self.show_case(detail)
        self.changed.emit(detail)

    def refresh(self, detail: CaseDetail) -> None:
        """The case changed elsewhere (issuing its advice moved it on): show it, tell the rest."""
        self._moved(detail)

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        if crash is None and error_text(exc):
            self.warning.setText(error_text(exc))
            self.warning.setStyleSheet(ERROR_STYLE)
            self.warning.show()
        else:
            show_error(self, exc, crash)

    def _show_access_log(self) -> None:
        if self.detail is None:
            return
        reference = self.detail.reference
        self._db.run(
            _access_log_op(self.detail.id),
            on_done=lambda rows: AccessLogDialog(reference, rows, self).open(),
            on_error=lambda exc, crash: show_error(self, exc, crash),
            owner=self,
        )

    def _show_escalations(self) -> None:
        if self.detail is not None:
            EscalationsDialog(self._db, self._info, self.detail, self).open()
