"""The workspace file: mentees and labels, page state, export and import, and erasure checked by
reading the database's bytes (the file and its write-ahead log). No models: rows come from an export."""

from __future__ import annotations

import copy
import json
import os
import stat

import pytest
import sqlalchemy as sa

from coach.errors import CoachError, InputError
from coach.workspace.schema import ws_meta
from coach.workspace.store import open_workspace

pytestmark = pytest.mark.fast

MARK = "Zanzibar-quetzal"  # a string that appears nowhere else in the file


def export(label: str = "QX", mark: str = MARK) -> dict:
    """A mentee export as another machine would write it, every text carrying ``mark``."""
    review = {
        "session_date": "2026-03-10",
        "feedback_summary": {"personality_share": 0.5},
        "question_summary": {"open_ratio": 1.0},
        "goals": [],
        "actions": [],
        "feedback": [],
        "questions": [],
        "next_session": [],
        "text": f"notes {mark}",
    }
    return {
        "format": "mentor-coach-mentee",
        "version": 1,
        "exported_at": "2026-03-11T10:00:00+00:00",
        "mentee": {"label": label, "created_at": "2026-03-01T09:00:00+00:00"},
        "sessions": [
            {
                "number": 1,
                "date": "2026-03-10",
                "created_at": "2026-03-09T09:00:00+00:00",
                "updated_at": "2026-03-10T18:00:00+00:00",
                "plan_request": {"focus": f"focus {mark}"},
                "plan": None,
                "notes": f"Session notes {mark}: JD to send the CV by Friday",
                "review": review,
            }
        ],
        "goals": [
            {
                "number": 1,
                "created_at": "2026-03-01T09:05:00+00:00",
                "versions": [
                    {
                        "text": f"get better at presenting {mark}",
                        "smart_score": 1,
                        "source": "goal page",
                        "session": None,
                        "checked_at": "2026-03-01T09:05:00+00:00",
                        "report": {
                            "is_goal": True,
                            "criteria": {"specific": {"met": False}, "achievable": {"met": True}},
                        },
                    },
                    {
                        "text": f"Present the Q3 results by 30 June {mark}",
                        "smart_score": 4,
                        "source": "review",
                        "session": 1,
                        "checked_at": "2026-03-10T18:00:00+00:00",
                        "report": {"is_goal": True, "criteria": {}},
                    },
                ],
            }
        ],
        "actions": [
            {
                "number": 1,
                "session": 1,
                "owner": "mentee",
                "task": f"send the CV {mark}",
                "due": "2026-03-13",
                "text": f"JD to send the CV by Friday {mark}",
                "status": "done",
                "reason": '"sent" says it was done',
                "updated_at": "2026-03-24T18:00:00+00:00",
                "history": [
                    {
                        "session": 1,
                        "status": "done",
                        "reason": "sent",
                        "words": f"sent it {mark}",
                        "score": 0.93,
                        "at": "2026-03-24T18:00:00+00:00",
                    }
                ],
            }
        ],
        "saved": [
            {
                "kind": "feedback",
                "text": f"You rushed the slide {mark}",
                "result": {"summary": {}},
                "saved_at": "2026-03-10T12:00:00+00:00",
            }
        ],
    }


@pytest.fixture
def ws(tmp_path):
    w = open_workspace(f"sqlite:///{tmp_path / 'workspace.sqlite'}")
    yield w
    w.close()


def file_bytes(ws) -> bytes:
    """The database file and its write-ahead log, as bytes (what anyone reading the disk would see)."""
    out = ws.path.read_bytes()
    wal = ws.path.with_name(ws.path.name + "-wal")
    return out + (wal.read_bytes() if wal.exists() else b"")


def test_mentees_are_added_listed_and_their_labels_kept_distinct(ws):
    assert ws.add_mentee("  JD ").label == "JD"
    ws.add_mentee("Sky")
    assert [m.label for m in ws.mentees()] == ["JD", "Sky"]
    assert ws.labels() == ["JD", "Sky"]
    for taken in ("jd", "J D".replace(" ", ""), " JD"):
        with pytest.raises(InputError, match="exists already"):
            ws.add_mentee(taken)
    assert ws.summary("jd").label == "JD"  # found whatever the case


@pytest.mark.parametrize(
    "label, message",
    [
        ("", "initials or a nickname"),
        ("   ", "initials or a nickname"),
        ("x" * 41, "at most 40"),
        ("A\x07B", "control characters"),
        (None, "initials or a nickname"),
    ],
)
def test_a_bad_label_is_refused_with_a_reason(ws, label, message):
    with pytest.raises(InputError, match=message):
        ws.add_mentee(label)
    assert ws.mentees() == []


def test_an_unknown_label_says_which_command_lists_them(ws):
    with pytest.raises(InputError, match=r"No mentee labelled 'ZZ'.*mentee list"):
        ws.detail("ZZ")


