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
import functools
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coach.errors import InputError
from coach.program.types import ImportReport, RowIssue, SessionRecord
from coach.settings import get_settings
from coach.words import MONTH_NAMES

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
DELIMITERS = (",", ";", "\t", "|")
_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an old Excel/Word file (.xls/.doc)",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"SQLite format 3\x00": "an SQLite database",
    b"\x7fELF": "a program",
    b"PK\x05\x06": "an empty ZIP archive",
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


# -- reading the file ------------------------------------------------------------------------------
_TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".json")
_JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
# A JSON Lines file with more distinct keys than this is not a table of session records.
_MAX_JSON_KEYS = 1000
# The csv module keeps a field in 4 bytes a character: 16 M characters is a 64 MB buffer at most.
_MAX_FIELD_CHARS = 16 * 1024 * 1024
_ABSENT = type("_Absent", (), {"__repr__": lambda self: "<absent>"})()  # a JSON line without that key


@dataclass
class _Source:
    kind: str  # csv | jsonl | xlsx
    encoding: str = "utf-8"
    errors: str = "strict"
    warnings: tuple[str, ...] = ()
    shown_encoding: str = ""  # what the report says, when not the codec's name


def _expected(suffix: str) -> str:
    if suffix == ".xlsx":
        return "an Excel .xlsx workbook"
    if suffix in _JSON_SUFFIXES:
        return "a JSON Lines text file"
    return "a text CSV file"


