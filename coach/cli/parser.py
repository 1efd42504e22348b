"""The command line's shape: every sub-command and its arguments, and nothing that runs them.

Example:
    >>> build_parser().parse_args(["goal", "run a 5k by June", "--json"]).json
    True
"""

from __future__ import annotations

import argparse

from coach.cli.common import UsageError
from coach.cli.development import EVAL_MODULES, TRAIN_TARGETS
from coach.cli.workspace import add_parsers as add_workspace_parsers
from knowledge.schema import AUDIENCES, KINDS, PHASES, RELATIONSHIPS, TOPICS

# Commands announced in --help before they work: name -> what they arrive with.
NOT_READY: dict[str, str] = {}


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line and exit code 2."""

    def error(self, message: str):  # noqa: D401 - argparse's hook
        raise UsageError(f"{self.prog}: {message} (see --help)")


def _positive_k(value: str) -> int:
    try:
        k = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"-k takes a whole number, not {value!r}") from None
    if not 1 <= k <= 50:
        raise argparse.ArgumentTypeError("-k takes a number from 1 to 50")
    return k


def _add_suggest_arguments(commands) -> None:
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


def _add_goal_arguments(commands) -> None:
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


def _add_feedback_arguments(commands) -> None:
    f = commands.add_parser(
        "feedback", help="judge each feedback sentence: behaviour or personality, actionable, specific"
    )
    f.add_argument("text", nargs="?", help="the feedback or session notes")
    f.add_argument("--input", metavar="FILE", help="batch: one text per line, .csv with 'text', or .jsonl")
    f.add_argument("--json", action="store_true", help="print JSON (the stable contract)")


def _add_questions_arguments(commands) -> None:
    q = commands.add_parser(
        "questions", help="find the questions in a text: open or closed, leading, open rewordings"
    )
    q.add_argument("text", nargs="?", help="the questions you plan to ask, or a transcript")
    q.add_argument("--input", metavar="FILE", help="batch: one text per line, .csv with 'text', or .jsonl")
    q.add_argument("--json", action="store_true", help="print JSON (the stable contract)")


def _add_plan_arguments(commands) -> None:
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


def _add_review_arguments(commands) -> None:
    r = commands.add_parser(
        "review", help="review a session's notes: goals, feedback, questions, action items"
    )
    r.add_argument("notes", help="the notes: a .txt, .md or .docx file, or the text itself")
    r.add_argument("--previous", metavar="FILE", help="last session's notes (or a saved review .json)")
    r.add_argument("--date", help="the session's date (YYYY-MM-DD), for relative due dates")
    r.add_argument("--json", action="store_true", help="print JSON (the stable contract)")


def _add_train_arguments(commands) -> None:
    t = commands.add_parser("train", help="train the analyzers' classifier heads from evaluation/data")
    # No `choices` here: argparse checks the empty default list against them and refuses a bare `train`.
    t.add_argument(
        "targets",
        nargs="*",
        metavar="{" + ",".join(TRAIN_TARGETS) + "}",
        help="what to train (default: all)",
    )


def _add_eval_arguments(commands) -> None:
    e = commands.add_parser("eval", help="evaluate on the labelled test data in evaluation/")
    e.add_argument(
        "target",
        choices=list(EVAL_MODULES),
        help="what to evaluate",
    )


def _add_bench_arguments(commands) -> None:
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


def _add_import_arguments(commands) -> None:
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


def _add_score_arguments(commands) -> None:
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


def _add_report_arguments(commands) -> None:
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


def build_parser() -> Parser:
    """The parser of every sub-command, in the order --help lists them.

    Example:
        >>> build_parser().parse_args(["plan", "--minutes", "45"]).minutes
        45
    """
    parser = Parser(prog="mentor-coach", description="Offline mentoring coach and feedback analyzer.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    for add_arguments in (
        _add_suggest_arguments,
        _add_goal_arguments,
        _add_feedback_arguments,
        _add_questions_arguments,
        _add_plan_arguments,
        _add_review_arguments,
        _add_train_arguments,
        _add_eval_arguments,
        _add_bench_arguments,
        _add_import_arguments,
        _add_score_arguments,
        _add_report_arguments,
    ):
        add_arguments(commands)
    add_workspace_parsers(commands)  # mentee …, growth, and --mentee on plan and review
    for name, what in NOT_READY.items():
        commands.add_parser(name, help=f"not ready yet: {what}", add_help=False).add_argument(
            "rest", nargs=argparse.REMAINDER
        )
    return parser
