"""Showing an error to a person: their language, no traceback, a crash report path for bugs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from expertteam_app.errors import ExpertteamError, ValidationError
from ui.i18n import current_language


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(p.en if current_language() == "en" else p.nl for p in exc.problems)
    if isinstance(exc, ExpertteamError):
        return exc.text(current_language())
    return ""


def show_error(parent: QWidget | None, exc: BaseException, crash_path: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if crash_path is None else QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Expertteam"))
    if crash_path is None and isinstance(exc, ExpertteamError):
        box.setText(error_text(exc))
    else:
        box.setText(
            QCoreApplication.translate(
                "Messages",
                "Something went wrong in the program. Your data is safe; what you were doing was not saved.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Messages", "A report without client data was written to:\n{path}"
            ).format(path=crash_path or "-")
        )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
