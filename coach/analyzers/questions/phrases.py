"""Pieces of English for the rewordings, built from parsed tokens: a verb's -ing form, a subject as
it reads mid-sentence, "is"/"are" and "do"/"does" agreeing with it, the topic of a question.

Example:
    >>> ing_form("take"), ing_form("stop"), as_question("how did it go")
    ('taking', 'stopping', 'How did it go?')
"""

from __future__ import annotations

import re

from coach.analyzers.questions.frames import aux_word, low
from coach.analyzers.questions.words import (
    FILLERS,
    NEG_GLUED,
    OBJECT_PRONOUN,
    PERSON_WORDS,
    SUBJECT_WORDS,
    TAIL_DROP,
)

PLACEHOLDER = "[\u2026]"


def ing_form(lemma: str) -> str:
    """The -ing form of a verb lemma ("take" → "taking", "stop" → "stopping")."""
    w = lemma.lower()
    if w in ("be", "see", "flee", "agree", "free", "knee", "tiptoe", "canoe", "dye", "hoe", "eye"):
        return w + "ing"
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and len(w) > 2:
        return w[:-1] + "ing"
    vowels = "aeiou"
    if (
        len(w) >= 3
        and w[-1] not in vowels + "wxy"
        and w[-2] in vowels
        and w[-3] not in vowels
        and sum(1 for i, ch in enumerate(w) if ch in vowels and (i == 0 or w[i - 1] not in vowels)) == 1
    ):
        return w + w[-1] + "ing"
    return w + "ing"


def tokens_text(tokens) -> str:
    """The tokens' text as written, spaces between them kept."""
    return "".join(t.text_with_ws for t in tokens).strip()


def lemma_of(tok) -> str:
    """The lemma of a token, contractions and glued negations included ("'re" → "be", "didnt" → "do")."""
    word = low(tok)
    if word in ("'s", "s") and tok.tag_ in ("VBZ", "POS"):
        return "be"
    if word in ("'re", "re", "'m", "m"):
        return "be"
    if word in ("'ve", "ve"):
        return "have"
    if word in ("'ll", "ll", "wo"):
        return "will"
    if word in ("'d", "d"):
        return "would"
    if word in ("ca",):
        return "can"
    if word in NEG_GLUED:
        return _lemma_word(NEG_GLUED[word])
    return (tok.lemma_ or word).lower()


def _lemma_word(word: str) -> str:
    return {
        "is": "be",
        "are": "be",
        "was": "be",
        "were": "be",
        "am": "be",
        "do": "do",
        "does": "do",
        "did": "do",
        "has": "have",
        "have": "have",
        "had": "have",
    }.get(word, word)


def is_aux_token(tok) -> bool:
    """Is the token an auxiliary, a contracted one ("'ve", "'s" before a verb) included?"""
    return (
        aux_word(tok) is not None
        or low(tok) in ("'ve", "'re", "'m", "'ll", "'d")
        or (
            low(tok) in ("'s", "s")
            and tok.i > 0
            and tok.tag_ in ("VBZ", "POS")
            and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].pos_ not in ("NOUN", "PROPN"))
        )
    )


def noun_phrase_end(toks: list, k: int) -> int:
    """End (exclusive) of the noun phrase starting at toks[k]."""
    if k >= len(toks):
        return k
    word = low(toks[k])
    if word in SUBJECT_WORDS or toks[k].tag_ in ("PRP", "EX"):
        end = k + 1
        if end < len(toks) and low(toks[end]) == "else":
            end += 1
        return end
    j = k
    while (
        j < len(toks)
        and (
            toks[j].tag_
            in ("DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH")
            or low(toks[j]) in ("'s",)
        )
        and not aux_word(toks[j])
    ):
        if (
            j > k
            and low(toks[j]) in ("'s",)
            and j + 1 < len(toks)
            and toks[j + 1].pos_ not in ("NOUN", "PROPN", "ADJ")
        ):
            break
        j += 1
    nouns = [i for i in range(k, j) if toks[i].tag_ in ("NN", "NNS", "NNP", "NNPS", "CD")]
    if not nouns:
        return k + 1
    end = nouns[-1] + 1
    if end + 1 < len(toks) and low(toks[end]) == "of":
        end = noun_phrase_end(toks, end + 1)
    return end


def subject_text(toks: list) -> str:
    """A subject as it reads mid-sentence ("You" → "you", "U" → "you", "Sam" stays), or the placeholder."""
    if not toks:
        return PLACEHOLDER
    text = tokens_text(toks)
    first = toks[0]
    if low(first) in SUBJECT_WORDS or first.tag_ in ("PRP", "DT", "PRP$", "PDT"):
        text = text[:1].lower() + text[1:] if low(first) != "i" else text
    if low(first) == "u":
        text = "you" + text[1:]
    return text


def is_plural(toks: list) -> bool:
    """Does the subject take a plural verb ("you", "we", "the leads")?"""
    if not toks:
        return False
    head = toks[-1]
    return low(toks[0]) in ("you", "we", "they", "u", "people", "these", "those") or head.tag_ in (
        "NNS",
        "NNPS",
    )


def be_form(subj: list, past: bool) -> str:
    """ "am", "is", "are" (or "was", "were") agreeing with the subject."""
    if subj and low(subj[0]) == "i" and len(subj) == 1:
        return "was" if past else "am"
    return ("were" if past else "are") if is_plural(subj) else ("was" if past else "is")


