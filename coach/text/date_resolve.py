"""Resolve one date expression ("by Friday", "end of Q2", "14 March") to a date, against the session.

``coach.text.dates`` finds the expressions in a text and tells this module which kind each is; the
conventions (a bare weekday is strictly after the session, "next week" is that week's Friday, ...)
are tabled in its docstring. Pure standard library.

Example:
    >>> resolve_core("weekday", "Thurs", dt.date(2026, 2, 16), day_first=True)
    (datetime.date(2026, 2, 19), 'the first Thursday after the session (Mon 2026-02-16)')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from coach.text.words import WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES

# "weds" is a spelling of dates only: elsewhere (names, masking) it is not taken for a weekday.
WEEKDAYS = {
    word: next(i for i, name in enumerate(WEEKDAY_NAMES) if name.startswith(word[:3]))
    for word in (*WEEKDAY_NAMES, *WEEKDAY_ABBREVIATIONS, "weds")
}
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if i}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if i})
MONTHS["sept"] = 9
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple of": 2,
}

# "Sat", "Sun", "Wed", "Mar", "May" are also ordinary words: they count only when capitalised.
WEEKDAY_PATTERN = (
    r"(?:monday|mon|tuesday|tues|tue|wednesday|weds|thursday|thurs|thur|thu|friday|fri|saturday|sunday"
    r"|(?-i:Sat|Sun|Wed|SAT|SUN|WED))"
)
MONTH_PATTERN = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec|(?-i:May|MAY|Mar|MAR))"
)
NUMBER_PATTERN = (
    r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of)"
)
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
DAY_PART_PATTERN = r"(?:\s+(?:morning|afternoon|evening|night|am|pm|eod|cob|arvo|lunchtime|lunch))"
_TIME = r"(?:\s*(?:,\s*)?(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\b|\s+at\s+\d{1,2}(?:[:.]\d\d)?\b(?!\s*[/.]\d)|\s+(?:at\s+)?(?:noon|midday))"


# -- calendar arithmetic -----------------------------------------------------------------------------
def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: dt.date, n: int) -> dt.date:
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def week_friday(d: dt.date) -> dt.date:
    """Friday of d's Monday–Sunday week."""
    return d + dt.timedelta(days=4 - d.weekday())


def next_weekday(d: dt.date, weekday: int) -> dt.date:
    """The first day strictly after d that falls on ``weekday`` (Monday = 0)."""
    return d + dt.timedelta(days=((weekday - d.weekday()) % 7) or 7)


def next_day_of_month(d: dt.date, day: int) -> dt.date | None:
    """The first date on or after d whose day of the month is ``day``."""
    y, m = d.year, d.month
    for _ in range(14):
        if day <= calendar.monthrange(y, m)[1]:
            c = dt.date(y, m, day)
            if c >= d:
                return c
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return None


def next_month_day(d: dt.date, month: int, day: int) -> dt.date | None:
    """A day and month without a year: the first such date on or after d."""
    for year in (d.year, d.year + 1, d.year + 2, d.year + 3, d.year + 4):
        try:
            c = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February
        if c >= d:
            return c
    return None


def _month_end(d: dt.date, month: int) -> dt.date:
    res = last_day(d.year, month)
    return res if res >= d else last_day(d.year + 1, month)


def _fmt(d: dt.date) -> str:
    return f"{DAY_NAMES[d.weekday()]} {d.isoformat()}"


WEEKDAY_MISMATCH = "the weekday and the date disagree"


def _check_weekday(raw: str, res: dt.date, session: dt.date, reason: str) -> tuple[dt.date, str]:
    """A written weekday that does not match the date ("Friday 13 June" in 2026, a Saturday): the two
    readings are the date as written and that weekday nearest to it; the one nearest the session is
    taken, and the reason says so, so the user is warned instead of silently given a Saturday.

    Example:
        >>> _check_weekday("Friday 13 June", dt.date(2026, 6, 13), dt.date(2026, 6, 1), "a day and month")[0]
        datetime.date(2026, 6, 12)
    """
    weekday = _weekday_in(raw)
    if weekday is None or res.weekday() == weekday:
        return res, reason
    shift = (weekday - res.weekday() + 3) % 7 - 3  # the written weekday within three days of the date
    other = res + dt.timedelta(days=shift)
    candidates = [c for c in (res, other) if c >= session] or [res, other]
    chosen = min(candidates, key=lambda c: abs((c - session).days))
    why = (
        f"“{raw.strip()}”: {WEEKDAY_MISMATCH} ({res.isoformat()} is a {calendar.day_name[res.weekday()]}); "
        f"read as {_fmt(chosen)}, the reading nearest the session; check it"
    )
    return chosen, why


def _weekday_in(text: str) -> int | None:
    m = re.search(r"\b" + WEEKDAY_PATTERN + r"\b", text, re.I)
    return WEEKDAYS[m.group(0).lower()] if m else None


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _number(word: str) -> int:
    word = word.lower().strip()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


