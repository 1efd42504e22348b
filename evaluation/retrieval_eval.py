"""`mentor-coach eval retrieval`: how useful the suggestions are, graded 0/1/2, by audience.

The situations (evaluation/data/retrieval/situations_{dev,test}.jsonl) were written by two writers,
briefed apart, who saw neither the knowledge base nor its cues; the grades (judgments-N.jsonl) were given
by practitioners who did not write the cues, on pools of every compared system's results
(evaluation/retrieval_pool.py): 2 = use it now, 1 = related, 0 = wrong for the situation. An entry no
grader saw counts as 0. The dev split may be used to tune retrieval; the test split only reports.

Reported for BM25, dense, the first hybrid (rank fusion) and the shipped system (fields, cues,
score-aware fusion, the safety route): P@5 (share of the top 5 graded >= 1, and = 2), nDCG@5,
success@1 (first result graded 2), and the share of situations with nothing useful in the top 5.
Also: the relevance floor on off-topic and non-English text, the safety route against the graders'
safety labels, and situations where the knowledge base itself lacks a fitting entry.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from evaluation.common import DATA, read_jsonl, table

K = 5
FILTER_KEYS = ("kind", "phase", "relationship", "audience", "topic")
AUDIENCES = ("mentor", "mentee", "program_lead")


@dataclass
class Graded:
    p5_useful: float = 0.0  # share of the top 5 graded >= 1
    p5_use_now: float = 0.0  # share of the top 5 graded 2
    ndcg: float = 0.0
    success1: float = 0.0  # the first result is graded 2
    nothing_useful: float = 0.0  # no result in the top 5 graded >= 1
    n: int = 0

    def add(self, other: Graded) -> None:
        for name in ("p5_useful", "p5_use_now", "ndcg", "success1", "nothing_useful"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.n += other.n

    def mean(self) -> Graded:
        n = max(self.n, 1)
        return Graded(
            self.p5_useful / n,
            self.p5_use_now / n,
            self.ndcg / n,
            self.success1 / n,
            self.nothing_useful / n,
            self.n,
        )


def score_ranking(ranked: list[str], grades: dict[str, int], k: int = K) -> Graded:
    """Graded scores of one ranking; an entry nobody graded counts as 0.

    Example:
        >>> round(score_ranking(["a", "b"], {"a": 2, "c": 2}).ndcg, 3)
        0.613
    """
    top = [grades.get(doc, 0) for doc in ranked[:k]]
    gains = [(2**g - 1) for g in top]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal_gains = sorted((2**g - 1 for g in grades.values()), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal_gains))
    return Graded(
        p5_useful=sum(g >= 1 for g in top) / k,
        p5_use_now=sum(g == 2 for g in top) / k,
        ndcg=dcg / idcg if idcg else 0.0,
        success1=float(bool(top) and top[0] == 2),
        nothing_useful=float(not any(g >= 1 for g in top)),
        n=1,
    )


def judgment_rows() -> list[dict]:
    """Every grader's lines, round by round (judgments-1.jsonl, judgments-2.jsonl, …)."""
    paths = sorted((DATA / "retrieval").glob("judgments-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))
    return [row for path in paths for row in read_jsonl(path)]


def load(split: str) -> tuple[list[dict], dict[str, dict]]:
    queries = read_jsonl(DATA / "retrieval" / f"situations_{split}.jsonl")
    judgments: dict[str, dict] = {}
    for row in judgment_rows():
        got = judgments.setdefault(row["id"], {"grades": {}, "safety": False, "kb_gap": False})
        got["grades"].update(row["grades"])
        got["safety"] = got["safety"] or bool(row.get("safety"))
        got["kb_gap"] = got["kb_gap"] or bool(row.get("kb_gap"))
    return queries, judgments


def _filters(q: dict) -> dict:
    return {k: v for k, v in (q.get("filters") or {}).items() if k in FILTER_KEYS}


def systems():
    """name -> function(index, query dict, vector) -> ranked entry ids."""
    from coach.workflows.suggest import make_filters, suggest

    def searcher(**options):
        def run(index, q, vector):
            filters = make_filters(**_filters(q))
            return [
                r.entry.id
                for r in index.search(q["query"], k=K, filters=filters, query_vector=vector, **options)
            ]

        return run

    def shipped(index, q, vector):
        return [r.id for r in suggest(q["query"], k=K, **_filters(q)).results]

    return {
        "lexical (BM25, fields)": searcher(mode="lexical", diversify=False),
        "dense (MiniLM, entry text)": searcher(mode="dense", diversify=False),
        "first hybrid (rank fusion + MMR)": searcher(mode="rrf", diversify=True),
        "shipped (fields, cues, score fusion, safety route)": shipped,
    }


def evaluate(split: str) -> dict:
    from coach.workflows.suggest import get_index, suggest

    index = get_index()
    queries, judgments = load(split)
    graded = [q for q in queries if not q.get("expect_nothing") and q["id"] in judgments]
    vectors = index.embedder.encode([q["query"] for q in graded]) if graded else []
    by_system: dict[str, dict[str, Graded]] = {}
    for name, run in systems().items():
        per = defaultdict(Graded)
        for q, vector in zip(graded, vectors):
            s = score_ranking(run(index, q, vector), judgments[q["id"]]["grades"])
            per["all"].add(s)
            per[q["audience"]].add(s)
        by_system[name] = {k: v.mean() for k, v in per.items()}
    off_topic = [q for q in queries if q.get("expect_nothing")]
    said_nothing = sum(1 for q in off_topic if suggest(q["query"], k=K).nothing_fits)
    safety_gold = {q["id"]: judgments[q["id"]]["safety"] for q in graded}
    # "first": a safeguarding playbook put first; "offered": beside the ordinary ones, marked uncertain.
    route = {}
    for q in graded:
        safety = suggest(q["query"], k=K, **_filters(q)).safety
        route[q["id"]] = None if not safety else ("offered" if safety.get("uncertain") else "first")
    tp = sum(1 for i in route if route[i] == "first" and safety_gold[i])
    fp = sum(1 for i in route if route[i] == "first" and not safety_gold[i])
    fn = sum(1 for i in route if route[i] != "first" and safety_gold[i])
    offered = (
        sum(1 for i in route if route[i] == "offered" and safety_gold[i]),
        sum(1 for i in route if route[i] == "offered" and not safety_gold[i]),
    )
    gaps = [q["id"] for q in graded if judgments[q["id"]]["kb_gap"]]
    # A first-round gap stays open until a later round grades some entry 2 for that situation.
    open_gaps = [i for i in gaps if not any(v == 2 for v in judgments[i]["grades"].values())]
    no_use_now = [q["id"] for q in graded if not any(v == 2 for v in judgments[q["id"]]["grades"].values())]
    return {
        "by_system": by_system,
        "graded": len(graded),
        "unjudged": len(queries) - len(graded) - len(off_topic),
        "off_topic": (said_nothing, len(off_topic)),
        "safety": (tp, fp, fn, offered),
        "kb_gaps": gaps,
        "open_gaps": open_gaps,
        "no_use_now": no_use_now,
    }


# "fresh": situations by a writer briefed after every change of 2026-12-07 was chosen, read once to see
# whether the gains hold on words nobody tuned on (evaluation/data/retrieval/README.md).
SPLITS = ("test", "dev", "fresh")


def main() -> int:
    for split in SPLITS:
        result = evaluate(split)
        print(
            f"\nSuggestions, {split} split: {result['graded']} graded situations "
            f"({result['unjudged']} not yet graded), top {K}; grades 2 = use it now, 1 = related."
        )
        rows = []
        for name, per in result["by_system"].items():
            s = per.get("all", Graded())
            rows.append((name, s.p5_useful, s.p5_use_now, s.ndcg, s.success1, s.nothing_useful))
        print(table(["system", "P@5 >= 1", "P@5 = 2", "nDCG@5", "success@1", "nothing useful"], rows))
        shipped = list(result["by_system"].values())[-1]
        print("\nShipped system by audience:")
        print(
            table(
                ["audience", "situations", "P@5 >= 1", "P@5 = 2", "nDCG@5", "success@1", "nothing useful"],
                [
                    (
                        a,
                        shipped[a].n,
                        shipped[a].p5_useful,
                        shipped[a].p5_use_now,
                        shipped[a].ndcg,
                        shipped[a].success1,
                        shipped[a].nothing_useful,
                    )
                    for a in AUDIENCES
                    if a in shipped
                ],
            )
        )
        said, total = result["off_topic"]
        tp, fp, fn, (offered_right, offered_wrong) = result["safety"]
        print(f"\nOff-topic or non-English situations answered 'nothing fits': {said} of {total}.")
        print(
            f"Safety route against the graders' safety labels: {tp} routed rightly, {fp} routed though not a "
            f"disclosure, {fn} disclosures not routed; of those not routed, the playbook offered as uncertain "
            f"to {offered_right} disclosures and {offered_wrong} other situations."
        )
        gaps, open_gaps = result["kb_gaps"], result["open_gaps"]
        print(
            f"Knowledge-base gaps the first-round graders found: {len(gaps)}; still without any entry graded 2: "
            f"{len(open_gaps)}" + (f" ({', '.join(open_gaps)})" if open_gaps else "") + "."
        )
        missing = result["no_use_now"]
        print(
            f"Situations with no entry graded 2 among all graded: {len(missing)}"
            + (f" ({', '.join(missing)})" if missing else "")
            + "."
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
