"""The due date of an item: the date mention that reads as its deadline (``coach.text.dates``), README
"Resolving dates"."""

from __future__ import annotations

import re

from coach.analyzers.actions.clauses import Clause
from coach.analyzers.actions.note import Note
from coach.analyzers.actions.task import task_span
from coach.analyzers.actions.units import Unit
from coach.analyzers.actions.words import ASK_VERBS, OBJECT_VERBS
from coach.text.dates import DateMention, event_date


def due_candidates(doc, unit: Unit, note: Note) -> list[DateMention]:
    """The dates to come in a unit that may be its due date, and the dated events ("at the next
    review") of its note that lie in it, in order."""
    out = []
    for m in unit.mentions:
        if m.past or m.kind == "vague" or m.link_kind in ("start",):
            continue
        if m.iso is None:
            continue
        out.append(m)
    for ev in note.events:
        if unit.start <= ev.start < unit.end and not any(
            m.start <= ev.core_start < m.end or ev.start <= m.core_start < ev.end
            for m in unit.mentions
            if m.iso
        ):
            dated = event_date(ev, note.text, note.mentions)
            if dated is not None:
                out.append(dated)
    return sorted(out, key=lambda m: m.start)


_CALENDAR_KINDS = frozenset(
    "iso numeric daymonth monthday wdday ordinal inmonth endmonth midmonth weekof".split()
)


def due_rank(m: DateMention, doc, verb_tok, text: str) -> int | None:
    """How strongly a date mention reads as this task's deadline: 3 tied by "by/before/until…", 2 plain,
    1 weak (a duration, a month "in June"), None when it is not the task's due date at all."""
    if m.link_kind in ("deadline", "first"):
        return 3
    if verb_tok is not None and m.start > verb_tok.idx:
        between = text[verb_tok.idx : m.start]
        # The verb nearest before the date owns it ("put together a list … and send it over tomorrow").
        lemma = verb_tok.lemma_.lower()
        for tok in doc.char_span(verb_tok.idx, m.start, alignment_mode="contract") or []:
            if tok.pos_ == "VERB" and tok.i > verb_tok.i:
                lemma = tok.lemma_.lower()
        # A calendar date that belongs to the object of a booking is not its deadline (README decision 10).
        if lemma in OBJECT_VERBS and m.kind in _CALENDAR_KINDS:
            attached = not re.search(r"[(,;–—]|\s-\s", between)
            if m.link_kind in ("on", "for", "in") or m.link_kind == "bare" and attached:
                return None
        if m.kind == "inmonth" and m.link_kind == "in" and len(between.split()) > 3:
            return None  # "ask Joanne about a shadow day for F in April": the month of the object
        before = text[max(0, m.start - 60) : m.start]
        if re.search(r"\b(?:if|whether)\b[^.;]*$", before, re.I) and lemma in ASK_VERBS | {"ask"}:
            return None
    if m.link_kind == "for" and m.kind not in ("duration", "fortnight"):
        return None
    if m.kind in ("duration", "fortnight") and m.link_kind in ("for", "in", "within", "bare"):
        return 1
    if m.kind in ("inmonth", "endmonth", "midmonth") and m.link_kind in ("in", "on", "bare"):
        return 1
    return 2


def due_for(
    doc,
    clauses: list[Clause],
    k: int,
    unit: Unit,
    note: Note,
    accepted: list[DateMention],
    following: list[DateMention],
) -> DateMention | None:
    """The due date of deed k of a unit (README "Resolving dates", decisions 8-11).

    Its own date (between its verb and the next deed's); else, for the first deed, a date before its
    verb; else a date after the last deed when every deed after it continues the same sentence
    ("rewrite opener, have conversation (Thu)"); a date after the first of two deeds belongs to that
    one only. A date accepted in the next turn wins over the request's own; a date in a short
    follow-on sentence ("Will do Monday.") is used when the unit has none.
    """
    clause = clauses[k]
    text = note.text
    verb_tok = doc[clause.verb]
    if accepted:
        ranked = [m for m in accepted if due_rank(m, doc, None, text) is not None]
        if ranked:
            return ranked[0]
    cands = due_candidates(doc, unit, note)
    start = verb_tok.idx
    region_end = clause.region_end or unit.end
    own = [m for m in cands if start <= m.start < region_end or start <= m.core_start < region_end]
    pool = own
    if not pool and k == 0:
        pool = [m for m in cands if m.end <= start]
    if not pool and k < len(clauses) - 1 and all(c.conj for c in clauses[k + 1 :]):
        last = clauses[-1]
        last_task_end = task_span(doc, last, unit, note)[1]
        pool = [m for m in cands if m.start >= last_task_end - 1]
    if not pool:
        pool = following
    ranked = [(r, m) for m in pool if (r := due_rank(m, doc, verb_tok, text)) is not None]
    if not ranked:
        return None
    strong = [m for r, m in ranked if r >= 2]
    return strong[0] if strong else ranked[0][1]
