"""Read a program's session records from CSV, JSON Lines or Excel: every row imported or reported.

The file's content decides how it is read, not only its name: a PNG named ``.csv`` is refused
before parsing, a workbook named ``.csv`` is read as a workbook (with a warning). CSV encoding
(UTF-8, UTF-8 with BOM, UTF-16, else cp1252/Latin-1 with a warning) and delimiter (``,`` ``;``
tab ``|``) are detected. Columns are matched by name and synonyms; ``mapping`` (our field -> the
file's column) overrides the match. Rows are streamed, so a 100 MB file is not held twice.

Example:
    >>> records, report = read_records("evaluation/data/program/bad/semicolon.csv")  # doctest: +SKIP
    >>> report.delimiter, len(records)                                                 # doctest: +SKIP
    (';', 8)
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coach.errors import InputError
from coach.program.types import ImportReport, RowIssue, SessionRecord
from coach.settings import get_settings

REQUIRED = ("session_id", "date", "mentor", "mentee", "cohort", "notes")
OPTIONAL = ("goal", "feedback")
FIELDS = REQUIRED + OPTIONAL
# Column names seen in platform and spreadsheet exports, normalised (lower case, "_" for the rest).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "session_id": ("session_id", "id", "session", "sessionid", "session_no", "session_number", "session_ref",
                   "record_id", "meeting_id", "ref"),
    "date": ("date", "session_date", "meeting_date", "date_of_session", "held_on", "day", "when"),
    "mentor": ("mentor", "mentor_name", "coach", "coach_name", "mentor_full_name"),
    "mentee": ("mentee", "mentee_name", "coachee", "coachee_name", "protege", "learner", "mentee_full_name"),
    "cohort": ("cohort", "cohort_name", "group", "programme", "program", "track", "stream"),
    "notes": ("notes", "session_notes", "note", "mentor_notes", "summary", "minutes", "text", "session_summary"),
    "goal": ("goal", "goals", "mentee_goal", "objective", "objectives", "smart_goal"),
    "feedback": ("feedback", "mentor_feedback", "written_feedback", "feedback_to_mentee"),
}
# Cells that mean "nothing written": the session is kept but has no text to analyse.
PLACEHOLDERS = frozenset({"", "-", "--", "—", "–", ".", "n/a", "na", "none", "nil", "null", "tbc", "tbd", "?", "x"})
DELIMITERS = (",", ";", "\t", "|")
_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an old Excel/Word file (.xls/.doc)", b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive", b"Rar!": "a RAR archive",
}
_ZIP = b"PK\x03\x04"
_CHUNK = 1 << 20


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


def match_columns(columns: list[str], mapping: dict[str, str] | None = None) -> dict[str, str]:
    """Our field -> the file's column, by name and synonyms; ``mapping`` wins where given.

    Example:
        >>> match_columns(["Session ID", "Date", "Coach", "Mentee", "Group", "Session notes"])["mentor"]
        'Coach'
    """
    mapping = dict(mapping or {})
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise InputError(f"The mapping names unknown field(s) {', '.join(unknown)}; the fields are {', '.join(FIELDS)}.")
    for ours, theirs in mapping.items():
        if theirs not in columns:
            raise InputError(f"The mapping gives column {theirs!r} for {ours!r}, but the file has no such column; "
                             f"its columns are: {', '.join(columns)}.")
    matched: dict[str, str] = {}
    taken = set(mapping.values())
    by_norm: dict[str, str] = {}
    for c in columns:
        by_norm.setdefault(_norm(c), c)
    for ours in FIELDS:
        if ours in mapping:
            matched[ours] = mapping[ours]
            continue
        for synonym in SYNONYMS[ours]:
            col = by_norm.get(synonym)
            if col is not None and col not in taken:
                matched[ours] = col
                taken.add(col)
                break
    return matched


# -- dates ------------------------------------------------------------------------------------------
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec"), start=1)}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$")
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?$")
_DAY_MONTH = re.compile(r"^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$")
_MONTH_DAY = re.compile(r"^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def _month(word: str) -> int | None:
    return _MONTHS.get(word[:3]) if len(word) >= 3 and (word[:3] in _MONTHS) and \
        any(full.startswith(word) for full in ("january", "february", "march", "april", "may", "june", "july",
                                               "august", "september", "october", "november", "december",
                                               "sept")) else None


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date(value: object, day_first: bool = True) -> tuple[dt.date | None, str | None]:
    """A session date from a cell: (date, warning) or (None, why not).

    ISO (a time is dropped), day-first or month-first numbers (ambiguous ones read ``day_first`` with
    a warning), 2-digit years (20xx, with a warning), month names, Excel dates.

    Example:
        >>> parse_date("04/03/2026")
        (datetime.date(2026, 3, 4), "ambiguous date '04/03/2026': read day-first as 2026-03-04 (month-first would give 2026-04-03)")
        >>> parse_date("3/14/26")[0]
        datetime.date(2026, 3, 14)
    """
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    text = str(value if value is not None else "").strip()
    if not text:
        return None, "date missing"
    low = re.sub(r"\s+", " ", text.casefold())
    if m := _ISO.match(low):
        d = _make(int(m[1]), int(m[2]), int(m[3]))
        return (d, None) if d else (None, f"date {text!r} is not a real day")
    if m := _YMD.match(low):
        d = _make(int(m[1]), int(m[2]), int(m[3]))
        return (d, None) if d else (None, f"date {text!r} is not a real day")
    if m := _NUMERIC.match(low):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        notes = []
        if len(m[3]) == 2:
            y += 2000
            notes.append(f"2-digit year read as {y}")
        day_month = _make(y, b, a)   # a = day
        month_day = _make(y, a, b)   # a = month
        if day_month and month_day and day_month != month_day:
            chosen, other = (day_month, month_day) if day_first else (month_day, day_month)
            reading = "day-first" if day_first else "month-first"
            alt = "month-first" if day_first else "day-first"
            notes.insert(0, f"ambiguous date {text!r}: read {reading} as {chosen.isoformat()} "
                            f"({alt} would give {other.isoformat()})")
            return chosen, "; ".join(notes)
        chosen = day_month or month_day
        if chosen is None:
            return None, f"date {text!r} is not a real day"
        return chosen, (f"date {text!r}: " + "; ".join(notes)) if notes else None
    for pattern, order in ((_DAY_MONTH, "dmy"), (_MONTH_DAY, "mdy")):
        if m := pattern.match(low):
            day, word = (m[1], m[2]) if order == "dmy" else (m[2], m[1])
            month = _month(word)
            if month:
                d = _make(int(m[3]), month, int(day))
                return (d, None) if d else (None, f"date {text!r} is not a real day")
    if re.fullmatch(r"\d{5}(?:\.\d+)?", low):  # an Excel serial day number exported as text
        serial = float(low)
        if 20000 < serial < 80000:
            return dt.date(1899, 12, 30) + dt.timedelta(days=int(serial)), f"date {text!r} read as an Excel day number"
    return None, f"date not understood: {text!r}"


# -- reading the file ------------------------------------------------------------------------------
@dataclass
class _Source:
    kind: str            # csv | jsonl | xlsx
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


def _sniff(path: Path) -> _Source:
    """What the file really is, from its first bytes (and a full pass for the text encoding)."""
    name = path.name
    suffix = path.suffix.casefold()
    with path.open("rb") as fh:
        head = fh.read(8192)
    if not head.strip():
        raise InputError(f"{name} is empty.")
    if head.startswith(_ZIP):
        if suffix == ".xlsx":
            return _Source("xlsx")
        if suffix in (".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".json"):
            return _Source("xlsx", warnings=(f"{name} is an Excel workbook although its name ends in {suffix}; "
                                             "it was read as a workbook",))
        return _Source("xlsx")
    if suffix == ".xlsx":
        raise InputError(f"{name} is not an Excel .xlsx workbook (its content is not a workbook); "
                         "save it from the spreadsheet as .xlsx or .csv.")
    for signature, what in _BINARY_SIGNATURES.items():
        if head.startswith(signature):
            raise InputError(f"{name} is not a text CSV file: it looks like {what}.")
    encoding, warnings = _encoding(path, head)
    if encoding not in ("utf-16",) and b"\x00" in head:
        raise InputError(f"{name} is not a text CSV file: it holds binary data (NUL bytes).")
    first = head.decode(encoding if encoding != "utf-16" else "utf-16", errors="ignore").lstrip("\ufeff \r\n\t")
    kind = "jsonl" if suffix in (".jsonl", ".ndjson", ".json") or (suffix not in (".csv", ".tsv", ".txt")
                                                                    and first.startswith("{")) else "csv"
    return _Source(kind, encoding, tuple(warnings))


def _encoding(path: Path, head: bytes) -> tuple[str, list[str]]:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", []
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", []
    # A full streaming pass with an incremental decoder: no second copy of the file in memory.
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        return "utf-8", []
    except UnicodeDecodeError:
        pass
    # cp1252 is what Excel on Windows writes; bytes it leaves undefined mean plain Latin-1.
    decoder = codecs.getincrementaldecoder("cp1252")()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
        encoding = "cp1252"
    except UnicodeDecodeError:
        encoding = "latin-1"
    return encoding, [f"{path.name} is not UTF-8; the encoding was guessed as {encoding} (Windows/Latin-1). "
                      "Check that accented names look right, or save the file as UTF-8."]


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(path: Path, source: _Source, report: ImportReport) -> Iterator[tuple[int, list[str]]]:
    """(line of the row's first line, cells) for each row after the header; fills the report's columns."""
    # A long note is one field: the csv module's default cap (128 KiB) would refuse it mid-file.
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    # newline="" lets csv see quoted line breaks inside notes.
    fh = path.open("r", encoding=source.encoding, newline="")
    reader = None
    try:
        first = fh.readline()
        report.delimiter = _delimiter(first)
        fh.seek(0)
        reader = csv.reader(fh, delimiter=report.delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(f"{path.name} has no header row.") from None
        yield 1, [h.replace("\ufeff", "").strip() for h in header]
        line = reader.line_num
        for cells in reader:
            start, line = line + 1, reader.line_num
            yield start, cells
    except csv.Error as exc:
        line = reader.line_num if reader is not None else 1
        raise InputError(f"{path.name} cannot be read as CSV near line {line}: {exc}.") from None
    except UnicodeDecodeError:
        raise InputError(f"{path.name} is not valid {source.encoding} text.") from None
    finally:
        fh.close()


def _jsonl_rows(path: Path, source: _Source, report: ImportReport) -> Iterator[tuple[int, list | str]]:
    report.delimiter = ""
    columns: list[str] | None = None
    with path.open("r", encoding=source.encoding) as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                if columns is None:
                    raise InputError(f"{path.name} is not JSON Lines: line {number} is not JSON ({exc}).") from None
                yield number, f"line is not valid JSON ({exc.msg})"
                continue
            if not isinstance(obj, dict):
                if columns is None:
                    raise InputError(f"{path.name} is not JSON Lines of objects: line {number} is a "
                                     f"{type(obj).__name__}.")
                yield number, "line is not a JSON object"
                continue
            if columns is None:
                columns = [str(k) for k in obj]
                # JSON Lines have no header line: row numbers are the file's own line numbers.
                yield 0, columns
            yield number, [obj.get(c) for c in columns] + ([] if set(obj) <= set(columns) else [None])


def _xlsx_rows(path: Path, source: _Source, report: ImportReport) -> Iterator[tuple[int, list]]:
    import zipfile

    from openpyxl import load_workbook

    from openpyxl.utils.exceptions import InvalidFileException

    report.encoding, report.delimiter = "xlsx", ""
    # A file object, so that a workbook whose name does not end in .xlsx is still read as one.
    fh = path.open("rb")
    try:
        # read_only streams rows; formulas are kept as their text, never evaluated.
        book = load_workbook(fh, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        fh.close()
        raise InputError(f"{path.name} is not a readable Excel .xlsx workbook ({exc}).") from None
    try:
        sheet = book.worksheets[0]
        header_seen = False
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(row)
            if not header_seen:
                if all(c is None or str(c).strip() == "" for c in cells):
                    continue
                header_seen = True
                while cells and (cells[-1] is None or str(cells[-1]).strip() == ""):
                    cells.pop()
                yield number, [str(c).strip() if c is not None else "" for c in cells]
                continue
            yield number, cells
        if not header_seen:
            raise InputError(f"{path.name}: the first sheet is empty.")
    finally:
        book.close()
        fh.close()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def content_hash(record: SessionRecord) -> str:
    """A fingerprint of what a session says: an edited row has a new one (the store's change test).

    Example:
        >>> import datetime as dt
        >>> r = SessionRecord("S-1", dt.date(2026, 3, 4), "A", "B", "C", "notes")
        >>> content_hash(r) == content_hash(SessionRecord("S-1", dt.date(2026, 3, 4), "A", "B", "C", "notes"))
        True
    """
    parts = [record.session_id, record.date.isoformat(), record.mentor, record.mentee, record.cohort,
             record.notes, record.goal or "", record.feedback or ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def iter_records(path: str | Path, mapping: dict[str, str] | None = None,
                 report: ImportReport | None = None) -> Iterator[SessionRecord]:
    """Stream the good rows of a file, recording every other row in ``report.issues``.

    Raises InputError (one line, nothing yielded) for a file that cannot be imported at all:
    missing, too large, binary, not what its name says, or a required column not found.

    Example:
        >>> report = ImportReport(file="x.csv")                                            # doctest: +SKIP
        >>> sum(1 for _ in iter_records("x.csv", report=report)), report.rejected          # doctest: +SKIP
        (8, 2)
    """
    path = Path(path)
    report = report if report is not None else ImportReport(file=path.name)
    report.file = path.name
    if not path.is_file():
        raise InputError(f"{path} does not exist or is not a file.")
    settings = get_settings()
    size = path.stat().st_size
    if size > settings.max_import_bytes:
        raise InputError(f"{path.name} is {size / 1e6:,.0f} MB; the import limit is {settings.max_import_bytes / 1e6:,.0f} MB "
                         "(MENTOR_COACH_MAX_IMPORT_BYTES). Split the file or raise the limit.")
    source = _sniff(path)
    report.encoding = source.encoding.replace("utf-8-sig", "utf-8 (BOM)")
    for w in source.warnings:
        report.issues.append(RowIssue(path.name, 0, "warning", w))
    rows = {"csv": _csv_rows, "jsonl": _jsonl_rows, "xlsx": _xlsx_rows}[source.kind](path, source, report)
    _, header = next(rows)
    report.file_columns = [str(h) for h in header]
    columns = match_columns(report.file_columns, mapping)
    report.columns = dict(columns)
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        rows.close()
        names = ", ".join(repr(m) for m in missing)
        raise InputError(f"{path.name}: no {names} column (required); the columns found are: "
                         f"{', '.join(report.file_columns) or 'none'}. Rename the column or map it, "
                         f"e.g. --mapping '{{\"{missing[0]}\": \"<column>\"}}'.")
    used = set(columns.values())
    for c in report.file_columns:
        if c not in used and c.strip():
            report.issues.append(RowIssue(path.name, 0, "warning", f"column {c!r} is not used"))
    index = {f: report.file_columns.index(c) for f, c in columns.items()}
    width = len(report.file_columns)
    day_first = settings.import_date_order.casefold() != "mdy"
    seen: dict[str, tuple[int, str]] = {}   # case-folded id -> (line, content hash)

    def issue(line: int, level: str, reason: str, sid: str | None = None) -> None:
        report.issues.append(RowIssue(path.name, line, level, reason, sid))

    for line, cells in rows:
        if isinstance(cells, str):           # a JSON line that is not an object
            report.rows += 1
            report.rejected += 1
            issue(line, "error", cells)
            continue
        if not cells or all(_cell(c).strip() == "" for c in cells):
            continue                          # a blank line is not a row
        report.rows += 1
        values = [_cell(c) for c in cells]
        row_warnings = []
        if len(values) < width:
            row_warnings.append(f"row has {len(values)} of {width} cells; the missing cells are read as empty")
            values += [""] * (width - len(values))
        elif len(values) > width and any(v.strip() for v in values[width:]):
            row_warnings.append(f"row has {len(values)} cells but the header has {width}; the extra cells are ignored")

        def get(name: str) -> str:
            return values[index[name]] if name in index else ""

        sid = get("session_id").strip()
        if not sid:
            report.rejected += 1
            issue(line, "error", "session id missing")
            continue
        raw_date = cells[index["date"]] if index["date"] < len(cells) else ""
        when, date_note = parse_date(raw_date, day_first=day_first)
        if when is None:
            report.rejected += 1
            issue(line, "error", f"{date_note}; row not imported", sid)
            continue
        if date_note:
            row_warnings.append(date_note)
        empty_people = [f for f in ("mentor", "mentee", "cohort") if not get(f).strip()]
        if empty_people:
            report.rejected += 1
            issue(line, "error", f"{' and '.join(empty_people)} missing; row not imported", sid)
            continue
        goal, feedback = get("goal"), get("feedback")
        record = SessionRecord(session_id=sid, date=when, mentor=get("mentor").strip(), mentee=get("mentee").strip(),
                               cohort=get("cohort").strip(), notes=get("notes"),
                               goal=goal if goal.strip() else None, feedback=feedback if feedback.strip() else None,
                               source_file=path.name, source_row=line)
        key = sid.casefold()
        digest = content_hash(SessionRecord(**{**record.__dict__, "session_id": key}))
        if key in seen:
            first_line, first_digest = seen[key]
            if digest == first_digest:
                issue(line, "warning", f"duplicate row: same as line {first_line}; skipped", sid)
            else:
                report.rejected += 1
                issue(line, "error", f"session id {sid!r} is already used on line {first_line} with different "
                                     f"content; line {line} not imported", sid)
            continue
        seen[key] = (line, digest)
        for w in row_warnings:
            issue(line, "warning", w, sid)
        yield record


def read_records(path: str | Path, mapping: dict[str, str] | None = None) -> tuple[list[SessionRecord], ImportReport]:
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


__all__ = ["FIELDS", "REQUIRED", "SYNONYMS", "content_hash", "is_placeholder", "iter_records", "match_columns",
           "parse_date", "read_records"]
