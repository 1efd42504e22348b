"""What the workspace hands back: plain dataclasses that serialise to the CLI's JSON.

Example:
    >>> MenteeSummary("JD", "2026-03-01T09:00:00", 2, 1, 3, "2026-03-10").to_dict()["open_actions"]
    3
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# The feedback measures of the mentor's own trend, and which way is better for each.
MEASURES = {
    "personality_share": "lower",
    "actionable_share": "higher",
    "specific_share": "higher",
    "open_ratio": "higher",
}


@dataclass
class MenteeSummary:
    """One line of "My mentees"."""

    label: str
    created_at: str
    sessions: int
    goals: int
    open_actions: int
    last_session: str | None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class GoalVersion:
    """One checked wording of a goal, with its SMART score; ``session`` is the session it came from."""

    version: int
    text: str
    smart_score: int | None
    unmet: list[str]
    source: str  # goal page | review | cli | import
    checked_at: str
    session: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Goal:
    """A goal of a mentee and every version checked, oldest first."""

    number: int
    versions: list[GoalVersion] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The current wording (the latest version)."""
        return self.versions[-1].text if self.versions else ""

    def to_dict(self) -> dict:
        return {"number": self.number, "text": self.text, "versions": [v.to_dict() for v in self.versions]}


@dataclass
class ActionRecord:
    """An action item agreed in a session and what became of it since.

    ``history`` lists each later review's verdict: ``{"session", "status", "reason", "words"}``.
    """

    number: int
    owner: str
    task: str
    due: str | None
    text: str
    status: str  # open | done | dropped
    reason: str
    session: int | None
    history: list[dict] = field(default_factory=list)

    @property
    def line(self) -> str:
        """How the item is carried into a plan, e.g. ``send the CV to Priya (mentee, due 2026-03-13)``."""
        return f"{self.task} ({self.owner}" + (f", due {self.due})" if self.due else ")")

    def to_dict(self) -> dict:
        return {**asdict(self), "line": self.line}


@dataclass
class SessionEntry:
    """One session of a mentee: its plan, its notes and their review (each may still be missing)."""

    number: int
    date: str | None
    created_at: str
    plan: dict | None = None
    notes: str | None = None
    review: dict | None = None

    def summary(self) -> dict:
        """The figures a timeline shows, without the texts."""
        out: dict = {
            "number": self.number,
            "date": self.date,
            "planned": self.plan is not None,
            "reviewed": self.review is not None,
        }
        if self.plan:
            out.update(phase=self.plan["phase"], minutes=self.plan["minutes"], focus=self.plan["focus"])
        if self.review:
            f, q = self.review["feedback_summary"], self.review["question_summary"]
            out.update(
                goals=len(self.review["goals"]),
                actions=len(self.review["actions"]),
                personality_share=f.get("personality_share"),
                open_ratio=q.get("open_ratio"),
            )
        return out

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class SavedResult:
    """A page's result the mentor kept on a mentee (feedback, questions or suggestions)."""

    kind: str
    text: str
    result: dict
    saved_at: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class MenteeDetail:
    """Everything the timeline shows for one mentee."""

    label: str
    created_at: str
    sessions: list[SessionEntry] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    actions: list[ActionRecord] = field(default_factory=list)
    saved: list[SavedResult] = field(default_factory=list)

    @property
    def open_actions(self) -> list[ActionRecord]:
        return [a for a in self.actions if a.status == "open"]

    def to_dict(self) -> dict:
        """The ``mentee show --json`` contract: sessions as summaries, goals and actions in full."""
        return {
            "label": self.label,
            "created_at": self.created_at,
            "sessions": [s.summary() for s in self.sessions],
            "goals": [g.to_dict() for g in self.goals],
            "actions": [a.to_dict() for a in self.actions],
            "saved": [{"kind": s.kind, "saved_at": s.saved_at} for s in self.saved],
        }


@dataclass
class TrendPoint:
    """The mentor's feedback in one reviewed session, with the sentences behind each figure.

    ``sentences``: the feedback sentences (``text``, ``focus``, ``actionable``, ``specific``);
    ``questions``: the questions asked (``text``, ``label``, ``leading``). A share is None when the
    session holds nothing to count (no feedback sentence, no question).
    """

    mentee: str
    session: int
    date: str
    personality_share: float | None
    actionable_share: float | None
    specific_share: float | None
    open_ratio: float | None
    sentences: list[dict] = field(default_factory=list)
    questions: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class MentorTrend:
    """The mentor's own feedback over their reviewed sessions, oldest first.

    ``changes`` holds, per measure, the first and latest value and whether that is ``better``,
    ``worse`` or ``same`` (lower is better for the personality share, higher for the others).
    """

    points: list[TrendPoint] = field(default_factory=list)
    changes: dict[str, dict] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"points": [p.to_dict() for p in self.points], "changes": self.changes}
