"""The goal analyzer's trained heads and the features they read: the sentence embedding followed
by the rule features of ``coach.analyzers.goals.evidence``, the same for training and analysis.

Example:
    >>> FEATURE_NAMES[:2], feature_names(2)[:3]
    (['specific_for', 'specific_against'], ['emb_0', 'emb_1', 'specific_for'])
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from coach.analyzers.goals.evidence import EVIDENCE_FEATURES, Finding, evidence_features, find_evidence
from coach.models.heads import HeadsHolder, TrainedHeads
from coach.models.loading import get_embedder

MODEL_FILE = Path(__file__).parents[2] / "trained" / "goals.json"
# Program scoring reads this from the source, without importing the module (coach.program.scoring).
ANALYZER_VERSION = "goals-1"


class GoalModel(TrainedHeads):
    """The is-goal head, the screening head and one head per criterion."""

    FILE, VERSION, WHAT, TRAIN = MODEL_FILE, ANALYZER_VERSION, "The goal analyzer", "goals"


get_goal_model = HeadsHolder(GoalModel, get_embedder)


# -- features shared by training and analysis ----------------------------------------------------
FEATURE_NAMES: list[str] = list(EVIDENCE_FEATURES)


def featurize(docs, embeddings: np.ndarray, context_sims: Sequence[float | None]):
    """Feature matrix: sentence embedding followed by the rule features; and the evidence found."""
    if len(docs) == 0:
        return np.zeros((0, embeddings.shape[1] + len(FEATURE_NAMES))), []
    rows, found_all = [], []
    for doc, sim in zip(docs, context_sims):
        found = find_evidence(doc)
        feats = evidence_features(doc, found, sim)
        rows.append([feats[name] for name in FEATURE_NAMES])
        found_all.append(found)
    rule_matrix = np.asarray(rows, dtype=np.float64).reshape(len(docs), -1)
    return np.hstack([embeddings.astype(np.float64), rule_matrix]), found_all


def feature_names(dimension: int) -> list[str]:
    return [f"emb_{i}" for i in range(dimension)] + FEATURE_NAMES


def rule_decisions(found: dict[str, list[Finding]], context_sim: float | None) -> dict[str, bool]:
    """The rules alone: the baseline printed beside the analyzer's scores."""

    def has(criterion, supports=True):
        return any(f.supports == supports for f in found[criterion])

    time_for = [f for f in found["time_bound"] if f.supports]
    time_against = [f for f in found["time_bound"] if not f.supports]
    time_ok = any(not any(a.start <= f.start < a.end for a in time_against) for f in time_for)
    return {
        "specific": has("specific") and not has("specific", False),
        "measurable": has("measurable"),
        "achievable": not has("achievable", False),
        "relevant": has("relevant") or (context_sim is not None and context_sim >= 0.45),
        "time_bound": time_ok,
    }
