"""The whole schema of a team database (the first migration is the whole schema).

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_at", sa.String(length=32), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "read",
                "create",
                "change",
                "delete",
                "search",
                "print",
                "export",
                "unlock",
                "admin",
                name="auditaction",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "success", "refused", "failed", name="auditoutcome", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("member_name", sa.String(length=120), nullable=False),
        sa.Column(
            "member_role",
            sa.Enum(
                "beheerder",
                "voorzitter",
                "coordinator",
                "lid",
                name="role",
                native_enum=False,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("case_reference", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("workstation", sa.String(length=120), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
        sa.UniqueConstraint("event_id", name=op.f("uq_access_log_event_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_access_log_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_access_log_occurred_at"), ["occurred_at"], unique=False
        )

    op.create_table(
        "managed_list_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "problem_area",
                "bottleneck",
                "offer_category",
                name="listkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("label_en", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_managed_list_item")),
        sa.UniqueConstraint("kind", "code", name=op.f("uq_managed_list_item_kind_code")),
    )
    with op.batch_alter_table("managed_list_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_managed_list_item_kind"), ["kind"], unique=False)

    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "beheerder",
                "voorzitter",
                "coordinator",
                "lid",
                name="role",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("removed_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("name_key", name=op.f("uq_member_name_key")),
    )
    op.create_table(
        "provider",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("contact_name", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=160), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider")),
        sa.UniqueConstraint("name", name=op.f("uq_provider_name")),
    )
    op.create_table(
        "reference_counter",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_reference_counter")),
    )
    op.create_table(
        "region",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_region")),
        sa.UniqueConstraint("name", name=op.f("uq_region_name")),
    )
    op.create_table(
        "team_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_team_setting")),
    )
    op.create_table(
        "young_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("name_prefix", sa.String(length=20), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=240), nullable=False),
        sa.Column("sort_name", sa.String(length=240), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("bsn", sa.String(length=9), nullable=True),
        sa.Column(
            "gender",
            sa.Enum(
                "male", "female", "other", "unknown", name="gender", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("is_test_data", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_young_person")),
    )
    with op.batch_alter_table("young_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_young_person_bsn"), ["bsn"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_young_person_date_of_birth"), ["date_of_birth"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_young_person_sort_name"), ["sort_name"], unique=False)

    op.create_table(
        "municipality",
        sa.Column("cbs_code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("province", sa.String(length=40), nullable=False),
        sa.Column("region_code", sa.String(length=8), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_municipality_region_code_region")
        ),
        sa.PrimaryKeyConstraint("cbs_code", name=op.f("pk_municipality")),
    )
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_municipality_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_municipality_region_code"), ["region_code"], unique=False
        )

    op.create_table(
        "provider_offer",
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["managed_list_item.id"],
            name=op.f("fk_provider_offer_item_id_managed_list_item"),
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
            name=op.f("fk_provider_offer_provider_id_provider"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("provider_id", "item_id", name=op.f("pk_provider_offer")),
    )
    op.create_table(
        "case_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "aangemeld",
                "in_behandeling",
                "geagendeerd",
                "advies_uitgebracht",
                "in_uitvoering",
                "afgesloten",
                "niet_ontvankelijk",
                "opgeschaald",
                name="casestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "urgency",
            sa.Enum("regular", "urgent", "crisis", name="urgency", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("residence_municipality_code", sa.String(length=6), nullable=True),
        sa.Column("funding_municipality_code", sa.String(length=6), nullable=True),
        sa.Column(
            "referrer_type",
            sa.Enum(
                "local_team",
                "certified_institution",
                "general_practitioner",
                "youth_doctor",
                "medical_specialist",
                "provider",
                "municipality",
                "other",
                name="referrertype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("referrer_organisation", sa.String(length=160), nullable=False),
        sa.Column("referrer_contact_name", sa.String(length=120), nullable=False),
        sa.Column("referrer_contact_phone", sa.String(length=40), nullable=False),
        sa.Column("referrer_contact_email", sa.String(length=160), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("imported_advice_on", sa.Date(), nullable=True),
        sa.Column("imported_advice_text", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closing_result", sa.Text(), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("is_test_data", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["funding_municipality_code"],
            ["municipality.cbs_code"],
            name=op.f("fk_case_file_funding_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["member.id"], name=op.f("fk_case_file_owner_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["residence_municipality_code"],
            ["municipality.cbs_code"],
            name=op.f("fk_case_file_residence_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["young_person_id"],
            ["young_person.id"],
            name=op.f("fk_case_file_young_person_id_young_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
        sa.UniqueConstraint("reference", name=op.f("uq_case_file_reference")),
        sa.UniqueConstraint("young_person_id", name=op.f("uq_case_file_young_person_id")),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_file_funding_municipality_code"),
            ["funding_municipality_code"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_case_file_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_case_file_registered", ["registered_on", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_file_residence_municipality_code"),
            ["residence_municipality_code"],
            unique=False,
        )
        batch_op.create_index(
            "ix_case_file_status_registered", ["status", "registered_on", "id"], unique=False
        )

    op.create_table(
        "care_history_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=True),
        sa.Column("provider_name", sa.String(length=160), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_care_history_item_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["provider.id"], name=op.f("fk_care_history_item_provider_id_provider")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_history_item")),
    )
    with op.batch_alter_table("care_history_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_history_item_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_bottleneck",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_case_bottleneck_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["managed_list_item.id"],
            name=op.f("fk_case_bottleneck_item_id_managed_list_item"),
        ),
        sa.PrimaryKeyConstraint("case_id", "item_id", name=op.f("pk_case_bottleneck")),
    )
    with op.batch_alter_table("case_bottleneck", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_bottleneck_item_id"), ["item_id"], unique=False)

    op.create_table(
        "case_problem_area",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_case_problem_area_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["managed_list_item.id"],
            name=op.f("fk_case_problem_area_item_id_managed_list_item"),
        ),
        sa.PrimaryKeyConstraint("case_id", "item_id", name=op.f("pk_case_problem_area")),
    )
    with op.batch_alter_table("case_problem_area", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_problem_area_item_id"), ["item_id"], unique=False)

    op.create_table(
        "household_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "relation",
            sa.Enum(
                "mother",
                "father",
                "parent",
                "step_parent",
                "foster_parent",
                "guardian",
                "sibling",
                "grandparent",
                "other",
                name="relation",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("name_prefix", sa.String(length=20), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("has_custody", sa.Boolean(), nullable=False),
        sa.Column("lives_in_household", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=160), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_household_member_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_member")),
    )
    with op.batch_alter_table("household_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_member_case_id"), ["case_id"], unique=False)

    op.create_table(
        "status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "aangemeld",
                "in_behandeling",
                "geagendeerd",
                "advies_uitgebracht",
                "in_uitvoering",
                "afgesloten",
                "niet_ontvankelijk",
                "opgeschaald",
                name="casestatus",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "aangemeld",
                "in_behandeling",
                "geagendeerd",
                "advies_uitgebracht",
                "in_uitvoering",
                "afgesloten",
                "niet_ontvankelijk",
                "opgeschaald",
                name="casestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_at", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_status_change_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_status_change_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_change")),
    )
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_change_case_id"), ["case_id"], unique=False)

    op.create_table(
        "suspension",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "reason_kind",
            sa.Enum(
                "waiting_for_consent",
                "waiting_for_information",
                "other",
                name="suspensionreason",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("started_by_id", sa.Integer(), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_suspension_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ended_by_id"], ["member.id"], name=op.f("fk_suspension_ended_by_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"], ["member.id"], name=op.f("fk_suspension_started_by_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suspension")),
    )
    with op.batch_alter_table("suspension", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suspension_case_id"), ["case_id"], unique=False)

    op.create_table(
        "consent_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "party",
            sa.Enum("young_person", "custodian", name="consentparty", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("household_member_id", sa.Integer(), nullable=True),
        sa.Column(
            "scope",
            sa.Enum("registration", "meeting", name="consentscope", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_consent_record_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["household_member_id"],
            ["household_member.id"],
            name=op.f("fk_consent_record_household_member_id_household_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["member.id"], name=op.f("fk_consent_record_recorded_by_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_record")),
    )
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_record_case_id"), ["case_id"], unique=False)

    # Full-text search over reference, names and free text. Contentless: the text itself
    # stays in its tables; the cases service keeps the index in step on every write.
    op.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5("
        "reference, names, body, content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    # The access log is append-only; `audit verify` also recomputes its hash chain.
    op.execute(
        "CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log "
        "BEGIN SELECT RAISE(ABORT, 'access log entries cannot be changed'); END"
    )
    op.execute(
        "CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log "
        "BEGIN SELECT RAISE(ABORT, 'access log entries cannot be deleted'); END"
    )


def downgrade() -> None:
    raise RuntimeError("team databases are never downgraded; restore a backup instead")
