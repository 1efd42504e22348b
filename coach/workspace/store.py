"""The mentor's workspace on disk: mentees, their sessions, goals and action items, in one SQLite file.

SQLAlchemy Core, like the program store (``coach.program.store``, whose SQLite pragmas it reuses), but
its own file and tables (``ws_*``), made with ``create_all`` and versioned by a ``schema`` row in
``ws_meta`` (docs/workspace.md says why). The file lives in the data folder with mode 0600
(``MENTOR_COACH_WORKSPACE_URL`` may point elsewhere, SQLite only). Deleting a mentee erases its rows
with ``secure_delete`` on, then vacuums and empties the write-ahead log, so none of its text stays
readable in the files. Nothing here logs, and error messages never quote what was stored.

Example:
    >>> ws = open_workspace("sqlite:///:memory:")
    >>> ws.add_mentee("JD").label
    'JD'
    >>> [m.label for m in ws.mentees()]
    ['JD']
"""

from __future__ import annotations

import os
import re
import time
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from coach.errors import CoachError, InputError
from coach.workspace.schema import (
    SAVED_KINDS,
    SCHEMA_VERSION,
    action_events,
    actions,
    dumps,
    goal_versions,
    goals,
    label_key,
    loads,
    mentees,
    metadata,
    now,
    page_state,
    saved,
    sessions,
    ws_meta,
)
from coach.workspace.types import (
    ActionRecord,
    Goal,
    GoalVersion,
    MenteeDetail,
    MenteeSummary,
    SavedResult,
    SessionEntry,
)

MAX_LABEL = 40


def clean_label(label: object) -> str:
    """A label as stored, or InputError saying what is wrong with it.

    Example:
        >>> clean_label("  JD ")
        'JD'
    """
    if not isinstance(label, str) or not label.strip():
        raise InputError("Give the mentee a label: initials or a nickname (no real name needed).")
    text = " ".join(label.split())
    if len(text) > MAX_LABEL:
        raise InputError(f"A label has at most {MAX_LABEL} characters (initials or a nickname are enough).")
    if any(not ch.isprintable() for ch in text):
        raise InputError("A label cannot hold control characters.")
    return text


@contextmanager
def _guard(what: str):
    # A database error's text can quote the statement's values (a mentee's notes): only its kind is shown.
    try:
        yield
    except SQLAlchemyError as exc:
        raise CoachError(f"The workspace could not {what} ({type(exc).__name__}).") from None


