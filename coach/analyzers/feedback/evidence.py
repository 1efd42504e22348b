"""Rule evidence for feedback sentences: trait labels, copular trait constructions, absolutes and
the parts of an SBI statement (situation, behaviour, impact, suggestion).

Each finding is a character span with its reason, like a Presidio recognizer's result; the
features the classifier heads read are computed from the same findings, so what the user sees
is what the model used.

Example:
    >>> from coach.text.nlp import parse_one
    >>> [f.kind for f in find_feedback_evidence(parse_one("You're so lazy, you never reply on time."))]
    ['copular_trait', 'trait', 'behaviour', 'absolute']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.analyzers.feedback.words import (
    ABSOLUTE,
    CONDUCT_STATES,
    COPULA_LEMMAS,
    DISPOSITION,
    GREETING,
    IMPACT,
    LACKS_OR_HAS,
    LEAD_FILLERS,
    LEAD_IN,
    LOGISTICS,
    NOT_DEEDS,
    NOT_TRAITS,
    PERSON_PRONOUNS,
    PERSON_WORDS,
    PRAISING_LABEL_WORDS,
    ROLE_LABEL,
    SITUATION,
    SUGGESTION_CUE,
    TRAIT_NOUN,
    TRAIT_NOUNS,
    TRAIT_VALENCE,
    TRAIT_WORD,
)


@dataclass(frozen=True)
class FeedbackFinding:
    """A span of the sentence (offsets into the sentence's text) and why it counted."""

    start: int
    end: int
    text: str
    kind: str  # trait | copular_trait | trait_attribute | disposition | absolute | situation | behaviour | impact | suggestion
    reason: str
    valence: int = 0  # for traits: +1 praise, -1 criticism, 0 neutral


def _person_token(tok) -> bool:
    return (
        tok.lower_ in PERSON_PRONOUNS
        or tok.pos_ == "PROPN"
        and tok.ent_type_ in ("", "PERSON")
        or tok.lower_ in PERSON_WORDS
    )


def _trait_valence(word: str) -> int:
    return TRAIT_VALENCE.get(word.lower(), 0)


class _Findings:
    """The findings in one sentence, trimmed of edge punctuation, each span of a kind kept once."""

    def __init__(self, text: str):
        self.text = text
        self.items: list[FeedbackFinding] = []
        self._seen: set[tuple[int, int, str]] = set()

    def add(self, start: int, end: int, kind: str, reason: str, valence: int = 0) -> None:
        text = self.text
        start, end = max(0, start), min(len(text), end)
        while end > start and text[end - 1] in " ,;:-–—":
            end -= 1
        while start < end and text[start] in " ,;:-–—":
            start += 1
        if end <= start or (start, end, kind) in self._seen:
            return
        self._seen.add((start, end, kind))
        self.items.append(FeedbackFinding(start, end, text[start:end], kind, reason, valence))


def find_feedback_evidence(doc) -> list[FeedbackFinding]:
    """Every rule finding in one sentence's Doc (or Span), in text order.

    Example:
        >>> from coach.text.nlp import parse_one
        >>> [f.kind for f in find_feedback_evidence(parse_one("In Tuesday's demo you skipped the error slide."))]
        ['situation', 'behaviour']
    """
    # Offsets are into the sentence's own text; a Span's tokens carry offsets into the whole Doc.
    base = doc.start_char if hasattr(doc, "start_char") else 0
    found = _Findings(doc.text)
    _find_copular_traits(doc, base, found)
    _find_trait_labels(found)
    _find_deeds(doc, base, found)
    _find_occasion_and_impact(found)
    _find_suggestions(doc, base, found)
    found.items.sort(key=lambda f: (f.start, -f.end))
    return found.items


def _find_copular_traits(doc, base: int, found: _Findings) -> None:
    """Copular trait constructions: "you are (so) ADJ", "she's a natural leader", "he seems shy"."""
    text = found.text
    for tok in doc:
        if tok.dep_ in ("acomp", "attr", "oprd") and tok.head.lemma_ in COPULA_LEMMAS:
            head = tok.head
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or not _person_token(subjects[0]):
                continue
            words = [t for t in tok.subtree if t.i >= tok.i - 3][:8]
            valence = _trait_valence(tok.lemma_) or _trait_valence(tok.text) or TRAIT_NOUNS.get(tok.lower_, 0)
            trait_like = (
                valence != 0
                or tok.lower_ in TRAIT_NOUNS
                or tok.pos_ == "ADJ"
                and tok.lower_ not in NOT_TRAITS
            )
            if not trait_like:
                continue
            start = subjects[0].idx - base
            end = max(t.idx + len(t.text) for t in words) - base
            found.add(
                start,
                end,
                "copular_trait",
                f"describes who the person is (\u201c{text[start:end]}\u201d), not what they did",
                valence,
            )


_HOW_IT_WENT = re.compile(
    r"\b(?:doing|did|done|does|do)\s+(?:(?:so|really|very|pretty|quite|super)\s+)?$", re.I
)


def _find_trait_labels(found: _Findings) -> None:
    """Words that characterise who a person is: trait words, labels, attributes, dispositions, absolutes."""
    text = found.text
    for m in TRAIT_WORD.finditer(text):
        if _HOW_IT_WENT.search(text, max(0, m.start() - 24), m.start()):
            continue  # "she's doing great", "you did really well": how the work went, not who she is
        found.add(m.start(), m.end(), "trait", f"a trait word: {m.group(0)}", _trait_valence(m.group(0)))
    for m in TRAIT_NOUN.finditer(text):
        noun = next((w for w in TRAIT_NOUNS if m.group(0).lower().endswith(w)), "")
        found.add(
            m.start(), m.end(), "trait", f"a label for the person: {m.group(0)}", TRAIT_NOUNS.get(noun, -1)
        )
    for m in ROLE_LABEL.finditer(text):
        words = m.group(0).lower().split()
        valence = sum(_trait_valence(w) for w in words) or (
            1 if any(w in PRAISING_LABEL_WORDS for w in words) else -1
        )
        found.add(m.start(), m.end(), "trait", f"a label for the person: {m.group(0)}", valence)
    for m in LACKS_OR_HAS.finditer(text):
        negative = re.search(
            r"\b(?:lack|no|zero|bad|poor|negative|weak|low|terrible|awful)", m.group(0), re.I
        )
        found.add(
            m.start(),
            m.end(),
            "trait_attribute",
            f"an attribute of the person, not an action: {m.group(0)}",
            -1 if negative else 1,
        )
    for m in DISPOSITION.finditer(text):
        found.add(m.start(), m.end(), "disposition", f"ascribes a disposition: {m.group(0)}")
    for m in ABSOLUTE.finditer(text):
        found.add(
            m.start(),
            m.end(),
            "absolute",
            f"an absolute (\u201c{m.group(0)}\u201d): it generalises, so it is hard to act on and easy to dispute",
        )


def _find_deeds(doc, base: int, found: _Findings) -> None:
    """Behaviour: a person doing something (a verb other than a copula), with what they did."""
    text = found.text
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_ not in NOT_DEEDS:
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and _person_token(subjects[0]) and subjects[0].lower_ not in ("i", "we"):
                objs = [
                    c
                    for c in tok.children
                    if c.dep_ in ("dobj", "prt", "dative", "ccomp", "xcomp", "prep", "attr", "acomp")
                ]
                end_tok = max([tok] + [t for o in objs[:2] for t in o.subtree][:12], key=lambda t: t.i)
                start = subjects[0].idx - base
                end = end_tok.idx + len(end_tok.text) - base
                if end - start > 120:
                    end = tok.idx + len(tok.text) - base
                found.add(start, end, "behaviour", f"what the person did: {text[start:end]}")
    # Being late, early or absent is something a person did, though said with "was": "You were late
    # to both stand-ups this week" is behaviour, unlike "You were rude", which names a trait.
    for tok in doc:
        if tok.lemma_ == "be" and tok.pos_ in ("AUX", "VERB"):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            state = [
                c
                # the state may hang off an adverb the parser put first ("were late twice": late <- twice)
                for c in tok.subtree
                if c.dep_ in ("acomp", "advmod", "attr")
                and c.lower_ in CONDUCT_STATES
                and 0 < c.i - tok.i <= 3
            ]
            if subjects and state and _person_token(subjects[0]) and subjects[0].lower_ not in ("i", "we"):
                end_tok = max(
                    [state[0]] + [t for c in state[0].children for t in c.subtree][:12], key=lambda t: t.i
                )
                start = subjects[0].idx - base
                end = end_tok.idx + len(end_tok.text) - base
                found.add(start, end, "behaviour", f"what the person did: {text[start:end]}")


def _find_occasion_and_impact(found: _Findings) -> None:
    """The situation (a particular occasion or detail) and the impact of an SBI statement."""
    text = found.text
    for m in SITUATION.finditer(text):
        if re.search(r"\b(?:each|every|all|any|most|some)\b", m.group(0), re.I):
            continue  # a standing habit ("at the end of each meeting") is not a particular occasion
        found.add(
            m.start(), m.end(), "situation", f"the situation or a particular detail: {m.group(0).strip()}"
        )
    for m in IMPACT.finditer(text):
        found.add(m.start(), m.end(), "impact", f"the impact: {m.group(0).strip(' ,;-')}")


def _find_suggestions(doc, base: int, found: _Findings) -> None:
    """What to do next: a suggestion's cue words ("next time", "could you"), or a request in the
    imperative."""
    text = found.text
    first = _leading_verb(doc, base, text)
    imperative = (
        first is not None
        and first.tag_ == "VB"
        and not any(c.dep_ == "nsubj" for c in first.children)
        and first.lemma_ not in ("be", "thank", "well")
    )
    for m in SUGGESTION_CUE.finditer(text):
        clause_end = re.search(r"[.;!?]|$", text[m.start() :]).start() + m.start()
        found.add(
            m.start(),
            clause_end,
            "suggestion",
            f"a suggestion or next step: {text[m.start() : clause_end].strip()}",
        )
    if imperative:
        start = first.idx - base
        clause_end = re.search(r"[.;!?]|$", text[start:]).start() + start
        found.add(
            start, clause_end, "suggestion", f"a request (imperative): {text[start:clause_end].strip()}"
        )


def _leading_verb(doc, base: int, text: str):
    """The first word after fillers and a leading "next time," / "going forward,": an imperative's verb,
    if the sentence is one."""
    words = [t for t in doc if not t.is_punct and not t.is_space]
    k = moved = 0
    while k < len(words) and (moved := moved + 1) < 6:
        if words[k].lower_ in LEAD_FILLERS:
            k += 1
            continue
        lead_in = LEAD_IN.match(text[words[k].idx - base :])
        if not lead_in:
            break
        end_char = words[k].idx - base + lead_in.end()
        while k < len(words) and words[k].idx - base < end_char:
            k += 1
    return words[k] if k < len(words) else None


TRAIT_KINDS = ("trait", "copular_trait", "trait_attribute", "disposition")


def feedback_features(doc, found: list[FeedbackFinding]) -> dict[str, float]:
    """The rule features one sentence gives the classifier heads (same order every time)."""
    text = doc.text
    kinds = {f.kind for f in found}
    tokens = [t for t in doc if not t.is_space]
    lower = [t.lower_ for t in tokens]
    persons = sum(
        1 for t in tokens if _person_token(t) and t.lower_ not in ("i", "me", "my", "we", "us", "our")
    )
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    f: dict[str, float] = {}
    f["trait"] = float("trait" in kinds)
    f["copular_trait"] = float("copular_trait" in kinds)
    f["trait_attribute"] = float("trait_attribute" in kinds)
    f["disposition"] = float("disposition" in kinds)
    f["trait_count"] = float(min(3, sum(1 for x in found if x.kind in TRAIT_KINDS)))
    f["absolute"] = float("absolute" in kinds)
    f["behaviour"] = float("behaviour" in kinds)
    f["situation"] = float("situation" in kinds)
    f["impact"] = float("impact" in kinds)
    f["suggestion"] = float("suggestion" in kinds)
    lead = next((t for t in tokens if not t.is_punct and t.lower_ not in ("-", "*", "•")), None)
    f["subjectless_action"] = float(
        lead is not None
        and lead.pos_ in ("VERB", "AUX")
        and lead.tag_ in ("VBD", "VBZ", "VBN", "VBG")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in lead.children)
        and lead.lemma_ not in ("be", "have")
    )
    f["third_person_subject"] = float(
        any(
            t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ in ("he", "she", "they") or t.pos_ == "PROPN")
            for t in tokens
        )
    )
    f["imperative"] = float(any(x.reason.startswith("a request (imperative)") for x in found))
    f["person_refs"] = float(min(3, persons))
    f["second_person"] = float(any(w in ("you", "your", "u", "ur", "yourself") for w in lower))
    f["first_person_only"] = float(persons == 0 and any(w in ("i", "we", "me", "us") for w in lower))
    f["no_person"] = float(persons == 0)
    f["past_verb"] = float(any(t.tag_ in ("VBD", "VBN") for t in verbs))
    f["modal"] = float(any(t.tag_ == "MD" for t in tokens))
    f["question_mark"] = float("?" in text)
    f["number"] = float(bool(re.search(r"\d", text)))
    f["quote"] = float(bool(re.search(r"[\"“”]", text)))
    f["propn"] = float(any(t.pos_ == "PROPN" for t in tokens[1:]))
    f["logistics"] = float(bool(LOGISTICS.search(text)))
    f["greeting"] = float(bool(GREETING.search(text)))
    f["no_verb"] = float(not any(t.pos_ in ("VERB", "AUX") for t in tokens))
    f["length"] = min(len(tokens), 40) / 40.0
    f["hedge"] = float(
        bool(
            re.search(
                r"\b(?:a bit|a little|slightly|kind of|sort of|maybe|perhaps|can be|can come across|tends? to|somewhat|quite)\b",
                text,
                re.I,
            )
        )
    )
    f["praise_word"] = float(
        bool(
            re.search(
                r"\b(?:great|good|well done|nice|excellent|brilliant|loved|impressed|strong|spot on)\b",
                text,
                re.I,
            )
        )
    )
    return f


def rule_focus(found: list[FeedbackFinding], features: dict[str, float]) -> str:
    """The rules alone decide focus: the baseline printed beside the analyzer's scores."""
    if features["no_person"] and not features["imperative"] and not features["suggestion"]:
        return "other"
    if features["logistics"] or features["greeting"]:
        return "other"
    if any(f.kind in TRAIT_KINDS for f in found):
        return "personality"
    if features["behaviour"] or features["imperative"] or features["suggestion"]:
        return "behaviour"
    return "other"


def rule_actionable(found: list[FeedbackFinding]) -> bool:
    return any(f.kind == "suggestion" for f in found)


def rule_specific(found: list[FeedbackFinding]) -> bool:
    return any(f.kind == "situation" for f in found)
