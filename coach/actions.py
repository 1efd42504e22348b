"""Action items in session notes: who committed to do what, by when, with the words that say so;
and what became of last session's items.

An action item is a commitment made in the session to do something after it (labelling guide §4,
and the decisions in ``evaluation/data/actions/README.md``). The analyzer works on the sentences and
lines of a note (``coach.segment.segments``), read from the shared spaCy Doc:

1. **Rules find evidence** in each unit: commitment cues ("I'll", "she's going to", "we agreed",
   "Priya to …", "AP1 –", "TODO (RK):", "me: …", an imperative under an "Actions" heading, a request
   "can you … by Tuesday?" that the next turn accepts), due-date words (``coach.dates``), and what
   speaks against an item: advice nobody took up ("you could try …", "not keen"), wishes and hedges
   ("would like to", "maybe"), thinking ("I'll think about it"), negation ("decided not to"), past
   events ("already booked"), status lines ("✓", "still not sent"), questions, and agenda for the
   next meeting ("next session we'll …").
2. **A calibrated head decides** whether a unit holds an action item: a logistic regression on
   [MiniLM sentence embedding + those rule features] (``coach.heads.BinaryHead``, Platt-scaled on
   out-of-fold predictions, trained by ``evaluation/train_actions.py`` on the train split only).
3. **Rules read each item** out of a unit the head accepts: one item per committed deed (two deeds
   in one sentence are two items; "make X and send it" is one), its **task** (the shortest span
   from the verb: timing, reasons and delivery steps left out), its **owner** and its **due** date.

Owners. ``mentee``, ``mentor``, ``both`` or a person's name, mapped as the data README says. "I" and
"me" are the note's writer; **the writer is taken to be the mentor** unless the note says otherwise
("my mentor Rachel", "Mentor call with Greg", "(my ES)", "thanks for your time", "note to self",
"To: me"). In a transcript "I" is the speaker, "you" the other speaker (or the person addressed by
name); in an email "you" is the person greeted ("Hi James"). The person the note is about (named
in its first line: "coffee w/ Raj", "Mentoring – Josh") is the other party, and their initials
("RK") stand for them. Roles declared in the note win ("Aisha (mentor, …) / Martin (…, mentee)",
"Mia mentoring Richard", "facilitator: Farid"). In group notes each mentee's own item is owned by
their name, "Everyone:/All:/Mentees to" by ``mentee``; in reciprocal peer notes ("we swap",
"Me:/You:/Both:" sections) owners are names. "We", "both", "together" and "with me" make ``both``.
Anyone else is owned by their name.

Layouts. Bullets, numbered lists, "->"/"→" arrows, "[ ]" checklists (an open box reads as an actions
list, "[x]" as a status), speaker labels and timestamps of transcripts, "Actions:"/"Review:" headings
and pipe tables: a row of a table whose header names the task ("What | Who | When") is an item owned
by its Who cell and due by its When cell (the training notes hold no tables, so this is a rule).

Cost. Units with no cue at all (no commitment verb, label, table row, checkbox or actions heading)
are not items and are neither embedded nor judged; the rest of all the notes are embedded in one
call, or taken from ``early_vectors`` when another analyzer (``coach.feedback``) has already embedded
the same sentences (keyed by the sentence Span's text).

Due dates are resolved by ``coach.dates`` against the session date. Without a session date, the date
in the note's first lines is used (the most recent such date not after today), else today.

Example:
    >>> items = extract_actions("- Priya to send her CV by Friday\\n- I'll book the room", "2026-01-27")  # doctest: +SKIP
    >>> [(i.owner, i.task, i.due) for i in items]                                                       # doctest: +SKIP
    [('mentee', 'send her CV', '2026-01-30'), ('mentor', 'book the room', None)]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from coach.dates import (
    DateMention,
    event_date,
    find_dates,
    find_events,
    guess_day_first,
    header_date,
    to_date,
)
from coach.errors import InputError, ModelUnavailable
from coach.heads import BinaryHead, HeadsHolder, TrainedHeads
from coach.nlp import doc_text as nlp_doc_text
from coach.types import Evidence, is_uncertain
from coach.words import MONTH_NAMES

MODEL_FILE = Path(__file__).parent / "trained" / "actions.json"
ANALYZER_VERSION = "actions-1"
MAX_NOTE_CHARS = 200_000
OWNER_ROLES = ("mentee", "mentor", "both")
STATUSES = ("done", "open", "dropped")


# -- results ---------------------------------------------------------------------------------------
@dataclass
class ActionItem:
    """One action item: the unit (sentence, bullet or turn) that states it, who, what, by when."""

    text: str
    start: int
    end: int
    owner: str
    owner_evidence: str
    task: str
    task_start: int
    task_end: int
    due: str | None = None
    due_text: str | None = None
    due_start: int | None = None
    due_end: int | None = None
    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def uncertain(self) -> bool:
        """Whether this is an agreed action item at all is too close to call."""
        return is_uncertain(self.score)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["evidence"] = [e.to_dict() for e in self.evidence]
        data["uncertain"] = self.uncertain
        return data


@dataclass
class CarriedItem:
    """What the new notes say about one of last session's items."""

    previous_index: int
    previous_task: str
    previous_text: str
    status: str  # done / open / dropped
    score: float  # confidence in the status, 0..1
    start: int | None = None  # the words in the new notes that say so (None: not mentioned)
    end: int | None = None
    text: str | None = None
    reason: str = ""
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["evidence"] = [e.to_dict() for e in self.evidence]
        return data


class ActionItems(list):
    """The action items of one note (a list of ``ActionItem``), with what the user should know."""

    def __init__(
        self,
        items=(),
        warnings: Sequence[str] = (),
        error: str | None = None,
        session_date: str | None = None,
    ):
        super().__init__(items)
        self.warnings = list(warnings)
        self.error = error
        self.session_date = session_date

    def to_dict(self) -> dict:
        data = {
            "items": [i.to_dict() for i in self],
            "warnings": list(self.warnings),
            "session_date": self.session_date,
            "version": ANALYZER_VERSION,
        }
        if self.error:
            data["error"] = self.error
        return data


# -- the trained head ------------------------------------------------------------------------------
class ActionModel(TrainedHeads):
    """The is-action-item head (one head, stored as ``head``)."""

    FILE, VERSION, WHAT, TRAIN = MODEL_FILE, ANALYZER_VERSION, "The action-item analyzer", "actions"

    @property
    def head(self) -> BinaryHead:
        return self.heads["is_action"]

    @classmethod
    def heads_from(cls, data: dict) -> dict:
        return {"is_action": BinaryHead.from_dict(data["head"])}

    def heads_data(self) -> dict:
        return {"head": self.head.to_dict()}

    @classmethod
    def check_features(cls, heads: dict, path: Path) -> None:
        if heads["is_action"].feature_names[-len(RULE_FEATURES) :] != list(RULE_FEATURES):
            raise ModelUnavailable(
                f"{path} was trained with other rule features: run `mentor-coach train actions` again."
            )


def _action_embedder():
    from coach.models import get_action_embedder

    return get_action_embedder()


get_action_model = HeadsHolder(ActionModel, _action_embedder)


# -- word lists ------------------------------------------------------------------------------------
# Verbs that notes use for tasks; a word from this list in a verb's place counts as a verb even where
# the tagger, thrown by shorthand, calls it a noun ("jot down", "update training record").
TASK_VERBS = frozenset(
    """
add apply approach arrange ask attend block book bring build buy call cancel catch chase check circulate clean
collect come complete confirm contact co-own co-run cover create cut debrief decide deliver design dig do draft
draw email enrol enroll explain file fill find finish fix flag follow forward get give go hand have hold identify
intro introduce invite jot join keep learn lead lend let list log look make map meet message move nominate note
observe open order organise organize pass pay phone ping plan post practise practice prep prepare present print
pull push put raise read rebuild record redo redraft re-read reread register rehearse reply report request
research restructure resubmit review revise rewrite rework ring run schedule screen-record see send set share
shadow show sign sit sketch sort sound speak spend start strengthen submit summarise summarize switch take talk
tell test text tidy tighten track trial try turn update upload visit walk watch write
""".split()
)
DELIVERY_VERBS = frozenset(
    "send share bring circulate forward email upload submit give show pass report tell "
    "let post resubmit return hand drop copy take".split()
)
# "I'll think about it", "she'll sleep on it": deliberation, not a task to do.
DELIBERATION_VERBS = frozenset("think consider reflect sleep mull ponder wonder weigh muse".split())
ASK_VERBS = frozenset("ask check see find confirm sound look query enquire inquire".split())
_SUBJECT_PRONOUNS = {"i": "I", "we": "we", "you": "you", "he": "he", "she": "she", "they": "they", "u": "you"}
_HEDGES = re.compile(
    r"\b(?:might|maybe|perhaps|possibly|could|would be (?:nice|good|lovely|great)|would like|'d like|wants? to|"
    r"wanted to|wanting to|keeps? meaning|at some point|some ?day|one day|eventually|not committing|no commitment|"
    r"didn't want to commit|not a commitment|hopes? to|wish|if (?:the )?budget allows|worth (?:a look|asking|it)|"
    r"'d love|would love|thinking about|undecided|not sure)\b",
    re.I,
)
_SUGGEST = re.compile(
    r"\b(?:i suggested|suggested|suggest|you should|you could|could try|worth|floated|might be worth|"
    r"would be good|recommend(?:ed)?|told (?:him|her|them) to|proposed?|advised?)\b",
    re.I,
)
_DECLINED = re.compile(
    r"\b(?:not keen|wasn't keen|not interested|didn't seem convinced|isn't convinced|not convinced|declined|"
    r"decided not|decided against|not now|not this year|no for now|not for now|rather not|'d rather|"
    r"doesn't want|didn't want|not something for now|not needed|nothing needed|leave it|not the time|"
    r"no,? go now|not required|not worth)\b",
    re.I,
)
_UPTAKE = re.compile(
    r"\b(?:agreed|agree|will do|deal|ok|okay|yes|yeah|yep|sure|fine|said (?:she|he|they|i) would|"
    r"liked the idea|good idea|please|sounds good|happy to|promised|committed|offered)\b",
    re.I,
)
_STATUS = re.compile(
    r"(?:✓|✔|☑|\[x\]|\b(?:done|sent|finished|completed|already|went|signed off|booked|brought|"
    r"still|not yet|so far|hasn't|haven't|didn't|forgot|slipped|postponed|pending|waiting|"
    r"got moved|was moved|in progress|started|tried it|did)\b)",
    re.I,
)
_AGENDA = re.compile(
    r"\b(?:next (?:session|time|catch-?up|meeting|conversation|circle|review|call|one)|"
    r"(?:we'll|we will|let's) (?:meet|come back|pick (?:it|this) (?:back )?up|review|look at|go through|talk|catch up)|"
    r"come back to it|cover it next time|happy to cover|meet (?:again|monthly|weekly|fortnightly)|"
    r"(?:show|cover|look at|discuss)\b[^.]{0,40}\b(?:then|next time|next session)\s*[.!]?$)",
    re.I,
)
_NO_ACTIONS = re.compile(
    r"\b(?:no actions?|no action points?|nothing (?:to do|to follow up|agreed|for (?:him|her|me|them) to do|"
    r"else|needed|new)|nothing for next time|none agreed|not agreed|no commitment|no decision|"
    r"nothing to follow up|no follow[- ]?ups?)\b",
    re.I,
)
_THINK = re.compile(
    r"\b(?:think (?:about|it over|on)|consider|reflect|sleep on|mull|sit with|more time|decide himself|"
    r"decide herself|have a think|wants more time|let me sit)\b",
    re.I,
)
_CONDITIONAL = re.compile(r"\b(?:if|once|when|as soon as|unless)\b", re.I)
_NEGATION = re.compile(
    r"\b(?:not|no|never|won't|wont|n't|cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't)\b|n't\b", re.I
)
_PAST_WORDS = re.compile(
    r"\b(?:already|last (?:week|time|month|friday|monday|tuesday|wednesday|thursday)|yesterday|"
    r"ago|earlier|before we met|this morning|during the session|in the session|just did)\b",
    re.I,
)

