"""What a query says about who is asking: a mentor, a mentee or a program lead.

Used as a soft boost in ranking (an entry written for the asker rises a little), never as a filter:
people describe their situation in many ways, and a wrong guess must cost little.

Example:
    >>> infer_audience("my mentor keeps cancelling on me")
    'mentee'
    >>> infer_audience("half the pairs in our cohort stopped meeting")
    'program_lead'
"""

from __future__ import annotations

import re

_LEAD = re.compile(
    r"\b(?:our|the)\s+(?:mentoring\s+)?(?:programme|program|scheme|cohort|pilot|pairs|participants)\b(?<!the scheme)(?<!the program)(?<!the programme)|"
    r"\bour\s+(?:volunteer\s+)?(?:mentors|mentees)\b|"
    r"\b(?:cohorts?|sign[- ]?ups?|matching|rematch\w*|pairings?|programme|program\s+lead|steering\s+group|"
    r"(?:the\s+)?board\s+(?:wants|asked|needs)|roll\s*out|launch(?:ing)?\s+a|recruit(?:ing)?\s+mentors|train(?:ing)?\s+(?:our\s+|new\s+)?mentors|"
    r"(?:one|some|several|a\s+few)\s+of\s+(?:our|the)\s+mentors|pairs?\s+(?:stopped|stop|are|aren'?t)|\d+\s+pairs|"
    r"mentors\s+(?:keep|are|aren'?t|don'?t|never|who|signing\s+up)|session\s+logs?|(?:mentor|mentee)\s+pool|"
    r"our\s+volunteers|new\s+mentors|before\s+(?:we\s+)?(?:launch|pair\s+them))\b",
    re.IGNORECASE,
)
_MENTOR = re.compile(
    r"\b(?:my|our)\s+(?:new\s+|reverse\s+)?mentees?\b|\b(?:i'?m|as)\s+(?:a\s+)?(?:new\s+)?mentor\b|"
    r"\bi\s+(?:mentor|am\s+mentoring|'m\s+mentoring)\b|\bmentoring\s+(?:a|an|my|someone)\b",
    re.IGNORECASE,
)
_MENTEE = re.compile(
    r"\bmy\s+(?:new\s+|reverse\s+)?mentors?\b|\b(?:i'?m|as)\s+(?:a\s+)?mentee\b|"
    r"\bi'?m\s+(?:being\s+)?mentored\b|\bfind(?:ing)?\s+a\s+mentor\b|\bask(?:ing)?\s+(?:someone|somebody)\s+to\s+(?:be\s+)?(?:my\s+)?mentor",
    re.IGNORECASE,
)


_FIRST_PERSON = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|my|me|myself)\b", re.IGNORECASE)
# Words of someone who speaks about another person or about the mentoring itself.
_ABOUT_OTHERS = re.compile(
    r"\b(?:she|he|her|him|his|they|them|mentees?|mentors?|mentoring|sessions?|pairs?)\b", re.IGNORECASE
)


def infer_audience(query: str) -> str | None:
    """'mentor', 'mentee' or 'program_lead' when the query's own words say who asks, else None.

    Someone who speaks only of themselves ("my manager took credit for my analysis") is most often
    the mentee: mentors speak of their mentee, leads of their programme.
    """
    mentor, mentee, lead = (bool(p.search(query)) for p in (_MENTOR, _MENTEE, _LEAD))
    if not (mentor or mentee or lead):
        if _A_MENTOR_AND_MENTEE.search(query):
            # Both roles spoken of from outside ("a mentee complained that her mentor…"): whoever
            # runs the programme, not either side of the pair.
            return "program_lead"
        if _MENTOR_TO_ME.search(query) and not _A_MENTEE.search(query):
            return "mentee"  # "mentor gives me loads of homework": the asker is on the receiving end
    if lead and not mentee and not (mentor and re.search(r"\bmy\s+mentees?\b", query, re.IGNORECASE)):
        return "program_lead"
    if mentor and not mentee:
        return "mentor"
    if mentee and not mentor:
        return "mentee"
    if not (mentor or mentee or lead) and _FIRST_PERSON.search(query) and not _ABOUT_OTHERS.search(query):
        return "mentee"
    if not (mentor or mentee or lead):
        # "mentee wants to leave accounting": the mentee as a role, spoken of by their mentor; "she burst
        # into tears and I froze": someone else's story told by whoever supports them, unless it is the
        # asker's own manager or colleague the pronoun stands for ("my manager presented it as his own").
        if _A_MENTEE.search(query) and not _A_MENTOR.search(query):
            return "mentor"
        if _MY_PEOPLE.search(query) and not (_A_MENTOR.search(query) or _A_MENTEE.search(query)):
            return "mentee"  # the asker's own manager or colleague: their own working life
        if _THIRD_PERSON.search(query) and not _MY_PEOPLE.search(query) and not _A_MENTOR.search(query):
            return "mentor"
    return None


_A_MENTEE = re.compile(r"\bmentees?(?:'s)?\b", re.IGNORECASE)
_A_MENTOR_AND_MENTEE = re.compile(
    r"\bmentors?(?:'s)?\b.*\bmentees?(?:'s)?\b|\bmentees?(?:'s)?\b.*\bmentors?(?:'s)?\b",
    re.IGNORECASE | re.DOTALL,
)
_MENTOR_TO_ME = re.compile(
    r"\bmentor\s+(?:\w+\s+){0,2}(?:me|my)\b|\b(?:with|from|to|for)\s+(?:the\s+)?mentor\b.*\b(?:i|i'?m|me)\b",
    re.IGNORECASE | re.DOTALL,
)
_A_MENTOR = re.compile(r"\bmentors?(?:'s)?\b|\bmentoring\s+(?:group|circle|scheme)\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(?:she|he|she's|he's|shes|hes)\b", re.IGNORECASE)
_MY_PEOPLE = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:manager|boss|lead|colleague|coworker|co-worker|supervisor|director|"
    r"partner|husband|wife|teammate|client|team|mum|mom|dad|friend)s?\b",
    re.IGNORECASE,
)
