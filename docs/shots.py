"""What the screenshot scripts (docs/make_*.py) share: an offscreen application in the
language asked for (SHOT_LANG, Dutch by default) with settings of its own, a fresh synthetic
team, sessions whose clock is turned to the day something happened, the database worker
opened as one member, and writing a widget's picture.

    from shots import Shots, out_path   # docs/ is the script's folder, so this finds it

Synthetic data only: every person, organisation and note the scripts write is made up.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from expertteam_app.domain.enums import Role
    from expertteam_app.services.context import FixedClock, TeamSession
    from tests.support.followup import Advised
    from ui.session import SessionInfo
    from ui.worker import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def out_path(index: int, name: str) -> Path:
    """Where to write: the script's argument at `index`, or docs/screenshots/`name`."""
    return Path(sys.argv[index]) if len(sys.argv) > index else SCREENSHOTS / name


def at(day: date) -> FixedClock:
    """A clock that stands at ten in the morning of `day`."""
    from expertteam_app.services.context import FixedClock

    return FixedClock(datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=10))


class Shots:
    """The application, a synthetic team in a temporary folder, and (once `open_worker` is
    called) the database worker the widgets use."""

    def __init__(self, prefix: str) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from tests.support.team import build_template
        from ui import i18n

        work = Path(tempfile.mkdtemp(prefix=prefix))
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "s"))
        self.app = QApplication(["expertteam"])
        i18n.install(self.app, os.environ.get("SHOT_LANG", "nl"))
        self.template = build_template(work)
        self.today = date.today()
        self._db: Database | None = None

    def team(self, role: Role, day: date) -> TeamSession:
        """The team opened as `role`, its clock at `day` (close it when done)."""
        from tests.support.team import open_as

        return open_as(self.template, self.template.db_path, role, clock=at(day))

    def advise(self, issued: date, *, cases: int = 1) -> list[Advised]:
        """The coordinator puts three cases on a meeting on `issued`; that day the chair
        issues the advice (two care items, two goals) of the first `cases` of them."""
        from expertteam_app.domain.enums import Role
        from tests.support.advice import plan_table
        from tests.support.followup import issue_first_advice

        coordinator = self.team(Role.COORDINATOR, issued)
        table = plan_table(coordinator, starts_at=datetime.combine(issued, datetime.min.time()))
        coordinator.close()
        chair = self.team(Role.VOORZITTER, issued)
        advised = [
            issue_first_advice(chair, table, today=issued, case_index=i) for i in range(cases)
        ]
        chair.close()
        return advised

    # --- the window's side --------------------------------------------------------------------

    @property
    def db(self) -> Database:
        assert self._db is not None, "open_worker first"
        return self._db

    def open_worker(self, role: Role) -> SessionInfo:
        """Start the database worker and open the team on it as `role`, on the real clock."""
        from expertteam_app.services.context import SystemClock
        from tests.support.team import open_as
        from ui.session import _replace_team
        from ui.worker import Database

        self._db = Database()
        template = self.template
        box: dict = {}
        self._db.run(
            lambda ctx: _replace_team(
                ctx, open_as(template, template.db_path, role, clock=SystemClock())
            ),
            on_done=lambda r: box.setdefault("info", r),
            on_error=lambda e, c: box.setdefault("error", e),
        )
        self.settle(0.2)
        if "error" in box:
            raise box["error"]
        return box["info"]

    def settle(self, seconds: float = 0.4) -> None:
        """Let the window draw for `seconds`, and longer while the worker is busy."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        end = time.monotonic() + seconds
        while time.monotonic() < end or (self._db is not None and not self._db.idle):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def save(self, widget: QWidget, out: Path) -> None:
        widget.grab().save(str(out))
        print("wrote", out)

    def finish(self) -> None:
        """After the windows are closed: let them go, then stop the worker."""
        self.settle(0.3)
        self.db.shutdown()
