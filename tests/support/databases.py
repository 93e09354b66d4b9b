"""Fresh, migrated databases for tests: a SQLite file, or a PostgreSQL database
of its own created on the server named by CLAIMWATCH_TEST_POSTGRES_URL."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from shared.db.engine import create_engine
from shared.db.migrate import migrate

POSTGRES_ENV = "CLAIMWATCH_TEST_POSTGRES_URL"


def postgres_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def asyncpg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@asynccontextmanager
async def fresh_database(kind: str, tmp_path: Path) -> AsyncIterator[str]:
    """Yield the URL of an empty database migrated to head; drop it afterwards."""
    if kind == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'claimwatch.db'}"
        engine = create_engine(url)
        await migrate(engine)
        await engine.dispose()
        yield url
        return
    base = postgres_url()
    assert base, f"{POSTGRES_ENV} is not set"
    name = f"cw_test_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(asyncpg_dsn(base))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    await migrate(engine)
    await engine.dispose()
    try:
        yield url
    finally:
        admin = await asyncpg.connect(asyncpg_dsn(base))
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()
