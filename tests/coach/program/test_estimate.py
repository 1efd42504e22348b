"""Program figures are estimates from calibrated probabilities, each with a 90 % interval that holds the
true figure about nine times in ten, in every output a program lead sees."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest

from coach.program.estimate import FIGURES, SessionTable, calibrated, calibration, estimate
from coach.program.report import render_report
from coach.program.types import CRITERIA, ESTIMATED_FIELDS
from tests.coach.program.test_analytics import small_program  # noqa: F401 - a scored 12-session program


def _simulated_program(rng, sessions: int = 150):
    """Sessions of 0-6 feedback units with calibrated probabilities, and their true labels drawn from them."""
    rows, true_num, true_den = [], 0, 0
    for _ in range(sessions):
        p = rng.beta(0.6, 1.6, size=rng.integers(0, 7))
        y = rng.random(p.size) < p
        true_num += int(y.sum())
        true_den += p.size
        rows.append(
            (
                {"personality": [float(p.sum()), float((p * (1 - p)).sum())]},
                {"feedback_sentences": p.size, "scored": 1},
            )
        )
    return SessionTable.from_rows(rows), true_num / true_den


# A simulated program has no units the detector missed: no detection factor, no doubt about it.
NO_DETECTION_ERROR = (np.ones(len(FIGURES)), np.zeros(len(FIGURES)))


@pytest.mark.fast
def test_the_interval_holds_the_true_share_nine_times_in_ten():
    rng = np.random.default_rng(1)
    covered, widths = 0, []
    for _ in range(120):
        table, truth = _simulated_program(rng)
        found = estimate(table, np.arange(table.num.shape[0]), detection=NO_DETECTION_ERROR)[
            "personality_share"
        ]
        covered += found.interval[0] <= truth <= found.interval[1]
        widths.append(found.interval[1] - found.interval[0])
    assert 0.84 <= covered / 120 <= 0.99, covered
    assert np.mean(widths) < 0.12, "an interval so wide says nothing"


@pytest.mark.fast
def test_estimates_are_stable_and_empty_groups_have_none():
    table, _ = _simulated_program(np.random.default_rng(2))
    members = np.arange(table.num.shape[0])
    assert estimate(table, members) == estimate(table, members), "the same store gives the same interval"
    assert all(e.value is None and e.interval is None for e in estimate(table, []).values())
    nothing = estimate(table, members)["open_ratio"]
    assert nothing.value is None, "no questions: no open-question ratio, not 0 %"


@pytest.mark.fast
def test_sessions_scored_before_probabilities_were_stored_count_by_their_labels():
    table = SessionTable.from_rows([(None, {"personality": 1, "feedback_sentences": 4, "scored": 1})] * 12)
    found = estimate(table, np.arange(12), detection=NO_DETECTION_ERROR)["personality_share"]
    assert found.value == 0.25 and found.interval[0] <= 0.25 <= found.interval[1]


@pytest.mark.fast
def test_a_figure_the_detector_undercounts_is_scaled_up_and_its_interval_admits_the_doubt():
    """Labelled notes hold more actionable feedback than the detected sentences do (requests logged as
    tasks, advice the mentee reports): the fitted factor corrects the figure and widens its interval."""
    table, _ = _simulated_program(np.random.default_rng(3))
    members = np.arange(table.num.shape[0])
    j = list(FIGURES).index("personality_share")
    plain = estimate(table, members, detection=NO_DETECTION_ERROR)["personality_share"]
    factor, spread = NO_DETECTION_ERROR[0].copy(), NO_DETECTION_ERROR[1].copy()
    factor[j], spread[j] = 1.2, 0.1
    scaled = estimate(table, members, detection=(factor, spread))["personality_share"]
    assert scaled.value == pytest.approx(plain.value * 1.2, abs=1e-3)
    assert scaled.interval[1] - scaled.interval[0] > 1.2 * (plain.interval[1] - plain.interval[0])


@pytest.mark.fast
def test_the_fitted_detection_factor_raises_the_actionable_share_the_notes_show_undercounted():
    from coach.program.estimate import detection_factors

    factor, spread = detection_factors()
    named = dict(zip(FIGURES, zip(factor, spread)))
    assert named["actionable_share"][0] > 1.05 and named["actionable_share"][1] > 0
    assert named["actions_per_session"] == (1.0, 0.0), "counted items have their own scale"


@pytest.mark.fast
def test_the_calibration_is_fitted_on_the_tuning_notes_only_and_maps_probabilities_monotonically():
    assert calibration()["fitted_on"] == [
        "evaluation/data/notes/dev.jsonl",
        "evaluation/data/notes/dev2.jsonl",
        "evaluation/data/notes/dev3.jsonl",
        "evaluation/data/notes/dev4.jsonl",
        "evaluation/data/notes/dev5.jsonl",
        "evaluation/data/notes/dev6.jsonl",
        "evaluation/data/notes/dev7.jsonl",
        "evaluation/data/notes/dev8.jsonl",
        "evaluation/data/notes/dev9.jsonl",
    ]
    for key in ("personality", "actionable", "specific", "open", *(f"{c}_met" for c in CRITERIA)):
        ps = [calibrated(key, p) for p in (0.05, 0.3, 0.6, 0.95)]
        assert ps == sorted(ps) and all(0 <= p <= 1 for p in ps), key


def test_every_output_carries_each_figure_with_its_interval(small_program):  # noqa: F811
    from coach.program.analytics import program_analytics

    analytics = program_analytics(small_program, by="month")
    data = json.loads(render_report(analytics, "json"))
    shown = [data["total"], *data["groups"], *(t["metrics"] for t in data["trends"])]
    assert len(shown) >= 3
    for figures in shown:
        for name in ESTIMATED_FIELDS:
            value, interval = figures[name], figures[f"{name}_interval"]
            assert (value is None) == (interval is None), name
            if value is not None:
                assert interval[0] <= value <= interval[1], name
        for c in CRITERIA:
            assert (figures["criteria_shares"][c] is None) == (figures["criteria_intervals"][c] is None)
    assert data["total"]["personality_share_interval"] is not None

    rows = list(csv.DictReader(io.StringIO(render_report(analytics, "csv"))))
    total = rows[-1]
    assert (
        float(total["personality_share_low"])
        <= float(total["personality_share"])
        <= float(total["personality_share_high"])
    )

    page = render_report(analytics, "html")
    assert "90% interval" in page and 'class="band"' in page and "calibrated probabilities" in page


@pytest.mark.fast
@pytest.mark.parametrize("name", sorted(FIGURES))
def test_each_figure_has_a_denominator_the_store_counts(name):
    from coach.program.estimate import HARD_COUNTS
    from coach.program.schema import COUNT_COLUMNS

    key, denominator = FIGURES[name]
    assert denominator in (*COUNT_COLUMNS, "scored") and HARD_COUNTS[key] in COUNT_COLUMNS
