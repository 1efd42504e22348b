"""The mentor's workspace: mentees under labels the mentor chooses, their goals with every version
checked, their sessions (plan, notes, review) and action items carried from one session to the next,
kept in one private SQLite file on this machine. Design notes: docs/workspace.md.

Names load on first use, so that ``mentor-coach --help`` (which imports ``coach.cli.workspace``)
does not load SQLAlchemy.

Example:
    >>> from coach.workspace import open_workspace
    >>> ws = open_workspace("sqlite://")
    >>> ws.add_mentee("JD").open_actions
    0
"""

from importlib import import_module

_WHERE = {
    "MenteeReview": "flow",
    "check_goal": "flow",
    "match_goal": "flow",
    "mentor_trend": "flow",
    "next_plan_request": "flow",
    "prepare_review": "flow",
    "record_review": "flow",
    "save_plan": "flow",
    "Workspace": "store",
    "open_workspace": "store",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'coach.workspace' has no attribute {name!r}")
    return getattr(import_module(f"coach.workspace.{_WHERE[name]}"), name)
