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

# What 0005 added: tables (children first), case_file.school_name,
# care_history_item.contact_name and the list of themes.
TABLES_0005 = (
    "learning_summary",
    "learning_session",
    "retrospective_bottleneck",
    "retrospective_decision",
    "case_theme",
    "case_retrospective",
)

# What 0004 added: tables (children first), case_file.closing_result_id and the list of
# closing results.
TABLES_0004 = (
    "care_item_update",
    "care_item_follow_up",
    "goal_evaluation",
    "transition_check",
    "funding_event",
    "funding_dispute",
    "funding_request",
    "escalation",
)

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
def schema_sql(revision: str, table: str) -> tuple[str, ...]:
    """The CREATE TABLE statement of `table` at `revision`, then its CREATE INDEX ones."""
    from alembic import command
    from alembic.config import Config

    scratch = create_engine("sqlite://", module=sqlcipher3.dbapi2)
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with scratch.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        rows = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
            "AND type IN ('table', 'index') ORDER BY type = 'index', name",
            (table,),
        ).fetchall()
    scratch.dispose()
    assert rows, table
    return tuple(str(sql) for (sql,) in rows)


def _rebuild(conn: sqlcipher3.Connection, table: str, revision: str) -> None:
    """Put `table` back as it was at `revision`, keeping the rows (the old columns)."""
    create, *indexes = schema_sql(revision, table)
    old_columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})").fetchall()]
    conn.execute(create.replace(f"CREATE TABLE {table}", f"CREATE TABLE {table}_old", 1))
    kept = [row[1] for row in conn.execute(f"PRAGMA table_info({table}_old)").fetchall()]
    columns = ", ".join(c for c in kept if c in old_columns)
    conn.execute(f"INSERT INTO {table}_old ({columns}) SELECT {columns} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {table}_old RENAME TO {table}")
    for statement in indexes:
        conn.execute(statement)


def make_schema_0001(path: Path, key: bytes) -> None:
    conn = engines.connect(path, key)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        # 0006's indexes on tables kept below (the others go with their tables).
        conn.execute("DROP INDEX ix_status_change_intake")
        for table in TABLES_0005 + TABLES_0004:
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM managed_list_item WHERE kind IN ('closing_result', 'theme')")
        _rebuild(conn, "care_history_item", "0001")
        _rebuild(conn, "case_file", "0001")
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%frozen%'"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for table in TABLES_0003:
            conn.execute(f"DROP TABLE {table}")
        _rebuild(conn, "provider", "0001")
        conn.execute("DROP TABLE case_revision")
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
        conn.commit()
    finally:
        conn.close()
