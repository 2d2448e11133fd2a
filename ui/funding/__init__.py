"""Funding by municipalities: the Funding area of a case and the funding overview window."""

from __future__ import annotations

from ui.funding.funding_area import FundingArea
from ui.funding.overview_window import FundingOverviewWindow, open_funding_overview

__all__ = ["FundingArea", "FundingOverviewWindow", "open_funding_overview"]
