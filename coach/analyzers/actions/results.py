"""What the action-item analyzer returns: the items of a note, and what became of last session's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from coach.types import AnalyzerResult, Evidence, is_uncertain

ANALYZER_VERSION = "actions-1"
MAX_NOTE_CHARS = 200_000
OWNER_ROLES = ("mentee", "mentor", "both")
STATUSES = ("done", "open", "dropped")


@dataclass
class ActionItem:
    """One action item: the unit (sentence, bullet or turn) that states it, who, what, by when."""

    text: str
    start: int
    end: int
    owner: str
    owner_evidence: str
    task: str
    task_start: int
    task_end: int
    due: str | None = None
    due_text: str | None = None
    due_start: int | None = None
    due_end: int | None = None
    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def uncertain(self) -> bool:
        """Whether this is an agreed action item at all is too close to call."""
        return is_uncertain(self.score)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["evidence"] = [e.to_dict() for e in self.evidence]
        data["uncertain"] = self.uncertain
        return data


@dataclass
class CarriedItem:
    """What the new notes say about one of last session's items."""

    previous_index: int
    previous_task: str
    previous_text: str
    status: str  # done / open / dropped
    score: float  # confidence in the status, 0..1
    start: int | None = None  # the words in the new notes that say so (None: not mentioned)
    end: int | None = None
    text: str | None = None
    reason: str = ""
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["evidence"] = [e.to_dict() for e in self.evidence]
        return data


class ActionItems(list, AnalyzerResult):
    """The action items of one note (a list of ``ActionItem``), with what the user should know.

    ``text`` is the note as judged (not part of the JSON, which has held only the items since the first
    version)."""

    version = ANALYZER_VERSION

    def __init__(
        self,
        items=(),
        warnings: Sequence[str] = (),
        error: str | None = None,
        session_date: str | None = None,
        text: str = "",
    ):
        super().__init__(items)
        self.warnings = list(warnings)
        self.error = error
        self.session_date = session_date
        self.text = text

    def to_dict(self) -> dict:
        data = {
            "items": [i.to_dict() for i in self],
            "warnings": list(self.warnings),
            "session_date": self.session_date,
            "version": self.version,
        }
        if self.error:
            data["error"] = self.error
        return data
