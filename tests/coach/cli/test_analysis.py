"""The CLI's JSON contract, batch files and usage errors, run as a user runs them."""

import json
import re
import subprocess

import pytest

RESULT_KEYS = [
    "id",
    "kind",
    "title",
    "text",
    "phases",
    "relationships",
    "audiences",
    "topics",
    "score",
    "why",
    "fits",
    "matched_cue",
    "playbook",
    "source",
    "safety",
    "goes_with",
]


@pytest.fixture(scope="module")
def run(cli_env, python):
    def run(*args, check_rc=None):
        proc = subprocess.run(
            [python, "-m", "coach.cli", *args], capture_output=True, text=True, env=cli_env, timeout=300
        )
        if check_rc is not None:
            assert proc.returncode == check_rc, proc.stderr
        return proc

    return run


def test_suggest_json_is_an_array_of_entries_with_the_contract_keys(run):
    proc = run(
        "suggest",
        "my mentee keeps cancelling our meetings",
        "--kind",
        "question",
        "-k",
        "3",
        "--json",
        check_rc=0,
    )
    results = json.loads(proc.stdout)
    assert len(results) == 3
    assert all(list(r) == RESULT_KEYS and r["kind"] == "question" for r in results)


@pytest.mark.parametrize(
    "args",
    [("suggest", "what is the capital of peru"), ("goal", "Ich will besser werden")],
)
def test_a_warning_is_said_once_on_stderr_not_again_in_the_text(run, args):
    proc = run(*args, check_rc=0)
    assert proc.stderr.count("mentor-coach:") == 1, proc.stderr
    assert "note:" not in proc.stdout


def test_suggest_filters_combine(run):
    proc = run(
        "suggest",
        "ending well",
        "--phase",
        "closure",
        "--relationship",
        "reverse",
        "--audience",
        "mentor",
        "--topic",
        "celebration,closure",
        "--json",
        check_rc=0,
    )
    for r in json.loads(proc.stdout):
        # "any" fits every phase and relationship.
        assert {"closure", "any"} & set(r["phases"]) and {"reverse", "any"} & set(r["relationships"])
        assert {"celebration", "closure"} & set(r["topics"])


def test_batch_prints_one_json_line_per_input_in_order(run, tmp_path):
    txt = tmp_path / "queries.txt"
    txt.write_text("closing the relationship\nmy mentee is burned out\n\nreverse mentoring on TikTok\n")
    lines = [
        json.loads(line)
        for line in run("suggest", "--input", str(txt), "--json", "-k", "2", check_rc=0).stdout.splitlines()
    ]
    assert [line["input"] for line in lines] == [
        "closing the relationship",
        "my mentee is burned out",
        "reverse mentoring on TikTok",
    ]
    assert all(len(line["results"]) == 2 and list(line["results"][0]) == RESULT_KEYS for line in lines)


def test_batch_reads_csv_and_jsonl_and_reports_bad_rows_in_place(run, tmp_path):
    csv_file = tmp_path / "q.csv"
    csv_file.write_text("id;text\n1;setting goals in the first meeting\n2;\n")
    lines = [
        json.loads(x)
        for x in run("suggest", "--input", str(csv_file), "--json", check_rc=0).stdout.splitlines()
    ]
    assert lines[0]["results"] and lines[1]["error"] == "empty 'text' cell"
    jsonl = tmp_path / "q.jsonl"
    jsonl.write_text('{"text": "group mentoring circle"}\n{oops\n"a plain string query about trust"\n')
    lines = [
        json.loads(x) for x in run("suggest", "--input", str(jsonl), "--json", check_rc=0).stdout.splitlines()
    ]
    assert [bool(x.get("error")) for x in lines] == [False, True, False]


@pytest.mark.fast
@pytest.mark.parametrize(
    "args, message",
    [
        (["suggest", "x", "--phase", "middle"], "unknown phase 'middle'"),
        (["suggest", "", "--json"], "empty"),
        (["suggest"], "give the situation"),
        (["suggest", "x", "-k", "0"], "from 1 to 50"),
        (["suggest", "--input", "/nonexistent/file.txt"], "No such file"),
        (["frobnicate"], "invalid choice"),
        (["train", "nope"], "unknown target 'nope'"),
    ],
)
def test_usage_errors_exit_2_with_one_line(run, args, message):
    proc = run(*args, check_rc=2)
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


