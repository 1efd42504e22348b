"""The task of an item: the shortest span from its verb, timing, reasons and delivery steps left out."""

from __future__ import annotations

import re

from coach.analyzers.actions.clauses import Clause
from coach.analyzers.actions.note import Note
from coach.analyzers.actions.units import Unit
from coach.analyzers.actions.words import ASK_VERBS

_TASK_CUT = re.compile(
    r"\s*(?:→|->|=>)|\s+(?=(?:so that|so|because|cos|since|in case|to see|to make sure|which|who|while|whilst|once|as soon as|if|when|"
    r"before|after|by|until|untill|till|til|b4|for the next|for a|starting|instead of|rather than|no rush|"
    r"next session|next time|next meeting|next call|and to|and (?=(?:i|we|she|he|they|you)\s)|"
    r"asking|in time for|ahead of|then|and then|and send|and share|and bring|and circulate|and upload|& send|"
    r"\+ send|and report|and tell|and let|and get|and take|and walk|and come|and give|and pass|, and)\b)|"
    r"\s*(?:\(|\s[–—]\s|\s-\s|;|:\s|,\s(?=(?:so|since|which|as|and|then|but|because|before|if|when|once|while|no|not|"
    r"just|asking|starting|treat|that|first|the first|i|she|he|we|they|you|ideally|probably|hopefully)\b)|"
    # A full stop ends the task, but not the one of a title, an initial or a short form ("ask Dr. Okafor",
    # "send it to J. Smith", "e.g. the Q3 figures").
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bNo)(?<!\bvs)(?<!\bincl)"
    r"(?<!\bapprox)(?<!\bdept)(?<!\be\.g)(?<!\bi\.e)(?<!\bcf)(?<!\b[A-Z])[.!?](?:\s|$))",
    re.I,
)
# Handing over the deed's result stays in the task (guide §4): "draft the checklist and send it to me",
# "write up the notes and share them with the team". Another deed with its own object is not a hand-over:
# "book the room and email the agenda".
_HANDOVER = re.compile(
    r",?\s+(?:and|&|\+)\s+(?:then\s+)?(?:send|share|email|e-mail|post|circulate|upload|forward|give|pass|show|"
    r"bring|hand|present)\s+(?:it|them|this|that|these|those|a\s+copy|(?:him|her|me|us)\s+(?:it|them|a\s+copy)|"
    r"the\s+(?:revised|new|updated|final|fixed|edited|finished|draft|result|results|revision|version|"
    r"rewrite|redraft)\b(?:\s+\w+)?)(?:\s+(?:over|back|on|round))?"
    r"(?:\s+(?:to|with|in|on|into)\s+[^.;,\n]*?(?=\s+(?:by|before|on|next|this|so|because)\b|[.;,\n]|$)|"
    r"(?=\s+(?:me|us|him|her)\b)\s+\w+)?",
    re.I,
)
_TASK_TRAIL = re.compile(
    r"[\s,;:–—\-]+$|\s+(?:and|or|the|a|an|to|with|of|for|on|at|in|&|\+|then|also)$", re.I
)


def task_span(doc, clause: Clause, unit: Unit, note: Note) -> tuple[int, int]:
    """The character span of a deed's task: from its verb to the first word of timing, reason, a
    further step or a date."""
    text = note.text
    start = doc[clause.verb].idx
    limit = min(clause.region_end or unit.end, unit.end)
    # The due words and other dates end the task ("… before sprint planning on Mon 19th").
    for m in unit.mentions + [ev for ev in note.events if unit.start <= ev.start < unit.end]:
        if start < m.start < limit and m.kind != "vague":
            limit = m.start
        elif start < m.core_start < limit:
            limit = min(limit, m.start if m.start > start else m.core_start)
    verb = doc[clause.verb]
    keep_if = verb.lemma_ in ASK_VERBS or verb.lower_ in ASK_VERBS
    pos = start + len(verb.text)
    end = limit
    for m in _TASK_CUT.finditer(text, pos, limit):
        word = text[m.end() : m.end() + 8].lower()
        if keep_if and (word.startswith("if ") or word.startswith("whether")):
            continue
        if word.startswith("next") and re.search(
            r"\b(?:the|our|your|her|his|their|a)\s*$", text[pos : m.start()], re.I
        ):
            continue  # "book the next call": the call is the object, not the timing
        handover = _HANDOVER.match(text, m.start(), limit)
        if handover and handover.end() > m.end():
            end = handover.end()
            continue
        if end != limit and m.start() < end:
            continue  # inside the hand-over just kept
        end = m.start()
        break
    end = max(end, start + len(verb.text))
    piece = text[start:end]
    trimmed = _TASK_TRAIL.sub("", piece)
    while trimmed != piece:
        piece = trimmed
        trimmed = _TASK_TRAIL.sub("", piece)
    piece = piece.rstrip(" ,;:–—-\"'(")
    if not piece:
        piece = verb.text
    # Unbalanced quotes: close the span before an opening quote that is never closed.
    if piece.count('"') % 2 == 1:
        piece = piece[: piece.rfind('"')].rstrip()
    return start, start + len(piece)
