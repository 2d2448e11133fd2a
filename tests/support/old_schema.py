"""Turn a team database back into an older schema, to test the upgrade on open.

The old table definitions are not written by hand: Alembic builds the schema at the old
revision in a scratch database and its CREATE statements are taken from there.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine

from expertteam_app.store import engine as engines
from expertteam_app.store import migrate

# What 0003 added: tables (children first) and the provider columns.
TABLES_0003 = (
    "advice_care_item",
    "advice_goal",
    "advice_recipient",
    "binding_advice",
    "agenda_action",
    "agenda_item",
    "meeting_guest",
    "meeting_attendee",
    "meeting",
)


@cache
def table_sql(revision: str, table: str) -> str:
    from alembic import command
    from alembic.config import Config

    scratch = create_engine("sqlite://", module=sqlcipher3.dbapi2)
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with scratch.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).scalar()
    scratch.dispose()
    assert sql, table
    return str(sql)


def make_schema_0001(path: Path, key: bytes) -> None:
    conn = engines.connect(path, key)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%frozen%'"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for table in TABLES_0003:
            conn.execute(f"DROP TABLE {table}")
        old = table_sql("0001", "provider").replace(
            "CREATE TABLE provider", "CREATE TABLE provider_0001", 1
        )
        columns = "id, name, contact_name, phone, email, notes, active"
        conn.execute(old)
        conn.execute(f"INSERT INTO provider_0001 ({columns}) SELECT {columns} FROM provider")
        conn.execute("DROP TABLE provider")
        conn.execute("ALTER TABLE provider_0001 RENAME TO provider")
        conn.execute("DROP TABLE case_revision")
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
        conn.commit()
    finally:
        conn.close()