def do_form(subj: list, past: bool) -> str:
    """ "do", "does" (or "did") agreeing with the subject."""
    if past:
        return "did"
    return "do" if is_plural(subj) or (subj and low(subj[0]) == "i") else "does"


def is_person(subj: list) -> bool:
    """Does the subject name a person or a group of people (so that it can feel, be willing…)?"""
    return any(low(t) in PERSON_WORDS or t.ent_type_ == "PERSON" for t in subj)


def clean_rest(toks: list) -> list:
    """Drop fillers at the start and time adverbs at the end ("yet", "already", "at all")."""
    toks = list(toks)
    while toks and (low(toks[0]) in FILLERS or toks[0].is_punct):
        toks.pop(0)
    while toks and (toks[-1].is_punct or low(toks[-1]) in TAIL_DROP):
        toks.pop()
    if len(toks) >= 2 and low(toks[-2]) == "at" and low(toks[-1]) == "all":
        toks = toks[:-2]
    if len(toks) >= 2 and low(toks[-2]) == "so" and low(toks[-1]) == "far":
        toks = toks[:-2]
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks


def vp_ing(toks: list) -> str:
    """A verb phrase with its verbs (the first and any coordinated one) in the -ing form."""
    toks = clean_rest(toks)
    if toks and low(toks[0]) == "to":
        toks = toks[1:]
    toks = [t for t in toks if low(t) not in FILLERS or t.i != toks[0].i] if toks else toks
    if not toks:
        return PLACEHOLDER
    out = []
    head = toks[0]
    for n, t in enumerate(toks):
        if (
            n == 0
            and t.pos_ in ("VERB", "AUX")
            or (t.dep_ == "conj" and t.head.i == head.i and t.tag_ in ("VB", "VBP"))
        ):
            out.append(ing_form(lemma_of(t)) + t.whitespace_)
        elif n == 0 and t.tag_ in ("VB", "VBP", "VBD", "VBZ", "VBN", "NN") and t.pos_ not in ("PRON",):
            out.append(ing_form(lemma_of(t)) + t.whitespace_)
        else:
            out.append(t.text_with_ws)
    return "".join(out).strip()


def clause_ing(toks: list) -> str:
    """ "I take notes" → "me taking notes"; "you can switch off" → "being able to switch off"."""
    toks = clean_rest(toks)
    if not toks:
        return PLACEHOLDER
    e = noun_phrase_end(toks, 0)
    subj, rest = toks[:e], toks[e:]
    while (
        rest
        and (is_aux_token(rest[0]) or low(rest[0]) in FILLERS)
        and rest[1:]
        and rest[1].pos_ in ("VERB", "AUX", "ADV")
    ):
        rest = rest[1:]
    word = low(subj[0]) if len(subj) == 1 else None
    who = OBJECT_PRONOUN.get(word, subject_text(subj)) if word else subject_text(subj)
    return (who + " " + vp_ing(rest)).strip() if word != "you" else vp_ing(rest)


def drop_leading(toks: list, words: tuple[str, ...]) -> list:
    """The tokens without their first one when it is one of ``words`` ("about the plan" → "the plan")."""
    return toks[1:] if toks and low(toks[0]) in words else toks


def topic_of(tokens: list, skip: set[int] | None = None) -> str | None:
    """The first noun phrase that names what a question is about (not a pronoun or the asked-for fact)."""
    skip = skip or set()
    if not tokens:
        return None
    doc = tokens[0].doc
    lo, hi = tokens[0].i, tokens[-1].i + 1
    chunks = [
        doc[max(lo, t.left_edge.i) : t.i + 1]
        for t in doc[lo:hi]
        if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("compound", "poss")
    ]
    for chunk in chunks:
        if (
            chunk.root.pos_ in ("PRON",)
            or chunk.root.i in skip
            or chunk.root.lemma_.lower() in ("one", "thing")
        ):
            continue
        toks = [
            t for t in chunk if t.tag_ not in ("WDT", "WP", "WP$", "WRB") and low(t) not in ("many", "much")
        ]
        if not toks:
            continue
        text = tokens_text(toks)
        if toks[0].pos_ != "PROPN" and low(toks[0]) != "i":
            text = text[:1].lower() + text[1:]
        if toks[0].tag_ not in ("DT", "PRP$", "PDT", "NNP", "NNPS", "CD") and toks[0].pos_ != "PROPN":
            text = "the " + text
        # Keep a following "of …" ("the rest of the team").
        end = chunk.end
        if (
            end + 1 < hi
            and low(doc[end]) in ("of", "with", "for")
            and doc[end + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ")
        ):
            nxt = next((c for c in chunks if c.start == end + 1), None)
            if nxt is not None:
                text += " " + low(doc[end]) + " " + nxt.text
        return text
    return None


def as_question(text: str) -> str:
    """The text as one question: spaces tidied, a capital first and one "?" last.

    Example:
        >>> as_question("how did it go ,")
        'How did it go?'
    """
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,?.!])", r"\1", text)
    text = re.sub(r",\s*,", ",", text).rstrip(" ,;:.!?")
    return text[:1].upper() + text[1:] + "?"


def whether_question(toks: list) -> str | None:
    """ "What are your thoughts on whether …" around a clause ("that it works" → "… whether it works"); None
    for a clause of fewer than two words."""
    toks = clean_rest(drop_leading(clean_rest(toks), ("that", "like", "if", "whether")))
    if len(toks) < 2:
        return None
    first = subject_text(toks[:1])
    return f"What are your thoughts on whether {first}{toks[0].whitespace_}{tokens_text(toks[1:])}"
