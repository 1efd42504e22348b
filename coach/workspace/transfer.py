"""A mentee's export and import: everything held for them as one JSON document, to move them to
another machine. Sessions, goals and action items refer to each other by session number, never by
row id, so an import fits into any workspace. A file that is not such an export is refused with the
field that is wrong; nothing is stored from it.

Example:
    >>> validate_export({"format": "mentor-coach-mentee"})
    Traceback (most recent call last):
    ...
    coach.errors.InputError: Not a mentee export: 'version' is missing.
"""

from __future__ import annotations

import sqlalchemy as sa

from coach.errors import InputError
from coach.workspace.schema import (
    EXPORT_FORMAT,
    SAVED_KINDS,
    SCHEMA_VERSION,
    STATUSES,
    action_events,
    actions,
    dumps,
    goal_versions,
    goals,
    label_key,
    loads,
    mentees,
    now,
    saved,
    sessions,
)

_TEXT, _OPT_TEXT, _INT, _OPT_INT = str, (str, type(None)), int, (int, type(None))
_OPT_DICT, _OPT_NUM = (dict, type(None)), (int, float, type(None))
# What an export holds, field by field: a type (or a tuple of types), a dict of fields, or [one item's shape].
SHAPE = {
    "format": _TEXT,
    "version": _INT,
    "exported_at": _TEXT,
    "mentee": {"label": _TEXT, "created_at": _TEXT},
    "sessions": [
        {
            "number": _INT,
            "date": _OPT_TEXT,
            "created_at": _TEXT,
            "updated_at": _TEXT,
            "plan_request": _OPT_DICT,
            "plan": _OPT_DICT,
            "notes": _OPT_TEXT,
            "review": _OPT_DICT,
        }
    ],
    "goals": [
        {
            "number": _INT,
            "created_at": _TEXT,
            "versions": [
                {
                    "text": _TEXT,
                    "smart_score": _OPT_INT,
                    "report": dict,
                    "source": _TEXT,
                    "session": _OPT_INT,
                    "checked_at": _TEXT,
                }
            ],
        }
    ],
    "actions": [
        {
            "number": _INT,
            "session": _OPT_INT,
            "owner": _TEXT,
            "task": _TEXT,
            "due": _OPT_TEXT,
            "text": _TEXT,
            "status": _TEXT,
            "reason": _TEXT,
            "updated_at": _TEXT,
            "history": [
                {
                    "session": _INT,
                    "status": _TEXT,
                    "reason": _TEXT,
                    "words": _OPT_TEXT,
                    "score": _OPT_NUM,
                    "at": _TEXT,
                }
            ],
        }
    ],
    "saved": [{"kind": _TEXT, "text": _TEXT, "result": dict, "saved_at": _TEXT}],
}
_NAMES = {
    str: "text",
    int: "a whole number",
    float: "a number",
    dict: "an object",
    list: "a list",
    type(None): "null",
}


def _check(value, shape, where: str) -> None:
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            raise InputError(f"Not a mentee export: {where or 'the file'} must be an object.")
        for key, inner in shape.items():
            if key not in value:
                raise InputError(
                    f"Not a mentee export: {(where + '.' if where else '') + repr(key)} is missing."
                )
            _check(value[key], inner, f"{where}.{key}" if where else key)
    elif isinstance(shape, list):
        if not isinstance(value, list):
            raise InputError(f"Not a mentee export: {where} must be a list.")
        for n, item in enumerate(value):
            _check(item, shape[0], f"{where}[{n}]")
    else:
        kinds = shape if isinstance(shape, tuple) else (shape,)
        # JSON's true and false are not numbers here, though Python counts bool as an int.
        if isinstance(value, bool) or not isinstance(value, kinds):
            wanted = " or ".join(_NAMES[k] for k in kinds)
            raise InputError(f"Not a mentee export: {where} must be {wanted}.")


def validate_export(data: object) -> None:
    """Raise InputError (one line, naming the field) unless ``data`` is a mentee export we can read."""
    if not isinstance(data, dict):
        raise InputError("Not a mentee export: the file must hold one JSON object.")
    if data.get("format") != EXPORT_FORMAT:
        if "format" not in data:
            raise InputError("Not a mentee export: 'format' is missing.")
        raise InputError(f"Not a mentee export: the format is {data.get('format')!r}, not {EXPORT_FORMAT!r}.")
    if "version" in data and isinstance(data["version"], int) and data["version"] > SCHEMA_VERSION:
        raise InputError(
            f"This export was made by a newer mentor-coach (version {data['version']}); update to import it."
        )
    _check(data, SHAPE, "")
    numbers = [s["number"] for s in data["sessions"]]
    if len(set(numbers)) != len(numbers) or any(n < 1 for n in numbers):
        raise InputError("Not a mentee export: session numbers must be distinct and from 1.")
    known = set(numbers)
    refs = [
        (f"goals[{g}].versions[{v}].session", x["session"])
        for g, goal in enumerate(data["goals"])
        for v, x in enumerate(goal["versions"])
    ]
    refs += [(f"actions[{a}].session", x["session"]) for a, x in enumerate(data["actions"])]
    refs += [
        (f"actions[{a}].history[{h}].session", e["session"])
        for a, x in enumerate(data["actions"])
        for h, e in enumerate(x["history"])
    ]
    for where, number in refs:
        if number is not None and number not in known:
            raise InputError(
                f"Not a mentee export: {where} names session {number}, which the file does not hold."
            )
    for a, x in enumerate(data["actions"]):
        for status in [x["status"]] + [e["status"] for e in x["history"]]:
            if status not in STATUSES:
                raise InputError(
                    f"Not a mentee export: actions[{a}] has the status {status!r} "
                    f"(one of {', '.join(STATUSES)})."
                )
    for n, x in enumerate(data["saved"]):
        if x["kind"] not in SAVED_KINDS:
            raise InputError(f"Not a mentee export: saved[{n}].kind must be one of {', '.join(SAVED_KINDS)}.")
    for name in ("goals", "actions"):
        numbers = [x["number"] for x in data[name]]
        if len(set(numbers)) != len(numbers):
            raise InputError(f"Not a mentee export: two {name} share a number.")


