"""The estimate calibration reads (probability, gold) pairs from whole notes without tripping over them."""

from evaluation.common import DATA, read_jsonl
from evaluation.train_estimates import unit_pairs


def test_unit_pairs_cover_every_figure_of_notes_with_feedback_questions_and_goals():
    notes = read_jsonl(DATA / "notes" / "dev2.jsonl")[:6]
    pairs, gold_actions, found_actions = unit_pairs(notes)
    assert {"personality", "actionable", "specific", "open"} <= set(pairs)
    assert any(key.endswith("_met") for key in pairs)
    assert all(0.0 <= p <= 1.0 and y in (0, 1) for values in pairs.values() for p, y in values)
    assert gold_actions > 0 and found_actions > 0


def test_notes_the_note_heads_learnt_from_give_no_feedback_pairs():
    notes = read_jsonl(DATA / "notes" / "dev2.jsonl")[:3]
    pairs, _, _ = unit_pairs(notes, feedback=False)
    assert not {"personality", "actionable", "specific"} & set(pairs)
