"""The Monitoring tab (dashboard). Importing it loads Qt Charts: the main window does so only
when the tab is first shown."""

from __future__ import annotations

from ui.monitoring.page import MonitoringPage

__all__ = ["MonitoringPage"]
