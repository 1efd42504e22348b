"""`mentor-coach eval questions`: precision, recall and F1 per label on the question test split and
on the passages, for the analyzer, a rules-only baseline and a majority baseline, side by side.

- Test split (254 utterances, writer B): an utterance is ``none`` when no question is found in it,
  else ``open`` if any question found in it is open (the guide's rule for stacked questions), else
  ``closed``; it is leading when it is closed and a question in it is leading. Scores are printed
  for all items and without the 19 items whose text also occurs in the train split (the data
  README's overlap list: 18 identical stock prompts such as "Why?", and "OK"/"Ok?").
- Passages (25 notes, chats and transcripts, 74 questions): the questions must first be found in
  running text. A listed question counts as found when a question the system reports covers at
  least half of it; a reported question that covers no listed one is a false alarm. Open/closed and
  leading are scored on the questions found.
- Session transcripts (writers M1 dev, M2 test): each helper turn of spoken sessions coded open /
  closed / none as MI coders code a turn, beside a ten-line rule (``ten_line_rule``).
- Rules only: the same segmentation and rules (``coach.analyzers.questions.analyze_span``) with no embedding
  and no trained head. Majority: the train split's most frequent answer for every item (for the
  passages: every sentence reported as a question with the train majority label, open).
"""

from __future__ import annotations

import re
from collections import Counter

from evaluation.common import DATA, read_jsonl, table
from evaluation.goals_eval import prf

QDATA = DATA / "questions"
# The data README's list of test items whose text is also a train item (case and punctuation ignored).
OVERLAP_IDS = frozenset(
    "qte-0018 qte-0020 qte-0045 qte-0046 qte-0061 qte-0062 qte-0063 qte-0066 qte-0074 qte-0093 qte-0097 "
    "qte-0141 qte-0142 qte-0152 qte-0161 qte-0179 qte-0188 qte-0222 qte-0251".split()
)
SYSTEMS = ("analyzer", "rules only", "majority")


def _item_label(labels: list[str], leadings: list[bool]) -> tuple[str, int]:
    if not labels:
        return "none", 0
    if "open" in labels:
        return "open", 0
    return "closed", int(any(leadings))


def _rule_questions(docs) -> list[list[tuple[int, int, str, bool]]]:
    """(start, end, label, leading) of the questions the rules alone find in each Doc."""
    from coach.analyzers.questions import analyze_span
    from coach.text.segment import segments

    out = []
    for doc in docs:
        found = []
        for seg in segments(doc):
            cues = analyze_span(seg.span, seg.start, seg.end)
            if cues.rule_question:
                found.append(
                    (cues.question_start, cues.end, "open" if cues.rule_open else "closed", cues.rule_leading)
                )
        out.append(found)
    return out


def predictions(texts: list[str]) -> dict[str, list[list[tuple[int, int, str, bool]]]]:
    """Per system, per text: the questions found as (start, end, label, leading)."""
    from coach.analyzers.questions import analyze_questions_many
    from coach.text.nlp import parse

    reports = analyze_questions_many(texts)
    analyzer = [[(q.start, q.end, q.label, q.leading) for q in r.questions] for r in reports]
    return {"analyzer": analyzer, "rules only": _rule_questions(parse(texts))}


