"""An SBI rewording for a sentence that labels a person: the situation, the behaviour and the impact
asked for in the writer's own terms, with marked placeholders for what only the writer knows; in a
note, the account beside the label stands in for the situation and the behaviour.

Example:
    >>> sbi_suggestion("Be more confident.", [])
    '[When and where: which meeting, task or moment], you [the action you saw: what was done or said that made you think “not confident enough”]. The effect was [what it led to for you, the team or the work]. Next time, [what you would like to see instead].'
"""

from __future__ import annotations

import re
from dataclasses import replace

from coach.analyzers.feedback.evidence import TRAIT_KINDS, FeedbackFinding
from coach.text.words import WEEKDAY_NAMES

_SUBJECT = re.compile(
    r"^\s*(?:(?:honestly|tbh|i think|i feel|i find|to be honest|frankly|overall|generally)[, ]+)?"
    r"(?P<who>you|he|she|they|(?-i:[A-Z][a-z]+))(?:'s|'re|\s+(?:is|are|was|were|seems?|can|could|"
    r"comes?|tends?|always|never|really|just|so|has|had|gets?|looks?|sounds?|acts?|strikes?))\b",
    re.I,
)
_OBJECT = {"you": "you", "he": "him", "she": "her", "they": "them"}
_NEGATION = re.compile(r"\b(?:not|n't|never|no\s+longer|hardly)\s+(?:\w+\s+){0,2}$", re.I)
_NOT_A_PERSON = frozenset(
    {"this", "that", "it", "there", "be", "try", "please", "just", "so", "very", "honestly"}
)


def _label(sentence: str, trait) -> tuple[str, bool]:
    """The trait words as the sentence says them, with a negation kept ("not a natural presenter"),
    and whether the trait was negated."""
    before = sentence[: trait.start]
    neg = _NEGATION.search(before)
    start = neg.start() if neg else trait.start
    rest = re.match(r"\s+([A-Za-z-]+)(?=\s*(?:[.,;!?]|$))", sentence[trait.end :])
    end = trait.end + rest.end() if rest and neg else trait.end
    return sentence[start:end].strip(), bool(neg)


def sbi_suggestion(
    sentence: str, found: list[FeedbackFinding], observed: str | None = None, observed_effect: bool = False
) -> str:
    """How to say a trait label as behaviour and impact, in the SBI shape; nothing invented.

    What only the writer knows (when it happened, what was done or said, what it caused) is a
    marked placeholder; a situation or suggestion already in the sentence is kept. Grammatical for
    any subject (you, he, she, they, a name; "you" for an imperative or a sentence about "this"),
    and a negated trait is quoted with its negation.

    ``observed``: the writer's own account of the behaviour, from a neighbouring sentence of the
    note ("In Tuesday's demo she skipped the risk slide"); it stands in for the situation and the
    behaviour, so only what it lacks stays a placeholder (the effect, unless ``observed_effect``).

    Example:
        >>> sbi_suggestion("She is not a natural presenter.", [])      # doctest: +SKIP
        '[When and where: which meeting, task or moment], she [the action you saw: what was done or said that made you think “not a natural presenter”]. …'
    """
    traits = [f for f in found if f.kind in TRAIT_KINDS]
    trait = min(traits, key=lambda f: f.end - f.start) if traits else None
    label, negated = _label(sentence, trait) if trait else ("this", False)
    valence = sum(f.valence for f in traits) * (-1 if negated else 1)
    request = re.match(
        r"\W*(?:try\s+to\s+|please\s+)?be\s+(?:a\s+bit\s+|a\s+little\s+)?(more|less)\s+([A-Za-z-]+)",
        sentence,
        re.I,
    )
    if request:
        # "Be more confident" asks to be someone else: what did they see that made them want it?
        label = (
            f"not {request.group(2)} enough"
            if request.group(1).lower() == "more"
            else f"too {request.group(2)}"
        )
        valence = -1
    m = _SUBJECT.match(sentence)
    who = m.group("who") if m and m.group("who").lower() not in _NOT_A_PERSON else "you"
    pronoun = who.lower() in _OBJECT
    subject = who.lower() if pronoun else who
    obj = _OBJECT.get(who.lower(), who)
    situation = next((f.text for f in found if f.kind == "situation"), None)
    suggestion = next((f.text for f in found if f.kind == "suggestion"), None)
    when = (
        f"In {situation}"
        if situation and not re.match(r"(?i)(in|at|on|during|when|yesterday|today|last|this)\b", situation)
        else (
            situation[0].upper() + situation[1:]
            if situation
            else "[When and where: which meeting, task or moment]"
        )
    )
    if observed:
        observed = observed.strip()
        parts = [observed if observed[-1:] in ".!" else observed + "."]
        if not observed_effect:
            parts.append("The effect was [what it led to for you, the team or the work].")
    else:
        parts = [
            f"{when}, {subject} [the action you saw: what was done or said that made you think \u201c{label}\u201d].",
            "The effect was [what it led to for you, the team or the work].",
        ]
    if valence > 0:
        keep = (
            "[What you would like to see more of, or elsewhere.]"
            if obj == "you"
            else f"[What you would like {obj} to keep doing, or to do elsewhere.]"
        )
        parts.append(f"Next: {suggestion}." if suggestion else keep)
    else:
        parts.append(
            f"Next time, {suggestion}." if suggestion else "Next time, [what you would like to see instead]."
        )
    return " ".join(parts)


