"""Model selection shared by the trainers (``evaluation/train.py``, ``train_actions.py``,
``train_questions.py``): regularisation by cross-validation on the train split only, and the hash of
the data a head was fitted on. The trainers import it; it imports none of them.

The searches are scikit-learn's ``GridSearchCV`` with the one-standard-error rule as its ``refit``
choice. They score a plain logistic regression on scaled features, the heads' core before
calibration: a head's own ``predict`` moves the cut with its Platt scaling, and fitting one per fold
would calibrate inside every fold too.
"""

from __future__ import annotations

import hashlib
from functools import partial

import numpy as np

C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
FOLDS, SEED = 5, 13


def file_hash(*paths) -> str:
    """The first 16 hex digits of the SHA-256 of the files' bytes, in order (recorded in a head's info)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def one_standard_error(cv_results: dict, c_param: str, group_param: str | None = None) -> int:
    """The candidate with the smallest C (the most regularised) whose mean score is within one
    standard error of the best one's: a ``refit`` callable for ``GridSearchCV``.

    With ``group_param`` (the rule features' weight), the group holding the best score is chosen
    first and C within it. Of equal scores the earlier candidate wins (the grids run upwards).

    Example:
        >>> results = {"mean_test_score": np.array([0.70, 0.84, 0.85]), "std_test_score": np.full(3, 0.02),
        ...            "split0_test_score": None, "params": [{"C": 0.01}, {"C": 0.1}, {"C": 1.0}]}
        >>> one_standard_error(results, "C")  # one split: the floor is 0.85 - 0.02
        1
    """
    means = cv_results["mean_test_score"]
    n_splits = sum(1 for key in cv_results if key.startswith("split") and key.endswith("_test_score"))
    errors = cv_results["std_test_score"] / np.sqrt(n_splits)
    params = cv_results["params"]
    candidates = list(range(len(params)))
    if group_param is not None:
        groups = dict.fromkeys(p[group_param] for p in params)
        best_group = max(
            groups, key=lambda g: max(means[i] for i in candidates if params[i][group_param] == g)
        )
        candidates = [i for i in candidates if params[i][group_param] == best_group]
    best = max(candidates, key=lambda i: means[i])
    floor = means[best] - errors[best]
    return min((i for i in candidates if means[i] >= floor), key=lambda i: params[i][c_param])


def _search(model, grid: dict, X: np.ndarray, y: np.ndarray, group_param: str | None = None):
    """``GridSearchCV`` of ``model`` over ``grid`` by 5-fold macro-F1 (the folds seeded, as every
    trainer's), choosing by the one-standard-error rule on the grid's C."""
    from sklearn.model_selection import GridSearchCV, StratifiedKFold

    c_param = next(name for name in grid if name.endswith("__C"))
    return GridSearchCV(
        model,
        grid,
        scoring="f1_macro",
        cv=StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED),
        refit=partial(one_standard_error, c_param=c_param, group_param=group_param),
        error_score="raise",
    ).fit(X, y)


def choose_c(X: np.ndarray, y: np.ndarray, grid=C_GRID) -> tuple[float, float]:
    """Regularisation by the one-standard-error rule on 5-fold CV macro-F1 (train split only).

    The train and test splits were written by different people, so the most strongly regularised
    model within one standard error of the best is preferred: it leans less on one writer's
    phrasing.

    Example:
        >>> C, cv_macro_f1 = choose_c(X_train, y_train)                   # doctest: +SKIP
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=4000))
    search = _search(model, {"logisticregression__C": list(grid)}, X, y)
    chosen = search.best_index_
    return search.cv_results_["params"][chosen]["logisticregression__C"], float(
        search.cv_results_["mean_test_score"][chosen]
    )


def choose_c_and_rule_weight(
    X: np.ndarray,
    y: np.ndarray,
    n_embedding: int,
    weights=(1.0, 2.0, 3.0, 4.0),
    grid=(0.003, 0.01, 0.03, 0.1),
) -> tuple[float, float, float]:
    """The rule features' weight with the best 5-fold CV macro-F1, then C by the one-SE rule (train only).

    Example:
        >>> C, rule_weight, cv_macro_f1 = choose_c_and_rule_weight(X, y, n_embedding=384)  # doctest: +SKIP
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    from coach.models.heads import Scaler

    model = make_pipeline(Scaler(n_embedding=n_embedding), LogisticRegression(max_iter=4000))
    grid = {"scaler__rule_weight": list(weights), "logisticregression__C": list(grid)}
    search = _search(model, grid, X, y, group_param="scaler__rule_weight")
    chosen = search.cv_results_["params"][search.best_index_]
    return (
        chosen["logisticregression__C"],
        chosen["scaler__rule_weight"],
        float(search.cv_results_["mean_test_score"][search.best_index_]),
    )
