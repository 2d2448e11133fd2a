"""Case revisions: the state before each save, for "undo last save".

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("replaced_version", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("changed_fields", sa.Text(), nullable=False),
        sa.Column("snapshot_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_case_revision_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_case_revision_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_revision")),
    )
    with op.batch_alter_table("case_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_revision_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    raise RuntimeError("team databases are never downgraded; restore a backup instead")
