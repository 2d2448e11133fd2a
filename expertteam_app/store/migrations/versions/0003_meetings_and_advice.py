"""Meetings, the binding advice (frozen once issued), and the sociale kaart's details.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# An issued advice is frozen in the database itself, not only in the service: a bug, a
# script or a hand-edit with the key cannot change what the chair signed.
_FROZEN = "RAISE(ABORT, 'an issued binding advice cannot be changed; make a new version')"
_ISSUED = "(SELECT issued_at FROM binding_advice WHERE id = {ref}.advice_id) IS NOT NULL"
FREEZE_TRIGGERS = [
    "CREATE TRIGGER binding_advice_frozen_update BEFORE UPDATE ON binding_advice "
    f"WHEN OLD.issued_at IS NOT NULL BEGIN SELECT {_FROZEN}; END",
    "CREATE TRIGGER binding_advice_frozen_delete BEFORE DELETE ON binding_advice "
    f"WHEN OLD.issued_at IS NOT NULL BEGIN SELECT {_FROZEN}; END",
]
for _table in ("advice_care_item", "advice_goal", "advice_recipient"):
    FREEZE_TRIGGERS += [
        f"CREATE TRIGGER {_table}_frozen_insert BEFORE INSERT ON {_table} "
        f"WHEN {_ISSUED.format(ref='NEW')} BEGIN SELECT {_FROZEN}; END",
        f"CREATE TRIGGER {_table}_frozen_update BEFORE UPDATE ON {_table} "
        f"WHEN {_ISSUED.format(ref='OLD')} OR {_ISSUED.format(ref='NEW')} "
        f"BEGIN SELECT {_FROZEN}; END",
        f"CREATE TRIGGER {_table}_frozen_delete BEFORE DELETE ON {_table} "
        f"WHEN {_ISSUED.format(ref='OLD')} BEGIN SELECT {_FROZEN}; END",
    ]


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(length=160), nullable=False),
        sa.Column("place", sa.String(length=160), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chair_id"], ["member.id"], name=op.f("fk_meeting_chair_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "meeting_attendee",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_attendee_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_meeting_attendee_member_id_member")
        ),
        sa.PrimaryKeyConstraint("meeting_id", "member_id", name=op.f("pk_meeting_attendee")),
    )
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("preparation", sa.Text(), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("minutes_updated_at", sa.String(length=32), nullable=True),
        sa.Column("minutes_updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_agenda_item_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["minutes_updated_by_id"],
            ["member.id"],
            name=op.f("fk_agenda_item_minutes_updated_by_id_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint(
            "meeting_id", "case_id", name=op.f("uq_agenda_item_meeting_id_case_id")
        ),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "binding_advice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("change_reason", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("case_director_name", sa.String(length=160), nullable=False),
        sa.Column("case_director_organisation", sa.String(length=160), nullable=False),
        sa.Column("no_new_care", sa.Boolean(), nullable=False),
        sa.Column("no_new_care_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("issued_at", sa.String(length=32), nullable=True),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_binding_advice_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["member.id"], name=op.f("fk_binding_advice_created_by_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["issued_by_id"], ["member.id"], name=op.f("fk_binding_advice_issued_by_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_binding_advice_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_binding_advice")),
        sa.UniqueConstraint("case_id", "number", name=op.f("uq_binding_advice_case_id_number")),
    )
    with op.batch_alter_table("binding_advice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_binding_advice_case_id"), ["case_id"], unique=False)

    op.create_table(
        "meeting_guest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "referrer",
                "parent",
                "young_person",
                "professional",
                "other",
                name="guestrole",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("organisation", sa.String(length=160), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_meeting_guest_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_guest_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_guest")),
    )
    with op.batch_alter_table("meeting_guest", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_guest_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "advice_care_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("care_kind_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("intensity", sa.String(length=160), nullable=False),
        sa.Column("latest_start", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("funding_municipality_code", sa.String(length=6), nullable=False),
        sa.Column("expected_cost", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advice_id"],
            ["binding_advice.id"],
            name=op.f("fk_advice_care_item_advice_id_binding_advice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["care_kind_id"],
            ["managed_list_item.id"],
            name=op.f("fk_advice_care_item_care_kind_id_managed_list_item"),
        ),
        sa.ForeignKeyConstraint(
            ["funding_municipality_code"],
            ["municipality.cbs_code"],
            name=op.f("fk_advice_care_item_funding_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["provider.id"], name=op.f("fk_advice_care_item_provider_id_provider")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advice_care_item")),
    )
    with op.batch_alter_table("advice_care_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_advice_care_item_advice_id"), ["advice_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_advice_care_item_funding_municipality_code"),
            ["funding_municipality_code"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_advice_care_item_provider_id"), ["provider_id"], unique=False
        )

    op.create_table(
        "advice_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=False),
        sa.Column("evaluation_date", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advice_id"],
            ["binding_advice.id"],
            name=op.f("fk_advice_goal_advice_id_binding_advice"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advice_goal")),
    )
    with op.batch_alter_table("advice_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_advice_goal_advice_id"), ["advice_id"], unique=False)

    op.create_table(
        "advice_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "referrer",
                "provider",
                "municipality",
                "parents",
                "young_person",
                "other",
                name="recipientkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advice_id"],
            ["binding_advice.id"],
            name=op.f("fk_advice_recipient_advice_id_binding_advice"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advice_recipient")),
    )
    with op.batch_alter_table("advice_recipient", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_advice_recipient_advice_id"), ["advice_id"], unique=False
        )

    op.create_table(
        "agenda_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("who", sa.String(length=160), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_action_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_action")),
    )
    with op.batch_alter_table("agenda_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_action_agenda_item_id"), ["agenda_item_id"], unique=False
        )

    # Plain ADD COLUMN, not a batch copy: recreating `provider` would fire the cascade on
    # provider_offer and lose every provider's offer.
    op.add_column("provider", sa.Column("address", sa.Text(), nullable=False, server_default=""))
    op.add_column(
        "provider", sa.Column("website", sa.String(length=200), nullable=False, server_default="")
    )
    op.add_column("provider", sa.Column("min_age", sa.Integer(), nullable=True))
    op.add_column("provider", sa.Column("max_age", sa.Integer(), nullable=True))
    # SQLite adds a column with a (named) reference only through its own syntax.
    op.execute(
        "ALTER TABLE provider ADD COLUMN region_code VARCHAR(8) "
        "CONSTRAINT fk_provider_region_code_region REFERENCES region (code)"
    )
    op.add_column("provider", sa.Column("wait_weeks", sa.Integer(), nullable=True))
    op.add_column(
        "provider",
        sa.Column("capacity_note", sa.String(length=200), nullable=False, server_default=""),
    )
    for statement in FREEZE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    raise RuntimeError("team databases are never downgraded; restore a backup instead")
