"""Mentor page: plan a session: a timed agenda from the knowledge base and the mentee's goals, which
the mentor edits (reorder, retime, remove) while the times keep adding up, then downloads."""

from __future__ import annotations

import streamlit as st

from coach.errors import CoachError
from coach.plan import PlanRequest, adjust_agenda, plan_session
from knowledge.schema import PHASES, RELATIONSHIPS
from ui.shared import warm_index, show_safeguarding

PLAN_KEY = "plan_current"
PHASE_CHOICES = ["infer from the meeting number", *PHASES]


def _label(value: str) -> str:
    return value.replace("_", " ")


def _request_form() -> PlanRequest | None:
    prefill = st.session_state.get("plan_prefill") or {}  # from a notes review; kept until this form is sent
    with st.form("plan"):
        focus = st.text_area("What is on your mind for this session?", value=prefill.get("focus", ""), height=80,
                             placeholder="e.g. my mentee keeps cancelling our meetings")
        c1, c2, c3 = st.columns(3)
        phase = c1.selectbox("Phase", PHASE_CHOICES, index=PHASE_CHOICES.index("enabling_growth"), format_func=_label)
        relationship = c2.selectbox("Relationship", RELATIONSHIPS, format_func=_label)
        minutes = c3.number_input("Length (minutes)", min_value=5, max_value=600, value=60, step=5)
        c4, c5 = st.columns(2)
        meeting = c4.number_input("Meeting number (optional)", min_value=0, max_value=200, value=0)
        planned = c5.number_input("Meetings planned in all (optional)", min_value=0, max_value=200, value=0)
        goals = st.text_area("The mentee's goals, one per line", value=prefill.get("goals", ""), height=90)
        previous = st.text_area("Open action items or notes from last time (optional)",
                                value=prefill.get("previous", ""), height=90)
        drafts = st.text_area("Questions you plan to ask, one per line (optional)", height=70)
        submitted = st.form_submit_button("Plan the session", type="primary")
    if not submitted:
        return None
    st.session_state.pop("plan_prefill", None)
    return PlanRequest(focus=focus, phase=None if phase == PHASE_CHOICES[0] else phase, relationship=relationship,
                       minutes=int(minutes), goals=goals.splitlines(), previous=previous or None,
                       draft_questions=drafts.splitlines(), meeting_number=int(meeting) or None,
                       planned_meetings=int(planned) or None)


def _edit_agenda(plan) -> None:
    st.subheader("Agenda")
    version = st.session_state.get("plan_version", 0)
    with st.form(f"agenda_{version}"):
        st.caption("Change the minutes or the order, or untick an item: the other items share the time that is "
                   "left, so the agenda always fills the session.")
        rows = []
        for n, item in enumerate(plan.agenda, 1):
            c1, c2, c3, c4 = st.columns([4, 2, 2, 1])
            c1.markdown(f"{n}. {item.title}")
            minutes = c2.number_input(f"Minutes: {item.title}", min_value=1, max_value=600, value=item.minutes,
                                      label_visibility="collapsed")
            order = c3.number_input(f"Order: {item.title}", min_value=1, max_value=len(plan.agenda), value=n,
                                    label_visibility="collapsed")
            keep = c4.checkbox(f"Keep: {item.title}", value=True, label_visibility="collapsed")
            rows.append({"key": item.key, "minutes": int(minutes), "order": int(order), "n": n, "keep": keep})
        applied = st.form_submit_button("Apply changes")
    if applied:
        # An item moved to position k goes after the item already there when moved down, before it when moved up.
        kept = sorted((r for r in rows if r["keep"]),
                      key=lambda r: (r["order"], (r["order"] > r["n"]) - (r["order"] < r["n"]), r["n"]))
        try:
            plan.agenda = adjust_agenda(plan.agenda, plan.minutes, kept)
            st.session_state["plan_version"] = version + 1  # fresh inputs showing the new times
            st.rerun()
        except CoachError as exc:
            st.error(str(exc))


def _show_plan(plan) -> None:
    for warning in plan.warnings:
        st.warning(warning)
    show_safeguarding(plan.safeguarding)
    st.markdown(f"**Phase:** {_label(plan.phase)} ({plan.phase_reason}) · **relationship:** {plan.relationship} · "
                f"**{plan.minutes} minutes**")
    _edit_agenda(plan)
    start = 0
    for item in plan.agenda:
        with st.container(border=True):
            st.markdown(f"**{start}–{start + item.minutes} min · {item.title}** ({item.minutes} min)")
            start += item.minutes
            st.caption(item.purpose)
            for point in item.points:
                st.markdown(f"- {point}")
            for q in item.questions:
                st.markdown(f"- Ask: {q.text} `{q.id}`")
            if item.technique:
                with st.expander(f"Technique: {item.technique.title} ({item.technique.id})"):
                    st.write(item.technique.text)
    if plan.checklist:
        st.subheader(f"Checklist for the {_label(plan.phase)} phase")
        for c in plan.checklist:
            st.checkbox(f"{c.title}: {c.text} ({c.id})", key=f"check_{c.id}")
    if plan.draft_questions:
        st.subheader("Your draft questions")
        for q in plan.draft_questions:
            verdict = q["label"] + (", leading" if q["leading"] else "")
            st.markdown(f"- {q['text']} — *{verdict}*" + (f" → try: {q['suggestion']}" if q.get("suggestion") else ""))
    d1, d2, d3 = st.columns(3)
    d1.download_button("Download Markdown", plan.to_markdown(), file_name="session-plan.md", mime="text/markdown",
                       on_click="ignore")
    d2.download_button("Download printable HTML", plan.to_html(), file_name="session-plan.html", mime="text/html",
                       on_click="ignore")
    d3.download_button("Download JSON", plan.to_json(), file_name="session-plan.json", mime="application/json",
                       on_click="ignore")


def plan_a_session() -> None:
    st.title("Plan a session")
    st.caption("Say where the relationship stands and what is on your mind; get a timed agenda with open questions "
               "and techniques from the knowledge base, your mentee's SMART gaps as agenda points, and a checklist.")
    warm_index()
    request = _request_form()
    if request is not None:
        try:
            st.session_state[PLAN_KEY] = plan_session(request)
            st.session_state["plan_version"] = st.session_state.get("plan_version", 0) + 1
        except CoachError as exc:
            st.session_state.pop(PLAN_KEY, None)
            st.error(str(exc))
    plan = st.session_state.get(PLAN_KEY)
    if plan is not None:
        _show_plan(plan)
