"""Opening the encrypted team database: what is on disk, and every way opening can fail.

Each refusal must leave the database file and its key file byte-for-byte as they were.
All tests work on real SQLCipher files copied from the session's template team.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from expertteam_app.domain.bsn import is_valid
from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import Gender, ReferrerType, Role
from expertteam_app.errors import (
    DamagedDatabase,
    DatabaseExists,
    DatabaseLocked,
    ExpertteamError,
    KeyFileMissing,
    NewerSchema,
    NotATeamDatabase,
    PlaintextDatabase,
    StoreOpenError,
    WrongPassphrase,
)
from expertteam_app.services import cases
from expertteam_app.services import team as team_svc
from expertteam_app.services.context import TeamSession
from expertteam_app.store import engine
from expertteam_app.store.team_store import PAGE_SIZE, SQLITE_PLAIN_HEADER
from expertteam_app.store.vault import slot_file_for
from tests.support.team import MEMBERS, TeamTemplate

# Synthetic, distinctive values: if any of them shows up in a file, it is plaintext.
SECRET_BSN = "999990019"
SECRET_FIRST_NAME = "Quirijntje"
SECRET_LAST_NAME = "Zwaluwstaartjes"
SECRET_QUESTION = "Hulpvraag Merelzang-Koekoeksklok: passende plek gezocht na plaatsing."

ADMIN_NAME, ADMIN_PASSPHRASE = MEMBERS[Role.BEHEERDER]


# --- helpers ---------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(db: Path) -> dict[str, str]:
    """Every file in the database's directory with its hash: the state a refusal must keep."""
    return {p.name: sha256(p) for p in sorted(db.parent.iterdir()) if p.is_file()}


def wal_of(db: Path) -> Path:
    return db.with_name(db.name + "-wal")


def open_with_key(db: Path, template: TeamTemplate, *, exclusive: bool = False) -> TeamSession:
    return team_svc.unlock_with_key(
        db, template.member_ids[Role.BEHEERDER], template.data_key, exclusive=exclusive
    )


def assert_refused_unchanged(
    db: Path, template: TeamTemplate, error: type[StoreOpenError]
) -> StoreOpenError:
    """Opening `db` with the right key fails with `error`; every file in the folder keeps
    its bytes, and no -wal or -shm is left beside the refused file."""
    before = snapshot(db)
    with pytest.raises(error) as caught:
        open_with_key(db, template)
    assert snapshot(db) == before
    assert_bilingual(caught.value)
    return caught.value


def assert_bilingual(err: ExpertteamError) -> None:
    assert err.message.nl.strip() and err.message.en.strip()
    assert err.message.nl != err.message.en


def secret_draft() -> cases.CaseDraft:
    return cases.CaseDraft(
        young_person=cases.PersonInput(
            SECRET_FIRST_NAME, "", SECRET_LAST_NAME, date(2012, 3, 4), SECRET_BSN, Gender.FEMALE
        ),
        residence_municipality_code="GM0014",
        referrer_type=ReferrerType.LOCAL_TEAM,
        question=SECRET_QUESTION,
    )


def register_secret_case(team: TeamSession) -> int:
    with team.unit_of_work() as uow:
        return cases.register_case(uow, secret_draft()).case_id


def needles() -> list[bytes]:
    words = [SECRET_BSN, SECRET_FIRST_NAME, SECRET_LAST_NAME, "Merelzang", "Koekoeksklok"]
    # Full-text indexes keep lower-case tokens, so look for those as well.
    return [w.encode() for w in words] + [w.lower().encode() for w in words]


