"""The trained is-action-item head: its file, how it is stored and the one copy a process loads."""

from __future__ import annotations

import hashlib
from pathlib import Path

from coach.analyzers.actions.features import RULE_FEATURES
from coach.analyzers.actions.results import ANALYZER_VERSION
from coach.errors import ModelUnavailable
from coach.models.heads import BinaryHead, HeadsHolder, TrainedHeads

MODEL_FILE = Path(__file__).parents[2] / "trained" / "actions.json"


class ActionModel(TrainedHeads):
    """The is-action-item head (one head, stored as ``head``)."""

    FILE, VERSION, WHAT, TRAIN = MODEL_FILE, ANALYZER_VERSION, "The action-item analyzer", "actions"

    @property
    def head(self) -> BinaryHead:
        return self.heads["is_action"]

    @classmethod
    def heads_from(cls, data: dict) -> dict:
        return {"is_action": BinaryHead.from_dict(data["head"])}

    def heads_data(self) -> dict:
        return {"head": self.head.to_dict()}

    @classmethod
    def check_features(cls, heads: dict, path: Path) -> None:
        if heads["is_action"].feature_names[-len(RULE_FEATURES) :] != list(RULE_FEATURES):
            raise ModelUnavailable(
                f"{path} was trained with other rule features: run `mentor-coach train actions` again."
            )


def _action_embedder():
    from coach.models.loading import get_action_embedder

    return get_action_embedder()


get_action_model = HeadsHolder(ActionModel, _action_embedder)


def data_hash(*paths: Path) -> str:
    """A short fingerprint of files (the training data a head was fitted on).

    Example:
        >>> data_hash(Path("evaluation/data/actions/train.jsonl"))  # doctest: +SKIP
        '3f1c0a9e5b7d2c41'
    """
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:16]
