"""`mentor-coach train safety`: fit the safety route's model (coach/trained/safety.json).

Two heads on the MiniLM embedding of a whole text, the one the suggestions search with (``coach.models.heads``):

- ``disclosure`` (a kernel machine, ``KernelHead``; a logistic head until 2026-12-07): does the text disclose harassment, bullying, discrimination, a threat to someone's
  safety or self-harm? Positives and hard negatives: writers S, T, V, Y, Z and AA (``evaluation/data/safety/dev.jsonl``
  … ``dev6.jsonl``; 220, 220, 240, 240, 240 and 240 lines). Ordinary negatives: 600 of the knowledge base's cues (users' words
  for ordinary situations, from entries not about safeguarding), drawn with a fixed seed. Without them
  the head called 47 of the 151 ordinary suggestion situations (dev) a possible disclosure; with 600,
  10; with 1,200, 10 and less recall across writers (docs/decisions/2026-12-07-safety-model.md).
- ``kind``: which harm, on the disclosures of S, T, V, Y, Z and AA.

Regularisation is chosen across writers, not across folds of one writer: fit on all writers but one,
rank the one left out, and keep the C with the best mean AUC. Writer U's held-out lines (``test.jsonl``) and the
suggestion situations' test split are never read here.
"""

from __future__ import annotations

import time

import numpy as np

from evaluation.common import DATA, read_jsonl

# The line writers the model learns from, by letter (the safety README says who each is).
LINE_WRITERS = {
    "S": "dev.jsonl",
    "T": "dev2.jsonl",
    "V": "dev3.jsonl",
    "Y": "dev4.jsonl",
    "Z": "dev5.jsonl",
    "AA": "dev6.jsonl",
}
WRITERS = tuple(DATA / "safety" / name for name in LINE_WRITERS.values())
ORDINARY_NEGATIVES = 600
# The lines' disclosure head is a kernel machine (coach.models.heads.KernelHead); its C is chosen across
# writers from this grid. The kind head and the notes head stay logistic (``_disclosure_head``).
C_GRID = (1.0, 3.0, 10.0)
KIND_C = 0.1
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


def _kernel_head(X: np.ndarray, y: np.ndarray, C: float):
    from coach.models.heads import KernelHead

    return KernelHead(feature_names=[f"emb_{i}" for i in range(X.shape[1])], C=C).fit(X, y)


def _left_out(parts, X_ordinary: np.ndarray, C: float) -> list[np.ndarray]:
    """P(disclosure) of each writer's lines by a head fitted on the other writers and the ordinary cues."""
    readings = []
    for i, held in enumerate(parts):
        others = [p for j, p in enumerate(parts) if j != i]
        X = np.vstack([p[0] for p in others] + [X_ordinary])
        y = np.concatenate([p[1] for p in others] + [np.zeros(len(X_ordinary), dtype=int)])
        readings.append(_kernel_head(X, y, C).predict_proba(held[0]))
    return readings


def left_out_readings(C: float) -> dict[str, np.ndarray]:
    """Each tuning writer's lines (by file name) as a writer the model never learnt from would meet them:
    read by a head fitted without that writer. The shipped head knows its own training lines by heart."""
    from coach.analyzers.safety_model import safety_embedder

    embedder = safety_embedder()
    parts = []
    for path in WRITERS:
        rows = read_jsonl(path)
        parts.append(
            (
                embedder.encode([r["text"] for r in rows]).astype(np.float64),
                np.array([int(r["disclosure"]) for r in rows]),
            )
        )
    X_ordinary = embedder.encode(ordinary_situations()).astype(np.float64)
    return {path.name: p for path, p in zip(WRITERS, _left_out(parts, X_ordinary, C))}


