"""Due dates: ``coach.text.dates`` beside python-dateutil and dateparser on the labelled data (issue #18).

    python -m evaluation.dates_compare [--misses]

Every labelled due date is read by each reader against the note's session date, and the ISO date it
gives is compared with the label (exact date). Two inputs:

- **phrase**: the labelled due words alone (``due_text`` of ``evaluation/data/actions``: "by Weds",
  "before appraisal 30/1"); this measures reading a date once it has been found;
- **sentence**: the whole action sentence (the action span, grown to hold its due words), and for the
  whole-note data (``evaluation/data/notes/dev*.jsonl``, which has no due words) the unit holding the
  action; the reader must find the date words too. A unit with two labelled dates counts as right
  when the one date given is either.

The readers, each given the session date as its base and the note's day/month order (``guess_day_first``,
as the action analyzer reads notes):

- ``coach``: ``coach.text.dates.find_dates(text, session, day_first=...)``, called as the action analyzer
  calls it, then the rule of ``resolve_due``: the first date tied by "by/before/until…", else the last
  date; dates before the session, and a start point alone ("from July"), give none;
- ``dateutil``: ``dateutil.parser.parse(text, fuzzy=True, default=session, dayfirst=...)``;
- ``dateparser``: ``dateparser.parse`` (phrase only) and ``dateparser.search.search_dates`` with
  ``RELATIVE_BASE`` = session, ``PREFER_DATES_FROM`` = future, ``DATE_ORDER`` from the day/month
  order and ``languages=["en"]``; of several dates found, the same rule as coach's (the first tied by
  "by/before/until…", else the last; none before the session).

The train split of the action items is the main table; the whole-note dev sets and the action test
split are reported beside it (the notes test split is not used). Kinds of due words are told apart
by a small pattern of their own (not coach's): non-standard abbreviations and misspellings first
("EOW", "tmrw", "Weds", "next wk", "b4", "untill", "KW 25", "w/c"), then a calendar date, then a
weekday, then relative words ("next week", "end of month", "in 2 weeks", "tonight"), else an event
("till exam": the date is elsewhere in the note, which none of these readers looks for).

Times are per call, in this process, after one warm-up call per reader (the warm-up is shown as the
first call). Every connection off the machine is refused and counted while the readers run. A reader
whose package is not installed is skipped with a line saying so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.metadata
import re
import socket
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coach.text.date_resolve import WEEKDAY_MISMATCH
from coach.text.dates import find_dates, guess_day_first, to_date
from evaluation.common import DATA, describe_host, read_jsonl, table

# -- the network guard: count and refuse every connection off the machine ----------------------------
NET_ATTEMPTS: list[str] = []
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")


def _guard_network() -> None:
    connect, getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def guarded_connect(self, address):
        if not isinstance(address, (str, bytes)) and not str(address[0]).startswith(_LOCAL):
            NET_ATTEMPTS.append(f"connect {address!r}")
            raise OSError(101, "network refused by dates_compare")
        return connect(self, address)

    def guarded_getaddrinfo(host, *args, **kwargs):
        if host is not None and not str(host).startswith(_LOCAL):
            NET_ATTEMPTS.append(f"getaddrinfo {host!r}")
            raise OSError(101, "network refused by dates_compare")
        return getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = guarded_connect
    socket.getaddrinfo = guarded_getaddrinfo


# -- the labelled rows --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    source: str  # actions/train, actions/test, notes/dev+dev2
    note_id: str
    session: dt.date
    day_first: bool
    phrase: str | None  # the labelled due words (action data only)
    sentence: str
    gold: frozenset[str]  # empty: the sentence has no due date
    kind: str


_WD = r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
_MON = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?"
)
KINDS = ("abbrev/typo", "absolute", "weekday", "relative", "event")
_ABBREV = re.compile(
    r"\b(?:eow|eom|eod|cob|eoy|tmrw|tmw|tmr|wks?|weds|thurs?|tues|arvo|b4|bfr|untill|til|kw\s*\d+|cw\s*\d+)\b"
    r"|\bw/c\b|\b(?:tomorow|tommorow|tomorrw|firday|fridy|wendesday|wensday|thrusday|thursay|mnoday)\b",
    re.I,
)
_ABSOLUTE = re.compile(
    r"\b\d{4}-\d\d-\d\d\b|(?<![\d/])\d{1,2}[/.]\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MON
    + r"\b|\b"
    + _MON
    + r"\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b",
    re.I,
)
_WEEKDAY = re.compile(r"\b" + _WD + r"\b", re.I)
_RELATIVE = re.compile(
    r"\b(?:today|tonight|this evening|tomorrow|weeks?|weekends?|months?|fortnight|end of|q[1-4]|christmas"
    r"|easter|year|after this (?:session|call)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+days?|mid-" + _MON + r"|" + _MON + r")\b",
    re.I,
)


def kind_of(words: str) -> str:
    """The kind of due words, by this module's own patterns (not coach's)."""
    words = re.sub(r"\b(?:may|sat|mar)\b", " ", words)  # lower case: the verb, not the month or day
    for kind, pattern in zip(KINDS, (_ABBREV, _ABSOLUTE, _WEEKDAY, _RELATIVE), strict=False):
        if pattern.search(words):
            return kind
    return "event"


def load_rows() -> list[Row]:
    rows: list[Row] = []
    for split in ("train", "test"):
        for note in read_jsonl(DATA / "actions" / f"{split}.jsonl"):
            text, session = note["text"], to_date(note["session_date"])
            day_first = guess_day_first(text, session)
            seen: set[tuple[int, int]] = set()
            dated_spans = {(a["start"], a["end"]) for a in note["actions"] if a["due"]}
            for a in note["actions"]:
                if a["due"]:
                    key = (a["due_start"], a["due_end"])
                    if key in seen:
                        continue
                    seen.add(key)
                    lo, hi = min(a["start"], a["due_start"]), max(a["end"], a["due_end"])
                    rows.append(
                        Row(
                            f"actions/{split}",
                            note["id"],
                            session,
                            day_first,
                            a["due_text"],
                            text[lo:hi],
                            frozenset({a["due"]}),
                            kind_of(a["due_text"]),
                        )
                    )
                elif (a["start"], a["end"]) not in dated_spans and (a["start"], a["end"]) not in seen:
                    seen.add((a["start"], a["end"]))
                    rows.append(
                        Row(
                            f"actions/{split}",
                            note["id"],
                            session,
                            day_first,
                            None,
                            a["text"],
                            frozenset(),
                            "",
                        )
                    )
    for name in ("dev", "dev2"):
        for note in read_jsonl(DATA / "notes" / f"{name}.jsonl"):
            session = to_date(note["session_date"])
            day_first = guess_day_first(note["text"], session)
            for unit in note["units"]:
                actions = unit.get("actions") or []
                if not actions:
                    continue
                gold = frozenset(a["due"] for a in actions if a.get("due"))
                kind = kind_of(unit["text"]) if gold else ""
                rows.append(
                    Row("notes/dev+dev2", note["id"], session, day_first, None, unit["text"], gold, kind)
                )
    return rows


# -- the readers --------------------------------------------------------------------------------------
Reader = Callable[[str, dt.date, bool], "dt.date | None"]
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|before|until|untill|till|til|due|deadline|latest|b4|no later than)\s*[:,]?\s*$", re.I
)
_DEADLINE_IN = re.compile(r"^\s*(?:by|before|until|till|due|latest|b4)\b", re.I)


def _pick(text: str, found: list[tuple[str, dt.date]], session: dt.date) -> dt.date | None:
    """Of several (words, date) found in order: the first tied by by/before/until…, else the last;
    none before the session (the rule of ``coach.text.dates.resolve_due``)."""
    at, cands = 0, []
    for words, date in found:
        i = text.find(words, at)
        i = at if i < 0 else i
        at = i + len(words)
        if date >= session:
            deadline = bool(_DEADLINE_BEFORE.search(text[max(0, i - 30) : i]) or _DEADLINE_IN.match(words))
            cands.append((deadline, date))
    if not cands:
        return None
    return next((d for tied, d in cands if tied), cands[-1][1])


def coach_reader(text: str, session: dt.date, day_first: bool) -> dt.date | None:
    mentions = find_dates(text, session, day_first=day_first)  # as coach.analyzers.actions calls it
    usable = [m for m in mentions if m.iso is not None and not m.past]
    if any(m.link_kind == "start" for m in mentions) and not any(
        m.link_kind in ("deadline", "first") for m in usable
    ):
        return None
    if not usable:
        return None
    best = next((m for m in usable if m.link_kind == "deadline"), usable[-1])
    return dt.date.fromisoformat(best.iso)


def load_readers() -> tuple[dict[str, dict[str, Reader]], dict[str, float], list[str]]:
    """The readers for each input ({"phrase": {...}, "sentence": {...}}), import times, skip lines."""
    phrase: dict[str, Reader] = {"coach": coach_reader}
    sentence: dict[str, Reader] = {"coach": coach_reader}
    imports: dict[str, float] = {}
    skipped: list[str] = []

    t0 = time.perf_counter()
    try:
        from dateutil import parser as du_parser
    except ImportError:
        skipped.append("dateutil: skipped, python-dateutil is not installed (pip install python-dateutil)")
    else:
        imports["dateutil"] = time.perf_counter() - t0
        warnings.filterwarnings("ignore", category=du_parser.UnknownTimezoneWarning)  # "CTO", "HR"

        def dateutil_reader(text: str, session: dt.date, day_first: bool) -> dt.date | None:
            base = dt.datetime.combine(session, dt.time())
            try:
                return du_parser.parse(text, fuzzy=True, default=base, dayfirst=day_first).date()
            except (ValueError, OverflowError, TypeError):
                return None

        phrase["dateutil"] = sentence["dateutil"] = dateutil_reader

    t0 = time.perf_counter()
    try:
        import dateparser
        import dateparser.search
    except ImportError:
        skipped.append("dateparser: skipped, dateparser is not installed (pip install dateparser)")
    else:
        imports["dateparser"] = time.perf_counter() - t0

        def settings(session: dt.date, day_first: bool) -> dict:
            return {
                "RELATIVE_BASE": dt.datetime.combine(session, dt.time()),
                "PREFER_DATES_FROM": "future",
                "DATE_ORDER": "DMY" if day_first else "MDY",
            }

        def dateparser_parse(text: str, session: dt.date, day_first: bool) -> dt.date | None:
            try:
                res = dateparser.parse(text, settings=settings(session, day_first), languages=["en"])
            except Exception:  # noqa: BLE001 - a reader that fails gives no date
                return None
            return res.date() if res else None

        def dateparser_search(text: str, session: dt.date, day_first: bool) -> dt.date | None:
            try:
                found = dateparser.search.search_dates(
                    text, settings=settings(session, day_first), languages=["en"]
                )
            except Exception:  # noqa: BLE001
                return None
            return _pick(text, [(w, d.date()) for w, d in found or []], session)

        phrase["dateparser.parse"] = dateparser_parse
        phrase["dateparser.search"] = sentence["dateparser.search"] = dateparser_search
    return {"phrase": phrase, "sentence": sentence}, imports, skipped


# -- running and reporting ----------------------------------------------------------------------------
@dataclass
class Result:
    answers: dict[tuple[str, str, int], dt.date | None]  # (input, reader, row index) -> date
    times: dict[tuple[str, str], list[float]]  # (input, reader) -> seconds per call
    first_call: dict[str, float]


def run(rows: list[Row], readers: dict[str, dict[str, Reader]]) -> Result:
    answers: dict[tuple[str, str, int], dt.date | None] = {}
    times: dict[tuple[str, str], list[float]] = {}
    first: dict[str, float] = {}
    warm_session = dt.date(2026, 2, 16)
    for name, reader in {**readers["phrase"], **readers["sentence"]}.items():
        t0 = time.perf_counter()
        reader("she'll send it by Friday 20 Feb", warm_session, True)  # loads lazy data
        first[name] = time.perf_counter() - t0
    for mode in ("phrase", "sentence"):
        for name, reader in readers[mode].items():
            spent = times.setdefault((mode, name), [])
            for i, row in enumerate(rows):
                text = row.phrase if mode == "phrase" else row.sentence
                if text is None:
                    continue
                t0 = time.perf_counter()
                answers[(mode, name, i)] = reader(text, row.session, row.day_first)
                spent.append(time.perf_counter() - t0)
    return Result(answers, times, first)


def score_table(rows: list[Row], result: Result, mode: str, names: list[str], source: str) -> str:
    idx = [
        i
        for i, r in enumerate(rows)
        if r.source == source and r.gold and (mode, names[0], i) in result.answers
    ]
    if not idx:
        return "(no rows)"
    out = []
    for name in names:
        right = sum(
            result.answers[(mode, name, i)].isoformat() in rows[i].gold
            for i in idx
            if result.answers[(mode, name, i)]
        )
        none = sum(result.answers[(mode, name, i)] is None for i in idx)
        out.append([name, len(idx), right, len(idx) - right - none, none, f"{right / len(idx):.1%}"])
    head = table(["reader", "dates", "right", "wrong date", "no date", "accuracy"], out)
    kinds = [k for k in KINDS if any(rows[i].kind == k for i in idx)]
    by_kind = []
    for k in kinds:
        ks = [i for i in idx if rows[i].kind == k]
        cells = []
        for name in names:
            right = sum(
                bool(result.answers[(mode, name, i)])
                and result.answers[(mode, name, i)].isoformat() in rows[i].gold
                for i in ks
            )
            none = sum(result.answers[(mode, name, i)] is None for i in ks)
            cells.append(f"{right} ({none} none)")
        by_kind.append([k, len(ks), *cells])
    return head + "\n\nright by kind (no date given):\n" + table(["kind", "n", *names], by_kind)


def false_dates_table(rows: list[Row], result: Result, names: list[str]) -> str:
    out = []
    for source in ("actions/train", "notes/dev+dev2", "actions/test"):
        idx = [i for i, r in enumerate(rows) if r.source == source and not r.gold]
        out.append(
            [source, len(idx)]
            + [sum(result.answers[("sentence", n, i)] is not None for i in idx) for n in names]
        )
    return table(["action sentences with no due date", "n", *[f"{n}: gave a date" for n in names]], out)


def mismatch_table(rows: list[Row], result: Result, names: list[str]) -> str:
    """The labelled sentences whose written weekday and date disagree (found by coach's reason)."""
    out = []
    for i, r in enumerate(rows):
        if not r.gold:
            continue
        for m in find_dates(r.sentence, r.session, day_first=r.day_first):
            if WEEKDAY_MISMATCH in m.reason:
                answers = [result.answers.get(("sentence", n, i)) for n in names]
                out.append(
                    [r.note_id, r.session.isoformat(), f"“{m.text.strip()}”", "/".join(sorted(r.gold))]
                    + [a.isoformat() if a else "none" for a in answers]
                )
    return table(["note", "session", "words", "label", *names], out) if out else "(none in the data)"


def timing_table(result: Result, imports: dict[str, float]) -> str:
    out = []
    names = list(dict.fromkeys(n for _, n in result.times))
    for name in names:
        cells = []
        for mode in ("phrase", "sentence"):
            spent = result.times.get((mode, name))
            cells.append(f"{statistics.median(spent) * 1e6:.0f}" if spent else "–")
            cells.append(f"{sorted(spent)[int(0.95 * (len(spent) - 1))] * 1e6:.0f}" if spent else "–")
        imp = imports.get(name.split(".")[0])
        out.append(
            [
                name,
                *cells,
                f"{result.first_call[name] * 1e3:.1f}",
                f"{imp * 1e3:.0f}" if imp is not None else "–",
            ]
        )
    return table(
        [
            "reader",
            "phrase median µs",
            "phrase p95 µs",
            "sentence median µs",
            "sentence p95 µs",
            "first call ms",
            "import ms",
        ],
        out,
    )


def _dist_size(name: str) -> int | None:
    try:
        dist = importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return None
    total = 0
    for f in dist.files or []:
        path = Path(f.locate())
        if path.is_file():
            total += path.stat().st_size
    return total


def install_table() -> str:
    rows = []
    coach_dates = Path(importlib.import_module("coach.text.dates").__file__).stat().st_size
    rows.append(["coach/text/dates.py", "—", f"{coach_dates / 1024:.0f} KB", "standard library only"])
    for top, deps in (
        ("python-dateutil", ["tzdata", "six"]),
        ("dateparser", ["python-dateutil", "regex", "pytz", "tzlocal", "tzdata"]),
    ):
        try:
            version = importlib.metadata.version(top)
        except importlib.metadata.PackageNotFoundError:
            rows.append([top, "not installed", "–", ""])
            continue
        own = _dist_size(top) or 0
        sizes = {d: _dist_size(d) for d in deps}
        with_deps = own + sum(s for s in sizes.values() if s)
        listed = ", ".join(f"{d} {s / 2**20:.1f} MB" for d, s in sizes.items() if s)
        rows.append([top, version, f"{own / 2**20:.1f} MB ({with_deps / 2**20:.1f} MB with deps)", listed])
    return table(["package", "version", "installed size", "dependencies on disk"], rows)


def offline_lines() -> list[str]:
    lines = [f"connections off the machine attempted while reading: {len(NET_ATTEMPTS)}"]
    lines += [f"  {a}" for a in NET_ATTEMPTS[:5]]
    if sys.modules.get("dateparser") is not None:
        data = [m for m in sys.modules if m.startswith("dateparser.data.date_translation_data.")]
        lines.append(
            f"dateparser: {len(data)} language data modules loaded, from its own package files "
            "(search_dates loads every language even with languages=['en']; parse loads only 'en')"
        )
    return lines


def misses(rows: list[Row], result: Result, names: list[str]) -> str:
    out = []
    for i, r in enumerate(rows):
        if not r.gold:
            continue
        for mode in ("phrase", "sentence"):
            if (mode, "coach", i) not in result.answers:
                continue
            got = {n: result.answers.get((mode, n, i)) for n in names if (mode, n, i) in result.answers}
            if any((g.isoformat() if g else None) not in r.gold for g in got.values()):
                text = r.phrase if mode == "phrase" else r.sentence[:90]
                cells = [
                    (g.isoformat() if g else "none") + ("" if g and g.isoformat() in r.gold else " ✗")
                    for g in got.values()
                ]
                cells += [""] * (len(names) - len(cells))
                out.append(
                    [r.source, mode, r.kind, r.session.isoformat(), text, "/".join(sorted(r.gold)), *cells]
                )
    return table(["source", "input", "kind", "session", "words", "label", *names], out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list every date some reader got wrong")
    args = ap.parse_args(argv)
    _guard_network()
    rows = load_rows()
    readers, imports, skipped = load_readers()
    print(
        f"# Due dates: coach.text.dates beside dateutil and dateparser\n\nhost: {describe_host()}; "
        f"Python {sys.version.split()[0]}"
    )
    for line in skipped:
        print(line)
    result = run(rows, readers)
    for mode in ("phrase", "sentence"):
        names = list(readers[mode])
        sources = (
            ("actions/train", "actions/test")
            if mode == "phrase"
            else ("actions/train", "notes/dev+dev2", "actions/test")
        )
        for source in sources:
            print(f"\n## {mode}: {source}\n")
            print(score_table(rows, result, mode, names, source))
    names = list(readers["sentence"])
    print("\n## dates given where the label has none (sentence input; lower is better)\n")
    print(false_dates_table(rows, result, names))
    print("\n## a written weekday that disagrees with its date (sentence input)\n")
    print(mismatch_table(rows, result, names))
    print("\n## time per call, this run\n")
    print(timing_table(result, imports))
    print("\n## install size\n")
    print(install_table())
    print("\n## offline\n")
    print("\n".join(offline_lines()))
    if args.misses:
        print("\n## misses\n")
        print(misses(rows, result, list(readers["phrase"])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
