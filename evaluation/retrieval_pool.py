"""Pool the entries every compared retrieval system returns for the graded situations, for grading.

Graded relevance is only fair to every system when each one's results were judged: the pool is the
union of each system's top 5 (BM25, dense, the first hybrid with rank fusion, the shipped ranking with
and without diversity, and the shipped suggest() with its safety route), plus the shipped ranking's
top 10. Graders see the situation and each pooled entry, in a random order, and never the system.

Run: `python -m evaluation.retrieval_pool OUT_DIR [--parts N]`; writes OUT_DIR/pool-<part>.jsonl.
Entries already judged (evaluation/data/retrieval/judgments-N.jsonl) are left out of the pool.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from evaluation.common import DATA, read_jsonl

SITUATIONS = ("situations_dev.jsonl", "situations_test.jsonl", "situations_fresh.jsonl")
FILTER_KEYS = ("kind", "phase", "relationship", "audience", "topic")


def situations() -> list[dict]:
    return [q for name in SITUATIONS for q in read_jsonl(DATA / "retrieval" / name)]


def judged() -> dict[str, dict[str, int]]:
    from evaluation.retrieval_eval import judgment_rows

    out: dict[str, dict[str, int]] = {}
    for row in judgment_rows():
        out.setdefault(row["id"], {}).update(row["grades"])
    return out


def pooled_ids(index, q: dict, vector) -> list[str]:
    from coach.workflows.suggest import make_filters, suggest

    filters = make_filters(**{k: v for k, v in (q.get("filters") or {}).items() if k in FILTER_KEYS})
    audience = index.who_asks(q["query"], vector).audience
    ids: dict[str, None] = {}
    runs = [
        dict(mode="lexical", diversify=False),
        dict(mode="dense", diversify=False),
        dict(mode="rrf", diversify=False),
        dict(mode="hybrid", diversify=False, audience=audience),
        dict(mode="hybrid", diversify=True, audience=audience),
    ]
    for options in runs:
        for r in index.search(q["query"], k=5, filters=filters, query_vector=vector, **options):
            ids.setdefault(r.entry.id, None)
    for r in index.search(q["query"], k=10, filters=filters, query_vector=vector, audience=audience):
        ids.setdefault(r.entry.id, None)
    for r in suggest(q["query"], k=5, **{k: v for k, v in (q.get("filters") or {}).items()}).results:
        ids.setdefault(r.id, None)
    return list(ids)


def entry_card(entry) -> dict:
    card = {
        "id": entry.id,
        "kind": entry.kind,
        "title": entry.title,
        "text": entry.text,
        "for": list(entry.audiences),
    }
    if entry.playbook is not None:
        card["playbook"] = entry.playbook.to_dict()
    return card


def main(argv: list[str] | None = None) -> int:
    from coach.workflows.suggest import get_index

    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m evaluation.retrieval_pool OUT_DIR [--parts N]")
        return 2
    out = Path(argv[0])
    parts = int(argv[argv.index("--parts") + 1]) if "--parts" in argv else 1
    out.mkdir(parents=True, exist_ok=True)
    index = get_index()
    by_id = {e.id: e for e in index.entries}
    done = judged()
    queries = [q for q in situations() if not q.get("expect_nothing")]
    vectors = index.embedder.encode([q["query"] for q in queries])
    rng = random.Random(11)
    rows = []
    for q, vector in zip(queries, vectors):
        ids = [i for i in pooled_ids(index, q, vector) if i not in done.get(q["id"], {})]
        rng.shuffle(ids)
        if ids:
            rows.append(
                {
                    "id": q["id"],
                    "query": q["query"],
                    "filters": q.get("filters") or {},
                    "candidates": [entry_card(by_id[i]) for i in ids],
                }
            )
    rng.shuffle(rows)
    for p in range(parts):
        with open(out / f"pool-{p + 1}.jsonl", "w", encoding="utf-8") as f:
            for row in rows[p::parts]:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    total = sum(len(r["candidates"]) for r in rows)
    print(f"{len(rows)} situations, {total} entries to grade, in {parts} part(s) under {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
