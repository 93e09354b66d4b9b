from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.db.engine import create_engine
from tests.support.databases import POSTGRES_ENV, fresh_database, postgres_url

DATABASE_KINDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgres",
        id="postgres",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(postgres_url() is None, reason=f"{POSTGRES_ENV} is not set"),
        ],
    ),
]

SHARED_KIT = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(params=DATABASE_KINDS)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A migrated, empty database of each kind: SQLite always, PostgreSQL when configured."""
    async with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
async def sqlite_url(tmp_path: Path) -> AsyncIterator[str]:
    """A migrated, empty SQLite database, for tests whose logic does not depend on the backend."""
    async with fresh_database("sqlite", tmp_path) as url:
        yield url


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    eng = create_engine(database_url)
    yield eng
    await eng.dispose()
