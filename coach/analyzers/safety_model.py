"""The safety route's learnt reading: how likely a text is to disclose harm, and which harm, from its
MiniLM embedding, the one the suggestions search with (``mentor-coach train safety``).

The recognisers in ``coach.analyzers.safety`` name harms and deeds; on the lines of writers they were
not written from they found about one disclosure in seven (docs/decisions/2026-12-07-safety-model.md).
People rarely name the harm ("he waits by my car every night"), so a reading of the whole text adds
what the words miss. It is less sure than a named harm, and says so: a high probability routes the
text to safeguarding like a recogniser; a middling one only offers the safeguarding playbook beside
the ordinary suggestions, marked uncertain.

Example:
    >>> reading = read_disclosure(["my manager follows me to my car every night and I'm scared"])[0]
    >>> reading.probability > 0.5, reading.kind                                   # doctest: +SKIP
    (True, 'threat')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from coach.models.heads import HeadsHolder, SoftmaxHead, TrainedHeads, head_from_dict

MODEL_FILE = Path(__file__).parents[1] / "trained" / "safety.json"
ANALYZER_VERSION = "safety-1"


class SafetyModel(TrainedHeads):
    """Two heads on the sentence embedding: ``disclosure`` (yes/no) and ``kind`` (of five harms)."""

    FILE, VERSION, WHAT, TRAIN = MODEL_FILE, ANALYZER_VERSION, "The safety route's model", "safety"

    @classmethod
    def heads_from(cls, data: dict) -> dict:
        return {
            "disclosure": head_from_dict(data["heads"]["disclosure"]),
            "kind": SoftmaxHead.from_dict(data["heads"]["kind"]),
        }


def safety_embedder():
    """The suggestions' own embedder (float32 MiniLM): the route then reads the query vector the search
    has already made, instead of embedding the text a second time (3 ms of a 12 ms suggestion)."""
    from coach.models.loading import get_embedder

    return get_embedder()


get_safety_model = HeadsHolder(SafetyModel, safety_embedder)


@dataclass(frozen=True)
class DisclosureReading:
    """The model's reading of one text: P(it discloses harm), the likeliest harm and its probability."""

    probability: float
    kind: str
    kind_probability: float


def read_disclosure(texts: Sequence[str], vectors: np.ndarray | None = None) -> list[DisclosureReading]:
    """The model's reading of each text (``vectors``: their ``safety_embedder()`` vectors, if already made).

    Example:
        >>> [r.kind for r in read_disclosure(["he said he'd hurt me if I told anyone"])]   # doctest: +SKIP
        ['threat']
    """
    if not texts:
        return []
    model = get_safety_model()
    if vectors is None:
        vectors = safety_embedder().encode(list(texts))
    return _readings(model, vectors)


def _readings(model: TrainedHeads, vectors) -> list[DisclosureReading]:
    """Both heads of ``model`` on each vector: P(disclosure), the likeliest harm and its probability."""
    X = np.asarray(vectors, dtype=np.float64)
    probability = model.heads["disclosure"].predict_proba(X)
    kind_head = model.heads["kind"]
    kinds = kind_head.predict_proba(X)
    best = kinds.argmax(axis=1)
    return [
        DisclosureReading(float(p), str(kind_head.classes_[b]), float(k[b]))
        for p, b, k in zip(probability, best, kinds)
    ]


# --- Whole notes ------------------------------------------------------------------------------------
# The model above reads a whole short text. Read sentence by sentence over ordinary session notes it
# offered safeguarding on two notes in three: reported ordinary speech ("he told me he's 'just a driver
# really'") reads like a disclosure to it. The notes review therefore has its own head, trained with
# the sentences of ordinary notes as negatives and disclosures told inside notes as positives, on the
# vectors the review already has (the sentence analyzers' int8 MiniLM): reading a note costs no
# embedding (docs/decisions/2026-12-07-safety-model.md).
NOTES_MODEL_FILE = Path(__file__).parents[1] / "trained" / "safety_notes.json"


class NoteSafetyModel(SafetyModel):
    """The same two heads, ``disclosure`` and ``kind``, on a note sentence's int8 embedding."""

    FILE, VERSION, WHAT = NOTES_MODEL_FILE, "safety-notes-1", "The notes review's safety reading"


def _sentence_embedder():
    from coach.models.loading import get_sentence_embedder

    return get_sentence_embedder()


get_note_safety_model = HeadsHolder(NoteSafetyModel, _sentence_embedder)


def read_note_sentences(
    sentences: Sequence[str], vectors: np.ndarray | None = None
) -> list[DisclosureReading]:
    """The notes head's reading of each sentence of a note (``vectors``: their int8 sentence vectors).

    Example:
        >>> read_note_sentences(["He waits by her car most nights."])[0].kind            # doctest: +SKIP
        'threat'
    """
    if not sentences:
        return []
    model = get_note_safety_model()
    if vectors is None:
        vectors = _sentence_embedder().encode(list(sentences))
    return _readings(model, vectors)
