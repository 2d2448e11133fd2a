"""Alembic migrations of the team database; run on open by store.migrate."""
