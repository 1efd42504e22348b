"""Program-level figures estimated from the analyzers' probabilities, each with a 90 % interval.

A share counted from hard labels ("19 % of feedback is about personality") hides two doubts: each
sentence's label may be wrong, and a few hundred sentences are a sample of what the mentors do.
So each figure is a probabilistic classify-and-count estimate (the sum of every unit's calibrated
probability over the number of units), and its interval comes from a Bayesian bootstrap over
sessions in which each replicate also draws the units' labels from their probabilities (a normal
approximation of the sum of Bernoulli draws). Replicates use a fixed seed: the same store gives
the same interval on every page load and in every report.

Scoring stores, per session, each figure's numerator (sum of probabilities) and its variance
(sum of p(1-p)) in the session's summary; the denominators are the stored counts.

Example:
    >>> table = SessionTable.from_rows([({"personality": [1.0, 0.0]}, {"feedback_sentences": 4, "scored": 1})] * 10)
    >>> no_detection_error = (np.ones(len(FIGURES)), np.zeros(len(FIGURES)))  # default: the fitted factors
    >>> est = estimate(table, list(range(10)), detection=no_detection_error)
    >>> est["personality_share"].value, est["personality_share"].interval[0] <= 0.25 <= est["personality_share"].interval[1]
    (0.25, True)
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from coach.program.types import CRITERIA

# figure -> (the numerator stored per session, its denominator count)
FIGURES: dict[str, tuple[str, str]] = {
    "personality_share": ("personality", "feedback_sentences"),
    "actionable_share": ("actionable", "feedback_sentences"),
    "specific_share": ("specific", "feedback_sentences"),
    "open_ratio": ("open", "questions"),
    "mean_smart": ("smart", "goals"),
    **{f"criteria:{c}": (f"{c}_met", "goals") for c in CRITERIA},
    "actions_per_session": ("actions", "scored"),
}
LEVEL = 0.90
REPLICATES = 400
SEED = 20261206
# When a session was scored before the probabilities were stored, its hard count stands in (no label doubt).
HARD_COUNTS = {
    "personality": "personality",
    "actionable": "actionable",
    "specific": "specific",
    "open": "open_questions",
    "smart": "smart_sum",
    **{f"{c}_met": f"{c}_met" for c in CRITERIA},
    "actions": "actions",
}


CALIBRATION_PATH = Path(__file__).resolve().parents[1] / "trained" / "estimate_calibration.json"


@functools.lru_cache(maxsize=1)
def calibration() -> dict:
    """The fitted calibration (``mentor-coach train estimates``); without it, probabilities are used as they are."""
    try:
        return json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"version": 0, "platt": {}, "actions_per_detected": 1.0}


def calibrated(name: str, p: float) -> float:
    """``p`` mapped by the Platt fit for figure key ``name`` (identity when there is none).

    Example:
        >>> 0.0 <= calibrated("actionable", 0.9) <= 1.0
        True
    """
    a, b = calibration()["platt"].get(name, (1.0, 0.0))
    p = min(1 - 1e-4, max(1e-4, float(p)))
    z = a * math.log(p / (1 - p)) + b
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def detection_factors() -> tuple[np.ndarray, np.ndarray]:
    """Per figure (FIGURES order): the factor that corrects a figure for the units the analyzers miss or
    add, and the standard deviation of its logarithm (``mentor-coach train estimates``; 1 and 0 without).

    On labelled notes the detected feedback holds fewer actionable sentences than the notes do: requests
    logged as agreed tasks or reported from the mentor ("she said I should…") are read as not feedback.
    The calibrated probabilities cannot see units that were never detected, so the figure is scaled by
    gold / estimate as measured on the tuning notes.

    Example:
        >>> factor, spread = detection_factors()
        >>> len(factor) == len(FIGURES), bool((factor > 0).all()), bool((spread >= 0).all())
        (True, True, True)
    """
    fitted = calibration().get("detection", {})
    factor = np.asarray([float(fitted.get(name, (1.0, 0.0))[0]) for name in FIGURES])
    spread = np.asarray([float(fitted.get(name, (1.0, 0.0))[1]) for name in FIGURES])
    return factor, spread


@dataclass
class Estimate:
    """One figure: the estimate and its 90 % interval ([low, high]); None where there is nothing to count."""

    value: float | None
    interval: list[float] | None


class UnitTally:
    """Sums a session's unit probabilities into each figure's numerator and variance while it is scored.

    Example:
        >>> t = UnitTally(); t.add("no-such-figure", 0.9); t.add("no-such-figure", 0.2); t.as_dict()["no-such-figure"]
        [1.1, 0.25]
    """

    def __init__(self):
        self.sums: dict[str, list[float]] = {}

    def add(self, name: str, p: float | None, calibrate_as: str | None = None) -> None:
        """A unit's probability for figure key ``name``, calibrated as ``calibrate_as`` (default ``name``)."""
        p = calibrated(calibrate_as or name, float(p or 0.0))
        total = self.sums.setdefault(name, [0.0, 0.0])
        total[0] += p
        total[1] += p * (1.0 - p)

    def add_count(self, name: str, n: float) -> None:
        """A counted unit (an action item), scaled by the calibration's gold / detected ratio."""
        self.sums.setdefault(name, [0.0, 0.0])[0] += n * float(calibration().get(f"{name}_per_detected", 1.0))

    def as_dict(self) -> dict[str, list[float]]:
        return {k: [round(v[0], 5), round(v[1], 5)] for k, v in self.sums.items()}


