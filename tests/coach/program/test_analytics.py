"""Analytics from a really scored store: groupings, filters, folding of small groups, trends, examples."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from coach.errors import InputError
from coach.program.analytics import examples, filter_options, program_analytics
from coach.program.privacy import pseudonym
from coach.program.scoring import score_pending
from coach.program.store import open_store

DATA = Path(__file__).resolve().parents[3] / "evaluation" / "data" / "program"
NOTES = [
    "Talked about the rota with Kasia. Kasia is so lazy. Next time, try summarising the actions at the end.",
    "Asked: what would a good week look like? Kasia to send the draft by Friday.",
    "Goal: pass the CIMA BA2 exam by 30 April so that I can apply for the FP&A rotation.",
    "Did you finish the report? You presented the Q3 numbers clearly on Monday.",
]


def _write(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["session_id", "date", "mentor", "mentee", "cohort", "notes"])
        w.writeheader()
        w.writerows(rows)
    return path


@pytest.fixture(scope="module")
def small_program(tmp_path_factory):
    """Ada: 8 sessions, Grace: 3, Alan: 1 (Grace and Alan together are 4: hidden)."""
    folder = tmp_path_factory.mktemp("program")
    rows = []
    for mentor, mentee, cohort, n in (("Ada Lovelace", "Kasia Nowak", "North", 8), ("Grace Hopper", "Ben Okafor", "North", 3),
                                      ("Alan Turing", "Sam Lee", "South", 1)):
        for i in range(n):
            rows.append({"session_id": f"{mentor[:2]}-{i}", "date": (dt.date(2026, 1 + i % 2, 5 + i)).isoformat(),
                         "mentor": mentor, "mentee": mentee, "cohort": cohort, "notes": NOTES[i % len(NOTES)]})
    store = open_store(f"sqlite:///{folder / 'p.sqlite'}")
    store.import_file(_write(folder / "s.csv", rows))
    score_pending(store)
    yield store
    store.close()


def test_by_mentor_uses_pseudonyms_and_folds_small_groups_safely(small_program):
    a = program_analytics(small_program, by="mentor")
    # Grace and Alan (4 together) are too few even as "other"; hiding them would let the total minus
    # Ada give their figures, so Ada (the smallest mentor of 5 or more) joins "other".
    assert [(g.group, g.sessions) for g in a.groups] == [("other", 12)]
    assert a.total.sessions == 12
    assert a.folded[0].startswith("2 mentors with fewer than 5 sessions (4 sessions in all) are folded into")
    assert "together with the smallest mentor" in a.folded[0]
    text = json.dumps(a.to_dict())
    for name in ("Ada", "Lovelace", "Grace", "Alan", "Kasia"):
        assert name not in text


def test_small_groups_fold_into_other_when_together_big_enough(small_program, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'q.sqlite'}")
    rows = [{"session_id": f"X-{i}", "date": f"2026-01-{5 + i:02d}", "mentor": m, "mentee": "Kim Park",
             "cohort": "North", "notes": NOTES[i % 4]} for i, m in enumerate(["A One"] * 6 + ["B Two"] * 3 + ["C Three"] * 2)]
    store.import_file(_write(tmp_path / "s.csv", rows))
    score_pending(store)
    a = program_analytics(store, by="mentor")
    assert [g.group for g in a.groups][-1] == "other" and a.groups[-1].sessions == 5
    assert len(a.groups) == 2 and a.folded[0].endswith("folded into \u201cother\u201d.")
    store.close()


def test_by_cohort_month_filters_and_metrics(small_program):
    # South's one session cannot be shown, nor can North beside the total: both are "other".
    assert [(g.group, g.sessions) for g in program_analytics(small_program, by="cohort").groups] == [("other", 12)]
    by_cohort = program_analytics(small_program, by="cohort", filters={"cohort": ["North"]})
    assert [(g.group, g.sessions) for g in by_cohort.groups] == [("North", 11)]
    north = by_cohort.groups[0]
    assert north.feedback_sentences > 0 and 0 < north.personality_share < 1
    assert north.goals >= 1 and north.mean_smart is not None and north.questions >= 2
    assert north.actions >= 1 and north.actions_per_session > 0
    assert set(north.criteria_shares) == {"specific", "measurable", "achievable", "relevant", "time_bound"}
    by_month = program_analytics(small_program, by="month", filters={"cohort": ["North"]})
    assert [g.group for g in by_month.groups] == ["2026-01", "2026-02"]
    assert by_month.total.sessions == 11 and by_month.filters == {"cohort": ["North"]}
    ada = pseudonym(small_program, "mentor", "Ada Lovelace")
    only_ada = program_analytics(small_program, by="cohort", filters={"mentor": [ada], "month": ["2026-01"]})
    assert only_ada.total.sessions == 4 and only_ada.total.personality_share is None   # < 5: no figures
    assert only_ada.groups == [] and "fewer than 5" in only_ada.folded[0]
    assert only_ada.unscored_sessions == 0 and only_ada.analyzer_version.startswith("program-")
    with pytest.raises(InputError):
        program_analytics(small_program, by="mentee")
    with pytest.raises(InputError):
        program_analytics(small_program, filters={"mentee": ["x"]})


def test_trends_leave_out_small_cells(small_program):
    a = program_analytics(small_program)
    points = {(t.series, t.month): t.metrics.sessions for t in a.trends}
    # South in January has 1 session: left out, and North in January with it (all minus North = South).
    assert points == {("all", "2026-01"): 7, ("all", "2026-02"): 5, ("North", "2026-02"): 5}
    assert any(f.startswith("2 trend points") for f in a.folded)


def test_examples_are_masked_with_evidence_and_small_mentors_are_other(small_program):
    found = examples(small_program, kind="feedback", label="personality")
    assert found and all(e.label == "personality" for e in found)
    for e in examples(small_program, limit=200):
        assert "Kasia" not in e.text and "Ada" not in e.mentor
        assert e.mentor.startswith("Mentor ") or e.mentor == "other"
        for ev in e.evidence:
            assert e.text[ev["start"]:ev["end"]] == ev["text"]
        assert e.session.startswith("Session ")
    everything = json.dumps([e.to_dict() for e in examples(small_program, limit=500)], ensure_ascii=False)
    for name in ("Kasia", "Nowak", "Ada", "Lovelace", "Grace", "Hopper", "Ben", "Okafor"):
        assert name not in everything, name           # not in texts, evidence, reasons or hints
    mentors = {e.mentor for e in examples(small_program, limit=200)}
    assert "other" in mentors        # Grace's and Alan's sentences do not carry their pseudonyms
    assert examples(small_program, kind="question", label="open")[0].text.startswith("what would")
    with pytest.raises(InputError):
        examples(small_program, kind="nonsense")
    grace = pseudonym(small_program, "mentor", "Grace Hopper")
    assert examples(small_program, filters={"mentor": [grace]}) == []      # 3 sessions: nothing shown
    ada = pseudonym(small_program, "mentor", "Ada Lovelace")
    assert examples(small_program, filters={"mentor": [ada]})


def test_filter_options(small_program):
    options = filter_options(small_program)
    assert options["cohort"] == ["North", "South"] and options["month"] == ["2026-01", "2026-02"]
    assert len(options["mentor"]) == 3 and all(m.startswith("Mentor ") for m in options["mentor"])


def test_demo_trend_clinical_leaders_personality_share_falls_after_training(tmp_path):
    """The demo's documented trend (README: 38% in Feb, 10% in Apr), on two months of one cohort."""
    with (DATA / "demo_program.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [r for r in reader if r["cohort"] == "Clinical Leaders" and r["date"][:7] in ("2026-02", "2026-04")]
    path = tmp_path / "cl.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    store = open_store(f"sqlite:///{tmp_path / 'cl.sqlite'}")
    store.import_file(path)
    score_pending(store)
    months = {g.group: g for g in program_analytics(store, by="month").groups}
    assert months["2026-02"].personality_share > 0.25 > 0.15 > months["2026-04"].personality_share
    store.close()
