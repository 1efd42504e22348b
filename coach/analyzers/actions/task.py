"""The task of an item: the shortest span from its verb, timing, reasons and delivery steps left out."""

from __future__ import annotations

import re

from coach.analyzers.actions.clauses import Clause
from coach.analyzers.actions.note import Note
from coach.analyzers.actions.units import Unit
from coach.analyzers.actions.words import ASK_VERBS, REPORT_BACK
from coach.text.words import SHORT_FORMS, TITLE_ABBREVIATIONS

# What a deed can last ("for two days", "for a week"): part of the task, not its timing (guide §4).
_DURATION_UNITS = r"(?:days?|weeks?|wks?|months?|mins?|minutes?|hours?|hrs?|sessions?|shifts?)"
_TASK_CUT = re.compile(
    r"\s*(?:→|->|=>)|\s+(?=(?:so that|so|because|cos|since|in case|to see|to make sure|which|who|while|whilst|once|as soon as|if|when|"
    r"before|after|by|until|untill|till|til|b4|for the next|for a(?!\s+(?:couple|few|"
    + _DURATION_UNITS
    + r")\b)|starting|instead of|rather than|no rush|"
    r"next session|next time|next meeting|next call|and to|and (?=(?:i|we|she|he|they|you)(?:\s|['’]))|"
    r"asking|in time for|ahead of|then|and then|and send|and share|and bring|and circulate|and upload|& send|"
    r"\+ send|and report|and tell|and let|and get|and take|and walk|and come|and give|and pass|, and)\b)|"
    r"\s*(?:\(|\s[–—]\s|\s-\s|;|(?<!\bre):\s|,\s(?=(?:so|since|which|as|and|then|but|because|before|if|when|once|while|no|not|"
    r"just|asking|starting|treat|that|first|the first|i|she|he|we|they|you|ideally|probably|hopefully)\b)|"
    # A full stop ends the task, but not the one of a title, an initial or a short form ("ask Dr. Okafor",
    # "send it to J. Smith", "e.g. the Q3 figures").
    + "".join(rf"(?<!\b{re.escape(w)})" for w in TITLE_ABBREVIATIONS + SHORT_FORMS)
    + r"(?<!\b[A-Z])[.!?](?:\s|$))",
    re.I,
)
# An aside in brackets that the task goes on after is part of it (guide §4: the task keeps its qualifiers).
_ASIDE_INSIDE = re.compile(r"[^()\n]{1,40}\)\s+(?=[a-z&+])")
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
# A hand-over with its own object and a recipient is still the deed's delivery: "… and send me the link",
# "… and send the amended version to the conference chair", "… and bring the figures to Dr Lindqvist".
# The writer's own thing ("… and send her my old checklist") is another deed, not the result handed over.
_HANDOVER_TO = re.compile(
    r",?\s+(?:and|&|\+)\s+(?:then\s+)?(?:send|share|email|e-mail|post|circulate|upload|forward|give|pass|show|bring|"
    r"hand|present)\s+(?:"
    r"(?:me|us|him|her|them)\s+(?:the|a|an|your|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?"
    r"|(?:(?:the|a|an|your|his|her|their|my|our)\s+)?(?:[\w'-]+\s+){1,3}?(?:to|with)\s+[^.;,\n]*?)"
    r"(?=\s+(?:by|before|on|next|this|so|because|tomorrow|tonight|asap)\b|[.;,\n]|\s*$)",
    re.I,
)
_HANDOVER_END = r"[^.;,\n]*?(?=\s+(?:by|before|on|next|this|so|because|tomorrow|tonight|asap)\b|[.;,\n]|\s*$)"
# A hand-over that names no object ("… and send to Gwen for a check") and a report back on the deed ("… and
# tell me what she found", "… and talk me through it", "… and get it to me", "… and let Sam know").
_HANDOVER_BARE = re.compile(
    r",?\s+(?:and|&|\+)\s+(?:then\s+)?(?:send|share|email|e-mail|post|forward|pass|hand|give|show)\s+"
    r"(?:(?:over|back)\s+)?(?:to|with)\s+" + _HANDOVER_END,
    re.I,
)
_REPORT_BACK = re.compile(r",?\s+(?:and|&|\+)\s+(?:then\s+)?" + REPORT_BACK + _HANDOVER_END, re.I)
_HANDING_OVER = (_HANDOVER, _HANDOVER_TO, _HANDOVER_BARE, _REPORT_BACK)
# "by" that starts a deadline ("by Friday", "by the end of May"), not a means or an author ("sort the
# quotes by total cost", "three posts by other leaders").
_BY_TIME = re.compile(
    r"by\s+(?:the\s+(?:end|start|beginning|middle|time|next|\d)|end\b|eo[dwm]\b|cob\b|close\b|then\b|next\b|this\b|"
    r"tomorrow|tonight|today|noon|midday|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"\d|our\b|your\b|his\b|her\b|their\b|the\s+\w+\s+(?:session|meeting|call|review|deadline|cycle))",
    re.I,
)
# A date inside a noun phrase is part of the object, not the timing: "book her onto the 18 June IV study
# day", "cover your Thursday duty", "ask finance for last year's claim figures".
_BEFORE_NP_DATE = re.compile(r"\b(?:the|your|her|his|their|our|my|its|this|that|a|an)\s+$", re.I)
_AFTER_NP_DATE = re.compile(
    r"^(?:['’]s\b|\s+(?!(?:to|by|at|on|in|for|and|or|so|because|before|after|with|if|when|then|as|is|was)\b)[A-Za-z])"
)


