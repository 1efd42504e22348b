"""The frame of a clause, read from its opening words: a question word and its kind, an auxiliary
before the subject, a request for an account, an indirect question to the listener, a reported
question, a statement. The frame says whether the clause asks, and whether it asks openly.

Example:
    >>> from coach.text.nlp import parse_one
    >>> doc = parse_one("Could you walk me through it?")
    >>> clause_frame(doc, 0, len(doc), has_q=True, is_first=True).frame
    'yesno_account'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.analyzers.questions.words import (
    ACCOUNT_NOUNS,
    ACCOUNT_VERBS,
    ALWAYS_ACCOUNT,
    AUX,
    CONTINUE_VERBS,
    DISCOURSE,
    EXCLAMATIVE,
    FACT_IMPERATIVES,
    FACT_NOUNS,
    HOW_FACT,
    HOW_STATE,
    INDIRECT,
    NEG,
    NEG_GLUED,
    OPEN_ELLIPTIC,
    REPORTED,
    REPORTED_START,
    SCALE,
    SHARED_ACCOUNTS,
    SUBJECT_WORDS,
    WH,
    WH_CANON,
)


def low(tok) -> str:
    return tok.lower_.replace("\u2019", "'")


def aux_word(tok) -> str | None:
    """The auxiliary a token stands for ("Did" → "did", "wouldnt" → "would"), or None."""
    word = low(tok)
    if word in NEG_GLUED:
        return NEG_GLUED[word]
    if word in AUX and (tok.tag_ in ("MD", "VBZ", "VBP", "VBD", "VB") or word in ("wo", "ca")):
        return word
    return None


def _subject_like(tok) -> bool:
    word = low(tok)
    if word in WH or tok.is_punct or word in ("to", "not", "n't", "nt"):
        return False
    return (
        word in SUBJECT_WORDS
        or tok.tag_ in ("PRP", "EX", "NNP", "NNPS", "DT", "PRP$", "NN", "NNS", "CD", "PDT")
        or tok.pos_ in ("PROPN", "NOUN", "PRON")
    )


@dataclass
class Part:
    """One clause of a sentence, with the frame its opening words give it."""

    start: int  # token index in the Doc (after openers such as "So,")
    end: int  # exclusive
    frame: str
    opener: tuple[int, int] | None = None  # the tokens that gave the frame
    reason: str = ""
    wh: str | None = None
    aux: str | None = None
    negative: bool = False
    subject: str | None = None
    verb: str | None = None


OPEN_FRAMES = {
    "wh_open",
    "wh_manner",
    "wh_state",
    "wh_reason",
    "wh_how_adj",
    "yesno_account",
    "know_open",
    "imp_account",
    "indirect_open",
    "elliptic_open",
}
CLOSED_FRAMES = {
    "wh_fact",
    "wh_when",
    "wh_where",
    "wh_who",
    "wh_which",
    "wh_options",
    "yesno",
    "know_fact",
    "imp_fact",
    "indirect_closed",
    "elliptic_closed",
    "declarative_q",
}
QUESTION_FRAMES = OPEN_FRAMES | CLOSED_FRAMES
NONE_FRAMES = {"statement", "reported", "musing", "imp_action", "exclamative", "wh_clause", "fragment"}
FRAMES = sorted(QUESTION_FRAMES | NONE_FRAMES)


def main_part(parts: list[Part]) -> Part:
    """The part whose frame speaks for the sentence: its first question, else its first part."""
    return next((p for p in parts if p.frame in QUESTION_FRAMES), parts[0])


def _skip_openers(doc, i: int, end: int) -> int:
    """Skip openers such as "So,", "Quick one:", "Sam," and "honestly" before the frame."""
    start = i
    while i < end:
        tok = doc[i]
        word = low(tok)
        if tok.is_space or (tok.is_punct and tok.text not in ("?",)):
            i += 1
            continue
        if word == "if" and i + 1 < end and low(doc[i + 1]) in ("yes", "no", "not", "so"):
            i += 2
            continue
        if word in DISCOURSE and word not in WH:
            # "So?" and "Right?" are the whole question; "so what…" keeps "what".
            i += 1
            continue
        if tok.pos_ == "PROPN" and i + 1 < end and doc[i + 1].text == ",":
            i += 2  # a vocative: "Sam, what would you add?"
            continue
        break
    if i >= end or all(t.is_punct for t in doc[i:end]):
        return start
    return i


def _wh_kind(doc, i: int, end: int) -> tuple[str, int, str]:
    """(frame, end of opener, reason) for a part starting with a question word at token i."""
    word = WH_CANON.get(low(doc[i]), low(doc[i]))
    nxt = doc[i + 1] if i + 1 < end else None
    nword = low(nxt) if nxt is not None else ""
    part_text = doc[i:end].text
    if word == "how":
        if nword == "come":
            return "wh_reason", i + 2, "\u201chow come\u201d asks for reasons: open"
        if nword in HOW_FACT:
            return (
                "wh_fact",
                i + 2,
                f"\u201chow {nword}\u201d asks for a number or an amount: a single fact, closed",
            )
        if nxt is not None and nxt.pos_ in ("ADJ", "ADV") and nword not in ("about",):
            if SCALE.search(part_text):
                return "wh_fact", i + 2, "a scaling question: the answer is a number, closed"
            return "wh_how_adj", i + 2, f"\u201chow {nword}\u201d invites the person's own judgement: open"
        if nword in HOW_STATE:
            return "wh_state", i + 2, "\u201chow is/was\u2026\u201d invites a description: open"
        return "wh_manner", i + 1, "\u201chow\u201d asks for a description or an account: open"
    if word == "why":
        return "wh_reason", i + 1, "\u201cwhy\u201d asks for reasons: open"
    if word in ("what", "which") and nword in ("way", "ways") and i > 0 and low(doc[i - 1]) == "in":
        return "wh_manner", i + 2, "\u201cin what way\u201d asks how: a description or an account, open"
    if word in ("what", "which"):
        j = i + 1
        copula = j < end and low(doc[j]) in ("'s", "s", "is", "was", "are", "'re", "were")
        if copula:
            j += 1
        while j < end and doc[j].tag_ in ("DT", "PRP$", "JJ", "CD", "POS") and j - i < 5:
            j += 1
        noun = doc[j] if j < end and doc[j].pos_ in ("NOUN", "PROPN") else None
        while (
            noun is not None
            and word == "what"
            and j + 1 < end
            and doc[j + 1].pos_ == "NOUN"
            and doc[j].dep_ == "compound"
        ):
            j += 1
            noun = doc[j]
        if word == "which":
            if (
                nword == "of"
                or nword in ("one", "ones")
                or nxt is None
                or nxt.is_punct
                or (noun is not None and noun.tag_ in ("NN", "NNP") and j == i + 1)
                # "which features?": a pick among things both know, one word and nothing else
                or (i + 2 <= end and doc[i + 1].is_alpha and all(t.is_punct for t in doc[i + 2 : end]))
            ):
                return (
                    "wh_which",
                    max(i + 2, j + 1) if noun is not None and j == i + 1 else i + 2,
                    "\u201cwhich\u201d asks for a pick from a known set: closed",
                )
            return "wh_open", i + 2, "\u201cwhich\u201d with no options offered invites reflection: open"
        if noun is not None and noun.lemma_.lower() in FACT_NOUNS and (j == i + 1 or copula):
            return "wh_fact", j + 1, f"\u201c{doc[i : j + 1].text}\u201d asks for a single fact: closed"
        return "wh_open", i + 1, "\u201cwhat\u201d invites a description or an explanation: open"
    if word == "when":
        return "wh_when", i + 1, "\u201cwhen\u201d asks for a time: a single fact, closed"
    if word == "where":
        rest = [low(t) for t in doc[i + 1 : min(end, i + 6)]]
        if len(rest) >= 4 and rest[2] in ("now", "currently", "today"):
            rest = rest[:2] + rest[3:]  # "Where are you now with the decision?"
        if (
            len(rest) >= 3
            and rest[0] in ("does", "do", "did", "will", "would")
            and rest[1] in ("that", "this", "it", "things", "everything", "all")
            and rest[2] in ("leave", "leaves")
        ):
            # "Where does that leave you?": how things now stand for the person, an account
            return "wh_state", i + 4, "\u201cwhere does that leave you\u201d asks how things stand: open"
        if (
            len(rest) >= 3
            and rest[0] in HOW_STATE
            and rest[1] in ("you", "u", "we", "things")
            and rest[2]
            in (
                "with",
                "at",
                "on",
            )
        ):
            # "Where are you with staffing?": how things stand, an account rather than a place
            return "wh_state", i + 4, "\u201cwhere are you with\u2026\u201d asks how things stand: open"
        clause = doc[i:end].text
        if _WHERE_ACCOUNT.match(clause):
            # "Where does that come from?", "where she'd got that idea", "where that worry is useful to
            # her and where it costs her": where a view comes from or where a habit helps, an account
            return "wh_state", i + 1, "\u201cwhere\u201d asks where a view comes from or where it helps: open"
        return "wh_where", i + 1, "\u201cwhere\u201d asks for a place: usually a single fact, closed"
    return "wh_who", i + 1, "\u201cwho\u201d asks for a person: usually a single fact, closed"


# What follows "where" when it asks where a view comes from or where a habit helps or costs: an account,
# not a place. Shared with the notes' reported questions ("I asked her where that worry is useful to her").
WHERE_ACCOUNT_TAIL = (
    r"[^?.!;]{0,50}?\b(?:(?:come|comes|came|coming)\s+from|got\s+(?:that|this|the)\s+"
    r"(?:idea|impression|feeling|view|sense)|(?:is|are|was|were|'s)\s+(?:useful|helpful|a\s+help|a\s+strength|"
    r"a\s+problem|holding\s+\w+\s+back)|costs?\b|helps?\b|hurts?\b)"
)
_WHERE_ACCOUNT = re.compile(r"where\b" + WHERE_ACCOUNT_TAIL, re.IGNORECASE)


def _tells_fact(doc, i: int, end: int) -> bool:
    """ "Tell me the date of the go-live" asks for one fact; "tell me about…" asks for an account."""
    j = i + 1
    if j < end and low(doc[j]) in ("me", "us"):
        j += 1
    else:
        return False
    while j < end and doc[j].tag_ in ("DT", "PRP$", "JJ"):
        j += 1
    return j < end and doc[j].lemma_.lower() in FACT_NOUNS


def _in_a_chain_of_deeds(verb) -> bool:
    """Whether a verb is the last of coordinated imperatives whose first asks for no account."""
    first = verb
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ == "VERB":
        first = first.head
    if first is verb:
        return False
    lemma = (first.lemma_ or first.text).lower()
    return lemma not in ALWAYS_ACCOUNT and lemma not in ("tell", "walk", "talk", "say", "share", "think")


def asks_for_account(doc, i: int, end: int) -> bool:
    """Does the verb at token i ask the listener for an account ("tell me about", "walk me through")?"""
    verb = doc[i]
    lemma = (verb.lemma_ or verb.text).lower()
    word = low(verb)
    nxt = [low(t) for t in doc[i + 1 : min(end, i + 6)]]
    if lemma in ALWAYS_ACCOUNT or word in ALWAYS_ACCOUNT:
        return True
    if lemma == "tell" or word == "tell":
        if not nxt:
            return False
        if nxt[0] in ("me", "us"):
            return not _tells_fact(doc, i, end)
        return nxt[0] in ("about", "more", "what", "how", "why")
    if lemma in ("walk", "talk", "take", "run", "go", "guide"):
        return (
            "through" in nxt[:3]
            or (lemma == "talk" and nxt[:1] == ["about"])
            or (lemma == "go" and "over" in nxt[:2] and "me" in nxt[:1])
        )
    if lemma in ("say", "share", "show") and _in_a_chain_of_deeds(verb):
        # "Cut them to 150 words, lead with the finding, and say why it matters": advice on what to
        # write, one deed among others, not a request to the listener for an account.
        return False
    if lemma == "say":
        return bool(nxt) and nxt[0] in ("more", "a", "what", "how", "why", "something")
    if lemma == "share":
        # "Share how it went", "share your thoughts": an account; "share the deck with us": a deed.
        return bool(nxt) and (
            nxt[0] in ("how", "what", "why", "more", "about", "where", "when", "which")
            or any(w in SHARED_ACCOUNTS for w in nxt[:3])
        )
    if lemma == "show":
        return any(w in ("how", "what", "around") for w in nxt[:3])
    if lemma == "help":
        return nxt[:2] in (["me", "understand"], ["me", "see"], ["us", "understand"])
    if lemma == "give":
        return any(
            w in ("example", "examples", "sense", "picture", "overview", "rundown", "idea") for w in nxt[:4]
        )
    if lemma in ("fill", "catch", "brief"):
        # "Fill me in", "catch us up": the listener gives the account. "Fill it in as you go" is a
        # deed and "Catch-up with Bartek" a heading.
        return nxt[:1] in (["me"], ["us"])
    return False


def _account_opener_end(doc, i: int, end: int) -> int:
    j = i + 1
    while (
        j < end
        and j < i + 4
        and low(doc[j])
        in (
            "me",
            "us",
            "through",
            "about",
            "more",
            "a",
            "bit",
            "an",
            "example",
            "understand",
            "how",
            "what",
            "why",
        )
    ):
        j += 1
    return j


@dataclass
class _Clause:
    """A clause being read: the tokens ``doc[start:end]``, whose frame starts at ``i`` (after openers)."""

    doc: object
    start: int
    i: int
    end: int
    part_q: bool  # the clause has a "?", or it ends a sentence that has one
    is_first: bool  # the first clause of its sentence
    first: object  # doc[i]
    word: str  # low(first)
    text: str  # doc[i:end].text
    content: list  # its tokens, punctuation and spaces left out


def clause_frame(doc, start: int, end: int, has_q: bool, is_first: bool) -> Part:
    """The frame of the clause ``doc[start:end]``, from its opening words.

    ``has_q``: the clause ends a sentence with a "?"; ``is_first``: it opens its sentence.

    Example:
        >>> from coach.text.nlp import parse_one
        >>> doc = parse_one("When is your review?")
        >>> part = clause_frame(doc, 0, len(doc), has_q=True, is_first=True)
        >>> part.frame, part.reason
        ('wh_when', '“when” asks for a time: a single fact, closed')
    """
    i = _skip_openers(doc, start, end)
    if (
        i + 2 < end
        and low(doc[i]) == "in"
        and low(doc[i + 1]) in ("what", "which")
        and low(doc[i + 2]) in ("way", "ways")
    ):
        frame, op_end, reason = _wh_kind(doc, i + 1, end)  # "In what ways…?" asks how
        return Part(i, end, frame, (i, op_end), reason, wh="how")
    words = [t for t in doc[i:end] if not t.is_punct and not t.is_space]
    if (
        has_q
        and len(words) >= 4
        and [low(t) for t in words[-3:-1]] == ["in", "what"]
        and low(words[-1]) in ("way", "ways")
    ):
        # "Overwhelming in what way?": an elliptical question about the word before it, asking how
        k = words[-3].i
        return Part(
            i,
            end,
            "wh_manner",
            (k, words[-1].i + 1),
            "\u201cin what way\u201d asks how: a description or an account, open",
            wh="how",
        )
    clause = _Clause(
        doc=doc,
        start=start,
        i=i,
        end=end,
        part_q=has_q or any(t.text.endswith("?") for t in doc[start:end]),
        is_first=is_first,
        first=doc[i],
        word=low(doc[i]),
        text=doc[i:end].text,
        content=[t for t in doc[i:end] if not t.is_punct and not t.is_space],
    )
    # The readers in the order the frames take precedence; the first that recognises the clause wins.
    for read in (
        _not_a_question,
        _short_frame,
        _wh_frame,
        _aux_frame,
        _indirect_frame,
        _imperative_frame,
    ):
        part = read(clause)
        if part is not None:
            return part
    return _declarative_frame(clause)


def _not_a_question(c: _Clause) -> Part | None:
    """An exclamation ("How exciting!") or a reported question ("She asked whether…")."""
    if EXCLAMATIVE.match(c.text) and not c.part_q:
        return Part(c.i, c.end, "exclamative", (c.i, min(c.end, c.i + 2)), "an exclamation, not a question")
    if (REPORTED.search(c.doc[c.start : c.end].text) or REPORTED_START.match(c.text)) and not (
        c.part_q and aux_word(c.first)
    ):
        return Part(c.i, c.end, "reported", None, "a reported question: someone else asked it")
    return None


def _short_frame(c: _Clause) -> Part | None:
    """A question of three words or fewer: a prompt to say more ("Why?", "Thoughts?"), a short check
    ("Ready?"), or a question word that comes late ("And you, why?")."""
    doc, i, end, content = c.doc, c.i, c.end, c.content
    if len(content) > 3 or not c.part_q:
        return None
    subject_verb = (
        len(content) >= 2
        and (low(content[0]) in SUBJECT_WORDS or content[0].tag_ == "PRP")
        and content[1].pos_ in ("VERB", "AUX")
    )
    if not any(low(t) in WH for t in content) and not aux_word(c.first) and not subject_verb:
        w = low(content[0]) if content else ""
        if w in OPEN_ELLIPTIC or (content and content[0].tag_ == "NNS"):
            return Part(
                i, end, "elliptic_open", (i, min(end, i + len(content))), "a short prompt to say more: open"
            )
        if not (content and (c.first.tag_ == "VB" and asks_for_account(doc, i, end))):
            return Part(
                i,
                end,
                "elliptic_closed",
                (i, min(end, i + len(content))),
                "a short check that a yes/no or one word answers: closed",
            )
    k = next((t.i for t in content if low(t) in WH), None)
    if k is not None and k != i:
        frame, op_end, reason = _wh_kind(doc, k, end)
        return Part(k, end, frame, (k, op_end), reason, wh=WH_CANON.get(low(doc[k]), low(doc[k])))
    return None


def _wh_frame(c: _Clause) -> Part | None:
    """A clause that opens with a question word: its kind decides, unless it opens a statement's
    clause, offers options to pick from, or asks the person to think a place or a person through."""
    doc, i, end, word = c.doc, c.i, c.end, c.word
    if not (word in WH or (c.first.tag_ in ("WP", "WRB", "WDT", "WP$") and word != "that")):
        return None
    frame, op_end, reason = _wh_kind(doc, i, end)
    canon = WH_CANON.get(word, word)
    after = doc[op_end] if op_end < end else None
    # "How she handled it was impressive": a question word opening a clause, with no "?".
    if (
        after is not None
        and after.dep_ in ("nsubj", "nsubjpass")
        and after.tag_ in ("PRP", "NNP", "NN", "NNS", "DT")
        and low(after) != "there"
        and not c.part_q
        and frame != "wh_fact"
        and not (low(after) in ("you", "u") and canon in ("what", "how", "why") and c.is_first)
    ):
        return Part(
            i, end, "wh_clause", (i, op_end), "a question word opening a clause, not a question", wh=canon
        )
    # Options after the question: "Which app do you use, Buffer or Hootsuite?", "…: stability or growth?"
    # An "or" straight after the comma continues the question ("What would you let go of, or say
    # no to…?"); options need one before it.
    seps = [t.i for t in doc[op_end:end] if t.text in (",", ":")]
    ors = [t.i for t in doc[seps[0] : end] if low(t) == "or"] if seps else []
    if (
        seps
        and frame != "wh_reason"
        and ors
        and any(not t.is_punct for t in doc[seps[0] + 1 : ors[0]])
        and not any(low(t) == "why" for t in doc[seps[0] : end])
    ):
        return Part(
            i,
            end,
            "wh_options",
            (i, op_end),
            "a question word followed by options to pick from: closed",
            wh=canon,
        )
    if frame in ("wh_where", "wh_who", "wh_which"):
        body = [low(t) for t in doc[op_end : min(end, op_end + 4)]]
        if any(b in ("would", "could", "might", "'d", "should") for b in body) or body[:2] in (
            ["do", "you"],
            ["else", "could"],
        ):
            frame = "wh_open"
            reason = reason.split(":")[0] + ", but asks the person to think it through: open"
    return Part(i, end, frame, (i, op_end), reason, wh=canon)


_ASK_LEAVE = re.compile(
    r"\W*(?:can|could|may)\s+i\s+ask(?:\s+(?:you|u))?\s+(?:how|what|why|whether|if|when|where|who|which)\b",
    re.I,
)


def _aux_frame(c: _Clause) -> Part | None:
    """A clause that opens with an auxiliary: before a subject a yes/no question (or an open one
    around a request for an account); before an adjective a yes/no question; "don't…" an instruction."""
    if _ASK_LEAVE.match(c.text):
        return None  # "can I ask how you got your first listings?": the indirect question decides
    aux = aux_word(c.first)
    if not aux:
        return None
    doc, i, end = c.doc, c.i, c.end
    j = i + 1
    negative = c.word in NEG_GLUED
    if j < end and low(doc[j]) in NEG:
        negative, j = True, j + 1
    pleading = any(low(t) in ("please", "pls", "plz") for t in doc[c.start : i])
    if (
        j < end
        and _subject_like(doc[j])
        and not (doc[j].tag_ == "VB" and low(doc[j]) not in SUBJECT_WORDS)
        and not pleading
        and (c.part_q or low(doc[j]) in SUBJECT_WORDS or doc[j].tag_ in ("PRP", "NNP", "EX"))
    ):
        return _inverted_frame(c, aux, j, negative)
    if c.part_q and aux in ("is", "are", "was", "were") and j < end and doc[j].pos_ in ("ADJ", "ADV"):
        return Part(i, end, "yesno", (i, j), "an auxiliary first: a yes/no question, closed", aux=aux)
    if negative and j < end and doc[j].tag_ == "VB":
        return Part(
            i,
            end,
            "imp_action",
            (i, j + 1),
            "a negative instruction (\u201cdon't\u2026\u201d), not a question",
        )
    return None


def _inverted_frame(c: _Clause, aux: str, j: int, negative: bool) -> Part:
    """An auxiliary before its subject (at token j): "Could you walk me through…" asks for an account,
    "Do you know why…" for reasons, anything else for a yes or a no."""
    doc, i, end = c.doc, c.i, c.end
    subj = low(doc[j])
    if j + 1 < end and low(doc[j + 1]) in NEG:
        negative = True
    verbs = [t for t in doc[j + 1 : min(end, j + 8)] if t.pos_ in ("VERB", "AUX") and low(t) not in NEG]
    lemmas = [v.lemma_.lower() for v in verbs]
    if (
        subj in ("you", "u", "someone", "anyone", "everyone", "somebody", "anybody")
        and aux in ("can", "could", "would", "will", "might")
        and verbs
    ):
        v = verbs[0]
        if lemmas[0] == "be" and len(verbs) > 1 and low(doc[v.i + 1]) in ("willing", "able", "happy", "open"):
            v = verbs[1]
        if asks_for_account(doc, v.i, end):
            return Part(
                i,
                end,
                "yesno_account",
                (i, _account_opener_end(doc, v.i, end)),
                "a yes/no frame around a request for an account: open",
                aux=aux,
                subject=subj,
                negative=negative,
                verb=v.lemma_.lower(),
            )
    if lemmas[:1] == ["know"] and subj in ("you", "u"):
        after = [low(t) for t in doc[verbs[0].i + 1 : min(end, verbs[0].i + 3)]]
        if after and after[0] in ("why", "how", "what"):
            return Part(
                i,
                end,
                "know_open",
                (i, verbs[0].i + 2),
                f"\u201cdo you know {after[0]}\u2026\u201d asks for the reasons or the account: open",
                aux=aux,
                subject=subj,
                verb="know",
            )
        if after and after[0] in ("when", "where", "who", "which", "if", "whether"):
            return Part(
                i,
                end,
                "know_fact",
                (i, verbs[0].i + 2),
                f"\u201cdo you know {after[0]}\u2026\u201d asks for a single fact: closed",
                aux=aux,
                subject=subj,
                verb="know",
            )
    if negative:
        reason = "a negative question: a yes/no answer, and it signals the one the asker expects"
    else:
        reason = "an auxiliary before the subject: a yes/no question, closed"
    return Part(
        i,
        end,
        "yesno",
        (i, j + 1),
        reason,
        aux=aux,
        negative=negative,
        subject=subj,
        verb=lemmas[0] if lemmas else None,
    )


def _indirect_frame(c: _Clause) -> Part | None:
    """ "I'm curious how…", "I wonder if you…": a question to the listener, open or closed; a
    wondering that asks the listener for nothing is a musing."""
    doc, i, end, text = c.doc, c.i, c.end, c.text
    m = INDIRECT.search(text)
    if not (m and m.start() <= 3):
        return None
    tail = text[m.end() :].lower()
    addressed = (
        c.part_q
        or "wonder" not in m.group(0).lower()
        or re.search(r"\b(?:you|your|u|yourself)\b", tail) is not None
    )
    opener = _chars_to_tokens(doc, i, end, doc[i].idx + m.start(), doc[i].idx + m.end())
    lead = re.match(r"\s*(?:about\s+)?(\w+)", tail)
    lead = lead.group(1) if lead else ""
    if not addressed:
        return Part(i, end, "musing", opener, "a musing: it asks the listener for nothing")
    if lead in ("if", "whether") and not re.search(r"\b(?:how|what|why)\b", tail):
        return Part(i, end, "indirect_closed", opener, "an indirect yes/no question to the listener: closed")
    if lead in ("when", "where", "who", "which"):
        return Part(
            i, end, "indirect_closed", opener, f"an indirect “{lead}” question asks for one fact: closed"
        )
    return Part(
        i,
        end,
        "indirect_open",
        opener,
        "an indirect question to the listener that invites an account: open",
    )


def _imperative_frame(c: _Clause) -> Part | None:
    """A verb with no subject before it: an instruction that asks for a fact or an account, or one to
    do something."""
    doc, i, end, first, word = c.doc, c.i, c.end, c.first, c.word
    if not (
        first.tag_ == "VB"
        or word in ACCOUNT_VERBS | FACT_IMPERATIVES
        and first.dep_ == "ROOT"
        or word in ALWAYS_ACCOUNT
    ):
        return None
    if any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.i == first.i and t.i < first.i for t in doc[c.start : end]
    ):
        return None
    if word in FACT_IMPERATIVES or (word == "tell" and _tells_fact(doc, i, end)):
        return Part(
            i,
            end,
            "imp_fact",
            (i, min(end, i + 2)),
            "an instruction that asks for a single fact: closed",
        )
    if asks_for_account(doc, i, end):
        return Part(
            i,
            end,
            "imp_account",
            (i, _account_opener_end(doc, i, end)),
            "an imperative that asks for an account: an open question, even without \u201c?\u201d",
            verb=word,
        )
    return Part(i, end, "imp_action", (i, i + 1), "an instruction to do something, not a question", verb=word)


def _declarative_frame(c: _Clause) -> Part:
    """A statement: with a question word at its end or a "?" it asks; else a fragment or a statement."""
    i, end, content = c.i, c.end, c.content
    tail = content[-1] if content else None
    if c.part_q and tail is not None and len(content) >= 3 and low(tail) in WH and tail.i > i:
        # "So the plan is what?", "You handled it how?": a question word left at the end asks what it
        # would ask first; "The deadline is what?" still asks for a single fact.
        frame, op_end, reason = _wh_kind(c.doc, tail.i, end)
        if frame == "wh_open" and any(t.lemma_.lower() in FACT_NOUNS for t in content[:-1]):
            frame, reason = "wh_fact", f"“{tail.text}” asks for a single fact here: closed"
        return Part(
            tail.i,
            end,
            frame,
            (tail.i, op_end),
            "a question word at the end of a statement: " + reason,
            wh=WH_CANON.get(low(tail), low(tail)),
        )
    if c.part_q and content:
        verbs = [t for t in content if t.pos_ in ("VERB", "AUX")]
        heads = [t for t in content if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss")]
        if not verbs and heads and heads[0].lemma_.lower() in ACCOUNT_NOUNS:
            # "And your supervisor's view?": only the noun of what is asked for, and it is an account
            return Part(i, end, "elliptic_open", (heads[0].i, heads[0].i + 1), "asks for their account: open")
        last = content[-1]
        if (
            low(last) == "then"
            and len(content) >= 2
            and low(content[-2]) in ("and", "so")
            or (last.lemma_.lower() in CONTINUE_VERBS and last.pos_ in ("VERB", "AUX") and len(content) <= 4)
        ):
            # "So you ended it, and then?", "And they said?": a prompt to go on with the story
            return Part(
                i, end, "elliptic_open", (last.i, last.i + 1), "a prompt to go on with the account: open"
            )
    if c.part_q:
        return Part(
            i, end, "declarative_q", None, "a statement with a question mark asks for confirmation: closed"
        )
    if len(content) <= 3:
        return Part(i, end, "fragment", None, "")
    return Part(i, end, "statement", None, "")


def _chars_to_tokens(doc, start: int, end: int, a: int, b: int) -> tuple[int, int]:
    toks = [t.i for t in doc[start:end] if t.idx < b and t.idx + len(t.text) > a]
    return (toks[0], toks[-1] + 1) if toks else (start, start + 1)
