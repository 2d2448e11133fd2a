"""When a new version of an advice is issued, the follow-up that carries on moves with it.

A care item of the new version with the same kind of care and the same provider as one of
the previous version is the same care line: its provider's answer, start, timeline and
funding requests are re-pointed to the new row. A goal with the same description keeps its
evaluations. What the new version dropped keeps its follow-up on the old version, where the
record shows it as superseded.
"""

from __future__ import annotations

from sqlalchemy import update

from expertteam_app.domain.advice import BindingAdvice
from expertteam_app.domain.followup import CareItemFollowUp, GoalEvaluation
from expertteam_app.domain.funding import FundingRequest
from expertteam_app.domain.names import fold
from expertteam_app.services.context import UnitOfWork


def care_item_pairs(previous: BindingAdvice, new: BindingAdvice) -> dict[int, int]:
    """Old care item id → new care item id, each matched at most once, in order."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for old in previous.care_items:
        for item in new.care_items:
            if (
                item.id not in taken
                and item.care_kind_id == old.care_kind_id
                and item.provider_id == old.provider_id
            ):
                pairs[old.id] = item.id
                taken.add(item.id)
                break
    return pairs


def goal_pairs(previous: BindingAdvice, new: BindingAdvice) -> dict[int, int]:
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for old in previous.goals:
        for goal in new.goals:
            if goal.id not in taken and fold(goal.description) == fold(old.description):
                pairs[old.id] = goal.id
                taken.add(goal.id)
                break
    return pairs


def carry_over(uow: UnitOfWork, previous: BindingAdvice, new: BindingAdvice) -> None:
    session = uow.session
    for old_id, new_id in care_item_pairs(previous, new).items():
        session.execute(
            update(CareItemFollowUp)
            .where(CareItemFollowUp.care_item_id == old_id)
            .values(care_item_id=new_id, row_version=CareItemFollowUp.row_version + 1)
            .execution_options(synchronize_session=False)
        )
        session.execute(
            update(FundingRequest)
            .where(FundingRequest.care_item_id == old_id)
            .values(care_item_id=new_id, row_version=FundingRequest.row_version + 1)
            .execution_options(synchronize_session=False)
        )
    for old_id, new_id in goal_pairs(previous, new).items():
        session.execute(
            update(GoalEvaluation)
            .where(GoalEvaluation.goal_id == old_id)
            .values(goal_id=new_id)
            .execution_options(synchronize_session=False)
        )
    session.expire_all()
