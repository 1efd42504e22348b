#!/usr/bin/env python3
"""Build and validate the action-item evaluation data (train.jsonl, test.jsonl).

Run with plain python3 (standard library only):

    python3 evaluation/data/actions/build_actions.py            # build, validate, write, print counts
    python3 evaluation/data/actions/build_actions.py --check    # build and validate, compare with the files on disk

The notes and their labels are authored below as Python data. Every span is given as a
substring and located with str.find, so no offset is typed by hand:

  A(sentence, owner, task, due, due_text, occ=0, anchor=None)
      sentence  the whole sentence or bullet that states the commitment (must occur in the
                note; `occ` picks the n-th occurrence when it occurs more than once)
      task      searched inside the sentence span (first occurrence)
      due_text  searched inside the sentence span first, then in the whole note (where it
                must then occur exactly once)
      anchor    for event-relative dates ("before the offsite"): the words elsewhere in the
                note that date the event; the resolver reads the date from them
  C(previous_action, status, span)
      what this note says about item `previous_action` of the note named in `prev`

The validator re-derives every due date from due_text and session_date with the resolution
rules documented in README.md ("Resolving dates") and asserts it equals the authored date.
Re-running the script reproduces the jsonl files byte for byte.
"""

import calendar
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

RELATIONSHIPS = {"formal", "informal", "peer", "group", "reverse"}
STYLES = {"bullets", "prose", "shorthand", "transcript", "mixed", "email"}
ROLE_OWNERS = {"mentee", "mentor", "both"}
STATUSES = {"done", "open", "dropped"}


# --------------------------------------------------------------------------- authoring helpers

class A:
    def __init__(self, sentence, owner, task, due=None, due_text=None, occ=0, anchor=None):
        self.sentence, self.owner, self.task = sentence, owner, task
        self.due, self.due_text, self.occ, self.anchor = due, due_text, occ, anchor


class C:
    def __init__(self, previous_action, status, span):
        self.previous_action, self.status, self.span = previous_action, status, span


def N(id, date, rel, style, field, text, actions=(), prev=None, carried=(), fmt="dmy"):
    """One note. `fmt` (dmy/mdy) says how the writer orders numeric dates; it is used by the
    validator only and is not written to the jsonl."""
    if text.startswith("\n"):
        text = text[1:]
    text = text.rstrip()
    return dict(id=id, date=date, rel=rel, style=style, field=field, text=text,
                actions=list(actions), prev=prev, carried=list(carried), fmt=fmt)


# --------------------------------------------------------------------------- date resolution

