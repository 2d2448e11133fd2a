"""The workstation slot in the OS keyring: only a secure backend may hold it, and it is a
convenience that can be forgotten, go stale or be refused without touching the database."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyrings.alt.file import PlaintextKeyring

from expertteam_app.domain.enums import Role
from expertteam_app.errors import KeyringRefused, WrongPassphrase
from expertteam_app.services import team as team_svc
from expertteam_app.store import crypto, keyring_slot
from expertteam_app.store.vault import slot_file_for
from tests.support.memory_keyring import MemoryKeyring
from tests.support.team import MEMBERS, TeamTemplate

LID_NAME, _ = MEMBERS[Role.LID]


# --- helpers ---------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def workstation_slots(db: Path) -> list[dict[str, Any]]:
    slots = json.loads(slot_file_for(db).read_bytes())["slots"]
    return [s for s in slots if s["kind"] == "workstation"]


def plaintext_keyring(directory: Path) -> PlaintextKeyring:
    """keyrings.alt's file keyring, pointed at tmp_path so a failing test writes nothing at home."""
    backend = PlaintextKeyring()
    backend.file_path = str(directory / "keyring_pass.cfg")
    return backend


def chainer_of(monkeypatch: pytest.MonkeyPatch, *backends: Any) -> ChainerBackend:
    # ChainerBackend discovers its members from the installed backends; pin them instead.
    monkeypatch.setattr(ChainerBackend, "backends", list(backends))
    return ChainerBackend()


class HomeMadeKeyring(MemoryKeyring):
    """A backend nobody vouched for: refused even though it happens to work."""


def remember_as_lid(open_team) -> None:
    team = open_team(Role.LID)
    team_svc.remember_on_workstation(team)
    team.close()


# --- which keyrings count --------------------------------------------------------------

PLAINTEXT_WORDS = ("onversleuteld", "unencrypted")
NO_KEYRING_WORDS = ("geen beveiligde sleutelbos", "no secure keyring")


@pytest.mark.parametrize(
    ("make_backend", "words"),
    [
        (lambda tmp, mp: plaintext_keyring(tmp), PLAINTEXT_WORDS),
        (lambda tmp, mp: null.Keyring(), NO_KEYRING_WORDS),
        (lambda tmp, mp: fail.Keyring(), NO_KEYRING_WORDS),
        # A trusted keyring first does not make up for a plaintext one behind it.
        (lambda tmp, mp: chainer_of(mp, MemoryKeyring(), plaintext_keyring(tmp)), PLAINTEXT_WORDS),
        (lambda tmp, mp: chainer_of(mp), NO_KEYRING_WORDS),
        (lambda tmp, mp: HomeMadeKeyring(), ("niet bekend als veilig", "not known to be secure")),
    ],
    ids=["plaintext-file", "null", "fail", "chainer-with-plaintext", "empty-chainer", "unknown"],
)
def test_insecure_keyrings_are_refused_with_the_reason_in_both_languages(
    memory_keyring: MemoryKeyring,  # trusts MemoryKeyring, as a real secure backend would be
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_backend,
    words: tuple[str, str],
) -> None:
    backend = make_backend(tmp_path, monkeypatch)
    reason = keyring_slot.refusal_reason(backend)
    assert isinstance(reason, KeyringRefused)
    nl, en = words
    assert nl in reason.message.nl.lower()
    assert en in reason.message.en.lower()
    with pytest.raises(KeyringRefused):
        keyring_slot.secure_backend(backend)


def test_trusted_keyring_is_accepted_alone_and_in_a_chainer(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert keyring_slot.refusal_reason(memory_keyring) is None
    assert keyring_slot.secure_backend() is memory_keyring  # the process's keyring
    assert keyring_slot.refusal_reason(chainer_of(monkeypatch, memory_keyring)) is None


# --- remembering on this workstation ------------------------------------------------------


def test_remembered_workstation_unlocks_without_a_passphrase(
    open_team, team_db: Path, memory_keyring: MemoryKeyring, team_template: TeamTemplate
) -> None:
    remember_as_lid(open_team)

    team = team_svc.unlock_remembered(team_db, LID_NAME)
    assert team is not None
    try:
        assert team.actor.member_id == team_template.member_ids[Role.LID]
    finally:
        team.close()
    # The keyring holds a key that opens the slot, never the data key itself.
    [secret] = memory_keyring.secrets.values()
    assert crypto.b64d(secret) != team_template.data_key


def test_forgetting_removes_the_slot_and_the_keyring_secret(
    open_team, team_db: Path, memory_keyring: MemoryKeyring
) -> None:
    remember_as_lid(open_team)
    assert len(workstation_slots(team_db)) == 1 and len(memory_keyring.secrets) == 1

    team = open_team(Role.LID)
    team_svc.forget_on_workstation(team)
    team.close()

    assert workstation_slots(team_db) == []
    assert memory_keyring.secrets == {}
    assert team_svc.unlock_remembered(team_db, LID_NAME) is None


def test_keyring_emptied_behind_the_apps_back_means_nothing_is_remembered(
    open_team, team_db: Path, memory_keyring: MemoryKeyring
) -> None:
    remember_as_lid(open_team)
    memory_keyring.secrets.clear()

    assert team_svc.unlock_remembered(team_db, LID_NAME) is None


@pytest.mark.parametrize(
    "stored",
    [crypto.b64e(b"\x07" * 32), crypto.b64e(b"\x07" * 5), "geen base64!"],
    ids=["other-key", "too-short", "not-base64"],
)
def test_a_keyring_secret_that_no_longer_fits_is_refused_not_used(
    open_team, team_db: Path, memory_keyring: MemoryKeyring, stored: str
) -> None:
    remember_as_lid(open_team)
    [entry] = memory_keyring.secrets
    memory_keyring.secrets[entry] = stored  # edited by hand in the OS's credential manager

    with pytest.raises(WrongPassphrase):
        team_svc.unlock_remembered(team_db, LID_NAME)


def test_plaintext_keyring_is_refused_and_nothing_is_stored(
    open_team, team_db: Path, tmp_path: Path
) -> None:
    backend = plaintext_keyring(tmp_path)
    keys_before = sha256(slot_file_for(team_db))
    team = open_team(Role.LID)
    with pytest.raises(KeyringRefused):
        team_svc.remember_on_workstation(team, backend)
    team.close()

    assert sha256(slot_file_for(team_db)) == keys_before
    assert not Path(backend.file_path).exists()


def test_removing_a_member_deletes_their_workstation_slot_and_keyring_secret(
    open_team, team_db: Path, memory_keyring: MemoryKeyring, team_template: TeamTemplate
) -> None:
    remember_as_lid(open_team)

    admin = open_team(Role.BEHEERDER)
    with admin.unit_of_work() as uow:
        team_svc.remove_member(uow, team_template.member_ids[Role.LID])
    admin.close()

    assert workstation_slots(team_db) == []
    assert memory_keyring.secrets == {}
