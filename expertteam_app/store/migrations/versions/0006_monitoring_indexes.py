"""Monitoring indexes: the indicators over a period read these instead of the table rows.

Each holds every column its indicator reads (services.monitoring_sql), in an order that
lets SQLite seek the period and, where it can, group without sorting.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# name, table, columns (kept equal to the models' Index declarations).
INDEXES: tuple[tuple[str, str, list[str]], ...] = (
    # Registrations per day, municipality of residence and referrer type.
    (
        "ix_case_file_registered_place",
        "case_file",
        ["registered_on", "residence_municipality_code", "referrer_type", "id"],
    ),
    # Closed cases by closing date, with the closing result.
    (
        "ix_case_file_closed",
        "case_file",
        ["status", "closed_on", "closing_result_id", "residence_municipality_code"],
    ),
    # Intake decisions (to in_behandeling or niet_ontvankelijk) by date.
    (
        "ix_status_change_intake",
        "status_change",
        ["to_status", "changed_on", "from_status", "case_id", "id"],
    ),
    # Care items started in a period.
    (
        "ix_care_item_follow_up_started",
        "care_item_follow_up",
        ["started_on", "case_id", "care_item_id"],
    ),
    # Goal evaluations in a period.
    (
        "ix_goal_evaluation_evaluated",
        "goal_evaluation",
        ["evaluated_on", "goal_id", "outcome", "case_id"],
    ),
    # Funding requested and committed per municipality.
    (
        "ix_funding_request_municipality_requested",
        "funding_request",
        ["municipality_code", "requested_on", "requested_amount", "committed_amount", "case_id"],
    ),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    raise RuntimeError("team databases are never downgraded; restore a backup instead")
