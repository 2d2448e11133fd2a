"""Shared fixtures. Qt runs offscreen; every test gets its own copy of one encrypted team."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest

from expertteam_app.anonymise.scrubber import Anonymiser, shared_anonymiser
from expertteam_app.domain.enums import Role
from expertteam_app.services.context import FixedClock, TeamSession
from expertteam_app.store import keyring_slot
from tests.support.memory_keyring import QUALNAME, MemoryKeyring
from tests.support.team import NOW, TeamTemplate, build_template, open_as


@pytest.fixture(scope="session")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> TeamTemplate:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def anonymiser() -> Anonymiser:
    """The process's anonymiser with deduce, loaded once (seconds) for the whole run."""
    return shared_anonymiser()


@pytest.fixture
def team_db(tmp_path: Path, team_template: TeamTemplate) -> Path:
    """A fresh copy of the template team database (and its key file) for this test."""
    return team_template.copy_to(tmp_path)


@pytest.fixture
def open_team(team_db: Path, team_template: TeamTemplate) -> Iterator[Callable[..., TeamSession]]:
    """open_team(Role.COORDINATOR) -> an unlocked TeamSession on this test's copy."""
    opened: list[TeamSession] = []

    def _open(role: Role = Role.COORDINATOR, clock: FixedClock | None = None) -> TeamSession:
        team = open_as(team_template, team_db, role, clock=clock or FixedClock(NOW))
        opened.append(team)
        return team

    yield _open
    for team in opened:
        team.close()


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """A trusted in-memory keyring as the process's keyring (there is no daemon here)."""
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring_slot, "SECURE_BACKENDS", keyring_slot.SECURE_BACKENDS | {QUALNAME})
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
