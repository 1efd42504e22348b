"""Alembic environment of the program store: migrations run on the connection ``open_store`` passes.

Run by ``coach.program.store.open_store`` (``alembic.command.upgrade(cfg, "head")``); no alembic.ini,
no logging setup (names and notes never reach a log).
"""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` run by hand: open the URL it was given
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url")).connect()

# Batch mode lets later migrations alter columns on SQLite, which has no ALTER COLUMN.
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