class Workspace:
    """An open workspace. Use ``open_workspace``; close it with ``close()`` (or ``with``)."""

    def __init__(self, engine: sa.Engine, url: str, path: Path | None):
        self.engine = engine
        self.url = url
        self.path = path  # the SQLite file, None in memory

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    # -- mentees ---------------------------------------------------------------------------------------
    def add_mentee(self, label: str) -> MenteeSummary:
        """Add a mentee under a label of the mentor's choosing; InputError if the label is taken.

        Example:
            >>> open_workspace("sqlite://").add_mentee("Sky").sessions
            0
        """
        text = clean_label(label)
        with _guard("add the mentee"), self.engine.begin() as conn:
            if conn.execute(sa.select(mentees.c.id).where(mentees.c.label_key == label_key(text))).first():
                raise InputError(f"A mentee labelled {text!r} exists already: choose another label.")
            conn.execute(mentees.insert().values(label=text, label_key=label_key(text), created_at=now()))
        return self.summary(text)

    def mentee_id(self, conn: sa.Connection, label: str) -> int:
        """The row id of a mentee, or InputError naming the labels there are."""
        key = label_key(label) if isinstance(label, str) else ""
        found = conn.execute(sa.select(mentees.c.id).where(mentees.c.label_key == key)).scalar_one_or_none()
        if found is None:
            raise InputError(
                f"No mentee labelled {label!r}; see 'mentor-coach mentee list' "
                f"(or add one with 'mentor-coach mentee add LABEL')."
            )
        return found

    def labels(self) -> list[str]:
        """Every mentee's label, in the order they were added."""
        with _guard("read the mentees"), self.engine.connect() as conn:
            return list(conn.execute(sa.select(mentees.c.label).order_by(mentees.c.id)).scalars())

    def mentees(self) -> list[MenteeSummary]:
        """Every mentee, in the order they were added."""
        return [self.summary(label) for label in self.labels()]

    def summary(self, label: str) -> MenteeSummary:
        """One mentee's line in "My mentees"."""
        with _guard("read the mentee"), self.engine.connect() as conn:
            mid = self.mentee_id(conn, label)
            row = conn.execute(sa.select(mentees).where(mentees.c.id == mid)).one()

            def count(table, *where) -> int:
                query = sa.select(sa.func.count()).select_from(table).where(table.c.mentee_id == mid, *where)
                return conn.execute(query).scalar_one()

            last = conn.execute(
                sa.select(sa.func.max(sessions.c.session_date)).where(sessions.c.mentee_id == mid)
            ).scalar_one()
            return MenteeSummary(
                row.label,
                row.created_at,
                count(sessions),
                count(goals),
                count(actions, actions.c.status == "open"),
                last,
            )

    def detail(self, label: str) -> MenteeDetail:
        """A mentee's timeline: sessions, goals with every version, action items with their history."""
        with _guard("read the mentee"), self.engine.connect() as conn:
            mid = self.mentee_id(conn, label)
            row = conn.execute(sa.select(mentees).where(mentees.c.id == mid)).one()
            numbers = dict(
                conn.execute(
                    sa.select(sessions.c.id, sessions.c.number).where(sessions.c.mentee_id == mid)
                ).all()
            )
            out = MenteeDetail(row.label, row.created_at)
            for s in conn.execute(
                sa.select(sessions).where(sessions.c.mentee_id == mid).order_by(sessions.c.number)
            ):
                out.sessions.append(
                    SessionEntry(
                        s.number, s.session_date, s.created_at, loads(s.plan), s.notes, loads(s.review)
                    )
                )
            for g in conn.execute(sa.select(goals).where(goals.c.mentee_id == mid).order_by(goals.c.number)):
                versions = conn.execute(
                    sa.select(goal_versions)
                    .where(goal_versions.c.goal_id == g.id)
                    .order_by(goal_versions.c.id)
                ).all()
                out.goals.append(Goal(g.number, [_version(n, v, numbers) for n, v in enumerate(versions, 1)]))
            for a in conn.execute(
                sa.select(actions).where(actions.c.mentee_id == mid).order_by(actions.c.number)
            ):
                events = conn.execute(
                    sa.select(action_events)
                    .where(action_events.c.action_id == a.id)
                    .order_by(action_events.c.id)
                ).all()
                out.actions.append(
                    ActionRecord(
                        a.number,
                        a.owner,
                        a.task,
                        a.due,
                        a.text,
                        a.status,
                        a.reason,
                        numbers.get(a.session_id),
                        [
                            {
                                "session": numbers.get(e.session_id),
                                "status": e.status,
                                "reason": e.reason,
                                "words": e.words,
                            }
                            for e in events
                        ],
                    )
                )
            for s in conn.execute(sa.select(saved).where(saved.c.mentee_id == mid).order_by(saved.c.id)):
                out.saved.append(SavedResult(s.kind, s.text, loads(s.result), s.saved_at))
        return out

    def save_result(self, label: str, kind: str, text: str, result: dict) -> None:
        """Keep a page's result (feedback, questions, suggestions) on a mentee's timeline."""
        if kind not in SAVED_KINDS:
            raise InputError(f"Unknown kind of result {kind!r}: one of {', '.join(SAVED_KINDS)}.")
        with _guard("save the result"), self.engine.begin() as conn:
            conn.execute(
                saved.insert().values(
                    mentee_id=self.mentee_id(conn, label),
                    kind=kind,
                    text=text,
                    result=dumps(result),
                    saved_at=now(),
                )
            )

    # -- erasure ----------------------------------------------------------------------------------------
    def delete_mentee(self, label: str) -> dict:
        """Erase a mentee and everything held for them, leaving none of it readable in the files.

        Returns ``{"label", "rows", "wal_emptied"}``; ``wal_emptied`` is False only when another
        program kept reading the file for seconds, so the log could not be emptied yet (the next
        deletion or start of the app empties it).
        """
        with _guard("delete the mentee"), self.engine.begin() as conn:
            mid = self.mentee_id(conn, label)
            shown = conn.execute(sa.select(mentees.c.label).where(mentees.c.id == mid)).scalar_one()
            rows = _count_rows(conn, mid)
            # The foreign keys cascade too; deleting explicitly does not depend on the pragma.
            conn.execute(
                action_events.delete().where(
                    action_events.c.action_id.in_(sa.select(actions.c.id).where(actions.c.mentee_id == mid))
                )
            )
            conn.execute(
                goal_versions.delete().where(
                    goal_versions.c.goal_id.in_(sa.select(goals.c.id).where(goals.c.mentee_id == mid))
                )
            )
            for table in (actions, goals, saved, page_state, sessions):
                conn.execute(table.delete().where(table.c.mentee_id == mid))
            conn.execute(mentees.delete().where(mentees.c.id == mid))
        return {"label": shown, "rows": rows, "wal_emptied": self.compact()}

    def compact(self) -> bool:
        """Rewrite the file without free pages and empty the write-ahead log; False if a reader held it."""
        if self.path is None:
            return True
        with (
            _guard("compact the file"),
            self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn,
        ):
            conn.exec_driver_sql("VACUUM")
            for _ in range(50):
                busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
                if not busy:
                    return True
                time.sleep(0.1)
        return False

    # -- page state ------------------------------------------------------------------------------------
    def page_state(self, page: str) -> dict | None:
        """The last input (and result) a page kept, or None."""
        with _guard("read the page's state"), self.engine.connect() as conn:
            value = conn.execute(
                sa.select(page_state.c.data).where(page_state.c.page == page)
            ).scalar_one_or_none()
        return loads(value)

    def save_page_state(self, page: str, data: dict, mentee: str | None = None) -> None:
        """Keep a page's last input (plain JSON data), tied to the mentee it was for so erasing them erases it."""
        with _guard("keep the page's state"), self.engine.begin() as conn:
            mid = self.mentee_id(conn, mentee) if mentee else None
            conn.execute(page_state.delete().where(page_state.c.page == page))
            conn.execute(
                page_state.insert().values(page=page, mentee_id=mid, data=dumps(data), updated_at=now())
            )

    def forget_page_state(self, page: str) -> None:
        """Drop what a page kept (secure_delete zeroes it in the file)."""
        with _guard("forget the page's state"), self.engine.begin() as conn:
            conn.execute(page_state.delete().where(page_state.c.page == page))

    # -- export and import -------------------------------------------------------------------------------
    def export_mentee(self, label: str) -> dict:
        """Everything held for a mentee as plain JSON data (``import_mentee`` reads it back)."""
        from coach.workspace.transfer import export_rows

        with _guard("export the mentee"), self.engine.connect() as conn:
            return export_rows(conn, self.mentee_id(conn, label))

    def import_mentee(self, data: object, label: str | None = None) -> MenteeSummary:
        """Add a mentee from an export, under ``label`` or the exported one; InputError for a bad file."""
        from coach.workspace.transfer import import_rows, validate_export

        validate_export(data)
        text = clean_label(label if label is not None else data["mentee"]["label"])
        with _guard("import the mentee"), self.engine.begin() as conn:
            if conn.execute(sa.select(mentees.c.id).where(mentees.c.label_key == label_key(text))).first():
                raise InputError(
                    f"A mentee labelled {text!r} exists already: import under another label "
                    f"(mentor-coach mentee import FILE --as LABEL)."
                )
            import_rows(conn, data, text)
        return self.summary(text)


