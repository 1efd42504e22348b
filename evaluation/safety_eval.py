"""How well the safety route recognises disclosures: `python -m evaluation.safety_eval`.

On writer S's lines (`evaluation/data/safety/dev.jsonl`, a tuning set: the deed recognisers were
written while reading its misses), writers T's and V's (`dev2.jsonl`, `dev3.jsonl`; with S, what the
safety model learnt from), writer U's (`test.jsonl`, held out: only this report reads it) and the graded
suggestion situations' safety labels (dev tunes, test only reports); then whole notes through the notes
review: writer W's (tuning), writer X's (held out) and the ordinary notes of the notes evaluation. The baseline is the first tier of recognisers alone, those that name the harm.
"""

from __future__ import annotations

from evaluation.common import DATA, read_jsonl
from evaluation.train_safety import LINE_WRITERS


def _names_only(text: str) -> bool:
    from coach.analyzers.safety import _NOT_HARM, RECOGNIZERS

    guarded = [(m.start(), m.end()) for m in _NOT_HARM.finditer(text)]
    return any(
        not any(s <= m.start() < e for s, e in guarded)
        for rec in RECOGNIZERS
        for m in rec.pattern.finditer(text)
    )


def _recognisers(text: str) -> bool:
    from coach.analyzers.safety import detect_disclosures

    return bool(detect_disclosures(text))


def _routed(check) -> bool:
    """Safeguarding first: a recogniser, or the model at ``ROUTE_AT``."""
    return bool(check.disclosures)


def _routed_or_offered(check) -> bool:
    """Safeguarding first, or offered beside the ordinary suggestions (the model at ``OFFER_AT``)."""
    return bool(check.disclosures or check.possible)


def score(rows: list[tuple[object, bool]], recognise) -> dict:
    """Recall and false alarms of ``recognise`` over (text or its safety check, is a disclosure) rows."""
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


# The shipped model learnt the tuning writers' lines (a kernel head knows them by heart), so the shipped
# columns read each writer's lines by a model fitted without that writer.


def _left_out_checks(rows: list[tuple[str, bool]], probabilities) -> dict:
    """What the route would do with each line, read by a model fitted without its writer."""
    from types import SimpleNamespace

    from coach.analyzers.safety import detect_disclosures, route_for

    checks = {}
    for (text, _), p in zip(rows, probabilities):
        action = route_for(bool(detect_disclosures(text)), float(p))
        checks[text] = SimpleNamespace(
            disclosures=(action,) if action == "route" else (), possible=action == "offer" or None
        )
    return checks


