# ruff: noqa: E501 - a screenshot script with long synthetic sentences
"""Screenshot of the meeting room with synthetic data (offscreen)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from expertteam_app.domain.enums import Role
    from expertteam_app.services import advice, meetings
    from expertteam_app.services.context import SystemClock
    from tests.support.advice import plan_table, two_item_draft
    from tests.support.team import build_template, open_as
    from ui import i18n
    from ui.meetings import MeetingListPage
    from ui.session import _replace_team
    from ui.worker import Database

    work = Path(tempfile.mkdtemp(prefix="room-shot-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "s"))
    app = QApplication(["expertteam"])
    i18n.install(app, os.environ.get("SHOT_LANG", "nl"))
    template = build_template(work)
    db = Database()
    today = date.today()

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or not db.idle:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    box: dict = {}

    def run(op):
        box.clear()
        db.run(
            op,
            on_done=lambda r: box.setdefault("r", r),
            on_error=lambda e, c: box.setdefault("e", e),
        )
        settle(0.1)
        if "e" in box:
            raise box["e"]
        return box.get("r")

    def as_role(role):
        return run(
            lambda ctx: _replace_team(
                ctx, open_as(template, template.db_path, role, clock=SystemClock())
            )
        )

    as_role(Role.COORDINATOR)
    table = run(
        lambda ctx: plan_table(
            ctx.team, starts_at=datetime.combine(today, datetime.min.time()).replace(hour=14)
        )
    )

    def draft(ctx):
        with ctx.unit_of_work() as uow:
            return advice.save_draft(
                uow, table.case_ids[0], two_item_draft(table.provider_ids, today=today)
            ).draft.id

    advice_id = run(draft)
    as_role(Role.VOORZITTER)

    def issue(ctx):
        with ctx.unit_of_work() as uow:
            advice.issue_advice(uow, advice_id)

    run(issue)
    info = as_role(Role.COORDINATOR)

    def minutes(ctx):
        with ctx.unit_of_work() as uow:
            view = meetings.get_meeting(uow, table.meeting_id)
            meetings.save_minutes(
                uow,
                view.agenda[1].id,
                meetings.MinutesInput("Kort besproken.", "Terug op de agenda in juli."),
            )

    run(minutes)
    page = MeetingListPage(db, info)
    page.resize(1200, 600)
    page.show()
    settle(0.5)
    page.select_meeting(table.meeting_id)
    room = page.open_room(table.meeting_id)
    room.resize(1400, 900)
    settle(1.0)
    room.discussion.setPlainText(
        "De hulp bij Zorggroep Horizon loopt, maar de wachttijd voor het gezinshuis is opgelopen tot 14 weken. "
        "Moeder geeft aan dat de situatie thuis zwaar blijft; school ziet lichte verbetering in aanwezigheid."
    )
    room.agreements.setPlainText(
        "Advies blijft staan; coördinator vraagt De Linde om een overbruggingsplek.\n"
        "Herbeoordeling in het overleg van volgende maand."
    )
    row = room.action_rows.add_row()
    row.who.setText("Cor Coördinator")
    row.what.setText("Gezinshuis De Linde bellen over een overbruggingsplek")
    row.due.set_value(today + timedelta(days=7))
    row = room.action_rows.add_row()
    row.who.setText("Els Wijkwerker")
    row.what.setText("Moeder informeren over de afspraken")
    row.due.set_value(today + timedelta(days=3))
    settle(2.5)
    out = Path(
        sys.argv[1]
        if len(sys.argv) > 1
        else str(ROOT / "docs" / "screenshots" / "meeting-room.png")
    )
    room.grab().save(str(out))
    print("wrote", out, room.status.text())
    room.close()
    settle(0.5)
    db.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
