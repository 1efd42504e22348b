"""The note as a whole: its session date and dates, its layout (transcript, email, group, peer
session), who writes it and who is who."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from coach.analyzers.actions.words import (
    GROUP_WORDS,
    LABEL_STOP,
    MONTH_WORDS,
    NAME_STOP,
    WRITER_MENTEE,
    WRITER_MENTOR,
)
from coach.text.dates import DateMention, find_dates, find_events, guess_day_first, header_date, to_date


@dataclass
class Note:
    """What the whole note says: its dates, its layout, who writes it and who is who."""

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
    initials: dict[str, str] = field(default_factory=dict)  # "RO" -> mentor, from "Mentor: R. Okafor"


def _names_in(text: str, doc=None, at: int = -1) -> list[str]:
    """Capitalised words that name people in a short text (a note's first line)."""
    out = []
    for m in re.finditer(
        r"(?<![\w@])(?:Dr\.?\s+|Prof\.?\s+)?([A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ]+)?|[A-Z]\.(?:\s?[A-Z]\.)?\s?[A-Z][a-z]+|[A-Z]{1,2}(?=\s*[(/,–—-]|\s+\d|\s*$))",
        text,
    ):
        word = m.group(1)
        if word.lower().strip(".") in NAME_STOP or word.lower() in MONTH_WORDS:
            continue
        if doc is not None and at >= 0 and not re.fullmatch(r"[A-Z]{1,2}|[A-Z]\..*", word):
            span = doc.char_span(at + m.start(1), at + m.end(1), alignment_mode="expand")
            if span is not None and span[0].pos_ not in ("PROPN", "X") and span[0].ent_type_ != "PERSON":
                continue
        out.append(word.split()[-1] if word.startswith(("Dr", "Prof")) else word)
    return out


def _initials(name: str) -> str:
    parts = re.findall(r"[A-Z]", name)
    return "".join(parts)


def analyse_note(text: str, doc, session_date: object) -> Note:
    """Read a note as a whole: its session date and dates, its layout, who writes it and who is who."""
    lines = text.split("\n")
    day_first = guess_day_first(text, session_date)
    session = to_date(session_date)
    given = session is not None
    if session is None:
        session = header_date(text, day_first=day_first) or dt.date.today()
    mentions = find_dates(text, session, day_first=day_first)
    events = find_events(text)
    first = next((line for line in lines if line.strip()), "")
    email = _is_email(first, lines)
    header = _header(first, lines, email)
    speakers, questions, transcript = _speakers(text)
    fields = _header_fields(text)
    roles, writer_name = _declared_roles(text, fields)
    writer_role, writer_evidence = _writer_role(text)
    addressees = _addressees(text)
    if email:
        writer_name = writer_name or _signer(lines)
    if writer_name and roles.get(writer_name.lower()) in ("mentor", "mentee"):
        writer_role = roles[writer_name.lower()]
    note = Note(
        text=text,
        session=session,
        session_given=given,
        day_first=day_first,
        mentions=mentions,
        events=events,
        transcript=transcript,
        email=email,
        group=_is_group(text, header, addressees),
        reciprocal=False,
        writer_role=writer_role,
        writer_name=writer_name,
        writer_evidence=writer_evidence,
        roles=roles,
        counterpart=None,
        addressees=addressees,
        speakers=speakers,
        line_starts=_line_starts(lines),
        initials=_header_initials(fields),
    )
    head_names = _header_names(note, header, doc, text.find(header) if header else -1)
    if note.group:
        _group_roles(note, header, head_names)
    else:
        _roles_of_two(note, header, head_names, first, questions)
        if note.counterpart is None and not note.transcript:
            _counterpart_from_the_body(note, doc)
    return note


def _counterpart_from_the_body(note: Note, doc) -> None:
    """No header names anyone: the person the notes keep naming ("Reviewed Nadia's pitch… Nadia to resend
    it") is the other party, if one name clearly leads (twice at least, and twice as often as any other)."""
    if doc is None:
        return
    counts: dict[str, int] = {}
    for tok in doc:
        # The small model's entity types are unreliable for first names ("Nadia" read as a place), so
        # proper nouns count, but not those inside a date, an organisation or a product.
        word = tok.text
        if (
            tok.pos_ == "PROPN"
            and re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", word)
            and tok.ent_type_ not in ("ORG", "DATE", "TIME", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP")
            and word != note.writer_name
            and word.lower() not in NAME_STOP
            and word.lower() not in MONTH_WORDS
        ):
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        note.counterpart = ranked[0][0]
        note.roles.setdefault(
            note.counterpart.lower(), "mentor" if note.writer_role == "mentee" else "mentee"
        )


def _line_starts(lines: list[str]) -> list[int]:
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return starts


def _is_email(first: str, lines: list[str]) -> bool:
    return bool(re.match(r"\s*(?:subject|to|from)\s*:", first, re.I)) or bool(
        re.search(r"^\s*(?:hi|hello|dear|hey)\b[^\n]{0,80}\s*$", "\n".join(lines[:3]), re.I | re.M)
    )


def _header(first: str, lines: list[str], email: bool) -> str:
    """The line that names who the note is about: an email's subject line, else the first line, or its
    first sentence for prose (an initial "G." does not end it)."""
    if email:
        return next((line for line in lines[:4] if re.match(r"\s*subject\s*:", line, re.I)), "")
    return re.split(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])", first.strip(), maxsplit=1)[0][:160]


def _speakers(text: str) -> tuple[list[str], dict[str, int], bool]:
    """The speaker labels in order of first appearance, the questions each asked, and whether the note
    is a transcript: several lines that start with a speaker's label, some of them questions."""
    label_lines = re.findall(
        r"^\s*(?:\[?\d{1,2}[:.]\d{2}\]?\s*)?\[?([A-Z][\w'’.-]{0,20}|[Mm]e)\]?\s*:\s+(.+)$", text, re.M
    )
    speakers: list[str] = []
    questions: dict[str, int] = {}
    for label, said in label_lines:
        if label.lower() in LABEL_STOP:
            continue
        if label not in speakers:
            speakers.append(label)
        questions[label] = questions.get(label, 0) + said.count("?")
    transcript = len(label_lines) >= 4 and len(speakers) >= 2 and sum(questions.values()) > 0
    return speakers, questions, transcript


def _declared_roles(text: str, fields: list[tuple[str, str]] = ()) -> tuple[dict[str, str], str | None]:
    """Roles the note declares ("Aisha (mentor, …)", "Imran = …, my mentor", "facilitator: Farid",
    "Mia … mentoring Richard", "me (Ayesha) supporting Luke"), and the writer's name ("me (Ayesha)")."""
    roles: dict[str, str] = {}
    writer_name = None
    for m in re.finditer(r"(?:([A-Z][\w'’-]+)\s+)?([A-Z][\w'’-]+)\s*\(([^)\n]{0,60})\)", text):
        desc = m.group(3).lower()
        role = (
            "mentee"
            if re.search(rf"\b(?:mentee|{_MENTEE_TITLES})\b", desc)
            else "mentor"
            if re.search(r"\b(?:mentor|facilitator|my es)\b", desc)
            else None
        )
        if role:
            roles[m.group(2).lower()] = role
            if m.group(1) and m.group(1).lower() not in _NOT_A_FIRST_NAME:
                roles[m.group(1).lower()] = role  # "Gareth Lloyd (mentor)": Gareth too
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
    for role, name in fields:  # "Mentee: Priyanka S."
        for key in _name_keys(name):
            roles.setdefault(key, role)
    m = re.search(r"\b[Mm]e\s*\(([A-Z][\w'’-]+)\)", text)
    if m:
        writer_name = m.group(1)
    m = re.search(r"\b[Mm]e\s*\(([A-Z][\w'’-]+)\)\s*supporting\s+([A-Z][\w'’-]+)", text)
    if m:
        roles[m.group(1).lower()] = "mentor"
        roles[m.group(2).lower()] = "mentee"
    return roles, writer_name


# Who is the mentee and who the mentor in a record's header fields: "Mentee: Priyanka S.", "Mentor: R.
# Okafor", "Trainee: Oliver Brandt", "FD: Dr. Amir Haddad" / "ES: Dr. S. Lindqvist".
_MENTEE_TITLES = (
    r"trainee|graduate|apprentice|student|preceptee|coachee|prot[eé]g[eé]|new\s+entrant|fd|foundation\s+dentist|"
    r"f[12]|junior\s+doctor|intern|fellow"
)
_MENTOR_TITLES = (
    r"mentor|es|educational\s+supervisor|cs|clinical\s+supervisor|supervisor|preceptor|coach|facilitator"
)
_HEADER_FIELD = re.compile(
    rf"^[ \t]*(?P<role>mentee|{_MENTEE_TITLES}|{_MENTOR_TITLES})[ \t]*:[ \t]*(?P<name>[^\n]{{2,80}})$",
    re.IGNORECASE | re.MULTILINE,
)
_TITLE_WORDS = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|prof|sir)\.?\s+", re.IGNORECASE)
_NOT_A_FIRST_NAME = frozenset("pair and with mentor mentee session meeting observer".split())


