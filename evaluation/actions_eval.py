"""`mentor-coach eval actions`: action items in session notes, on the test split (writer B), for the
analyzer beside a simple baseline.

How items are counted
- **Detection.** A predicted item matches a labelled one when their spans (the sentence, bullet or
  turn) overlap by at least half of the labelled span. Matching is one-to-one: when several labelled
  items share one sentence ("rewrite opener, have conversation (Thu)" is two items), each needs its
  own predicted item, and pairs are chosen to match as many items as possible, preferring the pairs
  whose tasks overlap most. An unmatched prediction is a false positive, an unmatched label a miss.
  Precision on the notes with no item at all (hard negatives: advice, past events, wishes, agenda)
  is reported as the number of items wrongly found in them.
- **Owner.** Exact label (``mentee``/``mentor``/``both``/a name) on the matched pairs: accuracy, and
  the macro-F1 over the owner labels; plus end to end (an item counts only when found *and* its
  owner is right).
- **Due date.** Exact ISO date. Precision over the predicted due dates (a due on an unmatched item
  counts as wrong), recall over the labelled ones (a labelled due on a missed item counts as
  missed), and the accuracy by kind of date on matched items with a labelled due.
- **Task.** Token F1 between the predicted and the labelled task, averaged over matched pairs.
- **Carried.** For each follow-up note, last session's labelled items are given to
  ``track_previous`` with the new note; the status it returns for each item the note reports on
  (the labelled ``carried`` entries) is compared with the label.
- **Baseline.** Every line or sentence with a modal will/'ll/shall/going-to or a to-do cue ("X to
  do Y", "TODO", "action") is an action, owned by the mentee, due the first date the date finder
  (``coach.text.dates.find_dates``) reads in it, with the whole sentence as its task; every carried item
  ``done`` (the train split's most frequent status).
"""

from __future__ import annotations

import re
import time
from collections import Counter

from evaluation.common import DATA, read_jsonl, table
from evaluation.goals_eval import prf

ACTIONS = DATA / "actions"
OWNER_ROLES = ("mentee", "mentor", "both")


# -- matching ----------------------------------------------------------------------------------------
def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w'’&+/-]+", (text or "").lower())


