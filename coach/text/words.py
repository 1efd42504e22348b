"""Word lists that several analyzers read, defined once.

Calendar words are spelt here and nowhere else: the date reader, the masker (which must not take
"May" or "Friday" for a name), the action analyzer (which must not take "June" for a task's owner)
and the evidence rules all build their sets and patterns from these.

Example:
    >>> "sept" in MONTH_ABBREVIATIONS, "monday" in WEEKDAY_NAMES
    (True, True)
"""

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# "may" is both; "sep" and "sept" both mean September.
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
CALENDAR_WORDS = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS + WEEKDAY_NAMES + WEEKDAY_ABBREVIATIONS)
