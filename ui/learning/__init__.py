"""Learning tables (leertafels): sessions of cases looked back on with outside experts, the
review of every anonymised summary beside its original, approval, and the export."""

from __future__ import annotations

from ui.learning.page import LearningPage

__all__ = ["LearningPage"]
