"""The store on SQLite, and on PostgreSQL when MENTOR_COACH_TEST_POSTGRES_URL is set (required in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from coach.errors import CoachError, InputError
from coach.program.schema import sessions
from coach.program.store import open_store, safe_url
from ui.program_demo import DEMO_CSV

pytestmark = pytest.mark.fast

DATA = Path(__file__).resolve().parents[3] / "evaluation" / "data" / "program"
BAD = DATA / "bad"
POSTGRES = os.environ.get("MENTOR_COACH_TEST_POSTGRES_URL", "")
HEADER = "session_id,date,mentor,mentee,cohort,notes,goal,feedback\n"


def test_ci_has_postgres():
    """In CI the PostgreSQL run is not optional: .ci/run starts a server and exports the URL."""
    if os.environ.get("CI", "").lower() == "true":
        assert POSTGRES, (
            "CI=true but MENTOR_COACH_TEST_POSTGRES_URL is not set: .ci/run must start PostgreSQL"
        )


def test_import_reimport_and_edit(store, tmp_path):
    report = store.import_file(DEMO_CSV)
    assert (report.inserted, report.updated, report.unchanged, report.rejected) == (618, 0, 0, 0)
    again = store.import_file(DEMO_CSV)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 618)
    assert store.count_sessions() == 618

    edited = tmp_path / "edited.csv"
    edited.write_text(
        HEADER + "MC-0001,2026-01-05,Priya Raman,Jordan Blake,Software Engineering,New notes.,,\n"
        "mc-0002 ,2026-01-05,Priya Raman,Jordan Blake,Software Engineering,Also new.,,\n",
        encoding="utf-8",
    )
    third = store.import_file(edited)
    assert (third.inserted, third.updated, third.unchanged) == (0, 2, 0)
    assert store.count_sessions() == 618
    with store.engine.connect() as conn:
        notes = conn.execute(
            sa.select(sessions.c.notes).where(sessions.c.session_key == "mc-0001")
        ).scalar_one()
    assert notes == "New notes."


def test_a_nul_in_a_cell_and_a_windows_re_save_change_nothing_stored(store, tmp_path):
    """PostgreSQL refuses NUL characters in text: the importer removes them (with a warning) rather
    than failing the whole file; the same file re-saved with CRLF line endings is unchanged."""
    lf = tmp_path / "lf.csv"
    lf.write_bytes(
        (
            HEADER + 'S-1,2026-01-05,A B,C D,X,"Line one\nline two",,\n'
            "S-2,2026-01-06,A B,C D,X,bad\x00cell,,\n"
        ).encode()
    )
    report = store.import_file(lf)
    assert report.inserted == 2 and any("NUL" in i.reason for i in report.issues)
    crlf = tmp_path / "crlf.csv"
    crlf.write_bytes(lf.read_bytes().replace(b"\n", b"\r\n"))
    again = store.import_file(crlf)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    with store.engine.connect() as conn:
        notes = dict(conn.execute(sa.select(sessions.c.session_key, sessions.c.notes)).all())
    assert notes == {"s-1": "Line one\nline two", "s-2": "badcell"}


def test_a_jsonl_with_keys_added_later_imports_and_re_imports_as_unchanged(store, tmp_path):
    import json

    path = tmp_path / "s.jsonl"
    rows = [
        {"id": "J-1", "date": "2026-02-03", "mentor": "A B", "mentee": "C D", "cohort": "X", "notes": "One."},
        {
            "id": "J-2",
            "date": "2026-02-04",
            "mentor": "A B",
            "mentee": "C D",
            "cohort": "X",
            "notes": "Two.",
            "goal": "Ship the release by May.",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert store.import_file(path).inserted == 2
    assert store.import_file(path).unchanged == 2
    with store.engine.connect() as conn:
        goal = conn.execute(sa.select(sessions.c.goal).where(sessions.c.session_key == "j-2")).scalar_one()
    assert goal == "Ship the release by May."


def test_rejected_file_stores_nothing_and_keeps_what_was_there(store):
    store.import_file(BAD / "bom.csv")
    for name in ("missing_columns.csv", "not_a_csv.csv"):
        with pytest.raises(InputError):
            store.import_file(BAD / name)
    assert store.count_sessions() == 5


def test_failure_midway_rolls_back_the_whole_import(store, tmp_path, monkeypatch):
    import coach.program.ingest as ingest

    store.import_file(BAD / "semicolon.csv")
    real = ingest.iter_records

    def breaks_after_two(*args, **kwargs):
        for n, record in enumerate(real(*args, **kwargs)):
            if n == 2:
                raise InputError("the disk went away")
            yield record

    monkeypatch.setattr(ingest, "iter_records", breaks_after_two)
    with pytest.raises(InputError):
        store.import_file(BAD / "latin1.csv")
    assert store.count_sessions() == 8


def test_bad_rows_are_reported_good_rows_stored(store):
    report = store.import_file(BAD / "dates_mixed.csv")
    assert report.inserted == 8 and report.rejected == 2
    report = store.import_file(BAD / "duplicate_ids.csv")
    assert report.inserted == 4 and report.rejected == 2
    assert store.count_sessions() == 12


def test_migrations_are_recorded_and_reopening_is_a_no_op(store):
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    assert version == "0001"
    url = store.url
    store.import_file(BAD / "bom.csv")
    again = open_store(url)
    try:
        assert again.count_sessions() == 5
        assert again.get_meta("pseudonym_secret") == store.get_meta("pseudonym_secret")
    finally:
        again.close()


def test_default_store_is_in_the_data_folder(tmp_path, monkeypatch):
    from coach.settings import get_settings

    monkeypatch.setenv("MENTOR_COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MENTOR_COACH_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    try:
        s = open_store()
        assert s.url == f"sqlite:///{tmp_path / 'data' / 'program.sqlite'}"
        s.close()
        assert (tmp_path / "data" / "program.sqlite").is_file()
    finally:
        get_settings.cache_clear()


def test_bad_urls_are_messages_without_passwords():
    with pytest.raises(CoachError) as caught:
        open_store("postgresql://coach:hunter2@127.0.0.1:1/nowhere")
    assert "hunter2" not in str(caught.value)
    assert safe_url("postgresql://u:pw@h/db") == "postgresql://u:***@h/db"
    with pytest.raises(CoachError):
        open_store("nosuchdb://x")
