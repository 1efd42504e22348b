"""Word lists that several analyzers read, defined once.

Calendar words are spelt here and nowhere else: the date reader, the masker (which must not take
"May" or "Friday" for a name), the action analyzer (which must not take "June" for a task's owner)
and the evidence rules all build their sets and patterns from these.

Example:
    >>> "sept" in MONTH_ABBREVIATIONS, "monday" in WEEKDAY_NAMES
    (True, True)
"""

import re

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# "may" is both; "sep" and "sept" both mean September.
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
CALENDAR_WORDS = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS + WEEKDAY_NAMES + WEEKDAY_ABBREVIATIONS)

# Titles and short forms whose full stop ends neither a sentence nor a task (guide §4): "ask Sgt. Rees …",
# "ask Insp. Barr re: …", "e.g. the Q3 figures". Forms that often do end a sentence ("etc.") are not here.
TITLE_ABBREVIATIONS = (
    "dr", "mr", "mrs", "ms", "mx", "prof", "st", "jr", "sr", "sgt", "insp", "supt", "det", "cllr", "capt", "col",
    "lt", "cpl", "gen", "maj", "rev", "fr", "hon", "cmdr", "pte", "ch",
)  # fmt: skip
SHORT_FORMS = ("no", "vs", "incl", "approx", "dept", "e.g", "i.e", "cf")

# How a greeting or a chat reply opens, and a letter's openings and sign-offs. Each analyzer adds
# the words that matter to its own judgement (the question analyzer "got it" and "great", the goal
# analyzer "ok" and "lol"), so each has its own pattern built from these.
GREETINGS = (
    "hi", "hello", "hey", "thanks", "thank you", "cheers", "good morning", "good afternoon", "good evening",
)  # fmt: skip
LETTER_WORDS = (
    "dear",
    "best",
    "regards",
    "kind regards",
    "many thanks",
    "all the best",
    "see you",
    "speak soon",
)


def alternation(words, space: str = " ") -> str:
    r"""A regex group matching any of the words or phrases; ``space`` is what a space in a phrase becomes.

    Example:
        >>> print(alternation(("thank you", "hi"), space=r"\s+"))
        (?:thank\s+you|hi)
    """
    phrases = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", space) for w in phrases) + ")"
