"""Mentor page: plan a session: a timed agenda from the knowledge base and the mentee's goals, which
the mentor edits (reorder, retime, remove) while the times keep adding up, then downloads. With a
mentee chosen, the plan starts from their history (open action items, current goals, what the last
review suggested) and is kept on them as their next session."""

from __future__ import annotations

import streamlit as st

from coach.errors import CoachError
from coach.workflows.plan import PlanRequest, SessionPlan, adjust_agenda, plan_session
from coach.workspace import next_plan_request, save_plan
from knowledge.schema import PHASES, RELATIONSHIPS
from ui.shared import show_safeguarding, warm_index
from ui.workspace_shared import forget_button, keep, mentee_picker, restore, workspace

PLAN_KEY = "plan_current"
KEPT_KEY = "plan_kept"  # what the workspace keeps for this page: the plan, its mentee and session, the form
PHASE_CHOICES = ["infer from the meeting number", *PHASES]


def _label(value: str) -> str:
    return value.replace("_", " ")


FIELDS = {"focus": "plan_focus", "goals": "plan_goals", "previous": "plan_previous"}


def _prefill(mentee: str | None, history: PlanRequest | None) -> None:
    """Start the form's texts from a notes review's findings, the mentee's history or the last input kept.

    A draft outside the widgets remembers them: Streamlit drops a widget's state when its page is left.
    """
    incoming = st.session_state.pop("plan_prefill", None)  # from a notes review
    draft = st.session_state.get("plan_draft")
    # What the texts start from: the mentee, and their goals as they stand (a new review may revise them).
    basis = st.session_state["plan_basis"] = {"mentee": mentee, "goals": history.goals if history else None}
    if incoming is None and draft is not None and draft.get("basis") == basis:
        values = draft
    else:
        kept = st.session_state.get(KEPT_KEY) or {}
        values = {**((kept.get("form") or {}) if kept.get("mentee") == mentee else {}), **(incoming or {})}
        if mentee:
            # The mentee's open items are carried by the plan itself; the goals come from their history.
            values["previous"] = ""
            values["goals"] = "\n".join(history.goals)
        for name, key in FIELDS.items():
            st.session_state[key] = values.get(name) or ""
        st.session_state["plan_draft"] = {**values, "basis": basis}
    for name, key in FIELDS.items():
        if key not in st.session_state:
            st.session_state[key] = values.get(name) or ""


def _request_form() -> PlanRequest | None:
    with st.form("plan"):
        focus = st.text_area(
            "What is on your mind for this session?",
            key="plan_focus",
            height=80,
            placeholder="e.g. my mentee keeps cancelling our meetings",
        )
        c1, c2, c3 = st.columns(3)
        phase = c1.selectbox(
            "Phase", PHASE_CHOICES, index=PHASE_CHOICES.index("enabling_growth"), format_func=_label
        )
        relationship = c2.selectbox("Relationship", RELATIONSHIPS, format_func=_label)
        minutes = c3.number_input("Length (minutes)", min_value=5, max_value=600, value=60, step=5)
        c4, c5 = st.columns(2)
        meeting = c4.number_input("Meeting number (optional)", min_value=0, max_value=200, value=0)
        planned = c5.number_input("Meetings planned in all (optional)", min_value=0, max_value=200, value=0)
        goals = st.text_area("The mentee's goals, one per line", key="plan_goals", height=90)
        previous = st.text_area(
            "Open action items or notes from last time (optional)", key="plan_previous", height=90
        )
        drafts = st.text_area("Questions you plan to ask, one per line (optional)", height=70)
        submitted = st.form_submit_button("Plan the session", type="primary")
    if not submitted:
        return None
    st.session_state["plan_form"] = {"focus": focus, "goals": goals, "previous": previous}
    st.session_state["plan_draft"] = {
        **st.session_state["plan_form"],
        "basis": st.session_state.get("plan_basis"),
    }
    return PlanRequest(
        focus=focus,
        phase=None if phase == PHASE_CHOICES[0] else phase,
        relationship=relationship,
        minutes=int(minutes),
        goals=goals.splitlines(),
        previous=previous or None,
        draft_questions=drafts.splitlines(),
        meeting_number=int(meeting) or None,
        planned_meetings=int(planned) or None,
    )


