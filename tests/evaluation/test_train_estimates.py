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


def _writer(gold_share: float, estimated_share: float, notes: int = 10):
    """One writer's per-note tables for one figure: (path, gold num, gold den, estimate num, estimate den)."""
    import numpy as np

    den = np.full((notes, 1), 10.0)
    return ("writer", den * gold_share, den, den * estimated_share, den)


def test_a_detection_factor_is_kept_only_where_it_brings_a_left_out_writer_closer_to_gold():
    from evaluation.train_estimates import _factor_helps_a_new_writer

    # Every writer's feedback is found short by the same fifth: a pooled factor carries to a new writer.
    alike = [_writer(0.30, 0.24), _writer(0.20, 0.16), _writer(0.25, 0.20)]
    assert _factor_helps_a_new_writer(alike, 0)
    # Writers off in opposite directions: a factor pooled over the others moves the new one further off.
    apart = [_writer(0.30, 0.20), _writer(0.20, 0.30), _writer(0.25, 0.25)]
    assert not _factor_helps_a_new_writer(apart, 0)
    assert not _factor_helps_a_new_writer(alike[:2], 0)  # two writers are too few to tell
