"""Change my passphrase: my key slot is rewrapped; the database itself does not change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.admin.base import AdminDialog, with_message
from ui.admin.passphrase_fields import NewPassphraseFields
from ui.session import SessionInfo
from ui.widgets import FieldMessage
from ui.worker import Database, JobContext, Op

DONE_STYLE = "color: #1b5e20;"


def _change_op(path: Path, member_name: str, old: str, new: str) -> Op:
    def op(ctx: JobContext) -> None:
        from expertteam_app.services import team

        # The open session's key slots are reread from disk before its next change.
        team.change_passphrase(path, member_name, old, new)

    return op


class PassphraseDialog(AdminDialog):
    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.setWindowTitle(self.tr("Change my passphrase"))
        explain = QLabel(
            self.tr(
                "{name}, choose a new passphrase. A sentence of a few words works well. Only "
                "your key is changed; the team database stays as it is."
            ).format(name=info.member_name)
        )
        explain.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_message = FieldMessage()
        self.current_message.setObjectName("currentMessage")
        self.secret = NewPassphraseFields(lambda: info.member_name, self)
        self.status = QLabel()
        self.status.setObjectName("passphraseStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(DONE_STYLE)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(explain)
        form.addRow(self.tr("Current passphrase"), with_message(self.current, self.current_message))
        self.secret.add_to(form, self.tr("New passphrase"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change"))
        self.ok_button.setObjectName("okButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(480, 0)

    def update_actions(self) -> None:
        self.buttons.setEnabled(not self.busy)

    def submit(self) -> None:
        if self.busy:
            return
        self.message.show_text("")
        self.current_message.show_text("")
        if not self.secret.both_match():
            return
        self.run_job(
            _change_op(
                self.info.path, self.info.member_name, self.current.text(), self.secret.text()
            ),
            lambda _none: self._changed(),
            lambda exc, crash: self.show_problems(
                exc,
                crash,
                {"old_passphrase": self.current_message, "new_passphrase": self.secret.message},
            ),
        )

    def _changed(self) -> None:
        for edit in (self.current, self.secret.passphrase, self.secret.again):
            edit.clear()
            edit.setEnabled(False)
        self.secret.message.show_text("")
        self.status.setText(self.tr("Your passphrase is changed. Use the new one from now on."))
        self.ok_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
