"""The ``mentor-coach`` command: argument parsing and printing only; the library does the work.

Exit codes: 0 done, 1 failed, 2 usage or input error, 3 a model is not installed.

Example:
    $ mentor-coach suggest "my mentee keeps cancelling our meetings" --kind question -k 3 --json
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from coach.errors import CoachError, InputError, ModelUnavailable
from coach.workspace.cli import add_parsers as add_workspace_parsers
from knowledge.schema import AUDIENCES, KINDS, PHASES, RELATIONSHIPS, TOPICS

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_MODEL = 0, 1, 2, 3

NOT_READY: dict[str, str] = {}


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line and exit code 2."""

    def error(self, message: str):  # noqa: D401 - argparse's hook
        raise UsageError(f"{self.prog}: {message} (see --help)")


def _split_values(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _positive_k(value: str) -> int:
    try:
        k = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"-k takes a whole number, not {value!r}") from None
    if not 1 <= k <= 50:
        raise argparse.ArgumentTypeError("-k takes a number from 1 to 50")
    return k


def build_parser() -> Parser:
    parser = Parser(prog="mentor-coach", description="Offline mentoring coach and feedback analyzer.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)

    s = commands.add_parser("suggest", help="open questions, techniques, tips and pitfalls for a situation")
    s.add_argument("text", nargs="?", help="the situation, in your words")
    s.add_argument("--input", metavar="FILE", help="batch: one query per line, .csv with 'text', or .jsonl")
    s.add_argument("--kind", action="append", help=f"one of {', '.join(KINDS)} (repeat or comma-separate)")
    s.add_argument("--phase", action="append", help=f"one of {', '.join(PHASES)}")
    s.add_argument("--relationship", action="append", help=f"one of {', '.join(RELATIONSHIPS)}")
    s.add_argument("--audience", action="append", help=f"one of {', '.join(AUDIENCES)}")
    s.add_argument("--topic", action="append", help=f"one of {', '.join(TOPICS)}")
    s.add_argument("-k", type=_positive_k, default=None, help="how many results (1-50, default 5)")
    s.add_argument("--kb", action="append", metavar="DIR", help="also load knowledge entries from DIR")
    s.add_argument("--json", action="store_true", help="print JSON (the stable contract)")

    g = commands.add_parser(
        "goal", help="judge a goal against the SMART criteria, with evidence and a rewrite"
    )
    g.add_argument("text", nargs="?", help="the goal, in your words (a paragraph of several goals is split)")
    g.add_argument("--context", help="the broader aim or the program's purpose; informs 'relevant'")
    g.add_argument(
        "--input",
        metavar="FILE",
        help="batch: one goal per line, .csv with 'text' (and 'context'), or .jsonl",
    )
    g.add_argument("--json", action="store_true", help="print JSON (the stable contract)")

    f = commands.add_parser(
        "feedback", help="judge each feedback sentence: behaviour or personality, actionable, specific"
    )
    f.add_argument("text", nargs="?", help="the feedback or session notes")
    f.add_argument("--input", metavar="FILE", help="batch: one text per line, .csv with 'text', or .jsonl")
    f.add_argument("--json", action="store_true", help="print JSON (the stable contract)")

    q = commands.add_parser(
        "questions", help="find the questions in a text: open or closed, leading, open rewordings"
    )
    q.add_argument("text", nargs="?", help="the questions you plan to ask, or a transcript")
    q.add_argument("--input", metavar="FILE", help="batch: one text per line, .csv with 'text', or .jsonl")
    q.add_argument("--json", action="store_true", help="print JSON (the stable contract)")

    p = commands.add_parser(
        "plan", help="a timed session agenda from the knowledge base and the mentee's goals"
    )
    p.add_argument("--phase", help=f"one of {', '.join(PHASES)} (inferred from --meeting when not given)")
    p.add_argument(
        "--relationship", default="formal", help=f"one of {', '.join(RELATIONSHIPS)} (default formal)"
    )
    p.add_argument("--minutes", type=int, default=60, help="length of the session (default 60)")
    p.add_argument("--goal", action="append", default=[], metavar="TEXT", help="a mentee goal (repeatable)")
    p.add_argument("--focus", default="", help="what is on your mind for this session")
    p.add_argument("--previous", metavar="FILE", help="last session's notes or open action items (.txt, .md)")
    p.add_argument(
        "--draft-question",
        action="append",
        default=[],
        metavar="TEXT",
        help="a question you plan to ask (repeatable); judged open or closed",
    )
    p.add_argument("--meeting", type=int, help="which meeting this is (infers the phase)")
    p.add_argument("--of", type=int, dest="planned", help="how many meetings the relationship plans")
    p.add_argument(
        "--format", choices=["md", "json", "html"], default="md", help="output format (default md)"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the terminal")

    r = commands.add_parser(
        "review", help="review a session's notes: goals, feedback, questions, action items"
    )
    r.add_argument("notes", help="the notes: a .txt, .md or .docx file, or the text itself")
    r.add_argument("--previous", metavar="FILE", help="last session's notes (or a saved review .json)")
    r.add_argument("--date", help="the session's date (YYYY-MM-DD), for relative due dates")
    r.add_argument("--json", action="store_true", help="print JSON (the stable contract)")

    t = commands.add_parser("train", help="train the analyzers' classifier heads from evaluation/data")
    # No `choices` here: argparse checks the empty default list against them and refuses a bare `train`.
    t.add_argument(
        "targets",
        nargs="*",
        metavar="{goals,feedback,questions,actions,estimates}",
        help="what to train (default: all)",
    )

    e = commands.add_parser("eval", help="evaluate on the labelled test data in evaluation/")
    e.add_argument(
        "target",
        choices=["retrieval", "goals", "feedback", "questions", "actions", "notes", "estimates"],
        help="what to evaluate",
    )

    b = commands.add_parser("bench", help="measure speed on this machine")
    b.add_argument(
        "target",
        choices=["suggest", "goal", "feedback", "plan", "review", "program", "dashboard"],
        help="what to measure",
    )
    b.add_argument(
        "--quick", action="store_true", help="fewer repetitions and a smaller synthetic knowledge base"
    )
    b.add_argument(
        "--keep-store",
        metavar="PATH",
        help="program: keep the scored SQLite store at PATH (for `bench dashboard --store PATH`)",
    )
    b.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="program: score on 1 and N local Ray workers beside the machine's parse+embed ceiling",
    )
    b.add_argument(
        "--store",
        metavar="SQLITE_PATH_OR_URL",
        help="dashboard: the program store to show "
        "(default: a temporary copy of the demo program, scored first)",
    )

    i = commands.add_parser(
        "import", help="import a program's session records (CSV, JSON Lines, .xlsx) into the store"
    )
    i.add_argument("file", help="the session records file")
    i.add_argument(
        "--mapping",
        metavar="JSON",
        help='our field -> your column, e.g. \'{"notes": "Session summary", "goal": null}\' '
        "(null: the file has no such column)",
    )
    i.add_argument("--json", action="store_true", help="print the import report as JSON")

    sc = commands.add_parser("score", help="score the stored sessions that are new or changed (resumable)")
    sc.add_argument("--json", action="store_true", help="print the summary as JSON")
    sc.add_argument(
        "--ray",
        metavar="ADDRESS",
        help="score on a Ray cluster: its address (e.g. 10.0.0.5:6379 or auto), "
        "or 'local' for a cluster of this machine (default: MENTOR_COACH_RAY_ADDRESS, else in this process)",
    )
    sc.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="with --ray: workers to start (default: one per CPU of the cluster)",
    )

    rp = commands.add_parser(
        "report", help="the program's feedback and goal-setting figures as HTML, CSV or JSON"
    )
    rp.add_argument(
        "--by", choices=["cohort", "mentor", "month"], default="cohort", help="grouping (default cohort)"
    )
    rp.add_argument(
        "--format", choices=["html", "csv", "json"], default="html", help="output format (default html)"
    )
    rp.add_argument("--cohort", action="append", help="only these cohorts (repeat or comma-separate)")
    rp.add_argument("--mentor", action="append", help="only these mentors, by pseudonym")
    rp.add_argument("--month", action="append", help="only these months (YYYY-MM)")
    rp.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the terminal")

    add_workspace_parsers(commands)  # mentee …, growth, and --mentee on plan and review
    for name, what in NOT_READY.items():
        commands.add_parser(name, help=f"not ready yet: {what}", add_help=False).add_argument(
            "rest", nargs=argparse.REMAINDER
        )
    return parser