def _date_in_a_noun_phrase(text: str, m) -> bool:
    """Whether date mention ``m`` sits inside a noun phrase: after a determiner and before its noun, or
    as a possessive ("last year's claim figures")."""
    after = text[m.end : m.end + 12]
    determined = _BEFORE_NP_DATE.search(text[max(0, m.start - 12) : m.start]) and _AFTER_NP_DATE.match(after)
    return bool(determined or re.match(r"^['’]s\s+[A-Za-z]", after))


# An errand whose point is a question: "ping Dana to ask when applications close".
_TO_ASK = re.compile(
    r"\bto\s+(?:ask|check|confirm|find\s+out|enquire|inquire)(?:\s+[\w'.-]+){0,3}?\s*$", re.I
)
# How long the deed itself lasts is one of its qualifiers (guide §4); "for the next two weeks" is a
# period the deed runs in, read as timing.
_HOW_LONG = re.compile(
    r"for\s+(?:a|an|one|two|three|four|five|six|\d+|a\s+couple\s+of|a\s+few)\s+" + _DURATION_UNITS + "$",
    re.I,
)


_TASK_TRAIL = re.compile(
    r"[\s,;:–—\-]+$|\s+(?:and|or|the|a|an|to|with|of|for|on|at|in|&|\+|then|also)$", re.I
)


def _qualifier_in_brackets(doc, text: str, opened: int, limit: int, unit: Unit) -> bool:
    """Whether the brackets opened at ``opened`` close the item with words about its object ("(school
    exclusions data)", "(with her permission)"), not an aside of their own ("(ask HR)", "(Sue will sign
    the form)", "(scary)") or the timing ("(12 August)")."""
    close = text.find(")", opened, limit)
    if close < 0 or close - opened > 45 or text[close + 1 : limit].strip(" .;,!"):
        return False
    if any(opened <= m.start < close for m in unit.mentions):
        return False
    span = doc.char_span(opened, close, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in span) or span[0].lower_ in ASK_VERBS:
        return False
    return len(span) > 1 or any(c.isdigit() for c in span.text)


def task_span(doc, clause: Clause, unit: Unit, note: Note) -> tuple[int, int]:
    """The character span of a deed's task: from its verb to the first word of timing, reason, a
    further step or a date."""
    text = note.text
    start = doc[clause.verb].idx
    limit = min(clause.region_end or unit.end, unit.end)
    # The due words and other dates end the task ("… before sprint planning on Mon 19th").
    for m in unit.mentions + [ev for ev in note.events if unit.start <= ev.start < unit.end]:
        if start < m.start < limit and not m.link and _date_in_a_noun_phrase(text, m):
            continue
        if start < m.start < limit and _HOW_LONG.match(m.text):
            continue  # "shadow the claims team for two days": how long the deed lasts, not when it is due
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
        asking = keep_if or _TO_ASK.search(text, pos, m.start())
        if asking and re.match(r"(?:if|whether|for|when|which|what|who|how|where)\b", word):
            continue  # "ask Prof. Lindqvist for a reference letter", "email his tutor to confirm which
            # evidence counts": what is asked is the object
        if word.startswith("next") and re.search(
            r"\b(?:the|our|your|her|his|their|a)\s*$", text[pos : m.start()], re.I
        ):
            continue  # "book the next call": the call is the object, not the timing
        if word.startswith("by ") and not _BY_TIME.match(text, m.end()):
            continue  # "three posts by other leaders": by whom, not by when
        if m.group(0).strip() == "(" and _ASIDE_INSIDE.match(text, m.end(), limit):
            continue  # "ask Denise (manager) if the home will pay", "share the proposal (redacted) with the circle"
        if m.group(0).strip() == "(" and _qualifier_in_brackets(doc, text, m.end(), limit, unit):
            continue  # "send the upgrade criteria (OM-D 5.3)", "find the budget (approx. £25 per person)"
        handover = next(
            (h for h in (p.match(text, m.start(), limit) for p in _HANDING_OVER) if h and h.end() > m.end()),
            None,
        )
        if handover:
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
