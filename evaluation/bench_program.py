"""`mentor-coach bench program`: import and score 10,000 sessions of ~150 words, then the dashboard's figures.

The sessions are generated from the fragment pools of the demo generator
(``evaluation/data/program/make_demo.py``): the demo's 43 pairs, random weekdays of January to June
2026, every note built by the demo's own ``build_session`` with a seed of its own, so notes are as
varied as the demo's (the pools are finite: some sentences recur across sessions, as they do in
real programs). Everything goes into a temporary SQLite store that is deleted afterwards, unless
``--keep-store PATH`` asks for it to be kept (for ``mentor-coach bench dashboard --store PATH``).

Targets on the project's 2-core machine: <= 3 minutes end to end, peak memory < 2 GB, analytics
<= 2 s. Numbers are printed as measured, with where the scoring time went.

Example:
    $ mentor-coach bench program --quick
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from coach.errors import InputError
from evaluation.common import describe_host, table

FULL_SESSIONS = 10_000
QUICK_SESSIONS = 300
TARGET_END_TO_END_S = 180.0
TARGET_PEAK_MB = 2048.0
TARGET_ANALYTICS_S = 2.0
MAKE_DEMO = Path(__file__).resolve().parent / "data" / "program" / "make_demo.py"


def _make_demo():
    spec = importlib.util.spec_from_file_location("make_demo", MAKE_DEMO)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate_sessions(n: int, seed: int = 10_000) -> list[list[str]]:
    """``n`` CSV rows (session_id, date, mentor, mentee, cohort, notes, goal, feedback) from the demo's pools.

    Example:
        >>> len(generate_sessions(3))      # doctest: +SKIP
        3
    """
    demo = _make_demo()
    pairs = demo.build_pairs()
    days = [demo.START + dt.timedelta(days=i) for i in range((demo.END - demo.START).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    rows = []
    for i in range(n):
        rng = random.Random(f"bench-{seed}-{i}")
        pair = pairs[i % len(pairs)]
        date = rng.choice(days)
        session = demo.Session(pair, date, rng.randint(1, 12), date + dt.timedelta(days=14), rng)
        voice2 = rng.random() < demo.STYLES[pair["mentor"]]["voice2"]
        cells, _labelled, _layout = demo.build_session(session, voice2)
        rows.append(
            [
                f"BX-{i + 1:05d}",
                date.isoformat(),
                pair["mentor"],
                pair["mentee"],
                pair["cohort"],
                cells["notes"],
                cells["goal"],
                cells["feedback"],
            ]
        )
    return rows


def write_sessions_csv(path: Path, rows: list[list[str]]) -> Path:
    """The generated sessions as the CSV a program lead would import; returns ``path``."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["session_id", "date", "mentor", "mentee", "cohort", "notes", "goal", "feedback"])
        writer.writerows(rows)
    return path


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _milestones(rss_at: dict[int, float]) -> list[int]:
    keys = sorted(rss_at)
    if not keys:
        return []
    middle = min(keys, key=lambda k: abs(k - 5))
    return list(dict.fromkeys([keys[0], middle, keys[-1]]))


def _keep_path(keep_store: str) -> Path:
    # Checked before the scoring, which takes minutes: a typo should not cost them.
    path = Path(keep_store).expanduser()
    if path.exists():
        raise InputError(f"{path} exists already: --keep-store writes a new store and overwrites nothing")
    if not path.parent.is_dir():
        raise InputError(f"cannot keep the store at {path}: the folder {path.parent} does not exist")
    return path


