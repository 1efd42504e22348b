"""The program commands: import a program's session records, score them, report the figures.

Example:
    $ mentor-coach import sessions.csv && mentor-coach score && mentor-coach report -o report.html
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from pathlib import Path

from coach.cli.common import EXIT_OK, EXIT_USAGE, print_err, split_values
from coach.errors import CoachError, InputError


def cmd_import(args) -> int:
    from coach.program.store import open_store

    mapping = None
    if args.mapping:
        try:
            mapping = json.loads(args.mapping)
        except ValueError as exc:
            raise InputError(
                f'--mapping is not JSON ({exc.msg}); give e.g. \'{{"notes": "Summary"}}\''
            ) from None
        # null for a field: the file has no such column (it is not matched by name either).
        if not isinstance(mapping, dict) or not all(
            isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in mapping.items()
        ):
            raise InputError(
                "--mapping must be a JSON object of field -> column name (or null: not in the file)"
            )
    store = open_store()
    try:
        report = store.import_file(args.file, mapping=mapping)
    finally:
        store.close()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        f"{report.file}: {report.rows} rows ({report.encoding}"
        + (f", delimiter {report.delimiter!r}" if report.delimiter else "")
        + f"): {report.inserted} new, "
        f"{report.updated} updated, {report.unchanged} unchanged, {report.rejected} not imported."
    )
    for issue in report.issues:
        where = f"row {issue.row}" if issue.row else "file"
        sid = f" ({issue.session_id})" if issue.session_id else ""
        print(f"  {issue.level}: {where}{sid}: {issue.reason}")
    if report.inserted or report.updated:
        print("Next: mentor-coach score")
    return EXIT_OK


def _progress_bar(out=None):
    """A plain-text progress bar on stderr, redrawn in place when stderr is a terminal."""
    import time

    out = out or sys.stderr
    started = time.perf_counter()
    tty = out.isatty()
    last = [-1]

    def progress(done: int, total: int) -> None:
        if not total:
            return
        width = 30
        filled = width * done // total
        percent = 100 * done // total
        if not tty and percent // 10 == last[0] and done != total:
            return  # a log file gets a line per 10 %, not one per chunk
        last[0] = percent // 10
        elapsed = time.perf_counter() - started
        rate = done / elapsed if elapsed > 0 and done else 0.0
        eta = f", about {int((total - done) / rate)} s left" if rate and done < total else ""
        line = f"Scoring [{'#' * filled}{'.' * (width - filled)}] {done}/{total} ({percent}%){eta}"
        print(("\r" + line.ljust(80)) if tty else line, end="" if tty else "\n", file=out, flush=True)
        if tty and done == total:
            print(file=out)

    return progress


def cmd_score(args) -> int:
    from coach.program.scoring import score_pending
    from coach.program.store import open_store
    from coach.settings import get_settings

    # Ctrl-C stops after the chunk in progress, which is then saved; a second Ctrl-C stops at once.
    # (A KeyboardInterrupt raised at a random point can land in a weakref or GC callback, where
    # Python only prints and drops it; a flag checked between chunks is never lost.)
    stop = threading.Event()

    def on_interrupt(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        print_err("\nmentor-coach: stopping after the sessions in progress (Ctrl-C again to stop at once)")

    interrupted = "\nmentor-coach: interrupted; the sessions scored so far are saved. Run 'mentor-coach score' again to go on."
    address = args.ray or get_settings().ray_address
    if args.workers is not None and (args.workers < 1 or not address):
        print_err(
            "mentor-coach: --workers needs --ray (or MENTOR_COACH_RAY_ADDRESS) and a number of at least 1"
        )
        return EXIT_USAGE
    store = open_store()
    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        if address:
            from coach.program.distributed import score_on_ray

            summary = score_on_ray(
                store, address, workers=args.workers, progress=_progress_bar(), should_stop=stop.is_set
            )
        else:
            summary = score_pending(store, progress=_progress_bar(), should_stop=stop.is_set)
        empty = summary.total == 0 and store.count_sessions() == 0
    except KeyboardInterrupt:
        print_err(interrupted)
        return 130
    finally:
        signal.signal(signal.SIGINT, previous)
        store.close()
    if summary.stopped:
        print_err(interrupted)
        return 130
    if args.json:
        print(json.dumps(summary.to_dict(), indent=2))
    elif empty:
        print("The store holds no sessions yet: import them first with 'mentor-coach import FILE'.")
    elif summary.total == 0:
        print("Every session is scored already.")
    else:
        rate = summary.scored / summary.seconds if summary.seconds else 0.0
        where = f" on {len(summary.workers)} Ray workers" if summary.workers else ""
        print(
            f"Scored {summary.scored} sessions ({summary.skipped} without text) in {summary.seconds:.0f} s "
            f"({rate:.1f} sessions/s){where} with {summary.analyzer_version}."
        )
    return EXIT_OK


def cmd_report(args) -> int:
    from coach.program.analytics import examples, program_analytics
    from coach.program.store import open_store

    filters = {
        k: v
        for k, v in (
            ("cohort", split_values(args.cohort)),
            ("mentor", split_values(args.mentor)),
            ("month", split_values(args.month)),
        )
        if v
    }
    store = open_store()
    try:
        analytics = program_analytics(store, by=args.by, filters=filters or None)
        sample = examples(store, "feedback", "personality", filters=filters or None, limit=10)
    finally:
        store.close()
    try:
        from coach.program.report import render_report
    except ImportError:
        render_report = None
    if render_report is None:
        if args.format != "json":
            raise CoachError(
                f"the {args.format} report is not ready yet (coach.program.report is missing); "
                "use --format json"
            )
        text = json.dumps(
            {**analytics.to_dict(), "examples": [e.to_dict() for e in sample]}, ensure_ascii=False
        )
    else:
        text = render_report(analytics, args.format, sample)
    if analytics.unscored_sessions:
        print_err(
            f"mentor-coach: {analytics.unscored_sessions} sessions are not scored yet; run 'mentor-coach score'."
        )
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            raise InputError(f"cannot write {args.output}: {exc.strerror}") from None
        print_err(f"mentor-coach: wrote {args.output}")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK
