"""Checks an editor runs over the knowledge base before shipping it.

- `seed_overlaps`: the entries carry the seeds' facts in our own words, so no entry may share
  eight consecutive words with a seed document.
- `cue_problems`: every shipped entry carries three to eight cues in users' words.
- `narrowly_tagged_generic`: advice that reads as fitting every phase or relationship but is
  tagged with only some of them, so a filter would hide it from people it serves.

Run `python -m knowledge.checks [SEEDS_DIR]` to print every finding for the shipped entries.

Example:
    >>> seed_overlaps([entry], {"seed.txt": "a b c d e f g h i"})      # doctest: +SKIP
    [('x-1', 'seed.txt', 'a b c d e f g h')]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from knowledge.schema import ANY, Entry

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
OVERLAP_WORDS = 8
MIN_CUES, MAX_CUES = 3, 8

# Words by which advice ties itself to one phase or one kind of relationship; advice without any
# of them, tagged with one or two phases and not 'any', is probably generic advice hidden by filters.
_PHASE_WORDS = re.compile(
    r"\b(first|start|begin|before|initial|early|agree|agreement|contract|end|ending|close|closing|"
    r"final|last|wrap|goodbye|transition|after|once|review|midpoint|halfway|renew|match|pair)\w*",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def _shingles(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def entry_texts(entry: Entry) -> list[str]:
    """Every piece of prose an entry shows or indexes."""
    texts = [entry.title, entry.text, *entry.cues]
    if entry.playbook is not None:
        book = entry.playbook
        texts += [*book.signs, book.opening, *book.ask, *book.avoid, book.refer]
    return texts


def seed_overlaps(
    entries: Iterable[Entry], seeds: Mapping[str, str], n: int = OVERLAP_WORDS
) -> list[tuple[str, str, str]]:
    """(entry id, seed name, the shared words) for each entry sharing n consecutive words with a seed."""
    seed_shingles = {name: _shingles(_words(text), n) for name, text in seeds.items()}
    found = []
    for entry in entries:
        for text in entry_texts(entry):
            mine = _shingles(_words(text), n)
            for name, theirs in seed_shingles.items():
                shared = mine & theirs
                if shared:
                    found.append((entry.id, name, " ".join(sorted(shared)[0])))
    return found


def cue_problems(entries: Iterable[Entry]) -> list[str]:
    problems = []
    for entry in entries:
        if not MIN_CUES <= len(entry.cues) <= MAX_CUES:
            problems.append(f"{entry.id}: {len(entry.cues)} cues (want {MIN_CUES}-{MAX_CUES})")
    return problems


def narrowly_tagged_generic(entries: Iterable[Entry]) -> list[str]:
    """Entries tagged with one or two phases whose advice ties them to no phase at all.

    Only the advice is read (title, text, playbook): cues are users' words for a situation, and a
    "first" or "after" in a cue says nothing of when the advice applies.
    """
    flagged = []
    for entry in entries:
        if ANY in entry.phases or len(entry.phases) > 2 or entry.kind == "scenario":
            continue
        if not _PHASE_WORDS.search(" ".join(t for t in entry_texts(entry) if t not in entry.cues)):
            flagged.append(
                f"{entry.id}: phases {', '.join(entry.phases)} but nothing in its words ties it to them"
            )
    return flagged


def read_seeds(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))}


def main(argv: list[str] | None = None) -> int:
    from knowledge import load_knowledge_base

    argv = sys.argv[1:] if argv is None else argv
    seeds_dir = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "shared" / "seeds"
    kb = load_knowledge_base()
    for problem in kb.problems:
        print(f"invalid: {problem}")
    if seeds_dir.is_dir():
        for entry_id, seed, words in seed_overlaps(kb.entries, read_seeds(seeds_dir)):
            print(f"copied: {entry_id} shares '{words}' with {seed}")
    else:
        print(f"(no seeds folder at {seeds_dir}: overlap not checked)")
    for problem in cue_problems(kb.entries):
        print(f"cues: {problem}")
    for problem in narrowly_tagged_generic(kb.entries):
        print(f"narrow: {problem}")
    print(f"{len(kb.entries)} entries checked")
    return 1 if kb.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
