"""The shipped knowledge base meets its coverage promises, and users' entries are validated."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from knowledge import AUDIENCES, PHASES, RELATIONSHIPS, TOPICS, load_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.mark.fast
def test_shipped_entries_are_all_valid(kb):
    assert kb.problems == ()
    assert len(kb.entries) >= 700
    assert len({e.id for e in kb.entries}) == len(kb.entries)


@pytest.mark.fast
def test_kinds_topics_phases_and_relationships_are_covered(kb):
    kinds = Counter(e.kind for e in kb.entries)
    assert kinds["question"] >= 150 and kinds["technique"] >= 30 and kinds["tip"] and kinds["pitfall"]
    assert kinds["scenario"] >= 80
    topics = Counter(t for e in kb.entries for t in e.topics)
    assert {t: topics[t] for t in TOPICS if topics[t] < 8} == {}
    # "any" fits every phase and relationship, so it counts for each.
    phases = Counter(p for e in kb.entries for p in (PHASES if e.phases == ("any",) else e.phases))
    assert all(phases[p] >= 20 for p in PHASES), phases
    relationships = Counter(
        r for e in kb.entries for r in (RELATIONSHIPS if e.relationships == ("any",) else e.relationships)
    )
    assert all(relationships[r] >= 10 for r in RELATIONSHIPS), relationships
    audiences = Counter(a for e in kb.entries for a in e.audiences)
    assert audiences["mentee"] >= 60 and audiences["program_lead"] >= 60, audiences


@pytest.mark.fast
def test_every_entry_has_three_to_eight_cues_in_users_words(kb):
    from knowledge.checks import cue_problems

    assert cue_problems(kb.entries) == []
    # Cues describe a situation; they are not the entry's title said again.
    echoes = [
        e.id for e in kb.entries for c in e.cues if c.lower().strip(" .?!") == e.title.lower().strip(" .?!")
    ]
    assert echoes == []


# One entry of a user's .jsonl file (id, kind, extra fields), and a whole playbook to add to a scenario.
_ENTRY_LINE = (
    '{"id": "%s", "kind": "%s", "title": "t", "text": "x", "phases": ["any"], "relationships": ["any"], '
    '"audiences": ["mentor"], "topics": ["trust"], "source": {"type": "practice"}%s}\n'
)
_PLAYBOOK = (
    ', "playbook": {"signs": ["s"], "opening": "o", "ask": ["What happened?"], "avoid": ["a"], "refer": "r"}'
)


@pytest.mark.fast
def test_a_scenario_must_carry_a_whole_playbook_and_only_a_scenario_may(tmp_path):
    (tmp_path / "mine.jsonl").write_text(
        _ENTRY_LINE % ("s-1", "scenario", "")
        + _ENTRY_LINE % ("s-2", "scenario", _PLAYBOOK.replace('"refer": "r"', '"refer": ""'))
        + _ENTRY_LINE % ("t-1", "tip", _PLAYBOOK)
        + _ENTRY_LINE % ("s-3", "scenario", _PLAYBOOK),
        encoding="utf-8",
    )
    kb = load_knowledge_base([tmp_path], include_shipped=False)
    assert [e.id for e in kb.entries] == ["s-3"]
    reasons = [p.reason for p in kb.problems]
    assert "needs a 'playbook'" in reasons[0] and "'refer' must be a non-empty string" in reasons[1]
    assert "only a scenario carries a 'playbook'" in reasons[2]


def test_a_scenario_names_its_companions_and_a_link_to_nothing_is_reported_not_kept(tmp_path):
    (tmp_path / "mine.jsonl").write_text(
        _ENTRY_LINE % ("q-1", "question", "")
        + _ENTRY_LINE % ("s-2", "scenario", _PLAYBOOK)
        + _ENTRY_LINE % ("s-1", "scenario", _PLAYBOOK + ', "related": ["q-1", "s-2", "gone-9"]')
        + _ENTRY_LINE % ("t-1", "tip", ', "related": ["q-1"]'),
        encoding="utf-8",
    )
    kb = load_knowledge_base([tmp_path], include_shipped=False)
    assert kb.by_id()["s-1"].related == ("q-1",)
    reasons = [(p.line, p.reason) for p in kb.problems]
    assert (4, "only a scenario carries 'related' entries") in reasons
    assert any(line == 3 and "'s-2', 'gone-9'" in r and "left out" in r for line, r in reasons), reasons
    kept, rejected = [p for p in kb.problems if p.line == 3], [p for p in kb.problems if p.line == 4]
    assert kept[0].summary.startswith("knowledge entry loaded without a part of it: ")
    assert rejected[0].summary.startswith("knowledge entry rejected: ")


def test_shipped_companions_are_questions_techniques_tips_or_pitfalls(kb):
    by_id = kb.by_id()
    linked = [e for e in kb.entries if e.related]
    assert len(linked) >= 150, "most playbooks name what goes with them"
    assert all(by_id[r].kind != "scenario" for e in linked for r in e.related)


def test_the_questions_a_playbook_suggests_are_open(kb):
    from coach.analyzers.questions import analyze_questions_many

    asks = [(e.id, q) for e in kb.entries if e.kind == "scenario" for q in e.playbook.ask]
    reports = analyze_questions_many([q for _, q in asks])
    closed = [
        f"{i}: {q}"
        for (i, q), r in zip(asks, reports)
        if r.questions and all(x.label == "closed" for x in r.questions)
    ]
    # A playbook may ask a closed question where one fact matters ("Are you safe right now?"), but
    # most of its questions invite the person to talk.
    assert len(closed) <= 0.2 * len(asks), closed[:20]


@pytest.mark.fast
def test_safeguarding_playbooks_exist_for_every_kind_of_disclosure(kb):
    safeguarding = [e for e in kb.entries if e.kind == "scenario" and "safeguarding" in e.topics]
    words = " ".join((e.title + " " + e.text).lower() for e in safeguarding)
    for harm in ("harass", "bully", "racis", "self-harm", "safety"):
        assert harm in words, harm
    assert {a for e in safeguarding for a in e.audiences} == set(AUDIENCES)


@pytest.mark.fast
def test_no_entry_copies_eight_words_of_a_seed(kb):
    from knowledge.checks import read_seeds, seed_overlaps

    seeds = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("the seed documents are not beside this checkout")
    assert seed_overlaps(kb.entries, read_seeds(seeds)) == []


@pytest.mark.fast
def test_the_copy_check_finds_a_copied_run_of_eight_words():
    from knowledge.checks import seed_overlaps
    from knowledge.schema import Entry

    entry = Entry.from_mapping(
        {
            "id": "x-1",
            "kind": "tip",
            "title": "t",
            "source": {"type": "practice"},
            "text": "As they say, trust is essential in any relationship, and a mentorship one too.",
            "phases": ["any"],
            "relationships": ["any"],
            "audiences": ["mentor"],
            "topics": ["trust"],
        }
    )
    seed = {"s.txt": "Trust is essential in any relationship, and a mentorship relationship is no different."}
    assert seed_overlaps([entry], seed)[0][:2] == ("x-1", "s.txt")
    assert seed_overlaps([entry], {"s.txt": "Trust is essential in any mentoring pair."}) == []


@pytest.mark.fast
def test_generic_advice_is_tagged_any_or_its_narrow_phase_was_reviewed(kb):
    from knowledge.checks import narrowly_tagged_generic

    reviewed = {
        line.split(":", 1)[0].strip()
        for line in (Path(__file__).resolve().parents[2] / "knowledge" / "reviewed_phases.txt")
        .read_text()
        .splitlines()
        if ":" in line
    }
    flagged = {f.split(":", 1)[0] for f in narrowly_tagged_generic(kb.entries)}
    assert flagged - reviewed == set()


@pytest.mark.fast
def test_named_techniques_are_present(kb):
    titles = " ".join(e.title.lower() + " " + e.text.lower() for e in kb.entries if e.kind == "technique")
    for name in ("active listening", "mind map", "force-field", "sbi", "grow", "smart", "journal"):
        assert name in titles, name


@pytest.mark.fast
def test_every_source_is_a_seed_a_named_framework_or_general_practice(kb):
    seeds = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    for entry in kb.entries:
        source = entry.source
        assert source.type in ("seed", "framework", "practice"), entry.id
        if source.type == "seed":
            assert re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", source.name), entry.id
            assert not seeds.is_dir() or (seeds / source.name).is_file(), entry.id
        if source.type == "framework":
            assert len(source.name) >= 3, entry.id
    assert Counter(e.source.type for e in kb.entries)["seed"] >= 200


@pytest.mark.fast
def test_an_any_entry_is_never_hidden_by_a_phase_or_relationship_filter(kb):
    entry = next(e for e in kb.entries if e.phases == ("any",) and e.relationships == ("any",))
    assert all(entry.fits("phases", p) for p in PHASES)
    assert all(entry.fits("relationships", r) for r in RELATIONSHIPS)


@pytest.mark.fast
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


@pytest.mark.fast
def test_a_user_entry_cannot_silently_replace_a_shipped_one(tmp_path, kb):
    taken = kb.entries[0]
    (tmp_path / "dup.jsonl").write_text(
        json.dumps(
            {
                "id": taken.id,
                "kind": "tip",
                "title": "t",
                "text": "x",
                "phases": ["closure"],
                "relationships": ["peer"],
                "audiences": ["mentor"],
                "topics": ["closure"],
                "source": "me",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    merged = load_knowledge_base([tmp_path])
    assert merged.by_id()[taken.id] == taken
    assert "already used" in merged.problems[0].reason


@pytest.mark.fast
def test_binary_or_missing_folders_are_reported(tmp_path):
    (tmp_path / "junk.yaml").write_bytes(b"\x00\x01\x02binary")
    kb = load_knowledge_base([tmp_path, tmp_path / "nope"], include_shipped=False)
    reasons = " ".join(p.reason for p in kb.problems)
    assert "binary" in reasons and "does not exist" in reasons
    assert kb.entries == ()


def test_every_shipped_question_is_open_and_not_leading_by_our_own_question_analyzer(kb):
    from coach.analyzers.questions import analyze_questions_many

    entries = [e for e in kb.entries if e.kind == "question"]
    reports = analyze_questions_many([e.text for e in entries])
    problems = []
    for entry, report in zip(entries, reports):
        asked = [q for q in report.questions if q.label == "closed" or q.leading]
        if not report.questions or asked:
            problems.append(f"{entry.id}: {entry.text}")
    assert not problems, "questions in the knowledge base that are not open:\n" + "\n".join(problems)
