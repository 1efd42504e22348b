"""A mentor's workspace in the real app, across reloads: add a mentee, check their goal, plan a session,
review its notes, plan the next one (the open items carried), and see the goal's versions improve."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import start_app, stop_app

pytestmark = pytest.mark.e2e

NOTES = (
    "Session 1 with JD\n- In Tuesday's rehearsal you rushed the summary slide, so the board asked twice.\n"
    "- goal: Present the Q3 results to the leadership team by 30 June so that I'm ready for the team lead role\n"
    "- JD to send the CV to Priya by Friday\n- JD to book a mock interview by 20 March\n"
    "- what did you learn from the board's questions?"
)


@pytest.fixture(scope="module")
def workspace_app(cli_env, tmp_path_factory):
    """An app of its own, on a data folder of its own: the journey starts from an empty workspace."""
    env = dict(cli_env)
    env["MENTOR_COACH_DATA_DIR"] = str(tmp_path_factory.mktemp("workspace-data"))
    proc, url = start_app(env)
    yield url, env["MENTOR_COACH_DATA_DIR"]
    stop_app(proc)


def test_plan_review_next_plan_and_goal_versions_survive_reloads(page, workspace_app, artifacts_dir):
    url, data_dir = workspace_app
    page.goto(url + "/mentees")
    page.get_by_role("heading", name="My mentees").wait_for()
    page.get_by_label("Label (initials or a nickname)", exact=True).fill("JD")
    page.get_by_role("button", name="Add mentee").click()
    page.get_by_role("heading", name="JD").wait_for()

    # The mentee's first wording of a goal, kept as goal 1.
    page.goto(url + "/goal")
    expect(page.get_by_role("combobox", name="Mentee")).to_have_value("JD")
    page.get_by_label("Your goal").fill("get better at presenting")
    page.get_by_role("button", name="Check my goal").click()
    page.get_by_text("Kept on JD as goal 1, version 1.").wait_for()

    # The first plan starts from the goal and is kept as session 1; it is still there after a reload.
    page.goto(url + "/plan")
    expect(page.get_by_label("The mentee's goals, one per line")).to_have_value("get better at presenting")
    page.get_by_label("What is on your mind for this session?").fill("preparing the board presentation")
    page.get_by_role("button", name="Plan the session").click()
    page.get_by_text("Kept as the plan for JD's session 1.").wait_for()
    page.reload()
    page.get_by_role("heading", name="Agenda").wait_for()
    page.get_by_text(re.compile(r"^Agree how progress on goal 1 will be measured")).wait_for()

    # The session's notes, reviewed for JD: kept as session 1, and still shown after a reload.
    page.goto(url + "/review")
    page.get_by_label("Session notes", exact=True).fill(NOTES)
    page.get_by_role("button", name="Review and keep on JD").click()
    page.get_by_text("Kept as JD's session 1.").wait_for()
    page.reload()
    page.locator("mark.mc-action", has_text="send the CV").wait_for()
    expect(page.get_by_label("Session notes", exact=True)).to_have_value(re.compile("book a mock interview"))

    # The next plan carries both open items and is kept as session 2.
    page.goto(url + "/plan")
    page.get_by_text(re.compile(r"Carried over: send the CV to Priya")).first.wait_for()
    page.get_by_role("button", name="Plan the session").click()
    page.get_by_text("Kept as the plan for JD's session 2.").wait_for()
    review_item = page.locator(
        "[data-testid=stVerticalBlock]", has_text=re.compile(r"min · Review of last actions")
    ).last
    expect(review_item).to_contain_text("Carried over: send the CV to Priya")
    expect(review_item).to_contain_text("Carried over: book a mock interview")
    page.set_viewport_size({"width": 1280, "height": 2600})
    page.screenshot(path=str(artifacts_dir / "workspace-next-plan.png"), full_page=True)

    # The goal page shows both versions of goal 1, the second (from the notes) scoring higher.
    page.goto(url + "/goal")
    page.get_by_role("heading", name="JD's goals, every version checked").wait_for()
    versions = page.locator("table", has_text="Present the Q3 results")
    expect(versions.locator("tbody tr")).to_have_count(2)
    rows = versions.locator("tbody tr").all_inner_texts()
    assert "get better at presenting" in rows[0] and "Present the Q3 results" in rows[1]
    first, second = (int(re.search(r"(\d)/5", row).group(1)) for row in rows)
    assert second > first
    page.screenshot(path=str(artifacts_dir / "workspace-goal-versions.png"), full_page=True)

    # The timeline after a reload: two sessions, one goal, two open action items.
    page.goto(url + "/mentees?mentee=JD")
    page.reload()
    page.get_by_role("heading", name="JD").wait_for()
    expect(page.locator("table", has_text="book a mock interview")).to_contain_text("open")
    page.get_by_text(re.compile(r"^Session 2 · not held yet · planned")).wait_for()
    page.get_by_text(re.compile(r"^Session 1 · \d{4}-\d\d-\d\d · planned · reviewed")).wait_for()
    page.screenshot(path=str(artifacts_dir / "workspace-timeline.png"), full_page=True)

    # The mentor's own growth: one reviewed session, and the sentence behind its point.
    page.goto(url + "/growth")
    page.get_by_role("heading", name="My growth as a mentor").wait_for()
    page.get_by_text(re.compile(r"JD, session 1$")).click()
    page.get_by_text(re.compile(r"rushed the summary slide.*behaviour")).wait_for()
    assert page.get_by_text("Traceback").count() == 0


def test_a_page_takes_each_new_text_and_shows_the_last_one_after_a_reload(page, workspace_app):
    url, _ = workspace_app
    page.goto(url + "/feedback")
    box = page.get_by_label("Your feedback or notes")
    for text, focus in (
        ("You're so disorganised.", "personality"),
        ("In Tuesday's demo you skipped the error slide.", "behaviour"),
    ):
        box.fill(text)
        page.get_by_role("button", name="Review", exact=True).click()
        page.locator(f"mark.mc-{focus}", has_text=text.rstrip(".")).wait_for()
    page.reload()
    expect(page.get_by_label("Your feedback or notes")).to_have_value(
        "In Tuesday's demo you skipped the error slide."
    )
    page.locator("mark.mc-behaviour", has_text="skipped the error slide").wait_for()
    assert page.locator("mark.mc-personality").count() == 0
    page.get_by_role("button", name="Forget this result").click()
    expect(page.locator("mark.mc-behaviour")).to_have_count(0)
    page.reload()
    page.get_by_role("heading", name="Review my feedback").wait_for()
    expect(page.get_by_label("Your feedback or notes")).to_have_value("")
