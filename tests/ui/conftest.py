"""Fixtures for the window tests: isolated QSettings, the database worker, an unlocked
team on the worker, main windows that close cleanly, and the window in Dutch; helpers that
put a meeting and an issued advice in the test's team."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from expertteam_app.domain.enums import Role
from expertteam_app.services.context import FixedClock, SystemClock
from tests.support.advice import Table, plan_table
from tests.support.followup import Advised, issue_first_advice
from tests.support.team import TeamTemplate, open_as
from ui import i18n
from ui.main_window import MainWindow
from ui.session import SessionInfo
from ui.settings import Preferences
from ui.worker import Database, JobContext


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every test gets its own QSettings file, never the developer's."""
    directory = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(directory))
    qapp.setOrganizationName("ExpertteamTest")
    qapp.setApplicationName("ExpertteamTest")
    i18n.install(qapp, "nl")
    yield


@pytest.fixture(autouse=True)
def no_unexpected_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the suite offscreen: fail loudly instead.
    Tests that expect one patch `exec` themselves."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self):  # type: ignore[no-untyped-def]
        raise AssertionError(
            f"unexpected modal dialog: {type(self).__name__} {self.windowTitle()!r}"
        )

    def refuse_static(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected modal message box: {args[1:3]!r}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)
    # The static helpers run their own event loop in C++, out of reach of `exec` above.
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse_static)


@pytest.fixture
def prefs() -> Preferences:
    return Preferences()


@pytest.fixture
def db(qtbot) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    worker = Database()
    yield worker
    qtbot.waitUntil(lambda: worker.idle, timeout=15_000)
    worker.shutdown()


def wait(qtbot, db: Database, timeout: int = 15_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: db.idle, timeout=timeout)


def run_sync(qtbot, db: Database, op: Callable[[JobContext], object]) -> object:  # type: ignore[no-untyped-def]
    """Run an op on the worker and return its result (for setting up and checking)."""
    box: dict[str, object] = {}
    db.run(
        op,
        on_done=lambda r: box.setdefault("result", r),
        on_error=lambda e, c: box.setdefault("error", e),
    )
    qtbot.waitUntil(lambda: "result" in box or "error" in box, timeout=30_000)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("result")


@pytest.fixture
def unlocked(
    qtbot, db: Database, team_db: Path, team_template: TeamTemplate
) -> Callable[[Role], SessionInfo]:  # type: ignore[no-untyped-def]
    """unlocked(Role.X): the test's team copy opened on the worker as that member."""

    def _open(role: Role = Role.COORDINATOR) -> SessionInfo:
        from ui.session import _replace_team

        def op(ctx: JobContext) -> SessionInfo:
            return _replace_team(ctx, open_as(team_template, team_db, role, clock=SystemClock()))

        info = run_sync(qtbot, db, op)
        assert isinstance(info, SessionInfo)
        return info

    return _open


@pytest.fixture
def window(
    qtbot, db: Database, prefs: Preferences, unlocked
) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """window(Role.X): a shown main window for that member (the coordinator by default),
    closed after the test without asking about what the test left unsaved."""
    opened: list[MainWindow] = []

    def _open(role: Role = Role.COORDINATOR) -> MainWindow:
        main = MainWindow(db, prefs, unlocked(role))
        main.show()
        wait(qtbot, db)
        opened.append(main)
        return main

    yield _open
    for main in opened:  # what a test left unsaved is not the teardown's question
        for tab in main.case_tabs():
            tab.form._set_dirty(False)
            if tab.advice is not None:
                tab.advice._set_dirty(False)
        main.close()
        main.deleteLater()


def planned_table(qtbot, db: Database, unlocked, starts_at: datetime) -> Table:  # type: ignore[no-untyped-def]
    """The coordinator (who plans meetings and keeps the sociale kaart) puts three cases on
    a meeting at `starts_at` and adds two providers; the worker stays the coordinator's."""
    unlocked(Role.COORDINATOR)
    table = run_sync(qtbot, db, lambda ctx: plan_table(ctx.team, starts_at=starts_at))
    assert isinstance(table, Table)
    return table


def issued_on_worker(qtbot, db: Database, unlocked, table: Table, *, today: date) -> Advised:  # type: ignore[no-untyped-def]
    """The chair issues the first case's advice, dated `today`, on the worker (which runs on
    the real clock and stays the chair's)."""
    unlocked(Role.VOORZITTER)
    result = run_sync(qtbot, db, lambda ctx: issue_first_advice(ctx.team, table, today=today))
    assert isinstance(result, Advised)
    return result


def issued_back_then(
    team_template: TeamTemplate, team_db: Path, table: Table, issued: date
) -> Advised:
    """The chair issues the first case's advice on `issued`, in a session of its own whose
    clock is turned back to that day (the service dates an advice by its clock)."""
    back_then = FixedClock(datetime.combine(issued, time(10), tzinfo=UTC))
    chair = open_as(team_template, team_db, Role.VOORZITTER, clock=back_then)
    try:
        return issue_first_advice(chair, table, today=issued)
    finally:
        chair.close()