# Headings that open a list of actions, of status updates, or of things not agreed.
_ACTION_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:(?:new|agreed|next|open|my|your)\s+)?(?:actions?(?:\s+(?:points?|items?|list))?|action points?|"
    r"action items?|next steps?|to ?-?dos?|todo|tasks?|homework|follow[- ]?ups? for next time|new|next|this time|"
    r"from today|as discussed|as agreed|actions? (?:as agreed|from today|agreed|for next time)|agreed|"
    r"what (?:we|i) agreed|commitments?|here'?s what i (?:have down|took away)|takeaways?)\b[^:\n]{0,25}:?\s*$",
    re.I,
)
_REVIEW_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:review(?: of (?:last )?actions)?|follow[- ]?ups?|catch[- ]?up on last time|check[- ]?in on last time|"
    r"quick actions check|updates?|last time|previous actions|progress|since last time|actions check|"
    r"review of last session|status)\b[^:\n]{0,40}:?\s*$",
    re.I,
)
_NONE_HEADING = re.compile(
    r"(?:\bnone agreed\b|\bnot agreed\b|did not agree|didn't agree|kicked around|ideas\b[^:\n]*:\s*$)", re.I
)
_OTHER_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:discussed|topics?|agenda|notes?|summary|background|context|today|"
    r"attendees|present|there|apologies)\b[^:\n]{0,30}:?\s*$",
    re.I,
)
# A label at the start of a note line that names who the line is for.
_OWNER_PREFIX = re.compile(
    r"(?:(?:AP|A|#)\s?\d+\s*[–—:.-]?\s*)?(?:(?:->|→)\s*)?"
    r"(?:(?:TODO|To ?do|Action|AP)\s*(?:\((?P<todo>[^)\n]{1,30})\)|(?P<todo2>him|her|them|me|[A-Z][\w.]{0,20}))\s*:"
    r"|(?P<who>[A-Z][\w'’.-]{0,20}(?:\s+[A-Z][\w'’.-]*)?|me|Me|ME|both|Both|all|All|everyone|Everyone)\s*"
    r"(?:\((?P<paren>[^)\n]{1,30})\))?\s*(?::|[–—](?=\s)|-(?=\s)))\s*",
    re.U,
)
_LABEL_STOP = frozenset(
    """note notes action actions todo to-do next new review discussed topic topics agenda summary update
updates goal goals re subject ps nb fyi date time today tomorrow present attendees there apologies guest theme
billing intern mph aws checklist estimation study training sharon harriet p&l huddles course catch-up feedback
self-care wellbeing visibility personal customer customers teaching portfolio travel""".split()
)
_GROUP_WORDS = re.compile(
    r"\b(?:group|circle|cohort|attendees|present:|there:|everyone|all:|mentees\b|round[- ]table|"
    r"learning set|action learning)\b",
    re.I,
)
_WRITER_MENTEE = re.compile(
    r"\b(?:my mentor|mentor call with|meeting with my mentor|mtg w/ my mentor|my ES\b|\(my (?:ES|supervisor|mentor)\)|"
    r"thanks for (?:your time|making time)|here'?s what i took away|note to self|notes? for myself|"
    r"my reflections|mentor(?:ing)? session with my)\b|^\s*to:\s*me\b",
    re.I | re.M,
)
_WRITER_MENTOR = re.compile(
    r"\b(?:my mentee|i'?m mentoring|i am mentoring|mentor \(me\)|me \(mentor\)|"
    r"i mentor|supporting (?:him|her)|me \(\w+\) supporting)\b",
    re.I,
)
_NAME_STOP = frozenset(
    """mentoring mentor mentee mentees mentorship notes note session sessions meeting meetings chat call
coffee lunch quick catch catch-up catchup check check-in subject re peer reverse group circle log the a an and with for
from to of on at in by my me i we you he she they hi hello dear thanks thank best regards cheers speak all everyone
new managers women law analyst apprentice grad scheme programme program notes: debrief mtg w w/ pair qs hr it ops
ceo cto cfo vp ex cex dr prof mr mrs ms date day week month mentoring: 1:1 one-to-one monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec conversation teams zoom preceptorship physio occupational
therapy radiography reflections review year graduate engineer shift lead line nqn nqp ect ward staffroom office
venue typed voice memo takeaways to: mentoring- mentoring– brief pre-reg afterwards during met caught second
third first last good great quick notes mentorship our your his her their""".split()
)


# -- the note as a whole: who writes, who is who -----------------------------------------------------
@dataclass
class _Note:
    text: str
    session: dt.date
    session_given: bool
    day_first: bool
    mentions: list[DateMention]
    events: list[DateMention]
    transcript: bool
    email: bool
    group: bool
    reciprocal: bool
    writer_role: str
    writer_name: str | None
    writer_evidence: str
    roles: dict[str, str]  # lower-case name -> mentor / mentee / member / peer
    counterpart: str | None  # the person the note is about / with
    addressees: list[str]
    speakers: list[str]  # transcript speaker labels in order of first appearance
    line_starts: list[int]


def _names_in(text: str, doc=None, at: int = -1) -> list[str]:
    """Capitalised words that name people in a short text (a note's first line)."""
    out = []
    for m in re.finditer(
        r"(?<![\w@])(?:Dr\.?\s+|Prof\.?\s+)?([A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ]+)?|[A-Z]\.(?:\s?[A-Z]\.)?\s?[A-Z][a-z]+|[A-Z]{1,2}(?=\s*[(/,–—-]|\s+\d|\s*$))",
        text,
    ):
        word = m.group(1)
        if word.lower().strip(".") in _NAME_STOP or word.lower() in MONTH_WORDS:
            continue
        if doc is not None and at >= 0 and not re.fullmatch(r"[A-Z]{1,2}|[A-Z]\..*", word):
            span = doc.char_span(at + m.start(1), at + m.end(1), alignment_mode="expand")
            if (
                span is not None
                and span[0].pos_ not in ("PROPN", "NOUN", "X", "ADJ")
                and span[0].ent_type_ != "PERSON"
            ):
                continue
        out.append(word.split()[-1] if word.startswith(("Dr", "Prof")) else word)
    return out


MONTH_WORDS = frozenset(MONTH_NAMES)


def _initials(name: str) -> str:
    parts = re.findall(r"[A-Z]", name)
    return "".join(parts)


def _analyse_note(text: str, doc, session_date: object) -> _Note:
    lines = text.split("\n")
    line_starts, pos = [], 0
    for line in lines:
        line_starts.append(pos)
        pos += len(line) + 1
    day_first = guess_day_first(text, session_date)
    session = to_date(session_date)
    given = session is not None
    if session is None:
        session = header_date(text, day_first=day_first) or dt.date.today()
    mentions = find_dates(text, session, day_first=day_first)
    events = find_events(text)

    first = next((line for line in lines if line.strip()), "")
    email = bool(re.match(r"\s*(?:subject|to|from)\s*:", first, re.I)) or bool(
        re.search(r"^\s*(?:hi|hello|dear|hey)\b[^\n]{0,80}\s*$", "\n".join(lines[:3]), re.I | re.M)
    )
    # The header: the first line, or its first sentence for prose (an initial "G." does not end it).
    header = re.split(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])", first.strip(), maxsplit=1)[0][:160]
    if email:
        header = next((line for line in lines[:4] if re.match(r"\s*subject\s*:", line, re.I)), "")
    header_at = text.find(header) if header else -1

    # Transcript: several lines that start with a speaker's label, some of them questions.
    label_lines = re.findall(
        r"^\s*(?:\[?\d{1,2}[:.]\d{2}\]?\s*)?\[?([A-Z][\w'’.-]{0,20}|[Mm]e)\]?\s*:\s+(.+)$", text, re.M
    )
    speakers: list[str] = []
    questions: dict[str, int] = {}
    for label, said in label_lines:
        if label.lower() in _LABEL_STOP:
            continue
        if label not in speakers:
            speakers.append(label)
        questions[label] = questions.get(label, 0) + said.count("?")
    transcript = len(label_lines) >= 4 and len(speakers) >= 2 and sum(questions.values()) > 0

    roles: dict[str, str] = {}
    writer_name = None
    # Roles the note declares: "Aisha (mentor, …)", "Imran = …, my mentor", "facilitator: Farid",
    # "Mia … mentoring Richard", "me (Ayesha) supporting Luke".
    for m in re.finditer(r"([A-Z][\w'’-]+)\s*\(([^)\n]{0,60})\)", text):
        desc = m.group(2).lower()
        if re.search(r"\bmentee\b", desc):
            roles[m.group(1).lower()] = "mentee"
        elif re.search(r"\b(?:mentor|facilitator|my es)\b", desc):
            roles[m.group(1).lower()] = "mentor"
    for m in re.finditer(
        r"([A-Z][\w'’-]+)\s*=\s*[^;)\n]{0,40}\bmy mentor\b|\bmy mentor,?\s+([A-Z][\w'’-]+)|"
        r"\bfacilitator\s*[:\-–]?\s*([A-Z][\w'’-]+)|\bmentor call with\s+([A-Z][\w'’-]+)",
        text,
    ):
        roles[next(g for g in m.groups() if g).lower()] = "mentor"
    m = re.search(r"([A-Z][\w'’-]+)\s*(?:\([^)\n]*\)\s*)?mentoring\s+([A-Z][\w'’-]+)", text)
    if m:
        roles[m.group(1).lower()] = "mentor"
        roles[m.group(2).lower()] = "mentee"
    m = re.search(r"\b[Mm]e\s*\(([A-Z][\w'’-]+)\)", text)
    if m:
        writer_name = m.group(1)
    m = re.search(r"\b[Mm]e\s*\(([A-Z][\w'’-]+)\)\s*supporting\s+([A-Z][\w'’-]+)", text)
    if m:
        roles[m.group(1).lower()] = "mentor"
        roles[m.group(2).lower()] = "mentee"

    writer_evidence = "assumed: the writer of notes is the mentor"
    writer_role = "mentor"
    cue = _WRITER_MENTEE.search(text[:600]) or _WRITER_MENTEE.search(text[-300:])
    mentor_cue = _WRITER_MENTOR.search(text)
    if cue and not mentor_cue:
        writer_role, writer_evidence = "mentee", f'the writer is the mentee ("{cue.group(0).strip()}")'
    elif mentor_cue:
        writer_evidence = f'the writer is the mentor ("{mentor_cue.group(0)}")'

    # Email: who is greeted, who signs.
    addressees: list[str] = []
    greet = re.search(r"^\s*(?:hi|hello|dear|hey)\s+([^\n]{1,80}?),?\s*$", text, re.I | re.M)
    if greet:
        addressees = [
            n.strip()
            for n in re.split(r",\s*|\s+and\s+|\s*&\s*", greet.group(1).strip())
            if n.strip()[:1].isupper() and n.strip().lower() not in ("all", "everyone", "team")
        ]
    if email:
        tail = [line.strip() for line in lines if line.strip()][-2:]
        if tail and re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", tail[-1]):
            writer_name = writer_name or tail[-1].split()[0]
    if writer_name and roles.get(writer_name.lower()) in ("mentor", "mentee"):
        writer_role = roles[writer_name.lower()]

    head_names = [n for n in _names_in(header, doc, header_at) if n != writer_name] or [
        n for n in _names_in(header) if n != writer_name
    ][:1]
    if email and addressees:
        head_names = addressees + [n for n in head_names if n not in addressees]
    group = (
        bool(_GROUP_WORDS.search(header))
        or len(addressees) >= 2
        or bool(re.search(r"^\s*(?:present|attendees|there)\s*:", text, re.I | re.M))
    )
    members: list[str] = []
    for m in re.finditer(r"^\s*(?:present|attendees|there)\s*:\s*([^\n.]+)", text, re.I | re.M):
        members += [
            n.split()[0] for n in re.split(r",\s*|\s+and\s+|\s*&\s*|\s*\+\s*", m.group(1)) if n[:1].isupper()
        ]
    plus = re.search(r"([A-Z][\w'’-]+)\s*\+\s*([A-Z][^\n]+)", header)
    if plus and group:
        roles.setdefault(plus.group(1).lower(), "mentor")
        members += [
            n.split()[0] for n in re.split(r",\s*|\s+and\s+|\s*&\s*", plus.group(2)) if n[:1].isupper()
        ]
    counterpart = None
    pair = re.search(
        r"\b([A-Z][\w'’-]+)(?:\s*\([^)]*\))?\s*(?:/|&|\band\b)\s*(?:me\s*\()?([A-Z][\w'’-]+)", header
    )
    peer = bool(re.search(r"\bpeer\b|\bpair chat\b|\bpeer[- ]to[- ]peer\b", header, re.I))
    if group:
        members += addressees
        for name in members:
            if roles.get(name.lower()) != "mentor":
                roles[name.lower()] = "member"
        # The facilitator: a name in the header that is not a member, else the writer, else the first present.
        facilitator = next((n for n in head_names if n.lower() not in roles and not n.isupper()), None)
        if facilitator:
            roles[facilitator.lower()] = "mentor"
        if writer_name:
            roles.setdefault(writer_name.lower(), "mentor")
        if "mentor" not in roles.values() and members:
            roles[members[0].lower()] = "mentor"
        reciprocal = False
    else:
        labels_used = {
            m.group(1)
            for m in re.finditer(
                r"^\s*(?:[-–•*]\s*)?([A-Z][\w'’-]+|me|Me|You|you|Both|both)\s*(?:\([^)]*\))?\s*:", text, re.M
            )
        }
        named_labels = {
            lab for lab in labels_used if any(n.lower().startswith(lab.lower()) for n in head_names)
        }
        reciprocal = peer and bool(
            re.search(r"\bswap\b|\bmy stuff\b|\bmy thing\b|\beach other\b", text, re.I)
            or len(named_labels) >= 2
            or (
                {lab.lower() for lab in labels_used} & {"me", "you"}
                and (named_labels or "Both" in labels_used or "both" in labels_used)
            )
        )
        if reciprocal:
            names = [pair.group(1), pair.group(2)] if pair else head_names[:2]
            if writer_name is None and len(names) == 2:
                unlabelled = [
                    n for n in names if not any(n.lower().startswith(lab.lower()) for lab in labels_used)
                ]
                if len(unlabelled) == 1:
                    writer_name = unlabelled[0]
            for name in names + ([writer_name] if writer_name else []) + addressees:
                roles[name.lower()] = "peer"
            counterpart = next((n for n in names + addressees if n != writer_name), None)
        else:
            if transcript and speakers and not any(roles.get(s.lower()) for s in speakers):
                # Nothing declared: the one who asks the questions leads the conversation.
                lead = max(speakers, key=lambda s: (questions.get(s, 0), -speakers.index(s)))
                for s in speakers:
                    full = next((n for n in head_names if n.lower().startswith(s.lower())), s)
                    if s.lower() == "me":
                        writer_role = "mentor" if s == lead else "mentee"
                        continue
                    roles.setdefault(full.lower(), "mentor" if s == lead else "mentee")
            if pair and not peer or pair and transcript:
                a, b = pair.group(1), pair.group(2)
                ra, rb = roles.get(a.lower()), roles.get(b.lower())
                if ra and not rb:
                    roles[b.lower()] = "mentee" if ra == "mentor" else "mentor"
                elif rb and not ra:
                    roles[a.lower()] = "mentee" if rb == "mentor" else "mentor"
                elif not ra and not rb:
                    # "Brandon / Denise": the one the notes talk about is the mentee, the other writes.
                    body = text[len(first) :]
                    counts = {n: len(re.findall(r"\b" + re.escape(n) + r"\b(?!\s*:)", body)) for n in (a, b)}
                    mentee = max((a, b), key=lambda n: counts[n])
                    other = b if mentee == a else a
                    roles[mentee.lower()] = "mentee"
                    roles[other.lower()] = "mentor"
                    writer_name = writer_name or other
                if writer_name is None and not transcript:
                    opposite = "mentee" if writer_role == "mentor" else "mentor"
                    writer_name = next((n for n in (a, b) if roles.get(n.lower()) == writer_role), None)
                    counterpart = next((n for n in (a, b) if roles.get(n.lower()) == opposite), None)
            if counterpart is None:
                opposite = "mentee" if writer_role == "mentor" else "mentor"
                counterpart = (
                    next((n for n in head_names if roles.get(n.lower()) == opposite), None)
                    or next((n for n in head_names if n.lower() not in roles and n != writer_name), None)
                    or next((n for n in head_names if n != writer_name), None)
                )
            if counterpart and counterpart.lower() not in roles:
                roles[counterpart.lower()] = "mentor" if writer_role == "mentee" else "mentee"
            if writer_name and writer_name.lower() not in roles:
                roles[writer_name.lower()] = writer_role
    return _Note(
        text=text,
        session=session,
        session_given=given,
        day_first=day_first,
        mentions=mentions,
        events=events,
        transcript=transcript,
        email=email,
        group=group,
        reciprocal=reciprocal,
        writer_role=writer_role,
        writer_name=writer_name,
        writer_evidence=writer_evidence,
        roles=roles,
        counterpart=counterpart,
        addressees=addressees,
        speakers=speakers,
        line_starts=line_starts,
    )


