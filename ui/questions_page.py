"""Mentor page: check the questions you plan to ask: open or closed, leading, and open rewordings."""

from __future__ import annotations

import json

import streamlit as st

from coach.analyzers.questions import analyze_questions
from coach.errors import CoachError
from ui.highlight import Mark, highlight_html, legend_html
from ui.shared import warm_question_analyzer
from ui.workspace_shared import forget_button, form_default, keep, mentee_picker, restore_result, workspace

COLORS = {"open": "#d7f5d0", "closed": "#fde2c4", "leading": "#f8c9c9"}
LABELS = {"open": "Open", "closed": "Closed", "leading": "Leading"}


def check_my_questions() -> None:
    st.title("Check my questions")
    st.caption(
        "Type the questions you plan to ask, one per line or as running text. Each is judged open or "
        "closed and leading or not, with an open rewording for the closed ones."
    )
    warm_question_analyzer()
    mentee = mentee_picker("keep these questions on")
    restore_result("questions", "questions_last", analyze_questions)
    form_default("questions_text", st.session_state.get("questions_last", ("",))[0])
    with st.form("questions"):
        text = st.text_area(
            "Your questions",
            height=160,
            key="questions_text",
            placeholder="e.g. Did you enjoy the course?\nTell me about your week.",
        )
        submitted = st.form_submit_button("Check", type="primary")
    if submitted:
        try:
            st.session_state["questions_last"] = (text, analyze_questions(text))
            keep("questions", {"text": text}, mentee)
        except CoachError as exc:
            st.session_state.pop("questions_last", None)
            workspace().forget_page_state("questions")
            st.error(str(exc))
    last = st.session_state.get("questions_last")
    if not last:
        return
    text, report = last
    for warning in report.warnings:
        st.warning(warning)
    if not report.questions:
        st.info("No questions found. Questions can also be requests such as “Tell me about…”.")
        return
    summary = report.summary
    c1, c2, c3 = st.columns(3)
    c1.metric("Open", summary.get("open", 0))
    c2.metric("Closed", summary.get("closed", 0))
    c3.metric(
        "Open-question ratio",
        f"{summary['open_ratio']:.0%}" if summary.get("open_ratio") is not None else "–",
    )
    marks = [
        Mark(
            q.start,
            q.end,
            "leading" if q.leading else q.label,
            f"{q.label}{', leading' if q.leading else ''} ({q.score:.0%})",
            q.uncertain,
        )
        for q in report.questions
    ]
    st.html(highlight_html(text, marks, COLORS, LABELS))
    st.html(legend_html(COLORS, LABELS))
    for q in report.questions:
        with st.container(border=True):
            st.badge(
                q.label.capitalize() + (" · leading" if q.leading else ""),
                color="green" if q.label == "open" and not q.leading else "orange",
            )
            if q.uncertain:
                st.badge("uncertain: close to the line", icon=":material/help:", color="gray")
            st.markdown(q.text)
            for e in q.evidence:
                st.caption(f"“{e.text}”: {e.reason}")
            if q.suggestion:
                st.markdown(f"**Try instead:** {q.suggestion}")
    left, middle, right = st.columns(3)
    left.download_button(
        "Download as JSON",
        json.dumps(report.to_dict(), indent=2),
        file_name="questions.json",
        mime="application/json",
        on_click="ignore",
    )
    if mentee and middle.button(f"Keep on {mentee}"):
        workspace().save_result(mentee, "questions", text, report.to_dict())
        st.success(f"Kept on {mentee}'s timeline.")
    with right:
        forget_button("questions", "questions_last")
