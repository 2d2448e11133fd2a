"""SQLCipher connections and the SQLAlchemy engine over them.

The data key is given as a raw key (`x'…'`), so opening costs no key derivation. Every
read-write connection sets WAL, synchronous=FULL, foreign keys and a busy timeout. The
engine keeps one connection: SQLite has one writer, and the application has one database
worker (see ui/worker.py); a second connection would only cost another key set-up and
another cold page cache.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 5000
# An upper bound on decrypted pages kept in memory. A team's real file (hundreds of cases,
# a few MB) never reaches it; on the 100,000-case benchmark file it keeps the monitoring
# indicators' index pages warm (whole register 1.13 s at 64 MiB, 0.91 s at 256 MiB).
CACHE_SIZE_KIB = 256 * 1024


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    path: Path,
    key: bytes,
    *,
    read_only: bool = False,
    immutable: bool = False,
    exclusive: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> sqlcipher.Connection:
    """A keyed DB-API connection in autocommit mode (transactions are begun explicitly).

    `immutable` reads the file without locks, WAL or shared memory: nothing is created
    beside it. Only safe when no other connection has the file open.
    """
    if read_only or immutable:
        flag = "immutable=1" if immutable else "mode=ro"
        target, uri = f"{Path(path).resolve().as_uri()}?{flag}", True
    else:
        target, uri = str(path), False
    conn = sqlcipher.connect(
        target,
        uri=uri,
        isolation_level=None,
        check_same_thread=False,
        timeout=busy_timeout_ms / 1000,
    )
    try:
        conn.execute(_key_pragma(key))
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")  # no temporary files on disk
        if not (read_only or immutable):
            if exclusive:
                # One workstation at a time; also lets WAL work without a shared-memory file.
                conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(path: Path, key: bytes, *, exclusive: bool = False) -> Engine:
    def creator() -> Any:
        return connect(path, key, exclusive=exclusive)

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
        pool_timeout=10,
        hide_parameters=True,  # error messages must never carry client data into a log
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A writing unit of work takes the write lock up front, so two writers queue on
        # the busy timeout instead of failing half-way with SQLITE_BUSY on lock upgrade.
        if conn.get_execution_options().get("expertteam_write", True):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine
