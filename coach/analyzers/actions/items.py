"""The items of a unit the head accepts: one per committed deed, with its task, owner, due date and
the words that say so."""

from __future__ import annotations

import re

from coach.analyzers.actions.clauses import Clause
from coach.analyzers.actions.due import due_candidates, due_for, due_rank
from coach.analyzers.actions.note import Note, owner_label
from coach.analyzers.actions.owners import owner_of
from coach.analyzers.actions.results import ActionItem
from coach.analyzers.actions.task import task_span
from coach.analyzers.actions.units import Unit
from coach.analyzers.actions.words import DELIVERY_VERBS, GENERIC_TASK, OWNER_PREFIX, REPORT_BACK
from coach.text.dates import DateMention
from coach.types import Evidence


def _evidence_for_cue(doc, clause: Clause, note: Note) -> Evidence | None:
    """The words of the cue that commits someone to a deed, as evidence."""
    reasons = {
        "future": "a commitment: will / 'll",
        "going-to": "a commitment: going to",
        "to-do": 'a task line: "X to …"',
        "imperative": "an instruction on an action line",
        "request": 'a request ("can you …?")',
        "offer": 'an offer ("I can …", "happy to")',
        "agreed": "an agreement (agreed / promised / will do)",
        "reported": 'a reported commitment ("said she\'d …")',
        "present": "present tense for a planned deed with a date",
        "fallback": "an action line",
    }
    a, b = clause.cue_span
    if b <= a:
        verb = doc[clause.verb]
        a, b = verb.idx, verb.idx + len(verb)
    return Evidence(a, b, note.text[a:b], reasons.get(clause.cue, clause.cue))


def accepting_turn(unit: Unit, units: list[Unit]) -> Unit | None:
    """The next turn when it is another speaker's and accepts this one ("yes", "sure", "I'll …")."""
    nxt = units[unit.index + 1] if unit.index + 1 < len(units) else None
    if (
        nxt is not None
        and nxt.note == unit.note
        and nxt.speaker
        and unit.speaker
        and nxt.speaker != unit.speaker
        and unit.features.get("next_accepts")
    ):
        return nxt
    return None


def _table_item(doc, unit: Unit, note: Note, score: float) -> list[ActionItem]:
    """A row of a What | Who | When table: the What cell is the task, Who the owner, When the due."""
    text = note.text
    row = unit.table
    t0, t1 = row["what"]
    evidence = [Evidence(unit.start, unit.end, unit.text, "a row of an actions table (What / Who / When)")]
    owner, why = ("mentee" if note.writer_role == "mentor" else "mentor"), "no Who cell: the other party"
    if "who" in row:
        a, b = row["who"]
        cell = text[a:b].strip()
        first = re.split(r"\s*(?:,|&|\+|\band\b|/)\s*", cell)
        people = [w for w in first if w]
        if len(people) > 1 or cell.lower() in ("both", "we", "us", "all of us", "together"):
            owner, why = (
                ("both", f'"{cell}": shared')
                if len(people) <= 2 or cell.lower() == "both"
                else ("mentee", f'"{cell}"')
            )
        elif cell.lower() in ("me", "i", "myself"):
            owner, why = owner_label(note, "I")
        else:
            owner, why = owner_label(note, cell)
        evidence.append(Evidence(a, b, cell, "owner: " + why))
    due = None
    if "when" in row:
        a, b = row["when"]
        cands = [
            m
            for m in note.mentions
            if a <= m.core_start < b and m.iso and not m.past and m.link_kind not in ("start", "vague")
        ]
        if cands:
            due = cands[-1] if len(cands) > 1 and re.search(r"\band\b|&", text[a:b]) else cands[0]
    item = ActionItem(
        text=unit.text,
        start=unit.start,
        end=unit.end,
        owner=owner,
        owner_evidence=why,
        task=text[t0:t1],
        task_start=t0,
        task_end=t1,
        score=round(float(score), 4),
        evidence=evidence,
    )
    if due is not None:
        item.due, item.due_start, item.due_end = due.iso, due.start, due.end
        item.due_text = text[due.start : due.end]
        evidence.append(Evidence(due.start, due.end, item.due_text, f"due {due.iso}: {due.reason}"))
    return [item]


