"""The committed deeds of a unit: each a verb with the cue that commits someone to it ("I'll",
"Priya to", "can you …?", an instruction on an action line), and what speaks against it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.analyzers.actions.note import Note
from coach.analyzers.actions.units import Unit
from coach.analyzers.actions.words import (
    AGENDA_VERBS,
    ASK_VERBS,
    COORD,
    DELIBERATION_VERBS,
    LEADING_FILLERS,
    MODALS_FUTURE,
    NO_COMMITMENT,
    NOT_ACTING_VERBS,
    NOT_BEFORE_NAMED_TO,
    NOT_SUBJECT,
    PAST_PLAN,
    REPORTING,
    ROLE_WORDS,
    SAME_PAST,
    SKIP_ADVERBS,
    SUBJECT_PRONOUNS,
    TASK_VERBS,
)


@dataclass
class Clause:
    """One committed deed of a unit: its verb, the cue that commits someone to it, its subject."""

    verb: int  # token index (doc) of the task's verb
    cue: str  # future / going-to / to-do / imperative / request / offer / agreed / present / fallback
    cue_span: tuple[int, int]
    subject: str | None  # "I", "you", "he", a name, "we" ... or None
    subject_span: tuple[int, int] | None
    conj: bool = False  # a further deed of the same person in the same sentence
    negative: str | None = None
    region_end: int = 0  # char offset where this deed's words end
    explicit: bool = True  # the subject stands right before the cue ("she'll"), not found through the parse


# A line the writer opens as their own to-do list: "i need to:", "I have to:", "we need to:".
_OWN_TODO_LABEL = re.compile(r"^\W*(?:i|we|me)\s+(?:need|have|got|gotta|must)(?:\s+to)?\s*$", re.IGNORECASE)


def _verbish(tok) -> bool:
    low = tok.lower_
    if (
        low in SAME_PAST
        and tok.tag_ in ("VBD", "VBN")
        and tok.nbor(-1).lower_ not in ("was", "were", "been", "had", "has", "have", "got")
    ):
        return True
    if (
        tok.tag_ in ("VB", "VBP")
        and tok.pos_ in ("VERB", "AUX")
        and low not in ("be", "am", "are", "is", "have", "do", "'m", "'re", "'s")
    ):
        return True
    if tok.tag_ in ("VB", "VBP") and low in ("do", "have"):
        return True
    return low in TASK_VERBS and tok.tag_ not in (
        "DT",
        "IN",
        "PRP",
        "PRP$",
        "CC",
        "MD",
        "TO",
        "CD",
        "JJR",
        "VBD",
        "VBN",
        "VBZ",
        "VBG",
    )


def _subject_before(doc, i: int, start: int) -> tuple[str | None, tuple[int, int] | None]:
    """The subject just before token i (a modal or 'going'): a pronoun or a name."""
    j = i - 1
    while j >= start and (
        doc[j].lower_
        in (
            "'s",
            "’s",
            "is",
            "'m",
            "am",
            "'re",
            "are",
            "also",
            "just",
            "definitely",
            "probably",
            "both",
            "each",
            "all",
            "then",
            "really",
            "actually",
            "said",
        )
        or doc[j].tag_ == "RB"
    ):
        if doc[j].lower_ in ("both", "each") and j - 1 >= start and doc[j - 1].lower_ == "we":
            return "both", (doc[j - 1].idx, doc[j].idx + len(doc[j]))
        j -= 1
    if j < start:
        return None, None
    tok = doc[j]
    low = tok.lower_
    if low in SUBJECT_PRONOUNS:
        return SUBJECT_PRONOUNS[low], (tok.idx, tok.idx + len(tok))
    if tok.pos_ == "PROPN" or (
        tok.text[:1].isupper() and tok.pos_ in ("NOUN", "PROPN", "ADJ", "X") and j > start - 1
    ):
        # "Jordan", "Dr. Patel", "Mentor (me)" handled by the caller
        return tok.text, (tok.idx, tok.idx + len(tok))
    if low in ("mentees", "everyone", "all", "mentor", "mentee", "both"):
        return low, (tok.idx, tok.idx + len(tok))
    if tok.text == ")":
        k = j - 1
        while k >= start and doc[k].text != "(":
            k -= 1
        inside = doc[k + 1 : j].text.lower() if k >= start else ""
        if inside.strip() == "me":
            return "I", (doc[k].idx, tok.idx + 1)
        if k - 1 >= start:
            return _subject_before(doc, k, start)
    return None, None


def _next_verb(doc, i: int, end: int, lenient: bool = False) -> int | None:
    """The first verb-like token from i on, skipping adverbs ("also", "just", "try and").

    ``lenient`` (right after "will", "going to", "X to"): the next content word is the verb even where
    the tagger, thrown by shorthand, calls it a noun ("will screen-record", "to intro").
    """
    j = i
    while j < end and (
        doc[j].lower_ in SKIP_ADVERBS
        or doc[j].tag_ in ("RB",)
        and doc[j].lower_ not in TASK_VERBS
        or doc[j].lower_ == "try"
        and j + 1 < end
        and doc[j + 1].lower_ == "and"
        or doc[j].lower_ == "and"
        and j > i
    ):
        j += 1
    if j < end and (_verbish(doc[j]) or doc[j].pos_ == "VERB" and doc[j].tag_ in ("VB", "VBP")):
        return j
    if (
        lenient
        and j < end
        and doc[j].is_alpha
        and doc[j].tag_
        not in ("DT", "PRP", "PRP$", "IN", "CC", "TO", "MD", "CD", "RB", "WDT", "WP", "EX", "PDT", "UH")
        and doc[j].lower_ not in ("be", "not", "never", "the", "a")
    ):
        return j
    return None


def find_clauses(doc, unit: Unit, note: Note, body_start_char: int) -> list[Clause]:
    """The committed deeds of a unit: each a verb with the cue that commits someone to it, and what
    speaks against it (``Clause.negative``). ``body_start_char``: where the words after the line's
    bullet and label start."""
    span = unit.seg.span
    s, e = span.start, span.end
    while s < e and doc[s].idx < body_start_char:
        s += 1
    if unit.heading or s >= e:
        return []
    finder = _ClauseFinder(doc, unit, s, e)
    finder.find_cued()
    finder.find_instruction()
    finder.find_present_for_future()
    out = finder.with_joined_deeds()
    return _judged(doc, unit, out)


class _ClauseFinder:
    """The deeds of one unit's tokens ``s:e``, found cue by cue; a verb is taken by one cue only."""

    def __init__(self, doc, unit: Unit, s: int, e: int):
        self.doc, self.unit, self.s, self.e = doc, unit, s, e
        self.question = unit.text.rstrip().endswith("?")
        self.out: list[Clause] = []
        self.used: set[int] = set()

    def add(self, verb, cue, cue_span, subject, subject_span, conj=False, negative=None) -> None:
        if verb is None or verb in self.used:
            return
        self.used.add(verb)
        self.out.append(
            Clause(
                verb=verb,
                cue=cue,
                cue_span=cue_span,
                subject=subject,
                subject_span=subject_span,
                conj=conj,
                negative=negative,
            )
        )

    def parse_subject(self, v: int) -> tuple[str | None, tuple[int, int] | None]:
        """The subject the parse gives a verb (or the verb it hangs from), for "– will send it" clauses."""
        tok = self.doc[v]
        for head in (tok, tok.head, tok.head.head):
            subj = next(
                (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and self.s <= c.i < v), None
            )
            if subj is not None and (subj.pos_ in ("PROPN", "PRON") or subj.text[:1].isupper()):
                word = SUBJECT_PRONOUNS.get(subj.lower_, subj.text)
                return word, (subj.idx, subj.idx + len(subj))
        return None, None

    def find_cued(self) -> None:
        """The deeds a cue commits someone to, left to right. Each cue reader takes the token at ``i``
        and returns where to read on, or None when its cue is not there."""
        cues = (
            self._modal,
            self._going_to,
            self._agreed_to,
            self._named_to,
            self._request,
            self._want_to,
            self._offer,
            self._happy_to,
        )
        i = self.s
        while i < self.e:
            for cue in cues:
                after = cue(i)
                if after is not None:
                    i = after
                    break
            else:
                i += 1

    def _next_word(self, i: int) -> str:
        return self.doc[i + 1].lower_ if i + 1 < self.e else ""

    def _negated_before(self, i: int) -> str | None:
        doc = self.doc
        return (
            "negated"
            if any(doc[k].lower_ in ("not", "n't", "never") for k in range(max(self.s, i - 3), i))
            else None
        )

    def _modal(self, i: int) -> int | None:
        """will / 'll / shall / won't / 'd (reported: "said she'd") + verb; "will do"."""
        doc, s, e = self.doc, self.s, self.e
        tok = doc[i]
        low, nxt = tok.lower_, self._next_word(i)
        reported = low in ("'d", "’d", "would") and any(
            doc[k].lemma_ in REPORTING or doc[k].lower_ in REPORTING for k in range(max(s, i - 5), i)
        )
        if not (low in MODALS_FUTURE or reported):
            return None
        if (
            low in ("will", "'ll", "’ll")
            and nxt in ("do", "do.")
            and (
                i + 2 >= e
                or doc[i + 2].is_punct
                or doc[i + 2].ent_type_ == "DATE"
                or doc[i + 2].lower_ in ("it", "that", "so")
            )
        ):
            subj, sspan = _subject_before(doc, i, s)
            self.add(i + 1, "agreed", (tok.idx, doc[i + 1].idx + 2), subj, sspan)
            self.out[-1].explicit = subj is not None
            return i + 2
        v = _next_verb(doc, i + 1, e, lenient=True)
        if v is None:
            return None
        subj, sspan = _subject_before(doc, i, s)
        explicit = subj is not None
        if subj is None:
            subj, sspan = self.parse_subject(v)
        neg = (
            "negated"
            if low == "wo" or any(doc[k].lower_ in ("not", "n't", "never") for k in range(i + 1, v))
            else None
        )
        before = {doc[k].lower_ for k in range(max(s, i - 3), i)}
        if neg is None and before & {"if", "whether", "unless"}:
            neg = "a condition or a question, not a commitment"
        elif neg is None and before & {"maybe", "might", "perhaps", "possibly"}:
            neg = "hedged"
        self.add(
            v, "reported" if reported else "future", (tok.idx, tok.idx + len(tok)), subj, sspan, negative=neg
        )
        self.out[-1].explicit = explicit if self.out and self.out[-1].verb == v else True
        return v + 1

    def _going_to(self, i: int) -> int | None:
        """going to + verb."""
        doc = self.doc
        tok = doc[i]
        if not (tok.lower_ in ("going", "gon") and self._next_word(i) in ("to", "na")):
            return None
        v = _next_verb(doc, i + 2, self.e, lenient=True)
        if v is None:
            return None
        subj, sspan = _subject_before(doc, i, self.s)
        if subj is None:
            subj, sspan = self.parse_subject(v)
        cue_span = (tok.idx, doc[i + 1].idx + len(doc[i + 1]))
        self.add(v, "going-to", cue_span, subj, sspan, negative=self._negated_before(i))
        return v + 1

    def _agreed_to(self, i: int) -> int | None:
        """agreed / promised / committed / offered (to) + verb."""
        doc, e = self.doc, self.e
        tok = doc[i]
        if not (
            tok.lemma_ in ("agree", "promise", "commit", "offer", "volunteer", "undertake")
            and self._next_word(i) == "to"
        ):
            return None
        v = _next_verb(doc, i + 2, e)
        if v is None and i + 2 < e and doc[i + 2].tag_ == "VBG":
            v = i + 2
        if v is None:
            return None
        subj, sspan = _subject_before(doc, i, self.s)
        self.add(v, "agreed", (tok.idx, doc[i + 1].idx + 2), subj, sspan, negative=self._negated_before(i))
        return v + 1

    def _named_to(self, i: int) -> int | None:
        """ "Priya to pick …", "GP to enrol …", "Mentor (me) to speak …", "Mentees to read …"."""
        doc, s = self.doc, self.s
        tok = doc[i]
        if not (tok.lower_ == "to" and s < i <= s + 6):
            return None
        v = _next_verb(doc, i + 1, self.e, lenient=True)
        prev = doc[i - 1]
        words = doc[s:i]
        subject_like = (
            prev.text == ")"
            or prev.lower_ in ROLE_WORDS
            or prev.pos_ in ("PROPN", "X")
            or (prev.text.isupper() and len(prev.text) <= 4)
            or (prev.text[:1].isupper() and prev.pos_ in ("NOUN", "ADJ"))
            or (prev.text[:1].isupper() and prev.lower_ not in TASK_VERBS and prev.is_alpha)
        )
        if prev.lemma_.lower() in NOT_BEFORE_NAMED_TO or prev.tag_ in ("VBZ", "VBD", "VBG", "VBN"):
            subject_like = False
        if not (
            v is not None
            and subject_like
            and prev.lower_ not in NOT_SUBJECT
            and not any(
                t.tag_.startswith("VB") or t.lower_ in TASK_VERBS and t.i != s or t.tag_ == "MD"
                for t in words
                if t.text[:1].islower()
            )
        ):
            return None
        subj, sspan = _subject_before(doc, i, s)
        if subj is None or subj.lower() in NOT_SUBJECT:
            subj, sspan = prev.text, (prev.idx, prev.idx + len(prev))
        self.add(v, "to-do", (tok.idx, tok.idx + 2), subj, sspan)
        return v + 1

    def _request(self, i: int) -> int | None:
        """can you / could you / will you …? (a request)."""
        doc = self.doc
        tok = doc[i]
        if not (
            tok.lower_ in ("can", "could", "would", "will")
            and self._next_word(i) in ("you", "u")
            and all(
                doc[k].lower_ in LEADING_FILLERS
                or doc[k].is_punct
                or doc[k].pos_ == "PROPN"
                or doc[k].lower_ in ("and", "also", "so")
                for k in range(self.s, i)
            )
        ):
            return None
        v = _next_verb(doc, i + 2, self.e)
        if v is None:
            return None
        you = doc[i + 1]
        self.add(v, "request", (tok.idx, you.idx + len(you)), "you", (you.idx, you.idx + len(you)))
        return v + 1

    def _want_to(self, i: int) -> int | None:
        """ "Want to try building one panel yourself …?" asked of the other speaker."""
        doc, e = self.doc, self.e
        tok = doc[i]
        if not (
            self.question
            and tok.lower_ in ("want", "wanna")
            and all(doc[k].lower_ in ("you", "do", "would") for k in range(self.s, i))
            and not any(t.lower_ in ("anything", "something") for t in doc[i:e])
        ):
            return None
        j = i + 1 + (self._next_word(i) == "to")
        while j < e and doc[j].lower_ in ("try", "have", "a", "go", "at"):
            j += 1
        if not (j < e and (doc[j].tag_ in ("VB", "VBG") or doc[j].lower_ in TASK_VERBS)):
            return None
        self.add(j, "request", (tok.idx, tok.idx + len(tok)), "you", None)
        return j + 1

    def _offer(self, i: int) -> int | None:
        """ "I can …" (an offer), not in a question or a condition."""
        doc, s = self.doc, self.s
        tok = doc[i]
        if not (
            tok.lower_ == "can"
            and i > s
            and doc[i - 1].lower_ == "i"
            and not self.question
            and not any(
                doc[k].lower_ in ("if", "whether", "so", "what", "how", "maybe", "perhaps", "possibly")
                for k in range(max(s, i - 4), i - 1)
            )
        ):
            return None
        v = _next_verb(doc, i + 1, self.e)
        if v is None:
            return None
        me = doc[i - 1]
        self.add(v, "offer", (me.idx, tok.idx + len(tok)), "I", (me.idx, me.idx + 1))
        return v + 1

    def _happy_to(self, i: int) -> int | None:
        """ "happy to …" (an offer)."""
        doc = self.doc
        tok = doc[i]
        if not (tok.lower_ == "happy" and self._next_word(i) == "to"):
            return None
        v = _next_verb(doc, i + 2, self.e)
        if v is None:
            return None
        subj, sspan = _subject_before(doc, i, self.s)
        self.add(v, "offer", (tok.idx, doc[i + 1].idx + 2), subj or "I", sspan)
        return v + 1

    def find_instruction(self) -> None:
        """An instruction at the start of the line's words: "Ask Priyanka …", "OK – draft your first
        reply …", "Jamal, finish the model …"; none after a topic label ("Checklist: …") or a name."""
        doc, s, e = self.doc, self.s, self.e
        j = s
        colon = next((k for k in range(s, min(e, s + 5)) if doc[k].text == ":"), None)
        # "i need to: rewrite the template by mon, send ruth my plan": the writer's own to-do label
        own_list = colon is not None and _OWN_TODO_LABEL.match(doc[s:colon].text)
        if colon is not None and (own_list or not any(doc[k].tag_.startswith("VB") for k in range(s, colon))):
            j = colon + 1
            if re.match(
                r"(?i)\s*(?:goals?|aims?|topics?|agenda|discussed|themes?|background|context|issues?|problems?|"
                r"questions?|ideas?|wants?|focus|objectives?)\b",
                doc[s:colon].text,
            ):
                j = e
        while j < e and (
            doc[j].lower_ in LEADING_FILLERS
            or doc[j].is_punct
            or doc[j].lower_ in ("just", "pls", "please", "nothing")
            or not any(ch.isalnum() for ch in doc[j].text)
        ):
            j += 1
        if j + 1 < e and doc[j].pos_ == "PROPN" and doc[j + 1].text == ",":
            j += 2  # a name addressed: "Jamal, finish …"
        # Under an actions heading a capitalised task verb opening the line is the instruction, whatever
        # the tagger says: after a heading line spaCy reads "Rewrite the report…" as a name.
        # So is one with a date still to come and its object after it: "Book forklift refresher before 1 Sept."
        dated = any(m.iso and not m.past for m in self.unit.mentions)
        verb_in_a_list = (
            doc[j].lower_ in TASK_VERBS
            and (
                self.unit.section == "actions"
                or dated
                and j + 1 < e
                and doc[j + 1].pos_ not in ("ADP", "VERB", "AUX", "PUNCT", "CCONJ")
            )
            if j < e
            else False
        )
        if (
            j < e
            and not verb_in_a_list
            and (
                doc[j].pos_ == "PROPN"
                or doc[j].ent_type_ == "PERSON"
                and doc[j].text[:1].isupper()
                or j + 1 < e
                and doc[j + 1].lower_ in ("to", ",", ":")
                and doc[j].text[:1].isupper()
                and doc[j].lower_ not in TASK_VERBS
            )
        ):
            j = e  # a name, not an instruction: "Kofi to practise …"
        if (
            j < e
            and j not in self.used
            and not self.question
            and self.unit.line > 0
            and (_verbish(doc[j]) or doc[j].tag_ == "VB" or verb_in_a_list)
            and doc[j].lower_ not in ("will", "would", "can", "could", "should")
            and not (j + 1 < e and doc[j + 1].lower_ in ("'s", "is", "was", "'re", "are"))
            and doc[j].tag_ not in ("VBD", "VBN", "VBG", "VBZ")
            and not (doc[j].lower_ == "thank" and j + 1 < e and doc[j + 1].lower_ in ("you", "u", "ya"))
        ):
            neg = "negated" if j + 1 < e and doc[j + 1].lower_ in ("n't", "not", "never") else None
            self.add(j, "imperative", (doc[j].idx, doc[j].idx), None, None, negative=neg)

    def find_present_for_future(self) -> None:
        """Present tense for the future (non-native writers), when nothing else was found and a date to
        come follows: "I write to her this evening", "Svetlana books the course latest KW 25"."""
        future_date = any(
            m.iso
            and not m.past
            and (
                m.link_kind == "deadline"
                or m.kind in ("today", "tomorrow", "week", "kw", "weekend", "month", "cobday")
                or m.link_kind == "on"
            )
            for m in self.unit.mentions
        )
        if not self.out and future_date:
            self._present_task_verb()
        if not self.out and future_date:
            self._present_by_parse()

    def _dated_after(self, tok) -> bool:
        return any(m.iso and not m.past and m.start > tok.idx for m in self.unit.mentions)

    def _present_task_verb(self) -> None:
        """A task verb in the present right after its subject: "I write", "Svetlana books"."""
        doc = self.doc
        for k in range(self.s + 1, self.e):
            tok, prev = doc[k], doc[k - 1]
            low = tok.lower_
            stem = (
                low[:-2]
                if low.endswith(("shes", "ches", "sses", "xes"))
                else low[:-1]
                if low.endswith("s")
                else low
            )
            if not self._dated_after(tok):
                continue
            if (
                (prev.pos_ == "PROPN" or prev.lower_ in ("i", "he", "she", "we", "they", "you", "u"))
                and (
                    low in TASK_VERBS
                    and prev.lower_ in ("i", "we", "they", "you", "u")
                    or low.endswith("s")
                    and stem in TASK_VERBS
                    and prev.lower_ not in ("i", "we", "they")
                )
                and tok.tag_ not in ("VBD", "VBN", "MD")
            ):
                self.add(
                    k,
                    "present",
                    (prev.idx, tok.idx + len(tok)),
                    SUBJECT_PRONOUNS.get(prev.lower_, prev.text),
                    (prev.idx, prev.idx + len(prev)),
                )
                return

    def _present_by_parse(self) -> None:
        """A present-tense verb whose parsed subject is a person."""
        doc = self.doc
        for k in range(self.s, self.e):
            tok = doc[k]
            if (
                tok.tag_ in ("VBP", "VBZ")
                and tok.lemma_ not in ("be", "have", "do", "think", "want", "need", "feel", "say", "like")
                and any(
                    c.dep_ == "nsubj"
                    and (c.lower_ in ("i", "he", "she", "we", "they", "you", "u") or c.pos_ == "PROPN")
                    for c in tok.children
                )
                and self._dated_after(tok)
            ):
                subj = next(c for c in tok.children if c.dep_ == "nsubj")
                self.add(
                    k,
                    "present",
                    (subj.idx, tok.idx + len(tok)),
                    subj.text if subj.pos_ == "PROPN" else SUBJECT_PRONOUNS.get(subj.lower_, subj.text),
                    (subj.idx, subj.idx + len(subj)),
                )
                return

    def with_joined_deeds(self) -> list[Clause]:
        """The deeds found, in order, with the further deeds joined to each: "rewrite opener, have
        conversation", "shadow X next week, then take Y"."""
        doc, e, out = self.doc, self.e, self.out
        out.sort(key=lambda c: c.verb)
        extra: list[Clause] = []
        for n, clause in enumerate(out):
            limit = out[n + 1].verb if n + 1 < len(out) else e
            k = clause.verb + 1
            while k < limit:
                if doc[k].lower_ in COORD:
                    j = k + 1
                    while j < limit and doc[j].lower_ in ("and", "then", "also", "to", "just", "&", "+"):
                        j += 1
                    if j < limit and j not in self.used and self._joined_verb(clause, k, j):
                        self.used.add(j)
                        extra.append(
                            Clause(
                                verb=j,
                                cue=clause.cue,
                                cue_span=clause.cue_span,
                                subject=clause.subject,
                                subject_span=clause.subject_span,
                                conj=True,
                                negative=clause.negative,
                            )
                        )
                        k = j + 1
                        continue
                k += 1
        return sorted(out + extra, key=lambda c: c.verb)

    def _joined_verb(self, clause: Clause, k: int, j: int) -> bool:
        """Whether token j, after the joining word at k, is a further deed of the clause's own subject."""
        doc, e = self.doc, self.e
        # "book the room and email the agenda": a task verb the tagger read as a noun, with its own object
        noun_read_verb = (
            doc[j].lower_ in TASK_VERBS
            and doc[j].pos_ in ("NOUN", "PROPN")
            and j + 1 < e
            and doc[j + 1].lower_
            in ("the", "a", "an", "my", "your", "his", "her", "their", "our", "him", "them", "me", "us", "it")
        )
        return bool(
            (
                _verbish(doc[j])
                or noun_read_verb
                or (doc[j].tag_ in ("VB", "VBP") and doc[j].pos_ == "VERB")
                or doc[clause.verb].tag_ == "VBG"
                and doc[j].tag_ == "VBG"
            )
            and not (j + 1 < e and doc[j + 1].lower_ in ("'s", "is", "was", "are"))
            and doc[j - 1].lower_ not in ("the", "a", "an", "my", "her", "his", "their", "your", "our")
            and not any(
                c.dep_ == "nsubj" and k < c.i < j and c.pos_ in ("PRON", "PROPN") for c in doc[j].children
            )
        )


