"""`mentor-coach train actions`: fit the action-item head on the train split of the notes.

Units are the sentences, bullets and turns of each note (``coach.text.segment.segments``), read by the
same rules as at analysis time (``coach.analyzers.actions.analyzer.prepare_notes``). A unit is
labelled an action item when the start of a labelled task lies inside it (the data's action spans
are whole sentences or bullets; when a labelled span runs over two sentences, the one holding the
task is the item).

The head (``coach.models.heads.BinaryHead``: logistic regression on [MiniLM sentence embedding + the rule
features], Platt-calibrated on out-of-fold predictions) gets its regularisation from
``evaluation.model_selection.choose_c`` (5-fold CV, one-standard-error rule). The weight of the rule features
against the 384 embedding columns and the decision threshold are then chosen by item-level detection
F1 in 5-fold cross-validation **grouped by note** (a note's sentences never sit on both sides),
exactly as ``evaluation/actions_eval.py`` counts on the test split. Only
``evaluation/data/actions/train.jsonl`` is read.
"""

from __future__ import annotations

import time

import numpy as np

from evaluation.common import DATA, read_jsonl
from evaluation.model_selection import choose_c

ACTIONS_TRAIN = DATA / "actions" / "train.jsonl"
RULE_WEIGHTS = (1.0, 2.0, 3.0, 4.0, 6.0)
THRESHOLDS = tuple(np.round(np.arange(0.25, 0.751, 0.05), 2))


def training_data(rows: list[dict] | None = None) -> dict:
    """The prepared notes, their units, unit labels and feature matrix (train split by default)."""
    from coach.analyzers.actions import feature_matrix
    from coach.analyzers.actions.analyzer import prepare_notes
    from coach.analyzers.actions.features import unit_vectors
    from coach.text.nlp import parse

    rows = rows if rows is not None else read_jsonl(ACTIONS_TRAIN)
    docs = parse([r["text"] for r in rows])
    prepared = prepare_notes(docs, [r["session_date"] for r in rows])
    all_units = [u for p in prepared for u in p.units]
    # Only candidate units (a commitment cue, a label, a table row, an actions list …) are judged by the head.
    index = [i for i, u in enumerate(all_units) if u.candidate]
    units = [all_units[i] for i in index]
    labels = []
    for u in units:
        tasks = [a["task_start"] for a in rows[u.note]["actions"]]
        labels.append(int(any(u.start <= t < u.end for t in tasks)))
    X = feature_matrix(units, unit_vectors(units))
    groups = np.array([u.note for u in units])
    return {
        "rows": rows,
        "docs": docs,
        "prepared": prepared,
        "units": units,
        "y": np.array(labels),
        "X": X,
        "groups": groups,
        "index": np.array(index),
        "n_all": len(all_units),
    }


def _fit_predict(X_train, y_train, X_test, C: float, rule_weight: float, n_embedding: int) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    from coach.models.heads import Scaler

    scaler = Scaler(rule_weight, n_embedding).fit(X_train)
    model = LogisticRegression(C=C, max_iter=4000).fit(scaler.transform(X_train), y_train)
    return model.decision_function(scaler.transform(X_test))


def grouped_oof(data: dict, C: float, rule_weight: float, n_embedding: int, folds: int = 5) -> np.ndarray:
    """Out-of-fold decision values, 5 folds grouped by note; Platt-scaled within the training folds."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    X, y, groups = data["X"], data["y"], data["groups"]
    oof = np.zeros(len(y))
    for train_idx, test_idx in GroupKFold(n_splits=folds).split(X, y, groups):
        # Calibrate on inner out-of-fold values, as BinaryHead does, so thresholds mean the same.
        inner = np.zeros(len(train_idx))
        for a, b in GroupKFold(n_splits=4).split(X[train_idx], y[train_idx], groups[train_idx]):
            inner[b] = _fit_predict(
                X[train_idx][a], y[train_idx][a], X[train_idx][b], C, rule_weight, n_embedding
            )
        platt = LogisticRegression(C=1e4, max_iter=1000).fit(inner.reshape(-1, 1), y[train_idx])
        z = _fit_predict(X[train_idx], y[train_idx], X[test_idx], C, rule_weight, n_embedding)
        oof[test_idx] = platt.predict_proba(z.reshape(-1, 1))[:, 1]
    return oof


def detection_f1(data: dict, probs: np.ndarray, threshold: float) -> tuple[float, float, float]:
    """Item-level precision, recall and F1 of the items extracted at this threshold (as in the eval);
    ``probs`` are the head's probabilities for the candidate units (the others count as 0)."""
    from coach.analyzers.actions.analyzer import decide_items
    from evaluation.actions_eval import match_items

    full = np.zeros(data["n_all"])
    full[data["index"]] = probs
    predicted = decide_items(data["prepared"], full, threshold)
    tp = fp = fn = 0
    for row, items in zip(data["rows"], predicted):
        pairs = match_items(row["actions"], [i.to_dict() for i in items])
        tp += len(pairs)
        fp += len(items) - len(pairs)
        fn += len(row["actions"]) - len(pairs)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def choose_weight_and_threshold(data: dict, C: float, n_embedding: int) -> tuple[float, float, float]:
    best = None
    for w in RULE_WEIGHTS:
        oof = grouped_oof(data, C, w, n_embedding)
        for t in THRESHOLDS:
            f1 = detection_f1(data, oof, float(t))[2]
            key = (round(f1, 4), -abs(float(t) - 0.5), -w)
            if best is None or key > best[0]:
                best = (key, w, float(t), f1)
    return best[1], best[2], best[3]


def train_actions() -> dict:
    from coach.analyzers.actions import RULE_FEATURES, ActionModel, data_hash, feature_names, get_action_model
    from coach.models.heads import BinaryHead
    from coach.models.loading import get_action_embedder

    started = time.perf_counter()
    data = training_data()
    X, y = data["X"], data["y"]
    dimension = get_action_embedder().dimension
    C, unit_f1 = choose_c(X, y)
    weight, threshold, item_f1 = choose_weight_and_threshold(data, C, dimension)
    head = BinaryHead(
        feature_names(dimension), C=C, threshold=threshold, rule_weight=weight, n_embedding=dimension
    ).fit(X, y)
    info = {
        "data": data_hash(ACTIONS_TRAIN),
        "C": {"is_action": C},
        "rule_weight": weight,
        "threshold": threshold,
        "cv_macro_f1": {"is_action_unit": round(unit_f1, 4), "item_detection_f1_grouped": round(item_f1, 4)},
        "n_units": int(len(y)),
        "n_positive_units": int(y.sum()),
        "n_notes": len(data["rows"]),
        "n_all_units": int(data["n_all"]),
        "rule_features": list(RULE_FEATURES),
        "embedder": get_action_embedder().model_id,
    }
    head.info_["rule_weight"] = weight
    ActionModel({"is_action": head}, info).save()
    get_action_model.reset()  # this process reads the new file next
    info["seconds"] = round(time.perf_counter() - started, 1)
    return info


def main() -> int:
    info = train_actions()
    print(f"trained actions: C {info['C']}, rule weight {info['rule_weight']}, threshold {info['threshold']}")
    print(f"  cross-validated on the train split: {info['cv_macro_f1']}  ({info['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
