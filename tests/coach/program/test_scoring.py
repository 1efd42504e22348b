"""Batch scoring with the real analyzers: what is stored, resuming, incremental and version re-scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from coach.program import scoring
from coach.program.schema import session_scores, sessions, units
from coach.program.scoring import analyzer_version, count_pending, score_pending
from coach.program.store import open_store

BAD = Path(__file__).resolve().parents[3] / "evaluation" / "data" / "program" / "bad"
HEADER = "session_id,date,mentor,mentee,cohort,notes,goal,feedback\n"


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'program.sqlite'}")
    yield s
    s.close()


def _scores(store) -> dict[str, dict]:
    with store.engine.connect() as conn:
        rows = (
            conn.execute(
                sa.select(sessions.c.session_id, session_scores).join(
                    session_scores, session_scores.c.session_pk == sessions.c.pk
                )
            )
            .mappings()
            .all()
        )
    return {r["session_id"]: dict(r) for r in rows}


def _units(store) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.select(units)).mappings()]


def test_empty_notes_contract_and_what_is_stored(store):
    store.import_file(BAD / "empty_notes.csv")
    seen = []
    summary = score_pending(store, progress=lambda done, total: seen.append((done, total)))
    assert (summary.scored, summary.skipped, summary.total) == (4, 5, 9)
    assert seen[0] == (0, 9) and seen[-1] == (9, 9)
    assert summary.analyzer_version == analyzer_version()
    got = _scores(store)
    for sid in ("E-002", "E-003", "E-006", "E-007", "E-009"):
        assert not got[sid]["has_text"] and got[sid]["sentences"] == 0, sid
        assert json.loads(got[sid]["summary"])["no_text"]
    assert got["E-001"]["has_text"] and got["E-001"]["feedback_sentences"] >= 1
    assert got["E-004"]["goals"] == 1 and got["E-004"]["time_bound_met"] == 1  # the goal column
    assert got["E-005"]["feedback_sentences"] == 2  # the feedback column
    for unit in _units(store):
        data = json.loads(unit["data"])
        for e in data["evidence"]:  # offsets into the stored (masked) text
            assert unit["text"][e["start"] : e["end"]] == e["text"]


def test_names_are_masked_in_stored_units(store):
    store.import_file(BAD / "latin1.csv")
    score_pending(store)
    texts = [u["text"] for u in _units(store)]
    assert any("[name]" in t for t in texts)
    assert not any("Zoë" in t for t in texts)


def test_interrupt_and_resume_then_nothing_left(store):
    store.import_file(BAD / "semicolon.csv")
    calls = {"n": 0}

    def stop_after_first_chunk():
        calls["n"] += 1
        return calls["n"] > 1

    first = score_pending(store, should_stop=stop_after_first_chunk, chunk_size=3)
    assert first.stopped and first.scored + first.skipped == 3 and first.total == 8
    assert count_pending(store) == 5
    second = score_pending(store, chunk_size=3)
    assert second.total == 5 and second.scored + second.skipped == 5 and not second.stopped
    assert score_pending(store).total == 0


def test_only_changed_sessions_are_rescored_and_all_on_a_new_version(store, tmp_path, monkeypatch):
    store.import_file(BAD / "dates_mixed.csv")
    score_pending(store)
    before = _scores(store)
    edited = tmp_path / "edit.csv"
    edited.write_text(
        HEADER + "D-001,2026-03-04,Helen Whitcombe,Jonas Becker,Clinical Leaders,"
        '"You\'re so disorganised. What will you try next week?",,\n',
        encoding="utf-8",
    )
    assert store.import_file(edited).updated == 1
    assert count_pending(store) == 1
    again = score_pending(store)
    assert again.total == 1
    after = _scores(store)
    assert after["D-001"]["questions"] == 1 and after["D-001"]["personality"] == 1
    assert after["D-004"]["scored_at"] == before["D-004"]["scored_at"]  # untouched
    monkeypatch.setattr(scoring, "SCORING_VERSION", "program-test")
    assert count_pending(store) == 8
    assert score_pending(store).total == 8
    assert {s["analyzer_version"] for s in _scores(store).values()} == {analyzer_version()}


def test_chunking_does_not_change_results(tmp_path):
    results = []
    for size in (1, 64):
        s = open_store(f"sqlite:///{tmp_path / f'c{size}.sqlite'}")
        s.import_file(BAD / "semicolon.csv")
        score_pending(s, chunk_size=size)
        keep = (
            "feedback_sentences",
            "personality",
            "goals",
            "smart_sum",
            "questions",
            "open_questions",
            "actions",
        )
        results.append({k: {c: v[c] for c in keep} for k, v in _scores(s).items()})
        s.close()
    assert results[0] == results[1]


def test_parsed_docs_do_not_pile_up(store):
    import gc

    from coach.text import segment

    store.import_file(BAD / "semicolon.csv")
    score_pending(store, chunk_size=4)
    gc.collect()
    assert len(segment._cache) == 0


@pytest.mark.fast
def test_another_sentence_embedder_is_another_analyzer_version(monkeypatch):
    """Heads trained on a lighter embedder judge differently: stored scores must be redone."""
    import coach.settings
    from coach.settings import Settings

    default = analyzer_version()
    monkeypatch.setattr(coach.settings, "get_settings", lambda: Settings(sentence_embedder_layers=3))
    assert analyzer_version() != default and analyzer_version().endswith("int8-l3")


def test_a_notes_review_and_its_stored_units_agree(store, tmp_path):
    """One note path: what the review shows is what program scoring stores, unit for unit."""
    from coach.workflows.review import review_notes

    note = (
        "Session 4. Goal: present the Q3 roadmap to the leadership team by 15 September without notes. "
        "You're so disorganised with the handover docs. In Tuesday's demo you skipped the risk slide and "
        "the client asked twice. What would a good handover look like for you? Did you book the room? "
        "Jonas to send the revised plan to me by Friday. I'll ask the PMO for last year's deck."
    )
    path = tmp_path / "one.csv"
    path.write_text(
        HEADER + f'N-1,2026-03-04,Helen Whitcombe,Jonas Becker,Clinical Leaders,"{note}",,\n',
        encoding="utf-8",
    )
    store.import_file(path)
    score_pending(store)
    stored = sorted((u["kind"], u["start"], u["end"], u["label"]) for u in _units(store))
    review = review_notes(note, session_date="2026-03-04")
    shown = sorted(
        [("goal", g.start, g.end, f"{int(g.smart_score)}/5") for g in review.goals]
        + [("feedback", f.start, f.end, f.focus) for f in review.feedback]
        + [("question", q.start, q.end, q.label) for q in review.questions]
        + [
            ("action", a.start, a.end, a.owner if a.owner in ("mentee", "mentor", "both") else "action")
            for a in review.actions
        ]
    )
    assert stored == shown
    assert {k for k, *_ in stored} == {"goal", "feedback", "question", "action"}


@pytest.mark.fast
def test_the_analyzer_version_reads_in_plain_words():
    from coach.program.scoring import describe_version

    words = describe_version(analyzer_version())
    assert words.startswith("scored by the analyzers of scoring version ") and "+" not in words
    assert describe_version(None) == "not scored yet"
