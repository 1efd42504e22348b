"""mentor-coach's Streamlit app: navigation for mentors, mentees and program leads.

Run it with `make run`. Pages hold layout only; the library in coach/ does the analysis.
"""

from __future__ import annotations

import streamlit as st

from ui import (
    feedback_page,
    goal_page,
    growth_page,
    mentees_page,
    plan_page,
    program_dashboard_page,
    program_examples_page,
    program_import_page,
    questions_page,
    review_page,
    suggest_page,
)

st.set_page_config(page_title="mentor-coach", page_icon=":material/explore:", layout="wide")

plan = st.Page(
    plan_page.plan_a_session, title="Plan a session", icon=":material/event_note:", url_path="plan"
)
review = st.Page(
    review_page.review_session_notes,
    title="Review session notes",
    icon=":material/description:",
    url_path="review",
)
goal = st.Page(goal_page.check_my_goal, title="Check my goal", icon=":material/flag:", url_path="goal")
st.session_state["plan_page"] = plan  # the notes review starts the next plan from its findings
st.session_state["workspace_pages"] = {
    "plan": plan,
    "review": review,
    "goal": goal,
}  # "My mentees" opens them
program_pages = {
    "import": st.Page(
        program_import_page.program_import, title="Import", icon=":material/upload_file:", url_path="import"
    ),
    "dashboard": st.Page(
        program_dashboard_page.program_dashboard,
        title="Dashboard",
        icon=":material/monitoring:",
        url_path="dashboard",
    ),
    "examples": st.Page(
        program_examples_page.program_examples,
        title="Examples",
        icon=":material/search:",
        url_path="examples",
    ),
}
st.session_state["program_pages"] = program_pages  # the dashboard opens the examples with its filters set
navigation = st.navigation(
    {
        "Mentor": [
            st.Page(
                suggest_page.suggest_questions_and_techniques,
                title="Suggest questions and techniques",
                icon=":material/lightbulb:",
                url_path="suggest",
                default=True,
            ),
            st.Page(mentees_page.my_mentees, title="My mentees", icon=":material/group:", url_path="mentees"),
            plan,
            st.Page(
                feedback_page.review_my_feedback,
                title="Review my feedback",
                icon=":material/record_voice_over:",
                url_path="feedback",
            ),
            st.Page(
                questions_page.check_my_questions,
                title="Check my questions",
                icon=":material/help:",
                url_path="questions",
            ),
            review,
            st.Page(
                growth_page.my_growth,
                title="My growth as a mentor",
                icon=":material/trending_up:",
                url_path="growth",
            ),
        ],
        "Mentee": [goal],
        "Program lead": [program_pages["dashboard"], program_pages["import"], program_pages["examples"]],
    }
)
st.sidebar.caption("Offline: nothing you type leaves this machine.")
navigation.run()
