"""Expertteam: the application core without Qt (domain, store, services, reports, CLI)."""

from __future__ import annotations

__version__ = "0.1.0"
