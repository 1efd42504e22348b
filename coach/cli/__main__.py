"""``python -m coach.cli``: the same as the ``mentor-coach`` command."""

from coach.cli import run

run()
