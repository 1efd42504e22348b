"""Sentence segmentation for notes-style text, shared by the question and feedback analyzers.

Session notes are not prose: they have bullets, one fragment a line, missing full stops and
chat-style runs of questions. ``segments`` cuts a spaCy ``Doc`` (parsed once with
``coach.text.nlp.parse``) into sentences

- at every line break,
- at spaCy's sentence boundaries (the parser's, so "e.g." and "Dr." do not end a sentence),
- after a question or exclamation mark that is followed by more words ("Is it done? When can I
  see it?" is two sentences, even where the parser keeps them together),

and strips from each sentence the bullet or numbering that starts its line ("-", "*", "•", "1.",
"a)", "[ ]", "- [x]"), a speaker's label ("Dana:", "Mentor:") and the surrounding whitespace.
Pieces with no letter or digit in them are dropped. No model is called: it reads the Doc only.

Example:
    >>> from coach.text.nlp import parse_one
    >>> doc = parse_one("Notes for Sam\\n- How did the demo go? did he get the budget\\n2) Ask Dr. Lee, e.g. by email")
    >>> [s.text for s in sentence_spans(doc)]
    ['Notes for Sam', 'How did the demo go?', 'did he get the budget', 'Ask Dr. Lee, e.g. by email']
    >>> segment_text("• tell me about your week\\n• what's next")
    [(2, 25), (28, 39)]
"""

from __future__ import annotations

import bisect
import re
import threading
import weakref
from typing import NamedTuple

from spacy.tokens import Doc, Span

from coach.text.words import SHORT_FORMS, TITLE_ABBREVIATIONS

# The marks a list item starts with, defined once: the goal and action-item analyzers build their
# own line patterns from them. Dashes and bullets, a number or a letter with "." or ")", a checkbox.
DASH_MARKS = r"[-*•·▪‣◦–—>+]+"
NUMBER_MARK = r"\(?\d{1,3}[.)]"
LETTER_MARK = r"\(?[a-zA-Z][.)]"
CHECKBOX_MARK = r"\[\s?[xX✓✔ ]?\s?\]"
# A bullet at the start of a line: a mark followed by a space (a dash may touch the word).
_BULLET = re.compile(
    rf"\s*(?:{DASH_MARKS}(?=\s|[^\W\d_]|$)|{NUMBER_MARK}(?=\s|$)|{LETTER_MARK}(?=\s)|{CHECKBOX_MARK}(?=\s|$))\s*"
)
_ONLY_MARKER = re.compile(rf"\s*(?:{DASH_MARKS}|{NUMBER_MARK}|{LETTER_MARK}|{CHECKBOX_MARK})\s*")
# A lower-case title after a name in a chat export: "Rahman sir:", "Priya ji:".
HONORIFIC = r"(?:sir|ma'?am|madam|ji|san|sahib|bhai|didi|sensei)"
# "Dana:", "Mentor:", "Q:": a speaker's label of one or two capitalised words before the words said;
# chat exports add a title ("Rahman sir:") or the time ("Paul 09:04:").
# Chat exports also bold the label ("**Ravi:**") or bracket it without a colon ("[Mentee] Can I ask…").
_LABEL = re.compile(
    r"(?:\*\*)?(?P<label>[A-Z][\w'’.-]{0,20}(?:\s+(?:[A-Z][\w'’.-]{0,20}|"
    + HONORIFIC
    + r"))?(?:\s+\(?\d{1,2}[:.]\d{2}\)?)?)"
    r"(?:\*\*)?\s*:(?:\*\*)?\s+(?=\S)"
    r"|\[(?P<bracketed>[A-Z][\w'’.-]{0,20}(?:\s+[A-Z][\w'’.-]{0,20})?)\]\s+(?=\S)"
)
# A chat export's time stamp before the speaker: "[10:05] Rhea Kapoor: …", "28/11/2024, 18:43 - Gav Marsh: …".
_STAMP = re.compile(
    r"\[?(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp][Mm])?\]?\s*(?:[-–]\s+)?"
    r"(?=[A-Z])"
)
# Headings that say what kind of line follows: part of the sentence's meaning, so kept.
_HEADINGS = frozenset(
    """homework action actions todo to-do reminder note notes next discussed agenda summary update question
    questions feedback goal goals task tasks decision decisions outcome outcomes follow-up followup ps nb
    fyi re subject topic topics why how what when where who""".split()
)
# "No." ends "He said no." as often as it numbers "No. 5": it is a short form only before a number.
_TITLES = frozenset(TITLE_ABBREVIATIONS) | frozenset(w for w in SHORT_FORMS if w != "no")
_HAS_WORD = re.compile(r"[^\W_]")
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029\x0b\x0c\x85]")
_SENTENCE_END = frozenset({".", "?", "!", ":", ";", "\u2026", '"', "\u201d", ")"})
_CLOSING = frozenset({'"', "'", "”", "’", ")", "]", "}", "»", ",", ";", ":", "?", "!", "."})


