"""Fill in and accept the window's small record dialogs as a person would: select the row,
press the button, fill the fields, press OK, and wait until the dialog has closed.

Each driver fails with the messages the dialog shows when the dialog stays open (the
service refused), so a broken step reads as what the person would have seen. Tests that
check a refusal drive the dialog themselves; these are for the steps that should succeed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtWidgets import QPushButton, QWidget

from expertteam_app.domain.enums import (
    CareAnswer,
    CaseStatus,
    DisputeSubject,
    EscalationLevel,
    FundingDecision,
    GoalOutcome,
)
from ui.widgets import FieldMessage

TIMEOUT = 15_000


def settle(qtbot: Any, db: Any) -> None:
    """Until the database worker has answered everything asked of it."""
    qtbot.waitUntil(lambda: db.idle, timeout=TIMEOUT)


def gone(dialog: QWidget) -> bool:
    """The dialog closed (deleted on close, it may be gone already)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def shown_messages(dialog: QWidget) -> list[str]:
    """The messages a dialog shows under its fields and at its foot."""
    if not shiboken6.isValid(dialog):
        return []
    return [m.text() for m in dialog.findChildren(FieldMessage) if m.text()]


def accept(qtbot: Any, db: Any, dialog: Any) -> None:
    """Press OK and wait until the dialog is done; fail with what it says if it stays."""
    assert dialog.ok_button.isEnabled(), f"OK is disabled: {shown_messages(dialog)}"
    dialog.ok_button.click()
    settle(qtbot, db)
    assert gone(dialog), f"{type(dialog).__name__} stayed open: {shown_messages(dialog)}"


def press(qtbot: Any, button: QPushButton) -> None:
    """Click the button once it shows and may be pressed (a widget put into a shown
    layout appears on the next turn of the event loop)."""

    def ready() -> bool:
        return button.isVisible() and button.isEnabled()

    try:
        qtbot.waitUntil(ready, timeout=5_000)
    except qtbot.TimeoutError:
        raise AssertionError(f"{button.objectName()} cannot be pressed") from None
    button.click()


# --- follow-up (ui.followup.FollowUpArea) ----------------------------------------------------


def answer(
    qtbot: Any, db: Any, area: Any, care_item_id: int, answer: CareAnswer, reason: str = ""
) -> None:
    from ui.followup.dialogs import AnswerDialog

    area.select_item(care_item_id)
    press(qtbot, area.answer_button)
    dialog = area.dialog
    assert isinstance(dialog, AnswerDialog) and dialog.isVisible()
    dialog.answer.set_value(answer)
    dialog.reason.setPlainText(reason)
    accept(qtbot, db, dialog)


def start(qtbot: Any, db: Any, area: Any, care_item_id: int, on: date | None = None) -> None:
    from ui.followup.dialogs import StartDialog

    area.select_item(care_item_id)
    press(qtbot, area.start_button)
    dialog = area.dialog
    assert isinstance(dialog, StartDialog) and dialog.isVisible()
    if on is not None:
        dialog.on.set_value(on)
    accept(qtbot, db, dialog)


def evaluate(
    qtbot: Any, db: Any, area: Any, goal_id: int, outcome: GoalOutcome, note: str = ""
) -> None:
    from ui.followup.dialogs import EvaluateDialog

    area.select_goal(goal_id)
    press(qtbot, area.evaluate_button)
    dialog = area.dialog
    assert isinstance(dialog, EvaluateDialog) and dialog.isVisible()
    dialog.outcome.set_value(outcome)
    dialog.note.setPlainText(note)
    accept(qtbot, db, dialog)


# --- funding (ui.funding.FundingArea) ---------------------------------------------------------


def request_funding(
    qtbot: Any,
    db: Any,
    area: Any,
    care_item_id: int,
    *,
    amount: str | None = None,
    period: tuple[date, date] | None = None,
    documents: str = "",
) -> None:
    """Request funding of a care item from the municipality the dialog proposes; `amount`
    as a person types it ("12.500,55"), or the dialog's proposal."""
    from ui.funding.dialogs import RequestDialog

    press(qtbot, area.boxes[care_item_id].request_button)
    dialog = area.dialog
    assert isinstance(dialog, RequestDialog) and dialog.isVisible()
    if amount is not None:
        dialog.amount.setText(amount)
    if period is not None:
        dialog.period_from.set_value(period[0])
        dialog.period_to.set_value(period[1])
    dialog.documents.setPlainText(documents)
    accept(qtbot, db, dialog)


