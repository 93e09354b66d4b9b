"""Issue #8: a poison message on the articles topic is dead-lettered with its origin and
reason while the messages after it flow on; a service started before its broker waits
with backoff, not ready, and recovers when the broker appears."""

from __future__ import annotations

import pytest

from shared.broker import EmbeddedBroker
from shared.events import ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC
from tests.faults.support import (
    at_least_stored,
    batch,
    committed,
    create_pipeline_topics,
    publish,
    stored,
)
from tests.support.kafka import eventually, read_topic
from tests.support.services import service_process

pytestmark = pytest.mark.slow

POISON = [
    (b"{not json", b"not JSON"),
    (b'{"schema_version": 1, "id": "x"}', b"not a valid Article"),
    (b'{"schema_version": 2, "id": "x"}', b"schema_version"),
]


async def test_poison_articles_are_dead_lettered_with_origin_and_the_rest_flows(
    sqlite_url, fault_settings, tmp_path
):
    settings = fault_settings(database_url=sqlite_url, kafka_topic_partitions=1)
    await create_pipeline_topics(settings, ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC)
    first, last = batch(2)
    await publish(settings, [first])
    await publish(settings, [value for value, _ in POISON])  # offsets 1, 2, 3
    await publish(settings, [last])

    with service_process("extractor", settings, tmp_path) as extractor:
        await eventually(at_least_stored(sqlite_url, 2), timeout=60)
        dead = await read_topic(
            settings.bootstrap, settings.topic(DEADLETTER_TOPIC), count=len(POISON)
        )
        await eventually(lambda: _committed(settings, 2 + len(POISON)), timeout=30)
        assert extractor.terminate(timeout=30) == 0

    assert len(dead) == len(POISON)
    for offset, (record, (value, reason)) in enumerate(zip(dead, POISON, strict=True), start=1):
        headers = dict(record.headers)
        assert record.value == value
        assert headers["origin_topic"] == settings.topic(ARTICLES_TOPIC).encode()
        assert headers["origin_partition"] == b"0"
        assert headers["origin_offset"] == str(offset).encode()
        assert headers["reason"] == b"invalid_message"
        assert headers["service"] == b"extractor"
        assert reason in headers["error"]
    assert set((await stored(sqlite_url)).claims_per_article) == {first.id, last.id}


async def test_service_started_without_broker_waits_not_ready_then_recovers(
    sqlite_url, fault_settings, tmp_path
):
    absent = EmbeddedBroker(log_path=tmp_path / "late-broker.log")  # port chosen, not started
    settings = fault_settings(database_url=sqlite_url, kafka_bootstrap=absent.bootstrap)

    with service_process("extractor", settings, tmp_path) as extractor:
        await eventually(lambda: extractor.readyz_is(503), timeout=30)
        await eventually(lambda: "cannot start yet" in extractor.log(), timeout=30)
        assert await extractor.readyz() == 503
        with absent:
            await eventually(lambda: extractor.readyz_is(200), timeout=60)
            await create_pipeline_topics(settings, ARTICLES_TOPIC)
            await publish(settings, batch(1))
            await eventually(at_least_stored(sqlite_url, 1), timeout=30)
            assert extractor.terminate(timeout=30) == 0
    assert extractor.starts == 1  # the same process recovered, nobody restarted it


async def _committed(settings, offset: int) -> bool:
    return await committed(settings, "extractor", ARTICLES_TOPIC) == offset