def choose_c_across_writers(parts, X_ordinary: np.ndarray) -> tuple[float, dict]:
    """The C whose head, fitted on the other writers (and the ordinary cues), best ranks each writer's lines."""
    from sklearn.metrics import roc_auc_score

    scores = {}
    for C in C_GRID:
        readings = _left_out(parts, X_ordinary, C)
        scores[C] = round(float(np.mean([roc_auc_score(p[1], r) for p, r in zip(parts, readings)])), 4)
    return max(C_GRID, key=lambda c: (scores[c], -c)), scores


def train_safety() -> dict:
    """Fit and save coach/trained/safety.json and the notes head (safety_notes.json); returns C, the
    cross-writer AUCs and seconds."""
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
    disclosure = _kernel_head(X, y, C)
    names = [f"emb_{i}" for i in range(X.shape[1])]
    kind = SoftmaxHead(feature_names=names, C=KIND_C, n_embedding=X.shape[1]).fit(np.vstack(kinds_X), kinds_y)
    info = {
        "C": C,
        "cross_writer_auc": aucs,
        "lines": int(sum(len(p[1]) for p in parts)),
        "ordinary_negatives": len(X_ordinary),
        "embedder": embedder.model_id,
    }
    SafetyModel({"disclosure": disclosure, "kind": kind}, info).save()
    get_safety_model.reset()
    notes = train_note_safety()
    info["report"] = f"AUC on each writer left out, by C: {aucs}; notes head: {notes['cross_validated']}"
    info["seconds"] = round(time.perf_counter() - started, 1)
    return info


# --- The notes review's head (coach.analyzers.safety_model.NoteSafetyModel) ---------------------------
# Positives: the disclosure lines of S, T, V, Y, Z and AA, and the sentences of writers W's, N2's and N3's notes that carry a
# disclosure. Negatives: the others' lines, the ordinary cues, every sentence of the tuning writers'
# whole notes (C, E, F, G, I, J, K: none discloses harm) and the other sentences of W's, N2's and N3's notes. Writer X's notes
# and the test split of the whole notes (writer D) are never read here.
NOTES_WRITERS = tuple(
    DATA / "safety" / f for f in ("notes_dev.jsonl", "notes_dev2.jsonl", "notes_dev3.jsonl")
)
ORDINARY_NOTES = tuple(
    DATA / "notes" / f"{s}.jsonl" for s in ("dev", "dev2", "dev3", "dev4", "dev6", "dev7", "dev8")
)
NOTES_C_GRID = (0.01, 0.03, 0.1)
# The review offers the playbook, marked uncertain, from this probability; chosen on the cross-validated
# readings below: the lowest cut that offers it on at most one ordinary note in thirty.
NOTES_OFFER_GRID = (0.5, 0.6, 0.7, 0.8, 0.9)
NOTES_OFFER_FALSE_ALARMS = 1 / 30


