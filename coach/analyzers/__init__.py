"""The judgements: a sub-package per trained analyzer (goals, feedback, questions, actions) and one
module for the safety route's recognisers (``safety``).

Each holds its rules, its word lists and its trained head, and exposes a ``*_from_docs`` function
over already-parsed spaCy Docs plus a convenience function over plain text. Analyzers import only
the layers below them (``coach.text``, ``coach.models.loading``, ``coach.types``), never a workflow.
"""
