"""A mentee checks a goal in the real app, improves it, and sees the versions get better."""

import re

import pytest

pytestmark = pytest.mark.e2e


def check(page, goal: str) -> None:
    page.get_by_label("Your goal").fill(goal)
    page.get_by_role("button", name="Check my goal").click()


def test_mentee_sees_badges_evidence_hints_rewrite_and_versions(page, app_url, artifacts_dir):
    page.goto(app_url + "/goal")
    page.get_by_role("heading", name="Check my goal").wait_for()

    check(page, "get better at presenting")
    page.get_by_text("Time-bound: not yet").wait_for()
    assert page.get_by_text("Measurable: not yet").count() == 1
    skeleton = page.locator("code", has_text="[when?]")
    skeleton.wait_for()
    assert "instead of “get better at”] presenting" in skeleton.inner_text()
    assert page.get_by_text("What to add").count() == 1

    check(
        page,
        "Present the Q3 results to the leadership team by 30 June so that I'm ready for the team lead role",
    )
    page.get_by_text("Time-bound: met").wait_for()
    deadline = page.locator("mark.mc-time_bound", has_text="by 30 June")
    assert deadline.count() == 1
    assert "deadline" in deadline.get_attribute("title")

    versions = page.locator("table", has_text="Present the Q3 results")
    versions.wait_for()
    assert versions.locator("tbody tr").count() == 2
    assert "get better at presenting" in versions.inner_text()
    page.set_viewport_size({"width": 1280, "height": 2600})  # Streamlit scrolls inside its own container
    page.screenshot(path=str(artifacts_dir / "goal-page.png"), full_page=True)
    smart = page.get_by_role("heading", name=re.compile(r"^SMART \d"))
    assert int(re.search(r"(\d)/5", smart.first.inner_text()).group(1)) >= 4


def test_a_question_is_not_scored_and_says_why(page, app_url):
    page.goto(app_url + "/goal")
    check(page, "How do I get promoted?")
    page.get_by_text(re.compile("Not scored: This reads as a question")).wait_for()


def test_empty_goal_gets_a_message_not_a_traceback(page, app_url):
    page.goto(app_url + "/goal")
    page.get_by_label("Your goal").fill("")  # the page keeps the last goal it checked
    page.get_by_role("button", name="Check my goal").click()
    page.get_by_text(re.compile("empty", re.I)).first.wait_for()
    assert page.get_by_text("Traceback").count() == 0
