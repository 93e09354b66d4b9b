"""A real FeedPoller for tests: a migrated database, the embedded broker, the pinned client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.fetcher.http import FetchLimits
from services.fetcher.poller import FeedPoller, FeedSnapshot
from services.fetcher.registry import add_feed
from services.fetcher.transport import make_client
from shared.db.engine import create_engine, session_factory
from shared.db.models import Feed
from shared.events import ARTICLES_TOPIC, Article
from shared.kafka.admin import ensure_topics
from shared.kafka.producer import create_producer
from shared.kafka.serde import decode
from shared.settings import Settings
from tests.fetcher.conftest import FIXED_NOW
from tests.support.kafka import read_topic

QUICK = FetchLimits(connect_timeout=1, read_timeout=1, total_timeout=2, max_bytes=2 * 1024 * 1024)


class Clock:
    """An injected clock that moves only when told."""

    def __init__(self, start: datetime = FIXED_NOW) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Harness:
    poller: FeedPoller
    sessions: async_sessionmaker[AsyncSession]
    settings: Settings
    clock: Clock
    topic: str

    async def add(self, url: str, *, full_text: bool = False) -> FeedSnapshot:
        async with self.sessions() as session:
            feed = await add_feed(
                session, url=url, interval_seconds=300, full_text=full_text, now=self.clock()
            )
        return FeedSnapshot.of(feed)

    async def feed(self, feed_id: int) -> Feed:
        async with self.sessions() as session:
            feed = await session.get(Feed, feed_id)
        assert feed is not None
        return feed

    async def snapshot(self, feed_id: int) -> FeedSnapshot:
        return FeedSnapshot.of(await self.feed(feed_id))

    async def published(self, count: int, *, timeout: float = 10.0) -> list[Article]:
        records = await read_topic(
            self.settings.bootstrap, self.topic, count=count, timeout=timeout
        )
        return [decode(r.value, Article) for r in records]


@asynccontextmanager
async def poller_harness(
    settings: Settings, *, limits: FetchLimits = QUICK, allow_private: bool = True
) -> AsyncIterator[Harness]:
    engine = create_engine(settings.database_url)
    topic = settings.topic(ARTICLES_TOPIC)
    await ensure_topics(settings.bootstrap, [topic], partitions=1)
    producer = create_producer(settings, client_id="test-fetcher")
    await producer.start()
    client = make_client()
    clock = Clock()
    poller = FeedPoller(
        sessions=session_factory(engine),
        client=client,
        producer=producer,
        articles_topic=topic,
        limits=limits,
        allow_private=allow_private,
        clock=clock,
    )
    try:
        yield Harness(poller, session_factory(engine), settings, clock, topic)
    finally:
        poller.close()
        await client.aclose()
        await producer.stop()
        await engine.dispose()
