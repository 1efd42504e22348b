"""A note cut into units (sentences, bullets, turns and table rows), each with what its line says
about it: a label, a speaker, a section, a checkbox."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.analyzers.actions.note import Note, role_of
from coach.analyzers.actions.words import (
    ACTION_HEADING,
    LABEL_STOP,
    NONE_HEADING,
    OTHER_HEADING,
    OWNER_PREFIX,
    REVIEW_HEADING,
    TABLE_HEAD,
)
from coach.text.segment import CHECKBOX_MARK, DASH_MARKS, LETTER_MARK, NUMBER_MARK


@dataclass
class Unit:
    """A sentence, bullet, turn or table row of a note, with what its line says about it."""

    note: int
    index: int
    seg: object  # coach.text.segment.Segment
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


def _line_of(note: Note, pos: int) -> int:
    lo, hi = 0, len(note.line_starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if note.line_starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


_EMOJI = "\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0f"
# A list mark (or an arrow), with the emoji phone notes put around it.
BULLET_LEAD = re.compile(
    rf"^\s*(?:[{_EMOJI}]+\s*)?(?:{DASH_MARKS}|->|→|{NUMBER_MARK}|{LETTER_MARK}(?=\s)|{CHECKBOX_MARK})?"
    rf"\s*(?:[{_EMOJI}]+\s*)?"
)
_TIMESTAMP = re.compile(r"^\s*\[?\d{1,2}[:.]\d{2}\]?\s*")


def read_units(note_index: int, doc, note: Note, segs) -> list[Unit]:
    """The units of a note, each with what its line says about it. ``segs``: the note's sentences
    (``coach.text.segment.segments``), or None to cut them here."""
    from coach.text.segment import segments

    text = note.text
    lines = text.split("\n")
    line_section, headings = _sections(lines)
    segs = segs if segs is not None else segments(doc)
    tables = _table_rows(note, lines)
    if tables:
        segs = _joined_table_rows(segs, tables, note, doc)
    units: list[Unit] = []
    seen_lines: set[int] = set()
    line_labels: dict[int, tuple[str | None, int | None, str | None]] = {}
    line_body: dict[int, int] = {}
    for seg in segs:
        line = _line_of(note, seg.start)
        first_in_line = line not in seen_lines
        seen_lines.add(line)
        if line not in line_labels:
            label, label_start, speaker, line_body[line] = _line_label(
                note, lines[line], note.line_starts[line]
            )
            line_labels[line] = (label, label_start, speaker)
        label, label_start, speaker = line_labels[line]
        if not first_in_line:
            label, label_start = _later_sentence_label(note, seg, label, label_start)
        if speaker is None and note.transcript:
            speaker = _turn_speaker(line_labels, lines, line)
        section, section_owner = line_section.get(line, ("", None))
        start, body = seg.start, seg.start
        if first_in_line and line_body.get(line, 0) > seg.start:
            body = min(line_body[line], seg.end)
            if speaker and line_labels[line][2] and body < seg.end:
                start = body  # a transcript's timestamp and speaker label are not part of what was said
        unit = Unit(
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


def _sections(lines: list[str]) -> tuple[dict[int, tuple[str, str | None]], set[int]]:
    """The section each line lies in (actions / review / none / other / owners / "") with the owner of a
    "You:" / "Me:" / "Both:" section, and the lines that are headings."""
    section, section_owner = "", None
    line_section: dict[int, tuple[str, str | None]] = {}
    headings: set[int] = set()
    for i, line in enumerate(lines):
        stripped = BULLET_LEAD.sub("", line, count=1).strip().strip("*_").strip()
        if not stripped:
            line_section[i] = (section, section_owner)
            continue
        if re.match(r"(?:today|discussed|topics?|theme|agenda|background|context)\s*:\s*\S", stripped, re.I):
            section, section_owner = "other", None  # "Today: Tom talked about …" ends a review list
        if len(stripped) <= 60 and (
            ACTION_HEADING.match(stripped)
            or REVIEW_HEADING.match(stripped)
            or OTHER_HEADING.match(stripped)
            or NONE_HEADING.search(stripped)
            and stripped.endswith(":")
        ):
            headings.add(i)
            if NONE_HEADING.search(stripped):
                section = "none"
            elif REVIEW_HEADING.match(stripped):
                section = "review"
            elif ACTION_HEADING.match(stripped):
                section = "actions"
            else:
                section = "other"
            section_owner = None
        m = re.fullmatch(r"(?:#+\s*)?((?:me|you|both|[A-Z][\w'’-]+)(?:\s*\([^)]*\))?)\s*:", stripped, re.I)
        if m and i not in headings:  # "Actions:" heads a list; it names nobody
            section_owner = m.group(1)
            if section in ("", "other"):
                section = "owners"
        line_section[i] = (section, section_owner)
    return line_section, headings


def _joined_table_rows(segs, tables: dict[int, dict], note: Note, doc) -> list:
    """A table row is one unit, however the parser cut it."""
    from coach.text.segment import Segment

    grouped: list = []
    for seg in segs:
        line = _line_of(note, seg.start)
        if line in tables and grouped and _line_of(note, grouped[-1].start) == line:
            a, b = grouped[-1].start, seg.end
            span = doc.char_span(a, b, alignment_mode="expand")
            grouped[-1] = Segment(span, a, b, note.text[a:b])
        else:
            grouped.append(seg)
    return grouped


def _line_label(note: Note, raw: str, ls: int) -> tuple[str | None, int | None, str | None, int]:
    """The owner label of a note line ("Priya:", "TODO (RK):", "me –") and where it starts, or the
    transcript speaker of the line, and where the words after bullet, timestamp and label start."""
    lead = BULLET_LEAD.match(raw)
    body_at = lead.end() if lead else 0
    ts = _TIMESTAMP.match(raw, body_at)
    if ts:
        body_at = ts.end()
    label = speaker = None
    label_start = None
    body = ls + body_at
    m = OWNER_PREFIX.match(raw, body_at)
    if m:
        body = ls + m.end()
        who = m.group("todo") or m.group("todo2") or m.group("who")
        paren = m.group("paren")
        if who and who.lower() not in LABEL_STOP and who.lower() not in ("ap", "a"):
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
        body = ls + body_at + m2.end()
    return label, label_start, speaker, body


def _later_sentence_label(note: Note, seg, label: str | None, label_start: int | None):
    """The label of a later sentence of a line: the line's label only when it names a person ("Amara:
    going to ask … Will raise it …"), not a topic ("TUPE: Jo on leave. NK to ask …"); or its own "TODO:"."""
    if (
        label
        and role_of(note, label) is None
        and label.lower() not in ("me", "both", "all", "everyone", "mentees")
    ):
        label = None
    m = OWNER_PREFIX.match(note.text, seg.start)
    if m and (m.group("todo") or m.group("todo2")):
        label, label_start = m.group("todo") or m.group("todo2"), seg.start
    return label, label_start


def _turn_speaker(line_labels: dict, lines: list[str], line: int) -> str | None:
    """A turn that runs over several lines keeps its speaker."""
    for prev in range(line - 1, max(-1, line - 4), -1):
        if prev in line_labels and line_labels[prev][2]:
            return line_labels[prev][2]
        if not lines[prev].strip():
            break
    return None


def _table_rows(note: Note, lines: list[str]) -> dict[int, dict]:
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
            named = {n: TABLE_HEAD[w] for n, w in enumerate(words) if w in TABLE_HEAD}
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
