"""Screenshots of a case's funding area and of the funding overview, with synthetic data
(offscreen).

    .venv/bin/python docs/make_funding.py [AREA.png [OVERVIEW.png]]

Three cases with an advice issued about two and a half months ago. On the first, the
municipality refused the intensive family treatment, the team disputed it (residence
principle) and the municipality committed; the family home is funded half by each of two
municipalities, one still open. The other cases have requests in other municipalities, some
open for weeks. Synthetic data only: every person, organisation and reference is made up.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from decimal import Decimal

from shots import Shots, out_path


def main() -> int:
    from expertteam_app.domain.enums import DisputeSubject, FundingDecision, Role
    from expertteam_app.services import cases, funding
    from expertteam_app.services.funding import FundingRequestInput
    from ui.funding import FundingArea, open_funding_overview

    shots = Shots("funding-shot-")
    today = shots.today
    issued = today - timedelta(days=75)

    advised = shots.advise(issued, cases=3)
    coordinator = shots.team(Role.COORDINATOR, today)

    def ask(care_item_id: int, code: str, amount: str, days: int, period: int = 180) -> int:
        start = issued + timedelta(days=14)
        with coordinator.unit_of_work() as uow:
            state = funding.request_funding(
                uow,
                care_item_id,
                FundingRequestInput(
                    code,
                    Decimal(amount),
                    issued + timedelta(days=days),
                    start,
                    start + timedelta(days=period),
                    "Aanvraagformulier\nBindend advies (PDF)",
                ),
            )
        return max(r.id for i in state.items for r in i.requests)

    def decide(request_id: int, decision: FundingDecision, days: int, **kwargs: object) -> None:
        with coordinator.unit_of_work() as uow:
            funding.record_decision(
                uow, request_id, decision, on=issued + timedelta(days=days), **kwargs
            )

    first, second = advised[0].care_item_ids
    disputed = ask(first, "GM0014", "12500.50", 3)
    decide(
        disputed,
        FundingDecision.REFUSED,
        20,
        reference="GRN-2026-0412",
        note="Volgens de gemeente woont de jeugdige in Zeist.",
    )
    with coordinator.unit_of_work() as uow:
        state = funding.open_dispute(
            uow,
            disputed,
            parties="Gemeente Groningen, Gemeente Zeist",
            subject=DisputeSubject.RESIDENCE_PRINCIPLE,
            subject_note="Gezag bij moeder (Groningen); verblijf bij oma in Zeist.",
            on=issued + timedelta(days=24),
        )
        dispute = state.request(disputed).disputes[0]
        funding.end_dispute(
            uow,
            dispute.id,
            on=issued + timedelta(days=47),
            outcome="Woonplaats volgt het gezag: Groningen betaalt.",
            decision=FundingDecision.COMMITTED,
            committed_amount=Decimal("12500.50"),
            reference="GRN-2026-0533",
        )
    half = ask(second, "GM0014", "24000.00", 4, 365)
    decide(half, FundingDecision.COMMITTED, 18, committed_amount=Decimal("24000"),
           reference="GRN-2026-0420")  # fmt: skip
    ask(second, "GM0355", "24000.00", 4, 365)

    other_first, other_second = advised[1].care_item_ids
    utrecht = ask(other_first, "GM0344", "12500.50", 6)
    decide(utrecht, FundingDecision.COMMITTED, 30, committed_amount=Decimal("9800.25"),
           reference="UTR/JZ/77812")  # fmt: skip
    ask(other_second, "GM0344", "48000.00", 40)
    third_first, third_second = advised[2].care_item_ids
    amsterdam = ask(third_first, "GM0363", "12500.50", 8)
    decide(amsterdam, FundingDecision.REFUSED, 33, note="Valt onder de Wlz.")
    ask(third_second, "GM0363", "48000.00", 66)
    with coordinator.unit_of_work() as uow:
        detail = cases.get_case(uow, advised[0].case_id)
    coordinator.close()

    info = shots.open_worker(Role.COORDINATOR)
    area = FundingArea(shots.db, info, detail)
    area.resize(1200, 860)
    area.show()
    shots.settle(1.0)
    area.select_request(disputed)
    shots.settle(0.5)
    shots.save(area, out_path(1, "funding.png"))

    window = open_funding_overview(area, shots.db, info)
    shots.settle(1.0)
    shots.save(window, out_path(2, "funding-overview.png"))
    window.close()
    area.close()
    shots.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
