"""Due dates in session notes: find the words that say when, and resolve them to an ISO date.

This module finds the words; ``coach.text.date_resolve`` turns each into a date. Pure standard library
(no dateutil). The conventions are those of the action-item data
(``evaluation/data/actions/README.md``, "Resolving dates"); every relative date is resolved against
the session's date:

=====================================================  ===============================================
words                                                   resolves to
=====================================================  ===============================================
today, tonight, this evening, EOD, COB, "straight       the session date
after this session/call"
tomorrow, tmrw, "tomorrow morning", "tmrw AM"           session + 1 day
a bare weekday, "this Friday", "by Weds", "Thurs",      the first such weekday strictly after the session
"Friday arvo", "COB Wednesday"                          (a Friday session's "by Friday" is a week later)
"next Monday"                                           that weekday in the following Monday–Sunday week
"Monday week"                                           the coming Monday + 7 days
this week, EOW, end of the week                         Friday of the session's week
next week, end of next week, next wk                    Friday of the following week
"w/c 4 May", "week of …"                                Friday of that week
"KW 25"                                                 Friday of ISO week 25
over / this / in the weekend                            the coming Sunday ("the weekend of the 25th": its Sunday)
end of month, EOM, this month                           last day of the session's month
next month                                              last day of the next month
"end of May", "in September", "end June"                last day of that month (next occurrence)
mid-May                                                 the 15th
end of Q1…Q4                                            last day of the quarter (next occurrence)
year end / Christmas                                    31 December / 25 December
in / within / for N days, weeks, months; a fortnight    session + N (months as calendar months)
"14 March", "Mar 14th", "30/1", "3/20" (US), "11.06."   the first such date on or after the session
"the 3rd", "by the 20th", "Mon 19th"                    the first such day of the month on or after it
an ISO date                                             itself
"before X"                                              X itself (the deadline, not the day before)
=====================================================  ===============================================

Vague words (ASAP, soon, at some point, later, "in the coming weeks"), a start point alone ("from
July", "from now on") and periods relative to an undated event ("within a week of getting them")
give no date. Times of day are dropped. Numeric dates are read day-first unless the note is
clearly American (``guess_day_first``).

Example:
    >>> resolve_due("by Friday", "2026-01-27")
    ('2026-01-30', 'the first Friday after the session (Tue 2026-01-27)')
    >>> resolve_due("next week", "2026-01-27")[0]
    '2026-02-06'
    >>> resolve_due("before the offsite", "2026-01-27")
    (None, 'names an event ("offsite") with no date given')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from coach.text.date_resolve import (
    DAY_PART_PATTERN,
    MONTH_PATTERN,
    NUMBER_PATTERN,
    ORDINAL_SUFFIX,
    WEEKDAY_PATTERN,
    resolve_core,
    week_friday,
)

# Each core expression: (kind, pattern). Order matters only for equal-length overlaps.
_CORES: list[tuple[str, str]] = [
    ("iso", r"\b\d{4}-\d{2}-\d{2}\b"),
    ("weekof", r"\b(?:w/c|wc|week commencing|(?:the\s+)?week of)\s+"),  # followed by a date core
    ("weekendof", r"\b(?:the\s+)?weekend of\s+"),
    (
        "numeric",
        r"(?:\b"
        + WEEKDAY_PATTERN
        + r"\.?,?\s+)?(?<![\d/.:])\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?![\d/])(?:\.(?=\s|$|[),;]))?",
    ),
    (
        "daymonth",
        r"(?:\b"
        + WEEKDAY_PATTERN
        + r"\.?,?\s+)?\b\d{1,2}"
        + ORDINAL_SUFFIX
        + r"?\s+(?:of\s+)?"
        + MONTH_PATTERN
        + r"\b\.?(?:,?\s+\d{4}\b)?",
    ),
    (
        "monthday",
        r"(?:\b"
        + WEEKDAY_PATTERN
        + r"\.?,?\s+)?\b"
        + MONTH_PATTERN
        + r"\.?\s+\d{1,2}"
        + ORDINAL_SUFFIX
        + r"?\b(?![:/.]\d)(?:,?\s+\d{4}\b)?",
    ),
    ("wdday", r"\b" + WEEKDAY_PATTERN + r"\.?,?\s+(?:the\s+)?\d{1,2}" + ORDINAL_SUFFIX + r"?\b(?![/.:]\d)"),
    ("ordinal", r"\b(?:the\s+)?\d{1,2}" + ORDINAL_SUFFIX + r"\b"),
    (
        "today",
        r"\b(?:eod\s+today|later today|today|tonight|this evening|this eve|this aft(?:ernoon)?|eod|cob|eop"
        r"|end of (?:the\s+)?day|end of play|close of business"
        r"|(?:straight |right |immediately )?after (?:this|the) (?:session|call|meeting))\b",
    ),
    ("tomorrow", r"\b(?:tomorrow|tmrw|tmw|tmr)(?:" + DAY_PART_PATTERN + r")?\b"),
    (
        "weekday",
        r"\b(?:(?:this coming|this|coming|next)\s+)?"
        + WEEKDAY_PATTERN
        + r"\b\.?(?:\s+week\b)?(?:"
        + DAY_PART_PATTERN
        + r")?",
    ),
    ("cobday", r"\b(?:cob|eod|close of business|end of day)\s+(?:on\s+)?" + WEEKDAY_PATTERN + r"\b\.?"),
    (
        "week",
        r"\b(?:eow|(?:the\s+)?end of (?:the |this )?(?:week|wk)|this (?:week|wk)|(?:by\s+)?(?:the\s+)?end of next (?:week|wk)"
        r"|end next (?:week|wk)|next (?:week|wk))\b",
    ),
    ("kw", r"\b(?:kw|cw|calendar week)\s*\d{1,2}\b"),
    ("weekend", r"\b(?:over|this|in|at|on)\s+the\s+weekend\b|\bthis\s+weekend\b"),
    (
        "month",
        r"\b(?:eom|(?:the\s+)?end of (?:the |this )?month|month[- ]end|this month|(?:the\s+)?end of next month|next month)\b",
    ),
    ("endmonth", r"\b(?:(?:the\s+)?end of|end|close of|the end of|late)\s+" + MONTH_PATTERN + r"\b"),
    ("midmonth", r"\bmid[- ]" + MONTH_PATTERN + r"\b"),
    (
        "inmonth",
        r"\b(?:in|by|until|till|before|through|thru|during|from)\s+(?P<core>"
        + MONTH_PATTERN
        + r")\b(?!\s*\d)",
    ),
    ("quarter", r"\b(?:(?:the\s+)?end of\s+)?(?:this\s+|next\s+)?q[1-4]\b"),
    ("yearend", r"\b(?:year[- ]end|(?:the\s+)?end of (?:the |this )?year|eoy)\b"),
    ("christmas", r"\b(?:christmas|xmas)(?:\s+day)?\b"),
    (
        "duration",
        r"\b(?:in|within|for)\s+(?:the\s+next\s+|the\s+|a\s+further\s+|another\s+|next\s+)?"
        + NUMBER_PATTERN
        + r"\s+(?:days?|weeks?|wks?|months?)\b",
    ),
    (
        "fortnight",
        r"\b(?:(?:in|within|for)\s+)?(?:a|the next|next)\s+fortnight\b|\bin\s+a\s+(?:week|month)\b|\bwithin\s+a\s+(?:week|month)\b",
    ),
    (
        "past",
        r"\b(?:(?:last|past|previous) (?:week|wk|month|year|time|night|session|term)|yesterday|the other day|"
        r"(?:a|one|two|three|few|\d+) (?:days?|weeks?|months?) ago)\b",
    ),
    (
        "vague",
        r"\b(?:asap|a\.s\.a\.p\.|soon|sometime|some time|at some point|later on|later|in the coming (?:weeks|days|months)"
        r"|from now on|going forward|one day|eventually|when (?:she|he|they|you|i) can)\b",
    ),
]
_CORE_RES = [(kind, re.compile(pattern, re.I)) for kind, pattern in _CORES]

# Words that tie a date to a task, looked for just before the date.
_LINKS = (
    r"at the latest (?:on|by)|by the latest|latest by|no later than|not later than|at latest|latest|by|before|b4|bfr"
    r"|untill|until|till|til|due(?:\s+(?:on|by))?|deadline(?:\s+(?:is|of))?|closes?(?:\s+on)?|report back|ready by"
    r"|done by|through|thru|throughout|for|on|at|in|during|starting(?:\s+from)?|starts?(?:\s+on)?|from|within|first one|"
    r"(?:first|next) one (?:is\s+)?(?:on\s+)?"
)
_LINK_BEFORE = re.compile(r"(?:\b(" + _LINKS + r"))\s*[:,–—-]?\s*$", re.I)
_LATEST_AFTER = re.compile(r"^\s*,?\s*(?:at the latest|latest)\b", re.I)
_PAST_BEFORE = re.compile(r"\b(?:last|past|previous|earlier|since|ago|yesterday)\s*$", re.I)
_NOT_DATE_AFTER = re.compile(r"^\s*(?:ago\b|before last\b|%|hrs?\b|hours?\b|mins?\b|pts?\b|points?\b)", re.I)
DEADLINE_LINKS = frozenset(
    "by before b4 bfr until untill till til latest due deadline closes close through thru "
    "throughout report back ready done no later than".split()
)
START_LINKS = frozenset({"from", "starts", "start"})


def _link_kind(link: str) -> str:
    words = link.lower().split()
    if not words:
        return "bare"
    if words[0] in START_LINKS:
        return "start"
    if words[0] == "starting" or words[:2] in (["first", "one"], ["next", "one"]):
        return "first"
    if any(w in DEADLINE_LINKS for w in words) or link.lower().startswith(
        ("at the latest", "no later", "not later")
    ):
        return "deadline"
    if words[0] in ("for", "within", "in") and len(words) == 1:
        return words[0]
    return "on"


@dataclass(frozen=True)
class DateMention:
    """Words in a text that say when, with the date they resolve to (or why they do not)."""

    start: int  # the mention with its linking word ("by Friday")
    end: int
    text: str
    core_start: int  # where the date words themselves start ("Friday")
    iso: str | None
    kind: str  # iso, numeric, weekday, week, duration, ... or vague / event
    link: str  # the linking word, lower case ("by"), or ""
    link_kind: str  # deadline, on, for, in, within, start, first, bare
    reason: str
    past: bool = False  # "last week", "yesterday": about the past, never a due date
    event: str | None = None  # for an event word ("till exam", "b4 then"): the event

    @property
    def resolved(self) -> bool:
        return self.iso is not None


# -- the session's date ------------------------------------------------------------------------------
def to_date(value: object) -> dt.date | None:
    """A date from a ``date``, a ``datetime`` or an ISO string; None for None or an empty string."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"Not an ISO date (YYYY-MM-DD): {value!r}") from None
    raise ValueError(f"Not a date: {value!r}")


