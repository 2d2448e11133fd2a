"""The work list (werklijst): the home screen with what needs a person now."""

from __future__ import annotations

from ui.worklist.page import WorkListPage

__all__ = ["WorkListPage"]
