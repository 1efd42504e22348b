"""The shared vocabulary of results. Plain dataclasses that serialise to the CLI's JSON.

Imports nothing of ours, so every layer can use it.

Example:
    >>> Evidence(0, 4, "soon", "a vague time word, not a deadline").to_dict()["text"]
    'soon'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any


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


class AnalyzerResult:
    """What every analyzer's result for one text carries, whatever it judged.

    ``text``: what was judged; ``warnings``: what the user should know about it (not English, cut
    short, a weekday that does not match its date); ``version``: the analyzer that judged it;
    ``error``: why there is no judgement (empty, binary, too long), instead of a traceback;
    ``to_dict()``: the CLI's JSON. Each analyzer's result adds its judgement to these.

    Example:
        >>> from coach.analyzers.questions import analyze_questions_many
        >>> [(isinstance(r, AnalyzerResult), r.ok) for r in analyze_questions_many(["", "Why?"])]
        [(True, False), (True, True)]
    """

    text: str
    warnings: list[str]
    version: str
    error: str | None

    @property
    def ok(self) -> bool:
        """Whether the text was judged (no error)."""
        return not self.error

    def to_dict(self) -> dict:
        raise NotImplementedError


@dataclass(frozen=True)
class DocsContext:
    """What a caller already knows about the parsed Docs it hands an analyzer, one entry per Doc.

    Every analyzer's ``*_from_docs(docs, context)`` takes one and reads the parts it uses:
    ``offsets`` (where Doc i's text starts in the user's input; spans are shifted by it),
    ``vectors`` (sentence embeddings already computed, by sentence text, so that a note is embedded
    once for all analyzers), ``session_dates`` (date, ISO string or None per Doc: anchors relative
    due dates), ``in_note`` (Doc i is a whole session note, judged by the heads that learnt from
    notes), ``skip`` (character ranges of Doc i already known to be something else) and
    ``candidates`` (the only ranges of Doc i that may be goals; None: every sentence) and ``stated``
    (of those, the ranges the text labels as goals).

    Example:
        >>> context = DocsContext(offsets=[0, 120], in_note=[True, False])
        >>> context.offset(1), context.pick([1]).in_note
        (120, [False])
    """

    offsets: Sequence[int] | None = None
    vectors: Mapping[str, Any] | None = None
    session_dates: Sequence[Any] | None = None
    in_note: Sequence[bool] | None = None
    skip: Sequence[Sequence[tuple[int, int]]] | None = None
    candidates: Sequence[Sequence[tuple[int, int]] | None] | None = None
    # Of the candidates, those the text itself states to be goals ("Goal: …", a line under "Goals"):
    # goals even where the heads doubt them, since a vague goal is still a goal (guide §1).
    stated: Sequence[Sequence[tuple[int, int]]] | None = None

    def offset(self, i: int) -> int:
        return self.offsets[i] if self.offsets is not None else 0

    def pick(self, indexes: Sequence[int]) -> DocsContext:
        """The context of the Docs at ``indexes`` only (the vectors are shared, being keyed by text)."""

        def part(values):
            return None if values is None else [values[i] for i in indexes]

        return replace(
            self,
            offsets=part(self.offsets),
            session_dates=part(self.session_dates),
            in_note=part(self.in_note),
            skip=part(self.skip),
            candidates=part(self.candidates),
            stated=part(self.stated),
        )


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
    goes_with: str | None = None  # the title of the leading playbook this entry is a companion of

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class SuggestResponse:
    """The suggestions for one query, and anything the user should know about their input.

    ``nothing_fits``: no entry fits the situation well; the results, if any, are only the closest.
    ``safety``: what the text discloses (kind, reason, evidence spans) when the safety route put a
    safeguarding playbook first. ``audience``: who the text reads as written by, when it says;
    ``audience_from``: what says so ("filter", "words", or "phrasing": worded like that audience's
    requests, learnt from the knowledge base's cues).
    """

    query: str
    results: list[Suggestion] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    nothing_fits: bool = False
    safety: dict | None = None
    audience: str | None = None
    audience_from: str | None = None

    def to_dict(self) -> dict:
        data = {
            "input": self.query,
            "results": [r.to_dict() for r in self.results],
            "warnings": list(self.warnings),
            "nothing_fits": self.nothing_fits,
            "safety": self.safety,
            "audience": self.audience,
            "audience_from": self.audience_from,
        }
        if self.error:
            data["error"] = self.error
        return data
