"""`mentor-coach eval estimates`: the program figures and their 90 % intervals against whole notes labelled
sentence by sentence (evaluation/data/notes/).

Each split's notes are imported into a temporary program store as sessions and scored by the
program's own scoring, so the numbers are the ones a program lead would see. Reported per figure:
the gold figure, the hard-label count (the baseline: what the dashboard showed before), the
probability-based estimate with its interval, and the interval's coverage: over resamples of the
notes (a program of the same size drawn with replacement), how often the interval computed from
the resample holds the resample's gold figure. Targets: estimate within 3 points of gold (0.15 for
mean SMART, 0.3 for action items per session), coverage >= 90 %.

The dev splits (writers C and E) may guide changes; the test split (writer D) only reports.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import numpy as np

from evaluation.common import DATA, read_jsonl, table

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
RESAMPLES = 300
# How close an estimate must be to gold: 3 points for shares; in the figure's own unit otherwise.
TOLERANCE = {"mean_smart": 0.15, "actions_per_session": 0.3}


def gold_table(notes: list[dict]):
    """Per note, each figure's gold numerator and denominator, in coach.program.estimate.FIGURES order."""
    from coach.program.estimate import FIGURES

    num, den = [], []
    for note in notes:
        units = note["units"]
        feedback = [u for u in units if u["focus"] != "other"]
        questions = [u["question"] for u in units if u["question"]]
        goals = [g for u in units for g in u["goals"]]
        values = {
            "personality_share": (sum(u["focus"] == "personality" for u in feedback), len(feedback)),
            "actionable_share": (sum(bool(u["actionable"]) for u in feedback), len(feedback)),
            "specific_share": (sum(bool(u["specific"]) for u in feedback), len(feedback)),
            "open_ratio": (sum(q["type"] == "open" for q in questions), len(questions)),
            "mean_smart": (sum(sum(bool(g[c]) for c in CRITERIA) for g in goals), len(goals)),
            **{f"criteria:{c}": (sum(bool(g[c]) for g in goals), len(goals)) for c in CRITERIA},
            "actions_per_session": (sum(len(u["actions"]) for u in units), 1),
        }
        num.append([values[name][0] for name in FIGURES])
        den.append([values[name][1] for name in FIGURES])
    return np.asarray(num, dtype=float), np.asarray(den, dtype=float)


def scored_table(notes: list[dict]):
    """The notes scored as a program: (SessionTable of estimates, hard numerators), rows in note order."""
    import sqlalchemy as sa

    from coach.program.estimate import FIGURES, HARD_COUNTS, SessionTable
    from coach.program.scoring import score_pending
    from coach.program.store import open_store, session_scores, sessions

    with tempfile.TemporaryDirectory(prefix="mentor-coach-eval-") as folder:
        path = Path(folder) / "notes.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["session_id", "date", "mentor", "mentee", "cohort", "notes"])
            for note in notes:
                writer.writerow(
                    [
                        note["id"],
                        note.get("session_date") or "2026-03-02",
                        "Mentor A",
                        "Mentee B",
                        "eval",
                        note["text"],
                    ]
                )
        store = open_store(f"sqlite:///{Path(folder) / 'eval.sqlite'}")
        try:
            store.import_file(path)
            score_pending(store)
            columns = sorted({*HARD_COUNTS.values(), "feedback_sentences", "questions", "goals"})
            with store.engine.connect() as conn:
                rows = conn.execute(
                    sa.select(
                        sessions.c.session_id,
                        session_scores.c.summary,
                        *[session_scores.c[c] for c in columns],
                    ).join(session_scores, session_scores.c.session_pk == sessions.c.pk)
                ).all()
        finally:
            store.close()
    import json

    by_id = {
        r[0]: (json.loads(r[1]).get("estimates"), {"scored": 1, **dict(zip(columns, r[2:]))}) for r in rows
    }
    ordered = [by_id[note["id"]] for note in notes]
    hard = np.asarray(
        [[float(counts[HARD_COUNTS[key]]) for key, _ in FIGURES.values()] for _, counts in ordered]
    )
    return SessionTable.from_rows(ordered), hard


def evaluate(split: str, resamples: int = RESAMPLES, seed: int = 7) -> list[dict]:
    """One row per figure: gold, hard count, estimate, interval, error, coverage over resamples."""
    from coach.program.estimate import FIGURES, estimate

    notes = read_jsonl(DATA / "notes" / f"{split}.jsonl")
    gold_num, gold_den = gold_table(notes)
    est_table, hard_num = scored_table(notes)
    everyone = np.arange(len(notes))
    found = estimate(est_table, everyone)
    rng = np.random.default_rng(seed)
    draws = [rng.integers(0, len(notes), len(notes)) for _ in range(resamples)]
    rows = []
    for j, name in enumerate(FIGURES):
        if gold_den[:, j].sum() == 0:
            continue
        gold = gold_num[:, j].sum() / gold_den[:, j].sum()
        hard = hard_num[:, j].sum() / est_table.den[:, j].sum() if est_table.den[:, j].sum() else None
        covered = tried = 0
        for idx in draws:
            d = gold_den[idx, j].sum()
            interval = estimate(est_table, idx)[name].interval
            if d == 0 or interval is None:
                continue
            tried += 1
            covered += interval[0] <= gold_num[idx, j].sum() / d <= interval[1]
        rows.append(
            {
                "figure": name,
                "gold": gold,
                "hard": hard,
                "estimate": found[name].value,
                "interval": found[name].interval,
                "coverage": covered / tried if tried else None,
                "within": found[name].value is not None
                and abs(found[name].value - gold) <= TOLERANCE.get(name, 0.03),
            }
        )
    return rows


def main(splits=("test", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")) -> int:
    for split in splits:
        rows = evaluate(split)
        print(f"\nProgram figures from whole notes, {split} split ({RESAMPLES} resamples for coverage):")
        print(
            table(
                [
                    "figure",
                    "gold",
                    "hard labels (baseline)",
                    "estimate",
                    "90 % interval",
                    "within target",
                    "interval coverage",
                ],
                [
                    (
                        r["figure"],
                        f"{r['gold']:.3f}",
                        "–" if r["hard"] is None else f"{r['hard']:.3f}",
                        "–" if r["estimate"] is None else f"{r['estimate']:.3f}",
                        "–" if r["interval"] is None else f"{r['interval'][0]:.3f}–{r['interval'][1]:.3f}",
                        "yes" if r["within"] else "no",
                        "–" if r["coverage"] is None else f"{r['coverage']:.0%}",
                    )
                    for r in rows
                ],
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
