"""Screenshot of a case's follow-up area with synthetic data (offscreen).

    .venv/bin/python docs/make_follow_up.py [OUT.png]

An advice issued three weeks ago: the first provider declined (its latest start has passed,
so the item is marked late), the second accepted and started; one goal has been evaluated.
Synthetic data only: every person, organisation and note here is made up.
"""

from __future__ import annotations

import sys
from datetime import timedelta

from shots import Shots, out_path


def main() -> int:
    from expertteam_app.domain.enums import CareAnswer, GoalOutcome, Role
    from expertteam_app.services import cases, followup
    from ui.followup import FollowUpArea

    shots = Shots("follow-up-shot-")
    today = shots.today
    issued = today - timedelta(days=21)

    # The history, written by the team on the days it happened.
    (advised,) = shots.advise(issued)
    first, second = advised.care_item_ids
    coordinator = shots.team(Role.COORDINATOR, today)
    with coordinator.unit_of_work() as uow:
        followup.record_answer(
            uow,
            first,
            CareAnswer.DECLINED,
            on=issued + timedelta(days=4),
            reason="Wachtlijst van negen weken; geen overbrugging mogelijk.",
        )
        followup.add_update(
            uow,
            first,
            on=issued + timedelta(days=9),
            text="Gebeld met de teamleider: zoekt naar een plek bij een andere locatie.",
        )
        followup.record_answer(uow, second, CareAnswer.ACCEPTED, on=issued + timedelta(days=3))
        followup.record_start(uow, second, on=issued + timedelta(days=12))
        followup.add_update(
            uow,
            second,
            on=issued + timedelta(days=17),
            text="Eerste weekend in het gezinshuis verliep rustig.",
        )
        followup.evaluate_goal(
            uow,
            advised.goal_ids[0],
            on=today - timedelta(days=2),
            outcome=GoalOutcome.PARTLY,
            note="Daan gaat twee dagen per week; de derde dag volgt na de herfstvakantie.",
        )
        detail = cases.get_case(uow, advised.case_id)
    coordinator.close()

    info = shots.open_worker(Role.COORDINATOR)
    area = FollowUpArea(shots.db, info, detail)
    area.resize(1200, 700)
    area.show()
    shots.settle(1.0)
    area.select_item(second)  # the first, late, row keeps its colour unselected
    area.select_goal(advised.goal_ids[0])
    shots.settle(0.5)
    shots.save(area, out_path(1, "follow-up.png"))
    area.close()
    shots.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
