"""The developer commands: train the classifier heads, evaluate on the labelled data, measure speed.

Example:
    $ mentor-coach eval goals
"""

from __future__ import annotations

from coach.cli.common import EXIT_OK, UsageError

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