def _header_fields(text: str) -> list[tuple[str, str]]:
    """(role, name) of each header field naming a mentee or a mentor."""
    out = []
    for m in _HEADER_FIELD.finditer(text[:1500]):
        role = "mentor" if re.fullmatch(_MENTOR_TITLES, m.group("role").lower()) else "mentee"
        name = re.split(r"[(,;/]|\s[-–—]\s", m.group("name"))[0].strip()
        if 1 <= len(name.split()) <= 4 and re.match(r"[A-Z]", _TITLE_WORDS.sub("", name).strip() or "x"):
            out.append((role, name))
    return out


def _name_keys(name: str) -> list[str]:
    """The keys a person's name is known by in a note: first name and surname, lower case."""
    words = [w.strip(".") for w in _TITLE_WORDS.sub("", name).split()]
    full = [w for w in words if len(w) >= 2 and w[0].isupper()]
    return [w.lower() for w in full[:1] + full[-1:]] if full else []


def _header_initials(fields: list[tuple[str, str]]) -> dict[str, str]:
    """ "RO" -> mentor for "Mentor: R. Okafor": the initials a record uses for the people in its header
    fields (``_header_fields``)."""
    out = {}
    for role, name in fields:
        letters = "".join(
            w[0] for w in _TITLE_WORDS.sub("", name).replace(".", " ").split() if w[:1].isupper()
        )
        if 2 <= len(letters) <= 3:
            out.setdefault(letters, role)
    return out


