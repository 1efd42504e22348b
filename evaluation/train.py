"""`mentor-coach train`: fit the analyzers' classifier heads on the train splits, reproducibly.

The heads are logistic regressions on [sentence embedding + rule features], calibrated on
out-of-fold predictions, and saved as JSON in coach/trained/ (no code runs when they load).
Regularisation is chosen by 5-fold cross-validation on the train split only; the test split is
never read here.
"""

from __future__ import annotations

import time

import numpy as np

from evaluation.common import DATA, read_jsonl
from evaluation.model_selection import choose_c, choose_c_and_rule_weight, file_hash


def goal_training_matrix():
    """Features and labels of the goal train split (plus questions as extra non-goals)."""
    from coach.analyzers.goals import featurize
    from coach.models.loading import get_embedder
    from coach.text.nlp import parse

    goals = read_jsonl(DATA / "goals" / "train.jsonl")
    questions = read_jsonl(DATA / "questions" / "train.jsonl")
    texts = [g["text"] for g in goals] + [q["text"] for q in questions]
    contexts = [g.get("context") or None for g in goals] + [None] * len(questions)
    embedder = get_embedder()
    ctx_texts = sorted({c for c in contexts if c})
    vectors = embedder.encode(texts + ctx_texts)
    ctx = dict(zip(ctx_texts, vectors[len(texts) :]))
    vectors = vectors[: len(texts)]
    sims = [float(v @ ctx[c]) if c else None for v, c in zip(vectors, contexts)]
    X, _ = featurize(parse(texts, entities="when_likely"), vectors, sims)
    is_goal = np.array([1 if g["is_goal"] else 0 for g in goals] + [0] * len(questions))
    labels = {
        c: np.array([g[c] if g["is_goal"] else -1 for g in goals] + [-1] * len(questions))
        for c in ("specific", "measurable", "achievable", "relevant", "time_bound")
    }
    return X, is_goal, labels, embedder.dimension


def train_goals() -> dict:
    from coach.analyzers.goals import GoalModel, feature_names, get_goal_model
    from coach.models.heads import BinaryHead
    from coach.models.loading import get_embedder

    started = time.perf_counter()
    X, is_goal, labels, dimension = goal_training_matrix()
    names = feature_names(dimension)
    heads, info = (
        {},
        {
            "data": file_hash(DATA / "goals" / "train.jsonl", DATA / "questions" / "train.jsonl"),
            "cv_macro_f1": {},
            "C": {},
            "embedder": get_embedder().model_id,
        },
    )
    C, f1 = choose_c(X, is_goal)
    heads["is_goal"] = BinaryHead(names, C=C, tune_threshold=True).fit(X, is_goal)
    info["is_goal_threshold"] = heads["is_goal"].threshold_
    info["C"]["is_goal"], info["cv_macro_f1"]["is_goal"] = C, round(f1, 4)
    for criterion, y in labels.items():
        rows = y >= 0
        C, f1 = choose_c(X[rows], y[rows])
        heads[criterion] = BinaryHead(names, C=C).fit(X[rows], y[rows])
        info["C"][criterion], info["cv_macro_f1"][criterion] = C, round(f1, 4)
    info["n_train"] = int((labels["specific"] >= 0).sum())
    # The screen of note sentences in reviews and program scoring: the is-goal head again, on the
    # vectors the sentence analyzers already computed (another, lighter embedder), so sentences that
    # are surely not goals are never embedded in float32. Same features, same train split.
    from coach.models.loading import get_sentence_embedder

    sentence_embedder = get_sentence_embedder()
    if sentence_embedder.model_id != get_embedder().model_id:
        goals = read_jsonl(DATA / "goals" / "train.jsonl")
        questions = read_jsonl(DATA / "questions" / "train.jsonl")
        X_screen = X.copy()
        X_screen[:, :dimension] = sentence_embedder.encode(
            [g["text"] for g in goals] + [q["text"] for q in questions]
        )
        C, f1 = choose_c(X_screen, is_goal)
        heads["prescreen"] = BinaryHead(names, C=C).fit(X_screen, is_goal)
        info["C"]["prescreen"], info["cv_macro_f1"]["prescreen"] = C, round(f1, 4)
        info["prescreen_embedder"] = sentence_embedder.model_id
    GoalModel(heads, info).save()
    get_goal_model.reset()  # this process reads the new file next
    info["seconds"] = round(time.perf_counter() - started, 1)
    return info


def feedback_training_matrix(rows: list[dict]):
    """Features of labelled feedback sentences; each row is judged as one unit, as labelled."""
    from coach.analyzers.feedback import featurize
    from coach.models.loading import get_sentence_embedder
    from coach.text.nlp import parse

    texts = [r["text"] for r in rows]
    docs = parse(texts, entities="none")
    X, found, feats = featurize([d[:] for d in docs], get_sentence_embedder().encode(texts))
    return X, found, feats


