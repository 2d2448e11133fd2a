"""Alembic environment: always called with an open, keyed connection (store.migrate)."""

from __future__ import annotations

from alembic import context

from expertteam_app.domain.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when alembic is run by hand
    raise SystemExit(
        "Run migrations through the application (expertteam check / opening a database): "
        "the database is encrypted and alembic alone has no key."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