def decide(
    qtbot: Any,
    db: Any,
    area: Any,
    decision: FundingDecision,
    *,
    amount: str | None = None,
    reference: str = "",
    note: str = "",
) -> None:
    """The municipality's decision on the selected request."""
    from ui.funding.dialogs import DecisionDialog

    press(qtbot, area.decision_button)
    dialog = area.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.isVisible()
    dialog.decision.setCurrentIndex(dialog.decision.findData(decision.value))
    assert dialog.chosen() == decision
    if amount is not None:
        dialog.amount.setText(amount)
    dialog.reference.setText(reference)
    dialog.note.setPlainText(note)
    accept(qtbot, db, dialog)


def dispute(
    qtbot: Any, db: Any, area: Any, *, parties: str, subject: DisputeSubject, note: str = ""
) -> None:
    """Open a dispute about the selected request."""
    from ui.funding.dialogs import DisputeDialog

    press(qtbot, area.dispute_button)
    dialog = area.dialog
    assert isinstance(dialog, DisputeDialog) and dialog.isVisible()
    dialog.parties.setText(parties)
    dialog.subject.set_value(subject)
    dialog.subject_note.setPlainText(note)
    accept(qtbot, db, dialog)


def end_dispute(
    qtbot: Any,
    db: Any,
    area: Any,
    *,
    outcome: str,
    decision: FundingDecision = FundingDecision.COMMITTED,
    amount: str | None = None,
    reference: str = "",
) -> None:
    """End the selected request's open dispute; a commitment of the requested amount unless
    `amount` says otherwise."""
    from ui.funding.dialogs import EndDisputeDialog

    press(qtbot, area.end_dispute_button)
    dialog = area.dialog
    assert isinstance(dialog, EndDisputeDialog) and dialog.isVisible()
    dialog.outcome.setPlainText(outcome)
    dialog.decision.setCurrentIndex(dialog.decision.findData(decision.value))
    if amount is not None:
        dialog.amount.setText(amount)
    dialog.reference.setText(reference)
    accept(qtbot, db, dialog)


# --- the case header (ui.case_header.CaseHeader, ui.case_dialogs) ----------------------------


def move_button(header: Any, target: CaseStatus) -> QPushButton | None:
    button = header.findChild(QPushButton, f"move_{target.value}")
    return button if isinstance(button, QPushButton) else None


def header_dialog(qtbot: Any, db: Any, header: Any, target: CaseStatus) -> Any:
    """Press the header's button that moves the case to `target`; the dialog it opened.
    The buttons come from the service a moment after the case is shown, and show on the
    next turn of the event loop."""

    def shown() -> bool:
        button = move_button(header, target)
        return button is not None and button.isVisible()

    qtbot.waitUntil(shown, timeout=TIMEOUT)
    button = move_button(header, target)
    assert button is not None
    press(qtbot, button)
    settle(qtbot, db)
    dialog = header.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def escalate(
    qtbot: Any, db: Any, header: Any, *, level: EscalationLevel, to_whom: str, reason: str
) -> None:
    from ui.case_dialogs import EscalationDialog

    dialog = header_dialog(qtbot, db, header, CaseStatus.OPGESCHAALD)
    assert isinstance(dialog, EscalationDialog)
    dialog.level.set_value(level)
    dialog.to_whom.setText(to_whom)
    dialog.reason.setPlainText(reason)
    accept(qtbot, db, dialog)


def record_return(qtbot: Any, db: Any, header: Any, back_to: CaseStatus, *, outcome: str) -> None:
    """The escalated case comes back (to the status it was escalated from)."""
    from ui.case_dialogs import ReturnDialog

    dialog = header_dialog(qtbot, db, header, back_to)
    assert isinstance(dialog, ReturnDialog)
    dialog.outcome.setPlainText(outcome)
    accept(qtbot, db, dialog)


def close_case(qtbot: Any, db: Any, header: Any, *, result_code: str, note: str) -> str:
    """Close with a result from the team's list; the result as the dialog showed it."""
    from ui.case_dialogs import CloseDialog

    dialog = header_dialog(qtbot, db, header, CaseStatus.AFGESLOTEN)
    assert isinstance(dialog, CloseDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    dialog.choose(result_code)
    chosen = dialog.closing_result.currentText()
    assert chosen, f"no closing result {result_code!r} in the list"
    dialog.note.setPlainText(note)
    accept(qtbot, db, dialog)
    return str(chosen)
