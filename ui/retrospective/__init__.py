"""The Retrospective (Terugblik) tab of an open case."""

from __future__ import annotations

from ui.retrospective.area import RetrospectiveArea

__all__ = ["RetrospectiveArea"]