def _edit_agenda(plan, on_change) -> None:
    st.subheader("Agenda")
    version = st.session_state.get("plan_version", 0)
    with st.form(f"agenda_{version}"):
        st.caption(
            "Change the minutes or the order, or untick an item: the other items share the time that is "
            "left, so the agenda always fills the session."
        )
        rows = []
        for n, item in enumerate(plan.agenda, 1):
            c1, c2, c3, c4 = st.columns([4, 2, 2, 1])
            c1.markdown(f"{n}. {item.title}")
            minutes = c2.number_input(
                f"Minutes: {item.title}",
                min_value=1,
                max_value=600,
                value=item.minutes,
                label_visibility="collapsed",
            )
            order = c3.number_input(
                f"Order: {item.title}",
                min_value=1,
                max_value=len(plan.agenda),
                value=n,
                label_visibility="collapsed",
            )
            keep = c4.checkbox(f"Keep: {item.title}", value=True, label_visibility="collapsed")
            rows.append({"key": item.key, "minutes": int(minutes), "order": int(order), "n": n, "keep": keep})
        applied = st.form_submit_button("Apply changes")
    if applied:
        # An item moved to position k goes after the item already there when moved down, before it when moved up.
        kept = sorted(
            (r for r in rows if r["keep"]),
            key=lambda r: (r["order"], (r["order"] > r["n"]) - (r["order"] < r["n"]), r["n"]),
        )
        try:
            plan.agenda = adjust_agenda(plan.agenda, plan.minutes, kept)
            on_change(plan)
            st.session_state["plan_version"] = version + 1  # fresh inputs showing the new times
            st.rerun()
        except CoachError as exc:
            st.error(str(exc))


def _show_plan(plan, on_change) -> None:
    for warning in plan.warnings:
        st.warning(warning)
    show_safeguarding(plan.safeguarding)
    st.markdown(
        f"**Phase:** {_label(plan.phase)} ({plan.phase_reason}) · **relationship:** {plan.relationship} · "
        f"**{plan.minutes} minutes**"
    )
    _edit_agenda(plan, on_change)
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
            st.markdown(
                f"- {q['text']} — *{verdict}*" + (f" → try: {q['suggestion']}" if q.get("suggestion") else "")
            )
    d1, d2, d3 = st.columns(3)
    d1.download_button(
        "Download Markdown",
        plan.to_markdown(),
        file_name="session-plan.md",
        mime="text/markdown",
        on_click="ignore",
    )
    d2.download_button(
        "Download printable HTML",
        plan.to_html(),
        file_name="session-plan.html",
        mime="text/html",
        on_click="ignore",
    )
    d3.download_button(
        "Download JSON",
        plan.to_json(),
        file_name="session-plan.json",
        mime="application/json",
        on_click="ignore",
    )


def _show_history(mentee: str, history: PlanRequest) -> None:
    with st.container(border=True):
        st.markdown(
            f"**Starting from {mentee}'s history**: the goals below, and in the review of last actions:"
        )
        lines = [f"- Carried over: {a}" for a in history.carried_actions]
        lines += [f"- From the last review: {r}" for r in history.reminders]
        st.markdown("\n".join(lines) or "- nothing open from earlier sessions")


def _keep_edit(plan) -> None:
    """An edited agenda is kept too: on the page, and on the mentee's session while its notes are not in."""
    kept = st.session_state.get(KEPT_KEY) or {}
    kept["plan"] = plan.to_dict()
    keep("plan", kept, kept.get("mentee"))
    if kept.get("mentee") and kept.get("session"):
        try:
            save_plan(workspace(), kept["mentee"], plan, session=kept["session"])
        except CoachError:
            pass  # that session has its notes now; the edit stays on this page only


def _plan(request: PlanRequest, mentee: str | None) -> None:
    try:
        if mentee:
            request = next_plan_request(workspace(), mentee, request, goals_from_history=False)
        plan = plan_session(request)
    except CoachError as exc:
        st.session_state.pop(PLAN_KEY, None)
        st.session_state.pop(KEPT_KEY, None)
        workspace().forget_page_state("plan")
        st.error(str(exc))
        return
    session = save_plan(workspace(), mentee, plan, request).number if mentee else None
    st.session_state[PLAN_KEY] = plan
    st.session_state["plan_version"] = st.session_state.get("plan_version", 0) + 1
    kept = {
        "plan": plan.to_dict(),
        "mentee": mentee,
        "session": session,
        "form": st.session_state.get("plan_form"),
    }
    st.session_state[KEPT_KEY] = kept
    keep("plan", kept, mentee)
    if mentee:
        st.success(f"Kept as the plan for {mentee}'s session {session}.")


def plan_a_session() -> None:
    st.title("Plan a session")
    st.caption(
        "Say where the relationship stands and what is on your mind; get a timed agenda with open questions "
        "and techniques from the knowledge base, your mentee's SMART gaps as agenda points, and a checklist."
    )
    warm_index()
    mentee = mentee_picker("start the plan from their history and keep it on them")
    kept = restore("plan")
    if kept and PLAN_KEY not in st.session_state:
        st.session_state[PLAN_KEY] = SessionPlan.from_dict(kept["plan"])
        st.session_state[KEPT_KEY] = kept
    history = next_plan_request(workspace(), mentee) if mentee else None
    if history is not None:
        _show_history(mentee, history)
    _prefill(mentee, history)
    request = _request_form()
    if request is not None:
        _plan(request, mentee)
    plan = st.session_state.get(PLAN_KEY)
    if plan is not None:
        _show_plan(plan, _keep_edit)
        forget_button("plan", PLAN_KEY, KEPT_KEY)
