"""mentor-coach: an offline, NLP-assisted mentoring coach and feedback analyzer.

Example:
    >>> from coach import suggest
    >>> suggest("how do I end the mentoring relationship well?", phase="closure", k=2).results[0].kind
    'question'
"""

from coach.errors import CoachError, InputError, ModelUnavailable
from coach.feedback import FeedbackReport, analyze_feedback, analyze_feedback_many
from coach.goals import GoalReport, analyze_goal, analyze_goals
from coach.questions import QuestionReport, analyze_questions, analyze_questions_many
from coach.suggest import get_knowledge_base, suggest, suggest_many

__version__ = "0.1.0"

__all__ = ["CoachError", "FeedbackReport", "GoalReport", "InputError", "ModelUnavailable", "QuestionReport",
           "analyze_feedback", "analyze_feedback_many", "analyze_goal", "analyze_goals", "analyze_questions",
           "analyze_questions_many", "get_knowledge_base", "suggest", "suggest_many", "__version__"]