def _zip_content(path: Path) -> str | None:
    """None for an Excel workbook, else what the ZIP file is."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "a damaged ZIP file (a workbook cut short by the copy or the upload?)"
    if any(n.startswith("xl/") for n in names):
        return None
    if "word/document.xml" in names:
        return "a Word document"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint file"
    if "mimetype" in names and "content.xml" in names:
        return "an OpenDocument file (.ods/.odt); save it from the spreadsheet as .xlsx or .csv"
    return "a ZIP archive"


def _sniff(path: Path) -> _Source:
    """What the file really is, from its first bytes (and a full pass for the text encoding)."""
    name = path.name
    suffix = path.suffix.casefold()
    with path.open("rb") as fh:
        head = fh.read(8192)
    bare = head
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        bare = bare.removeprefix(bom)
    if not bare.replace(b"\x00", b"").strip():
        raise InputError(f"{name} is empty.")
    if head.startswith(_ZIP):
        what = _zip_content(path)
        if what:
            raise InputError(f"{name} is not {_expected(suffix)}: it is {what}.")
        if suffix in _TEXT_SUFFIXES:
            return _Source(
                "xlsx",
                warnings=(
                    f"{name} is an Excel workbook although its name ends in {suffix}; "
                    "it was read as a workbook",
                ),
            )
        return _Source("xlsx")
    for signature, what in _BINARY_SIGNATURES.items():
        if head.startswith(signature):
            hint = (
                " Open it in Excel and save it as .xlsx or .csv." if signature == b"\xd0\xcf\x11\xe0" else ""
            )
            raise InputError(f"{name} is not {_expected(suffix)}: it looks like {what}.{hint}")
    encoding, errors, warnings = _encoding(path, head)
    if encoding is None:
        raise InputError(f"{name} is not {_expected(suffix)}: it holds binary data (NUL bytes).")
    first = head.decode(encoding, errors="ignore").lstrip("\ufeff \r\n\t")
    looks_json = first.startswith("{")
    if first.startswith("[") and suffix in _JSON_SUFFIXES:
        raise InputError(
            f"{name} is one JSON array, not JSON Lines: give one JSON object per line "
            "(or export the records as CSV)."
        )
    if suffix == ".xlsx":
        what = "JSON Lines" if looks_json else "CSV"
        warnings.append(f"{name} is not an Excel workbook but a text file; it was read as {what}")
    elif looks_json and suffix not in _JSON_SUFFIXES:
        if suffix in (".csv", ".tsv", ".txt"):
            warnings.append(
                f"{name} holds JSON Lines although its name ends in {suffix}; it was read as JSON Lines"
            )
    elif not looks_json and suffix in _JSON_SUFFIXES:
        warnings.append(f"{name} is not JSON Lines (its first line is not a JSON object); it was read as CSV")
    kind = "jsonl" if looks_json else "csv"
    shown = encoding.replace("utf-8-sig", "utf-8 (BOM)")
    if errors != "strict":
        shown = "utf-8 (bad bytes replaced)"
    return _Source(kind, encoding, errors, tuple(warnings), shown)


def _utf16_without_bom(head: bytes) -> str | None:
    even, odd = head[0::2], head[1::2]
    if len(head) >= 4 and odd.count(0) >= 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if len(head) >= 4 and even.count(0) >= 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _line_of(path: Path, offset: int) -> int:
    line = 1
    with path.open("rb") as fh:
        while offset > 0 and (chunk := fh.read(min(_CHUNK, offset))):
            line += chunk.count(b"\n")
            offset -= len(chunk)
    return line


def _encoding(path: Path, head: bytes) -> tuple[str | None, str, list[str]]:
    """(codec, decode errors, warnings); codec None for binary data."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", "strict", []
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", "strict", []
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 or head.count(0) > max(2, len(head) // 200):
            return utf16, "strict", []
        # A stray NUL or two in text: the cells they are in lose them, with a warning.
    # A full streaming pass with an incremental decoder: no second copy of the file in memory.
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
                offset += len(chunk)
            decoder.decode(b"", final=True)
        return "utf-8", "strict", []
    except UnicodeDecodeError as exc:
        bad_at = offset + exc.start
    where = f"the first byte that is not UTF-8 is on line {_line_of(path, bad_at)}"
    # Mostly UTF-8 with a few stray bytes (two exports pasted together)? Count both kinds of bytes.
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    good = bad = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            text = decoder.decode(chunk)
            if text.isascii():
                continue
            stray = len(_STRAY.findall(text))
            bad += stray
            good += len(text) - len(text.encode("ascii", "ignore")) - stray  # characters, not bytes
    if good >= 2 * bad:
        return (
            "utf-8",
            "replace",
            [
                f"{path.name} is UTF-8 except for {bad} byte(s) that are not ({where}); they were read as '\ufffd'. "
                "Check those rows, or save the file as UTF-8."
            ],
        )
    # cp1252 is what Excel on Windows writes; bytes it leaves undefined mean plain Latin-1.
    decoder = codecs.getincrementaldecoder("cp1252")()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
        encoding = "cp1252"
    except UnicodeDecodeError:
        encoding = "latin-1"
    return (
        encoding,
        "strict",
        [
            f"{path.name} is not UTF-8 ({where}); the encoding was guessed as {encoding} (Windows/Latin-1). "
            "Check that accented names look right, or save the file as UTF-8."
        ],
    )


_STRAY = re.compile("[\udc80-\udcff]")


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(path: Path, source: _Source, report: ImportReport) -> Iterator[tuple[int, list[str]]]:
    """(line of the row's first line, cells) for each row after the header; fills the report's columns."""
    # A long note is one field: the csv module's default cap (128 KiB) would refuse it mid-file.
    csv.field_size_limit(max(csv.field_size_limit(), _MAX_FIELD_CHARS))
    # newline="" lets csv see quoted line breaks inside notes.
    fh = path.open("r", encoding=source.encoding, errors=source.errors, newline="")
    reader = None
    start = 1
    try:
        first = ""
        for first in fh:  # the delimiter is the header's, so skip blank lines before it
            if first.strip():
                break
        report.delimiter = _delimiter(first)
        fh.seek(0)
        reader = csv.reader(fh, delimiter=report.delimiter)
        for header in reader:
            if any(h.strip() for h in header):
                break
        else:
            raise InputError(f"{path.name} has no header row.")
        yield reader.line_num, [h.replace("\ufeff", "").strip() for h in header]
        line = reader.line_num
        for cells in reader:
            start, line = line + 1, reader.line_num
            yield start, cells
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise InputError(
                f"{path.name} cannot be read as CSV: a quoted cell starting on line {start + 1} or soon "
                f"after never closes (a missing closing quote?), so the rest of the file would be one "
                "cell. Fix the quote and import again."
            ) from None
        line = reader.line_num if reader is not None else 1
        raise InputError(f"{path.name} cannot be read as CSV near line {line}: {exc}.") from None
    except UnicodeDecodeError:
        raise InputError(f"{path.name} is not valid {source.encoding} text.") from None
    finally:
        fh.close()


def _json_line(line: str) -> object:
    try:
        return json.loads(line)
    except ValueError as exc:
        return ValueError(getattr(exc, "msg", str(exc)))
    except RecursionError:
        return ValueError("nested too deeply")


def _jsonl_rows(path: Path, source: _Source, report: ImportReport) -> Iterator[tuple[int, list | str]]:
    """Two streaming passes: the columns are every key any line has (first seen first), then the rows,
    with a key a line lacks given as ``_ABSENT`` (read as empty, and reported where it matters)."""
    report.delimiter = ""
    keys: dict[str, None] = {}
    started = False
    try:
        with path.open("r", encoding=source.encoding, errors=source.errors) as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                obj = _json_line(line)
                if not started and isinstance(obj, ValueError):
                    raise InputError(
                        f"{path.name} is not JSON Lines: line {number} is not a JSON object on one line "
                        f"({obj}); JSON Lines needs one object per line."
                    )
                if not started and not isinstance(obj, dict):
                    raise InputError(
                        f"{path.name} is not JSON Lines of objects: line {number} is a {type(obj).__name__}."
                    )
                if isinstance(obj, dict):
                    started = True
                    for k in obj:
                        keys.setdefault(str(k), None)
                    if len(keys) > _MAX_JSON_KEYS:
                        raise InputError(
                            f"{path.name} has more than {_MAX_JSON_KEYS} different keys by line {number}: "
                            "it is not a table of session records."
                        )
        columns = list(keys)
        # JSON Lines have no header line: row numbers are the file's own line numbers.
        yield 0, columns
        with path.open("r", encoding=source.encoding, errors=source.errors) as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                obj = _json_line(line)
                if isinstance(obj, ValueError):
                    yield number, f"line is not valid JSON ({obj}); not imported"
                elif not isinstance(obj, dict):
                    yield number, f"line is a JSON {type(obj).__name__}, not an object; not imported"
                else:
                    yield number, [obj.get(c, _ABSENT) for c in columns]
    except UnicodeDecodeError:
        raise InputError(f"{path.name} is not valid {source.encoding} text.") from None


def _blank(cells) -> bool:
    return all(c is None or str(c).strip() == "" for c in cells)


def _xlsx_rows(path: Path, source: _Source, report: ImportReport) -> Iterator[tuple[int, list]]:
    """The first sheet that has a header row, every row padded to the header's width; other sheets that hold
    data are named in a warning, never skipped silently."""
    from openpyxl import load_workbook

    report.encoding, report.delimiter = "xlsx", ""
    # A file object, so that a workbook whose name does not end in .xlsx is still read as one.
    fh = path.open("rb")
    try:
        # read_only streams rows; formulas are kept as their text, never evaluated.
        book = load_workbook(fh, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        fh.close()
        raise InputError(
            f"{path.name} is not a readable Excel .xlsx workbook ({type(exc).__name__}: {exc})."
        ) from None
    number = 0
    try:
        sheets = book.worksheets
        with_data = []
        for sheet in sheets:
            # Some writers record a wrong used range; read what the sheet really holds.
            sheet.reset_dimensions()
            if any(not _blank(row) for row in sheet.iter_rows(values_only=True)):
                with_data.append(sheet)
        if not with_data:
            raise InputError(f"{path.name}: the workbook's sheets are empty.")
        sheet = with_data[0]
        if sheet is not sheets[0]:
            report.issues.append(
                RowIssue(
                    path.name,
                    0,
                    "warning",
                    f"the first sheet {sheets[0].title!r} is empty; "
                    f"the records were read from sheet {sheet.title!r}",
                )
            )
        if len(with_data) > 1:
            others = ", ".join(repr(s.title) for s in with_data[1:])
            report.issues.append(
                RowIssue(
                    path.name,
                    0,
                    "warning",
                    f"only sheet {sheet.title!r} was read; sheet(s) "
                    f"{others} also hold data and were not imported (import each as its own file)",
                )
            )
        width = 0
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(row)
            if not width:
                if _blank(cells):
                    continue
                while cells and (cells[-1] is None or str(cells[-1]).strip() == ""):
                    cells.pop()
                width = len(cells)
                yield number, [_cell(c).strip() for c in cells]
                continue
            # A cell an xlsx row leaves out is empty, not missing: no "short row" here.
            yield number, cells + [None] * (width - len(cells))
    except InputError:
        raise
    except Exception as exc:  # a damaged sheet part: say where, never a traceback
        raise InputError(
            f"{path.name}: the workbook cannot be read past row {number} ({type(exc).__name__}: {exc})."
        ) from None
    finally:
        book.close()
        fh.close()


def _cell(value: object) -> str:
    if value is None or value is _ABSENT:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    text = getattr(value, "text", None)  # openpyxl's ArrayFormula keeps its formula here
    return text if isinstance(text, str) else str(value)


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
    text = _cell(value)
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
    size = path.stat().st_size
    if size > settings.max_import_bytes:
        raise InputError(
            f"{name} is {size / 1e6:,.0f} MB; the import limit is {settings.max_import_bytes / 1e6:,.0f} MB "
            "(MENTOR_COACH_MAX_IMPORT_BYTES). Split the file or raise the limit."
        )
    source = _sniff(path)
    report.encoding = source.shown_encoding or source.encoding

    def issue(line: int, level: str, reason: str, sid: str | None = None) -> None:
        report.issues.append(RowIssue(name, line, level, reason, sid))

    for w in source.warnings:
        issue(0, "warning", w)
    rows = {"csv": _csv_rows, "jsonl": _jsonl_rows, "xlsx": _xlsx_rows}[source.kind](path, source, report)
    try:
        _, header = next(rows)
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
    except BaseException:
        rows.close()
        raise
    positions: dict[str, list[int]] = {}
    for n, c in enumerate(report.file_columns):
        if c.strip():
            positions.setdefault(c, []).append(n)
    for c, where in positions.items():
        if len(where) > 1:
            issue(
                0,
                "warning",
                f"column {c!r} appears {len(where)} times (columns {', '.join(str(n + 1) for n in where)}); "
                "only the first is read",
            )
    by_column: dict[str, list[str]] = {}
    for f, c in columns.items():
        by_column.setdefault(c, []).append(f)
    for c, fields in by_column.items():
        if len(fields) > 1:
            issue(0, "warning", f"column {c!r} is read as {' and as '.join(fields)}")
    for c in positions:
        if c not in by_column:
            issue(0, "warning", f"column {c!r} is not used")
    index = {f: positions[c][0] for f, c in columns.items()}
    width = len(report.file_columns)
    unnamed = [n for n, c in enumerate(report.file_columns) if not c.strip()]
    unnamed_with_values: dict[int, int] = {}  # column position -> first line with a value there
    day_first = settings.import_date_order.casefold() != "mdy"
    seen: dict[str, tuple[int, int]] = {}  # case-folded id -> (line, 64 bits of the content hash)

    def absent(cells: list, fields: list[str]) -> str:
        """For a JSON line: " (no 'x' key on this line)" when the fields' keys are missing from it."""
        keys = [repr(columns[f]) for f in fields if f in index and cells[index[f]] is _ABSENT]
        return f" (no {', '.join(keys)} key on this line)" if keys else ""

    for line, cells in rows:
        if isinstance(cells, str):  # a JSON line that is not an object
            report.rows += 1
            report.rejected += 1
            issue(line, "error", cells)
            continue
        values = [c if type(c) is str else _cell(c) for c in cells]
        joined = "".join(values)
        if not joined.strip():
            continue  # a blank line is not a row
        report.rows += 1
        row_warnings = []
        if "\r" in joined or "\x00" in joined:
            cleaned = [_clean(v) for v in values]
            values = [v for v, _ in cleaned]
            if any(nul for _, nul in cleaned):
                row_warnings.append("NUL characters removed from the row's cells")
        if len(values) < width:
            if source.kind == "csv":
                row_warnings.append(
                    f"row has {len(values)} of {width} cells; the missing cells are read as empty"
                )
            cells = list(cells) + [None] * (width - len(values))
            values += [""] * (width - len(values))
        elif len(values) > width and any(v.strip() for v in values[width:]):
            row_warnings.append(
                f"row has {len(values)} cells but the header has {width}; the extra cells are ignored"
            )
        for n in unnamed:
            if n not in unnamed_with_values and values[n].strip():
                unnamed_with_values[n] = line

        def get(field: str) -> str:
            return values[index[field]] if field in index else ""  # noqa: B023 (used in this iteration)

        sid = get("session_id").strip()
        if not sid:
            report.rejected += 1
            issue(line, "error", f"session id missing{absent(cells, ['session_id'])}; row not imported")
            continue
        if source.kind == "csv" and (
            inside := _row_inside(values, report.delimiter, width, index, day_first)
        ):
            k, inner_sid, inner_date = inside
            report.rejected += 1
            issue(
                line,
                "error",
                f"a cell of this row runs over {sum(v.count(chr(10)) for v in values) + 1} lines, and "
                f"line {line + k} inside it reads as a row of its own (session id {inner_sid!r}, date "
                f"{inner_date!r}): a closing quote is probably missing; fix it and import again. "
                "Row not imported",
                sid,
            )
            continue
        raw_date = cells[index["date"]]
        when, date_note = parse_date("" if raw_date is _ABSENT else raw_date, day_first=day_first)
        if when is None:
            report.rejected += 1
            issue(line, "error", f"{date_note}{absent(cells, ['date'])}; row not imported", sid)
            continue
        if date_note:
            row_warnings.append(date_note)
        empty_people = [f for f in ("mentor", "mentee", "cohort") if not get(f).strip()]
        if empty_people:
            report.rejected += 1
            issue(
                line,
                "error",
                f"{' and '.join(empty_people)} missing{absent(cells, empty_people)}; row not imported",
                sid,
            )
            continue
        goal, feedback, notes = get("goal"), get("feedback"), get("notes")
        if is_placeholder(notes):
            others = [f for f, t in (("goal", goal), ("feedback", feedback)) if not is_placeholder(t)]
            said = absent(cells, ["notes"]).strip(" ()")
            said = (
                said.replace("key on this line", "key on this line: notes read as empty")
                if said
                else ("notes empty" if not notes.strip() else f"notes say only {notes.strip()!r}")
            )
            row_warnings.append(
                said
                + (
                    f"; only the {' and '.join(others)} {'is' if len(others) == 1 else 'are'} analysed"
                    if others
                    else "; stored as a session with no text to analyse"
                )
            )
        record = SessionRecord(
            session_id=sid,
            date=when,
            mentor=get("mentor").strip(),
            mentee=get("mentee").strip(),
            cohort=get("cohort").strip(),
            notes=notes,
            goal=goal if goal.strip() else None,
            feedback=feedback if feedback.strip() else None,
            source_file=name,
            source_row=line,
        )
        key = sid.casefold()
        digest = int(content_hash(SessionRecord(**{**record.__dict__, "session_id": key}))[:16], 16)
        if key in seen:
            first_line, first_digest = seen[key]
            if digest == first_digest:
                issue(line, "warning", f"duplicate row: same as line {first_line}; skipped", sid)
            else:
                report.rejected += 1
                issue(
                    line,
                    "error",
                    f"session id {sid!r} is already used on line {first_line} with different "
                    f"content; line {line} not imported",
                    sid,
                )
            continue
        seen[key] = (line, digest)
        for w in row_warnings:
            issue(line, "warning", w, sid)
        yield record
    for n, first in sorted(unnamed_with_values.items()):
        issue(
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
