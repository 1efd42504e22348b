"""The question analyzer's trained heads (is-question, open-vs-closed, leading) and their inputs:
[MiniLM sentence embedding + rule features], trained by ``mentor-coach train questions``.

Example:
    >>> feature_names(2)[:3]
    ['emb_0', 'emb_1', 'frame_declarative_q']
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from coach.analyzers.questions.cues import Cues
from coach.analyzers.questions.features import FEATURE_NAMES
from coach.errors import ModelUnavailable
from coach.models.heads import BinaryHead, HeadsHolder, TrainedHeads

# The trained heads of all the analyzers are kept together, in coach/trained/.
MODEL_FILE = Path(__file__).parents[2] / "trained" / "questions.json"
ANALYZER_VERSION = "questions-1"
HEADS = ("is_question", "open", "leading")


class QuestionModel(TrainedHeads):
    """Three heads (is-question, open-vs-closed, leading)."""

    FILE, VERSION, WHAT, TRAIN = MODEL_FILE, ANALYZER_VERSION, "The question analyzer", "questions"

    @classmethod
    def heads_from(cls, data: dict) -> dict:
        return {name: BinaryHead.from_dict(data["heads"][name]) for name in HEADS}

    @classmethod
    def check_features(cls, heads: dict, path: Path) -> None:
        if heads["open"].feature_names[-len(FEATURE_NAMES) :] != FEATURE_NAMES:
            raise ModelUnavailable(
                f"{path} was trained with other rule features: run `mentor-coach train questions`."
            )


def _sentence_embedder():
    from coach.models.loading import get_sentence_embedder

    return get_sentence_embedder()


get_question_model = HeadsHolder(QuestionModel, _sentence_embedder)


def feature_names(dimension: int) -> list[str]:
    """The names of a row's columns: the embedding's ``dimension`` columns, then the rule features."""
    return [f"emb_{i}" for i in range(dimension)] + FEATURE_NAMES


def featurize(cues_list: Sequence[Cues], embeddings: np.ndarray) -> np.ndarray:
    """[sentence embedding + rule features], one row per sentence."""
    rules = np.asarray([feature_row(c) for c in cues_list], dtype=np.float64).reshape(
        len(cues_list), len(FEATURE_NAMES)
    )
    return np.hstack([np.asarray(embeddings, dtype=np.float64).reshape(len(cues_list), -1), rules])


def feature_row(cues: Cues) -> list[float]:
    """The rule features of one sentence, in the order of ``FEATURE_NAMES``."""
    return [cues.features.get(name, 0.0) for name in FEATURE_NAMES]
