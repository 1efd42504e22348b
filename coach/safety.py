"""The safety route: text that discloses harassment, bullying, discrimination, a threat to someone's
safety or self-harm is answered with a safeguarding playbook first, before any ordinary tip.

Recognisers in Presidio's manner: each pattern is a kind of disclosure with a reason, and a finding
carries the words that raised it. Ordinary friction ("we disagreed about the roadmap and it got
heated") raises nothing: the patterns name harm, not disagreement, and a few guards take back the
common words that only sound like it ("killing it", "a sexual health clinic project").

Example:
    >>> [f.kind for f in detect_disclosures("my mentee told me her manager keeps bullying her")]
    ['bullying']
    >>> detect_disclosures("we disagreed about the roadmap and it got heated")
    []
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.types import Evidence

KINDS = ("self_harm", "threat", "harassment", "bullying", "discrimination")


@dataclass(frozen=True)
class Recognizer:
    kind: str
    pattern: re.Pattern
    reason: str


def _r(kind: str, reason: str, *alternatives: str) -> Recognizer:
    return Recognizer(
        kind, re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE), reason
    )


_SELF = r"(?:myself|himself|herself|themselves|themself|yourself)"
RECOGNIZERS = (
    _r(
        "self_harm",
        "talk of self-harm or of not wanting to live",
        r"suicid\w*",
        r"self[- ]?harm\w*",
        r"kill(?:ing)?\s+" + _SELF,
        r"hurt(?:ing|s)?\s+" + _SELF,
        r"harm(?:ing|s)?\s+" + _SELF,
        r"cut(?:ting|s)?\s+" + _SELF,
        r"end(?:ing)?\s+(?:it\s+all|(?:my|his|her|their)\s+life)",
        r"take\s+(?:my|his|her|their)\s+(?:own\s+)?life",
        r"(?:want|wants|wanted)\s+to\s+die",
        r"(?:no|(?:not|doesn'?t|don'?t|can'?t|cannot|didn'?t)\s+(?:really\s+|even\s+)?see\s+(?:the|any))\s+point\s+(?:in|of)\s+"
        r"(?:going\s+on|living|being\s+here|carrying\s+on|anything\s+any\s?more)",
        r"better\s+off\s+without\s+(?:me|him|her|them)",
        r"won'?t\s+be\s+(?:around|here)\s+(?:much\s+)?(?:longer|for\s+long)",
        r"not\s+(?:want|wanting)\s+to\s+(?:be\s+here|live|wake\s+up)",
        r"overdos\w*",
    ),
    _r(
        "threat",
        "a threat to someone's physical safety",
        r"threaten(?:ed|ing|s)?\s+(?:to\s+)?(?:hit|hurt|kill|harm|beat)\w*",
        r"(?:hit|hits|slapped|punched|shoved|beat|beats|choked)\s+(?:me|him|her|them)",
        r"(?:bruises?|black\s+eye)",
        r"domestic\s+(?:abuse|violence)",
        r"(?:un)?safe\s+at\s+home",
        r"(?:isn'?t|not|doesn'?t\s+feel)\s+safe\s+(?:at\s+home|to\s+go\s+home)",
        r"afraid\s+(?:to\s+go\s+home|of\s+(?:her|his|their)\s+(?:partner|husband|wife|boyfriend|girlfriend|ex))",
        r"stalk(?:ed|ing|s|er)?",
        r"physical(?:ly)?\s+(?:abuse|abused|violent|violence|threat\w*)",
        r"violen(?:ce|t)\s+(?:towards|against|at)",
        r"assault(?:ed|s)?",
        r"abus(?:e|ed|ive)\s+(?:partner|relationship|at\s+home)",
        r"things\s+at\s+home\s+(?:are|aren'?t)\s+(?:not\s+)?(?:safe|ok|okay|great)",
    ),
    _r(
        "harassment",
        "sexual comments, touching or harassment",
        r"sexual(?:ly)?\s+(?:harass\w*|comments?|remarks?|jokes?|advances?|assault\w*|inappropriate|explicit)",
        r"harass\w*",
        r"(?:touched|touching|groped|grabbed|grabbing)\s+(?:me|him|her|them|my|his|her)\b",
        r"(?:comments?|remarks?|jokes?)\s+(?:about|on)\s+(?:my|her|his|their)\s+(?:body|looks|appearance|chest|legs|figure|bum|clothes|outfits?|dress(?:es)?|skirts?)",
        r"(?:should|to)\s+wear\s+(?:that|this|those|more)\s+\w*\s*(?:dress|skirt|top|outfit|dresses)",
        r"unwanted\s+(?:attention|advances|touch\w*|messages)",
        r"inappropriate\s+(?:comments?|messages?|touch\w*|texts?|photos?|advances)",
        r"(?:asked|keeps\s+asking)\s+(?:me|her|him)\s+out\s+(?:again|repeatedly)",
        r"creep(?:y|ing)\s+(?:comments?|messages?|behaviou?r)",
    ),
    _r(
        "bullying",
        "bullying, intimidation or humiliation by someone",
        r"bull(?:y|ies|ied|ying)",
        r"intimidat\w*",
        r"humiliat\w*",
        r"(?:screams?|screamed|shouts?|shouted|yells?|yelled)\s+at\s+(?:me|him|her|them)",
        r"belittl\w*",
        r"ganging\s+up",
        r"call(?:s|ed|ing)?\s+(?:me|him|her|them)\s+names",
        r"name[- ]calling",
        r"gaslight\w*",
        r"mak(?:es?|ing)\s+fun\s+of\s+(?:me|him|her|them|my|his|their)",
        r"(?:mock|mimic)(?:s|ed|ked|ing|king)?\s+(?:me|him|her|them|my|his|their)",
        r"if\s+(?:she|he|i|they|you)\s+(?:go|goes|went)\s+to\s+hr",
        r"(?:he|she|they)'?(?:ll|\s+will)\s+make\s+sure\s+(?:she|he|i|they|you)\s+never",
        r"picked\s+on",
        r"picks?\s+on\s+(?:me|him|her|them)",
        r"mobb(?:ed|ing)",
        r"threaten(?:ed|ing|s)?\s+(?:to\s+)?(?:fire|sack|ruin|report)\w*",
        r"toxic\s+(?:manager|boss)",
        r"made\s+(?:her|him|me|them)\s+cry",
    ),
    _r(
        "discrimination",
        "racism or discrimination for who someone is",
        r"racis[mt]\w*",
        r"racial\w*\s+(?:slurs?|abuse|comments?|jokes?)",
        r"slurs?",
        r"discriminat\w*",
        r"sexis[mt]\w*",
        r"homophob\w*",
        r"transphob\w*",
        r"islamophob\w*",
        r"antisemit\w*",
        r"ableis[mt]\w*",
        r"(?:jokes?|comments?|remarks?)\s+about\s+(?:my|her|his|their)\s+(?:hijab|accent|skin|religion|race|ethnicity|sexuality|disability|turban|headscarf)",
        r"(?:put(?:s|ting)?|running)\s+down\s+(?:my|her|his|their)\s+(?:accent|background|culture|religion|race|country|english|faith)",
        r"diversity\s+hire",
        r"token\s+(?:woman|black|hire|minority)",
        r"(?:because|cause|coz)\s+(?:she'?s|he'?s|i'?m|they'?re)\s+(?:black|a\s+woman|gay|muslim|jewish|disabled|trans|pregnant|foreign)",
        r"passed\s+over\s+because\s+(?:she|he|i|they)\s+(?:is|am|are|was|were)\s+(?:pregnant|a\s+woman|black|older|disabled)",
    ),
)
# Words that sound like harm but are not: "killing it" (doing well), "a sexual health clinic", and a
# question about what to do *if* someone discloses (preparing for a disclosure is not making one).
_NOT_HARM = re.compile(
    r"\b(?:killing\s+it|kill(?:ed|ing)?\s+(?:the|that|this)\s+(?:project|feature|idea|meeting|presentation)|"
    r"sexual\s+health|harassment\s+(?:policy|training|module|course)|bullying\s+(?:policy|training|module|course)|"
    r"anti[- ]?(?:bullying|harassment|racism|discrimination)\s+(?:policy|training|module|course|workshop)|"
    r"(?:what|how)\b[^.?!]{0,60}\bif\s+(?:someone|somebody|anyone|a\s+mentee|a\s+participant|they|my\s+mentee)\s+"
    r"(?:tells?|discloses?|says?|reports?|raises?)\b[^.?!]*)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Disclosure:
    """What a text discloses, the words that say so, and what to do first."""

    kind: str
    evidence: tuple[Evidence, ...]

    @property
    def reason(self) -> str:
        return "; ".join(dict.fromkeys(e.reason for e in self.evidence))

    def to_dict(self) -> dict:
        return {"kind": self.kind, "reason": self.reason, "evidence": [e.to_dict() for e in self.evidence]}


def detect_disclosures(text: str) -> list[Disclosure]:
    """The safeguarding matters a text discloses, most urgent first (self-harm, then threats to safety).

    Example:
        >>> detect_disclosures("she said she doesn't see the point of going on")[0].kind
        'self_harm'
    """
    if not text:
        return []
    guarded = [(m.start(), m.end()) for m in _NOT_HARM.finditer(text)]
    found: dict[str, list[Evidence]] = {}
    for rec in RECOGNIZERS:
        for m in rec.pattern.finditer(text):
            if any(s <= m.start() < e for s, e in guarded):
                continue
            found.setdefault(rec.kind, []).append(Evidence(m.start(), m.end(), m.group(0), rec.reason))
    return [Disclosure(kind, tuple(found[kind])) for kind in KINDS if kind in found]
