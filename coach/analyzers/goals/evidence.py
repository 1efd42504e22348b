"""Evidence for each SMART criterion, found by rules on the text and its spaCy Doc.

Each finder returns the spans that carried a judgement (with a reason, and whether they speak
for or against the criterion) and numeric features for the classifier. The rules follow the
labelling guide's decision rules; the classifier weighs them with the sentence's meaning.

Example:
    >>> from coach.text.nlp import parse_one
    >>> found = find_evidence(parse_one("Pass the AWS exam by 30 June so that I can apply for the cloud team"))
    >>> [e.reason for e in found["time_bound"] if e.supports][:1]
    ['a deadline: by 30 June']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.analyzers.goals.words import (
    BROAD_OBJECT,
    COUNT_MEASURE,
    DEADLINE_PATTERNS,
    FREQUENCY,
    GREETING,
    IMPLAUSIBLE,
    INTENTION,
    NUMBER,
    OPEN_TIME_PATTERNS,
    OTHERS_DECIDE,
    PASS_FAIL,
    PAST_TIME,
    PERFECTION,
    PURPOSE,
    QUESTION_START,
    REASON_CLAUSE,
    RECURRENCE,
    VAGUE,
    YEAR_OR_VERSION,
)

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    text: str
    reason: str
    supports: bool  # True: speaks for the criterion being met; False: against


class _Findings:
    """The findings for one criterion, each span kept once."""

    def __init__(self, text: str):
        self.text = text
        self.items: list[Finding] = []
        self._seen: set[tuple[int, int, bool]] = set()

    def add(self, start: int, end: int, reason: str, supports: bool) -> None:
        key = (start, end, supports)
        if end <= start or key in self._seen:
            return
        # Drop a span wholly inside one already kept with the same direction.
        for f in self.items:
            if f.supports == supports and f.start <= start and end <= f.end:
                return
        self._seen.add(key)
        self.items.append(Finding(start, end, self.text[start:end], reason, supports))


def _finditer(pattern: re.Pattern, text: str):
    for m in pattern.finditer(text):
        if m.end() > m.start():
            yield m


def broad_areas(doc) -> list[re.Match]:
    """Broad areas ("my communication") but not when they only modify a noun ("the leadership team")."""
    found = []
    for m in _finditer(BROAD_OBJECT, doc.text):
        last = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if last is not None and last[-1].dep_ == "compound" and last[-1].head.i > last[-1].i:
            continue
        found.append(m)
    return found


def _past_dates(doc) -> list[tuple[int, int]]:
    """DATE entities governed by a verb in the past ("which I started in 2019"): not deadlines."""
    spans = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        verb = ent.root.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if ent.start > 0 and doc[ent.start - 1].lower_ in ("by", "before", "until", "till", "within"):
            continue  # a deadline construction, whatever the verb's tense
        children = {c.dep_ for c in verb.children}
        perfect = verb.tag_ == "VBN" and any(c.lower_ in ("have", "has", "had", "'ve") for c in verb.children)
        # An explicit subject guards against imperatives mis-tagged as past ("hit my target this quarter").
        if verb.pos_ in ("VERB", "AUX") and "nsubj" in children and (verb.tag_ == "VBD" or perfect):
            start = (
                doc[ent.start - 1].idx
                if ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "on", "since", "by", "from")
                else ent.start_char
            )
            spans.append((start, ent.end_char))
    return spans


def find_evidence(doc, context: str | None = None) -> dict[str, list[Finding]]:
    """Spans for and against each criterion, from rules over the text and the Doc.

    Example:
        >>> from coach.text.nlp import parse_one
        >>> [f.reason for f in find_evidence(parse_one("Improve my communication"))["specific"]]
        ['a vague verb: Improve', 'a broad area, not a concrete thing: my communication']
    """
    text = doc.text
    time_bound = _time_bound_evidence(doc, text)
    vague = list(_finditer(VAGUE, text))  # a vague verb counts against both specific and measurable
    return {
        "specific": _specific_evidence(doc, text, vague),
        "measurable": _measurable_evidence(doc, text, time_bound, vague),
        "achievable": _achievable_evidence(text),
        "relevant": _relevant_evidence(text),
        "time_bound": time_bound,
    }


_DATE_LEADS = ("by", "before", "until", "till", "within", "in", "over", "during", "for")


def _time_bound_evidence(doc, text: str) -> list[Finding]:
    """Deadlines and bounded time frames for; open-ended times, start points, past times and
    recurrences against."""
    found = _Findings(text)
    past_spans = [(m.start(), m.end()) for m in _finditer(PAST_TIME, text)] + _past_dates(doc)
    for pattern, reason in DEADLINE_PATTERNS:
        for m in _finditer(pattern, text):
            frag = m.group(0).rstrip(" ,")
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in past_spans):
                continue
            found.add(m.start(), m.start() + len(frag), f"{reason}: {frag}", True)
    for ent in doc.ents:
        if (
            ent.label_ in ("DATE", "TIME")
            and not any(f.start <= ent.start_char < f.end for f in found.items)
            and not any(s <= ent.start_char < e for s, e in past_spans)
        ):
            prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if prev in _DATE_LEADS and not RECURRENCE.search(ent.text):
                found.add(
                    doc[ent.start - 1].idx, ent.end_char, f"a date or time frame: {prev} {ent.text}", True
                )
            elif re.search(r"\b(?:this|next|end of)\b", ent.text, re.I) and not RECURRENCE.search(ent.text):
                found.add(ent.start_char, ent.end_char, f"a time frame: {ent.text}", True)
    for pattern, reason in OPEN_TIME_PATTERNS:
        for m in _finditer(pattern, text):
            found.add(m.start(), m.end(), reason, False)
    for s, e in past_spans:
        found.add(s, e, "a past time: it cannot be a deadline", False)
    for m in _finditer(RECURRENCE, text):
        found.add(m.start(), m.end(), "a recurrence: it needs an end or review date to be time-bound", False)
    return found.items


def _measurable_evidence(doc, text: str, time_bound: list[Finding], vague: list[re.Match]) -> list[Finding]:
    """Numbers, amounts, frequencies and done-or-not events for; numbers that only name something
    ("Python 3", "in 2019") and directions without a target against."""
    found = _Findings(text)
    non_measure = [(m.start(), m.end()) for m in _finditer(YEAR_OR_VERSION, text)]
    deadline_spans = [(f.start, f.end) for f in time_bound if f.supports]
    for m in _finditer(COUNT_MEASURE, text):
        inside_deadline = any(s <= m.start() < e for s, e in deadline_spans) and not re.search(
            r"\d+\s*(?:hours?|hrs?|minutes?|mins?)", m.group(0), re.I
        )
        if inside_deadline or any(s <= m.start() < e for s, e in non_measure):
            continue
        found.add(m.start(), m.end(), f"a number to check against: {m.group(0)}", True)
    for ent in doc.ents:
        if ent.label_ in ("PERCENT", "MONEY", "QUANTITY"):
            found.add(ent.start_char, ent.end_char, f"an amount to check against: {ent.text}", True)
    for m in _finditer(FREQUENCY, text):
        found.add(m.start(), m.end(), f"a frequency to count: {m.group(0)}", True)
    for m in _finditer(PASS_FAIL, text):
        found.add(m.start(), m.end(), f"a done-or-not event or deliverable: {m.group(0)}", True)
    for s, e in non_measure:
        found.add(s, e, "a number that names something, not a measure of the goal", False)
    for m in vague:
        found.add(m.start(), m.end(), "a direction without a target: how far is far enough?", False)
    return found.items


def _specific_evidence(doc, text: str, vague: list[re.Match]) -> list[Finding]:
    """Named things and concrete actions on named objects for; vague verbs and broad areas against."""
    found = _Findings(text)
    for m in vague:
        found.add(m.start(), m.end(), f"a vague verb: {m.group(0).strip()}", False)
    for m in broad_areas(doc):
        found.add(m.start(), m.end(), f"a broad area, not a concrete thing: {m.group(0).strip()}", False)
    for ent in doc.ents:
        if ent.label_ in ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "FAC", "GPE", "NORP"):
            found.add(ent.start_char, ent.end_char, f"a named thing it applies to: {ent.text}", True)
    for token in doc:
        if token.pos_ == "VERB" and token.dep_ in ("ROOT", "xcomp", "conj") and not VAGUE.search(token.text):
            objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "attr")]
            for obj in objects:
                subtree = list(obj.subtree)
                start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
                if BROAD_OBJECT.fullmatch(text[start:end].strip()) or len(subtree) > 12:
                    continue
                if len(subtree) >= 2 or obj.pos_ == "PROPN":
                    found.add(
                        token.idx,
                        end,
                        f"a concrete action on a named object: {token.text} … {obj.text}",
                        True,
                    )
    for m in _finditer(PASS_FAIL, text):
        found.add(m.start(), m.end(), f"a concrete action: {m.group(0)}", True)
    return found.items


def _achievable_evidence(text: str) -> list[Finding]:
    """Only against: perfection, someone else's decision, an implausible size for the time."""
    found = _Findings(text)
    for m in _finditer(PERFECTION, text):
        found.add(m.start(), m.end(), "asks for perfection", False)
    for m in _finditer(OTHERS_DECIDE, text):
        found.add(m.start(), m.end(), "rests on someone else's decision, not yours", False)
    for m in _finditer(IMPLAUSIBLE, text):
        found.add(m.start(), m.end(), "an implausible size for the time given", False)
    return found.items


