"""`mentor-coach eval feedback`: precision, recall and F1 per label on the feedback test split, for
the analyzer, a rules-only baseline and a majority baseline, side by side; then whole session
notes end to end (sentence splitting included).

Each test row goes through the public API (`analyze_feedback_many`) as a user's text would; the
row's judgement is the report's top-level one (personality if any sentence is, and so on).
"""

from __future__ import annotations

from collections import Counter

from evaluation.common import DATA, read_jsonl, table
from evaluation.goals_eval import prf

FOCI = ("behaviour", "personality", "other")


def _rules(texts: list[str]) -> list[dict]:
    from coach.analyzers.feedback import (
        feedback_features,
        find_feedback_evidence,
        rule_actionable,
        rule_focus,
        rule_specific,
    )
    from coach.text.nlp import parse

    out = []
    for doc in parse(texts, entities="none"):
        found = find_feedback_evidence(doc[:])
        feats = feedback_features(doc[:], found)
        out.append(
            {
                "focus": rule_focus(found, feats),
                "actionable": rule_actionable(found),
                "specific": rule_specific(found),
            }
        )
    return out


def evaluate() -> dict:
    from coach.analyzers.feedback import analyze_feedback_many

    train = read_jsonl(DATA / "feedback" / "train.jsonl")
    test = read_jsonl(DATA / "feedback" / "test.jsonl")
    texts = [r["text"] for r in test]
    reports = analyze_feedback_many(texts)
    ours = [{"focus": r.focus, "actionable": r.actionable, "specific": r.specific} for r in reports]
    rules = _rules(texts)
    majority_focus = Counter(r["focus"] for r in train).most_common(1)[0][0]
    feedback_train = [r for r in train if r["focus"] != "other"]
    majority = {
        "focus": majority_focus,
        "actionable": Counter(r["actionable"] for r in feedback_train).most_common(1)[0][0] == 1,
        "specific": Counter(r["specific"] for r in feedback_train).most_common(1)[0][0] == 1,
    }
    systems = {"analyzer": ours, "rules only": rules, "majority": [majority] * len(test)}
    results: dict = {"focus": {}, "binary": {}, "n": len(test)}
    gold_focus = [r["focus"] for r in test]
    for name, preds in systems.items():
        per = {}
        for label in FOCI:
            per[label] = prf([int(g == label) for g in gold_focus], [int(p["focus"] == label) for p in preds])
        per["macro"] = tuple(sum(per[label][k] for label in FOCI) / 3 for k in range(3))
        results["focus"][name] = per
    rows = [i for i, r in enumerate(test) if r["focus"] != "other"]
    for label in ("actionable", "specific"):
        gold = [int(test[i][label]) for i in rows]
        results["binary"][label] = {
            name: prf(gold, [int(bool(preds[i][label])) for i in rows]) for name, preds in systems.items()
        }
        results["binary"][label]["support"] = (sum(gold), len(gold))
    results["notes"] = evaluate_notes()
    return results


def evaluate_notes() -> dict:
    """Whole notes: split into sentences by the analyzer, matched to the labelled units by overlap."""
    from coach.analyzers.feedback import analyze_feedback_many

    notes = read_jsonl(DATA / "feedback" / "notes.jsonl")
    reports = analyze_feedback_many([n["text"] for n in notes])
    gold, pred, matched, total = [], [], 0, 0
    for note, report in zip(notes, reports):
        pos = 0
        for unit in note["sentences"]:
            start = note["text"].find(unit["text"], pos)
            end = start + len(unit["text"])
            pos = end
            total += 1
            best = max(report.sentences, key=lambda s: min(end, s.end) - max(start, s.start), default=None)
            overlap = (min(end, best.end) - max(start, best.start)) if best else 0
            if best is not None and overlap >= 0.5 * len(unit["text"]):
                matched += 1
                gold.append(unit["focus"])
                pred.append(best.focus)
    per = {label: prf([int(g == label) for g in gold], [int(p == label) for p in pred]) for label in FOCI}
    macro = sum(per[label][2] for label in FOCI) / 3
    return {"units": total, "matched": matched, "macro_f1": macro, "per": per}


def main() -> int:
    results = evaluate()
    print(f"Feedback focus on the test split ({results['n']} sentences, another writer than train):")
    rows = []
    for label in (*FOCI, "macro"):
        row = [label]
        for system in ("analyzer", "rules only", "majority"):
            row += list(results["focus"][system][label])
        rows.append(row)
    print(
        table(
            [
                "focus",
                "P",
                "R",
                "F1",
                "rules P",
                "rules R",
                "rules F1",
                "majority P",
                "majority R",
                "majority F1",
            ],
            rows,
        )
    )
    print("\nActionable and specific, on the test sentences whose gold focus is behaviour or personality:")
    rows = []
    for label, r in results["binary"].items():
        row = [label, f"{r['support'][0]}/{r['support'][1]}"]
        for system in ("analyzer", "rules only", "majority"):
            row += list(r[system])
        rows.append(row)
    print(
        table(
            [
                "label",
                "positives",
                "P",
                "R",
                "F1",
                "rules P",
                "rules R",
                "rules F1",
                "majority P",
                "majority R",
                "majority F1",
            ],
            rows,
        )
    )
    notes = results["notes"]
    print(
        f"\nWhole notes ({notes['units']} labelled units in 30 notes): {notes['matched']} units found by the "
        f"sentence splitter; focus macro-F1 on them {notes['macro_f1']:.3f} "
        + "("
        + ", ".join(f"{k} F1 {v[2]:.3f}" for k, v in notes["per"].items())
        + ")"
    )
    return 0