def _print_err(message: str) -> None:
    print(message, file=sys.stderr)


def _kb_dirs(args) -> list[str] | None:
    from coach.settings import get_settings

    if not args.kb:
        return None
    return [str(p) for p in get_settings().extra_kb_dirs] + list(args.kb)


def _report_kb_problems(kb_dirs) -> None:
    from coach.suggest import get_knowledge_base

    for problem in get_knowledge_base(kb_dirs).problems:
        _print_err(f"mentor-coach: knowledge entry rejected: {problem}")


def _print_suggestions_text(response, header: str | None = None) -> None:
    if header:
        print(header)
    for warning in response.warnings:
        print(f"  note: {warning}")
    if response.error:
        print(f"  error: {response.error}")
    if response.nothing_fits and response.results:
        print("  Nothing fits this well; the closest entries:")
    for n, r in enumerate(response.results, 1):
        mark = "  SAFEGUARDING FIRST" if r.safety else ("  (weak match)" if not r.fits else "")
        print(f"{n}. [{r.kind}] {r.title}  ({r.id}, score {r.score:.2f}){mark}")
        print(f"   {r.text}")
        if r.playbook:
            book = r.playbook
            print(f"   open with: “{book['opening']}”")
            for q in book["ask"]:
                print(f"   ask: {q}")
            for a in book["avoid"]:
                print(f"   avoid: {a}")
            print(f"   refer on: {book['refer']}")
        print(f"   why: {r.why}")


