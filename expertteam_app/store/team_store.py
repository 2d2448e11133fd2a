"""Opening, creating and closing an encrypted team database.

Opening is careful first and writes later: every check (is it there, is it plaintext, is
it cut short, does the key fit, do all pages pass their HMAC, is the schema one we know)
runs on a read-only connection, so a file that fails any of them is left byte-for-byte as
it was. Only then is the database opened for writing and, when it is older than this
program, upgraded, after a backup copy is made next to it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from expertteam_app.errors import (
    DamagedDatabase,
    DatabaseExists,
    DatabaseLocked,
    DatabaseNotFound,
    NewerSchema,
    NotATeamDatabase,
    PlaintextDatabase,
)
from expertteam_app.store import engine as engines
from expertteam_app.store import migrate
from expertteam_app.store.vault import Vault, slot_file_for

PAGE_SIZE = 4096  # SQLCipher 4 default
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
DATABASE_ID_SETTING = "database_id"
PROBE_BUSY_TIMEOUT_MS = 1000


def check_file(path: Path) -> None:
    """Cheap checks on the bytes, before any key is used."""
    if not path.exists():
        raise DatabaseNotFound(
            f"De teamdatabase {path.name} bestaat niet op deze plek.",
            f"The team database {path.name} does not exist at this location.",
        )
    if not path.is_file():
        raise NotATeamDatabase(f"{path.name} is geen bestand.", f"{path.name} is not a file.")
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_PLAIN_HEADER))
    if head == SQLITE_PLAIN_HEADER:
        raise PlaintextDatabase(
            f"{path.name} is een onversleutelde SQLite-database, geen Expertteam-teamdatabase. "
            "Het bestand is niet geopend en niet veranderd.",
            f"{path.name} is an unencrypted SQLite database, not an Expertteam team database. "
            "The file was not opened and not changed.",
        )
    if size == 0:
        raise NotATeamDatabase(
            f"{path.name} is leeg; het is geen teamdatabase.",
            f"{path.name} is empty; it is not a team database.",
        )
    if size % PAGE_SIZE:
        raise DamagedDatabase(
            f"{path.name} is afgekapt of beschadigd (de lengte klopt niet). Het bestand is niet "
            "veranderd; zet een back-up terug.",
            f"{path.name} is truncated or damaged (its length is wrong). The file was not "
            "changed; restore a backup.",
        )


def _damaged(path: Path) -> DamagedDatabase:
    return DamagedDatabase(
        f"{path.name} is beschadigd of er is met het bestand geknoeid (de controle van de "
        "versleuteling faalt). Het bestand is niet veranderd; zet een back-up terug.",
        f"{path.name} is damaged or has been tampered with (the encryption check fails). "
        "The file was not changed; restore a backup.",
    )


def _locked(path: Path) -> DatabaseLocked:
    return DatabaseLocked(
        f"{path.name} is in gebruik door een ander programma of een andere werkplek. "
        "Sluit het daar en probeer het opnieuw.",
        f"{path.name} is in use by another program or workstation. Close it there and try again.",
    )


def _classify(path: Path, exc: sqlcipher.DatabaseError) -> Exception:
    name = getattr(exc, "sqlite_errorname", "")
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in str(exc):
        return _locked(path)
    if name == "SQLITE_NOTADB":
        return DamagedDatabase(
            f"{path.name} kan niet worden ontsleuteld met de sleutel uit het sleutelbestand: "
            "het bestand is beschadigd, of het sleutelbestand hoort bij een andere database. "
            "Er is niets veranderd.",
            f"{path.name} cannot be decrypted with the key from the key file: the file is "
            "damaged, or the key file belongs to another database. Nothing was changed.",
        )
    return _damaged(path)


def verify_readable(path: Path, key: bytes, *, full_integrity: bool = True) -> str:
    """Read-only checks with the key; returns the schema revision of the file.

    Without a -wal file nobody has the database open (SQLite removes it on the last clean
    close), so the checks read it as immutable: no -wal or -shm is left beside a file
    that fails them. With a -wal file they read through SQLite's locks instead.
    """
    in_use = path.with_name(path.name + "-wal").exists()
    try:
        conn = engines.connect(
            path, key, read_only=True, immutable=not in_use, busy_timeout_ms=PROBE_BUSY_TIMEOUT_MS
        )
    except sqlcipher.DatabaseError as exc:
        raise _classify(path, exc) from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if full_integrity and conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise _damaged(path)
        revision = migrate.current_revision(conn)
    except sqlcipher.DatabaseError as exc:
        raise _classify(path, exc) from None
    finally:
        conn.close()
    if revision is None:
        raise NotATeamDatabase(
            f"{path.name} is geen Expertteam-teamdatabase (het schema ontbreekt).",
            f"{path.name} is not an Expertteam team database (its schema is missing).",
        )
    if migrate.is_newer_than_known(revision):
        raise NewerSchema(
            f"{path.name} is gemaakt met een nieuwere versie van Expertteam (schema {revision}). "
            "Installeer die versie; deze versie verandert het bestand niet.",
            f"{path.name} was made by a newer version of Expertteam (schema {revision}). "
            "Install that version; this version does not change the file.",
        )
    return revision


@dataclass
class TeamStore:
    """An open team database: the engine, its vault, and the data key while unlocked."""

    path: Path
    vault: Vault
    engine: Engine
    data_key: bytes = field(repr=False)
    exclusive: bool = False
    _binds: dict[bool, Engine] = field(default_factory=dict, repr=False)

    @property
    def database_id(self) -> str:
        return self.vault.database_id

    @contextlib.contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """One transaction: committed on clean exit, rolled back on an exception."""
        bind = self._binds.get(write)
        if bind is None:
            bind = self._binds[write] = self.engine.execution_options(expertteam_write=write)
        try:
            with (
                Session(bind=bind, expire_on_commit=False, autoflush=True) as session,
                session.begin(),
            ):
                yield session
        except sqlcipher.DatabaseError as exc:
            raise _classify(self.path, exc) from exc
        except Exception as exc:
            orig = getattr(exc, "orig", None)
            if isinstance(orig, sqlcipher.DatabaseError) and getattr(
                orig, "sqlite_errorname", ""
            ) in ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CORRUPT", "SQLITE_NOTADB"):
                raise _classify(self.path, orig) from exc
            raise

    def raw_connection(self) -> Any:
        """The DB-API connection (for the backup API and PRAGMA checks)."""
        return self.engine.raw_connection()

    def close(self) -> None:
        self.engine.dispose()
        self._binds.clear()
        self.data_key = b""

    # --- backups ------------------------------------------------------------------------

    def backup_to(self, target: Path) -> Path:
        """A consistent copy (database and key file) made with SQLite's backup API."""
        if target.exists() or slot_file_for(target).exists():
            raise DatabaseExists(
                f"{target.name} bestaat al; kies een andere naam voor de back-up.",
                f"{target.name} already exists; choose another name for the backup.",
            )
        tmp = target.with_name(f".{target.name}.partial")
        tmp.unlink(missing_ok=True)
        source = self.raw_connection()
        try:
            dest = engines.connect(tmp, self.data_key)
            try:
                source.driver_connection.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dest.close()
        finally:
            source.close()
        try:
            os.link(tmp, target)  # unlike a rename, a link never replaces an existing file
        except FileExistsError:
            raise DatabaseExists(
                f"{target.name} bestaat al; kies een andere naam voor de back-up.",
                f"{target.name} already exists; choose another name for the backup.",
            ) from None
        finally:
            tmp.unlink(missing_ok=True)
        shutil.copy2(self.vault.path, slot_file_for(target))
        return target


