"""A mentor types a situation in the real app: readable suggestions with why they fit, a safeguarding
playbook first for a disclosure, "nothing fits" for what the knowledge base cannot answer, and the
query still there after looking at another page."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

INTERNAL_ID = re.compile(r"\b(?:q|t|tip|pit|me|pl|mx|sc-m|cov|k[12]|c[123]|v[123])-\d{3}\b")


def ask(page, text: str) -> None:
    page.get_by_label("What is on your mind?").fill(text)
    page.get_by_role("button", name="Suggest").click()


def test_mentor_gets_readable_suggestions_with_reasons(page, app_url, artifacts_dir):
    page.goto(app_url + "/")
    page.get_by_role("heading", name="Suggest questions and techniques").wait_for()
    ask(page, "my mentee keeps cancelling our meetings and I don't know how to raise it")
    page.get_by_text(re.compile(r"^\d+ suggestions$")).wait_for()
    whys = page.get_by_text(re.compile(r"^Why: "))
    whys.nth(4).wait_for()
    assert whys.count() == 5
    assert page.get_by_text(re.compile(r"^Why: .*(written for situations like|you mentioned)")).count() >= 3
    assert page.get_by_text(re.compile("cancel", re.I)).count() >= 1
    page.get_by_text("Read as asked by a mentor (from your words)").wait_for()
    main = page.get_by_test_id("stMain").inner_text()
    assert not INTERNAL_ID.search(main), INTERNAL_ID.search(main)
    assert page.get_by_test_id("stCode").count() == 0  # advice is text, not code boxes
    page.screenshot(path=str(artifacts_dir / "suggest-page.png"), full_page=True)


def test_a_disclosure_gets_the_safeguarding_playbook_first(page, app_url, artifacts_dir):
    page.goto(app_url + "/")
    ask(
        page,
        "my mentee told me her team lead keeps making comments about her body and she doesn't "
        "want me to tell anyone",
    )
    page.get_by_text(re.compile("reads like a disclosure")).first.wait_for()
    page.get_by_text(re.compile(r"^\d+ suggestions$")).wait_for()
    # The count is drawn before the cards under it: wait for the first card's playbook before reading.
    page.get_by_text("When and where to refer on", exact=False).first.wait_for()
    main = page.get_by_test_id("stMain").inner_text()
    first = main[main.index(" suggestions") :][:600]
    assert "Safeguarding" in first and "Playbook" in first and "safeguarding" in first, first
    expect(page.get_by_text("When and where to refer on", exact=False).first).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "suggest-safety.png"), full_page=True)


def test_nothing_fits_is_its_own_state_and_the_query_survives_navigation(page, app_url):
    page.goto(app_url + "/")
    ask(page, "what is the best pizza place near the station")
    page.get_by_role("heading", name="Nothing fits this well").wait_for()
    page.get_by_role("link", name="Check my goal").click()
    page.get_by_role("heading", name="Check my goal").wait_for()
    page.get_by_role("link", name="Suggest questions and techniques").click()
    expect(page.get_by_label("What is on your mind?")).to_have_value(
        "what is the best pizza place near the station"
    )
    page.get_by_role("heading", name="Nothing fits this well").wait_for()


def test_empty_situation_gets_a_message_not_a_traceback(page, app_url):
    page.goto(app_url + "/")
    page.get_by_label("What is on your mind?").fill("")
    page.get_by_role("button", name="Suggest").click()
    page.get_by_text("The query is empty").wait_for()
    assert page.get_by_text("Traceback").count() == 0