def _relevant_evidence(text: str) -> list[Finding]:
    """Only for: a stated purpose ("so that …"), or the situation behind the goal after a comma."""
    found = _Findings(text)
    for m in _finditer(PURPOSE, text):
        rest = text[m.end() :].strip()
        if len(rest.split()) >= 2 or m.group(0).lower().startswith(
            ("to ", "for my", "towards", "ahead of", "before i")
        ):
            cut = re.search(r"[.;!?\n]", text[m.end() :])
            clause_end = m.end() + (cut.start() if cut else len(text) - m.end())
            clause_end = min(clause_end, m.start() + 120)
            found.add(
                m.start(),
                clause_end,
                f"says why it matters: {text[m.start() : clause_end].strip()[:60]}",
                True,
            )
    for m in _finditer(REASON_CLAUSE, text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(",-–—: "))
        cut = re.search(r"[.;!?\n]", text[start:])
        end = start + (cut.start() if cut else len(text) - start)
        found.add(start, end, f"gives the situation behind it: {text[start:end].strip()[:60]}", True)
    return found.items


# The rule features in the order the heads read them (``evidence_features`` returns them all).
EVIDENCE_FEATURES = (
    "specific_for",
    "specific_against",
    "measurable_for",
    "measurable_against",
    "achievable_for",
    "achievable_against",
    "relevant_for",
    "relevant_against",
    "time_bound_for",
    "time_bound_against",
    "deadline",
    "frame",
    "event_time",
    "recurrence",
    "open_time",
    "past_time",
    "date_ents",
    "number_ents",
    "numbers",
    "count_measure",
    "frequency",
    "pass_fail",
    "vague",
    "broad",
    "named",
    "propn",
    "perfection",
    "others_decide",
    "implausible",
    "purpose",
    "reason_clause",
    "negated",
    "question",
    "greeting",
    "intention",
    "has_verb",
    "starts_with_verb",
    "past_tense_main",
    "first_person",
    "n_words",
    "alpha_ratio",
    "has_context",
    "context_similarity",
)


