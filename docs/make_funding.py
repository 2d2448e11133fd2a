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

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from expertteam_app.domain.enums import DisputeSubject, FundingDecision, Role
    from expertteam_app.services import cases, funding
    from expertteam_app.services.context import FixedClock, SystemClock
    from expertteam_app.services.funding import FundingRequestInput
    from tests.support.advice import plan_table
    from tests.support.followup import issue_first_advice
    from tests.support.team import build_template, open_as
    from ui import i18n
    from ui.funding import FundingArea, open_funding_overview
    from ui.session import _replace_team
    from ui.worker import Database

    work = Path(tempfile.mkdtemp(prefix="funding-shot-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "s"))
    app = QApplication(["expertteam"])
    i18n.install(app, os.environ.get("SHOT_LANG", "nl"))
    template = build_template(work)
    today = date.today()
    issued = today - timedelta(days=75)

    def at(day: date) -> FixedClock:
        return FixedClock(
            datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=10)
        )

    coordinator = open_as(template, template.db_path, Role.COORDINATOR, clock=at(issued))
    table = plan_table(coordinator, starts_at=datetime.combine(issued, datetime.min.time()))
    coordinator.close()
    chair = open_as(template, template.db_path, Role.VOORZITTER, clock=at(issued))
    advised = [issue_first_advice(chair, table, today=issued, case_index=i) for i in range(3)]
    chair.close()

    coordinator = open_as(template, template.db_path, Role.COORDINATOR, clock=at(today))

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

    db = Database()

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or not db.idle:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    box: dict = {}
    db.run(
        lambda ctx: _replace_team(
            ctx, open_as(template, template.db_path, Role.COORDINATOR, clock=SystemClock())
        ),
        on_done=lambda r: box.setdefault("info", r),
        on_error=lambda e, c: box.setdefault("error", e),
    )
    settle(0.2)
    if "error" in box:
        raise box["error"]
    area = FundingArea(db, box["info"], detail)
    area.resize(1200, 860)
    area.show()
    settle(1.0)
    area.select_request(disputed)
    settle(0.5)
    shots = ROOT / "docs" / "screenshots"
    out = Path(sys.argv[1] if len(sys.argv) > 1 else str(shots / "funding.png"))
    area.grab().save(str(out))
    print("wrote", out)

    window = open_funding_overview(area, db, box["info"])
    settle(1.0)
    out = Path(sys.argv[2] if len(sys.argv) > 2 else str(shots / "funding-overview.png"))
    window.grab().save(str(out))
    print("wrote", out)
    window.close()
    area.close()
    settle(0.3)
    db.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
