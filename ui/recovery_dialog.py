"""A forgotten passphrase: the recovery code sets a new one, and is itself replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain import passphrase as passphrase_rules
from expertteam_app.errors import ExpertteamError
from expertteam_app.store.vault import Vault, slot_file_for
from ui import session
from ui.i18n import current_language
from ui.messages import error_text
from ui.new_team_wizard import StrengthMeter
from ui.session import SessionInfo
from ui.worker import Database


class RecoveryDialog(QDialog):
    recovered = Signal(object)  # SessionInfo

    def __init__(self, db: Database, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._path = path
        self._info: SessionInfo | None = None
        self.setWindowTitle(self.tr("Recover with recovery code"))
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCodeInput")
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.member = QComboBox()
        self.member.setObjectName("recoveryMember")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("newPassphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter()
        self.message = QLabel()
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.new_code = QLabel()
        self.new_code.setObjectName("newRecoveryCode")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.5)
        mono.setWeight(QFont.Weight.Bold)
        self.new_code.setFont(mono)
        self.new_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stored = QCheckBox(
            self.tr("I have written down the new recovery code and stored it safely")
        )
        self.stored.setObjectName("newCodeStored")
        self.new_code.hide()
        self.stored.hide()

        form = QFormLayout()
        form.addRow(self.tr("Team database"), QLabel(Path(path).name if path else "-"))
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.tr("Member"), self.member)
        form.addRow(self.tr("New passphrase"), self.passphrase)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow(self.tr("New passphrase again"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Set new passphrase")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.new_code)
        layout.addWidget(self.stored)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(self.meter.show_for)
        self.stored.toggled.connect(self._stored_toggled)
        try:
            self.member.addItems(Vault.load(slot_file_for(Path(path))).member_names())
        except ExpertteamError as exc:
            self.message.setText(exc.text(current_language()))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _submit(self) -> None:
        if self._info is not None:
            if self.stored.isChecked():
                self.recovered.emit(self._info)
                self.accept()
            return
        problems = passphrase_rules.problems(
            self.passphrase.text(), member_name=self.member.currentText()
        )
        if problems:
            self.message.setText(problems[0].en if current_language() == "en" else problems[0].nl)
            return
        if self.passphrase.text() != self.again.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        self.message.setText(self.tr("Checking the recovery code…"))
        self.buttons.setEnabled(False)
        self._db.run(
            session.recover(
                Path(self._path),
                self.code.text(),
                self.member.currentText(),
                self.passphrase.text(),
            ),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, result: tuple[SessionInfo, str]) -> None:
        self._info, code = result
        self.buttons.setEnabled(True)
        for widget in (self.code, self.member, self.passphrase, self.again):
            widget.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr(
                "The new passphrase is set. The old recovery code no longer works; this is the new one, shown once:"
            )
        )
        self.new_code.setText(code)
        self.new_code.show()
        self.stored.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def _stored_toggled(self, checked: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(checked)

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(exc) or self.tr("Recovery failed."))

    def reject(self) -> None:
        if self._info is not None and not self.stored.isChecked():
            return  # the new code has been shown once; it must be confirmed
        super().reject()
