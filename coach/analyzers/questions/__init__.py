"""Question analysis: finds the questions in a text, labels each open or closed and leading or not,
shows the words that decided it, and offers an open rewording for each closed question.

Definitions are the labelling guide's (section 3) and the question data's README: a question word
does not make a question open ("When is your review?" and "How many…?" ask for one fact), a
stacked question is open if any part is open, an imperative that asks for an account ("Walk me
through…") is an open question, and only closed questions can be leading.

Method: each sentence (``coach.text.segment``) is cut into parts and each part gets a *frame* from its
opening words (a question word and its kind, an auxiliary before the subject, a request for an
account, an indirect question to the listener, a reported question, a statement). Those rule cues
are evidence for the user and features for three calibrated logistic-regression heads on
[MiniLM sentence embedding + rule features]: is-question, open-vs-closed and leading (trained by
``mentor-coach train questions``; JSON weights, no code runs when they load).

Modules, from the bottom up: ``words`` (word lists and patterns), ``frames`` (the frame of a
clause), ``features`` (the rule features), ``cues`` (the rule cues of a sentence), ``model`` (the
trained heads), ``phrases`` and ``rewording`` (open rewordings), ``analyzer`` (the analysis).

Example:
    >>> report = analyze_questions("Did you enjoy the course? Tell me about your week")
    >>> [(q.text, q.label) for q in report.questions]
    [('Did you enjoy the course?', 'closed'), ('Tell me about your week', 'open')]
    >>> report.questions[0].suggestion
    'What did you get out of the course?'
"""

from coach.analyzers.questions.analyzer import (
    MAX_QUESTION_TEXT_CHARS,
    Question,
    QuestionReport,
    analyze_questions,
    analyze_questions_many,
    questions_from_docs,
    summarize,
)
from coach.analyzers.questions.cues import Cues, analyze_span
from coach.analyzers.questions.model import (
    ANALYZER_VERSION,
    QuestionModel,
    feature_names,
    featurize,
    get_question_model,
)
from coach.analyzers.questions.rewording import suggest_rewording

__all__ = [
    "ANALYZER_VERSION",
    "MAX_QUESTION_TEXT_CHARS",
    "Cues",
    "Question",
    "QuestionModel",
    "QuestionReport",
    "analyze_questions",
    "analyze_questions_many",
    "analyze_span",
    "feature_names",
    "featurize",
    "get_question_model",
    "questions_from_docs",
    "suggest_rewording",
    "summarize",
]
