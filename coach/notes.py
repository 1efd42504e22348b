"""The one note-analysis path: the four analyzers over parsed notes, and which unit a sentence is.

The notes review (``coach.review``) and program scoring (``coach.program.scoring``, in process or
on Ray workers) both call ``analyze_docs``, so a note's review and its stored units agree: an agreed
action item, a question or a piece of feedback is not also a goal, and a question is not also
feedback. Parsing and embedding stay with the callers, which batch them their own way.

Example:
    >>> from coach.nlp import parse
    >>> docs = parse(["Sam to send the CV by Friday. What went well?"])       # doctest: +SKIP
    >>> found = analyze_docs(docs, [0], ["2026-03-02"], vectors)[0]            # doctest: +SKIP
    >>> [a.task for a in found.actions], [q.label for q in found.questions]     # doctest: +SKIP
    (['send the CV'], ['open'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

ANALYSES = ("goals", "feedback", "questions", "actions")

# In notes a goal is stated as one (guide §1: what the mentee says they intend to achieve): with a
# word of intention, or under a heading that gathers goals. Without one, what the goal analyzer takes
# for a goal in a note is most often a heading, an agreed task or advice ("Next time, get sign-off…").
INTENTION = re.compile(
    r"\b(?:goals?|aims?|aiming|targets?|objectives?|priority|ambition|wants?|wanting|would\s+like|'d\s+like|"
    r"keen\s+to|plans?\s+to|planning\s+to|hopes?\s+to|hoping\s+to|intends?\s+to|working\s+towards?|"
    r"sets?\s+(?:herself|himself|themselves|myself)|(?:her|his|their|my)\s+(?:next\s+)?step\s+is)\b",
    re.IGNORECASE)
# "Goals", "Her goals (in her words):", "Targets for next term:" — but not "goal: get better at presenting".
GOAL_HEADING = re.compile(r"^\W*(?:[\w']+\s+){0,3}(?:goals?|targets?|objectives?|aims?)\b(?:\s+[\w'()]+){0,4}\s*[:\-–]?\s*$",
                          re.IGNORECASE)


@dataclass
class NoteFindings:
    """What one text holds, each sentence counted once."""

    goals: list = field(default_factory=list)          # GoalReport
    feedback: list = field(default_factory=list)       # FeedbackSentence, behaviour or personality, not a question
    feedback_all: list = field(default_factory=list)   # every sentence's FeedbackSentence, 'other' included
    questions: list = field(default_factory=list)      # Question
    actions: list = field(default_factory=list)        # ActionItem


def analyze_docs(docs: Sequence, offsets: Sequence[int], dates: Sequence[str | None], vectors,
                 kinds: Sequence[Sequence[str]] | None = None) -> list[NoteFindings]:
    """The findings of each parsed text. ``kinds[i]`` names the analyses text i gets (default: all):
    a program's goal column gets only ``("goals",)``, its feedback column ``("feedback",)``.
    ``offsets[i]`` is where text i starts in what the user gave; spans are reported against that.
    """
    from coach.actions import actions_from_docs
    from coach.feedback import feedback_from_docs
    from coach.goals import goals_from_docs
    from coach.questions import questions_from_docs
    from coach.segment import MostlyInside

    kinds = [tuple(k) for k in kinds] if kinds is not None else [ANALYSES] * len(docs)
    found = [NoteFindings() for _ in docs]

    def which(name: str) -> list[int]:
        return [i for i, k in enumerate(kinds) if name in k]

    def pick(idx, values):
        return [values[i] for i in idx]

    a, q, fb = which("actions"), which("questions"), which("feedback")
    actions = dict(zip(a, actions_from_docs(pick(a, docs), pick(a, offsets), pick(a, dates), vectors))) if a else {}
    questions = dict(zip(q, questions_from_docs(pick(q, docs), pick(q, offsets), vectors))) if q else {}
    feedback = dict(zip(fb, feedback_from_docs(pick(fb, docs), pick(fb, offsets), vectors))) if fb else {}
    for i, f in enumerate(found):
        f.actions = actions.get(i, [])
        f.questions = questions.get(i, [])
        f.feedback_all = feedback.get(i, [])
    goal_idx = which("goals")
    if goal_idx:
        # A question is not also a goal. Neither an action item nor feedback takes a sentence from the
        # goal analyzer: "Goal: get CIMA P2 passed in the Aug sitting" reads to the action analyzer as
        # a task and to the feedback head as behaviour, but a stated goal is neither (guide §1, §2
        # "Whole notes", §4). Where both claim a sentence, the goal wins if it is stated as one.
        skip = [[(q.start - offsets[i], q.end - offsets[i]) for q in found[i].questions] for i in goal_idx]
        goals = goals_from_docs(pick(goal_idx, docs), pick(goal_idx, offsets), vectors, skip=skip)
        for i, g in zip(goal_idx, goals):
            note = "actions" in kinds[i]     # a program's goal column is a goal by definition
            text, off = docs[i].text, offsets[i]
            stated = [x for x in g if not note or stated_as_goal(text, x.start - off, x.end - off)]
            if note:
                # An agreed task stays a task unless its sentence is stated as a goal.
                tasks = MostlyInside([(a.start, a.end) for a in found[i].actions])
                is_goal = MostlyInside([(x.start, x.end) for x in stated])
                found[i].actions = [a for a in found[i].actions if not is_goal(a.start, a.end)]
                stated = [x for x in stated if not tasks(x.start, x.end) or is_goal(x.start, x.end)]
            found[i].goals = stated
    for f in found:
        asked = MostlyInside([(q.start, q.end) for q in f.questions])
        stated = MostlyInside([(g.start, g.end) for g in f.goals])
        f.feedback = [s for s in f.feedback_all
                      if s.focus != "other" and not asked(s.start, s.end)
                      and not (s.focus == "behaviour" and stated(s.start, s.end))]
    return found


def stated_as_goal(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is stated as a goal: a word of intention in its line, or a line under a
    heading that gathers goals ("Goals", "Targets for next term:").

    Example:
        >>> note = "Goals\nShip the rate-limiter by 20 March.\nAdvice\nNext time, get sign-off first."
        >>> stated_as_goal(note, 6, 42), stated_as_goal(note, 50, 81)
        (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start: len(text) if line_end < 0 else line_end]
    if len(line.split()) <= 5 and not re.search(r"[.!?:]$", line.strip()) and not re.search(r"\bto\b", line):
        return False            # a heading ("Next steps", "Goals") states no goal itself
    if INTENTION.search(line):
        return True
    # Walk up the lines of this block: a goals heading above it, before a blank line, counts.
    above = text[:line_start].rstrip("\n").split("\n")
    for previous in reversed(above[-8:]):
        previous = previous.strip()
        if not previous:
            return False
        if GOAL_HEADING.match(previous):
            return True
        if len(previous.split()) <= 5 and not re.search(r"[.!?]$", previous):
            return False        # another heading ("Next steps", "Observations") starts another section
    return False