def _role_of(note: _Note, name: str) -> str | None:
    key = name.lower().strip(" .")
    if key in note.roles:
        return note.roles[key]
    for known, role in note.roles.items():
        if len(key) >= 3 and (known.startswith(key) or key.startswith(known)):
            return role
    # Initials: "RK", "GP", "NK", "F" stand for the person the note is about.
    if re.fullmatch(r"[A-Z]{1,3}", name.strip(" .")) and note.counterpart:
        if (
            name[0] == note.counterpart[0]
            or _initials(note.counterpart).startswith(name[0])
            or name.strip(" .") == _initials(note.counterpart)
        ):
            return note.roles.get(note.counterpart.lower(), "mentee")
    return None


def _full_name(note: _Note, name: str) -> str:
    key = name.lower().strip(" .")
    for known in list(note.roles) + [n.lower() for n in note.addressees]:
        if len(key) >= 3 and known.startswith(key) and known != key:
            for m in re.finditer(r"\b" + re.escape(known) + r"\b", note.text, re.I):
                return note.text[m.start() : m.end()]
    return name.strip(" .")


def _owner_label(note: _Note, person: str) -> tuple[str, str]:
    """Map a person ("I", "you", "he", a name, "both") to an owner label and say why."""
    p = person.strip()
    low = p.lower()
    if low in ("both", "we", "us", "together", "everyone+me"):
        return "both", f'"{p}": a task the two share'
    if low in ("everyone", "all", "mentees", "everybody", "the mentees", "group"):
        return "mentee", f'"{p}": all the mentees'
    if low in ("mentor", "facilitator"):
        return "mentor", f'"{p}"'
    if low in ("mentee",):
        return "mentee", f'"{p}"'
    if low in ("writer", "me", "i"):
        if note.reciprocal and note.writer_name:
            return note.writer_name, f"the writer, {note.writer_name} (a reciprocal peer session)"
        return note.writer_role, note.writer_evidence.replace(
            "assumed: the writer of notes is the mentor", "the writer (assumed to be the mentor)"
        )
    role = _role_of(note, p)
    if role in ("member", "peer", None) or note.reciprocal:
        name = _full_name(note, p)
        if (
            role is None
            and note.counterpart
            and not note.group
            and not note.reciprocal
            and re.fullmatch(r"[A-Z]{1,3}", p)
        ):
            return note.roles.get(
                note.counterpart.lower(), "mentee"
            ), f'"{p}": initials of {note.counterpart}'
        why = {"member": "a mentee of the group", "peer": "a peer in a reciprocal session"}.get(
            role or "", "named"
        )
        return name, f'"{p}": {why}'
    return role, f'"{p}" is the {role}'


# -- units: sentences, bullets and turns -------------------------------------------------------------
@dataclass
class _Unit:
    note: int
    index: int
    seg: object  # coach.segment.Segment
    start: int  # doc-relative offsets of the unit
    end: int
    text: str
    line: int
    first_in_line: bool
    line_text: str
    label: str | None = None  # owner prefix of the line ("Holly", "me", "RK")
    label_start: int | None = None  # where the label starts (kept in the item's span)
    speaker: str | None = None  # transcript speaker of the line
    section: str = ""  # actions / review / none / other / ""
    section_owner: str | None = None  # "You:" / "Me:" / "Both:" sections
    heading: bool = False  # the line is a heading ("Actions", "Review:")
    table: dict | None = None  # a row of a What | Who | When table: cell spans
    checkbox: str | None = None  # "[ ]" open / "[x]" done
    body: int = 0  # where the words after the line's bullet and label start

    @property
    def candidate(self) -> bool:
        """Whether the unit can hold an item at all: a commitment cue, an owner label, a table row, an
        open checkbox or a place in an actions list. Only candidates are embedded and judged."""
        return (
            bool(self.clauses)
            or self.table is not None
            or self.checkbox == "open"
            or bool(self.label)
            or self.section in ("actions", "owners")
        )

    clauses: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    features: dict = field(default_factory=dict)
    vector_key: str = ""


