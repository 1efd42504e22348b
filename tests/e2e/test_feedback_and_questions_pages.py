"""A mentor reviews feedback and checks planned questions in the real app."""

import re

import pytest

pytestmark = pytest.mark.e2e


def test_mentor_sees_each_sentence_judged_with_an_sbi_rewording(page, app_url, artifacts_dir):
    page.goto(app_url + "/feedback")
    page.get_by_role("heading", name="Review my feedback").wait_for()
    page.get_by_label("Your feedback or notes").fill(
        "- You're so disorganised.\n"
        "- In Tuesday's demo you skipped the error-handling slide and the client asked about it twice.\n"
        "- We'll meet again on the 14th."
    )
    page.get_by_role("button", name="Review").click()
    page.get_by_text("Say it as behaviour and impact (SBI)").wait_for()
    page.locator("mark.mc-personality", has_text="You're so disorganised").wait_for()
    page.locator("mark.mc-behaviour", has_text="skipped the error-handling slide").wait_for()
    assert page.get_by_text(re.compile(r"\[When and where")).count() >= 1
    page.set_viewport_size({"width": 1280, "height": 2400})
    page.screenshot(path=str(artifacts_dir / "feedback-page.png"), full_page=True)


def test_mentor_sees_closed_questions_with_open_rewordings(page, app_url, artifacts_dir):
    page.goto(app_url + "/questions")
    page.get_by_role("heading", name="Check my questions").wait_for()
    page.get_by_label("Your questions").fill(
        "Did you enjoy the course?\ntell me about your week\nDon't you think you should apply?"
    )
    page.get_by_role("button", name="Check").click()
    page.get_by_text("What did you get out of the course?").wait_for()
    page.locator("mark.mc-open", has_text="tell me about your week").wait_for()
    page.locator("mark.mc-leading").wait_for()
    page.set_viewport_size({"width": 1280, "height": 2000})
    page.screenshot(path=str(artifacts_dir / "questions-page.png"), full_page=True)


def test_empty_feedback_gets_a_message_not_a_traceback(page, app_url):
    page.goto(app_url + "/feedback")
    page.get_by_label("Your feedback or notes").fill("")  # the page keeps the last text it reviewed
    page.get_by_role("button", name="Review", exact=True).click()
    page.get_by_text(re.compile("empty", re.I)).first.wait_for()
    assert page.get_by_text("Traceback").count() == 0