def _writer_role(text: str) -> tuple[str, str]:
    """The writer's role and why: the mentor unless the note says otherwise."""
    writer_evidence = "assumed: the writer of notes is the mentor"
    writer_role = "mentor"
    cue = WRITER_MENTEE.search(text[:600]) or WRITER_MENTEE.search(text[-300:])
    mentor_cue = WRITER_MENTOR.search(text)
    if cue and not mentor_cue:
        writer_role, writer_evidence = "mentee", f'the writer is the mentee ("{cue.group(0).strip()}")'
    elif mentor_cue:
        writer_evidence = f'the writer is the mentor ("{mentor_cue.group(0)}")'
    return writer_role, writer_evidence


def _addressees(text: str) -> list[str]:
    """The people an email greets ("Hi James", "Dear Amara and Siân")."""
    greet = re.search(r"^\s*(?:hi|hello|dear|hey)\s+([^\n]{1,80}?),?\s*$", text, re.I | re.M)
    if not greet:
        return []
    return [
        n.strip()
        for n in re.split(r",\s*|\s+and\s+|\s*&\s*", greet.group(1).strip())
        if n.strip()[:1].isupper() and n.strip().lower() not in ("all", "everyone", "team")
    ]


def _signer(lines: list[str]) -> str | None:
    """The first name an email is signed with."""
    tail = [line.strip() for line in lines if line.strip()][-2:]
    if tail and re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", tail[-1]):
        return tail[-1].split()[0]
    return None


def _is_group(text: str, header: str, addressees: list[str]) -> bool:
    return (
        bool(GROUP_WORDS.search(header))
        or len(addressees) >= 2
        or bool(re.search(r"^\s*(?:present|attendees|there)\s*:", text, re.I | re.M))
    )


def _header_names(note: Note, header: str, doc, header_at: int) -> list[str]:
    """The people the header names, the writer left out; in an email, those greeted come first."""
    head_names = [n for n in _names_in(header, doc, header_at) if n != note.writer_name] or [
        n for n in _names_in(header) if n != note.writer_name
    ][:1]
    if note.email and note.addressees:
        head_names = note.addressees + [n for n in head_names if n not in note.addressees]
    return head_names


