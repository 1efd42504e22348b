"""The judgements: one sub-package per analyzer (goals, feedback, questions, actions, safety).

Each holds its rules, its word lists and its trained head, and exposes a ``*_from_docs`` function
over already-parsed spaCy Docs plus a convenience function over plain text. Analyzers import only
the layers below them (``coach.text``, ``coach.models.loading``, ``coach.types``), never a workflow.
"""
