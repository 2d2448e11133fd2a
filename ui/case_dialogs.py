"""The dialogs behind the case header's escalation and closing buttons: escalate (level,
date, to whom, reason), return from escalation (date, outcome), close (result from the
team's list, note, date), and the case's escalations so far.

Each dialog runs its service call on the database worker and stays open with the
service's message under the field when something is missing or refused; on success it
emits `moved` with the fresh CaseDetail and closes. They are opened with `open()`, never
`exec()`: the window keeps running while a dialog waits.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import EscalationLevel
from expertteam_app.services.cases import CaseDetail
from ui.admin.base import AdminDialog, make_table, with_message
from ui.admin.table_model import Row, RowsModel
from ui.formatting import day
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import DateField, EnumCombo, FieldMessage
from ui.worker import Database, JobContext, Op

if TYPE_CHECKING:
    from expertteam_app.services.cases import Coded
    from expertteam_app.services.escalation import EscalationView


def _escalate_op(case_id: int, level: EscalationLevel, on: date, reason: str, to_whom: str) -> Op:
    def op(ctx: JobContext) -> CaseDetail:
        from expertteam_app.services import escalation

        with ctx.unit_of_work() as uow:
            return escalation.escalate(
                uow, case_id, escalation.EscalationInput(level, on, reason, to_whom)
            )

    return op


def _return_op(case_id: int, on: date, outcome: str) -> Op:
    def op(ctx: JobContext) -> CaseDetail:
        from expertteam_app.services import escalation

        with ctx.unit_of_work() as uow:
            return escalation.return_from_escalation(uow, case_id, on=on, outcome=outcome)

    return op


def _results_op(language: str) -> Op:
    def op(ctx: JobContext) -> list[Coded]:
        from expertteam_app.services import closing

        with ctx.unit_of_work(write=False) as uow:
            return closing.closing_results(uow, language=language)

    return op


def _close_op(case_id: int, result_code: str, note: str, on: date) -> Op:
    def op(ctx: JobContext) -> CaseDetail:
        from expertteam_app.services import closing

        with ctx.unit_of_work() as uow:
            return closing.close_case(uow, case_id, result_code=result_code, note=note, on=on)

    return op


def _escalations_op(case_id: int) -> Op:
    def op(ctx: JobContext) -> list[EscalationView]:
        from expertteam_app.services import escalation

        with ctx.unit_of_work() as uow:
            return escalation.escalations(uow, case_id)

    return op


class _TextBox(QPlainTextEdit):
    """A few lines high to start with (Qt's default is twice that); grows with the dialog."""

    def sizeHint(self) -> QSize:
        return QSize(360, 6 * self.fontMetrics().lineSpacing())


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = _TextBox()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    return box


class _CaseMoveDialog(AdminDialog):
    """A form that moves the case: a date, fields, and OK that runs the service."""

    moved = Signal(object)  # CaseDetail

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        detail: CaseDetail,
        title: str,
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.detail = detail
        self.on = DateField()
        self.on.set_value(date.today())
        self.on_message = FieldMessage()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setObjectName("dialogIntro")
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 0)  # as low as the fields allow; WrappingDialog grows it for messages

    def fields(self) -> dict[str, FieldMessage]:
        return {"on": self.on_message}

    def ready(self) -> bool:
        return True

    def update_actions(self) -> None:
        enabled = not self.busy and self.ready()
        self.ok_button.setEnabled(enabled)
        if enabled:  # disabling handed the default to Cancel: Enter must not cancel
            self.ok_button.setDefault(True)

    def submit(self) -> None:
        if self.busy:
            return
        for message in self.fields().values():
            message.show_text("")
        self.message.show_text("")
        on = self.on.value()
        if on is None:
            self.on_message.show_text(self.tr("Type the date as DD-MM-YYYY."))
            self.on.setFocus()
            return
        self.run_job(self.operation(on), self._done, self._failed)

    def inputs(self) -> dict[str, QWidget]:
        """The field behind each problem name, to put the cursor where the problem is."""
        return {"on": self.on}

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        self.show_problems(exc, crash, self.fields())
        # OK was disabled while the job ran, so the focus moved on to Cancel: put it where
        # the person has to type.
        inputs = self.inputs()
        wrong = [name for name, message in self.fields().items() if message.isVisibleTo(self)]
        target = next((inputs[name] for name in inputs if name in wrong), self.ok_button)
        target.setFocus()

    def operation(self, on: date) -> Op:
        raise NotImplementedError

    def _done(self, detail: CaseDetail) -> None:
        self.moved.emit(detail)
        self.accept()