def personality_given_feedback(scores: dict[str, float]) -> float:
    """P(personality | the sentence is feedback), from the focus head's three-way probabilities.

    Example:
        >>> personality_given_feedback({"behaviour": 0.6, "personality": 0.2, "other": 0.2})
        0.25
    """
    b, p = float(scores.get("behaviour", 0.0)), float(scores.get("personality", 0.0))
    return p / (b + p) if b + p > 0 else 0.0


def feedback_probabilities(sentence) -> dict[str, float]:
    """A feedback sentence's probabilities for the figures it counts in: personality (given that it is
    feedback), actionable, specific. Scoring sums them; ``mentor-coach train estimates`` fits on them.

    Example:
        >>> from types import SimpleNamespace as S
        >>> feedback_probabilities(S(scores={"behaviour": 0.6, "personality": 0.2}, actionable=True,
        ...                          actionable_score=None, specific=False, specific_score=0.3))
        {'personality': 0.25, 'actionable': 1.0, 'specific': 0.3}
    """
    return {
        "personality": personality_given_feedback(sentence.scores),
        "actionable": float(bool(sentence.actionable))
        if sentence.actionable_score is None
        else float(sentence.actionable_score),
        "specific": float(bool(sentence.specific))
        if sentence.specific_score is None
        else float(sentence.specific_score),
    }


def open_probability(question) -> float:
    """P(open) of a judged question (its ``score`` is the probability of its own label)."""
    return float(question.score) if question.label == "open" else 1.0 - float(question.score)


@dataclass
class SessionTable:
    """Per session, every figure's numerator, variance and denominator, as arrays (sessions x figures)."""

    num: np.ndarray
    var: np.ndarray
    den: np.ndarray

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[dict, dict]]) -> SessionTable:
        """``rows``: (stored estimates, stored counts incl. ``scored`` 0/1) per session, in the caller's order."""
        nums, vars_, dens = [], [], []
        for estimates, counts in rows:
            num, var, den = [], [], []
            for key, denominator in FIGURES.values():
                stored = estimates.get(key) if estimates is not None else None
                if stored is None:
                    stored = [float(counts.get(HARD_COUNTS[key], 0) or 0), 0.0]
                num.append(stored[0])
                var.append(stored[1])
                den.append(float(counts.get(denominator, 0) or 0))
            nums.append(num)
            vars_.append(var)
            dens.append(den)
        shape = (0, len(FIGURES))
        return cls(
            np.asarray(nums, dtype=np.float64).reshape(-1, len(FIGURES)) if nums else np.zeros(shape),
            np.asarray(vars_, dtype=np.float64).reshape(-1, len(FIGURES)) if vars_ else np.zeros(shape),
            np.asarray(dens, dtype=np.float64).reshape(-1, len(FIGURES)) if dens else np.zeros(shape),
        )


def estimate(
    table: SessionTable,
    members: Sequence[int] | np.ndarray,
    replicates: int = REPLICATES,
    seed: int = SEED,
    detection: tuple[np.ndarray, np.ndarray] | None = None,
) -> dict[str, Estimate]:
    """Each figure of the sessions ``members`` (row numbers of ``table``) with its 90 % interval.

    ``detection``: (factor, log spread) per figure; default the fitted ``detection_factors()``.

    Example:
        >>> estimate(SessionTable.from_rows([]), [])["open_ratio"]
        Estimate(value=None, interval=None)
    """
    members = np.asarray(members, dtype=np.int64)
    if members.size == 0:
        return {name: Estimate(None, None) for name in FIGURES}
    num, var, den = table.num[members], table.var[members], table.den[members]
    rng = np.random.default_rng(seed + members.size)
    # Bayesian bootstrap: exponential weights per session (a Dirichlet once normalised).
    weights = rng.standard_exponential((replicates, members.size))
    rep_num = weights @ num
    rep_den = weights @ den
    # Each unit's label drawn from its probability: the weighted sum's variance is sum(w^2 p(1-p)).
    rep_num += np.sqrt(np.maximum((weights * weights) @ var, 0.0)) * rng.standard_normal(rep_num.shape)
    # What the detector misses, corrected by the factor fitted on labelled notes, with that factor's own
    # doubt (another writer, another program) drawn per replicate.
    factor, spread = detection if detection is not None else detection_factors()
    total_num, total_den = num.sum(axis=0) * factor, den.sum(axis=0)
    rep_num *= factor * np.exp(spread * rng.standard_normal(rep_num.shape))
    low_q, high_q = (1 - LEVEL) / 2, 1 - (1 - LEVEL) / 2
    out: dict[str, Estimate] = {}
    for j, name in enumerate(FIGURES):
        if total_den[j] <= 0:
            out[name] = Estimate(None, None)
            continue
        upper = 5.0 if name == "mean_smart" else (None if name == "actions_per_session" else 1.0)
        ok = rep_den[:, j] > 0
        ratios = np.clip(rep_num[ok, j] / rep_den[ok, j], 0.0, upper)
        value = float(np.clip(total_num[j] / total_den[j], 0.0, upper))
        low, high = np.quantile(ratios, [low_q, high_q]) if ratios.size else (value, value)
        digits = 3 if name in ("mean_smart", "actions_per_session") else 4
        out[name] = Estimate(
            round(value, digits),
            [round(float(min(low, value)), digits), round(float(max(high, value)), digits)],
        )
    return out