_PRAISE = re.compile(
    r"\b(?:well|clear(?:ly)?|great|excellent|exactly\s+right|good|strong|careful(?:ly)?|thorough|neat|"
    r"spot\s+on|praised|impressive|calm(?:ly)?|confident(?:ly)?|handled|nailed|thanked|early)\b",
    re.IGNORECASE,
)
_EXAMPLE_START = re.compile(
    r"\W*(?:for\s+example|for\s+instance|e\.?g\.?|case\s+in\s+point|like\s+(?:when|on|in|at)|"
    r"(?:just\s+)?(?:last|this)\s+(?:week|time|month|morning)|yesterday|on\s+(?:"
    + "|".join(WEEKDAY_NAMES)
    + r"))\b",
    re.IGNORECASE,
)
_PRONOUNS = {
    "she": ("she", "her"),
    "he": ("he", "him", "his"),
    "they": ("they", "them", "their"),
    "you": ("you", "your"),
}


def _same_person(label_sentence: str, observed: str) -> bool:
    """Whether ``observed`` is about the person the label is about: the same name or pronoun."""
    m = _SUBJECT.match(label_sentence)
    if not m:
        return False
    who = m.group("who").lower()
    words = set(re.findall(r"[a-z']+", observed.lower()))
    return bool(words & set(_PRONOUNS.get(who, (who,))))


def reword_from_neighbours(units, judged, found_all, doc_texts, offsets, in_note) -> None:
    """In a note, a trait label's rewording takes the situation and the behaviour from the sentence
    next to it when that one records them about the same person ("She can be a bit timid. In
    Tuesday's demo she skipped the risk slide…"), so only what the note lacks stays a placeholder."""
    for i, (unit, sentence) in enumerate(zip(units, judged)):
        if sentence.focus != "personality" or not in_note[unit.item]:
            continue
        text, off = doc_texts[unit.item], offsets[unit.item]
        for j in (i - 1, i + 1):  # the sentence before first: a label usually sums up what came before
            if not 0 <= j < len(units) or units[j].item != unit.item:
                continue
            near = judged[j]
            gap = text[min(unit.end, units[j].end) - off : max(unit.start, units[j].start) - off]
            if "\n\n" in gap or near.focus != "behaviour" or not near.specific:
                continue  # another paragraph, or no particular occasion to take
            kinds = {f.kind for f in found_all[j]}
            valence = sum(f.valence for f in found_all[i] if f.kind in TRAIT_KINDS)
            praise = bool(_PRAISE.search(near.text))
            if "behaviour" not in kinds or not valence or (valence < 0) == praise:
                continue  # no deed recorded; or praise beside a criticism, or the other way round
            if j > i and not _EXAMPLE_START.match(near.text):
                continue  # after the label, only what is given as its example ("For example, on…")
            if _same_person(sentence.text, near.text):
                judged[i] = replace(
                    sentence,
                    suggestion=sbi_suggestion(
                        sentence.text, found_all[i], observed=near.text, observed_effect="impact" in kinds
                    ),
                )
                break
