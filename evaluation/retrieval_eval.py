"""`mentor-coach eval retrieval`: recall@5, nDCG@5 and MRR of lexical, dense and fused retrieval.

The queries were written as users type them, with every relevant entry judged by hand
(evaluation/data/retrieval/). The dev split may be used to tune retrieval; the test split only
reports.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from evaluation.common import DATA, read_jsonl, table

K = 5
FILTER_KEYS = {"kind": "kind", "phase": "phase", "relationship": "relationship", "audience": "audience",
               "topic": "topic"}


@dataclass
class Scores:
    recall: float
    ndcg: float
    mrr: float


def score_ranking(ranked: list[str], relevant: set[str], k: int = K) -> Scores:
    top = ranked[:k]
    hits = [1.0 if doc in relevant else 0.0 for doc in top]
    recall = sum(hits) / len(relevant) if relevant else 0.0
    dcg = sum(h / math.log2(i + 2) for i, h in enumerate(hits))
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    mrr = next((1.0 / (i + 1) for i, doc in enumerate(ranked) if doc in relevant), 0.0)
    return Scores(recall, dcg / ideal if ideal else 0.0, mrr)


def evaluate(split: str = "test") -> dict[str, Scores]:
    from coach.suggest import get_index, make_filters

    index = get_index()
    known = {e.id for e in index.entries}
    queries = [q for q in read_jsonl(DATA / "retrieval" / "queries.jsonl") if q.get("split", "test") == split]
    systems = {
        "lexical (BM25)": dict(mode="lexical", diversify=False),
        "dense (MiniLM + faiss)": dict(mode="dense", diversify=False),
        "fused (RRF)": dict(mode="hybrid", diversify=False),
        "fused + MMR (shipped)": dict(mode="hybrid", diversify=True),
    }
    totals = {name: Scores(0, 0, 0) for name in systems}
    vectors = index.embedder.encode([q["query"] for q in queries])
    for q, vector in zip(queries, vectors):
        relevant = set(q["relevant"]) & known
        filters = make_filters(**{FILTER_KEYS[k]: v for k, v in (q.get("filters") or {}).items()})
        for name, options in systems.items():
            ranked = [r.entry.id for r in index.search(q["query"], k=K, filters=filters, query_vector=vector,
                                                       **options)]
            s = score_ranking(ranked, relevant)
            t = totals[name]
            totals[name] = Scores(t.recall + s.recall, t.ndcg + s.ndcg, t.mrr + s.mrr)
    n = max(len(queries), 1)
    return {name: Scores(t.recall / n, t.ndcg / n, t.mrr / n) for name, t in totals.items()}, len(queries)


def main() -> int:
    for split in ("test", "dev"):
        results, n = evaluate(split)
        print(f"\nRetrieval, {split} split ({n} queries), cut-off {K}; MRR over the top {K}:")
        print(table(["system", f"recall@{K}", f"nDCG@{K}", "MRR"],
                    [(name, s.recall, s.ndcg, s.mrr) for name, s in results.items()]))
    return 0
