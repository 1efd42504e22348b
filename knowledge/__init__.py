"""The embedded knowledge base of mentoring practice, and the loader for users' own entries.

Example:
    >>> kb = load_knowledge_base()
    >>> len(kb.entries) >= 300
    True
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

import yaml

from knowledge.schema import AUDIENCES, KINDS, PHASES, RELATIONSHIPS, TOPICS, VOCABULARY, Entry, EntryInvalid

__all__ = [
    "AUDIENCES",
    "KINDS",
    "PHASES",
    "RELATIONSHIPS",
    "TOPICS",
    "VOCABULARY",
    "Entry",
    "EntryInvalid",
    "EntryProblem",
    "KnowledgeBase",
    "SHIPPED_DIR",
    "load_knowledge_base",
    "load_entries_file",
]

SHIPPED_DIR = Path(__file__).parent / "entries"
SUFFIXES = (".yaml", ".yml", ".jsonl")
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class EntryProblem:
    """Why an entry was rejected (or, with ``entry_kept``, a part of it left out), and where it stands."""

    file: str
    line: int
    reason: str
    entry_kept: bool = False

    @property
    def summary(self) -> str:
        """What a user is told: which entry, what happened to it and why."""
        what = (
            "knowledge entry loaded without a part of it" if self.entry_kept else "knowledge entry rejected"
        )
        return f"{what}: {self}"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class KnowledgeBase:
    entries: tuple[Entry, ...]
    problems: tuple[EntryProblem, ...] = ()
    sources: tuple[str, ...] = field(default=())

    @cached_property
    def content_hash(self) -> str:
        """Changes whenever any entry's content changes, whatever the files look like."""
        digest = hashlib.sha256()
        for entry in self.entries:
            digest.update(json.dumps(entry.to_dict(), sort_keys=True).encode())
        return digest.hexdigest()

    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}


# libyaml's safe loader parses the shipped base about 8x faster than the pure-Python one (1.3 s of a first
# review that takes the safety route was YAML parsing); same safe constructors, same line marks.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):
    """Safe YAML loading that remembers the line on which each mapping starts."""


def _construct_mapping(loader, node, deep=False):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_text(path: Path) -> str:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise EntryInvalid(f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise EntryInvalid("file is binary, not YAML or JSON Lines text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EntryInvalid(f"file is not UTF-8 text (byte {exc.start})") from None


def _raw_items(path: Path) -> Iterable[tuple[int, object]]:
    """(line, parsed item) pairs from one file; raises EntryProblem-worthy errors as EntryInvalid."""
    text = _read_text(path)
    if path.suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, EntryInvalid(f"not valid JSON: {exc.msg} at column {exc.colno}")
        return
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        yield line, EntryInvalid(f"not valid YAML: {reason}")
        return
    if data is None:
        return
    if isinstance(data, dict) and "entries" in data:
        data = data["entries"]
    if not isinstance(data, list):
        yield 1, EntryInvalid("a YAML entries file must hold a list of entries")
        return
    for item in data:
        line = item.pop("__line__", 1) if isinstance(item, dict) else 1
        yield line, item


def load_entries_file(path: Path) -> tuple[list[tuple[int, Entry]], list[EntryProblem]]:
    """Validate every entry of one file; returns the good ones with their lines, and the problems."""
    good: list[tuple[int, Entry]] = []
    problems: list[EntryProblem] = []
    try:
        for line, item in _raw_items(path):
            if isinstance(item, EntryInvalid):
                problems.append(EntryProblem(str(path), line, str(item)))
                continue
            try:
                good.append((line, Entry.from_mapping(item)))
            except EntryInvalid as exc:
                problems.append(EntryProblem(str(path), line, str(exc)))
    except (EntryInvalid, OSError) as exc:
        problems.append(EntryProblem(str(path), 1, str(exc)))
    return good, problems


def _files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def _resolve_related(entries: list[Entry], seen: dict[str, str], problems: list[EntryProblem]) -> list[Entry]:
    """Keep each scenario's links to entries that exist and are not scenarios; report the others."""
    kinds = {e.id: e.kind for e in entries}
    out = []
    for entry in entries:
        bad = [r for r in entry.related if kinds.get(r, "scenario") == "scenario"]
        if bad:
            where, _, line = seen[entry.id].rpartition(":")
            problems.append(
                EntryProblem(
                    where,
                    int(line),
                    f"{entry.id}: 'related' names {', '.join(map(repr, bad))}, which "
                    + ("is" if len(bad) == 1 else "are")
                    + " not a question, technique, tip or pitfall of this knowledge base; left out",
                    entry_kept=True,
                )
            )
            entry = replace(entry, related=tuple(r for r in entry.related if r not in bad))
        out.append(entry)
    return out


def load_knowledge_base(extra_dirs: Iterable[Path | str] = (), include_shipped: bool = True) -> KnowledgeBase:
    """Load the shipped entries and any user folders; invalid entries are rejected with a reason.

    A user's entry whose id is already taken is rejected rather than silently replacing the
    shipped one.
    """
    folders: list[Path] = [SHIPPED_DIR] if include_shipped else []
    problems: list[EntryProblem] = []
    for extra in extra_dirs:
        folder = Path(extra).expanduser()
        if not folder.is_dir():
            problems.append(EntryProblem(str(folder), 0, "knowledge-base folder does not exist"))
            continue
        folders.append(folder)
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for folder in folders:
        files = _files_in(folder)
        if folder != SHIPPED_DIR and not files:
            problems.append(EntryProblem(str(folder), 0, "no .yaml, .yml or .jsonl files in this folder"))
        for path in files:
            good, bad = load_entries_file(path)
            problems.extend(bad)
            for line, entry in good:
                if entry.id in seen:
                    problems.append(
                        EntryProblem(str(path), line, f"id {entry.id!r} is already used in {seen[entry.id]}")
                    )
                    continue
                seen[entry.id] = f"{path}:{line}"
                entries.append(entry)
    entries = _resolve_related(entries, seen, problems)
    return KnowledgeBase(entries=tuple(entries), problems=tuple(problems), sources=tuple(map(str, folders)))