def items_for_unit(doc, unit: Unit, units: list[Unit], note: Note, score: float) -> list[ActionItem]:
    """The items of a unit the head accepts (``score``: the head's probability): a table row's, else one
    per committed deed, once delivery steps and follow-ons have joined the deed before them."""
    if unit.table is not None:
        return _table_item(doc, unit, note, score)
    clauses = [c for c in unit.clauses if c.negative is None]
    if not clauses and unit.clauses:
        return []  # every deed is negated, hedged, agenda or thinking: the rules veto the head
    if not clauses:
        clauses = [_fallback_clause(doc, unit, note)]
    clauses = _concrete_deeds(doc, unit, note, _merged_steps(doc, unit, note, clauses))
    # A request accepted in the next turn: the acceptance's date wins (README decision 11).
    accepted: list[DateMention] = []
    accept = accepting_turn(unit, units)
    if accept is not None:
        accepted = due_candidates(doc, accept, note)
    start = unit.start
    if unit.label_start is not None and unit.label_start < start:
        start = unit.label_start
    end = unit.end
    following: list[DateMention] = []
    cont = continuation(unit, units)
    if cont is not None:
        end = cont.end
        following = due_candidates(doc, cont, note)
    return [
        _item(doc, clauses, k, unit, units, note, score, (start, end), accepted, following)
        for k in range(len(clauses))
    ]


def _fallback_clause(doc, unit: Unit, note: Note) -> Clause:
    """No verb found (shorthand such as "F: 20 calcs/day, 5 days/wk, till exam"): the words after the label."""
    body = unit.start
    if unit.label_start is not None:
        m = OWNER_PREFIX.match(note.text, unit.label_start)
        if m and m.end() > body:
            body = m.end()
    span = unit.seg.span
    first = next((t.i for t in span if t.idx >= body and not t.is_punct), span.start)
    return Clause(
        verb=first,
        cue="fallback",
        cue_span=(doc[first].idx, doc[first].idx),
        subject=None,
        subject_span=None,
        region_end=unit.end,
    )


# A delivery step hands over the deed's result: it names the result ("send it", "share them") or whom it
# goes to ("send me the link", "… to Ola", "… with the team"). "book the room and email the agenda" is two
# deeds (guide §4).
_HANDS_OVER = re.compile(
    r"^\S+\s+(?:(?:it|them|this|that|these|those|me|us|him|her)\b|[^.;\n]*?\b(?:to|with)\s+(?:me|us|him|her|them|the\s+\w+|everyone|[A-Z]\w+))",
    re.IGNORECASE,
)


_REPORTS_BACK = re.compile("^" + REPORT_BACK, re.IGNORECASE)


def _merged_steps(doc, unit: Unit, note: Note, clauses: list[Clause]) -> list[Clause]:
    """The deeds with delivery steps and follow-ons joined to the deed before them (its words then run
    to theirs)."""
    text = note.text
    merged: list[Clause] = []
    for c in clauses:
        verb = doc[c.verb]
        region = text[verb.idx : c.region_end]
        # Delivery steps ("… and send it to me") belong to the deed before them, unless they have a date
        # of their own ("finish the draft b4 Christmas, send to Kai by 9 Jan" is two steps).
        delivery = c.conj and (
            (verb.lemma_.lower() in DELIVERY_VERBS or verb.lower_ in DELIVERY_VERBS)
            and _HANDS_OVER.match(region)
            or _REPORTS_BACK.match(region)
            or verb.lower_ == "get"
            and re.search(r"\bsign", region)
        )
        if delivery and merged and _dated_apart(doc, unit, note, merged[-1], c):
            delivery = False
        # "me: intro to Harriet - will ping her Mon", "– said she'd do it this week": a "will …" with no
        # subject of its own, or a deed as vague as "do it", goes on with the deed before it.
        follow_on = (
            merged
            and not c.conj
            and (
                c.cue in ("future", "agreed", "reported")
                and not c.explicit
                or GENERIC_TASK.match(text[verb.idx : c.region_end])
            )
        )
        if merged and (delivery or follow_on):
            merged[-1].region_end = c.region_end
            continue
        merged.append(c)
    return merged


def _dated_apart(doc, unit: Unit, note: Note, prev: Clause, c: Clause) -> bool:
    """Whether a delivery step and the deed before it each have a date of their own (a report back
    goes with its deed all the same)."""
    text = note.text
    verb = doc[c.verb]
    region = text[verb.idx : c.region_end]
    dated = [m for m in due_candidates(doc, unit, note) if m.link_kind != "vague"]
    prev_dates = [
        m
        for m in dated
        if doc[prev.verb].idx <= m.start < verb.idx and (due_rank(m, doc, doc[prev.verb], text) or 0) >= 2
    ]
    own_dates = [
        m for m in dated if verb.idx <= m.start < c.region_end and (due_rank(m, doc, verb, text) or 0) >= 2
    ]
    return bool(
        prev_dates and own_dates and not re.match(r"(?i)report back|tell me|let (?:me|us) know", region)
    )


