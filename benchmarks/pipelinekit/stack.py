"""What a benchmark run stands on: the embedded broker, a fresh migrated database,
topics of its own, and the environment every service process reads its settings from."""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from services.alerter.subscriptions import SubscriptionCreate, create_subscription
from services.fetcher.registry import add_feed
from shared.broker import EmbeddedBroker, free_port
from shared.db.engine import create_engine, session_factory
from shared.events import ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC
from shared.kafka.admin import ensure_topics
from shared.settings import Settings
from tests.support.databases import fresh_database

SERVICE_PORT_SETTINGS = {
    "fetcher": "CLAIMWATCH_FETCHER_METRICS_PORT",
    "extractor": "CLAIMWATCH_EXTRACTOR_METRICS_PORT",
    "alerter": "CLAIMWATCH_ALERTER_METRICS_PORT",
    "api": "CLAIMWATCH_API_PORT",
}


@dataclass
class Stack:
    broker: EmbeddedBroker
    database_url: str
    database_kind: str
    engine: AsyncEngine
    env: dict[str, str]
    log_dir: Path
    partitions: int
    settings: Settings = field(init=False)

    def __post_init__(self) -> None:
        self.settings = Settings(
            **{
                k.removeprefix("CLAIMWATCH_").lower(): v
                for k, v in self.env.items()
                if k.startswith("CLAIMWATCH_")
            }
        )

    def service_env(self, service: str) -> tuple[dict[str, str], int]:
        """The environment of one service process, with a health/metrics port of its own."""
        port = free_port()
        return {**self.env, SERVICE_PORT_SETTINGS[service]: str(port)}, port

    async def create_topics(self) -> None:
        await ensure_topics(
            self.settings.bootstrap,
            [self.settings.topic(t) for t in (ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC)],
            partitions=self.partitions,
        )

    async def seed(self, *, feed_urls: list[str], poll_seconds: int, subjects: list[str]) -> None:
        """The feeds, polled every `poll_seconds`, and email subscriptions to `subjects`,
        100 subjects each (the most one subscription may follow), one analyst each."""
        now = datetime.now(UTC)
        sessions = session_factory(self.engine)
        async with sessions() as session:
            for url in feed_urls:
                await add_feed(session, url=url, interval_seconds=poll_seconds, now=now)
            for k in range(0, len(subjects), 100):
                await create_subscription(
                    session,
                    data=SubscriptionCreate(
                        channel="email",
                        target=f"analyst{k // 100}@example.org",
                        subjects=subjects[k : k + 100],
                    ),
                    owner_key_id=None,
                    now=now,
                )


@contextlib.asynccontextmanager
async def stack(
    *, database: str, partitions: int, overrides: dict[str, str] | None = None
) -> AsyncIterator[Stack]:
    """Broker, database and settings for one run; everything is gone afterwards."""
    with tempfile.TemporaryDirectory(prefix="cw-bench-") as tmp:
        tmp_path = Path(tmp)
        log_dir = Path(os.environ.get("BENCH_LOG_DIR", tmp_path))
        os.makedirs(log_dir, exist_ok=True)
        broker = EmbeddedBroker(log_path=log_dir / "broker.log").start()
        try:
            async with fresh_database(database, tmp_path) as url:
                prefix = f"bench{uuid.uuid4().hex[:8]}."
                env = {
                    **os.environ,
                    "CLAIMWATCH_DATABASE_URL": url,
                    "CLAIMWATCH_KAFKA_BOOTSTRAP": broker.bootstrap,
                    "CLAIMWATCH_TOPIC_PREFIX": prefix,
                    "CLAIMWATCH_CONSUMER_GROUP_PREFIX": f"{prefix}cg",
                    "CLAIMWATCH_KAFKA_TOPIC_PARTITIONS": str(partitions),
                    "CLAIMWATCH_ALLOW_PRIVATE_URLS": "true",
                    "CLAIMWATCH_API_OPEN_READS": "true",
                    "CLAIMWATCH_ALERT_DIR": str(tmp_path / "alerts"),
                    "CLAIMWATCH_LOG_LEVEL": "WARNING",
                    "CLAIMWATCH_LOG_FORMAT": "text",
                    **(overrides or {}),
                }
                engine = create_engine(url)
                try:
                    yield Stack(broker, url, database, engine, env, log_dir, partitions)
                finally:
                    await engine.dispose()
        finally:
            broker.stop()