def evaluate_test(path=QDATA / "test.jsonl") -> dict:
    train = read_jsonl(QDATA / "train.jsonl")
    test = read_jsonl(path)
    majority_label = Counter(t["label"] for t in train).most_common(1)[0][0]
    majority_leading = Counter(t["leading"] for t in train).most_common(1)[0][0]
    found = predictions([t["text"] for t in test])
    items: dict[str, list[tuple[str, int]]] = {}
    for system in ("analyzer", "rules only"):
        items[system] = [_item_label([q[2] for q in qs], [q[3] for q in qs]) for qs in found[system]]
    items["majority"] = [(majority_label, majority_leading if majority_label == "closed" else 0)] * len(test)
    results = {}
    for subset, keep in (
        ("all", [True] * len(test)),
        ("without train overlap", [t["id"] not in OVERLAP_IDS for t in test]),
    ):
        idx = [i for i, k in enumerate(keep) if k]
        gold = [test[i]["label"] for i in idx]
        gold_leading = [int(test[i]["leading"]) for i in idx]
        q_idx = [n for n, g in enumerate(gold) if g != "none"]
        res: dict = {
            "n": len(idx),
            "n_questions": len(q_idx),
            "support": Counter(gold),
            "leading_support": sum(gold_leading),
        }
        for system in SYSTEMS:
            pred = [items[system][i][0] for i in idx]
            pred_leading = [items[system][i][1] for i in idx]
            # Open/closed on the gold questions: a question the system misses (says none) counts as wrong.
            oc_gold = [gold[n] for n in q_idx]
            oc_pred = [pred[n] for n in q_idx]
            res[system] = {
                "open": prf(oc_gold, oc_pred, "open"),
                "closed": prf(oc_gold, oc_pred, "closed"),
                "3way": {label: prf(gold, pred, label) for label in ("open", "closed", "none")},
                "question": prf([g != "none" for g in gold], [p != "none" for p in pred], True),
                "none": prf([g != "none" for g in gold], [p != "none" for p in pred], False),
                "leading": prf(gold_leading, pred_leading, 1),
                "accuracy": sum(g == p for g, p in zip(gold, pred)) / len(gold),
            }
            res[system]["open/closed macro-F1"] = (res[system]["open"][2] + res[system]["closed"][2]) / 2
            res[system]["3-way macro-F1"] = sum(v[2] for v in res[system]["3way"].values()) / 3
        results[subset] = res
    return results


def _gold_spans(passage: dict) -> list[tuple[int, int, str, int]]:
    spans, pos = [], 0
    for q in passage["questions"]:
        at = passage["text"].find(q["text"], pos)
        if at < 0:
            at = passage["text"].find(q["text"])
        spans.append((at, at + len(q["text"]), q["label"], int(q["leading"])))
        pos = at + len(q["text"])
    return spans


def evaluate_passages(path=QDATA / "passages.jsonl") -> dict:
    from coach.text.nlp import parse
    from coach.text.segment import segments

    passages = read_jsonl(path)
    found = predictions([p["text"] for p in passages])
    found["majority"] = [
        [(s.start, s.end, "open", False) for s in segments(doc)]
        for doc in parse([p["text"] for p in passages])
    ]
    results = {"n_passages": len(passages), "n_questions": sum(len(p["questions"]) for p in passages)}
    for system in SYSTEMS:
        tp = fp = fn = 0
        gold_l, pred_l, gold_lead, pred_lead = [], [], [], []
        for passage, predicted in zip(passages, found[system]):
            gold = _gold_spans(passage)
            used = set()
            for gs, ge, glabel, glead in gold:
                match = None
                for n, (ps, pe, _plabel, _plead) in enumerate(predicted):
                    if n not in used and min(ge, pe) - max(gs, ps) >= 0.5 * (ge - gs):
                        match = n
                        break
                if match is None:
                    fn += 1
                    continue
                used.add(match)
                tp += 1
                gold_l.append(glabel)
                pred_l.append(predicted[match][2])
                gold_lead.append(glead)
                pred_lead.append(int(predicted[match][3]))
            for n, (ps, pe, *_rest) in enumerate(predicted):
                if n not in used and not any(min(ge, pe) - max(gs, ps) > 0 for gs, ge, *_ in gold):
                    fp += 1
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        results[system] = {
            "detection": (
                precision,
                recall,
                2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            ),
            "found": tp,
            "false alarms": fp,
            "open": prf(gold_l, pred_l, "open"),
            "closed": prf(gold_l, pred_l, "closed"),
            "leading": prf(gold_lead, pred_lead, 1),
            "leading_support": sum(gold_lead),
        }
        results[system]["open/closed macro-F1"] = (
            results[system]["open"][2] + results[system]["closed"][2]
        ) / 2
    return results


