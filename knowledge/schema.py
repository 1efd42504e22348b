"""The knowledge base's vocabulary and entry schema, from the labelling guide (section 5).

Example:
    >>> Entry.from_mapping({"id": "x-1", "kind": "tip", "title": "Agree an end date",
    ...     "text": "Say when the relationship ends.", "phases": ["negotiating"],
    ...     "relationships": ["formal"], "audiences": ["mentor"], "topics": ["closure"],
    ...     "source": "mentor-coach"}).kind
    'tip'
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

KINDS = ("question", "technique", "tip", "pitfall")
PHASES = ("preparation", "negotiating", "enabling_growth", "closure")
RELATIONSHIPS = ("formal", "informal", "peer", "group", "reverse")
AUDIENCES = ("mentor", "mentee", "program_lead")
TOPICS = (
    "goal_setting", "expectations", "boundaries", "trust", "confidentiality",
    "communication", "listening", "feedback", "career_growth", "skill_building", "networking",
    "confidence", "conflict", "obstacles", "motivation", "wellbeing", "leadership", "technology",
    "reflection", "celebration", "closure", "matching", "scheduling", "decision_making",
    "power_dynamics", "progress_review",
)

VOCABULARY: dict[str, tuple[str, ...]] = {
    "kind": KINDS,
    "phases": PHASES,
    "relationships": RELATIONSHIPS,
    "audiences": AUDIENCES,
    "topics": TOPICS,
}
LIST_FIELDS = ("phases", "relationships", "audiences", "topics")
REQUIRED = ("id", "kind", "title", "text", "phases", "relationships", "audiences", "topics", "source")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
MAX_TITLE = 200
MAX_TEXT = 4000


class EntryInvalid(ValueError):
    """An entry that breaks the schema; the message says which field and why."""


@dataclass(frozen=True)
class Entry:
    """One piece of mentoring practice: a question, technique, tip or pitfall."""

    id: str
    kind: str
    title: str
    text: str
    phases: tuple[str, ...]
    relationships: tuple[str, ...]
    audiences: tuple[str, ...]
    topics: tuple[str, ...]
    source: str

    @classmethod
    def from_mapping(cls, data: object) -> "Entry":
        """Validate a parsed mapping and build an entry, or raise EntryInvalid saying why."""
        if not isinstance(data, dict):
            raise EntryInvalid(f"an entry must be a mapping of fields, got {type(data).__name__}")
        missing = [k for k in REQUIRED if k not in data]
        if missing:
            raise EntryInvalid(f"missing field(s): {', '.join(missing)}")
        unknown = sorted(set(data) - set(REQUIRED))
        if unknown:
            raise EntryInvalid(f"unknown field(s): {', '.join(map(str, unknown))}")
        for key in ("id", "kind", "title", "text", "source"):
            if not isinstance(data[key], str) or not data[key].strip():
                raise EntryInvalid(f"{key!r} must be a non-empty string")
        if not ID_PATTERN.match(data["id"]):
            raise EntryInvalid(f"id {data['id']!r} must be 1-64 letters, digits, '-', '_', '.' or ':'")
        if data["kind"] not in KINDS:
            raise EntryInvalid(f"kind {data['kind']!r} is not one of {', '.join(KINDS)}")
        if len(data["title"]) > MAX_TITLE or len(data["text"]) > MAX_TEXT:
            raise EntryInvalid(f"title is limited to {MAX_TITLE} and text to {MAX_TEXT} characters")
        lists = {}
        for key in LIST_FIELDS:
            value = data[key]
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
                raise EntryInvalid(f"{key!r} must be a non-empty list of strings")
            bad = [v for v in value if v not in VOCABULARY[key]]
            if bad:
                raise EntryInvalid(
                    f"{key!r} has {', '.join(map(repr, bad))}; allowed: {', '.join(VOCABULARY[key])}"
                )
            lists[key] = tuple(dict.fromkeys(value))
        return cls(
            id=data["id"].strip(),
            kind=data["kind"],
            title=" ".join(data["title"].split()),
            text=" ".join(data["text"].split()),
            source=data["source"].strip(),
            **lists,
        )

    def to_dict(self) -> dict:
        data = asdict(self)
        for key in LIST_FIELDS:
            data[key] = list(data[key])
        return data

    @property
    def search_text(self) -> str:
        """What retrieval reads: title and text together."""
        return f"{self.title}. {self.text}"
