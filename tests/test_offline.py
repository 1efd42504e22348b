"""The product answers with every connection off the machine blocked, and never tries one."""

import json
import subprocess
from pathlib import Path

import pytest


@pytest.mark.fast
def test_the_guard_really_blocks(offline_env, python):
    code = "import urllib.request\ntry:\n urllib.request.urlopen('http://example.org', timeout=3)\nexcept OSError as e:\n print('blocked', e)"
    out = subprocess.run([python, "-c", code], env=offline_env, capture_output=True, text=True).stdout
    assert "blocked" in out


def test_suggest_answers_offline_without_trying_the_network(offline_env, python, tmp_path):
    proc = subprocess.run(
        [python, "-m", "coach.cli", "suggest", "my mentee is stuck on her thesis", "--json"],
        env=offline_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)) == 5
    log = tmp_path / "network.log"
    assert not log.exists(), log.read_text()


@pytest.mark.fast
def test_streamlit_usage_statistics_are_off_in_the_project_config():
    import tomllib

    config = tomllib.loads((Path(__file__).parents[1] / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["address"] == "127.0.0.1"
