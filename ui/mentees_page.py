"""Mentor page: "My mentees": add a mentee under a label you choose, open one to see their timeline
(sessions, goals with every version, action items with what became of them), move them to another
machine (export, import) or erase them. Layout only: ``coach.workspace`` does the work."""

from __future__ import annotations

import json

import streamlit as st

from coach.errors import CoachError
from ui.workspace_shared import current_mentee, set_current_mentee, show_goals, workspace

STATUS_ICONS = {"open": "◻ open", "done": "✓ done", "dropped": "✗ dropped"}


def _share(value) -> str:
    return "–" if value is None else f"{value:.0%}"


def _add_form() -> None:
    with st.form("add_mentee", clear_on_submit=True):
        label = st.text_input(
            "Label (initials or a nickname)",
            max_chars=40,
            help="No real name is needed: the label is only for you.",
        )
        if st.form_submit_button("Add mentee", type="primary"):
            try:
                added = workspace().add_mentee(label)
                set_current_mentee(added.label)
                st.query_params["mentee"] = added.label
                st.success(f"Added {added.label}.")
            except CoachError as exc:
                st.error(str(exc))


def _sessions(detail) -> None:
    st.subheader("Sessions")
    if not detail.sessions:
        st.caption(
            "No sessions yet: plan one (“Plan a session”) or review a session's notes with this mentee chosen."
        )
    for s in reversed(detail.sessions):
        x = s.summary()
        state = " · ".join(w for w, on in (("planned", x["planned"]), ("reviewed", x["reviewed"])) if on)
        with st.expander(f"Session {s.number} · {s.date or 'not held yet'} · {state}"):
            if s.plan:
                st.markdown(
                    f"**Plan:** {s.plan['phase'].replace('_', ' ')}, {s.plan['minutes']} minutes"
                    + (f" · focus: {s.plan['focus']}" if s.plan["focus"] else "")
                )
                st.markdown(
                    "\n".join(f"- {item['title']} ({item['minutes']} min)" for item in s.plan["agenda"])
                )
            if s.review:
                r = s.review
                st.markdown(
                    f"**Review:** {len(r['goals'])} goals, {len(r['actions'])} action items, personality "
                    f"share {_share(x['personality_share'])}, open-question ratio {_share(x['open_ratio'])}"
                )
                st.markdown(
                    "\n".join(f"- {step['text']}" for step in r["next_session"]) or "- nothing to carry on"
                )
                st.text(s.notes or "")


def _actions(detail) -> None:
    st.subheader("Action items")
    if not detail.actions:
        st.caption("No action items yet: they come from the reviews of this mentee's session notes.")
        return
    st.table(
        [
            {
                "#": a.number,
                "status": STATUS_ICONS.get(a.status, a.status),
                "task": a.task,
                "owner": a.owner,
                "due": a.due or "–",
                "agreed in": f"session {a.session}" if a.session else "–",
                "latest": a.reason or "–",
            }
            for a in reversed(detail.actions)
        ]
    )


def _transfer(detail) -> None:
    with st.expander(f"Move {detail.label} to another machine, or erase them"):
        data = json.dumps(workspace().export_mentee(detail.label), ensure_ascii=False, indent=2)
        st.download_button(
            f"Download everything held for {detail.label} (JSON)",
            data,
            file_name=f"mentee-{detail.label}.json",
            mime="application/json",
            on_click="ignore",
        )
        st.caption(
            "Import it on the other machine (“Import a mentee” below, or `mentor-coach mentee import FILE`)."
        )
        sure = st.checkbox(f"Erase {detail.label} and everything held for them: this cannot be undone")
        if st.button(f"Erase {detail.label}", disabled=not sure):
            done = workspace().delete_mentee(detail.label)
            set_current_mentee(None)
            st.query_params.pop("mentee", None)
            st.session_state["mentees_erased"] = f"Erased {done['label']} ({done['rows']} records)."
            st.rerun()


def _import() -> None:
    with st.expander("Import a mentee (from an export)"):
        upload = st.file_uploader("Mentee export (.json)", type=["json"])
        new_label = st.text_input("Import under another label (optional)", max_chars=40)
        if st.button("Import", disabled=upload is None):
            try:
                data = json.loads(upload.getvalue().decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                st.error(f"{upload.name} is not a mentee export: not JSON.")
                return
            try:
                added = workspace().import_mentee(data, new_label.strip() or None)
                set_current_mentee(added.label)
                st.query_params["mentee"] = added.label
                st.rerun()
            except CoachError as exc:
                st.error(str(exc))


def _switch(label: str, page_key: str) -> None:
    set_current_mentee(label)
    st.switch_page(st.session_state["workspace_pages"][page_key])


def my_mentees() -> None:
    st.title("My mentees")
    st.caption(
        "Each mentee under a label you choose (initials or a nickname; no real name is needed), with their "
        "goals, sessions and action items. Everything stays in one private file on this machine."
    )
    if st.session_state.get("mentees_erased"):
        st.success(st.session_state.pop("mentees_erased"))
    _add_form()
    items = workspace().mentees()
    if items:
        st.table(
            [
                {
                    "mentee": m.label,
                    "sessions": m.sessions,
                    "goals": m.goals,
                    "open action items": m.open_actions,
                    "last session": m.last_session or "–",
                }
                for m in items
            ]
        )
    else:
        st.info("No mentees yet: add one above.")
    _import()
    labels = [m.label for m in items]
    if not labels:
        return
    wanted = st.query_params.get("mentee") or current_mentee()
    label = st.selectbox("Open", labels, index=labels.index(wanted) if wanted in labels else 0)
    if st.query_params.get("mentee") != label:
        st.query_params["mentee"] = label
        set_current_mentee(label)
    detail = workspace().detail(label)
    st.header(detail.label)
    c1, c2, c3 = st.columns(3)
    c1.metric("Sessions", len(detail.sessions))
    c2.metric("Goals", len(detail.goals))
    c3.metric("Open action items", len(detail.open_actions))
    b1, b2, b3 = st.columns(3)
    if b1.button(f"Plan the next session with {label}"):
        _switch(label, "plan")
    if b2.button(f"Review {label}'s session notes"):
        _switch(label, "review")
    if b3.button(f"Check a goal of {label}"):
        _switch(label, "goal")
    st.subheader("Goals")
    if detail.goals:
        show_goals(detail.goals)
    else:
        st.caption(
            "No goals yet: check one on “Check my goal” with this mentee chosen, or state it in session notes."
        )
    _actions(detail)
    _sessions(detail)
    if detail.saved:
        st.subheader("Kept results")
        for s in reversed(detail.saved):
            with st.expander(f"{s.kind} · {s.saved_at[:10]} · {s.text[:60]}"):
                st.text(s.text)
                st.json(s.result, expanded=False)
    _transfer(detail)