def plaintext_found_in(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [n for n in needles() if n in data]


# --- no plaintext on disk ----------------------------------------------------------------


def test_synthetic_bsn_is_valid_so_the_case_is_really_stored() -> None:
    assert is_valid(SECRET_BSN)


def test_case_data_never_reaches_the_disk_in_plaintext(open_team, team_db: Path) -> None:
    team = open_team(Role.COORDINATOR)
    case_id = register_secret_case(team)
    # While open, the committed case sits in the write-ahead log: that must be encrypted too.
    assert wal_of(team_db).exists()
    assert plaintext_found_in(wal_of(team_db)) == []
    team.close()

    header = team_db.read_bytes()[: len(SQLITE_PLAIN_HEADER)]
    assert header != SQLITE_PLAIN_HEADER
    shm = team_db.with_name(team_db.name + "-shm")
    for path in (team_db, wal_of(team_db), shm, slot_file_for(team_db)):
        if path.exists():
            assert plaintext_found_in(path) == [], path.name

    # The data is really in there: the same file, opened with the key, gives it back.
    team = open_team(Role.COORDINATOR)
    with team.unit_of_work() as uow:
        detail = cases.get_case(uow, case_id)
    assert detail.young_person.bsn == SECRET_BSN
    assert detail.question == SECRET_QUESTION


# --- refusals that change nothing ---------------------------------------------------------


def test_wrong_passphrase_is_refused_in_both_languages_and_changes_nothing(team_db: Path) -> None:
    before = snapshot(team_db)
    with pytest.raises(WrongPassphrase) as caught:
        team_svc.unlock(team_db, ADMIN_NAME, "dit is niet het wachtwoord")
    assert "wachtwoord" in caught.value.message.nl.lower()
    assert "passphrase" in caught.value.message.en.lower()
    assert snapshot(team_db) == before  # same bytes, and no -wal or -shm appeared


def test_plaintext_sqlite_file_is_refused_and_left_alone(
    tmp_path: Path, team_db: Path, team_template: TeamTemplate
) -> None:
    plain = tmp_path / "plain" / "onversleuteld.etdb"
    plain.parent.mkdir()
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE note (text TEXT)")
        conn.execute("INSERT INTO note VALUES ('synthetische notitie')")
    conn.close()
    slot_file_for(plain).write_bytes(slot_file_for(team_db).read_bytes())

    before = snapshot(plain)
    with pytest.raises(PlaintextDatabase) as caught:
        team_svc.unlock(plain, ADMIN_NAME, ADMIN_PASSPHRASE)
    assert_bilingual(caught.value)
    assert snapshot(plain) == before


def _cut_mid_page(size: int) -> int:
    return size - 100


def _cut_one_page_short(size: int) -> int:
    return size - PAGE_SIZE


def _cut_to_half_on_a_page_boundary(size: int) -> int:
    return (size // 2) // PAGE_SIZE * PAGE_SIZE


@pytest.mark.parametrize(
    "new_length", [_cut_mid_page, _cut_one_page_short, _cut_to_half_on_a_page_boundary]
)
def test_truncated_file_is_refused_as_damaged_and_left_alone(
    team_db: Path, team_template: TeamTemplate, new_length
) -> None:
    size = team_db.stat().st_size
    with team_db.open("r+b") as handle:
        handle.truncate(new_length(size))
    assert team_db.stat().st_size < size
    assert_refused_unchanged(team_db, team_template, DamagedDatabase)


def test_empty_file_is_refused_as_not_a_team_database(
    team_db: Path, team_template: TeamTemplate
) -> None:
    team_db.write_bytes(b"")
    assert_refused_unchanged(team_db, team_template, NotATeamDatabase)
    assert team_db.stat().st_size == 0  # not silently recreated as a new, empty team


def flip_bytes(path: Path, offset: int, count: int = 8) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))


def test_tampered_middle_page_is_caught_by_the_integrity_check(
    team_db: Path, team_template: TeamTemplate
) -> None:
    # A middle page is not read while opening; only the full HMAC check finds it.
    middle_page = team_db.stat().st_size // PAGE_SIZE // 2
    assert middle_page > 1
    flip_bytes(team_db, middle_page * PAGE_SIZE + 1000)
    err = assert_refused_unchanged(team_db, team_template, DamagedDatabase)
    assert "tampered" in err.message.en


@pytest.mark.parametrize("offset", [3, 100, PAGE_SIZE - 40], ids=["salt", "body", "hmac"])
def test_tampered_first_page_is_refused_as_damaged(
    team_db: Path, team_template: TeamTemplate, offset: int
) -> None:
    flip_bytes(team_db, offset)
    assert_refused_unchanged(team_db, team_template, DamagedDatabase)


def set_schema_revision(db: Path, key: bytes, revision: str) -> None:
    conn = engine.connect(db, key)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        conn.close()


def test_database_from_a_newer_version_is_refused_and_not_downgraded(
    team_db: Path, team_template: TeamTemplate
) -> None:
    set_schema_revision(team_db, team_template.data_key, "9999")
    err = assert_refused_unchanged(team_db, team_template, NewerSchema)
    assert "9999" in err.message.en