def datasets() -> dict[str, list[tuple[str, bool]]]:
    from evaluation.retrieval_eval import load

    out = {
        **{
            f"writer {who} lines (tuning; read without them)": [
                (r["text"], r["disclosure"]) for r in read_jsonl(DATA / "safety" / name)
            ]
            for who, name in LINE_WRITERS.items()
        },
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
    print(
        "Safety route: disclosures found (recall) and false alarms. Baseline: the recognisers that name the"
    )
    print(
        "harm; then all recognisers; then the shipped route: safeguarding first (recognisers, or the model at"
    )
    print("P >= 0.96), and with the model's uncertain offer (P >= 0.70) beside the ordinary suggestions.")
    print(
        "A tuning writer's lines are read by a model fitted without that writer (the shipped one learnt them)."
    )
    from coach.analyzers.safety import check_safety

    # The shipped columns read one safety check per text (the model runs once, not once per column).
    systems = {
        "harm named (baseline)": (_names_only, False),
        "recognisers": (_recognisers, False),
        "routed first": (_routed, True),
        "routed or offered": (_routed_or_offered, True),
    }
    header = " | ".join(f"{name}: recall / false alarms" for name in systems)
    print(f"| data | disclosures / others | {header} |")
    print("|---|---|" + "---|" * len(systems))
    from coach.analyzers.safety_model import get_safety_model
    from evaluation.train_safety import left_out_readings

    left_out = left_out_readings(float(get_safety_model().info["C"]))
    by_name = {f"writer {who} lines (tuning; read without them)": n for who, n in LINE_WRITERS.items()}
    for name, rows in datasets().items():
        if name in by_name:
            checks = _left_out_checks(rows, left_out[by_name[name]])
        else:
            checks = {text: check_safety(text) for text, _ in rows}
        scores = [
            score([(checks[t], y) for t, y in rows] if on_check else rows, recognise)
            for recognise, on_check in systems.values()
        ]
        cells = " | ".join(f"{sc['recall']:.3f} / {sc['false alarms']}" for sc in scores)
        print(f"| {name} | {scores[0]['disclosures']} / {scores[0]['others']} | {cells} |")
    notes_report()
    return 0


def note_datasets() -> dict[str, list[tuple[str, bool]]]:
    """Whole notes: writers W's, N2's and N3's (tuning), writer X's (held out), and the ordinary notes of the notes
    evaluation (none discloses harm): the tuning writers' and writer D's test split (false alarms only)."""
    out = {
        "writer W notes (tuning)": [
            (r["text"], r["disclosure"]) for r in read_jsonl(DATA / "safety" / "notes_dev.jsonl")
        ],
        "writer N2 notes (tuning)": [
            (r["text"], r["disclosure"]) for r in read_jsonl(DATA / "safety" / "notes_dev2.jsonl")
        ],
        "writer N3 notes (tuning)": [
            (r["text"], r["disclosure"]) for r in read_jsonl(DATA / "safety" / "notes_dev3.jsonl")
        ],
        "writer X notes (held out)": [
            (r["text"], r["disclosure"]) for r in read_jsonl(DATA / "safety" / "notes_test.jsonl")
        ],
        "ordinary notes, writers C, E, F, G, I, J, K (tuning)": [
            (n["text"], False)
            for split in ("dev", "dev2", "dev3", "dev4", "dev6", "dev7", "dev8")
            for n in read_jsonl(DATA / "notes" / f"{split}.jsonl")
        ],
        "ordinary notes, writer H (the head did not learn from them)": [
            (n["text"], False) for n in read_jsonl(DATA / "notes" / "dev5.jsonl")
        ],
        "ordinary notes, writer D (test split)": [
            (n["text"], False) for n in read_jsonl(DATA / "notes" / "test.jsonl")
        ],
    }
    return out


def note_checks(texts: list[str]) -> list:
    """The notes review's safety check of each note, as ``review_notes`` makes it."""
    from coach.analyzers.safety import check_note_safety
    from coach.models.loading import get_sentence_embedder
    from coach.text.nlp import parse
    from coach.text.segment import segments

    embedder = get_sentence_embedder()
    out = []
    for text, doc in zip(texts, parse(texts)):
        sentences = [seg for seg in segments(doc) if seg.text.strip()]
        vectors = embedder.encode([seg.text for seg in sentences]) if sentences else None
        out.append(check_note_safety(text, [(seg.start, seg.end) for seg in sentences], vectors))
    return out


def notes_report() -> None:
    print(
        "\nWhole notes through the notes review. Baseline: the recognisers route. Shipped: a recogniser's finding"
    )
    print(
        "routes where the notes head reads the note as a possible disclosure too; the head alone only offers"
    )
    print("the playbook, marked uncertain (docs/decisions/2026-12-07-safety-model.md).")
    print(
        "| data | disclosures / others | recognisers: recall / false alarms | routed first: recall / false alarms "
        "| routed or offered: recall / false alarms |"
    )
    print("|---|---|---|---|---|")
    for name, rows in note_datasets().items():
        checks = note_checks([t for t, _ in rows])
        cells = [score([(t, y) for t, y in rows], _recognisers)] + [
            score([(c, y) for c, (_, y) in zip(checks, rows)], recognise)
            for recognise in (_routed, _routed_or_offered)
        ]
        shown = " | ".join(
            f"{'–' if sc['recall'] is None else format(sc['recall'], '.3f')} / {sc['false alarms']}"
            for sc in cells
        )
        print(f"| {name} | {cells[0]['disclosures']} / {cells[0]['others']} | {shown} |")


if __name__ == "__main__":
    raise SystemExit(main())
