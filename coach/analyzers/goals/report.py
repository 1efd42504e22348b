"""What the goal analyzer says about one goal: each criterion met or not with the words that carried
it, a hint for each unmet one, and a rewrite skeleton that keeps the user's words and marks what
only they know.

Example:
    >>> build_rewrite("Run a retro", {c: c != "time_bound" for c in CRITERIA}, {c: [] for c in CRITERIA})
    'Run a retro by [when?]'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from coach.analyzers.goals.evidence import CRITERIA, Finding
from coach.analyzers.goals.model import ANALYZER_VERSION, GoalModel
from coach.types import AnalyzerResult, Evidence, is_uncertain

HINTS = {
    "specific": "Name the concrete action and what it applies to (which skill, task, meeting or deliverable).",
    "measurable": "Say how you will tell it is done: a number, a frequency, a deliverable or a pass/fail event.",
    "achievable": "Aim at what is in your control and realistic in the time you give it.",
    "relevant": 'Say why it matters: the role, career step or team need it serves ("so that…").',
    "time_bound": 'Say by when: a date, or a bounded time frame such as "within six weeks".',
}
PLACEHOLDERS = {
    "specific": "[which part exactly, in what situation?]",
    "measurable": "[measured how?]",
    "achievable": "[which part of this is in your control?]",
    "time_bound": "by [when?]",
    "relevant": "so that [why does it matter to you?]",
}


@dataclass
class CriterionResult:
    met: bool
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    hint: str | None = None

    @property
    def uncertain(self) -> bool:
        return is_uncertain(self.score)

    def to_dict(self) -> dict:
        return {
            "met": self.met,
            "score": self.score,
            "evidence": [e.to_dict() for e in self.evidence],
            "hint": self.hint,
            "uncertain": self.uncertain,
        }


@dataclass
class GoalReport(AnalyzerResult):
    """The SMART judgement of one goal (and, for a paragraph, of each goal in it)."""

    text: str
    is_goal: bool
    smart_score: int
    criteria: dict[str, CriterionResult]
    rewrite: str | None
    goals: list[GoalReport] = field(default_factory=list)
    start: int = 0
    end: int = 0
    is_goal_score: float = 1.0
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    version: str = ANALYZER_VERSION
    error: str | None = None

    def to_dict(self) -> dict:
        extra = {"error": self.error} if self.error else {}
        return extra | {
            "text": self.text,
            "is_goal": self.is_goal,
            "smart_score": self.smart_score,
            "criteria": {name: c.to_dict() for name, c in self.criteria.items()},
            "rewrite": self.rewrite,
            "goals": [g.to_dict() for g in self.goals],
            "start": self.start,
            "end": self.end,
            "is_goal_score": self.is_goal_score,
            "reason": self.reason,
            "warnings": list(self.warnings),
            "version": self.version,
            "uncertain": is_uncertain(self.is_goal_score) or any(c.uncertain for c in self.criteria.values()),
        }


def _evidence(findings: list[Finding], offset: int) -> list[Evidence]:
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    return [
        Evidence(
            offset + f.start, offset + f.end, f.text, ("for: " if f.supports else "against: ") + f.reason
        )
        for f in ordered
    ]


def _hint(criterion: str, findings: list[Finding]) -> str:
    against = [f for f in findings if not f.supports]
    if against:
        f = against[0]
        reason = f.reason if f.text in f.reason else f"\u201c{f.text}\u201d: {f.reason}"
        stop = "" if reason[-1] in ".?!" else "."
        return f"{reason[0].upper()}{reason[1:]}{stop} {HINTS[criterion]}"
    return HINTS[criterion]


def build_rewrite(text: str, met: dict[str, bool], found: dict[str, list[Finding]]) -> str | None:
    """The user's own words with a marked placeholder for each unmet criterion; nothing invented."""
    missing = [c for c in ("specific", "measurable", "achievable", "time_bound", "relevant") if not met[c]]
    if not missing:
        return None
    base = text.strip().rstrip(".!;,")
    inserts: list[tuple[int, str]] = []
    if "specific" in missing:
        vague = [f for f in found["specific"] if not f.supports]
        at = max((f.end for f in vague), default=len(base))
        # Place it after the phrase the vague verb governs (up to the next clause boundary).
        boundary = re.search(
            r"\s+(?:by|before|within|so|because|in order|to prepare|every|each|until)\b|[,;]", base[at:]
        )
        at = at + boundary.start() if boundary else len(base)
        inserts.append((min(at, len(base)), PLACEHOLDERS["specific"]))
    tail = [PLACEHOLDERS[c] for c in ("measurable", "achievable") if c in missing]
    if "time_bound" in missing:
        recurrence = any("recurrence" in f.reason for f in found["time_bound"])
        tail.append("until [end or review date?]" if recurrence else PLACEHOLDERS["time_bound"])
    if "relevant" in missing:
        tail.append(PLACEHOLDERS["relevant"])
    out = base
    for at, words in sorted(inserts, reverse=True):
        out = out[:at].rstrip() + " " + words + (" " + out[at:].lstrip() if out[at:].strip() else "")
    if "specific" in missing:
        # The vague verb the judgement flagged does not stay as if it were fine: a placeholder takes its
        # place, naming it, so the user puts the concrete action there ("get better at presenting" ->
        # "[a concrete action instead of “get better at”] presenting …"). Inserts all lie after it.
        lead = len(text) - len(text.lstrip())
        vague = sorted(
            (f for f in found["specific"] if not f.supports and f.end > f.start), key=lambda f: f.start
        )
        if vague:
            a, b = vague[0].start - lead, vague[0].end - lead
            if 0 <= a < b <= len(base) and out[:b] == base[:b]:
                out = out[:a] + f"[a concrete action instead of “{base[a:b]}”]" + out[b:]
    return (out + " " + " ".join(tail)).strip() if tail else out


