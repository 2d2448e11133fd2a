"""Small non-modal dialogs that record one fact of the follow-up: the provider's answer,
the start or end of care, a note on the timeline, a goal evaluation.

Each dialog runs its recording on the database worker. What the service refuses is shown
in the dialog, next to the field it concerns, and the dialog stays open; on success it
emits `recorded` with the service's FollowUpResult and closes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import CareAnswer, GoalOutcome
from expertteam_app.services.followup import (
    CareItemFollowUpView,
    FollowUpResult,
    GoalFollowUpView,
)
from ui.admin.base import AdminDialog, with_message
from ui.formatting import day
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import DateField, EnumCombo, FieldMessage
from ui.worker import Database, JobContext, Op


def _text_box(name: str, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(80)
    return box


class RecordDialog(AdminDialog):
    """The shared frame: a subject line, a form with a date (today by default), messages
    under the fields, OK and Cancel. Running the change and showing the service's problems
    is AdminDialog's work (run_job, show_problems)."""

    recorded = Signal(object)  # FollowUpResult

    def __init__(
        self, db: Database, info: SessionInfo, subject: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, info, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.subject = QLabel(subject)
        self.subject.setObjectName("recordSubject")
        self.subject.setWordWrap(True)
        font = QFont(self.subject.font())
        font.setBold(True)
        self.subject.setFont(font)
        self.messages: dict[str, FieldMessage] = {}
        self.form = QFormLayout()
        self.on = DateField()
        self.on.setObjectName("recordDate")
        self.on.set_value(date.today())
        self.message.setObjectName("recordMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("recordOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add_field(self, label: str, widget: QWidget, path: str) -> None:
        """A row in the form with the service's messages for `path` under it."""
        message = FieldMessage()
        message.setObjectName(f"{path}Message")
        message.setWordWrap(True)
        self.messages[path] = message
        self.form.addRow(label, with_message(widget, message))

    def add_date(self, label: str) -> None:
        self.add_field(label, self.on, "on")

    def op(self, on: date) -> Op:
        """The change to run (each dialog says which); abstract."""
        raise NotImplementedError

    def problem_texts(self) -> dict[str, str]:
        """Every message shown, by field path ('' for the general one); for tests."""
        found = {path: m.text() for path, m in self.messages.items() if m.text()}
        if self.message.text():
            found[""] = self.message.text()
        return found

    def update_actions(self) -> None:
        self.ok_button.setEnabled(not self.busy)

    def submit(self) -> None:
        if self.busy:
            return
        for message in self.messages.values():
            message.show_text("")
        self.message.show_text("")
        on = self.on.value()
        if on is None:
            self.messages["on"].show_text(self.tr("Type the date as DD-MM-YYYY."))
            return
        self.run_job(
            self.op(on),
            self._done,
            lambda exc, crash: self.show_problems(exc, crash, self.messages),
        )

    def _done(self, result: FollowUpResult) -> None:
        self.recorded.emit(result)
        self.accept()


def care_subject(item: CareItemFollowUpView) -> str:
    return f"{item.care_kind(current_language())} — {item.provider_name}"


class CareItemDialog(RecordDialog):
    """A dialog about one advised care item."""

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        item: CareItemFollowUpView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, care_subject(item), parent)
        self.item = item


class AnswerDialog(CareItemDialog):
    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        item: CareItemFollowUpView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, item, parent)
        self.setWindowTitle(self.tr("Provider's answer"))
        self.setObjectName("answerDialog")
        self.answer: EnumCombo[CareAnswer] = EnumCombo(CareAnswer)
        self.answer.setObjectName("answerChoice")
        self.reason = _text_box("answerReason", self.tr("Why the provider declines, or a note."))
        self.add_field(self.tr("Answer"), self.answer, "answer")
        self.add_date(self.tr("Answered on"))
        self.add_field(self.tr("Reason or note"), self.reason, "reason")
        if item.answer is not None:
            self.subject.setText(
                self.tr("{subject}\nNow: {answer} on {date}").format(
                    subject=care_subject(item),
                    answer=item.answer.label(current_language()),
                    date=day(item.answered_on),
                )
            )

    def op(self, on: date) -> Op:
        care_item_id, version = self.item.care_item_id, self.item.row_version
        answer = self.answer.value() or CareAnswer.ACCEPTED
        reason = self.reason.toPlainText()

        def run(ctx: JobContext) -> FollowUpResult:
            from expertteam_app.services import followup

            with ctx.unit_of_work() as uow:
                return followup.record_answer(
                    uow, care_item_id, answer, on=on, reason=reason, expected_row_version=version
                )

        return run


