"""What a workspace does with the analyzers' results: a review stored for a mentee carries their open
action items forward, the next plan starts from their history, goals keep every version checked, and
the mentor sees the trend of their own feedback. Composes ``coach.workflows.review``, ``coach.workflows.plan`` and
``coach.analyzers.goals``; no model code of its own.

Example:
    >>> ws = open_workspace("sqlite://"); _ = ws.add_mentee("JD")                  # doctest: +SKIP
    >>> saved = record_review(ws, prepare_review(ws, "JD", "- JD to send the CV by Friday"))  # doctest: +SKIP
    >>> next_plan_request(ws, "JD").carried_actions                                 # doctest: +SKIP
    ['send the CV (mentee, due 2026-03-13)']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field, replace

import sqlalchemy as sa

from coach.analyzers.goals import GOAL_LABEL as _GOAL_LABEL
from coach.analyzers.goals import clean_goal_text
from coach.errors import InputError
from coach.workspace.schema import action_events, actions, dumps, goal_versions, goals, loads, now, sessions
from coach.workspace.store import Workspace, open_workspace
from coach.workspace.types import MEASURES, Goal, MentorTrend, SessionEntry, TrendPoint

__all__ = [
    "MenteeReview",
    "check_goal",
    "match_goal",
    "mentor_trend",
    "next_plan_request",
    "open_workspace",
    "prepare_review",
    "record_review",
    "save_plan",
]

# The newest goals a plan starts from: a session works on a few, not on every goal ever stated.
PLAN_GOALS = 5
# What the last review suggested that the carried items and the goals' SMART gaps do not say already.
REMINDER_KINDS = ("safeguarding", "explore", "feedback", "questions")
# Words that say nothing about which goal it is ("get better at", "improve") do not link two wordings.
_NOT_DISTINCTIVE = set(
    """a an the and or but to of in on at by for with from into about so that this that my our
her his their your i we you he she they it is be get got getting better more less improve improving work
working on goal goals aim want would like will can able much really some next year month week months weeks
""".split()
)


@dataclass
class MenteeReview:
    """A review of a mentee's session notes, made against their open action items, not yet stored.

    ``tracked`` holds the numbers of the action items given to the review as last time's, in order:
    the review's ``carried[i].previous_index`` points into it.
    """

    label: str
    notes: str
    review: object  # NotesReview
    tracked: list[int] = field(default_factory=list)
    previous: list[dict] = field(default_factory=list)  # those items as given to the review

    def to_dict(self) -> dict:
        return {
            "label": self.label,
            "notes": self.notes,
            "review": self.review.to_dict(),
            "tracked": self.tracked,
            "previous": self.previous,
        }


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ers", "er", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _words(text: str) -> set[str]:
    return {
        _stem(w)
        for w in re.findall(r"[a-z0-9]+", _GOAL_LABEL.sub("", text).lower())
        if w not in _NOT_DISTINCTIVE and len(w) > 1
    }


def match_goal(text: str, current: list[tuple[int, str]]) -> int | None:
    """Which of a mentee's goals (``(number, current wording)``) a new wording revises, if any.

    A wording revises a goal when most of the distinctive words of the shorter one are shared
    (the same stem: "presenting" and "Present"); the best such goal wins.

    Example:
        >>> goals = [(1, "get better at presenting"), (2, "network more")]
        >>> match_goal("Present the Q3 results to the board by June", goals)
        1
        >>> match_goal("Pass the AWS exam", [(1, "get better at presenting")]) is None
        True
    """
    new = _words(text)
    best, best_score = None, 0.0
    for number, wording in current:
        old = _words(wording)
        if not new or not old:
            continue
        shared = len(new & old)
        score = shared / min(len(new), len(old))
        if shared >= min(2, len(new), len(old)) and score >= 0.6 and score > best_score:
            best, best_score = number, score
    return best


def _today() -> str:
    return dt.date.today().isoformat()


def _open_session(conn: sa.Connection, mid: int):
    """The mentee's latest session still waiting for its notes, if any."""
    return conn.execute(
        sa.select(sessions)
        .where(sessions.c.mentee_id == mid, sessions.c.review.is_(None))
        .order_by(sessions.c.number.desc())
        .limit(1)
    ).first()


