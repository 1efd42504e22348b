"""The analysis commands: suggest, goal, feedback, questions, plan and review, each read and printed.

Example:
    $ mentor-coach review notes.txt --date 2026-02-16 --json
"""

from __future__ import annotations

import json
from pathlib import Path

from coach.cli.common import EXIT_OK, EXIT_USAGE, UsageError, print_err, split_values
from coach.errors import InputError


def _kb_dirs(args) -> list[str] | None:
    from coach.settings import get_settings

    if not args.kb:
        return None
    return [str(p) for p in get_settings().extra_kb_dirs] + list(args.kb)


def _report_kb_problems(kb_dirs) -> None:
    from coach.workflows.suggest import get_knowledge_base

    for problem in get_knowledge_base(kb_dirs).problems:
        print_err(f"mentor-coach: {problem.summary}")


def _print_suggestions_text(response, header: str | None = None, notes: bool = True) -> None:
    """``notes``: print the warnings here too (a batch's items); a single text has them on stderr already."""
    if header:
        print(header)
    for warning in response.warnings if notes else ():
        print(f"  note: {warning}")
    if response.error:
        print(f"  error: {response.error}")
    if response.nothing_fits and response.results:
        print("  Nothing fits this well; the closest entries:")
    for n, r in enumerate(response.results, 1):
        uncertain = bool(response.safety and response.safety.get("uncertain"))
        safety_mark = "  SAFEGUARDING, IN CASE (not certain)" if uncertain else "  SAFEGUARDING FIRST"
        mark = safety_mark if r.safety else ("  (weak match)" if not r.fits else "")
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
    from coach.text.inputs import read_batch_file
    from coach.workflows.suggest import suggest, suggest_many

    if args.text is not None and args.input:
        raise UsageError("mentor-coach suggest: give either TEXT or --input FILE, not both")
    if args.text is None and not args.input:
        raise UsageError("mentor-coach suggest: give the situation as TEXT or --input FILE")
    options = dict(
        kind=split_values(args.kind),
        phase=split_values(args.phase),
        relationship=split_values(args.relationship),
        audience=split_values(args.audience),
        topic=split_values(args.topic),
        k=args.k,
        kb_dirs=_kb_dirs(args),
    )
    from coach.workflows.suggest import make_filters

    make_filters(
        options["kind"], options["phase"], options["relationship"], options["audience"], options["topic"]
    )
    if args.input:
        items, file_warnings = read_batch_file(args.input)
        for warning in file_warnings:
            print_err(f"mentor-coach: {warning}")
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
            print_err(f'mentor-coach: {failed} of {len(items)} inputs could not be used (see their "error").')
        return EXIT_OK if failed < len(items) else EXIT_USAGE
    _report_kb_problems(options["kb_dirs"])
    response = suggest(args.text, **options)
    for warning in response.warnings:
        print_err(f"mentor-coach: {warning}")
    if args.json:
        print(json.dumps([r.to_dict() for r in response.results], ensure_ascii=False, indent=2))
    else:
        _print_suggestions_text(response, notes=False)
    return EXIT_OK


MARK = {True: "met", False: "not met"}


def _print_goal_text(report, notes: bool = True) -> None:
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
    for warning in report.warnings if notes else ():
        print(f"  note: {warning}")


def _run_batch(args, analyze_many, print_text) -> int:
    """Read a batch file, analyse every readable item in one call, print one result per item in order."""
    from coach.text.inputs import read_batch_file

    items, file_warnings = read_batch_file(args.input)
    for warning in file_warnings:
        print_err(f"mentor-coach: {warning}")
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
        print_err(f'mentor-coach: {failed} of {len(items)} inputs could not be used (see their "error").')
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
        print_err(f"mentor-coach: {warning}")
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_goal_text(report, notes=False)
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
        print_err(f"mentor-coach: {warning}")
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
    from coach.text.inputs import read_file_text
    from coach.workflows.plan import PlanRequest, plan_session

    previous = None
    if args.previous:
        previous, warnings = read_file_text(args.previous)
        for warning in warnings:
            print_err(f"mentor-coach: {warning}")
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
        from coach.cli.workspace import keep_plan, mentee_plan_request

        request = mentee_plan_request(args.mentee, request)
    plan = plan_session(request)
    if args.mentee:
        keep_plan(args.mentee, plan, request)
    for warning in plan.warnings:
        print_err(f"mentor-coach: {warning}")
    text = {"md": plan.to_markdown, "json": plan.to_json, "html": plan.to_html}[args.format]()
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {args.output}: {exc.strerror}") from None
        print_err(f"mentor-coach: plan written to {args.output}")
    else:
        print(text)
    return EXIT_OK


def _notes_argument(value: str) -> str:
    """A notes argument is a file when it names one (or looks like a file name), else the text itself."""
    from coach.text.inputs import read_notes_file

    looks_like_file = (
        "\n" not in value and len(value) < 260 and Path(value).suffix.lower() in (".txt", ".md", ".docx")
    )
    if looks_like_file or ("\n" not in value and len(value) < 260 and Path(value).is_file()):
        text, warnings = read_notes_file(value)
        for warning in warnings:
            print_err(f"mentor-coach: {warning}")
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

    from coach.text.inputs import read_notes_file
    from coach.workflows.review import review_notes

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
                print_err(f"mentor-coach: {warning}")
    if args.mentee:
        from coach.cli.workspace import review_for_mentee

        review = review_for_mentee(args.mentee, notes, args.date)
    else:
        review = review_notes(notes, previous=previous, session_date=args.date)
    data = review.to_dict()
    for warning in data["warnings"]:
        print_err(f"mentor-coach: {warning}")
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_review_text(data)
    return EXIT_OK
