"""`mentor-coach train estimates`: fit the calibration that turns the analyzers' unit probabilities into
program figures (coach/trained/estimate_calibration.json), on the tuning splits of the whole notes only
(writers C, E, F, G, H, I, J and K; the feedback figures on E, G, H, I, J and K, as the note heads learnt
from C and F).

On whole notes the heads' probabilities are not calibrated for what a program lead counts: on the
dev notes, feedback sentences got a mean P(actionable) of 0.36 where 0.18 were actionable, and some
detected units are not feedback at all. So each unit's probability is mapped by a Platt fit (a
one-feature logistic regression on its logit) to the probability that the unit has that property in
the gold labels, fitted on the detected units that are real feedback (questions, goals) in the gold
labels: the figures are shares of real units, and the detected set stands in for them. Action
items are counted, not judged, so their count is scaled by gold / detected on the dev notes.

The test split (another writer) is never read here; `mentor-coach eval estimates` reports on it.
"""

from __future__ import annotations

import json
import math

from evaluation.common import DATA, read_jsonl
from evaluation.notes_eval import matches, overlap

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
VERSION = 1


# The notes' tuning splits (writers C, E, F, G, H, I, J and K); the test split is never read here.
CALIBRATION_FILES = (
    DATA / "notes" / "dev.jsonl",
    DATA / "notes" / "dev2.jsonl",
    DATA / "notes" / "dev3.jsonl",
    DATA / "notes" / "dev4.jsonl",
    DATA / "notes" / "dev5.jsonl",
    DATA / "notes" / "dev6.jsonl",
    DATA / "notes" / "dev7.jsonl",
    DATA / "notes" / "dev8.jsonl",
    DATA / "notes" / "dev9.jsonl",
)


def _logit(p: float) -> float:
    p = min(1 - 1e-4, max(1e-4, float(p)))
    return math.log(p / (1 - p))


def unit_pairs(
    notes: list[dict], feedback: bool = True
) -> tuple[dict[str, list[tuple[float, int]]], int, int]:
    """(figure key -> [(the analyzers' probability, gold 0/1)], gold action items, detected action items).

    ``feedback=False`` leaves out the feedback figures: for notes the note heads were trained on, whose
    probabilities there are in-sample and would calibrate them as surer than they are.
    """
    from coach.program.estimate import feedback_probabilities, open_probability
    from coach.workflows.review import review_notes

    pairs: dict[str, list[tuple[float, int]]] = {}
    gold_actions = found_actions = 0

    def add(key: str, p: float, y: bool) -> None:
        pairs.setdefault(key, []).append((float(p), int(bool(y))))

    for note in notes:
        review = review_notes(note["text"], session_date=note.get("session_date"))
        gold = note["units"]

        def matched(start: int, end: int):
            best = max(gold, key=lambda u: overlap((start, end), (u["start"], u["end"])))  # noqa: B023
            return best if matches((start, end), (best["start"], best["end"])) else None

        for f in review.feedback if feedback else ():
            g = matched(f.start, f.end)
            if g is None or g["focus"] == "other":
                continue  # the figures are shares of real feedback: fitted on the units that are
            truth = {
                "personality": g["focus"] == "personality",
                "actionable": g["actionable"],
                "specific": g["specific"],
            }
            for name, p in feedback_probabilities(f).items():
                add(name, p, truth[name])
        for q in review.questions:
            g = matched(q.start, q.end)
            if g is not None and g["question"] is not None:
                add("open", open_probability(q), g["question"]["type"] == "open")
        gold_goals = [goal for u in gold for goal in u["goals"]]
        for goal in review.goals:
            same = [g for g in gold_goals if matches((goal.start, goal.end), (g["start"], g["end"]))]
            for c in CRITERIA if same else ():
                add(f"{c}_met", goal.criteria[c].score if c in goal.criteria else 0.0, same[0][c])
        gold_actions += sum(len(u["actions"]) for u in gold)
        found_actions += len(review.actions)
    return pairs, gold_actions, found_actions


def fit(pairs: list[tuple[float, int]]) -> list[float]:
    """Platt's [a, b]: calibrated p = sigmoid(a * logit(p) + b)."""
    from sklearn.linear_model import LogisticRegression

    ys = [y for _, y in pairs]
    if len(set(ys)) < 2:
        return [1.0, 0.0]
    model = LogisticRegression(C=1.0).fit([[_logit(p)] for p, _ in pairs], ys)
    return [round(float(model.coef_[0][0]), 5), round(float(model.intercept_[0]), 5)]


# Figures counted, not estimated from probabilities, get no detection factor (their own scale is above).
NOT_FACTORED = ("actions_per_session",)
FEEDBACK_FIGURES = ("personality_share", "actionable_share", "specific_share")


def _figure_ratio(splits, j: int, rows=None) -> float | None:
    """(gold share) / (estimated share) of figure ``j`` over ``splits`` (optionally resampled ``rows``)."""
    rows = rows or [slice(None)] * len(splits)
    gold_num, gold_den, est_num, est_den = (
        sum(part[k][r, j].sum() for part, r in zip(splits, rows)) for k in (1, 2, 3, 4)
    )
    if min(gold_num, gold_den, est_num, est_den) <= 0:
        return None
    return float((gold_num / gold_den) / (est_num / est_den))


