"""The language of this workstation's windows: the system's, Dutch or English."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.admin.base import WrappingDialog
from ui.settings import Preferences


class LanguageDialog(WrappingDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.setWindowTitle(self.tr("Language"))
        # A language is named in its own language, so these two are never translated.
        self.choices = {
            "system": QRadioButton(self.tr("System")),
            "nl": QRadioButton("Nederlands"),
            "en": QRadioButton("English"),
        }
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for value, button in self.choices.items():
            button.setObjectName(f"language_{value}")
            self.group.addButton(button)
            layout.addWidget(button)
        self.choices.get(prefs.language, self.choices["system"]).setChecked(True)
        note = QLabel(
            self.tr(
                "The new language applies the next time you start Expertteam. “System” "
                "follows the computer: English when it is set to English, otherwise Dutch."
            )
        )
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(6)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(380, 0)

    def chosen(self) -> str:
        return next(value for value, button in self.choices.items() if button.isChecked())

    def accept(self) -> None:
        self._prefs.language = self.chosen()
        super().accept()
