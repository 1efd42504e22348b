"""The program store's tables, as SQLAlchemy Core sees them: shared by the store, the pseudonyms
(``coach.program.privacy``), scoring and the analytics, so that none of them imports another for them.

The database is made and upgraded by the Alembic migrations in ``coach/program/migrations``; these
tables describe what they make, for queries.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()
meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("session_key", sa.Text, nullable=False, unique=True),
    sa.Column("session_id", sa.Text, nullable=False),
    sa.Column("date", sa.Date, nullable=False),
    sa.Column("month", sa.String(7), nullable=False),
    sa.Column("mentor", sa.Text, nullable=False),
    sa.Column("mentee", sa.Text, nullable=False),
    sa.Column("cohort", sa.Text, nullable=False),
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
people = sa.Table(
    "people",
    metadata,
    sa.Column("role", sa.String(16), primary_key=True),
    sa.Column("name_key", sa.Text, primary_key=True),
    sa.Column("pseudonym", sa.String(64), nullable=False, unique=True),
)
COUNT_COLUMNS = (
    "sentences",
    "feedback_sentences",
    "behaviour",
    "personality",
    "actionable",
    "specific",
    "goals",
    "smart_sum",
    "specific_met",
    "measurable_met",
    "achievable_met",
    "relevant_met",
    "time_bound_met",
    "questions",
    "open_questions",
    "actions",
)
session_scores = sa.Table(
    "session_scores",
    metadata,
    sa.Column("session_pk", sa.Integer, sa.ForeignKey("sessions.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("analyzer_version", sa.String(200), nullable=False),
    sa.Column("scored_at", sa.DateTime, nullable=False),
    sa.Column("has_text", sa.Boolean, nullable=False),
    *[sa.Column(name, sa.Integer, nullable=False, server_default="0") for name in COUNT_COLUMNS],
    sa.Column("summary", sa.Text, nullable=False, server_default="{}"),
)
units = sa.Table(
    "units",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("session_pk", sa.Integer, sa.ForeignKey("sessions.pk", ondelete="CASCADE"), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("label", sa.String(32), nullable=False),
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("score", sa.Float),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
)
