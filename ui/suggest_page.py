"""Mentor page: say what is on your mind and get open questions, techniques, tips, pitfalls and
scenario playbooks from the knowledge base, each with why it fits. Layout only: ``coach.workflows.suggest``
does the work."""

from __future__ import annotations

import json

import streamlit as st

from coach.errors import CoachError
from coach.workflows.suggest import suggest
from knowledge.schema import AUDIENCES, KINDS, PHASES, RELATIONSHIPS, TOPICS
from ui.shared import knowledge_problems, playbook_lines, warm_index
from ui.workspace_shared import forget_button, form_default, keep, mentee_picker, restore, workspace

KIND_ICONS = {
    "question": ":material/help:",
    "technique": ":material/build:",
    "tip": ":material/lightbulb:",
    "pitfall": ":material/warning:",
    "scenario": ":material/menu_book:",
}
KIND_NAMES = {
    "question": "Question to ask",
    "technique": "Technique",
    "tip": "Tip",
    "pitfall": "Pitfall",
    "scenario": "Playbook",
}
# The query, the filters and the last answer live in the session, not in the widgets: Streamlit forgets
# a widget's value when its page is left, and a mentor who looks at another page and comes back
# should find what they wrote.
STATE = "suggest_state"
FILTERS = {
    "kind": ("Kind", KINDS),
    "phase": ("Phase", PHASES),
    "relationship": ("Relationship", RELATIONSHIPS),
    "audience": ("For", AUDIENCES),
    "topic": ("Topic", TOPICS),
}


ASKER_FROM = {"filter": "as you chose", "words": "from your words", "phrasing": "from how it is phrased"}


def _label(value: str) -> str:
    return value.replace("_", " ")


def _as_markdown(query: str, results) -> str:
    lines = [f"# Suggestions for: {query}", ""]
    for r in results:
        lines += [f"## {r.title} ({KIND_NAMES.get(r.kind, r.kind).lower()})", "", r.text, ""]
        if r.playbook:
            lines += playbook_lines(r.playbook) + [""]
        lines += [f"_Why: {r.why}_", ""]
    return "\n".join(lines)


def _show(r, first_safety: bool, uncertain: bool = False) -> None:
    with st.container(border=True):
        head = f"{KIND_ICONS.get(r.kind, '')} **{r.title}** · _{KIND_NAMES.get(r.kind, r.kind)}_"
        if r.safety:
            tag = " · _safeguarding, in case: not certain_" if uncertain else " · **safeguarding**"
            head = ":material/health_and_safety: " + head + tag
        elif not r.fits:
            head += " · _weak match_"
        elif r.goes_with:
            head += f" · _goes with “{r.goes_with}”_"
        st.markdown(head)
        st.markdown(r.text)
        if r.playbook:
            with st.expander(
                "The playbook: signs, words to open with, questions, what to avoid, referral",
                expanded=first_safety,
            ):
                st.markdown("\n".join(playbook_lines(r.playbook)))
        st.caption(f"Why: {r.why}")
        st.caption(
            f"For {', '.join(map(_label, r.audiences))} · on {', '.join(map(_label, r.topics))} · "
            f"from {r.source}"
        )


def suggest_questions_and_techniques() -> None:
    st.title("Suggest questions and techniques")
    st.caption(
        "Say what is on your mind about your mentee, your mentor or your programme; get open questions, "
        "techniques, tips, pitfalls and playbooks from the built-in knowledge base, each with why it fits. "
        "Nothing you type leaves this machine."
    )
    warm_index()
    for problem in knowledge_problems():
        st.warning(problem)
    mentee = mentee_picker("keep these suggestions on")
    kept = restore("suggest")
    if kept and STATE not in st.session_state:
        # The same query gives the same suggestions, so the query and filters are what is kept.
        st.session_state[STATE] = {**kept, "response": None, "error": None}
        try:
            st.session_state[STATE]["response"] = suggest(kept["text"], k=kept["k"], **kept["filters"])
        except CoachError as exc:
            st.session_state[STATE]["error"] = str(exc)
    state = st.session_state.setdefault(STATE, {"text": "", "filters": {}, "k": 5, "response": None})

    form_default("suggest_text", state["text"])
    form_default("suggest_k", state["k"])
    for name in FILTERS:
        form_default(f"suggest_{name}", state["filters"].get(name, []))
    with st.form("suggest"):
        text = st.text_area(
            "What is on your mind?",
            key="suggest_text",
            placeholder="e.g. my mentee keeps cancelling our meetings and I don't know how to raise it",
            height=110,
        )
        chosen = {}
        c1, c2, c3 = st.columns(3)
        c4, c5, c6 = st.columns([1, 2, 1])
        for column, (name, (title, options)) in zip((c1, c2, c3, c4, c5), FILTERS.items()):
            chosen[name] = column.multiselect(
                title, options, key=f"suggest_{name}", format_func=_label, select_all=False
            )  # nothing chosen means all
        k = c6.number_input("How many", min_value=1, max_value=20, key="suggest_k")
        submitted = st.form_submit_button("Suggest", type="primary")

    if submitted:
        state.update(text=text, filters=chosen, k=int(k), response=None, error=None)
        try:
            state["response"] = suggest(text, k=int(k), **chosen)
            keep("suggest", {"text": text, "filters": chosen, "k": int(k)}, mentee)
        except CoachError as exc:
            state["error"] = str(exc)
            workspace().forget_page_state("suggest")
    if state.get("error"):
        st.error(state["error"])
        return
    response = state.get("response")
    if response is None:
        return
    uncertain = bool(response.safety and response.safety.get("uncertain"))
    for warning in response.warnings:
        (st.error if response.safety and not uncertain else st.warning)(warning)
    if not response.results:
        if response.nothing_fits:
            st.info("No suggestions for this text.")
        else:
            st.info("Nothing matched. Try fewer filters or describe the situation in other words.")
        return
    if response.nothing_fits:
        st.subheader("Nothing fits this well")
        st.caption(
            "No entry in the knowledge base matches this situation closely. The nearest ones are below; "
            "describe the situation in other words, or add your own entries (MENTOR_COACH_KB_DIRS)."
        )
    else:
        st.subheader(f"{len(response.results)} suggestions")
    if response.audience:
        st.caption(
            f"Read as asked by a {_label(response.audience)} ({ASKER_FROM[response.audience_from]}): entries "
            'written for them rank a little higher. Choose "For" above if that is wrong.'
        )
    for i, r in enumerate(response.results):
        _show(r, first_safety=r.safety and i == 0, uncertain=uncertain)
    d1, d2, d3, d4 = st.columns(4)
    d1.download_button(
        "Download as Markdown",
        _as_markdown(state["text"], response.results),
        file_name="suggestions.md",
        mime="text/markdown",
        on_click="ignore",
    )
    d2.download_button(
        "Download as JSON",
        json.dumps(response.to_dict(), indent=2, ensure_ascii=False),
        file_name="suggestions.json",
        mime="application/json",
        on_click="ignore",
    )
    if mentee and d3.button(f"Keep on {mentee}"):
        workspace().save_result(mentee, "suggest", state["text"], response.to_dict())
        st.success(f"Kept on {mentee}'s timeline.")
    with d4:
        forget_button("suggest", STATE)
