"""Tokens for lexical matching: lower case, stop words out (the language's and the domain's), a
light suffix stemmer.

Example:
    >>> terms("My mentee keeps cancelling our catch-ups")
    ['cancel', 'catch', 'ups']
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

STOP_WORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
    don't down during each few for from further had hadn't has hasn't have haven't having he he'd
    he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into
    is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only
    or other ought our ours ourselves out over own same shan't she she'd she'll she's should
    shouldn't so some such than that that's the their theirs them themselves then there there's
    these they they'd they'll they're they've this those through to too under until up very was
    wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while
    who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
    yourself yourselves just also really get got keep still even much many lot lots thing things
    want wants need needs know like""".split()
)
# Words nearly every entry shares, or whose sense here is too loose to match on: as query words they
# pulled in whatever entry repeated them most ("mentee", "mentor"), or matched by accident ("yes",
# "case", "senior" as in a senior leader and a senior's career).
DOMAIN_STOP_WORDS = frozenset(
    """mentor mentors mentee mentees mentoring mentorship mentored session sessions meeting meetings
    help helps helping yes case way ways time times one ones make makes sure try tries feel feels
    good well bit able new say says said go goes going tell think thought work working""".split()
)
# Words kept whole: stripping them would merge distinct ideas or mangle short words.
_PROTECTED = frozenset(
    {
        "news",
        "process",
        "status",
        "business",
        "focus",
        "bias",
        "boss",
        "less",
        "always",
        "analysis",
        "basis",
        "thesis",
    }
)
_SUFFIXES = (
    "ational",
    "fulness",
    "iveness",
    "ization",
    "ations",
    "ation",
    "ments",
    "ment",
    "ness",
    "ings",
    "ing",
    "edly",
    "ed",
    "ies",
    "es",
    "s",
    "ly",
)
# A suffix must leave at least this much: "early" is not "ear" + "ly", nor "only" "on" + "ly".
_MIN_BASE = {"ly": 4, "s": 3, "ed": 3}


def stem(word: str) -> str:
    """Strip one common English suffix, keeping a stem of at least three letters."""
    if word in _PROTECTED or word.isdigit():
        return word
    base = _strip_suffix(word) if len(word) > 4 else word
    # A final silent e goes, so that "give", "giving" and "gives" meet on "giv".
    if len(base) > 3 and base.endswith("e") and not base.endswith("ee"):
        base = base[:-1]
    return base


def _strip_suffix(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_BASE.get(suffix, 3):
            base = word[: -len(suffix)]
            if suffix == "ies":
                return base + "y"
            if suffix in ("es",) and not base.endswith(("s", "x", "z", "ch", "sh")):
                return word[:-1]
            if (
                suffix in ("ing", "ings", "ed", "edly")
                and len(base) > 3
                and base[-1] == base[-2]
                and base[-1] not in "lsz"
            ):
                base = base[:-1]
            if suffix in ("ing", "ings", "ed", "edly") and base.endswith("ll"):
                base = base[:-1]
            return base
    return word


_STOP_TERMS = frozenset(stem(w) for w in DOMAIN_STOP_WORDS)


def term_words(text: str, domain_stop: bool = True) -> list[tuple[str, str]]:
    """(word as written, lexical term) pairs of a text, in order, stop words removed (and the
    domain's own stop words, unless ``domain_stop`` is false)."""
    text = text.lower().replace("\u2019", "'")
    out = []
    for word in _WORD.findall(text):
        if word.endswith("'s"):
            word = word[:-2]
        if word in STOP_WORDS or len(word) < 2 or domain_stop and word in DOMAIN_STOP_WORDS:
            continue
        stemmed = stem(word)
        if stemmed not in STOP_WORDS and not (domain_stop and stemmed in _STOP_TERMS):
            out.append((word, stemmed))
    return out


def terms(text: str, domain_stop: bool = True) -> list[str]:
    """Lexical terms of a text, in order, stop words removed."""
    return [term for _, term in term_words(text, domain_stop)]
