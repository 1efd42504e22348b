"""`mentor-coach eval notes`: the whole-note review judged unit by unit against whole notes labelled
sentence by sentence (evaluation/data/notes/, guide §1-§4 and §2 "Whole notes").

The dev split (writer C) may be used to tune; the test split (writer D, briefed apart) only reports.
Each figure is printed beside a baseline a ten-line rule would give, so a score says how much the
analyzers add. Reported:

- goals: detection P/R/F1 (a predicted goal matches a gold goal it overlaps by half of the shorter);
- sentence focus: macro-F1 over behaviour / personality / other, every gold unit judged by the
  feedback sentence that covers most of it (none: other), and how many non-feedback units were read
  as behaviour feedback;
- questions: detection F1 and open/closed accuracy of the matched ones;
- action items: detection F1, whole-task span F1 (the task's words match the gold task's, token F1
  >= 0.8), owner and due accuracy of the matched ones;
- the program-level figures a lead sees, predicted against gold: personality share, open-question
  ratio, action items per session and mean SMART score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evaluation.common import DATA, read_jsonl, table

FOCI = ("behaviour", "personality", "other")
CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans are the same unit when they share half of the shorter one."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and overlap(a, b) >= 0.5 * shorter


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def token_f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def f1(self) -> float:
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap: (gold index, predicted index) pairs."""
    pairs = sorted(
        ((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if matches(g, p)),
        reverse=True,
    )
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


@dataclass
class Prediction:
    """What a system says about one note, as spans of the note's text."""

    goals: list[dict] = field(default_factory=list)  # start, end, criteria {name: bool}
    feedback: list[dict] = field(default_factory=list)  # start, end, focus
    questions: list[dict] = field(default_factory=list)  # start, end, label
    actions: list[dict] = field(default_factory=list)  # start, end, task, task_start, task_end, owner, due


def predict_review(note: dict) -> Prediction:
    from coach.workflows.review import review_notes

    review = review_notes(note["text"], session_date=note.get("session_date"))
    return Prediction(
        goals=[
            {"start": g.start, "end": g.end, "criteria": {c: bool(r.met) for c, r in g.criteria.items()}}
            for g in review.goals
        ],
        feedback=[{"start": f.start, "end": f.end, "focus": f.focus} for f in review.feedback],
        questions=[{"start": q.start, "end": q.end, "label": q.label} for q in review.questions],
        actions=[
            {
                "start": a.start,
                "end": a.end,
                "task": a.task,
                "task_start": a.task_start,
                "task_end": a.task_end,
                "owner": a.owner,
                "due": a.due,
            }
            for a in review.actions
        ],
    )


_GOAL_LINE = re.compile(r"^\W*(?:goal|objective|aim)s?\b\s*[:\-–]", re.IGNORECASE)
_TRAIT = re.compile(
    r"\b(?:lazy|arrogant|shy|timid|negative|naive|disorgani[sz]ed|brilliant|natural|rude|"
    r"defensive|confident|smart|careless|sloppy|aggressive|abrasive|nice|kind|quiet)\b",
    re.IGNORECASE,
)
_ACTION = re.compile(
    r"\b(?:to|will|'ll)\s+(?:send|book|draft|write|ask|share|read|finish|prepare|email|call|"
    r"update|review|set up|schedule|talk|check|look|try|practise|practice)\b",
    re.IGNORECASE,
)
_OPEN = re.compile(r"^\W*(?:what|how|why|tell me|describe|walk me)\b", re.IGNORECASE)


def predict_baseline(note: dict) -> Prediction:
    """Ten lines of rules over the gold units' boundaries (so the baseline is not judged on segmenting):
    "Goal:" lines are goals, a unit with a trait word is personality feedback, one with "you" is
    behaviour, "?" makes a question (open if it starts with what/how/why), "X to/will send…" an action."""
    pred = Prediction()
    for u in note["units"]:
        span, text = (u["start"], u["end"]), u["text"]
        if _GOAL_LINE.match(text):
            pred.goals.append({"start": span[0], "end": span[1], "criteria": {c: False for c in CRITERIA}})
        if text.rstrip().endswith("?"):
            pred.questions.append(
                {"start": span[0], "end": span[1], "label": "open" if _OPEN.match(text) else "closed"}
            )
        elif _TRAIT.search(text):
            pred.feedback.append({"start": span[0], "end": span[1], "focus": "personality"})
        elif re.search(r"\byou\b", text, re.IGNORECASE):
            pred.feedback.append({"start": span[0], "end": span[1], "focus": "behaviour"})
        if _ACTION.search(text):
            pred.actions.append(
                {
                    "start": span[0],
                    "end": span[1],
                    "task": text,
                    "task_start": span[0],
                    "task_end": span[1],
                    "owner": "mentee",
                    "due": None,
                }
            )
    return pred


@dataclass
class Tally:
    goals: Counts = field(default_factory=Counts)
    questions: Counts = field(default_factory=Counts)
    question_label: list[bool] = field(default_factory=list)
    actions: Counts = field(default_factory=Counts)
    task_spans: Counts = field(default_factory=Counts)
    owner: list[bool] = field(default_factory=list)
    due: list[bool] = field(default_factory=list)
    focus_pairs: list[tuple[str, str]] = field(default_factory=list)
    # program-level sums: (gold, predicted)
    feedback: list[int] = field(default_factory=lambda: [0, 0])
    personality: list[int] = field(default_factory=lambda: [0, 0])
    questions_n: list[int] = field(default_factory=lambda: [0, 0])
    open_n: list[int] = field(default_factory=lambda: [0, 0])
    actions_n: list[int] = field(default_factory=lambda: [0, 0])
    smart_sum: list[int] = field(default_factory=lambda: [0, 0])
    goals_n: list[int] = field(default_factory=lambda: [0, 0])
    sessions: int = 0


def score_note(note: dict, pred: Prediction, t: Tally) -> None:
    t.sessions += 1
    units = note["units"]
    gold_goals = [g for u in units for g in u["goals"]]
    pairs = match_spans(
        [(g["start"], g["end"]) for g in gold_goals], [(g["start"], g["end"]) for g in pred.goals]
    )
    t.goals.tp += len(pairs)
    t.goals.fp += len(pred.goals) - len(pairs)
    t.goals.fn += len(gold_goals) - len(pairs)
    t.goals_n[0] += len(gold_goals)
    t.goals_n[1] += len(pred.goals)
    t.smart_sum[0] += sum(sum(g[c] for c in CRITERIA) for g in gold_goals)
    t.smart_sum[1] += sum(sum(bool(g["criteria"].get(c)) for c in CRITERIA) for g in pred.goals)

    for u in units:
        span = (u["start"], u["end"])
        best = max(pred.feedback, key=lambda f: overlap(span, (f["start"], f["end"])), default=None)
        got = best["focus"] if best and matches(span, (best["start"], best["end"])) else "other"
        t.focus_pairs.append((u["focus"], got))
    gold_fb = [u for u in units if u["focus"] != "other"]
    t.feedback[0] += len(gold_fb)
    t.personality[0] += sum(u["focus"] == "personality" for u in gold_fb)
    t.feedback[1] += len(pred.feedback)
    t.personality[1] += sum(f["focus"] == "personality" for f in pred.feedback)

    gold_q = [u for u in units if u["question"]]
    pairs = match_spans(
        [(u["start"], u["end"]) for u in gold_q], [(q["start"], q["end"]) for q in pred.questions]
    )
    t.questions.tp += len(pairs)
    t.questions.fp += len(pred.questions) - len(pairs)
    t.questions.fn += len(gold_q) - len(pairs)
    t.question_label += [gold_q[i]["question"]["type"] == pred.questions[j]["label"] for i, j in pairs]
    t.questions_n[0] += len(gold_q)
    t.questions_n[1] += len(pred.questions)
    t.open_n[0] += sum(u["question"]["type"] == "open" for u in gold_q)
    t.open_n[1] += sum(q["label"] == "open" for q in pred.questions)

    gold_a = [a for u in units for a in u["actions"]]
    pairs = match_spans(
        [(a["task_start"], a["task_end"]) for a in gold_a],
        [(a["task_start"], a["task_end"]) for a in pred.actions],
    )
    t.actions.tp += len(pairs)
    t.actions.fp += len(pred.actions) - len(pairs)
    t.actions.fn += len(gold_a) - len(pairs)
    whole = sum(token_f1(gold_a[i]["task"], pred.actions[j]["task"]) >= 0.8 for i, j in pairs)
    t.task_spans.tp += whole
    t.task_spans.fp += len(pred.actions) - whole
    t.task_spans.fn += len(gold_a) - whole
    for i, j in pairs:
        g, p = gold_a[i], pred.actions[j]
        gold_owner = g["owner"] if g["owner"] in ("mentee", "mentor", "both") else "named"
        pred_owner = p["owner"] if p["owner"] in ("mentee", "mentor", "both") else "named"
        t.owner.append(gold_owner == pred_owner)
        t.due.append(g.get("due") == p.get("due"))
    t.actions_n[0] += len(gold_a)
    t.actions_n[1] += len(pred.actions)


def macro_f1(pairs: list[tuple[str, str]], labels=FOCI) -> float:
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def _share(n: int, d: int) -> float | None:
    return n / d if d else None


def summary(t: Tally) -> dict:
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    return {
        "goal_detection": t.goals,
        "focus_macro_f1": macro_f1(t.focus_pairs),
        "other_read_as_behaviour": sum(1 for g, p in t.focus_pairs if g == "other" and p == "behaviour"),
        "other_units": sum(1 for g, _ in t.focus_pairs if g == "other"),
        "question_detection": t.questions,
        "open_closed_accuracy": mean(t.question_label),
        "action_detection": t.actions,
        "task_spans": t.task_spans,
        "owner_accuracy": mean(t.owner),
        "due_accuracy": mean(t.due),
        "program": {
            "personality share": (
                _share(t.personality[0], t.feedback[0]),
                _share(t.personality[1], t.feedback[1]),
            ),
            "open-question ratio": (
                _share(t.open_n[0], t.questions_n[0]),
                _share(t.open_n[1], t.questions_n[1]),
            ),
            "action items per session": (t.actions_n[0] / t.sessions, t.actions_n[1] / t.sessions),
            "mean SMART (0-5)": (_share(t.smart_sum[0], t.goals_n[0]), _share(t.smart_sum[1], t.goals_n[1])),
        },
    }


def evaluate(split: str, predict) -> dict:
    tally = Tally()
    for note in read_jsonl(DATA / "notes" / f"{split}.jsonl"):
        score_note(note, predict(note), tally)
    return summary(tally)


def _fmt(v) -> str:
    return "–" if v is None else f"{v:.3f}"


def main(splits=("test", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")) -> int:
    for split in splits:
        notes = read_jsonl(DATA / "notes" / f"{split}.jsonl")
        shipped, base = evaluate(split, predict_review), evaluate(split, predict_baseline)
        print(
            f"\nWhole notes, {split} split: {len(notes)} notes, {sum(len(n['units']) for n in notes)} units."
        )
        rows = [
            ("goal detection F1", shipped["goal_detection"].f1, base["goal_detection"].f1),
            (
                "  precision / recall",
                f"{shipped['goal_detection'].precision:.3f} / {shipped['goal_detection'].recall:.3f}",
                f"{base['goal_detection'].precision:.3f} / {base['goal_detection'].recall:.3f}",
            ),
            ("sentence focus macro-F1", shipped["focus_macro_f1"], base["focus_macro_f1"]),
            (
                "  'other' units read as behaviour",
                f"{shipped['other_read_as_behaviour']} of {shipped['other_units']}",
                f"{base['other_read_as_behaviour']} of {base['other_units']}",
            ),
            ("question detection F1", shipped["question_detection"].f1, base["question_detection"].f1),
            (
                "  precision / recall",
                f"{shipped['question_detection'].precision:.3f} / {shipped['question_detection'].recall:.3f}",
                f"{base['question_detection'].precision:.3f} / {base['question_detection'].recall:.3f}",
            ),
            (
                "  open/closed accuracy (found ones)",
                shipped["open_closed_accuracy"],
                base["open_closed_accuracy"],
            ),
            ("action detection F1", shipped["action_detection"].f1, base["action_detection"].f1),
            ("  whole-task span F1", shipped["task_spans"].f1, base["task_spans"].f1),
            ("  owner accuracy (found ones)", shipped["owner_accuracy"], base["owner_accuracy"]),
            ("  due date accuracy (found ones)", shipped["due_accuracy"], base["due_accuracy"]),
        ]
        print(table(["unit-level", "review", "ten-line rules"], rows))
        prog = [
            (
                name,
                _fmt(gold),
                _fmt(pred),
                _fmt(base["program"][name][1]),
                "–"
                if gold is None or pred is None
                else f"{(pred - gold) * (100 if 'share' in name or 'ratio' in name else 1):+.1f}"
                + (" pts" if "share" in name or "ratio" in name else ""),
            )
            for name, (gold, pred) in shipped["program"].items()
        ]
        print(table(["program-level figure", "gold", "review", "ten-line rules", "review - gold"], prog))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