def cmd_suggest(args) -> int:
    from coach.inputs import read_batch_file
    from coach.suggest import suggest, suggest_many

    if args.text is not None and args.input:
        raise UsageError("mentor-coach suggest: give either TEXT or --input FILE, not both")
    if args.text is None and not args.input:
        raise UsageError("mentor-coach suggest: give the situation as TEXT or --input FILE")
    options = dict(
        kind=_split_values(args.kind),
        phase=_split_values(args.phase),
        relationship=_split_values(args.relationship),
        audience=_split_values(args.audience),
        topic=_split_values(args.topic),
        k=args.k,
        kb_dirs=_kb_dirs(args),
    )
    from coach.suggest import make_filters

    make_filters(
        options["kind"], options["phase"], options["relationship"], options["audience"], options["topic"]
    )
    if args.input:
        items, file_warnings = read_batch_file(args.input)
        for warning in file_warnings:
            _print_err(f"mentor-coach: {warning}")
        _report_kb_problems(options["kb_dirs"])
        readable = [item for item in items if item.error is None]
        responses = iter(suggest_many([item.text for item in readable], **options))
        failed = 0
        for item in items:
            if item.error is None:
                response = next(responses)
                data = response.to_dict()
            else:
                data = {"input": "", "results": [], "warnings": [], "error": item.error}
            data["line"] = item.line
            failed += 1 if "error" in data else 0
            if args.json:
                print(json.dumps(data, ensure_ascii=False))
            elif item.error is None:
                _print_suggestions_text(response, f"--- line {item.line}: {item.text[:80]}")
            else:
                print(f"--- line {item.line}: error: {item.error}")
        if failed:
            _print_err(
                f'mentor-coach: {failed} of {len(items)} inputs could not be used (see their "error").'
            )
        return EXIT_OK if failed < len(items) else EXIT_USAGE
    _report_kb_problems(options["kb_dirs"])
    response = suggest(args.text, **options)
    for warning in response.warnings:
        _print_err(f"mentor-coach: {warning}")
    if args.json:
        print(json.dumps([r.to_dict() for r in response.results], ensure_ascii=False, indent=2))
    else:
        _print_suggestions_text(response)
    return EXIT_OK


