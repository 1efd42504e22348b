"""What a program's records file really is, and its rows: CSV, JSON Lines or an Excel workbook.

The file's content decides how it is read, not only its name: a PNG named ``.csv`` is refused
before parsing, a workbook named ``.csv`` is read as a workbook (with a warning). CSV encoding
(UTF-8, UTF-8 with BOM, UTF-16, else cp1252/Latin-1 with a warning) and delimiter (``,`` ``;``
tab ``|``) are detected. Rows are streamed, so a 100 MB file is not held twice. What the cells
mean (columns, dates, records) is ``coach.program.ingest``'s.

Example:
    >>> source = sniff(Path("evaluation/data/program/bad/semicolon.csv"))          # doctest: +SKIP
    >>> report = ImportReport(file="semicolon.csv")                                 # doctest: +SKIP
    >>> rows = read_rows(Path("evaluation/data/program/bad/semicolon.csv"), source, report)  # doctest: +SKIP
    >>> next(rows)[1][:2], report.delimiter                                         # doctest: +SKIP
    (['session_id', 'date'], ';')
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coach.errors import InputError
from coach.program.types import ImportReport, RowIssue

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
_TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".json")
_JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
# A JSON Lines file with more distinct keys than this is not a table of session records.
_MAX_JSON_KEYS = 1000
# The csv module keeps a field in 4 bytes a character: 16 M characters is a 64 MB buffer at most.
_MAX_FIELD_CHARS = 16 * 1024 * 1024
ABSENT = type("_Absent", (), {"__repr__": lambda self: "<absent>"})()  # a JSON line without that key


@dataclass
class Source:
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


def sniff(path: Path) -> Source:
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
            return Source(
                "xlsx",
                warnings=(
                    f"{name} is an Excel workbook although its name ends in {suffix}; "
                    "it was read as a workbook",
                ),
            )
        return Source("xlsx")
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
    return Source(kind, encoding, errors, tuple(warnings), shown)


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


def _csv_rows(path: Path, source: Source, report: ImportReport) -> Iterator[tuple[int, list[str]]]:
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


def _jsonl_rows(path: Path, source: Source, report: ImportReport) -> Iterator[tuple[int, list | str]]:
    """Two streaming passes: the columns are every key any line has (first seen first), then the rows,
    with a key a line lacks given as ``ABSENT`` (read as empty, and reported where it matters)."""
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
                    yield number, [obj.get(c, ABSENT) for c in columns]
    except UnicodeDecodeError:
        raise InputError(f"{path.name} is not valid {source.encoding} text.") from None


def _blank(cells) -> bool:
    return all(c is None or str(c).strip() == "" for c in cells)


def _xlsx_rows(path: Path, source: Source, report: ImportReport) -> Iterator[tuple[int, list]]:
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
                yield number, [cell_text(c).strip() for c in cells]
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


def cell_text(value: object) -> str:
    if value is None or value is ABSENT:
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


def read_rows(path: Path, source: Source, report: ImportReport) -> Iterator[tuple[int, list | str]]:
    """(line, cells) for the header first, then every row; a str in place of the cells is why a JSON
    line is not a row. Fills the report's delimiter (and, for a workbook, its encoding and issues)."""
    return {"csv": _csv_rows, "jsonl": _jsonl_rows, "xlsx": _xlsx_rows}[source.kind](path, source, report)