def open_store(
    path: Path,
    vault: Vault,
    key: bytes,
    *,
    exclusive: bool = False,
    full_integrity: bool = True,
) -> TeamStore:
    """Open an existing team database whose key was unwrapped from `vault`."""
    path = Path(path)
    check_file(path)
    revision = verify_readable(path, key, full_integrity=full_integrity)
    engine = engines.make_engine(path, key, exclusive=exclusive)
    store = TeamStore(path=path, vault=vault, engine=engine, data_key=key, exclusive=exclusive)
    try:
        _check_database_id(store)
        if revision != migrate.head_revision():
            _backup_before_upgrade(store, revision)
            migrate.upgrade_to_head(engine)
    except BaseException:
        store.close()
        raise
    return store


def create_store(path: Path, vault: Vault, key: bytes) -> TeamStore:
    """A new, empty, migrated database. Never overwrites: both files must be new."""
    path = Path(path)
    if path.exists() or vault.path.exists():
        raise DatabaseExists(
            f"{path.name} (of het sleutelbestand ervan) bestaat al. Expertteam overschrijft "
            "nooit een bestaande teamdatabase.",
            f"{path.name} (or its key file) already exists. Expertteam never overwrites an "
            "existing team database.",
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = engines.make_engine(path, key)
    store = TeamStore(path=path, vault=vault, engine=engine, data_key=key)
    try:
        migrate.upgrade_to_head(engine)
        with store.session() as session:
            session.execute(
                text("INSERT INTO team_setting(key, value_json) VALUES (:k, :v)"),
                {"k": DATABASE_ID_SETTING, "v": f'"{vault.database_id}"'},
            )
    except BaseException:
        store.close()
        for leftover in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        raise
    return store


def _check_database_id(store: TeamStore) -> None:
    with store.session(write=False) as session:
        stored = session.execute(
            text("SELECT value_json FROM team_setting WHERE key = :k"), {"k": DATABASE_ID_SETTING}
        ).scalar_one_or_none()
    if stored is not None and stored.strip('"') != store.vault.database_id:
        raise NotATeamDatabase(
            "Het sleutelbestand hoort niet bij deze database.",
            "The key file does not belong to this database.",
        )


def _backup_before_upgrade(store: TeamStore, revision: str) -> None:
    target = store.path.with_name(f"{store.path.name}.voor-schema-{migrate.head_revision()}.bak")
    if not target.exists():
        store.backup_to(target)
