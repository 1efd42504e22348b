"""What every page shares: models cached once per server process, across reruns and sessions."""

from __future__ import annotations

import streamlit as st

from coach.analyzers.safety import safeguarding_heading
from coach.workflows.suggest import get_index, get_knowledge_base


@st.cache_resource(show_spinner="Loading the knowledge base and the language model (first time only)…")
def warm_index():
    """Load the embedder and the retrieval index once for the whole server."""
    return get_index()


@st.cache_resource(show_spinner=False)
def knowledge_problems() -> list[str]:
    """What the user's knowledge-base folders got wrong, one sentence each."""
    return [p.summary[0].upper() + p.summary[1:] for p in get_knowledge_base().problems]


@st.cache_resource(show_spinner="Loading the goal analyzer (first time only)…")
def warm_goal_analyzer() -> bool:
    """Load spaCy, the embedder and the goal heads once for the whole server."""
    from coach.analyzers.goals import analyze_goal

    analyze_goal("Warm up: finish the draft by Friday")
    return True


@st.cache_resource(show_spinner="Loading the feedback analyzer (first time only)…")
def warm_feedback_analyzer() -> bool:
    from coach.analyzers.feedback import analyze_feedback

    analyze_feedback("Warm up: you presented the plan clearly.")
    return True


@st.cache_resource(show_spinner="Loading the question analyzer (first time only)…")
def warm_question_analyzer() -> bool:
    from coach.analyzers.questions import analyze_questions

    analyze_questions("Warm up: what went well?")
    return True


@st.cache_resource(show_spinner="Loading the analyzers (first time only)…")
def warm_review() -> bool:
    from coach.workflows.review import review_notes

    review_notes("Warm up. Sam to send the CV by Friday. What went well?")
    return True


def playbook_lines(book: dict) -> list[str]:
    """A scenario's playbook as Markdown lines, the same on every page and download."""
    lines = ["**Signs**"] + [f"- {x}" for x in book["signs"]]
    lines += ["", f"**Words to open with:** “{book['opening']}”", "", "**Ask**"] + [
        f"- {q}" for q in book["ask"]
    ]
    lines += ["", "**Avoid**"] + [f"- {a}" for a in book["avoid"]]
    lines += ["", f"**When and where to refer on:** {book['refer']}"]
    return lines


def show_safeguarding(block: dict | None) -> None:
    """The safeguarding playbook a disclosure calls for, above everything else on a page; one that only
    the model read, below the cut that routes, is offered and marked as not certain."""
    if not block:
        return
    with st.container(border=True):
        icon = ":material/help:" if block.get("uncertain") else ":material/health_and_safety:"
        st.markdown(f"{icon} **{safeguarding_heading(block)}: {block['title']}**")
        if block.get("uncertain"):
            st.caption(f"Why it is offered: {block['reason']}. If nothing like this is happening, ignore it.")
        st.markdown(block["text"])
        st.markdown("\n".join(playbook_lines(block["playbook"])))
