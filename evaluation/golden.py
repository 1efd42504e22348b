"""A fingerprint of what the product says, to prove that a refactoring changed nothing.

Records every ``eval`` report, the CLI's JSON for a spread of inputs (reviews of whole notes,
goals, feedback, questions, suggestions, plans) and the units program scoring stores for the demo
program, as files in one folder. Run it before and after a change and compare the two folders:

    python -m evaluation.golden record /tmp/before
    ... change the code ...
    python -m evaluation.golden record /tmp/after
    python -m evaluation.golden compare /tmp/before /tmp/after

``--quick`` skips the slow parts (eval estimates, the demo program) for a first check.
The folders hold text from the repository's own labelled data only; nothing here is a user's.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import difflib
import io
import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace

DATA = Path(__file__).resolve().parent / "data"
_TIMING = re.compile(r"\b\d+(?:\.\d+)? ?(?:s|ms|seconds)\b")
EVALS = ["goals", "feedback", "questions", "actions", "notes", "retrieval", "estimates"]
QUICK_SKIPS = {"estimates"}


def _cli(argv: list[str]) -> str:
    """The CLI's printed output and exit code for ``argv``, run in this process."""
    from coach.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse exits on usage errors
            code = stop.code
    text = f"exit {code}\n--- stdout\n{out.getvalue()}--- stderr\n{err.getvalue()}"
    # Timings differ from run to run; they are measured by `bench`, not fingerprinted here.
    return _TIMING.sub("<time>", text)


def _jsonl(path: Path, limit: int | None = None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def _texts(path: Path, limit: int) -> list[str]:
    return [row["text"] for row in _jsonl(path, limit)]


def _cli_cases(scratch: Path) -> dict[str, list[str]]:
    """Named CLI invocations over the labelled data: whole notes, single sentences, queries."""
    cases: dict[str, list[str]] = {}
    for split in ("dev", "dev2", "test"):
        for row in _jsonl(DATA / "notes" / f"{split}.jsonl", 12):
            note = scratch / f"{row['id']}.txt"
            note.write_text(row["text"], encoding="utf-8")
            argv = ["review", str(note), "--json"]
            if row.get("session_date"):
                argv += ["--date", row["session_date"]]
            cases[f"review-{row['id']}"] = argv
    batches = {
        "goal": _texts(DATA / "goals" / "test.jsonl", 60),
        "feedback": _texts(DATA / "feedback" / "test.jsonl", 80),
        "questions": _texts(DATA / "questions" / "test.jsonl", 80),
        "suggest": [
            row.get("text") or row.get("query")
            for row in _jsonl(DATA / "retrieval" / "situations_dev.jsonl", 40)
        ],
    }
    for command, texts in batches.items():
        batch = scratch / f"{command}.jsonl"
        batch.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts if t), encoding="utf-8")
        cases[f"{command}-batch"] = [command, "--input", str(batch), "--json"]
    cases["plan-first"] = [
        "plan",
        "--meeting",
        "1",
        "--of",
        "6",
        "--format",
        "json",
        "--goal",
        "get better at presenting",
        "--focus",
        "she wants to be told what to do",
    ]
    cases["plan-middle"] = [
        "plan",
        "--phase",
        "cultivation",
        "--minutes",
        "45",
        "--format",
        "json",
        "--goal",
        "Lead the Q3 retro by 30 September",
        "--draft-question",
        "Did it go well?",
        "--draft-question",
        "What got in the way?",
    ]
    cases["usage-error"] = ["suggest", "--kind", "nonsense", "x"]
    return cases


def _demo_units() -> str:
    """The scores and units program scoring stores for the first 256 demo sessions."""
    from coach.program.scoring import _score_chunk

    with (DATA.parent.parent / "ui" / "data" / "demo_program.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for start in range(0, 256, 64):
        records = [
            SimpleNamespace(
                pk=start + k,
                date=r.get("date"),
                notes=r.get("notes") or "",
                goal=r.get("goal") or "",
                feedback=r.get("feedback") or "",
                has_text=True,
                content_hash="x",
            )
            for k, r in enumerate(rows[start : start + 64])
        ]
        scores, units, count = _score_chunk(records, None, {})
        for score in scores:
            score.pop("scored_at", None)
        out.append([scores, units, count])
    return json.dumps(out, default=str, sort_keys=True, indent=1)


def record(folder: Path, quick: bool) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    scratch = folder / "inputs"
    scratch.mkdir(exist_ok=True)
    for name in EVALS:
        if quick and name in QUICK_SKIPS:
            continue
        (folder / f"eval-{name}.txt").write_text(_cli(["eval", name]), encoding="utf-8")
        print(f"eval {name}", file=sys.stderr)
    for name, argv in _cli_cases(scratch).items():
        text = _cli(argv).replace(str(scratch), "<inputs>")
        (folder / f"cli-{name}.txt").write_text(text, encoding="utf-8")
    print("cli cases", file=sys.stderr)
    if not quick:
        (folder / "demo-units.json").write_text(_demo_units(), encoding="utf-8")
        print("demo units", file=sys.stderr)


def compare(before: Path, after: Path) -> int:
    """0 when every file recorded in both folders is identical; prints a diff of the first lines that differ."""
    names = sorted(p.name for p in before.glob("*.*") if p.is_file())
    differ = 0
    for name in names:
        other = after / name
        if not other.exists():
            print(f"missing after: {name}")
            differ += 1
            continue
        a, b = (before / name).read_text(encoding="utf-8"), other.read_text(encoding="utf-8")
        if a != b:
            differ += 1
            diff = difflib.unified_diff(a.splitlines(), b.splitlines(), name, name, n=1, lineterm="")
            print("\n".join(list(diff)[:30]))
    print(f"{len(names) - differ} of {len(names)} recordings identical")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.golden", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("folder", type=Path)
    rec.add_argument("--quick", action="store_true", help="skip eval estimates and the demo program")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.action == "record":
        record(args.folder, args.quick)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