# -- resolving one core expression, by what it names -------------------------------------------------
def _resolve_numeric(
    kind: str, raw: str, d: dt.date, day_first: bool, rest: str
) -> tuple[dt.date | None, str]:
    """ "19/2", "3/20", "11.06.": both readings where both are possible; a written weekday decides."""
    s = raw.lower()
    m = re.search(r"(\d{1,2})([/.])(\d{1,2})(?:[/.](\d{2,4}))?", s)
    a, b = int(m.group(1)), int(m.group(3))
    weekday = _weekday_in(raw)
    readings = []
    for first in (day_first, not day_first) if a <= 12 and b <= 12 else (a > 12,):
        day, month = (a, b) if first else (b, a)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        try:
            if m.group(4):
                year = int(m.group(4))
                res = dt.date(year + 2000 if year < 100 else year, month, day)
            else:
                res = next_month_day(d, month, day)
        except ValueError:
            continue
        if res is not None:
            readings.append((res, first))
    if not readings:
        return None, "not a real date"
    if weekday is not None:
        agreeing = [r for r in readings if r[0].weekday() == weekday]
        readings = agreeing or readings
    res, first = readings[0]
    order = "day/month" if first else "month/day"
    reason = f"a date read {order}" + ("" if m.group(4) else ", the first on or after the session")
    return _check_weekday(raw, res, d, reason)


def _resolve_written_date(
    kind: str, raw: str, d: dt.date, day_first: bool, rest: str
) -> tuple[dt.date | None, str]:
    """A date written out: an ISO date, "14 March", "Mar 14th", "Mon 19th", "the 3rd"."""
    s = raw.lower()
    if kind == "iso":
        try:
            res = dt.date.fromisoformat(s)
        except ValueError:
            return None, "not a real date"
        return res, "an ISO date"
    if kind in ("daymonth", "monthday"):
        if kind == "daymonth":
            m = re.search(
                r"(\d{1,2})" + ORDINAL_SUFFIX + r"?\s+(?:of\s+)?(" + MONTH_PATTERN + r")\.?(?:,?\s+(\d{4}))?",
                raw,
                re.I,
            )
            day, month, year = int(m.group(1)), _month(m.group(2)), m.group(3)
        else:
            m = re.search(
                r"(" + MONTH_PATTERN + r")\.?\s+(\d{1,2})" + ORDINAL_SUFFIX + r"?(?:,?\s+(\d{4}))?", raw, re.I
            )
            month, day, year = _month(m.group(1)), int(m.group(2)), m.group(3)
        try:
            res = dt.date(int(year), month, day) if year else next_month_day(d, month, day)
        except ValueError:
            return None, "not a real date"
        if res is None:
            return None, "not a real date"
        return _check_weekday(
            raw, res, d, "a day and month" + ("" if year else ", the first on or after the session")
        )
    if kind == "wdday":
        m = re.search(r"(\d{1,2})", s)
        res = next_day_of_month(d, int(m.group(1)))
        return res, "a weekday and day of the month, the first on or after the session"
    # ordinal
    m = re.search(r"(\d{1,2})", s)
    res = next_day_of_month(d, int(m.group(1)))
    return res, "a day of the month, the first on or after the session"


def _resolve_day_word(
    kind: str, raw: str, d: dt.date, day_first: bool, rest: str
) -> tuple[dt.date | None, str]:
    """A day named relative to the session: "today", "tomorrow", "Friday", "next Monday", "COB Weds"."""
    s = raw.lower()
    if kind == "today":
        return d, "the session day"
    if kind == "tomorrow":
        return d + dt.timedelta(days=1), "the day after the session"
    if kind == "cobday":
        wd = _weekday_in(raw)
        return next_weekday(d, wd), f"the first {calendar.day_name[wd]} after the session"
    # weekday
    wd = _weekday_in(raw)
    if re.match(r"next\s", s):
        monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=wd), f"{calendar.day_name[wd]} of the week after the session's"
    if re.search(r"\bweek$", s):
        return next_weekday(d, wd) + dt.timedelta(days=7), f"a week after the coming {calendar.day_name[wd]}"
    return next_weekday(d, wd), f"the first {calendar.day_name[wd]} after the session ({_fmt(d)})"


def _resolve_week_word(
    kind: str, raw: str, d: dt.date, day_first: bool, rest: str
) -> tuple[dt.date | None, str]:
    """A week named: "this week", "next week", "KW 25", "over the weekend"."""
    s = raw.lower()
    if kind == "week":
        if "next" in s:
            return week_friday(d) + dt.timedelta(days=7), "Friday of the week after the session's"
        return week_friday(d), "Friday of the session's week"
    if kind == "kw":
        week = int(re.search(r"(\d{1,2})", s).group(1))
        try:
            res = dt.date.fromisocalendar(d.year, week, 5)
            if res < d:
                res = dt.date.fromisocalendar(d.year + 1, week, 5)
        except ValueError:
            return None, "no such calendar week"
        return res, f"Friday of calendar week {week}"
    # weekend
    return d + dt.timedelta(days=(6 - d.weekday()) or 7), "the coming Sunday"


