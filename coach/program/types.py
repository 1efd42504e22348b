"""The program lead's vocabulary: imported records, import reports, scored sessions and aggregates.

Plain dataclasses that serialise to JSON (the CLI's ``report --format json`` contract). This file is
the seam between the data side (ingest, store, scoring, analytics) and the faces (report files and
the Streamlit pages); both sides import from here and nothing heavier.

Example:
    >>> RowIssue("demo.csv", 7, "error", "unparseable date 'next tue'", "S-9").to_dict()["row"]
    7
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
GROUPINGS = ("cohort", "mentor", "month")
# No figure is shown for a group smaller than this (labelling of small groups can identify people).
MIN_GROUP_SESSIONS = 5


@dataclass
class SessionRecord:
    """One session as imported: names are stored as given and never shown; pseudonyms are."""

    session_id: str
    date: date
    mentor: str
    mentee: str
    cohort: str
    notes: str
    goal: str | None = None
    feedback: str | None = None
    source_file: str = ""
    source_row: int = 0  # 1-based line of the row's first line in the file (header = 1)


@dataclass
class RowIssue:
    """A row that was not imported as it stood, or was imported with a warning, and why."""

    file: str
    row: int  # line number in the file (header = 1); 0 for the whole file
    level: str  # "error" (row not imported) | "warning" (imported, but note this)
    reason: str
    session_id: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ImportReport:
    """What an import did: nothing is dropped without a line here."""

    file: str
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    encoding: str = "utf-8"
    delimiter: str = ","
    columns: dict[str, str] = field(default_factory=dict)  # our field -> the file's column
    issues: list[RowIssue] = field(default_factory=list)
    # Every column the file has, in its order: what the Import page offers when the user overrides a match.
    file_columns: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["issues"] = [i.to_dict() for i in self.issues]
        return data


@dataclass
class GroupMetrics:
    """Feedback and goal-setting quality of one group of sessions (a cohort, a mentor, a month)."""

    group: str  # cohort name, mentor pseudonym, "YYYY-MM", or "other"
    sessions: int
    feedback_sentences: int = 0
    personality_share: float | None = None  # of feedback sentences (behaviour + personality)
    actionable_share: float | None = None
    specific_share: float | None = None
    goals: int = 0
    mean_smart: float | None = None  # 0-5
    criteria_shares: dict[str, float | None] = field(default_factory=dict)  # CRITERIA -> share of goals met
    questions: int = 0
    open_ratio: float | None = None
    actions: int = 0
    actions_per_session: float | None = None
    # 90 % intervals ([low, high]) beside each estimated figure (coach.program.estimate); None: nothing to count.
    personality_share_interval: list[float] | None = None
    actionable_share_interval: list[float] | None = None
    specific_share_interval: list[float] | None = None
    mean_smart_interval: list[float] | None = None
    criteria_intervals: dict[str, list[float] | None] = field(default_factory=dict)
    open_ratio_interval: list[float] | None = None
    actions_per_session_interval: list[float] | None = None

    def to_dict(self) -> dict:
        return asdict(self)


# The figures shown as estimates with an interval (besides criteria_shares, which has criteria_intervals).
ESTIMATED_FIELDS = (
    "personality_share",
    "actionable_share",
    "specific_share",
    "mean_smart",
    "open_ratio",
    "actions_per_session",
)


@dataclass
class TrendPoint:
    """One month of one series (a cohort, or the whole program when ``series`` is "all")."""

    series: str
    month: str  # "YYYY-MM"
    metrics: GroupMetrics

    def to_dict(self) -> dict:
        return {"series": self.series, "month": self.month, "metrics": self.metrics.to_dict()}


@dataclass
class Example:
    """A sentence behind a figure: masked, with the evidence that carried its label."""

    session: str  # pseudonymous session reference, never the imported id's names
    month: str
    cohort: str
    mentor: str  # pseudonym
    kind: str  # feedback | goal | question | action
    label: str  # e.g. personality, behaviour, open, closed, or "3/5" for goals
    text: str  # masked: person names replaced by [name]
    evidence: list[dict] = field(default_factory=list)  # {start, end, text, reason} into ``text``
    hint: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ProgramAnalytics:
    """Everything a dashboard or report shows, already pseudonymised and folded."""

    by: str  # one of GROUPINGS
    total: GroupMetrics
    groups: list[GroupMetrics] = field(default_factory=list)
    trends: list[TrendPoint] = field(default_factory=list)
    folded: list[str] = field(default_factory=list)  # plain-language notes of what was folded or hidden
    analyzer_version: str = ""
    unscored_sessions: int = 0
    filters: dict[str, list[str]] = field(default_factory=dict)
    min_group_sessions: int = MIN_GROUP_SESSIONS

    def to_dict(self) -> dict:
        return {
            "by": self.by,
            "total": self.total.to_dict(),
            "groups": [g.to_dict() for g in self.groups],
            "trends": [t.to_dict() for t in self.trends],
            "folded": list(self.folded),
            "analyzer_version": self.analyzer_version,
            "unscored_sessions": self.unscored_sessions,
            "filters": dict(self.filters),
            "min_group_sessions": self.min_group_sessions,
        }
