"""Follow-up of an issued advice (the Follow-up tab) and the 18-/18+ checklist (its own
tab from 16.5 years)."""

from __future__ import annotations

from ui.followup.followup_area import FollowUpArea
from ui.followup.transition_area import TransitionArea

__all__ = ["FollowUpArea", "TransitionArea"]
