"""What every command of the CLI shares: exit codes, the usage error and printing to stderr.

Example:
    >>> split_values(["goal,feedback", " plan "])
    ['goal', 'feedback', 'plan']
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_MODEL = 0, 1, 2, 3


class UsageError(Exception):
    pass


def split_values(values: list[str] | None) -> list[str] | None:
    """Repeated and comma-separated option values as one list; None when none were given."""
    if not values:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def print_err(message: str) -> None:
    """One line for the user on stderr."""
    print(message, file=sys.stderr)
