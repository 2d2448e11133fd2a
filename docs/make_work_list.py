"""Screenshot of the work list (werklijst) with synthetic data (offscreen).

    .venv/bin/python docs/make_work_list.py [OUT.png]

A few cases written by the team on the days it happened: an advice of two months ago whose
provider declined and whose funding is still undecided, with a goal evaluation coming up;
an advice of two weeks ago without answers; cases nearing and past the target lead time
(one suspended); a young person turning 18; a case on next week's agenda without
preparation. Synthetic data only: every person, organisation and note here is made up.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from shots import Shots, out_path


def main() -> int:
    from expertteam_app.domain.case import Case
    from expertteam_app.domain.dates import add_months
    from expertteam_app.domain.enums import (
        BigFiveArea,
        BigFiveStatus,
        CareAnswer,
        CaseStatus,
        Role,
        SuspensionReason,
    )
    from expertteam_app.services import (
        advice,
        cases,
        followup,
        funding,
        lifecycle,
        meetings,
    )
    from expertteam_app.services.demo import synthetic_bsn
    from tests.support.advice import add_providers, two_item_draft
    from tests.support.cases import draft
    from ui.worklist import WorkListPage

    shots = Shots("work-list-shot-")
    team = shots.team
    template = shots.template
    today = shots.today
    rng = random.Random(7)
    used: set[str] = set()

    def register(
        first: str, prefix: str, last: str, registered: date, *, born: date = date(2013, 4, 9)
    ) -> int:
        new = draft(first=first, prefix=prefix, last=last, born=born, bsn=synthetic_bsn(rng, used))
        new.registered_on = registered
        new.consents = [replace(c, given_on=registered) for c in new.consents]
        coordinator = team(Role.COORDINATOR, registered)
        try:
            with coordinator.unit_of_work() as uow:
                case_id = cases.register_case(uow, new).case_id
            with coordinator.unit_of_work() as uow:
                lifecycle.change_status(uow, case_id, CaseStatus.IN_BEHANDELING)
        finally:
            coordinator.close()
        return case_id

    def plan(day: date, case_ids: list[int], preparations: list[str]) -> int:
        coordinator = team(Role.COORDINATOR, min(day, today))
        try:
            with coordinator.unit_of_work() as uow:
                chair = next(m for m in meetings.member_choices(uow) if m.role == "voorzitter")
                view = meetings.plan_meeting(
                    uow,
                    meetings.MeetingInput(
                        starts_at=datetime.combine(day, datetime.min.time()).replace(hour=14),
                        place="Gemeentehuis, zaal 2",
                        title="Casusoverleg",
                        chair_id=chair.id,
                        attendee_ids=[m.id for m in meetings.member_choices(uow)],
                        agenda=[
                            meetings.AgendaInput(case_id, text)
                            for case_id, text in zip(case_ids, preparations, strict=True)
                        ],
                    ),
                )
        finally:
            coordinator.close()
        return view.id

    def issue(case_id: int, day: date, providers: list[int], evaluate_in: int) -> list[int]:
        chair = team(Role.VOORZITTER, day)
        try:
            proposal = two_item_draft(providers, today=day)
            first_goal = replace(
                proposal.goals[0], evaluation_date=today + timedelta(days=evaluate_in)
            )
            proposal.goals = [first_goal, *proposal.goals[1:]]
            with chair.unit_of_work() as uow:
                state = advice.save_draft(uow, case_id, proposal)
            assert state.draft is not None
            with chair.unit_of_work() as uow:
                current = advice.issue_advice(uow, state.draft.id, on=day).current
        finally:
            chair.close()
        assert current is not None
        return [c.id for c in current.care_items]

    coordinator = team(Role.COORDINATOR, today - timedelta(days=120))
    providers = add_providers(coordinator)
    member_ids = {r: template.member_ids[r] for r in (Role.COORDINATOR, Role.VOORZITTER)}
    coordinator.close()

    # Two months ago: an advice; Horizon declined, De Linde started, funding undecided.
    daan = register("Daan", "van der", "Berg", today - timedelta(days=95))
    sanne = register("Sanne", "", "Visser", today - timedelta(days=40))
    plan(today - timedelta(days=60), [daan], ["Wachtlijst autismezorg; school loopt vast."])
    horizon, linde = issue(daan, today - timedelta(days=60), providers, evaluate_in=9)
    coordinator = team(Role.COORDINATOR, today - timedelta(days=35))
    with coordinator.unit_of_work() as uow:
        followup.record_answer(
            uow, horizon, CareAnswer.DECLINED, on=today - timedelta(days=52), reason="Geen plek"
        )
        followup.record_start(uow, linde, on=today - timedelta(days=40))
        funding.request_funding(
            uow,
            linde,
            funding.FundingRequestInput(
                "GM0014", Decimal("48000.00"), requested_on=today - timedelta(days=40)
            ),
        )
    coordinator.close()

    # Two weeks ago: an advice nobody has answered yet.
    plan(today - timedelta(days=14), [sanne], ["Twee aanbieders wezen af."])
    issue(sanne, today - timedelta(days=14), providers, evaluate_in=150)

    # Before the advice: past, near and (suspended) past the target lead time.
    register("Milan", "", "Bakker", today - timedelta(days=47))
    fatima = register(
        "Fatima",
        "",
        "El Amrani",
        today - timedelta(days=37),
        born=add_months(today, -(18 * 12 - 3)) + timedelta(days=12),
    )
    emma = register("Emma", "de", "Vries", today - timedelta(days=70))
    coordinator = team(Role.COORDINATOR, today - timedelta(days=6))
    with coordinator.unit_of_work() as uow:
        lifecycle.suspend_case(
            uow,
            emma,
            SuspensionReason.WAITING_FOR_CONSENT,
            "Wachten op toestemming van vader",
            on=today - timedelta(days=6),
        )
        followup.save_transition_check(uow, fatima, BigFiveArea.HOUSING, BigFiveStatus.ARRANGED)
        followup.save_transition_check(uow, fatima, BigFiveArea.INCOME, BigFiveStatus.ARRANGED)
    coordinator.close()

    # Next week's meeting: one case prepared, one not yet.
    noah = register("Noah", "", "Jansen", today - timedelta(days=12))
    lotte = register("Lotte", "", "Smit", today - timedelta(days=20))
    plan(
        today + timedelta(days=5), [lotte, noah], ["Verklarende analyse: hechting en schulden.", ""]
    )

    owner = team(Role.COORDINATOR, today)
    with owner.unit_of_work() as uow:
        for case_id, role in (
            (daan, Role.COORDINATOR),
            (sanne, Role.VOORZITTER),
            (fatima, Role.COORDINATOR),
            (emma, Role.COORDINATOR),
            (noah, Role.VOORZITTER),
            (lotte, Role.COORDINATOR),
        ):
            case = uow.session.get(Case, case_id)
            assert case is not None
            case.owner_id = member_ids[role]
    owner.close()

    info = shots.open_worker(Role.COORDINATOR)
    page = WorkListPage(shots.db, info)
    page.resize(1200, 420)
    page.show()
    shots.settle(1.0)
    page.table.selectRow(2)
    shots.settle(0.3)
    shots.save(page, out_path(1, "work-list.png"))
    page.close()
    shots.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
