"""Question analysis: finds the questions in a text, labels each open or closed and leading or not,
shows the words that decided it, and offers an open rewording for each closed question.

Definitions are the labelling guide's (section 3) and the question data's README: a question word
does not make a question open ("When is your review?" and "How many…?" ask for one fact), a
stacked question is open if any part is open, an imperative that asks for an account ("Walk me
through…") is an open question, and only closed questions can be leading.

Method: each sentence (``coach.segment``) is cut into parts and each part gets a *frame* from its
opening words (a question word and its kind, an auxiliary before the subject, a request for an
account, an indirect question to the listener, a reported question, a statement). Those rule cues
are evidence for the user and features for three calibrated logistic-regression heads on
[MiniLM sentence embedding + rule features]: is-question, open-vs-closed and leading (trained by
``mentor-coach train questions``; JSON weights, no code runs when they load).

Example:
    >>> report = analyze_questions("Did you enjoy the course? Tell me about your week")
    >>> [(q.text, q.label) for q in report.questions]
    [('Did you enjoy the course?', 'closed'), ('Tell me about your week', 'open')]
    >>> report.questions[0].suggestion
    'What did you get out of the course?'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from coach.errors import InputError, ModelUnavailable
from coach.heads import BinaryHead, HeadsHolder, TrainedHeads
from coach.segment import Segment, segments
from coach.textcheck import prepare_text
from coach.types import Evidence, is_uncertain

MODEL_FILE = Path(__file__).parents[2] / "trained" / "questions.json"
ANALYZER_VERSION = "questions-1"
MAX_QUESTION_TEXT_CHARS = 100_000
PLACEHOLDER = "[\u2026]"

# ==============================================================================================
# Rules: frames, cues and features
# ==============================================================================================
WH = {
    "what",
    "why",
    "how",
    "when",
    "where",
    "who",
    "whom",
    "whose",
    "which",
    "wat",
    "wot",
    "whats",
    "hows",
    "wheres",
    "whos",
    "wht",
}
WH_CANON = {
    "wat": "what",
    "wot": "what",
    "whats": "what",
    "wht": "what",
    "hows": "how",
    "wheres": "where",
    "whos": "who",
    "whom": "who",
    "whose": "who",
}
AUX = {
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "am",
    "have",
    "has",
    "had",
    "can",
    "could",
    "will",
    "would",
    "should",
    "shall",
    "may",
    "might",
    "must",
    "wo",
    "ca",
}
NEG_GLUED = {
    "isnt": "is",
    "arent": "are",
    "dont": "do",
    "doesnt": "does",
    "didnt": "did",
    "wasnt": "was",
    "werent": "were",
    "havent": "have",
    "hasnt": "has",
    "cant": "can",
    "couldnt": "could",
    "wont": "will",
    "wouldnt": "would",
    "shouldnt": "should",
    "aint": "is",
}
NEG = {"n't", "not", "nt"}
SUBJECT_WORDS = {
    "i",
    "you",
    "u",
    "we",
    "they",
    "he",
    "she",
    "it",
    "there",
    "this",
    "that",
    "these",
    "those",
    "anyone",
    "anything",
    "anybody",
    "someone",
    "something",
    "somebody",
    "everyone",
    "everybody",
    "everything",
    "people",
    "ya",
    "yall",
    "nobody",
    "nothing",
}
PERSON_WORDS = {
    "i",
    "you",
    "u",
    "we",
    "they",
    "he",
    "she",
    "ya",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "people",
    "manager",
    "boss",
    "mentor",
    "mentee",
    "team",
    "lead",
    "colleague",
    "colleagues",
    "client",
    "clients",
    "partner",
    "director",
    "panel",
    "recruiter",
    "friend",
    "family",
    "peers",
    "staff",
    "hr",
    "group",
    "cohort",
    "stakeholders",
    "customer",
    "customers",
    "teacher",
}
DISCOURSE = {
    "so",
    "and",
    "but",
    "ok",
    "okay",
    "oh",
    "well",
    "right",
    "now",
    "also",
    "then",
    "hey",
    "hi",
    "hello",
    "honestly",
    "actually",
    "just",
    "um",
    "uh",
    "hmm",
    "hm",
    "ah",
    "anyway",
    "anyways",
    "quick",
    "btw",
    "yeah",
    "yes",
    "sorry",
    "please",
    "pls",
    "plz",
    "great",
    "cool",
    "alright",
    "lol",
    "besides",
    "still",
    "seriously",
    "thanks",
    "listen",
    "quickly",
    "incidentally",
    "meanwhile",
    "also,",
    "finally",
    "lastly",
    "first",
    "firstly",
    "secondly",
    "next",
    "again",
    "sure",
    "or",
}
ACCOUNT_VERBS = {
    "tell",
    "describe",
    "walk",
    "talk",
    "explain",
    "elaborate",
    "expand",
    "say",
    "share",
    "show",
    "help",
    "paint",
    "give",
    "take",
    "run",
    "unpack",
    "clarify",
    "outline",
    "summarise",
    "summarize",
    "recount",
    "reflect",
    "go",
    "fill",
    "catch",
    "brief",
    "guide",
}
ALWAYS_ACCOUNT = {
    "describe",
    "explain",
    "elaborate",
    "expand",
    "unpack",
    "clarify",
    "outline",
    "recount",
    "reflect",
    "summarise",
    "summarize",
    "paint",
}
FACT_IMPERATIVES = {"confirm", "remind", "name", "specify"}
# What "share" asks for when it asks for an account rather than a document.
SHARED_ACCOUNTS = {
    "thoughts", "view", "views", "experience", "experiences", "story", "stories", "example", "examples",
    "perspective", "reflections", "feelings", "take", "thinking", "ideas", "worries", "concerns", "side",
}  # fmt: skip
FACT_NOUNS = {
    "time",
    "date",
    "day",
    "year",
    "month",
    "week",
    "number",
    "score",
    "name",
    "deadline",
    "limit",
    "percentage",
    "size",
    "price",
    "cost",
    "salary",
    "grade",
    "level",
    "version",
    "room",
    "address",
    "email",
    "phone",
    "period",
    "age",
    "title",
    "rate",
    "amount",
    "total",
    "figure",
    "length",
    "duration",
    "place",
    "location",
    "venue",
    "url",
    "link",
    "password",
    "code",
    "mark",
    "percent",
    "count",
    "capacity",
    "fee",
    "channel",
    "floor",
    "building",
    "city",
    "country",
    "hour",
    "minute",
}
HOW_FACT = {
    "many",
    "much",
    "long",
    "often",
    "old",
    "far",
    "soon",
    "big",
    "late",
    "early",
    "frequently",
    "tall",
    "large",
    "fast",
    "high",
    "wide",
    "deep",
    "heavy",
}
HOW_STATE = {"are", "is", "was", "were", "'s", "s", "'re", "re", "am", "'m"}
OPEN_ELLIPTIC = {
    "why",
    "thoughts",
    "so",
    "meaning",
    "how",
    "and",
    "such",
    "say",
    "explain",
    "examples",
    "example",
    "reasons",
    "feelings",
    "then",
    "like",
    "because",
    "more",
}

INDIRECT = re.compile(
    r"\b(?:i(?:'m| am)\s+(?:really\s+|just\s+|so\s+)?curious|curious\s+(?:about|what|how|why|to)|"
    r"i(?:'d| would)\s+(?:really\s+)?(?:love|like|be\s+(?:interested|curious|keen))\s+to\s+(?:hear|know|understand|learn|find\s+out)|"
    r"i(?:'m| am)\s+(?:interested|keen)\s+to\s+(?:hear|know|understand|learn)|"
    r"i\s+(?:wonder|wondered|was\s+wondering|am\s+wondering)|i'm\s+wondering|"
    r"i\s+want\s+to\s+(?:understand|hear|know)|help\s+me\s+understand|"
    r"i(?:'d| would)\s+(?:love|like)\s+(?:you\s+)?to\s+(?:tell|describe|walk|talk))\b",
    re.I,
)
REPORTED = re.compile(
    r"(?:^|\b(?:(?i:she|he|they|mentee|mentor|client|manager)|(?!You\b|I\b|We\b)[A-Z][a-z]+)\s+(?i:also\s+)?)"
    r"(?i:asked|asks|wanted\s+to\s+know|wants\s+to\s+know|enquired|inquired|queried|was\s+asking|is\s+asking)\b"
)
REPORTED_START = re.compile(r"^\s*(?:asked|wanted\s+to\s+know|enquired|inquired|queried)\b", re.I)
LEADING_TAG = re.compile(
    r"(?:,|\s[-\u2013\u2014])\s*(?:right|yeah|yea|yes|no|ok|okay|correct|eh|hm+|huh|surely|innit|agreed|true|am\s+i\s+right|"
    r"wouldn'?t\s+you\s+(?:say|agree)|don'?t\s+you\s+(?:think|agree|reckon)|"
    r"(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|should|wo|ca|must|may|might|shall)"
    r"(?:n'?t|\s+not)?\s+(?:i|you|he|she|it|we|they|there)|i\s+hope|i\s+assume|i\s+take\s+it)\s*[?!.]*\s*$",
    re.I,
)
BARE_TAG = re.compile(r"^\s*(?:right|yeah|correct|agreed|surely|yes|no)\s*\?+\s*$", re.I)
NEUTRAL_TAIL = re.compile(
    r"(?:,|\s)\s*(?:do\s+you\s+(?:think|reckon|feel)|would\s+you\s+say|roughly|approximately|by\s+the\s+way|"
    r"then|though|all\s+things\s+considered|at\s+all|exactly|honestly|overall|so\s+far|"
    r"this\s+time|word\s+for\s+word(?:-ish)?)\s*[?!.]*\s*$",
    re.I,
)
PRESUMPTIVE = re.compile(
    r"\b(?:surely|i\s+assume|i'?m\s+assuming|i\s+take\s+it|presumably|obviously|clearly|of\s+course|"
    r"i\s+hope|i'?m\s+sure|i\s+am\s+sure|are\s+you\s+sure|must\s+(?:be|have)|"
    r"(?:would|wouldn'?t)\s+you\s+agree|do\s+we\s+(?:all\s+)?agree|can\s+we\s+(?:all\s+)?agree|we\s+(?:all\s+)?agree|"
    r"we'?re\s+(?:all\s+)?agreed|(?:is|would)\s+it\s+(?:be\s+)?fair\s+to\s+say|isn'?t\s+it\s+true|no\s+point|"
    r"you\s+know\s+(?:you|that|it)|correct\s+me\s+if\s+i'?m\s+wrong)\b",
    re.I,
)
SCALE = re.compile(
    r"(?:on\s+a\s+)?\bscale\s+of\s+\w+\s+to\s+\w+|\b(?:0|1|one|zero)\s*(?:to|-|–)\s*(?:10|ten|5|five|100)\b|"
    r"\bout\s+of\s+(?:10|ten|5|five)\b",
    re.I,
)
BETTER_WORDS = {
    "better",
    "best",
    "wiser",
    "smarter",
    "easier",
    "sensible",
    "wise",
    "smart",
    "sense",
    "worth",
    "safer",
    "quicker",
    "good",
    "helpful",
    "useful",
    "idea",
    "worthwhile",
    "ideal",
}
EXCLAMATIVE = re.compile(
    r"^\s*(?:how\s+(?:exciting|great|lovely|nice|wonderful|awful|sad|cool|amazing|brilliant|kind|"
    r"annoying|frustrating|funny|interesting|strange|weird|fantastic)\b|what\s+(?:a|an)\b)",
    re.I,
)
FIRST_PERSON_STATEMENT = re.compile(
    r"^\s*(?:i(?:'ll| will|'m going to| am going to|'d suggest| suggest| think| feel|"
    r" had| have| was| did)|we(?:'ll| will|'re| are| should| discussed| talked| agreed|"
    r" ran| met)|let'?s|let\s+me|my\s+advice|thanks|thank\s+you|good\s+luck|well\s+done)\b",
    re.I,
)
GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|thanks|thank you|cheers|good (?:morning|afternoon|evening)|bye|see you|"
    r"got it|great|brilliant|nice|cool|ok|okay)\b",
    re.I,
)


def low(tok) -> str:
    return tok.lower_.replace("\u2019", "'")


def _aux_word(tok) -> str | None:
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
        return "wh_where", i + 1, "\u201cwhere\u201d asks for a place: usually a single fact, closed"
    return "wh_who", i + 1, "\u201cwho\u201d asks for a person: usually a single fact, closed"


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


def _account_request(doc, i: int, end: int) -> bool:
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
        return any(w in ("in", "up", "me", "us") for w in nxt[:2])
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


def _frame(doc, start: int, end: int, has_q: bool, is_first: bool) -> Part:
    i = _skip_openers(doc, start, end)
    if (
        i + 2 < end
        and low(doc[i]) == "in"
        and low(doc[i + 1]) in ("what", "which")
        and low(doc[i + 2]) in ("way", "ways")
    ):
        frame, op_end, reason = _wh_kind(doc, i + 1, end)  # "In what ways…?" asks how
        return Part(i, end, frame, (i, op_end), reason, wh="how")
    first = doc[i]
    word = low(first)
    content = [t for t in doc[i:end] if not t.is_punct and not t.is_space]
    text = doc[i:end].text
    part_q = has_q or any(t.text.endswith("?") for t in doc[start:end])

    if EXCLAMATIVE.match(text) and not part_q:
        return Part(i, end, "exclamative", (i, min(end, i + 2)), "an exclamation, not a question")
    if (REPORTED.search(doc[start:end].text) or REPORTED_START.match(text)) and not (
        part_q and _aux_word(first)
    ):
        return Part(i, end, "reported", None, "a reported question: someone else asked it")
    subject_verb = (
        len(content) >= 2
        and (low(content[0]) in SUBJECT_WORDS or content[0].tag_ == "PRP")
        and content[1].pos_ in ("VERB", "AUX")
    )
    if (
        len(content) <= 3
        and part_q
        and not any(low(t) in WH for t in content)
        and not _aux_word(first)
        and not subject_verb
    ):
        w = low(content[0]) if content else ""
        if w in OPEN_ELLIPTIC or (content and content[0].tag_ == "NNS"):
            return Part(
                i, end, "elliptic_open", (i, min(end, i + len(content))), "a short prompt to say more: open"
            )
        if not (content and (first.tag_ == "VB" and _account_request(doc, i, end))):
            return Part(
                i,
                end,
                "elliptic_closed",
                (i, min(end, i + len(content))),
                "a short check that a yes/no or one word answers: closed",
            )
    if len(content) <= 3 and part_q:
        k = next((t.i for t in content if low(t) in WH), None)
        if k is not None and k != i:
            frame, op_end, reason = _wh_kind(doc, k, end)
            return Part(k, end, frame, (k, op_end), reason, wh=WH_CANON.get(low(doc[k]), low(doc[k])))

    if word in WH or (first.tag_ in ("WP", "WRB", "WDT", "WP$") and word != "that"):
        frame, op_end, reason = _wh_kind(doc, i, end)
        canon = WH_CANON.get(word, word)
        after = doc[op_end] if op_end < end else None
        # "How she handled it was impressive": a question word opening a clause, with no "?".
        if (
            after is not None
            and after.dep_ in ("nsubj", "nsubjpass")
            and after.tag_ in ("PRP", "NNP", "NN", "NNS", "DT")
            and low(after) != "there"
            and not part_q
            and frame != "wh_fact"
            and not (low(after) in ("you", "u") and canon in ("what", "how", "why") and is_first)
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

    aux = _aux_word(first)
    if aux:
        j = i + 1
        negative = word in NEG_GLUED
        if j < end and low(doc[j]) in NEG:
            negative, j = True, j + 1
        pleading = any(low(t) in ("please", "pls", "plz") for t in doc[start:i])
        if (
            j < end
            and _subject_like(doc[j])
            and not (doc[j].tag_ == "VB" and low(doc[j]) not in SUBJECT_WORDS)
            and not pleading
            and (part_q or low(doc[j]) in SUBJECT_WORDS or doc[j].tag_ in ("PRP", "NNP", "EX"))
        ):
            subj = low(doc[j])
            if j + 1 < end and low(doc[j + 1]) in NEG:
                negative = True
            verbs = [
                t for t in doc[j + 1 : min(end, j + 8)] if t.pos_ in ("VERB", "AUX") and low(t) not in NEG
            ]
            lemmas = [v.lemma_.lower() for v in verbs]
            if (
                subj in ("you", "u", "someone", "anyone", "everyone", "somebody", "anybody")
                and aux in ("can", "could", "would", "will", "might")
                and verbs
            ):
                v = verbs[0]
                if (
                    lemmas[0] == "be"
                    and len(verbs) > 1
                    and low(doc[v.i + 1]) in ("willing", "able", "happy", "open")
                ):
                    v = verbs[1]
                if _account_request(doc, v.i, end):
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
        if part_q and aux in ("is", "are", "was", "were") and j < end and doc[j].pos_ in ("ADJ", "ADV"):
            return Part(i, end, "yesno", (i, j), "an auxiliary first: a yes/no question, closed", aux=aux)
        if negative and j < end and doc[j].tag_ == "VB":
            return Part(
                i,
                end,
                "imp_action",
                (i, j + 1),
                "a negative instruction (\u201cdon't\u2026\u201d), not a question",
            )

    m = INDIRECT.search(text)
    if m and m.start() <= 3:
        tail = text[m.end() :].lower()
        addressed = (
            part_q
            or "wonder" not in m.group(0).lower()
            or re.search(r"\b(?:you|your|u|yourself)\b", tail) is not None
        )
        opener = _chars_to_tokens(doc, i, end, doc[i].idx + m.start(), doc[i].idx + m.end())
        lead = re.match(r"\s*(?:about\s+)?(\w+)", tail)
        lead = lead.group(1) if lead else ""
        if not addressed:
            return Part(i, end, "musing", opener, "a musing: it asks the listener for nothing")
        if lead in ("if", "whether") and not re.search(r"\b(?:how|what|why)\b", tail):
            return Part(
                i, end, "indirect_closed", opener, "an indirect yes/no question to the listener: closed"
            )
        return Part(
            i,
            end,
            "indirect_open",
            opener,
            "an indirect question to the listener that invites an account: open",
        )

    if (
        first.tag_ == "VB"
        or word in ACCOUNT_VERBS | FACT_IMPERATIVES
        and first.dep_ == "ROOT"
        or word in ALWAYS_ACCOUNT
    ):
        has_subject = any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.i == first.i and t.i < first.i for t in doc[start:end]
        )
        if not has_subject:
            if word in FACT_IMPERATIVES or (word == "tell" and _tells_fact(doc, i, end)):
                return Part(
                    i,
                    end,
                    "imp_fact",
                    (i, min(end, i + 2)),
                    "an instruction that asks for a single fact: closed",
                )
            if _account_request(doc, i, end):
                return Part(
                    i,
                    end,
                    "imp_account",
                    (i, _account_opener_end(doc, i, end)),
                    "an imperative that asks for an account: an open question, even without \u201c?\u201d",
                    verb=word,
                )
            return Part(
                i, end, "imp_action", (i, i + 1), "an instruction to do something, not a question", verb=word
            )

    tail = content[-1] if content else None
    if part_q and tail is not None and len(content) >= 3 and low(tail) in WH and tail.i > i:
        # "So the plan is what?", "You handled it how?": a question word left at the end asks what it
        # would ask first; "The deadline is what?" still asks for a single fact.
        frame, op_end, reason = _wh_kind(doc, tail.i, end)
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
    if part_q:
        return Part(
            i, end, "declarative_q", None, "a statement with a question mark asks for confirmation: closed"
        )
    if len(content) <= 3:
        return Part(i, end, "fragment", None, "")
    return Part(i, end, "statement", None, "")


def _chars_to_tokens(doc, start: int, end: int, a: int, b: int) -> tuple[int, int]:
    toks = [t.i for t in doc[start:end] if t.idx < b and t.idx + len(t.text) > a]
    return (toks[0], toks[-1] + 1) if toks else (start, start + 1)


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
    aux = _aux_word(tok)
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
        return _account_request(doc, j, end)
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
            and j > cuts[-1] + 2
            and low(doc[j + 1]) in WH
            and _starts_question(doc, j + 1, body_end)
        ):
            cuts.append(j)
            seps.append(low(tok))
    cuts.append(body_end)
    parts = []
    for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
        if b > a and not all(t.is_punct or t.is_space for t in doc[a:b]):
            parts.append(
                _frame(
                    doc, a, b, has_q if n == len(cuts) - 2 else any(t.text == "?" for t in doc[a:b]), n == 0
                )
            )
    if not parts:
        parts = [Part(span.start, body_end, "fragment", None, "")]
    return parts, seps


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


def analyze_span(span, start: int | None = None, end: int | None = None) -> Cues:
    """The rule cues of one sentence: a Span of a Doc from ``coach.nlp.parse``.

    ``start``/``end`` are the sentence's exact characters when they differ from the span's (a bullet
    glued to the first word).

    Example:
        >>> from coach.nlp import parse_one
        >>> cues = analyze_span(parse_one("How many reports did you write?")[:])
        >>> cues.rule_question, cues.rule_open, [p.frame for p in cues.parts]
        (True, False, ['wh_fact'])
    """
    doc = span.doc
    start = span.start_char if start is None else start
    end = span.end_char if end is None else end
    text = span.text[start - span.start_char : end - span.start_char]  # (Doc.text would join the whole Doc)
    n_q = text.count("?")
    has_q = n_q > 0
    tag_start, tag_leads, tag_reason = _tail(span)
    bare_tag = BARE_TAG.match(text) is not None
    body_end = tag_start if tag_start is not None else span.end
    while body_end > span.start + 1 and (
        doc[body_end - 1].is_space or doc[body_end - 1].is_punct and doc[body_end - 1].text not in ("?",)
    ):
        body_end -= 1
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
    first = parts[0]
    main = next((p for p in parts if p.frame in QUESTION_FRAMES), first)
    n_open = sum(p.frame in OPEN_FRAMES for p in parts)
    n_closed = sum(p.frame in CLOSED_FRAMES for p in parts)
    lowered = text.lower()
    presumptive = list(PRESUMPTIVE.finditer(text))
    neg_q = any(p.frame == "yesno" and p.negative for p in parts)
    tokens = [t for t in span if not t.is_punct and not t.is_space]
    has_or = any(low(t) == "or" for t in span)

    rule_question = (
        any(p.frame in QUESTION_FRAMES for p in parts)
        or bare_tag
        or (has_q and not any(p.frame in ("reported", "exclamative", "musing") for p in parts))
    )
    rule_open = rule_question and n_open > 0
    rule_leading = rule_question and not rule_open and (tag_leads or bare_tag or neg_q or bool(presumptive))

    features: dict[str, float] = {f"frame_{f}": 0.0 for f in FRAMES}
    features[f"frame_{main.frame}"] = 1.0
    features.update(
        {
            "has_q": float(has_q),
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
            "negative_question": float(neg_q),
            "presumptive": float(bool(presumptive)),
            "scale": float(SCALE.search(text) is not None),
            "has_or": float(has_or),
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

    evidence: list[tuple[int, int, str]] = []
    for p in parts:
        if p.opener and p.reason:
            a, b = p.opener
            b = min(max(b, a + 1), span.end)
            evidence.append((max(doc[a].idx, start), doc[b - 1].idx + len(doc[b - 1].text), p.reason))
    if n_open and n_closed:
        evidence.append((start, end, "a stacked question with an open part: open as a whole"))
    if features["scale"]:
        m = SCALE.search(text)
        evidence.append((start + m.start(), start + m.end(), "a scale: the answer is a number, closed"))
    if main.frame in ("wh_options", "yesno") and has_or:
        or_tok = next(t for t in span if low(t) == "or")
        evidence.append((or_tok.idx, or_tok.idx + len(or_tok.text), "offers options to pick from: closed"))
    leading_evidence: list[tuple[int, int, str]] = []
    if tag_leads and tag_start is not None:
        leading_evidence.append((doc[tag_start].idx, end, tag_reason))
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

    # A lead-in before a colon or a statement before a "?" question is not part of the question.
    question_start = start
    for n, p in enumerate(parts):
        if p.frame in QUESTION_FRAMES:
            if (
                n > 0
                and all(q.frame in NONE_FRAMES for q in parts[:n])
                and seps[n - 1] in (":", ";", "?", "\u2013", "\u2014", "-")
            ):
                question_start = max(start, doc[p.start].idx if p.start < len(doc) else start)
            break
    return Cues(
        span=span,
        start=start,
        end=end,
        text=text,
        parts=parts,
        features=features,
        evidence=evidence,
        leading_evidence=leading_evidence,
        rule_question=bool(rule_question),
        rule_open=bool(rule_open),
        rule_leading=bool(rule_leading),
        body_end=body_end,
        question_start=question_start,
    )


def feature_row(cues: Cues) -> list[float]:
    return [cues.features.get(name, 0.0) for name in FEATURE_NAMES]


# ==============================================================================================
# Open rewordings of closed questions, built from the parse; nothing is invented
# ==============================================================================================
FILLERS = {
    "still",
    "really",
    "actually",
    "even",
    "ever",
    "already",
    "just",
    "pretty",
    "honestly",
    "seriously",
    "definitely",
    "perhaps",
    "maybe",
    "truly",
    "genuinely",
    "realistically",
}
TAIL_DROP = {"yet", "already", "at all", "so far", "then", "though", "too"}
OK_WORDS = {"ok", "okay", "alright", "fine", "good", "well", "all right"}
DONE_WORDS = {
    "done",
    "finished",
    "complete",
    "completed",
    "over",
    "sorted",
    "final",
    "finalised",
    "finalized",
    "live",
    "ready",
}
# Verbs of opinion that a tag or lead question asks the other to share ("Don't you think…?").
OPINION_VERBS = {
    "think",
    "reckon",
    "believe",
    "suppose",
    "agree",
    "expect",
    "say",
    "feel",
    "guess",
    "imagine",
}
WANT_VERBS = {"want", "need", "prefer", "plan", "intend", "hope", "wish", "like", "love", "rather", "mind"}
TALK_VERBS = {"talk", "speak", "chat", "discuss", "raise", "mention", "broach", "meet"}
SEE_VERBS = {"see", "understand", "realise", "realize", "appreciate", "imagine", "recognise", "recognize"}
PROGRESS_VERBS = {"finish", "complete", "do", "start", "begin", "update", "fix", "submit", "write", "prepare"}
MESSAGE_NOUNS = {
    "message",
    "messages",
    "email",
    "emails",
    "mail",
    "note",
    "notes",
    "feedback",
    "comment",
    "comments",
    "invite",
    "invitation",
    "text",
    "letter",
    "reply",
    "response",
    "report",
    "results",
    "result",
    "link",
    "slides",
    "update",
    "news",
}
STATE_VERBS = {
    "sleep",
    "feel",
    "cope",
    "do",
    "get",
    "find",
    "manage",
    "settle",
    "hold",
    "go",
    "eat",
    "handle",
}
OBJECT_PRONOUN = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them", "you": "you", "it": "it"}
PRESUMPTIVE_LEAD = re.compile(
    r"^\s*(?:(?:so|and|but|ok|okay|well|honestly|now)\s*,?\s+)*(?:surely|i\s+assume|i'?m\s+assuming|i\s+take\s+it|"
    r"presumably|obviously|clearly|of\s+course|i'?m\s+sure|i\s+hope|correct\s+me\s+if\s+i'?m\s+wrong,?\s*(?:but)?)\s*,?\s*",
    re.I,
)


def _ing(lemma: str) -> str:
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


def _text(tokens) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _lemma(tok) -> str:
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


def _is_aux_token(tok) -> bool:
    return (
        _aux_word(tok) is not None
        or low(tok) in ("'ve", "'re", "'m", "'ll", "'d")
        or (
            low(tok) in ("'s", "s")
            and tok.i > 0
            and tok.tag_ in ("VBZ", "POS")
            and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].pos_ not in ("NOUN", "PROPN"))
        )
    )


def _np_end(toks: list, k: int) -> int:
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
        and not _aux_word(toks[j])
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
        end = _np_end(toks, end + 1)
    return end


def _subject_text(toks: list) -> str:
    if not toks:
        return PLACEHOLDER
    text = _text(toks)
    first = toks[0]
    if low(first) in SUBJECT_WORDS or first.tag_ in ("PRP", "DT", "PRP$", "PDT"):
        text = text[:1].lower() + text[1:] if low(first) != "i" else text
    if low(first) == "u":
        text = "you" + text[1:]
    return text


def _is_plural(toks: list) -> bool:
    if not toks:
        return False
    head = toks[-1]
    return low(toks[0]) in ("you", "we", "they", "u", "people", "these", "those") or head.tag_ in (
        "NNS",
        "NNPS",
    )


def _be(subj: list, past: bool) -> str:
    if subj and low(subj[0]) == "i" and len(subj) == 1:
        return "was" if past else "am"
    return ("were" if past else "are") if _is_plural(subj) else ("was" if past else "is")


def _do(subj: list, past: bool) -> str:
    if past:
        return "did"
    return "do" if _is_plural(subj) or (subj and low(subj[0]) == "i") else "does"


def _is_person(subj: list) -> bool:
    return any(low(t) in PERSON_WORDS or t.ent_type_ == "PERSON" for t in subj)


def _clean_rest(toks: list) -> list:
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


def _vp_ing(toks: list) -> str:
    """A verb phrase with its verbs (the first and any coordinated one) in the -ing form."""
    toks = _clean_rest(toks)
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
            out.append(_ing(_lemma(t)) + t.whitespace_)
        elif n == 0 and t.tag_ in ("VB", "VBP", "VBD", "VBZ", "VBN", "NN") and t.pos_ not in ("PRON",):
            out.append(_ing(_lemma(t)) + t.whitespace_)
        else:
            out.append(t.text_with_ws)
    return "".join(out).strip()


def _clause_ing(toks: list) -> str:
    """ "I take notes" → "me taking notes"; "you can switch off" → "being able to switch off"."""
    toks = _clean_rest(toks)
    if not toks:
        return PLACEHOLDER
    e = _np_end(toks, 0)
    subj, rest = toks[:e], toks[e:]
    while (
        rest
        and (_is_aux_token(rest[0]) or low(rest[0]) in FILLERS)
        and rest[1:]
        and rest[1].pos_ in ("VERB", "AUX", "ADV")
    ):
        rest = rest[1:]
    word = low(subj[0]) if len(subj) == 1 else None
    who = OBJECT_PRONOUN.get(word, _subject_text(subj)) if word else _subject_text(subj)
    return (who + " " + _vp_ing(rest)).strip() if word != "you" else _vp_ing(rest)


def _after(toks: list, words: tuple[str, ...]) -> list:
    return toks[1:] if toks and low(toks[0]) in words else toks


def _topic(tokens: list, skip: set[int] | None = None) -> str | None:
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
        text = _text(toks)
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


def _question(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,?.!])", r"\1", text)
    text = re.sub(r",\s*,", ",", text).rstrip(" ,;:.!?")
    return text[:1].upper() + text[1:] + "?"


def _whether(toks: list) -> str | None:
    toks = _clean_rest(_after(_clean_rest(toks), ("that", "like", "if", "whether")))
    if len(toks) < 2:
        return None
    first = _subject_text(toks[:1])
    return f"What are your thoughts on whether {first}{toks[0].whitespace_}{_text(toks[1:])}"


def _reword_clause(toks: list) -> str | None:
    """An open question from a yes/no clause, in inverted ("Did you…") or declarative ("You felt…") order."""
    toks = [t for t in toks if not t.is_space]
    while toks and (toks[-1].is_punct or low(toks[-1]) in ("hm", "hmm", "eh")):
        toks.pop()
    while toks and (toks[0].is_punct or low(toks[0]) in ("so", "and", "but", "ok", "okay", "well", "right")):
        toks.pop(0)
    if not toks:
        return None
    # Leading presumptive words ("Surely", "I assume") are dropped: the rewording is neutral.
    text = _text(toks)
    m = PRESUMPTIVE_LEAD.match(text)
    if m and m.end() > 0:
        at = toks[0].idx + m.end()
        toks = [t for t in toks if t.idx >= at]
        if not toks:
            return None
    aux_tok = None
    if _aux_word(toks[0]) and len(toks) > 1:
        aux_tok, k = toks[0], 1
        if k < len(toks) and low(toks[k]) in NEG:
            k += 1
        e = _np_end(toks, k)
        subj, after = toks[k:e], toks[e:]
    else:
        e = _np_end(toks, 0)
        subj, after = toks[:e], toks[e:]
        if after and _is_aux_token(after[0]):
            aux_tok, after = after[0], after[1:]
    if after and low(after[0]) in NEG:
        after = after[1:]
    after = [
        t for n, t in enumerate(after) if not (n < 2 and (low(t) in FILLERS or low(t) in ("all", "both")))
    ]
    if not subj or not after and aux_tok is None:
        return None
    if not (
        low(subj[0]) in SUBJECT_WORDS
        or any(t.tag_ in ("PRP", "NN", "NNS", "NNP", "NNPS", "EX") for t in subj)
    ):
        return None
    aux = _lemma(aux_tok) if aux_tok is not None else None
    past = aux_tok is not None and (
        aux_tok.tag_ == "VBD" or low(aux_tok) in ("was", "were", "did", "had", "wasnt", "werent", "didnt")
    )
    s = _subject_text(subj)
    subj_word = low(subj[0]) if len(subj) == 1 else ""
    you = subj_word in ("you", "u")
    # A modal or perfect before "be"/"been" ("would it be…", "has your manager been…").
    perfect_be = False
    if (
        aux in ("can", "could", "will", "would", "should", "shall", "may", "might", "must", "have")
        and after
        and low(after[0]) in ("be", "been")
    ):
        perfect_be = low(after[0]) == "been"
        after = after[1:]
        aux_is_be = True
    else:
        aux_is_be = aux == "be"
    while after and low(after[0]) in FILLERS:
        after = after[1:]
    if not after:
        if aux_is_be and len(subj) > 1:
            first_noun = next((n for n, t in enumerate(subj) if t.tag_ in ("NN", "NNS", "NNP", "NNPS")), None)
            if first_noun is not None:
                return _question(f"What can you tell me about {_subject_text(subj[: first_noun + 1])}")
        return None
    verb = after[0]
    vlemma = _lemma(verb)

    if aux_is_be:
        # -- progressive ("Are you sleeping ok?", "You're going to apologise first")
        if verb.tag_ == "VBG":
            rest = _clean_rest(after[1:])
            be = _be(subj, past)
            if vlemma == "go" and rest and low(rest[0]) == "to":
                target = rest[1:]
                if target and target[0].tag_ == "VB":
                    return _question(f"How {be} {s} thinking about {_vp_ing(target)}")
                return _question(f"How {be} {s} thinking about going {_text(rest)}")
            if vlemma in STATE_VERBS:
                rest = [t for t in rest if low(t) not in OK_WORDS]
                return _question(f"How {be} {s} {verb.text.lower()} {_text(rest)}")
            if vlemma == "lean":
                return _question(f"What makes {OBJECT_PRONOUN.get(subj_word, s)} lean {_text(rest)}")
            if vlemma in ("stop", "prevent", "hold"):
                return (
                    _question(f"What, if anything, {be} {verb.text.lower()} {_text(rest)}")
                    if subj_word in ("anything", "something")
                    else _question(f"How {be} {s} {verb.text.lower()} {_text(rest)}")
                )
            return _question(f"How {be} {s} thinking about {_vp_ing(after)}")
        # -- an adjective ("Is the deadline realistic?", "You must be fed up")
        if (
            verb.tag_ in ("JJ", "JJR", "JJS")
            or (
                verb.tag_ == "VBN"
                and verb.dep_ in ("acomp", "ROOT", "amod", "conj")
                and not any(t.dep_ in ("dobj",) for t in after[1:])
            )
            or low(verb) in OK_WORDS | DONE_WORDS
        ):
            k = 1
            while k < len(after) and after[k].tag_ == "RP":
                k += 1
            adj_toks = after[:k]
            adj = low(verb) if verb.tag_ not in ("JJR", "JJS") else (verb.lemma_ or low(verb)).lower()
            adj_text = " ".join([adj] + [low(t) for t in adj_toks[1:]])
            rest = _clean_rest(after[k:])
            be = _be(subj, past)
            if (
                adj in ("sure", "certain", "convinced", "agreed", "aware")
                and rest
                and (you or subj_word == "we")
                and adj != "aware"
            ):
                return _question(_whether(rest) or f"How {adj_text} {be} {s}")
            if subj_word in ("it", "this", "that") and rest:
                first = low(rest[0])
                if first == "to" and len(rest) > 2 and low(rest[1]) == "say":
                    w = _whether(rest[2:])
                    if w:
                        return _question(w)
                if first == "to":
                    if adj in BETTER_WORDS or low(verb) in BETTER_WORDS or adj in ("fair",):
                        return _question(f"What do you see as the pros and cons of {_vp_ing(rest)}")
                    return _question(f"How would you feel about {_vp_ing(rest)}")
                if first in ("if", "that") or rest[0].pos_ in ("PRON", "NOUN", "PROPN", "DET"):
                    clause = _after(rest, ("if", "that"))
                    if adj in OK_WORDS | {"possible", "alright"} and first == "if":
                        return _question(f"How would you feel about {_clause_ing(clause)}")
                    w = _whether(clause)
                    if w:
                        return _question(w)
            if (
                adj in ("willing", "able", "happy", "keen", "open", "prepared", "ready", "planning")
                and rest
                and low(rest[0]) == "to"
                and _is_person(subj)
                and len(rest) > 1
            ):
                return _question(f"How {'do' if you else _do(subj, False)} {s} feel about {_vp_ing(rest)}")
            if (
                rest
                and rest[0].tag_ == "PRP"
                and len(rest) > 1
                and rest[1].pos_ in ("AUX", "VERB")
                and low(rest[0]) != "it"
            ):
                rest = [None] + rest
                rest_text = "that " + _text(rest[1:])
                return _question(
                    f"How {adj_text} {be} {s} {rest_text}"
                    if _is_person(subj)
                    else f"How {adj_text} {_do(subj, past)} {s} feel to you {rest_text}"
                )
            if adj in OK_WORDS and not rest:
                return _question(f"How {be} {s} doing" if _is_person(subj) else f"How are things with {s}")
            if adj in DONE_WORDS and adj != "ready":
                return _question(
                    f"How are things going with {'it' if you else s}"
                    + (
                        f" {_text(rest)}"
                        if rest and not you
                        else (f" {_text(_after(rest, ('with',)))}" if rest else "")
                    )
                )
            if _is_person(subj) or subj_word in ("it", "that", "this"):
                if perfect_be:
                    return _question(
                        f"How {adj_text} {'have' if _is_plural(subj) else 'has'} {s} been {_text(rest)}"
                    )
                return _question(
                    f"How {adj_text} {be if aux_tok is None or aux != 'be' else _be(subj, past)} {s} {_text(rest)}"
                )
            return _question(f"How {adj_text} {_do(subj, past)} {s} feel to you {_text(rest)}")
        # -- "there is…", "is anything…": existential
        if subj_word in ("there",):
            if not after:
                return None
            head = after[0]
            hw = low(head)
            wh = (
                "What"
                if hw in ("anything", "something")
                else "Who"
                if hw in ("anyone", "someone", "anybody", "somebody")
                else None
            )
            rest = after[1:]
            else_ = ""
            if rest and low(rest[0]) == "else":
                else_, rest = " else", rest[1:]
            rest = _clean_rest(rest)
            if wh is None:
                about = _clean_rest(after)
                return _question(
                    f"What can you tell me about {_subject_text(about[:1])}{about[0].whitespace_}"
                    f"{_text(about[1:])}"
                    if about
                    else f"What can you tell me about {PLACEHOLDER}"
                )
            if rest and rest[0].pos_ in ("VERB", "AUX") and rest[0].tag_ in ("VBG", "VBZ", "VBN"):
                return _question(f"{wh}{else_}, if anything, is {_text(rest)}")
            # a relative clause ("…you want to go over") is turned into a question ("do you want to go over")
            rel = next(
                (
                    n
                    for n, t in enumerate(rest)
                    if low(t) in ("you", "we", "i", "they", "u")
                    and n + 1 < len(rest)
                    and rest[n + 1].pos_ in ("VERB", "AUX")
                ),
                None,
            )
            if rel is not None:
                pre, clause = rest[:rel], rest[rel:]
                subj2, verb2 = clause[0], clause[1]
                if _aux_word(verb2) or low(verb2) in ("can", "could", "would", "will", "should", "might"):
                    inverted = f"{low(verb2)} {_subject_text([subj2])} {_text(clause[2:])}"
                else:
                    inverted = f"{'did' if verb2.tag_ == 'VBD' else 'do'} {_subject_text([subj2])} {_lemma(verb2)} {_text(clause[2:])}"
                return _question(f"{wh}{else_} {_text(pre)} {inverted}")
            return _question(f"{wh}{else_}, if anything, would you like to add {_text(rest)}")
        # -- a noun or a place after "be" ("Is the exam open book?", "He was out of line")
        rest = _clean_rest(after)
        if subj_word in ("anything", "anyone", "something", "someone"):
            return _question(f"What, if anything, {_text(after)}")
        if _is_person(subj) or subj_word in ("it", "this", "that"):
            if (
                subj_word in ("it", "this", "that", "these", "those")
                and rest
                and rest[0].pos_ in ("ADP", "ADV")
                and not _is_person(subj)
            ):
                pass
            else:
                be = _be(subj, past) if subj_word != "i" else ("was" if past else "am")
                return _question(f"What are your thoughts on whether {s} {be} {_text(rest)}")
        topic = _topic(subj) or s
        return _question(f"What can you tell me about {topic}")

    # Lexical verbs: "Did you…", "Have you…", "Would you…", "You felt…"
    if verb.pos_ not in ("VERB", "AUX") and verb.tag_ not in ("VB", "VBD", "VBN", "VBP", "VBZ", "VBG"):
        return None
    rest = _clean_rest(after[1:])
    if aux is None:
        past = verb.tag_ == "VBD"
        aux = "do"
    if subj_word in ("anything", "anyone", "something", "someone", "anybody") and aux == "do":
        return None
    if subj_word in ("anything", "anyone", "something", "someone", "anybody") and aux in ("have", "be"):
        v = next((n for n, t in enumerate(after) if t.pos_ in ("VERB", "AUX")), 0)
        wh = "Who" if subj_word in ("anyone", "someone", "anybody") else "What"
        return _question(
            f"{wh}, if anything, {_text(after[:v])} {'has' if aux == 'have' else 'is'} {_text(after[v:])}"
        )
    # "manage to", "try to", "get to", "end up": judged by the verb that follows
    if (
        vlemma in ("manage", "try", "remember", "decide", "get", "happen", "bother")
        and rest
        and low(rest[0]) == "to"
        and len(rest) > 1
        and rest[1].tag_ == "VB"
    ):
        return (
            _reword_clause(
                ([aux_tok] if aux_tok is not None and toks[0] is aux_tok else []) + subj + rest[1:]
            )
            if toks[0] is aux_tok
            else _reword_clause(subj + rest[1:])
        )
    if vlemma == "end" and rest and low(rest[0]) == "up":
        return _question(f"How are things going with {_vp_ing(rest[1:])}")
    if vlemma in TALK_VERBS:
        cut = next((n for n, t in enumerate(rest) if low(t) in ("or", "and") or t.text == ","), None)
        rest = rest[:cut] if cut else rest
        idx = next((n for n, t in enumerate(rest) if low(t) in ("to", "with")), None)
        have = "have" if you or _is_plural(subj) or subj_word == "i" else "has"
        who = "you" if you else s
        if idx is not None and idx + 1 < len(rest):
            return _question(f"What conversations {have} {who} had with {_text(rest[idx + 1 :])} so far")
        if rest:
            return _question(
                f"What conversations {have} {who} had about {_text(_after(rest, ('about',)))} so far"
            )
        return _question(f"What conversations {have} {who} had so far")
    if vlemma in ("consider", "weigh", "explore") or (
        vlemma == "think" and rest and low(rest[0]) in ("about", "of")
    ):
        return (
            _question(f"What are your thoughts on {_text(_after(rest, ('about', 'of')))}") if rest else None
        )
    if vlemma in SEE_VERBS and rest and (low(rest[0]) in WH or low(rest[0]) == "that"):
        if low(rest[0]) == "that":
            return _question(_whether(rest) or "")
        return _question(f"What's your view on {_text(rest)}")
    if vlemma in OPINION_VERBS - {"feel"}:
        body = _after(rest, ("that",))
        if vlemma == "say" and not (aux in ("would", "could") and you):
            pass
        elif body and not (len(body) == 1 and low(body[0]) in ("so", "it", "this", "that")):
            w = _whether(body)
            if w:
                return _question(w)
        elif vlemma in OPINION_VERBS - {"say"}:
            return _question("What's your view" if vlemma == "agree" else "What do you think")
    if vlemma == "feel" and rest:
        if rest[0].pos_ in ("ADJ", "ADV") or rest[0].tag_ == "VBN":
            return _question(
                f"How {low(rest[0])} {_do(subj, past) if aux == 'do' else low(aux_tok)} {s} feel {_text(rest[1:])}"
            )
        w = _whether(rest)
        if w:
            return _question(w)
    if vlemma in ("enjoy", "like", "love") and rest and aux in ("do", "did"):
        return _question(
            f"What {_do(subj, past)} {s} get out of {_text(rest)}"
            if you
            else f"How {_do(subj, past)} {s} respond to {_text(rest)}"
        )
    if vlemma in WANT_VERBS and rest:
        obj = rest
        if len(obj) > 2 and low(obj[0]) in ("me", "us", "him", "her", "them") and low(obj[1]) == "to":
            return _question(f"What are your thoughts on {low(obj[0])} {_vp_ing(obj[2:])}")
        if low(obj[0]) == "to":
            return _question(f"What are your thoughts on {_vp_ing(obj)}")
        return _question(f"What are your thoughts on {_text(obj)}")
    if vlemma == "know" and rest:
        return _question(f"What {_do(subj, past)} {s} know about {_text(_after(rest, ('about', 'of')))}")
    if vlemma in ("get", "receive", "see", "read", "hear", "watch") and rest:
        if vlemma == "hear" and low(rest[0]) in ("about", "from"):
            return _question(f"What {_do(subj, past)} {s} hear {_text(rest)}")
        if vlemma != "get" or any(low(t) in MESSAGE_NOUNS for t in rest):
            return _question(f"What {_do(subj, past)} {s} make of {_text(rest)}")
    if vlemma == "have" and aux in ("do", "did") and rest:
        return _question(f"What can you tell me about {_text(rest)}")
    if vlemma == "help" and not you:
        return _question(f"What difference {_do(subj, past)} {s} make")
    if aux in ("have",):
        if you and vlemma in PROGRESS_VERBS and rest:
            return _question(f"How are things going with {_text(rest)}")
        if you:
            return _question(f"How are things going with {_vp_ing(after)}")
        return _question(f"How, if at all, {'have' if _is_plural(subj) else 'has'} {s} {_text(after)}")
    if aux in ("will",) or (aux == "be" and verb.tag_ == "VBG"):
        return _question(
            f"How {'are you' if you else _be(subj, False) + ' ' + s} thinking about {_vp_ing(after)}"
        )
    if aux in ("can", "could", "would", "should", "shall", "may", "might", "must"):
        if subj_word == "it" and vlemma == "make" and any(low(t) == "sense" for t in rest):
            to = next((n for n, t in enumerate(rest) if low(t) == "to"), None)
            if to is not None and to + 1 < len(rest):
                return _question(f"What do you see as the pros and cons of {_vp_ing(rest[to:])}")
        if vlemma in ("say",) and rest:
            w = _whether(rest)
            if w:
                return _question(w)
        who = "" if you else (OBJECT_PRONOUN.get(subj_word, s) + " ")
        if subj_word in ("we", "i", "you", "u"):
            who = "" if subj_word in ("you", "u", "we", "i") else who
        return _question(f"What are your thoughts on {who}{_vp_ing(after)}")
    # "did / do / does"
    if aux == "do" or aux is None:
        if you:
            if past:
                if not rest and vlemma not in ("do",):
                    return _question("How did it go")
                if vlemma in PROGRESS_VERBS and rest:
                    return _question(f"How are things going with {_text(rest)}")
                return _question(f"How are things going with {_vp_ing(after)}")
            return _question(f"How do you feel about {_vp_ing(after)}")
        if past:
            return _question(f"How are things going with {OBJECT_PRONOUN.get(subj_word, s)} {_vp_ing(after)}")
        return _question(f"What do you know about {OBJECT_PRONOUN.get(subj_word, s)} {_vp_ing(after)}")
    return None


ELLIPTIC_REWORDINGS = {
    "really": "What makes you say that?",
    "seriously": "What makes you say that?",
    "ready": "How ready do you feel?",
    "ok": "How does that sound to you?",
    "okay": "How does that sound to you?",
    "anyone": "What does everyone think?",
    "anybody": "What does everyone think?",
    "anything": "What else is on your mind?",
    "right": "How do you see it?",
    "correct": "How do you see it?",
    "agreed": "How do you see it?",
    "sure": "What makes you sure?",
    "makes": "How does that land with you?",
    "make": "How does that land with you?",
    "done": "How are things going with it?",
    "finished": "How are things going with it?",
}


def suggest_rewording(cues: Cues) -> str | None:
    """An open rewording of a closed (or leading) question that keeps its topic, or None.

    Built by rules from the parse: an auxiliary-first question becomes a What/How question about
    the same verb and objects; a single-fact question becomes an invitation to talk about the same
    thing. Where the topic cannot be found, a marked placeholder ``[…]`` stands in for it.

    Example:
        >>> from coach.nlp import parse_one
        >>> suggest_rewording(analyze_span(parse_one("Have you talked to your manager?")[:]))
        'What conversations have you had with your manager so far?'
    """
    doc = cues.span.doc
    main = next((p for p in cues.parts if p.frame in CLOSED_FRAMES), None)
    if main is None:
        main = next((p for p in cues.parts if p.frame in QUESTION_FRAMES), cues.parts[0])
    end = min(main.end, cues.body_end) if main.end > cues.body_end else main.end
    toks = [t for t in doc[main.start : end] if not t.is_space]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return None
    text = _text(toks)
    frame = main.frame
    try:
        if frame in ("yesno", "declarative_q"):
            out = _reword_clause(toks)
            if out:
                return out
        if frame == "indirect_closed":
            m = re.search(r"\b(?:if|whether)\b", text, re.I)
            if m:
                after = [t for t in toks if t.idx >= toks[0].idx + m.end()]
                w = _whether(after)
                if w:
                    return _question(w)
        if frame == "elliptic_closed":
            key = low(toks[0]) if toks else ""
            if key in ELLIPTIC_REWORDINGS:
                return ELLIPTIC_REWORDINGS[key]
            return "What can you tell me about that?"
        whole = cues.text[cues.question_start - cues.start :].rstrip(" ?")
        if SCALE.search(whole):
            m = SCALE.search(whole)
            bare = (whole[: m.start()] + whole[m.end() :]).strip()
            bare = re.sub(r"^\s*(?:on\s+a\s*)?,?\s*", "", bare, flags=re.I)
            bare = re.sub(r"\s*,\s*,\s*|\s*,\s*(?=that\b)|\(\s*\)", " ", bare)
            bare = re.sub(r"^(?:on a|a)\s*,?\s*", "", bare, flags=re.I).strip(" ,")
            if re.match(r"(?i)how\b", bare):
                return _question(bare)
        if frame.startswith("wh_") and sum(1 for t in toks if not t.is_punct) <= 2:
            return "What can you tell me about that?"
        skip = set(range(main.opener[0], main.opener[1])) if main.opener and frame == "wh_fact" else set()
        topic = _topic(toks, skip) or _topic(toks)
        if frame in ("wh_options", "yesno", "declarative_q") and topic:
            return _question(f"What are your thoughts on {topic}")
        return _question(f"What can you tell me about {topic or PLACEHOLDER}")
    except (IndexError, ValueError):  # a rewording is a help, never a reason to fail
        return _question(f"What can you tell me about {PLACEHOLDER}")


# ==============================================================================================
# Results
# ==============================================================================================
@dataclass
class Question:
    """One question found in a text, judged."""

    text: str
    start: int  # character offsets into the text the user gave
    end: int
    label: str  # "open" | "closed"
    leading: bool
    score: float  # calibrated probability of ``label``
    leading_score: float  # calibrated probability that the question is leading (0 for open ones)
    evidence: list[Evidence] = field(default_factory=list)
    suggestion: str | None = None  # an open (and neutral) rewording, for closed questions
    question_score: float = 1.0  # calibrated probability that the sentence is a question at all

    @property
    def uncertain(self) -> bool:
        """Open or closed, or leading, is too close to call."""
        return is_uncertain(self.score) or self.label == "closed" and is_uncertain(self.leading_score)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "leading": self.leading,
            "score": self.score,
            "evidence": [e.to_dict() for e in self.evidence],
            "suggestion": self.suggestion,
            "leading_score": self.leading_score,
            "question_score": self.question_score,
            "uncertain": self.uncertain,
        }


@dataclass
class QuestionReport:
    """The questions of one text, in order, and counts over them."""

    text: str
    questions: list[Question] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    version: str = ANALYZER_VERSION
    error: str | None = None

    def to_dict(self) -> dict:
        data = {
            "text": self.text,
            "questions": [q.to_dict() for q in self.questions],
            "summary": dict(self.summary),
            "warnings": list(self.warnings),
            "version": self.version,
        }
        if self.error:
            data["error"] = self.error
        return data


def summarize(questions: Sequence[Question]) -> dict:
    n = len(questions)
    n_open = sum(q.label == "open" for q in questions)
    return {
        "questions": n,
        "open": n_open,
        "closed": n - n_open,
        "leading": sum(q.leading for q in questions),
        "open_ratio": round(n_open / n, 3) if n else None,
    }


# ==============================================================================================
# The trained heads
# ==============================================================================================
HEADS = ("is_question", "open", "leading")


class QuestionModel(TrainedHeads):
    """Three heads (is-question, open-vs-closed, leading)."""

    FILE, VERSION, WHAT, TRAIN = MODEL_FILE, ANALYZER_VERSION, "The question analyzer", "questions"

    @classmethod
    def heads_from(cls, data: dict) -> dict:
        return {name: BinaryHead.from_dict(data["heads"][name]) for name in HEADS}

    @classmethod
    def check_features(cls, heads: dict, path: Path) -> None:
        if heads["open"].feature_names[-len(FEATURE_NAMES) :] != FEATURE_NAMES:
            raise ModelUnavailable(
                f"{path} was trained with other rule features: run `mentor-coach train questions`."
            )


def _sentence_embedder():
    from coach.models import get_sentence_embedder

    return get_sentence_embedder()


get_question_model = HeadsHolder(QuestionModel, _sentence_embedder)


def feature_names(dimension: int) -> list[str]:
    return [f"emb_{i}" for i in range(dimension)] + FEATURE_NAMES


def featurize(cues_list: Sequence[Cues], embeddings: np.ndarray) -> np.ndarray:
    """[sentence embedding + rule features], one row per sentence."""
    rules = np.asarray([feature_row(c) for c in cues_list], dtype=np.float64).reshape(
        len(cues_list), len(FEATURE_NAMES)
    )
    return np.hstack([np.asarray(embeddings, dtype=np.float64).reshape(len(cues_list), -1), rules])


# ==============================================================================================
# Analysis
# ==============================================================================================
def _keep_evidence(reason: str, label: str) -> bool:
    if label == "open":
        return not reason.endswith("closed")
    return not reason.endswith(": open") and not reason.endswith("open as a whole")


def _judge(
    cues_list: list[Cues], X: np.ndarray, model: QuestionModel, offsets: Sequence[int]
) -> list[Question | None]:
    """A Question for each sentence the heads take for a question, else None (offsets: added to char positions)."""
    if not cues_list:
        return []
    p_question = model.heads["is_question"].predict_proba(X)
    p_open = model.heads["open"].predict_proba(X)
    p_leading = model.heads["leading"].predict_proba(X)
    out: list[Question | None] = []
    for n, cues in enumerate(cues_list):
        if p_question[n] < model.heads["is_question"].threshold:
            out.append(None)
            continue
        base = offsets[n]
        sentence = cues.text

        def chars(a: int, b: int) -> str:
            return sentence[a - cues.start : b - cues.start]  # noqa: B023 (used in this iteration)

        is_open = p_open[n] >= model.heads["open"].threshold
        label = "open" if is_open else "closed"
        score = float(p_open[n] if is_open else 1.0 - p_open[n])
        leading_score = 0.0 if is_open else float(p_leading[n])
        # The README's decision 7: leading is set only where the wording pushes an answer, so the
        # head's judgement needs one of those cues (a tag, a negative question, a presumptive word).
        leading = (
            (not is_open)
            and leading_score >= model.heads["leading"].threshold
            and bool(cues.leading_evidence)
        )
        start, end = cues.question_start, cues.end
        spans = [(a, b, r) for a, b, r in cues.evidence if _keep_evidence(r, label)]
        if leading:
            taken = {(a, b) for a, b, _ in cues.leading_evidence}
            spans = [e for e in spans if (e[0], e[1]) not in taken] + cues.leading_evidence
        if not any(r for *_, r in spans):
            spans.append(
                (start, end, f"judged {label} from the wording as a whole by the trained classifier")
            )
        evidence = sorted(
            {(base + a, base + b, chars(a, b), r) for a, b, r in spans if b > a}, key=lambda e: (e[0], -e[1])
        )
        suggestion = suggest_rewording(cues) if label == "closed" else _without_blame(chars(start, end))
        if label == "open" and suggestion is not None:
            m = _BLAME_WHY.match(chars(start, end))
            evidence.append(
                (base + start, base + start + len(m.group(0).rstrip()), m.group(0).rstrip(), BLAME_REASON)
            )
        if suggestion is not None and suggestion.rstrip("?").lower() == chars(start, end).rstrip("?").lower():
            suggestion = None
        out.append(
            Question(
                text=chars(start, end),
                start=base + start,
                end=base + end,
                label=label,
                leading=bool(leading),
                score=round(score, 4),
                leading_score=round(leading_score, 4),
                evidence=[Evidence(*e) for e in evidence],
                suggestion=suggestion,
                question_score=round(float(p_question[n]), 4),
            )
        )
    return out


# "Why didn't you…?" asks for reasons, so it is open and not leading (the guide keeps leading for
# closed questions; evaluation/data/questions/README.md, decision 13), but it can sound like blame.
_BLAME_WHY = re.compile(r"^\s*why\s+(?:didn'?t|did\s+not|couldn'?t|could\s+not)\s+(?:you|u)\b\s*", re.I)
BLAME_REASON = (
    "\u201cwhy didn't you\u2026\u201d asks for reasons, so it is open, but it can sound like blame: "
    "asking what got in the way invites the same account"
)


def _without_blame(question: str) -> str | None:
    """ "Why didn't you ask for help?" → "What got in the way of asking for help?"; None for other questions.

    Example:
        >>> _without_blame("Why didn't you ask for help?")
        'What got in the way of asking for help?'
    """
    m = _BLAME_WHY.match(question)
    if not m:
        return None
    rest = question[m.end() :].strip().rstrip("?.! ").split()
    if not rest:
        return "What got in the way?"
    return "What got in the way of " + " ".join([_ing(rest[0]), *rest[1:]]) + "?"


def _sentences(docs: Sequence) -> list[tuple[int, Segment]]:
    return [(d, seg) for d, doc in enumerate(docs) for seg in segments(doc)]


def questions_from_docs(
    docs: Sequence, offsets: Sequence[int] | None = None, vectors: dict[str, np.ndarray] | None = None
) -> list[list[Question]]:
    """The questions of already-parsed Docs (from ``coach.nlp.parse``), one list per Doc.

    For callers that parse a text once for several analyzers (the notes review). ``offsets[i]`` is
    added to every character position of Doc i (where the Doc's text starts in the user's input);
    ``vectors`` may hold sentence embeddings already computed, keyed by sentence text. All the
    sentences not in ``vectors`` are embedded in one batched call.

    Example:
        >>> from coach.nlp import parse
        >>> [[q.label for q in qs] for qs in questions_from_docs(parse(["How many?", "Why?"]))]
        [['closed'], ['open']]
    """
    from coach.models import get_sentence_embedder, known_vectors

    model = get_question_model()
    embedder = get_sentence_embedder()
    offsets = list(offsets) if offsets is not None else [0] * len(docs)
    if len(offsets) != len(docs):
        raise InputError("Give one offset per Doc (or none).")
    found = _sentences(docs)
    known = known_vectors(embedder, vectors)
    missing = sorted({seg.text for _, seg in found if seg.text not in known})
    if missing:
        known.update(zip(missing, embedder.encode(missing)))
    return _questions_for(docs, found, known, offsets, model)


def _questions_for(docs, found, vectors, offsets, model) -> list[list[Question]]:
    cues_list = [analyze_span(seg.span, seg.start, seg.end) for _, seg in found]
    dimension = next(iter(vectors.values())).shape[0] if vectors else 0
    emb = np.array([vectors[seg.text] for _, seg in found], dtype=np.float64).reshape(len(found), dimension)
    X = featurize(cues_list, emb) if found else np.zeros((0, 0))
    judged = _judge(cues_list, X, model, [offsets[d] for d, _ in found])
    per_doc: list[list[Question]] = [[] for _ in docs]
    for (d, _), q in zip(found, judged):
        if q is not None:
            per_doc[d].append(q)
    return per_doc


def _line_texts(text: str) -> list[str]:
    """The lines of a text as the segmenter will most often cut them (bullets stripped), for early embedding."""
    from coach.segment import strip_lead

    out = []
    for line in text.splitlines():
        start = strip_lead(line, 0, len(line))
        piece = line[start:].rstrip()
        if piece:
            out.append(piece)
    return out


def analyze_questions_many(texts: Sequence[object]) -> list[QuestionReport]:
    """Analyze many texts at once: one spaCy pass and one batched embedding call for the whole batch.

    A text that cannot be analysed comes back, in its place, as a report with ``error`` set.

    Example:
        >>> [len(r.questions) for r in analyze_questions_many(["How was your week?", "", "Thanks."])]
        [1, 0, 0]
    """
    from coach.models import get_sentence_embedder
    from coach.nlp import parse
    from coach.settings import get_settings

    model = get_question_model()
    embedder = get_sentence_embedder()
    settings = get_settings()
    prepared, problems = [], []
    for text in texts:
        try:
            prepared.append(
                prepare_text(
                    text, max_chars=MAX_QUESTION_TEXT_CHARS, what="text", hard_limit=settings.max_text_chars
                )
            )
            problems.append(None)
        except InputError as exc:
            prepared.append(None)
            problems.append(str(exc))
    ok = [i for i, p in enumerate(prepared) if p is not None]
    # Most questions are one line: embed the lines while spaCy parses (the embedder releases the GIL),
    # then embed only the sentences that are not whole lines.
    lines = sorted({line for i in ok for line in _line_texts(prepared[i].text)})
    early = embedder.encode_beside(lines)
    docs = parse([prepared[i].text for i in ok])
    found = _sentences(docs)
    vectors = dict(zip(lines, early()))
    missing = sorted({seg.text for _, seg in found if seg.text not in vectors})
    if missing:
        vectors.update(zip(missing, embedder.encode(missing)))
    per_doc = _questions_for(docs, found, vectors, [prepared[i].offset for i in ok], model) if ok else []
    by_text = dict(zip(ok, per_doc))
    reports = []
    for i, p in enumerate(prepared):
        original = texts[i] if isinstance(texts[i], str) else ""
        if p is None:
            reports.append(
                QuestionReport(text=original, summary=summarize([]), error=problems[i], version=model.version)
            )
            continue
        questions = by_text[i]
        reports.append(
            QuestionReport(
                text=original,
                questions=questions,
                summary=summarize(questions),
                warnings=list(p.warnings),
                version=model.version,
            )
        )
    return reports


def analyze_questions(text: object) -> QuestionReport:
    """Find and judge the questions in one text (a question, a list of questions, session notes…).

    Raises InputError for text that cannot be analysed (empty, binary, too long).
    """
    report = analyze_questions_many([text])[0]
    if report.error:
        raise InputError(report.error)
    return report
