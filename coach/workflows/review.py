"""Notes review: one pass over a session's notes showing the goals stated, the feedback given, the
questions asked and the action items agreed, with what to carry into the next session.

spaCy parses the note once and every analyzer reads that Doc; each sentence is embedded once,
while spaCy parses. Composes the analyzers; no model code of its own.

Example:
    >>> review = review_notes("- goal: get better at presenting\\n- You're so disorganised.\\n"
    ...                       "- Sam to send the CV to Priya by Friday")       # doctest: +SKIP
    >>> [a.task for a in review.actions]                                        # doctest: +SKIP
    ['send the CV to Priya']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import numpy as np

from coach.analyzers.goals import clean_goal_text
from coach.analyzers.safety import safeguarding_heading
from coach.errors import InputError
from coach.text.textcheck import prepare_text
from coach.types import DocsContext

REVIEW_VERSION = "review-1"
MAX_NOTES_CHARS = 200_000


@dataclass
class NextStep:
    """Something to carry into the next session, pointing at the words that raised it."""

    kind: str  # goal | feedback | action | questions
    text: str
    why: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "why": self.why, "start": self.start, "end": self.end}


@dataclass
class NotesReview:
    text: str
    session_date: str | None
    goals: list = field(default_factory=list)  # GoalReport
    feedback: list = field(default_factory=list)  # FeedbackSentence (behaviour or personality)
    feedback_summary: dict = field(default_factory=dict)
    questions: list = field(default_factory=list)  # Question
    question_summary: dict = field(default_factory=dict)
    actions: list = field(default_factory=list)  # ActionItem
    carried: list = field(default_factory=list)  # CarriedItem
    next_session: list[NextStep] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    version: str = REVIEW_VERSION
    # When the notes disclose harm (coach.analyzers.safety): what, where (offsets into the notes) and the
    # safeguarding playbook to follow before anything else.
    safety: dict | None = None

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "session_date": self.session_date,
            "goals": [g.to_dict() for g in self.goals],
            "feedback": [f.to_dict() for f in self.feedback],
            "feedback_summary": self.feedback_summary,
            "questions": [q.to_dict() for q in self.questions],
            "question_summary": self.question_summary,
            "actions": [a.to_dict() for a in self.actions],
            "carried": [c.to_dict() for c in self.carried],
            "next_session": [n.to_dict() for n in self.next_session],
            "warnings": list(self.warnings),
            "version": self.version,
            "safety": self.safety,
        }


# Guesses the segmenter mostly cuts another way, so that their vectors would go unread: text after
# a question or exclamation mark on the same line ("should I learn dbt? undecided"), a bare list
# number ("4."), and the pieces on either side of a title or an initial ("email Prof. | Aldous
# tomorrow", "G. | Pryce"). They are left for after the parse, when the sentences are known. On the
# 166 labelled notes of evaluation/data this leaves 44 unread vectors of 1,394 instead of 101 of 1,466.
_UNSURE_GUESS = re.compile(r"[?!][\"'”)]*\s+\S|^\W*\d{1,3}[.)]?$")
_ENDS_IN_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|Dr|Prof|Mr|Mrs|Ms|Mx|St|Capt|Sgt|ch|vs|etc|e\.g|i\.e|approx|no)\.$"
)


def sure_guesses(pieces: list[str]) -> list[str]:
    """The guessed sentences worth embedding while spaCy parses, distinct and sorted.

    Leaving out a guess never changes a review: every sentence the analyzers read that was not
    guessed is embedded after the parse. It only spares the embedder a vector no one reads.
    """
    out, after_abbreviation = set(), False
    for piece in pieces:
        abbreviation = _ENDS_IN_ABBREVIATION.search(piece) is not None
        if not (abbreviation or after_abbreviation or _UNSURE_GUESS.search(piece)):
            out.add(piece)
        after_abbreviation = abbreviation
    return sorted(out)


def _session_date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"The session date {value!r} is not a date like 2026-03-14.") from None


def review_notes(text: object, previous: Any = None, session_date: Any = None) -> NotesReview:
    """Review one session's notes: goals, feedback, questions and action items, and what to carry on.

    ``previous`` is last session's ``NotesReview``, its ``to_dict()``, or last session's notes as
    text; its action items are marked done, open or dropped where these notes say so.
    Raises InputError for notes that cannot be read (empty, binary, too long).
    """
    from coach.analyzers.actions import track_previous
    from coach.analyzers.feedback import guess_sentences
    from coach.analyzers.feedback import summarize as summarize_feedback
    from coach.analyzers.questions import summarize as summarize_questions
    from coach.models.loading import PendingVectors, get_sentence_embedder
    from coach.text.date_resolve import WEEKDAY_MISMATCH
    from coach.text.nlp import parse
    from coach.text.segment import segments
    from coach.workflows.notes import analyze_docs

    prepared = prepare_text(text, max_chars=MAX_NOTES_CHARS, what="notes")
    iso_date = _session_date(session_date)
    # Feedback, questions and actions share one (int8) embedding per sentence; the goal analyzer
    # embeds its own candidates with the float32 embedder its heads were trained on.
    embedder = get_sentence_embedder()
    guesses = sure_guesses(guess_sentences(prepared.text))
    pending = embedder.encode_beside(guesses)
    docs = parse([prepared.text])  # the one parse every analyzer shares
    # Every sentence the analyzers will read, embedded once (the guesses cover most of them); the
    # first analyzer to need vectors helps finish them, after its rule work.
    known = set(guesses)
    missing = sorted({t for seg in segments(docs[0]) for t in (seg.text, seg.span.text) if t not in known})

    def all_vectors():
        return np.vstack([pending(), embedder.encode(missing)])

    vectors = PendingVectors(embedder.model_id, guesses + missing, all_vectors)
    offsets = [prepared.offset]

    found = analyze_docs(docs, DocsContext(offsets=offsets, session_dates=[iso_date], vectors=vectors))[0]
    actions, questions, goals, feedback = found.actions, found.questions, found.goals, found.feedback
    feedback_all = found.feedback_all
    self_labels = found.self_labels

    carried = []
    if previous is not None and previous != "":
        previous_items = (
            previous.actions
            if isinstance(previous, NotesReview)
            else previous.get("actions", previous)
            if isinstance(previous, dict)
            else previous
        )
        carried = track_previous(previous_items, prepared.text, doc=docs[0], early_vectors=vectors)
        for c in carried:  # offsets into the prepared text → offsets into the user's input
            if c.start is not None:
                c.start += prepared.offset
                c.end += prepared.offset

    review = NotesReview(
        text=text if isinstance(text, str) else "",
        session_date=iso_date,
        goals=goals,
        feedback=feedback,
        feedback_summary=summarize_feedback(_as_shown(feedback_all, feedback)),
        questions=questions,
        question_summary=summarize_questions(questions),
        actions=actions,
        carried=carried,
        warnings=list(prepared.warnings),
    )
    for reason in dict.fromkeys(
        e.reason for a in actions for e in a.evidence if WEEKDAY_MISMATCH in e.reason
    ):
        review.warnings.append(f"Check a date: {reason.split(': ', 1)[-1]}")
    sentences = [seg for seg in segments(docs[0]) if seg.text.strip()]
    known = vectors.resolve()
    review.safety = safety_route(
        prepared.text,
        prepared.offset,
        [(seg.start, seg.end) for seg in sentences],
        np.array([known[seg.text] for seg in sentences])
        if all(seg.text in known for seg in sentences)
        else None,
    )
    review.next_session = next_steps(review)
    for label in self_labels:
        review.next_session.append(
            NextStep(
                "explore",
                f"Explore with your mentee: {label.text}",
                "their own words about themselves, reported, not your feedback: ask what makes them see it so",
                label.start,
                label.end,
            )
        )
    if review.safety and review.safety.get("uncertain"):
        review.warnings.insert(
            0,
            f"These notes may disclose harm, but this is not certain ({review.safety['reason']}): if they "
            f"do, follow the safeguarding playbook “{review.safety['title']}”.",
        )
    elif review.safety:
        review.warnings.insert(
            0,
            f"These notes read like a disclosure ({review.safety['reason']}): follow the "
            f"safeguarding playbook “{review.safety['title']}” before anything else.",
        )
    return review


def safety_route(text: str, offset: int = 0, sentences=(), vectors=None) -> dict | None:
    """What the notes disclose and the safeguarding playbook that fits it, or None; ``"uncertain": true``
    when the route is not sure (only the notes head read it, or it does not bear out a recogniser's
    finding): the playbook is offered, not put first.

    ``sentences``: (start, end) of the note's sentences in ``text``; ``vectors``: their int8 vectors.
    """
    from coach.analyzers.safety import check_note_safety

    check = check_note_safety(text, list(sentences), vectors)
    if not (check.disclosures or check.possible):
        return None
    from coach.workflows.suggest import get_index, safeguarding_first

    disclosure, best = safeguarding_first(get_index(), text, "mentor", check=check)
    if best is None:
        return None
    for e in disclosure["evidence"]:
        e["start"] += offset
        e["end"] += offset
    entry = best.entry
    return {
        **disclosure,
        "id": entry.id,
        "title": entry.title,
        "text": entry.text,
        "playbook": entry.playbook.to_dict(),
    }


def next_steps(review: NotesReview) -> list[NextStep]:
    """What to take into the next session, each pointing at its evidence in the notes."""
    names = {
        "specific": "specific",
        "measurable": "measurable",
        "achievable": "achievable",
        "relevant": "relevant",
        "time_bound": "time-bound",
    }
    steps: list[NextStep] = []
    if review.safety:
        first = review.safety["evidence"][0]
        steps.append(
            NextStep(
                "safeguarding",
                f"{safeguarding_heading(review.safety)}: {review.safety['title']}",
                review.safety["reason"],
                first["start"],
                first["end"],
            )
        )
    for goal in review.goals:
        unmet = [c for c, r in goal.criteria.items() if not r.met]
        if unmet:
            steps.append(
                NextStep(
                    "goal",
                    f"Make the goal SMART: {clean_goal_text(goal.text)}",
                    "not yet "
                    + ", ".join(names[c] for c in unmet)
                    + (f"; try: {goal.rewrite}" if goal.rewrite else ""),
                    goal.start,
                    goal.end,
                )
            )
    for sentence in review.feedback:
        if sentence.focus == "personality":
            steps.append(
                NextStep(
                    "feedback",
                    f"Rephrase as behaviour and impact: {sentence.text}",
                    sentence.suggestion or "a trait label, not an action",
                    sentence.start,
                    sentence.end,
                )
            )
    for action in review.actions:
        due = f" by {action.due}" if action.due else ""
        steps.append(
            NextStep(
                "action",
                f"Check on: {action.task} ({action.owner}{due})",
                "agreed in this session",
                action.start,
                action.end,
            )
        )
    for c in review.carried:
        if c.status == "open":
            steps.append(
                NextStep(
                    "action",
                    f"Still open from last time: {c.previous_task}",
                    c.reason or "not done yet",
                    c.start,
                    c.end,
                )
            )
    closed = [q for q in review.questions if q.label == "closed"]
    if len(review.questions) >= 3 and len(closed) > len(review.questions) / 2:
        first = closed[0]
        steps.append(
            NextStep(
                "questions",
                f"Ask more open questions: {len(closed)} of {len(review.questions)} were closed",
                f"e.g. instead of “{first.text}”: {first.suggestion or 'ask what or how'}",
                first.start,
                first.end,
            )
        )
    return steps


def _as_shown(every: list, shown: list) -> list:
    """Every sentence as the review shows it: one that the note settled as a question or a goal counts
    as other, so the summary's counts are the listed feedback's."""
    kept = {(s.start, s.end) for s in shown}
    return [s if s.focus == "other" or (s.start, s.end) in kept else replace(s, focus="other") for s in every]
