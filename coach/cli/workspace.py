"""The workspace's commands for ``mentor-coach``: argument parsing and printing only.

``mentee add|list|show|export|import|delete|goal``, ``growth``, and the ``--mentee`` of ``plan`` and
``review``. Errors are ``InputError``s (exit 2, one line) raised by the library or here.

Example:
    $ mentor-coach mentee add JD
    $ mentor-coach review notes.md --mentee JD --date 2026-03-10
    $ mentor-coach plan --mentee JD --focus "preparing the board presentation"
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from coach.errors import InputError


def add_parsers(commands) -> None:
    """Register ``mentee`` and ``growth``, and ``--mentee`` on ``plan`` and ``review``."""
    commands.choices["plan"].add_argument(
        "--mentee", metavar="LABEL", help="start from this mentee's history and keep the plan on them"
    )
    commands.choices["review"].add_argument(
        "--mentee", metavar="LABEL", help="track this mentee's open items and store the review on them"
    )
    m = commands.add_parser(
        "mentee", help="your mentees: goals, sessions and action items kept on this machine"
    )
    sub = m.add_subparsers(dest="mentee_command", parser_class=type(m), required=True, metavar="ACTION")
    a = sub.add_parser("add", help="add a mentee under a label you choose (initials or a nickname)")
    a.add_argument("label")
    a.add_argument("--json", action="store_true", help="print JSON")
    ls = sub.add_parser("list", help="every mentee with their sessions, goals and open action items")
    ls.add_argument("--json", action="store_true", help="print JSON")
    sh = sub.add_parser("show", help="a mentee's timeline: sessions, goals with every version, action items")
    sh.add_argument("label")
    sh.add_argument("--json", action="store_true", help="print JSON")
    ex = sub.add_parser("export", help="everything held for a mentee as JSON (for 'mentee import')")
    ex.add_argument("label")
    ex.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (mode 0600) instead of the terminal"
    )
    im = sub.add_parser("import", help="add a mentee from a 'mentee export' file")
    im.add_argument("file")
    im.add_argument("--as", dest="as_label", metavar="LABEL", help="import under another label")
    im.add_argument("--json", action="store_true", help="print JSON")
    de = sub.add_parser("delete", help="erase a mentee and everything held for them")
    de.add_argument("label")
    de.add_argument("--yes", action="store_true", help="confirm: the erasure cannot be undone")
    go = sub.add_parser("goal", help="check a goal's wording and keep it on the mentee, with its SMART score")
    go.add_argument("label")
    go.add_argument("text")
    go.add_argument(
        "--of", type=int, dest="goal", metavar="N", help="a new version of goal N (default: a new goal)"
    )
    go.add_argument("--context", help="the broader aim; informs 'relevant'")
    go.add_argument("--json", action="store_true", help="print JSON")
    g = commands.add_parser("growth", help="the trend of your own feedback over your reviewed sessions")
    g.add_argument("--mentee", metavar="LABEL", help="only this mentee's sessions")
    g.add_argument("--json", action="store_true", help="print JSON")


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _summary_line(m) -> str:
    last = f", last session {m.last_session}" if m.last_session else ""
    return (
        f"{m.label}: {m.sessions} session{'s' * (m.sessions != 1)}, {m.goals} goal{'s' * (m.goals != 1)}, "
        f"{m.open_actions} open action item{'s' * (m.open_actions != 1)}{last}"
    )


def _print_detail(d) -> None:
    print(f"{d.label} (added {d.created_at[:10]})")
    print(f"Sessions ({len(d.sessions)}):")
    for s in d.sessions:
        x = s.summary()
        parts = [
            f"planned ({x['phase'].replace('_', ' ')}, {x['minutes']} min)" if x["planned"] else "",
            f"reviewed ({x['actions']} action items, personality share {_share(x['personality_share'])}, "
            f"open-question ratio {_share(x['open_ratio'])})"
            if x["reviewed"]
            else "",
        ]
        print(f"  {s.number}. {s.date or 'not held yet'}: " + "; ".join(p for p in parts if p))
    print(f"Goals ({len(d.goals)}):")
    for g in d.goals:
        print(f"  {g.number}. {g.text}")
        for v in g.versions:
            score = f"SMART {v.smart_score}/5" if v.smart_score is not None else "not scored"
            where = f", session {v.session}" if v.session else ""
            print(f"     v{v.version} {score} ({v.source}{where}): {v.text}")
    print(f"Action items ({len(d.actions)}):")
    for a in d.actions:
        print(f"  {a.number}. [{a.status}] {a.line}" + (f": {a.reason}" if a.reason else ""))


def _workspace():
    from coach.workspace.store import open_workspace

    return open_workspace()


def _read_export(path: str) -> object:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"No such file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"Cannot read {path}: {getattr(exc, 'strerror', None) or type(exc).__name__}"
        ) from None
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise InputError(
            f"{path} is not a mentee export: not JSON ({getattr(exc, 'msg', exc)}, "
            f"line {getattr(exc, 'lineno', '?')})."
        ) from None


def _write_private(path: str, text: str) -> None:
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None


def cmd_mentee(args) -> int:
    """Run one ``mentee`` action; returns the exit code."""
    action = args.mentee_command
    if action == "delete" and not args.yes:
        raise InputError(
            f"mentee delete erases everything held for {args.label!r} and cannot be undone: "
            f"add --yes to confirm."
        )
    if action == "import":
        data = _read_export(args.file)  # a bad file is refused before the workspace is opened
    with _workspace() as ws:
        if action == "add":
            m = ws.add_mentee(args.label)
            _print_json(m.to_dict()) if args.json else print(f"Added {m.label}.")
        elif action == "list":
            items = ws.mentees()
            if args.json:
                _print_json([m.to_dict() for m in items])
            else:
                for m in items:
                    print(_summary_line(m))
                if not items:
                    print("No mentees yet: add one with 'mentor-coach mentee add LABEL'.")
        elif action == "show":
            d = ws.detail(args.label)
            _print_json(d.to_dict()) if args.json else _print_detail(d)
        elif action == "export":
            text = json.dumps(ws.export_mentee(args.label), ensure_ascii=False, indent=2) + "\n"
            if args.output:
                _write_private(args.output, text)
                print(f"mentor-coach: exported to {args.output}", file=sys.stderr)
            else:
                sys.stdout.write(text)
        elif action == "import":
            m = ws.import_mentee(data, args.as_label)
            _print_json(m.to_dict()) if args.json else print(f"Imported {_summary_line(m)}.")
        elif action == "delete":
            done = ws.delete_mentee(args.label)
            print(f"Erased {done['label']} ({done['rows']} records).")
            if not done["wal_emptied"]:
                print(
                    "mentor-coach: another program is reading the workspace; its log is emptied the next time "
                    "the workspace is compacted.",
                    file=sys.stderr,
                )
        elif action == "goal":
            from coach.workspace.flow import check_goal

            goal = check_goal(ws, args.label, args.text, goal=args.goal, context=args.context, source="cli")
            if args.json:
                _print_json(goal.to_dict())
            else:
                for v in goal.versions:
                    print(f"Goal {goal.number} v{v.version}: SMART {v.smart_score}/5: {v.text}")
    return 0


def cmd_growth(args) -> int:
    """Print the mentor's own feedback trend."""
    from coach.workspace.flow import mentor_trend

    with _workspace() as ws:
        trend = mentor_trend(ws, args.mentee)
    if args.json:
        _print_json(trend.to_dict())
        return 0
    if not trend.points:
        print("No reviewed sessions yet: review notes with 'mentor-coach review FILE --mentee LABEL'.")
        return 0
    print("date        mentee  session  personality  actionable  specific  open questions")
    for p in trend.points:
        print(
            f"{p.date:<11} {p.mentee[:7]:<7} {p.session:>7}  {_share(p.personality_share):>11}  "
            f"{_share(p.actionable_share):>10}  {_share(p.specific_share):>8}  {_share(p.open_ratio):>14}"
        )
    for measure, c in trend.changes.items():
        print(
            f"{measure.replace('_', ' ')}: {_share(c['first'])} -> {_share(c['latest'])} ({c['direction']})"
        )
    return 0


def mentee_plan_request(label: str, request):
    """The plan request for a mentee's next session, from their history (``plan --mentee``)."""
    from coach.workspace.flow import next_plan_request

    with _workspace() as ws:
        return next_plan_request(ws, label, request)


def keep_plan(label: str, plan, request) -> None:
    """Keep a plan as the mentee's next session and say so on stderr."""
    from coach.workspace.flow import save_plan

    with _workspace() as ws:
        entry = save_plan(ws, label, plan, request)
    print(f"mentor-coach: kept as the plan for {label}'s session {entry.number}", file=sys.stderr)


def review_for_mentee(label: str, notes: str, session_date):
    """Review notes against the mentee's open items, store the review, and return it (``review --mentee``)."""
    from coach.workspace.flow import prepare_review, record_review

    with _workspace() as ws:
        pending = prepare_review(ws, label, notes, session_date)
        entry = record_review(ws, pending)
    print(f"mentor-coach: stored as {label}'s session {entry.number}", file=sys.stderr)
    return pending.review