def _group_roles(note: Note, header: str, head_names: list[str]) -> None:
    """Roles in a group: those present (or greeted) are members; the facilitator is a name in the header
    that is not a member, else the writer, else the first present."""
    roles = note.roles
    members: list[str] = []
    for m in re.finditer(r"^\s*(?:present|attendees|there)\s*:\s*([^\n.]+)", note.text, re.I | re.M):
        members += [
            n.split()[0] for n in re.split(r",\s*|\s+and\s+|\s*&\s*|\s*\+\s*", m.group(1)) if n[:1].isupper()
        ]
    plus = re.search(r"([A-Z][\w'’-]+)\s*\+\s*([A-Z][^\n]+)", header)
    if plus:
        roles.setdefault(plus.group(1).lower(), "mentor")
        members += [
            n.split()[0] for n in re.split(r",\s*|\s+and\s+|\s*&\s*", plus.group(2)) if n[:1].isupper()
        ]
    members += note.addressees
    for name in members:
        if roles.get(name.lower()) != "mentor":
            roles[name.lower()] = "member"
    facilitator = next((n for n in head_names if n.lower() not in roles and not n.isupper()), None)
    if facilitator:
        roles[facilitator.lower()] = "mentor"
    if note.writer_name:
        roles.setdefault(note.writer_name.lower(), "mentor")
    if "mentor" not in roles.values() and members:
        roles[members[0].lower()] = "mentor"


def _roles_of_two(note: Note, header: str, head_names: list[str], first: str, questions: dict) -> None:
    """Roles in a session of two: peers who swap, else mentor and mentee, from what the note declares,
    who asks the questions of a transcript, the pair of names in the header and whom the note is about."""
    pair = re.search(
        r"\b([A-Z][\w'’-]+)(?:\s*\([^)]*\))?\s*(?:/|&|\band\b)\s*(?:me\s*\()?([A-Z][\w'’-]+)", header
    )
    peer = bool(re.search(r"\bpeer\b|\bpair chat\b|\bpeer[- ]to[- ]peer\b", header, re.I))
    labels_used = {
        m.group(1)
        for m in re.finditer(
            r"^\s*(?:[-–•*]\s*)?([A-Z][\w'’-]+|me|Me|You|you|Both|both)\s*(?:\([^)]*\))?\s*:", note.text, re.M
        )
    }
    note.reciprocal = _is_reciprocal(note.text, peer, labels_used, head_names)
    if note.reciprocal:
        _peer_roles(note, pair, head_names, labels_used)
        return
    if note.transcript and note.speakers and not any(note.roles.get(s.lower()) for s in note.speakers):
        _lead_speaker_roles(note, head_names, questions)
    if pair and not peer or pair and note.transcript:
        _pair_roles(note, pair.group(1), pair.group(2), first)
    _counterpart_roles(note, head_names)


def _is_reciprocal(text: str, peer: bool, labels_used: set[str], head_names: list[str]) -> bool:
    """A peer session where both take on tasks ("we swap", "Me:/You:/Both:" or both names as labels)."""
    named_labels = {lab for lab in labels_used if any(n.lower().startswith(lab.lower()) for n in head_names)}
    return peer and bool(
        re.search(r"\bswap\b|\bmy stuff\b|\bmy thing\b|\beach other\b", text, re.I)
        or len(named_labels) >= 2
        or (
            {lab.lower() for lab in labels_used} & {"me", "you"}
            and (named_labels or "Both" in labels_used or "both" in labels_used)
        )
    )


def _peer_roles(note: Note, pair, head_names: list[str], labels_used: set[str]) -> None:
    """Everyone in a reciprocal session is a peer; the writer is the one of the pair no line is labelled with."""
    names = [pair.group(1), pair.group(2)] if pair else head_names[:2]
    if note.writer_name is None and len(names) == 2:
        unlabelled = [n for n in names if not any(n.lower().startswith(lab.lower()) for lab in labels_used)]
        if len(unlabelled) == 1:
            note.writer_name = unlabelled[0]
    for name in names + ([note.writer_name] if note.writer_name else []) + note.addressees:
        note.roles[name.lower()] = "peer"
    note.counterpart = next((n for n in names + note.addressees if n != note.writer_name), None)


