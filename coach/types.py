"""The shared vocabulary of results. Plain dataclasses that serialise to the CLI's JSON.

Imports nothing of ours, so every layer can use it.

Example:
    >>> Evidence(0, 4, "soon", "a vague time word, not a deadline").to_dict()["text"]
    'soon'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Evidence:
    """A character span of the user's text and why it counted."""

    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Suggestion:
    """One knowledge-base entry suggested for a situation, with why it fits."""

    id: str
    kind: str
    title: str
    text: str
    phases: list[str]
    relationships: list[str]
    audiences: list[str]
    topics: list[str]
    score: float
    why: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class SuggestResponse:
    """The suggestions for one query, and anything the user should know about their input."""

    query: str
    results: list[Suggestion] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict:
        data = {"input": self.query, "results": [r.to_dict() for r in self.results],
                "warnings": list(self.warnings)}
        if self.error:
            data["error"] = self.error
        return data