# -- finding date words in a text --------------------------------------------------------------------
def find_dates(
    text: str, session_date: object = None, *, day_first: bool = True, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Every expression of time in ``text[start:end]``, in order, each resolved against the session.

    Overlapping matches keep the longest; "w/c <date>" and "the weekend of <date>" are combined
    with their date; "Thursday and Saturday" keeps the last of a list of dates.

    Example:
        >>> [(m.text, m.iso) for m in find_dates("AP4 – run toolbox talk, Thurs 19/2", "2026-02-16")]
        [('Thurs 19/2', '2026-02-19')]
    """
    session = to_date(session_date) or dt.date.today()
    end = len(text) if end is None else end
    found: list[tuple[int, int, str]] = []
    for kind, regex in _CORE_RES:
        for m in regex.finditer(text, start, end):
            a = m.start("core") if "core" in regex.groupindex else m.start()
            if m.end() > a:
                found.append((a, m.end(), kind))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    chosen: list[tuple[int, int, str]] = []
    for f in found:
        if chosen and f[0] < chosen[-1][1]:
            continue
        chosen.append(f)
    mentions: list[DateMention] = []
    i = 0
    while i < len(chosen):
        a, b, kind = chosen[i]
        if kind in ("weekof", "weekendof"):
            # Combine with the date right after it.
            if (
                i + 1 < len(chosen)
                and chosen[i + 1][0] == b
                and chosen[i + 1][2] not in ("vague", "weekof", "weekendof")
            ):
                inner = _mention(
                    text, chosen[i + 1][0], chosen[i + 1][1], chosen[i + 1][2], session, day_first
                )
                i += 2
                if inner is None or inner.iso is None:
                    continue
                base = dt.date.fromisoformat(inner.iso)
                if kind == "weekof":
                    res, why = week_friday(base), "Friday of that week"
                else:
                    res, why = base + dt.timedelta(days=6 - base.weekday()), "the Sunday of that weekend"
                mentions.append(_with_link(text, a, inner.end, a, res.isoformat(), kind, why))
                continue
            i += 1
            continue
        mention = _mention(text, a, b, kind, session, day_first)
        i += 1
        if mention is not None:
            mentions.append(mention)
    return _merge_lists(text, mentions)


def _mention(text: str, a: int, b: int, kind: str, session: dt.date, day_first: bool) -> DateMention | None:
    core = text[a:b]
    before = text[max(0, a - 30) : a]
    after = text[b : b + 20]
    if (
        _NOT_DATE_AFTER.match(after)
        or re.match(r"^\s*(?:[-–]\s*\d|\d)", after)
        and kind in ("numeric", "ordinal")
    ):
        return None
    if kind == "numeric":
        if re.fullmatch(r"\s*24/7\s*", core) or re.search(r"[\d)]\s*[-–+x×]\s*$", before):
            return None
        if (
            re.search(r"\d\.\d", core)
            and not re.search(r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?", core)
            and not re.fullmatch(r"\d\d\.\d\d", core.strip())
        ):
            return None  # "2.5" is a number, "11.06" or "11.06." a date
    if kind == "ordinal":
        # "18th Edition", "the 2nd practice test", "the 21st is still on": an ordinal followed by a word
        # is not a date ("on the 3rd", "by the 20th", "the 24th at the latest" are).
        if re.match(r"^\s+[A-Za-z]", after) and not re.match(
            r"^\s+(?:of\s+(?:the\s+)?(?:month|this)|at|latest|at the latest|"
            r"for|so|and|or|but|then|before|if|when|as|to|please|ok)\b",
            after,
            re.I,
        ):
            return None
    if kind == "weekday":
        # "the Monday store huddle", "on the Thursday" (a past day), "every Sunday", "Friday
        # afternoons" are not due dates.
        if re.search(r"\b(?:the|every|each|most|on a)\s*$", before, re.I):
            return None
        if re.match(r"^s?\s*(?:mornings|afternoons|evenings|nights)\b|^s\b", after, re.I):
            return None
        if re.search(r"\b(?:Good|Black|Easter|Holy|Super|Cyber|Ash|Palm|Shrove|Boxing)\s*$", before):
            return None  # a holiday's name
    if kind == "quarter" and not re.match(r"(?:the\s+)?end", core, re.I) and not _LINK_BEFORE.search(before):
        return None  # "the Q1 research readout": a name, not a date
    if kind == "inmonth" and re.match(
        r"^\s*(?:\d|[A-Z][a-z]+\s+(?:session|meeting|cohort|round|sitting|window))", after
    ):
        return None
    res, why = resolve_core(kind, core, session, day_first, rest=after)
    mention = _with_link(text, a, b, a, res.isoformat() if res else None, kind, why)
    if _PAST_BEFORE.search(before) or kind == "past":
        mention = replace(mention, past=True, reason="about the past, not a due date")
    elif res is not None and res < session:
        mention = replace(mention, past=True, reason=f"{why}: {res.isoformat()}, before the session")
    elif (
        res is not None
        and kind in ("numeric", "daymonth", "monthday")
        and not re.search(r"\d{4}|\d[/.]\d{1,2}[/.]\d", core)
        and (res - session).days > 300
    ):
        # A day and month without a year that lies just before the session rolls into next year;
        # that far ahead it is far likelier a date in the past ("sent 26/01").
        mention = replace(mention, past=True, reason=f"{why}: {res.isoformat()}, most likely a past date")
    latest = _LATEST_AFTER.match(text[b : b + 20])
    if latest:
        mention = replace(
            mention,
            end=b + latest.end(),
            text=text[mention.start : b + latest.end()],
            link=mention.link or "latest",
            link_kind="deadline",
        )
    return mention


def _with_link(
    text: str, a: int, b: int, core_start: int, iso: str | None, kind: str, why: str
) -> DateMention:
    start = a
    link = ""
    m = _LINK_BEFORE.search(text[max(0, a - 30) : a])
    if m:
        link = re.sub(r"\s+", " ", m.group(1).lower()).strip()
        start = a - (len(text[max(0, a - 30) : a]) - m.start(1))
    # A linking word the core already holds: "by the end of next week", "for two weeks".
    lead = re.match(r"(by|before|until|till|through|for|within|in)\s+", text[a:b], re.I)
    if lead and not link:
        link = lead.group(1).lower()
    link_kind = _link_kind(link)
    if kind == "vague":
        link_kind = "vague"
    return DateMention(
        start=start,
        end=b,
        text=text[start:b],
        core_start=core_start,
        iso=iso,
        kind=kind,
        link=link,
        link_kind=link_kind,
        reason=why,
    )


def _merge_lists(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'Thursday and Saturday': the due date of a listed occurrence is the last one."""
    out: list[DateMention] = []
    for m in mentions:
        if (
            out
            and out[-1].iso
            and m.iso
            and re.fullmatch(r"\s*(?:and|&|\+)\s*", text[out[-1].end : m.core_start])
            and not m.link
            and out[-1].kind in ("weekday", "numeric", "daymonth", "monthday")
            and m.kind == out[-1].kind
            and m.iso > out[-1].iso
        ):
            prev = out.pop()
            m = replace(
                m,
                start=prev.start,
                text=text[prev.start : m.end],
                link=prev.link,
                link_kind=prev.link_kind,
                reason=m.reason + " (the last of the listed days)",
            )
        out.append(m)
    return out


# -- events named instead of dated -------------------------------------------------------------------
_EVENT_WORDS = (
    r"exams?|resit|sessions?|meetings?|conference|interviews?|offsite|off-site|circle|demo|appraisal|review|"
    r"call|shift|catch-?up|huddle|kick-?off|deadline|panel|planning|steerco|launch|presentation|visit|"
    r"audit|trip|workshop|course|training|submission|1:1|one-to-one|mid-?year|round|assessment|inspection|"
    r"check|handover|retreat|away ?day|event|recital|audition|match|game|tournament|playtest|release|"
    r"sprint|board|then|next time|test|viva|ceremony|party|wedding|opening"
)
_EVENT_LINK = re.compile(
    r"\b(till|until|untill|til|before|b4|bfr|by|(?:for|to|at)(?=\s+(?:(?:the|our|her|his|their|your|my)\s+)?next\b))"
    r"\s+((?:the|our|her|his|their|your|my|its)\s+)?"
    r"((?:next\s+|first\s+|big\s+|final\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + _EVENT_WORDS + r"))\b",
    re.I,
)


