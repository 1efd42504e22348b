"""What the program lead's pages share: which store is shown, the stores opened once per server, and
analytics cached until the store changes.

Layout helpers only; the figures come from ``coach.program.analytics``.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pandas as pd
import streamlit as st

from coach.settings import get_settings
from ui.program_demo import DEMO_CSV

YOURS, DEMO = "yours", "demo"
STORE_LABELS = {YOURS: "Your program", DEMO: "Demo program (fictional)"}
STORE_KEY = "program_store"  # the lead's choice, kept across pages
_WIDGET_KEY = "program_store_switch"  # the radio's own state, which Streamlit drops on a page without it
_LOCK = threading.Lock()


def store_url(which: str) -> str:
    """The URL of a store: yours (``MENTOR_COACH_DATABASE_URL`` or the data folder) or the demo's."""
    return get_settings().demo_store_url if which == DEMO else get_settings().store_url


def _ensure_sqlite_folder(url: str | None) -> None:
    if url and url.startswith("sqlite:///"):
        Path(url[len("sqlite:///") :]).expanduser().parent.mkdir(parents=True, exist_ok=True)


@st.cache_resource(show_spinner="Opening the program's store…")
def program_store(which: str):
    """The store, opened (and migrated) once for the whole server."""
    from coach.program.store import open_store

    url = store_url(which)
    _ensure_sqlite_folder(url)
    return open_store(url)


@st.cache_resource(show_spinner=False)
def _revisions() -> dict[str, int]:
    return {}


def revision(which: str) -> int:
    """A counter that moves whenever this server imports into or scores a store (cache key)."""
    return _revisions().get(which, 0)


def store_changed(which: str) -> None:
    with _LOCK:
        revs = _revisions()
        revs[which] = revs.get(which, 0) + 1


def describe_store(which: str) -> str:
    """Which store is shown, in words, without a database password."""
    if which == DEMO:
        return (
            "the fictional demo program (`ui/data/demo_program.csv`), kept in its own store apart from yours"
        )
    if getattr(get_settings(), "database_url", ""):
        return "your program, in the database set by `MENTOR_COACH_DATABASE_URL`"
    return f"your program, in your data folder (`{get_settings().data_dir}`)"


@st.cache_resource(show_spinner=False, max_entries=8)
def session_count(which: str, rev: int) -> int:
    return program_store(which).count_sessions()


def default_store() -> str:
    """Your program once it holds sessions; until then the demo, if it was preloaded."""
    if session_count(YOURS, revision(YOURS)) > 0:
        return YOURS
    try:
        if session_count(DEMO, revision(DEMO)) > 0:
            return DEMO
    except Exception:  # noqa: BLE001 - a missing or broken demo store only means the demo is not offered first
        pass
    return YOURS


def choose_store() -> str:
    """A switch between your program and the demo; returns the one to show."""
    if st.session_state.get(STORE_KEY) not in STORE_LABELS:
        st.session_state[STORE_KEY] = default_store()
    st.session_state[_WIDGET_KEY] = st.session_state[STORE_KEY]
    picked = st.radio(
        "Program shown",
        list(STORE_LABELS),
        format_func=STORE_LABELS.get,
        horizontal=True,
        key=_WIDGET_KEY,
        on_change=_remember_store,
    )
    return picked


def _remember_store() -> None:
    st.session_state[STORE_KEY] = st.session_state[_WIDGET_KEY]


# Analytics are cached as objects (no pickling), shared read-only across sessions, keyed by the store's revision.
@st.cache_resource(show_spinner="Computing the figures…", max_entries=64)
def cached_analytics(which: str, rev: int, by: str, filters_json: str):
    from coach.program.analytics import program_analytics

    return program_analytics(program_store(which), by=by, filters=json.loads(filters_json) or None)


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_filter_options(which: str, rev: int) -> dict[str, list[str]]:
    from coach.program.analytics import filter_options

    return filter_options(program_store(which))


@st.cache_resource(show_spinner="Finding the sentences…", max_entries=64)
def cached_examples(which: str, rev: int, kind: str | None, label: str | None, filters_json: str, limit: int):
    from coach.program.analytics import examples

    return examples(
        program_store(which), kind=kind, label=label, filters=json.loads(filters_json) or None, limit=limit
    )


