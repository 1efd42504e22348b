"""The rule features the trained heads read beside the sentence embedding, one row per sentence.

Example:
    >>> FEATURE_NAMES[:1], "rule_open" in FEATURE_NAMES
    (['frame_declarative_q'], True)
"""

from __future__ import annotations

import re

from coach.analyzers.questions.frames import (
    CLOSED_FRAMES,
    FRAMES,
    OPEN_FRAMES,
    QUESTION_FRAMES,
    low,
    main_part,
)
from coach.analyzers.questions.words import BETTER_WORDS, FIRST_PERSON_STATEMENT, GREETING, SCALE

FEATURE_KEYS = (
    "has_q",
    "ends_q",
    "n_q",
    "ends_excl",
    "ends_period",
    "n_parts",
    "n_open_parts",
    "n_closed_parts",
    "any_open_part",
    "only_closed_parts",
    "tag_leading",
    "tag_neutral",
    "negative_question",
    "presumptive",
    "scale",
    "has_or",
    "has_you",
    "wh_modal",
    "do_you_think",
    "would_you_say",
    "better_to",
    "first_person_statement",
    "greeting",
    "n_tokens",
    "short",
    "starts_lower",
    "aux_do",
    "aux_be",
    "aux_have",
    "aux_modal",
    "subject_you",
    "subject_we",
    "subject_anything",
    "wh_what",
    "wh_how",
    "wh_why",
    "wh_when",
    "wh_where",
    "wh_who",
    "wh_which",
    "first_part_question",
    "last_part_open",
    "rule_question",
    "rule_open",
    "rule_leading",
)
FEATURE_NAMES = [f"frame_{f}" for f in FRAMES] + list(FEATURE_KEYS)


def rule_features(span, text: str, parts: list, *, tag, presumptive: bool, verdicts) -> dict[str, float]:
    """The rule features of one sentence, by name (see ``FEATURE_NAMES``).

    ``text`` is the sentence's text within ``span``, ``parts`` its clauses with their frames; ``tag``
    is (the token where a tag begins or None, whether the tag leads, whether the sentence is a bare
    tag); ``verdicts`` is the rules' (question, open, leading).
    """
    tag_start, tag_leads, bare_tag = tag
    rule_question, rule_open, rule_leading = verdicts
    doc = span.doc
    n_q = text.count("?")
    first, main = parts[0], main_part(parts)
    n_open = sum(p.frame in OPEN_FRAMES for p in parts)
    n_closed = sum(p.frame in CLOSED_FRAMES for p in parts)
    lowered = text.lower()
    tokens = [t for t in span if not t.is_punct and not t.is_space]
    features: dict[str, float] = {f"frame_{f}": 0.0 for f in FRAMES}
    features[f"frame_{main.frame}"] = 1.0
    features.update(
        {
            "has_q": float(n_q > 0),
            "ends_q": float(text.rstrip(" )\"'\u201d\u2019").endswith("?")),
            "n_q": float(min(n_q, 3)),
            "ends_excl": float(text.rstrip().endswith("!")),
            "ends_period": float(text.rstrip().endswith(".")),
            "n_parts": float(min(len(parts), 4)),
            "n_open_parts": float(min(n_open, 3)),
            "n_closed_parts": float(min(n_closed, 3)),
            "any_open_part": float(n_open > 0),
            "only_closed_parts": float(n_closed > 0 and n_open == 0),
            "tag_leading": float(tag_leads or bare_tag),
            "tag_neutral": float(tag_start is not None and not tag_leads),
            "negative_question": float(any(p.frame == "yesno" and p.negative for p in parts)),
            "presumptive": float(presumptive),
            "scale": float(SCALE.search(text) is not None),
            "has_or": float(any(low(t) == "or" for t in span)),
            "has_you": float(any(low(t) in ("you", "your", "u", "yourself", "ya", "yours") for t in span)),
            "wh_modal": float(
                any(
                    p.wh
                    and any(
                        low(t) in ("would", "could", "might", "'d", "should") for t in doc[p.start : p.end]
                    )
                    for p in parts
                )
            ),
            "do_you_think": float(
                re.search(r"\b(?:do|did)\s+you\s+(?:think|reckon|feel|believe)\b", lowered) is not None
            ),
            "would_you_say": float(re.search(r"\bwould\s+you\s+say\b", lowered) is not None),
            "better_to": float(
                any(low(t) in BETTER_WORDS for t in span) and any(p.frame == "yesno" for p in parts)
            ),
            "first_person_statement": float(FIRST_PERSON_STATEMENT.match(text) is not None),
            "greeting": float(GREETING.match(text) is not None),
            "n_tokens": min(len(tokens), 40) / 10.0,
            "short": float(len(tokens) <= 3),
            "starts_lower": float(text[:1].islower()),
            "aux_do": float(main.aux in ("do", "does", "did")),
            "aux_be": float(main.aux in ("is", "are", "was", "were", "am")),
            "aux_have": float(main.aux in ("have", "has", "had")),
            "aux_modal": float(
                main.aux
                in ("can", "could", "will", "would", "should", "shall", "may", "might", "must", "wo", "ca")
            ),
            "subject_you": float(main.subject in ("you", "u")),
            "subject_we": float(main.subject in ("we", "i")),
            "subject_anything": float(
                main.subject in ("anything", "anyone", "anybody", "something", "someone", "there")
            ),
            "wh_what": float(main.wh == "what"),
            "wh_how": float(main.wh == "how"),
            "wh_why": float(main.wh == "why"),
            "wh_when": float(main.wh == "when"),
            "wh_where": float(main.wh == "where"),
            "wh_who": float(main.wh == "who"),
            "wh_which": float(main.wh == "which"),
            "first_part_question": float(first.frame in QUESTION_FRAMES),
            "last_part_open": float(parts[-1].frame in OPEN_FRAMES),
            "rule_question": float(rule_question),
            "rule_open": float(rule_open),
            "rule_leading": float(rule_leading),
        }
    )
    return features
