"""Small classifier heads on sentence embeddings plus rule features, stored as plain JSON.

A head is a scikit-learn classifier: a logistic regression (or, for ``KernelHead``, a kernel
machine) whose scores are calibrated on out-of-fold predictions (Platt scaling for ``BinaryHead`` and
``KernelHead``, a temperature for ``SoftmaxHead``), so that ``predict_proba`` means what it says. Hyper-parameters go to the constructor and ``fit`` learns
on an instance, so ``sklearn.base.clone`` and ``GridSearchCV`` take a head like any estimator.
Saved weights are JSON: loading them runs no code.

Example:
    >>> head = BinaryHead(feature_names=names, C=0.1).fit(X_train, y_train)   # doctest: +SKIP
    >>> BinaryHead.from_dict(head.to_dict()).predict_proba(X_test)[:3]      # doctest: +SKIP
    array([0.91, 0.07, 0.55])
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin

from coach.errors import ModelUnavailable

SEED = 13


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def _out_of_fold_decisions(model, Xs: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Each row's decision value from the model of the fold that did not see it: what calibration
    is fitted on, so that probabilities are honest on unseen text rather than on the training rows."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    return cross_val_predict(model, Xs, y, cv=folds, method="decision_function")


def _logistic(C: float, class_weight: str | None):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=4000, class_weight=class_weight)


class Scaler(TransformerMixin, BaseEstimator):
    """Standardise each column; the rule features after the first ``n_embedding`` columns are then
    multiplied by ``rule_weight``, so that regularisation spends less on them than on 384 embedding
    columns. Fitted: ``mean_`` and ``scale_``.

    Example:
        >>> Scaler(rule_weight=2.0, n_embedding=1).fit(np.array([[0.0, 0.0], [2.0, 2.0]])).scale_
        array([1. , 0.5])
    """

    def __init__(self, rule_weight: float = 1.0, n_embedding: int = 0):
        self.rule_weight = rule_weight
        self.n_embedding = n_embedding

    def fit(self, X: np.ndarray, y=None) -> Scaler:
        std = X.std(axis=0)
        scale = np.where(std < 1e-8, 1.0, std)
        if self.n_embedding and self.rule_weight != 1.0:
            scale[self.n_embedding :] /= self.rule_weight
        self.mean_, self.scale_ = X.mean(axis=0), scale
        return self

    def transform(self, X: np.ndarray) -> np.ndarray:
        return (X - self.mean_) / self.scale_

    @classmethod
    def fitted(cls, mean, scale) -> Scaler:
        """A scaler with the given fitted state (as read from a head's JSON)."""
        scaler = cls()
        scaler.mean_ = np.asarray(mean, dtype=np.float64)
        scaler.scale_ = np.asarray(scale, dtype=np.float64)
        return scaler


class _PlattHead(ClassifierMixin, BaseEstimator):
    """What the binary heads share: P(1) from the decision value by Platt scaling, the cut of
    ``predict``, and those fitted facts in the JSON."""

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return _sigmoid(self.platt_a_ * self.decision_function(X) + self.platt_b_)

    def predict(self, X: np.ndarray) -> np.ndarray:
        return (self.predict_proba(X) >= self.threshold_).astype(int)

    def _calibration(self) -> dict:
        return {
            "platt_a": self.platt_a_,
            "platt_b": self.platt_b_,
            "threshold": self.threshold_,
            "info": self.info_,
        }

    def _read_calibration(self, data: dict) -> None:
        self.platt_a_ = float(data["platt_a"])
        self.platt_b_ = float(data["platt_b"])
        self.threshold_ = float(data.get("threshold", 0.5))
        self.classes_ = np.array([0, 1])
        self.info_ = dict(data.get("info", {}))


class BinaryHead(_PlattHead):
    """P(label = 1 | features), calibrated by Platt scaling on out-of-fold decision values.

    Hyper-parameters: ``feature_names`` (saved with the weights, so a loaded head can be checked
    against the features the code computes), the logistic regression's ``C`` and ``class_weight``,
    the cut of ``predict`` (``threshold``, or with ``tune_threshold`` the one with the best
    out-of-fold macro-F1) and the scaler's ``rule_weight`` and ``n_embedding``. Fitted: ``coef_``,
    ``intercept_``, ``scaler_``, ``platt_a_``, ``platt_b_``, ``threshold_``, ``classes_`` and
    ``info_`` (C and counts, saved in the JSON).

    ``predict_proba`` returns P(1) as one column (shape ``(n,)``), which is what the analyzers
    compare with ``threshold_``; scikit-learn's own classifiers return both columns. A head read by
    ``from_dict`` has its fitted state and ``feature_names``; its other hyper-parameters are the
    defaults (the JSON keeps weights, not how they were chosen: ``info_`` records C).

    Example:
        >>> X, y = np.array([[0.0], [0.2], [1.0], [1.2]] * 5), np.array([0, 0, 1, 1] * 5)
        >>> head = BinaryHead(feature_names=["x"]).fit(X, y)
        >>> head.predict(np.array([[0.1], [1.1]])).tolist()
        [0, 1]
    """

    def __init__(
        self,
        feature_names: list[str] | None = None,
        C: float = 1.0,
        class_weight: str | None = None,
        tune_threshold: bool = False,
        threshold: float = 0.5,
        rule_weight: float = 1.0,
        n_embedding: int = 0,
    ):
        self.feature_names = feature_names
        self.C = C
        self.class_weight = class_weight
        self.tune_threshold = tune_threshold
        self.threshold = threshold
        self.rule_weight = rule_weight
        self.n_embedding = n_embedding

    def fit(self, X: np.ndarray, y: np.ndarray) -> BinaryHead:
        from sklearn.linear_model import LogisticRegression

        y = np.asarray(y, dtype=int)
        self.scaler_ = Scaler(self.rule_weight, self.n_embedding).fit(X)
        Xs = self.scaler_.transform(X)
        oof = _out_of_fold_decisions(_logistic(self.C, self.class_weight), Xs, y)
        platt = LogisticRegression(C=1e4, max_iter=1000).fit(oof.reshape(-1, 1), y)
        self.platt_a_, self.platt_b_ = float(platt.coef_[0][0]), float(platt.intercept_[0])
        if self.tune_threshold:
            self.threshold_ = self._balanced_cut(y, _sigmoid(platt.coef_[0][0] * oof + platt.intercept_[0]))
        else:
            self.threshold_ = float(self.threshold)
        model = _logistic(self.C, self.class_weight).fit(Xs, y)
        self.coef_ = model.coef_[0].astype(np.float64)
        self.intercept_ = float(model.intercept_[0])
        self.classes_ = np.array([0, 1])
        self.info_ = {"C": self.C, "n": int(len(y)), "positives": int(y.sum())}
        return self

    @staticmethod
    def _balanced_cut(y: np.ndarray, probs: np.ndarray) -> float:
        """The cut that best balances both classes on out-of-fold probabilities (train data only);
        of equally good cuts, the one nearest 0.5."""
        from sklearn.metrics import f1_score

        grid = np.round(np.arange(0.2, 0.71, 0.05), 2)
        return float(max(grid, key=lambda t: (f1_score(y, probs >= t, average="macro"), -abs(t - 0.5))))

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        return self.scaler_.transform(X) @ self.coef_ + self.intercept_

    def to_dict(self) -> dict:
        return {
            "type": "binary",
            "feature_names": list(self.feature_names or ()),
            "coef": self.coef_.round(6).tolist(),
            "intercept": self.intercept_,
            "mean": self.scaler_.mean_.round(6).tolist(),
            "scale": self.scaler_.scale_.round(6).tolist(),
            **self._calibration(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> BinaryHead:
        head = cls(feature_names=list(data["feature_names"]))
        head.coef_ = np.asarray(data["coef"], dtype=np.float64)
        head.intercept_ = float(data["intercept"])
        head.scaler_ = Scaler.fitted(data["mean"], data["scale"])
        head._read_calibration(data)
        return head


class SoftmaxHead(ClassifierMixin, BaseEstimator):
    """P(class | features) over several classes, with temperature scaling on out-of-fold logits.

    Hyper-parameters as ``BinaryHead``'s (no threshold: ``predict`` takes the likeliest class).
    ``fit`` takes the class names as ``y``, three or more of them. Fitted: ``classes_`` (sorted names), ``coef_`` (classes
    x features), ``intercept_``, ``scaler_``, ``temperature_`` and ``info_``.

    Example:
        >>> X, y = np.array([[0.0], [0.2], [1.0], [1.2], [2.0], [2.2]] * 5), ["a", "a", "b", "b", "c", "c"] * 5
        >>> SoftmaxHead(feature_names=["x"]).fit(X, y).predict(np.array([[0.1], [1.1], [2.1]]))
        ['a', 'b', 'c']
    """

    def __init__(
        self,
        feature_names: list[str] | None = None,
        C: float = 1.0,
        class_weight: str | None = None,
        rule_weight: float = 1.0,
        n_embedding: int = 0,
    ):
        self.feature_names = feature_names
        self.C = C
        self.class_weight = class_weight
        self.rule_weight = rule_weight
        self.n_embedding = n_embedding

    def fit(self, X: np.ndarray, y: list[str]) -> SoftmaxHead:
        self.classes_ = sorted(set(y))
        y = np.array([self.classes_.index(label) for label in y])
        self.scaler_ = Scaler(self.rule_weight, self.n_embedding).fit(X)
        Xs = self.scaler_.transform(X)
        oof = _out_of_fold_decisions(_logistic(self.C, self.class_weight), Xs, y)
        self.temperature_ = self._best_temperature(oof, y)
        model = _logistic(self.C, self.class_weight).fit(Xs, y)
        self.coef_ = model.coef_.astype(np.float64)
        self.intercept_ = model.intercept_.astype(np.float64)
        self.info_ = {"C": self.C, "n": int(len(y))}
        return self

    @staticmethod
    def _best_temperature(oof: np.ndarray, y: np.ndarray) -> float:
        """The temperature with the lowest out-of-fold log-loss (0.3 to 4.0 in steps of 0.1)."""
        best_t, best_nll = 1.0, np.inf
        for t in np.linspace(0.3, 4.0, 38):
            z = oof / t
            z = z - z.max(axis=1, keepdims=True)
            logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            nll = -logp[np.arange(len(y)), y].mean()
            if nll < best_nll:
                best_t, best_nll = float(t), nll
        return best_t

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        z = (self.scaler_.transform(X) @ self.coef_.T + self.intercept_) / self.temperature_
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, X: np.ndarray) -> list[str]:
        return [self.classes_[i] for i in self.predict_proba(X).argmax(axis=1)]

    def to_dict(self) -> dict:
        return {
            "type": "softmax",
            "classes": list(self.classes_),
            "feature_names": list(self.feature_names or ()),
            "coef": self.coef_.round(6).tolist(),
            "intercept": self.intercept_.round(6).tolist(),
            "mean": self.scaler_.mean_.round(6).tolist(),
            "scale": self.scaler_.scale_.round(6).tolist(),
            "temperature": self.temperature_,
            "info": self.info_,
        }

    @classmethod
    def from_dict(cls, data: dict) -> SoftmaxHead:
        head = cls(feature_names=list(data["feature_names"]))
        head.classes_ = list(data["classes"])
        head.coef_ = np.asarray(data["coef"], dtype=np.float64)
        head.intercept_ = np.asarray(data["intercept"], dtype=np.float64)
        head.scaler_ = Scaler.fitted(data["mean"], data["scale"])
        head.temperature_ = float(data["temperature"])
        head.info_ = dict(data.get("info", {}))
        return head


class KernelHead(_PlattHead):
    """P(label = 1 | vector) from a support-vector machine with a Gaussian (RBF) kernel, calibrated by
    Platt scaling on out-of-fold decision values, for embeddings where one straight cut is not enough.

    The safety route's lines are its use: a disclosure told as what happened ("he waits by my car")
    and its near miss ("my lift waits by my car") differ in a few directions of the embedding, and a
    logistic head that separates them also flags ordinary situations near either. Left one writer out at
    a time, the kernel ranked each writer's lines better (AUC 0.90 against 0.86) with fewer near misses
    at the same recall (docs/decisions/2026-12-07-safety-model.md).

    Hyper-parameters: ``feature_names``, ``C``, ``class_weight`` and ``threshold`` (the cut of
    ``predict``). Fitted: ``support_vectors_`` (stored at half precision, and used at that precision
    after ``fit`` too, so a saved head answers exactly as the fitted one), ``dual_coef_``,
    ``intercept_``, ``gamma_`` (scikit-learn's "scale"), ``platt_a_``, ``platt_b_``, ``threshold_``,
    ``classes_`` and ``info_``. The JSON holds the support vectors as base64 text: loading runs no code.

    Example:
        >>> rng = np.random.default_rng(0)
        >>> X = rng.normal(size=(80, 2)); y = (np.hypot(X[:, 0], X[:, 1]) < 1).astype(int)
        >>> head = KernelHead(feature_names=["a", "b"], C=3.0).fit(X, y)
        >>> head.predict(np.array([[0.0, 0.1], [2.5, 2.5]])).tolist()
        [1, 0]
        >>> bool(np.allclose(KernelHead.from_dict(head.to_dict()).predict_proba(X), head.predict_proba(X)))
        True
    """

    def __init__(
        self,
        feature_names: list[str] | None = None,
        C: float = 1.0,
        class_weight: str | None = "balanced",
        threshold: float = 0.5,
    ):
        self.feature_names = feature_names
        self.C = C
        self.class_weight = class_weight
        self.threshold = threshold

    def _svm(self, gamma: float):
        from sklearn.svm import SVC

        return SVC(C=self.C, kernel="rbf", gamma=gamma, class_weight=self.class_weight)

    def fit(self, X: np.ndarray, y: np.ndarray) -> KernelHead:
        from sklearn.linear_model import LogisticRegression

        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y, dtype=int)
        variance = float(X.var())
        self.gamma_ = 1.0 / (X.shape[1] * variance) if variance > 0 else 1.0
        oof = _out_of_fold_decisions(self._svm(self.gamma_), X, y)
        platt = LogisticRegression(C=1e4, max_iter=1000).fit(oof.reshape(-1, 1), y)
        self.platt_a_, self.platt_b_ = float(platt.coef_[0][0]), float(platt.intercept_[0])
        svm = self._svm(self.gamma_).fit(X, y)
        self._keep_support_vectors(svm.support_vectors_.astype(np.float16).astype(np.float64))
        self.dual_coef_ = svm.dual_coef_[0].astype(np.float64)
        self.intercept_ = float(svm.intercept_[0])
        self.threshold_ = float(self.threshold)
        self.classes_ = np.array([0, 1])
        self.info_ = {
            "C": self.C,
            "n": int(len(y)),
            "positives": int(y.sum()),
            "support_vectors": int(len(self.dual_coef_)),
        }
        return self

    def _keep_support_vectors(self, vectors: np.ndarray) -> None:
        # Their squared lengths once, not on every suggestion.
        self.support_vectors_ = vectors
        self._sv_squared = (vectors * vectors).sum(axis=1)

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        squared = (
            (X * X).sum(axis=1)[:, None] + self._sv_squared[None, :] - 2.0 * (X @ self.support_vectors_.T)
        )
        return np.exp(-self.gamma_ * np.maximum(squared, 0.0)) @ self.dual_coef_ + self.intercept_

    def to_dict(self) -> dict:
        import base64

        vectors = self.support_vectors_.astype("<f2")
        return {
            "type": "kernel",
            "feature_names": list(self.feature_names or ()),
            "support_vectors": base64.b64encode(vectors.tobytes()).decode("ascii"),
            "shape": list(vectors.shape),
            "dual_coef": self.dual_coef_.tolist(),
            "intercept": self.intercept_,
            "gamma": self.gamma_,
            **self._calibration(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> KernelHead:
        import base64

        head = cls(feature_names=list(data["feature_names"]))
        raw = np.frombuffer(base64.b64decode(data["support_vectors"]), dtype="<f2")
        head._keep_support_vectors(raw.reshape([int(n) for n in data["shape"]]).astype(np.float64))
        head.dual_coef_ = np.asarray(data["dual_coef"], dtype=np.float64)
        if len(head.dual_coef_) != len(head.support_vectors_):
            raise ValueError("support vectors and their coefficients differ in number")
        head.intercept_ = float(data["intercept"])
        head.gamma_ = float(data["gamma"])
        head._read_calibration(data)
        return head


def head_from_dict(data: dict):
    """A head from its JSON, by its ``type``: "softmax", "kernel", or (the default) "binary"."""
    kinds = {"softmax": SoftmaxHead, "kernel": KernelHead}
    return kinds.get(data.get("type"), BinaryHead).from_dict(data)


class TrainedHeads:
    """An analyzer's named heads and the facts of their training, stored as one JSON file (loading it
    runs no code). Each analyzer subclasses it with its file, its version and what trains it.

    Example:
        >>> class GoalModel(TrainedHeads):                                  # doctest: +SKIP
        ...     FILE, VERSION, WHAT, TRAIN = GOALS_JSON, "goals-1", "The goal analyzer", "goals"
        >>> GoalModel.load().heads["is_goal"].predict_proba(X)             # doctest: +SKIP
    """

    FILE: Path
    VERSION: str
    WHAT: str  # "The goal analyzer", for the message when it is not trained
    TRAIN: str  # the `mentor-coach train` target that fits it

    def __init__(self, heads: dict, info: dict | None = None, version: str | None = None):
        self.heads = heads
        self.info = info or {}
        self.version = version or self.VERSION

    @classmethod
    def load(cls, path: Path | None = None):
        path = path or cls.FILE
        if not path.is_file():
            raise ModelUnavailable(
                f"{cls.WHAT} is not trained: run `mentor-coach train {cls.TRAIN}` ({path} is missing)."
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            heads = cls.heads_from(data)
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelUnavailable(
                f"{path} is not a {cls.TRAIN} model ({type(exc).__name__}): run "
                f"`mentor-coach train {cls.TRAIN}` again."
            ) from None
        cls.check_features(heads, path)
        return cls(heads, data.get("info"), data.get("version", cls.VERSION))

    @classmethod
    def heads_from(cls, data: dict) -> dict:
        """The heads in a loaded file (subclasses with another layout override this and ``heads_data``)."""
        return {name: head_from_dict(h) for name, h in data["heads"].items()}

    def heads_data(self) -> dict:
        return {"heads": {name: head.to_dict() for name, head in self.heads.items()}}

    @classmethod
    def check_features(cls, heads: dict, path: Path) -> None:
        """Refuse heads fitted on other rule features than the code computes (none by default)."""

    def save(self, path: Path | None = None) -> None:
        path = path or self.FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            json.dumps({"version": self.version, "info": self.info, **self.heads_data()}), encoding="utf-8"
        )


class HeadsHolder:
    """The process's one copy of an analyzer's heads: loaded on first use behind a lock and checked
    against the embedder they were trained on. Call it to get the heads; ``reset()`` after training
    makes the next call read the new file.

    Example:
        >>> get_goal_model = HeadsHolder(GoalModel, get_embedder)          # doctest: +SKIP
        >>> get_goal_model().heads["is_goal"]                               # doctest: +SKIP
    """

    def __init__(self, model_class: type[TrainedHeads], embedder: Callable[[], object]):
        self.model_class = model_class
        self.embedder = embedder
        self._lock = threading.Lock()
        self._model: TrainedHeads | None = None

    def __call__(self):
        with self._lock:
            if self._model is None:
                from coach.models.loading import check_trained_on

                model = self.model_class.load()
                check_trained_on(model.info, self.embedder(), self.model_class.TRAIN)
                self._model = model
            return self._model

    def reset(self) -> None:
        with self._lock:
            self._model = None
