from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.broker import EmbeddedBroker
from shared.db.engine import create_engine
from shared.settings import Settings
from tests.support.databases import POSTGRES_ENV, fresh_database, postgres_url
from tests.support.kafka import unique_prefix

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


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    """One embedded Tansu for the session; tests isolate themselves by topic prefix."""
    log = tmp_path_factory.mktemp("broker") / "tansu.log"
    with EmbeddedBroker(log_path=log) as running:
        yield running


@pytest.fixture
def settings_factory(broker: EmbeddedBroker, tmp_path: Path) -> Callable[..., Settings]:
    """Settings for one test: its own topics and groups on the session broker."""
    prefix = unique_prefix()

    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "kafka_bootstrap": broker.bootstrap,
            "topic_prefix": prefix,
            "consumer_group_prefix": f"{prefix}cg",
            "kafka_topic_partitions": 2,
            "kafka_session_timeout_ms": 6000,  # Tansu takes half of it for a first join
            "allow_private_urls": True,
            "alert_dir": tmp_path / "alerts",
            "fetcher_metrics_port": 0,
            "extractor_metrics_port": 0,
            "alerter_metrics_port": 0,
            "log_format": "text",
        }
        values.update(overrides)
        return Settings(**values)  # type: ignore[arg-type]

    return make
