"""mentor-coach: an offline, NLP-assisted mentoring coach and feedback analyzer.

Example:
    >>> from coach import suggest
    >>> suggest("how do I end the mentoring relationship well?", phase="closure", k=2).results[0].kind
    'scenario'
"""

from importlib import import_module

from coach.errors import CoachError, InputError, ModelUnavailable
from coach.workflows.suggest import (  # the name `suggest` must be the function
    get_knowledge_base,
    suggest,
    suggest_many,
)

__version__ = "0.1.0"

# The analyzers import spaCy; loading them only when asked keeps `mentor-coach suggest` starting fast.
_LAZY = {
    "analyze_goal": "coach.analyzers.goals",
    "analyze_goals": "coach.analyzers.goals",
    "GoalReport": "coach.analyzers.goals",
    "analyze_feedback": "coach.analyzers.feedback",
    "analyze_feedback_many": "coach.analyzers.feedback",
    "FeedbackReport": "coach.analyzers.feedback",
    "analyze_questions": "coach.analyzers.questions",
    "analyze_questions_many": "coach.analyzers.questions",
    "QuestionReport": "coach.analyzers.questions",
    "plan_session": "coach.workflows.plan",
    "PlanRequest": "coach.workflows.plan",
    "SessionPlan": "coach.workflows.plan",
    "review_notes": "coach.workflows.review",
    "NotesReview": "coach.workflows.review",
    "extract_actions": "coach.analyzers.actions",
}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'coach' has no attribute {name!r}")


__all__ = [
    "CoachError",
    "InputError",
    "ModelUnavailable",
    "__version__",
    "get_knowledge_base",
    "suggest",
    "suggest_many",
    *_LAZY,
]
