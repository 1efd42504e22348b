"""The rule cues of one sentence: its clauses and their frames, a tag at its end, the verdicts of
the rules, the features for the trained heads and the evidence shown to the user.

Example:
    >>> from coach.text.nlp import parse_one
    >>> cues = analyze_span(parse_one("You finished it, right?")[:])
    >>> cues.rule_question, cues.rule_leading
    (True, True)
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.analyzers.questions.features import rule_features
from coach.analyzers.questions.frames import (
    CLOSED_FRAMES,
    NONE_FRAMES,
    OPEN_FRAMES,
    QUESTION_FRAMES,
    Part,
    asks_for_account,
    aux_word,
    clause_frame,
    low,
    main_part,
)
from coach.analyzers.questions.words import (
    BARE_TAG,
    LEADING_TAG,
    NEG,
    NEUTRAL_TAIL,
    PRESUMPTIVE,
    SCALE,
    SUBJECT_WORDS,
    WH,
)


@dataclass
class Cues:
    """What the rules found in one sentence."""

    span: object
    start: int  # char offsets of the sentence in span.doc.text
    end: int
    text: str  # span.doc.text[start:end]
    parts: list[Part]
    features: dict[str, float]
    evidence: list[tuple[int, int, str]]  # (start_char, end_char, reason) in span.doc.text
    leading_evidence: list[tuple[int, int, str]]
    rule_question: bool
    rule_open: bool
    rule_leading: bool
    body_end: int  # token index where the question proper ends (before a tag)
    question_start: int  # char offset where the question starts (after a lead-in)


def _starts_question(doc, j: int, end: int) -> bool:
    """Does a new interrogative clause start at token j ("…, and did you get the budget?")?"""
    if j >= end:
        return False
    tok = doc[j]
    word = low(tok)
    if word in ("and", "or", "but", "so", "then", "if") and j + 1 < end:
        k = j + 1
        if word == "if":
            if k < end and low(doc[k]) in ("yes", "no", "not", "so"):
                k += 1
            else:
                return False
        while k < end and doc[k].is_punct:
            k += 1
        return _starts_question(doc, k, end)
    if word in WH:
        if j + 1 >= end or doc[j + 1].is_punct:
            return True
        nxt = doc[j + 1]
        return nxt.pos_ in ("AUX", "VERB", "ADJ", "ADV", "NOUN") or low(nxt) in (
            "'s",
            "else",
            "about",
            "come",
        )
    aux = aux_word(tok)
    if aux and j + 1 < end:
        k = j + 1
        if low(doc[k]) in NEG and k + 1 < end:
            k += 1
        return (low(doc[k]) in SUBJECT_WORDS and low(doc[k]) not in ("that", "this")) or doc[k].tag_ in (
            "PRP",
            "EX",
            "DT",
            "PRP$",
            "NNP",
        )
    if word in ("tell", "describe", "explain", "walk", "talk", "say") and tok.tag_ == "VB":
        return asks_for_account(doc, j, end)
    return False


def _tail(span) -> tuple[int | None, bool, str]:
    """Token index where a tag or a parenthetical tail begins, whether it leads, and why."""
    text = span.text
    m = LEADING_TAG.search(text)
    if m and m.start() > 0:
        at = span.start_char + m.start() + 1
        tok = next((t.i for t in span if t.idx >= at and not t.is_punct), None)
        if tok is not None and tok > span.start + 1:
            words = m.group(0).strip(" ,?!.").lower()
            return tok, True, f"a tag question (\u201c\u2026, {words}?\u201d) pushes for agreement: leading"
    m = NEUTRAL_TAIL.search(text)
    if m and m.start() > 0:
        at = span.start_char + m.start() + (1 if text[m.start()] in ", " else 0)
        tok = next((t.i for t in span if t.idx >= at), None)
        if tok is not None and tok > span.start + 2:
            return tok, False, ""
    return None, False, ""


def _parts(span, body_end: int, has_q: bool) -> tuple[list[Part], list[str]]:
    doc = span.doc
    cuts, seps = [span.start], []
    for j in range(span.start, body_end):
        tok = doc[j]
        if j + 1 >= body_end or j <= cuts[-1] and tok.text != "?":
            continue
        if tok.text in ("?", ";", ".", "!") and not doc[j + 1].is_punct:
            cuts.append(j + 1)
            seps.append(tok.text)
        elif tok.text in (",", ":", "\u2013", "\u2014", "-") and _starts_question(doc, j + 1, body_end):
            cuts.append(j + 1)
            seps.append(tok.text)
        elif (
            low(tok) in ("and", "or", "but")
            and j >= cuts[-1] + 2
            and low(doc[j + 1]) in WH
            and _starts_question(doc, j + 1, body_end)
            # Without a "?", "…knowing exactly which floor and which flat." coordinates two phrases of a
            # statement: only a clause with its own verb is a further question.
            and (has_q or any(t.pos_ in ("VERB", "AUX") for t in doc[j + 2 : body_end]))
        ):
            cuts.append(j)
            seps.append(low(tok))
    cuts.append(body_end)
    parts = []
    for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
        if b > a and not all(t.is_punct or t.is_space for t in doc[a:b]):
            parts.append(
                clause_frame(
                    doc, a, b, has_q if n == len(cuts) - 2 else any(t.text == "?" for t in doc[a:b]), n == 0
                )
            )
    if not parts:
        parts = [Part(span.start, body_end, "fragment", None, "")]
    return parts, seps


def analyze_span(span, start: int | None = None, end: int | None = None) -> Cues:
    """The rule cues of one sentence: a Span of a Doc from ``coach.text.nlp.parse``.

    ``start``/``end`` are the sentence's exact characters when they differ from the span's (a bullet
    glued to the first word).

    Example:
        >>> from coach.text.nlp import parse_one
        >>> cues = analyze_span(parse_one("How many reports did you write?")[:])
        >>> cues.rule_question, cues.rule_open, [p.frame for p in cues.parts]
        (True, False, ['wh_fact'])
    """
    doc = span.doc
    start = span.start_char if start is None else start
    end = span.end_char if end is None else end
    text = span.text[start - span.start_char : end - span.start_char]  # (Doc.text would join the whole Doc)
    has_q = "?" in text
    tag_start, tag_leads, tag_reason = _tail(span)
    bare_tag = BARE_TAG.match(text) is not None
    body_end = _body_end(span, tag_start)
    parts, seps = _parts(span, body_end, has_q)
    if bare_tag:
        parts = [
            Part(
                span.start,
                span.end,
                "elliptic_closed",
                (span.start, span.start + 1),
                "a bare tag (\u201cright?\u201d) asks for agreement: closed",
            )
        ]
    if SCALE.search(text):
        for p in parts:
            if p.frame == "wh_how_adj":
                p.frame, p.reason = "wh_fact", "a scaling question: the answer is a number, closed"
    presumptive = list(PRESUMPTIVE.finditer(text))
    pushes = tag_leads or bare_tag or bool(presumptive)
    rule_question, rule_open, rule_leading = _rule_verdicts(parts, has_q, bare_tag, pushes)
    features = rule_features(
        span,
        text,
        parts,
        tag=(tag_start, tag_leads, bare_tag),
        presumptive=bool(presumptive),
        verdicts=(rule_question, rule_open, rule_leading),
    )
    leading_tag = (tag_start, tag_reason) if tag_leads and tag_start is not None else None
    return Cues(
        span=span,
        start=start,
        end=end,
        text=text,
        parts=parts,
        features=features,
        evidence=_frame_evidence(span, start, end, text, parts),
        leading_evidence=_leading_evidence(span, start, end, parts, leading_tag, bare_tag, presumptive),
        rule_question=bool(rule_question),
        rule_open=bool(rule_open),
        rule_leading=bool(rule_leading),
        body_end=body_end,
        question_start=_question_start(doc, start, parts, seps),
    )


def _body_end(span, tag_start: int | None) -> int:
    """Token index where the question proper ends: before a tag and the punctuation that closes it."""
    doc = span.doc
    body_end = tag_start if tag_start is not None else span.end
    while body_end > span.start + 1 and (
        doc[body_end - 1].is_space or doc[body_end - 1].is_punct and doc[body_end - 1].text not in ("?",)
    ):
        body_end -= 1
    return body_end


def _rule_verdicts(parts: list[Part], has_q: bool, bare_tag: bool, pushes: bool) -> tuple[bool, bool, bool]:
    """What the rules alone say: (a question, open, leading).

    ``pushes``: a leading tag, a bare tag or a presumptive word; a negative yes/no question pushes too.
    """
    rule_question = (
        any(p.frame in QUESTION_FRAMES for p in parts)
        or bare_tag
        or (has_q and not any(p.frame in ("reported", "exclamative", "musing") for p in parts))
    )
    rule_open = rule_question and any(p.frame in OPEN_FRAMES for p in parts)
    neg_q = any(p.frame == "yesno" and p.negative for p in parts)
    rule_leading = rule_question and not rule_open and (pushes or neg_q)
    return rule_question, rule_open, rule_leading


def _frame_evidence(span, start: int, end: int, text: str, parts: list[Part]) -> list[tuple[int, int, str]]:
    """The words that decided open or closed, each with its reason, as character spans."""
    doc = span.doc
    evidence: list[tuple[int, int, str]] = []
    for p in parts:
        if p.opener and p.reason:
            a, b = p.opener
            b = min(max(b, a + 1), span.end)
            evidence.append((max(doc[a].idx, start), doc[b - 1].idx + len(doc[b - 1].text), p.reason))
    if any(p.frame in OPEN_FRAMES for p in parts) and any(p.frame in CLOSED_FRAMES for p in parts):
        evidence.append((start, end, "a stacked question with an open part: open as a whole"))
    m = SCALE.search(text)
    if m is not None:
        evidence.append((start + m.start(), start + m.end(), "a scale: the answer is a number, closed"))
    if main_part(parts).frame in ("wh_options", "yesno") and any(low(t) == "or" for t in span):
        or_tok = next(t for t in span if low(t) == "or")
        evidence.append((or_tok.idx, or_tok.idx + len(or_tok.text), "offers options to pick from: closed"))
    return evidence


def _leading_evidence(
    span, start: int, end: int, parts: list[Part], leading_tag, bare_tag: bool, presumptive: list
) -> list[tuple[int, int, str]]:
    """The words that push for an answer, each with its reason; ``leading_tag``: (its token, why) or None."""
    doc = span.doc
    leading_evidence: list[tuple[int, int, str]] = []
    if leading_tag is not None:
        leading_evidence.append((doc[leading_tag[0]].idx, end, leading_tag[1]))
    elif bare_tag:
        leading_evidence.append((start, end, "a bare tag (\u201cright?\u201d) pushes for agreement: leading"))
    for p in parts:
        if p.frame == "yesno" and p.negative and p.opener:
            a, b = p.opener
            leading_evidence.append(
                (
                    doc[a].idx,
                    doc[b - 1].idx + len(doc[b - 1].text),
                    "a negative question signals the answer the asker expects: leading",
                )
            )
    for m in presumptive:
        leading_evidence.append(
            (start + m.start(), start + m.end(), f"\u201c{m.group(0)}\u201d presumes the answer: leading")
        )
    return leading_evidence


def _question_start(doc, start: int, parts: list[Part], seps: list[str]) -> int:
    """Where the question starts: a lead-in before a colon, or a statement before a "?" question, is
    not part of it."""
    for n, p in enumerate(parts):
        if p.frame in QUESTION_FRAMES:
            if (
                n > 0
                and all(q.frame in NONE_FRAMES for q in parts[:n])
                and seps[n - 1] in (":", ";", "?", "\u2013", "\u2014", "-")
            ):
                return max(start, doc[p.start].idx if p.start < len(doc) else start)
            break
    return start
