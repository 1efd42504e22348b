"""`mentor-coach train safety`: fit the safety route's model (coach/trained/safety.json).

Two heads on the MiniLM embedding of a whole text, the one the suggestions search with (``coach.models.heads``):

- ``disclosure``: does the text disclose harassment, bullying, discrimination, a threat to someone's
  safety or self-harm? Positives and hard negatives: writers S, T and V (``evaluation/data/safety/dev.jsonl``,
  ``dev2.jsonl``, ``dev3.jsonl``; 220, 220 and 240 lines). Ordinary negatives: 600 of the knowledge base's cues (users' words
  for ordinary situations, from entries not about safeguarding), drawn with a fixed seed. Without them
  the head called 47 of the 151 ordinary suggestion situations (dev) a possible disclosure; with 600,
  10; with 1,200, 10 and less recall across writers (docs/decisions/2026-12-07-safety-model.md).
- ``kind``: which harm, on the disclosures of S, T and V.

Regularisation is chosen across writers, not across folds of one writer: fit on all writers but one,
rank the one left out, and keep the C with the best mean AUC. Writer U's held-out lines (``test.jsonl``) and the
suggestion situations' test split are never read here.
"""

from __future__ import annotations

import time

import numpy as np

from evaluation.common import DATA, read_jsonl

WRITERS = (DATA / "safety" / "dev.jsonl", DATA / "safety" / "dev2.jsonl", DATA / "safety" / "dev3.jsonl")
ORDINARY_NEGATIVES = 600
C_GRID = (0.003, 0.01, 0.03, 0.1)
SEED = 20261207


def ordinary_situations(n: int = ORDINARY_NEGATIVES, seed: int = SEED) -> list[str]:
    """``n`` of the knowledge base's cues for situations that are not about safeguarding, in a fixed draw."""
    from knowledge import load_knowledge_base

    cues = sorted(
        {c for e in load_knowledge_base().entries if "safeguarding" not in e.topics for c in e.cues}
    )
    rng = np.random.default_rng(seed)
    return [cues[i] for i in sorted(rng.choice(len(cues), size=min(n, len(cues)), replace=False))]


def _disclosure_head(X: np.ndarray, y: np.ndarray, C: float):
    from coach.models.heads import BinaryHead

    names = [f"emb_{i}" for i in range(X.shape[1])]
    return BinaryHead(feature_names=names, C=C, class_weight="balanced", n_embedding=X.shape[1]).fit(X, y)


def choose_c_across_writers(parts, X_ordinary: np.ndarray) -> tuple[float, dict]:
    """The C whose head, fitted on the other writers (and the ordinary cues), best ranks each writer's lines."""
    from sklearn.metrics import roc_auc_score

    scores = {}
    for C in C_GRID:
        aucs = []
        for i, held in enumerate(parts):
            others = [p for j, p in enumerate(parts) if j != i]
            X = np.vstack([p[0] for p in others] + [X_ordinary])
            y = np.concatenate([p[1] for p in others] + [np.zeros(len(X_ordinary), dtype=int)])
            aucs.append(roc_auc_score(held[1], _disclosure_head(X, y, C).predict_proba(held[0])))
        scores[C] = round(float(np.mean(aucs)), 4)
    return max(C_GRID, key=lambda c: (scores[c], -c)), scores


def train_safety() -> dict:
    """Fit and save coach/trained/safety.json; returns C, the cross-writer AUCs and seconds."""
    from coach.analyzers.safety_model import SafetyModel, get_safety_model, safety_embedder
    from coach.models.heads import SoftmaxHead

    started = time.perf_counter()
    embedder = safety_embedder()
    parts, kinds_X, kinds_y = [], [], []
    for path in WRITERS:
        rows = read_jsonl(path)
        X = embedder.encode([r["text"] for r in rows]).astype(np.float64)
        y = np.array([int(r["disclosure"]) for r in rows])
        parts.append((X, y))
        kinds_X += [x for x, r in zip(X, rows) if r["disclosure"]]
        kinds_y += [r["kind"] for r in rows if r["disclosure"]]
    X_ordinary = embedder.encode(ordinary_situations()).astype(np.float64)
    C, aucs = choose_c_across_writers(parts, X_ordinary)
    X = np.vstack([p[0] for p in parts] + [X_ordinary])
    y = np.concatenate([p[1] for p in parts] + [np.zeros(len(X_ordinary), dtype=int)])
    disclosure = _disclosure_head(X, y, C)
    names = [f"emb_{i}" for i in range(X.shape[1])]
    kind = SoftmaxHead(feature_names=names, C=C, n_embedding=X.shape[1]).fit(np.vstack(kinds_X), kinds_y)
    info = {
        "C": C,
        "cross_writer_auc": aucs,
        "lines": int(sum(len(p[1]) for p in parts)),
        "ordinary_negatives": len(X_ordinary),
        "embedder": embedder.model_id,
    }
    SafetyModel({"disclosure": disclosure, "kind": kind}, info).save()
    get_safety_model.reset()
    info["report"] = f"AUC on each writer left out, by C: {aucs}"
    info["seconds"] = round(time.perf_counter() - started, 1)
    return info
