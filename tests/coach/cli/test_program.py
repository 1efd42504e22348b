"""`mentor-coach import / score / report / bench program`, in process (models load once)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from coach.cli import main
from coach.settings import get_settings
from ui.program_demo import DEMO_CSV

BAD = Path(__file__).resolve().parents[3] / "evaluation" / "data" / "program" / "bad"


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MENTOR_COACH_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    get_settings.cache_clear()

    def run(*args):
        rc = main(list(args))
        out, err = capsys.readouterr()
        return rc, out, err

    yield run
    get_settings.cache_clear()


@pytest.mark.fast
def test_import_text_and_json_and_rejections(cli):
    rc, out, err = cli("import", str(BAD / "dates_mixed.csv"))
    assert rc == 0 and "8 new" in out and "2 not imported" in out
    assert "row 10 (D-009)" in out and "next tue" in out and "ambiguous date" in out
    rc, out, _ = cli("import", str(BAD / "dates_mixed.csv"), "--json")
    data = json.loads(out)
    assert rc == 0 and data["unchanged"] == 8 and data["rejected"] == 2
    assert {
        "file",
        "rows",
        "inserted",
        "updated",
        "unchanged",
        "rejected",
        "encoding",
        "delimiter",
        "columns",
        "issues",
        "file_columns",
    } <= set(data)
    assert data["issues"][0] == {
        "file": "dates_mixed.csv",
        "row": 3,
        "level": "warning",
        "reason": data["issues"][0]["reason"],
        "session_id": "D-002",
    }
    for name, words in (("not_a_csv.csv", "not a text CSV file"), ("missing_columns.csv", "'date'")):
        rc, out, err = cli("import", str(BAD / name))
        assert rc == 2 and words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    rc, _, err = cli("import", str(BAD / "bom.csv"), "--mapping", "{not json")
    assert rc == 2 and "--mapping" in err
    rc, _, err = cli("import", str(BAD / "bom.csv"), "--mapping", '{"notes": "nope"}')
    assert rc == 2 and "no such column" in err


@pytest.mark.fast
def test_import_mapping_null_leaves_a_column_out(cli, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        "session_id,date,mentor,mentee,cohort,notes,goal\nS-1,2026-01-05,A B,C D,X,Notes.,Ship by May.\n",
        encoding="utf-8",
    )
    rc, out, _ = cli("import", str(path), "--mapping", '{"goal": null}', "--json")
    data = json.loads(out)
    assert rc == 0 and "goal" not in data["columns"] and data["inserted"] == 1
    assert any(i["reason"] == "column 'goal' is not used" for i in data["issues"])
    rc, _, err = cli("import", str(path), "--mapping", '{"notes": null}')
    assert rc == 2 and "'notes' is required" in err and len(err.strip().splitlines()) == 1


def test_score_then_report_in_every_format(cli, tmp_path):
    cli("import", str(BAD / "semicolon.csv"))
    cli("import", str(BAD / "formulas.csv"))
    rc, out, err = cli("score")
    assert rc == 0 and "Scored 16 sessions" in out and "Scoring [" in err and "16/16" in err
    rc, out, _ = cli("score")
    assert rc == 0 and "already" in out
    target = tmp_path / "r.json"
    rc, _, err = cli("report", "--format", "json", "--by", "month", "-o", str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert rc == 0 and data["by"] == "month" and data["total"]["sessions"] == 16 and "examples" in data
    text = target.read_text(encoding="utf-8")
    for name in ("Oliver Hartley", "Amara", "Sofia Rossi", "HYPERLINK"):
        assert name not in text
    rc, out, _ = cli("report", "--format", "csv", "--cohort", "Graduate Finance")
    assert rc == 0 and out.splitlines()[0].startswith("row,")
    rc, out, _ = cli("report", "--format", "html", "--by", "mentor")
    assert rc == 0 and "<svg" in out and "<script" not in out
    # A mentor filter while mentors of 1 to 3 sessions are in the store: refused in one line, by pseudonym.
    rc, out, err = cli("report", "--format", "csv", "--mentor", "Mentor 0000")
    assert rc == 2 and out == "" and err.startswith("mentor-coach: These figures are not shown. Mentor ")
    assert len(err.strip().splitlines()) == 1 and "Yuki" not in err and "Oliver" not in err


@pytest.mark.fast
def test_report_json_works_without_the_renderer(cli, monkeypatch):
    cli("import", str(BAD / "bom.csv"))
    monkeypatch.setitem(sys.modules, "coach.program.report", None)  # import now raises ImportError
    rc, out, err = cli("report", "--format", "json")
    assert rc == 0 and json.loads(out)["total"]["sessions"] == 5
    assert "not scored yet" in err
    rc, _, err = cli("report", "--format", "html")
    assert rc == 1 and "not ready" in err


def test_bench_program_runs_small(capsys):
    from evaluation.bench_program import bench_program

    assert bench_program(sessions=12) == 0
    out = capsys.readouterr().out
    assert "scoring, sessions/s" in out and "peak RSS, MB" in out and "analytics" in out


@pytest.mark.slow
def test_ctrl_c_keeps_what_was_scored_and_score_resumes(tmp_path):
    """A real SIGINT to `mentor-coach score` after its first chunk; the next run does only the rest."""
    import csv
    import os
    import signal
    import subprocess

    from coach.program.scoring import count_pending
    from coach.program.store import open_store

    demo = DEMO_CSV
    with demo.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))[:201]  # header + 200 sessions: four chunks of 64
    path = tmp_path / "part.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    url = f"sqlite:///{tmp_path / 'sig.sqlite'}"
    store = open_store(url)
    store.import_file(path)
    env = {**os.environ, "MENTOR_COACH_DATABASE_URL": url}
    exe = [sys.executable, "-c", "from coach.cli import run; run()", "score"]
    proc = subprocess.Popen(exe, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:  # not a terminal: one line per 10 %
        if "64/200" in line:
            proc.send_signal(signal.SIGINT)
            break
    rest = proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in rest
    left = count_pending(store)
    assert 0 < left <= 136  # the first chunk (at least) is kept
    done = subprocess.run(exe, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and f"Scored {left} sessions" in done.stdout
    assert count_pending(store) == 0
    store.close()