def _lead_speaker_roles(note: Note, head_names: list[str], questions: dict) -> None:
    """Nothing declared: the one who asks the questions leads the conversation."""
    speakers = note.speakers
    lead = max(speakers, key=lambda s: (questions.get(s, 0), -speakers.index(s)))
    for s in speakers:
        full = next((n for n in head_names if n.lower().startswith(s.lower())), s)
        if s.lower() == "me":
            note.writer_role = "mentor" if s == lead else "mentee"
            continue
        note.roles.setdefault(full.lower(), "mentor" if s == lead else "mentee")


def _pair_roles(note: Note, a: str, b: str, first: str) -> None:
    """The two names of the header ("Brandon / Denise"): one the mentor, the other the mentee."""
    roles = note.roles
    ra, rb = roles.get(a.lower()), roles.get(b.lower())
    if ra and not rb:
        roles[b.lower()] = "mentee" if ra == "mentor" else "mentor"
    elif rb and not ra:
        roles[a.lower()] = "mentee" if rb == "mentor" else "mentor"
    elif not ra and not rb:
        # Neither declared: the one the notes talk about is the mentee, the other writes.
        body = note.text[len(first) :]
        counts = {n: len(re.findall(r"\b" + re.escape(n) + r"\b(?!\s*:)", body)) for n in (a, b)}
        mentee = max((a, b), key=lambda n: counts[n])
        other = b if mentee == a else a
        roles[mentee.lower()] = "mentee"
        roles[other.lower()] = "mentor"
        note.writer_name = note.writer_name or other
    if note.writer_name is None and not note.transcript:
        opposite = "mentee" if note.writer_role == "mentor" else "mentor"
        note.writer_name = next((n for n in (a, b) if roles.get(n.lower()) == note.writer_role), None)
        note.counterpart = next((n for n in (a, b) if roles.get(n.lower()) == opposite), None)


def _counterpart_roles(note: Note, head_names: list[str]) -> None:
    """The person the note is about (a name of the header) is the other party; the writer and they get
    the roles still missing."""
    roles = note.roles
    if note.counterpart is None:
        opposite = "mentee" if note.writer_role == "mentor" else "mentor"
        note.counterpart = (
            next((n for n in head_names if roles.get(n.lower()) == opposite), None)
            or next((n for n in head_names if n.lower() not in roles and n != note.writer_name), None)
            or next((n for n in head_names if n != note.writer_name), None)
        )
    if note.counterpart and note.counterpart.lower() not in roles:
        roles[note.counterpart.lower()] = "mentor" if note.writer_role == "mentee" else "mentee"
    if note.writer_name and note.writer_name.lower() not in roles:
        roles[note.writer_name.lower()] = note.writer_role


def role_of(note: Note, name: str) -> str | None:
    """The role the note gives a person (mentor, mentee, member, peer), by name, a name's start or
    initials of the person the note is about; None when the note says nothing of them."""
    key = name.lower().strip(" .")
    if key in note.roles:
        return note.roles[key]
    for known, role in note.roles.items():
        if len(key) >= 3 and (known.startswith(key) or key.startswith(known)):
            return role
    if name.strip(" .") in note.initials:
        return note.initials[name.strip(" .")]
    # Initials: "RK", "GP", "NK", "F" stand for the person the note is about.
    if re.fullmatch(r"[A-Z]{1,3}", name.strip(" .")) and note.counterpart:
        if (
            name[0] == note.counterpart[0]
            or _initials(note.counterpart).startswith(name[0])
            or name.strip(" .") == _initials(note.counterpart)
        ):
            return note.roles.get(note.counterpart.lower(), "mentee")
    return None


def full_name(note: Note, name: str) -> str:
    """The name as the note spells it in full (a speaker label "Sam" -> "Samira")."""
    key = name.lower().strip(" .")
    for known in list(note.roles) + [n.lower() for n in note.addressees]:
        if len(key) >= 3 and known.startswith(key) and known != key:
            for m in re.finditer(r"\b" + re.escape(known) + r"\b", note.text, re.I):
                return note.text[m.start() : m.end()]
    return name.strip(" .")


def owner_label(note: Note, person: str) -> tuple[str, str]:
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
    role = role_of(note, p)
    if role in ("member", "peer", None) or note.reciprocal:
        name = full_name(note, p)
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
