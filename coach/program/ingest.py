"""Read a program's session records from CSV, JSON Lines or Excel: every row imported or reported.

How the file is read (its real format, encoding, delimiter) is ``coach.program.file_formats``'s; this
module gives the cells their meaning. Columns are matched by name and synonyms; ``mapping`` (our
field -> the file's column) overrides the match. Rows are streamed, so a 100 MB file is not held twice.

Example:
    >>> records, report = read_records("evaluation/data/program/bad/semicolon.csv")  # doctest: +SKIP
    >>> report.delimiter, len(records)                                                 # doctest: +SKIP
    (';', 8)
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from coach.errors import InputError
from coach.program.file_formats import ABSENT, Source, cell_text, read_rows, sniff
from coach.program.types import ImportReport, RowIssue, SessionRecord
from coach.settings import Settings, get_settings
from coach.text.words import MONTH_NAMES

REQUIRED = ("session_id", "date", "mentor", "mentee", "cohort", "notes")
OPTIONAL = ("goal", "feedback")
FIELDS = REQUIRED + OPTIONAL
# Column names seen in platform and spreadsheet exports, normalised (lower case, "_" for the rest).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "session_id": (
        "session_id",
        "id",
        "session",
        "sessionid",
        "session_no",
        "session_number",
        "session_ref",
        "record_id",
        "meeting_id",
        "ref",
    ),
    "date": ("date", "session_date", "meeting_date", "date_of_session", "held_on", "day", "when"),
    "mentor": ("mentor", "mentor_name", "coach", "coach_name", "mentor_full_name"),
    "mentee": ("mentee", "mentee_name", "coachee", "coachee_name", "protege", "learner", "mentee_full_name"),
    "cohort": ("cohort", "cohort_name", "group", "programme", "program", "track", "stream"),
    "notes": (
        "notes",
        "session_notes",
        "note",
        "mentor_notes",
        "summary",
        "minutes",
        "text",
        "session_summary",
    ),
    "goal": ("goal", "goals", "mentee_goal", "objective", "objectives", "smart_goal"),
    "feedback": ("feedback", "mentor_feedback", "written_feedback", "feedback_to_mentee"),
}
# Cells that mean "nothing written": the session is kept but has no text to analyse.
PLACEHOLDERS = frozenset(
    {"", "-", "--", "—", "–", ".", "n/a", "na", "none", "nil", "null", "tbc", "tbd", "?", "x"}
)


def is_placeholder(text: str | None) -> bool:
    """True when a cell holds nothing to analyse ('', 'N/A', '-', whitespace...).

    Example:
        >>> is_placeholder(" N/A "), is_placeholder("Talked about the rota.")
        (True, False)
    """
    return text is None or text.strip().casefold() in PLACEHOLDERS


def _norm(name: object) -> str:
    text = str(name if name is not None else "").replace("\ufeff", "").strip().casefold()
    return re.sub(r"[^0-9a-z]+", "_", text).strip("_")


def _not_mapped(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def match_columns(columns: list[str], mapping: dict[str, str | None] | None = None) -> dict[str, str]:
    """Our field -> the file's column, by name and synonyms; ``mapping`` wins where given.

    A field mapped to ``None`` (or ``""``) is "not in the file": it is left out and never
    auto-matched, so a user's choice to ignore a column sticks. A mapped name that is not a
    column exactly but matches one column once case and punctuation are ignored is taken.

    Example:
        >>> match_columns(["Session ID", "Date", "Coach", "Mentee", "Group", "Session notes"])["mentor"]
        'Coach'
        >>> "goal" in match_columns(["id", "date", "goal"], {"goal": None})
        False
    """
    mapping = dict(mapping or {})
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise InputError(
            f"The mapping names unknown field(s) {', '.join(unknown)}; the fields are {', '.join(FIELDS)}."
        )
    by_norm: dict[str, list[str]] = {}
    for c in columns:
        by_norm.setdefault(_norm(c), []).append(c)
    for ours, theirs in list(mapping.items()):
        if _not_mapped(theirs):
            mapping[ours] = None
            continue
        if theirs not in columns:
            close = list(dict.fromkeys(by_norm.get(_norm(theirs), [])))
            if len(close) != 1:
                raise InputError(
                    f"The mapping gives column {theirs!r} for {ours!r}, but the file has no such column; "
                    f"its columns are: {', '.join(columns) or 'none'}."
                )
            mapping[ours] = close[0]
    matched: dict[str, str] = {}
    taken = {c for c in mapping.values() if c is not None}
    for ours in FIELDS:
        if ours in mapping:
            if mapping[ours] is not None:
                matched[ours] = mapping[ours]
            continue
        for synonym in SYNONYMS[ours]:
            col = next(iter(by_norm.get(synonym, [])), None)
            if col is not None and col not in taken:
                matched[ours] = col
                taken.add(col)
                break
    return matched


# -- dates ------------------------------------------------------------------------------------------
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
# A time after the date ("T10:30", " 10:30:00.5+01:00", ", 2:15 pm", " at 09:00 UTC") is dropped.
_TIME = re.compile(
    r"(?:t|[\s,]+(?:at\s+)?)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$"
)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
# "4 March 2026", "Wed 4th of March, 2026", "04-Mar-2026", "4-Mar-26"
_DAY_MONTH = re.compile(
    r"^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-/.]+([a-z]+)\.?[\s\-/.,]+(\d{4}|\d{2})$"
)
# "Mar 4 2026", "Wednesday, March 4th, 2026", "Mar-04-2026"
_MONTH_DAY = re.compile(
    r"^(?:[a-z]+,?\s+)?([a-z]+)\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.,]+(\d{4}|\d{2})$"
)


def _month(word: str) -> int | None:
    return (
        _MONTHS.get(word[:3])
        if len(word) >= 3
        and (word[:3] in _MONTHS)
        and any(full.startswith(word) for full in (*MONTH_NAMES, "sept"))
        else None
    )


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date(value: object, day_first: bool = True) -> tuple[dt.date | None, str | None]:
    """A session date from a cell: (date, warning) or (None, why not).

    ISO (a time is dropped), ``yyyy/mm/dd``, ``yyyymmdd``, day-first or month-first numbers (ambiguous
    ones read ``day_first`` with a warning), 2-digit years (20xx, with a warning), month names
    (``4 March 2026``, ``Mar 4, 2026``, ``04-Mar-26``), Excel dates and Excel day numbers.

    Example:
        >>> parse_date("04/03/2026")
        (datetime.date(2026, 3, 4), "ambiguous date '04/03/2026': read day-first as 2026-03-04 (month-first would give 2026-04-03)")
        >>> parse_date("3/14/26")[0], parse_date("04-Mar-2026 10:30")[0]
        (datetime.date(2026, 3, 14), datetime.date(2026, 3, 4))
    """
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    return _parse_text_date(str(value if value is not None else "").strip(), day_first)


@functools.lru_cache(maxsize=4096)  # a program's sessions fall on a few hundred distinct days
def _parse_text_date(text: str, day_first: bool) -> tuple[dt.date | None, str | None]:
    if not text:
        return None, "date missing"
    low = re.sub(r"\s+", " ", text.casefold())
    low = _TIME.sub("", low).strip() or low
    not_a_day = (None, f"date {text!r} is not a real day")
    for pattern in (_ISO, _YMD):
        if m := pattern.match(low):
            d = _make(int(m[1]), int(m[2]), int(m[3]))
            return (d, None) if d else not_a_day
    if (
        (m := _COMPACT.match(low))
        and 1900 < int(m[1]) < 2100
        and (d := _make(int(m[1]), int(m[2]), int(m[3])))
    ):
        return d, None
    if m := _NUMERIC.match(low):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        notes = []
        if len(m[3]) == 2:
            y += 2000
            notes.append(f"2-digit year read as {y}")
        day_month = _make(y, b, a)  # a = day
        month_day = _make(y, a, b)  # a = month
        if day_month and month_day and day_month != month_day:
            chosen, other = (day_month, month_day) if day_first else (month_day, day_month)
            reading = "day-first" if day_first else "month-first"
            alt = "month-first" if day_first else "day-first"
            notes.insert(
                0,
                f"ambiguous date {text!r}: read {reading} as {chosen.isoformat()} "
                f"({alt} would give {other.isoformat()})",
            )
            return chosen, "; ".join(notes)
        chosen = day_month or month_day
        if chosen is None:
            return not_a_day
        return chosen, (f"date {text!r}: " + "; ".join(notes)) if notes else None
    for pattern, order in ((_DAY_MONTH, "dmy"), (_MONTH_DAY, "mdy")):
        if m := pattern.match(low):
            day, word = (m[1], m[2]) if order == "dmy" else (m[2], m[1])
            month = _month(word)
            if month:
                year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
                d = _make(year, month, int(day))
                if d is None:
                    return not_a_day
                return d, (f"date {text!r}: 2-digit year read as {year}" if len(m[3]) == 2 else None)
    if re.fullmatch(r"\d{5}(?:\.\d+)?", low):  # an Excel serial day number exported as text
        serial = float(low)
        if 20000 < serial < 80000:
            return dt.date(1899, 12, 30) + dt.timedelta(
                days=int(serial)
            ), f"date {text!r} read as an Excel day number"
    return None, f"date not understood: {text!r}"


def content_hash(record: SessionRecord) -> str:
    """A fingerprint of what a session says: an edited row has a new one (the store's change test).

    Example:
        >>> import datetime as dt
        >>> r = SessionRecord("S-1", dt.date(2026, 3, 4), "A", "B", "C", "notes")
        >>> content_hash(r) == content_hash(SessionRecord("S-1", dt.date(2026, 3, 4), "A", "B", "C", "notes"))
        True
    """
    parts = [
        record.session_id,
        record.date.isoformat(),
        record.mentor,
        record.mentee,
        record.cohort,
        record.notes,
        record.goal or "",
        record.feedback or "",
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _clean(value: object) -> tuple[str, bool]:
    """A cell as text with its line breaks as "\n" (a file re-saved with other line endings is the same
    file), and NUL characters removed (no store can keep them); True when some were."""
    text = cell_text(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        return text.replace("\x00", ""), True
    return text, False


def _row_inside(
    values: list[str], delimiter: str, width: int, index: dict[str, int], day_first: bool
) -> tuple[int, str, str] | None:
    """A line inside a multi-line cell that reads as a whole row of its own (an id and a real date in
    their columns): the sign of a quote that was opened and never closed. (lines into the row, id, date)"""
    before = 0
    for value in values:
        if "\n" not in value:
            continue
        for k, inner in enumerate(value.split("\n")):
            if k and inner.count(delimiter) >= width - 1:
                cells = next(csv.reader([inner], delimiter=delimiter), [])
                if len(cells) >= width:
                    sid, date = cells[index["session_id"]].strip(), cells[index["date"]].strip()
                    if sid and parse_date(date, day_first)[0] is not None:
                        return before + k, sid, date
        before += value.count("\n")
    return None


def _source_within_limits(path: Path, settings: Settings) -> Source:
    """What the file is, once it is known to be within the import limit."""
    size = path.stat().st_size
    if size > settings.max_import_bytes:
        raise InputError(
            f"{path.name} is {size / 1e6:,.0f} MB; the import limit is {settings.max_import_bytes / 1e6:,.0f} MB "
            "(MENTOR_COACH_MAX_IMPORT_BYTES). Split the file or raise the limit."
        )
    return sniff(path)


def _header_columns(
    name: str, header: list, mapping: dict[str, str | None] | None, report: ImportReport
) -> dict[str, str]:
    """Our field -> the file's column for the header row; InputError when a required field has none."""
    report.file_columns = [str(h) for h in header]
    columns = match_columns(report.file_columns, mapping)
    report.columns = dict(columns)
    found = ", ".join(c for c in report.file_columns if c.strip()) or "none"
    left_out = [f for f in REQUIRED if mapping and f in mapping and _not_mapped(mapping[f])]
    if left_out:
        names = " and ".join(repr(f) for f in left_out)
        raise InputError(
            f"{name}: {names} {'is' if len(left_out) == 1 else 'are'} required, but the mapping says "
            f"the file has no column for {'it' if len(left_out) == 1 else 'them'}; choose the column "
            f"that holds {'it' if len(left_out) == 1 else 'each'} (the columns found are: {found})."
        )
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        names = ", ".join(repr(m) for m in missing)
        raise InputError(
            f"{name}: no {names} column (required); the columns found are: {found}. Rename the column "
            f'or map it (the Import page\'s Columns, or --mapping \'{{"{missing[0]}": "<column>"}}\').'
        )
    return columns


def _column_positions(name: str, report: ImportReport, columns: dict[str, str]) -> dict[str, list[int]]:
    """Each named column's positions in the header, with a warning for a column named twice, read as
    two fields or not read at all (the user sees what was left out)."""
    positions: dict[str, list[int]] = {}
    for n, c in enumerate(report.file_columns):
        if c.strip():
            positions.setdefault(c, []).append(n)
    for c, where in positions.items():
        if len(where) > 1:
            report.issues.append(
                RowIssue(
                    name,
                    0,
                    "warning",
                    f"column {c!r} appears {len(where)} times (columns {', '.join(str(n + 1) for n in where)}); "
                    "only the first is read",
                )
            )
    by_column: dict[str, list[str]] = {}
    for f, c in columns.items():
        by_column.setdefault(c, []).append(f)
    for c, fields in by_column.items():
        if len(fields) > 1:
            report.issues.append(
                RowIssue(name, 0, "warning", f"column {c!r} is read as {' and as '.join(fields)}")
            )
    for c in positions:
        if c not in by_column:
            report.issues.append(RowIssue(name, 0, "warning", f"column {c!r} is not used"))
    return positions


@dataclass
class _RowReader:
    """Turns one file's rows into session records, reporting every row it does not import and why."""

    name: str  # the file's name, as the report's issues give it
    report: ImportReport
    kind: str  # the file's format: csv | jsonl | xlsx
    columns: dict[str, str]  # our field -> the file's column
    index: dict[str, int]  # our field -> the column's position
    width: int  # cells in the header
    day_first: bool
    # case-folded session id -> (line, 64 bits of the content hash) of the first row with it
    seen: dict[str, tuple[int, int]] = field(default_factory=dict)

    def issue(self, line: int, level: str, reason: str, sid: str | None = None) -> None:
        self.report.issues.append(RowIssue(self.name, line, level, reason, sid))

    def reject(self, line: int, reason: str, sid: str | None = None) -> None:
        self.report.rejected += 1
        self.issue(line, "error", reason, sid)

    def absent(self, cells: list, fields: list[str]) -> str:
        """For a JSON line: " (no 'x' key on this line)" when the fields' keys are missing from it."""
        keys = [repr(self.columns[f]) for f in fields if f in self.index and cells[self.index[f]] is ABSENT]
        return f" (no {', '.join(keys)} key on this line)" if keys else ""

    def get(self, values: list[str], ours: str) -> str:
        return values[self.index[ours]] if ours in self.index else ""

    def values(self, cells: list) -> tuple[list, list[str], list[str]] | None:
        """(cells, their text, the row's warnings), padded to the header's width; None for a blank line."""
        values = [c if type(c) is str else cell_text(c) for c in cells]
        joined = "".join(values)
        if not joined.strip():
            return None  # a blank line is not a row
        row_warnings = []
        if "\r" in joined or "\x00" in joined:
            cleaned = [_clean(v) for v in values]
            values = [v for v, _ in cleaned]
            if any(nul for _, nul in cleaned):
                row_warnings.append("NUL characters removed from the row's cells")
        width = self.width
        if len(values) < width:
            if self.kind == "csv":
                row_warnings.append(
                    f"row has {len(values)} of {width} cells; the missing cells are read as empty"
                )
            cells = list(cells) + [None] * (width - len(values))
            values += [""] * (width - len(values))
        elif len(values) > width and any(v.strip() for v in values[width:]):
            row_warnings.append(
                f"row has {len(values)} cells but the header has {width}; the extra cells are ignored"
            )
        return cells, values, row_warnings

    def record(
        self, line: int, cells: list, values: list[str], row_warnings: list[str]
    ) -> SessionRecord | None:
        """The row's session, or None when it is not imported (the reason is in the report)."""
        sid = self.get(values, "session_id").strip()
        if not sid:
            self.reject(line, f"session id missing{self.absent(cells, ['session_id'])}; row not imported")
            return None
        if self.kind == "csv" and (
            inside := _row_inside(values, self.report.delimiter, self.width, self.index, self.day_first)
        ):
            k, inner_sid, inner_date = inside
            self.reject(
                line,
                f"a cell of this row runs over {sum(v.count(chr(10)) for v in values) + 1} lines, and "
                f"line {line + k} inside it reads as a row of its own (session id {inner_sid!r}, date "
                f"{inner_date!r}): a closing quote is probably missing; fix it and import again. "
                "Row not imported",
                sid,
            )
            return None
        raw_date = cells[self.index["date"]]
        when, date_note = parse_date("" if raw_date is ABSENT else raw_date, day_first=self.day_first)
        if when is None:
            self.reject(line, f"{date_note}{self.absent(cells, ['date'])}; row not imported", sid)
            return None
        if date_note:
            row_warnings.append(date_note)
        empty_people = [f for f in ("mentor", "mentee", "cohort") if not self.get(values, f).strip()]
        if empty_people:
            self.reject(
                line,
                f"{' and '.join(empty_people)} missing{self.absent(cells, empty_people)}; row not imported",
                sid,
            )
            return None
        goal, feedback, notes = (
            self.get(values, "goal"),
            self.get(values, "feedback"),
            self.get(values, "notes"),
        )
        if is_placeholder(notes):
            row_warnings.append(self._no_notes(cells, notes, goal, feedback))
        record = SessionRecord(
            session_id=sid,
            date=when,
            mentor=self.get(values, "mentor").strip(),
            mentee=self.get(values, "mentee").strip(),
            cohort=self.get(values, "cohort").strip(),
            notes=notes,
            goal=goal if goal.strip() else None,
            feedback=feedback if feedback.strip() else None,
            source_file=self.name,
            source_row=line,
        )
        if self._seen_before(line, sid, record):
            return None
        for w in row_warnings:
            self.issue(line, "warning", w, sid)
        return record

    def _no_notes(self, cells: list, notes: str, goal: str, feedback: str) -> str:
        """The warning for a row whose notes say nothing: what they say, and what is analysed instead."""
        others = [f for f, t in (("goal", goal), ("feedback", feedback)) if not is_placeholder(t)]
        said = self.absent(cells, ["notes"]).strip(" ()")
        said = (
            said.replace("key on this line", "key on this line: notes read as empty")
            if said
            else ("notes empty" if not notes.strip() else f"notes say only {notes.strip()!r}")
        )
        return said + (
            f"; only the {' and '.join(others)} {'is' if len(others) == 1 else 'are'} analysed"
            if others
            else "; stored as a session with no text to analyse"
        )

    def _seen_before(self, line: int, sid: str, record: SessionRecord) -> bool:
        """True for a session id met on an earlier line (ids compared without case): a copy of that row
        is skipped with a warning, a different row under the same id is refused."""
        key = sid.casefold()
        digest = int(content_hash(SessionRecord(**{**record.__dict__, "session_id": key}))[:16], 16)
        if key not in self.seen:
            self.seen[key] = (line, digest)
            return False
        first_line, first_digest = self.seen[key]
        if digest == first_digest:
            self.issue(line, "warning", f"duplicate row: same as line {first_line}; skipped", sid)
        else:
            self.reject(
                line,
                f"session id {sid!r} is already used on line {first_line} with different "
                f"content; line {line} not imported",
                sid,
            )
        return True


def iter_records(
    path: str | Path, mapping: dict[str, str | None] | None = None, report: ImportReport | None = None
) -> Iterator[SessionRecord]:
    """Stream the good rows of a file, recording every other row in ``report.issues``.

    ``mapping`` is our field -> the file's column; ``None`` for a field means "not in the file" (never
    auto-matched). Raises InputError (one line, nothing yielded) for a file that cannot be imported at
    all: missing, too large, binary, not what its name says, or a required column not found.

    Example:
        >>> report = ImportReport(file="x.csv")                                            # doctest: +SKIP
        >>> sum(1 for _ in iter_records("x.csv", report=report)), report.rejected          # doctest: +SKIP
        (8, 2)
    """
    path = Path(path)
    name = path.name
    report = report if report is not None else ImportReport(file=name)
    report.file = name
    if not path.is_file():
        raise InputError(f"{path} does not exist or is not a file.")
    settings = get_settings()
    source = _source_within_limits(path, settings)
    report.encoding = source.shown_encoding or source.encoding
    for w in source.warnings:
        report.issues.append(RowIssue(name, 0, "warning", w))
    rows = read_rows(path, source, report)
    try:
        _, header = next(rows)
        columns = _header_columns(name, header, mapping, report)
    except BaseException:
        rows.close()
        raise
    positions = _column_positions(name, report, columns)
    reader = _RowReader(
        name,
        report,
        source.kind,
        columns,
        index={f: positions[c][0] for f, c in columns.items()},
        width=len(report.file_columns),
        day_first=settings.import_date_order.casefold() != "mdy",
    )
    unnamed = [n for n, c in enumerate(report.file_columns) if not c.strip()]
    unnamed_with_values: dict[int, int] = {}  # column position -> first line with a value there
    for line, cells in rows:
        if isinstance(cells, str):  # a JSON line that is not an object
            report.rows += 1
            reader.reject(line, cells)
            continue
        read = reader.values(cells)
        if read is None:
            continue
        cells, values, row_warnings = read
        report.rows += 1
        for n in unnamed:
            if n not in unnamed_with_values and values[n].strip():
                unnamed_with_values[n] = line
        record = reader.record(line, cells, values, row_warnings)
        if record is not None:
            yield record
    for n, first in sorted(unnamed_with_values.items()):
        reader.issue(
            0,
            "warning",
            f"column {n + 1} has no name in the header but holds values (first on line {first}); "
            "it is not read",
        )


def read_records(
    path: str | Path, mapping: dict[str, str | None] | None = None
) -> tuple[list[SessionRecord], ImportReport]:
    """All the good rows of a file and the report of every other row; nothing is stored.

    Raises InputError for a file that cannot be imported at all (the reason in one line).

    Example:
        >>> records, report = read_records("evaluation/data/program/bad/dates_mixed.csv")   # doctest: +SKIP
        >>> len(records), report.rejected                                                   # doctest: +SKIP
        (8, 2)
    """
    report = ImportReport(file=Path(path).name)
    records = list(iter_records(path, mapping, report))
    return records, report


__all__ = [
    "FIELDS",
    "REQUIRED",
    "SYNONYMS",
    "content_hash",
    "is_placeholder",
    "iter_records",
    "match_columns",
    "parse_date",
    "read_records",
]