def note_sentences(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Each text's sentences as the review reads them: (start, end, text)."""
    from coach.text.nlp import parse
    from coach.text.segment import segments

    return [[(s.start, s.end, s.text) for s in segments(d) if s.text.strip()] for d in parse(texts)]


def _carries(start: int, end: int, spans: list[dict]) -> bool:
    return any(min(end, sp["end"]) - max(start, sp["start"]) > 0.5 * (end - start) for sp in spans)


def _note_max(head, vectors: list[np.ndarray]) -> np.ndarray:
    return np.array([head.predict_proba(v).max() if len(v) else 0.0 for v in vectors])


def train_note_safety() -> dict:
    """Fit and save coach/trained/safety_notes.json: C and the offer cut chosen on readings of notes
    the head did not learn from (each notes writer, W, N2 and N3, left out in turn; each ordinary writer's
    notes left out in turn)."""
    from coach.analyzers.safety_model import NoteSafetyModel, get_note_safety_model
    from coach.models.heads import SoftmaxHead
    from coach.models.loading import get_sentence_embedder

    embedder = get_sentence_embedder()

    def encode(texts):
        return embedder.encode(list(texts)).astype(np.float64) if texts else np.zeros((0, embedder.dimension))

    lines = [r for path in WRITERS for r in read_jsonl(path)]
    X_lines = encode([r["text"] for r in lines])
    y_lines = np.array([int(r["disclosure"]) for r in lines])
    X_cues = encode(ordinary_situations())
    ordinary = {}
    for path in ORDINARY_NOTES:
        notes = read_jsonl(path)
        ordinary[path.stem] = [encode([t for *_, t in s]) for s in note_sentences([n["text"] for n in notes])]
    w_notes, w_writer = [], []
    for i, path in enumerate(NOTES_WRITERS):
        rows = read_jsonl(path)
        w_notes += rows
        w_writer += [i] * len(rows)
    w_sentences = note_sentences([n["text"] for n in w_notes])
    w_X = [encode([t for *_, t in s]) for s in w_sentences]
    w_y = [np.array([int(_carries(a, b, n["spans"])) for a, b, _ in s]) for n, s in zip(w_notes, w_sentences)]
    w_gold = np.array([int(n["disclosure"]) for n in w_notes])

    def fit(w_idx, writers, C):
        X = np.vstack([X_lines, X_cues] + [w_X[i] for i in w_idx] + [v for s in writers for v in ordinary[s]])
        y = np.concatenate(
            [y_lines, np.zeros(len(X_cues), dtype=int)]
            + [w_y[i] for i in w_idx]
            + [np.zeros(len(v), dtype=int) for s in writers for v in ordinary[s]]
        )
        return _disclosure_head(X, y, C)

    # Each notes writer's notes are read by a head that learnt from the other writers': what a new
    # writer's notes will meet.
    folds = [[j for j, w in enumerate(w_writer) if w == i] for i in range(len(NOTES_WRITERS))]
    everyone = list(ordinary)
    table = {}
    for C in NOTES_C_GRID:
        w_scores = np.zeros(len(w_notes))
        for fold in folds:
            left_out = set(fold)
            head = fit([j for j in range(len(w_notes)) if j not in left_out], everyone, C)
            w_scores[fold] = _note_max(head, [w_X[i] for i in fold])
        o_scores = np.concatenate(
            [
                _note_max(fit(range(len(w_notes)), [s for s in everyone if s != held], C), ordinary[held])
                for held in everyone
            ]
        )
        for cut in NOTES_OFFER_GRID:
            table[(C, cut)] = (
                float((w_scores[w_gold == 1] >= cut).mean()),
                int((w_scores[w_gold == 0] >= cut).sum()),
                float((o_scores >= cut).mean()),
            )
    allowed = [key for key, (_, _, fa) in table.items() if fa <= NOTES_OFFER_FALSE_ALARMS]
    C, offer_at = max(allowed, key=lambda key: (table[key][0], -table[key][1], -key[1]))
    head = fit(range(len(w_notes)), everyone, C)
    kinds_X = [x for x, r in zip(X_lines, lines) if r["disclosure"]]
    kinds_y = [r["kind"] for r in lines if r["disclosure"]]
    for n, X, y in zip(w_notes, w_X, w_y):
        kinds_X += list(X[y == 1])
        kinds_y += [n["kind"]] * int(y.sum())
    names = [f"emb_{i}" for i in range(embedder.dimension)]
    kind = SoftmaxHead(feature_names=names, C=C, n_embedding=embedder.dimension).fit(
        np.vstack(kinds_X), kinds_y
    )
    readings = {
        f"C={c} offer at {cut}": {
            "notes writers recall": round(r, 3),
            "notes writers false alarms": f,
            "ordinary notes offered": round(fa, 3),
        }
        for (c, cut), (r, f, fa) in table.items()
    }
    info = {
        "C": C,
        "offer_at": offer_at,
        "embedder": embedder.model_id,
        "cross_validated": readings[f"C={C} offer at {offer_at}"],
        "readings": readings,
    }
    NoteSafetyModel({"disclosure": head, "kind": kind}, info).save()
    get_note_safety_model.reset()
    return info