# --- the key file ------------------------------------------------------------------------


def test_missing_key_file_is_refused_and_the_database_left_alone(team_db: Path) -> None:
    slot_file_for(team_db).unlink()
    before = sha256(team_db)
    with pytest.raises(KeyFileMissing) as caught:
        team_svc.unlock(team_db, ADMIN_NAME, ADMIN_PASSPHRASE)
    assert_bilingual(caught.value)
    assert sha256(team_db) == before
    assert not slot_file_for(team_db).exists()  # not silently recreated


@pytest.mark.parametrize(
    "garbage",
    [b"\x00\xff" * 500, b"{}", b'{"format": "expertteam-keyslots", "slots": [', b"[1, 2, 3]"],
    ids=["binary", "empty-json", "cut-short", "json-list"],
)
def test_garbage_key_file_is_refused_as_not_a_team_database(team_db: Path, garbage: bytes) -> None:
    slot_file_for(team_db).write_bytes(garbage)
    before = snapshot(team_db)
    with pytest.raises(NotATeamDatabase) as caught:
        team_svc.unlock(team_db, ADMIN_NAME, ADMIN_PASSPHRASE)
    assert_bilingual(caught.value)
    assert snapshot(team_db) == before


def test_key_file_of_another_team_does_not_open_the_database(tmp_path: Path, team_db: Path) -> None:
    other_db = tmp_path / "ander" / "ander.etdb"
    other = team_svc.create_team(
        other_db, team_name="Ander team", admin_name="Olga Ander", passphrase="een heel ander team"
    )
    other.team.close()
    slot_file_for(team_db).write_bytes(slot_file_for(other_db).read_bytes())

    db_before = sha256(team_db)
    with pytest.raises(StoreOpenError) as caught:
        team_svc.unlock(team_db, "Olga Ander", "een heel ander team")
    assert_bilingual(caught.value)
    assert sha256(team_db) == db_before


# --- another program holds the database ---------------------------------------------------


def test_database_held_exclusively_elsewhere_is_reported_as_locked(
    team_db: Path, team_template: TeamTemplate
) -> None:
    holder = open_with_key(team_db, team_template, exclusive=True)
    try:
        with holder.unit_of_work(write=False) as uow:
            team_svc.list_members(uow)  # a read, so the exclusive lock is really held
        before = sha256(team_db)
        started = time.monotonic()
        with pytest.raises(DatabaseLocked) as caught:
            open_with_key(team_db, team_template)
        # A guard against hanging, not a speed test: the busy timeout is a few seconds.
        assert time.monotonic() - started < 30
        assert_bilingual(caught.value)
        assert sha256(team_db) == before
    finally:
        holder.close()
    open_with_key(team_db, team_template).close()  # once released, it opens again


# --- backups -----------------------------------------------------------------------------


def case_bsns(team: TeamSession) -> dict[str, str]:
    with team.unit_of_work() as uow:
        ids = uow.session.scalars(select(Case.id).order_by(Case.id)).all()
        details = [cases.get_case(uow, case_id) for case_id in ids]
    return {d.reference: d.young_person.bsn for d in details}


def test_backup_opens_with_the_same_key_and_holds_the_same_cases(
    open_team, tmp_path: Path, team_template: TeamTemplate
) -> None:
    team = open_team(Role.COORDINATOR)
    register_secret_case(team)
    original = case_bsns(team)
    target = tmp_path / "backups" / "kopie.etdb"
    target.parent.mkdir()
    team.store.backup_to(target)
    team.close()

    # One self-contained file and its key file; no journal or partial file left beside it.
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name, f"{target.name}.keys"]
    assert target.read_bytes()[:16] != SQLITE_PLAIN_HEADER
    assert plaintext_found_in(target) == []
    copy = open_with_key(target, team_template)
    try:
        assert case_bsns(copy) == original
        assert SECRET_BSN in original.values()
    finally:
        copy.close()


def test_backup_never_overwrites_an_existing_file(open_team, tmp_path: Path) -> None:
    team = open_team(Role.COORDINATOR)
    target = tmp_path / "bestaand.etdb"
    target.write_bytes(b"iets wat er al stond")
    with pytest.raises(DatabaseExists) as caught:
        team.store.backup_to(target)
    assert_bilingual(caught.value)
    assert target.read_bytes() == b"iets wat er al stond"
    assert not slot_file_for(target).exists()