# The comparator a reader of the transcript figures asks for: ten lines of rules over a helper's turn.
_FILLER = r"^(?:\W*(?:so|and|but|okay|ok|well|um+|uh+|right|yeah|mm-?hmm|mhm|sure)\b)*\W*"
_TEN_OPEN = re.compile(
    _FILLER + r"(?:what|how|why|tell me|describe|walk me|talk me|say more|in what way)\b", re.I
)
_TEN_FACT = re.compile(_FILLER + r"how\s+(?:many|much|long|often|old|far)\b", re.I)
_TEN_ASK = re.compile(
    _FILLER + r"(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|any)\b", re.I
)


def ten_line_rule(turn: str) -> str:
    """open / closed / none for one turn: a sentence ending in "?" or opening like a question asks one;
    it is open when it starts with what / how / why / tell me (not "how many/much/long/often")."""
    asked = [p for p in re.split(r"(?<=[.?!])\s+", turn) if p.rstrip().endswith("?") or _TEN_OPEN.match(p)]
    asked += [p for p in re.split(r"(?<=[.?!])\s+", turn) if _TEN_ASK.match(p) and p not in asked]
    if not asked:
        return "none"
    return "open" if any(_TEN_OPEN.match(p) and not _TEN_FACT.match(p) for p in asked) else "closed"


def evaluate_transcripts(path) -> dict:
    """Each helper turn of coded session transcripts judged open / closed / none, as MI coders code a
    turn (guide §3: a turn with several questions is open if any is open)."""
    from coach.analyzers.questions import analyze_questions_many

    transcripts = read_jsonl(path)
    turns = [t for tr in transcripts for t in tr["turns"] if t["role"] == "helper"]
    gold = [t["code"] for t in turns]
    reports = analyze_questions_many([t["text"] for t in turns])
    systems = {
        "analyzer": [
            _item_label([q.label for q in r.questions], [q.leading for q in r.questions])[0] for r in reports
        ],
        "ten-line rule": [ten_line_rule(t["text"]) for t in turns],
        "majority": [Counter(g for g in gold if g != "none").most_common(1)[0][0]] * len(turns),
    }
    q_idx = [n for n, g in enumerate(gold) if g != "none"]
    results: dict = {"n_transcripts": len(transcripts), "n_turns": len(turns), "support": Counter(gold)}
    for name, pred in systems.items():
        oc_gold, oc_pred = [gold[n] for n in q_idx], [pred[n] for n in q_idx]
        results[name] = {
            "open": prf(oc_gold, oc_pred, "open"),
            "closed": prf(oc_gold, oc_pred, "closed"),
            "question": prf([g != "none" for g in gold], [p != "none" for p in pred], True),
            "open/closed accuracy": sum(g == p for g, p in zip(oc_gold, oc_pred)) / max(len(q_idx), 1),
            "accuracy": sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1),
        }
        results[name]["open/closed macro-F1"] = (results[name]["open"][2] + results[name]["closed"][2]) / 2
    return results


def print_transcripts(split: str, path) -> None:
    res = evaluate_transcripts(path)
    s = res["support"]
    print(
        f"\n### Session transcripts, {split} ({res['n_transcripts']} transcripts, {res['n_turns']} helper "
        f"turns: {s['open']} open, {s['closed']} closed, {s['none']} no question)\n"
    )
    names = ("analyzer", "ten-line rule", "majority")
    rows = [
        [label] + [round(res[n][key][2] if isinstance(res[n][key], tuple) else res[n][key], 3) for n in names]
        for label, key in (
            ("open/closed accuracy (a missed question is wrong)", "open/closed accuracy"),
            ("open/closed macro-F1", "open/closed macro-F1"),
            ("open F1", "open"),
            ("closed F1", "closed"),
            ("question or not, F1", "question"),
            ("accuracy over every turn (open/closed/none)", "accuracy"),
        )
    ]
    print(table(["measure", *names], rows))


