"""Preload the fictional demo program for ``make run``: import it into its own store and score it.

The demo store lives apart from the user's (``MENTOR_COACH_DEMO_DATABASE_URL``, by default an SQLite
file in the cache folder), so a newcomer sees a real dashboard at once and nothing of theirs is
touched. Import is idempotent and scoring only does what is new, so a second run takes seconds.

Example:
    $ .venv/bin/python -m ui.program_demo
    Demo program: 618 sessions in the store, 618 scored now in 81 s.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from coach.errors import CoachError
from coach.settings import get_settings

DEMO_CSV = Path(__file__).resolve().parent / "data" / "demo_program.csv"


def preload_demo(out=sys.stderr, url: str | None = None) -> int:
    """Import and score the demo program into the demo store (or ``url``'s); returns the sessions stored."""
    from coach.program.scoring import score_pending
    from coach.program.store import open_store

    url = url or get_settings().demo_store_url
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///") :]).expanduser().parent.mkdir(parents=True, exist_ok=True)
    store = open_store(url)
    try:
        report = store.import_file(DEMO_CSV)
        if report.rejected or report.inserted or report.updated:
            print(
                f"Demo program: {report.inserted} new, {report.updated} updated, {report.rejected} rejected rows.",
                file=out,
            )
        last = [-1]
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            if not total:
                return
            tenth = done * 10 // total if total else 10
            if tenth != last[0]:
                last[0] = tenth
                print(f"\rScoring the demo program: {done}/{total}", end="", file=out, flush=True)

        summary = score_pending(store, progress=progress)
        if summary.total:
            print(file=out)
        count = store.count_sessions()
        print(
            f"Demo program: {count} sessions in the store, {summary.scored} scored now in "
            f"{time.perf_counter() - started:.0f} s.",
            file=out,
        )
        return count
    finally:
        store.close()


def main() -> int:
    try:
        preload_demo()
    except CoachError as exc:
        print(f"The demo program could not be preloaded: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
