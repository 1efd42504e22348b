"""Read batch input files: one text per line, a ``.csv`` with a ``text`` column, or ``.jsonl``.

Every non-blank line becomes an item, in order; an item that cannot be read carries an error
instead of being dropped.

Example:
    >>> [item.text for item in read_batch_text("first query\\n\\nsecond query\\n", "q.txt")]
    ['first query', 'second query']
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from coach.errors import InputError

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class BatchItem:
    line: int
    text: str | None
    error: str | None = None
    # Other columns of a CSV row or keys of a JSON object (e.g. "context").
    fields: dict = field(default_factory=dict)


def decode_bytes(raw: bytes, name: str) -> tuple[str, list[str]]:
    """Text of a file's bytes: UTF-8 (with or without BOM), else Windows-1252 with a warning."""
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name} is a binary file, not text.")
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), [
            f"{name} is not UTF-8; read it as Windows-1252 (Latin-1)."
        ]


def read_file_text(path: str | Path) -> tuple[str, list[str]]:
    """A text file's content and any warnings; InputError for missing, huge or binary files."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"No such file: {path}")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path} is {size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES // 1_000_000} MB.")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}") from None
    return decode_bytes(raw, path.name)


def read_batch_text(content: str, name: str) -> list[BatchItem]:
    """Items from a file's text; the format follows the file name's suffix."""
    suffix = Path(name).suffix.lower()
    if suffix == ".csv":
        return _read_csv(content, name)
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(content)
    return [BatchItem(n, line.strip()) for n, line in enumerate(content.splitlines(), 1) if line.strip()]


def read_batch_file(path: str | Path) -> tuple[list[BatchItem], list[str]]:
    """Items of a batch file and warnings about the file itself."""
    content, warnings = read_file_text(path)
    items = read_batch_text(content, str(path))
    if not items:
        raise InputError(f"{path} holds no inputs.")
    return items, warnings


def _read_csv(content: str, name: str) -> list[BatchItem]:
    sample = content[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(content), dialect=dialect)
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "text" not in fields:
        raise InputError(f"{name} has no 'text' column (columns: {', '.join(fields) or 'none'}).")
    column = (reader.fieldnames or [])[fields.index("text")]
    items = []
    try:
        for row in reader:
            value = (row.get(column) or "").strip()
            line = reader.line_num
            others = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k and k != column}
            items.append(
                BatchItem(line, value, None, others) if value else BatchItem(line, None, "empty 'text' cell")
            )
    except csv.Error as exc:
        raise InputError(f"{name} is not a readable CSV file: {exc}") from None
    return items


def _read_jsonl(content: str) -> list[BatchItem]:
    items = []
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            items.append(BatchItem(number, None, f"not valid JSON ({exc.msg})"))
            continue
        if isinstance(value, str):
            items.append(BatchItem(number, value))
        elif isinstance(value, dict) and isinstance(value.get("text"), str):
            others = {k: v for k, v in value.items() if k != "text"}
            items.append(BatchItem(number, value["text"], None, others))
        else:
            items.append(BatchItem(number, None, 'expected a JSON string or an object with a "text" string'))
    return items


MAX_DOCX_XML_BYTES = 50_000_000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx_text(raw: bytes, name: str) -> str:
    """The paragraphs of a Word .docx as text, one per line; stdlib only, nothing in it is run."""
    import io
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise InputError(
                    f"{name} is too large once unpacked ({info.file_size / 1e6:.0f} MB of text)."
                )
            root = ElementTree.fromstring(archive.read(info))
    except (zipfile.BadZipFile, KeyError):
        raise InputError(f"{name} is not a Word .docx file (it could not be opened as one).") from None
    except ElementTree.ParseError:
        raise InputError(f"{name} is a damaged .docx file: its text could not be read.") from None
    lines = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines).strip()


def read_notes_file(path: str | Path) -> tuple[str, list[str]]:
    """Session notes from a .txt, .md or .docx file, with any warnings; InputError with the reason otherwise."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        if not path.is_file():
            raise InputError(f"No such file: {path}")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(
                f"{path} is {path.stat().st_size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES // 1_000_000} MB."
            )
        return read_docx_text(path.read_bytes(), path.name), []
    if path.suffix.lower() not in (".txt", ".md", ".markdown", ".text", ""):
        raise InputError(f"{path.name}: notes must be a .txt, .md or .docx file.")
    return read_file_text(path)
