"""Follow-up of an issued advice (placeholder until the follow-up area is built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from expertteam_app.services.cases import CaseDetail
from ui.session import SessionInfo
from ui.worker import Database


class FollowUpArea(QWidget):
    case_changed = Signal(object)

    def __init__(self, db: Database, info: SessionInfo, detail: CaseDetail) -> None:
        super().__init__()

    def set_case(self, detail: CaseDetail) -> None:
        pass


class TransitionArea(FollowUpArea):
    pass