def evidence_features(
    doc, found: dict[str, list[Finding]], context_similarity: float | None
) -> dict[str, float]:
    """Numeric features from the evidence, for the classifier heads."""
    text = doc.text
    words = [t for t in doc if not t.is_punct and not t.is_space]
    f: dict[str, float] = {}
    for criterion in CRITERIA:
        items = found[criterion]
        f[f"{criterion}_for"] = float(sum(1 for x in items if x.supports))
        f[f"{criterion}_against"] = float(sum(1 for x in items if not x.supports))
    f["deadline"] = float(any(x.supports and "deadline" in x.reason for x in found["time_bound"]))
    f["frame"] = float(any(x.supports and "frame" in x.reason for x in found["time_bound"]))
    f["event_time"] = float(any(x.supports and "event" in x.reason for x in found["time_bound"]))
    f["recurrence"] = float(any("recurrence" in x.reason for x in found["time_bound"]))
    f["open_time"] = float(
        any(
            not x.supports and ("open-ended" in x.reason or "start point" in x.reason)
            for x in found["time_bound"]
        )
    )
    f["past_time"] = float(any("past time" in x.reason for x in found["time_bound"]))
    f["date_ents"] = float(sum(1 for e in doc.ents if e.label_ in ("DATE", "TIME")))
    f["number_ents"] = float(
        sum(1 for e in doc.ents if e.label_ in ("CARDINAL", "PERCENT", "QUANTITY", "MONEY"))
    )
    f["numbers"] = float(len(NUMBER.findall(text)))
    f["count_measure"] = float(
        any("number" in x.reason or "amount" in x.reason for x in found["measurable"] if x.supports)
    )
    f["frequency"] = float(any("frequency" in x.reason for x in found["measurable"]))
    f["pass_fail"] = float(any("done-or-not" in x.reason for x in found["measurable"]))
    f["vague"] = float(bool(VAGUE.search(text)))
    f["broad"] = float(bool(broad_areas(doc)))
    f["named"] = float(
        sum(1 for e in doc.ents if e.label_ in ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "GPE"))
    )
    f["propn"] = float(sum(1 for t in doc if t.pos_ == "PROPN"))
    f["perfection"] = float(bool(PERFECTION.search(text)))
    f["others_decide"] = float(bool(OTHERS_DECIDE.search(text)))
    f["implausible"] = float(bool(IMPLAUSIBLE.search(text)))
    f["purpose"] = float(bool(PURPOSE.search(text)))
    f["reason_clause"] = float(bool(REASON_CLAUSE.search(text)))
    f["negated"] = float(
        bool(re.match(r"^\s*(?:to\s+)?(?:stop|quit|no longer|never|don't|do not|avoid)\b", text, re.I))
    )
    f["question"] = float(text.rstrip().endswith("?") or bool(QUESTION_START.match(text)))
    f["greeting"] = float(bool(GREETING.match(text)))
    f["intention"] = float(bool(INTENTION.search(text)))
    f["has_verb"] = float(any(t.pos_ in ("VERB", "AUX") for t in doc))
    f["starts_with_verb"] = float(
        bool(words) and words[0].pos_ == "VERB" or bool(words) and words[0].lower_ == "to"
    )
    f["past_tense_main"] = float(any(t.dep_ == "ROOT" and t.tag_ in ("VBD", "VBN") for t in doc))
    f["first_person"] = float(any(t.lower_ in ("i", "my", "me", "i'm", "myself") for t in doc))
    f["n_words"] = min(float(len(words)), 60.0) / 20.0
    f["alpha_ratio"] = sum(ch.isalpha() for ch in text) / max(len(text), 1)
    f["has_context"] = float(context_similarity is not None)
    f["context_similarity"] = float(context_similarity or 0.0)
    return f
