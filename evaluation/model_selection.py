"""Model selection shared by the trainers (``evaluation/train.py``, ``train_actions.py``,
``train_questions.py``): regularisation by cross-validation on the train split only, and the hash of
the data a head was fitted on. The trainers import it; it imports none of them.
"""

from __future__ import annotations

import hashlib

import numpy as np

C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)


def file_hash(*paths) -> str:
    """The first 16 hex digits of the SHA-256 of the files' bytes, in order (recorded in a head's info)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def choose_c(X: np.ndarray, y: np.ndarray, grid=C_GRID) -> tuple[float, float]:
    """Regularisation by the one-standard-error rule on 5-fold CV macro-F1 (train split only).

    The train and test splits were written by different people, so the most strongly regularised
    model within one standard error of the best is preferred: it leans less on one writer's
    phrasing.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=13).split(X, y))
    results = {}
    for C in grid:
        scores = []
        for train_idx, test_idx in folds:
            model = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=4000))
            model.fit(X[train_idx], y[train_idx])
            scores.append(f1_score(y[test_idx], model.predict(X[test_idx]), average="macro"))
        results[C] = (float(np.mean(scores)), float(np.std(scores) / np.sqrt(len(scores))))
    best_c = max(results, key=lambda c: results[c][0])
    floor = results[best_c][0] - results[best_c][1]
    chosen = min(c for c in grid if results[c][0] >= floor)
    return chosen, results[chosen][0]


def choose_c_and_rule_weight(
    X: np.ndarray,
    y: np.ndarray,
    n_embedding: int,
    weights=(1.0, 2.0, 3.0, 4.0),
    grid=(0.003, 0.01, 0.03, 0.1),
) -> tuple[float, float, float]:
    """The rule features' weight with the best 5-fold CV macro-F1, then C by the one-SE rule (train only)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    from coach.models.heads import Scaler

    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=13).split(X, y))
    results = {}
    for w in weights:
        for C in grid:
            scores = []
            for train_idx, test_idx in folds:
                scaler = Scaler(w, n_embedding).fit(X[train_idx])
                model = LogisticRegression(C=C, max_iter=4000).fit(
                    scaler.transform(X[train_idx]), y[train_idx]
                )
                scores.append(
                    f1_score(y[test_idx], model.predict(scaler.transform(X[test_idx])), average="macro")
                )
            results[(w, C)] = (float(np.mean(scores)), float(np.std(scores) / np.sqrt(len(scores))))
    best_w = max(weights, key=lambda w: max(results[(w, C)][0] for C in grid))
    best_c = max(grid, key=lambda C: results[(best_w, C)][0])
    floor = results[(best_w, best_c)][0] - results[(best_w, best_c)][1]
    chosen = min(C for C in grid if results[(best_w, C)][0] >= floor)
    return chosen, best_w, results[(best_w, chosen)][0]
