"""The migrations and the models describe the same schema; revisions are in order."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from expertteam_app.domain.enums import Role
from expertteam_app.domain.models import Base
from expertteam_app.store import migrate


def test_the_migrated_schema_matches_the_models(open_team):
    team = open_team(Role.BEHEERDER)
    with team.store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": _only_our_tables}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def _only_our_tables(name, type_, parent_names):
    # The FTS5 table and its shadow tables are made by raw SQL, not by the models.
    return not (type_ == "table" and name and name.startswith("case_search"))


def test_the_head_known_without_alembic_is_alembics_head():
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == migrate.head_revision()
    assert set(migrate.known_revisions()) == {r.revision for r in script.walk_revisions()}