def _resolve_month_word(
    kind: str, raw: str, d: dt.date, day_first: bool, rest: str
) -> tuple[dt.date | None, str]:
    """A month, quarter or year named: "EOM", "end of May", "mid-June", "end of Q2", "Christmas"."""
    s = raw.lower()
    if kind == "month":
        if "next" in s:
            n = add_months(d.replace(day=1), 1)
            return last_day(n.year, n.month), "the last day of the next month"
        return last_day(d.year, d.month), "the last day of the session's month"
    if kind in ("endmonth", "inmonth"):
        month = _month(re.search(MONTH_PATTERN, raw, re.I).group(0))
        return _month_end(d, month), f"the last day of {calendar.month_name[month]}"
    if kind == "midmonth":
        month = _month(re.search(MONTH_PATTERN, raw, re.I).group(0))
        return next_month_day(d, month, 15), f"the 15th of {calendar.month_name[month]}"
    if kind == "quarter":
        q = int(re.search(r"q([1-4])", s).group(1))
        return _month_end(d, q * 3), f"the last day of Q{q}"
    if kind == "yearend":
        return dt.date(d.year, 12, 31), "the end of the year"
    # christmas
    return next_month_day(d, 12, 25), "Christmas Day"


def _resolve_period(
    kind: str, raw: str, d: dt.date, day_first: bool, rest: str
) -> tuple[dt.date | None, str]:
    """A period from the session: "in 3 days", "within two weeks", "a fortnight", "in a month"."""
    s = raw.lower()
    if re.search(r"\bof\b", rest[:4].lower()):
        return None, "a period counted from an event with no date"
    if "fortnight" in s:
        return d + dt.timedelta(days=14), "two weeks after the session"
    m = re.search(NUMBER_PATTERN + r"\s+(days?|weeks?|wks?|months?)", s, re.I)
    if m is None:
        m = re.search(r"(a)\s+(week|month)", s)
    n = _number(re.match(NUMBER_PATTERN, m.group(0), re.I).group(0))
    unit = m.group(1).lower()
    if unit.startswith("d"):
        return d + dt.timedelta(days=n), f"{n} day{'s' * (n > 1)} after the session"
    if unit.startswith("w"):
        return d + dt.timedelta(days=7 * n), f"{n} week{'s' * (n > 1)} after the session"
    return add_months(d, n), f"{n} month{'s' * (n > 1)} after the session"


def _resolve_no_date(
    kind: str, raw: str, d: dt.date, day_first: bool, rest: str
) -> tuple[dt.date | None, str]:
    """Words that are about time but give no due date: vague ("ASAP", "soon") or past ("last week")."""
    if kind == "vague":
        return None, "a vague time, not a date"
    return None, "about the past, not a due date"


_RESOLVERS = {
    "iso": _resolve_written_date,
    "numeric": _resolve_numeric,
    "daymonth": _resolve_written_date,
    "monthday": _resolve_written_date,
    "wdday": _resolve_written_date,
    "ordinal": _resolve_written_date,
    "today": _resolve_day_word,
    "tomorrow": _resolve_day_word,
    "cobday": _resolve_day_word,
    "weekday": _resolve_day_word,
    "week": _resolve_week_word,
    "kw": _resolve_week_word,
    "weekend": _resolve_week_word,
    "month": _resolve_month_word,
    "endmonth": _resolve_month_word,
    "inmonth": _resolve_month_word,
    "midmonth": _resolve_month_word,
    "quarter": _resolve_month_word,
    "yearend": _resolve_month_word,
    "christmas": _resolve_month_word,
    "duration": _resolve_period,
    "fortnight": _resolve_period,
    "vague": _resolve_no_date,
    "past": _resolve_no_date,
}


def resolve_core(
    kind: str, core: str, session: dt.date, day_first: bool, rest: str = ""
) -> tuple[dt.date | None, str]:
    """The date one core expression of ``kind`` names (times of day dropped), and how it was read.

    ``rest`` is the text just after the expression ("within two weeks *of* …" gives no date).

    Example:
        >>> resolve_core("quarter", "end of Q2", dt.date(2026, 8, 3), day_first=True)
        (datetime.date(2027, 6, 30), 'the last day of Q2')
    """
    raw = re.sub(_TIME + r"$", "", core.strip().rstrip("."), flags=re.I).strip()
    resolver = _RESOLVERS.get(kind)
    if resolver is None:
        return None, "not understood"
    return resolver(kind, raw, session, day_first, rest)
