"""The feedback analyzer's trained heads and the features they read: the sentence embedding followed
by the rule features of ``coach.analyzers.feedback.evidence``, the same for training and analysis.

Example:
    >>> rule_feature_names()[:3]
    ['trait', 'copular_trait', 'trait_attribute']
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from coach.analyzers.feedback.evidence import FeedbackFinding, feedback_features, find_feedback_evidence
from coach.models.heads import HeadsHolder, TrainedHeads
from coach.models.loading import get_sentence_embedder

MODEL_FILE = Path(__file__).parents[2] / "trained" / "feedback.json"
# Program scoring reads this from the source, without importing the module (coach.program.scoring).
ANALYZER_VERSION = "feedback-1"


# -- the trained heads -------------------------------------------------------------------------
class FeedbackModel(TrainedHeads):
    """The focus head (softmax over behaviour/personality/other) and the actionable and specific heads,
    for sentences given alone and, as ``note_*``, for sentences of a whole note."""

    FILE, VERSION, WHAT, TRAIN = MODEL_FILE, ANALYZER_VERSION, "The feedback analyzer", "feedback"


get_feedback_model = HeadsHolder(FeedbackModel, get_sentence_embedder)


# -- features shared by training and analysis ----------------------------------------------------
def rule_feature_names() -> list[str]:
    from coach.text.nlp import parse_one

    return list(feedback_features(parse_one("x"), []))


def rule_evidence(spans: Sequence) -> tuple[list[list[FeedbackFinding]], list[dict]]:
    """The findings and the rule features of each sentence (no embedding needed)."""
    found_all, feats_all = [], []
    for span in spans:
        found = find_feedback_evidence(span)
        found_all.append(found)
        feats_all.append(feedback_features(span, found))
    return found_all, feats_all


def feature_matrix(embeddings: np.ndarray, feats_all: list[dict]) -> np.ndarray:
    """Embedding followed by the rule features, one row per sentence."""
    rows = [list(feats.values()) for feats in feats_all]
    if not rows:
        return np.zeros((0, embeddings.shape[1]))
    return np.hstack([embeddings.astype(np.float64), np.asarray(rows, dtype=np.float64)])


def featurize(
    spans: Sequence, embeddings: np.ndarray
) -> tuple[np.ndarray, list[list[FeedbackFinding]], list[dict]]:
    """Feature matrix (embedding + rule features), the findings and the rule features per sentence."""
    found_all, feats_all = rule_evidence(spans)
    return feature_matrix(embeddings, feats_all), found_all, feats_all


def feature_names(dimension: int) -> list[str]:
    return [f"emb_{i}" for i in range(dimension)] + rule_feature_names()