def _line_of(note: _Note, pos: int) -> int:
    lo, hi = 0, len(note.line_starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if note.line_starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


_EMOJI = "\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0f"
_BULLET_LEAD = re.compile(
    r"^\s*(?:[" + _EMOJI + r"]+\s*)?(?:[-*•·▪‣◦–—>+]+|->|→|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)](?=\s)|"
    r"\[\s?[xX✓✔ ]?\s?\])?\s*(?:[" + _EMOJI + r"]+\s*)?"
)
_TIMESTAMP = re.compile(r"^\s*\[?\d{1,2}[:.]\d{2}\]?\s*")


def _units(note_index: int, doc, note: _Note, segs) -> list[_Unit]:
    from coach.segment import segments

    text = note.text
    lines = text.split("\n")
    section, section_owner = "", None
    line_section: dict[int, tuple[str, str | None]] = {}
    headings: set[int] = set()
    for i, line in enumerate(lines):
        stripped = _BULLET_LEAD.sub("", line, count=1).strip().strip("*_").strip()
        if not stripped:
            line_section[i] = (section, section_owner)
            continue
        if re.match(r"(?:today|discussed|topics?|theme|agenda|background|context)\s*:\s*\S", stripped, re.I):
            section, section_owner = "other", None  # "Today: Tom talked about …" ends a review list
        if len(stripped) <= 60 and (
            _ACTION_HEADING.match(stripped)
            or _REVIEW_HEADING.match(stripped)
            or _OTHER_HEADING.match(stripped)
            or _NONE_HEADING.search(stripped)
            and stripped.endswith(":")
        ):
            headings.add(i)
            if _NONE_HEADING.search(stripped):
                section = "none"
            elif _REVIEW_HEADING.match(stripped):
                section = "review"
            elif _ACTION_HEADING.match(stripped):
                section = "actions"
            else:
                section = "other"
            section_owner = None
        m = re.fullmatch(r"(?:#+\s*)?((?:me|you|both|[A-Z][\w'’-]+)(?:\s*\([^)]*\))?)\s*:", stripped, re.I)
        if m:
            section_owner = m.group(1)
            if section in ("", "other"):
                section = "owners"
        line_section[i] = (section, section_owner)

    segs = segs if segs is not None else segments(doc)
    tables = _table_rows(note, lines)
    if tables:
        # A table row is one unit, however the parser cut it.
        from coach.segment import Segment

        grouped: list = []
        for seg in segs:
            line = _line_of(note, seg.start)
            if line in tables and grouped and _line_of(note, grouped[-1].start) == line:
                a, b = grouped[-1].start, seg.end
                span = doc.char_span(a, b, alignment_mode="expand")
                grouped[-1] = Segment(span, a, b, text[a:b])
            else:
                grouped.append(seg)
        segs = grouped
    units: list[_Unit] = []
    seen_lines: set[int] = set()
    line_labels: dict[int, tuple[str | None, int | None, str | None]] = {}
    line_body: dict[int, int] = {}
    for seg in segs:
        line = _line_of(note, seg.start)
        first_in_line = line not in seen_lines
        seen_lines.add(line)
        if line not in line_labels:
            ls = note.line_starts[line]
            raw = lines[line]
            lead = _BULLET_LEAD.match(raw)
            body_at = lead.end() if lead else 0
            ts = _TIMESTAMP.match(raw, body_at)
            if ts:
                body_at = ts.end()
            label = speaker = None
            label_start = None
            line_body[line] = ls + body_at
            m = _OWNER_PREFIX.match(raw, body_at)
            if m:
                line_body[line] = ls + m.end()
                who = m.group("todo") or m.group("todo2") or m.group("who")
                paren = m.group("paren")
                if who and who.lower() not in _LABEL_STOP and who.lower() not in ("ap", "a"):
                    if (
                        note.transcript
                        and m.group("who")
                        and not re.search(r"[–—-]\s*$", m.group(0))
                        and (who in note.speakers or who.lower() == "me")
                    ):
                        speaker = who
                    else:
                        label = who
                        if paren and who.lower() in ("mentor", "mentee") and "me" in paren.lower():
                            label = "me"
                        label_start = ls + body_at
            m2 = re.match(r"\s*\[(mentor|mentee)\]\s*", raw[body_at:], re.I)
            if m2:
                speaker = m2.group(1).lower()
                line_body[line] = ls + body_at + m2.end()
            line_labels[line] = (label, label_start, speaker)
        label, label_start, speaker = line_labels[line]
        if not first_in_line:
            # A later sentence of a line keeps the line's label only when it names a person
            # ("Amara: going to ask … Will raise it …"), not a topic ("TUPE: Jo on leave. NK to ask …").
            if (
                label
                and _role_of(note, label) is None
                and label.lower() not in ("me", "both", "all", "everyone", "mentees")
            ):
                label = None
            m = _OWNER_PREFIX.match(text, seg.start)
            if m and (m.group("todo") or m.group("todo2")):
                label, label_start = m.group("todo") or m.group("todo2"), seg.start
        if speaker is None and note.transcript:
            # A turn that runs over several lines keeps its speaker.
            for prev in range(line - 1, max(-1, line - 4), -1):
                if prev in line_labels and line_labels[prev][2]:
                    speaker = line_labels[prev][2]
                    break
                if not lines[prev].strip():
                    break
        section, section_owner = line_section.get(line, ("", None))
        start, body = seg.start, seg.start
        if first_in_line and line_body.get(line, 0) > seg.start:
            body = min(line_body[line], seg.end)
            if speaker and line_labels[line][2] and body < seg.end:
                start = body  # a transcript's timestamp and speaker label are not part of what was said
        unit = _Unit(
            note=note_index,
            index=len(units),
            seg=seg,
            start=start,
            end=seg.end,
            text=text[start : seg.end],
            line=line,
            first_in_line=first_in_line,
            line_text=lines[line],
            label=label,
            label_start=label_start if first_in_line or label_start == seg.start else None,
            speaker=speaker,
            section=section,
            section_owner=section_owner,
            heading=line in headings and first_in_line,
            vector_key=seg.span.text,
        )
        unit.body = body
        unit.mentions = [m for m in note.mentions if seg.start <= m.core_start < seg.end]
        unit.table = tables.get(line)
        box = re.match(r"\s*(?:[-*•]\s*)?\[\s?([xX✓✔ ]?)\s?\]", lines[line])
        if box and first_in_line:
            unit.checkbox = "done" if box.group(1).strip() else "open"
        units.append(unit)
    return units


_TABLE_HEAD = {
    "what": "what",
    "action": "what",
    "actions": "what",
    "task": "what",
    "item": "what",
    "todo": "what",
    "to do": "what",
    "who": "who",
    "owner": "who",
    "by whom": "who",
    "responsible": "who",
    "when": "when",
    "due": "when",
    "deadline": "when",
    "by when": "when",
    "date": "when",
    "by": "when",
    "status": "status",
    "done": "status",
}


def _table_rows(note: _Note, lines: list[str]) -> dict[int, dict]:
    """Rows of pipe tables whose header names the task ("What | Who | When"): cell spans per row."""
    rows: dict[int, dict] = {}
    columns: dict[int, str] | None = None
    for i, line in enumerate(lines):
        if line.count("|") < 2 and not (line.count("|") == 1 and columns):
            columns = None
            continue
        cells = []
        pos = note.line_starts[i]
        for m in re.finditer(r"[^|]+", line):
            a, b = m.start(), m.end()
            while a < b and line[a].isspace():
                a += 1
            while b > a and line[b - 1].isspace():
                b -= 1
            cells.append((pos + a, pos + b, line[a:b]))
        words = [c[2].strip("*_ ").lower() for c in cells]
        if columns is None:
            named = {n: _TABLE_HEAD[w] for n, w in enumerate(words) if w in _TABLE_HEAD}
            if "what" in named.values() and len(named) >= 2:
                columns = named
            continue
        if all(re.fullmatch(r"[:\-\s]*", w) for w in words):
            continue  # the |---|---| line
        row = {}
        for n, (a, b, cell) in enumerate(cells):
            kind = columns.get(n)
            if kind and cell.strip():
                row[kind] = (a, b)
        if "what" in row:
            rows[i] = row
    return rows


# -- clauses: one committed deed each ----------------------------------------------------------------
@dataclass
class _Clause:
    verb: int  # token index (doc) of the task's verb
    cue: str  # future / going-to / to-do / imperative / request / offer / agreed / present / fallback
    cue_span: tuple[int, int]
    subject: str | None  # "I", "you", "he", a name, "we" ... or None
    subject_span: tuple[int, int] | None
    conj: bool = False  # a further deed of the same person in the same sentence
    negative: str | None = None
    region_end: int = 0  # char offset where this deed's words end
    explicit: bool = True  # the subject stands right before the cue ("she'll"), not found through the parse


_MODALS_FUTURE = frozenset({"will", "'ll", "ll", "shall", "wo", "gonna", "’ll"})
_REPORTING = frozenset(
    "say said tell told promise promised agree agreed offer offered commit committed".split()
)
_SKIP_ADVERBS = frozenset(
    "also just then still definitely probably actually really first now finally def "
    "both each all quickly properly at least even only".split()
)
_LEADING_FILLERS = frozenset(
    "ok okay – — - and also please pls so then right yes yeah great good fine "
    "sure cool oh well plus + nothing".split()
)
_COORD = frozenset({"and", "&", "+", ",", ";", "then", "plus", "/"})


_SAME_PAST = frozenset("set put cut read let shut run come hit".split())


def _verbish(tok) -> bool:
    low = tok.lower_
    if (
        low in _SAME_PAST
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
    if low in _SUBJECT_PRONOUNS:
        return _SUBJECT_PRONOUNS[low], (tok.idx, tok.idx + len(tok))
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
        doc[j].lower_ in _SKIP_ADVERBS
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


_NOT_SUBJECT = frozenset(
    "nothing something anything everything time need way what how who which that this it there "
    "plan idea goal aim point reason one".split()
)
_ROLE_WORDS = frozenset("i me you he she we they mentor mentee mentees everyone all both everybody".split())
_AGENDA_VERBS = frozenset(
    "meet come pick catch review look go talk discuss cover show revisit continue touch".split()
)
_PAST_PLAN = re.compile(r"\b(?:here (?:they are|it is)|as promised|call (?:that|it) done|already)\b", re.I)


def _clauses(doc, unit: _Unit, note: _Note, body_start_char: int) -> list[_Clause]:
    """The committed deeds of a unit: each a verb with the cue that commits someone to it."""
    span = unit.seg.span
    s, e = span.start, span.end
    while s < e and doc[s].idx < body_start_char:
        s += 1
    if unit.heading or s >= e:
        return []
    question = unit.text.rstrip().endswith("?")
    out: list[_Clause] = []
    used: set[int] = set()

    def add(verb, cue, cue_span, subject, subject_span, conj=False, negative=None):
        if verb is None or verb in used:
            return
        used.add(verb)
        out.append(
            _Clause(
                verb=verb,
                cue=cue,
                cue_span=cue_span,
                subject=subject,
                subject_span=subject_span,
                conj=conj,
                negative=negative,
            )
        )

    def parse_subject(v: int) -> tuple[str | None, tuple[int, int] | None]:
        """The subject the parse gives a verb (or the verb it hangs from), for "– will send it" clauses."""
        tok = doc[v]
        for head in (tok, tok.head, tok.head.head):
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and s <= c.i < v), None)
            if subj is not None and (subj.pos_ in ("PROPN", "PRON") or subj.text[:1].isupper()):
                word = _SUBJECT_PRONOUNS.get(subj.lower_, subj.text)
                return word, (subj.idx, subj.idx + len(subj))
        return None, None

    i = s
    while i < e:
        tok = doc[i]
        low = tok.lower_
        nxt = doc[i + 1].lower_ if i + 1 < e else ""
        # will / 'll / shall / won't / 'd (reported: "said she'd") + verb
        reported = low in ("'d", "’d", "would") and any(
            doc[k].lemma_ in _REPORTING or doc[k].lower_ in _REPORTING for k in range(max(s, i - 5), i)
        )
        if low in _MODALS_FUTURE or reported:
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
                add(i + 1, "agreed", (tok.idx, doc[i + 1].idx + 2), subj, sspan)
                out[-1].explicit = subj is not None
                i += 2
                continue
            v = _next_verb(doc, i + 1, e, lenient=True)
            if v is not None:
                subj, sspan = _subject_before(doc, i, s)
                explicit = subj is not None
                if subj is None:
                    subj, sspan = parse_subject(v)
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
                add(
                    v,
                    "reported" if reported else "future",
                    (tok.idx, tok.idx + len(tok)),
                    subj,
                    sspan,
                    negative=neg,
                )
                out[-1].explicit = explicit if out and out[-1].verb == v else True
                i = v + 1
                continue
        # going to + verb
        if low in ("going", "gon") and nxt in ("to", "na"):
            v = _next_verb(doc, i + 2, e, lenient=True)
            if v is not None:
                subj, sspan = _subject_before(doc, i, s)
                if subj is None:
                    subj, sspan = parse_subject(v)
                neg = (
                    "negated"
                    if any(doc[k].lower_ in ("not", "n't", "never") for k in range(max(s, i - 3), i))
                    else None
                )
                add(v, "going-to", (tok.idx, doc[i + 1].idx + len(doc[i + 1])), subj, sspan, negative=neg)
                i = v + 1
                continue
        # agreed / promised / committed / offered (to) + verb
        if tok.lemma_ in ("agree", "promise", "commit", "offer", "volunteer", "undertake") and nxt == "to":
            v = _next_verb(doc, i + 2, e)
            if v is None and i + 2 < e and doc[i + 2].tag_ == "VBG":
                v = i + 2
            if v is not None:
                subj, sspan = _subject_before(doc, i, s)
                neg = (
                    "negated"
                    if any(doc[k].lower_ in ("not", "n't", "never") for k in range(max(s, i - 3), i))
                    else None
                )
                add(v, "agreed", (tok.idx, doc[i + 1].idx + 2), subj, sspan, negative=neg)
                i = v + 1
                continue
        # "Priya to pick …", "GP to enrol …", "Mentor (me) to speak …", "Mentees to read …"
        if low == "to" and s < i <= s + 6:
            v = _next_verb(doc, i + 1, e, lenient=True)
            prev = doc[i - 1]
            words = doc[s:i]
            subject_like = (
                prev.text == ")"
                or prev.lower_ in _ROLE_WORDS
                or prev.pos_ in ("PROPN", "X")
                or (prev.text.isupper() and len(prev.text) <= 4)
                or (prev.text[:1].isupper() and prev.pos_ in ("NOUN", "ADJ"))
                or (prev.text[:1].isupper() and prev.lower_ not in TASK_VERBS and prev.is_alpha)
            )
            if prev.lemma_.lower() in (
                "want",
                "need",
                "hope",
                "plan",
                "like",
                "love",
                "wish",
                "have",
                "try",
                "go",
                "decide",
                "agree",
                "ask",
                "tell",
                "used",
                "able",
                "way",
                "how",
                "what",
            ) or prev.tag_ in ("VBZ", "VBD", "VBG", "VBN"):
                subject_like = False
            if (
                v is not None
                and subject_like
                and prev.lower_ not in _NOT_SUBJECT
                and not any(
                    t.tag_.startswith("VB") or t.lower_ in TASK_VERBS and t.i != s or t.tag_ == "MD"
                    for t in words
                    if t.text[:1].islower()
                )
            ):
                subj, sspan = _subject_before(doc, i, s)
                if subj is None or subj.lower() in _NOT_SUBJECT:
                    subj, sspan = prev.text, (prev.idx, prev.idx + len(prev))
                add(v, "to-do", (tok.idx, tok.idx + 2), subj, sspan)
                i = v + 1
                continue
        # can you / could you / will you … ? (a request) and "I can …" (an offer)
        if (
            low in ("can", "could", "would", "will")
            and nxt in ("you", "u")
            and all(
                doc[k].lower_ in _LEADING_FILLERS
                or doc[k].is_punct
                or doc[k].pos_ == "PROPN"
                or doc[k].lower_ in ("and", "also", "so")
                for k in range(s, i)
            )
        ):
            v = _next_verb(doc, i + 2, e)
            if v is not None:
                add(
                    v,
                    "request",
                    (tok.idx, doc[i + 1].idx + len(doc[i + 1])),
                    "you",
                    (doc[i + 1].idx, doc[i + 1].idx + len(doc[i + 1])),
                )
                i = v + 1
                continue
        # "Want to try building one panel yourself …?" asked of the other speaker
        if (
            question
            and low in ("want", "wanna")
            and all(doc[k].lower_ in ("you", "do", "would") for k in range(s, i))
            and not any(t.lower_ in ("anything", "something") for t in doc[i:e])
        ):
            j = i + 1 + (nxt == "to")
            while j < e and doc[j].lower_ in ("try", "have", "a", "go", "at"):
                j += 1
            if j < e and (doc[j].tag_ in ("VB", "VBG") or doc[j].lower_ in TASK_VERBS):
                add(j, "request", (tok.idx, tok.idx + len(tok)), "you", None)
                i = j + 1
                continue
        if (
            low == "can"
            and i > s
            and doc[i - 1].lower_ == "i"
            and not question
            and not any(
                doc[k].lower_ in ("if", "whether", "so", "what", "how", "maybe", "perhaps", "possibly")
                for k in range(max(s, i - 4), i - 1)
            )
        ):
            v = _next_verb(doc, i + 1, e)
            if v is not None:
                add(
                    v,
                    "offer",
                    (doc[i - 1].idx, tok.idx + len(tok)),
                    "I",
                    (doc[i - 1].idx, doc[i - 1].idx + 1),
                )
                i = v + 1
                continue
        if low == "happy" and nxt == "to":
            v = _next_verb(doc, i + 2, e)
            if v is not None:
                subj, sspan = _subject_before(doc, i, s)
                add(v, "offer", (tok.idx, doc[i + 1].idx + 2), subj or "I", sspan)
                i = v + 1
                continue
        i += 1

    # An instruction at the start of the line's words: "Ask Priyanka …", "OK – draft your first reply …",
    # "Jamal, finish the model …", "Checklist: …" (a topic label first: no instruction).
    j = s
    colon = next((k for k in range(s, min(e, s + 5)) if doc[k].text == ":"), None)
    if colon is not None and not any(doc[k].tag_.startswith("VB") for k in range(s, colon)):
        j = colon + 1
        if re.match(
            r"(?i)\s*(?:goals?|aims?|topics?|agenda|discussed|themes?|background|context|issues?|problems?|"
            r"questions?|ideas?|wants?|focus|objectives?)\b",
            doc[s:colon].text,
        ):
            j = e
    while j < e and (
        doc[j].lower_ in _LEADING_FILLERS
        or doc[j].is_punct
        or doc[j].lower_ in ("just", "pls", "please", "nothing")
        or not any(ch.isalnum() for ch in doc[j].text)
    ):
        j += 1
    if j + 1 < e and doc[j].pos_ == "PROPN" and doc[j + 1].text == ",":
        j += 2  # a name addressed: "Jamal, finish …"
    if j < e and (
        doc[j].pos_ == "PROPN"
        or doc[j].ent_type_ == "PERSON"
        and doc[j].text[:1].isupper()
        or j + 1 < e
        and doc[j + 1].lower_ in ("to", ",", ":")
        and doc[j].text[:1].isupper()
        and doc[j].lower_ not in TASK_VERBS
    ):
        j = e  # a name, not an instruction: "Kofi to practise …"
    if (
        j < e
        and j not in used
        and not question
        and unit.line > 0
        and (_verbish(doc[j]) or doc[j].tag_ == "VB")
        and doc[j].lower_ not in ("will", "would", "can", "could", "should")
        and not (j + 1 < e and doc[j + 1].lower_ in ("'s", "is", "was", "'re", "are"))
        and doc[j].tag_ not in ("VBD", "VBN", "VBG", "VBZ")
    ):
        neg = "negated" if j + 1 < e and doc[j + 1].lower_ in ("n't", "not", "never") else None
        add(j, "imperative", (doc[j].idx, doc[j].idx), None, None, negative=neg)
    # Present tense for the future (non-native writers): "I write to her this evening",
    # "Svetlana books the course latest KW 25".
    future_date = any(
        m.iso
        and not m.past
        and (
            m.link_kind == "deadline"
            or m.kind in ("today", "tomorrow", "week", "kw", "weekend", "month", "cobday")
            or m.link_kind == "on"
        )
        for m in unit.mentions
    )
    if not out and future_date:
        for k in range(s + 1, e):
            tok, prev = doc[k], doc[k - 1]
            low = tok.lower_
            stem = (
                low[:-2]
                if low.endswith(("shes", "ches", "sses", "xes"))
                else low[:-1]
                if low.endswith("s")
                else low
            )
            if not any(m.iso and not m.past and m.start > tok.idx for m in unit.mentions):
                continue
            if (
                (prev.pos_ == "PROPN" or prev.lower_ in ("i", "he", "she", "we", "they"))
                and (
                    low in TASK_VERBS
                    and prev.lower_ in ("i", "we", "they")
                    or low.endswith("s")
                    and stem in TASK_VERBS
                    and prev.lower_ not in ("i", "we", "they")
                )
                and tok.tag_ not in ("VBD", "VBN", "MD")
            ):
                add(
                    k,
                    "present",
                    (prev.idx, tok.idx + len(tok)),
                    _SUBJECT_PRONOUNS.get(prev.lower_, prev.text),
                    (prev.idx, prev.idx + len(prev)),
                )
                break
    if not out:
        for k in range(s, e):
            tok = doc[k]
            if (
                tok.tag_ in ("VBP", "VBZ")
                and tok.lemma_ not in ("be", "have", "do", "think", "want", "need", "feel", "say", "like")
                and any(
                    c.dep_ == "nsubj" and (c.lower_ in ("i", "he", "she", "we", "they") or c.pos_ == "PROPN")
                    for c in tok.children
                )
                and future_date
                and any(m.iso and not m.past and m.start > tok.idx for m in unit.mentions)
            ):
                subj = next(c for c in tok.children if c.dep_ == "nsubj")
                add(
                    k,
                    "present",
                    (subj.idx, tok.idx + len(tok)),
                    subj.text if subj.pos_ == "PROPN" else _SUBJECT_PRONOUNS.get(subj.lower_, subj.text),
                    (subj.idx, subj.idx + len(subj)),
                )
                break

    out.sort(key=lambda c: c.verb)
    # Further deeds joined to a clause: "rewrite opener, have conversation", "shadow X next week, then take Y".
    extra: list[_Clause] = []
    for n, clause in enumerate(out):
        limit = out[n + 1].verb if n + 1 < len(out) else e
        k = clause.verb + 1
        while k < limit:
            tok = doc[k]
            if tok.lower_ in _COORD:
                j = k + 1
                while j < limit and doc[j].lower_ in ("and", "then", "also", "to", "just", "&", "+"):
                    j += 1
                if (
                    j < limit
                    and j not in used
                    and (
                        _verbish(doc[j])
                        or (doc[j].tag_ in ("VB", "VBP") and doc[j].pos_ == "VERB")
                        or doc[clause.verb].tag_ == "VBG"
                        and doc[j].tag_ == "VBG"
                    )
                    and not (j + 1 < e and doc[j + 1].lower_ in ("'s", "is", "was", "are"))
                    and doc[j - 1].lower_
                    not in ("the", "a", "an", "my", "her", "his", "their", "your", "our")
                    and not any(
                        c.dep_ == "nsubj" and k < c.i < j and c.pos_ in ("PRON", "PROPN")
                        for c in doc[j].children
                    )
                ):
                    used.add(j)
                    extra.append(
                        _Clause(
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
    out = sorted(out + extra, key=lambda c: c.verb)
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
        and len(span) <= 6
    ):
        out = []
    agenda_words = bool(
        re.search(
            r"\b(?:next (?:session|time|circle|meeting|catch-?up)|then\s*[.!]?$|in the session)\b",
            unit.text,
            re.I,
        )
    )
    past_plan = _PAST_PLAN.search(unit.text)
    for n, clause in enumerate(out):
        clause.region_end = doc[out[n + 1].verb].idx if n + 1 < len(out) else unit.end
        verb = doc[clause.verb]
        lemma = verb.lemma_.lower()
        if clause.negative is not None:
            continue
        if lemma in DELIBERATION_VERBS or verb.lower_ in DELIBERATION_VERBS:
            clause.negative = "thinking, not a deed"
        elif lemma in (
            "drop",
            "park",
            "skip",
            "cancel",
            "abandon",
            "shelve",
            "leave",
            "wait",
            "stop",
            "hold",
        ):
            clause.negative = "a decision not to act"
        elif lemma == "decide" and not any(m.iso and not m.past for m in unit.mentions):
            clause.negative = "a decision with no date"
        elif lemma in _AGENDA_VERBS and (
            (clause.subject or "").lower() in ("we", "both")
            and lemma
            in ("meet", "come", "pick", "catch", "discuss", "review", "revisit", "continue", "touch")
            or agenda_words
            and lemma in ("show", "cover", "look", "review", "discuss", "go", "talk")
        ):
            clause.negative = "agenda for the next meeting, not a task"
        elif past_plan and past_plan.start() > verb.idx - unit.start - 40:
            clause.negative = "already done"
    no_commitment = _NO_COMMITMENT.search(unit.text)
    for n, clause in enumerate(out):
        if no_commitment and clause.negative is None:
            clause.negative = f'"{no_commitment.group(0)}"'
        if clause.conj and n > 0 and out[n - 1].negative and clause.negative is None:
            clause.negative = out[n - 1].negative
    return out


_NO_COMMITMENT = re.compile(
    r"\b(?:not committing|no commitment|didn'?t want to commit|not a commitment|"
    r"(?:wasn't|not) keen|not interested|not now|not for now|no for now|decided against)\b",
    re.I,
)


# -- task span ---------------------------------------------------------------------------------------
_TASK_CUT = re.compile(
    r"\s*(?:→|->|=>)|\s+(?=(?:so that|so|because|cos|since|in case|to see|to make sure|which|who|while|whilst|once|as soon as|if|when|"
    r"before|after|by|until|untill|till|til|b4|for the next|for a|starting|from|instead of|rather than|no rush|"
    r"asking|in time for|ahead of|then|and then|and send|and share|and bring|and circulate|and upload|& send|"
    r"\+ send|and report|and tell|and let|and get|and take|and walk|and come|and give|and pass|, and)\b)|"
    r"\s*(?:\(|\s[–—]\s|\s-\s|;|:\s|,\s(?=(?:so|since|which|as|and|then|but|because|before|if|when|once|while|no|not|"
    r"just|asking|starting|treat|that|first|the first|i|she|he|we|they|you|ideally|probably|hopefully)\b)|"
    # A full stop ends the task, but not the one of a title, an initial or a short form ("ask Dr. Okafor",
    # "send it to J. Smith", "e.g. the Q3 figures").
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bNo)(?<!\bvs)(?<!\bincl)"
    r"(?<!\bapprox)(?<!\bdept)(?<!\be\.g)(?<!\bi\.e)(?<!\bcf)(?<!\b[A-Z])[.!?](?:\s|$))",
    re.I,
)
_TASK_TRAIL = re.compile(
    r"[\s,;:–—\-]+$|\s+(?:and|or|the|a|an|to|with|of|for|on|at|in|&|\+|then|also)$", re.I
)


