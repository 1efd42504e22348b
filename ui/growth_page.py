"""Mentor page: "My growth as a mentor": the trend of your own feedback over your reviewed sessions
(personality share, actionable and specific shares, open-question ratio), with the sentences behind
each point. Layout only: ``coach.workspace.mentor_trend`` does the work."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from coach.workspace import mentor_trend
from ui.workspace_shared import workspace

LABELS = {
    "personality_share": "Personality-focused feedback",
    "actionable_share": "Actionable feedback",
    "specific_share": "Specific feedback",
    "open_ratio": "Open questions",
}
EVERYONE = "all my mentees"


def _point_details(p) -> None:
    with st.expander(f"{p.date} · {p.mentee}, session {p.session}"):
        if p.sentences:
            st.markdown("**Your feedback**")
            for s in p.sentences:
                tags = [s["focus"]] + (
                    [
                        ("actionable" if s["actionable"] else "not actionable"),
                        ("specific" if s["specific"] else "not specific"),
                    ]
                )
                st.markdown(f"- {s['text']} · _{', '.join(tags)}_")
        else:
            st.caption("No feedback sentences in these notes.")
        if p.questions:
            st.markdown("**Your questions**")
            for q in p.questions:
                st.markdown(f"- {q['text']} · _{q['label']}{', leading' if q['leading'] else ''}_")


def my_growth() -> None:
    st.title("My growth as a mentor")
    st.caption(
        "How your own feedback changes over your reviewed sessions: less about who the mentee is, more "
        "actionable and specific, more open questions. Each point shows the sentences behind it."
    )
    labels = workspace().labels()
    scope = st.selectbox("Sessions of", [EVERYONE, *labels])
    trend = mentor_trend(workspace(), None if scope == EVERYONE else scope)
    if not trend.points:
        st.info(
            "No reviewed sessions yet: review a session's notes with a mentee chosen (“Review session notes”)."
        )
        return
    columns = st.columns(len(LABELS))
    for column, (measure, title) in zip(columns, LABELS.items()):
        change = trend.changes.get(measure)
        latest = next(
            (getattr(p, measure) for p in reversed(trend.points) if getattr(p, measure) is not None), None
        )
        delta = (
            None
            if not change
            else f"{(change['latest'] - change['first']) * 100:+.0f} points since the first"
        )
        column.metric(
            title,
            "–" if latest is None else f"{latest:.0%}",
            delta=delta,
            delta_color="inverse" if measure == "personality_share" else "normal",
        )
    if len(trend.points) > 1:
        # Numbered, so the chart keeps the sessions in time order whatever the labels.
        frame = pd.DataFrame(
            [{LABELS[m]: getattr(p, m) for m in LABELS} for p in trend.points],
            index=[f"{n + 1:03d} · {p.date} · {p.mentee}" for n, p in enumerate(trend.points)],
        )
        st.line_chart(frame, height=260)
    st.subheader("The sentences behind each point")
    for p in reversed(trend.points):
        _point_details(p)
