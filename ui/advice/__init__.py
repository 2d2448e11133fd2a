"""The binding advice in the window: the editor on an open case, the sociale kaart picker
for a care item's provider, and the versions with their differences.

`AdviceEditor(db, info, choices, detail)` is the case's "Advice" area; it loads itself the
first time it is shown and emits `case_changed(CaseDetail)` when issuing moved the case on.
"""

from __future__ import annotations

from ui.advice.advice_editor import AdviceEditor

__all__ = ["AdviceEditor"]
