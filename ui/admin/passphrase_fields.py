"""A new passphrase typed twice, with the strength meter and the domain's advice as you type.

The rules are the domain's (expertteam_app.domain.passphrase); the service checks them
again when the passphrase is used. Only "the two differ" is a typing check of the form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLineEdit

from expertteam_app.domain import passphrase as passphrase_rules
from ui.admin.base import problem_text, with_message
from ui.new_team_wizard import StrengthMeter
from ui.widgets import FieldMessage


def _secret_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(260)
    return edit


class NewPassphraseFields(QObject):
    def __init__(self, member_name: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._member_name = member_name
        self.passphrase = _secret_field("newPassphrase")
        self.meter = StrengthMeter()
        self.message = FieldMessage()
        self.message.setObjectName("passphraseMessage")
        self.again = _secret_field("newPassphraseAgain")
        self.again_message = FieldMessage()
        self.again_message.setObjectName("againMessage")
        self.passphrase.textChanged.connect(self._typed)
        self.again.textChanged.connect(self._typed_again)

    def add_to(self, form: QFormLayout, label: str) -> None:
        form.addRow(label, with_message(self.passphrase, self.message))
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow(self.tr("Passphrase again"), with_message(self.again, self.again_message))

    def text(self) -> str:
        return self.passphrase.text()

    def refresh_advice(self) -> None:
        """Show the domain's advice for what is typed (also after the name changed)."""
        text = self.passphrase.text()
        self.meter.show_for(text)
        problems = passphrase_rules.problems(text, member_name=self._member_name())
        self.message.show_text(problem_text(problems[0]) if text and problems else "")

    def _typed(self) -> None:
        self.refresh_advice()
        if self.again.text():
            self._typed_again()

    def _typed_again(self) -> None:
        differs = bool(self.again.text()) and self.again.text() != self.passphrase.text()
        self.again_message.show_text(self.tr("The two passphrases differ.") if differs else "")

    def both_match(self) -> bool:
        """True when typed twice the same; otherwise says so under the second field."""
        same = self.again.text() == self.passphrase.text()
        self.again_message.show_text("" if same else self.tr("The two passphrases differ."))
        return same

    def set_enabled(self, enabled: bool) -> None:
        self.passphrase.setEnabled(enabled)
        self.again.setEnabled(enabled)
