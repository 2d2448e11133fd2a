"""The work list (placeholder until the work list page is built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.session import SessionInfo
from ui.worker import Database


class WorkListPage(QWidget):
    open_case = Signal(int, str)

    def __init__(self, db: Database, info: SessionInfo) -> None:
        super().__init__()

    def refresh(self) -> None:
        pass

    def clear(self) -> None:
        pass
