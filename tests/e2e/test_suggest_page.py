"""A mentor types a situation in the real app and sees suggestions with why they fit."""

import re

import pytest

pytestmark = pytest.mark.e2e


def test_mentor_gets_suggestions_with_reasons(page, app_url, artifacts_dir):
    page.goto(app_url + "/")
    page.get_by_role("heading", name="Suggest questions and techniques").wait_for()
    page.get_by_label("What is on your mind?").fill(
        "my mentee keeps cancelling our meetings and I don't know how to raise it"
    )
    page.get_by_role("button", name="Suggest").click()
    page.get_by_text(re.compile(r"^\d+ suggestions$")).wait_for()
    whys = page.get_by_text(re.compile(r"^Why: close in meaning"))
    whys.nth(4).wait_for()
    assert whys.count() == 5
    assert page.get_by_text(re.compile("cancel", re.I)).count() >= 1
    page.screenshot(path=str(artifacts_dir / "suggest-page.png"), full_page=True)


def test_empty_situation_gets_a_message_not_a_traceback(page, app_url):
    page.goto(app_url + "/")
    page.get_by_role("button", name="Suggest").click()
    page.get_by_text("The query is empty").wait_for()
    assert page.get_by_text("Traceback").count() == 0
