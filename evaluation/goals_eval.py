"""`mentor-coach eval goals`: per-criterion precision, recall and F1 on the goal test split, for
the analyzer, a rules-only baseline and a majority baseline, side by side."""

from __future__ import annotations

from collections import Counter

from evaluation.common import DATA, read_jsonl, table

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


def prf(gold: list[int], pred: list[int], positive: int = 1) -> tuple[float, float, float]:
    tp = sum(1 for g, p in zip(gold, pred) if g == positive and p == positive)
    fp = sum(1 for g, p in zip(gold, pred) if g != positive and p == positive)
    fn = sum(1 for g, p in zip(gold, pred) if g == positive and p != positive)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate() -> tuple[dict, dict]:
    from coach.analyzers.goals import analyze_goals, find_evidence, rule_decisions
    from coach.models.loading import get_embedder
    from coach.text.nlp import parse

    train = [g for g in read_jsonl(DATA / "goals" / "train.jsonl") if g["is_goal"]]
    test = read_jsonl(DATA / "goals" / "test.jsonl")
    reports = analyze_goals([t["text"] for t in test], [t.get("context") for t in test])
    docs = parse([t["text"] for t in test], entities="when_likely")
    embedder = get_embedder()
    sims = []
    for t in test:
        if t.get("context"):
            a, b = embedder.encode([t["text"], t["context"]])
            sims.append(float(a @ b))
        else:
            sims.append(None)
    goals = [i for i, t in enumerate(test) if t["is_goal"]]
    results = {}
    for c in CRITERIA:
        gold = [test[i][c] for i in goals]
        ours = [int(reports[i].is_goal and reports[i].criteria[c].met) for i in goals]
        rules = [int(rule_decisions(find_evidence(docs[i]), sims[i])[c]) for i in goals]
        majority_label = Counter(g[c] for g in train).most_common(1)[0][0]
        majority = [majority_label] * len(goals)
        results[c] = {
            "analyzer": prf(gold, ours),
            "rules only": prf(gold, rules),
            "majority": prf(gold, majority),
            "support": sum(gold),
            "n": len(gold),
        }
    is_goal_gold = [int(t["is_goal"]) for t in test]
    is_goal_pred = [int(r.is_goal) for r in reports]
    extra = {
        "is_goal": prf(is_goal_gold, is_goal_pred, positive=0),
        "n": len(test),
        "exact_smart_score": sum(
            1 for i in goals if reports[i].smart_score == sum(test[i][c] for c in CRITERIA)
        )
        / len(goals),
    }
    multi = read_jsonl(DATA / "goals" / "multi.jsonl")
    multi_reports = analyze_goals([m["text"] for m in multi])
    extra["multi_count_exact"] = sum(
        1 for m, r in zip(multi, multi_reports) if len(r.goals) == m["n_goals"]
    ) / len(multi)
    found = total = 0
    for m, r in zip(multi, multi_reports):
        spans = [(g.start, g.end) for g in r.goals]
        for goal in m["goals"]:
            total += 1
            s = m["text"].find(goal)
            e = s + len(goal)
            if any(min(e, b) - max(s, a) >= 0.6 * len(goal) for a, b in spans):
                found += 1
    extra["multi_goal_recall"] = found / total
    return results, extra


def main() -> int:
    results, extra = evaluate()
    print(f"SMART criteria on the goal test split ({results['specific']['n']} goals; positive class = met):")
    rows = []
    for c, r in results.items():
        row = [c, f"{r['support']}/{r['n']}"]
        for system in ("analyzer", "rules only", "majority"):
            p, rc, f = r[system]
            row += [p, rc, f]
        rows.append(row)
    print(
        table(
            [
                "criterion",
                "met",
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
    p, r, f = extra["is_goal"]
    print(
        f"\nNot-a-goal detection ({extra['n']} texts, positive class = not a goal): P {p:.3f} R {r:.3f} F1 {f:.3f}"
    )
    print(f"Exact SMART score (0-5) on test goals: {extra['exact_smart_score']:.3f}")
    print(
        f"Paragraphs with several goals: goal count exact in {extra['multi_count_exact']:.3f}; "
        f"goals found {extra['multi_goal_recall']:.3f}"
    )
    return 0
