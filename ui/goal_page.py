"""Mentee page: check a goal against the SMART criteria, see the words behind each judgement,
the hints and a rewrite skeleton, and how the goal improved over the versions checked."""

from __future__ import annotations

import json
import time

import streamlit as st

from coach.errors import CoachError
from coach.goals import analyze_goal
from ui.highlight import Mark, highlight_html, legend_html
from ui.shared import warm_goal_analyzer

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
NAMES = {"specific": "Specific", "measurable": "Measurable", "achievable": "Achievable", "relevant": "Relevant",
         "time_bound": "Time-bound"}
COLORS = {"specific": "#cfe3ff", "measurable": "#d7f5d0", "achievable": "#fde2c4", "relevant": "#ead7fb",
          "time_bound": "#fff3a6"}
AGAINST_COLOR = "#f8c9c9"
HISTORY_KEY = "goal_versions"


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
            st.caption((f"confidence {result.score:.0%}" if result.met else f"chance met {result.score:.0%}")
                       + (" · uncertain: close to the line" if result.uncertain else ""))


def _show_goal(report, original: str, number: int | None) -> None:
    heading = f"Goal {number}: SMART {report.smart_score}/5" if number else f"SMART {report.smart_score}/5"
    st.subheader(heading)
    _badges(report)
    colors = COLORS | {"against": AGAINST_COLOR}
    labels = NAMES | {"against": "Concern"}
    text = original[report.start:report.end]
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
            lines = [f"“{e.text}” ({e.start}–{e.end}): {e.reason}" for e in items] or ["no words found either way"]
            st.markdown(f"**{NAMES[criterion]}**\n" + "\n".join(f"- {line}" for line in lines))


def _remember(text: str, report) -> None:
    history = st.session_state.setdefault(HISTORY_KEY, [])
    if history and history[-1]["goal"] == text:
        return
    top = report if report.is_goal else None
    history.append({"version": len(history) + 1, "time": time.strftime("%H:%M:%S"), "goal": text,
                    "SMART": top.smart_score if top else None,
                    **{NAMES[c]: ("✓" if top and top.criteria[c].met else "–") for c in CRITERIA}})


def _show_history() -> None:
    history = st.session_state.get(HISTORY_KEY, [])
    if not history:
        return
    st.divider()
    st.subheader("Versions checked in this session")
    st.caption("Kept only in this browser session; nothing is stored on disk.")
    st.table(history)
    scored = [h for h in history if h["SMART"] is not None]
    if len(scored) >= 2:
        st.line_chart({"SMART score": [h["SMART"] for h in scored]}, height=180)
    if st.button("Clear the versions"):
        st.session_state[HISTORY_KEY] = []
        st.rerun()


def check_my_goal() -> None:
    st.title("Check my goal")
    st.caption("Type a goal the way you would say it. Each SMART criterion is judged with the words that carry "
               "it highlighted, and the rewrite skeleton marks what only you can fill in.")
    warm_goal_analyzer()
    with st.form("goal"):
        text = st.text_area("Your goal", placeholder="e.g. get better at presenting", height=110)
        context = st.text_input("Your broader aim (optional)",
                                placeholder="e.g. move into a team lead role next year; informs Relevant")
        submitted = st.form_submit_button("Check my goal", type="primary")
    if submitted:
        try:
            report = analyze_goal(text, context=context or None)
        except CoachError as exc:
            st.error(str(exc))
            report = None
        if report is not None:
            st.session_state["goal_last"] = (text, report)
            _remember(text, report)
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
        st.download_button("Download the report as JSON", json.dumps(report.to_dict(), indent=2),
                           file_name="goal-report.json", mime="application/json", on_click="ignore")
    _show_history()