def test_the_file_is_readable_by_its_owner_only(tmp_path):
    ws = open_workspace(f"sqlite:///{tmp_path / 'sub' / 'w.sqlite'}")
    ws.add_mentee("JD")
    with ws.engine.connect() as conn:  # an open connection keeps the write-ahead log on disk
        conn.execute(sa.text("SELECT 1"))
        files = [ws.path, ws.path.with_name(ws.path.name + "-wal")]
        assert files[1].exists()
        for f in files:
            assert stat.S_IMODE(os.stat(f).st_mode) == 0o600, f
    ws.close()


def test_only_sqlite_is_accepted_and_a_newer_schema_is_refused(tmp_path):
    with pytest.raises(InputError, match="must be an SQLite file"):
        open_workspace("postgresql://coach:secret@db/ws")
    url = f"sqlite:///{tmp_path / 'w.sqlite'}"
    ws = open_workspace(url)
    with ws.engine.begin() as conn:
        conn.execute(ws_meta.update().where(ws_meta.c.key == "schema").values(value="99"))
    ws.close()
    with pytest.raises(CoachError, match="newer mentor-coach"):
        open_workspace(url)


def test_a_page_keeps_its_last_input_until_forgotten(ws):
    assert ws.page_state("feedback") is None
    ws.save_page_state("feedback", {"text": "first"})
    ws.save_page_state("feedback", {"text": "second"})
    assert ws.page_state("feedback") == {"text": "second"}
    ws.forget_page_state("feedback")
    assert ws.page_state("feedback") is None


def test_export_and_import_give_back_the_same_mentee(ws, tmp_path):
    ws.import_mentee(export())
    again = ws.export_mentee("QX")
    original = export()
    assert {k: v for k, v in again.items() if k != "exported_at"} == {
        k: v for k, v in original.items() if k != "exported_at"
    }
    other = open_workspace(f"sqlite:///{tmp_path / 'other.sqlite'}")
    other.import_mentee(json.loads(json.dumps(again)), label="QX2")
    detail = other.detail("QX2")
    assert [v.smart_score for v in detail.goals[0].versions] == [1, 4]
    assert detail.goals[0].versions[1].session == 1 and detail.actions[0].history[0]["session"] == 1
    assert detail.goals[0].versions[0].unmet == ["specific"]
    other.close()


def broken(change) -> dict:
    data = copy.deepcopy(export())
    change(data)
    return data


@pytest.mark.parametrize(
    "data, message",
    [
        ([1, 2], "one JSON object"),
        ({"mentee": {}}, "'format' is missing"),
        (broken(lambda d: d.update(format="something-else")), "the format is 'something-else'"),
        (broken(lambda d: d.update(version=7)), "newer mentor-coach"),
        (broken(lambda d: d.pop("sessions")), "'sessions' is missing"),
        (
            broken(lambda d: d["sessions"][0].update(number="1")),
            r"sessions\[0\].number must be a whole number",
        ),
        (
            broken(lambda d: d["sessions"][0].update(number=True)),
            r"sessions\[0\].number must be a whole number",
        ),
        (broken(lambda d: d["goals"][0]["versions"][1].update(session=4)), "names session 4"),
        (broken(lambda d: d["actions"][0].update(status="maybe")), "status 'maybe'"),
        (broken(lambda d: d["sessions"].append(dict(d["sessions"][0]))), "distinct"),
        (broken(lambda d: d["saved"][0].update(kind="plan")), r"saved\[0\].kind"),
        (broken(lambda d: d["mentee"].update(label="")), "initials or a nickname"),
    ],
)
def test_a_malformed_export_is_refused_and_nothing_is_stored(ws, data, message):
    with pytest.raises(InputError, match=message):
        ws.import_mentee(data)
    assert ws.mentees() == []


def test_an_import_never_replaces_a_mentee(ws):
    ws.add_mentee("qx")
    with pytest.raises(InputError, match="exists already.*--as"):
        ws.import_mentee(export())
    assert ws.import_mentee(export(), label="QX from laptop").goals == 1


def test_erasing_a_mentee_leaves_none_of_their_text_in_the_files(ws):
    ws.import_mentee(export("Erased", MARK))
    ws.import_mentee(export("Kept", "Kept-ocelot"))
    ws.save_page_state("review", {"notes": f"last notes {MARK}"}, mentee="Erased")
    ws.save_page_state("_mentee", {"label": "Erased"}, mentee="Erased")
    ws.save_page_state("feedback", {"text": "not about anyone"})
    before = file_bytes(ws)
    assert MARK.encode() in before and b"Erased" in before

    done = ws.delete_mentee("erased")
    assert done["label"] == "Erased" and done["wal_emptied"]
    assert done["rows"] == 10  # mentee, session, goal, 2 versions, action, its history, saved, 2 page states
    after = file_bytes(ws)
    assert MARK.encode() not in after
    assert b"Erased" not in after
    assert b"Kept-ocelot" in after  # the other mentee is untouched
    assert ws.page_state("review") is None and ws.page_state("feedback") == {"text": "not about anyone"}
    with ws.engine.connect() as conn:
        from coach.workspace.schema import metadata

        for table in metadata.sorted_tables:
            for row in conn.execute(sa.select(table)):
                assert MARK not in json.dumps([str(v) for v in row]), table.name
    assert [m.label for m in ws.mentees()] == ["Kept"]