class EscalationDialog(_CaseMoveDialog):
    def __init__(
        self, db: Database, info: SessionInfo, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            db,
            info,
            detail,
            self.tr("Escalate {reference}").format(reference=detail.reference),
            self.tr("Escalate"),
            parent,
        )
        self.setObjectName("escalationDialog")
        self.intro.setText(
            self.tr(
                "The region cannot solve this case: it goes to a body with more reach. "
                "The case is escalated until you record its return."
            )
        )
        self.intro.show()
        self.level: EnumCombo[EscalationLevel] = EnumCombo(EscalationLevel)
        self.level.setObjectName("escalationLevel")
        self.to_whom = QLineEdit()
        self.to_whom.setObjectName("escalationTo")
        self.to_whom.setPlaceholderText(self.tr("The body or person, e.g. the CCE, region North"))
        self.to_whom_message = FieldMessage()
        self.reason = _text_box(
            "escalationReason", self.tr("Why the region cannot solve it; goes into the file.")
        )
        self.reason_message = FieldMessage()
        self.on.setObjectName("escalationDate")
        self.form.addRow(self.tr("Level"), self.level)
        self.form.addRow(self.tr("To whom"), with_message(self.to_whom, self.to_whom_message))
        self.form.addRow(self.tr("Reason"), with_message(self.reason, self.reason_message))
        self.form.addRow(self.tr("Date"), with_message(self.on, self.on_message))
        self.update_actions()

    def fields(self) -> dict[str, FieldMessage]:
        return {
            "on": self.on_message,
            "to_whom": self.to_whom_message,
            "reason": self.reason_message,
        }

    def inputs(self) -> dict[str, QWidget]:
        return {"to_whom": self.to_whom, "reason": self.reason, "on": self.on}

    def operation(self, on: date) -> Op:
        return _escalate_op(
            self.detail.id,
            self.level.value() or EscalationLevel.REGIONAL_ENFORCEMENT,
            on,
            self.reason.toPlainText(),
            self.to_whom.text(),
        )


class ReturnDialog(_CaseMoveDialog):
    """The case is back from escalation; `back_label` names where it returns to."""

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        detail: CaseDetail,
        back_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            db,
            info,
            detail,
            self.tr("Returned from escalation: {reference}").format(reference=detail.reference),
            self.tr("Record the return"),
            parent,
        )
        self.setObjectName("returnDialog")
        lines = []
        escalation = detail.open_escalation
        if escalation is not None:
            lines.append(
                self.tr("Escalated to {to_whom} ({level}) since {date}.").format(
                    to_whom=escalation.to_whom,
                    level=escalation.level.label(current_language()),
                    date=day(escalation.escalated_on),
                )
            )
        lines.append(self.tr("The case goes back to: {status}.").format(status=back_label))
        self.intro.setText("\n".join(lines))
        self.intro.show()
        self.outcome = _text_box(
            "escalationOutcome", self.tr("What the escalation brought; goes into the file.")
        )
        self.outcome_message = FieldMessage()
        self.on.setObjectName("returnDate")
        self.form.addRow(self.tr("Outcome"), with_message(self.outcome, self.outcome_message))
        self.form.addRow(self.tr("Date"), with_message(self.on, self.on_message))
        self.update_actions()

    def fields(self) -> dict[str, FieldMessage]:
        return {"on": self.on_message, "outcome": self.outcome_message}

    def inputs(self) -> dict[str, QWidget]:
        return {"outcome": self.outcome, "on": self.on}

    def operation(self, on: date) -> Op:
        return _return_op(self.detail.id, on, self.outcome.toPlainText())


