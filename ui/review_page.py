"""Mentor page: review a session's notes: goals, feedback, questions and action items highlighted in
the text, the action items as a downloadable table, and the next session's plan started from here.
With a mentee chosen, their open action items are tracked and the review is kept as their session."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import streamlit as st

from coach.errors import CoachError
from coach.text.inputs import decode_bytes, read_docx_text
from coach.workflows.review import review_notes
from ui.highlight import Mark, highlight_html, legend_html
from ui.shared import show_safeguarding, warm_review
from ui.workspace_shared import (
    NO_MENTEE,
    forget_button,
    form_default,
    keep,
    mentee_labels,
    mentee_picker,
    restore,
    workspace,
)

LAST = "review_last"  # (notes, review) shown on the page
KEPT = "review_kept"  # what the workspace keeps: the input, and the mentee and session it was kept as

COLORS = {
    "goal": "#cfe3ff",
    "behaviour": "#d7f5d0",
    "personality": "#f8c9c9",
    "question": "#fde2c4",
    "action": "#fff3a6",
}
LABELS = {
    "goal": "Goal",
    "behaviour": "Feedback: behaviour",
    "personality": "Feedback: personality",
    "question": "Question",
    "action": "Action item",
}


def _uploaded_text(upload) -> str:
    raw = upload.getvalue()
    if upload.name.lower().endswith(".docx"):
        return read_docx_text(raw, upload.name)
    text, warnings = decode_bytes(raw, upload.name)
    for warning in warnings:
        st.warning(warning)
    return text


def _marks(review) -> list[Mark]:
    marks = [
        Mark(
            a.start,
            a.end,
            "action",
            f"action item: {a.owner}: {a.task}" + (f", due {a.due}" if a.due else ""),
            a.uncertain,
        )
        for a in review.actions
    ]
    marks += [
        Mark(
            q.start,
            q.end,
            "question",
            f"{q.label} question" + (", leading" if q.leading else ""),
            q.uncertain,
        )
        for q in review.questions
    ]
    marks += [Mark(f.start, f.end, f.focus, f"{f.focus} feedback", f.uncertain) for f in review.feedback]
    marks += [
        Mark(
            g.start,
            g.end,
            "goal",
            f"goal, SMART {g.smart_score}/5",
            g.is_goal_score is not None and abs(g.is_goal_score - 0.5) < 0.15,
        )
        for g in review.goals
    ]
    return marks


def _actions_csv(review) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["owner", "task", "due", "sentence"])
    for a in review.actions:
        # A cell a spreadsheet would run as a formula is written as text.
        writer.writerow(
            [("'" + v) if v and v[0] in "=+-@\t\r" else v for v in (a.owner, a.task, a.due or "", a.text)]
        )
    return out.getvalue()


def _review(notes: str, previous: str, session_date, mentee: str | None) -> None:
    """Review the notes; with a mentee, against their open items, and keep the review as their session."""
    from coach.workspace import prepare_review, record_review

    date = session_date.isoformat() if session_date else None
    if mentee:
        pending = prepare_review(workspace(), mentee, notes, date)
        review, used, session = pending.review, pending.previous, record_review(workspace(), pending).number
    else:
        review, used, session = (
            review_notes(notes, previous=previous or None, session_date=date),
            previous,
            None,
        )
    st.session_state[LAST] = (notes, review)
    # The exact previous items are kept, so a reload shows this review, not one against today's open items.
    kept = {"notes": notes, "previous": used or None, "date": date, "mentee": mentee, "session": session}
    st.session_state[KEPT] = kept
    keep("review", kept, mentee)


def _restore() -> None:
    kept = restore("review")
    if kept and LAST not in st.session_state:
        try:  # the same notes and previous items give the same review
            st.session_state[LAST] = (
                kept["notes"],
                review_notes(kept["notes"], previous=kept["previous"], session_date=kept["date"]),
            )
            st.session_state[KEPT] = kept
        except CoachError:
            pass


def _keep_on_a_mentee(notes: str) -> None:
    """For a review made without a mentee: keep it on one (reviewed again against their open items)."""
    labels = mentee_labels()
    if not labels:
        return
    left, right = st.columns([2, 1])
    label = left.selectbox("Keep this review on", [NO_MENTEE, *labels])
    if right.button("Keep it", disabled=label == NO_MENTEE):
        date = (st.session_state.get(KEPT) or {}).get("date")
        try:
            _review(notes, "", dt.date.fromisoformat(date) if date else None, label)
            st.rerun()
        except CoachError as exc:
            st.error(str(exc))


def review_session_notes() -> None:
    st.title("Review session notes")
    st.caption(
        "Paste or upload the notes of a session: the goals, the feedback you gave, the questions you asked "
        "and the action items agreed, in one pass, with what to carry into the next session."
    )
    warm_review()
    mentee = mentee_picker("track their open action items and keep the review on them")
    _restore()
    kept = st.session_state.get(KEPT) or {}
    form_default("review_notes", kept.get("notes") or "")
    # A mentee's previous items are a list kept with the review; only typed text goes back in the box.
    form_default("review_previous", kept["previous"] if isinstance(kept.get("previous"), str) else "")
    form_default("review_date", dt.date.fromisoformat(kept["date"]) if kept.get("date") else None)
    with st.form("review"):
        text = st.text_area(
            "Session notes",
            height=200,
            key="review_notes",
            placeholder="Paste the notes here, or upload a file below",
        )
        upload = st.file_uploader("…or upload notes (.txt, .md, .docx)", type=["txt", "md", "docx"])
        previous = st.text_area(
            "Last session's notes or action items (optional)",
            height=80,
            disabled=bool(mentee),
            key="review_previous",
            help=f"{mentee}'s open action items are tracked instead." if mentee else None,
        )
        session_date = st.date_input("Session date", key="review_date")
        submitted = st.form_submit_button(
            f"Review and keep on {mentee}" if mentee else "Review", type="primary"
        )
    if submitted:
        try:
            # A file given wins over the text box, which may still hold the last notes.
            notes = _uploaded_text(upload) if upload is not None else text
            _review(notes, previous, session_date, mentee)
        except CoachError as exc:
            st.session_state.pop(LAST, None)
            st.session_state.pop(KEPT, None)
            workspace().forget_page_state("review")
            st.error(str(exc))
    last = st.session_state.get(LAST)
    if not last:
        return
    notes, review = last
    for warning in review.warnings:
        st.warning(warning)
    show_safeguarding(review.safety)
    q = review.question_summary
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Goals", len(review.goals))
    c2.metric("Personality feedback", review.feedback_summary.get("personality", 0))
    c3.metric("Open-question ratio", f"{q['open_ratio']:.0%}" if q.get("open_ratio") is not None else "–")
    c4.metric("Action items", len(review.actions))
    st.html(highlight_html(notes, _marks(review), COLORS, LABELS))
    st.html(legend_html(COLORS, LABELS))
    st.subheader("Action items")
    if review.actions:
        st.table([{"owner": a.owner, "task": a.task, "due": a.due or "–"} for a in review.actions])
        st.download_button(
            "Download action items (CSV)",
            _actions_csv(review),
            file_name="action-items.csv",
            mime="text/csv",
            on_click="ignore",
        )
    else:
        st.caption("No action items found.")
    if review.carried:
        st.subheader("From last time")
        st.table([{"item": c.previous_task, "status": c.status, "why": c.reason} for c in review.carried])
    st.subheader("For the next session")
    for step in review.next_session:
        st.markdown(f"- **{step.text}** · {step.why}")
    kept = st.session_state.get(KEPT) or {}
    if kept.get("mentee"):
        st.success(f"Kept as {kept['mentee']}'s session {kept['session']}.")
    else:
        _keep_on_a_mentee(notes)
    left, middle, right = st.columns(3)
    left.download_button(
        "Download the review (JSON)",
        json.dumps(review.to_dict(), indent=2),
        file_name="notes-review.json",
        mime="application/json",
        on_click="ignore",
    )
    with middle:
        forget_button("review", LAST, KEPT)
    if right.button("Start the next session's plan from this review", type="primary"):
        open_items = [f"{a.owner}: {a.task}" + (f" (due {a.due})" if a.due else "") for a in review.actions]
        open_items += [c.previous_task for c in review.carried if c.status == "open"]
        st.session_state["plan_prefill"] = {
            "goals": "\n".join(g.text for g in review.goals),
            "previous": "\n".join(open_items),
            "focus": "; ".join(s.text for s in review.next_session[:3]),
        }
        st.switch_page(st.session_state["plan_page"])
