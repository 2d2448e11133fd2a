"""Screenshot of a case's follow-up area with synthetic data (offscreen).

    .venv/bin/python docs/make_follow_up.py [OUT.png]

An advice issued three weeks ago: the first provider declined (its latest start has passed,
so the item is marked late), the second accepted and started; one goal has been evaluated.
Synthetic data only: every person, organisation and note here is made up.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from expertteam_app.domain.enums import CareAnswer, GoalOutcome, Role
    from expertteam_app.services import cases, followup
    from expertteam_app.services.context import FixedClock, SystemClock
    from tests.support.advice import plan_table
    from tests.support.followup import issue_first_advice
    from tests.support.team import build_template, open_as
    from ui import i18n
    from ui.followup import FollowUpArea
    from ui.session import _replace_team
    from ui.worker import Database

    work = Path(tempfile.mkdtemp(prefix="follow-up-shot-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "s"))
    app = QApplication(["expertteam"])
    i18n.install(app, os.environ.get("SHOT_LANG", "nl"))
    template = build_template(work)
    today = date.today()
    issued = today - timedelta(days=21)

    def at(day: date) -> FixedClock:
        return FixedClock(
            datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=10)
        )

    # The history, written by the team on the days it happened.
    coordinator = open_as(template, template.db_path, Role.COORDINATOR, clock=at(issued))
    table = plan_table(coordinator, starts_at=datetime.combine(issued, datetime.min.time()))
    coordinator.close()
    chair = open_as(template, template.db_path, Role.VOORZITTER, clock=at(issued))
    advised = issue_first_advice(chair, table, today=issued)
    chair.close()
    first, second = advised.care_item_ids
    coordinator = open_as(template, template.db_path, Role.COORDINATOR, clock=at(today))
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
    area = FollowUpArea(db, box["info"], detail)
    area.resize(1200, 700)
    area.show()
    settle(1.0)
    area.select_item(second)  # the first, late, row keeps its colour unselected
    area.select_goal(advised.goal_ids[0])
    settle(0.5)
    out = Path(
        sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs" / "screenshots" / "follow-up.png")
    )
    area.grab().save(str(out))
    print("wrote", out)
    area.close()
    settle(0.3)
    db.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