def _next_number(conn: sa.Connection, table, mid: int) -> int:
    return (
        conn.execute(sa.select(sa.func.max(table.c.number)).where(table.c.mentee_id == mid)).scalar_one() or 0
    ) + 1


def _entry(row) -> SessionEntry:
    return SessionEntry(
        row.number, row.session_date, row.created_at, loads(row.plan), row.notes, loads(row.review)
    )


def _add_version(
    conn: sa.Connection,
    mid: int,
    goal: int | None,
    text: str,
    report: dict,
    source: str,
    session_id: int | None,
) -> int:
    """Store a wording as a new goal (``goal`` None) or a new version of goal ``goal``; returns the goal's number."""
    if goal is None:
        goal = _next_number(conn, goals, mid)
        gid = conn.execute(
            goals.insert().values(mentee_id=mid, number=goal, created_at=now())
        ).inserted_primary_key[0]
    else:
        gid = conn.execute(
            sa.select(goals.c.id).where(goals.c.mentee_id == mid, goals.c.number == goal)
        ).scalar_one_or_none()
        if gid is None:
            raise InputError(f"This mentee has no goal {goal}.")
        latest = conn.execute(
            sa.select(goal_versions.c.text)
            .where(goal_versions.c.goal_id == gid)
            .order_by(goal_versions.c.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if latest is not None and latest.strip() == text.strip():
            return goal  # the same wording checked again is not a new version
    conn.execute(
        goal_versions.insert().values(
            goal_id=gid,
            session_id=session_id,
            text=text,
            smart_score=report.get("smart_score") if report.get("is_goal") else None,
            report=dumps(report),
            source=source,
            checked_at=now(),
        )
    )
    return goal


def _current_goals(conn: sa.Connection, mid: int) -> list[tuple[int, str]]:
    """Each goal's number and latest wording, the most recently revised last."""
    latest = (
        sa.select(goal_versions.c.goal_id, sa.func.max(goal_versions.c.id).label("vid"))
        .group_by(goal_versions.c.goal_id)
        .subquery()
    )
    rows = conn.execute(
        sa.select(goals.c.number, goal_versions.c.text)
        .join(latest, latest.c.goal_id == goals.c.id)
        .join(goal_versions, goal_versions.c.id == latest.c.vid)
        .where(goals.c.mentee_id == mid)
        .order_by(latest.c.vid)
    ).all()
    return [(r.number, r.text) for r in rows]


def check_goal(
    ws: Workspace,
    label: str,
    text: str,
    goal: int | None = None,
    context: str | None = None,
    report=None,
    source: str = "goal page",
) -> Goal:
    """Judge a goal wording (unless ``report`` is given) and keep it on the mentee: a new goal, or a
    new version of goal number ``goal``. InputError when the text is not a goal.

    Example:
        >>> check_goal(ws, "JD", "get better at presenting").versions[-1].smart_score   # doctest: +SKIP
        1
    """
    from coach.analyzers.goals import analyze_goal

    with ws.engine.connect() as conn:
        ws.mentee_id(conn, label)  # an unknown label fails before the analyzer runs
    report = report if report is not None else analyze_goal(text, context=context)
    if not report.is_goal:
        raise InputError(f"Not kept: {report.reason or 'this does not read as a goal'}")
    with ws.engine.begin() as conn:
        number = _add_version(
            conn, ws.mentee_id(conn, label), goal, text.strip(), report.to_dict(), source, None
        )
    return next(g for g in ws.detail(label).goals if g.number == number)


def prepare_review(ws: Workspace, label: str, notes: object, session_date=None) -> MenteeReview:
    """Review a session's notes against the mentee's open action items (``record_review`` stores it)."""
    from coach.workflows.review import review_notes

    with ws.engine.connect() as conn:
        mid = ws.mentee_id(conn, label)
        open_rows = conn.execute(
            sa.select(actions)
            .where(actions.c.mentee_id == mid, actions.c.status == "open")
            .order_by(actions.c.number)
        ).all()
    previous = [{"text": r.text, "task": r.task, "owner": r.owner, "due": r.due} for r in open_rows]
    review = review_notes(notes, previous=previous or None, session_date=session_date)
    return MenteeReview(
        label,
        notes if isinstance(notes, str) else review.text,
        review,
        [r.number for r in open_rows],
        previous,
    )


def record_review(ws: Workspace, pending: MenteeReview) -> SessionEntry:
    """Store a review as the mentee's session: its notes, what became of the open items, the new items
    and the goals stated (each a new version of the goal it revises, or a new goal).

    The session is the one planned and waiting for its notes, or a new one. The same notes stored
    twice for the same date are stored once.
    """
    review = pending.review.to_dict()
    date = review["session_date"] or _today()
    with ws.engine.begin() as conn:
        mid = ws.mentee_id(conn, pending.label)
        last = conn.execute(
            sa.select(sessions)
            .where(sessions.c.mentee_id == mid, sessions.c.review.is_not(None))
            .order_by(sessions.c.number.desc())
            .limit(1)
        ).first()
        if last is not None and last.notes == pending.notes and last.session_date == date:
            return _entry(last)
        stamp, planned = now(), _open_session(conn, mid)
        values = dict(notes=pending.notes, review=dumps(review), session_date=date, updated_at=stamp)
        if planned is not None:
            sid, number = planned.id, planned.number
            conn.execute(sessions.update().where(sessions.c.id == sid).values(**values))
        else:
            number = _next_number(conn, sessions, mid)
            sid = conn.execute(
                sessions.insert().values(mentee_id=mid, number=number, created_at=stamp, **values)
            ).inserted_primary_key[0]
        _carry(conn, mid, sid, pending.tracked, review["carried"], stamp)
        first = _next_number(conn, actions, mid)
        for n, a in enumerate(review["actions"]):
            conn.execute(
                actions.insert().values(
                    mentee_id=mid,
                    session_id=sid,
                    number=first + n,
                    owner=a["owner"],
                    task=a["task"],
                    due=a["due"],
                    text=a["text"],
                    status="open",
                    reason=f"agreed in session {number}",
                    updated_at=stamp,
                )
            )
        for g in review["goals"]:
            if not g.get("is_goal"):
                continue
            text = clean_goal_text(g["text"])
            _add_version(conn, mid, match_goal(text, _current_goals(conn, mid)), text, g, "review", sid)
        return _entry(conn.execute(sa.select(sessions).where(sessions.c.id == sid)).one())


def _carry(
    conn: sa.Connection, mid: int, sid: int, tracked: list[int], carried: list[dict], stamp: str
) -> None:
    """Each tracked item takes the status the review gave it, and keeps the verdict in its history."""
    for c in carried:
        if not 0 <= c["previous_index"] < len(tracked):
            continue
        aid = conn.execute(
            sa.select(actions.c.id).where(
                actions.c.mentee_id == mid, actions.c.number == tracked[c["previous_index"]]
            )
        ).scalar_one_or_none()
        if aid is None:
            continue
        conn.execute(
            actions.update()
            .where(actions.c.id == aid)
            .values(status=c["status"], reason=c["reason"] or "", updated_at=stamp)
        )
        conn.execute(
            action_events.insert().values(
                action_id=aid,
                session_id=sid,
                status=c["status"],
                at=stamp,
                reason=c["reason"] or "",
                words=c["text"],
                score=c["score"],
            )
        )


def save_plan(ws: Workspace, label: str, plan, request=None, session: int | None = None) -> SessionEntry:
    """Keep a plan as the mentee's next session (replacing the plan of a session still waiting for its
    notes), or as the plan of session number ``session`` (an edited agenda), if its notes are not in yet.
    """
    data = plan.to_dict() if hasattr(plan, "to_dict") else dict(plan)
    asked = asdict(request) if request is not None else None
    with ws.engine.begin() as conn:
        mid = ws.mentee_id(conn, label)
        stamp, planned = now(), _open_session(conn, mid)
        if session is not None:
            planned = conn.execute(
                sa.select(sessions).where(sessions.c.mentee_id == mid, sessions.c.number == session)
            ).first()
            if planned is None or planned.review is not None:
                raise InputError(
                    f"Session {session} of {label} is not waiting for its notes: plan the next one."
                )
        values = dict(
            plan=dumps(data), plan_request=None if asked is None else dumps(asked), updated_at=stamp
        )
        if planned is not None:
            sid = planned.id
            conn.execute(sessions.update().where(sessions.c.id == sid).values(**values))
        else:
            sid = conn.execute(
                sessions.insert().values(
                    mentee_id=mid, number=_next_number(conn, sessions, mid), created_at=stamp, **values
                )
            ).inserted_primary_key[0]
        return _entry(conn.execute(sa.select(sessions).where(sessions.c.id == sid)).one())


def next_plan_request(ws: Workspace, label: str, request=None, goals_from_history: bool = True):
    """The ``PlanRequest`` for a mentee's next session, started from their history: their open action
    items carried, their current goals (the newest few) for the SMART gaps, what the last review
    suggested for next time, and the meeting number (which infers the phase when none is given).
    ``request`` adds the mentor's own focus, goals and options.
    """
    from coach.workflows.plan import PlanRequest

    request = request or PlanRequest()
    detail = ws.detail(label)
    history = (
        [g.text for g in sorted(detail.goals, key=lambda g: g.versions[-1].checked_at)][-PLAN_GOALS:]
        if goals_from_history
        else []
    )
    goal_list, seen = [], set()
    for text in history + [g.strip() for g in request.goals if g.strip()]:
        if text.casefold() not in seen:
            seen.add(text.casefold())
            goal_list.append(text)
    reviewed = [s for s in detail.sessions if s.review]
    reminders = [
        step["text"]
        for step in (reviewed[-1].review["next_session"] if reviewed else [])
        if step["kind"] in REMINDER_KINDS
    ]
    return replace(
        request,
        goals=goal_list,
        carried_actions=[a.line for a in detail.open_actions] + list(request.carried_actions),
        reminders=reminders + list(request.reminders),
        meeting_number=request.meeting_number or (None if request.phase else len(reviewed) + 1),
    )


def mentor_trend(ws: Workspace, label: str | None = None) -> MentorTrend:
    """The trend of the mentor's own feedback over their reviewed sessions (one mentee's, or all).

    Example:
        >>> [p.personality_share for p in mentor_trend(ws).points]                      # doctest: +SKIP
        [1.0, 0.0]
    """
    labels = [label] if label else [m.label for m in ws.mentees()]
    points = []
    for name in labels:
        detail = ws.detail(name)
        for s in detail.sessions:
            if not s.review:
                continue
            f, q = s.review["feedback_summary"], s.review["question_summary"]
            points.append(
                TrendPoint(
                    detail.label,
                    s.number,
                    s.date or s.created_at[:10],
                    f.get("personality_share"),
                    f.get("actionable_share"),
                    f.get("specific_share"),
                    q.get("open_ratio"),
                    [
                        {
                            "text": x["text"],
                            "focus": x["focus"],
                            "actionable": x["actionable"],
                            "specific": x["specific"],
                        }
                        for x in s.review["feedback"]
                    ],
                    [
                        {"text": x["text"], "label": x["label"], "leading": x["leading"]}
                        for x in s.review["questions"]
                    ],
                )
            )
    points.sort(key=lambda p: (p.date, p.mentee.casefold(), p.session))
    changes = {}
    for measure, better in MEASURES.items():
        values = [getattr(p, measure) for p in points if getattr(p, measure) is not None]
        if len(values) >= 2:
            first, latest = values[0], values[-1]
            up = latest > first
            direction = "same" if latest == first else ("better" if up == (better == "higher") else "worse")
            changes[measure] = {
                "first": first,
                "latest": latest,
                "direction": direction,
                "sessions": len(values),
            }
    return MentorTrend(points, changes)
