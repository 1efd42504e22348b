"""`mentor-coach bench dashboard` on a small kept store: the browser timings it returns, and its messages
for a store it cannot time."""

from __future__ import annotations

import sqlite3

import pytest

from coach.cli import main
from evaluation.bench_dashboard import measure_dashboard, store_url
from evaluation.bench_program import bench_program


@pytest.fixture(scope="module")
def kept_store(tmp_path_factory):
    """60 benchmark sessions, scored and kept by `bench program --keep-store`: every month has a trend."""
    path = tmp_path_factory.mktemp("kept") / "p60.sqlite"
    assert bench_program(sessions=60, keep_store=str(path)) == 0
    return path


@pytest.mark.e2e
@pytest.mark.slow
def test_quick_measure_returns_a_cold_and_warm_loads(kept_store):
    t = measure_dashboard(store_url(str(kept_store)), warm_loads=2)
    assert (t.sessions, t.scored) == (60, 60)
    assert len(t.warm_s) == 2
    # Wide bounds: the figures are timings on a shared machine; what is checked is that they are real ones.
    assert all(0.1 < s < 60 for s in [t.cold_s, *t.warm_s])
    assert t.warm_median_s <= t.warm_p95_s <= max(t.warm_s)
    assert t.server_start_s > 0


def test_keep_store_refuses_to_overwrite(kept_store, capsys):
    assert main(["bench", "program", "--keep-store", str(kept_store)]) == 2
    assert "exists already" in capsys.readouterr().err


@pytest.mark.fast
@pytest.mark.parametrize(
    "make, says",
    [
        (lambda p: p / "missing.sqlite", "no store at"),
        (lambda p: (p / "notes.txt").write_text("hello") and p / "notes.txt", "is not an SQLite database"),
        (lambda p: p, "no store at"),
    ],
)
def test_a_store_that_is_not_one_gets_a_message(tmp_path, capsys, make, says):
    assert main(["bench", "dashboard", "--store", str(make(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


@pytest.mark.fast
def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path, capsys):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text)")
    assert main(["bench", "dashboard", "--store", str(other)]) == 2
    assert "not a mentor-coach program store" in capsys.readouterr().err
    with sqlite3.connect(other) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]
