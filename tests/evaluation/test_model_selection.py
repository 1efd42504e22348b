"""The trainers' regularisation search: GridSearchCV with the one-standard-error rule chooses what the
rule written out by hand chooses."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from evaluation.model_selection import C_GRID, choose_c, one_standard_error


def _by_hand(X, y, grid=C_GRID):
    """The one-standard-error rule on 5-fold macro-F1, one fit at a time."""
    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=13).split(X, y))
    results = {}
    for C in grid:
        scores = []
        for train, test in folds:
            model = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=4000)).fit(
                X[train], y[train]
            )
            scores.append(f1_score(y[test], model.predict(X[test]), average="macro"))
        results[C] = (float(np.mean(scores)), float(np.std(scores) / np.sqrt(len(scores))))
    best = max(results, key=lambda c: results[c][0])
    chosen = min(c for c in grid if results[c][0] >= results[best][0] - results[best][1])
    return chosen, results[chosen][0]


@pytest.mark.fast
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_choose_c_matches_the_rule_by_hand(seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(120, 20))
    y = (X @ rng.normal(size=20) + rng.normal(scale=3, size=120) > 0).astype(int)
    assert choose_c(X, y) == _by_hand(X, y)


@pytest.mark.fast
def test_one_standard_error_chooses_within_the_best_rule_weight():
    results = {
        "mean_test_score": np.array([0.80, 0.90, 0.86, 0.89]),
        "std_test_score": np.full(4, 0.02),
        "split0_test_score": None,
        "params": [
            {"C": 0.01, "w": 1.0},
            {"C": 0.01, "w": 2.0},
            {"C": 0.1, "w": 1.0},
            {"C": 0.1, "w": 2.0},
        ],
    }
    assert one_standard_error(results, "C") == 1
    assert one_standard_error(results, "C", group_param="w") == 1
    results["mean_test_score"] = np.array([0.80, 0.85, 0.91, 0.86])
    assert (
        one_standard_error(results, "C", group_param="w") == 2
    )  # weight 1.0 holds the best; 0.80 is too far
