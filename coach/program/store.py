"""The program store: imported sessions, their scores and per-sentence units, in one SQL database.

SQLAlchemy 2 Core. By default an SQLite file in the data folder; ``MENTOR_COACH_DATABASE_URL`` (or
``url``) points it at any database, e.g. PostgreSQL. The schema is made and upgraded by the Alembic
migrations in ``coach/program/migrations`` each time a store is opened. Names are stored as
imported and only ever leave through ``coach.program.privacy`` as pseudonyms.

Example:
    >>> store = open_store("sqlite:///:memory:")                                        # doctest: +SKIP
    >>> store.import_file("ui/data/demo_program.csv").inserted         # doctest: +SKIP
    618
    >>> store.close()                                                                   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from coach.errors import CoachError, InputError
from coach.program.schema import (
    meta,
    session_scores,  # noqa: F401 - evaluation/estimates_eval.py imports it from here
    sessions,
)
from coach.program.types import ImportReport, SessionRecord
from coach.settings import get_settings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_BATCH = 500


def _normalise_url(url: str) -> str:
    # psycopg (3) is the driver we ship; SQLAlchemy's bare "postgresql://" would ask for psycopg2.
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def safe_url(url: str) -> str:
    """The URL without its password, for messages.

    Example:
        >>> safe_url("postgresql://coach:secret@db/program")
        'postgresql://coach:***@db/program'
    """
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a URL we cannot parse is shown as its scheme only
        return url.split(":", 1)[0] + "://…"


class Store:
    """An open program store. Use ``open_store``; close it with ``close()`` (or ``with``)."""

    def __init__(self, engine: sa.Engine, url: str):
        self.engine = engine
        self.url = url

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- import -----------------------------------------------------------------------------------
    def import_file(self, path: str | Path, mapping: dict[str, str] | None = None) -> ImportReport:
        """Import one file in one transaction; a rejected file (InputError) stores nothing.

        Re-importing the same file changes nothing; a row whose content changed is updated.

        Example:
            >>> report = store.import_file("sessions.csv")          # doctest: +SKIP
            >>> report.inserted, report.updated, report.unchanged    # doctest: +SKIP
            (618, 0, 0)
        """
        from coach.program.ingest import iter_records

        report = ImportReport(file=Path(path).name)
        self._import(iter_records(path, mapping, report), report)
        return report

    def import_records(self, records: Iterable[SessionRecord], report: ImportReport) -> ImportReport:
        """Store records already read (``read_records``), counting into ``report``; one transaction."""
        self._import(records, report)
        return report

    def _import(self, records: Iterable[SessionRecord], report: ImportReport) -> None:
        from coach.program.ingest import content_hash, is_placeholder
        from coach.program.privacy import assign_pseudonyms

        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        try:
            with self.engine.begin() as conn:
                existing = {
                    row.session_key: (row.pk, row.content_hash)
                    for row in conn.execute(
                        sa.select(sessions.c.session_key, sessions.c.pk, sessions.c.content_hash)
                    )
                }
                inserts: list[dict] = []
                updates: list[dict] = []
                names: set[tuple[str, str]] = set()

                def flush() -> None:
                    if inserts:
                        conn.execute(sessions.insert(), inserts)
                        inserts.clear()
                    if updates:
                        conn.execute(sessions.update().where(sessions.c.pk == sa.bindparam("_pk")), updates)
                        updates.clear()

                for record in records:
                    key = record.session_id.strip().casefold()
                    digest = content_hash(record)
                    row = {
                        "session_key": key,
                        "session_id": record.session_id,
                        "date": record.date,
                        "month": record.date.strftime("%Y-%m"),
                        "mentor": record.mentor,
                        "mentee": record.mentee,
                        "cohort": record.cohort,
                        "notes": record.notes,
                        "goal": record.goal,
                        "feedback": record.feedback,
                        "content_hash": digest,
                        "has_text": not all(
                            is_placeholder(t) for t in (record.notes, record.goal, record.feedback)
                        ),
                        "source_file": record.source_file,
                        "source_row": record.source_row,
                        "updated_at": now,
                    }
                    names.add(("mentor", record.mentor))
                    names.add(("mentee", record.mentee))
                    found = existing.get(key)
                    if found is None:
                        inserts.append(row | {"imported_at": now})
                        existing[key] = (None, digest)
                        report.inserted += 1
                    elif found[1] == digest:
                        report.unchanged += 1
                    else:
                        updates.append(row | {"_pk": found[0]})
                        existing[key] = (found[0], digest)
                        report.updated += 1
                    if len(inserts) + len(updates) >= _BATCH:
                        flush()
                flush()
                assign_pseudonyms(conn, names)
        except SQLAlchemyError as exc:
            raise CoachError(
                f"The store at {safe_url(self.url)} could not save the import "
                f"({type(exc).__name__}); nothing was stored."
            ) from None

    # -- queries -------------------------------------------------------------------------------------
    def count_sessions(self) -> int:
        """How many sessions the store holds.

        Example:
            >>> open_store("sqlite:///:memory:").count_sessions()   # doctest: +SKIP
            0
        """
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(sessions)).scalar_one()

    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(meta.c.value).where(meta.c.key == key)).scalar_one_or_none()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL: the app can read while the CLI scores; the busy timeout waits for the other's commit.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the newest Alembic revision (a no-op when it is there)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``url``, default from the settings.

    Example:
        >>> store = open_store("sqlite:///program.sqlite")                      # doctest: +SKIP
        >>> store.count_sessions()                                               # doctest: +SKIP
        0
    """
    url = url or get_settings().store_url
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url[len("sqlite:///") :]).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        if url in ("sqlite://", "sqlite:///:memory:"):
            # One shared connection, or every new connection would see its own empty database.
            engine = sa.create_engine(
                url, poolclass=sa.pool.StaticPool, connect_args={"check_same_thread": False}
            )
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        elif url.startswith("sqlite"):
            engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = sa.create_engine(_normalise_url(url), pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise InputError(f"The database URL {safe_url(url)} cannot be used: {exc}") from None
    try:
        migrate(engine)
        from coach.program.privacy import ensure_secret

        with engine.begin() as conn:
            ensure_secret(conn)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise CoachError(
            f"The store at {safe_url(url)} cannot be opened ({type(exc).__name__}: "
            f"{str(exc).splitlines()[0][:200]})."
        ) from None
    return Store(engine, url)
