"""A mentor plans a session in the real app, edits the agenda and downloads it."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def minutes_shown(page) -> list[int]:
    headers = page.get_by_text(re.compile(r"^\d+–\d+ min · ")).all_inner_texts()
    spans = [re.match(r"(\d+)–(\d+) min", h) for h in headers]
    return [int(m.group(2)) - int(m.group(1)) for m in spans]


def test_mentor_plans_edits_and_downloads_a_session(page, app_url, artifacts_dir, tmp_path):
    page.goto(app_url + "/plan")
    page.get_by_role("heading", name="Plan a session").wait_for()
    page.get_by_label("What is on your mind for this session?").fill(
        "my mentee keeps cancelling our meetings"
    )
    page.get_by_label("The mentee's goals, one per line").fill(
        "get better at presenting\nPass the CFA exam by June"
    )
    page.get_by_label("Questions you plan to ask, one per line (optional)").fill("Did you enjoy the course?")
    page.get_by_role("button", name="Plan the session").click()
    page.get_by_role("heading", name="Agenda").wait_for()
    page.get_by_text(re.compile(r"^Agree how progress on goal 1 will be measured")).wait_for()
    page.get_by_text(re.compile(r"try: What did you get out of the course\?")).wait_for()
    page.get_by_text(re.compile(r"^0–\d+ min · Check-in")).wait_for()
    shown = minutes_shown(page)
    assert sum(shown) == 60 and len(shown) >= 4
    assert page.get_by_text(re.compile(r"^Ask: .*")).count() >= 10
    page.set_viewport_size({"width": 1280, "height": 3000})
    page.screenshot(path=str(artifacts_dir / "plan-page.png"), full_page=True)

    with page.expect_download() as download:
        page.get_by_role("button", name="Download printable HTML").click()
    saved = tmp_path / "plan.html"
    download.value.save_as(saved)
    html = saved.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "Check-in" in html and "<script" not in html


def test_an_impossible_length_gets_a_message(page, app_url):
    page.goto(app_url + "/plan")
    page.get_by_role("button", name="Plan the session").click()
    page.get_by_role("heading", name="Agenda").wait_for()
    assert page.get_by_text("Traceback").count() == 0


def test_editing_the_agenda_keeps_the_times_adding_up(page, app_url):
    page.goto(app_url + "/plan")
    page.get_by_label("What is on your mind for this session?").fill("she doubts herself before interviews")
    page.get_by_role("button", name="Plan the session").click()
    # The page opens on the last plan kept, so wait for this one's own main item.
    page.get_by_text(re.compile(r"min · she doubts herself before interviews")).wait_for()
    page.get_by_text(re.compile(r"^0–\d+ min · Check-in")).wait_for()
    page.get_by_label("Minutes: Check-in").fill("20")
    page.get_by_label("Keep: Next steps and close").uncheck(force=True)
    page.get_by_label("Order: Check-in").fill("2")
    page.get_by_role("button", name="Apply changes").click()
    expect(page.get_by_text(re.compile(r"min · Next steps and close"))).to_have_count(0)
    shown = minutes_shown(page)
    assert sum(shown) == 60
    check_in = page.get_by_text(re.compile(r"^\d+–\d+ min · Check-in")).inner_text()
    start, end = map(int, re.match(r"(\d+)–(\d+)", check_in).groups())
    assert end - start == 20 and start > 0
