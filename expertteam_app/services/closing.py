"""Closing a case with a result from the team's list (ListKind.CLOSING_RESULT) and a note.

Only the chair and the coordinator close (Permission.CASE_CLOSE). The result is kept on the
case (`closing_result_id`, the note in `closing_result`) and in the status change that
closed it ("<result>: <note>"), so reopening, which clears the case's result, keeps the
story. Reopening is a status button (lifecycle.change_status, MANUAL, a reason required).

Closing an escalated case is allowed (the lifecycle offers it: a case handed over for good
ends here too): its open escalation ends the same day with the closing's result and note as
its outcome, so no escalation is left open on a closed case.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from expertteam_app.domain.enums import AuditAction, CaseStatus, ListKind
from expertteam_app.domain.team import ManagedListItem
from expertteam_app.errors import Problems
from expertteam_app.services import case_index, escalation, lifecycle
from expertteam_app.services.cases import CaseDetail, Coded, detail_of, load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.lifecycle import Route
from expertteam_app.services.roles import Permission

S = CaseStatus


def closing_results(uow: UnitOfWork, *, language: str = "nl") -> list[Coded]:
    """The results a case can be closed with now: the active items, in the team's order."""
    uow.require(Permission.CASE_READ)
    items = uow.session.scalars(
        select(ManagedListItem)
        .where(ManagedListItem.kind == ListKind.CLOSING_RESULT, ManagedListItem.active.is_(True))
        .order_by(ManagedListItem.sort_order, ManagedListItem.label)
    )
    english = language.startswith("en")
    return [Coded(i.code, (i.label_en or i.label) if english else i.label) for i in items]


def close_case(
    uow: UnitOfWork, case_id: int, *, result_code: str, note: str, on: date
) -> CaseDetail:
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_CLOSE, case)
    problems = Problems()
    item = None
    if not result_code:
        problems.add("result", "Kies een resultaat.", "Choose a result.")
    else:
        item = uow.session.scalar(
            select(ManagedListItem).where(
                ManagedListItem.kind == ListKind.CLOSING_RESULT,
                ManagedListItem.code == result_code,
            )
        )
        if item is None or not item.active:
            problems.add(
                "result",
                "Dit resultaat staat niet (meer) in de lijst van het team.",
                "This result is not (or no longer) in the team's list.",
            )
    if not note.strip():
        problems.add(
            "note",
            "Schrijf een afsluitende notitie; die komt in het dossier.",
            "Write a closing note; it goes into the file.",
        )
    escalation.not_before(problems, case, on)
    problems.raise_if_any()
    assert item is not None
    text = note.strip()
    reason = f"{item.label}: {text}"
    was_escalated = case.status == S.OPGESCHAALD
    lifecycle.move_by(uow, case, S.AFGESLOTEN, Route.CLOSING, reason=reason, on=on)
    if was_escalated:
        escalation.end_on_closing(uow, case, on=on, outcome=reason)
    case.closing_result_id = item.id
    case.closing_result = text
    case_index.index_case(uow.session, case)
    uow.session.flush()
    uow.log_case(AuditAction.CHANGE, case, f"closed: {item.code}")
    return detail_of(case, uow.clock.today())
