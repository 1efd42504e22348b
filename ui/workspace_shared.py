"""What the pages share about the mentor's workspace: one open workspace per server, the mentee a
page is for, a page's last input kept in the workspace (so it survives a reload, not only a page
change), and how a mentee's goals are drawn. Layout and glue only: ``coach.workspace`` does the work.
"""

from __future__ import annotations

import streamlit as st

from coach.errors import CoachError
from coach.workspace import Workspace, open_workspace

CURRENT = "workspace_mentee"
NO_MENTEE = "(no mentee)"
NAMES = {"specific": "S", "measurable": "M", "achievable": "A", "relevant": "R", "time_bound": "T"}


@st.cache_resource(show_spinner=False)
def workspace() -> Workspace:
    """The workspace file in the data folder, opened once for the whole server."""
    return open_workspace()


def mentee_labels() -> list[str]:
    return workspace().labels()


def current_mentee() -> str | None:
    """The mentee the mentor last worked on (kept in the workspace, so a reload keeps it), if any."""
    if CURRENT not in st.session_state:
        kept = workspace().page_state("_mentee")
        st.session_state[CURRENT] = kept["label"] if kept else None
    label = st.session_state[CURRENT]
    return label if label in mentee_labels() else None


def set_current_mentee(label: str | None) -> None:
    st.session_state[CURRENT] = label
    if label:
        # Tied to the mentee: erasing them erases this too.
        workspace().save_page_state("_mentee", {"label": label}, mentee=label)
    else:
        workspace().forget_page_state("_mentee")


def mentee_picker(what: str) -> str | None:
    """A "Mentee" choice above a page's form; None for no mentee (or when there are none yet)."""
    labels = mentee_labels()
    if not labels:
        return None
    options = [NO_MENTEE, *labels]
    current = current_mentee()
    choice = st.selectbox(
        "Mentee",
        options,
        index=options.index(current) if current in options else 0,
        help=f"Choose a mentee to {what}. Add mentees on “My mentees”.",
    )
    label = None if choice == NO_MENTEE else choice
    if label != current:
        set_current_mentee(label)
    return label


def form_default(key: str, value) -> None:
    """Give a keyed form widget its starting value once. A widget's ``value=`` cannot do it: Streamlit
    drops a widget's state when its page is left, and a widget whose ``value=`` changes between runs
    becomes a new widget, so the text typed for the next submission would be lost."""
    if key not in st.session_state:
        st.session_state[key] = value


def restore(page: str) -> dict | None:
    """The input a page kept, the first time the page runs in this browser session (else None)."""
    flag = f"_restored_{page}"
    if st.session_state.get(flag):
        return None
    st.session_state[flag] = True
    return workspace().page_state(page)


def restore_result(page: str, last_key: str, analyze) -> None:
    """After a reload, put back a page's last (text, result) under ``last_key``: the input is what is
    kept, and the same text gives the same result, so it is analysed again (silently, if it now fails)."""
    kept = restore(page)
    if kept and last_key not in st.session_state:
        try:
            st.session_state[last_key] = (kept["text"], analyze(kept["text"]))
        except CoachError:
            pass


def keep(page: str, data: dict, mentee: str | None = None) -> None:
    """Keep a page's input (plain JSON data) in the workspace, tied to its mentee if it has one."""
    workspace().save_page_state(page, data, mentee)


def forget_button(page: str, *session_keys: str) -> None:
    """A button that drops the page's result here and in the workspace file."""
    if st.button(
        "Forget this result",
        key=f"forget_{page}",
        help="Erase this page's input and result from this machine's workspace.",
    ):
        workspace().forget_page_state(page)
        for key in session_keys:
            st.session_state.pop(key, None)
        st.rerun()


def show_goals(goals) -> None:
    """Each goal of a mentee with every version checked and its SMART score, so the improvement shows."""
    for goal in goals:
        with st.container(border=True):
            st.markdown(f"**Goal {goal.number}:** {goal.text}")
            st.table(
                [
                    {
                        "version": v.version,
                        "SMART": "–" if v.smart_score is None else f"{v.smart_score}/5",
                        "not yet": " ".join(NAMES.get(c, c) for c in v.unmet) or "–",
                        "wording": v.text,
                        "from": v.source + (f", session {v.session}" if v.session else ""),
                        "checked": v.checked_at[:10],
                    }
                    for v in goal.versions
                ]
            )
            scores = [v.smart_score for v in goal.versions if v.smart_score is not None]
            if len(scores) >= 2:
                st.line_chart({"SMART score": scores}, height=160)
