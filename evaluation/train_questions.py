"""`mentor-coach train questions`: fit the question analyzer's three heads on the train split.

Heads (``coach.models.heads.BinaryHead``: logistic regression on [MiniLM sentence embedding + rule
features], Platt-calibrated on out-of-fold predictions, saved as JSON):

- ``is_question``: question (open or closed) versus ``none`` (statements, instructions, reported
  questions).
- ``open``: open versus closed, on the open and closed train items.
- ``leading``: leading versus not, on the closed train items (the guide scores leading on closed
  questions only).

Only the question train split is fitted. Adding plain statements from the feedback and goal *train*
splits as extra negatives was tried (``compare_variants``): on held-out question train items it
changed nothing beyond one item, and the heads trained without them already call none of those
1,127 statements a question, so the simpler data was kept.

Regularisation is chosen per head by ``evaluation.model_selection.choose_c`` (5-fold CV, one-standard-error
rule); the is-question and leading thresholds by out-of-fold macro-F1. Only
``evaluation/data/questions/train.jsonl`` is read for fitting (``compare_variants`` also reads the
feedback and goal train splits): the test split and the passages are never read here.
"""

from __future__ import annotations

import time

import numpy as np

from evaluation.common import DATA, read_jsonl
from evaluation.model_selection import choose_c, file_hash

QUESTION_TRAIN = DATA / "questions" / "train.jsonl"
EXTRA_NEGATIVE_FILES = (DATA / "feedback" / "train.jsonl", DATA / "goals" / "train.jsonl")


def _cues_and_vectors(texts: list[str]):
    from coach.analyzers.questions import analyze_span
    from coach.models.loading import get_sentence_embedder
    from coach.text.nlp import parse

    docs = parse(texts)
    cues = [analyze_span(doc[:]) for doc in docs]
    return cues, get_sentence_embedder().encode(texts)


def question_training_data(extra_negatives: bool = True) -> dict:
    """Features and labels of the question train split (and the extra statements, last)."""
    from coach.analyzers.questions import featurize
    from coach.models.loading import get_sentence_embedder

    items = read_jsonl(QUESTION_TRAIN)
    texts = [item["text"] for item in items]
    cues, vectors = _cues_and_vectors(texts)
    X = featurize(cues, vectors)
    extra_texts: list[str] = []
    if extra_negatives:
        seen = {t.strip().lower() for t in texts}
        candidates = []
        for path in EXTRA_NEGATIVE_FILES:
            for row in read_jsonl(path):
                text = (row.get("text") or "").strip()
                if len(text) >= 3 and "?" not in text and text.lower() not in seen:
                    seen.add(text.lower())
                    candidates.append(text)
        extra_cues, extra_vectors = _cues_and_vectors(candidates)
        keep = [i for i, c in enumerate(extra_cues) if not c.rule_question]
        extra_texts = [candidates[i] for i in keep]
        if keep:
            X = np.vstack([X, featurize([extra_cues[i] for i in keep], extra_vectors[keep])])
    labels = [item["label"] for item in items]
    return {
        "X": X,
        "n_items": len(items),
        "labels": np.array(labels + ["none"] * len(extra_texts)),
        "leading": np.array([int(item["leading"]) for item in items] + [0] * len(extra_texts)),
        "texts": texts + extra_texts,
        "rule_cues": cues,
        "dimension": get_sentence_embedder().dimension,
    }


def fit_heads(
    X: np.ndarray,
    labels: np.ndarray,
    leading: np.ndarray,
    names: list[str],
    choose: bool = True,
    Cs: dict | None = None,
) -> tuple[dict, dict, dict]:
    """The three heads, with C chosen by CV on the rows given (or taken from ``Cs``)."""
    from coach.models.heads import BinaryHead

    heads, chosen, cv = {}, {}, {}
    is_q = (labels != "none").astype(int)
    rows_q = labels != "none"
    y_open = (labels[rows_q] == "open").astype(int)
    rows_closed = labels == "closed"
    y_lead = leading[rows_closed]
    for name, Xh, yh, tune in (
        ("is_question", X, is_q, True),
        ("open", X[rows_q], y_open, False),
        ("leading", X[rows_closed], y_lead, True),
    ):
        if choose:
            C, f1 = choose_c(Xh, yh)
            cv[name] = round(f1, 4)
        else:
            C = Cs[name]
        heads[name] = BinaryHead(names, C=C, tune_threshold=tune).fit(Xh, yh)
        chosen[name] = C
    return heads, chosen, cv