def _judged(doc, unit: Unit, out: list[Clause]) -> list[Clause]:
    """The deeds with where each one's words end and what speaks against them: done in the session, a
    sign-off, thinking, a decision not to act, agenda for the next meeting, already done, no commitment."""
    if re.search(
        r"\b(?:right now|with me now|now\s*\?|in the session|during the session)\s*[.?!]?\s*$",
        unit.text,
        re.I,
    ):
        for clause in out:
            clause.negative = clause.negative or "done during the session"
    if (
        re.match(
            r"(?i)\s*(?:speak soon|talk soon|best|thanks|thank you|cheers|kind regards|all best|see you|many thanks)\b",
            unit.text,
        )
        and len(unit.seg.span) <= 6
    ):
        out = []
    # "ask Denise if the home will pay for it": what is asked ("the home will pay") is the ask's object,
    # not a deed of its own (guide §4, "ask Prof. Lindqvist for a reference letter" keeps what is asked for).
    kept: list[Clause] = []
    for clause in out:
        asked = kept[-1] if kept else None
        between = doc[asked.verb : clause.verb].text if asked is not None else ""
        complement = re.search(r"\b(?:if|whether)\b(?P<rest>.*)$", between, re.I | re.S)
        if (
            complement
            and doc[asked.verb].lower_ in ASK_VERBS
            and not clause.conj
            and not re.search(r"\band\b|[,;:]", complement.group("rest"))
        ):
            continue
        kept.append(clause)
    out = kept
    for n, clause in enumerate(out):
        clause.region_end = doc[out[n + 1].verb].idx if n + 1 < len(out) else unit.end
    _mark_not_deeds(doc, unit, out)
    no_commitment = NO_COMMITMENT.search(unit.text)
    for n, clause in enumerate(out):
        if no_commitment and clause.negative is None:
            clause.negative = f'"{no_commitment.group(0)}"'
        if clause.conj and n > 0 and out[n - 1].negative and clause.negative is None:
            clause.negative = out[n - 1].negative
    return out


