"""Graceful shutdown of a real `claimwatch extractor` process: on SIGTERM readiness turns
503, the process commits what it handled and exits 0 within the grace period."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition
from sqlalchemy import func, select

from shared.broker import free_port
from shared.db.engine import create_engine, session_factory
from shared.db.models import ArticleRow
from shared.events import ARTICLES_TOPIC, Article
from shared.kafka.admin import ensure_topics
from shared.kafka.producer import create_producer
from shared.kafka.serde import encode
from tests.ops.services import service_process
from tests.support.kafka import eventually

GRACE_SECONDS = 15.0
BODY = "Iran has delivered hundreds of Shahed-136 attack drones to Russia, U.S. officials said."


def article(i: int) -> Article:
    return Article(
        id=f"shutdown-{i}",
        url=f"https://example.org/shutdown/{i}",
        title=f"Drones for Russia, report {i}",
        content=BODY,
        fetched_at=datetime.now(UTC),
        content_hash=f"h{i}",
    )


async def committed_total(bootstrap: str, group: str, topic: str, partitions: int) -> int:
    """The group's committed offsets summed over the topic's partitions, read without joining."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False
    )
    await consumer.start()
    try:
        offsets = [await consumer.committed(TopicPartition(topic, p)) for p in range(partitions)]
    finally:
        await consumer.stop()
    return sum(offset or 0 for offset in offsets)


async def test_sigterm_turns_readiness_off_commits_and_exits_zero(
    database_url: str, settings_factory, tmp_path: Path
) -> None:
    port = free_port()
    settings = settings_factory(
        database_url=database_url,
        extractor_metrics_port=port,
        shutdown_grace_seconds=GRACE_SECONDS,
    )
    topic = settings.topic(ARTICLES_TOPIC)
    await ensure_topics(settings.bootstrap, [topic], partitions=settings.kafka_topic_partitions)
    articles = [article(i) for i in range(4)]
    producer = create_producer(settings, client_id="test")
    await producer.start()
    try:
        for a in articles:
            await producer.send_and_wait(topic, encode(a), key=a.id.encode())
    finally:
        await producer.stop()

    engine = create_engine(database_url)
    try:
        with service_process("extractor", settings, port=port, logs=tmp_path) as extractor:
            await extractor.wait_ready()

            async def all_stored() -> bool:
                async with session_factory(engine)() as session:
                    count = await session.scalar(select(func.count()).select_from(ArticleRow))
                return count == len(articles)

            await eventually(all_stored, timeout=60)
            # Offsets are committed after each batch; SIGTERM must not depend on that.
            signalled = time.monotonic()
            extractor.terminate()
            statuses = set()
            while extractor.proc.poll() is None:
                response = await extractor.get("/readyz")
                statuses.add(None if response is None else response.status_code)
                if time.monotonic() - signalled > GRACE_SECONDS + 5:
                    break
            exited_after = time.monotonic() - signalled
            assert extractor.proc.wait(timeout=10) == 0, extractor.output()
    finally:
        await engine.dispose()

    assert 200 not in statuses  # never ready again once signalled
    assert 503 in statuses or statuses <= {None}
    assert exited_after < GRACE_SECONDS, extractor.output()
    assert "signal received, draining" in extractor.output()
    committed = await committed_total(
        settings.bootstrap, settings.group("extractor"), topic, settings.kafka_topic_partitions
    )
    assert committed == len(articles)