@pytest.mark.fast
def test_binary_batch_file_is_refused_clearly(run, tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 10)
    proc = run("suggest", "--input", str(junk), check_rc=2)
    assert "binary" in proc.stderr


@pytest.mark.fast
def test_every_command_the_readme_lists_is_there_and_none_says_it_is_not_ready(run):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^mentor-coach ([a-z]+)", readme, re.M))
    shown = run("--help", check_rc=0).stdout
    assert {
        "suggest",
        "goal",
        "feedback",
        "questions",
        "plan",
        "review",
        "import",
        "score",
        "report",
    } <= listed
    assert all(name in shown for name in listed)
    assert "not ready" not in shown


def test_a_users_knowledge_folder_is_used_and_its_bad_entries_reported(run, tmp_path):
    (tmp_path / "mine.jsonl").write_text(
        '{"id": "own-1", "kind": "tip", "title": "Walk-and-talk sessions with a dog", "text": "Take the dog along '
        'and hold the session on a walk.", "phases": ["enabling_growth"], "relationships": ["informal"], '
        '"audiences": ["mentor"], "topics": ["communication"], "source": "mentor-coach"}\n{"id": "own-2"}\n'
    )
    proc = run("suggest", "walk with the dog during our session", "--kb", str(tmp_path), "--json", check_rc=0)
    assert json.loads(proc.stdout)[0]["id"] == "own-1"
    assert "mine.jsonl:2" in proc.stderr and "missing field" in proc.stderr


GOAL_KEYS = {"text", "is_goal", "smart_score", "criteria", "rewrite", "goals"}


def test_goal_json_follows_the_contract(run):
    proc = run("goal", "get better at presenting", "--json", check_rc=0)
    data = json.loads(proc.stdout)
    assert GOAL_KEYS <= set(data) and data["is_goal"] is True
    assert "[when?]" in data["rewrite"]
    assert list(data["criteria"]) == ["specific", "measurable", "achievable", "relevant", "time_bound"]


def test_goal_batch_prints_one_line_per_input_in_order(run, tmp_path):
    batch = tmp_path / "goals.csv"
    batch.write_text(
        'text,context\n"Pass the CFA level 1 exam by June",\n"",\nhello there,\n'
        '"Mentor two juniors this year","become a team lead"\n',
        encoding="utf-8",
    )
    proc = run("goal", "--input", str(batch), "--json", check_rc=0)
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["text"] for line in lines] == [
        "Pass the CFA level 1 exam by June",
        "",
        "hello there",
        "Mentor two juniors this year",
    ]
    assert lines[0]["criteria"]["time_bound"]["met"] and "error" in lines[1] and not lines[2]["is_goal"]


@pytest.mark.fast
def test_goal_without_text_or_file_is_a_usage_error(run):
    proc = run("goal", check_rc=2)
    assert "give the goal" in proc.stderr and "Traceback" not in proc.stderr


def test_feedback_json_follows_the_contract(run):
    proc = run("feedback", "You're so lazy. You sent the Q3 report two days late.", "--json", check_rc=0)
    data = json.loads(proc.stdout)
    assert {"text", "focus", "actionable", "specific", "sentences", "summary"} <= set(data)
    assert data["focus"] == "personality"
    assert [s["focus"] for s in data["sentences"]] == ["personality", "behaviour"]


def test_questions_batch_prints_one_line_per_input(run, tmp_path):
    batch = tmp_path / "qs.jsonl"
    batch.write_text(
        '{"text": "Did you enjoy the course?"}\n{"text": "Tell me about your week."}\n', encoding="utf-8"
    )
    proc = run("questions", "--input", str(batch), "--json", check_rc=0)
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [q["label"] for line in lines for q in line["questions"]] == ["closed", "open"]
    assert lines[0]["questions"][0]["suggestion"]
