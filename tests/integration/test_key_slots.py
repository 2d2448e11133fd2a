"""The key slots beside the database: passphrase changes, members leaving, the recovery code,
and the parameters and bindings of each slot. All on real files copied from the template."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from expertteam_app.domain.enums import Role
from expertteam_app.errors import (
    NotAllowed,
    NotATeamDatabase,
    UnknownMember,
    ValidationError,
    WrongPassphrase,
)
from expertteam_app.services import team as team_svc
from expertteam_app.store import crypto
from expertteam_app.store.vault import Vault, slot_file_for
from tests.support.team import MEMBERS, TeamTemplate

LID_NAME, LID_PASSPHRASE = MEMBERS[Role.LID]
NEW_PASSPHRASE = "nieuwe zin met vier woorden"


# --- helpers ---------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(db: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(db.parent.iterdir()) if p.is_file()}


def read_key_file(db: Path) -> dict[str, Any]:
    return json.loads(slot_file_for(db).read_bytes())


def write_key_file(db: Path, data: dict[str, Any]) -> None:
    slot_file_for(db).write_text(json.dumps(data, indent=2), encoding="utf-8")


def member_slot(data: dict[str, Any], member_id: int) -> dict[str, Any]:
    [slot] = [s for s in data["slots"] if s["kind"] == "member" and s["member_id"] == member_id]
    return slot


def slots_except(data: dict[str, Any], member_id: int) -> list[dict[str, Any]]:
    return sorted(
        (s for s in data["slots"] if s["member_id"] != member_id), key=lambda s: s["slot_id"]
    )


def secret_slots(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in data["slots"] if s["kind"] in ("member", "recovery")]


def b64len(text: str) -> int:
    return len(base64.b64decode(text))


# --- passphrase change -----------------------------------------------------------------


def test_passphrase_change_rewraps_only_that_members_slot_and_not_the_database(
    team_db: Path, team_template: TeamTemplate
) -> None:
    lid = team_template.member_ids[Role.LID]
    db_before, keys_before = sha256(team_db), read_key_file(team_db)

    team_svc.change_passphrase(team_db, LID_NAME, LID_PASSPHRASE, NEW_PASSPHRASE)

    keys_after = read_key_file(team_db)
    assert sha256(team_db) == db_before
    files = sorted(p.name for p in team_db.parent.iterdir())
    assert files == [team_db.name, slot_file_for(team_db).name]  # no -wal or -shm: not opened
    old_slot, new_slot = member_slot(keys_before, lid), member_slot(keys_after, lid)
    assert new_slot["wrapped_key"] != old_slot["wrapped_key"]
    assert new_slot["kdf"]["salt"] != old_slot["kdf"]["salt"]
    assert slots_except(keys_after, lid) == slots_except(keys_before, lid)


def test_after_a_passphrase_change_only_the_new_passphrase_unlocks(team_db: Path) -> None:
    team_svc.change_passphrase(team_db, LID_NAME, LID_PASSPHRASE, NEW_PASSPHRASE)

    with pytest.raises(WrongPassphrase):
        team_svc.unlock(team_db, LID_NAME, LID_PASSPHRASE)
    team = team_svc.unlock(team_db, LID_NAME, NEW_PASSPHRASE)
    try:
        assert team.actor.name == LID_NAME
    finally:
        team.close()


def test_passphrase_change_with_a_wrong_current_passphrase_changes_nothing(team_db: Path) -> None:
    before = snapshot(team_db)
    with pytest.raises(ValidationError) as caught:
        team_svc.change_passphrase(team_db, LID_NAME, "niet mijn wachtwoord", NEW_PASSPHRASE)
    assert [p.field for p in caught.value.problems] == ["old_passphrase"]
    assert snapshot(team_db) == before


# --- members leaving -------------------------------------------------------------------


def test_removed_member_loses_their_slot_and_can_no_longer_unlock(
    open_team, team_db: Path, team_template: TeamTemplate
) -> None:
    lid = team_template.member_ids[Role.LID]
    before = read_key_file(team_db)
    admin = open_team(Role.BEHEERDER)
    with admin.unit_of_work() as uow:
        team_svc.remove_member(uow, lid)
    admin.close()

    after = read_key_file(team_db)
    assert [s for s in after["slots"] if s["member_id"] == lid] == []
    assert slots_except(after, lid) == slots_except(before, lid)
    with pytest.raises(UnknownMember):
        team_svc.unlock(team_db, LID_NAME, LID_PASSPHRASE)


def test_the_only_beheerder_cannot_be_removed(
    open_team, team_db: Path, team_template: TeamTemplate
) -> None:
    keys_before = sha256(slot_file_for(team_db))
    admin = open_team(Role.BEHEERDER)
    with pytest.raises(NotAllowed) as caught, admin.unit_of_work() as uow:
        team_svc.remove_member(uow, team_template.member_ids[Role.BEHEERDER])
    assert caught.value.message.nl and caught.value.message.en
    assert sha256(slot_file_for(team_db)) == keys_before


# --- the recovery code -----------------------------------------------------------------


def test_recovery_code_sets_a_new_passphrase_and_is_then_replaced(
    team_db: Path, team_template: TeamTemplate
) -> None:
    database_id = Vault.load(slot_file_for(team_db)).database_id
    recovered = team_svc.recover(team_db, team_template.recovery_code, LID_NAME, NEW_PASSPHRASE)
    recovered.team.close()

    assert recovered.new_recovery_code != team_template.recovery_code
    vault = Vault.load(slot_file_for(team_db))
    assert vault.database_id == database_id
    with pytest.raises(WrongPassphrase):
        vault.unlock_recovery(team_template.recovery_code)
    assert vault.unlock_recovery(recovered.new_recovery_code) == team_template.data_key
    team = team_svc.unlock(team_db, LID_NAME, NEW_PASSPHRASE)
    team.close()


def _lower_case(code: str) -> str:
    return code.lower()


def _spaces_for_dashes(code: str) -> str:
    return " " + code.replace("-", " ") + " "


def _no_separators(code: str) -> str:
    return code.replace("-", "")


def _letters_for_look_alike_digits(code: str) -> str:
    return code.replace("0", "O").replace("1", "l")


@pytest.mark.parametrize(
    "as_typed", [_lower_case, _spaces_for_dashes, _no_separators, _letters_for_look_alike_digits]
)
def test_recovery_code_is_accepted_as_a_person_types_it(
    team_db: Path, team_template: TeamTemplate, as_typed
) -> None:
    recovered = team_svc.recover(
        team_db, as_typed(team_template.recovery_code), LID_NAME, NEW_PASSPHRASE
    )
    recovered.team.close()
    assert recovered.team.actor.name == LID_NAME


def test_wrong_recovery_code_is_refused_and_changes_nothing(team_db: Path) -> None:
    before = snapshot(team_db)
    with pytest.raises(WrongPassphrase) as caught:
        team_svc.recover(team_db, crypto.new_recovery_code(), LID_NAME, NEW_PASSPHRASE)
    assert "herstelcode" in caught.value.message.nl
    assert "recovery code" in caught.value.message.en
    assert snapshot(team_db) == before


# --- what a slot holds -------------------------------------------------------------------


def test_every_secret_slot_uses_argon2id_at_least_rfc9106_low_memory_and_aes_256_gcm(
    team_db: Path,
) -> None:
    slots = secret_slots(read_key_file(team_db))
    assert sorted(s["kind"] for s in slots) == ["member"] * 4 + ["recovery"]
    for slot in slots:
        kdf = slot["kdf"]
        assert kdf["alg"] == "argon2id"
        assert kdf["time_cost"] >= 3
        assert kdf["memory_kib"] >= 65536
        assert kdf["parallelism"] >= 4
        assert b64len(kdf["salt"]) == 16
        assert slot["cipher"]["alg"] == "AES-256-GCM"
        assert b64len(slot["cipher"]["nonce"]) == 12
        assert b64len(slot["wrapped_key"]) == 32 + 16  # the data key and the GCM tag


def test_no_two_slots_share_a_salt_or_a_nonce(team_db: Path) -> None:
    slots = read_key_file(team_db)["slots"]
    salts = [s["kdf"]["salt"] for s in secret_slots(read_key_file(team_db))]
    nonces = [s["cipher"]["nonce"] for s in slots]
    assert len(set(salts)) == len(salts)
    assert len(set(nonces)) == len(nonces)


def test_the_stored_parameters_are_the_ones_the_key_was_wrapped_with(
    team_db: Path, team_template: TeamTemplate
) -> None:
    vault = Vault.load(slot_file_for(team_db))
    slot = vault.member_slot(LID_NAME)
    assert slot.kdf is not None
    kek = crypto.derive_kek(LID_PASSPHRASE, slot.kdf)
    assert crypto.unwrap(kek, slot.wrapped, slot.aad(vault.database_id)) == team_template.data_key


def _move_slot_to_another_member(data: dict[str, Any], template: TeamTemplate) -> None:
    member_slot(data, template.member_ids[Role.LID])["member_id"] = template.member_ids[
        Role.BEHEERDER
    ]


def _give_slot_another_id(data: dict[str, Any], template: TeamTemplate) -> None:
    slot = member_slot(data, template.member_ids[Role.LID])
    slot["slot_id"] = "00000000-0000-4000-8000-000000000000"


def _point_slots_at_another_database(data: dict[str, Any], template: TeamTemplate) -> None:
    data["database_id"] = "11111111-1111-4111-8111-111111111111"


@pytest.mark.parametrize(
    "edit",
    [_move_slot_to_another_member, _give_slot_another_id, _point_slots_at_another_database],
)
def test_an_edited_slot_no_longer_unwraps(team_db: Path, team_template: TeamTemplate, edit) -> None:
    data = read_key_file(team_db)
    edit(data, team_template)
    write_key_file(team_db, data)
    before = snapshot(team_db)
    # The right passphrase, but the slot's identity is bound into the GCM tag (AAD).
    with pytest.raises(WrongPassphrase):
        team_svc.unlock(team_db, LID_NAME, LID_PASSPHRASE)
    assert snapshot(team_db) == before


@pytest.mark.parametrize(
    ("part", "field", "value"),
    [
        ("cipher", "nonce", "AAAAAA=="),  # 4 bytes: AES-GCM would raise ValueError
        ("kdf", "salt", "AAAA"),  # 3 bytes: Argon2 would raise HashingError
        ("kdf", "time_cost", 0),
        ("kdf", "parallelism", 0),
        ("kdf", "memory_kib", 1),
    ],
)
def test_a_damaged_slot_is_reported_as_a_damaged_key_file_not_a_crash(
    team_db: Path, team_template: TeamTemplate, part: str, field: str, value: object
) -> None:
    data = read_key_file(team_db)
    member_slot(data, team_template.member_ids[Role.LID])[part][field] = value
    write_key_file(team_db, data)
    before = snapshot(team_db)
    with pytest.raises(NotATeamDatabase) as caught:
        team_svc.unlock(team_db, LID_NAME, LID_PASSPHRASE)
    assert "sleutelbestand" in caught.value.message.nl
    assert "key file" in caught.value.message.en
    assert snapshot(team_db) == before


def test_a_slot_with_weaker_parameters_is_strengthened_when_it_next_unlocks(
    team_db: Path, team_template: TeamTemplate
) -> None:
    vault = Vault.load(slot_file_for(team_db))
    slot = vault.member_slot(LID_NAME)
    weak = crypto.KdfParams(salt=b"0123456789abcdef", time_cost=1, memory_kib=8192, parallelism=1)
    slot.kdf = weak
    slot.wrapped = crypto.wrap(
        crypto.derive_kek(LID_PASSPHRASE, weak), team_template.data_key, slot.aad(vault.database_id)
    )
    vault.save()
    assert member_slot(read_key_file(team_db), slot.member_id)["kdf"]["time_cost"] == 1

    team_svc.unlock(team_db, LID_NAME, LID_PASSPHRASE).close()

    kdf = member_slot(read_key_file(team_db), slot.member_id)["kdf"]
    assert kdf["time_cost"] >= 3 and kdf["memory_kib"] >= 65536 and kdf["parallelism"] >= 4
    team = team_svc.unlock(team_db, LID_NAME, LID_PASSPHRASE)  # and still opens
    team.close()


def test_a_passphrase_changed_elsewhere_survives_the_open_sessions_next_key_change(
    open_team, team_db
):
    """The open session's key slots are reread before it writes: a passphrase changed from
    the unlock window or the CLI meanwhile is not overwritten by adding a member."""
    admin = open_team(Role.BEHEERDER)
    name, old = MEMBERS[Role.LID]
    team_svc.change_passphrase(team_db, name, old, "een heel nieuwe zin voor lies")
    with admin.unit_of_work() as uow:
        team_svc.add_member(uow, "Nieuw Lid", Role.LID, "nog een lange nieuwe zin")
    team_svc.unlock(team_db, name, "een heel nieuwe zin voor lies").close()
    with pytest.raises(WrongPassphrase):
        team_svc.unlock(team_db, name, old)
