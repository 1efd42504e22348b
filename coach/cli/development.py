"""The developer commands: train the classifier heads, evaluate on the labelled data, measure speed.

They run the code and read the data of ``evaluation/``, which a checkout of the repository has and
the installed package does not carry: the checkout is found from the current folder upwards, or
beside the ``coach`` package of an editable install.

Example:
    $ mentor-coach eval goals
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from coach.cli.common import EXIT_OK, UsageError

TRAIN_TARGETS = ("goals", "feedback", "questions", "actions", "safety", "estimates")


def find_checkout(start: Path | None = None) -> Path | None:
    """The mentor-coach checkout this command runs in: a folder with ``evaluation/`` and ``pyproject.toml``.

    Example:
        >>> find_checkout()                                                   # doctest: +SKIP
        PosixPath('/home/me/mentor-coach')
    """
    import coach

    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents, Path(coach.__file__).resolve().parents[1]):
        if (folder / "evaluation" / "__init__.py").is_file() and (folder / "pyproject.toml").is_file():
            return folder
    return None


def evaluation_module(name: str, command: str):
    """``evaluation.<name>`` from the checkout; a message saying where to run from when there is none."""
    root = find_checkout()
    if root is None:
        raise UsageError(
            f"mentor-coach {command}: needs a checkout of the mentor-coach repository (it reads evaluation/, "
            "which the installed package does not carry); run it from the checkout's folder"
        )
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return importlib.import_module(f"evaluation.{name}")


def cmd_train(args) -> int:

    unknown = [t for t in args.targets if t not in TRAIN_TARGETS]
    if unknown:
        raise UsageError(
            f"mentor-coach train: unknown target {unknown[0]!r}; choose from {', '.join(TRAIN_TARGETS)}"
        )
    heads = [t for t in args.targets if t != "estimates"]
    if heads or not args.targets:
        evaluation_module("train", "train").main(heads)
    if "estimates" in args.targets or not args.targets:
        # Last: the program estimates' calibration is fitted on what the freshly trained heads say.
        return evaluation_module("train_estimates", "train").main()
    return EXIT_OK


EVAL_MODULES = {  # in the order `mentor-coach eval --help` lists them
    "retrieval": "retrieval_eval",
    "goals": "goals_eval",
    "feedback": "feedback_eval",
    "questions": "questions_eval",
    "actions": "actions_eval",
    "notes": "notes_eval",
    "estimates": "estimates_eval",
}


def cmd_eval(args) -> int:
    return evaluation_module(EVAL_MODULES[args.target], "eval").main()


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
        program = evaluation_module("bench_program", "bench")
        if args.workers:
            return program.bench_program_workers(args.workers, quick=args.quick)
        return program.bench_program(quick=args.quick, keep_store=args.keep_store)
    if args.target == "dashboard":
        return evaluation_module("bench_dashboard", "bench").bench_dashboard(
            store=args.store, quick=args.quick
        )
    bench = evaluation_module("bench", "bench")
    return {
        "suggest": bench.bench_suggest,
        "goal": bench.bench_goal,
        "feedback": bench.bench_feedback,
        "plan": bench.bench_plan,
        "review": bench.bench_review,
    }[args.target](quick=args.quick)