def detection_factors(resamples: int = 400, seed: int = 11) -> dict[str, list[float]]:
    """Per figure, gold / estimate pooled over the tuning notes, and the standard deviation of its log.

    The estimate is what scoring stores (freshly calibrated probabilities over the detected units), so
    the factor carries what calibration cannot: units never detected, or detected but not real. Its
    spread adds the bootstrap over notes to the spread between writers, so an interval also admits
    that a new program's writers differ from the ones the factor was fitted on.
    """
    import numpy as np

    from coach.program.estimate import FIGURES, calibration
    from evaluation.estimates_eval import gold_table, scored_table
    from evaluation.train import NOTE_TRAINING_FILES

    calibration.cache_clear()
    splits = []
    for path in CALIBRATION_FILES:
        notes = read_jsonl(path)
        gold_num, gold_den = gold_table(notes)
        table, _ = scored_table(notes)
        splits.append((path, gold_num, gold_den, table.num, table.den))
    rng = np.random.default_rng(seed)
    out: dict[str, list[float]] = {}
    for j, name in enumerate(FIGURES):
        if name in NOT_FACTORED:
            continue
        # The feedback figures only from notes the note heads did not learn from.
        used = [s for s in splits if name not in FEEDBACK_FIGURES or s[0] not in NOTE_TRAINING_FILES]

        pooled = _figure_ratio(used, j)
        if pooled is None:
            continue
        logs = []
        for _ in range(resamples):
            rows = [rng.integers(0, len(p[1]), len(p[1])) for p in used]
            r = _figure_ratio(used, j, rows)
            if r is not None:
                logs.append(math.log(r))
        per_writer = [r for r in (_figure_ratio([p], j) for p in used) if r is not None]
        between = float(np.var(np.log(per_writer), ddof=1)) if len(per_writer) > 1 else 0.0
        factor = pooled if _factor_helps_a_new_writer(used, j) else 1.0
        if factor == 1.0 and per_writer:
            # Without the factor a writer's bias is the whole of log(ratio), not its spread about the mean.
            between = float(np.mean(np.square(np.log(per_writer))))
        spread = math.sqrt(float(np.var(logs)) + between) if logs else 0.0
        out[name] = [round(factor, 4), round(spread, 4)]
    return out


def _factor_helps_a_new_writer(used, j: int) -> bool:
    """Leave one writer out: is a factor pooled over the others closer to the left-out writer's gold than none?

    On eight writers (2026-12-07) it was for the actionable share (mean error 5.0 points without, 3.3 with),
    the open-question ratio (1.3 against 1.1) and, barely, the personality share (3.2 against 3.1); not for
    the specific share (1.5 against 1.8) or mean SMART (0.13 against 0.14): where calibration already
    carries a figure, a pooled factor mostly carries the tuning writers' quirks.
    """
    if len(used) < 3:
        return False
    with_factor = without = 0.0
    for k, held_out in enumerate(used):
        rest = used[:k] + used[k + 1 :]
        gold = held_out[1][:, j].sum() / max(held_out[2][:, j].sum(), 1e-9)
        est = held_out[3][:, j].sum() / max(held_out[4][:, j].sum(), 1e-9)
        factor = _figure_ratio(rest, j) or 1.0
        with_factor += abs(est * factor - gold)
        without += abs(est - gold)
    return with_factor < without


def main() -> int:
    from coach.program.estimate import CALIBRATION_PATH
    from evaluation.train import NOTE_TRAINING_FILES

    pairs: dict[str, list[tuple[float, int]]] = {}
    gold_actions = found_actions = 0
    for path in CALIBRATION_FILES:
        # The feedback figures only from notes the note heads did not learn from.
        found = unit_pairs(read_jsonl(path), feedback=path not in NOTE_TRAINING_FILES)
        for key, values in found[0].items():
            pairs.setdefault(key, []).extend(values)
        gold_actions += found[1]
        found_actions += found[2]
    calibration = {
        "version": VERSION,
        "fitted_on": [str(p.relative_to(DATA.parent.parent)) for p in CALIBRATION_FILES],
        "units": {k: len(v) for k, v in sorted(pairs.items())},
        "platt": {k: fit(v) for k, v in sorted(pairs.items())},
        "actions_per_detected": round(gold_actions / found_actions, 4) if found_actions else 1.0,
    }
    CALIBRATION_PATH.write_text(json.dumps(calibration, indent=2) + "\n", encoding="utf-8")
    # Then, with those probabilities, how far each figure still is from gold: the detection factor.
    calibration["detection"] = detection_factors()
    CALIBRATION_PATH.write_text(json.dumps(calibration, indent=2) + "\n", encoding="utf-8")
    for key, (a, b) in calibration["platt"].items():
        mean_p = sum(p for p, _ in pairs[key]) / len(pairs[key])
        mean_y = sum(y for _, y in pairs[key]) / len(pairs[key])
        print(
            f"{key:>16}: {len(pairs[key])} units, mean probability {mean_p:.3f}, gold {mean_y:.3f}, Platt a={a} b={b}"
        )
    print(
        f"action items: {found_actions} detected, {gold_actions} in gold -> x{calibration['actions_per_detected']}"
    )
    for name, (factor, spread) in calibration["detection"].items():
        print(f"{name:>20}: figure x{factor} (log spread {spread})")
    print(f"Wrote {CALIBRATION_PATH}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
