"""The classifier heads are scikit-learn estimators (clone, GridSearchCV) whose JSON keeps their
predictions: what the trainers search over and what the analyzers load."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, StratifiedKFold

from coach.models.heads import BinaryHead, KernelHead, SoftmaxHead, head_from_dict

TRAINED = Path(__file__).resolve().parents[3] / "coach" / "trained"


def _problem(n_classes: int, n: int = 90, seed: int = 0):
    """Rows of 4 embedding-like columns and 2 rule columns; the label is mostly in the first column."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % n_classes
    X = rng.normal(size=(n, 6))
    X[:, 0] += 3.0 * y
    return X, y


@pytest.mark.fast
def test_clone_gives_an_unfitted_head_with_the_same_hyper_parameters():
    head = BinaryHead(
        feature_names=list("abcdef"), C=0.1, tune_threshold=True, rule_weight=2.0, n_embedding=4
    )
    copy = clone(head)
    assert copy.get_params() == head.get_params() and copy is not head
    assert not hasattr(copy, "coef_")
    assert copy.set_params(C=0.3).C == 0.3 and head.C == 0.1


@pytest.mark.fast
def test_grid_search_fits_binary_heads_and_refits_the_best():
    X, y = _problem(2)
    search = GridSearchCV(
        BinaryHead(n_embedding=4),
        {"C": [0.01, 1.0], "rule_weight": [1.0, 2.0]},
        scoring="f1_macro",
        cv=StratifiedKFold(n_splits=3, shuffle=True, random_state=13),
    ).fit(X, y)
    best = search.best_estimator_
    assert isinstance(best, BinaryHead) and best.get_params()["C"] == search.best_params_["C"]
    assert best.predict(X).shape == (len(y),) and search.best_score_ > 0.8
    assert best.predict_proba(X).shape == (len(y),)  # P(1), as the analyzers read it


@pytest.mark.fast
def test_grid_search_fits_softmax_heads_on_class_names():
    X, y = _problem(3)
    names = np.array(["goal", "other", "praise"])[y]
    search = GridSearchCV(SoftmaxHead(), {"C": [0.1, 1.0]}, scoring="f1_macro", cv=3).fit(X, list(names))
    assert search.best_estimator_.classes_ == ["goal", "other", "praise"]
    assert search.best_estimator_.predict_proba(X).shape == (len(y), 3)


@pytest.mark.fast
@pytest.mark.parametrize(
    "make",
    [
        lambda: BinaryHead(list("abcdef"), tune_threshold=True),
        SoftmaxHead,
        lambda: KernelHead(list("abcdef")),
    ],
)
def test_json_round_trip_keeps_the_probabilities(make):
    X, y = _problem(2 if make is not SoftmaxHead else 3)
    fitted = make().fit(X, y if make is not SoftmaxHead else [f"class {label}" for label in y])
    saved = json.dumps(fitted.to_dict())
    loaded = head_from_dict(json.loads(saved))
    # The JSON keeps 6 decimals of the weights; from then on a round trip changes nothing.
    assert np.allclose(loaded.predict_proba(X), fitted.predict_proba(X), atol=1e-4)
    again = head_from_dict(json.loads(json.dumps(loaded.to_dict())))
    assert json.dumps(again.to_dict()) == saved
    assert np.array_equal(again.predict_proba(X), loaded.predict_proba(X))


@pytest.mark.fast
def test_a_kernel_head_decides_as_scikit_learns_support_vector_machine():
    from sklearn.svm import SVC

    rng = np.random.default_rng(3)
    X = rng.normal(size=(200, 8))
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    y = (X[:, 0] + X[:, 1] ** 2 > 0.2).astype(int)  # not one straight cut
    head = KernelHead(C=3.0).fit(X, y)
    svm = SVC(C=3.0, kernel="rbf", gamma=head.gamma_, class_weight="balanced").fit(X, y)
    # The same decision up to the half precision the support vectors are kept at.
    assert np.abs(head.decision_function(X) - svm.decision_function(X)).max() < 1e-2
    assert head.info_["support_vectors"] == len(svm.support_)


@pytest.mark.fast
def test_the_committed_heads_survive_a_round_trip_unchanged():
    rng = np.random.default_rng(0)
    for path in sorted(TRAINED.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        stored = data.get("heads") or ({"is_action": data["head"]} if "head" in data else {})
        for name, head_data in stored.items():
            head = head_from_dict(head_data)
            X = rng.normal(scale=0.3, size=(20, len(head_data["feature_names"])))
            again = head_from_dict(json.loads(json.dumps(head.to_dict())))
            assert head.to_dict() == head_data, (path.name, name)
            assert np.array_equal(again.predict_proba(X), head.predict_proba(X)), (path.name, name)
