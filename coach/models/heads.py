"""Small classifier heads on sentence embeddings plus rule features, stored as plain JSON.

A head is a logistic regression whose scores are calibrated by Platt scaling fitted on
out-of-fold predictions, so that ``predict_proba`` means what it says. Saved weights are JSON:
loading them runs no code.

Example:
    >>> head = BinaryHead.fit(X_train, y_train, feature_names=names)      # doctest: +SKIP
    >>> BinaryHead.from_dict(head.to_dict()).predict_proba(X_test)[:3]   # doctest: +SKIP
    array([0.91, 0.07, 0.55])
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from coach.errors import ModelUnavailable

SEED = 13


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


@dataclass
class Scaler:
    mean: np.ndarray
    scale: np.ndarray

    @classmethod
    def fit(cls, X: np.ndarray, rule_weight: float = 1.0, n_embedding: int = 0) -> Scaler:
        """Standardise; the rule features after the first ``n_embedding`` columns are then multiplied
        by ``rule_weight``, so that regularisation spends less on them than on 384 embedding columns."""
        scale = np.where(X.std(axis=0) < 1e-8, 1.0, X.std(axis=0))
        if n_embedding and rule_weight != 1.0:
            scale = scale.copy()
            scale[n_embedding:] /= rule_weight
        return cls(X.mean(axis=0), scale)

    def transform(self, X: np.ndarray) -> np.ndarray:
        return (X - self.mean) / self.scale


@dataclass
class BinaryHead:
    """P(label = 1 | features), calibrated."""

    feature_names: list[str]
    coef: np.ndarray
    intercept: float
    scaler: Scaler
    platt_a: float = 1.0
    platt_b: float = 0.0
    threshold: float = 0.5
    info: dict = field(default_factory=dict)

    @classmethod
    def fit(
        cls,
        X: np.ndarray,
        y: np.ndarray,
        feature_names: list[str],
        C: float = 1.0,
        class_weight: str | None = None,
        tune_threshold: bool = False,
        rule_weight: float = 1.0,
        n_embedding: int = 0,
    ) -> BinaryHead:
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold, cross_val_predict

        y = np.asarray(y, dtype=int)
        scaler = Scaler.fit(X, rule_weight, n_embedding)
        Xs = scaler.transform(X)
        model = LogisticRegression(C=C, max_iter=4000, class_weight=class_weight)
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
        oof = cross_val_predict(model, Xs, y, cv=folds, method="decision_function")
        platt = LogisticRegression(C=1e4, max_iter=1000).fit(oof.reshape(-1, 1), y)
        threshold = 0.5
        if tune_threshold:
            # The cut that best balances both classes on out-of-fold probabilities (train data only).
            from sklearn.metrics import f1_score

            probs = _sigmoid(platt.coef_[0][0] * oof + platt.intercept_[0])
            grid = np.round(np.arange(0.2, 0.71, 0.05), 2)
            threshold = float(
                max(grid, key=lambda t: (f1_score(y, probs >= t, average="macro"), -abs(t - 0.5)))
            )
        model.fit(Xs, y)
        return cls(
            feature_names=list(feature_names),
            coef=model.coef_[0].astype(np.float64),
            intercept=float(model.intercept_[0]),
            scaler=scaler,
            platt_a=float(platt.coef_[0][0]),
            platt_b=float(platt.intercept_[0]),
            threshold=threshold,
            info={"C": C, "n": int(len(y)), "positives": int(y.sum())},
        )

    def decision(self, X: np.ndarray) -> np.ndarray:
        return self.scaler.transform(X) @ self.coef + self.intercept

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return _sigmoid(self.platt_a * self.decision(X) + self.platt_b)

    def predict(self, X: np.ndarray) -> np.ndarray:
        return (self.predict_proba(X) >= self.threshold).astype(int)

    def to_dict(self) -> dict:
        return {
            "type": "binary",
            "feature_names": self.feature_names,
            "coef": self.coef.round(6).tolist(),
            "intercept": self.intercept,
            "mean": self.scaler.mean.round(6).tolist(),
            "scale": self.scaler.scale.round(6).tolist(),
            "platt_a": self.platt_a,
            "platt_b": self.platt_b,
            "threshold": self.threshold,
            "info": self.info,
        }

    @classmethod
    def from_dict(cls, data: dict) -> BinaryHead:
        return cls(
            feature_names=list(data["feature_names"]),
            coef=np.asarray(data["coef"], dtype=np.float64),
            intercept=float(data["intercept"]),
            scaler=Scaler(
                np.asarray(data["mean"], dtype=np.float64), np.asarray(data["scale"], dtype=np.float64)
            ),
            platt_a=float(data["platt_a"]),
            platt_b=float(data["platt_b"]),
            threshold=float(data.get("threshold", 0.5)),
            info=dict(data.get("info", {})),
        )


@dataclass
class SoftmaxHead:
    """P(class | features) over several classes, with temperature scaling on out-of-fold logits."""

    classes: list[str]
    feature_names: list[str]
    coef: np.ndarray  # classes x features
    intercept: np.ndarray
    scaler: Scaler
    temperature: float = 1.0
    info: dict = field(default_factory=dict)

    @classmethod
    def fit(
        cls,
        X: np.ndarray,
        labels: list[str],
        feature_names: list[str],
        C: float = 1.0,
        class_weight: str | None = None,
        rule_weight: float = 1.0,
        n_embedding: int = 0,
    ) -> SoftmaxHead:
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold, cross_val_predict

        classes = sorted(set(labels))
        y = np.array([classes.index(label) for label in labels])
        scaler = Scaler.fit(X, rule_weight, n_embedding)
        Xs = scaler.transform(X)
        model = LogisticRegression(C=C, max_iter=4000, class_weight=class_weight)
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
        oof = cross_val_predict(model, Xs, y, cv=folds, method="decision_function")
        best_t, best_nll = 1.0, np.inf
        for t in np.linspace(0.3, 4.0, 38):
            z = oof / t
            z = z - z.max(axis=1, keepdims=True)
            logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            nll = -logp[np.arange(len(y)), y].mean()
            if nll < best_nll:
                best_t, best_nll = float(t), nll
        model.fit(Xs, y)
        return cls(
            classes=classes,
            feature_names=list(feature_names),
            coef=model.coef_.astype(np.float64),
            intercept=model.intercept_.astype(np.float64),
            scaler=scaler,
            temperature=best_t,
            info={"C": C, "n": int(len(y))},
        )

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        z = (self.scaler.transform(X) @ self.coef.T + self.intercept) / self.temperature
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, X: np.ndarray) -> list[str]:
        return [self.classes[i] for i in self.predict_proba(X).argmax(axis=1)]

    def to_dict(self) -> dict:
        return {
            "type": "softmax",
            "classes": self.classes,
            "feature_names": self.feature_names,
            "coef": self.coef.round(6).tolist(),
            "intercept": self.intercept.round(6).tolist(),
            "mean": self.scaler.mean.round(6).tolist(),
            "scale": self.scaler.scale.round(6).tolist(),
            "temperature": self.temperature,
            "info": self.info,
        }

    @classmethod
    def from_dict(cls, data: dict) -> SoftmaxHead:
        return cls(
            classes=list(data["classes"]),
            feature_names=list(data["feature_names"]),
            coef=np.asarray(data["coef"], dtype=np.float64),
            intercept=np.asarray(data["intercept"], dtype=np.float64),
            scaler=Scaler(
                np.asarray(data["mean"], dtype=np.float64), np.asarray(data["scale"], dtype=np.float64)
            ),
            temperature=float(data["temperature"]),
            info=dict(data.get("info", {})),
        )


def head_from_dict(data: dict):
    return SoftmaxHead.from_dict(data) if data.get("type") == "softmax" else BinaryHead.from_dict(data)


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