class StartDialog(CareItemDialog):
    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        item: CareItemFollowUpView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, item, parent)
        self.setWindowTitle(self.tr("Care started"))
        self.setObjectName("startDialog")
        self.add_date(self.tr("Started on"))
        if item.answer is None:
            hint = QLabel(
                self.tr("The provider's answer is not recorded: starting accepts the care.")
            )
            hint.setWordWrap(True)
            self.form.addRow(hint)

    def op(self, on: date) -> Op:
        care_item_id, version = self.item.care_item_id, self.item.row_version

        def run(ctx: JobContext) -> FollowUpResult:
            from expertteam_app.services import followup

            with ctx.unit_of_work() as uow:
                return followup.record_start(uow, care_item_id, on=on, expected_row_version=version)

        return run


class EndDialog(CareItemDialog):
    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        item: CareItemFollowUpView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, item, parent)
        self.setWindowTitle(self.tr("Care ended"))
        self.setObjectName("endDialog")
        self.note = _text_box("endNote", self.tr("How the care ended (optional)."))
        self.add_date(self.tr("Ended on"))
        self.add_field(self.tr("Note"), self.note, "note")

    def op(self, on: date) -> Op:
        care_item_id, version = self.item.care_item_id, self.item.row_version
        note = self.note.toPlainText()

        def run(ctx: JobContext) -> FollowUpResult:
            from expertteam_app.services import followup

            with ctx.unit_of_work() as uow:
                return followup.record_end(
                    uow, care_item_id, on=on, note=note, expected_row_version=version
                )

        return run


class UpdateDialog(CareItemDialog):
    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        item: CareItemFollowUpView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, item, parent)
        self.setWindowTitle(self.tr("Add update"))
        self.setObjectName("updateDialog")
        self.text = _text_box("updateText", self.tr("What happened: a call, a delay, a plan."))
        self.add_date(self.tr("Date"))
        self.add_field(self.tr("Update"), self.text, "text")

    def op(self, on: date) -> Op:
        care_item_id, version = self.item.care_item_id, self.item.row_version
        text = self.text.toPlainText()

        def run(ctx: JobContext) -> FollowUpResult:
            from expertteam_app.services import followup

            with ctx.unit_of_work() as uow:
                return followup.add_update(
                    uow, care_item_id, on=on, text=text, expected_row_version=version
                )

        return run


class EvaluateDialog(RecordDialog):
    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        goal: GoalFollowUpView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, goal.description, parent)
        self.setWindowTitle(self.tr("Evaluate goal"))
        self.setObjectName("evaluateDialog")
        self.goal = goal
        self.outcome: EnumCombo[GoalOutcome] = EnumCombo(GoalOutcome)
        self.outcome.setObjectName("outcomeChoice")
        self.note = _text_box(
            "evaluationNote", self.tr("Needed when the goal is not achieved or not evaluable.")
        )
        self.add_field(self.tr("Outcome"), self.outcome, "outcome")
        self.add_date(self.tr("Evaluated on"))
        self.add_field(self.tr("Note"), self.note, "note")

    def op(self, on: date) -> Op:
        goal_id = self.goal.goal_id
        outcome = self.outcome.value() or GoalOutcome.ACHIEVED
        note = self.note.toPlainText()

        def run(ctx: JobContext) -> FollowUpResult:
            from expertteam_app.services import followup

            with ctx.unit_of_work() as uow:
                return followup.evaluate_goal(uow, goal_id, on=on, outcome=outcome, note=note)

        return run
