"""mentor-coach: an offline, NLP-assisted mentoring coach and feedback analyzer.

Example:
    >>> from coach import suggest
    >>> suggest("how do I end the mentoring relationship well?", phase="closure", k=2).results[0].kind
    'question'
"""

from coach.errors import CoachError, InputError, ModelUnavailable
from coach.suggest import get_knowledge_base, suggest, suggest_many

__version__ = "0.1.0"

__all__ = ["CoachError", "InputError", "ModelUnavailable", "get_knowledge_base", "suggest", "suggest_many",
           "__version__"]
