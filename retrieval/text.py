"""Tokens for lexical matching: lower case, stop words out, a light suffix stemmer.

Example:
    >>> terms("My mentee keeps cancelling our meetings")
    ['mentee', 'cancel', 'meet']
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
# Words kept whole: stripping them would merge distinct ideas or mangle short words.
_PROTECTED = frozenset({"news", "process", "status", "business", "focus", "bias", "boss", "less", "always", "analysis", "basis", "thesis"})
_SUFFIXES = ("ational", "fulness", "iveness", "ization", "ations", "ation", "ments", "ment", "ness",
             "ings", "ing", "edly", "ed", "ies", "es", "s", "ly")


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
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix == "ies":
                return base + "y"
            if suffix in ("es",) and not base.endswith(("s", "x", "z", "ch", "sh")):
                return word[:-1]
            if suffix in ("ing", "ings", "ed", "edly") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            if suffix in ("ing", "ings", "ed", "edly") and base.endswith("ll"):
                base = base[:-1]
            return base
    return word


def term_words(text: str) -> list[tuple[str, str]]:
    """(word as written, lexical term) pairs of a text, in order, stop words removed."""
    text = text.lower().replace("\u2019", "'")
    out = []
    for word in _WORD.findall(text):
        if word.endswith("'s"):
            word = word[:-2]
        if word in STOP_WORDS or len(word) < 2:
            continue
        stemmed = stem(word)
        if stemmed not in STOP_WORDS:
            out.append((word, stemmed))
    return out


def terms(text: str) -> list[str]:
    """Lexical terms of a text, in order, stop words removed."""
    return [term for _, term in term_words(text)]