def _task_span(doc, clause: _Clause, unit: _Unit, note: _Note) -> tuple[int, int]:
    text = note.text
    start = doc[clause.verb].idx
    limit = min(clause.region_end or unit.end, unit.end)
    # The due words and other dates end the task ("… before sprint planning on Mon 19th").
    for m in unit.mentions + [ev for ev in note.events if unit.start <= ev.start < unit.end]:
        if start < m.start < limit and m.kind != "vague":
            limit = m.start
        elif start < m.core_start < limit:
            limit = min(limit, m.start if m.start > start else m.core_start)
    verb = doc[clause.verb]
    keep_if = verb.lemma_ in ASK_VERBS or verb.lower_ in ASK_VERBS
    pos = start + len(verb.text)
    end = limit
    for m in _TASK_CUT.finditer(text, pos, limit):
        word = text[m.end() : m.end() + 8].lower()
        if keep_if and (word.startswith("if ") or word.startswith("whether")):
            continue
        end = m.start()
        break
    end = max(end, start + len(verb.text))
    piece = text[start:end]
    trimmed = _TASK_TRAIL.sub("", piece)
    while trimmed != piece:
        piece = trimmed
        trimmed = _TASK_TRAIL.sub("", piece)
    piece = piece.rstrip(" ,;:–—-\"'(")
    if not piece:
        piece = verb.text
    # Unbalanced quotes: close the span before an opening quote that is never closed.
    if piece.count('"') % 2 == 1:
        piece = piece[: piece.rfind('"')].rstrip()
    return start, start + len(piece)