def token_f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def match_items(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs whose spans overlap by ≥ 50% of the gold span."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if not gold or not predicted:
        return []
    weight = np.full((len(gold), len(predicted)), -1.0)
    for g, a in enumerate(gold):
        length = max(1, a["end"] - a["start"])
        for p, b in enumerate(predicted):
            overlap = min(a["end"], b["end"]) - max(a["start"], b["start"])
            if overlap >= 0.5 * length:
                weight[g, p] = 10.0 + token_f1(a["task"], b["task"])
    rows, cols = linear_sum_assignment(-weight)
    return [(int(g), int(p)) for g, p in zip(rows, cols) if weight[g, p] > 0]


# -- the baseline ------------------------------------------------------------------------------------
_BASE_CUE = re.compile(
    r"\b(?:will|shall|going to|gonna|todo|to-?do|action)\b|'ll\b|’ll\b|^\W*[\w.()]+\s+to\s+[a-z]+", re.I
)
_SPLIT = re.compile(r"[^\n.!?]+[.!?]*")
_LEAD = re.compile(r"^\s*(?:[-*•·▪‣◦–—>+]+|->|→|\(?\d{1,3}[.)]|\[\s?[xX ]?\s?\])?\s*")


def baseline_items(row: dict) -> list[dict]:
    from coach.text.dates import find_dates, guess_day_first

    text, items = row["text"], []
    day_first = guess_day_first(text, row["session_date"])
    for m in _SPLIT.finditer(text):
        start, end = m.start(), m.end()
        lead = _LEAD.match(text, start, end)
        start = lead.end() if lead else start
        while end > start and text[end - 1].isspace():
            end -= 1
        piece = text[start:end]
        if not piece.strip() or not _BASE_CUE.search(piece):
            continue
        dates = [
            d
            for d in find_dates(text, row["session_date"], day_first=day_first, start=start, end=end)
            if d.iso
        ]
        items.append(
            {
                "start": start,
                "end": end,
                "text": piece,
                "owner": "mentee",
                "task": piece,
                "due": dates[0].iso if dates else None,
            }
        )
    return items


# -- scoring -----------------------------------------------------------------------------------------
def _due_kind(action: dict) -> str:
    t = (action.get("due_text") or "").lower()
    if re.search(
        r"\d{4}-\d{2}-\d{2}|\b\d{1,2}[/.]\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3}|\b[a-z]{3,9}\.?\s+\d{1,2}\b|"
        r"\bthe \d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?:st|nd|rd|th)\b",
        t,
    ):
        return "calendar date"
    if re.search(
        r"\b(?:exam|session|circle|meeting|then|conference|shift|deadline|panel|kick-?off|"
        r"appraisal|mid-year|cruise|1:1|pilot|planning|submit|huddle|meet)\b",
        t,
    ):
        return "named event"
    return "relative words"


def _owner_ok(gold: str, pred: str) -> bool:
    return gold.strip().lower() == (pred or "").strip().lower()


def score(rows: list[dict], predicted: list[list[dict]]) -> dict:
    tp = fp = fn = 0
    fp_no_item_notes = 0
    owner_pairs: list[tuple[str, str]] = []
    due_tp = due_pred = due_gold = 0
    due_by_kind: dict[str, list[int]] = {}
    task_f1s: list[float] = []
    owner_e2e = 0
    for row, items in zip(rows, predicted):
        gold = row["actions"]
        pairs = match_items(gold, items)
        tp += len(pairs)
        fp += len(items) - len(pairs)
        fn += len(gold) - len(pairs)
        if not gold:
            fp_no_item_notes += len(items)
        due_pred += sum(1 for i in items if i.get("due"))
        due_gold += sum(1 for a in gold if a.get("due"))
        for g, p in pairs:
            a, b = gold[g], items[p]
            owner_pairs.append((a["owner"], b.get("owner") or ""))
            owner_e2e += int(_owner_ok(a["owner"], b.get("owner")))
            task_f1s.append(token_f1(a["task"], b.get("task") or ""))
            if a.get("due"):
                ok = b.get("due") == a["due"]
                due_tp += int(ok)
                due_by_kind.setdefault(_due_kind(a), []).append(int(ok))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    owner_acc = sum(_owner_ok(g, q) for g, q in owner_pairs) / len(owner_pairs) if owner_pairs else 0.0
    # Per owner class (mentee, mentor, both, named person): a predicted owner counts for its class,
    # and is right only when it is the exact label (a named person must be the right person).
    labels = sorted({_owner_class(g) for g, _ in owner_pairs})
    per_class = {}
    for label in labels:
        hits = sum(1 for g, q in owner_pairs if _owner_class(g) == label and _owner_ok(g, q))
        predicted = sum(1 for _, q in owner_pairs if _owner_class(q) == label)
        gold_n = sum(1 for g, _ in owner_pairs if _owner_class(g) == label)
        p_l = hits / predicted if predicted else 0.0
        r_l = hits / gold_n if gold_n else 0.0
        per_class[label] = (p_l, r_l, 2 * p_l * r_l / (p_l + r_l) if p_l + r_l else 0.0, gold_n)
    owner_macro = sum(v[2] for v in per_class.values()) / len(per_class) if per_class else 0.0
    n_pred = tp + fp
    n_gold = tp + fn
    e2e_p = owner_e2e / n_pred if n_pred else 0.0
    e2e_r = owner_e2e / n_gold if n_gold else 0.0
    due_p = due_tp / due_pred if due_pred else 0.0
    due_r = due_tp / due_gold if due_gold else 0.0
    return {
        "detection": (p, r, f1),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "fp_no_item_notes": fp_no_item_notes,
        "no_item_notes": sum(1 for row in rows if not row["actions"]),
        "owner_accuracy": owner_acc,
        "owner_macro_f1": owner_macro,
        "owner_per_class": per_class,
        "owner_end_to_end": (e2e_p, e2e_r, 2 * e2e_p * e2e_r / (e2e_p + e2e_r) if e2e_p + e2e_r else 0.0),
        "due": (due_p, due_r, 2 * due_p * due_r / (due_p + due_r) if due_p + due_r else 0.0),
        "due_matched_accuracy": sum(sum(v) for v in due_by_kind.values())
        / max(1, sum(len(v) for v in due_by_kind.values())),
        "due_by_kind": {k: (sum(v) / len(v), len(v)) for k, v in sorted(due_by_kind.items())},
        "task_token_f1": sum(task_f1s) / len(task_f1s) if task_f1s else 0.0,
        "matched": len(owner_pairs),
    }


def _owner_class(owner: str) -> str:
    return owner if owner in OWNER_ROLES else "named person"


def carried_predictions(rows: list[dict]) -> tuple[list[str], list[str]]:
    """Gold and predicted statuses for every labelled carried entry of the follow-up notes."""
    from coach.analyzers.actions import track_previous

    by_id = {r["id"]: r for r in rows}
    gold, pred = [], []
    for row in rows:
        if not row.get("previous_id"):
            continue
        previous = by_id[row["previous_id"]]["actions"]
        tracked = track_previous(previous, row["text"])
        for c in row["carried"]:
            gold.append(c["status"])
            pred.append(tracked[c["previous_action"]].status)
    return gold, pred


# -- the report --------------------------------------------------------------------------------------
def evaluate(rows: list[dict]) -> dict:
    from coach.analyzers.actions import extract_actions_many

    started = time.perf_counter()
    results = extract_actions_many([r["text"] for r in rows], [r["session_date"] for r in rows])
    seconds = time.perf_counter() - started
    ours = [[i.to_dict() for i in items] for items in results]
    base = [baseline_items(r) for r in rows]
    gold_c, pred_c = carried_predictions(rows)
    return {
        "analyzer": score(rows, ours),
        "baseline": score(rows, base),
        "seconds": seconds,
        "carried": {"gold": gold_c, "analyzer": pred_c, "baseline": ["done"] * len(gold_c)},
    }


def _carried_rows(c: dict) -> list[list[object]]:
    rows = []
    for system in ("analyzer", "baseline"):
        pred = c[system]
        acc = sum(g == p for g, p in zip(c["gold"], pred)) / len(c["gold"]) if c["gold"] else 0.0
        f1s = [prf(c["gold"], pred, s)[2] for s in ("done", "open", "dropped")]
        rows.append([system, acc, *f1s, len(c["gold"])])
    return rows


def main(split: str = "test") -> int:
    """Print the tables for the test split (``split="train"`` only to check the runner: in-sample)."""
    rows = read_jsonl(ACTIONS / f"{split}.jsonl")
    result = evaluate(rows)
    a, b = result["analyzer"], result["baseline"]
    n_items = sum(len(r["actions"]) for r in rows)
    print(
        f"## Action items: {split} split ({len(rows)} notes, {n_items} items{', writer B' if split == 'test' else ', IN-SAMPLE'})\n"
    )
    print("### Detection (span overlap ≥ 50% of the labelled span, one-to-one)\n")
    print(
        table(
            [
                "system",
                "precision",
                "recall",
                "F1",
                "TP",
                "FP",
                "FN",
                f"items found in the {a['no_item_notes']} no-item notes",
            ],
            [
                [name, *s["detection"], s["tp"], s["fp"], s["fn"], s["fp_no_item_notes"]]
                for name, s in (("analyzer", a), ("baseline", b))
            ],
        )
    )
    target = 0.85
    f1 = a["detection"][2]
    print(
        f"\nTarget detection F1 ≥ {target}: {'met' if f1 >= target else f'not met, short by {target - f1:.3f}'} "
        f"(F1 {f1:.3f}).\n"
    )
    print("### Owner (on matched items; end to end = found and owner right)\n")
    print(
        table(
            ["system", "accuracy", "macro-F1", "end-to-end P", "end-to-end R", "end-to-end F1", "matched"],
            [
                [name, s["owner_accuracy"], s["owner_macro_f1"], *s["owner_end_to_end"], s["matched"]]
                for name, s in (("analyzer", a), ("baseline", b))
            ],
        )
    )
    print()
    print(
        table(
            ["owner (analyzer)", "precision", "recall", "F1", "labelled"],
            [[k, *v] for k, v in a["owner_per_class"].items()],
        )
    )
    print("\n### Due date (exact ISO date)\n")
    print(
        table(
            ["system", "precision", "recall", "F1", "accuracy on matched items with a due"],
            [[name, *s["due"], s["due_matched_accuracy"]] for name, s in (("analyzer", a), ("baseline", b))],
        )
    )
    print()
    kinds = sorted(set(a["due_by_kind"]) | set(b["due_by_kind"]))
    print(
        table(
            ["kind of due (matched items)", "analyzer", "baseline", "n (analyzer)"],
            [
                [
                    k,
                    a["due_by_kind"].get(k, (0.0, 0))[0],
                    b["due_by_kind"].get(k, (0.0, 0))[0],
                    a["due_by_kind"].get(k, (0.0, 0))[1],
                ]
                for k in kinds
            ],
        )
    )
    print("\n### Task span (token F1 on matched items)\n")
    print(
        table(
            ["system", "task token F1", "matched"],
            [[name, s["task_token_f1"], s["matched"]] for name, s in (("analyzer", a), ("baseline", b))],
        )
    )
    print(
        f"\n### Carried status of last session's items ({sum(1 for r in rows if r.get('previous_id'))} follow-up notes)\n"
    )
    print(
        table(
            ["system", "accuracy", "F1 done", "F1 open", "F1 dropped", "entries"],
            _carried_rows(result["carried"]),
        )
    )
    print(f"\n({len(rows)} notes analysed in {result['seconds']:.1f} s, models warm after the first.)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