def find_events(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Due words that name an event instead of a date ("till exam", "before the offsite", "b4 then")."""
    end = len(text) if end is None else end
    out = []
    for m in _EVENT_LINK.finditer(text, start, end):
        event = m.group(3).strip()
        out.append(
            DateMention(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                core_start=m.start(3),
                iso=None,
                kind="event",
                link=m.group(1).lower(),
                link_kind="deadline",
                reason=f'names an event ("{event}")',
                event=event.lower(),
            )
        )
    return out


def event_head(event: str) -> str:
    """The word that names an event: "our next session" → "session"."""
    words = re.findall(r"[\w:'’-]+", event.lower())
    if not words:
        return ""
    if words[-1] in ("then",):
        return "then"
    if words[-2:] == ["next", "time"]:
        return "session"
    head = words[-1].rstrip("s") if words[-1] not in ("1:1", "resit", "kick-off", "kickoff") else words[-1]
    return {
        "catch-up": "session",
        "catchup": "session",
        "meeting": "session",
        "circle": "session",
        "exam": "exam",
        "resit": "exam",
        "kickoff": "kick-off",
        "one-to-one": "1:1",
    }.get(head, head)


_NEXT_MEETING = re.compile(
    r"\b(?:next|following)\s+(?:session|catch-?up|circle|meeting|one|time|conversation|review|"
    r"mentoring|check-?in|call|chat|1:1)\b",
    re.I,
)


def event_date(event: DateMention, text: str, mentions: list[DateMention]) -> DateMention | None:
    """The date the note gives for an event named as a deadline ("till exam" ← "exam 24 Jun").

    ``mentions`` are ``find_dates`` over the whole ``text``. "then" takes the nearest date before
    it; "next session" the date written beside a "next session/catch-up/circle" in the note; any
    other event the date written closest after (or just before) the same word elsewhere in the note.
    Returns the event mention with its date and the reason, or None when the note does not date it.
    """
    head = event_head(event.event or "")
    usable = [m for m in mentions if m.iso and not m.past and m.kind not in ("vague",)]
    found: DateMention | None = None
    if head == "then":
        before = [
            m
            for m in usable
            if m.end <= event.start
            and event.start - m.end < 250
            and m.kind in ("iso", "numeric", "daymonth", "monthday", "wdday", "ordinal", "weekday")
        ]
        found = before[-1] if before else None
    elif head == "session" and re.search(r"\bnext\b", event.event or ""):
        for m in _NEXT_MEETING.finditer(text):
            if event.start <= m.start() < event.end:
                continue
            near = [
                d
                for d in usable
                if 0 <= d.core_start - m.end() <= 30 and "\n" not in text[m.end() : d.core_start]
            ]
            if near:
                found = near[0]
                break
    elif len(head) >= 3:
        best = None
        for m in re.finditer(r"\b" + re.escape(head) + r"s?\b", text, re.I):
            for d in usable:
                if d.start <= m.start() < d.end:
                    continue
                gap = d.core_start - m.end() if d.core_start >= m.end() else m.start() - d.end + 15
                between = text[min(m.end(), d.end) : max(m.start(), d.core_start)]
                if 0 <= gap <= 35 and "\n" not in between and not re.search(r"[.;!?]\s", between):
                    if best is None or gap < best[0]:
                        best = (gap, d)
        found = best[1] if best else None
    if found is None:
        return None
    return replace(
        event, iso=found.iso, reason=f'the date the note gives for "{event.event}": {found.text.strip()}'
    )


# -- whole strings -----------------------------------------------------------------------------------
def resolve_due(text: str, session_date: object, *, day_first: bool = True) -> tuple[str | None, str]:
    """Resolve due words ("by Friday", "end of Q2", "w/c 8 June") to an ISO date and say how.

    Returns ``(iso, reason)``; ``iso`` is None with the reason when the words give no date (vague,
    a start point alone, an event with no date).

    Example:
        >>> resolve_due("Thurs", "2026-02-16")
        ('2026-02-19', 'the first Thursday after the session (Mon 2026-02-16)')
        >>> resolve_due("ASAP", "2026-02-16")
        (None, 'a vague time, not a date')
    """
    if not isinstance(text, str) or not text.strip():
        return None, "no due words"
    session = to_date(session_date) or dt.date.today()
    mentions = find_dates(text, session, day_first=day_first)
    if not mentions:
        events = find_events(text)
        if events:
            return None, f'names an event ("{events[0].event}") with no date given'
        if re.match(r"\s*(?:before|by|till|until|after|once)\b", text, re.I):
            rest = re.sub(r"^\s*\w+\s+", "", text).strip()
            return None, f'names an event ("{rest}") with no date given'
        return None, "no date in these words"
    usable = [m for m in mentions if m.iso is not None and not m.past]
    if any(m.link_kind == "start" for m in mentions) and not any(
        m.link_kind in ("deadline", "first") for m in usable
    ):
        return None, "a start point alone, not a deadline"
    if not usable:
        return None, mentions[0].reason
    best = next((m for m in usable if m.link_kind == "deadline"), usable[-1])
    return best.iso, best.reason


_US_WORDS = re.compile(
    r"\b(?:program|programs|color|colors|center|organize[sd]?|organization|favorite|behavior|fall \d{4}|"
    r"mom|vacation|gotten|check-?in|zip code|license|licence|labor|fiscal year|sophomore|pto|401k|"
    r"cdc|shrm|gre|mph|mba|in the fall)\b",
    re.I,
)
_UK_WORDS = re.compile(
    r"\b(?:programme|colour|centre|organise[sd]?|organisation|favourite|behaviour|mum|holiday|"
    r"licence|labour|whilst|fortnight|nhs|cv|tea|cuppa|arvo|uni|revise|revision|year 9|ward)\b",
    re.I,
)
_NUMERIC = re.compile(r"(?<![\d/.:])(\d{1,2})([/.])(\d{1,2})(?:[/.](\d{2,4}))?(?![\d/])")


def guess_day_first(text: str, session_date: object = None) -> bool:
    """Whether numeric dates in a note read day/month (default) or month/day (a clearly American note).

    Decided by, in order: a numeric date that can only be read one way ("30/1", "3/20"); one that
    matches the session date under one reading only; then American against British spelling and
    terms ("program", "Fall 2027" against "programme", "fortnight"); else day-first.

    Example:
        >>> guess_day_first("Jordan check-in – 3/24"), guess_day_first("coffee w/ Raj 16/1")
        (False, True)
    """
    session = to_date(session_date)
    votes = 0
    for m in _NUMERIC.finditer(text):
        if m.group(2) == "." and not m.group(4):
            continue  # dotted dates are European
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 and 1 <= b <= 12:
            votes += 3
        elif b > 12 and 1 <= a <= 12 and b <= 31:
            votes -= 3
        elif session is not None and a != b:
            if (a, b) == (session.day, session.month):
                votes += 2
            elif (a, b) == (session.month, session.day):
                votes -= 2
    if votes:
        return votes > 0
    # Month-first written dates ("Apr 14", "March 3, 2026") are American too.
    us = len(_US_WORDS.findall(text)) + 2 * len(
        re.findall(
            r"\b" + MONTH_PATTERN + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:st|nd|rd|th))(?:,\s+\d{4})?",
            text,
            re.I,
        )
    )
    uk = len(_UK_WORDS.findall(text)) + 2 * len(
        re.findall(r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_PATTERN + r"\b", text, re.I)
    )
    return not us > uk


def header_date(text: str, *, day_first: bool = True, today: object = None) -> dt.date | None:
    """The date written in a note's first lines ("Chloe – session 4 – 10 Feb"), if any.

    A date without a year is taken as the most recent such date not after ``today``; a deadline
    ("by 30 June", "until 3 May") is not the session's date.

    Example:
        >>> str(header_date("Goal: pass the exam by 30 June\\nMet Sam 12 March", today="2026-12-07"))
        '2026-03-12'
    """
    today = to_date(today) or dt.date.today()
    head = "\n".join(text.strip().splitlines()[:3])[:300]
    # Resolve against a point a year back, so that a yearless date lands in the past year.
    base = today - dt.timedelta(days=364)
    for m in find_dates(head, base, day_first=day_first):
        # "Goal: present the roadmap by 30 June" names a deadline, not the day the session took place.
        if m.link_kind in ("deadline", "start", "within"):
            continue
        if m.kind in ("iso", "numeric", "daymonth", "monthday") and m.iso:
            res = dt.date.fromisoformat(m.iso)
            if res <= today + dt.timedelta(days=1):
                return res
    return None