class Segment(NamedTuple):
    """One sentence: the tokens that hold it, and its exact characters in ``doc.text``.

    ``start``/``end`` are exact even where a bullet is glued to the first word ("-How did it
    go?"); the span then starts at that whole token.
    """

    span: Span
    start: int
    end: int
    text: str


def starts_with_bullet(line: str) -> bool:
    """Whether a line is a list item (a dash, a number or letter mark, a checkbox).

    Example:
        >>> starts_with_bullet("- how the algorithm works"), starts_with_bullet("Recap:")
        (True, False)
    """
    m = _BULLET.match(line)
    return bool(m and m.end() > 0 and line[: m.end()].strip())


def strip_lead(text: str, start: int, end: int) -> int:
    """Move ``start`` past bullets, checkboxes and a speaker's label (repeatedly: "- [ ] Q: …")."""
    while start < end:
        m = _BULLET.match(text, start, end)
        if m and m.end() > start and _HAS_WORD.search(text, m.end(), end):
            start = m.end()
            continue
        m = _STAMP.match(text, start, end)
        if m and m.end() > start and _LABEL.match(text, m.end(), end):
            start = m.end()
            continue
        m = _LABEL.match(text, start, end)
        if (
            m
            and (m.group("label") or m.group("bracketed")).lower() not in _HEADINGS
            and _HAS_WORD.search(text, m.end(), end)
        ):
            start = m.end()
            continue
        break
    while start < end and text[start].isspace():
        start += 1
    return start


def segments(doc: Doc) -> list[Segment]:
    """The sentences of a notes-style Doc, bullets and labels stripped, empty pieces dropped.

    Example:
        >>> from coach.text.nlp import parse_one
        >>> [s.text for s in segments(parse_one("Q: how was the offsite?? Great, thanks."))]
        ['how was the offsite??', 'Great, thanks.']
    """
    # Every analyzer of a review reads the same Doc's sentences: find them once per Doc. The memo
    # sits beside the Doc (doc.user_data is copied, and warned about, when spaCy merges Docs) and
    # holds plain offsets: a Span would point back at its Doc and keep it alive for ever.
    with _cache_lock:
        cached = _cache.get(doc)
    if cached is not None and cached[0] == len(doc):
        return [Segment(doc[a:b], start, end, text) for a, b, start, end, text in cached[1]]
    out = _find_segments(doc)
    with _cache_lock:
        _cache[doc] = (len(doc), tuple((s.span.start, s.span.end, s.start, s.end, s.text) for s in out))
    return out


_cache: weakref.WeakKeyDictionary[Doc, tuple[int, tuple[tuple[int, int, int, int, str], ...]]] = (
    weakref.WeakKeyDictionary()
)
_cache_lock = threading.Lock()


