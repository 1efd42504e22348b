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
from dataclasses import dataclass

KINDS = ("question", "technique", "tip", "pitfall", "scenario")
PHASES = ("preparation", "negotiating", "enabling_growth", "closure")
RELATIONSHIPS = ("formal", "informal", "peer", "group", "reverse")
AUDIENCES = ("mentor", "mentee", "program_lead")
TOPICS = (
    "goal_setting",
    "expectations",
    "boundaries",
    "trust",
    "confidentiality",
    "communication",
    "listening",
    "feedback",
    "career_growth",
    "skill_building",
    "networking",
    "confidence",
    "conflict",
    "obstacles",
    "motivation",
    "wellbeing",
    "leadership",
    "technology",
    "reflection",
    "celebration",
    "closure",
    "matching",
    "scheduling",
    "decision_making",
    "power_dynamics",
    "progress_review",
    "safeguarding",
    "inclusion",
    "remote",
    "career_change",
    "ethics",
    "program_design",
)
# An entry that fits every phase or relationship says so, so that a filter never hides it.
ANY = "any"

VOCABULARY: dict[str, tuple[str, ...]] = {
    "kind": KINDS,
    "phases": PHASES,
    "relationships": RELATIONSHIPS,
    "audiences": AUDIENCES,
    "topics": TOPICS,
}
LIST_FIELDS = ("phases", "relationships", "audiences", "topics")
# Lists where "any" stands for every value (an entry for everyone is never hidden by a filter).
ANY_FIELDS = ("phases", "relationships")
REQUIRED = ("id", "kind", "title", "text", "phases", "relationships", "audiences", "topics", "source")
OPTIONAL = ("cues", "playbook", "related")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
SEED_PATTERN = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
MAX_TITLE = 200
MAX_TEXT = 4000
MAX_CUES = 8
MAX_CUE = 300
MAX_RELATED = 8
PLAYBOOK_PARTS = ("signs", "opening", "ask", "avoid", "refer")
SOURCE_TYPES = ("seed", "framework", "practice")


class EntryInvalid(ValueError):
    """An entry that breaks the schema; the message says which field and why."""


@dataclass(frozen=True)
class Source:
    """Where an entry's facts come from: a seed document (and its section), a named framework, or
    general mentoring practice.

    Example:
        >>> Source.parse("002_a26c6ea6270bdd92.txt").type
        'seed'
        >>> Source.parse({"type": "framework", "name": "GROW model"}).label
        'GROW model'
    """

    type: str
    name: str = ""  # the seed's file name, or the framework's name
    section: str = ""  # for a seed: the heading or numbered tip the facts come from

    @classmethod
    def parse(cls, value: object) -> Source:
        if isinstance(value, str):
            # The old plain-string form: a seed's file name, or a framework's or author's name.
            text = value.strip()
            if not text:
                raise EntryInvalid("'source' must not be empty")
            if SEED_PATTERN.match(text):
                return cls("seed", text)
            if text.lower() in ("mentor-coach", "general practice", "practice"):
                return cls("practice")
            return cls("framework", text)
        if not isinstance(value, dict):
            raise EntryInvalid("'source' must be a seed file name or a mapping with 'type'")
        unknown = sorted(set(value) - {"type", "name", "section", "__line__"})
        if unknown:
            raise EntryInvalid(f"'source' has unknown field(s): {', '.join(map(str, unknown))}")
        kind = value.get("type")
        if kind not in SOURCE_TYPES:
            raise EntryInvalid(f"source type {kind!r} is not one of {', '.join(SOURCE_TYPES)}")
        name = value.get("name") or ""
        section = value.get("section") or ""
        if not isinstance(name, str) or not isinstance(section, str):
            raise EntryInvalid("source 'name' and 'section' must be strings")
        if kind == "seed" and not SEED_PATTERN.match(name.strip()):
            raise EntryInvalid(f"a seed source names its file (like 000_0123456789abcdef.txt), got {name!r}")
        if kind == "framework" and not name.strip():
            raise EntryInvalid("a framework source needs the framework's 'name'")
        return cls(kind, name.strip(), " ".join(section.split()))

    @property
    def label(self) -> str:
        """Words for a reader: 'GROW model', 'mentoring guide (seed 002), section 3', 'general practice'."""
        if self.type == "framework":
            return self.name
        if self.type == "seed":
            where = f"source document {self.name[:3]}"
            return f"{where}, {self.section}" if self.section else where
        return "general mentoring practice"

    def to_dict(self) -> dict:
        data = {"type": self.type}
        if self.name:
            data["name"] = self.name
        if self.section:
            data["section"] = self.section
        return data