def _print_program_results(
    n, words, size_mb, generate_s, import_s, score_s, summary, analytics_s, examples_s, rss_at, rss_before
) -> None:
    """The program benchmark's table, and which targets it missed."""
    end_to_end = import_s + score_s + analytics_s
    peak = _peak_mb()
    t = summary.timings
    print(
        table(
            ["measure", "value", "target"],
            [
                ("sessions (mean words of notes+goal+feedback)", f"{n:,} ({words:.0f} words)", ""),
                ("CSV size, MB", round(size_mb, 1), ""),
                ("generating the sessions (not counted), s", round(generate_s, 1), ""),
                ("import (read, check, store), s", round(import_s, 2), ""),
                ("scoring, s (includes loading the models)", round(score_s, 1), ""),
                ("scoring, sessions/s", round(summary.scored / score_s, 1) if score_s else 0, ""),
                ("scoring, sentences/s", round(summary.sentences / score_s, 1) if score_s else 0, ""),
                ("  of which spaCy parse, s", t.get("parse", 0), ""),
                ("  of which waiting for sentence embeddings after the parse, s", t.get("embed", 0), ""),
                ("  of which analyzers (rules, heads, goal float32 embeddings), s", t.get("analyze", 0), ""),
                ("  of which masking and building rows, s", t.get("mask", 0), ""),
                ("  of which database reads/writes, s", t.get("db", 0), ""),
                (
                    "analytics: program_analytics by cohort, mentor, month (+trends) and filter options, s",
                    round(analytics_s, 3),
                    f"<= {TARGET_ANALYTICS_S:.0f}",
                ),
                ("examples (50 personality sentences), s", round(examples_s, 3), ""),
                (
                    "end to end (import + scoring + analytics), s",
                    round(end_to_end, 1),
                    f"<= {TARGET_END_TO_END_S:.0f}",
                ),
                ("peak RSS, MB", round(peak, 0), f"< {TARGET_PEAK_MB:.0f}"),
                (
                    "peak RSS after the first chunk / half / all of the scoring, MB",
                    " / ".join(f"{rss_at[k]:.0f}" for k in _milestones(rss_at)),
                    "flat",
                ),
                ("RSS before the store was opened, MB", round(rss_before, 0), ""),
            ],
        )
    )
    met = [end_to_end <= TARGET_END_TO_END_S, peak < TARGET_PEAK_MB, analytics_s <= TARGET_ANALYTICS_S]
    if not all(met):
        names = [name for name, ok in zip(("end to end", "peak memory", "analytics"), met) if not ok]
        print(f"Targets missed: {', '.join(names)}.")


