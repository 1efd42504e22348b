"""The shipped knowledge base meets its coverage promises, and users' entries are validated."""

import re
from collections import Counter
from pathlib import Path

import pytest

from knowledge import AUDIENCES, PHASES, RELATIONSHIPS, TOPICS, load_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


def test_shipped_entries_are_all_valid(kb):
    assert kb.problems == ()
    assert len(kb.entries) >= 300
    assert len({e.id for e in kb.entries}) == len(kb.entries)


def test_kinds_topics_phases_and_relationships_are_covered(kb):
    kinds = Counter(e.kind for e in kb.entries)
    assert kinds["question"] >= 150 and kinds["technique"] >= 30 and kinds["tip"] and kinds["pitfall"]
    topics = Counter(t for e in kb.entries for t in e.topics)
    assert {t: topics[t] for t in TOPICS if topics[t] < 5} == {}
    phases = Counter(p for e in kb.entries for p in e.phases)
    assert all(phases[p] >= 20 for p in PHASES), phases
    relationships = Counter(r for e in kb.entries for r in e.relationships)
    assert all(relationships[r] >= 10 for r in RELATIONSHIPS), relationships
    assert set(a for e in kb.entries for a in e.audiences) == set(AUDIENCES)


def test_named_techniques_are_present(kb):
    titles = " ".join(e.title.lower() + " " + e.text.lower() for e in kb.entries if e.kind == "technique")
    for name in ("active listening", "mind map", "force-field", "sbi", "grow", "smart", "journal"):
        assert name in titles, name


def test_every_source_is_a_seed_or_a_named_framework(kb):
    seeds = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    for entry in kb.entries:
        if entry.source.endswith(".txt"):
            assert re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", entry.source), entry.id
            assert not seeds.is_dir() or (seeds / entry.source).is_file(), entry.id
        else:
            assert "/" not in entry.source and len(entry.source) >= 3, entry.id


def test_a_users_folder_adds_entries_and_rejects_bad_ones_with_file_line_and_reason(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        """- id: my-001
  kind: tip
  title: Walk and talk
  text: Hold the session on a walk when your mentee finds sitting face to face stiff.
  phases: [enabling_growth]
  relationships: [informal]
  audiences: [mentor]
  topics: [communication]
  source: mentor-coach
- id: my-002
  kind: tip
  title: Bad phase
  text: This entry names a phase that does not exist.
  phases: [middle]
  relationships: [informal]
  audiences: [mentor]
  topics: [communication]
  source: mentor-coach
""",
        encoding="utf-8",
    )
    (tmp_path / "more.jsonl").write_text('{"id": "my-003"}\nnot json\n', encoding="utf-8")
    kb = load_knowledge_base([tmp_path])
    assert "my-001" in kb.by_id()
    reasons = {(p.file.rsplit("/", 1)[-1], p.line): p.reason for p in kb.problems}
    assert "'phases' has 'middle'" in reasons[("mine.yaml", 10)]
    assert "missing field(s)" in reasons[("more.jsonl", 1)]
    assert "not valid JSON" in reasons[("more.jsonl", 2)]


def test_a_user_entry_cannot_silently_replace_a_shipped_one(tmp_path, kb):
    taken = kb.entries[0]
    (tmp_path / "dup.jsonl").write_text(
        '{"id": "%s", "kind": "tip", "title": "t", "text": "x", "phases": ["closure"], '
        '"relationships": ["peer"], "audiences": ["mentor"], "topics": ["closure"], "source": "me"}\n' % taken.id,
        encoding="utf-8",
    )
    merged = load_knowledge_base([tmp_path])
    assert merged.by_id()[taken.id] == taken
    assert "already used" in merged.problems[0].reason


def test_binary_or_missing_folders_are_reported(tmp_path):
    (tmp_path / "junk.yaml").write_bytes(b"\x00\x01\x02binary")
    kb = load_knowledge_base([tmp_path, tmp_path / "nope"], include_shipped=False)
    reasons = " ".join(p.reason for p in kb.problems)
    assert "binary" in reasons and "does not exist" in reasons
    assert kb.entries == ()


def test_every_shipped_question_is_open_and_not_leading_by_our_own_question_analyzer(kb):
    from coach.questions import analyze_questions_many

    entries = [e for e in kb.entries if e.kind == "question"]
    reports = analyze_questions_many([e.text for e in entries])
    problems = []
    for entry, report in zip(entries, reports):
        asked = [q for q in report.questions if q.label == "closed" or q.leading]
        if not report.questions or asked:
            problems.append(f"{entry.id}: {entry.text}")
    assert not problems, "questions in the knowledge base that are not open:\n" + "\n".join(problems)
