"""Fixtures for the window tests: isolated QSettings, the database worker, an unlocked
team on the worker, and the window in Dutch."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from expertteam_app.domain.enums import Role
from expertteam_app.services.context import SystemClock
from tests.support.team import TeamTemplate, open_as
from ui import i18n
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