MARK = {True: "met", False: "not met"}


def _print_goal_text(report) -> None:
    if report.error:
        print(f"error: {report.error}")
        return
    if not report.is_goal:
        print(f"Not a goal: {report.reason}")
        return
    for n, goal in enumerate(report.goals, 1):
        prefix = f"Goal {n} of {len(report.goals)}: " if len(report.goals) > 1 else "Goal: "
        print(f"{prefix}{goal.text}")
        print(f"  SMART score {goal.smart_score}/5")
        for name, c in goal.criteria.items():
            print(f"  [{'x' if c.met else ' '}] {name:<11} {MARK[c.met]:<8} (p={c.score:.2f})")
            for e in c.evidence[:3]:
                print(f'        "{e.text}" ({e.start}-{e.end}): {e.reason}')
            if c.hint:
                print(f"        hint: {c.hint}")
        if goal.rewrite:
            print(f"  Rewrite: {goal.rewrite}")
    for warning in report.warnings:
        print(f"  note: {warning}")


def _run_batch(args, analyze_many, print_text) -> int:
    """Read a batch file, analyse every readable item in one call, print one result per item in order."""
    from coach.inputs import read_batch_file

    items, file_warnings = read_batch_file(args.input)
    for warning in file_warnings:
        _print_err(f"mentor-coach: {warning}")
    readable = [item for item in items if item.error is None]
    results = iter(analyze_many(readable))
    failed = 0
    for item in items:
        if item.error is None:
            data = next(results).to_dict()
        else:
            data = {"text": "", "error": item.error}
        data["line"] = item.line
        failed += 1 if data.get("error") else 0
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(f"--- line {item.line}")
            print(f"error: {data['error']}") if data.get("error") else print_text(data)
    if failed:
        _print_err(f'mentor-coach: {failed} of {len(items)} inputs could not be used (see their "error").')
    return EXIT_OK if failed < len(items) else EXIT_USAGE


def cmd_goal(args) -> int:
    from coach.analyzers.goals import GoalReport, analyze_goal, analyze_goals

    if (args.text is None) == (args.input is None):
        raise UsageError("mentor-coach goal: give the goal as TEXT or --input FILE (one of them)")
    if args.input:

        def analyze_many(items):
            contexts = [item.fields.get("context") or args.context for item in items]
            return analyze_goals([item.text for item in items], contexts)

        def print_text(data):
            print(json.dumps(data, ensure_ascii=False, indent=2))

        return _run_batch(args, analyze_many, print_text)
    report: GoalReport = analyze_goal(args.text, context=args.context)
    for warning in report.warnings:
        _print_err(f"mentor-coach: {warning}")
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_goal_text(report)
    return EXIT_OK


TRAIN_TARGETS = ("goals", "feedback", "questions", "actions", "estimates")


def cmd_train(args) -> int:
    from evaluation.train import main as train

    unknown = [t for t in args.targets if t not in TRAIN_TARGETS]
    if unknown:
        raise UsageError(
            f"mentor-coach train: unknown target {unknown[0]!r}; choose from {', '.join(TRAIN_TARGETS)}"
        )
    heads = [t for t in args.targets if t != "estimates"]
    if heads or not args.targets:
        train(heads)
    if "estimates" in args.targets or not args.targets:
        # Last: the program estimates' calibration is fitted on what the freshly trained heads say.
        from evaluation.train_estimates import main as train_estimates

        return train_estimates()
    return EXIT_OK