# Subjects that are no one: "it's going to burn him out", "which will save time".
NOT_A_DOER = frozenset({"it", "which", "that", "this", "there"})


def _perfect(doc, v: int) -> bool:
    """Whether verb ``v`` is a perfect ("I have told him…", "she would have read…", "should have
    filled in…"): a report or a regret, unless it is a future perfect ("I'll have read it by then")."""

    def future(have: int) -> bool:
        return any(doc[j].lower_ in ("will", "'ll", "shall") for j in range(max(0, have - 2), have))

    if doc[v].lower_ in ("have", "has", "'ve", "ve", "had"):
        # The deed found may be the auxiliary itself ("I have | told him that…").
        n = v + 1
        while n < len(doc) and doc[n].pos_ == "ADV":
            n += 1
        if n < len(doc) and doc[n].tag_ in ("VBN", "VBD"):
            return not future(v)
    if doc[v].tag_ != "VBN":
        return False
    k = v - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    return k >= 0 and doc[k].lower_ in ("have", "has", "had", "'ve", "ve", "'d") and not future(k)


def _mark_not_deeds(doc, unit: Unit, out: list[Clause]) -> None:
    """Verbs that commit to nothing: thinking, a decision not to act or with no date, agenda for the
    next meeting, a plan already carried out."""
    agenda_words = bool(
        re.search(
            r"\b(?:next (?:session|time|circle|meeting|catch-?up)|then\s*[.!]?$|in the session)\b",
            unit.text,
            re.I,
        )
    )
    past_plan = PAST_PLAN.search(unit.text)
    # "Note to self: …", read as a task line ("Note | to self") or an instruction ("Note | to self").
    labels = [
        (unit.start + m.start(), unit.start + m.end())
        for m in re.finditer(r"\bnote\s+to\s+self\b", unit.text, re.I)
    ]
    for clause in out:
        verb = doc[clause.verb]
        lemma = verb.lemma_.lower()
        if clause.negative is not None:
            continue
        if (clause.subject or "").lower() in NOT_A_DOER:
            clause.negative = "what a thing will do, not a person's deed"  # "it'll save you ten minutes"
        elif _perfect(doc, clause.verb):
            clause.negative = "already done, or what should have been done"
        elif any(a <= verb.idx < b for a, b in labels):
            clause.negative = "a label (note to self), not a deed"
        elif lemma in DELIBERATION_VERBS or verb.lower_ in DELIBERATION_VERBS:
            clause.negative = "thinking, not a deed"
        elif lemma in NOT_ACTING_VERBS:
            clause.negative = "a decision not to act"
        elif lemma == "decide" and not any(m.iso and not m.past for m in unit.mentions):
            clause.negative = "a decision with no date"
        elif lemma in AGENDA_VERBS and (
            (clause.subject or "").lower() in ("we", "both")
            and lemma
            in ("meet", "come", "pick", "catch", "discuss", "review", "revisit", "continue", "touch")
            or agenda_words
            and lemma in ("show", "cover", "look", "review", "discuss", "go", "talk")
        ):
            clause.negative = "agenda for the next meeting, not a task"
        elif past_plan and past_plan.start() > verb.idx - unit.start - 40:
            clause.negative = "already done"
