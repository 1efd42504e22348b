"""Scoring on a real two-node Ray cluster stores what in-process scoring stores, and loses nothing
when a worker is killed mid-run.

The cluster is two `ray start` processes on this machine (a head and a second node joining it),
each with one CPU, so the two workers necessarily run on different nodes.
"""

from __future__ import annotations

import csv
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from coach.errors import InputError
from coach.program.distributed import score_on_ray
from coach.program.schema import session_scores, sessions, units
from coach.program.scoring import count_pending, score_pending
from coach.program.store import open_store

DEMO = Path(__file__).resolve().parents[3] / "ui" / "data" / "demo_program.csv"
RAY = str(Path(sys.executable).with_name("ray"))
SESSIONS = 48


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ray(*args: str, temp_dir: str) -> None:
    env = os.environ | {"RAY_USAGE_STATS_ENABLED": "0"}
    done = subprocess.run([RAY, *args], env=env, capture_output=True, text=True, timeout=180, cwd=temp_dir)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


@pytest.fixture(scope="module")
def cluster():
    """The address of a head node and a second node joined to it, both on 127.0.0.1, one CPU each."""
    # Short: Ray's socket paths live under it and must stay under the 107-byte limit.
    temp_dir = tempfile.mkdtemp(prefix="mcray-", dir="/tmp")
    port = _free_port()
    address = f"127.0.0.1:{port}"
    common = ["--num-cpus", "1", "--node-ip-address", "127.0.0.1", "--disable-usage-stats"]
    # Token authentication, as a real cluster should run: the nodes and the driver share a secret.
    saved = {k: os.environ.get(k) for k in ("RAY_AUTH_MODE", "RAY_AUTH_TOKEN")}
    os.environ.update({"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32)})
    try:
        _ray(
            "start",
            "--head",
            "--port",
            str(port),
            "--temp-dir",
            temp_dir,
            "--include-dashboard",
            "false",
            "--object-store-memory",
            str(150 * 1024 * 1024),
            *common,
            temp_dir=temp_dir,
        )
        _ray(
            "start",
            "--address",
            address,
            "--object-store-memory",
            str(150 * 1024 * 1024),
            *common,
            temp_dir=temp_dir,
        )
        yield address
    finally:
        subprocess.run([RAY, "stop", "--force"], capture_output=True, timeout=120)
        shutil.rmtree(temp_dir, ignore_errors=True)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="module")
def program_csv(tmp_path_factory) -> Path:
    """The demo program's first sessions: enough for several chunks per worker."""
    rows = list(csv.reader(DEMO.open(encoding="utf-8")))
    path = tmp_path_factory.mktemp("program") / "sessions.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows[: SESSIONS + 1])
    return path


@pytest.fixture(scope="module")
def in_process_units(program_csv, tmp_path_factory):
    reference = open_store(f"sqlite:///{tmp_path_factory.mktemp('ref') / 'ref.sqlite'}")
    reference.import_file(program_csv)
    score_pending(reference)
    yield _stored(reference)
    reference.close()


def _stored(store_) -> tuple[list[tuple], list[tuple]]:
    """(per-session counts, units) keyed by session id, comparable across stores."""
    counts = [c for c in session_scores.c if c.name not in ("session_pk", "scored_at", "analyzer_version")]
    with store_.engine.connect() as conn:
        scores = conn.execute(
            sa.select(sessions.c.session_key, *counts)
            .join(sessions, sessions.c.pk == session_scores.c.session_pk)
            .order_by(sessions.c.session_key)
        ).all()
        stored = conn.execute(
            sa.select(
                sessions.c.session_key,
                units.c.kind,
                units.c.label,
                units.c.source,
                units.c.start,
                units.c.end,
                units.c.score,
                units.c.text,
                units.c.data,
            ).join(sessions, sessions.c.pk == units.c.session_pk)
        ).all()
    rounded = sorted((*u[:6], None if u[6] is None else round(u[6], 5), *u[7:]) for u in stored)
    return [tuple(s) for s in scores], rounded


def test_two_nodes_store_exactly_what_in_process_scoring_stores(
    cluster, program_csv, in_process_units, store
):
    store.import_file(program_csv)
    started = []
    summary = score_on_ray(store, cluster, chunk_size=6, on_started=started.extend)

    assert len(started) == 2 and len({node_id for _, _, node_id in started}) == 2, "one worker on each node"
    assert summary.scored + summary.skipped == SESSIONS and not summary.stopped
    assert sum(w["sessions"] for w in summary.workers) == SESSIONS
    assert all(w["chunks"] > 0 for w in summary.workers), "both workers took chunks"
    assert count_pending(store) == 0
    assert _stored(store) == in_process_units


def test_a_worker_killed_mid_run_loses_nothing_and_scores_nothing_twice(
    cluster, program_csv, in_process_units, tmp_path
):
    store_ = open_store(f"sqlite:///{tmp_path / 'program.sqlite'}")
    store_.import_file(program_csv)
    workers: list[tuple] = []
    killed: list[int] = []

    def kill_one_after_the_first_chunk(done: int, total: int) -> None:
        if done and not killed:
            pid = workers[0][0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    summary = score_on_ray(
        store_, cluster, chunk_size=3, on_started=workers.extend, progress=kill_one_after_the_first_chunk
    )

    assert killed, "a worker was killed while chunks were left"
    assert summary.scored + summary.skipped == SESSIONS
    with store_.engine.connect() as conn:
        per_session = conn.execute(
            sa.select(session_scores.c.session_pk, sa.func.count()).group_by(session_scores.c.session_pk)
        ).all()
    assert len(per_session) == SESSIONS and all(n == 1 for _, n in per_session)
    assert _stored(store_) == in_process_units, "no unit lost or stored twice"
    store_.close()


def test_an_in_memory_store_cannot_go_to_workers():
    with pytest.raises(InputError, match="in-memory"):
        score_on_ray(open_store("sqlite:///:memory:"), "local")


def test_the_score_command_sends_the_work_to_the_cluster(cluster, program_csv, tmp_path, monkeypatch, capsys):
    from coach.cli import main
    from coach.settings import get_settings

    monkeypatch.setenv("MENTOR_COACH_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    get_settings.cache_clear()
    try:
        assert main(["import", str(program_csv)]) == 0
        capsys.readouterr()
        assert main(["score", "--ray", cluster, "--workers", "2", "--json"]) == 0
        summary = json.loads(capsys.readouterr().out)
        assert summary["scored"] + summary["skipped"] == SESSIONS and len(summary["workers"]) == 2
        assert main(["score", "--workers", "2"]) == 2, "--workers without --ray is a usage error"
        assert "--workers needs --ray" in capsys.readouterr().err
    finally:
        get_settings.cache_clear()


def test_bench_program_with_workers_prints_the_ceiling_and_the_scaling(capsys):
    from evaluation.bench_program import bench_program_workers

    assert bench_program_workers(2, sessions=12) == 0
    out = capsys.readouterr().out
    assert "in process (default)" in out and "| 1 on Ray |" in out and "| 2 on Ray |" in out
    assert "ceiling" in out and "Scaling efficiency from 1 to 2 workers" in out and "Per core:" in out


@pytest.mark.fast
def test_bench_workers_go_only_with_bench_program(capsys):
    from coach.cli import main

    assert main(["bench", "suggest", "--workers", "2"]) == 2
    assert "--workers" in capsys.readouterr().err
