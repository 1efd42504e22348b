"""Mentor page: suggest open questions, techniques, tips and pitfalls for a situation."""

from __future__ import annotations

import json

import streamlit as st

from coach.errors import CoachError
from coach.suggest import suggest
from knowledge.schema import AUDIENCES, KINDS, PHASES, RELATIONSHIPS, TOPICS
from ui.shared import knowledge_problems, warm_index

KIND_ICONS = {"question": ":material/help:", "technique": ":material/build:", "tip": ":material/lightbulb:",
              "pitfall": ":material/warning:"}


def _label(value: str) -> str:
    return value.replace("_", " ")


def _as_markdown(query: str, results) -> str:
    lines = [f"# Suggestions for: {query}", ""]
    for r in results:
        lines += [f"## {r.title} ({r.kind}, {r.id})", "", r.text, "", f"_Why: {r.why}_", ""]
    return "\n".join(lines)


def suggest_questions_and_techniques() -> None:
    st.title("Suggest questions and techniques")
    st.caption("Say what is on your mind about your mentee or the relationship; get open questions, "
               "techniques, tips and pitfalls from the built-in knowledge base, each with why it fits.")
    warm_index()
    for problem in knowledge_problems():
        st.warning(f"A knowledge entry was rejected: {problem}")

    with st.form("suggest"):
        text = st.text_area(
            "What is on your mind?",
            placeholder="e.g. my mentee keeps cancelling our meetings and I don't know how to raise it",
            height=110,
        )
        c1, c2, c3 = st.columns(3)
        kinds = c1.multiselect("Kind", KINDS, format_func=_label)
        phases = c2.multiselect("Phase", PHASES, format_func=_label)
        relationships = c3.multiselect("Relationship", RELATIONSHIPS, format_func=_label)
        c4, c5, c6 = st.columns([1, 2, 1])
        audiences = c4.multiselect("For", AUDIENCES, format_func=_label)
        topics = c5.multiselect("Topic", TOPICS, format_func=_label)
        k = c6.number_input("How many", min_value=1, max_value=20, value=5)
        submitted = st.form_submit_button("Suggest", type="primary")

    if not submitted:
        return
    try:
        response = suggest(text, kind=kinds, phase=phases, relationship=relationships, audience=audiences,
                           topic=topics, k=int(k))
    except CoachError as exc:
        st.error(str(exc))
        return
    for warning in response.warnings:
        st.warning(warning)
    if not response.results:
        st.info("Nothing matched. Try fewer filters or describe the situation in other words.")
        return
    st.subheader(f"{len(response.results)} suggestions")
    for r in response.results:
        with st.container(border=True):
            st.markdown(f"{KIND_ICONS.get(r.kind, '')} **{r.title}** · _{r.kind}_ · `{r.id}`")
            st.code(r.text, language=None, wrap_lines=True)
            st.caption(f"Why: {r.why}")
            st.caption(
                "Phases: " + ", ".join(map(_label, r.phases)) + " · Topics: " + ", ".join(map(_label, r.topics))
            )
    d1, d2 = st.columns(2)
    d1.download_button("Download as Markdown", _as_markdown(text, response.results), file_name="suggestions.md",
                       mime="text/markdown", on_click="ignore")
    d2.download_button("Download as JSON", json.dumps([r.to_dict() for r in response.results], indent=2),
                       file_name="suggestions.json", mime="application/json", on_click="ignore")