WEEKDAYS = {"mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2,
            "wednesday": 2, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4,
            "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6}
MONTHS = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9
NUMWORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
WD_RE = r"(mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)"
MON_RE = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"


def last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def week_friday(d):
    return d + dt.timedelta(days=4 - d.weekday())


def next_weekday(d, wd):
    """First day strictly after d that falls on weekday wd."""
    delta = (wd - d.weekday()) % 7
    return d + dt.timedelta(days=delta or 7)


def next_dom(d, day):
    """First date on or after d whose day of month is `day`."""
    y, m = d.year, d.month
    for _ in range(14):
        if day <= calendar.monthrange(y, m)[1]:
            c = dt.date(y, m, day)
            if c >= d:
                return c
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    raise ValueError("no such day of month")


def year_for(d, m, day):
    """Month/day without a year: the first such date on or after the session date."""
    c = dt.date(d.year, m, day)
    return c if c >= d else dt.date(d.year + 1, m, day)


def _num(s):
    return int(s) if s.isdigit() else NUMWORDS[s]


def resolve(due_text, session, fmt="dmy", anchor=None):
    """Resolve the words giving a due date against the session date (rules in README.md)."""
    s = due_text.lower().strip()
    s = s.replace("\u2019", "'")
    s = re.sub(r"[.,;:!)(]+$", "", s).strip()
    if anchor is not None:
        # event-relative ("before the offsite", "by next session"): the event's own date
        return resolve(anchor, session, fmt)
    s = re.sub(r"^(latest by|latest|no later than|not later than|by|until|untill|till|til|before|b4|for|on|at|in|due|through|thru|starting|at the latest by)\s+", "", s)
    s = re.sub(r"\s+(at the latest|latest|at \d{1,2}(:\d\d)?\s*(am|pm)?|\d{1,2}(:\d\d)?\s*(am|pm)|noon|midday)$", "", s)
    s = re.sub(r"^(cob|eod|close of business|end of day|end of play|eop)\s+(on\s+)?(?=\w)", "", s)
    s = re.sub(r"^the\s+", "", s)
    d = session

    # ISO date
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", s)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    # week commencing / week of <date>
    m = re.match(r"^(w/c|wc|week commencing|week of|the week of)\s+(.*)$", s)
    if m:
        return week_friday(resolve(m.group(2), session, fmt))
    # the weekend of <date>: the Sunday of that weekend
    m = re.match(r"^(?:the\s+)?weekend of\s+(.*)$", s)
    if m:
        w = resolve(m.group(1), session, fmt)
        return w + dt.timedelta(days=6 - w.weekday())
    # numeric day/month (or month/day), optional year
    m = re.search(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b\.?", s)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        day, mon = (a, b) if fmt == "dmy" else (b, a)
        if m.group(3):
            y = int(m.group(3))
            y = y + 2000 if y < 100 else y
            res = dt.date(y, mon, day)
        else:
            res = year_for(d, mon, day)
        _check_wd(s, res)
        return res
    # 14 March / 14th of March / March 14 / Mar 14th, optional year
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MON_RE + r"\b\.?(?:\s+(\d{4}))?", s)
    if not m:
        m2 = re.search(r"\b" + MON_RE + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", s)
        if m2:
            mon, day, yr = MONTHS[m2.group(1)], int(m2.group(2)), m2.group(3)
            res = dt.date(int(yr), mon, day) if yr else year_for(d, mon, day)
            _check_wd(s, res)
            return res
    else:
        day, mon, yr = int(m.group(1)), MONTHS[m.group(2)], m.group(3)
        res = dt.date(int(yr), mon, day) if yr else year_for(d, mon, day)
        _check_wd(s, res)
        return res
    # weekday + bare day of month: "Mon 19th", "Thurs the 5th"
    m = re.search(r"\b" + WD_RE + r"\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b", s)
    if m:
        res = next_dom(d, int(m.group(2)))
        _check_wd(s, res)
        return res
    # bare day of month: "the 3rd", "3rd"
    m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)", s)
    if m:
        return next_dom(d, int(m.group(1)))
    if s in ("christmas", "xmas", "christmas day"):
        return year_for(d, 12, 25)
    if s in ("today", "tonight", "eod", "end of day", "end of play", "cob", "close of business", "this evening", "later today",
             "straight after this session", "after this session", "right after the session", "straight after the session",
             "straight after this call", "after this call", "after the call"):
        return d
    if s in ("tomorrow", "tmrw", "tmw", "tomorrow morning", "tmrw am", "tomorrow am", "tomorrow afternoon"):
        return d + dt.timedelta(days=1)
    if s in ("over the weekend", "this weekend", "at the weekend", "the weekend", "weekend", "in the weekend", "on the weekend"):
        return d + dt.timedelta(days=(6 - d.weekday()) or 7)
    if s in ("eow", "end of the week", "end of week", "this week", "this wk", "the end of the week", "end of this week"):
        return week_friday(d)
    if s in ("next week", "end of next week", "the end of next week", "next wk", "end of next wk", "end next week"):
        return week_friday(d) + dt.timedelta(days=7)
    if s in ("eom", "end of month", "end of the month", "this month", "end of this month", "month end", "month-end"):
        return last_day(d.year, d.month)
    if s in ("next month", "end of next month"):
        n = add_months(d.replace(day=1), 1)
        return last_day(n.year, n.month)
    if s in ("year end", "year-end", "end of the year", "end of year", "eoy", "this year"):
        return dt.date(d.year, 12, 31)
    m = re.fullmatch(r"(?:end of |the end of )?(?:this |next )?q([1-4])", s)
    if m:
        q = int(m.group(1))
        res = last_day(d.year, q * 3)
        return res if res >= d else last_day(d.year + 1, q * 3)
    m = re.fullmatch(r"mid[- ]" + MON_RE, s)
    if m:
        return year_for(d, MONTHS[m.group(1)], 15)
    m = re.fullmatch(r"(?:the )?(?:end of |end |close of )?" + MON_RE, s)
    if m:
        mon = MONTHS[m.group(1)]
        res = last_day(d.year, mon)
        return res if res >= d else last_day(d.year + 1, mon)
    m = re.fullmatch(r"(?:(?:in|within)\s+(?:the next\s+|a\s+)?|next\s+|)(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(day|days|week|weeks|wks|wk|month|months|hours|hrs)", s)
    if m:
        n, unit = _num(m.group(1)), m.group(2)
        if unit.startswith("day"):
            return d + dt.timedelta(days=n)
        if unit.startswith("w"):
            return d + dt.timedelta(days=7 * n)
        if unit.startswith("h"):
            return d + dt.timedelta(days=n // 24)
        return add_months(d, n)
    m = re.fullmatch(r"(?:kw|cw|week|wk)\s*(\d{1,2})", s)
    if m:  # ISO calendar week number ("KW 25"): the Friday of that week
        wk = int(m.group(1))
        res = dt.date.fromisocalendar(d.year, wk, 5)
        return res if res >= d else dt.date.fromisocalendar(d.year + 1, wk, 5)
    if s in ("in the next fortnight", "next fortnight", "the next fortnight"):
        return d + dt.timedelta(days=14)
    if s in ("in a fortnight", "within a fortnight", "a fortnight", "in a week", "within a week", "a week"):
        return d + dt.timedelta(days=14 if "fortnight" in s else 7)
    if s in ("in a month", "within a month", "a month"):
        return add_months(d, 1)
    m = re.fullmatch(WD_RE + r"\s+week", s)
    if m:  # British "Monday week": a week after the coming Monday
        return next_weekday(d, WEEKDAYS[m.group(1)]) + dt.timedelta(days=7)
    m = re.fullmatch(r"next\s+" + WD_RE, s)
    if m:  # the named day in the next calendar (Mon-Sun) week
        monday_next = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)
        return monday_next + dt.timedelta(days=WEEKDAYS[m.group(1)])
    m = re.fullmatch(r"(?:this\s+|this coming\s+|coming\s+)?" + WD_RE + r"(?:\s+(?:morning|afternoon|evening|night|am|pm|eod|cob|arvo|lunchtime))?", s)
    if m:
        return next_weekday(d, WEEKDAYS[m.group(1)])
    raise ValueError("cannot resolve due text %r" % due_text)


def _check_wd(s, res):
    m = re.search(r"\b" + WD_RE + r"\b", s)
    if m and WEEKDAYS[m.group(1)] != res.weekday():
        raise ValueError("weekday in %r does not match %s" % (s, res))


# --------------------------------------------------------------------------- building

BULLET_RE = re.compile(r"^(\s*)(-|\*|\u2022|\u2013|\u2014|->|\u2192|>|\d+[.)]|\(\d+\)|\[ \]|\[x\]|\[X\]|\u2714|\u2713)\s")


def _find(hay, needle, start=0, end=None, occ=0, what="", unique=False):
    end = len(hay) if end is None else end
    pos, found = start, []
    while True:
        i = hay.find(needle, pos, end)
        if i < 0:
            break
        found.append(i)
        pos = i + 1
    if not found:
        raise AssertionError("%s not found: %r" % (what, needle))
    if unique and len(found) > 1 and occ == 0:
        raise AssertionError("%s occurs %d times, give occ: %r" % (what, len(found), needle))
    return found[occ]


def build_note(n, by_id):
    text = n["text"]
    out_actions = []
    for a in n["actions"]:
        s0 = _find(text, a.sentence, occ=a.occ, what=n["id"] + " sentence", unique=True)
        s1 = s0 + len(a.sentence)
        t0 = _find(text, a.task, s0, s1, what=n["id"] + " task")
        t1 = t0 + len(a.task)
        if a.due_text is None:
            d0 = d1 = None
        else:
            try:
                d0 = _find(text, a.due_text, s0, s1, what=n["id"] + " due_text")
            except AssertionError:
                d0 = _find(text, a.due_text, what=n["id"] + " due_text", unique=True)
            d1 = d0 + len(a.due_text)
        out_actions.append({
            "start": s0, "end": s1, "text": a.sentence, "owner": a.owner,
            "task": a.task, "task_start": t0, "task_end": t1,
            "due": a.due, "due_text": a.due_text, "due_start": d0, "due_end": d1,
        })
    carried = []
    for c in n["carried"]:
        c0 = _find(text, c.span, what=n["id"] + " carried", unique=True)
        carried.append({"previous_action": c.previous_action, "status": c.status,
                        "start": c0, "end": c0 + len(c.span), "text": c.span})
    return {
        "id": n["id"], "session_date": n["date"], "relationship": n["rel"], "style": n["style"],
        "field": n["field"], "text": text, "actions": out_actions,
        "previous_id": n["prev"], "carried": carried,
    }


# --------------------------------------------------------------------------- validation

def validate(notes, built, prefix):
    ids = [b["id"] for b in built]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for i, b in enumerate(built, 1):
        assert b["id"] == "%s%03d" % (prefix, i), "ids must run in order: %s" % b["id"]
    index = {b["id"]: (k, b) for k, b in enumerate(built)}
    for n, b in zip(notes, built):
        nid, text = b["id"], b["text"]
        sd = dt.date.fromisoformat(b["session_date"])
        assert b["relationship"] in RELATIONSHIPS, nid
        assert b["style"] in STYLES, nid
        assert b["field"] and b["field"] == b["field"].strip(), nid
        assert text == text.strip() and "\r" not in text and "\t" not in text, nid
        last = -1
        for a in b["actions"]:
            assert text[a["start"]:a["end"]] == a["text"], nid
            assert text[a["task_start"]:a["task_end"]] == a["task"], nid
            assert a["start"] <= a["task_start"] < a["task_end"] <= a["end"], (nid, "task outside sentence")
            assert a["text"] == a["text"].strip() and a["task"] == a["task"].strip(), (nid, a["text"])
            assert not BULLET_RE.match(a["text"]), (nid, "bullet marker inside span", a["text"])
            assert "\n" not in a["task"], (nid, a["task"])
            assert a["start"] >= last, (nid, "actions out of order")
            last = a["start"]
            o = a["owner"]
            assert o in ROLE_OWNERS or (o[:1].isupper() and o.replace(" ", "").replace("-", "").isalpha()), (nid, o)
            if b["relationship"] != "group" and o not in ROLE_OWNERS:
                assert o in text, (nid, "named owner not in the note", o)
            if o not in ROLE_OWNERS:
                assert o in text, (nid, "named owner not in the note", o)
            if a["due"] is None:
                assert a["due_text"] is None and a["due_start"] is None and a["due_end"] is None, nid
            else:
                due = dt.date.fromisoformat(a["due"])
                assert a["due"] == due.isoformat(), nid
                assert text[a["due_start"]:a["due_end"]] == a["due_text"], nid
                assert due >= sd, (nid, "due before the session", a["due"])
                src = next(x for x in n["actions"] if x.sentence == a["text"] and x.task == a["task"])
                if src.anchor is not None:
                    assert src.anchor in text, (nid, "anchor not in note", src.anchor)
                got = resolve(a["due_text"], sd, n["fmt"], src.anchor)
                assert got == due, (nid, a["due_text"], "resolves to", got.isoformat(), "labelled", a["due"])
        if b["previous_id"] is None:
            assert not b["carried"], (nid, "carried without previous_id")
        else:
            assert b["previous_id"] in index, (nid, "previous_id not in this file")
            k, prevb = index[b["previous_id"]]
            assert k < ids.index(nid), (nid, "previous note must come earlier")
            assert prevb["session_date"] < b["session_date"], nid
            assert prevb["relationship"] == b["relationship"] and prevb["field"] == b["field"], nid
            assert b["carried"], (nid, "a follow-up note must carry at least one earlier item")
            seen = set()
            for c in b["carried"]:
                assert 0 <= c["previous_action"] < len(prevb["actions"]), (nid, "bad previous_action")
                assert c["previous_action"] not in seen, (nid, "item carried twice")
                seen.add(c["previous_action"])
                assert c["status"] in STATUSES, nid
                assert text[c["start"]:c["end"]] == c["text"], nid
    return True


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def due_kind(a, src):
    """How an item's due date is given: anchored to a dated event elsewhere in the note,
    a named calendar date, or words relative to the session date."""
    if a["due"] is None:
        return None
    if src.anchor is not None:
        return "event-anchored"
    t = a["due_text"].lower()
    if re.search(r"\d{4}-\d{2}-\d{2}|\b\d{1,2}[/.]\d{1,2}|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?" + MON_RE + r"\b|\b" + MON_RE + r"\.?\s+\d{1,2}\b|\bthe \d{1,2}(st|nd|rd|th)\b|\b\d{1,2}(st|nd|rd|th)\b", t):
        return "calendar date"
    return "relative words"


def stats(built, notes=None):
    items = [a for b in built for a in b["actions"]]
    per = Counter(min(len(b["actions"]), 7) for b in built)
    own = Counter(a["owner"] if a["owner"] in ROLE_OWNERS else "named person" for a in items)
    return {
        "notes": len(built),
        "notes with no items": sum(1 for b in built if not b["actions"]),
        "items": len(items),
        "items with due": sum(1 for a in items if a["due"]),
        "follow-up notes (previous_id set)": sum(1 for b in built if b["previous_id"]),
        "carried statuses": dict(Counter(c["status"] for b in built for c in b["carried"])),
        "styles": dict(sorted(Counter(b["style"] for b in built).items())),
        "relationships": dict(sorted(Counter(b["relationship"] for b in built).items())),
        "owners": dict(sorted(own.items())),
        "items per note": dict(sorted(per.items())),
        "fields": dict(sorted(Counter(b["field"] for b in built).items())),
        "words (min/median/max)": _wordstats(built),
        "due kinds": _duekinds(built, notes) if notes else None,
        "items by relationship": dict(sorted(Counter(b["relationship"] for b in built for a in b["actions"]).items())),
        "items by style": dict(sorted(Counter(b["style"] for b in built for a in b["actions"]).items())),
    }


def _duekinds(built, notes):
    c = Counter()
    for b, n in zip(built, notes):
        for a, src in zip(b["actions"], n["actions"]):
            k = due_kind(a, src)
            if k:
                c[k] += 1
    return dict(sorted(c.items()))


def _wordstats(built):
    w = sorted(len(b["text"].split()) for b in built)
    return (w[0], w[len(w) // 2], w[-1])



# =========================================================================== TRAIN (writer A)

TRAIN = [
N("act-tr-001", "2026-01-13", "formal", "bullets", "software", """
Mentoring - Priya / 13 Jan
- Talked about moving from bug fixes to owning a small feature. She's nervous about estimating.
- Priya to pick one ticket from the payments backlog and write her own estimate before sprint planning on Mon 19th
- I'll send her the estimation checklist we use on platform team
- She mentioned she already paired with Lee on the refund flow last week, went fine
- Could try timeboxing spikes (she wasn't keen, feels it adds pressure)
- next catch-up 27 Jan
""", [
    A("Priya to pick one ticket from the payments backlog and write her own estimate before sprint planning on Mon 19th",
      "mentee", "pick one ticket from the payments backlog and write her own estimate", "2026-01-19",
      "before sprint planning on Mon 19th"),
    A("I'll send her the estimation checklist we use on platform team", "mentor",
      "send her the estimation checklist"),
]),

N("act-tr-002", "2026-01-27", "formal", "mixed", "software", """
Priya catch-up 27/1
Estimation: she did the ticket + estimate before planning, came in at 3 pts, actual closer to 5. Good learning, she spotted herself that she'd forgotten the migration.
Checklist: still not sent (my bad). I'll email her the checklist tonight.
New stuff:
- she wants to present the refund flow at the team demo. Priya to book a 10 min slot with Kev for the 6 Feb demo
- dry run with me on the 4th
- I'll ask Kev if she can also sit in on the incident review (no promises)
""", [
    A("I'll email her the checklist tonight.", "mentor", "email her the checklist", "2026-01-27", "tonight"),
    A("Priya to book a 10 min slot with Kev for the 6 Feb demo", "mentee", "book a 10 min slot with Kev"),
    A("dry run with me on the 4th", "both", "dry run", "2026-02-04", "on the 4th"),
    A("I'll ask Kev if she can also sit in on the incident review (no promises)", "mentor",
      "ask Kev if she can also sit in on the incident review"),
], prev="act-tr-001", carried=[
    C(0, "done", "she did the ticket + estimate before planning"),
    C(1, "open", "Checklist: still not sent (my bad)."),
]),

N("act-tr-003", "2026-01-14", "formal", "prose", "nursing", """
Met Olivia (NQN, six weeks on Ward 7) in the quiet room after handover. She's finding the drug round on long days overwhelming and feels she's always the last to finish. We went through how she organises her round; she tends to go bed by bed in order rather than prioritising time-critical meds. She agreed she will try starting with the time-critical list for the next three long days and jot down what time she finishes each one. I said I'd ask Bernie whether Olivia can shadow her on a Saturday round. She also wants to do the IV competency; she'll book onto the next study day before the rota closes on the 23rd. We talked about asking for help, which she worries makes her look incapable. I suggested she could speak to the practice educator about this too, but she'd rather keep it between us for now, which is fine. Next time: look at her finish times together.
""", [
    A("She agreed she will try starting with the time-critical list for the next three long days and jot down what time she finishes each one.",
      "mentee", "try starting with the time-critical list"),
    A("She agreed she will try starting with the time-critical list for the next three long days and jot down what time she finishes each one.",
      "mentee", "jot down what time she finishes each one"),
    A("I said I'd ask Bernie whether Olivia can shadow her on a Saturday round.", "mentor",
      "ask Bernie whether Olivia can shadow her on a Saturday round"),
    A("She also wants to do the IV competency; she'll book onto the next study day before the rota closes on the 23rd.",
      "mentee", "book onto the next study day", "2026-01-23", "before the rota closes on the 23rd",
      anchor="the 23rd"),
]),

N("act-tr-004", "2026-01-16", "informal", "shorthand", "law", """
coffee w/ Raj 16/1
- seat rotation: wants corp M&A in Sept, worried abt disputes seat being forced on him
- RK to email grad recruitment re seat prefs by Weds
- me: intro to Harriet (M&A partner) - will ping her Mon
- he asked if he should do the tax elective - told him not needed, he didn't seem convinced
- billable hrs fine, 6.2 avg
- TODO (RK): update training record before appraisal 30/1
""", [
    A("RK to email grad recruitment re seat prefs by Weds", "mentee",
      "email grad recruitment re seat prefs", "2026-01-21", "by Weds"),
    A("me: intro to Harriet (M&A partner) - will ping her Mon", "mentor", "intro to Harriet",
      "2026-01-19", "Mon"),
    A("TODO (RK): update training record before appraisal 30/1", "mentee", "update training record",
      "2026-01-30", "before appraisal 30/1"),
]),

N("act-tr-005", "2026-01-20", "formal", "bullets", "retail", """
Chloe \u2013 mentoring session 3 (retail mgmt programme)
Date: 20.01.26
Discussed:
\u2022 Christmas trading review \u2013 she ran the stockroom rota over peak, shrink down vs last year
\u2022 Her goal: own store within 18 months
\u2022 Confidence doing P&L conversations with the area manager
Actions
\u2022 Chloe to bring a printout of the January P&L to next session (10 Feb) so we can go through it line by line
\u2022 Chloe to lead the Monday store huddle for the next 4 weeks
\u2022 I'll put her forward for the area "Future Store Managers" course \u2013 nominations close end of month
\u2022 Chloe will ask Dev (AM) for feedback after his next store visit
""", [
    A("Chloe to bring a printout of the January P&L to next session (10 Feb) so we can go through it line by line",
      "mentee", "bring a printout of the January P&L", "2026-02-10", "10 Feb"),
    A("Chloe to lead the Monday store huddle for the next 4 weeks", "mentee", "lead the Monday store huddle",
      "2026-02-17", "for the next 4 weeks"),
    A("I'll put her forward for the area \"Future Store Managers\" course \u2013 nominations close end of month",
      "mentor", "put her forward for the area \"Future Store Managers\" course", "2026-01-31",
      "end of month"),
    A("Chloe will ask Dev (AM) for feedback after his next store visit", "mentee",
      "ask Dev (AM) for feedback"),
]),

N("act-tr-006", "2026-01-21", "informal", "prose", "academia", """
Lunch with Tom. He's in year 2 of the PhD and stuck on chapter 2 - his supervisor has had the draft for five weeks with no comments. He's wary of chasing because he doesn't want to seem pushy. We talked about framing it as a scheduling question rather than a complaint. He's going to email Prof. Aldous tomorrow asking for a 30 min slot before the end of Feb. He also mentioned wanting to go to the Lisbon conference in June; the abstract deadline is 6 March and he said he'd send me a draft abstract by the end of next week. I offered to read it over. I'll also dig out my own abstract from the 2023 meeting as an example. It'd be nice if his department ran a writing retreat, but that's not something either of us can sort.
""", [
    A("He's going to email Prof. Aldous tomorrow asking for a 30 min slot before the end of Feb.", "mentee",
      "email Prof. Aldous", "2026-01-22", "tomorrow"),
    A("He also mentioned wanting to go to the Lisbon conference in June; the abstract deadline is 6 March and he said he'd send me a draft abstract by the end of next week.",
      "mentee", "send me a draft abstract", "2026-01-30", "by the end of next week"),
    A("I offered to read it over.", "mentor", "read it over"),
    A("I'll also dig out my own abstract from the 2023 meeting as an example.", "mentor",
      "dig out my own abstract from the 2023 meeting"),
]),

N("act-tr-007", "2026-01-23", "informal", "transcript", "hospitality", """
Chat w/ Marco (sous chef), 23 Jan - typed up from my voice memo
Me: How's the new menu costing going?
Marco: Slow. I've done the mains, not the desserts.
Me: Can you get the desserts costed by Tuesday so we can price before the print run?
Marco: Yeah, Tuesday's fine.
Me: And the allergen matrix?
Marco: Already updated it this morning.
Me: Great. I'll sort the supplier call with Fenwicks about the lamb price.
Marco: Maybe I should do my level 4 food safety at some point.
Me: Worth a look. Have a think.
""", [
    A("Can you get the desserts costed by Tuesday so we can price before the print run?", "mentee",
      "get the desserts costed", "2026-01-27", "by Tuesday"),
    A("I'll sort the supplier call with Fenwicks about the lamb price.", "mentor",
      "sort the supplier call with Fenwicks"),
]),

N("act-tr-008", "2026-01-26", "formal", "email", "accounting", """
Subject: Notes from mentoring w/ Graham 26/01

Hi Graham,

Thanks for your time today, really useful. Just so we're on the same page, here's what I took away:

1. I'll book my Financial Reporting exam for the June sitting (booking window closes 13 Feb).
2. I'll ask Sunita if I can take the lead on planning the Hartley audit fieldwork.
3. You said you'd forward me the technical update deck from the partners' meeting.
4. We agreed to meet monthly until exams - next one is 23 Feb.

I also looked at the CPD log you mentioned and it's already up to date, so nothing to do there.

Best,
Ellie
""", [
    A("I'll book my Financial Reporting exam for the June sitting (booking window closes 13 Feb).", "mentee",
      "book my Financial Reporting exam", "2026-02-13", "closes 13 Feb"),
    A("I'll ask Sunita if I can take the lead on planning the Hartley audit fieldwork.", "mentee",
      "ask Sunita if I can take the lead on planning the Hartley audit fieldwork"),
    A("You said you'd forward me the technical update deck from the partners' meeting.", "mentor",
      "forward me the technical update deck"),
]),

N("act-tr-009", "2026-01-28", "peer", "bullets", "data science", """
Peer mentoring \u2013 Nadia & Omar \u2013 28 Jan
(we swap: first half my stuff, second half his)

Me (Nadia):
- stakeholder keeps changing the churn definition. Agreed I'll write a one-page metric definition and get Hugo to sign it off by 6 Feb
- should I learn dbt? undecided, parking it

Omar:
- wants to move into ML engineering. He'll do the internal MLOps course (starts 9 Feb) and set up a small model-serving side project
- we'll both go to the PyData meetup on 19 Feb and each talk to at least two people we don't know
""", [
    A("Agreed I'll write a one-page metric definition and get Hugo to sign it off by 6 Feb",
      "Nadia", "write a one-page metric definition", "2026-02-06", "by 6 Feb"),
    A("He'll do the internal MLOps course (starts 9 Feb) and set up a small model-serving side project",
      "Omar", "do the internal MLOps course"),
    A("He'll do the internal MLOps course (starts 9 Feb) and set up a small model-serving side project",
      "Omar", "set up a small model-serving side project"),
    A("we'll both go to the PyData meetup on 19 Feb and each talk to at least two people we don't know",
      "both", "go to the PyData meetup", "2026-02-19", "on 19 Feb"),
]),

N("act-tr-010", "2026-02-02", "reverse", "prose", "marketing", """
Reverse mentoring session #2 with Alan (Marketing Director). I'm mentoring him on social media as part of the reverse mentoring pilot. Showed him how LinkedIn creator mode works and we set up his featured section together during the session. He wants to post once a week; he's committed to writing his first post about the rebrand and sharing it with me by Thursday, before he publishes. I'll put together a short list of ten accounts in our sector worth following and send it over tomorrow. He asked about TikTok but honestly isn't convinced it's right for the brand, so we left it. He already turned on comment notifications last week, which is a start.
""", [
    A("He wants to post once a week; he's committed to writing his first post about the rebrand and sharing it with me by Thursday, before he publishes.",
      "mentee", "writing his first post about the rebrand", "2026-02-05", "by Thursday"),
    A("I'll put together a short list of ten accounts in our sector worth following and send it over tomorrow.",
      "mentor", "put together a short list of ten accounts in our sector worth following", "2026-02-03",
      "tomorrow"),
]),

N("act-tr-011", "2026-02-03", "formal", "mixed", "civil engineering", """
Mentoring \u2013 Josh (graduate engineer, year 1) \u2013 3/2/26
Mostly a listening session today. Josh had a rough fortnight on site: the temporary works design got rejected by the TWC and he took it personally.
- talked through what the checker actually said vs what he heard
- he recognised he'd skipped the design brief sign-off step; he's already re-issued the brief and it was accepted on Friday
- I shared my own first rejection story
- not sure yet whether to go for chartership via IStructE or ICE; no decision needed now
- would be good to get him some time in the design office at some point
No actions this time, deliberately. Next session 3 March.
"""),

N("act-tr-012", "2026-02-04", "informal", "shorthand", "pharmacy", """
4/2 - F (pre-reg)
exam 24 Jun. mock 58%, pass mark ~70
calcs weak, clinical ok
F: 20 calcs/day, 5 days/wk, till exam
me: lend her my annotated BNF notes (Fri)
F to sign up for the revision webinar series - by 13/2
asked abt switching to hospital after reg -> not now
""", [
    A("F: 20 calcs/day, 5 days/wk, till exam", "mentee", "20 calcs/day", "2026-06-24", "till exam",
      anchor="24 Jun"),
    A("me: lend her my annotated BNF notes (Fri)", "mentor", "lend her my annotated BNF notes",
      "2026-02-06", "Fri"),
    A("F to sign up for the revision webinar series - by 13/2", "mentee",
      "sign up for the revision webinar series", "2026-02-13", "by 13/2"),
]),
]

TRAIN += [
N("act-tr-013", "2026-02-05", "formal", "bullets", "human resources", """
1:1 mentoring \u2013 Kayla R. \u2013 2/5/26
Topics: comp cycle prep, handling the reorg conversations, her SHRM-SCP goal
- Kayla will draft talking points for the two manager conversations in Ops and send to me by 2/10
- I'll share the comp philosophy doc (the internal one, not the public version)
- She's going to register for the SHRM-SCP exam window \u2013 she wants the spring one, deadline 2/20
- We talked about her tendency to over-prepare. I suggested a 2-hour cap on prep per meeting; she liked the idea but wants to see how the reorg goes first.
- She finished the harassment-training refresh last month (nice)
""", [
    A("Kayla will draft talking points for the two manager conversations in Ops and send to me by 2/10",
      "mentee", "draft talking points for the two manager conversations in Ops", "2026-02-10", "by 2/10"),
    A("I'll share the comp philosophy doc (the internal one, not the public version)", "mentor",
      "share the comp philosophy doc"),
    A("She's going to register for the SHRM-SCP exam window \u2013 she wants the spring one, deadline 2/20",
      "mentee", "register for the SHRM-SCP exam window", "2026-02-20", "deadline 2/20"),
], fmt="mdy"),

N("act-tr-014", "2026-02-06", "reverse", "transcript", "software", """
Reverse mentoring \u2013 Aisha (mentor, grad engineer) / Martin (VP Eng, mentee) \u2013 6 Feb
Martin: I still can't find anything in Grafana without asking someone.
Aisha: Want to try building one panel yourself before next time? Just the checkout latency one.
Martin: Fine, I'll have a go over the weekend.
Aisha: I'll send you the link to the 20 min internal video on PromQL basics.
Martin: And I want to stop approving PRs from my phone without reading them properly.
Aisha: Could you turn off the mobile notifications?
Martin: Mm, I need those for incidents. Leave it.
Aisha: Ok. Next session I'll show you the git worktree thing.
""", [
    A("Want to try building one panel yourself before next time?", "mentee", "building one panel yourself",
      "2026-02-08", "over the weekend"),
    A("I'll send you the link to the 20 min internal video on PromQL basics.", "mentor",
      "send you the link to the 20 min internal video on PromQL basics"),
]),

N("act-tr-015", "2026-02-11", "formal", "bullets", "nursing", """
Olivia \u2013 mentoring 11/2
Finish times: did time-critical first on 3 long days, finished 11:40, 11:15, 11:05 (was ~12:30). She kept the times in her notebook.
Bernie said yes to the Saturday shadowing but it hasn't happened yet \u2013 rota clash, now 21 Feb.
Study day: she didn't book it in time, rota closed. Next one isn't till May so we've agreed to drop it for now and revisit in spring.
- Olivia to present her finish-time experiment at the ward huddle on Friday (5 mins)
- I'll check with Bernie the 21st is still on
""", [
    A("Olivia to present her finish-time experiment at the ward huddle on Friday (5 mins)", "mentee",
      "present her finish-time experiment at the ward huddle", "2026-02-13", "on Friday"),
    A("I'll check with Bernie the 21st is still on", "mentor", "check with Bernie the 21st is still on"),
], prev="act-tr-003", carried=[
    C(0, "done", "did time-critical first on 3 long days"),
    C(1, "done", "She kept the times in her notebook."),
    C(2, "done", "Bernie said yes to the Saturday shadowing"),
    C(3, "dropped", "Next one isn't till May so we've agreed to drop it for now and revisit in spring."),
]),

N("act-tr-016", "2026-02-09", "group", "bullets", "law", """
Women in Law mentoring circle \u2013 session 2 \u2013 9 Feb
Present: Deborah (mentor), Amara, Si\u00e2n, Keisha. Apologies: Lucy.
Theme: negotiating work allocation with partners.
- Amara: going to ask her supervising partner for one client-facing matter this quarter. Will raise it at her mid-year on 3 March.
- Si\u00e2n is drowning in doc review. She'll keep a time log for two weeks so she has numbers when she talks to the PSL.
- Keisha already had the conversation last week and got moved onto the Brennan matter \u2013 shared how she framed it.
- Mentees to read the HBR piece on "promotable vs non-promotable tasks" before next circle (9 March).
- Deborah to invite a partner from the employment team to the March session.
- Keisha to send Lucy the notes.
""", [
    A("Amara: going to ask her supervising partner for one client-facing matter this quarter. Will raise it at her mid-year on 3 March.",
      "Amara", "ask her supervising partner for one client-facing matter", "2026-03-03",
      "at her mid-year on 3 March"),
    A("She'll keep a time log for two weeks so she has numbers when she talks to the PSL.",
      "Si\u00e2n", "keep a time log", "2026-02-23", "for two weeks"),
    A("Mentees to read the HBR piece on \"promotable vs non-promotable tasks\" before next circle (9 March).",
      "mentee", "read the HBR piece on \"promotable vs non-promotable tasks\"", "2026-03-09",
      "before next circle (9 March)"),
    A("Deborah to invite a partner from the employment team to the March session.", "mentor",
      "invite a partner from the employment team to the March session"),
    A("Keisha to send Lucy the notes.", "Keisha", "send Lucy the notes"),
]),

N("act-tr-017", "2026-02-10", "informal", "shorthand", "sales", """
Quick call w/ Ben 10/2. He'll send me his territory plan Thurs.
Nothing else, he's fine.
""", [
    A("He'll send me his territory plan Thurs.", "mentee", "send me his territory plan", "2026-02-12", "Thurs"),
]),

N("act-tr-018", "2026-02-10", "formal", "bullets", "retail", """
Chloe \u2013 session 4 \u2013 10 Feb
Review of actions:
\u2022 P&L printout \u2013 brought it, we went through it. She's much more fluent on wages % than she thinks.
\u2022 Huddles \u2013 led two so far, two to go. Dev popped in on one and said it was sharp.
\u2022 Course nomination \u2013 done, she's on the April cohort.
\u2022 Dev feedback \u2013 not asked yet, his visit got moved to the 19th.
New actions
\u2022 Chloe to draft a 90-day plan for a store of her own (one side of A4) for our next session on 3 March
\u2022 Chloe to do a sales floor walk with the VM lead before the Easter changeover
""", [
    A("Chloe to draft a 90-day plan for a store of her own (one side of A4) for our next session on 3 March",
      "mentee", "draft a 90-day plan for a store of her own", "2026-03-03", "for our next session on 3 March"),
    A("Chloe to do a sales floor walk with the VM lead before the Easter changeover", "mentee",
      "do a sales floor walk with the VM lead"),
], prev="act-tr-005", carried=[
    C(0, "done", "P&L printout \u2013 brought it, we went through it."),
    C(1, "open", "Huddles \u2013 led two so far, two to go."),
    C(2, "done", "Course nomination \u2013 done, she's on the April cohort."),
    C(3, "open", "Dev feedback \u2013 not asked yet, his visit got moved to the 19th."),
]),

N("act-tr-019", "2026-02-12", "formal", "email", "academia", """
Hi James,

Good to catch up this afternoon. A quick recap so neither of us loses track:

- You're going to pull together your teaching evidence (module evaluations from the last three years plus the peer observation) into one folder before the promotion panel's internal deadline of 27 March.
- I'll introduce you to Mark Ellis, who sat on last year's panel, so you can ask him what they look for.
- You mentioned possibly applying for the HEA Senior Fellowship instead - I'd hold off until after the promotion round, but it's your call.
- We'll meet again w/c 9 March to look at your draft case statement; please send it over a couple of days before.

Don't hesitate to shout if the marking load gets silly again.

Best wishes,
Helen
""", [
    A("You're going to pull together your teaching evidence (module evaluations from the last three years plus the peer observation) into one folder before the promotion panel's internal deadline of 27 March.",
      "mentee", "pull together your teaching evidence", "2026-03-27",
      "before the promotion panel's internal deadline of 27 March"),
    A("I'll introduce you to Mark Ellis, who sat on last year's panel, so you can ask him what they look for.",
      "mentor", "introduce you to Mark Ellis"),
    A("We'll meet again w/c 9 March to look at your draft case statement; please send it over a couple of days before.",
      "mentee", "send it over"),
]),

N("act-tr-020", "2026-02-16", "formal", "shorthand", "manufacturing", """
MENTORING LOG \u2013 G. Pryce (shift lead, line 3) \u2013 16/02/2026
Discussed: OEE dip on nights, handling the agency staff, NEBOSH cert.
AP1 \u2013 GP to pull last 6 wks downtime codes for line 3 and bring to next session
AP2 \u2013 Mentor (me) to speak to Maintenance re PM schedule clash w/ nights \u2013 this week
AP3 \u2013 GP to enrol on NEBOSH General Cert \u2013 target start April
AP4 \u2013 GP to run toolbox talk on lockout/tagout for agency starters, Thurs 19/2
Next session: 2/3
""", [
    A("AP1 \u2013 GP to pull last 6 wks downtime codes for line 3 and bring to next session", "mentee",
      "pull last 6 wks downtime codes for line 3", "2026-03-02", "next session", anchor="2/3"),
    A("AP2 \u2013 Mentor (me) to speak to Maintenance re PM schedule clash w/ nights \u2013 this week", "mentor",
      "speak to Maintenance re PM schedule clash w/ nights", "2026-02-20", "this week"),
    A("AP3 \u2013 GP to enrol on NEBOSH General Cert \u2013 target start April", "mentee",
      "enrol on NEBOSH General Cert"),
    A("AP4 \u2013 GP to run toolbox talk on lockout/tagout for agency starters, Thurs 19/2", "mentee",
      "run toolbox talk on lockout/tagout for agency starters", "2026-02-19", "Thurs 19/2"),
]),

N("act-tr-021", "2026-02-18", "informal", "prose", "secondary teaching", """
Caught up with Megan (ECT, maths) over a cuppa at the end of the day. She's had a tough half-term with Year 9 set 4. The seating plan change she made after Christmas has helped a lot and she's stopped sending kids out. She asked whether she should apply for the KS3 coordinator post. I said honestly it might be early but it's her decision; she's going to sleep on it. We talked about marking - she spends her whole Sunday on it. You could try whole-class feedback sheets, I said; she's tried them before and didn't get on with them. Would be lovely if the department shared resources more. Really just a vent today and that's fine.
"""),

N("act-tr-022", "2026-02-18", "informal", "prose", "academia", """
Second lunch with Tom. Good news: he emailed Aldous the day after we met and they've got a meeting on the 24th. The abstract came through a week late, on the 6th, and I read it over the same weekend - it's decent, mostly needs a sharper opening sentence. I forgot to dig out my old abstract, so that one's on me; honestly he doesn't need it now so let's drop it. He'll redraft with the new opening and submit by 5 March, a day before the deadline in case the portal plays up. He also wants to start a reading group for second years; he'll post in the PGR channel this week to see who's interested.
""", [
    A("He'll redraft with the new opening and submit by 5 March, a day before the deadline in case the portal plays up.",
      "mentee", "redraft with the new opening and submit", "2026-03-05", "by 5 March"),
    A("He also wants to start a reading group for second years; he'll post in the PGR channel this week to see who's interested.",
      "mentee", "post in the PGR channel", "2026-02-20", "this week"),
], prev="act-tr-006", carried=[
    C(0, "done", "he emailed Aldous the day after we met"),
    C(1, "done", "The abstract came through a week late, on the 6th"),
    C(2, "done", "I read it over the same weekend"),
    C(3, "dropped", "honestly he doesn't need it now so let's drop it"),
]),

N("act-tr-023", "2026-02-19", "informal", "shorthand", "investment banking", """
19 Feb, call w Sam (analyst) ~20 mins
burnt out, 90hr wks. not ready to talk to staffing yet.
-> Sam: book GP appt (said she would, this wk)
-> me: nothing, just check in Mon
""", [
    A("Sam: book GP appt (said she would, this wk)", "mentee", "book GP appt", "2026-02-20", "this wk"),
    A("me: nothing, just check in Mon", "mentor", "check in", "2026-02-23", "Mon"),
]),

N("act-tr-024", "2026-02-20", "peer", "transcript", "ux design", """
Peer session \u2013 Ross & me (Lena), 20 Feb. His turn to bring something.
Ross wants to get better at presenting research findings - stakeholders zone out.
Lena: What if you lead with the one finding that changes the roadmap?
Ross: Yeah. I'll restructure the Q1 research readout that way, it's on the 3rd.
Lena: I can watch a dry run Monday if you like.
Ross: Please.
Also talked about his portfolio - he keeps meaning to update it. No commitment, he's not job hunting.
""", [
    A("I'll restructure the Q1 research readout that way, it's on the 3rd.", "mentee",
      "restructure the Q1 research readout that way", "2026-03-03", "on the 3rd"),
    A("I can watch a dry run Monday if you like.", "mentor", "watch a dry run", "2026-02-23", "Monday"),
]),

N("act-tr-025", "2026-02-23", "formal", "email", "accounting", """
Subject: Re: Notes from mentoring w/ Graham 26/01

Hi Graham,

Thanks again for this morning. Updates on last month's list first:
- Exam booked for June - done on 9 Feb, confirmation attached.
- I did ask Sunita, but she's given the Hartley planning to Tom this year. She suggested I shadow him instead, so I'll set up a shadowing day with Tom this week.
- Still waiting on the technical update deck, no rush!

From today:
- I'll draft my CV for the secondment to the Dublin office and send it to you by 6 March.
- You'll check with HR whether the secondment counts towards my training contract hours.

Thanks,
Ellie
""", [
    A("She suggested I shadow him instead, so I'll set up a shadowing day with Tom this week.", "mentee",
      "set up a shadowing day with Tom", "2026-02-27", "this week"),
    A("I'll draft my CV for the secondment to the Dublin office and send it to you by 6 March.", "mentee",
      "draft my CV for the secondment to the Dublin office", "2026-03-06", "by 6 March"),
    A("You'll check with HR whether the secondment counts towards my training contract hours.", "mentor",
      "check with HR whether the secondment counts towards my training contract hours"),
], prev="act-tr-008", carried=[
    C(0, "done", "Exam booked for June - done on 9 Feb, confirmation attached."),
    C(1, "done", "I did ask Sunita, but she's given the Hartley planning to Tom this year."),
    C(2, "open", "Still waiting on the technical update deck, no rush!"),
]),

N("act-tr-026", "2026-02-24", "formal", "bullets", "site reliability engineering", """
Mentorship check-in: Jordan (SRE II) \u2013 2/24
Goals this half: lead an incident as IC, get AWS SA Pro.
- Jordan will shadow the IC rotation next week, then take primary on 3/16
- I'll add Jordan to the incident commander training on 3/4 (need to request a seat)
- AWS cert: Jordan's going to schedule the exam for late April; said they'd do 2 practice tests first
- Talked about saying no to ad-hoc Slack requests. I floated an "office hours" idea and they'll try a daily office-hours block for two weeks and tell me how it went.
""", [
    A("Jordan will shadow the IC rotation next week, then take primary on 3/16", "mentee",
      "shadow the IC rotation", "2026-03-06", "next week"),
    A("Jordan will shadow the IC rotation next week, then take primary on 3/16", "mentee",
      "take primary", "2026-03-16", "on 3/16"),
    A("I'll add Jordan to the incident commander training on 3/4 (need to request a seat)", "mentor",
      "add Jordan to the incident commander training"),
    A("AWS cert: Jordan's going to schedule the exam for late April; said they'd do 2 practice tests first",
      "mentee", "schedule the exam"),
    A("AWS cert: Jordan's going to schedule the exam for late April; said they'd do 2 practice tests first",
      "mentee", "do 2 practice tests"),
    A("I floated an \"office hours\" idea and they'll try a daily office-hours block for two weeks and tell me how it went.",
      "mentee", "try a daily office-hours block", "2026-03-10", "for two weeks"),
], fmt="mdy"),
]

TRAIN += [
N("act-tr-027", "2026-02-25", "informal", "prose", "nonprofit fundraising", """
Notes from meeting with my mentor Rachel (25/02)

We speak about the grant application for the Hollis Foundation. Rachel say my budget section is too general, funders want to see cost per beneficiary. I will rewrite the budget with cost per beneficiary and send to Rachel until Friday. She will check it in the weekend and give me comments. Also she propose that I call the programme officer before submit, to ask if our project fit. I was nervous about this but I agree to do it, I will call on Monday morning. We discussed my English in the written reports, Rachel say is fine, only small things. Maybe I can take a writing course later but not now, too busy. Deadline of the grant is 13 March. Rachel also told me about the sector conference in May, I'm not sure if the charity will pay, so I don't decide now.
""", [
    A("I will rewrite the budget with cost per beneficiary and send to Rachel until Friday.", "mentee",
      "rewrite the budget with cost per beneficiary", "2026-02-27", "until Friday"),
    A("She will check it in the weekend and give me comments.", "mentor", "check it", "2026-03-01",
      "in the weekend"),
    A("Also she propose that I call the programme officer before submit, to ask if our project fit. I was nervous about this but I agree to do it, I will call on Monday morning.",
      "mentee", "call the programme officer", "2026-03-02", "on Monday morning"),
]),

N("act-tr-028", "2026-02-26", "reverse", "prose", "marketing", """
Session 3 with Alan. He did write the rebrand post and sent it to me on the Wednesday; we tweaked the hook and it went out Thursday - 40-odd reactions, which he was chuffed with. I never sent the list of accounts (completely slipped), so I'll send him the list today, no excuses. He'd like to try a short video next. We agreed he'll record a 60-second clip on the new packaging on his phone and send it to me before our next session on 12 March, and I'll show him how to add captions in CapCut then. He also asked whether he should get his EA to post for him. I said it's his call but it tends to read differently; he's decided not to, for now.
""", [
    A("I never sent the list of accounts (completely slipped), so I'll send him the list today, no excuses.",
      "mentor", "send him the list", "2026-02-26", "today"),
    A("We agreed he'll record a 60-second clip on the new packaging on his phone and send it to me before our next session on 12 March, and I'll show him how to add captions in CapCut then.",
      "mentee", "record a 60-second clip on the new packaging", "2026-03-12",
      "before our next session on 12 March"),
], prev="act-tr-010", carried=[
    C(0, "done", "He did write the rebrand post and sent it to me on the Wednesday"),
    C(1, "open", "I never sent the list of accounts (completely slipped)"),
]),

N("act-tr-029", "2026-03-02", "group", "mixed", "engineering management", """
New Managers Group \u2013 2 Mar \u2013 facilitator: Farid
Attendees: Holly, Dan, Ruth, Connor
Topic: your first difficult conversation.

Holly role-played her upcoming conversation about missed deadlines; group feedback was that she buried the message. She'll rewrite her opening line and have the real conversation by Thursday.
Dan is dreading his first performance review round. He's going to ask HR for the calibration guide today.
Ruth didn't bring anything this time.
Connor's team lost a senior dev last month; he's covering their work himself and knows he shouldn't. Farid asked what he'd stop doing; he didn't have an answer yet, so we'll come back to it.

Actions
- Holly: rewrite opener, have conversation (Thu)
- Dan: get calibration guide from HR (today)
- Farid: share the SBI feedback template with everyone
- All: bring one real situation to the next session (16 Mar)
""", [
    A("Holly: rewrite opener, have conversation (Thu)", "Holly", "rewrite opener", "2026-03-05", "Thu"),
    A("Holly: rewrite opener, have conversation (Thu)", "Holly", "have conversation", "2026-03-05", "Thu"),
    A("Dan: get calibration guide from HR (today)", "Dan", "get calibration guide from HR", "2026-03-02", "today"),
    A("Farid: share the SBI feedback template with everyone", "mentor",
      "share the SBI feedback template with everyone"),
    A("All: bring one real situation to the next session (16 Mar)", "mentee",
      "bring one real situation to the next session", "2026-03-16", "16 Mar"),
]),

N("act-tr-030", "2026-03-04", "peer", "bullets", "data science", """
Peer mentoring \u2013 Nadia & Omar \u2013 4 Mar
Catch-up on last time:
- my metric definition: written, Hugo signed it off on the 5th. Churn arguments have stopped (for now)
- Omar started the MLOps course, 2 of 6 modules done. Side project not started, he's decided to drop it while the course is on.
- PyData: we both went! I talked to three people, he talked to one and then hid by the pizza
This time:
- me: prepare for my promo conversation \u2013 I'll list my 5 biggest impacts from the last year and send them to Omar by Friday for a sanity check
- Omar: finish modules 3-4 by the 20th
""", [
    A("me: prepare for my promo conversation \u2013 I'll list my 5 biggest impacts from the last year and send them to Omar by Friday for a sanity check",
      "Nadia", "list my 5 biggest impacts from the last year", "2026-03-06", "by Friday"),
    A("Omar: finish modules 3-4 by the 20th", "Omar", "finish modules 3-4", "2026-03-20", "by the 20th"),
], prev="act-tr-009", carried=[
    C(0, "done", "my metric definition: written, Hugo signed it off on the 5th."),
    C(1, "open", "Omar started the MLOps course, 2 of 6 modules done."),
    C(2, "dropped", "Side project not started, he's decided to drop it while the course is on."),
    C(3, "done", "PyData: we both went!"),
]),

N("act-tr-031", "2026-03-03", "formal", "prose", "physiotherapy", """
Physio preceptorship \u2013 Hannah \u2013 3 Mar
Reviewed her first month on MSK outpatients. Caseload ok, notes are thorough, maybe too thorough (40 mins per set). She's aware. Nothing agreed today, she wanted to just talk it through. Next review in 4 wks.
"""),

N("act-tr-032", "2026-03-05", "informal", "shorthand", "law", """
Raj 5/3 (coffee)
- emailed grad rec re seats \u2713 \u2013 they've pencilled him in for M&A in Sept
- Harriet intro: I pinged her, they've had coffee. \u2713
- training record: NOT done, appraisal got pushed to 20/3 so he'll update the record by 18/3
- new: wants to write a client briefing on the new merger control thresholds. RK to send outline to Harriet + me by end of next wk
- I'll check w/ KM team if there's a template
""", [
    A("training record: NOT done, appraisal got pushed to 20/3 so he'll update the record by 18/3", "mentee",
      "update the record", "2026-03-18", "by 18/3"),
    A("RK to send outline to Harriet + me by end of next wk", "mentee", "send outline to Harriet + me",
      "2026-03-13", "by end of next wk"),
    A("I'll check w/ KM team if there's a template", "mentor", "check w/ KM team if there's a template"),
], prev="act-tr-004", carried=[
    C(0, "done", "emailed grad rec re seats \u2713"),
    C(1, "done", "Harriet intro: I pinged her, they've had coffee. \u2713"),
    C(2, "open", "training record: NOT done"),
]),

N("act-tr-033", "2026-03-06", "formal", "prose", "public policy", """
Mentoring conversation with Arjun, 6 March 2026 (45 mins, Teams)

Arjun wants to go for SEO roles this year. We spent most of the time on the success profiles and on his behaviour examples. His 'Communicating and Influencing' example is strong - the ministerial submission on the bus franchising consultation, where he reworked the options after the private office pushed back. 'Delivering at Pace' is weaker: the example he has is really about working long hours, not about how he prioritised.

He agreed to rewrite the Delivering at Pace example around the spending review returns in October, using STAR, and to send both examples to me by 20 March. I'll review them within a week of getting them. He also said he'd ask his G7, Rebecca, to be a referee once he has a role in mind.

We talked about visibility. He's never been to the directorate's all-staff Q&A sessions; he'll attend the all-staff Q&A on 25 March and ask a question if there's a natural moment. I suggested joining a cross-government network (e.g. the policy profession's early-careers group) - he's going to look into it but didn't want to commit to anything while casework is this heavy, which I respect.

On wellbeing: he's been working most evenings since January. No action here, but I'll ask about it next time.

He had already signed up to the Civil Service Jobs alerts before we met.

Next conversation: early April, he'll send a slot.
""", [
    A("He agreed to rewrite the Delivering at Pace example around the spending review returns in October, using STAR, and to send both examples to me by 20 March.",
      "mentee", "rewrite the Delivering at Pace example", "2026-03-20", "by 20 March"),
    A("I'll review them within a week of getting them.", "mentor", "review them"),
    A("He also said he'd ask his G7, Rebecca, to be a referee once he has a role in mind.", "mentee",
      "ask his G7, Rebecca, to be a referee"),
    A("He's never been to the directorate's all-staff Q&A sessions; he'll attend the all-staff Q&A on 25 March and ask a question if there's a natural moment.",
      "mentee", "attend the all-staff Q&A", "2026-03-25", "on 25 March"),
    A("Next conversation: early April, he'll send a slot.", "mentee", "send a slot"),
]),

N("act-tr-034", "2026-03-09", "formal", "shorthand", "medicine", """
9/3 mtg w/ Dr Chaudhry (my ES)
- portfolio behind, 3 CBDs short + need TAB
- I'll send TAB reqs to the ward team tmrw
- she'll sign off the 2 DOPS I already have logged \u2013 said she'd do it this week
- CT1 apps: she thinks I shoud do MSRA practise papers. I'll do 2 papers a week untill the exam (7 Jan?? no \u2013 exam is 7 Apr actualy)
- teaching: she wants me to present at grand round, I said maybe after rotations change. not agreed
""", [
    A("I'll send TAB reqs to the ward team tmrw", "mentee", "send TAB reqs to the ward team", "2026-03-10", "tmrw"),
    A("she'll sign off the 2 DOPS I already have logged \u2013 said she'd do it this week", "mentor",
      "sign off the 2 DOPS", "2026-03-13", "this week"),
    A("I'll do 2 papers a week untill the exam (7 Jan?? no \u2013 exam is 7 Apr actualy)", "mentee",
      "do 2 papers a week", "2026-04-07", "untill the exam", anchor="7 Apr"),
]),

N("act-tr-035", "2026-03-11", "informal", "shorthand", "pharmacy", """
11/3 - F
calcs: doing them most days, not 5/wk every wk. mock 2 = 66%!
BNF notes \u2013 I gave them to her on the Fri \u2713
webinars \u2013 signed up \u2713, 3 watched
next: F to do full mock paper under timed conditions before Good Friday (3 Apr) + send me score
me: ask Joanne (hosp) abt a shadow day for F in April
""", [
    A("next: F to do full mock paper under timed conditions before Good Friday (3 Apr) + send me score", "mentee",
      "do full mock paper under timed conditions", "2026-04-03", "before Good Friday (3 Apr)"),
    A("me: ask Joanne (hosp) abt a shadow day for F in April", "mentor", "ask Joanne (hosp) abt a shadow day for F"),
], prev="act-tr-012", carried=[
    C(0, "open", "calcs: doing them most days, not 5/wk every wk."),
    C(1, "done", "BNF notes \u2013 I gave them to her on the Fri \u2713"),
    C(2, "done", "webinars \u2013 signed up \u2713"),
]),

N("act-tr-036", "2026-03-12", "informal", "email", "product management", """
To: me
Subject: mentoring w/ Dana \u2013 takeaways (3/12)

- Dana's big point: I'm writing PRDs nobody reads. For the search revamp I'll write a 1-page "decision doc" instead, first one to eng by 3/20
- Ask Priyanka (design lead) to co-own the problem statement. Will do Monday.
- Dana will send me 2 examples of decision docs she liked from her time at Stripe.
- Read "Continuous Discovery Habits" \u2013 she recommended it, I'll get to it at some point (not committing)
- Customer interviews: she suggested 5/week. Honestly 2/week is realistic, so I'll do 2 customer interviews a week from next week through end of Q2.
""", [
    A("For the search revamp I'll write a 1-page \"decision doc\" instead, first one to eng by 3/20", "mentee",
      "write a 1-page \"decision doc\"", "2026-03-20", "by 3/20"),
    A("Ask Priyanka (design lead) to co-own the problem statement. Will do Monday.", "mentee",
      "Ask Priyanka (design lead) to co-own the problem statement", "2026-03-16", "Monday"),
    A("Dana will send me 2 examples of decision docs she liked from her time at Stripe.", "mentor",
      "send me 2 examples of decision docs"),
    A("Honestly 2/week is realistic, so I'll do 2 customer interviews a week from next week through end of Q2.",
      "mentee", "do 2 customer interviews a week", "2026-06-30", "through end of Q2"),
], fmt="mdy"),

N("act-tr-037", "2026-03-13", "group", "transcript", "management consulting", """
Analyst mentoring group \u2013 13/03 \u2013 Vikram + Ella, Jamal, Rosie
Vikram: Quick round \u2013 one thing you want to get out of the next month.
Ella: Client-facing time. I'll ask Sarah if I can present the workstream update at the steerco on the 26th.
Jamal: Modelling. I'm going to rebuild the cost model from scratch instead of inheriting Tom's version. Should be done by end of next week.
Rosie: Honestly just surviving the bid. Nothing new.
Vikram: Fair. Rosie, can you at least block out Friday afternoons as no-meeting time?
Rosie: I can try.
Vikram: And I'll send you all the deck from the partner training on storylining.
Jamal: Could we do a session on Excel shortcuts sometime?
Vikram: Let's see.
""", [
    A("I'll ask Sarah if I can present the workstream update at the steerco on the 26th.", "Ella",
      "ask Sarah if I can present the workstream update at the steerco"),
    A("I'm going to rebuild the cost model from scratch instead of inheriting Tom's version. Should be done by end of next week.",
      "Jamal", "rebuild the cost model from scratch", "2026-03-20", "by end of next week"),
    A("Rosie, can you at least block out Friday afternoons as no-meeting time?", "Rosie",
      "block out Friday afternoons as no-meeting time"),
    A("And I'll send you all the deck from the partner training on storylining.", "mentor",
      "send you all the deck from the partner training on storylining"),
]),

N("act-tr-038", "2026-03-16", "informal", "prose", "primary teaching", """
Brief chat with Anna in the staffroom (16/3). She's nervous about her first parents' evening on Thursday. We went through the three things she wants to say about each child. She'll write those down for her 6 trickiest pupils tonight. I'll sit in for the first two appointments.
""", [
    A("She'll write those down for her 6 trickiest pupils tonight.", "mentee",
      "write those down for her 6 trickiest pupils", "2026-03-16", "tonight"),
    A("I'll sit in for the first two appointments.", "mentor", "sit in for the first two appointments",
      "2026-03-19", "on Thursday"),
]),

N("act-tr-039", "2026-03-17", "formal", "bullets", "telecommunications", """
Mentoring notes \u2013 Rhys (network planning) \u2013 17 March
\u2022 Rhys presented the 5G rollout slides to the regional board last Tuesday. Went well; he'd been worried they would grill him on costs.
\u2022 We reflected on what he'd do differently: fewer slides, more maps.
\u2022 He asked "should I go for the team lead role when Gwen retires?" \u2013 we explored pros/cons, no decision, it won't be advertised till autumn anyway.
\u2022 If the budget allows, the department might fund a project management course next year \u2013 nothing for him to do yet.
\u2022 He's been mentoring an apprentice himself, which is great to hear.
No actions agreed.
"""),

N("act-tr-040", "2026-03-18", "informal", "mixed", "automotive retail", """
Mentoring w/ Kieran \u2013 service dept \u2013 18/3
He's struggling with customers who kick off about bills. We practised the 'explain before you quote' approach a couple of times.
From now on he's going to walk every customer through the job card before giving the price. No end date, just a new habit.
- I'll talk to Sharon in HR about getting him on the Level 3 customer service NVQ - will do it by Friday.
- Kieran to ask Paul (workshop controller) to flag over-estimate jobs to him before the customer arrives.
""", [
    A("From now on he's going to walk every customer through the job card before giving the price.", "mentee",
      "walk every customer through the job card"),
    A("I'll talk to Sharon in HR about getting him on the Level 3 customer service NVQ - will do it by Friday.",
      "mentor", "talk to Sharon in HR about getting him on the Level 3 customer service NVQ", "2026-03-20",
      "by Friday"),
    A("Kieran to ask Paul (workshop controller) to flag over-estimate jobs to him before the customer arrives.",
      "mentee", "ask Paul (workshop controller) to flag over-estimate jobs to him"),
]),
]

TRAIN += [
N("act-tr-041", "2026-03-02", "formal", "shorthand", "manufacturing", """
MENTORING LOG \u2013 G. Pryce \u2013 02/03/2026
Review:
AP1 downtime codes \u2013 brought, good analysis, 38% of nights downtime is changeovers
AP2 (me) Maintenance re PM clash \u2013 spoke to Steve, PMs moving to Sat days from w/c 9/3 \u2713
AP3 NEBOSH \u2013 enrolled \u2713, starts 14 Apr
AP4 toolbox talk \u2013 postponed, agency starters delayed. Still to do.
New:
AP5 \u2013 GP to trial SMED checklist on line 3 changeovers for 2 wks, report back 16/3
AP6 \u2013 GP to deliver the LOTO toolbox talk (carried) as soon as the new starters are in
""", [
    A("AP5 \u2013 GP to trial SMED checklist on line 3 changeovers for 2 wks, report back 16/3", "mentee",
      "trial SMED checklist on line 3 changeovers", "2026-03-16", "report back 16/3"),
    A("AP6 \u2013 GP to deliver the LOTO toolbox talk (carried) as soon as the new starters are in", "mentee",
      "deliver the LOTO toolbox talk"),
], prev="act-tr-020", carried=[
    C(0, "done", "AP1 downtime codes \u2013 brought, good analysis"),
    C(1, "done", "AP2 (me) Maintenance re PM clash \u2013 spoke to Steve"),
    C(2, "done", "AP3 NEBOSH \u2013 enrolled \u2713"),
    C(3, "open", "AP4 toolbox talk \u2013 postponed, agency starters delayed. Still to do."),
]),

N("act-tr-042", "2026-03-19", "informal", "shorthand", "software", """
3/19 \u2013 coffee w/ Tyler. TODO him: open PR for the flaky test fix tmrw AM. TODO me: nothing.
""", [
    A("TODO him: open PR for the flaky test fix tmrw AM.", "mentee", "open PR for the flaky test fix",
      "2026-03-20", "tmrw AM"),
], fmt="mdy"),

N("act-tr-043", "2026-03-05", "formal", "bullets", "human resources", """
Kayla R. \u2013 3/5/26
Follow-ups:
- Talking points: sent 2/9, a day early. Used them in both Ops conversations; one went well, one got heated (Marco's team).
- Comp philosophy doc: I forgot. I'll send it today.
- SHRM-SCP: she decided to push to the fall window \u2013 too much going on with the reorg. Fine by me.
New:
- Kayla to write a short retro on the heated conversation (what she'd do differently) \u2013 bring to our 3/19 session
- I'll introduce her to Tanya in Legal re: the accommodation request she's handling
""", [
    A("I'll send it today.", "mentor", "send it", "2026-03-05", "today"),
    A("Kayla to write a short retro on the heated conversation (what she'd do differently) \u2013 bring to our 3/19 session",
      "mentee", "write a short retro on the heated conversation", "2026-03-19", "to our 3/19 session"),
    A("I'll introduce her to Tanya in Legal re: the accommodation request she's handling", "mentor",
      "introduce her to Tanya in Legal"),
], prev="act-tr-013", carried=[
    C(0, "done", "Talking points: sent 2/9, a day early."),
    C(1, "open", "Comp philosophy doc: I forgot."),
    C(2, "dropped", "SHRM-SCP: she decided to push to the fall window"),
], fmt="mdy"),

N("act-tr-044", "2026-03-20", "formal", "prose", "clinical research", """
Mentoring session - Sofia Marsh (Clinical Research Associate II) - Friday 20 March 2026

Sofia arrived a bit flat. The site in Leeds has had three protocol deviations this quarter and the sponsor's QA lead copied her manager into an email that, in her words, 'made it sound like I'm asleep at the wheel'. We spent the first twenty minutes just on that. Looking at the facts together, two of the deviations were visit-window breaches that the site self-reported, and the third was a consent-form version issue that predates her taking the site over in January. She had already raised a CAPA with the site on the 12th, so the substance is in hand; what she hadn't done is tell her own manager the story before the sponsor did.

She agreed to send her manager, Paul, a short written summary of the three deviations and the CAPA status by Tuesday, so he has the full picture before the sponsor call on Wednesday. I offered to look at the summary before it goes, and she'll send me a draft on Monday.

We then moved on to her longer-term goal, which is to move into a CRA III / lead CRA role by the end of the year. Her gaps, as she sees them: oversight of more than one therapeutic area, and no experience of site selection visits. I'll ask Naomi on the oncology team whether Sofia could shadow one of their site selection visits in April or May. Sofia will also put her name down for the internal ICH-GCP refresher trainer pool, since she's already done the refresher three times and knows the material.

Things we talked about but did not agree to do: she could do the ACRP certification (she thinks it's not worth the money in the UK, and I don't disagree), and she wondered about a move to a sponsor-side role; she wants to sit with that for a while and I said I'm happy to talk it through whenever she's ready.

Self-care: she's been doing site visits on consecutive days with four hours' driving. She's going to ask the travel team to book overnight stays for any visit more than two hours away - starting with the Newcastle trip on 8 April.

Next session: 17 April.
""", [
    A("She agreed to send her manager, Paul, a short written summary of the three deviations and the CAPA status by Tuesday, so he has the full picture before the sponsor call on Wednesday.",
      "mentee", "send her manager, Paul, a short written summary of the three deviations and the CAPA status",
      "2026-03-24", "by Tuesday"),
    A("I offered to look at the summary before it goes, and she'll send me a draft on Monday.", "mentor",
      "look at the summary"),
    A("I offered to look at the summary before it goes, and she'll send me a draft on Monday.", "mentee",
      "send me a draft", "2026-03-23", "on Monday"),
    A("I'll ask Naomi on the oncology team whether Sofia could shadow one of their site selection visits in April or May.",
      "mentor", "ask Naomi on the oncology team whether Sofia could shadow one of their site selection visits"),
    A("Sofia will also put her name down for the internal ICH-GCP refresher trainer pool, since she's already done the refresher three times and knows the material.",
      "mentee", "put her name down for the internal ICH-GCP refresher trainer pool"),
    A("She's going to ask the travel team to book overnight stays for any visit more than two hours away - starting with the Newcastle trip on 8 April.",
      "mentee", "ask the travel team to book overnight stays for any visit more than two hours away"),
]),

N("act-tr-045", "2026-03-24", "formal", "bullets", "site reliability engineering", """
Jordan check-in \u2013 3/24
- IC shadowing done the week of 3/2 \u2713. Primary on 3/16 went ahead \u2013 handled a Sev2 (DNS), calm, good comms.
- IC training: I did get them a seat, they attended 3/4 \u2713
- AWS: exam scheduled for 4/28 \u2713; practice tests 1 of 2 done
- Office hours block: tried it, worked for a week then fell apart when the migration started. They'll switch to 3 days/wk instead of daily.
Next:
- Jordan to write the postmortem for the DNS Sev2 and circulate by Friday
- Jordan will do the 2nd practice test before 4/21
- I'll nominate Jordan for the spot bonus this cycle (deadline 3/31)
""", [
    A("They'll switch to 3 days/wk instead of daily.", "mentee", "switch to 3 days/wk"),
    A("Jordan to write the postmortem for the DNS Sev2 and circulate by Friday", "mentee",
      "write the postmortem for the DNS Sev2", "2026-03-27", "by Friday"),
    A("Jordan will do the 2nd practice test before 4/21", "mentee", "do the 2nd practice test", "2026-04-21",
      "before 4/21"),
    A("I'll nominate Jordan for the spot bonus this cycle (deadline 3/31)", "mentor",
      "nominate Jordan for the spot bonus", "2026-03-31", "deadline 3/31"),
], prev="act-tr-026", carried=[
    C(0, "done", "IC shadowing done the week of 3/2 \u2713."),
    C(1, "done", "Primary on 3/16 went ahead"),
    C(2, "done", "IC training: I did get them a seat, they attended 3/4 \u2713"),
    C(3, "done", "AWS: exam scheduled for 4/28 \u2713"),
    C(4, "open", "practice tests 1 of 2 done"),
    C(5, "done", "Office hours block: tried it, worked for a week then fell apart when the migration started."),
], fmt="mdy"),

N("act-tr-046", "2026-03-25", "informal", "transcript", "retail banking", """
Mentoring call \u2013 Grace & Imran \u2013 25.03
(Imran = branch manager, my mentor; typed up afterwards)
Imran: So what's the blocker with the mortgage adviser exams?
Me: CeMAP 2. I failed it in January by 3 marks.
Imran: When's the resit?
Me: 30 April. I'm going to do a practice paper every Sunday until then.
Imran: Good. I'll ask Claire whether you can have Friday afternoons off the counter for study in April.
Me: That would be amazing.
Imran: Also, you should think about joining the branch's community team.
Me: Maybe after the exam.
""", [
    A("I'm going to do a practice paper every Sunday until then.", "mentee", "do a practice paper every Sunday",
      "2026-04-30", "until then", anchor="30 April"),
    A("I'll ask Claire whether you can have Friday afternoons off the counter for study in April.", "mentor",
      "ask Claire whether you can have Friday afternoons off the counter for study"),
]),

N("act-tr-047", "2026-03-26", "formal", "bullets", "recruitment", """
Mentoring \u2013 Zara (recruitment consultant, 8 months in) \u2013 26/3
- Billing: \u00a331k YTD, ahead of where most are at 8 months
- She lost a big placement last week when the candidate took a counter-offer. We unpacked it; she'd spotted the warning signs but didn't raise them with the client.
- Talked about what she'd ask next time about counter-offers at first interview stage.
- She'd love to move onto the tech desk eventually. Not the time yet.
- Already booked onto the negotiation workshop on 14 April (did it herself before we met).
Good session. Nothing to follow up.
"""),

N("act-tr-048", "2026-03-27", "group", "shorthand", "electrical apprenticeship", """
Apprentice group mentoring 27/3 \u2013 Gav
there: Liam, Kacper, Tyler B, Shannon
- Liam \u2013 portfolio evidence for unit 305 missing, to upload photos to OneFile by Mon
- Kacper \u2013 18th Edition exam booked 22/4. revise regs ch 41 + 54 b4 then
- Tyler B \u2013 no actions, on track
- Shannon \u2013 wants more time on the fit-off side. Gav to speak to Dave next wk about the Elm St job for her
- everyone: PPE check Mon morning, bring your own gloves
""", [
    A("Liam \u2013 portfolio evidence for unit 305 missing, to upload photos to OneFile by Mon", "Liam",
      "upload photos to OneFile", "2026-03-30", "by Mon"),
    A("Kacper \u2013 18th Edition exam booked 22/4. revise regs ch 41 + 54 b4 then", "Kacper",
      "revise regs ch 41 + 54", "2026-04-22", "b4 then", anchor="22/4"),
    A("Gav to speak to Dave next wk about the Elm St job for her", "mentor", "speak to Dave", "2026-04-03",
      "next wk"),
    A("everyone: PPE check Mon morning, bring your own gloves", "mentee", "bring your own gloves",
      "2026-03-30", "Mon morning"),
]),

N("act-tr-049", "2026-03-30", "reverse", "email", "pharmaceutical sales", """
Hi Stephen,

Thanks for today - you picked up Power BI filters much faster than you think!

As discussed:
\u2022 You'll try building the territory dashboard yourself using the template I shared, and send me a screenshot when you've got the first chart working. No rush - whenever you get a spare half hour this week.
\u2022 I'll record a 5-minute screen capture showing how to refresh the data source, and upload it to our Teams channel by Wednesday.
\u2022 You asked about getting a Power BI Pro licence - I checked and you already have one, so nothing needed there.

Also, you mentioned you'd like to understand what the reps mean by "the bot" - that's the Copilot thing, happy to cover it next time.

Speak soon,
Becca
""", [
    A("You'll try building the territory dashboard yourself using the template I shared, and send me a screenshot when you've got the first chart working. No rush - whenever you get a spare half hour this week.",
      "mentee", "try building the territory dashboard yourself", "2026-04-03", "this week"),
    A("I'll record a 5-minute screen capture showing how to refresh the data source, and upload it to our Teams channel by Wednesday.",
      "mentor", "record a 5-minute screen capture showing how to refresh the data source", "2026-04-01",
      "by Wednesday"),
]),

N("act-tr-050", "2026-03-09", "group", "bullets", "law", """
Women in Law mentoring circle \u2013 session 3 \u2013 9 March
Present: Deborah, Amara, Si\u00e2n, Keisha, Lucy. Guest: Tom Reilly (employment partner).
Check-in on last time:
- Amara's mid-year was moved to 17 March, so she hasn't asked yet \u2013 still planning to.
- Si\u00e2n kept the time log for 9 days (not 14) \u2013 61% of her hours on doc review. Enough data to go to the PSL.
- Everyone read the HBR piece except Lucy, who only got the notes on Friday.
- Keisha sent Lucy the notes, late but sent.
Today: Tom talked about how partners actually allocate work.
- Si\u00e2n to book 30 mins with the PSL this week and take the time log
- Lucy to catch up on the HBR piece
- Deborah to circulate Tom's slides
- Next circle 13 April at Keisha's office
""", [
    A("Si\u00e2n to book 30 mins with the PSL this week and take the time log", "Si\u00e2n",
      "book 30 mins with the PSL", "2026-03-13", "this week"),
    A("Lucy to catch up on the HBR piece", "Lucy", "catch up on the HBR piece"),
    A("Deborah to circulate Tom's slides", "mentor", "circulate Tom's slides"),
], prev="act-tr-016", carried=[
    C(0, "open", "Amara's mid-year was moved to 17 March, so she hasn't asked yet \u2013 still planning to."),
    C(1, "done", "Si\u00e2n kept the time log for 9 days (not 14)"),
    C(2, "done", "Everyone read the HBR piece except Lucy"),
    C(3, "done", "Guest: Tom Reilly (employment partner)."),
    C(4, "done", "Keisha sent Lucy the notes, late but sent."),
]),

N("act-tr-051", "2026-04-01", "informal", "prose", "events management", """
Met Jade for coffee near the venue. She's been offered the lead planner role on the Harrington wedding but it clashes with her CIPD evening course. She said she'll think about it over Easter and let Maria know by the 10th. If she takes it, she'll ask the course tutor about switching to the online cohort. I said I'd send her the budget tracker template I used for big weddings. She also mentioned wanting to go freelance one day; not something for now.
""", [
    A("She said she'll think about it over Easter and let Maria know by the 10th.", "mentee", "let Maria know",
      "2026-04-10", "by the 10th"),
    A("If she takes it, she'll ask the course tutor about switching to the online cohort.", "mentee",
      "ask the course tutor about switching to the online cohort"),
    A("I said I'd send her the budget tracker template I used for big weddings.", "mentor",
      "send her the budget tracker template"),
]),

N("act-tr-052", "2026-04-02", "formal", "mixed", "software", """
Mentoring 1:1 \u2014 Brandon / Denise \u2014 04/02/2026
Brandon's promo packet for Senior is due to the committee 4/24. Biggest gap: evidence of cross-team influence.
- Brandon: write up the schema-migration RFC story as a "scope & impact" paragraph, EOW
- Denise: ask Scott's manager if Brandon's work on the shared auth lib can be cited as cross-team (EOD today)
- Brandon will get 2 peer reviewers lined up; he's thinking Anjali and Chris.
- We'll do a full read-through of the packet together on 4/16.
He also asked whether he should wait for the next cycle. I said no, go now.
""", [
    A("Brandon: write up the schema-migration RFC story as a \"scope & impact\" paragraph, EOW", "mentee",
      "write up the schema-migration RFC story as a \"scope & impact\" paragraph", "2026-04-03", "EOW"),
    A("Denise: ask Scott's manager if Brandon's work on the shared auth lib can be cited as cross-team (EOD today)",
      "mentor", "ask Scott's manager if Brandon's work on the shared auth lib can be cited as cross-team",
      "2026-04-02", "EOD today"),
    A("Brandon will get 2 peer reviewers lined up; he's thinking Anjali and Chris.", "mentee",
      "get 2 peer reviewers lined up"),
    A("We'll do a full read-through of the packet together on 4/16.", "both",
      "do a full read-through of the packet", "2026-04-16", "on 4/16"),
], fmt="mdy"),

N("act-tr-053", "2026-04-06", "informal", "shorthand", "ambulance service", """
6/4 debrief w/ Kyle (NQP) after shift
- cardiac arrest job sat \u2013 he's ok, talked it through, TRiM offered, he said no for now
- wants to do more cannulation, I'll sort a day in ED w/ Sister Rowe \u2013 aim for before end of April
- he'll re-read the JRCALC section on ROSC care b4 our next shift together (Thurs)
- reflective log: he'll write one on the arrest, doesnt have to be long
""", [
    A("wants to do more cannulation, I'll sort a day in ED w/ Sister Rowe \u2013 aim for before end of April",
      "mentor", "sort a day in ED w/ Sister Rowe", "2026-04-30", "before end of April"),
    A("he'll re-read the JRCALC section on ROSC care b4 our next shift together (Thurs)", "mentee",
      "re-read the JRCALC section on ROSC care", "2026-04-09", "b4 our next shift together (Thurs)",
      anchor="Thurs"),
    A("reflective log: he'll write one on the arrest, doesnt have to be long", "mentee", "write one on the arrest"),
]),

N("act-tr-054", "2026-03-12", "reverse", "prose", "marketing", """
Session 4 with Alan, 12 March. The list finally went over the day after our last session, and he's followed most of the accounts. No video though - he recorded two takes and hated both, so we watched them together and honestly the second one was fine. He's going to post that one tomorrow morning without re-recording. Showed him captions in CapCut. He wants to keep the weekly post going; we agreed he'll draft each week's post on a Monday and I'll give a quick thumbs up by Tuesday lunchtime, until the end of the pilot in June. I also promised to find out whether comms have a style guide for exec posts.
""", [
    A("He's going to post that one tomorrow morning without re-recording.", "mentee", "post that one",
      "2026-03-13", "tomorrow morning"),
    A("He wants to keep the weekly post going; we agreed he'll draft each week's post on a Monday and I'll give a quick thumbs up by Tuesday lunchtime, until the end of the pilot in June.",
      "mentee", "draft each week's post", "2026-06-30", "until the end of the pilot in June", anchor="June"),
    A("He wants to keep the weekly post going; we agreed he'll draft each week's post on a Monday and I'll give a quick thumbs up by Tuesday lunchtime, until the end of the pilot in June.",
      "mentor", "give a quick thumbs up", "2026-06-30", "until the end of the pilot in June", anchor="June"),
    A("I also promised to find out whether comms have a style guide for exec posts.", "mentor",
      "find out whether comms have a style guide for exec posts"),
], prev="act-tr-028", carried=[
    C(0, "done", "The list finally went over the day after our last session"),
    C(1, "open", "No video though - he recorded two takes and hated both"),
]),

N("act-tr-055", "2026-04-07", "informal", "prose", "economics research", """
note to self 7/4: chat w/ Ruth re: moving to the fiscal team. She thinks I should wait for the reshuffle. Fair. Nothing to do yet, just wait and see what comes out of the reshuffle in May.
"""),

N("act-tr-056", "2026-04-08", "formal", "bullets", "it support", """
Mentoring \u2013 Ryan (service desk analyst) \u2013 8 April
Goal: move to 2nd line / infrastructure within a year.
- Ryan to complete the AZ-900 by end of May (he's halfway through the Learn path)
- I'll raise the request for his read-only access to the Azure test tenant today
- Ryan to shadow Mo on the server patching night, 23 April
- Ryan mentioned doing a home lab at some point \u2013 no commitment
- He fixed the SLA report formatting issue we talked about last time, during the session actually, while I watched
""", [
    A("Ryan to complete the AZ-900 by end of May (he's halfway through the Learn path)", "mentee",
      "complete the AZ-900", "2026-05-31", "by end of May"),
    A("I'll raise the request for his read-only access to the Azure test tenant today", "mentor",
      "raise the request for his read-only access to the Azure test tenant", "2026-04-08", "today"),
    A("Ryan to shadow Mo on the server patching night, 23 April", "mentee",
      "shadow Mo on the server patching night", "2026-04-23", "23 April"),
]),

N("act-tr-057", "2026-04-09", "informal", "transcript", "hairdressing", """
Trish/Kelsey 9 Apr
T: How many colour clients did you have this week?
K: Two. I want more but people keep booking Dani.
T: Put three before/after photos on the salon Insta by Sunday. I'll boost them.
K: OK.
T: And book yourself on the balayage course in May, I'll pay half.
K: Really? Yes!
""", [
    A("Put three before/after photos on the salon Insta by Sunday.", "mentee",
      "Put three before/after photos on the salon Insta", "2026-04-12", "by Sunday"),
    A("I'll boost them.", "mentor", "boost them"),
    A("And book yourself on the balayage course in May, I'll pay half.", "mentee",
      "book yourself on the balayage course"),
    A("And book yourself on the balayage course in May, I'll pay half.", "mentor", "pay half"),
]),

N("act-tr-058", "2026-04-13", "formal", "email", "publishing", """
Subject: Our chat today

Dear Priti,

Lovely to see you. Here's what I have down:

You're going to write a reader's report on the Okonkwo manuscript (two pages max) and send it to me by the 24th - treat it as practice for acquisitions meetings. I'll pass it on to Simon if it's as good as I expect.

You mentioned you'd quite like to sit in on an acquisitions meeting. I'll ask Simon whether you can observe the one on 5 May.

You wondered whether to do the Publishing MA part-time. I'd say no for now, but it's your decision, and there's no rush.

All best,
Gillian
""", [
    A("You're going to write a reader's report on the Okonkwo manuscript (two pages max) and send it to me by the 24th - treat it as practice for acquisitions meetings.",
      "mentee", "write a reader's report on the Okonkwo manuscript", "2026-04-24", "by the 24th"),
    A("I'll pass it on to Simon if it's as good as I expect.", "mentor", "pass it on to Simon"),
    A("I'll ask Simon whether you can observe the one on 5 May.", "mentor",
      "ask Simon whether you can observe the one on 5 May"),
]),

N("act-tr-059", "2026-03-16", "group", "mixed", "engineering management", """
New Managers Group \u2013 16 Mar \u2013 Farid
Attendees: Holly, Dan, Connor (Ruth off sick)
Quick actions check:
- Holly rewrote her opener and had the conversation on the Thursday. It went "better than expected" \u2013 the person had no idea their deadlines were a problem.
- Dan got the calibration guide, read half.
- Farid forgot the SBI template \u2013 will send it straight after this session.
- Situations: everyone who came brought one.
Connor's situation: his senior engineer wants to go part-time. Group view: explore it before saying no. He'll talk to HR about what's possible before his 1:1 with her on the 24th.
Dan: going to finish the guide and draft ratings for his 4 reports by Friday.
""", [
    A("Farid forgot the SBI template \u2013 will send it straight after this session.", "mentor", "send it",
      "2026-03-16", "straight after this session"),
    A("He'll talk to HR about what's possible before his 1:1 with her on the 24th.", "Connor",
      "talk to HR about what's possible", "2026-03-24", "before his 1:1 with her on the 24th",
      anchor="the 24th"),
    A("Dan: going to finish the guide and draft ratings for his 4 reports by Friday.", "Dan",
      "finish the guide", "2026-03-20", "by Friday"),
    A("Dan: going to finish the guide and draft ratings for his 4 reports by Friday.", "Dan",
      "draft ratings for his 4 reports", "2026-03-20", "by Friday"),
], prev="act-tr-029", carried=[
    C(0, "done", "Holly rewrote her opener"),
    C(1, "done", "had the conversation on the Thursday"),
    C(2, "done", "Dan got the calibration guide, read half."),
    C(3, "open", "Farid forgot the SBI template"),
    C(4, "done", "Situations: everyone who came brought one."),
]),

N("act-tr-060", "2026-04-14", "informal", "prose", "startup", """
Mentor call with Greg \u2014 Apr 14

We mostly talked about the seed round. I've had 11 investor meetings, 2 soft maybes, no term sheet. Greg's read: my deck leads with the market size, which every deck does, and buries our actual traction (the 3 pilot hospitals). He thinks I should flip the order. I'm going to rework the deck so slide 2 is the pilot results and send it to him by Friday for a second look.

He offered to intro me to two funds he knows that do healthtech at seed \u2014 he'll send the double-opt-in emails once I've sent the new deck. I also need to tighten the financial model; Greg said his old CFO, Lorraine, might do an hour with me for free. I'll email Lorraine this week (Greg is cc'ing me on an intro tonight).

We talked about burn. We have about 7 months of runway. He floated cutting the contract designer; I'm not going to do that yet \u2014 design is part of why the pilots signed. We agreed I'd redo the burn forecast at the end of May if the round hasn't moved.

Personal stuff: I told him I've been sleeping badly. He said to take a weekend fully off. I said I'd try for the weekend of the 25th, no Slack.

Things I decided against: a bridge note from existing angels (too early), and applying to YC this batch (timing's wrong).

I'll send Greg a monthly update email going forward \u2014 first one 5/1.
""", [
    A("I'm going to rework the deck so slide 2 is the pilot results and send it to him by Friday for a second look.",
      "mentee", "rework the deck so slide 2 is the pilot results", "2026-04-17", "by Friday"),
    A("He offered to intro me to two funds he knows that do healthtech at seed \u2014 he'll send the double-opt-in emails once I've sent the new deck.",
      "mentor", "send the double-opt-in emails"),
    A("I'll email Lorraine this week (Greg is cc'ing me on an intro tonight).", "mentee", "email Lorraine",
      "2026-04-17", "this week"),
    A("I'll email Lorraine this week (Greg is cc'ing me on an intro tonight).", "mentor", "cc'ing me on an intro",
      "2026-04-14", "tonight"),
    A("We agreed I'd redo the burn forecast at the end of May if the round hasn't moved.", "mentee",
      "redo the burn forecast", "2026-05-31", "at the end of May"),
    A("He said to take a weekend fully off. I said I'd try for the weekend of the 25th, no Slack.", "mentee",
      "take a weekend fully off", "2026-04-26", "the weekend of the 25th"),
    A("I'll send Greg a monthly update email going forward \u2014 first one 5/1.", "mentee",
      "send Greg a monthly update email", "2026-05-01", "first one 5/1"),
], fmt="mdy"),
]

TRAIN += [
N("act-tr-061", "2025-12-15", "peer", "shorthand", "quantity surveying", """
QS peer catch-up 15/12 \u2013 Sophie / Kai
Soph: APC submission window \u2013 wants to submit in the spring round. Will finish her case study draft b4 Christmas, send to Kai by 9 Jan for a read
Kai: not doing APC this year, decided. Wants to get better at NEC4 compensation events. Going to sit in on Phil's CE reviews through end of Q1
both: book the RICS NEC4 webinar on 21 Jan
""", [
    A("Will finish her case study draft b4 Christmas, send to Kai by 9 Jan for a read", "Sophie",
      "finish her case study draft", "2025-12-25", "b4 Christmas"),
    A("Will finish her case study draft b4 Christmas, send to Kai by 9 Jan for a read", "Sophie",
      "send to Kai", "2026-01-09", "by 9 Jan"),
    A("Going to sit in on Phil's CE reviews through end of Q1", "Kai", "sit in on Phil's CE reviews",
      "2026-03-31", "through end of Q1"),
    A("both: book the RICS NEC4 webinar on 21 Jan", "both", "book the RICS NEC4 webinar"),
]),

N("act-tr-062", "2026-04-15", "informal", "transcript", "facilities management", """
Call with Bev, 15 April (notes typed during)
Bev: The contract retender went in on Friday.
Me: How do you feel about it?
Bev: Knackered. But proud.
Me: What would you do differently next time?
Bev: Start the pricing earlier. I said that last time too.
Me: Do you want to set anything for the next few weeks?
Bev: Honestly, no. I want to let the dust settle.
Me: Fair enough. We'll pick it back up in May.
"""),

N("act-tr-063", "2026-04-16", "formal", "email", "actuarial", """
Subject: Thanks for today

Hi Olu,

Thanks for making time today. I've been thinking about what you said about the fellowship exams \u2013 I'm not going to rush into a decision about which subject to take next; I'd rather wait until the results are out in June.

It was also really helpful to hear how you handled the switch from pricing to reserving. I might look at the reserving secondment later in the year, but not yet.

Speak next month,
Hanna
"""),

N("act-tr-064", "2026-04-17", "peer", "shorthand", "graphic design", """
peer chat w/ Mo 17/4 \u2013 mostly moaning about clients lol. he's sorted his pricing already (up 15% from May). nothing for me to do.
"""),

N("act-tr-065", "2026-04-20", "peer", "bullets", "tax advisory", """
Peer mentoring \u2013 me (Ayesha) supporting Luke \u2013 20 Apr
Luke's issue: he's been asked to lead the VAT training for the new trainees and hates public speaking.
- He's going to lead the sessions, but wants a smaller format: two sessions of 6 instead of one of 12. He'll ask Marion to agree the split by Wednesday.
- I'll lend him my slides from last year's session
- He'll run it past me in a practice run next Monday, 27th
- We talked about Toastmasters \u2013 he's not interested.
""", [
    A("He's going to lead the sessions, but wants a smaller format: two sessions of 6 instead of one of 12.", "mentee",
      "lead the sessions"),
    A("He'll ask Marion to agree the split by Wednesday.", "mentee", "ask Marion to agree the split",
      "2026-04-22", "by Wednesday"),
    A("I'll lend him my slides from last year's session", "mentor", "lend him my slides from last year's session"),
    A("He'll run it past me in a practice run next Monday, 27th", "mentee", "run it past me in a practice run",
      "2026-04-27", "next Monday, 27th"),
]),

N("act-tr-066", "2026-04-21", "reverse", "transcript", "local government", """
Reverse mentoring \u2013 Jas (mentor) & Margaret (CEx) \u2013 21/04
Margaret: I want to understand why residents are so angry on the Facebook group.
Jas: Half of it is the bin collection changes. Want to read the top 20 comments with me now?
[we did that in the session \u2013 took 15 mins]
Margaret: I'd like to reply myself to one thread a week.
Jas: OK \u2013 draft your first reply and send it to me by Thursday, and I'll check the tone before it goes out.
Margaret: Deal. Can you also set me up on Nextdoor?
Jas: I'll look into whether we're even allowed to \u2013 comms policy.
""", [
    A("OK \u2013 draft your first reply and send it to me by Thursday, and I'll check the tone before it goes out.",
      "mentee", "draft your first reply", "2026-04-23", "by Thursday"),
    A("OK \u2013 draft your first reply and send it to me by Thursday, and I'll check the tone before it goes out.",
      "mentor", "check the tone"),
    A("I'll look into whether we're even allowed to \u2013 comms policy.", "mentor",
      "look into whether we're even allowed to"),
]),

N("act-tr-067", "2026-04-09", "formal", "prose", "public policy", """
Arjun, 9 April (he sent the slot, as promised).
He sent both examples on the 19th, a day early. I took longer than a week to review them - apologies to him - but sent comments on Tuesday. The new Delivering at Pace example is much better; the 'result' part still undersells it. He went to the all-staff Q&A and asked about the hybrid working review, which the DG then referenced in her note afterwards - a nice win. He hasn't asked Rebecca to be a referee yet because there's no role open.
Actions from today: he'll strengthen the result section with the numbers from the returns and resubmit to me by 17 April. I'll forward him the two SEO adverts that came through our directorate yesterday. He'll decide whether to apply for either by the end of the month.
""", [
    A("Actions from today: he'll strengthen the result section with the numbers from the returns and resubmit to me by 17 April.",
      "mentee", "strengthen the result section with the numbers from the returns", "2026-04-17", "by 17 April"),
    A("I'll forward him the two SEO adverts that came through our directorate yesterday.", "mentor",
      "forward him the two SEO adverts"),
    A("He'll decide whether to apply for either by the end of the month.", "mentee",
      "decide whether to apply for either", "2026-04-30", "by the end of the month"),
], prev="act-tr-033", carried=[
    C(0, "done", "He sent both examples on the 19th, a day early."),
    C(1, "done", "I took longer than a week to review them - apologies to him - but sent comments on Tuesday."),
    C(2, "open", "He hasn't asked Rebecca to be a referee yet because there's no role open."),
    C(3, "done", "He went to the all-staff Q&A"),
    C(4, "done", "he sent the slot, as promised"),
]),

N("act-tr-068", "2026-04-17", "formal", "prose", "clinical research", """
Sofia Marsh - 17 April 2026
Catch-up on March actions. The summary to Paul went on the Tuesday as planned (I saw the draft on the Monday evening and only changed a couple of words), and the sponsor call was uneventful, which is exactly what we wanted. Naomi said yes in principle to a site selection visit, but hasn't got a date yet; I'll chase her next week. Sofia applied to the GCP trainer pool and has her first session to deliver on 12 May. Travel: she asked, and travel have agreed overnight stays over 2.5 hours, not 2 - close enough, so we'll call that done.
New: she wants to prepare properly for the trainer session. She'll do a dry run of the GCP deck with two colleagues from her team in the week before (w/c 4 May). I'll send her the feedback form we use for new trainers.
""", [
    A("Naomi said yes in principle to a site selection visit, but hasn't got a date yet; I'll chase her next week.",
      "mentor", "chase her", "2026-04-24", "next week"),
    A("She'll do a dry run of the GCP deck with two colleagues from her team in the week before (w/c 4 May).",
      "mentee", "do a dry run of the GCP deck with two colleagues from her team", "2026-05-08", "w/c 4 May"),
    A("I'll send her the feedback form we use for new trainers.", "mentor",
      "send her the feedback form we use for new trainers"),
], prev="act-tr-044", carried=[
    C(0, "done", "The summary to Paul went on the Tuesday as planned"),
    C(1, "done", "only changed a couple of words"),
    C(2, "done", "I saw the draft on the Monday evening"),
    C(3, "done", "Naomi said yes in principle to a site selection visit"),
    C(4, "done", "Sofia applied to the GCP trainer pool"),
    C(5, "done", "Travel: she asked, and travel have agreed overnight stays over 2.5 hours, not 2 - close enough, so we'll call that done."),
]),

N("act-tr-069", "2026-03-27", "group", "transcript", "management consulting", """
Analyst mentoring group \u2013 27/03 \u2013 Vikram + Ella, Jamal, Rosie
Vikram: Updates?
Ella: Sarah said yes \u2013 I presented at the steerco yesterday. Terrifying but fine.
Jamal: Cost model's about 70% rebuilt. Needs another week.
Rosie: I blocked Fridays for a week and then the client moved the weekly call to Friday at 2. So... no.
Vikram: OK, let's drop that one \u2013 not your fault. I did send you the storylining deck, right?
All: Yes.
Vikram: Good. Jamal, finish the model by next Friday and walk Ella through it \u2013 she's inheriting it in April.
Jamal: Will do.
Ella: I'll set up the handover meeting.
""", [
    A("Jamal, finish the model by next Friday and walk Ella through it \u2013 she's inheriting it in April.", "Jamal",
      "finish the model", "2026-04-03", "by next Friday"),
    A("Jamal, finish the model by next Friday and walk Ella through it \u2013 she's inheriting it in April.", "Jamal",
      "walk Ella through it"),
    A("I'll set up the handover meeting.", "Ella", "set up the handover meeting"),
], prev="act-tr-037", carried=[
    C(0, "done", "Sarah said yes \u2013 I presented at the steerco yesterday."),
    C(1, "open", "Cost model's about 70% rebuilt. Needs another week."),
    C(2, "dropped", "OK, let's drop that one \u2013 not your fault."),
    C(3, "done", "I did send you the storylining deck, right?"),
]),

N("act-tr-070", "2026-04-22", "formal", "bullets", "customer service", """
Mentoring \u2013 Ewan (team leader, contact centre) \u2013 22/4
\u2022 Team's AHT down 40s since he started side-by-side coaching in March
\u2022 He had a hard conversation with an agent about lateness last week \u2013 handled well, documented
\u2022 We discussed whether to apply for the ops manager secondment. He's undecided and wants more time.
\u2022 Could he use the coaching model with the night shift too? Something to think about.
Nothing agreed for next time beyond a catch-up in May.
"""),

N("act-tr-071", "2026-04-15", "informal", "mixed", "automotive retail", """
Kieran \u2013 15/4
The job card walk-through habit is sticking \u2013 he reckons he does it 8 times out of 10, and complaints about bills are down.
Sharon: I spoke to her (on the Thursday, so a day early); he's on the NVQ from June.
Kieran asked Paul about flagging over-estimates, but Paul says the workshop doesn't have time, so that idea's off.
- Kieran to start the NVQ induction module online before 1 June
- I'll ask the dealer principal if Kieran can present his job-card approach at the May team meeting
""", [
    A("Kieran to start the NVQ induction module online before 1 June", "mentee",
      "start the NVQ induction module online", "2026-06-01", "before 1 June"),
    A("I'll ask the dealer principal if Kieran can present his job-card approach at the May team meeting",
      "mentor", "ask the dealer principal if Kieran can present his job-card approach"),
], prev="act-tr-040", carried=[
    C(0, "open", "The job card walk-through habit is sticking"),
    C(1, "done", "Sharon: I spoke to her (on the Thursday, so a day early)"),
    C(2, "done", "Kieran asked Paul about flagging over-estimates"),
]),

N("act-tr-072", "2026-04-22", "informal", "transcript", "retail banking", """
Mentoring call \u2013 Grace & Imran \u2013 22.04
Imran: How are the Sunday papers going?
Me: Done four of the five Sundays. Scoring 74-78% now.
Imran: Claire said yes to Friday afternoons, did you get them?
Me: Yes, two so far, thank you!
Imran: Exam's next week. Anything you need?
Me: Can you check my answer to the suitability question tonight if I send it?
Imran: Send it over.
Me: I'll send it straight after this call.
""", [
    A("Can you check my answer to the suitability question tonight if I send it?", "mentor",
      "check my answer to the suitability question", "2026-04-22", "tonight"),
    A("I'll send it straight after this call.", "mentee", "send it", "2026-04-22", "straight after this call"),
], prev="act-tr-046", carried=[
    C(0, "open", "Done four of the five Sundays."),
    C(1, "done", "Claire said yes to Friday afternoons, did you get them?"),
]),

N("act-tr-073", "2026-04-23", "formal", "prose", "occupational therapy", """
Occupational therapy preceptorship, Aimee, 23/4. Aimee told me her manager had said she'd get a band 6 secondment 'at some point', which hasn't materialised. We talked about whether she should push for a date. She wasn't sure and I didn't want to push. We also looked back at the home visit she did last week with the student - she'd planned it really well. Wouldn't it be good if the team had a proper student induction pack? Maybe one day. No actions today; she just needed some space to think.
"""),

N("act-tr-074", "2026-04-24", "peer", "email", "research administration", """
Subject: peer mentoring \u2013 notes 24/4

Hi Femi,

Notes as promised (I said I'd type them up, so here they are!):

You:
\u2013 You'll draft the FAQ for the new pre-award process and share it with Laura by 8 May.
\u2013 You're going to ask your line manager about the ARMA conference budget next week.

Me:
\u2013 I'll finish the ERC budget template walkthrough video by the end of the month.
\u2013 I decided not to apply for the Horizon NCP role after all \u2013 too much travel.

Both:
\u2013 We'll co-run the lunchtime session for new PIs on 20 May.

Same time in a month?
Charlotte
""", [
    A("You'll draft the FAQ for the new pre-award process and share it with Laura by 8 May.", "Femi",
      "draft the FAQ for the new pre-award process", "2026-05-08", "by 8 May"),
    A("You're going to ask your line manager about the ARMA conference budget next week.", "Femi",
      "ask your line manager about the ARMA conference budget", "2026-05-01", "next week"),
    A("I'll finish the ERC budget template walkthrough video by the end of the month.", "Charlotte",
      "finish the ERC budget template walkthrough video", "2026-04-30", "by the end of the month"),
    A("We'll co-run the lunchtime session for new PIs on 20 May.", "both",
      "co-run the lunchtime session for new PIs", "2026-05-20", "on 20 May"),
]),

N("act-tr-075", "2026-04-27", "reverse", "bullets", "fashion retail", """
Reverse mentoring log \u2013 Mia (18, sales assistant) mentoring Richard (Regional Director) \u2013 27/04
- Richard had already watched the three TikTok Shop videos Mia sent last time \u2713
- Today: walked through how Gen Z actually uses the app to shop (search, not the feed)
- Richard to spend 10 mins a day on the app for two weeks, just scrolling our category
- Mia will screen-record her own shopping journey for a hoodie and send it to him tomorrow
- Richard wants Mia to present this to the regional team \u2013 he'll invite her to the June regional meeting
""", [
    A("Richard to spend 10 mins a day on the app for two weeks, just scrolling our category", "mentee",
      "spend 10 mins a day on the app", "2026-05-11", "for two weeks"),
    A("Mia will screen-record her own shopping journey for a hoodie and send it to him tomorrow", "mentor",
      "screen-record her own shopping journey for a hoodie", "2026-04-28", "tomorrow"),
    A("Richard wants Mia to present this to the regional team \u2013 he'll invite her to the June regional meeting",
      "mentee", "invite her to the June regional meeting"),
]),

N("act-tr-076", "2026-04-28", "formal", "shorthand", "procurement", """
Mentoring \u2013 N. Kaur (procurement officer) \u2013 28/04/26
- CIPS L4: NK sitting module 2 in July. NK to do 1 past paper/wk from now
- Supplier negotiation: NK leading the cleaning contract renewal. NK to draft negotiation plan (BATNA, must-haves) & send me by 6/5
- Me to share the negotiation plan template from the FM retender
- NK to ask Jo (legal) re: TUPE implications \u2013 before the kick-off on 12 May
""", [
    A("NK to do 1 past paper/wk from now", "mentee", "do 1 past paper/wk"),
    A("NK to draft negotiation plan (BATNA, must-haves) & send me by 6/5", "mentee", "draft negotiation plan",
      "2026-05-06", "by 6/5"),
    A("Me to share the negotiation plan template from the FM retender", "mentor",
      "share the negotiation plan template"),
    A("NK to ask Jo (legal) re: TUPE implications \u2013 before the kick-off on 12 May", "mentee",
      "ask Jo (legal) re: TUPE implications", "2026-05-12", "before the kick-off on 12 May"),
]),

N("act-tr-077", "2026-05-12", "formal", "shorthand", "procurement", """
Mentoring \u2013 N. Kaur \u2013 12/05/26
- past papers: 2 done in 2 wks \u2713 (on track)
- negotiation plan: sent 5/5 \u2713 good BATNA section, weak on walk-away price
- template: sent \u2713
- TUPE: Jo on leave, not asked yet. NK to ask Jo's cover (Sam) today instead, kick-off is this aft
- NK to fix walk-away price in the plan tmrw
- I'll join the 2nd negotiation round as observer, 26/5
""", [
    A("NK to ask Jo's cover (Sam) today instead, kick-off is this aft", "mentee", "ask Jo's cover (Sam)",
      "2026-05-12", "today"),
    A("NK to fix walk-away price in the plan tmrw", "mentee", "fix walk-away price in the plan", "2026-05-13", "tmrw"),
    A("I'll join the 2nd negotiation round as observer, 26/5", "mentor",
      "join the 2nd negotiation round as observer", "2026-05-26", "26/5"),
], prev="act-tr-076", carried=[
    C(0, "open", "past papers: 2 done in 2 wks \u2713 (on track)"),
    C(1, "done", "negotiation plan: sent 5/5 \u2713"),
    C(2, "done", "template: sent \u2713"),
    C(3, "open", "TUPE: Jo on leave, not asked yet."),
]),

N("act-tr-078", "2026-04-29", "peer", "transcript", "software", """
Pair chat \u2013 Dev & Lou, 29 Apr
Lou: Did you ever send that talk proposal?
Dev: Yeah, went in last Friday.
Lou: Nice. Are you doing the leadership course?
Dev: Not this year.
Lou: Fair.
"""),

N("act-tr-079", "2026-04-30", "formal", "mixed", "radiography", """
Radiography mentoring \u2013 Bethany \u2013 30/04
CT competency sign-off went through on Monday, so that's the big goal for this year ticked off.
Ideas we kicked around (none agreed):
- she could look at the MRI conversion course next year
- might be worth her asking about the reporting radiographer pathway
- would be nice to present the paediatric dose audit at the regional meeting
She wants to enjoy having passed for a bit before setting anything new. Totally fair.
"""),

N("act-tr-080", "2026-05-05", "group", "email", "transport planning", """
Subject: Grad scheme mentoring group \u2013 actions from today (5 May)

Hi Aled, Bronwen and Tariq,

Thanks all. Actions as agreed:

Aled \u2013 send me your rotation preference form before you submit it to HR on Friday.
Bronwen \u2013 get your chartership mentor form signed by your line manager by 22 May.
Tariq \u2013 you said you'd sound out Dr Evans about the modelling placement; let me know how it goes.
Me \u2013 I'll book a room for the June session and send the invite this week.

Everyone: please read the DfT appraisal guidance summary (attached) before we meet on 2 June.

Best,
Nia
""", [
    A("Aled \u2013 send me your rotation preference form before you submit it to HR on Friday.", "Aled",
      "send me your rotation preference form", "2026-05-08", "before you submit it to HR on Friday",
      anchor="on Friday"),
    A("Bronwen \u2013 get your chartership mentor form signed by your line manager by 22 May.", "Bronwen",
      "get your chartership mentor form signed by your line manager", "2026-05-22", "by 22 May"),
    A("Tariq \u2013 you said you'd sound out Dr Evans about the modelling placement; let me know how it goes.", "Tariq",
      "sound out Dr Evans about the modelling placement"),
    A("Me \u2013 I'll book a room for the June session and send the invite this week.", "mentor",
      "book a room for the June session", "2026-05-08", "this week"),
    A("Me \u2013 I'll book a room for the June session and send the invite this week.", "mentor",
      "send the invite", "2026-05-08", "this week"),
    A("Everyone: please read the DfT appraisal guidance summary (attached) before we meet on 2 June.", "mentee",
      "read the DfT appraisal guidance summary", "2026-06-02", "before we meet on 2 June"),
]),

N("act-tr-081", "2026-05-06", "informal", "prose", "tourism", """
Meeting with Giulia (junior tour guide) 6/5. She is worry about the big groups from the cruise ships, 40 persons, she loses the attention after 20 minutes. We practised to use the stops with a question for the group. She will prepare three questions for each stop of the Old Town tour before her next cruise group, that is Saturday. I will come with her on Saturday for the first hour and after we speak ten minutes. She asked if she can do the wine tour also; for this she must first do the level 1 course, she said she will enrol in the WSET level 1 this month.
""", [
    A("She will prepare three questions for each stop of the Old Town tour before her next cruise group, that is Saturday.",
      "mentee", "prepare three questions for each stop of the Old Town tour", "2026-05-09",
      "before her next cruise group, that is Saturday", anchor="Saturday"),
    A("I will come with her on Saturday for the first hour and after we speak ten minutes.", "mentor",
      "come with her", "2026-05-09", "on Saturday"),
    A("She asked if she can do the wine tour also; for this she must first do the level 1 course, she said she will enrol in the WSET level 1 this month.",
      "mentee", "enrol in the WSET level 1", "2026-05-31", "this month"),
]),

N("act-tr-082", "2026-05-07", "formal", "bullets", "public health", """
Mentoring notes \u2013 Jasmine T. (program coordinator) \u2013 5/7/26
Agenda: grant reporting, supervising the new intern, MPH applications
- Jasmine will submit the Q3 CDC progress report draft to Dr. Patel by 5/15
- Intern: Jasmine to set up weekly 30-min check-ins with Evan starting next Monday (ongoing)
- MPH: she's set on Fall 2027 \u2013 will ask two recommenders (me + Dr. Patel) by the end of June
- I'll send her my statement of purpose from my own MPH application as a reference
- She asked whether she should take the GRE. Not required at her target schools, so no.
""", [
    A("Jasmine will submit the Q3 CDC progress report draft to Dr. Patel by 5/15", "mentee",
      "submit the Q3 CDC progress report draft to Dr. Patel", "2026-05-15", "by 5/15"),
    A("Intern: Jasmine to set up weekly 30-min check-ins with Evan starting next Monday (ongoing)", "mentee",
      "set up weekly 30-min check-ins with Evan", "2026-05-11", "starting next Monday"),
    A("MPH: she's set on Fall 2027 \u2013 will ask two recommenders (me + Dr. Patel) by the end of June", "mentee",
      "ask two recommenders", "2026-06-30", "by the end of June"),
    A("I'll send her my statement of purpose from my own MPH application as a reference", "mentor",
      "send her my statement of purpose"),
], fmt="mdy"),
]


# =========================================================================== TEST (writer B)

TEST = [
N("act-te-001", "2026-05-11", "formal", "bullets", "aviation maintenance", """
## Mentoring log #3 \u2014 Tomasz W. (B1 trainee) / mentor: Ingrid S.
Date: 2026-05-11, hangar 2 crew room

Progress
- Module 11 exam passed on 2nd attempt (82%).
- Logbook: 14 tasks signed this month, mostly wheel & brake changes.

Agreed
1) Tomasz \u2192 get 3 more tasks on the A320 fuel system into the logbook until 2026-06-05
2) Ingrid \u2192 ask planning that Tomasz is rostered on the C-check in June
3) Tomasz \u2192 book Module 13 exam slot (next available sitting)
4) Tomasz reads the AMM chapter 28 before the C-check

Not agreed: Tomasz asked about moving to line maintenance nights. Ingrid thinks too early, we leave it.
""", [
    A("Tomasz \u2192 get 3 more tasks on the A320 fuel system into the logbook until 2026-06-05", "mentee",
      "get 3 more tasks on the A320 fuel system into the logbook", "2026-06-05", "until 2026-06-05"),
    A("Ingrid \u2192 ask planning that Tomasz is rostered on the C-check in June", "mentor",
      "ask planning that Tomasz is rostered on the C-check"),
    A("Tomasz \u2192 book Module 13 exam slot (next available sitting)", "mentee", "book Module 13 exam slot"),
    A("Tomasz reads the AMM chapter 28 before the C-check", "mentee", "reads the AMM chapter 28"),
]),

N("act-te-002", "2026-05-12", "informal", "shorthand", "journalism", """
mentoring w/ Siobhan (news desk) 12/5
- pitch on the housing story rejected again. she's frustrated
- agreed: she rewrites the pitch w/ a named case study + data from the council FOI, sends to me thurs am
- i'll ask Declan on investigations if he'd co-byline
- she wants to do the shorthand 100wpm exam \u2013 not this term, too much on
- her FOI request already went in on 28/4, due back ~27/5
""", [
    A("agreed: she rewrites the pitch w/ a named case study + data from the council FOI, sends to me thurs am",
      "mentee", "rewrites the pitch w/ a named case study + data from the council FOI", "2026-05-14", "thurs am"),
    A("i'll ask Declan on investigations if he'd co-byline", "mentor", "ask Declan on investigations if he'd co-byline"),
]),

N("act-te-003", "2026-05-14", "formal", "mixed", "social work", """
ASYE supervision & mentoring \u2014 Thandiwe M. \u2014 14 May 2026

Thandiwe brought the Hollins family case, where the child protection conference is on 2 June. She has been feeling that the team manager doubts her analysis because she is newly qualified. We spent a long time separating what she knows (the school's attendance records, the two health visitor reports, the disclosure from the older sibling) from what she fears. Her written analysis is actually solid; the risk section is the weakest part because she lists risks without weighing them.

Agreed together:
\u2192 Thandiwe will redraft the risk analysis using the signs of safety three columns and send it to me by Wednesday 20 May, so there is time before the report deadline on the 26th.
\u2192 I will read it within two working days of receiving it and give written comments.
\u2192 Thandiwe to walk the team manager, Mr Okafor, through her reasoning before the conference (she will book a 30-minute slot).
\u2192 We meet again on 28 May.

She also asked if she should request a co-worker for the conference. My view is that she does not need one, she agreed, so nothing to do there.

Reflection: she noticed she writes very long case notes late in the evening. I suggested she tries to finish recording by 5pm two days a week. She was not sure it is realistic with her caseload and wants to think about it; we will come back to this.

Wellbeing check: ok, a bit tired. She already uses the EAP counselling, which she finds helpful.
""", [
    A("Thandiwe will redraft the risk analysis using the signs of safety three columns and send it to me by Wednesday 20 May, so there is time before the report deadline on the 26th.",
      "mentee", "redraft the risk analysis using the signs of safety three columns", "2026-05-20",
      "by Wednesday 20 May"),
    A("I will read it within two working days of receiving it and give written comments.", "mentor", "read it"),
    A("Thandiwe to walk the team manager, Mr Okafor, through her reasoning before the conference (she will book a 30-minute slot).",
      "mentee", "walk the team manager, Mr Okafor, through her reasoning", "2026-06-02", "before the conference",
      anchor="2 June"),
]),

N("act-te-004", "2026-05-15", "peer", "transcript", "game development", """
[peer mentoring \u2014 Kenji / Anouk \u2014 fri 15.05.]
00:02 Anouk: my thing this week \u2014 the lead keeps rejecting my level layouts w/o saying why
00:05 Kenji: ask him for 3 reference levels he likes?
00:06 Anouk: ok yes. i'll ask at monday standup
00:14 Kenji: my thing \u2014 i want to give the GDC talk next year
00:15 Anouk: deadline for proposals?
00:15 Kenji: Aug 20 i think
00:16 Anouk: send me an outline in 2 weeks and i'll give notes \U0001F605
00:16 Kenji: deal
00:20 both: we'll playtest each other's builds on the 28th
""", [
    A("ask him for 3 reference levels he likes?", "Anouk", "ask him for 3 reference levels he likes", "2026-05-18",
      "at monday standup", anchor="monday"),
    A("send me an outline in 2 weeks and i'll give notes \U0001F605", "Kenji", "send me an outline", "2026-05-29",
      "in 2 weeks"),
    A("send me an outline in 2 weeks and i'll give notes \U0001F605", "Anouk", "give notes"),
    A("we'll playtest each other's builds on the 28th", "both", "playtest each other's builds", "2026-05-28",
      "on the 28th"),
]),

N("act-te-005", "2026-05-18", "formal", "email", "museum curation", """
Objet / Subject: Recap of our mentoring session of 18/05

Dear Margit,

Thank you again for the session of today. Here is what I noted:

- I will finalise the object list for the textiles exhibition and share it with the conservation team at the latest on 29 May.
- You will put me in contact with the registrar of the Rijksmuseum for the loan request.
- For the catalogue essay, I will send you a first draft of 2000 words before the end of June.
- We discussed that I could present at the ICOM conference, but I prefer to wait next year, I am not ready.

I remain at your disposal,
Gaspard
""", [
    A("I will finalise the object list for the textiles exhibition and share it with the conservation team at the latest on 29 May.",
      "mentee", "finalise the object list for the textiles exhibition", "2026-05-29", "at the latest on 29 May"),
    A("You will put me in contact with the registrar of the Rijksmuseum for the loan request.", "mentor",
      "put me in contact with the registrar of the Rijksmuseum"),
    A("For the catalogue essay, I will send you a first draft of 2000 words before the end of June.", "mentee",
      "send you a first draft of 2000 words", "2026-06-30", "before the end of June"),
]),

N("act-te-006", "2026-05-19", "formal", "shorthand", "warehouse logistics", """
Mentoring session \u2013 warehouse ops \u2013 19.05.2026
Mentee: Bogdan (shift supervisor) | Mentor: Hilde

What | Who | When
Pick-rate data for night shift, by zone | Bogdan | Fri
Intro to the WMS super-user group | Hilde | \u2014
Draft rota proposal for peak (Nov\u2013Dec) | Bogdan | end of June
Forklift refresher for 2 new starters | Bogdan | ASAP

Discussed, no action: his idea to move returns to dock 4 \u2013 needs the site manager, not in our gift.
""", [
    A("Pick-rate data for night shift, by zone | Bogdan | Fri", "mentee", "Pick-rate data for night shift, by zone",
      "2026-05-22", "Fri"),
    A("Intro to the WMS super-user group | Hilde | \u2014", "mentor", "Intro to the WMS super-user group"),
    A("Draft rota proposal for peak (Nov\u2013Dec) | Bogdan | end of June", "mentee", "Draft rota proposal for peak",
      "2026-06-30", "end of June"),
    A("Forklift refresher for 2 new starters | Bogdan | ASAP", "mentee", "Forklift refresher for 2 new starters"),
]),

N("act-te-007", "2026-05-20", "informal", "prose", "orchestral music", """
Today meeting with Mateus (viola, Akademie 1st year). He is nervous for the audition for the tutti position in September. We make a plan: he will record the Don Juan excerpt every week and send me the recording each Sunday until the audition. I gave him already the contact of Frau Lindqvist for two private lessons, and I write to her this evening so she knows he will call. Also he asks if he should play the Walton concerto in the first round; I said the Hindemith is safer, but he likes the Walton more, he will decide himself. He did already the mock audition with the section last Tuesday, it went not so bad.
""", [
    A("We make a plan: he will record the Don Juan excerpt every week and send me the recording each Sunday until the audition.",
      "mentee", "record the Don Juan excerpt every week", "2026-09-30", "until the audition", anchor="September"),
    A("I gave him already the contact of Frau Lindqvist for two private lessons, and I write to her this evening so she knows he will call.",
      "mentor", "write to her", "2026-05-20", "this evening"),
]),

N("act-te-008", "2026-05-21", "reverse", "transcript", "arable farming", """
Reverse mentoring \u2014 farm tech \u2014 Leilani (mentor) w/ Bill Hargreaves (mentee) \u2014 21 May
Bill: The app keeps telling me field 7 is "stressed". I walked it. Looks fine.
Leilani: NDVI picks it up before your eyes do. Can you take a soil sample from the two red patches before Monday?
Bill: Aye, I'll get the lad to do it Saturday.
Leilani: I'll book the drone flyover for the week after and send you the map.
Bill: And show me how to export the yield data, I want it for the bank.
Leilani: Done \u2014 we just did it, it's in your downloads folder.
Bill: Ha. Right.
""", [
    A("Can you take a soil sample from the two red patches before Monday?", "mentee",
      "take a soil sample from the two red patches", "2026-05-23", "Saturday"),
    A("I'll book the drone flyover for the week after and send you the map.", "mentor", "book the drone flyover"),
    A("I'll book the drone flyover for the week after and send you the map.", "mentor", "send you the map"),
]),

N("act-te-009", "2026-05-27", "group", "bullets", "fire and rescue", """
Crew Manager development group \u2014 Blue Watch \u2014 27/05/2026
Mentor: WM Teodora Ilic
Present: FF Kwame Mensah, FF Astrid Holm, FF Declan Roche

[ ] Kwame \u2014 complete incident command level 1 e-learning (due 12/06)
[ ] Astrid \u2014 shadow CM Patel on two shifts, write up one learning point each
[ ] Declan \u2014 prepare 10-min drill on casualty handling for the watch, deliver Monday week
[ ] all \u2014 read the new BA procedures before the exercise on 18/06
[ ] Teodora \u2014 ask Station Manager re: acting-up opportunities in July

Notes: Astrid asked about the promotion exam date \u2014 not published yet. Declan already completed his first aid refresher.
""", [
    A("Kwame \u2014 complete incident command level 1 e-learning (due 12/06)", "Kwame",
      "complete incident command level 1 e-learning", "2026-06-12", "due 12/06"),
    A("Astrid \u2014 shadow CM Patel on two shifts, write up one learning point each", "Astrid",
      "shadow CM Patel on two shifts"),
    A("Astrid \u2014 shadow CM Patel on two shifts, write up one learning point each", "Astrid",
      "write up one learning point each"),
    A("Declan \u2014 prepare 10-min drill on casualty handling for the watch, deliver Monday week", "Declan",
      "prepare 10-min drill on casualty handling for the watch", "2026-06-08", "Monday week"),
    A("Declan \u2014 prepare 10-min drill on casualty handling for the watch, deliver Monday week", "Declan",
      "deliver", "2026-06-08", "Monday week"),
    A("all \u2014 read the new BA procedures before the exercise on 18/06", "mentee", "read the new BA procedures",
      "2026-06-18", "before the exercise on 18/06"),
    A("Teodora \u2014 ask Station Manager re: acting-up opportunities in July", "mentor",
      "ask Station Manager re: acting-up opportunities"),
]),

N("act-te-010", "2026-05-27", "formal", "mixed", "biotech research", """
Lab mentoring \u2013 Wen Zhao (Research Associate) / Dr. Eitan Levi \u2013 05/27/26

Wen's goal: own the CRISPR knockout screen for the Q3 target list.
Discussion: the last two transfections had low efficiency; Wen suspects the lipid reagent lot.

NEXT STEPS
\u2022 Wen: run a side-by-side with old vs. new reagent lot \u2013 results by 6/5
\u2022 Eitan: loop in Marisol from the Genomics Core re: sequencing capacity in July
\u2022 Wen: write SOP v1 for the screen and circulate to the team before the 6/17 lab meeting
\u2022 Journal club: Wen already presented on 5/20 \u2013 great job.
""", [
    A("Wen: run a side-by-side with old vs. new reagent lot \u2013 results by 6/5", "mentee",
      "run a side-by-side with old vs. new reagent lot", "2026-06-05", "results by 6/5"),
    A("Eitan: loop in Marisol from the Genomics Core re: sequencing capacity in July", "mentor",
      "loop in Marisol from the Genomics Core re: sequencing capacity"),
    A("Wen: write SOP v1 for the screen and circulate to the team before the 6/17 lab meeting", "mentee",
      "write SOP v1 for the screen", "2026-06-17", "before the 6/17 lab meeting"),
], fmt="mdy"),

N("act-te-011", "2026-05-28", "informal", "shorthand", "dentistry", """
catch up w/ Nikos (FD, 9 months) 28.05 \u2014
\u2022 feels slow on molar endo, 90+ min. normal at this stage tbh
\u2022 patient complaint from april resolved, he handled it well
\u2022 asked re: implant course \u2014 maybe next yr, cost is \u20ac\u20ac\u20ac
\u2022 no actions this time, he wanted to vent mostly
"""),

N("act-te-012", "2026-06-01", "formal", "bullets", "policing", """
Mentoring record \u2014 PC Z. Hussain \u2014 mentor DS M. Nowak \u2014 01/06/26
Aim: pass NIE and move to CID within 12 months.
Commitments:
\u2022 ZH to do 20 NIE practice questions per day on the app, until the exam on 9 September.
\u2022 ZH to apply for the 2-week CID attachment \u2014 applications close Friday 12/06.
\u2022 MN to speak to DI Byrne re supporting the attachment application this week.
\u2022 ZH will arrange to sit in on a PACE interview with the burglary team.
Discussed: ZH wondered about the Detective Degree Holder Entry route instead. Agreed the current route makes more sense; nothing to do.
""", [
    A("ZH to do 20 NIE practice questions per day on the app, until the exam on 9 September.", "mentee",
      "do 20 NIE practice questions per day on the app", "2026-09-09", "until the exam on 9 September"),
    A("ZH to apply for the 2-week CID attachment \u2014 applications close Friday 12/06.", "mentee",
      "apply for the 2-week CID attachment", "2026-06-12", "close Friday 12/06"),
    A("MN to speak to DI Byrne re supporting the attachment application this week.", "mentor",
      "speak to DI Byrne re supporting the attachment application", "2026-06-05", "this week"),
    A("ZH will arrange to sit in on a PACE interview with the burglary team.", "mentee",
      "arrange to sit in on a PACE interview with the burglary team"),
]),

N("act-te-013", "2026-06-02", "informal", "transcript", "youth football coaching", """
Rangi / Jorge \u2014 post-training chat, 2 June
Jorge: your sessions are good but the warm-up eats 25 min
Rangi: yeah I know
Jorge: cut the warm-up to 12, use the rondo. Try it Thursday and Saturday
Rangi: ok will do both
Jorge: and the parents thing \u2014 send that email about pick-up times
Rangi: sent it this morning actually
Jorge: \U0001F44D I'll film Saturday so we can watch back
""", [
    A("cut the warm-up to 12, use the rondo. Try it Thursday and Saturday", "mentee", "cut the warm-up to 12",
      "2026-06-06", "Thursday and Saturday", anchor="Saturday"),
    A("I'll film Saturday so we can watch back", "mentor", "film", "2026-06-06", "Saturday"),
]),

N("act-te-014", "2026-06-03", "formal", "email", "merchant navy", """
Subject: Mentoring \u2013 actions from our call

Hi Aiyana,

Good to hear you're settling in on the Nordic Star. As we agreed on the call:

- Complete your TRB sections on cargo operations and mooring, countersigned by the Chief Officer, before you sign off at the end of the month.
- Send me a photo of your completed passage plan for the Rotterdam leg so I can go through it with you \u2014 Monday week is fine.
- I'll speak to the company about extending your sea time to cover the dry dock period.

You mentioned you're thinking of the engineering stream instead of deck. Happy to talk about it, no pressure either way.

Fair winds,
Capt. Rasmussen
""", [
    A("Complete your TRB sections on cargo operations and mooring, countersigned by the Chief Officer, before you sign off at the end of the month.",
      "mentee", "Complete your TRB sections on cargo operations and mooring", "2026-06-30",
      "before you sign off at the end of the month", anchor="the end of the month"),
    A("Send me a photo of your completed passage plan for the Rotterdam leg so I can go through it with you \u2014 Monday week is fine.",
      "mentee", "Send me a photo of your completed passage plan for the Rotterdam leg", "2026-06-15", "Monday week"),
    A("I'll speak to the company about extending your sea time to cover the dry dock period.", "mentor",
      "speak to the company about extending your sea time"),
]),

N("act-te-015", "2026-06-04", "informal", "shorthand", "wind energy", """
Mentoring Notiz 04.06. \u2013 Svetlana / me (Jonas)
- GWO refresher expires in July! Svetlana books the course latest KW 25
- she asks about the blade inspection team. I will ask Henrik if there is place for her in autumn.
- climbing fitness ok.
- she will write the report for turbine 14 fault till Monday, was late last time
""", [
    A("Svetlana books the course latest KW 25", "mentee", "books the course", "2026-06-19", "latest KW 25"),
    A("I will ask Henrik if there is place for her in autumn.", "mentor", "ask Henrik if there is place for her"),
    A("she will write the report for turbine 14 fault till Monday, was late last time", "mentee",
      "write the report for turbine 14 fault", "2026-06-08", "till Monday"),
]),

N("act-te-016", "2026-06-08", "group", "mixed", "film production", """
Production trainees \u2013 group mentoring \u2013 8 June
with Chiara (line producer); Hamza, In\u00e9s, Oluwaseun
We talked about moving from PA to 3rd AD. Everybody agrees the call sheet is the key skill.
Hamza: will shadow the 2nd AD on the night shoots next week and draft the call sheet for one day himself.
In\u00e9s is already doing call sheets on the short film, so she'll share her template with the others tonight.
Oluwaseun wants to go towards locations instead \u2014 Chiara will introduce him to the location manager, Sami.
Everyone: watch the 'Crew Call' webinar on budgeting before our next meeting on 22 June.
Chiara suggested keeping a set diary. Nobody committed; In\u00e9s said she might.
""", [
    A("Hamza: will shadow the 2nd AD on the night shoots next week and draft the call sheet for one day himself.",
      "Hamza", "shadow the 2nd AD on the night shoots", "2026-06-19", "next week"),
    A("Hamza: will shadow the 2nd AD on the night shoots next week and draft the call sheet for one day himself.",
      "Hamza", "draft the call sheet for one day himself"),
    A("In\u00e9s is already doing call sheets on the short film, so she'll share her template with the others tonight.",
      "In\u00e9s", "share her template with the others", "2026-06-08", "tonight"),
    A("Oluwaseun wants to go towards locations instead \u2014 Chiara will introduce him to the location manager, Sami.",
      "mentor", "introduce him to the location manager, Sami"),
    A("Everyone: watch the 'Crew Call' webinar on budgeting before our next meeting on 22 June.", "mentee",
      "watch the 'Crew Call' webinar on budgeting", "2026-06-22", "before our next meeting on 22 June"),
]),

N("act-te-017", "2026-06-09", "peer", "email", "translation", """
Hola Paulina!

Thank you for the call of today, it helped me a lot. I resume what we said:

1. I will raise my rate for new clients to 0,11 \u20ac/word. I write the new rate card this week.
2. You will send me the contact of the agency in Lyon that is looking for legal translators ES>FR.
3. I will do the CAT tool certification (memoQ) \u2014 I make the exam before the end of the month.
4. About the specialisation in medical translation, I am still not sure, I need more time to think.

Next call in July, I will send you some dates.

Un abrazo,
Luc\u00eda
""", [
    A("I will raise my rate for new clients to 0,11 \u20ac/word.", "mentee", "raise my rate for new clients to 0,11 \u20ac/word"),
    A("I write the new rate card this week.", "mentee", "write the new rate card", "2026-06-12", "this week"),
    A("You will send me the contact of the agency in Lyon that is looking for legal translators ES>FR.", "mentor",
      "send me the contact of the agency in Lyon"),
    A("I will do the CAT tool certification (memoQ) \u2014 I make the exam before the end of the month.", "mentee",
      "do the CAT tool certification (memoQ)", "2026-06-30", "before the end of the month"),
    A("Next call in July, I will send you some dates.", "mentee", "send you some dates"),
]),

N("act-te-018", "2026-06-10", "formal", "bullets", "hotel front office", """
Mentoring catch-up \u2013 Marisol (front office supervisor) \u2013 10/6
- Night audit errors down from 6 to 2 a week since she started the checklist \U0001F44F
- She's keen on the Assistant FOM role. Agreed she'll ask Karen for a stretch project \u2013 leading the PMS upgrade training is the obvious one. Will ask by Friday arvo.
- I'll send her the upgrade project plan so she knows what she's asking for
- She'll do the revenue management short course online \u2013 starts 1 July, she'll enrol in the next fortnight
- Uni reunion trip in Aug, she'll be away 2 wks \u2013 no action, just noting
""", [
    A("Agreed she'll ask Karen for a stretch project \u2013 leading the PMS upgrade training is the obvious one. Will ask by Friday arvo.",
      "mentee", "ask Karen for a stretch project", "2026-06-12", "by Friday arvo"),
    A("I'll send her the upgrade project plan so she knows what she's asking for", "mentor",
      "send her the upgrade project plan"),
    A("She'll do the revenue management short course online \u2013 starts 1 July, she'll enrol in the next fortnight",
      "mentee", "do the revenue management short course online"),
    A("She'll do the revenue management short course online \u2013 starts 1 July, she'll enrol in the next fortnight",
      "mentee", "enrol", "2026-06-24", "in the next fortnight"),
]),

N("act-te-019", "2026-06-11", "informal", "prose", "trade union organising", """
Met Dmitri after the branch meeting. First month as a workplace rep at the depot and he's already had three members come to him about the new shift patterns. He's worried about saying the wrong thing. We agreed he won't give advice on individual grievances yet \u2014 he'll pass them to me and sit in on the hearings to learn. The first hearing is on the 19th; he'll come to that one with me. He'll also do the TUC reps' stage 1 course; I'll send him the link to book (there's a cohort in September). I suggested he keep a simple log of who raises what. He said he'd rather not write things down about members yet, which is a fair instinct, so we left it.
""", [
    A("We agreed he won't give advice on individual grievances yet \u2014 he'll pass them to me and sit in on the hearings to learn.",
      "mentee", "pass them to me"),
    A("We agreed he won't give advice on individual grievances yet \u2014 he'll pass them to me and sit in on the hearings to learn.",
      "mentee", "sit in on the hearings"),
    A("The first hearing is on the 19th; he'll come to that one with me.", "mentee", "come to that one with me",
      "2026-06-19", "on the 19th"),
    A("He'll also do the TUC reps' stage 1 course; I'll send him the link to book (there's a cohort in September).",
      "mentee", "do the TUC reps' stage 1 course"),
    A("He'll also do the TUC reps' stage 1 course; I'll send him the link to book (there's a cohort in September).",
      "mentor", "send him the link to book"),
]),

N("act-te-020", "2026-06-12", "reverse", "transcript", "cybersecurity", """
reverse mentoring / Yuki (SOC analyst, mentor) & Patrick (CFO, mentee) / 12 Jun
Patrick: so the phishing sim \u2014 I clicked. Embarrassing.
Yuki: 38% of the exec team clicked. You're in good company.
Patrick: What gave it away, looking back?
Yuki: The sender domain. We went through the headers together just now.
Patrick: Should I tell my team I failed it?
Yuki: Up to you. Some execs have found it helps.
Patrick: Let me sit with that.
"""),

N("act-te-021", "2026-06-15", "formal", "email", "architecture", """
Subject: ARE prep + portfolio \u2014 recap

Hi Kofi,

Great session today. Recap:

\u2192 You'll schedule your PcM exam for no later than 8/14 and send me your study calendar by 6/19.
\u2192 I'll pull two of my old PPD practice problems and email them over.
\u2192 On the portfolio: you're going to reshoot the Delancey St. model photos this weekend (the current ones are too dark).
\u2192 You asked about moving to the healthcare studio \u2014 let's revisit after the Delancey submittal.

Also \u2014 congrats on the AIA chapter award!

Best,
Renata
""", [
    A("You'll schedule your PcM exam for no later than 8/14 and send me your study calendar by 6/19.", "mentee",
      "schedule your PcM exam"),
    A("You'll schedule your PcM exam for no later than 8/14 and send me your study calendar by 6/19.", "mentee",
      "send me your study calendar", "2026-06-19", "by 6/19"),
    A("I'll pull two of my old PPD practice problems and email them over.", "mentor",
      "pull two of my old PPD practice problems"),
    A("On the portfolio: you're going to reshoot the Delancey St. model photos this weekend (the current ones are too dark).",
      "mentee", "reshoot the Delancey St. model photos", "2026-06-21", "this weekend"),
], fmt="mdy"),

N("act-te-022", "2026-06-16", "informal", "shorthand", "insurance underwriting", """
16/06 mentoring \u2014 Farah / Nils
topic: moving from SME property to marine cargo
TODO: Farah \u2192 set up coffee w/ Ivo (marine lead) b4 end June
TODO: Nils \u2192 forward Farah the marine cargo clauses training deck
TODO: Farah \u2192 do the CII M92 module, target sitting Oct
Farah said she'd "look at" the Lloyd's market course, not a commitment imo
""", [
    A("TODO: Farah \u2192 set up coffee w/ Ivo (marine lead) b4 end June", "mentee", "set up coffee w/ Ivo (marine lead)",
      "2026-06-30", "b4 end June"),
    A("TODO: Nils \u2192 forward Farah the marine cargo clauses training deck", "mentor",
      "forward Farah the marine cargo clauses training deck"),
    A("TODO: Farah \u2192 do the CII M92 module, target sitting Oct", "mentee", "do the CII M92 module"),
]),

N("act-te-023", "2026-06-17", "group", "bullets", "public library", """
Library assistants mentoring circle \u2014 17 June
Facilitator: H\u00e9l\u00e8ne | Pita, Ngozi, Sven
\u2022 Pita will run the Saturday coding club on his own from July (first one 4 July) \u2014 H\u00e9l\u00e8ne to observe the first session
\u2022 Ngozi is collecting feedback on the new self-service kiosks; she'll write a one-page summary for the branch meeting on 1 July
\u2022 Sven: no action this month (annual leave)
\u2022 Group: everyone to bring one idea for the autumn events programme next time (15 July)
""", [
    A("Pita will run the Saturday coding club on his own from July (first one 4 July) \u2014 H\u00e9l\u00e8ne to observe the first session",
      "Pita", "run the Saturday coding club on his own", "2026-07-04", "first one 4 July"),
    A("Pita will run the Saturday coding club on his own from July (first one 4 July) \u2014 H\u00e9l\u00e8ne to observe the first session",
      "mentor", "observe the first session", "2026-07-04", "first one 4 July"),
    A("Ngozi is collecting feedback on the new self-service kiosks; she'll write a one-page summary for the branch meeting on 1 July",
      "Ngozi", "write a one-page summary", "2026-07-01", "for the branch meeting on 1 July"),
    A("Group: everyone to bring one idea for the autumn events programme next time (15 July)", "mentee",
      "bring one idea for the autumn events programme", "2026-07-15", "next time (15 July)"),
]),

N("act-te-024", "2026-06-08", "formal", "bullets", "aviation maintenance", """
## Mentoring log #4 \u2014 Tomasz W. / Ingrid S.
Date: 2026-06-08

Review of #3
1) fuel system tasks: 2 of 3 done, the third is planned on 2026-06-10 \u2192 still open
2) rostering on C-check: confirmed by planning \u2713
3) Module 13: booked for 2026-07-21 \u2713
4) AMM ch. 28: read, we discussed the fuel quantity indication section today \u2713

New
5) Tomasz \u2192 prepare a 5-min briefing on the fuel tank entry procedure for the C-check team, before entry (2026-06-22)
6) Ingrid \u2192 check with Quality if Tomasz can do the tank entry as second person
""", [
    A("Tomasz \u2192 prepare a 5-min briefing on the fuel tank entry procedure for the C-check team, before entry (2026-06-22)",
      "mentee", "prepare a 5-min briefing on the fuel tank entry procedure for the C-check team", "2026-06-22",
      "before entry (2026-06-22)"),
    A("Ingrid \u2192 check with Quality if Tomasz can do the tank entry as second person", "mentor",
      "check with Quality if Tomasz can do the tank entry as second person"),
], prev="act-te-001", carried=[
    C(0, "open", "fuel system tasks: 2 of 3 done, the third is planned on 2026-06-10 \u2192 still open"),
    C(1, "done", "rostering on C-check: confirmed by planning \u2713"),
    C(2, "done", "Module 13: booked for 2026-07-21 \u2713"),
    C(3, "done", "AMM ch. 28: read"),
]),

N("act-te-025", "2026-05-28", "formal", "mixed", "social work", """
ASYE supervision & mentoring \u2014 Thandiwe M. \u2014 28 May 2026
Follow-up from 14 May:
\u2192 Risk analysis redraft: received Tuesday 19 May, a day early. \u2714
\u2192 My comments: sent Thursday 21 May. \u2714
\u2192 Walkthrough with Mr Okafor: not yet \u2014 he was on leave; booked for 1 June, the day before conference.
Today we prepared for the conference itself. Thandiwe will prepare a one-page summary for the family in plain language and share it with them by 1 June, the day before. I will attend the conference on 2 June as her supervisor but she will present.
On the 5pm recording idea from last time: she has decided to finish her recording by 5pm on Tuesdays and Thursdays, starting next week. We will review on 25 June.
""", [
    A("Thandiwe will prepare a one-page summary for the family in plain language and share it with them by 1 June, the day before.",
      "mentee", "prepare a one-page summary for the family in plain language", "2026-06-01", "by 1 June"),
    A("I will attend the conference on 2 June as her supervisor but she will present.", "mentor",
      "attend the conference", "2026-06-02", "on 2 June"),
    A("I will attend the conference on 2 June as her supervisor but she will present.", "mentee",
      "present", "2026-06-02", "on 2 June"),
    A("On the 5pm recording idea from last time: she has decided to finish her recording by 5pm on Tuesdays and Thursdays, starting next week.",
      "mentee", "finish her recording by 5pm on Tuesdays and Thursdays", "2026-06-05", "starting next week"),
], prev="act-te-003", carried=[
    C(0, "done", "Risk analysis redraft: received Tuesday 19 May, a day early. \u2714"),
    C(1, "done", "My comments: sent Thursday 21 May. \u2714"),
    C(2, "open", "Walkthrough with Mr Okafor: not yet \u2014 he was on leave; booked for 1 June, the day before conference."),
]),

N("act-te-026", "2026-06-18", "informal", "email", "mining engineering", """
Subject: note to self \u2014 mentoring w/ Ekaterina, 18 Jun

Didn't agree any actions today, on purpose. Ekaterina thinks I'm trying to fix too many things at once (ventilation survey, the grad presentation, the shift-boss course). She asked me which one matters most in 6 months. I didn't have an answer. Leaving it for now \u2014 we said we'd see where I am after the shutdown.

Things she said that stuck:
- "you don't have to volunteer for every working group"
- the ventilation survey was good work, regardless of what the GM said
"""),

N("act-te-027", "2026-06-22", "formal", "prose", "early years education", """
Mentoring with Mrs. Achterberg \u2014 22.06
We talk about my observations in the nursery. My learning journals are too descriptive, she say I need more 'next steps' for each child. Until Friday I will rewrite the journals for my key group (6 children) with next steps. She will bring me examples of good journals from her old setting on Wednesday. Also she thinks I should do the Level 3 paediatric first aid but it is already done in March, so ok. For the summer I would like to try forest school sessions, but the manager must agree first, so for now I only ask the manager.
""", [
    A("Until Friday I will rewrite the journals for my key group (6 children) with next steps.", "mentee",
      "rewrite the journals for my key group (6 children)", "2026-06-26", "Until Friday"),
    A("She will bring me examples of good journals from her old setting on Wednesday.", "mentor",
      "bring me examples of good journals from her old setting", "2026-06-24", "on Wednesday"),
    A("For the summer I would like to try forest school sessions, but the manager must agree first, so for now I only ask the manager.",
      "mentee", "ask the manager"),
]),
]

TEST += [
N("act-te-028", "2026-05-29", "peer", "transcript", "game development", """
[peer mentoring \u2014 Kenji / Anouk \u2014 fri 29.05.]
00:01 Kenji: so did the reference levels thing work?
00:02 Anouk: asked on monday, he sent 3, and now i get what he wants. approved yesterday!!
00:04 Anouk: did you do the outline?
00:04 Kenji: only half done. sending it sunday, promise
00:05 Anouk: ok and i'll give notes by wednesday then
00:07 Kenji: playtest was good yesterday btw, your jump feels floaty
00:08 Anouk: noted. i'll tune gravity before next playtest
00:10 both: next playtest 11.06.
""", [
    A("sending it sunday, promise", "Kenji", "sending it", "2026-05-31", "sunday"),
    A("ok and i'll give notes by wednesday then", "Anouk", "give notes", "2026-06-03", "by wednesday"),
    A("i'll tune gravity before next playtest", "Anouk", "tune gravity", "2026-06-11", "before next playtest",
      anchor="11.06."),
    A("next playtest 11.06.", "both", "playtest", "2026-06-11", "11.06."),
], prev="act-te-004", carried=[
    C(0, "done", "asked on monday, he sent 3"),
    C(1, "open", "only half done."),
    C(2, "open", "ok and i'll give notes by wednesday then"),
    C(3, "done", "playtest was good yesterday btw"),
]),

N("act-te-029", "2026-06-29", "formal", "bullets", "policing", """
Mentoring record \u2014 PC Z. Hussain \u2014 DS M. Nowak \u2014 29/06/26
Review:
\u2022 NIE questions: ZH averaging 15/day not 20 \u2014 shifts. Continuing.
\u2022 CID attachment: applied 10/06 \u2713 \u2014 starts 3 August.
\u2022 DI Byrne: MN spoke to him 04/06 \u2713, he supported the application.
\u2022 PACE interview: not arranged yet, burglary team short-staffed \u2014 agreed to park it until after the attachment.
New commitments:
\u2022 ZH to read the MIRSAP summary before the attachment starts.
\u2022 MN to ask the attachment supervisor to give ZH a live case file to work on.
""", [
    A("ZH to read the MIRSAP summary before the attachment starts.", "mentee", "read the MIRSAP summary",
      "2026-08-03", "before the attachment starts", anchor="3 August"),
    A("MN to ask the attachment supervisor to give ZH a live case file to work on.", "mentor",
      "ask the attachment supervisor to give ZH a live case file"),
], prev="act-te-012", carried=[
    C(0, "open", "NIE questions: ZH averaging 15/day not 20 \u2014 shifts. Continuing."),
    C(1, "done", "CID attachment: applied 10/06 \u2713"),
    C(2, "done", "DI Byrne: MN spoke to him 04/06 \u2713"),
    C(3, "open", "PACE interview: not arranged yet, burglary team short-staffed \u2014 agreed to park it until after the attachment."),
]),

N("act-te-030", "2026-06-02", "formal", "shorthand", "warehouse logistics", """
Mentoring session \u2013 warehouse ops \u2013 02.06.2026
Mentee: Bogdan | Mentor: Hilde

Last time | Status
Pick-rate data by zone | done \u2013 zone C is the bottleneck
WMS super-user intro | done, Bogdan joined the group call 28.05
Peak rota proposal | in progress, due end of June
Forklift refresher | booked 09.06 \u2713

What | Who | When
Trial moving fast-movers from zone C to zone A for one week | Bogdan | w/c 08.06
Ask site manager to approve the trial | Hilde | tomorrow
""", [
    A("Trial moving fast-movers from zone C to zone A for one week | Bogdan | w/c 08.06", "mentee",
      "Trial moving fast-movers from zone C to zone A", "2026-06-12", "w/c 08.06"),
    A("Ask site manager to approve the trial | Hilde | tomorrow", "mentor", "Ask site manager to approve the trial",
      "2026-06-03", "tomorrow"),
], prev="act-te-006", carried=[
    C(0, "done", "Pick-rate data by zone | done \u2013 zone C is the bottleneck"),
    C(1, "done", "WMS super-user intro | done, Bogdan joined the group call 28.05"),
    C(2, "open", "Peak rota proposal | in progress, due end of June"),
    C(3, "done", "Forklift refresher | booked 09.06 \u2713"),
]),

N("act-te-031", "2026-06-23", "formal", "transcript", "midwifery", """
Preceptorship check-in \u2014 Rahel (band 5 midwife) \u2014 23.06
[mentor] How have the night shifts on labour ward been?
[Rahel] Better. The PPH last Tuesday shook me but the debrief helped.
[mentor] What did you take from the debrief?
[Rahel] That I called for help at the right time. I didn't believe that before.
[mentor] Anything you want to work on before we next meet?
[Rahel] Not really. I want to consolidate.
[mentor] That's fine. We'll meet again in four weeks.
"""),

N("act-te-032", "2026-06-24", "peer", "bullets", "penetration testing", """
\U0001F510 peer mentoring \u2014 Ahmad & Mei \u2014 24/06
Ahmad
- OSCP attempt #2 booked for 18 Aug. Going to do one HTB box every weekday till then
- asked Mei to review his report template \u2192 she'll send comments Fri
Mei
- wants to move into red team. she'll write up the AD attack path from the Q2 engagement as a blog post (internal), draft by 10 July
- we'll both submit a talk to BSides before the CFP closes 31 July
""", [
    A("Going to do one HTB box every weekday till then", "Ahmad", "do one HTB box every weekday", "2026-08-18",
      "till then", anchor="18 Aug"),
    A("asked Mei to review his report template \u2192 she'll send comments Fri", "Mei", "send comments",
      "2026-06-26", "Fri"),
    A("she'll write up the AD attack path from the Q2 engagement as a blog post (internal), draft by 10 July", "Mei",
      "write up the AD attack path from the Q2 engagement as a blog post", "2026-07-10", "draft by 10 July"),
    A("we'll both submit a talk to BSides before the CFP closes 31 July", "both", "submit a talk to BSides",
      "2026-07-31", "before the CFP closes 31 July"),
]),

N("act-te-033", "2026-06-25", "informal", "transcript", "real estate", """
Call notes \u2014 me (Dwayne, broker) / mentee: Yesenia, new agent \u2014 6/25
Yesenia: I've had 3 listing appointments and signed zero.
Dwayne: Walk me through the last one.
Yesenia: I led with my commission split. They went with Coldwell.
Dwayne: Next one, lead with the comps. I'll send you my listing presentation tonight.
Yesenia: The next one is Saturday.
Dwayne: Then practice the comps section with me Friday at 4.
Yesenia: OK. I'll also finish my CMA for the Birchwood property by then.
Dwayne: And you asked about the CRS designation. Not yet, focus on listings.
""", [
    A("I'll send you my listing presentation tonight.", "mentor", "send you my listing presentation", "2026-06-25",
      "tonight"),
    A("Then practice the comps section with me Friday at 4.", "both", "practice the comps section", "2026-06-26",
      "Friday at 4"),
    A("I'll also finish my CMA for the Birchwood property by then.", "mentee", "finish my CMA for the Birchwood property",
      "2026-06-26", "by then", anchor="Friday at 4"),
], fmt="mdy"),

N("act-te-034", "2026-06-22", "group", "mixed", "film production", """
Production trainees \u2013 group mentoring \u2013 22 June
Chiara; Hamza, In\u00e9s, Oluwaseun
Updates: Hamza shadowed two of the three night shoots (third was cancelled) and drafted the call sheet for day 14 \u2014 the 2nd AD used it with small changes! In\u00e9s shared her template the same night. Chiara introduced Oluwaseun to Sami; he is on the recce next week. The webinar: In\u00e9s and Hamza watched, Oluwaseun didn't manage.
New:
Oluwaseun: build a location pack for one set from his recce photos, show the group on 6 July.
Hamza: ask the 1st AD if he can be 3rd AD trainee on the September shoot.
Chiara: nothing new, just chasing the insurance for the trainees.
""", [
    A("Oluwaseun: build a location pack for one set from his recce photos, show the group on 6 July.", "Oluwaseun",
      "build a location pack for one set", "2026-07-06", "on 6 July"),
    A("Hamza: ask the 1st AD if he can be 3rd AD trainee on the September shoot.", "Hamza",
      "ask the 1st AD if he can be 3rd AD trainee"),
    A("Chiara: nothing new, just chasing the insurance for the trainees.", "mentor",
      "chasing the insurance for the trainees"),
], prev="act-te-016", carried=[
    C(0, "done", "Hamza shadowed two of the three night shoots (third was cancelled)"),
    C(1, "done", "drafted the call sheet for day 14"),
    C(2, "done", "In\u00e9s shared her template the same night."),
    C(3, "done", "Chiara introduced Oluwaseun to Sami"),
    C(4, "open", "The webinar: In\u00e9s and Hamza watched, Oluwaseun didn't manage."),
]),

N("act-te-035", "2026-06-22", "group", "bullets", "fire and rescue", """
Crew Manager development group \u2014 Blue Watch \u2014 22/06/2026
Mentor: WM Teodora Ilic | Kwame, Astrid, Declan

[x] Kwame \u2014 IC level 1 e-learning: completed 10/06
[x] Astrid \u2014 shadowed CM Patel twice; write-ups done
[ ] Declan \u2014 drill: prepared but not delivered, watch was on a call. Will deliver Thursday 25/06.
[x] all \u2014 BA procedures read (exercise moved to 02/07)
[ ] Teodora \u2014 SM not replied re acting-up. Will chase at Friday's station meeting.

New:
[ ] Astrid \u2014 present her two learning points at the watch debrief on 02/07
[ ] Kwame \u2014 book IC level 1 assessment, aim for before end of July
""", [
    A("Will deliver Thursday 25/06.", "Declan", "deliver", "2026-06-25", "Thursday 25/06"),
    A("Will chase at Friday's station meeting.", "mentor", "chase", "2026-06-26", "at Friday's station meeting",
      anchor="Friday"),
    A("Astrid \u2014 present her two learning points at the watch debrief on 02/07", "Astrid",
      "present her two learning points at the watch debrief", "2026-07-02", "on 02/07"),
    A("Kwame \u2014 book IC level 1 assessment, aim for before end of July", "Kwame", "book IC level 1 assessment"),
], prev="act-te-009", carried=[
    C(0, "done", "Kwame \u2014 IC level 1 e-learning: completed 10/06"),
    C(1, "done", "Astrid \u2014 shadowed CM Patel twice"),
    C(2, "done", "write-ups done"),
    C(3, "done", "drill: prepared"),
    C(4, "open", "not delivered, watch was on a call."),
    C(5, "done", "all \u2014 BA procedures read"),
    C(6, "done", "SM not replied re acting-up."),
]),

N("act-te-036", "2026-06-17", "informal", "prose", "orchestral music", """
Meeting with Mateus 17.06. The recordings: he sent every Sunday except one (he was sick), the Don Juan is much more clean now. Frau Lindqvist I wrote the same evening as promised, he had already one lesson with her, second is next week. New: he will now add the Mendelssohn scherzo excerpt to the weekly recording, also until the audition. I will organise a mock audition with three colleagues from the section in the week of 10 August. He decided finally for the Hindemith.
""", [
    A("New: he will now add the Mendelssohn scherzo excerpt to the weekly recording, also until the audition.",
      "mentee", "add the Mendelssohn scherzo excerpt to the weekly recording"),
    A("I will organise a mock audition with three colleagues from the section in the week of 10 August.", "mentor",
      "organise a mock audition with three colleagues from the section"),
], prev="act-te-007", carried=[
    C(0, "open", "The recordings: he sent every Sunday except one (he was sick)"),
    C(1, "done", "Frau Lindqvist I wrote the same evening as promised"),
]),

N("act-te-037", "2026-07-01", "informal", "email", "humanitarian aid", """
Subject: thank you

Dear Kwabena,

Thank you for listening yesterday \u2014 sorry, today, time zones. I know we didn't set any actions, and I think that was right. After the Goma rotation I needed to talk more than plan.

You asked whether I want to stay in field roles or move to HQ. I still don't know, honestly. Maybe I will know after the R&R.

With gratitude,
Sol\u00e8ne
"""),

N("act-te-038", "2026-07-02", "formal", "shorthand", "winemaking", """
02/07 \u2013 suivi mentorat \u2013 \u00c9lodie (assistant winemaker)
- vendanges pr\u00e9vues ~ 1 Sept
- \u00c9lodie: finish the barrel inventory + topping schedule for cellar 2, for 15/07
- \u00c9lodie: write the harvest-day SOP for the new press, draft before 1st Aug
- me: order the new refractometers this week
- me: ask the cooperative if she can do 2 days of the WSET diploma tasting prep with them \u2192 maybe
""", [
    A("\u00c9lodie: finish the barrel inventory + topping schedule for cellar 2, for 15/07", "mentee",
      "finish the barrel inventory + topping schedule for cellar 2", "2026-07-15", "for 15/07"),
    A("\u00c9lodie: write the harvest-day SOP for the new press, draft before 1st Aug", "mentee",
      "write the harvest-day SOP for the new press", "2026-08-01", "draft before 1st Aug"),
    A("me: order the new refractometers this week", "mentor", "order the new refractometers", "2026-07-03", "this week"),
    A("me: ask the cooperative if she can do 2 days of the WSET diploma tasting prep with them \u2192 maybe", "mentor",
      "ask the cooperative if she can do 2 days of the WSET diploma tasting prep with them"),
]),

N("act-te-039", "2026-07-07", "formal", "bullets", "semiconductor manufacturing", """
Mentoring \u2013 Process Eng \u2013 Thao N. (mentee) / Dr. Lars Ek
7/7/26
Focus: leading her first DOE on the etch tool
- Thao to write the DOE plan (factors, levels, runs) and review w/ Lars by 7/14
- Lars to get tool time approved with the module owner \u2013 target 7/20-7/24 window
- Thao to take the JMP DOE e-course before she runs anything
- Discussed: conference poster at SPIE? Thao not keen this year.
""", [
    A("Thao to write the DOE plan (factors, levels, runs) and review w/ Lars by 7/14", "mentee",
      "write the DOE plan (factors, levels, runs)", "2026-07-14", "by 7/14"),
    A("Lars to get tool time approved with the module owner \u2013 target 7/20-7/24 window", "mentor",
      "get tool time approved with the module owner"),
    A("Thao to take the JMP DOE e-course before she runs anything", "mentee", "take the JMP DOE e-course"),
], fmt="mdy"),

N("act-te-040", "2026-07-02", "informal", "shorthand", "wind energy", """
Mentoring Notiz 02.07. \u2013 Svetlana / me (Jonas)
- GWO refresher: booked for 20.07. \u2713
- blade team: Henrik says maybe in October, I ask again in September
- report turbine 14: was on time this time \u2713
- new: she will lead the toolbox talk on Monday about rescue kit, I prepare the slides with her on Friday
""", [
    A("blade team: Henrik says maybe in October, I ask again in September", "mentor", "ask again", "2026-09-30",
      "in September"),
    A("new: she will lead the toolbox talk on Monday about rescue kit, I prepare the slides with her on Friday", "mentee",
      "lead the toolbox talk", "2026-07-06", "on Monday"),
    A("new: she will lead the toolbox talk on Monday about rescue kit, I prepare the slides with her on Friday", "both",
      "prepare the slides", "2026-07-03", "on Friday"),
], prev="act-te-015", carried=[
    C(0, "done", "GWO refresher: booked for 20.07. \u2713"),
    C(1, "done", "blade team: Henrik says maybe in October"),
    C(2, "done", "report turbine 14: was on time this time \u2713"),
]),

N("act-te-041", "2026-05-26", "informal", "shorthand", "journalism", """
mentoring w/ Siobhan 26/5
- pitch rewrite came thurs as agreed, much stronger. went to conference tues, commissioned!!
- declan said no to co-byline, too busy w/ the inquiry
- FOI still not back (due 27/5)
- next: she'll chase the council press office if nothing by fri
- i'll ask Ois\u00edn on the data desk tomorrow if she can spend a half day with them on spreadsheets
""", [
    A("next: she'll chase the council press office if nothing by fri", "mentee", "chase the council press office"),
    A("i'll ask Ois\u00edn on the data desk tomorrow if she can spend a half day with them on spreadsheets", "mentor",
      "ask Ois\u00edn on the data desk", "2026-05-27", "tomorrow"),
], prev="act-te-002", carried=[
    C(0, "done", "pitch rewrite came thurs as agreed, much stronger."),
    C(1, "done", "declan said no to co-byline, too busy w/ the inquiry"),
]),

N("act-te-042", "2026-07-08", "group", "bullets", "forestry", """
Forestry apprentices \u2014 group mentoring \u2014 08/07
with: Tane, Ilse, Bartek | mentor: Morag
\u2022 chainsaw tickets: all three passed CS30/31 last month \U0001F389
\u2022 talked about the heat \u2014 Bartek felt unwell on the Tuesday, we discussed hydration & the new shade breaks (site manager already brought them in)
\u2022 Ilse asked about the degree apprenticeship; intake isn't until next year, nothing to do now
\u2022 no actions this month, summer shutdown from the 20th
"""),

N("act-te-043", "2026-07-09", "formal", "prose", "speech and language therapy", """
Clinical mentoring \u2014 Paulina K. (NQP, paediatric SLT) \u2014 9 July 2026

Paulina has now been in post for four months, working across two primary schools and the community clinic. Overall she is doing well: her assessment reports are clear and the schools speak highly of her. Today she wanted to focus on two things: managing a caseload that has grown to 46 children, and a parent who has made a complaint about waiting times.

On the caseload, we used the prioritisation framework from the service's guidance. She is going to re-rate all 46 children against the framework and bring the list to our next session on 23 July, so we can agree together which children move to a consultative model. I will check with the team lead whether the clinic can offer two group sessions for the language-delay children in September, which would free up some individual slots.

On the complaint, she has already acknowledged it within the 48-hour standard, which is good. She will draft the full response and send it to me by Monday 13 July; I'll review it the same day so it can go out within the 20-working-day deadline. She asked whether she should phone the parent first. We talked it through and she decided she will, tomorrow morning, before writing anything.

We also touched on CPD. She would like to do the Elklan training eventually, but there is no funding this year, so nothing to do for now. I suggested she could keep a reflective log on the complaint for her portfolio; she thought that was a good idea and will write it up after the response has gone out.

She looked tired. We agreed she will take her full lunch break on clinic days \u2014 she has been skipping it.
""", [
    A("She is going to re-rate all 46 children against the framework and bring the list to our next session on 23 July, so we can agree together which children move to a consultative model.",
      "mentee", "re-rate all 46 children against the framework", "2026-07-23", "to our next session on 23 July"),
    A("I will check with the team lead whether the clinic can offer two group sessions for the language-delay children in September, which would free up some individual slots.",
      "mentor", "check with the team lead whether the clinic can offer two group sessions"),
    A("She will draft the full response and send it to me by Monday 13 July; I'll review it the same day so it can go out within the 20-working-day deadline.",
      "mentee", "draft the full response", "2026-07-13", "by Monday 13 July"),
    A("She will draft the full response and send it to me by Monday 13 July; I'll review it the same day so it can go out within the 20-working-day deadline.",
      "mentor", "review it", "2026-07-13", "the same day", anchor="Monday 13 July"),
    A("She asked whether she should phone the parent first. We talked it through and she decided she will, tomorrow morning, before writing anything.",
      "mentee", "phone the parent", "2026-07-10", "tomorrow morning"),
    A("I suggested she could keep a reflective log on the complaint for her portfolio; she thought that was a good idea and will write it up after the response has gone out.",
      "mentee", "keep a reflective log on the complaint"),
    A("We agreed she will take her full lunch break on clinic days \u2014 she has been skipping it.", "mentee",
      "take her full lunch break on clinic days"),
]),

N("act-te-044", "2026-06-24", "formal", "bullets", "hotel front office", """
Mentoring catch-up \u2013 Marisol \u2013 24/6
- Karen: asked on the Friday \u2713 \u2013 she's got the PMS training lead role, kicks off 6 July
- Project plan: I sent it the Monday after, bit late
- Rev mgmt course: not enrolled \u2014 she's decided to skip it this year, the PMS project is enough. Dropped.
- Next: Marisol to draft the training schedule for all 14 FO staff across 3 shifts, send to Karen by 1 July
- I'll cover her Tuesday shift on the 30th so she can do the super-user session
""", [
    A("Next: Marisol to draft the training schedule for all 14 FO staff across 3 shifts, send to Karen by 1 July",
      "mentee", "draft the training schedule for all 14 FO staff across 3 shifts", "2026-07-01", "by 1 July"),
    A("I'll cover her Tuesday shift on the 30th so she can do the super-user session", "mentor",
      "cover her Tuesday shift", "2026-06-30", "on the 30th"),
], prev="act-te-018", carried=[
    C(0, "done", "Karen: asked on the Friday \u2713"),
    C(1, "done", "Project plan: I sent it the Monday after, bit late"),
    C(2, "dropped", "Rev mgmt course: not enrolled \u2014 she's decided to skip it this year, the PMS project is enough. Dropped."),
    C(3, "dropped", "Rev mgmt course: not enrolled \u2014 she's decided to skip it this year, the PMS project is enough. Dropped."),
]),

N("act-te-045", "2026-07-13", "formal", "email", "architecture", """
Subject: Re: ARE prep + portfolio \u2014 recap

Hi Kofi,

Quick notes from today's check-in:

Status
- PcM: scheduled for 8/11 \u2713 Study calendar arrived 6/18 \u2713
- PPD problems: I still owe you these, sorry. I'll send them by Wednesday.
- Photos: reshot, huge improvement \u2713

New
- You'll do a timed practice PcM exam this Saturday and tell me your score.
- I'll ask Marcus in HR whether the firm reimburses ARE fees for exams passed before the fall review.

Renata
""", [
    A("I'll send them by Wednesday.", "mentor", "send them", "2026-07-15", "by Wednesday"),
    A("You'll do a timed practice PcM exam this Saturday and tell me your score.", "mentee",
      "do a timed practice PcM exam", "2026-07-18", "this Saturday"),
    A("I'll ask Marcus in HR whether the firm reimburses ARE fees for exams passed before the fall review.", "mentor",
      "ask Marcus in HR whether the firm reimburses ARE fees"),
], prev="act-te-021", carried=[
    C(0, "done", "PcM: scheduled for 8/11 \u2713"),
    C(1, "done", "Study calendar arrived 6/18 \u2713"),
    C(2, "open", "PPD problems: I still owe you these, sorry."),
    C(3, "done", "Photos: reshot, huge improvement \u2713"),
], fmt="mdy"),

N("act-te-046", "2026-07-14", "reverse", "email", "diplomatic service", """
Dear Ambassador Hartmann,

Thank you very much for your time this morning. Please find below a summary of what we agreed in our reverse mentoring session.

(1) I will prepare a short guide (two pages) on how to schedule posts with the embassy's Hootsuite account, and send it to you by Friday 17 July.
(2) You kindly agreed to write the draft text for the post about the cultural festival yourself, and I will check it before publishing.
(3) Regarding the LinkedIn profile photo, you decided to keep the current one.

The festival is on 25 July, so the post should go out the day before.

With best regards,
Yuki Tanaka
""", [
    A("I will prepare a short guide (two pages) on how to schedule posts with the embassy's Hootsuite account, and send it to you by Friday 17 July.",
      "mentor", "prepare a short guide (two pages) on how to schedule posts with the embassy's Hootsuite account",
      "2026-07-17", "by Friday 17 July"),
    A("You kindly agreed to write the draft text for the post about the cultural festival yourself, and I will check it before publishing.",
      "mentee", "write the draft text for the post about the cultural festival"),
    A("You kindly agreed to write the draft text for the post about the cultural festival yourself, and I will check it before publishing.",
      "mentor", "check it"),
]),

N("act-te-047", "2026-07-15", "informal", "shorthand", "craft brewing", """
15/7 quick chat w/ Bj\u00f8rn @ the brewhouse. IPA batch 41 came out great. No actions, he's off to Hamburg till Aug.
"""),

N("act-te-048", "2026-07-20", "formal", "mixed", "air traffic control", """
ATC trainee mentoring \u2014 Student ATCO Anahera P. \u2014 OJTI: Fergus McA.
20/07/26
Sim assessment on Thursday went to a pass with comments (R/T phraseology in busy periods).
Agreed:
\u2013 Anahera to listen back to two recorded sim exercises and note every non-standard phrase, COB Wednesday
\u2013 Fergus to book an extra sim slot focusing on high-traffic arrivals before the 31st
\u2013 Anahera to re-read MATS Part 1 section on conditional clearances
She asked if she can move to the approach rating straight after validation; Fergus explained the unit's policy (12 months aerodrome first). Not agreed.
""", [
    A("Anahera to listen back to two recorded sim exercises and note every non-standard phrase, COB Wednesday", "mentee",
      "listen back to two recorded sim exercises and note every non-standard phrase", "2026-07-22", "COB Wednesday"),
    A("Fergus to book an extra sim slot focusing on high-traffic arrivals before the 31st", "mentor",
      "book an extra sim slot focusing on high-traffic arrivals"),
    A("Anahera to re-read MATS Part 1 section on conditional clearances", "mentee",
      "re-read MATS Part 1 section on conditional clearances"),
]),

N("act-te-049", "2026-07-21", "group", "transcript", "robotics research", """
Robotics lab \u2014 PhD peer-group mentoring (facilitated by Dr. Okoro) \u2014 21.07.
Dr. Okoro: Round-robin. What's blocking you?
Ilinca: Reviewer 2 wants real-robot experiments, I only have sim.
Dr. Okoro: Can you book the UR5 for a week in August?
Ilinca: I'll email the lab manager today.
Jakub: My thesis outline. My supervisor hasn't seen it.
Dr. Okoro: Send it to her before your meeting on the 30th, not at the meeting.
Jakub: Fair. Will do Monday.
Sipho: Nothing blocking. I'll present at the lab meeting next Wednesday.
Dr. Okoro: Good. I'll send everyone the RSS workshop call \u2014 deadline 15 Aug.
""", [
    A("I'll email the lab manager today.", "Ilinca", "email the lab manager", "2026-07-21", "today"),
    A("Send it to her before your meeting on the 30th, not at the meeting.", "Jakub", "Send it to her",
      "2026-07-27", "Monday"),
    A("I'll present at the lab meeting next Wednesday.", "Sipho", "present at the lab meeting", "2026-07-29",
      "next Wednesday"),
    A("I'll send everyone the RSS workshop call \u2014 deadline 15 Aug.", "mentor", "send everyone the RSS workshop call"),
]),

N("act-te-050", "2026-07-15", "peer", "bullets", "penetration testing", """
\U0001F510 peer mentoring \u2014 Ahmad & Mei \u2014 15/07
Ahmad
- HTB: 12 boxes since last time, missed a few days. still going till the exam
- Mei's comments on the report template came on the Friday \u2713 \u2014 rewrote exec summary section
Mei
- blog post draft done 9 July \u2713, comms approved it
- BSides: neither of us has started \U0001F62C \u2192 we'll each draft an abstract by Sunday and swap
- Mei will ask her lead about being on the red team rotation in Q4
""", [
    A("BSides: neither of us has started \U0001F62C \u2192 we'll each draft an abstract by Sunday and swap", "both",
      "draft an abstract", "2026-07-19", "by Sunday"),
    A("Mei will ask her lead about being on the red team rotation in Q4", "Mei",
      "ask her lead about being on the red team rotation"),
], prev="act-te-032", carried=[
    C(0, "open", "HTB: 12 boxes since last time, missed a few days. still going till the exam"),
    C(1, "done", "Mei's comments on the report template came on the Friday \u2713"),
    C(2, "done", "blog post draft done 9 July \u2713"),
    C(3, "open", "BSides: neither of us has started \U0001F62C"),
]),

N("act-te-051", "2026-07-28", "informal", "prose", "esports coaching", """
Chat with Mattias (our academy's Valorant IGL). He's been tilting in scrims and wanted to talk about it rather than fix anything. We talked about how he felt after the loss on Sunday and what he notices in his body before he starts shot-calling badly. I suggested breathing resets between rounds \u2014 he's tried that before and says it doesn't work for him, so we dropped it. He's thinking about taking a week off after the split. No actions; we'll just talk again next week.
"""),

N("act-te-052", "2026-12-17", "informal", "shorthand", "airline pilot training", """
17/12 \u2013 FO Ruiz (type rating done, line training) \u2013 mentor Capt. Adeyemi
- LOFT sim went well, debrief on CRM: good
- FO Ruiz to review the winter ops / de-icing SOPs before her first solo winter sector, latest 8/1
- Capt A to request 2 extra line training sectors w/ him in January
- she'll send the completed line training report to Training Dept before Christmas
- asked about command upgrade timeline \u2192 not for 3-4 yrs, no action
""", [
    A("FO Ruiz to review the winter ops / de-icing SOPs before her first solo winter sector, latest 8/1", "mentee",
      "review the winter ops / de-icing SOPs", "2027-01-08", "latest 8/1"),
    A("Capt A to request 2 extra line training sectors w/ him in January", "mentor",
      "request 2 extra line training sectors w/ him"),
    A("she'll send the completed line training report to Training Dept before Christmas", "mentee",
      "send the completed line training report to Training Dept", "2026-12-25", "before Christmas"),
]),

N("act-te-053", "2026-06-04", "reverse", "transcript", "arable farming", """
Reverse mentoring \u2014 farm tech \u2014 Leilani / Bill \u2014 4 June
Leilani: Did the soil samples go off?
Bill: The lad took them Saturday like I said. Results back \u2014 low nitrogen on both patches.
Leilani: So the NDVI was right.
Bill: Don't rub it in.
Leilani: Drone flyover is booked for the 10th. I'll send the map once it's processed.
Bill: Fine. I'll talk to the agronomist about a variable-rate top dressing for field 7 this week.
Leilani: Want me to set up the variable-rate file in the app for you?
Bill: No, I'll have a go myself first. Show me next time if I make a mess of it.
""", [
    A("I'll send the map once it's processed.", "mentor", "send the map"),
    A("I'll talk to the agronomist about a variable-rate top dressing for field 7 this week.", "mentee",
      "talk to the agronomist about a variable-rate top dressing for field 7", "2026-06-05", "this week"),
    A("No, I'll have a go myself first.", "mentee", "have a go myself"),
], prev="act-te-008", carried=[
    C(0, "done", "The lad took them Saturday like I said."),
    C(1, "done", "Drone flyover is booked for the 10th."),
    C(2, "open", "I'll send the map once it's processed."),
]),

N("act-te-054", "2026-07-28", "reverse", "email", "diplomatic service", """
Dear Ambassador Hartmann,

Thank you for today's session. A short follow-up:

- The Hootsuite guide: sent on 16 July, one day early \u2014 I am glad it was useful.
- Your festival post: you wrote the draft and I checked it; it was published on 24 July and reached 4,100 people, our best result this year.

For next month, as agreed:
(1) You will try replying personally to comments on two posts per week, until the end of August.
(2) I will prepare a simple monthly report of the account statistics, first one on 3 August.

With best regards,
Yuki Tanaka
""", [
    A("You will try replying personally to comments on two posts per week, until the end of August.", "mentee",
      "try replying personally to comments on two posts per week", "2026-08-31", "until the end of August"),
    A("I will prepare a simple monthly report of the account statistics, first one on 3 August.", "mentor",
      "prepare a simple monthly report of the account statistics", "2026-08-03", "first one on 3 August"),
], prev="act-te-046", carried=[
    C(0, "done", "The Hootsuite guide: sent on 16 July, one day early"),
    C(1, "done", "you wrote the draft"),
    C(2, "done", "I checked it"),
]),
]


# --------------------------------------------------------------------------- main

def main(argv):
    check_only = "--check" in argv
    ok = True
    for name, notes, prefix in (("train", TRAIN, "act-tr-"), ("test", TEST, "act-te-")):
        by_id = {}
        built = []
        for n in notes:
            b = build_note(n, by_id)
            by_id[b["id"]] = b
            built.append(b)
        validate(notes, built, prefix)
        data = dumps(built)
        path = os.path.join(HERE, name + ".jsonl")
        if check_only:
            with open(path, encoding="utf-8") as f:
                same = f.read() == data
            print("%s.jsonl %s" % (name, "matches" if same else "DIFFERS from the authored data"))
            ok = ok and same
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(data)
        print("== %s" % name)
        for k, v in stats(built, notes).items():
            print("  %s: %s" % (k, v))
    # the two hands must not share a field
    tr = {n["field"] for n in TRAIN}
    te = {n["field"] for n in TEST}
    assert not (tr & te), "fields shared by train and test: %s" % sorted(tr & te)
    print("validation passed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
