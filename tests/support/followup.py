"""A case with an issued advice (two care items, two goals), for follow-up, funding, work
list, escalation and closing tests.

Service tests: `coordinator = open_team(Role.COORDINATOR)`, `table = plan_table(coordinator)`,
then `advised = issue_first_advice(open_team(Role.VOORZITTER), table, today=NOW.date())`.
UI tests run on the real clock: pass `today=date.today()` and plan the meeting near today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from expertteam_app.services import advice
from expertteam_app.services.context import TeamSession
from tests.support.advice import Table, two_item_draft


@dataclass(frozen=True)
class Advised:
    case_id: int
    advice_id: int
    care_item_ids: list[int]  # intensive family treatment (Horizon), family home (De Linde)
    goal_ids: list[int]
    provider_ids: list[int]
    issued_on: date


def issue_first_advice(
    chair: TeamSession, table: Table, *, today: date, case_index: int = 0
) -> Advised:
    """The chair drafts and issues version 1 for one of the table's cases, dated `today`.

    The care items' latest starts are today + 13 and today + 30 days."""
    case_id = table.case_ids[case_index]
    with chair.unit_of_work() as uow:
        state = advice.save_draft(uow, case_id, two_item_draft(table.provider_ids, today=today))
    assert state.draft is not None
    with chair.unit_of_work() as uow:
        issued = advice.issue_advice(uow, state.draft.id, on=today)
    current = issued.current
    assert current is not None
    return Advised(
        case_id=case_id,
        advice_id=current.id,
        care_item_ids=[c.id for c in current.care_items],
        goal_ids=[g.id for g in current.goals],
        provider_ids=table.provider_ids,
        issued_on=today,
    )
