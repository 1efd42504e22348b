r"""Where a goal text's candidate goals are: its lines without bullets or a "goal:" label, each cut
again into its sentences and at "and I also want to" and semicolons.

Example:
    >>> text = "- Pass the AWS exam by June\n2) Present at the guild"
    >>> [text[a:b] for a, b in candidate_lines(text)]
    ['Pass the AWS exam by June', 'Present at the guild']
"""

from __future__ import annotations

import re

import numpy as np

# A list mark, or a "Goal 2:" label, before a goal on its own line. Narrower than the shared marks
# (coach.text.segment) on purpose: a letter mark is a-h, so "v. anxious" and "R.'s goal" keep their
# first word, and "+" opens a pro in a list of pros and cons, not a goal.
_BULLET = re.compile(
    r"^\s*(?:[-*•·▪‣–—>]+|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|goal\s*\d*\s*[:.)-]|\[\s?[x ]?\s?\])\s*", re.I
)
_ALSO = re.compile(
    r"(?:,|;)?\s*\b(?:and\s+)?(?:i\s+)?(?:also|additionally)\s*,?\s+(?:i\s+)?(?:want|need|would like|'d like|plan|hope|aim|intend)\s+to\b|;\s+|\s+and\s+(?=(?:i\s+)?(?:also\s+)?(?:want|need|would like|plan|hope)\s+to\b)",
    re.I,
)


# "Goal: …", "My goals – …": the label a note puts before a goal is not part of the goal.
GOAL_LABEL = re.compile(r"^\s*(?:(?:my|the|her|his|their|new)\s+)?(?:goals?|aim|objective)\s*[:\-–]\s*", re.I)


def clean_goal_text(text: str) -> str:
    """A goal as the mentee would write it, without the note's bullet or "goal:" label.

    Example:
        >>> clean_goal_text("- goal: get better at presenting")
        'get better at presenting'
    """
    return GOAL_LABEL.sub("", text.strip().lstrip("-*• ").strip()).strip()


def candidate_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of candidate goals: lines without bullets, then clauses joined by 'also'."""
    ranges = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        bullet = _BULLET.match(text[start:end])
        if bullet:
            start += bullet.end()
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            ranges.append((start, end))
    return ranges


def split_clauses(doc, base: int) -> list[tuple[int, int, object]]:
    """Sentences of a line's Doc, split again at 'and I also want to' and semicolons."""
    out = []
    text = doc.text  # Doc.text walks every token: read it once, not once per character
    for sent in doc.sents:
        s_start, s_end = sent.start_char, sent.end_char
        cuts = [s_start]
        for m in _ALSO.finditer(text, s_start, s_end):
            if m.start() - cuts[-1] > 8:
                cuts.append(m.start())
                cuts.append(m.end())
        cuts.append(s_end)
        pieces = []
        for i in range(0, len(cuts) - 1, 2):
            a, b = cuts[i], cuts[i + 1]
            while a < b and text[a] in " ,;":
                a += 1
            while b > a and text[b - 1] in " ,;":
                b -= 1
            if b > a:
                pieces.append((a, b))
        if len(pieces) == 1 and pieces[0] == (0, len(text)) and s_start == 0 and s_end == len(text):
            out.append((base, base + len(text), doc))  # the whole line is one goal: no copy needed
            continue
        for a, b in pieces:
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None and span.text.strip():
                out.append((base + span.start_char, base + span.end_char, span.as_doc()))
    return out


def span_docs(doc, spans) -> list:
    """``span.as_doc()`` for each of many spans of one Doc, the same Docs made faster.

    ``Span.as_doc`` turns the whole Doc into an array each call (half a millisecond for a
    1,000-word note, so tens per review); here the array is made once and each span gets a copy
    of its own rows (``as_doc`` rewrites the rows it is given).
    """
    try:
        head = doc._get_array_attrs()
    except AttributeError:  # another spaCy: the plain way
        return [span.as_doc() for span in spans]
    full = doc.to_array(head)
    rows = np.empty_like(full)
    out = []
    for span in spans:
        rows[span.start : span.end] = full[span.start : span.end]
        out.append(span.as_doc(array_head=head, array=rows))
    return out
