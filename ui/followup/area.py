"""What the follow-up tabs of a case (Follow-up, 18-/18+) share: the case they show,
whether this member may record follow-up, their banner's look, bold headings, and a status
line that says what was just done or why it was refused."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from expertteam_app.services.cases import CaseDetail
from expertteam_app.services.roles import Permission, allows
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import ERROR_STYLE
from ui.worker import Database

BANNER_STYLE = "background: #eef1f5; color: #1f2933; padding: 8px; border-radius: 3px;"


def heading(text: str) -> QLabel:
    """A bold label over a part of an area."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class CaseArea(QWidget):
    """A tab of an open case that loads on the worker and records follow-up. The subclass
    names itself and its `status` line and puts the line in its layout."""

    def __init__(
        self, db: Database, info: SessionInfo, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._info = info
        self.detail = detail
        self.may_follow_up = allows(info.role, Permission.CASE_FOLLOW_UP)
        self.loaded = False
        self._started = False
        self.status = QLabel()
        self.status.setWordWrap(True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        """A refusal the person can act on goes on the status line; anything else (a crash
        above all) to the error dialog."""
        text = error_text(exc) if crash is None else ""
        if text:
            self._say(text, error=True)
        else:
            show_error(self, exc, crash)