def export_rows(conn: sa.Connection, mid: int) -> dict:
    """Everything held for mentee ``mid``, in the export's shape (``SHAPE``)."""
    row = conn.execute(sa.select(mentees).where(mentees.c.id == mid)).one()
    session_rows = conn.execute(
        sa.select(sessions).where(sessions.c.mentee_id == mid).order_by(sessions.c.number)
    ).all()
    numbers = {s.id: s.number for s in session_rows}
    out = {
        "format": EXPORT_FORMAT,
        "version": SCHEMA_VERSION,
        "exported_at": now(),
        "mentee": {"label": row.label, "created_at": row.created_at},
        "sessions": [
            {
                "number": s.number,
                "date": s.session_date,
                "created_at": s.created_at,
                "updated_at": s.updated_at,
                "plan_request": loads(s.plan_request),
                "plan": loads(s.plan),
                "notes": s.notes,
                "review": loads(s.review),
            }
            for s in session_rows
        ],
        "goals": [],
        "actions": [],
        "saved": [],
    }
    for g in conn.execute(sa.select(goals).where(goals.c.mentee_id == mid).order_by(goals.c.number)):
        versions = conn.execute(
            sa.select(goal_versions).where(goal_versions.c.goal_id == g.id).order_by(goal_versions.c.id)
        )
        out["goals"].append(
            {
                "number": g.number,
                "created_at": g.created_at,
                "versions": [
                    {
                        "text": v.text,
                        "smart_score": v.smart_score,
                        "report": loads(v.report),
                        "source": v.source,
                        "session": numbers.get(v.session_id),
                        "checked_at": v.checked_at,
                    }
                    for v in versions
                ],
            }
        )
    for a in conn.execute(sa.select(actions).where(actions.c.mentee_id == mid).order_by(actions.c.number)):
        events = conn.execute(
            sa.select(action_events).where(action_events.c.action_id == a.id).order_by(action_events.c.id)
        )
        out["actions"].append(
            {
                "number": a.number,
                "session": numbers.get(a.session_id),
                "owner": a.owner,
                "task": a.task,
                "due": a.due,
                "text": a.text,
                "status": a.status,
                "reason": a.reason,
                "updated_at": a.updated_at,
                "history": [
                    {
                        "session": numbers[e.session_id],
                        "status": e.status,
                        "reason": e.reason,
                        "words": e.words,
                        "score": e.score,
                        "at": e.at,
                    }
                    for e in events
                ],
            }
        )
    for s in conn.execute(sa.select(saved).where(saved.c.mentee_id == mid).order_by(saved.c.id)):
        out["saved"].append(
            {"kind": s.kind, "text": s.text, "result": loads(s.result), "saved_at": s.saved_at}
        )
    return out


def import_rows(conn: sa.Connection, data: dict, label: str) -> int:
    """Store a validated export as a new mentee labelled ``label``; returns its row id."""
    mid = conn.execute(
        mentees.insert().values(
            label=label, label_key=label_key(label), created_at=data["mentee"]["created_at"]
        )
    ).inserted_primary_key[0]
    ids = {}
    for s in data["sessions"]:
        ids[s["number"]] = conn.execute(
            sessions.insert().values(
                mentee_id=mid,
                number=s["number"],
                session_date=s["date"],
                created_at=s["created_at"],
                updated_at=s["updated_at"],
                plan_request=_json(s["plan_request"]),
                plan=_json(s["plan"]),
                notes=s["notes"],
                review=_json(s["review"]),
            )
        ).inserted_primary_key[0]
    for g in data["goals"]:
        gid = conn.execute(
            goals.insert().values(mentee_id=mid, number=g["number"], created_at=g["created_at"])
        ).inserted_primary_key[0]
        for v in g["versions"]:
            conn.execute(
                goal_versions.insert().values(
                    goal_id=gid,
                    session_id=ids.get(v["session"]),
                    text=v["text"],
                    smart_score=v["smart_score"],
                    report=dumps(v["report"]),
                    source=v["source"],
                    checked_at=v["checked_at"],
                )
            )
    for a in data["actions"]:
        aid = conn.execute(
            actions.insert().values(
                mentee_id=mid,
                session_id=ids.get(a["session"]),
                number=a["number"],
                owner=a["owner"],
                task=a["task"],
                due=a["due"],
                text=a["text"],
                status=a["status"],
                reason=a["reason"],
                updated_at=a["updated_at"],
            )
        ).inserted_primary_key[0]
        for e in a["history"]:
            conn.execute(
                action_events.insert().values(
                    action_id=aid,
                    session_id=ids[e["session"]],
                    status=e["status"],
                    reason=e["reason"],
                    words=e["words"],
                    score=e["score"],
                    at=e["at"],
                )
            )
    for s in data["saved"]:
        conn.execute(
            saved.insert().values(
                mentee_id=mid,
                kind=s["kind"],
                text=s["text"],
                result=dumps(s["result"]),
                saved_at=s["saved_at"],
            )
        )
    return mid


def _json(value):
    return None if value is None else dumps(value)
