"""The workspace's command-line contract, run as a user runs it: mentee add, list, show, export,
import and delete; review and plan with --mentee; and one clear line (exit 2) for every bad input."""

from __future__ import annotations

import json
import subprocess

import pytest

NOTES = (
    "Session 1 with Sky\n- you're a bit disorganised\n- Sky to send the CV to Priya by Friday\n"
    "- Sky to book a mock interview by 20 March\n- goal: get better at presenting\n- did you enjoy the course?"
)
SUMMARY_KEYS = ["label", "created_at", "sessions", "goals", "open_actions", "last_session"]


@pytest.fixture
def run(cli_env, python, tmp_path):
    """The CLI on a data folder of its own."""
    env = {**cli_env, "MENTOR_COACH_DATA_DIR": str(tmp_path / "data")}

    def run(*args, rc=0, data=None):
        proc = subprocess.run(
            [python, "-m", "coach.cli", *args],
            capture_output=True,
            text=True,
            timeout=600,
            env={**env, "MENTOR_COACH_DATA_DIR": str(data)} if data else env,
        )
        assert proc.returncode == rc, proc.stderr
        assert "Traceback" not in proc.stderr
        return proc

    return run


def one_line(proc) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.mark.fast
def test_mentees_are_added_listed_shown_and_erased(run, tmp_path):
    assert run("mentee", "add", "Sky").stdout.strip() == "Added Sky."
    added = json.loads(run("mentee", "add", "JD", "--json").stdout)
    assert list(added) == SUMMARY_KEYS and added["sessions"] == 0
    listed = json.loads(run("mentee", "list", "--json").stdout)
    assert [m["label"] for m in listed] == ["Sky", "JD"] and all(list(m) == SUMMARY_KEYS for m in listed)
    shown = json.loads(run("mentee", "show", "jd", "--json").stdout)
    assert list(shown) == ["label", "created_at", "sessions", "goals", "actions", "saved"]
    assert "JD: 0 sessions" in run("mentee", "list").stdout
    assert run("mentee", "delete", "JD", "--yes").stdout.startswith("Erased JD")
    assert [m["label"] for m in json.loads(run("mentee", "list", "--json").stdout)] == ["Sky"]
    db = tmp_path / "data" / "workspace.sqlite"
    assert db.exists() and oct(db.stat().st_mode & 0o777) == "0o600"


@pytest.mark.fast
@pytest.mark.parametrize(
    "args, message",
    [
        (["mentee", "show", "Nobody"], "No mentee labelled 'Nobody'"),
        (["mentee", "export", "Nobody"], "No mentee labelled 'Nobody'"),
        (["mentee", "delete", "Sky"], "add --yes to confirm"),
        (["mentee", "delete", "Nobody", "--yes"], "No mentee labelled 'Nobody'"),
        (["mentee", "add", "sky"], "exists already"),
        (["mentee", "add", ""], "initials or a nickname"),
        (["mentee", "import", "/nonexistent/sky.json"], "No such file"),
        (["mentee"], "required"),
        (["review", "notes.txt", "--mentee", "Sky", "--previous", "old.txt"], "leave out --previous"),
        (["review", "Sky to send the CV by Friday", "--mentee", "Nobody"], "No mentee labelled 'Nobody'"),
        (["plan", "--mentee", "Nobody"], "No mentee labelled 'Nobody'"),
        (["growth", "--mentee", "Nobody"], "No mentee labelled 'Nobody'"),
    ],
)
def test_bad_input_gets_one_line_and_exit_2(run, args, message):
    run("mentee", "add", "Sky")
    assert message in one_line(run(*args, rc=2))


@pytest.mark.fast
@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not JSON"),
        ("[]", "one JSON object"),
        ('{"format": "mentor-coach-mentee", "version": 1}', "'exported_at' is missing"),
        ('{"format": "csv"}', "the format is 'csv'"),
    ],
)
def test_a_malformed_import_file_gets_one_line_and_stores_nothing(run, tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert message in one_line(run("mentee", "import", str(bad), rc=2))
    assert json.loads(run("mentee", "list", "--json").stdout) == []


def test_review_stores_the_session_and_the_next_plan_carries_its_open_items(run, tmp_path):
    run("mentee", "add", "Sky")
    notes = tmp_path / "session1.md"
    notes.write_text(NOTES)
    stored = run("review", str(notes), "--mentee", "Sky", "--date", "2026-03-10", "--json")
    review = json.loads(stored.stdout)
    assert list(review)[:3] == ["text", "session_date", "goals"] and len(review["actions"]) == 2
    assert "stored as Sky's session 1" in stored.stderr
    shown = json.loads(run("mentee", "show", "Sky", "--json").stdout)
    assert [s["reviewed"] for s in shown["sessions"]] == [True]
    assert [(a["task"], a["status"]) for a in shown["actions"]] == [
        ("send the CV to Priya", "open"),
        ("book a mock interview", "open"),
    ]
    assert shown["goals"][0]["text"] == "get better at presenting"

    planned = run(
        "plan", "--mentee", "Sky", "--focus", "preparing the board presentation", "--format", "json"
    )
    plan = json.loads(planned.stdout)
    assert plan["carried_actions"] == [
        "send the CV to Priya (mentee, due 2026-03-13)",
        "book a mock interview (mentee, due 2026-03-20)",
    ]
    review_item = next(item for item in plan["agenda"] if item["key"] == "review")
    assert "Carried over: book a mock interview (mentee, due 2026-03-20)" in review_item["points"]
    assert [g["text"] for g in plan["goals"]] == ["get better at presenting"]
    assert "kept as the plan for Sky's session 2" in planned.stderr
    assert "2. not held yet: planned (" in run("mentee", "show", "Sky").stdout
    growth = json.loads(run("growth", "--json").stdout)
    assert [p["personality_share"] for p in growth["points"]] == [1.0]
    assert growth["points"][0]["sentences"][0]["text"] == "you're a bit disorganised"

    # The export moves Sky, sessions and all, to another machine (here: another data folder).
    exported = tmp_path / "sky.json"
    run("mentee", "export", "Sky", "-o", str(exported))
    assert oct(exported.stat().st_mode & 0o777) == "0o600"
    other = tmp_path / "other-machine"
    imported = json.loads(run("mentee", "import", str(exported), "--json", data=other).stdout)
    assert (imported["label"], imported["sessions"], imported["open_actions"]) == ("Sky", 2, 2)
    assert (
        json.loads(run("mentee", "export", "Sky", data=other).stdout)["sessions"]
        == json.loads(exported.read_text())["sessions"]
    )
    assert "exists already" in one_line(run("mentee", "import", str(exported), data=other, rc=2))
    run("mentee", "import", str(exported), "--as", "Sky-2", data=other)

    erased = run("mentee", "delete", "Sky", "--yes", data=other)
    assert "Erased Sky" in erased.stdout
    on_disk = (other / "workspace.sqlite").read_bytes()
    assert b"mock interview" in on_disk  # Sky-2 still holds its copy
    run("mentee", "delete", "Sky-2", "--yes", data=other)
    assert b"mock interview" not in (other / "workspace.sqlite").read_bytes()