def _print_feedback_text(data: dict) -> None:
    if data.get("error"):
        print(f"error: {data['error']}")
        return
    s = data["summary"]
    print(
        f"Overall: {data['focus']} · {s['behaviour']} behaviour, {s['personality']} personality, {s['other']} other"
        f" · actionable {s['actionable']}/{s['feedback_sentences']}, specific {s['specific']}/{s['feedback_sentences']}"
    )
    for sentence in data["sentences"]:
        flags = ""
        if sentence["focus"] != "other":
            flags = (" · actionable" if sentence["actionable"] else " · not actionable") + (
                " · specific" if sentence["specific"] else " · not specific"
            )
        print(f"[{sentence['focus']:<11}] {sentence['text']}{flags}")
        for e in sentence["evidence"][:4]:
            print(f'      "{e["text"]}" ({e["start"]}-{e["end"]}): {e["reason"]}')
        if sentence["suggestion"]:
            print(f"      say it as behaviour: {sentence['suggestion']}")
    for warning in data.get("warnings", []):
        print(f"note: {warning}")


def _print_questions_text(data: dict) -> None:
    if data.get("error"):
        print(f"error: {data['error']}")
        return
    if not data["questions"]:
        print("No questions found.")
    for question in data["questions"]:
        lead = ", leading" if question["leading"] else ""
        print(f"[{question['label']}{lead}] {question['text']}  (p={question['score']:.2f})")
        for e in question["evidence"][:3]:
            print(f'      "{e["text"]}": {e["reason"]}')
        if question.get("suggestion"):
            print(f"      try: {question['suggestion']}")
    for warning in data.get("warnings", []):
        print(f"note: {warning}")


def _cmd_analyzer(args, analyze_one, analyze_many, print_text, what: str) -> int:
    if (args.text is None) == (args.input is None):
        raise UsageError(
            f"mentor-coach {args.command}: give the {what} as TEXT or --input FILE (one of them)"
        )
    if args.input:
        return _run_batch(args, lambda items: analyze_many([item.text for item in items]), print_text)
    report = analyze_one(args.text)
    data = report.to_dict()
    for warning in data.get("warnings", []):
        _print_err(f"mentor-coach: {warning}")
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print_text({**data, "warnings": []})
    return EXIT_OK


def cmd_feedback(args) -> int:
    from coach.analyzers.feedback import analyze_feedback, analyze_feedback_many

    return _cmd_analyzer(args, analyze_feedback, analyze_feedback_many, _print_feedback_text, "feedback")


def cmd_questions(args) -> int:
    from coach.analyzers.questions import analyze_questions, analyze_questions_many

    return _cmd_analyzer(args, analyze_questions, analyze_questions_many, _print_questions_text, "text")


def cmd_plan(args) -> int:
    from coach.inputs import read_file_text
    from coach.plan import PlanRequest, plan_session

    previous = None
    if args.previous:
        previous, warnings = read_file_text(args.previous)
        for warning in warnings:
            _print_err(f"mentor-coach: {warning}")
    request = PlanRequest(
        focus=args.focus,
        phase=args.phase,
        relationship=args.relationship,
        minutes=args.minutes,
        goals=args.goal,
        previous=previous,
        draft_questions=args.draft_question,
        meeting_number=args.meeting,
        planned_meetings=args.planned,
    )
    if args.mentee:
        from coach.workspace.cli import keep_plan, mentee_plan_request

        request = mentee_plan_request(args.mentee, request)
    plan = plan_session(request)
    if args.mentee:
        keep_plan(args.mentee, plan, request)
    for warning in plan.warnings:
        _print_err(f"mentor-coach: {warning}")
    text = {"md": plan.to_markdown, "json": plan.to_json, "html": plan.to_html}[args.format]()
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {args.output}: {exc.strerror}") from None
        _print_err(f"mentor-coach: plan written to {args.output}")
    else:
        print(text)
    return EXIT_OK


def _notes_argument(value: str) -> str:
    """A notes argument is a file when it names one (or looks like a file name), else the text itself."""
    from coach.inputs import read_notes_file

    looks_like_file = (
        "\n" not in value and len(value) < 260 and Path(value).suffix.lower() in (".txt", ".md", ".docx")
    )
    if looks_like_file or ("\n" not in value and len(value) < 260 and Path(value).is_file()):
        text, warnings = read_notes_file(value)
        for warning in warnings:
            _print_err(f"mentor-coach: {warning}")
        return text
    return value


