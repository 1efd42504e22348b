"""The goal analyzer: SMART criteria judged with the words that carried them, hints, and a rewrite
skeleton that keeps the user's words.

- ``words``: the patterns the evidence rules look for;
- ``evidence``: the rules, what they find for and against each criterion and the features they give;
- ``model``: the trained heads and the feature rows they read;
- ``clauses``: where the candidate goals of a text are (lines, sentences, "and I also want to");
- ``report``: one goal's report: criteria, hints and the rewrite;
- ``analyzer``: the batch analysis over texts or already-parsed notes.

Example:
    >>> report = analyze_goal("get better at presenting")
    >>> report.smart_score, report.criteria["time_bound"].met
    (1, False)
"""

from coach.analyzers.goals.analyzer import analyze_goal, analyze_goals, goals_from_docs
from coach.analyzers.goals.clauses import GOAL_LABEL, clean_goal_text, span_docs
from coach.analyzers.goals.evidence import (
    CRITERIA,
    EVIDENCE_FEATURES,
    Finding,
    evidence_features,
    find_evidence,
)
from coach.analyzers.goals.model import (
    ANALYZER_VERSION,
    FEATURE_NAMES,
    GoalModel,
    feature_names,
    featurize,
    get_goal_model,
    rule_decisions,
)
from coach.analyzers.goals.report import CriterionResult, GoalReport, build_rewrite

__all__ = [
    "ANALYZER_VERSION",
    "CRITERIA",
    "EVIDENCE_FEATURES",
    "FEATURE_NAMES",
    "GOAL_LABEL",
    "CriterionResult",
    "Finding",
    "GoalModel",
    "GoalReport",
    "analyze_goal",
    "analyze_goals",
    "build_rewrite",
    "clean_goal_text",
    "evidence_features",
    "feature_names",
    "featurize",
    "find_evidence",
    "get_goal_model",
    "goals_from_docs",
    "rule_decisions",
    "span_docs",
]
