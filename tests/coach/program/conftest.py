"""The program store fixture: SQLite always, PostgreSQL when MENTOR_COACH_TEST_POSTGRES_URL is set (CI)."""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa

from coach.program.store import open_store

POSTGRES = os.environ.get("MENTOR_COACH_TEST_POSTGRES_URL", "")


def _postgres_schema(action: str, schema: str) -> None:
    engine = sa.create_engine(POSTGRES.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(
            sa.text(f"CREATE SCHEMA {schema}" if action == "create" else f"DROP SCHEMA {schema} CASCADE")
        )
    engine.dispose()


def _postgres_url(schema: str) -> str:
    """A fresh schema per test on the server, so tests do not see each other's rows."""
    _postgres_schema("create", schema)
    sep = "&" if "?" in POSTGRES else "?"
    return f"{POSTGRES}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "postgresql":
        if not POSTGRES:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail("MENTOR_COACH_TEST_POSTGRES_URL is not set in CI")
            pytest.skip("MENTOR_COACH_TEST_POSTGRES_URL not set (PostgreSQL store tests run in CI)")
        schema = "t_" + uuid.uuid4().hex[:10]
        url = _postgres_url(schema)
    else:
        schema, url = None, f"sqlite:///{tmp_path / 'program.sqlite'}"
    s = open_store(url)
    yield s
    s.close()
    if schema:
        _postgres_schema("drop", schema)