def train_questions() -> dict:
    """Fit and save coach/trained/questions.json; returns C, CV macro-F1 per head and seconds."""
    from coach.analyzers.questions import ANALYZER_VERSION, QuestionModel, feature_names, get_question_model
    from coach.models.loading import get_sentence_embedder

    started = time.perf_counter()
    data = question_training_data(extra_negatives=False)
    names = feature_names(data["dimension"])
    heads, chosen, cv = fit_heads(data["X"], data["labels"], data["leading"], names)
    info = {
        "data": file_hash(QUESTION_TRAIN),
        "C": chosen,
        "cv_macro_f1": cv,
        "thresholds": {name: head.threshold_ for name, head in heads.items()},
        "n_train": data["n_items"],
        "version": ANALYZER_VERSION,
        "embedder": get_sentence_embedder().model_id,
    }
    QuestionModel(heads, info).save()
    get_question_model.reset()  # this process reads the new file next
    info["seconds"] = round(time.perf_counter() - started, 1)
    return info


def _pipeline_predictions(heads: dict, X: np.ndarray) -> tuple[list[str], list[int]]:
    p_q = heads["is_question"].predict_proba(X)
    p_open = heads["open"].predict_proba(X)
    p_lead = heads["leading"].predict_proba(X)
    labels, leading = [], []
    for n in range(len(X)):
        if p_q[n] < heads["is_question"].threshold_:
            labels.append("none")
            leading.append(0)
        elif p_open[n] >= heads["open"].threshold_:
            labels.append("open")
            leading.append(0)
        else:
            labels.append("closed")
            leading.append(int(p_lead[n] >= heads["leading"].threshold_))
    return labels, leading


def compare_variants(seed: int = 13) -> dict:
    """Cross-validated item-level scores on the question train split, for the design choices.

    Variants: with or without the extra statements, and the rules alone. The extra statements are
    only ever added to the training folds; scores are on held-out question train items. (This
    composes the heads only: the analyzer also asks a leading cue of a leading judgement.)
    """
    from sklearn.model_selection import StratifiedKFold

    from coach.analyzers.questions import feature_names

    data = question_training_data(extra_negatives=True)
    n = data["n_items"]
    names = feature_names(data["dimension"])
    labels, leading, X = data["labels"], data["leading"], data["X"]
    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=seed).split(np.zeros(n), labels[:n]))
    _, Cs, _ = fit_heads(X, labels, leading, names)
    results = {}
    for variant in ("with extra statements", "question items only"):
        pred_l, pred_lead = np.empty(n, dtype=object), np.zeros(n, dtype=int)
        for train_idx, test_idx in folds:
            rows = list(train_idx) + (list(range(n, len(labels))) if variant.startswith("with") else [])
            heads, _, _ = fit_heads(X[rows], labels[rows], leading[rows], names, choose=False, Cs=Cs)
            pl, pld = _pipeline_predictions(heads, X[test_idx])
            pred_l[test_idx], pred_lead[test_idx] = pl, pld
        results[variant] = _scores(labels[:n], leading[:n], list(pred_l), list(pred_lead))
    rule_l = [
        "none" if not c.rule_question else "open" if c.rule_open else "closed" for c in data["rule_cues"]
    ]
    rule_lead = [int(c.rule_leading) for c in data["rule_cues"]]
    results["rules only (written with train in view)"] = _scores(labels[:n], leading[:n], rule_l, rule_lead)
    results["C"] = Cs
    return results


def _scores(gold, gold_leading, pred, pred_leading) -> dict:
    from sklearn.metrics import f1_score

    q = [i for i, g in enumerate(gold) if g != "none" and pred[i] != "none"]
    return {
        "3-way macro-F1": round(f1_score(gold, pred, average="macro"), 4),
        "open/closed macro-F1 (questions found)": round(
            f1_score([gold[i] for i in q], [pred[i] for i in q], average="macro"), 4
        ),
        "leading F1": round(f1_score(gold_leading, pred_leading), 4),
        "question-vs-none macro-F1": round(
            f1_score([g != "none" for g in gold], [p != "none" for p in pred], average="macro"), 4
        ),
    }


def main() -> int:
    info = train_questions()
    print(f"trained questions: C {info['C']}")
    print(f"  cross-validated macro-F1 on the train split: {info['cv_macro_f1']}  ({info['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
