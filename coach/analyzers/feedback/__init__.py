"""The feedback analyzer: each sentence judged behaviour, personality or other, actionable and
specific, with the words that carried it, and for a label of a person an SBI rewording.

- ``words``: the trait words, labels and SBI cues the rules look for;
- ``evidence``: the rules, what they find in a sentence and the features they give;
- ``model``: the trained heads and the feature rows they read;
- ``rewording``: the SBI rewording of a label, from the note's own account when it has one;
- ``analyzer``: the batch analysis over texts or already-parsed notes.

Example:
    >>> [s.focus for s in analyze_feedback("You're so disorganised. In Tuesday's demo you skipped the error slide.").sentences]
    ['personality', 'behaviour']
"""

from coach.analyzers.feedback.analyzer import (
    FOCI,
    FeedbackReport,
    FeedbackSentence,
    analyze_feedback,
    analyze_feedback_many,
    feedback_from_docs,
    guess_sentences,
    summarize,
)
from coach.analyzers.feedback.evidence import (
    TRAIT_KINDS,
    FeedbackFinding,
    feedback_features,
    find_feedback_evidence,
    rule_actionable,
    rule_focus,
    rule_specific,
)
from coach.analyzers.feedback.model import (
    ANALYZER_VERSION,
    FeedbackModel,
    feature_matrix,
    feature_names,
    featurize,
    get_feedback_model,
    rule_evidence,
    rule_feature_names,
)
from coach.analyzers.feedback.rewording import sbi_suggestion

__all__ = [
    "ANALYZER_VERSION",
    "FOCI",
    "TRAIT_KINDS",
    "FeedbackFinding",
    "FeedbackModel",
    "FeedbackReport",
    "FeedbackSentence",
    "analyze_feedback",
    "analyze_feedback_many",
    "feature_matrix",
    "feature_names",
    "featurize",
    "feedback_features",
    "feedback_from_docs",
    "find_feedback_evidence",
    "get_feedback_model",
    "guess_sentences",
    "rule_actionable",
    "rule_evidence",
    "rule_feature_names",
    "rule_focus",
    "rule_specific",
    "sbi_suggestion",
    "summarize",
]