def not_goal_report(
    text: str, start: int, end: int, score: float, reason: str, warnings: list[str]
) -> GoalReport:
    """The report for a text with no goal in it: every criterion unmet, no rewrite."""
    return GoalReport(
        text=text,
        is_goal=False,
        smart_score=0,
        criteria={c: CriterionResult(False, 0.0, [], None) for c in CRITERIA},
        rewrite=None,
        start=start,
        end=end,
        is_goal_score=round(score, 4),
        reason=reason,
        warnings=warnings,
    )


def why_not_goal(features: dict[str, float]) -> str:
    """Why the best candidate of a text was not a goal, from its rule features, in the user's terms."""
    if features.get("question"):
        return "This reads as a question, not a goal: say what you intend to achieve."
    if features.get("greeting"):
        return "This reads as a greeting or a reply, not a goal."
    if features.get("alpha_ratio", 1) < 0.4:
        return "This is mostly numbers or symbols, not a goal."
    if features.get("past_tense_main"):
        return "This reports something that happened; a goal says what you intend to achieve."
    return "This does not read as a goal: say what you intend to achieve, e.g. \u201cPresent the Q3 results to the leadership team by 30 June\u201d."


# The most a time-bound score may be when every time word found speaks against a deadline.
TIME_CAP = 0.2


def judge_goal(
    prepared,
    start: int,
    end: int,
    row: np.ndarray,
    found: dict[str, list[Finding]],
    context_sim: float | None,
    goal_score: float,
    model: GoalModel,
    judged_text: str,
) -> GoalReport:
    """One goal's report; evidence offsets are mapped from the judged text back to the user's input."""
    text = prepared.text[start:end]
    offsets = _align(judged_text, text)
    criteria: dict[str, CriterionResult] = {}
    mapped: dict[str, list[Finding]] = {}
    for c in CRITERIA:
        mapped[c] = [
            Finding(
                offsets(f.start),
                offsets(f.end),
                text[offsets(f.start) : offsets(f.end)],
                f.reason,
                f.supports,
            )
            for f in found[c]
        ]
        score = float(model.heads[c].predict_proba(row.reshape(1, -1))[0])
        if c == "time_bound" and _only_against(mapped[c]):
            # The guide: a recurrence, a start point, "soon" or a past date alone is not a deadline,
            # however date-like the words; the embedding must not outvote that.
            score = min(score, TIME_CAP)
        met = score >= 0.5
        evidence = _evidence(mapped[c], prepared.offset + start)
        if c == "relevant" and context_sim is not None:
            evidence.append(
                Evidence(
                    prepared.offset + start,
                    prepared.offset + end,
                    text,
                    f"{'for' if context_sim >= 0.35 else 'against'}: compared with your context "
                    f"(similarity {context_sim:.2f})",
                )
            )
        criteria[c] = CriterionResult(
            met=met, score=round(score, 4), evidence=evidence, hint=None if met else _hint(c, mapped[c])
        )
    met_map = {c: criteria[c].met for c in CRITERIA}
    return GoalReport(
        text=text,
        is_goal=True,
        smart_score=sum(met_map.values()),
        criteria=criteria,
        rewrite=build_rewrite(text, met_map, mapped),
        start=prepared.offset + start,
        end=prepared.offset + end,
        is_goal_score=round(goal_score, 4),
    )


def _only_against(findings: list[Finding]) -> bool:
    return bool(findings) and not any(f.supports for f in findings)


def _align(judged: str, original: str):
    """Map offsets in the judged text (segments joined by spaCy) to offsets in the original span."""
    if judged == original:
        return lambda i: i
    table, j = [], 0
    for ch in judged:
        while j < len(original) and original[j] != ch and not (ch.isspace() and original[j].isspace()):
            j += 1
        table.append(min(j, len(original)))
        j += 1 if j < len(original) else 0
    table.append(len(original))
    return lambda i: table[min(max(i, 0), len(table) - 1)]