@st.cache_resource(show_spinner=False, max_entries=32)
def cached_report(which: str, rev: int, by: str, filters_json: str, fmt: str) -> str:
    """The report file as downloaded from the dashboard; the HTML one carries a few personality examples."""
    from coach.program.report import render_report

    analytics = cached_analytics(which, rev, by, filters_json)
    sample = (
        cached_examples(which, rev, "feedback", "personality", filters_json, 10) if fmt == "html" else None
    )
    return render_report(analytics, fmt, sample)


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_small_values(which: str, rev: int) -> dict[str, list[str]]:
    from coach.program.analytics import small_filter_values

    return small_filter_values(program_store(which))


def month_label(month: str) -> str:
    """ "2026-03" as "Mar 2026"; anything else as it is."""
    return pd.Timestamp(month + "-01").strftime("%b %Y") if len(month) == 7 else month


def filter_widgets(which: str, prefix: str, columns) -> dict[str, list[str]]:
    """The cohort, mentor and month multiselects in three ``columns``; returns the non-empty choices.

    Values of fewer than 5 sessions in the whole program are marked: the library refuses a filter that
    would split them off (``coach.program.analytics.selection_problems``), and the lead sees why beforehand.
    """
    options = cached_filter_options(which, revision(which))
    small = cached_small_values(which, revision(which))
    for key in ("cohort", "mentor", "month"):
        # A choice the store no longer offers (after a re-import, or from the dashboard) would make the widget fail.
        state_key = f"{prefix}_{key}_{which}"
        if state_key in st.session_state:
            st.session_state[state_key] = [
                v for v in st.session_state[state_key] if v in options.get(key, [])
            ]

    def shown(key: str, fmt=str):
        return lambda v: fmt(v) + (" (under 5 sessions)" if v in small.get(key, []) else "")

    chosen = {}
    for col, (key, label, placeholder, fmt) in zip(
        columns,
        (
            ("cohort", "Cohorts", "all cohorts", str),
            ("mentor", "Mentors (pseudonyms)", "all mentors", str),
            ("month", "Months", "all months", month_label),
        ),
    ):
        # No "Select all": nothing chosen already means all, and choosing all 40 mentors only filled the
        # box with chips that overflowed the column.
        chosen[key] = col.multiselect(
            label,
            options.get(key, []),
            format_func=shown(key, fmt),
            placeholder=placeholder,
            key=f"{prefix}_{key}_{which}",
            select_all=False,
        )
    if any(small.values()):
        st.caption(
            "A value marked “under 5 sessions” cannot be split off by a filter: choosing or leaving out "
            "such a value is refused, so that its figures cannot be worked out from two views."
        )
    return {k: v for k, v in chosen.items() if v}


def filters_key(filters: dict[str, list[str]]) -> str:
    """Filters as a stable cache key; empty selections mean "all" and are left out."""
    return json.dumps({k: sorted(v) for k, v in sorted(filters.items()) if v})


def score_with_progress(which: str, label: str = "Scoring the sessions") -> None:
    """Score what is new or changed in a store, with a progress bar; resumable if interrupted."""
    from coach.program.scoring import score_pending

    bar = st.progress(0.0, text=f"{label}: loading the analyzers…")

    def progress(done: int, total: int) -> None:
        bar.progress(min(1.0, done / total) if total else 1.0, text=f"{label}: {done} of {total}")

    try:
        summary = score_pending(program_store(which), progress=progress)
    finally:
        store_changed(which)
    bar.progress(1.0, text=f"{label}: done")
    if summary.total == 0:
        st.success("Every session is scored already.")
    else:
        st.success(
            f"Scored {summary.scored} sessions in {summary.seconds:.0f} s"
            + (f" ({summary.skipped} skipped)" if summary.skipped else "")
            + f" with analyzer {summary.analyzer_version}."
        )


def preload_demo_in_app() -> None:
    """Import and score the demo program into its own store, from the page, with a progress bar."""
    with st.spinner("Importing the demo program…"):
        program_store(DEMO).import_file(DEMO_CSV)
    store_changed(DEMO)
    score_with_progress(DEMO, "Scoring the demo program")
