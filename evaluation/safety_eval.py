"""How well the safety route recognises disclosures: `python -m evaluation.safety_eval`.

On writer S's lines (`evaluation/data/safety/dev.jsonl`, a tuning set: the deed recognisers were
written while reading its misses), writer U's (`test.jsonl`, held out: only this report reads it) and on the graded suggestion situations' safety labels (dev tunes,
test only reports). The baseline is the first tier of recognisers alone, those that name the harm.
"""

from __future__ import annotations

from evaluation.common import DATA, read_jsonl


def _names_only(text: str) -> bool:
    from coach.analyzers.safety import _NOT_HARM, RECOGNIZERS

    guarded = [(m.start(), m.end()) for m in _NOT_HARM.finditer(text)]
    return any(
        not any(s <= m.start() < e for s, e in guarded)
        for rec in RECOGNIZERS
        for m in rec.pattern.finditer(text)
    )


def _shipped(text: str) -> bool:
    from coach.analyzers.safety import detect_disclosures

    return bool(detect_disclosures(text))


def score(rows: list[tuple[str, bool]], recognise) -> dict:
    hits = [(recognise(t), y) for t, y in rows]
    tp = sum(1 for h, y in hits if h and y)
    fp = sum(1 for h, y in hits if h and not y)
    fn = sum(1 for h, y in hits if not h and y)
    return {
        "disclosures": tp + fn,
        "others": len(rows) - tp - fn,
        "recall": tp / (tp + fn) if tp + fn else None,
        "false alarms": fp,
    }


def datasets() -> dict[str, list[tuple[str, bool]]]:
    from evaluation.retrieval_eval import load

    out = {
        "writer S lines (tuning)": [
            (r["text"], r["disclosure"]) for r in read_jsonl(DATA / "safety" / "dev.jsonl")
        ],
        "writer U lines (held out)": [
            (r["text"], r["disclosure"]) for r in read_jsonl(DATA / "safety" / "test.jsonl")
        ],
    }
    for split in ("dev", "test"):
        queries, judgments = load(split)
        out[f"suggestion situations, {split}"] = [
            (q["query"], judgments[q["id"]]["safety"])
            for q in queries
            if q["id"] in judgments and not q.get("expect_nothing")
        ]
    return out


def main() -> int:
    print("Safety route: disclosures recognised (recall) and false alarms, against the baseline of")
    print("recognisers that name the harm only.")
    print("| data | disclosures / others | recall | false alarms | baseline recall | baseline false alarms |")
    print("|---|---|---|---|---|---|")
    for name, rows in datasets().items():
        new, base = score(rows, _shipped), score(rows, _names_only)
        print(
            f"| {name} | {new['disclosures']} / {new['others']} | {new['recall']:.3f} | {new['false alarms']} "
            f"| {base['recall']:.3f} | {base['false alarms']} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
