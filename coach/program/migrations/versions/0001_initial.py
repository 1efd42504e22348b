"""The program store's first schema: sessions, pseudonyms, per-session scores and per-sentence units.

Revision ID: 0001
Revises:
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "sessions",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("session_key", sa.Text, nullable=False, unique=True),
        sa.Column("session_id", sa.Text, nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("month", sa.String(7), nullable=False, index=True),
        sa.Column("mentor", sa.Text, nullable=False, index=True),
        sa.Column("mentee", sa.Text, nullable=False),
        sa.Column("cohort", sa.Text, nullable=False, index=True),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("goal", sa.Text),
        sa.Column("feedback", sa.Text),
        sa.Column("has_text", sa.Boolean, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("source_file", sa.Text, nullable=False),
        sa.Column("source_row", sa.Integer, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "people",
        sa.Column("role", sa.String(16), primary_key=True),
        sa.Column("name_key", sa.Text, primary_key=True),
        sa.Column("pseudonym", sa.String(64), nullable=False, unique=True),
    )
    op.create_table(
        "session_scores",
        sa.Column("session_pk", sa.Integer, sa.ForeignKey("sessions.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("analyzer_version", sa.String(200), nullable=False, index=True),
        sa.Column("scored_at", sa.DateTime, nullable=False),
        sa.Column("has_text", sa.Boolean, nullable=False),
        sa.Column("sentences", sa.Integer, nullable=False, server_default="0"),
        sa.Column("feedback_sentences", sa.Integer, nullable=False, server_default="0"),
        sa.Column("behaviour", sa.Integer, nullable=False, server_default="0"),
        sa.Column("personality", sa.Integer, nullable=False, server_default="0"),
        sa.Column("actionable", sa.Integer, nullable=False, server_default="0"),
        sa.Column("specific", sa.Integer, nullable=False, server_default="0"),
        sa.Column("goals", sa.Integer, nullable=False, server_default="0"),
        sa.Column("smart_sum", sa.Integer, nullable=False, server_default="0"),
        sa.Column("specific_met", sa.Integer, nullable=False, server_default="0"),
        sa.Column("measurable_met", sa.Integer, nullable=False, server_default="0"),
        sa.Column("achievable_met", sa.Integer, nullable=False, server_default="0"),
        sa.Column("relevant_met", sa.Integer, nullable=False, server_default="0"),
        sa.Column("time_bound_met", sa.Integer, nullable=False, server_default="0"),
        sa.Column("questions", sa.Integer, nullable=False, server_default="0"),
        sa.Column("open_questions", sa.Integer, nullable=False, server_default="0"),
        sa.Column("actions", sa.Integer, nullable=False, server_default="0"),
        sa.Column("summary", sa.Text, nullable=False, server_default="{}"),
    )
    op.create_table(
        "units",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("session_pk", sa.Integer, sa.ForeignKey("sessions.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.String(32), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("score", sa.Float),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_units_kind_label", "units", ["kind", "label"])


def downgrade() -> None:
    op.drop_index("ix_units_kind_label", "units")
    for table in ("units", "session_scores", "people", "sessions", "meta"):
        op.drop_table(table)
