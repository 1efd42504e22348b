"""The workspace's tables and how values are kept in them (timestamps, JSON, label keys): shared by
the store (``coach.workspace.store``), the export and import (``transfer``) and the workflows
(``flow``), so that none of them imports another for them. The tables are made by ``create_all``
and versioned by the ``schema`` row of ``ws_meta`` (``SCHEMA_VERSION``).
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa

SCHEMA_VERSION = 1
EXPORT_FORMAT = "mentor-coach-mentee"
STATUSES = ("open", "done", "dropped")
SAVED_KINDS = ("feedback", "questions", "suggest")

metadata = sa.MetaData()
ws_meta = sa.Table(
    "ws_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
mentees = sa.Table(
    "ws_mentees",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("label_key", sa.Text, nullable=False, unique=True),
    sa.Column("created_at", sa.String(32), nullable=False),
)


def _mentee_fk() -> sa.Column:
    return sa.Column(
        "mentee_id", sa.Integer, sa.ForeignKey("ws_mentees.id", ondelete="CASCADE"), nullable=False
    )


sessions = sa.Table(
    "ws_sessions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _mentee_fk(),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("session_date", sa.String(10)),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
    sa.Column("plan_request", sa.Text),  # JSON
    sa.Column("plan", sa.Text),  # JSON: SessionPlan.to_dict()
    sa.Column("notes", sa.Text),
    sa.Column("review", sa.Text),  # JSON: NotesReview.to_dict()
    sa.UniqueConstraint("mentee_id", "number"),
)
goals = sa.Table(
    "ws_goals",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _mentee_fk(),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.UniqueConstraint("mentee_id", "number"),
)
goal_versions = sa.Table(
    "ws_goal_versions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("goal_id", sa.Integer, sa.ForeignKey("ws_goals.id", ondelete="CASCADE"), nullable=False),
    sa.Column("session_id", sa.Integer, sa.ForeignKey("ws_sessions.id", ondelete="SET NULL")),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("smart_score", sa.Integer),
    sa.Column("report", sa.Text, nullable=False),  # JSON: GoalReport.to_dict()
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("checked_at", sa.String(32), nullable=False),
)
actions = sa.Table(
    "ws_actions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _mentee_fk(),
    sa.Column("session_id", sa.Integer, sa.ForeignKey("ws_sessions.id", ondelete="SET NULL")),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("owner", sa.Text, nullable=False),
    sa.Column("task", sa.Text, nullable=False),
    sa.Column("due", sa.String(10)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("status", sa.String(8), nullable=False),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
    sa.Column("updated_at", sa.String(32), nullable=False),
)
action_events = sa.Table(
    "ws_action_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("action_id", sa.Integer, sa.ForeignKey("ws_actions.id", ondelete="CASCADE"), nullable=False),
    sa.Column("session_id", sa.Integer, sa.ForeignKey("ws_sessions.id", ondelete="CASCADE"), nullable=False),
    sa.Column("status", sa.String(8), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("words", sa.Text),
    sa.Column("score", sa.Float),
    sa.Column("at", sa.String(32), nullable=False),
)
saved = sa.Table(
    "ws_saved",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _mentee_fk(),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("result", sa.Text, nullable=False),
    sa.Column("saved_at", sa.String(32), nullable=False),
)
# A page's last input and result, so that it survives a reload; tied to the mentee it was for, if any.
page_state = sa.Table(
    "ws_page_state",
    metadata,
    sa.Column("page", sa.String(64), primary_key=True),
    sa.Column("mentee_id", sa.Integer, sa.ForeignKey("ws_mentees.id", ondelete="CASCADE")),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
)


def now() -> str:
    """The current UTC time as ISO 8601 to the second, e.g. ``2026-03-10T09:15:02+00:00``."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(value: str | None):
    return None if value is None else json.loads(value)


def label_key(label: str) -> str:
    """How labels are compared: case and spacing do not make a new mentee.

    Example:
        >>> label_key("  Jo  D ") == label_key("jo d")
        True
    """
    return " ".join(label.split()).casefold()
