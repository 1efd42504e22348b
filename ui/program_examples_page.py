"""Program lead page: the sentences behind a figure, masked, with the words that carried each label
highlighted. Reached from the dashboard with its filters set, or on its own."""

from __future__ import annotations

import streamlit as st

from coach.errors import CoachError
from coach.program.analytics import SelectionRefused
from coach.program.report import shown_example
from ui.highlight import Mark, highlight_html, legend_html
from ui.program_shared import (
    cached_analytics,
    cached_examples,
    choose_store,
    describe_store,
    filter_widgets,
    filters_key,
    month_label,
    revision,
    session_count,
)

KINDS = {"feedback": "Feedback sentences", "goal": "Goals", "question": "Questions", "action": "Action items"}
# The labels the scoring stores: feedback focus, question type, goals' SMART score, action owner.
LABELS = {
    "feedback": ["personality", "behaviour"],
    "question": ["closed", "open"],
    "goal": [f"{n}/5" for n in range(6)],
    "action": ["mentee", "mentor", "both", "action"],
}
ANY = "any"
# Marks are coloured by what their reason says they show; anything else gets the neutral colour.
CUES = (
    ("personality", ("trait", "label for the person", "who the person is", "disposition", "absolute")),
    ("behaviour", ("what the person did", "the impact")),
    ("detail", ("situation or a particular detail", "specific", "measurable", "time-bound", "due ")),
    ("next", ("suggestion", "next step", "request", "instruction", "commitment", "agreement", "task")),
)
COLORS = {
    "personality": "#f8c9c9",
    "behaviour": "#d7f5d0",
    "detail": "#cfe3ff",
    "next": "#fff3a6",
    "other": "#e6defa",
}
MARK_LABELS = {
    "personality": "about the person",
    "behaviour": "what was done",
    "detail": "a particular detail",
    "next": "a next step",
    "other": "other evidence",
}
LIMIT = 50
EXAMPLES_REQUEST = "examples_request"


def _apply_request(which: str) -> None:
    """Set this page's widgets from the dashboard's "Show the sentences" (one click there, filters here)."""
    request = st.session_state.pop(EXAMPLES_REQUEST, None)
    if not request:
        return
    st.session_state["ex_kind"] = request.get("kind") or "feedback"
    st.session_state["ex_label"] = request.get("label") or ANY
    filters = request.get("filters") or {}
    for key in ("cohort", "mentor", "month"):
        st.session_state[f"ex_{key}_{which}"] = list(filters.get(key, []))


def _filters(which: str) -> tuple[str, str | None, dict[str, list[str]]]:
    c1, c2 = st.columns(2)
    kind = c1.selectbox("What", list(KINDS), format_func=KINDS.get, key="ex_kind")
    labels = [ANY, *LABELS.get(kind, [])]
    if st.session_state.get("ex_label") not in labels:
        st.session_state["ex_label"] = ANY
    label = c2.selectbox("Label", labels, key="ex_label", disabled=len(labels) == 1)
    filters = filter_widgets(which, "ex", st.columns(3))
    return kind, None if label == ANY else label, filters


def _cue(reason: str) -> str:
    low = reason.lower()
    return next((name for name, words in CUES if any(w in low for w in words)), "other")


def _show(example) -> None:
    # Reasons rebuilt from the masked text: the analyzers' wording quotes the note as written.
    example = shown_example(example)
    with st.container(border=True):
        where = " · ".join(
            [
                f"**{example.label}**",
                example.cohort,
                month_label(example.month),
                example.mentor,
                example.session,
            ]
        )
        st.markdown(where)
        marks = [
            Mark(int(ev["start"]), int(ev["end"]), _cue(ev["reason"]), ev["reason"] or example.label)
            for ev in example.evidence
            if "start" in ev and "end" in ev
        ]
        # Narrow marks first: a trait word inside a longer request keeps its own colour.
        marks.sort(key=lambda m: m.end - m.start)
        st.markdown(highlight_html(example.text, marks, COLORS, MARK_LABELS), unsafe_allow_html=True)
        reasons = [ev["reason"] for ev in example.evidence if ev.get("reason")]
        if reasons:
            st.caption("Why: " + "; ".join(dict.fromkeys(reasons)))
        if example.hint:
            st.caption("Try instead: " + example.hint)


def program_examples() -> None:
    st.title("Examples")
    which = choose_store()
    st.caption(
        f"Showing {describe_store(which)}. Person names in the notes are masked as [name]; mentors are "
        "pseudonyms. The highlighted words carried the label (hover for the reason)."
    )
    try:
        if session_count(which, revision(which)) == 0:
            st.info("This program has no sessions yet: import session records on the Import page.")
            return
        _apply_request(which)
        kind, label, filters = _filters(which)
        # The same rule as every figure: no sentences from a selection of fewer than 5 sessions.
        selection = cached_analytics(which, revision(which), "cohort", filters_key(filters))
        if selection.total.sessions < selection.min_group_sessions:
            st.info(
                f"Fewer than {selection.min_group_sessions} scored sessions match these filters, so no sentences "
                "are shown (a small group's sentences could identify people). Widen the filters."
            )
            return
        found = cached_examples(which, revision(which), kind, label, filters_key(filters), LIMIT)
    except SelectionRefused as exc:
        st.warning(str(exc))
        return
    except CoachError as exc:
        st.error(str(exc))
        return
    shown = KINDS[kind].lower() + (f" labelled {label}" if label else "")
    if not found:
        st.info(
            f"No {shown} in the scored sessions that match these filters (or only in groups under 5 sessions, "
            "which are not shown)."
        )
        return
    st.markdown(f"{len(found)} {shown}" + (f" (the first {LIMIT})" if len(found) >= LIMIT else "") + ".")
    st.markdown(legend_html(COLORS, MARK_LABELS), unsafe_allow_html=True)
    for example in found:
        _show(example)