def _print_review_text(data: dict) -> None:
    print(f"Goals ({len(data['goals'])}):")
    for g in data["goals"]:
        print(f"  - {g['text']}  SMART {g['smart_score']}/5")
    s = data["feedback_summary"]
    print(f"Feedback: {s.get('behaviour', 0)} behaviour, {s.get('personality', 0)} personality")
    for f in data["feedback"]:
        print(f"  - [{f['focus']}] {f['text']}")
    q = data["question_summary"]
    ratio = f"{q['open_ratio']:.0%}" if q.get("open_ratio") is not None else "n/a"
    print(f"Questions: {q.get('questions', 0)}, open-question ratio {ratio}")
    print(f"Action items ({len(data['actions'])}):")
    for a in data["actions"]:
        print(f"  - {a['owner']}: {a['task']}" + (f" (due {a['due']})" if a["due"] else ""))
    if data["carried"]:
        print("From last time:")
        for c in data["carried"]:
            print(f"  - {c['status']}: {c['previous_task']}")
    print("For the next session:")
    for n in data["next_session"]:
        print(f"  - {n['text']}")


def cmd_review(args) -> int:
    import json as _json

    from coach.inputs import read_notes_file
    from coach.review import review_notes

    if args.mentee and args.previous:
        raise UsageError(
            "mentor-coach review: --mentee tracks the mentee's own open items; leave out --previous"
        )
    notes = _notes_argument(args.notes)
    previous = None
    if args.previous:
        if Path(args.previous).suffix.lower() == ".json":
            try:
                previous = _json.loads(Path(args.previous).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise InputError(f"{args.previous} is not a saved review (JSON): {exc}") from None
        else:
            previous, warnings = read_notes_file(args.previous)
            for warning in warnings:
                _print_err(f"mentor-coach: {warning}")
    if args.mentee:
        from coach.workspace.cli import review_for_mentee

        review = review_for_mentee(args.mentee, notes, args.date)
    else:
        review = review_notes(notes, previous=previous, session_date=args.date)
    data = review.to_dict()
    for warning in data["warnings"]:
        _print_err(f"mentor-coach: {warning}")
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_review_text(data)
    return EXIT_OK


def cmd_eval(args) -> int:
    if args.target == "estimates":
        from evaluation.estimates_eval import main as eval_estimates

        return eval_estimates()
    if args.target == "notes":
        from evaluation.notes_eval import main as eval_notes

        return eval_notes()
    if args.target == "actions":
        from evaluation.actions_eval import main as eval_actions

        return eval_actions()
    if args.target == "feedback":
        from evaluation.feedback_eval import main as eval_feedback

        return eval_feedback()
    if args.target == "questions":
        from evaluation.questions_eval import main as eval_questions

        return eval_questions()
    if args.target == "goals":
        from evaluation.goals_eval import main as eval_goals

        return eval_goals()
    from evaluation.retrieval_eval import main as eval_retrieval

    return eval_retrieval()


def cmd_import(args) -> int:
    from coach.program.store import open_store

    mapping = None
    if args.mapping:
        try:
            mapping = json.loads(args.mapping)
        except ValueError as exc:
            raise InputError(
                f'--mapping is not JSON ({exc.msg}); give e.g. \'{{"notes": "Summary"}}\''
            ) from None
        # null for a field: the file has no such column (it is not matched by name either).
        if not isinstance(mapping, dict) or not all(
            isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in mapping.items()
        ):
            raise InputError(
                "--mapping must be a JSON object of field -> column name (or null: not in the file)"
            )
    store = open_store()
    try:
        report = store.import_file(args.file, mapping=mapping)
    finally:
        store.close()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        f"{report.file}: {report.rows} rows ({report.encoding}"
        + (f", delimiter {report.delimiter!r}" if report.delimiter else "")
        + f"): {report.inserted} new, "
        f"{report.updated} updated, {report.unchanged} unchanged, {report.rejected} not imported."
    )
    for issue in report.issues:
        where = f"row {issue.row}" if issue.row else "file"
        sid = f" ({issue.session_id})" if issue.session_id else ""
        print(f"  {issue.level}: {where}{sid}: {issue.reason}")
    if report.inserted or report.updated:
        print("Next: mentor-coach score")
    return EXIT_OK


