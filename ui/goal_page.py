"""Mentee page: check a goal against the SMART criteria, see the words behind each judgement,
the hints and a rewrite skeleton, and how the goal improved over the versions checked."""

from __future__ import annotations

import json
import time

import streamlit as st

from coach.analyzers.goals import analyze_goal
from coach.errors import CoachError
from ui.highlight import Mark, highlight_html, legend_html
from ui.shared import warm_goal_analyzer
from ui.workspace_shared import (
    forget_button,
    form_default,
    keep,
    mentee_picker,
    restore,
    show_goals,
    workspace,
)

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
NAMES = {
    "specific": "Specific",
    "measurable": "Measurable",
    "achievable": "Achievable",
    "relevant": "Relevant",
    "time_bound": "Time-bound",
}
COLORS = {
    "specific": "#cfe3ff",
    "measurable": "#d7f5d0",
    "achievable": "#fde2c4",
    "relevant": "#ead7fb",
    "time_bound": "#fff3a6",
}
AGAINST_COLOR = "#f8c9c9"
HISTORY_KEY = "goal_versions"
NEW_GOAL = "a new goal"


def _marks(report, offset: int) -> list[Mark]:
    marks = []
    for criterion in CRITERIA:
        for e in report.criteria[criterion].evidence:
            label = criterion if e.reason.startswith("for") else "against"
            marks.append(Mark(e.start - offset, e.end - offset, label, f"{NAMES[criterion]}, {e.reason}"))
    # Concerns first so that a vague word shows red even inside a longer supporting phrase.
    return sorted(marks, key=lambda m: (m.label != "against", m.end - m.start))


def _badges(report) -> None:
    columns = st.columns(len(CRITERIA))
    for column, criterion in zip(columns, CRITERIA):
        result = report.criteria[criterion]
        with column:
            if result.met:
                st.badge(f"{NAMES[criterion]}: met", icon=":material/check_circle:", color="green")
            else:
                st.badge(f"{NAMES[criterion]}: not yet", icon=":material/cancel:", color="red")
            st.caption(
                (f"confidence {result.score:.0%}" if result.met else f"chance met {result.score:.0%}")
                + (" · uncertain: close to the line" if result.uncertain else "")
            )


def _show_goal(report, original: str, number: int | None) -> None:
    heading = f"Goal {number}: SMART {report.smart_score}/5" if number else f"SMART {report.smart_score}/5"
    st.subheader(heading)
    _badges(report)
    colors = COLORS | {"against": AGAINST_COLOR}
    labels = NAMES | {"against": "Concern"}
    text = original[report.start : report.end]
    st.html(highlight_html(text, _marks(report, report.start), colors, labels))
    st.html(legend_html(colors, labels))
    hints = [(c, report.criteria[c].hint) for c in CRITERIA if report.criteria[c].hint]
    if hints:
        st.markdown("**What to add**")
        for criterion, hint in hints:
            st.markdown(f"- **{NAMES[criterion]}**: {hint}")
    if report.rewrite:
        st.markdown("**Rewrite skeleton** (your words; fill in the brackets, only you know what goes there)")
        st.code(report.rewrite, language=None, wrap_lines=True)
    else:
        st.success("All five criteria are met.")
    with st.expander("Evidence for each criterion"):
        for criterion in CRITERIA:
            items = report.criteria[criterion].evidence
            lines = [f"“{e.text}” ({e.start}–{e.end}): {e.reason}" for e in items] or [
                "no words found either way"
            ]
            st.markdown(f"**{NAMES[criterion]}**\n" + "\n".join(f"- {line}" for line in lines))


def _remember(text: str, report) -> None:
    history = st.session_state.setdefault(HISTORY_KEY, [])
    if history and history[-1]["goal"] == text:
        return
    top = report if report.is_goal else None
    history.append(
        {
            "version": len(history) + 1,
            "time": time.strftime("%H:%M:%S"),
            "goal": text,
            "SMART": top.smart_score if top else None,
            **{NAMES[c]: ("✓" if top and top.criteria[c].met else "–") for c in CRITERIA},
        }
    )


