"""Learning tables: the retrospective on a case, learning sessions and their summaries.

Also what the anonymiser must know to scrub a case's own names and places: the school of
the young person and the contact person at each earlier care provider.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The themes a team starts with (a managed list it can extend); new databases get them
# from this migration too, as with the closing results of 0004.
THEMES = [
    ("waiting_lists", "Wachtlijsten en overbruggingszorg", "Waiting lists and bridging care"),
    ("who_pays", "Wie betaalt? Financiering en woonplaats", "Who pays? Funding and residence"),
    ("school_and_care", "Onderwijs en zorg", "Education and care"),
    ("transition_18", "Overgang naar volwassenheid (18-/18+)", "Transition to adulthood"),
    ("safety", "Veiligheid en huiselijk geweld", "Safety and domestic violence"),
    ("complex_behaviour", "Complex gedrag en gesloten plaatsing", "Complex behaviour, secure care"),
    (
        "parents_problems",
        "Problemen van ouders (ggz, schulden, verslaving)",
        "Parents' problems (mental health, debts, addiction)",
    ),
    ("cooperation", "Samenwerking en regie", "Cooperation and case direction"),
]


def _seed_themes() -> None:
    table = sa.table(
        "managed_list_item",
        sa.column("kind", sa.String),
        sa.column("code", sa.String),
        sa.column("label", sa.String),
        sa.column("label_en", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        table,
        [
            {
                "kind": "theme",
                "code": code,
                "label": label,
                "label_en": label_en,
                "sort_order": order,
                "active": True,
            }
            for order, (code, label, label_en) in enumerate(THEMES)
        ],
    )


def upgrade() -> None:
    op.create_table(
        "learning_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("last_exported_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["member.id"], name=op.f("fk_learning_session_created_by_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_session")),
    )
    op.create_table(
        "case_retrospective",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("how_it_arose", sa.Text(), nullable=False),
        sa.Column("reflections", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_case_retrospective_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["member.id"],
            name=op.f("fk_case_retrospective_updated_by_id_member"),
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_retrospective")),
    )
    op.create_table(
        "case_theme",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_case_theme_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["managed_list_item.id"],
            name=op.f("fk_case_theme_item_id_managed_list_item"),
        ),
        sa.PrimaryKeyConstraint("case_id", "item_id", name=op.f("pk_case_theme")),
    )
    with op.batch_alter_table("case_theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_theme_item_id"), ["item_id"], unique=False)

    op.create_table(
        "learning_summary",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("redactions_json", sa.Text(), nullable=False),
        sa.Column("built_at", sa.String(length=32), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["approved_by_id"],
            ["member.id"],
            name=op.f("fk_learning_summary_approved_by_id_member"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_learning_summary_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["learning_session.id"],
            name=op.f("fk_learning_summary_session_id_learning_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_summary")),
        sa.UniqueConstraint(
            "session_id", "case_id", name=op.f("uq_learning_summary_session_id_case_id")
        ),
    )
    with op.batch_alter_table("learning_summary", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_learning_summary_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_learning_summary_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "retrospective_bottleneck",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("bottleneck_id", sa.Integer(), nullable=False),
        sa.Column("where_in_chain", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bottleneck_id"],
            ["managed_list_item.id"],
            name=op.f("fk_retrospective_bottleneck_bottleneck_id_managed_list_item"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_retrospective_bottleneck_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retrospective_bottleneck")),
    )
    with op.batch_alter_table("retrospective_bottleneck", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_retrospective_bottleneck_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "retrospective_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by_role", sa.String(length=120), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("consequence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_retrospective_decision_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retrospective_decision")),
    )
    with op.batch_alter_table("retrospective_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_retrospective_decision_case_id"), ["case_id"], unique=False
        )

    # Plain ADD COLUMN, not a batch copy (see 0004: a copy of case_file fires its cascades).
    op.execute("ALTER TABLE case_file ADD COLUMN school_name VARCHAR(160) NOT NULL DEFAULT ''")
    op.execute(
        "ALTER TABLE care_history_item ADD COLUMN contact_name VARCHAR(120) NOT NULL DEFAULT ''"
    )
    _seed_themes()


def downgrade() -> None:
    raise RuntimeError("team databases are never downgraded; restore a backup instead")