def bench_program(quick: bool = False, sessions: int | None = None, keep_store: str | None = None) -> int:
    """Run the program benchmark and print a Markdown table; returns 0 (numbers, not a pass/fail).

    ``keep_store``: a path where the scored SQLite store is kept instead of deleted.
    """
    keep = _keep_path(keep_store) if keep_store else None
    from coach.program.analytics import examples, filter_options, program_analytics
    from coach.program.scoring import score_pending
    from coach.program.store import open_store
    from coach.program.types import GROUPINGS

    n = sessions or (QUICK_SESSIONS if quick else FULL_SESSIONS)
    print(
        f"Benchmark: program import + scoring of {n:,} sessions on {describe_host()}, "
        f"load average {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    started = time.perf_counter()
    rows = generate_sessions(n)
    generate_s = time.perf_counter() - started
    words = sum(len(r[5].split()) + len(r[6].split()) + len(r[7].split()) for r in rows) / n
    with tempfile.TemporaryDirectory(prefix="mentor-coach-bench-") as folder:
        path = write_sessions_csv(Path(folder) / "sessions.csv", rows)
        size_mb = path.stat().st_size / 1e6
        del rows
        rss_before = _peak_mb()

        t0 = time.perf_counter()
        store = open_store(f"sqlite:///{Path(folder) / 'bench.sqlite'}")
        report = store.import_file(path)
        import_s = time.perf_counter() - t0
        assert report.inserted == n, report

        rss_at: dict[int, float] = {}

        def progress(done: int, total: int) -> None:
            tenth = 10 * done // total if total else 10
            if tenth not in rss_at and done:
                rss_at[tenth] = _peak_mb()
                print(
                    f"  scoring {done:,}/{total:,} after {time.perf_counter() - t1:.0f} s, peak RSS "
                    f"{rss_at[tenth]:.0f} MB",
                    file=sys.stderr,
                    flush=True,
                )

        t1 = time.perf_counter()
        summary = score_pending(store, progress=progress)
        score_s = time.perf_counter() - t1

        t2 = time.perf_counter()
        for by in GROUPINGS:
            program_analytics(store, by=by)
        filter_options(store)
        analytics_s = time.perf_counter() - t2
        t3 = time.perf_counter()
        examples(store, "feedback", "personality", limit=50)
        examples_s = time.perf_counter() - t3
        store.close()
        if keep:
            # SQLite's own copy, so what is still in the write-ahead log is kept too.
            with (
                closing(sqlite3.connect(Path(folder) / "bench.sqlite")) as src,
                closing(sqlite3.connect(keep)) as dst,
            ):
                src.backup(dst)
            print(
                f"The scored store is kept at {keep} (mentor-coach bench dashboard --store {keep}).",
                flush=True,
            )
    _print_program_results(
        n, words, size_mb, generate_s, import_s, score_s, summary, analytics_s, examples_s, rss_at, rss_before
    )
    return 0


class _CeilingWorker:
    """A Ray actor that does only the unavoidable work of scoring: spaCy's parse and the int8 embedding."""

    def __init__(self):
        from coach.models.loading import get_nlp, get_sentence_embedder

        get_sentence_embedder()
        get_nlp()

    def parse_and_embed(self, texts: list[str]) -> int:
        from coach.models.loading import get_sentence_embedder
        from coach.text.nlp import parse

        sentences = [s.text for doc in parse(texts) for s in doc.sents]
        get_sentence_embedder().encode(sentences)
        return len(sentences)


def _ceiling(ray, texts: list[str], workers: int) -> float:
    """Seconds ``workers`` one-core actors take for nothing but the parse + embed of ``texts``."""
    actors = [ray.remote(num_cpus=1)(_CeilingWorker).remote() for _ in range(workers)]
    ray.get([a.parse_and_embed.remote(texts[:4]) for a in actors])  # models loaded and warm
    shares = [texts[i::workers] for i in range(workers)]
    started = time.perf_counter()
    ray.get([a.parse_and_embed.remote(share) for a, share in zip(actors, shares)])
    seconds = time.perf_counter() - started
    for actor in actors:
        ray.kill(actor)
    return seconds


def _score_in_process(store) -> dict:
    """The default: scoring in this process (spaCy and the embedder overlapping on two threads)."""
    import sqlalchemy as sa

    from coach.models.loading import get_nlp, get_sentence_embedder
    from coach.program.schema import session_scores, units
    from coach.program.scoring import score_pending

    with store.engine.begin() as conn:
        conn.execute(sa.delete(units))
        conn.execute(sa.delete(session_scores))
    get_sentence_embedder()
    get_nlp()
    started = time.perf_counter()
    summary = score_pending(store)
    return {
        "workers": 0,
        "window": time.perf_counter() - started,
        "sessions": summary.scored + summary.skipped,
        "sentences": summary.sentences,
        "per_worker": [],
    }


def _score_with(store, workers: int) -> dict:
    """Score the whole store afresh on ``workers`` Ray workers; rates over the scoring window only."""
    import sqlalchemy as sa

    from coach.program.distributed import score_on_ray
    from coach.program.schema import session_scores, units

    with store.engine.begin() as conn:
        conn.execute(sa.delete(units))
        conn.execute(sa.delete(session_scores))
    marks: dict[str, float] = {}

    def progress(done: int, total: int) -> None:
        if done and done == total:
            marks["end"] = time.perf_counter()

    summary = score_on_ray(
        store,
        "local",
        workers=workers,
        chunk_size=32,
        progress=progress,
        on_started=lambda _: marks.setdefault("ready", time.perf_counter()),
    )
    window = marks["end"] - marks["ready"]
    return {
        "workers": workers,
        "window": window,
        "sessions": summary.scored + summary.skipped,
        "sentences": summary.sentences,
        "per_worker": summary.workers,
        "timings": summary.timings,
    }


def bench_program_workers(workers: int, quick: bool = False, sessions: int | None = None) -> int:
    """``bench program --workers N``: scoring on 1 and N local Ray workers beside this machine's ceiling.

    The ceiling is measured in the same run: N one-core workers doing nothing but spaCy's parse and
    the int8 embedding of the same sessions' sentences. Prints a Markdown table; returns 0.
    """
    if workers < 1:
        raise InputError("--workers must be at least 1")
    from coach.program.distributed import _connect, _import_ray
    from coach.program.store import open_store

    ray = _import_ray()
    n = sessions or (QUICK_SESSIONS if quick else 1_000)
    print(
        f"Benchmark: program scoring of {n:,} sessions on 1 and {workers} Ray workers (one core each) on "
        f"{describe_host()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    rows = generate_sessions(n)
    texts = [cell for r in rows for cell in (r[5], r[6], r[7]) if cell.strip()]
    counts = sorted({1, workers})
    with tempfile.TemporaryDirectory(prefix="mentor-coach-bench-") as folder:
        path = write_sessions_csv(Path(folder) / "sessions.csv", rows)
        store = open_store(f"sqlite:///{Path(folder) / 'bench.sqlite'}")
        store.import_file(path)
        _connect(ray, "local")
        try:
            ceilings = {w: _ceiling(ray, texts, w) for w in counts}
            runs = {w: _score_with(store, w) for w in counts}
        finally:
            ray.shutdown()
        store.close()
        store = open_store(f"sqlite:///{Path(folder) / 'bench.sqlite'}")
        baseline = _score_in_process(store)
        store.close()
    table_rows = [
        (
            "in process (default)",
            f"{n / baseline['window']:.1f}",
            f"{baseline['sentences'] / baseline['window']:.0f}",
            f"{n / ceilings[max(counts)]:.1f}",
            f"{baseline['window'] and ceilings[max(counts)] / baseline['window']:.0%}",
            "",
        )
    ]
    for w in counts:
        run, ceiling_s = runs[w], ceilings[w]
        table_rows.append(
            (
                f"{w} on Ray",
                f"{run['sessions'] / run['window']:.1f}",
                f"{run['sentences'] / run['window']:.0f}",
                f"{n / ceiling_s:.1f}",
                f"{ceiling_s / run['window']:.0%}",
                " / ".join(
                    f"{p['sessions'] / run['window']:.1f}, {p['sentences'] / run['window']:.0f}"
                    for p in run["per_worker"]
                ),
            )
        )
    print(
        table(
            [
                "workers",
                "sessions/s",
                "sentences/s",
                "ceiling sessions/s (parse + int8 embed only, same workers)",
                "share of ceiling",
                "per worker: sessions/s, sentences/s",
            ],
            table_rows,
        )
    )
    one, many = runs[1], runs[workers]
    if workers > 1:
        efficiency = (many["sessions"] / many["window"]) / (workers * one["sessions"] / one["window"])
        ceiling_scaling = (n / ceilings[workers]) / (workers * n / ceilings[1])
        print(
            f"Scaling efficiency from 1 to {workers} workers: {efficiency:.0%} (the ceiling itself scales "
            f"{ceiling_scaling:.0%}: what the cores give, e.g. two hyper-threads of one physical core)."
        )
    busy = sum(many["timings"].values()) or 1.0
    print(
        f"Where the {workers} workers' time went: "
        + ", ".join(f"{k} {v / busy:.0%}" for k, v in sorted(many["timings"].items(), key=lambda kv: -kv[1]))
        + "."
    )
    share = ceilings[workers] / many["window"]
    print(
        f"Target: {workers} workers at >= 80% of the ceiling: {'met' if share >= 0.8 else 'not met'} ({share:.0%})."
    )
    per_core = many["sessions"] / many["window"] / workers
    print(
        f"Per core: {per_core:.1f} sessions/s. Cores to score 10,000 sessions in 3 minutes: "
        f"{-(-10_000 // int(per_core * 180)) if per_core >= 1 else '?'}; 1,000,000 in an hour: "
        f"{-(-1_000_000 // int(per_core * 3600)) if per_core >= 1 else '?'} (at this host's speed, perfect scaling)."
    )
    return 0