def _show_history() -> None:
    history = st.session_state.get(HISTORY_KEY, [])
    if not history:
        return
    st.divider()
    st.subheader("Versions checked in this session")
    st.caption("Kept only in this browser session. Choose a mentee above to keep every version on them.")
    st.table(
        [{**h, "SMART": "–" if h["SMART"] is None else f"{h['SMART']}/5"} for h in history]
    )  # "–", not "None"
    scored = [h for h in history if h["SMART"] is not None]
    if len(scored) >= 2:
        st.line_chart({"SMART score": [h["SMART"] for h in scored]}, height=180)
    if st.button("Clear the versions"):
        st.session_state[HISTORY_KEY] = []
        st.rerun()


def _which_goal(mentee: str | None, goals) -> int | None:
    """Inside the form: which of the mentee's goals this wording revises (None: a new goal)."""
    if not mentee:
        return None
    options = [NEW_GOAL] + [f"goal {g.number}: {g.text}" for g in goals]
    last = st.session_state.pop("goal_kept_as", None)
    if last is not None or st.session_state.get("goal_which") not in options:
        # After a save, the next wording most likely revises the goal just kept.
        st.session_state["goal_which"] = options[
            next((n for n, g in enumerate(goals, 1) if g.number == last), 0)
        ]
    choice = st.selectbox(f"Keep on {mentee} as", options, key="goal_which")
    return None if choice == NEW_GOAL else goals[options.index(choice) - 1].number


def _check(text: str, context: str, mentee: str | None, which: int | None) -> None:
    from coach.workspace import check_goal

    try:
        report = analyze_goal(text, context=context or None)
    except CoachError as exc:
        st.error(str(exc))
        st.session_state.pop("goal_last", None)
        workspace().forget_page_state("goal")
        return
    st.session_state["goal_last"] = (text, report)
    st.session_state["goal_context"] = context
    keep("goal", {"text": text, "context": context}, mentee)
    _remember(text, report)
    if mentee and report.is_goal:
        goal = check_goal(workspace(), mentee, text, goal=which, context=context or None, report=report)
        st.session_state["goal_kept_as"] = goal.number
        st.success(f"Kept on {mentee} as goal {goal.number}, version {len(goal.versions)}.")


def check_my_goal() -> None:
    st.title("Check my goal")
    st.caption(
        "Type a goal the way you would say it. Each SMART criterion is judged with the words that carry "
        "it highlighted, and the rewrite skeleton marks what only you can fill in."
    )
    warm_goal_analyzer()
    mentee = mentee_picker("keep every version of the goal on")
    kept = restore("goal")
    if kept and "goal_last" not in st.session_state:
        try:  # the same goal gives the same report, so the input is what is kept
            st.session_state["goal_last"] = (
                kept["text"],
                analyze_goal(kept["text"], context=kept["context"] or None),
            )
            st.session_state["goal_context"] = kept["context"]
        except CoachError:
            pass
    goals = workspace().detail(mentee).goals if mentee else []
    form_default("goal_text", st.session_state.get("goal_last", ("",))[0])
    form_default("goal_context_input", st.session_state.get("goal_context", ""))
    with st.form("goal"):
        text = st.text_area(
            "Your goal", placeholder="e.g. get better at presenting", height=110, key="goal_text"
        )
        context = st.text_input(
            "Your broader aim (optional)",
            key="goal_context_input",
            placeholder="e.g. move into a team lead role next year; informs Relevant",
        )
        which = _which_goal(mentee, goals)
        submitted = st.form_submit_button("Check my goal", type="primary")
    if submitted:
        _check(text, context, mentee, which)
    last = st.session_state.get("goal_last")
    if last:
        text, report = last
        for warning in report.warnings:
            st.warning(warning)
        if not report.is_goal:
            st.info(f"Not scored: {report.reason}")
        elif len(report.goals) > 1:
            st.caption(f"{len(report.goals)} goals found in your text; each is judged on its own.")
            for number, goal in enumerate(report.goals, 1):
                _show_goal(goal, text, number)
        else:
            _show_goal(report.goals[0] if report.goals else report, text, None)
        st.download_button(
            "Download the report as JSON",
            json.dumps(report.to_dict(), indent=2),
            file_name="goal-report.json",
            mime="application/json",
            on_click="ignore",
        )
    _show_history()
    kept_goals = workspace().detail(mentee).goals if mentee else []
    if kept_goals:
        st.divider()
        st.subheader(f"{mentee}'s goals, every version checked")
        show_goals(kept_goals)
    if last:
        forget_button("goal", "goal_last", "goal_context")
