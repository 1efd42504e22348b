"""The ``mentor-coach`` command: argument parsing and printing only; the library does the work.

Exit codes: 0 done, 1 failed, 2 usage or input error, 3 a model is not installed.

Example:
    $ mentor-coach suggest "my mentee keeps cancelling our meetings" --kind question -k 3 --json
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from coach.cli.analysis import cmd_feedback, cmd_goal, cmd_plan, cmd_questions, cmd_review, cmd_suggest
from coach.cli.common import EXIT_FAILED, EXIT_MODEL, EXIT_OK, EXIT_USAGE, UsageError, print_err
from coach.cli.development import cmd_bench, cmd_eval, cmd_train
from coach.cli.parser import NOT_READY, build_parser
from coach.cli.program import cmd_import, cmd_report, cmd_score
from coach.errors import CoachError, InputError, ModelUnavailable


def _workspace_command(args) -> int:
    from coach.cli.workspace import cmd_growth, cmd_mentee

    return cmd_mentee(args) if args.command == "mentee" else cmd_growth(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line and return its exit code (errors are one line on stderr, not a traceback).

    Example:
        >>> main(["goal"])  # prints "mentor-coach goal: give the goal as TEXT or --input FILE ..."
        2
    """
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
            print_err(
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
        print_err(str(exc))
        return EXIT_USAGE
    except InputError as exc:
        print_err(f"mentor-coach: {exc}")
        return EXIT_USAGE
    except ModelUnavailable as exc:
        print_err(f"mentor-coach: {exc}")
        return EXIT_MODEL
    except CoachError as exc:
        print_err(f"mentor-coach: {exc}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        print_err("mentor-coach: interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a person gets one line; developers can ask for the rest
        if os.environ.get("MENTOR_COACH_DEBUG"):
            raise
        print_err(
            f"mentor-coach: internal error ({type(exc).__name__}: {exc}); "
            "set MENTOR_COACH_DEBUG=1 to see the details"
        )
        return EXIT_FAILED


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