# Whole notes' tuning splits (never their test split): every unit of a note carries the feedback labels, and
# in a note most sentences that read like feedback out of context are narration, the mentee's reported
# words, log-form tasks or headings (guide §2, "Whole notes"). Single sentences alone taught the focus
# head too little of that: 5-fold CV by note on the dev notes, focus macro-F1 0.856 -> 0.876 and 'other'
# read as behaviour 36 -> 18 of 443 (docs/decisions/2026-12-07-notes-in-training.md).
NOTE_TRAINING_FILES = (DATA / "notes" / "dev.jsonl", DATA / "notes" / "dev3.jsonl")


def note_unit_rows(paths) -> list[dict]:
    """Each unit of the notes in ``paths`` as a labelled feedback sentence."""
    return [
        {"text": u["text"], "focus": u["focus"], "actionable": u["actionable"], "specific": u["specific"]}
        for path in paths
        for note in read_jsonl(path)
        for u in note["units"]
    ]


def _fit_feedback_heads(X, rows, names, dimension, prefix: str, info: dict) -> dict:
    from coach.models.heads import BinaryHead, SoftmaxHead

    focus = [r["focus"] for r in rows]
    classes = sorted(set(focus))
    C, w, f1 = choose_c_and_rule_weight(X, np.array([classes.index(f) for f in focus]), dimension)
    heads = {f"{prefix}focus": SoftmaxHead(names, C=C, rule_weight=w, n_embedding=dimension).fit(X, focus)}
    key = f"{prefix}focus"
    info["C"][key], info["rule_weight"][key], info["cv_macro_f1"][key] = C, w, round(f1, 4)
    feedback = np.array([f != "other" for f in focus])
    for label in ("actionable", "specific"):
        y = np.array([int(r[label] or 0) for r in rows])
        C, w, f1 = choose_c_and_rule_weight(X[feedback], y[feedback], dimension)
        key = f"{prefix}{label}"
        heads[key] = BinaryHead(names, C=C, rule_weight=w, n_embedding=dimension).fit(
            X[feedback], y[feedback]
        )
        info["C"][key], info["rule_weight"][key], info["cv_macro_f1"][key] = C, w, round(f1, 4)
    return heads


def train_feedback() -> dict:
    """The sentence heads (feedback train split) and the note heads (that split plus every unit of the
    notes' tuning split), which judge sentences inside a whole note."""
    from coach.analyzers.feedback import FeedbackModel, feature_names, get_feedback_model
    from coach.models.loading import get_sentence_embedder

    started = time.perf_counter()
    sentence_file = DATA / "feedback" / "train.jsonl"
    rows = read_jsonl(sentence_file)
    unit_rows = note_unit_rows(NOTE_TRAINING_FILES)
    X, _, _ = feedback_training_matrix(rows)
    X_units, _, _ = feedback_training_matrix(unit_rows)
    X_all = np.vstack([X, X_units])
    dimension = get_sentence_embedder().dimension
    names = feature_names(dimension)
    info = {
        "data": file_hash(sentence_file, *NOTE_TRAINING_FILES),
        "cv_macro_f1": {},
        "C": {},
        "rule_weight": {},
        "embedder": get_sentence_embedder().model_id,
    }
    heads = _fit_feedback_heads(X, rows, names, dimension, "", info)
    heads |= _fit_feedback_heads(X_all, rows + unit_rows, names, dimension, "note_", info)
    info["n_train"] = len(rows)
    info["n_train_notes"] = len(unit_rows)
    FeedbackModel(heads, info).save()
    get_feedback_model.reset()  # this process reads the new file next
    info["seconds"] = round(time.perf_counter() - started, 1)
    return info


def train_questions() -> dict:
    from evaluation.train_questions import train_questions as train

    return train()


def train_actions() -> dict:
    from evaluation.train_actions import train_actions as train

    return train()


def train_safety() -> dict:
    from evaluation.train_safety import train_safety as train

    return train()


TRAINERS = {
    "goals": train_goals,
    "feedback": train_feedback,
    "questions": train_questions,
    "actions": train_actions,
    "safety": train_safety,
}


def main(targets: list[str]) -> int:
    for target in targets or list(TRAINERS):
        info = TRAINERS[target]()
        print(f"trained {target}: C {info['C']}")
        measured = info.get("report") or f"cross-validated macro-F1 on the train split: {info['cv_macro_f1']}"
        print(f"  {measured}  ({info['seconds']} s)")
    return 0