def _concrete_deeds(doc, unit: Unit, note: Note, merged: list[Clause]) -> list[Clause]:
    """The deeds left once vaguer ones give way to a concrete commitment of the same person."""
    text = note.text
    # "me: prepare for my promo – I'll list my 5 biggest impacts …", "He offered to intro me … – he'll send the
    # emails": an offer or a heading-like instruction gives way to the concrete commitment of the same person.
    if len(merged) > 1:

        def who(c: Clause) -> str:
            subj = (c.subject or "").lower()
            if not subj and unit.label:
                subj = unit.label.lower()
            return "i" if subj in ("i", "me") else subj

        keep = []
        for n, c in enumerate(merged):
            later = merged[n + 1] if n + 1 < len(merged) else None
            if (
                later is not None
                and c.cue in ("offer", "agreed", "imperative")
                and later.cue in ("future", "going-to")
                and not later.conj
                and who(c) == who(later)
                and who(c)
            ):
                continue
            keep.append(c)
        merged = keep
    # A vague first deed ("I agree to do it, I will call on Monday") gives way to the concrete one after it.
    if len(merged) > 1 and GENERIC_TASK.match(text[doc[merged[0].verb].idx : merged[0].region_end]):
        merged = merged[1:]
    return merged


def _item(
    doc,
    clauses: list[Clause],
    k: int,
    unit: Unit,
    units: list[Unit],
    note: Note,
    score: float,
    where: tuple[int, int],
    accepted: list[DateMention],
    following: list[DateMention],
) -> ActionItem:
    """The item of deed k of a unit: its task, owner and due date, with the words that say so. ``where``:
    the item's span (the unit, with its label and a follow-on sentence)."""
    text = note.text
    start, end = where
    clause = clauses[k]
    t0, t1 = task_span(doc, clause, unit, note)
    task = text[t0:t1]
    owner, owner_why, owner_span = owner_of(doc, clause, unit, units, note)
    due = due_for(doc, clauses, k, unit, note, accepted, following)
    evidence = []
    cue = _evidence_for_cue(doc, clause, note)
    if cue is not None:
        evidence.append(cue)
    if unit.section == "actions":
        evidence.append(Evidence(unit.start, unit.end, unit.text, "listed under an actions heading"))
    if owner_span:
        evidence.append(
            Evidence(owner_span[0], owner_span[1], text[owner_span[0] : owner_span[1]], "owner: " + owner_why)
        )
    elif unit.label and unit.label_start is not None:
        evidence.append(
            Evidence(unit.label_start, unit.label_start + len(unit.label), unit.label, "owner: " + owner_why)
        )
    due_iso = due_text = due_start = due_end = None
    if due is not None:
        due_iso, due_text, due_start, due_end = (
            due.iso,
            due.text.strip(),
            due.start,
            due.start + len(due.text.rstrip()),
        )
        due_text = text[due_start:due_end].rstrip(".,;")
        due_end = due_start + len(due_text)
        evidence.append(Evidence(due_start, due_end, due_text, f"due {due_iso}: {due.reason}"))
    return ActionItem(
        text=text[start:end],
        start=start,
        end=end,
        owner=owner,
        owner_evidence=owner_why,
        task=task,
        task_start=t0,
        task_end=t1,
        due=due_iso,
        due_text=due_text,
        due_start=due_start,
        due_end=due_end,
        score=round(float(score), 4),
        evidence=evidence,
    )


def continuation(unit: Unit, units: list[Unit]) -> Unit | None:
    """A short next sentence of the same line or turn that goes on with this one: "Will do Monday.",
    "Should be done by end of next week.", "Will raise it at her mid-year on 3 March."."""
    nxt = units[unit.index + 1] if unit.index + 1 < len(units) else None
    if (
        nxt is None
        or nxt.note != unit.note
        or nxt.line != unit.line
        and not (unit.speaker and nxt.speaker == unit.speaker and not nxt.first_in_line)
    ):
        return None
    if len(nxt.seg.span) > 14:
        return None
    if re.match(r"(?i)\s*(?:will|should|'ll|shall|and will|then)\b", nxt.text):
        return nxt
    if not nxt.clauses and any(m.iso and not m.past for m in nxt.mentions) and len(nxt.seg.span) <= 6:
        return nxt
    return None
