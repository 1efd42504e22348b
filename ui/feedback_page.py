"""Mentor page: review feedback or session notes sentence by sentence: behaviour or personality,
actionable, specific, the words behind each judgement, and SBI rewordings for trait labels."""

from __future__ import annotations

import json

import streamlit as st

from coach.analyzers.feedback import analyze_feedback
from coach.errors import CoachError
from ui.highlight import Mark, highlight_html, legend_html
from ui.shared import warm_feedback_analyzer
from ui.workspace_shared import forget_button, form_default, keep, mentee_picker, restore_result, workspace

FOCUS_COLORS = {"behaviour": "#d7f5d0", "personality": "#f8c9c9", "other": "#eeeeee"}
FOCUS_LABELS = {"behaviour": "Behaviour", "personality": "Personality", "other": "Other"}


def review_my_feedback() -> None:
    st.title("Review my feedback")
    st.caption(
        "Paste the feedback you are about to give, or your session notes. Each sentence is judged: about "
        "what the person did (behaviour) or who they are (personality), actionable, specific."
    )
    warm_feedback_analyzer()
    mentee = mentee_picker("keep this review on")
    restore_result("feedback", "feedback_last", analyze_feedback)
    form_default("feedback_text", st.session_state.get("feedback_last", ("",))[0])
    with st.form("feedback"):
        text = st.text_area(
            "Your feedback or notes",
            height=180,
            key="feedback_text",
            placeholder="e.g. You're so disorganised. In Tuesday's demo you skipped the error slide.",
        )
        submitted = st.form_submit_button("Review", type="primary")
    if submitted:
        try:
            st.session_state["feedback_last"] = (text, analyze_feedback(text))
            keep("feedback", {"text": text}, mentee)
        except CoachError as exc:
            st.session_state.pop("feedback_last", None)
            workspace().forget_page_state("feedback")
            st.error(str(exc))
    last = st.session_state.get("feedback_last")
    if not last:
        return
    text, report = last
    for warning in report.warnings:
        st.warning(warning)
    s = report.summary
    c1, c2, c3, c4, c5 = st.columns(5)
    c1.metric("Behaviour", s["behaviour"])
    c2.metric("Personality", s["personality"])
    c3.metric("Other", s["other"])
    c4.metric("Actionable", f"{s['actionable']}/{s['feedback_sentences']}")
    c5.metric("Specific", f"{s['specific']}/{s['feedback_sentences']}")
    marks = [
        Mark(x.start, x.end, x.focus, f"{x.focus} ({x.scores[x.focus]:.0%})", x.uncertain)
        for x in report.sentences
    ]
    st.html(highlight_html(text, marks, FOCUS_COLORS, FOCUS_LABELS))
    st.html(legend_html(FOCUS_COLORS, FOCUS_LABELS))
    st.subheader("Sentence by sentence")
    for number, sentence in enumerate(report.sentences, 1):
        with st.container(border=True):
            left, right = st.columns([3, 2])
            with left:
                badge = {"behaviour": "green", "personality": "red", "other": "gray"}[sentence.focus]
                st.badge(FOCUS_LABELS[sentence.focus], color=badge)
                if sentence.uncertain:
                    st.badge("uncertain: close to the line", icon=":material/help:", color="gray")
                st.markdown(f"**{number}.** {sentence.text}")
                if sentence.focus != "other":
                    st.caption(
                        ("actionable" if sentence.actionable else "not actionable")
                        + " · "
                        + ("specific" if sentence.specific else "not specific")
                    )
                for e in sentence.evidence:
                    st.caption(f"“{e.text}”: {e.reason}")
            with right:
                if sentence.suggestion:
                    st.markdown("**Say it as behaviour and impact (SBI)**")
                    st.info(sentence.suggestion)
    left, middle, right = st.columns(3)
    left.download_button(
        "Download the review as JSON",
        json.dumps(report.to_dict(), indent=2),
        file_name="feedback-review.json",
        mime="application/json",
        on_click="ignore",
    )
    if mentee and middle.button(f"Keep on {mentee}"):
        workspace().save_result(mentee, "feedback", text, report.to_dict())
        st.success(f"Kept on {mentee}'s timeline.")
    with right:
        forget_button("feedback", "feedback_last")