@dataclass(frozen=True)
class Playbook:
    """A scenario's short playbook: signs to notice, words to open with, questions to ask, what to
    avoid, and when and where to refer on."""

    signs: tuple[str, ...]
    opening: str
    ask: tuple[str, ...]
    avoid: tuple[str, ...]
    refer: str

    @classmethod
    def parse(cls, value: object) -> Playbook:
        if not isinstance(value, dict):
            raise EntryInvalid("'playbook' must be a mapping of signs, opening, ask, avoid and refer")
        missing = [k for k in PLAYBOOK_PARTS if k not in value]
        if missing:
            raise EntryInvalid(f"playbook is missing: {', '.join(missing)}")
        unknown = sorted(set(value) - set(PLAYBOOK_PARTS) - {"__line__"})
        if unknown:
            raise EntryInvalid(f"playbook has unknown part(s): {', '.join(map(str, unknown))}")
        lists = {}
        for key in ("signs", "ask", "avoid"):
            items = value[key]
            if isinstance(items, str):
                items = [items]
            if (
                not isinstance(items, list)
                or not items
                or not all(isinstance(i, str) and i.strip() for i in items)
            ):
                raise EntryInvalid(f"playbook {key!r} must be a non-empty list of strings")
            lists[key] = tuple(" ".join(i.split()) for i in items)
        for key in ("opening", "refer"):
            if not isinstance(value[key], str) or not value[key].strip():
                raise EntryInvalid(f"playbook {key!r} must be a non-empty string")
        return cls(
            opening=" ".join(value["opening"].split()), refer=" ".join(value["refer"].split()), **lists
        )

    def to_dict(self) -> dict:
        return {
            "signs": list(self.signs),
            "opening": self.opening,
            "ask": list(self.ask),
            "avoid": list(self.avoid),
            "refer": self.refer,
        }

    @property
    def search_text(self) -> str:
        return " ".join((*self.signs, self.opening, *self.ask, *self.avoid, self.refer))


@dataclass(frozen=True)
class Entry:
    """One piece of mentoring practice: a question, technique, tip, pitfall or scenario playbook."""

    id: str
    kind: str
    title: str
    text: str
    phases: tuple[str, ...]
    relationships: tuple[str, ...]
    audiences: tuple[str, ...]
    topics: tuple[str, ...]
    source: Source
    cues: tuple[str, ...] = ()
    playbook: Playbook | None = None
    # A scenario's companions: ids of the questions, techniques, tips and pitfalls a person facing
    # that situation uses with its playbook (checked against the whole knowledge base on loading).
    related: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: object) -> Entry:
        """Validate a parsed mapping and build an entry, or raise EntryInvalid saying why."""
        if not isinstance(data, dict):
            raise EntryInvalid(f"an entry must be a mapping of fields, got {type(data).__name__}")
        missing = [k for k in REQUIRED if k not in data]
        if missing:
            raise EntryInvalid(f"missing field(s): {', '.join(missing)}")
        unknown = sorted(set(data) - set(REQUIRED) - set(OPTIONAL))
        if unknown:
            raise EntryInvalid(f"unknown field(s): {', '.join(map(str, unknown))}")
        for key in ("id", "kind", "title", "text"):
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
            allowed = VOCABULARY[key] + ((ANY,) if key in ANY_FIELDS else ())
            bad = [v for v in value if v not in allowed]
            if bad:
                raise EntryInvalid(f"{key!r} has {', '.join(map(repr, bad))}; allowed: {', '.join(allowed)}")
            if ANY in value and len(value) > 1:
                raise EntryInvalid(f"{key!r}: 'any' already covers every value; list it alone")
            lists[key] = tuple(dict.fromkeys(value))
        cues = data.get("cues") or []
        if isinstance(cues, str):
            cues = [cues]
        if not isinstance(cues, list) or not all(isinstance(c, str) and c.strip() for c in cues):
            raise EntryInvalid("'cues' must be a list of strings")
        if len(cues) > MAX_CUES or any(len(c) > MAX_CUE for c in cues):
            raise EntryInvalid(f"at most {MAX_CUES} cues of at most {MAX_CUE} characters each")
        playbook = data.get("playbook")
        if data["kind"] == "scenario" and playbook is None:
            raise EntryInvalid("a scenario needs a 'playbook' (signs, opening, ask, avoid, refer)")
        if data["kind"] != "scenario" and playbook is not None:
            raise EntryInvalid("only a scenario carries a 'playbook'")
        related = data.get("related") or []
        if data["kind"] != "scenario" and related:
            raise EntryInvalid("only a scenario carries 'related' entries")
        if not isinstance(related, list) or not all(
            isinstance(r, str) and ID_PATTERN.match(r) for r in related
        ):
            raise EntryInvalid("'related' must be a list of entry ids")
        if len(related) > MAX_RELATED or data["id"].strip() in related:
            raise EntryInvalid(f"'related' lists at most {MAX_RELATED} other entries, not the entry itself")
        return cls(
            id=data["id"].strip(),
            kind=data["kind"],
            title=" ".join(data["title"].split()),
            text=" ".join(data["text"].split()),
            source=Source.parse(data["source"]),
            cues=tuple(dict.fromkeys(" ".join(c.split()) for c in cues)),
            playbook=Playbook.parse(playbook) if playbook is not None else None,
            related=tuple(dict.fromkeys(related)),
            **lists,
        )

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "text": self.text,
            **{key: list(getattr(self, key)) for key in LIST_FIELDS},
            "source": self.source.to_dict(),
            "cues": list(self.cues),
        }
        if self.playbook is not None:
            data["playbook"] = self.playbook.to_dict()
        if self.related:
            data["related"] = list(self.related)
        return data

    def fits(self, field_name: str, value: str) -> bool:
        """Whether a filter value selects this entry ('any' fits every value)."""
        own = (self.kind,) if field_name == "kind" else getattr(self, field_name)
        return value in own or ANY in own

    @property
    def search_text(self) -> str:
        """What the dense retriever reads: title and text. A scenario's playbook is matched by words
        (``lexical_text``) and its situation by the cues; embedding the playbook too made the index
        half as fast to build for no measured gain."""
        return f"{self.title}. {self.text}"

    @property
    def lexical_text(self) -> str:
        """What BM25's text field reads: the text, and a scenario's playbook."""
        if self.playbook is not None:
            return f"{self.text} {self.playbook.search_text}"
        return self.text