def _version(number: int, row, session_numbers: dict) -> GoalVersion:
    report = loads(row.report) or {}
    criteria = report.get("criteria") or {}
    unmet = [name for name, c in criteria.items() if not c.get("met")]
    return GoalVersion(
        number,
        row.text,
        row.smart_score,
        unmet,
        row.source,
        row.checked_at,
        session_numbers.get(row.session_id),
    )


def _count_rows(conn: sa.Connection, mid: int) -> int:
    count = 1
    for table in (sessions, goals, actions, saved, page_state):
        count += conn.execute(
            sa.select(sa.func.count()).select_from(table).where(table.c.mentee_id == mid)
        ).scalar_one()
    count += conn.execute(
        sa.select(sa.func.count()).select_from(goal_versions).join(goals).where(goals.c.mentee_id == mid)
    ).scalar_one()
    count += conn.execute(
        sa.select(sa.func.count()).select_from(action_events).join(actions).where(actions.c.mentee_id == mid)
    ).scalar_one()
    return count


def _workspace_pragmas(dbapi_connection, record) -> None:
    from coach.program.store import _sqlite_pragmas

    _sqlite_pragmas(dbapi_connection, record)  # foreign keys, WAL, busy timeout
    cursor = dbapi_connection.cursor()
    # Deleted rows are overwritten with zeros, not only unlinked: an erased mentee leaves no text behind.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _private_file(path: Path) -> None:
    """Create the file readable by its owner only (SQLite gives its -wal and -shm files the same mode)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if p.exists():
                os.chmod(p, 0o600)
        except OSError:  # not ours to change (a shared folder): reading it is still up to its owner
            pass


def _sqlite_path(url: str) -> Path | None:
    if url in ("sqlite://", "sqlite:///:memory:"):
        return None
    return Path(re.sub(r"\?.*$", "", url[len("sqlite:///") :])).expanduser()


def open_workspace(url: str | None = None) -> Workspace:
    """Open (creating as needed) the workspace at ``url``, by default ``workspace.sqlite`` in the data folder.

    Example:
        >>> ws = open_workspace("sqlite:///:memory:")
        >>> ws.mentees()
        []
    """
    from coach.program.store import safe_url
    from coach.settings import get_settings

    url = url or get_settings().workspace_store_url
    if not url.startswith("sqlite:///") and url != "sqlite://":
        raise InputError(
            f"The workspace must be an SQLite file (sqlite:///PATH), not {safe_url(url)}: erasing a "
            f"mentee relies on SQLite's secure_delete."
        )
    path = _sqlite_path(url)
    try:
        if path is None:
            # One shared connection, or every new connection would see its own empty database.
            engine = sa.create_engine(
                "sqlite://", poolclass=sa.pool.StaticPool, connect_args={"check_same_thread": False}
            )
        else:
            _private_file(path)
            engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
    except (OSError, SQLAlchemyError, ValueError) as exc:
        raise InputError(f"The workspace at {safe_url(url)} cannot be used ({type(exc).__name__}).") from None
    sa.event.listen(engine, "connect", _workspace_pragmas)
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            schema = conn.execute(
                sa.select(ws_meta.c.value).where(ws_meta.c.key == "schema")
            ).scalar_one_or_none()
            if schema is None:
                conn.execute(ws_meta.insert().values(key="schema", value=str(SCHEMA_VERSION)))
            elif int(schema) > SCHEMA_VERSION:
                raise CoachError(
                    f"The workspace at {safe_url(url)} was written by a newer mentor-coach "
                    f"(schema {schema}); update mentor-coach to open it."
                )
    except SQLAlchemyError as exc:
        engine.dispose()
        raise CoachError(
            f"The workspace at {safe_url(url)} cannot be opened ({type(exc).__name__})."
        ) from None
    if path is not None:
        _private_file(path)  # the -wal and -shm files made by the first connection
    return Workspace(engine, url, path)