def _progress_bar(out=None):
    """A plain-text progress bar on stderr, redrawn in place when stderr is a terminal."""
    import time

    out = out or sys.stderr
    started = time.perf_counter()
    tty = out.isatty()
    last = [-1]

    def progress(done: int, total: int) -> None:
        if not total:
            return
        width = 30
        filled = width * done // total
        percent = 100 * done // total
        if not tty and percent // 10 == last[0] and done != total:
            return  # a log file gets a line per 10 %, not one per chunk
        last[0] = percent // 10
        elapsed = time.perf_counter() - started
        rate = done / elapsed if elapsed > 0 and done else 0.0
        eta = f", about {int((total - done) / rate)} s left" if rate and done < total else ""
        line = f"Scoring [{'#' * filled}{'.' * (width - filled)}] {done}/{total} ({percent}%){eta}"
        print(("\r" + line.ljust(80)) if tty else line, end="" if tty else "\n", file=out, flush=True)
        if tty and done == total:
            print(file=out)

    return progress


def cmd_score(args) -> int:
    from coach.program.scoring import score_pending
    from coach.program.store import open_store
    from coach.settings import get_settings

    # Ctrl-C stops after the chunk in progress, which is then saved; a second Ctrl-C stops at once.
    # (A KeyboardInterrupt raised at a random point can land in a weakref or GC callback, where
    # Python only prints and drops it; a flag checked between chunks is never lost.)
    stop = threading.Event()

    def on_interrupt(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        _print_err("\nmentor-coach: stopping after the sessions in progress (Ctrl-C again to stop at once)")

    interrupted = "\nmentor-coach: interrupted; the sessions scored so far are saved. Run 'mentor-coach score' again to go on."
    address = args.ray or get_settings().ray_address
    if args.workers is not None and (args.workers < 1 or not address):
        _print_err(
            "mentor-coach: --workers needs --ray (or MENTOR_COACH_RAY_ADDRESS) and a number of at least 1"
        )
        return EXIT_USAGE
    store = open_store()
    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        if address:
            from coach.program.distributed import score_on_ray

            summary = score_on_ray(
                store, address, workers=args.workers, progress=_progress_bar(), should_stop=stop.is_set
            )
        else:
            summary = score_pending(store, progress=_progress_bar(), should_stop=stop.is_set)
        empty = summary.total == 0 and store.count_sessions() == 0
    except KeyboardInterrupt:
        _print_err(interrupted)
        return 130
    finally:
        signal.signal(signal.SIGINT, previous)
        store.close()
    if summary.stopped:
        _print_err(interrupted)
        return 130
    if args.json:
        print(json.dumps(summary.to_dict(), indent=2))
    elif empty:
        print("The store holds no sessions yet: import them first with 'mentor-coach import FILE'.")
    elif summary.total == 0:
        print("Every session is scored already.")
    else:
        rate = summary.scored / summary.seconds if summary.seconds else 0.0
        where = f" on {len(summary.workers)} Ray workers" if summary.workers else ""
        print(
            f"Scored {summary.scored} sessions ({summary.skipped} without text) in {summary.seconds:.0f} s "
            f"({rate:.1f} sessions/s){where} with {summary.analyzer_version}."
        )
    return EXIT_OK


def cmd_report(args) -> int:
    from coach.program.analytics import examples, program_analytics
    from coach.program.store import open_store

    filters = {
        k: v
        for k, v in (
            ("cohort", _split_values(args.cohort)),
            ("mentor", _split_values(args.mentor)),
            ("month", _split_values(args.month)),
        )
        if v
    }
    store = open_store()
    try:
        analytics = program_analytics(store, by=args.by, filters=filters or None)
        sample = examples(store, "feedback", "personality", filters=filters or None, limit=10)
    finally:
        store.close()
    try:
        from coach.program.report import render_report
    except ImportError:
        render_report = None
    if render_report is None:
        if args.format != "json":
            raise CoachError(
                f"the {args.format} report is not ready yet (coach.program.report is missing); "
                "use --format json"
            )
        text = json.dumps(
            {**analytics.to_dict(), "examples": [e.to_dict() for e in sample]}, ensure_ascii=False
        )
    else:
        text = render_report(analytics, args.format, sample)
    if analytics.unscored_sessions:
        _print_err(
            f"mentor-coach: {analytics.unscored_sessions} sessions are not scored yet; run 'mentor-coach score'."
        )
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            raise InputError(f"cannot write {args.output}: {exc.strerror}") from None
        _print_err(f"mentor-coach: wrote {args.output}")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def cmd_bench(args) -> int:
    if args.keep_store and args.target != "program":
        raise UsageError("mentor-coach bench: --keep-store goes with 'bench program'")
    if args.store and args.target != "dashboard":
        raise UsageError("mentor-coach bench: --store goes with 'bench dashboard'")
    if args.workers is not None and (args.target != "program" or args.workers < 1 or args.keep_store):
        raise UsageError(
            "mentor-coach bench: --workers N (at least 1) goes with 'bench program', without --keep-store"
        )
    if args.target == "program":
        from evaluation.bench_program import bench_program

        if args.workers:
            from evaluation.bench_program import bench_program_workers

            return bench_program_workers(args.workers, quick=args.quick)
        return bench_program(quick=args.quick, keep_store=args.keep_store)
    if args.target == "dashboard":
        from evaluation.bench_dashboard import bench_dashboard

        return bench_dashboard(store=args.store, quick=args.quick)
    from evaluation import bench

    return {
        "suggest": bench.bench_suggest,
        "goal": bench.bench_goal,
        "feedback": bench.bench_feedback,
        "plan": bench.bench_plan,
        "review": bench.bench_review,
    }[args.target](quick=args.quick)


def _workspace_command(args) -> int:
    from coach.workspace.cli import cmd_growth, cmd_mentee

    return cmd_mentee(args) if args.command == "mentee" else cmd_growth(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.version:
            from coach import __version__

            print(f"mentor-coach {__version__}")
            return EXIT_OK
        if args.command is None:
            parser.print_help()
            return EXIT_USAGE
        if args.command in NOT_READY:
            _print_err(
                f"mentor-coach {args.command}: not ready yet; it arrives with {NOT_READY[args.command]}."
            )
            return EXIT_FAILED
        handler = {
            "suggest": cmd_suggest,
            "goal": cmd_goal,
            "feedback": cmd_feedback,
            "questions": cmd_questions,
            "plan": cmd_plan,
            "review": cmd_review,
            "train": cmd_train,
            "eval": cmd_eval,
            "bench": cmd_bench,
            "import": cmd_import,
            "score": cmd_score,
            "report": cmd_report,
            "mentee": _workspace_command,
            "growth": _workspace_command,
        }[args.command]
        return handler(args)
    except UsageError as exc:
        _print_err(str(exc))
        return EXIT_USAGE
    except InputError as exc:
        _print_err(f"mentor-coach: {exc}")
        return EXIT_USAGE
    except ModelUnavailable as exc:
        _print_err(f"mentor-coach: {exc}")
        return EXIT_MODEL
    except CoachError as exc:
        _print_err(f"mentor-coach: {exc}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _print_err("mentor-coach: interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a person gets one line; developers can ask for the rest
        if os.environ.get("MENTOR_COACH_DEBUG"):
            raise
        _print_err(
            f"mentor-coach: internal error ({type(exc).__name__}: {exc}); "
            "set MENTOR_COACH_DEBUG=1 to see the details"
        )
        return EXIT_FAILED


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()
