"""The app answers a mentor with every connection off the machine blocked, and never tries one."""

import pytest

from tests.e2e.conftest import start_app, stop_app

pytestmark = pytest.mark.e2e


def test_the_app_answers_offline_without_trying_the_network(offline_env, browser, tmp_path):
    proc, url = start_app(offline_env)
    try:
        page = browser.new_page()
        page.set_default_timeout(60_000)
        page.goto(url + "/")
        page.get_by_label("What is on your mind?").fill("how do I close a mentoring relationship well")
        page.get_by_role("button", name="Suggest").click()
        page.get_by_text("5 suggestions").wait_for()
        page.close()
    finally:
        output = stop_app(proc)
    log = tmp_path / "network.log"
    assert not log.exists(), log.read_text() + output