def _row(name: str, values: dict, key) -> list:
    row = [name]
    for system in SYSTEMS:
        p, r, f = values[system][key] if not callable(key) else key(values[system])
        row += [p, r, f]
    return row


HEAD = ["label", "P", "R", "F1", "rules P", "rules R", "rules F1", "majority P", "majority R", "majority F1"]


def main(test_path=QDATA / "test.jsonl", passages_path=QDATA / "passages.jsonl") -> int:
    test = evaluate_test(test_path)
    for subset, res in test.items():
        print(
            f"\n### Test split, {subset} ({res['n']} utterances: {res['support']['open']} open, "
            f"{res['support']['closed']} closed, {res['support']['none']} none)\n"
        )
        print(
            f"Open/closed on the {res['n_questions']} gold questions (a missed question counts as wrong):\n"
        )
        rows = [_row("open", res, "open"), _row("closed", res, "closed")]
        rows.append(
            [
                "macro-F1",
                "",
                "",
                res["analyzer"]["open/closed macro-F1"],
                "",
                "",
                res["rules only"]["open/closed macro-F1"],
                "",
                "",
                res["majority"]["open/closed macro-F1"],
            ]
        )
        print(table(HEAD, rows))
        print("\nQuestion or not (positive class in the first column):\n")
        print(table(HEAD, [_row("question", res, "question"), _row("none", res, "none")]))
        print(f"\nLeading (positive class = leading; {res['leading_support']} leading items):\n")
        print(table(HEAD, [_row("leading", res, "leading")]))
        print("\nAll three labels at once:\n")
        rows = [
            _row(label, res, lambda v, label=label: v["3way"][label]) for label in ("open", "closed", "none")
        ]
        rows.append(
            [
                "macro-F1",
                "",
                "",
                res["analyzer"]["3-way macro-F1"],
                "",
                "",
                res["rules only"]["3-way macro-F1"],
                "",
                "",
                res["majority"]["3-way macro-F1"],
            ]
        )
        rows.append(
            [
                "accuracy",
                "",
                "",
                res["analyzer"]["accuracy"],
                "",
                "",
                res["rules only"]["accuracy"],
                "",
                "",
                res["majority"]["accuracy"],
            ]
        )
        print(table(HEAD, rows))
    passages = evaluate_passages(passages_path)
    print(
        f"\n### Passages ({passages['n_passages']} notes, chats and transcripts; "
        f"{passages['n_questions']} listed questions)\n"
    )
    print("Finding the questions in running text, then judging the ones found:\n")
    rows = [
        _row("question found", passages, "detection"),
        _row("open", passages, "open"),
        _row("closed", passages, "closed"),
        _row("leading", passages, "leading"),
    ]
    rows.append(
        [
            "open/closed macro-F1",
            "",
            "",
            passages["analyzer"]["open/closed macro-F1"],
            "",
            "",
            passages["rules only"]["open/closed macro-F1"],
            "",
            "",
            passages["majority"]["open/closed macro-F1"],
        ]
    )
    print(table(HEAD, rows))
    print(
        "\n"
        + ", ".join(
            f"{s}: {passages[s]['found']} found, {passages[s]['false alarms']} false alarms" for s in SYSTEMS
        )
        + f"; {passages['analyzer']['leading_support']} leading among the "
        "questions the analyzer found."
    )
    for split, name in (
        ("test, writer M2", "transcripts_test.jsonl"),
        ("dev, writer M1", "transcripts_dev.jsonl"),
    ):
        if (QDATA / name).exists():
            print_transcripts(split, QDATA / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
