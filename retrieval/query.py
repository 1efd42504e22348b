"""What a query says about who is asking: a mentor, a mentee or a program lead.

Used as a soft boost in ranking (an entry written for the asker rises a little), never as a filter:
people describe their situation in many ways, and a wrong guess must cost little.

Example:
    >>> infer_audience("my mentor keeps cancelling on me")
    'mentee'
    >>> infer_audience("half the pairs in our cohort stopped meeting")
    'program_lead'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_LEAD = re.compile(
    r"\b(?:our|the)\s+(?:mentoring\s+)?(?:programme|program|scheme|cohort|pilot|pairs|participants)\b(?<!the scheme)(?<!the program)(?<!the programme)|"
    r"\bour\s+(?:volunteer\s+)?(?:mentors|mentees)\b|"
    r"\b(?:cohorts?|sign[- ]?ups?|matching|rematch\w*|pairings?|programme|program\s+lead|steering\s+group|"
    r"(?:the\s+)?board\s+(?:wants|asked|needs)|roll\s*out|launch(?:ing)?\s+a|recruit(?:ing)?\s+mentors|train(?:ing)?\s+(?:our\s+|new\s+)?mentors|"
    r"(?:one|some|several|a\s+few)\s+of\s+(?:our|the)\s+mentors|pairs?\s+(?:stopped|stop|are|aren'?t)|\d+\s+pairs|"
    r"mentors\s+(?:keep|are|aren'?t|don'?t|never|who|signing\s+up)|session\s+logs?|(?:mentor|mentee)\s+pool|"
    r"our\s+volunteers|new\s+mentors|before\s+(?:we\s+)?(?:launch|pair\s+them))\b",
    re.IGNORECASE,
)
_MENTOR = re.compile(
    r"\b(?:my|our)\s+(?:new\s+|reverse\s+)?mentees?\b|\b(?:i'?m|as)\s+(?:a\s+)?(?:new\s+)?mentor\b|"
    r"\bi\s+(?:mentor|am\s+mentoring|'m\s+mentoring)\b|\bmentoring\s+(?:a|an|my|someone)\b",
    re.IGNORECASE,
)
_MENTEE = re.compile(
    r"\bmy\s+(?:new\s+|reverse\s+)?mentors?\b|\b(?:i'?m|as)\s+(?:a\s+)?mentee\b|"
    r"\bi'?m\s+(?:being\s+)?mentored\b|\bfind(?:ing)?\s+a\s+mentor\b|\bask(?:ing)?\s+(?:someone|somebody)\s+to\s+(?:be\s+)?(?:my\s+)?mentor",
    re.IGNORECASE,
)


_FIRST_PERSON = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|my|me|myself)\b", re.IGNORECASE)
# Words of someone who speaks about another person or about the mentoring itself.
_ABOUT_OTHERS = re.compile(
    r"\b(?:she|he|her|him|his|they|them|mentees?|mentors?|mentoring|sessions?|pairs?)\b", re.IGNORECASE
)


def infer_audience(query: str) -> str | None:
    """'mentor', 'mentee' or 'program_lead' when the query's own words say who asks, else None.

    Someone who speaks only of themselves ("my manager took credit for my analysis") is most often
    the mentee: mentors speak of their mentee, leads of their programme.
    """
    mentor, mentee, lead = (bool(p.search(query)) for p in (_MENTOR, _MENTEE, _LEAD))
    if not (mentor or mentee or lead):
        if _A_MENTOR_AND_MENTEE.search(query):
            # Both roles spoken of from outside ("a mentee complained that her mentor…"): whoever
            # runs the programme, not either side of the pair.
            return "program_lead"
        if _MENTOR_TO_ME.search(query) and not _A_MENTEE.search(query):
            return "mentee"  # "mentor gives me loads of homework": the asker is on the receiving end
    if lead and not mentee and not (mentor and re.search(r"\bmy\s+mentees?\b", query, re.IGNORECASE)):
        return "program_lead"
    if mentor and not mentee:
        return "mentor"
    if mentee and not mentor:
        return "mentee"
    if not (mentor or mentee or lead) and _FIRST_PERSON.search(query) and not _ABOUT_OTHERS.search(query):
        return "mentee"
    if not (mentor or mentee or lead):
        # "mentee wants to leave accounting": the mentee as a role, spoken of by their mentor; "she burst
        # into tears and I froze": someone else's story told by whoever supports them, unless it is the
        # asker's own manager or colleague the pronoun stands for ("my manager presented it as his own").
        if _A_MENTEE.search(query) and not _A_MENTOR.search(query):
            return "mentor"
        if _MY_PEOPLE.search(query) and not (_A_MENTOR.search(query) or _A_MENTEE.search(query)):
            return "mentee"  # the asker's own manager or colleague: their own working life
        if _THIRD_PERSON.search(query) and not _MY_PEOPLE.search(query) and not _A_MENTOR.search(query):
            return "mentor"
    return None


_A_MENTEE = re.compile(r"\bmentees?(?:'s)?\b", re.IGNORECASE)
_A_MENTOR_AND_MENTEE = re.compile(
    r"\bmentors?(?:'s)?\b.*\bmentees?(?:'s)?\b|\bmentees?(?:'s)?\b.*\bmentors?(?:'s)?\b",
    re.IGNORECASE | re.DOTALL,
)
_MENTOR_TO_ME = re.compile(
    r"\bmentor\s+(?:\w+\s+){0,2}(?:me|my)\b|\b(?:with|from|to|for)\s+(?:the\s+)?mentor\b.*\b(?:i|i'?m|me)\b",
    re.IGNORECASE | re.DOTALL,
)
_A_MENTOR = re.compile(r"\bmentors?(?:'s)?\b|\bmentoring\s+(?:group|circle|scheme)\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(?:she|he|she's|he's|shes|hes)\b", re.IGNORECASE)
_MY_PEOPLE = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:manager|boss|lead|colleague|coworker|co-worker|supervisor|director|"
    r"partner|husband|wife|teammate|client|team|mum|mom|dad|friend)s?\b",
    re.IGNORECASE,
)


AUDIENCES = ("mentor", "mentee", "program_lead")
# Below this probability the phrasing is left unread: dev askers (rules silent on 39 of 164) were
# read right 28 more times and wrong no more often at 0.6; at 0.5 wrong reads doubled.
PHRASING_PROBABILITY = 0.6
MAX_CUES_FITTED = 12_000


@dataclass(frozen=True)
class Asker:
    """Who a query reads as written by, and what says so.

    ``source``: "words" (the rules above found the asker's own words), "phrasing" (the query is
    phrased like the knowledge base's cues for that audience; ``probability`` says how sure), or None.
    """

    audience: str | None
    source: str | None = None
    probability: float | None = None


class AskerModel:
    """Who asks, learnt from how each audience describes its situations in the knowledge base's cues.

    A cue is written in the voice of the people its entry serves ("my mentor talks about himself the
    whole hour" on a mentee's entry), so the cues of entries for one audience are labelled examples
    of that audience's phrasing: a logistic regression over their sentence vectors, fitted when the
    index is built, reads the asker where the query's words name no role.

    Example:
        >>> import numpy as np
        >>> m = AskerModel().fit(np.eye(3, 4, dtype=np.float32), ["mentor", "mentee", "program_lead"])
        >>> m.predict_proba(np.eye(3, 4, dtype=np.float32)).shape
        (3, 3)
    """

    def __init__(self, coef: np.ndarray | None = None, intercept: np.ndarray | None = None):
        self.coef_ = coef
        self.intercept_ = intercept

    def fit(self, vectors: np.ndarray, audiences: Sequence[str], c: float = 1.0) -> AskerModel:
        from sklearn.linear_model import LogisticRegression

        labels = np.array([AUDIENCES.index(a) for a in audiences])
        if len(set(labels.tolist())) < len(AUDIENCES):
            return self  # an audience without cues: nothing to learn its phrasing from
        model = LogisticRegression(C=c, max_iter=2000).fit(np.asarray(vectors, dtype=np.float64), labels)
        self.coef_ = model.coef_.astype(np.float32)
        self.intercept_ = model.intercept_.astype(np.float32)
        return self

    @property
    def fitted(self) -> bool:
        return self.coef_ is not None

    def predict_proba(self, vectors: np.ndarray) -> np.ndarray:
        """One row per vector: the probability of each of ``AUDIENCES``."""
        z = np.atleast_2d(vectors) @ self.coef_.T + self.intercept_
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    @classmethod
    def from_cues(cls, entries: Sequence, cue_vectors: np.ndarray, cue_owner: np.ndarray) -> AskerModel:
        """Fitted on the cues of entries written for exactly one audience."""
        rows = [r for r, owner in enumerate(cue_owner) if len(entries[owner].audiences) == 1]
        if not rows:
            return cls()
        # An even sample keeps the fit to a second or two however large the knowledge base grows.
        rows = rows[:: -(-len(rows) // MAX_CUES_FITTED)]
        return cls().fit(cue_vectors[rows], [entries[cue_owner[r]].audiences[0] for r in rows])


def who_asks(query: str, vector: np.ndarray | None = None, model: AskerModel | None = None) -> Asker:
    """The asker from the query's own words, else from its phrasing when the model is sure enough.

    Example:
        >>> who_asks("my mentor keeps cancelling on me")
        Asker(audience='mentee', source='words', probability=None)
    """
    by_words = infer_audience(query)
    if by_words:
        return Asker(by_words, "words")
    if vector is None or model is None or not model.fitted:
        return Asker(None)
    p = model.predict_proba(vector)[0]
    best = int(p.argmax())
    if p[best] < PHRASING_PROBABILITY:
        return Asker(None)
    return Asker(AUDIENCES[best], "phrasing", round(float(p[best]), 3))
