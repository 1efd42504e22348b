"""The shared vocabulary of results. Plain dataclasses that serialise to the CLI's JSON.

Imports nothing of ours, so every layer can use it.

Example:
    >>> Evidence(0, 4, "soon", "a vague time word, not a deadline").to_dict()["text"]
    'soon'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


def is_uncertain(probability: float | None, classes: int = 2) -> bool:
    """Whether a judgement is too close to call: a two-way one within the uncertain band of 0.5, a
    three-way one whose winner has less than 0.5 plus the band (``MENTOR_COACH_UNCERTAIN_BAND``).

    Example:
        >>> is_uncertain(0.58), is_uncertain(0.93), is_uncertain(0.6, classes=3)
        (True, False, True)
    """
    if probability is None:
        return False
    from coach.settings import get_settings

    band = get_settings().uncertain_band
    if classes > 2:
        return probability < 0.5 + band
    return abs(probability - 0.5) < band


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
    """One knowledge-base entry suggested for a situation, with why it fits.

    ``fits`` is False for an entry shown only as the closest there is: under the relevance floor.
    A scenario carries its ``playbook`` (signs, opening, ask, avoid, refer); other kinds carry None.
    """

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
    fits: bool = True
    matched_cue: str | None = None
    playbook: dict | None = None
    source: str = ""
    safety: bool = False  # put first by the safety route

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class SuggestResponse:
    """The suggestions for one query, and anything the user should know about their input.

    ``nothing_fits``: no entry fits the situation well; the results, if any, are only the closest.
    ``safety``: what the text discloses (kind, reason, evidence spans) when the safety route put a
    safeguarding playbook first. ``audience``: who the text reads as written by, when it says.
    """

    query: str
    results: list[Suggestion] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    nothing_fits: bool = False
    safety: dict | None = None
    audience: str | None = None

    def to_dict(self) -> dict:
        data = {
            "input": self.query,
            "results": [r.to_dict() for r in self.results],
            "warnings": list(self.warnings),
            "nothing_fits": self.nothing_fits,
            "safety": self.safety,
            "audience": self.audience,
        }
        if self.error:
            data["error"] = self.error
        return data
