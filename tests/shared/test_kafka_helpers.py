"""Contract suite for the broker helpers, run against the real embedded broker."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from aiokafka import AIOKafkaProducer

from shared.events import Article
from shared.failures import TransientError
from shared.kafka.admin import ensure_topics
from shared.kafka.consumer import ConsumerConfig, ConsumerRunner
from shared.kafka.producer import (
    DeadLetterPublisher,
    DeadLetterRateExceeded,
    DlqLimit,
    create_producer,
)
from shared.kafka.serde import InvalidMessage, decode, encode
from shared.retry import Backoff
from tests.support.kafka import eventually, read_topic


def article(i: int) -> Article:
    return Article(
        id=f"a{i}",
        url=f"https://example.org/{i}",
        title=f"Title {i}",
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
        content_hash=f"h{i}",
    )


async def start_producer(settings) -> AIOKafkaProducer:
    producer = create_producer(settings, client_id="test")
    await producer.start()
    return producer


async def test_ensure_topics_is_idempotent(settings_factory):
    settings = settings_factory()
    names = [settings.topic("a"), settings.topic("b")]
    await ensure_topics(settings.bootstrap, names, partitions=2)
    await ensure_topics(settings.bootstrap, names, partitions=2)
    producer = await start_producer(settings)
    try:
        partitions = await producer.partitions_for(names[0])
    finally:
        await producer.stop()
    assert partitions == {0, 1}


async def test_produce_and_read_back_round_trips_the_event(settings_factory):
    settings = settings_factory()
    topic = settings.topic("roundtrip")
    await ensure_topics(settings.bootstrap, [topic], partitions=1)
    producer = await start_producer(settings)
    try:
        await producer.send_and_wait(topic, encode(article(1)), key=b"a1")
    finally:
        await producer.stop()
    [record] = await read_topic(settings.bootstrap, topic, count=1)
    assert record.key == b"a1"
    assert decode(record.value, Article) == article(1)


async def run_consumer(settings, topic, handler, *, until, max_attempts=3, batch_handler=None):
    """Run a ConsumerRunner until `until()` holds, then stop it cleanly."""
    producer = await start_producer(settings)
    dlq = DeadLetterPublisher(
        producer, topic=settings.topic("dlq"), service="test", limit=DlqLimit(100)
    )
    runner = ConsumerRunner(
        ConsumerConfig(
            bootstrap=settings.bootstrap,
            topic=topic,
            group_id=settings.group("test"),
            service="test",
            client_id="test",
            max_attempts=max_attempts,
            session_timeout_ms=6_000,  # Tansu takes half of it for a first join
        ),
        handler,
        dlq,
        backoff=Backoff(initial=0.01, maximum=0.05),
        batch_handler=batch_handler,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(runner.run(stop))
    try:
        await eventually(until, timeout=40)
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=20)
        await producer.stop()


async def committed(settings, topic: str) -> int:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap,
        group_id=settings.group("test"),
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        return await consumer.committed(TopicPartition(topic, 0)) or 0
    finally:
        await consumer.stop()


async def test_consumer_commits_after_success_and_dead_letters_poison(settings_factory):
    settings = settings_factory()
    topic, dlq_topic = settings.topic("in"), settings.topic("dlq")
    await ensure_topics(settings.bootstrap, [topic, dlq_topic], partitions=1)
    producer = await start_producer(settings)
    try:
        await producer.send_and_wait(topic, encode(article(1)))
        await producer.send_and_wait(topic, b"{not json")
        await producer.send_and_wait(topic, encode(article(3)))
    finally:
        await producer.stop()

    handled: list[str] = []

    async def handler(record):
        handled.append(decode(record.value, Article).id)

    await run_consumer(settings, topic, handler, until=lambda: len(handled) == 2)
    assert handled == ["a1", "a3"]
    assert await committed(settings, topic) == 3
    [dead] = await read_topic(settings.bootstrap, dlq_topic, count=1)
    headers = dict(dead.headers)
    assert dead.value == b"{not json"
    assert headers["origin_topic"] == topic.encode()
    assert headers["origin_offset"] == b"1"
    assert headers["reason"] == b"invalid_message"
    assert b"not JSON" in headers["error"]


async def test_transient_failure_is_retried_and_nothing_is_skipped(settings_factory):
    settings = settings_factory()
    topic = settings.topic("in")
    await ensure_topics(settings.bootstrap, [topic, settings.topic("dlq")], partitions=1)
    producer = await start_producer(settings)
    try:
        for i in range(3):
            await producer.send_and_wait(topic, encode(article(i)))
    finally:
        await producer.stop()

    failures = {"a1": 4}  # more failures than max_attempts: transient errors never give up
    handled: list[str] = []

    async def handler(record):
        aid = decode(record.value, Article).id
        if failures.get(aid, 0) > 0:
            failures[aid] -= 1
            raise TransientError("database unavailable")
        handled.append(aid)

    await run_consumer(settings, topic, handler, until=lambda: len(handled) == 3)
    assert handled == ["a0", "a1", "a2"]
    assert await committed(settings, topic) == 3


async def test_persistent_bug_is_dead_lettered_after_max_attempts(settings_factory):
    settings = settings_factory()
    topic, dlq_topic = settings.topic("in"), settings.topic("dlq")
    await ensure_topics(settings.bootstrap, [topic, dlq_topic], partitions=1)
    producer = await start_producer(settings)
    try:
        await producer.send_and_wait(topic, encode(article(0)))
        await producer.send_and_wait(topic, encode(article(1)))
    finally:
        await producer.stop()
    handled: list[str] = []

    async def handler(record):
        aid = decode(record.value, Article).id
        if aid == "a0":
            raise KeyError("a bug")
        handled.append(aid)

    await run_consumer(settings, topic, handler, until=lambda: handled == ["a1"])
    [dead] = await read_topic(settings.bootstrap, dlq_topic, count=1)
    assert dict(dead.headers)["reason"] == b"handler_error"


async def test_batch_handler_takes_whole_batches_and_a_failed_batch_replays_one_by_one(
    settings_factory,
):
    settings = settings_factory()
    topic, dlq_topic = settings.topic("in"), settings.topic("dlq")
    await ensure_topics(settings.bootstrap, [topic, dlq_topic], partitions=1)
    producer = await start_producer(settings)
    try:
        for value in (encode(article(0)), b"{not json", encode(article(2))):
            await producer.send_and_wait(topic, value)
    finally:
        await producer.stop()
    batches: list[int] = []
    handled: list[str] = []

    async def batch_handler(records):
        batches.append(len(records))
        ids = [decode(r.value, Article).id for r in records]  # the poison raises here
        handled.extend(ids)

    async def handler(record):
        handled.append(decode(record.value, Article).id)

    await run_consumer(
        settings, topic, handler, until=lambda: len(handled) == 2, batch_handler=batch_handler
    )
    assert sum(batches) >= 3  # every record went through the batch handler first
    assert handled == ["a0", "a2"]  # nothing from the failed batch was kept twice
    assert await committed(settings, topic) == 3
    [dead] = await read_topic(settings.bootstrap, dlq_topic, count=1)
    assert dead.value == b"{not json"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        pytest.param(None, "empty", id="empty"),
        pytest.param(b"\xff\xfe", "not JSON", id="binary"),
        pytest.param(b'{"id": 1}', "not a valid Article", id="wrong-shape"),
        pytest.param(b'{"schema_version": 2}', "schema_version", id="unknown-version"),
    ],
)
def test_decode_rejects_poison_with_a_clear_reason(payload, message):
    with pytest.raises(InvalidMessage, match=message):
        decode(payload, Article)


def test_dead_letter_limit_stops_a_flood():
    limit = DlqLimit(max_per_minute=2)
    limit.admit(0.0)
    limit.admit(1.0)
    with pytest.raises(DeadLetterRateExceeded):
        limit.admit(2.0)
    limit.admit(61.5)  # the window slid past the first two
