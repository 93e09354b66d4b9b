"""What the fault tests share: a batch of articles that each yield a known claim, counts
read back from the database and the topics, and a lock that holds the database."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import ConsumerRecord
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from shared.db.engine import create_engine
from shared.db.models import ArticleRow, ClaimRow
from shared.events import ARTICLES_TOPIC, Article, stable_hash
from shared.kafka.admin import ensure_topics
from shared.kafka.producer import create_producer
from shared.kafka.serde import encode
from shared.settings import Settings
from tests.support.databases import asyncpg_dsn
from tests.support.kafka import read_topic

REPO = Path(__file__).resolve().parents[2]

EVIDENCE = "Iran has delivered hundreds of Shahed-136 attack drones to Russia, U.S. officials said."


def article(n: int, *, tag: str = "") -> Article:
    """Article `n` of a batch: each one yields exactly one claim (Iran, drone_supply)."""
    content = f"{EVIDENCE} Shipment {n} crossed the Caspian Sea."
    return Article(
        id=stable_hash("fault-article", tag, str(n)),
        url=f"https://news.example.org/{tag}{n}",
        title=f"Caspian shipping report {n}",  # a headline that claims nothing
        content=content,
        fetched_at=datetime.now(UTC),
        content_hash=stable_hash(content),
    )


def batch(count: int, *, tag: str = "") -> list[Article]:
    return [article(n, tag=tag) for n in range(count)]


async def publish(settings: Settings, items: list[Article] | list[bytes]) -> None:
    """Publish articles (or raw values) to the articles topic, keyed like the fetcher does."""
    producer = create_producer(settings, client_id="fault-test")
    await producer.start()
    try:
        await send_all(producer, settings.topic(ARTICLES_TOPIC), items)
    finally:
        await producer.stop()


async def send_all(
    producer: AIOKafkaProducer, topic: str, items: list[Article] | list[bytes]
) -> None:
    futures = []
    for item in items:
        if isinstance(item, Article):
            futures.append(await producer.send(topic, encode(item), key=item.id.encode()))
        else:
            futures.append(await producer.send(topic, item, key=b"raw"))
    for future in futures:
        await future


async def create_pipeline_topics(settings: Settings, *names: str) -> None:
    await ensure_topics(
        settings.bootstrap,
        [settings.topic(n) for n in names],
        partitions=settings.kafka_topic_partitions,
    )


@dataclass
class Stored:
    articles: int
    claims_per_article: Counter[str]
    claim_ids: set[str]


async def stored(database_url: str) -> Stored:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as conn:
            articles = await conn.scalar(select(func.count()).select_from(ArticleRow)) or 0
            rows = (await conn.execute(select(ClaimRow.id, ClaimRow.article_id))).all()
    finally:
        await engine.dispose()
    return Stored(
        articles=articles,
        claims_per_article=Counter(article_id for _, article_id in rows),
        claim_ids={claim_id for claim_id, _ in rows},
    )


async def stored_articles(database_url: str) -> int:
    return (await stored(database_url)).articles


async def read_everything(bootstrap: str, topic: str, *, at_least: int) -> list[ConsumerRecord]:
    """Every record on `topic`, once at least `at_least` are there and a poll finds no more.

    Not from the end offsets: Tansu 0.6 answers ListOffsets(latest) with the last
    record *batch*'s base offset + 1, which undercounts a partition written in batches.
    """
    records = await read_topic(bootstrap, topic, count=at_least)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    try:
        await consumer.topics()
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        consumer.assign(partitions)
        last = {(r.partition, r.offset) for r in records}
        for tp in partitions:
            seen = [o for p, o in last if p == tp.partition]
            consumer.seek(tp, max(seen) + 1 if seen else 0)
        while batch := await consumer.getmany(timeout_ms=500):
            for part in batch.values():
                records.extend(part)
    finally:
        await consumer.stop()
    return records


def last_offsets(records: list[ConsumerRecord]) -> dict[int, int]:
    """Per partition, the offset after the last record read (what a consumer commits)."""
    ends: dict[int, int] = {}
    for record in records:
        ends[record.partition] = max(ends.get(record.partition, 0), record.offset + 1)
    return ends


def at_least_stored(database_url: str, count: int) -> Callable[[], Awaitable[bool]]:
    """A predicate for `eventually`: at least `count` articles are stored."""

    async def check() -> bool:
        return await stored_articles(database_url) >= count

    return check


async def committed(settings: Settings, service: str, topic_name: str) -> int:
    """The sum of the offsets `service`'s consumer group committed on a topic."""
    return sum((await committed_by_partition(settings, service, topic_name)).values())


@dataclass
class WriteLock:
    """Another connection holding the database's write lock (SQLite) or the articles
    table's (PostgreSQL), so the extractor's writes block."""

    database_url: str
    kind: str = ""
    _sqlite: sqlite3.Connection | None = None
    _pg: asyncpg.Connection | None = None

    async def acquire(self) -> WriteLock:
        url = make_url(self.database_url)
        self.kind = url.get_backend_name()
        if self.kind == "sqlite":
            self._sqlite = sqlite3.connect(str(url.database), isolation_level=None)
            self._sqlite.execute("BEGIN IMMEDIATE")
        else:
            self._pg = await asyncpg.connect(asyncpg_dsn(self.database_url))
            await self._pg.execute("BEGIN")
            await self._pg.execute("LOCK TABLE articles IN EXCLUSIVE MODE")
        return self

    async def terminate_waiters(self) -> int:
        """PostgreSQL only: cut the connections waiting on the lock, as a database
        restart would. Returns how many were cut."""
        assert self._pg is not None
        cut = await self._pg.fetch(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND wait_event_type = 'Lock'"
        )
        return len(cut)

    async def release(self) -> None:
        if self._sqlite is not None:
            self._sqlite.execute("ROLLBACK")
            self._sqlite.close()
            self._sqlite = None
        if self._pg is not None:
            await self._pg.execute("ROLLBACK")
            await self._pg.close()
            self._pg = None


@asynccontextmanager
async def write_lock(database_url: str) -> AsyncIterator[WriteLock]:
    lock = await WriteLock(database_url).acquire()
    try:
        yield lock
    finally:
        await lock.release()


async def committed_by_partition(
    settings: Settings, service: str, topic_name: str
) -> dict[int, int]:
    """The offset `service`'s consumer group committed on each partition of a topic."""
    topic = settings.topic(topic_name)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap,
        group_id=settings.group(service),
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        await consumer.topics()
        partitions = sorted(consumer.partitions_for_topic(topic) or ())
        return {p: await consumer.committed(TopicPartition(topic, p)) or 0 for p in partitions}
    finally:
        await consumer.stop()