def _find_segments(doc: Doc) -> list[Segment]:
    from coach.text.nlp import doc_text

    text = doc_text(doc)
    runs: list[tuple[int, int]] = []  # token index ranges
    run_start: int | None = None
    for tok in doc:
        if tok.is_space and _LINE_BREAK.search(tok.text):
            if run_start is not None:
                runs.append((run_start, tok.i))
            run_start = None
            continue
        if run_start is None:
            run_start = tok.i
            continue
        prev = doc[tok.i - 1]
        # The parser sometimes ends a sentence mid-clause ("Wouldn't a few days off | do you good?"):
        # a boundary with no full stop before it and a lower-case word after it is not taken.
        parser_cut = tok.is_sent_start and not (
            prev.text[-1:] not in _SENTENCE_END and tok.text[:1].islower()
        )
        # Nor after a title's or a short form's full stop ("ask Insp. Barr re: …", "complete approx. 10
        # more"): guide §4, a title or abbreviation never ends a sentence.
        if parser_cut and prev.text.endswith(".") and "\n" not in prev.whitespace_:
            before = doc[prev.i - 1] if prev.i > 0 else None
            word = prev.text[:-1] or (before.text if before is not None and not before.whitespace_ else "")
            parser_cut = word.lower() not in _TITLES and not (word.lower() == "no" and tok.like_num)
        boundary = parser_cut or _LINE_BREAK.search(prev.whitespace_) is not None
        if not boundary and prev.text[-1:] in "?!" and tok.text[:1] not in _CLOSING and not tok.is_space:
            boundary = True
        if boundary:
            runs.append((run_start, tok.i))
            run_start = tok.i
    if run_start is not None:
        runs.append((run_start, len(doc)))

    out: list[Segment] = []
    for a, b in runs:
        # Trailing spaces and newline tokens are not part of a sentence.
        while b > a and doc[b - 1].is_space:
            b -= 1
        if b <= a:
            continue
        start = strip_lead(text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
        end = doc[b - 1].idx + len(doc[b - 1].text)
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start or not _HAS_WORD.search(text, start, end) or _ONLY_MARKER.fullmatch(text, start, end):
            continue
        while a < b and doc[a].idx + len(doc[a].text) <= start:
            a += 1
        out.append(Segment(doc[a:b], start, end, text[start:end]))
    return out


def sentence_spans(doc: Doc) -> list[Span]:
    """The sentences of a Doc parsed with ``coach.text.nlp.parse``, as spaCy Spans, in order.

    Example:
        >>> from coach.text.nlp import parse_one
        >>> [s.text for s in sentence_spans(parse_one("1. Walk me through the launch\\n2. any blockers?"))]
        ['Walk me through the launch', 'any blockers?']
    """
    return [s.span for s in segments(doc)]


def segment_text(text: str) -> list[tuple[int, int]]:
    """Character ranges ``(start, end)`` of the sentences of ``text`` (parses it once)."""
    from coach.text.nlp import parse_one

    return [(s.start, s.end) for s in segments(parse_one(text))]


class MostlyInside:
    """Whether more than half of a character range lies inside one of the given ranges, as
    ``any(min(end, e) - max(start, s) > 0.5 * (end - start) for s, e in ranges)`` says, without
    trying every range for every sentence of a long note. The review and the goal analyzer use it
    to keep one sentence one finding.

    Example:
        >>> taken = MostlyInside([(0, 10), (40, 60)])
        >>> taken(2, 12), taken(8, 30)
        (True, False)
    """

    def __init__(self, ranges) -> None:
        self._ranges = sorted(ranges)
        self._starts = [s for s, _ in self._ranges]
        self._reach, furthest = [], float("-inf")  # the furthest end among the ranges so far
        for _, e in self._ranges:
            furthest = max(furthest, e)
            self._reach.append(furthest)

    def __call__(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end) - 1  # ranges starting before ``end``
        while i >= 0 and self._reach[i] > start:
            s, e = self._ranges[i]
            if min(end, e) - max(start, s) > 0.5 * (end - start):
                return True
            i -= 1
        return False
