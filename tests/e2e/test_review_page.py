"""A mentor reviews a session's notes in the real app and starts the next plan from them."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

NOTES = (
    "Session 4 with Sam\n- presented the Q3 numbers to the board, clear and calm\n"
    "- he's a bit arrogant with juniors\n- goal: get better at presenting\n"
    "- Sam to send the CV to Priya by Friday\n- what did you learn from the board's questions?"
)


def test_mentor_reviews_notes_and_starts_the_next_plan(page, app_url, artifacts_dir):
    page.goto(app_url + "/review")
    page.get_by_role("heading", name="Review session notes").wait_for()
    page.get_by_label("Session notes", exact=True).fill(NOTES)
    page.get_by_role("button", name="Review", exact=True).click()
    page.get_by_role("heading", name="Action items").wait_for()
    page.locator("mark.mc-action", has_text="send the CV").wait_for()
    page.locator("mark.mc-personality", has_text="arrogant").wait_for()
    page.locator("mark.mc-question").first.wait_for()
    page.get_by_role("heading", name="For the next session").wait_for()
    page.get_by_role("button", name="Download action items (CSV)").wait_for()
    page.set_viewport_size({"width": 1280, "height": 2600})
    page.screenshot(path=str(artifacts_dir / "review-page.png"), full_page=True)

    page.get_by_role("button", name="Start the next session's plan from this review").click()
    page.get_by_role("heading", name="Plan a session").wait_for()
    expect(page.get_by_label("Open action items or notes from last time (optional)")).to_have_value(
        re.compile("send the CV")
    )
    expect(page.get_by_label("The mentee's goals, one per line")).to_have_value(re.compile("presenting"))


def test_a_fake_word_file_gets_a_message(page, app_url, tmp_path):
    fake = tmp_path / "notes.docx"
    fake.write_text("not really a word file")
    page.goto(app_url + "/review")
    page.locator("input[type=file]").set_input_files(str(fake))
    page.get_by_text("notes.docx").wait_for()
    page.get_by_role("button", name="Review", exact=True).click()
    page.get_by_text(re.compile("not a Word .docx")).wait_for()
    assert page.get_by_text("Traceback").count() == 0


def test_harm_only_the_model_reads_is_offered_marked_not_certain(page, app_url):
    notes = (
        "Session 3 with Lina. We went through her portfolio plan and she will send the draft by Friday. "
        "She said her ex sits in his car across from the depot when her shift ends and she is frightened of him. "
        "Goal: finish the forklift licence by May."
    )
    page.goto(app_url + "/review")
    page.get_by_role("heading", name="Review session notes").wait_for()
    page.get_by_label("Session notes", exact=True).fill(notes)
    page.get_by_role("button", name="Review", exact=True).click()
    page.get_by_text(re.compile(r"Safeguarding, in case \(not certain\)")).first.wait_for()
    assert page.get_by_text("Safeguarding first").count() == 0
