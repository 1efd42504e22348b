"""The note as a whole: its session date and dates, its layout (transcript, email, group, peer
session), who writes it and who is who."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from coach.analyzers.actions.words import (
    GROUP_WORDS,
    LABEL_STOP,
    MONTH_WORDS,
    NAME_STOP,
    WRITER_MENTEE,
    WRITER_MENTOR,
)
from coach.dates import DateMention, find_dates, find_events, guess_day_first, header_date, to_date


@dataclass
class Note:
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
        if word.lower().strip(".") in NAME_STOP or word.lower() in MONTH_WORDS:
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


def _initials(name: str) -> str:
    parts = re.findall(r"[A-Z]", name)
    return "".join(parts)


def analyse_note(text: str, doc, session_date: object) -> Note:
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
        if label.lower() in LABEL_STOP:
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
    cue = WRITER_MENTEE.search(text[:600]) or WRITER_MENTEE.search(text[-300:])
    mentor_cue = WRITER_MENTOR.search(text)
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
        bool(GROUP_WORDS.search(header))
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
    return Note(
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


def role_of(note: Note, name: str) -> str | None:
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


def full_name(note: Note, name: str) -> str:
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