# -- owners ------------------------------------------------------------------------------------------
def _antecedent(doc, unit: _Unit, units: list[_Unit], note: _Note, before: int) -> str | None:
    """The person a he/she/they refers to: the name that is the subject of this sentence (before the
    pronoun) or of one of the three before it, or the label of their line; None when there is none
    (the caller then takes the person the note is about)."""
    for u in reversed(units[max(0, unit.index - 3) : unit.index + 1]):
        if u.note != unit.note:
            continue
        limit = before if u is unit else u.end
        subjects = [
            t
            for t in u.seg.span
            if t.idx < limit
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.lower_ not in _NAME_STOP
            and (t.head.dep_ == "ROOT" or t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
            and (_role_of(note, t.text) is not None or t.ent_type_ == "PERSON")
        ]
        if subjects:
            return subjects[0].text
        if (
            u.label
            and u.label.lower() not in ("me", "both", "all", "everyone", "him", "her")
            and _role_of(note, u.label)
        ):
            return u.label
    if note.group:
        # In a group, the member named last before the pronoun ("Connor's situation: … He'll talk to HR").
        for u in reversed(units[max(0, unit.index - 3) : unit.index + 1]):
            limit = before if u is unit else u.end
            names = [
                t.text
                for t in u.seg.span
                if t.idx < limit and t.text[:1].isupper() and note.roles.get(t.lower_) == "member"
            ]
            if names:
                return names[-1]
    return None


def _owner(
    doc, clause: _Clause, unit: _Unit, units: list[_Unit], note: _Note, task_text: str
) -> tuple[str, str, tuple[int, int] | None]:
    subj = clause.subject
    span = clause.subject_span
    speaker = unit.speaker
    # A shared deed: "we'll both …", "with me", "together".
    joint = re.search(
        r"\b(?:with me|(?<!put )(?<!pull )(?<!get )together|we(?:'ll| will)? both|we'll each|both of us|"
        r"co-run|jointly)\b",
        unit.text,
        re.I,
    )

    def person(p: str | None) -> str | None:
        if p is None:
            return None
        low = p.lower()
        if low in ("i", "me", "my"):
            if note.transcript and speaker:
                return speaker if speaker.lower() != "me" else "writer"
            return "writer"
        if low == "we":
            return "both"
        if low == "you":
            if note.transcript and speaker:
                voc = re.match(r"\s*(?:ok|okay|and|so|right|good|great)?[,\s–-]*([A-Z][a-z]+),", unit.text)
                if voc and _role_of(note, voc.group(1)):
                    return voc.group(1)
                others = [s for s in note.speakers if s != speaker and s.lower() not in ("all", "everyone")]
                if note.group:
                    return "mentee" if not voc else voc.group(1)
                if speaker.lower() == "me":
                    return others[0] if others else "counterpart"
                return (
                    "writer"
                    if any(s.lower() == "me" for s in note.speakers)
                    else (others[0] if others else "counterpart")
                )
            if note.email and note.addressees:
                return note.addressees[0] if len(note.addressees) == 1 else "mentee"
            return "counterpart"
        if low in ("he", "she", "they", "him", "her", "them"):
            if note.transcript and speaker and not note.group:
                return "counterpart-of-speaker"
            ante = _antecedent(doc, unit, units, note, span[0] if span else unit.end)
            return ante or "counterpart"
        return p

    who = person(subj)
    why_prefix = ""
    if (
        (subj or "").lower() == "you"
        and unit.label
        and _role_of(note, unit.label) not in (None,)
        and not note.transcript
    ):
        who = unit.label  # "Tariq – you said you'd sound out Dr Evans"
        why_prefix = f'the line is for "{unit.label}"; '
    if who and who.lower() in ("him", "her", "them"):
        who = "counterpart"
    if who is None:
        if unit.label:
            who = unit.label
            why_prefix = f'the line is labelled "{unit.label}"; '
        elif unit.section_owner:
            so = re.sub(r"\s*\(.*", "", unit.section_owner)
            who = person("you" if so.lower() == "you" else "I" if so.lower() == "me" else so)
            m = re.search(r"\(([^)]+)\)", unit.section_owner)
            if m and so.lower() == "me":
                who = m.group(1) if note.reciprocal else "writer"
            why_prefix = f'listed under "{unit.section_owner}"; '
        elif note.transcript and speaker:
            # An imperative or request in a turn is for the one spoken to.
            voc = re.match(r"\s*(?:ok|okay|and|so|right|good|great)?[,\s–-]*([A-Z][a-z]+),", unit.text)
            if voc and _role_of(note, voc.group(1)):
                who = voc.group(1)
            elif note.group:
                who = "mentee"
            else:
                who = person("you")
        else:
            who = "counterpart"
    if who == "counterpart-of-speaker":
        others = [s for s in note.speakers if s != speaker]
        who = others[0] if others else "counterpart"
    if who == "counterpart":
        if (
            note.writer_role == "mentee"
            and not note.transcript
            and clause.cue in ("imperative", "to-do", "fallback")
        ):
            who = "writer"
        elif note.counterpart:
            who = note.counterpart
        else:
            label = "mentee" if note.writer_role == "mentor" else "mentor"
            return label, why_prefix + f"the other party ({label})", span
    if (
        joint
        and who in ("writer", "both")
        or joint
        and clause.cue in ("imperative", "fallback", "to-do")
        and re.search(r"\b(?:with me|(?<!put )(?<!pull )(?<!get )together)\b", unit.text, re.I)
    ):
        return "both", why_prefix + f'"{joint.group(0)}": a deed the two share', span
    if who == "writer":
        label, why = _owner_label(note, "I")
        return label, why_prefix + (f'"{subj}" is the writer: ' if subj else "") + why, span
    if who == "both":
        if note.group:
            return "both", why_prefix + '"we": the mentor and the mentees', span
        return "both", why_prefix + f'"{subj or who}": both of them', span
    if who.lower() in ("me",):
        label, why = _owner_label(note, "I")
        return label, why_prefix + why, span
    if note.transcript and who in note.speakers and who.lower() != "me":
        full = next((n for n in note.roles if n.startswith(who.lower())), who.lower())
        role = note.roles.get(full)
        if role in ("mentor", "mentee") and not note.group and not note.reciprocal:
            return role, why_prefix + f'"{who}" speaks as the {role}', span
        if role == "mentor":
            return "mentor", why_prefix + f'"{who}" leads the group', span
        name = _full_name(note, who)
        return name, why_prefix + f'"{who}" speaks', span
    label, why = _owner_label(note, who)
    return label, why_prefix + why, span


# -- due dates ---------------------------------------------------------------------------------------
_OBJECT_VERBS = frozenset(
    "book enrol enroll schedule arrange organise organize invite add register nominate apply reserve".split()
)


def _due_candidates(doc, unit: _Unit, note: _Note) -> list[DateMention]:
    out = []
    for m in unit.mentions:
        if m.past or m.kind == "vague" or m.link_kind in ("start",):
            continue
        if m.iso is None:
            continue
        out.append(m)
    for ev in note.events:
        if unit.start <= ev.start < unit.end and not any(
            m.start <= ev.core_start < m.end or ev.start <= m.core_start < ev.end
            for m in unit.mentions
            if m.iso
        ):
            dated = event_date(ev, note.text, note.mentions)
            if dated is not None:
                out.append(dated)
    return sorted(out, key=lambda m: m.start)


_CALENDAR_KINDS = frozenset(
    "iso numeric daymonth monthday wdday ordinal inmonth endmonth midmonth weekof".split()
)


def _rank(m: DateMention, doc, verb_tok, text: str) -> int | None:
    """How strongly a date mention reads as this task's deadline: 3 tied by "by/before/until…", 2 plain,
    1 weak (a duration, a month "in June"), None when it is not the task's due date at all."""
    if m.link_kind in ("deadline", "first"):
        return 3
    if verb_tok is not None and m.start > verb_tok.idx:
        between = text[verb_tok.idx : m.start]
        # The verb nearest before the date owns it ("put together a list … and send it over tomorrow").
        lemma = verb_tok.lemma_.lower()
        for tok in doc.char_span(verb_tok.idx, m.start, alignment_mode="contract") or []:
            if tok.pos_ == "VERB" and tok.i > verb_tok.i:
                lemma = tok.lemma_.lower()
        # A calendar date that belongs to the object of a booking is not its deadline (README decision 10).
        if lemma in _OBJECT_VERBS and m.kind in _CALENDAR_KINDS:
            attached = not re.search(r"[(,;–—]|\s-\s", between)
            if m.link_kind in ("on", "for", "in") or m.link_kind == "bare" and attached:
                return None
        if m.kind == "inmonth" and m.link_kind == "in" and len(between.split()) > 3:
            return None  # "ask Joanne about a shadow day for F in April": the month of the object
        before = text[max(0, m.start - 60) : m.start]
        if re.search(r"\b(?:if|whether)\b[^.;]*$", before, re.I) and lemma in ASK_VERBS | {"ask"}:
            return None
    if m.link_kind == "for" and m.kind not in ("duration", "fortnight"):
        return None
    if m.kind in ("duration", "fortnight") and m.link_kind in ("for", "in", "within", "bare"):
        return 1
    if m.kind in ("inmonth", "endmonth", "midmonth") and m.link_kind in ("in", "on", "bare"):
        return 1
    return 2


def _due_for(
    doc,
    clauses: list[_Clause],
    k: int,
    unit: _Unit,
    note: _Note,
    accepted: list[DateMention],
    following: list[DateMention],
) -> DateMention | None:
    """The due date of deed k of a unit (README "Resolving dates", decisions 8-11).

    Its own date (between its verb and the next deed's); else, for the first deed, a date before its
    verb; else a date after the last deed when every deed after it continues the same sentence
    ("rewrite opener, have conversation (Thu)"); a date after the first of two deeds belongs to that
    one only. A date accepted in the next turn wins over the request's own; a date in a short
    follow-on sentence ("Will do Monday.") is used when the unit has none.
    """
    clause = clauses[k]
    text = note.text
    verb_tok = doc[clause.verb]
    if accepted:
        ranked = [m for m in accepted if _rank(m, doc, None, text) is not None]
        if ranked:
            return ranked[0]
    cands = _due_candidates(doc, unit, note)
    start = verb_tok.idx
    region_end = clause.region_end or unit.end
    own = [m for m in cands if start <= m.start < region_end or start <= m.core_start < region_end]
    pool = own
    if not pool and k == 0:
        pool = [m for m in cands if m.end <= start]
    if not pool and k < len(clauses) - 1 and all(c.conj for c in clauses[k + 1 :]):
        last = clauses[-1]
        last_task_end = _task_span(doc, last, unit, note)[1]
        pool = [m for m in cands if m.start >= last_task_end - 1]
    if not pool:
        pool = following
    ranked = [(r, m) for m in pool if (r := _rank(m, doc, verb_tok, text)) is not None]
    if not ranked:
        return None
    strong = [m for r, m in ranked if r >= 2]
    return strong[0] if strong else ranked[0][1]


# -- rule features -----------------------------------------------------------------------------------
RULE_FEATURES = (
    "cue_future_self",
    "cue_future_other",
    "cue_we",
    "cue_to_do",
    "cue_imperative",
    "cue_request",
    "cue_offer",
    "cue_agreed",
    "cue_reported",
    "n_clauses",
    "negated_all",
    "owner_label",
    "section_actions",
    "section_review",
    "section_none",
    "section_owners",
    "due_deadline",
    "due_any",
    "date_past",
    "question",
    "hedge",
    "think",
    "negation",
    "past_tense",
    "status",
    "agenda",
    "no_actions",
    "suggest",
    "uptake",
    "declined",
    "next_accepts",
    "prev_request",
    "transcript",
    "log_tokens",
    "conditional",
    "first_in_line",
    "header",
    "bullet",
    "starts_verb",
    "starts_modal",
    "email",
    "group",
)


def _rule_features(
    doc, unit: _Unit, clauses: list[_Clause], units: list[_Unit], note: _Note
) -> dict[str, float]:
    text = unit.text
    span = unit.seg.span
    f = dict.fromkeys(RULE_FEATURES, 0.0)
    positive = [c for c in clauses if c.negative is None]
    for c in positive:
        subj = (c.subject or "").lower()
        if c.cue in ("future", "going-to", "present"):
            if subj == "we" or subj == "both":
                f["cue_we"] = 1.0
            elif subj in ("i", "") and not (
                note.transcript and unit.speaker and unit.speaker.lower() != "me"
            ):
                f["cue_future_self"] = 1.0
            else:
                f["cue_future_other"] = 1.0
        elif c.cue == "to-do":
            f["cue_to_do"] = 1.0
        elif c.cue == "imperative":
            f["cue_imperative"] = 1.0
        elif c.cue == "request":
            f["cue_request"] = 1.0
        elif c.cue == "offer":
            f["cue_offer"] = 1.0
        elif c.cue == "agreed":
            f["cue_agreed"] = 1.0
        elif c.cue == "reported":
            f["cue_reported"] = 1.0
    f["n_clauses"] = float(min(len(positive), 3))
    f["negated_all"] = float(bool(clauses) and not positive)
    f["owner_label"] = float(unit.label is not None)
    f["section_actions"] = float(
        unit.section == "actions" or unit.checkbox == "open" or unit.table is not None
    )
    f["section_review"] = float(unit.section == "review" or unit.checkbox == "done")
    f["section_none"] = float(unit.section == "none")
    f["section_owners"] = float(unit.section == "owners")
    cands = [
        m for m in unit.mentions if m.iso and not m.past and m.kind != "vague" and m.link_kind != "start"
    ]
    f["due_deadline"] = float(any(m.link_kind in ("deadline", "first") for m in cands))
    f["due_any"] = float(bool(cands) or any(unit.start <= ev.start < unit.end for ev in note.events))
    f["date_past"] = float(any(m.past for m in unit.mentions))
    f["question"] = float(text.rstrip().endswith("?"))
    f["hedge"] = float(bool(_HEDGES.search(text)))
    f["think"] = float(bool(_THINK.search(text)))
    f["negation"] = float(bool(_NEGATION.search(text)))
    main = [t for t in span if t.dep_ == "ROOT"]
    f["past_tense"] = float(
        bool(main) and main[0].tag_ in ("VBD", "VBN") and not positive or bool(_PAST_WORDS.search(text))
    )
    f["status"] = float(bool(_STATUS.search(unit.line_text)))
    f["agenda"] = float(bool(_AGENDA.search(text)))
    f["no_actions"] = float(bool(_NO_ACTIONS.search(text)))
    f["suggest"] = float(bool(_SUGGEST.search(text)))
    f["uptake"] = float(bool(_UPTAKE.search(text)))
    f["declined"] = float(bool(_DECLINED.search(text)))
    nxt = (
        units[unit.index + 1]
        if unit.index + 1 < len(units) and units[unit.index + 1].note == unit.note
        else None
    )
    if nxt is not None and nxt.speaker and unit.speaker and nxt.speaker != unit.speaker:
        f["next_accepts"] = float(
            bool(
                re.match(
                    r"\s*(?:yes|yeah|yep|ok|okay|sure|fine|deal|will do|please|i can|i'll|"
                    r"no problem|of course|can do|on it|absolutely|definitely|great)\b",
                    nxt.text,
                    re.I,
                )
            )
        )
    prev = units[unit.index - 1] if unit.index > 0 and units[unit.index - 1].note == unit.note else None
    if prev is not None and prev.speaker and unit.speaker and prev.speaker != unit.speaker:
        f["prev_request"] = float(
            prev.text.rstrip().endswith("?")
            and bool(re.search(r"\b(?:can|could|will|would) you\b", prev.text, re.I))
        )
    f["transcript"] = float(note.transcript)
    f["log_tokens"] = math.log1p(len(span))
    f["conditional"] = float(bool(_CONDITIONAL.search(text)))
    f["first_in_line"] = float(unit.first_in_line)
    f["header"] = float(unit.line == 0 or unit.line <= 1 and note.email)
    f["bullet"] = float(bool(re.match(r"\s*(?:[-*•·▪‣◦–—>+]|->|→|\(?\d{1,3}[.)]|\[)", unit.line_text)))
    first = next((t for t in span if not t.is_punct and t.idx >= unit.start), None)
    f["starts_verb"] = float(first is not None and (first.tag_ == "VB" or first.lower_ in TASK_VERBS))
    f["starts_modal"] = float(first is not None and first.tag_ == "MD")
    f["email"] = float(note.email)
    f["group"] = float(note.group)
    return f


# -- analysis ----------------------------------------------------------------------------------------
@dataclass
class _Prepared:
    """One note read by the rules, ready for the head."""

    note: _Note
    doc: object
    units: list[_Unit]


def _prepare(docs: Sequence, session_dates: Sequence) -> list[_Prepared]:
    from coach.segment import segments

    prepared = []
    for n, (doc, session) in enumerate(zip(docs, session_dates)):
        text = nlp_doc_text(doc)
        note = _analyse_note(text, doc, session)
        units = _units(n, doc, note, segments(doc))
        for unit in units:
            body = max(unit.start, unit.body)
            if unit.label_start is not None:
                m = _OWNER_PREFIX.match(text, unit.label_start)
                if m and m.end() > body:
                    body = m.end()
            unit.clauses = _clauses(doc, unit, note, body)
        for unit in units:
            unit.features = _rule_features(doc, unit, unit.clauses, units, note)
        prepared.append(_Prepared(note, doc, units))
    return prepared


def feature_matrix(units: Sequence[_Unit], vectors: np.ndarray) -> np.ndarray:
    rules = np.asarray([[u.features[name] for name in RULE_FEATURES] for u in units], dtype=np.float64)
    rules = rules.reshape(len(units), len(RULE_FEATURES))
    return np.hstack([np.asarray(vectors, dtype=np.float64).reshape(len(units), -1), rules])


def feature_names(dimension: int) -> list[str]:
    return [f"emb_{i}" for i in range(dimension)] + list(RULE_FEATURES)


def _vectors(units: Sequence[_Unit], early: dict | None = None) -> np.ndarray:
    from coach.models import get_action_embedder, known_vectors

    embedder = get_action_embedder()
    early = known_vectors(embedder, early)
    texts = [u.vector_key for u in units]
    missing = sorted({t for t in texts if t not in early})
    found = dict(early)
    if missing:
        found.update(zip(missing, embedder.encode(missing)))
    return np.array([found[t] for t in texts], dtype=np.float32).reshape(len(texts), embedder.dimension)


def _evidence_for_cue(doc, clause: _Clause, note: _Note) -> Evidence | None:
    reasons = {
        "future": "a commitment: will / 'll",
        "going-to": "a commitment: going to",
        "to-do": 'a task line: "X to …"',
        "imperative": "an instruction on an action line",
        "request": 'a request ("can you …?")',
        "offer": 'an offer ("I can …", "happy to")',
        "agreed": "an agreement (agreed / promised / will do)",
        "reported": 'a reported commitment ("said she\'d …")',
        "present": "present tense for a planned deed with a date",
        "fallback": "an action line",
    }
    a, b = clause.cue_span
    if b <= a:
        verb = doc[clause.verb]
        a, b = verb.idx, verb.idx + len(verb)
    return Evidence(a, b, note.text[a:b], reasons.get(clause.cue, clause.cue))


def _accepting_turn(unit: _Unit, units: list[_Unit]) -> _Unit | None:
    nxt = units[unit.index + 1] if unit.index + 1 < len(units) else None
    if (
        nxt is not None
        and nxt.note == unit.note
        and nxt.speaker
        and unit.speaker
        and nxt.speaker != unit.speaker
        and unit.features.get("next_accepts")
    ):
        return nxt
    return None


_GENERIC_TASK = re.compile(
    r"^(?:have a go|give it a go|do (?:it|that|this|so)|get on it|sort it|try)\b|^do\s*[.!,]?\s*$", re.I
)


def _table_item(doc, unit: _Unit, note: _Note, score: float) -> list[ActionItem]:
    """A row of a What | Who | When table: the What cell is the task, Who the owner, When the due."""
    text = note.text
    row = unit.table
    t0, t1 = row["what"]
    evidence = [Evidence(unit.start, unit.end, unit.text, "a row of an actions table (What / Who / When)")]
    owner, why = ("mentee" if note.writer_role == "mentor" else "mentor"), "no Who cell: the other party"
    if "who" in row:
        a, b = row["who"]
        cell = text[a:b].strip()
        first = re.split(r"\s*(?:,|&|\+|\band\b|/)\s*", cell)
        people = [w for w in first if w]
        if len(people) > 1 or cell.lower() in ("both", "we", "us", "all of us", "together"):
            owner, why = (
                ("both", f'"{cell}": shared')
                if len(people) <= 2 or cell.lower() == "both"
                else ("mentee", f'"{cell}"')
            )
        elif cell.lower() in ("me", "i", "myself"):
            owner, why = _owner_label(note, "I")
        else:
            owner, why = _owner_label(note, cell)
        evidence.append(Evidence(a, b, cell, "owner: " + why))
    due = None
    if "when" in row:
        a, b = row["when"]
        cands = [
            m
            for m in note.mentions
            if a <= m.core_start < b and m.iso and not m.past and m.link_kind not in ("start", "vague")
        ]
        if cands:
            due = cands[-1] if len(cands) > 1 and re.search(r"\band\b|&", text[a:b]) else cands[0]
    item = ActionItem(
        text=unit.text,
        start=unit.start,
        end=unit.end,
        owner=owner,
        owner_evidence=why,
        task=text[t0:t1],
        task_start=t0,
        task_end=t1,
        score=round(float(score), 4),
        evidence=evidence,
    )
    if due is not None:
        item.due, item.due_start, item.due_end = due.iso, due.start, due.end
        item.due_text = text[due.start : due.end]
        evidence.append(Evidence(due.start, due.end, item.due_text, f"due {due.iso}: {due.reason}"))
    return [item]


def _items_for_unit(doc, unit: _Unit, units: list[_Unit], note: _Note, score: float) -> list[ActionItem]:
    text = note.text
    if unit.table is not None:
        return _table_item(doc, unit, note, score)
    clauses = [c for c in unit.clauses if c.negative is None]
    if not clauses and unit.clauses:
        return []  # every deed is negated, hedged, agenda or thinking: the rules veto the head
    if not clauses:
        # No verb found (shorthand such as "F: 20 calcs/day, 5 days/wk, till exam"): the words after the label.
        body = unit.start
        if unit.label_start is not None:
            m = _OWNER_PREFIX.match(text, unit.label_start)
            if m and m.end() > body:
                body = m.end()
        span = unit.seg.span
        first = next((t.i for t in span if t.idx >= body and not t.is_punct), span.start)
        clauses = [
            _Clause(
                verb=first,
                cue="fallback",
                cue_span=(doc[first].idx, doc[first].idx),
                subject=None,
                subject_span=None,
                region_end=unit.end,
            )
        ]
    # Delivery steps ("… and send it to me") belong to the deed before them, unless they have a date
    # of their own ("finish the draft b4 Christmas, send to Kai by 9 Jan" is two steps).
    merged: list[_Clause] = []
    for c in clauses:
        verb = doc[c.verb]
        region = text[verb.idx : c.region_end]
        delivery = c.conj and (
            verb.lemma_.lower() in DELIVERY_VERBS
            or verb.lower_ in DELIVERY_VERBS
            or verb.lower_ == "get"
            and re.search(r"\bsign", region)
        )
        if delivery and merged:
            prev = merged[-1]
            dated = [m for m in _due_candidates(doc, unit, note) if m.link_kind != "vague"]
            prev_dates = [
                m
                for m in dated
                if doc[prev.verb].idx <= m.start < verb.idx
                and (_rank(m, doc, doc[prev.verb], text) or 0) >= 2
            ]
            own_dates = [
                m
                for m in dated
                if verb.idx <= m.start < c.region_end and (_rank(m, doc, verb, text) or 0) >= 2
            ]
            if (
                prev_dates
                and own_dates
                and not re.match(r"(?i)report back|tell me|let (?:me|us) know", region)
            ):
                delivery = False
        # "me: intro to Harriet - will ping her Mon", "– said she'd do it this week": a "will …" with no
        # subject of its own, or a deed as vague as "do it", goes on with the deed before it.
        follow_on = (
            merged
            and not c.conj
            and (
                c.cue in ("future", "agreed", "reported")
                and not c.explicit
                or _GENERIC_TASK.match(text[verb.idx : c.region_end])
            )
        )
        if merged and (delivery or follow_on):
            merged[-1].region_end = c.region_end
            continue
        merged.append(c)
    # "me: prepare for my promo – I'll list my 5 biggest impacts …", "He offered to intro me … – he'll send the
    # emails": an offer or a heading-like instruction gives way to the concrete commitment of the same person.
    if len(merged) > 1:

        def who(c: _Clause) -> str:
            subj = (c.subject or "").lower()
            if not subj and unit.label:
                subj = unit.label.lower()
            return "i" if subj in ("i", "me") else subj

        keep = []
        for n, c in enumerate(merged):
            later = merged[n + 1] if n + 1 < len(merged) else None
            if (
                later is not None
                and c.cue in ("offer", "agreed", "imperative")
                and later.cue in ("future", "going-to")
                and not later.conj
                and who(c) == who(later)
                and who(c)
            ):
                continue
            keep.append(c)
        merged = keep
    # A vague first deed ("I agree to do it, I will call on Monday") gives way to the concrete one after it.
    if len(merged) > 1 and _GENERIC_TASK.match(text[doc[merged[0].verb].idx : merged[0].region_end]):
        merged = merged[1:]
    clauses = merged
    # A request accepted in the next turn: the acceptance's date wins (README decision 11).
    accepted: list[DateMention] = []
    accept = _accepting_turn(unit, units)
    if accept is not None:
        accepted = _due_candidates(doc, accept, note)
    start = unit.start
    if unit.label_start is not None and unit.label_start < start:
        start = unit.label_start
    end = unit.end
    following: list[DateMention] = []
    cont = _continuation(unit, units)
    if cont is not None:
        end = cont.end
        following = _due_candidates(doc, cont, note)
    items = []
    for k, clause in enumerate(clauses):
        t0, t1 = _task_span(doc, clause, unit, note)
        task = text[t0:t1]
        owner, owner_why, owner_span = _owner(doc, clause, unit, units, note, task)
        due = _due_for(doc, clauses, k, unit, note, accepted, following)
        evidence = []
        cue = _evidence_for_cue(doc, clause, note)
        if cue is not None:
            evidence.append(cue)
        if unit.section == "actions":
            evidence.append(Evidence(unit.start, unit.end, unit.text, "listed under an actions heading"))
        if owner_span:
            evidence.append(
                Evidence(
                    owner_span[0], owner_span[1], text[owner_span[0] : owner_span[1]], "owner: " + owner_why
                )
            )
        elif unit.label and unit.label_start is not None:
            evidence.append(
                Evidence(
                    unit.label_start, unit.label_start + len(unit.label), unit.label, "owner: " + owner_why
                )
            )
        due_iso = due_text = due_start = due_end = None
        if due is not None:
            due_iso, due_text, due_start, due_end = (
                due.iso,
                due.text.strip(),
                due.start,
                due.start + len(due.text.rstrip()),
            )
            due_text = text[due_start:due_end].rstrip(".,;")
            due_end = due_start + len(due_text)
            evidence.append(Evidence(due_start, due_end, due_text, f"due {due_iso}: {due.reason}"))
        items.append(
            ActionItem(
                text=text[start:end],
                start=start,
                end=end,
                owner=owner,
                owner_evidence=owner_why,
                task=task,
                task_start=t0,
                task_end=t1,
                due=due_iso,
                due_text=due_text,
                due_start=due_start,
                due_end=due_end,
                score=round(float(score), 4),
                evidence=evidence,
            )
        )
    return items


def _continuation(unit: _Unit, units: list[_Unit]) -> _Unit | None:
    """A short next sentence of the same line or turn that goes on with this one: "Will do Monday.",
    "Should be done by end of next week.", "Will raise it at her mid-year on 3 March."."""
    nxt = units[unit.index + 1] if unit.index + 1 < len(units) else None
    if (
        nxt is None
        or nxt.note != unit.note
        or nxt.line != unit.line
        and not (unit.speaker and nxt.speaker == unit.speaker and not nxt.first_in_line)
    ):
        return None
    if len(nxt.seg.span) > 14:
        return None
    if re.match(r"(?i)\s*(?:will|should|'ll|shall|and will|then)\b", nxt.text):
        return nxt
    if not nxt.clauses and any(m.iso and not m.past for m in nxt.mentions) and len(nxt.seg.span) <= 6:
        return nxt
    return None


def _similar_units(a: _Unit, b: _Unit) -> float:
    wa, wb = _content(a.text), _content(b.text)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


FALLBACK_MIN = 0.8


def _decide(prepared: list[_Prepared], probs: np.ndarray, threshold: float) -> list[list[ActionItem]]:
    """Items of every unit the head accepts, with the rules' clean-ups."""
    out: list[list[ActionItem]] = []
    k = 0
    for p in prepared:
        scores = probs[k : k + len(p.units)]
        k += len(p.units)
        units = p.units
        text, doc = p.note.text, p.doc
        # A unit with no commitment cue at all needs a confident head ("F: 20 calcs/day, till exam").
        accepted = [
            float(sc) >= (threshold if u.clauses else max(threshold, FALLBACK_MIN))
            for u, sc in zip(units, scores)
        ]
        # Rows of a What | Who | When table are items (the training notes hold no tables for the head
        # to learn from), unless a status column says they are done.
        for i, unit in enumerate(units):
            if unit.table is not None:
                status = unit.table.get("status")
                done = status and re.search(r"(?i)done|✓|✔|✅|closed|complete", text[status[0] : status[1]])
                accepted[i] = not done
                scores[i] = max(float(scores[i]), 0.9) if not done else scores[i]
        # A follow-on sentence is part of the item before it, not an item of its own.
        for i, unit in enumerate(units):
            if accepted[i] and i + 1 < len(units) and _continuation(unit, units) is units[i + 1]:
                accepted[i + 1] = False

        def vague(unit: _Unit) -> bool:
            live = [c for c in unit.clauses if c.negative is None]
            return not live or all(_GENERIC_TASK.match(text[doc[c.verb].idx : c.region_end]) for c in live)  # noqa: B023 (used in this iteration)

        # A request and its acceptance are one item, at the request ("Want to try building one panel
        # yourself?" / "Fine, I'll have a go over the weekend."): the acceptance is not a second one.
        for i, unit in enumerate(units):
            if i == 0 or not accepted[i]:
                continue
            request = units[i - 1]
            if _accepting_turn(request, units) is unit and vague(unit):
                if not accepted[i - 1] and any(
                    c.cue == "request" and c.negative is None for c in request.clauses
                ):
                    accepted[i - 1] = True
                    scores[i - 1] = scores[i]
                if accepted[i - 1]:
                    accepted[i] = False
        # A commitment stated in the prose and again in the note's action list is counted once, in the list.
        listed = [u for u, ok in zip(units, accepted) if ok and (u.section == "actions" or u.label)]
        for i, unit in enumerate(units):
            if (
                accepted[i]
                and unit.section != "actions"
                and not unit.label
                and any(u.index > unit.index and _similar_units(unit, u) >= 0.6 for u in listed)
            ):
                accepted[i] = False
        items: list[ActionItem] = []
        for unit, score, ok in zip(units, list(scores), accepted):
            if ok:
                items.extend(_items_for_unit(p.doc, unit, units, p.note, float(score)))
        out.append(items)
    return out


def actions_from_docs(
    docs: Sequence,
    offsets: Sequence[int] | None = None,
    session_dates: Sequence | None = None,
    early_vectors: dict | None = None,
) -> list[list[ActionItem]]:
    """The action items of already-parsed Docs (``coach.nlp.parse``, full pipeline), one list per Doc.

    ``offsets`` shift each Doc's character offsets into the user's text (default 0); ``session_dates``
    (date, ISO string or None per Doc) anchor relative dates; ``early_vectors`` are sentence
    embeddings already computed, keyed by the sentence Span's text (as ``coach.feedback`` computes
    them), so that a review embeds each sentence once. All the candidate units of all the Docs are
    embedded in one call.
    """
    offsets = list(offsets) if offsets is not None else [0] * len(docs)
    session_dates = list(session_dates) if session_dates is not None else [None] * len(docs)
    if len(offsets) != len(docs) or len(session_dates) != len(docs):
        raise InputError("Give one offset and one session date per note (or none).")
    model = get_action_model()
    prepared = _prepare(docs, session_dates)
    units = [u for p in prepared for u in p.units]
    if not units:
        return [[] for _ in docs]
    probs = np.zeros(len(units))
    candidates = [i for i, u in enumerate(units) if u.candidate]
    if candidates:
        chosen = [units[i] for i in candidates]
        probs[candidates] = model.head.predict_proba(feature_matrix(chosen, _vectors(chosen, early_vectors)))
    results = _decide(prepared, probs, model.head.threshold)
    for items, offset in zip(results, offsets):
        if offset:
            for item in items:
                _shift(item, offset)
    return results


def _shift(item: ActionItem, offset: int) -> None:
    item.start += offset
    item.end += offset
    item.task_start += offset
    item.task_end += offset
    if item.due_start is not None:
        item.due_start += offset
        item.due_end += offset
    item.evidence = [Evidence(e.start + offset, e.end + offset, e.text, e.reason) for e in item.evidence]


def _session_iso(value: object) -> tuple[dt.date | None, str | None]:
    try:
        d = to_date(value)
    except ValueError as exc:
        raise InputError(f"The session date is not a date: {value!r} (give YYYY-MM-DD).") from exc
    return d, d.isoformat() if d else None


def extract_actions_many(texts: Sequence[object], session_dates: Sequence | None = None) -> list[ActionItems]:
    """Extract the action items of many notes at once: one spaCy pass, one embedding call.

    A note that cannot be analysed (empty, binary, not text) comes back in its place as an empty
    ``ActionItems`` with ``error`` set; a session date that is not a date raises InputError.
    """
    from coach.nlp import parse
    from coach.settings import get_settings
    from coach.textcheck import prepare_text

    settings = get_settings()
    session_dates = list(session_dates) if session_dates is not None else [None] * len(texts)
    if len(session_dates) != len(texts):
        raise InputError("Give one session date per note (or none).")
    sessions = [_session_iso(s)[0] for s in session_dates]
    prepared, problems = [], []
    for text in texts:
        try:
            prepared.append(
                prepare_text(
                    text,
                    max_chars=min(MAX_NOTE_CHARS, settings.max_text_chars),
                    what="notes",
                    hard_limit=settings.max_text_chars,
                )
            )
            problems.append(None)
        except InputError as exc:
            prepared.append(None)
            problems.append(str(exc))
    usable = [(p, s) for p, s in zip(prepared, sessions) if p is not None]
    docs = parse([p.text for p, _ in usable]) if usable else []
    per_doc = iter(
        actions_from_docs(docs, [p.offset for p, _ in usable], [s for _, s in usable]) if docs else []
    )
    out = []
    for p, s, problem in zip(prepared, sessions, problems):
        if p is None:
            out.append(ActionItems([], [], problem, s.isoformat() if s else None))
            continue
        out.append(ActionItems(next(per_doc), p.warnings, None, s.isoformat() if s else None))
    return out


def extract_actions(text: object, session_date: object = None) -> ActionItems:
    """The action items of one session's notes (a list of ``ActionItem``, with ``.warnings``).

    Raises InputError for text that cannot be analysed (empty, binary, too long) or a bad session date.
    """
    result = extract_actions_many([text], [session_date])[0]
    if result.error:
        raise InputError(result.error)
    return result


# -- last session's items: done, open or dropped ------------------------------------------------------
_DROPPED = re.compile(
    r"\b(?:drop(?:ped|ping)?|let'?s drop|parked|park it|no longer|cancel(?:led|ed)?|call(?:ed)? off|scrap(?:ped)?|"
    r"abandon(?:ed)?|gave up|give up|giving up|skip(?:ped)?|not going ahead|decided not|decided against|"
    r"won'?t (?:be )?(?:do|happen)|not doing|idea'?s off|that'?s off|is off|off the table|no point|not needed any ?more|"
    r"doesn'?t need it|don'?t need it|rota closed|too late|missed the|push(?:ed)? to the (?:fall|autumn|next year)|"
    r"put on hold|shelved|not happening|forget it|forget about it|scratch that)\b",
    re.I,
)
_OPEN = re.compile(
    r"\b(?:still|not yet|not done|hasn'?t|haven'?t|didn'?t|not (?:asked|sent|booked|started|finished|done|"
    r"happened|replied|heard|yet)|pending|carr(?:y|ied) over|carried|postponed|waiting|in progress|so far|to go|half|"
    r"partly|partially|needs? another|moved to|got moved|pushed|slipped|forgot|never (?:sent|did|got)|"
    r"on track|ongoing|sticking|keeps? going|not every|most days|\d+ of \d+|\d+%|re-?scheduled|delayed|started (?:the|it|on)|"
    r"on hold until|park(?:ed)? (?:it )?until|until after|in the works|working on it|underway|under way)\b|\[ \]",
    re.I,
)
_DONE = re.compile(
    r"(?:✓|✔|☑|✅|\[x\]|\b(?:done|did|sent|finished|completed?|submitted|booked|went|signed(?: off)?|brought|emailed|"
    r"attended|spoke|presented|read|got|gave|applied|enrolled|registered|asked|wrote|written|posted|called|rang|"
    r"had (?:the|it|a)|tried|rewrote|forwarded|shared|delivered|led|ran|came through|went in|went out|happened|"
    r"went ahead|in place|ticked|sorted|fixed|accepted|said yes|pinged|checked|introduced|uploaded|"
    r"watched|kept|scheduled|organised|organized|arranged|passed|handled|created|recorded|met|joined|drafted|"
    r"call(?:ed)? (?:that|it) done|nailed|sorted|taken care of|went fine|went well)\b)",
    re.I,
)
_RECURRING = re.compile(
    r"\b(?:every|each|daily|weekly|a (?:day|week|month)|per (?:day|week|month)|/\s?(?:day|wk|week)|"
    r"\d+ (?:days?|times?) a|habit|going forward|from now on|for (?:the next )?\w+ (?:weeks?|days?))\b",
    re.I,
)
_ASKING = re.compile(r"^\s*(?:ask|check|find out|sound out|enquire|chase|email|call|speak|talk)\b", re.I)
_ASKED = re.compile(
    r"\b(?:asked|did ask|spoke|checked|talked|emailed|called|rang|sounded (?:him|her|them) out|chased)\b",
    re.I,
)
_IRREGULAR = {
    "sent": "send",
    "went": "go",
    "got": "get",
    "brought": "bring",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "gave": "give",
    "met": "meet",
    "led": "lead",
    "ran": "run",
    "took": "take",
    "did": "do",
    "made": "make",
    "told": "tell",
    "sat": "sit",
    "found": "find",
    "paid": "pay",
    "bought": "buy",
    "kept": "keep",
    "rang": "ring",
    "chose": "choose",
    "put": "put",
    "set": "set",
    "read": "read",
    "rewrote": "rewrite",
    "redrew": "redraw",
    "lent": "lend",
    "taught": "teach",
    "thought": "think",
}


def _previous_to_dicts(previous) -> list[dict]:
    if isinstance(previous, str):
        return [i.to_dict() for i in extract_actions(previous)]
    if isinstance(previous, dict) and "items" in previous:
        previous = previous["items"]
    out = []
    for item in previous or []:
        if isinstance(item, ActionItem):
            out.append(item.to_dict())
        elif isinstance(item, dict) and (item.get("task") or item.get("text")):
            out.append(dict(item))
        elif isinstance(item, str) and item.strip():
            out.append({"task": item, "text": item})
        else:
            raise InputError(
                "Give last session's items as ActionItems, dicts with a task or text, or the notes' text."
            )
    return out


_STOP = frozenset(
    "the a an to of for and or on in at by with my her his their your our me him them it this that "
    "is be will 'll i we you he she they from re w/ about up into off out over".split()
)


def _stem(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    return word[:5]


def _content(text: str) -> set[str]:
    return {
        _stem(w) for w in re.findall(r"[a-z0-9][a-z0-9'&+-]*", text.lower()) if w not in _STOP and len(w) >= 3
    }


def _status_of(text: str) -> tuple[str, str, re.Match | None]:
    m = _DROPPED.search(text)
    if m:
        return "dropped", f'"{m.group(0)}" says it was dropped', m
    m_open = _OPEN.search(text)
    m_done = _DONE.search(text)
    if m_open and not (
        m_done
        and re.search(r"(?:✓|✔|✅|\b(?:done|sent|finished|completed))", m_done.group(0), re.I)
        and not re.search(r"\b(?:not|n't|never|still|half|partly|\d+ of \d+)\b", text, re.I)
    ):
        return "open", f'"{m_open.group(0)}" says it is not finished', m_open
    if m_done:
        return "done", f'"{m_done.group(0)}" says it was done', m_done
    return "open", "mentioned with no sign it was done", None


def _pieces(doc, doc_text: str, keys: list | None = None) -> list[tuple[int, int, int]]:
    """(start, end, sentence number) of every sentence and of its clauses (cut at ";", " – ", ", but" …).

    ``keys`` receives each sentence's Span text (the key under which ``coach.feedback`` embeds it).
    """
    from coach.segment import segments

    out: list[tuple[int, int, int]] = []
    first_line_end = doc_text.find("\n") if "\n" in doc_text else len(doc_text)
    for n, seg in enumerate(segments(doc)):
        if seg.start < first_line_end and "\n" in doc_text[seg.end :]:
            continue
        if keys is not None:
            while len(keys) <= n:
                keys.append(None)
            keys[n] = seg.span.text
        # Keep a label the sentence splitter took off ("PyData: we both went!"): it names the item.
        line_start = doc_text.rfind("\n", 0, seg.start) + 1
        lead = _BULLET_LEAD.match(doc_text, line_start, seg.start)
        body = lead.end() if lead else line_start
        if body < seg.start and re.fullmatch(r"[^\n.!?]{1,40}:\s*", doc_text[body : seg.start]):
            seg = seg._replace(start=body)
        if line_start < seg.start and re.search(
            r"\[\s?[xX✓✔ ]?\s?\]|[✓✔✅☑]", doc_text[line_start : seg.start]
        ):
            seg = seg._replace(
                start=line_start
                + len(doc_text[line_start : seg.start])
                - len(doc_text[line_start : seg.start].lstrip())
            )
        out.append((seg.start, seg.end, n))
        cuts = [seg.start]
        if seg.start < first_line_end and "\n" in doc_text[seg.end :]:
            continue  # the note's title line reports nothing
        for m in re.finditer(
            r";\s*|\s[–—-]\s+|,\s+|:\s+|\.\s+|\s+(?=but\b|so\b|and\b)", doc_text[seg.start : seg.end]
        ):
            cuts.append(seg.start + m.end())
        cuts.append(seg.end)
        if len(cuts) > 2:
            for a, b in zip(cuts, cuts[1:]):
                while b > a and doc_text[b - 1] in " ;,–—-:":
                    b -= 1
                if b - a >= 3 and (a, b) != (seg.start, seg.end):
                    out.append((a, b, n))
    return out


TRACK_MIN = 0.3


def track_previous(
    previous_items, text: object, doc=None, early_vectors: dict | None = None
) -> list[CarriedItem]:
    """Mark each of last session's items done, open or dropped where the new notes say so.

    ``previous_items``: last session's ``ActionItem``s, their ``to_dict()``s (at least ``task`` or
    ``text``), an ``ActionItems.to_dict()``, or last session's notes as text (their items are
    extracted first). ``doc``: the new notes' Doc if already parsed (``coach.nlp.parse``) — it must
    be the Doc of ``text``, and offsets are then into ``doc.text``.

    Each item is matched one-to-one to the sentence or clause of the new notes most like its task
    (MiniLM similarity of its sentence plus shared word stems); the status then comes from the words there: dropped
    ("drop", "parked", "no longer", "cancelled", "that idea's off"), open ("still", "not yet",
    "pending", "2 of 6", "carry over", a recurring task still running), done ("done", "sent", "✓",
    a deed in the past tense; asking counts as done whatever the answer). An item the notes do not
    mention comes back ``open`` with a low score and the reason "not mentioned".
    """
    from coach.models import get_action_embedder, known_vectors
    from coach.settings import get_settings
    from coach.textcheck import prepare_text

    items = _previous_to_dicts(previous_items)
    offset = 0
    if doc is None:
        from coach.nlp import parse

        settings = get_settings()
        prepared = prepare_text(
            text,
            max_chars=min(MAX_NOTE_CHARS, settings.max_text_chars),
            what="notes",
            hard_limit=settings.max_text_chars,
        )
        doc, offset = parse([prepared.text])[0], prepared.offset
    if not items:
        return []
    doc_text = nlp_doc_text(doc)
    keys: list = []
    pieces = _pieces(doc, doc_text, keys)
    queries = [(i.get("task") or i.get("text") or "").strip() for i in items]
    unmentioned = [
        CarriedItem(k, q, items[k].get("text") or q, "open", 0.2, reason="not mentioned")
        for k, q in enumerate(queries)
    ]
    if not pieces:
        return unmentioned
    piece_texts = [doc_text[a:b] for a, b, _ in pieces]
    # One embedding per sentence (shared with the other analyzers through ``early_vectors``); a clause
    # is judged by its sentence's embedding and by its own words.
    sentence_keys = [keys[n] for _, _, n in pieces]
    embedder = get_action_embedder()
    vecs = known_vectors(embedder, early_vectors)
    need = sorted({t for t in queries + sentence_keys if t not in vecs})
    if need:
        vecs.update(zip(need, embedder.encode(need)))
    Q = np.array([vecs[q] for q in queries], dtype=np.float32)
    P = np.array([vecs[k] for k in sentence_keys], dtype=np.float32)
    sims = Q @ P.T
    words = [_content(q) for q in queries]
    piece_words = [_content(p) for p in piece_texts]
    # A new commitment is not a report on the old one, unless it also says what happened.
    penalty = np.array(
        [
            0.15
            if re.search(r"\b(?:will|'ll|going to|to (?:do|send|write))\b", t, re.I)
            and not (_DONE.search(t) or _OPEN.search(t) or _DROPPED.search(t))
            else 0.0
            for t in piece_texts
        ]
    )
    scores = np.zeros_like(sims)
    for k in range(len(items)):
        for j in range(len(pieces)):
            overlap = len(words[k] & piece_words[j]) / max(1, min(len(words[k]), 5))
            # Between a sentence and its clause (the same embedding), the clause that holds the words wins.
            scores[k, j] = (
                0.55 * float(sims[k, j]) + 0.6 * overlap - 0.01 * len(piece_words[j] - words[k]) - penalty[j]
            )
    # Best pairs first; a clause reports on one item, a sentence may report on several (through its clauses).
    pairs, taken_items, taken_pieces = [], set(), set()
    for flat in np.argsort(-scores, axis=None):
        k, j = divmod(int(flat), scores.shape[1])
        if k in taken_items or j in taken_pieces or scores[k, j] < TRACK_MIN:
            continue
        pairs.append((k, j))
        taken_items.add(k)
        taken_pieces.add(j)
    rows, cols = [k for k, _ in pairs], [j for _, j in pairs]
    out = list(unmentioned)
    sentence_of: dict[int, tuple[int, int]] = {}
    for a, b, n in pieces:
        sentence_of.setdefault(n, (a, b))  # a sentence comes before its clauses
    for k, j in zip(rows, cols):
        best = float(scores[k, j])
        if best < TRACK_MIN:
            continue
        a, b, n = pieces[j]
        sa, sb = sentence_of.get(n, (a, b))
        clause, sentence = doc_text[a:b], doc_text[sa:sb]
        task = queries[k]
        status, why, cue = _status_of(clause)
        where = a
        if cue is None and (sa, sb) != (a, b):
            status, why, cue = _status_of(sentence)
            where = sa
        elif status != "dropped" and (sa, sb) != (a, b):
            dropped = _DROPPED.search(sentence)
            if dropped and not (_ASKING.match(task) and _ASKED.search(clause)):
                status, why, cue, where = "dropped", f'"{dropped.group(0)}" says it was dropped', dropped, sa
        if (
            status == "done"
            and _ASKING.match(task) is None
            and _RECURRING.search(task)
            and not re.match(r"(?i)\s*try\b", task)
            and not re.search(r"\b(?:finished|completed|all done|over)\b", sentence, re.I)
        ):
            status, why = "open", "a recurring task still running (" + why + ")"
        if status == "dropped" and _ASKING.match(task) and _ASKED.search(clause):
            status, why = (
                "done",
                f'asking counts as done whatever the answer ("{_ASKED.search(clause).group(0)}")',
            )
        # "OK, let's drop that one" in the next sentence.
        for ahead in (1, 2):
            if status == "dropped":
                break
            nxt = sentence_of.get(n + ahead)
            if nxt and re.match(
                r"\W*(?:[A-Z][\w'’-]*:\s*)?(?:(?:ok|okay|fine|right|alright|then|so)\W+)?(?:let'?s|we'?ll|we can)\s+(?:drop|park|forget|scrap|leave)\b",
                doc_text[nxt[0] : nxt[1]],
                re.I,
            ):
                status, why, cue, where = "dropped", "the next sentence drops it", None, nxt[0]
        confidence = max(0.3, min(0.95, 0.3 + 0.6 * best)) * (1.0 if cue is not None else 0.75)
        evidence = [Evidence(offset + a, offset + b, clause, f"matches the task (score {best:.2f})")]
        if cue is not None:
            c0 = where + cue.start()
            evidence.append(Evidence(offset + c0, offset + c0 + len(cue.group(0)), cue.group(0), why))
        out[k] = CarriedItem(
            k,
            task,
            items[k].get("text") or task,
            status,
            round(confidence, 4),
            offset + a,
            offset + b,
            clause,
            why,
            evidence,
        )
    return out


def data_hash(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:16]