class CloseDialog(_CaseMoveDialog):
    """Close with a result from the team's list (loaded when the dialog opens) and a note."""

    def __init__(
        self, db: Database, info: SessionInfo, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            db,
            info,
            detail,
            self.tr("Close {reference}").format(reference=detail.reference),
            self.tr("Close the case"),
            parent,
        )
        self.setObjectName("closeDialog")
        self.loaded = False
        intro = [
            self.tr(
                "The result and the note go into the file. A closed case can be reopened "
                "later, with a reason."
            )
        ]
        if detail.open_escalation is not None:
            intro.append(
                self.tr(
                    "This case is escalated to {to_whom}. Closing it ends the escalation "
                    "on the same date."
                ).format(to_whom=detail.open_escalation.to_whom)
            )
        self.intro.setText("\n".join(intro))
        self.intro.show()
        self.closing_result = QComboBox()
        self.closing_result.setObjectName("closingResult")
        self.closing_result.setPlaceholderText(self.tr("Choose a result"))
        self.result_message = FieldMessage()
        self.note = _text_box(
            "closingNote", self.tr("How the case ended and who carries on; goes into the file.")
        )
        self.note_message = FieldMessage()
        self.on.setObjectName("closingDate")
        self.form.addRow(self.tr("Result"), with_message(self.closing_result, self.result_message))
        self.form.addRow(self.tr("Closing note"), with_message(self.note, self.note_message))
        self.form.addRow(self.tr("Date"), with_message(self.on, self.on_message))
        self.update_actions()
        self.run_job(_results_op(current_language()), self._show_results)

    def _show_results(self, results: list[Coded]) -> None:
        self.closing_result.clear()
        for result in results:
            self.closing_result.addItem(result.label, result.code)
        self.closing_result.setCurrentIndex(-1)
        self.loaded = True
        self.update_actions()

    def ready(self) -> bool:
        return self.loaded

    def fields(self) -> dict[str, FieldMessage]:
        return {"on": self.on_message, "result": self.result_message, "note": self.note_message}

    def inputs(self) -> dict[str, QWidget]:
        return {"result": self.closing_result, "note": self.note, "on": self.on}

    def choose(self, code: str) -> None:
        self.closing_result.setCurrentIndex(self.closing_result.findData(code))

    def operation(self, on: date) -> Op:
        code = self.closing_result.currentData()
        return _close_op(
            self.detail.id, code if isinstance(code, str) else "", self.note.toPlainText(), on
        )


class EscalationsDialog(AdminDialog):
    """Every escalation of the case: level, to whom, why, and how it came back."""

    def __init__(
        self, db: Database, info: SessionInfo, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, info, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("escalationsDialog")
        self.setWindowTitle(
            self.tr("Escalations of {reference}").format(reference=detail.reference)
        )
        self.model = RowsModel(
            [
                self.tr("Escalated on"),
                self.tr("Level"),
                self.tr("To whom"),
                self.tr("Reason"),
                self.tr("By"),
                self.tr("Returned on"),
                self.tr("Outcome"),
            ],
            self,
        )
        self.table = make_table(self.model, "escalationTable")
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1180, 380)
        self.run_job(_escalations_op(detail.id), self._show)

    def _show(self, rows: list[EscalationView]) -> None:
        language = current_language()
        still = self.tr("still escalated")
        self.model.set_rows(
            [
                Row(
                    e.id,
                    (
                        day(e.escalated_on),
                        e.level.label(language),
                        e.to_whom,
                        e.reason,
                        e.escalated_by,
                        day(e.returned_on) if e.returned_on else still,
                        e.outcome,
                    ),
                )
                for e in rows
            ]
        )
        self.table.resizeColumnsToContents()
        # Reasons and outcomes are paragraphs: narrow columns that wrap, not one long line.
        for column, widest in ((1, 180), (2, 180), (3, 260), (6, 240)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.resizeRowsToContents()
