"""Issue #8: a second extractor joins the group while the first is mid-message on a
four-partition topic. The rebalance moves partitions; the first commits only what it
still owns (the message it was holding is replayed by the new owner, a no-op in the
database), and every article is stored exactly once."""

from __future__ import annotations

from collections import Counter

import pytest

from shared.events import ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC, Claim
from shared.kafka.serde import decode
from tests.faults.support import (
    WriteLock,
    at_least_stored,
    batch,
    committed_by_partition,
    create_pipeline_topics,
    last_offsets,
    publish,
    read_everything,
    stored,
)
from tests.support.kafka import eventually, read_topic
from tests.support.services import extracted, service_process

pytestmark = pytest.mark.slow

ARTICLES = 40


async def test_consumer_joining_mid_batch_loses_nothing_and_stores_once(
    database_url, fault_settings, tmp_path
):
    settings = fault_settings(database_url=database_url, kafka_topic_partitions=4)
    await create_pipeline_topics(settings, ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC)
    articles = batch(ARTICLES)
    await publish(settings, articles)
    ends = last_offsets(
        await read_topic(settings.bootstrap, settings.topic(ARTICLES_TOPIC), count=ARTICLES)
    )

    with service_process("extractor", settings, tmp_path) as first:
        lock = await WriteLock(database_url).acquire()
        try:
            await eventually(lambda: extracted(first), timeout=60, interval=0.05)
            # `first` owns all four partitions and is stuck mid-message: `second` joins now
            with service_process("extractor", settings, tmp_path) as second:
                await eventually(lambda: extracted(second), timeout=60, interval=0.05)
                await lock.release()
                await eventually(at_least_stored(database_url, ARTICLES), timeout=60)
                await eventually(lambda: _committed_up_to(settings, ends), timeout=30)
                assert second.terminate(timeout=30) == 0
            assert first.terminate(timeout=30) == 0
        finally:
            await lock.release()

    result = await stored(database_url)
    assert result.claims_per_article == Counter({a.id: 1 for a in articles})
    on_topic = await read_everything(
        settings.bootstrap, settings.topic(CLAIMS_TOPIC), at_least=ARTICLES
    )
    assert {decode(r.value, Claim).id for r in on_topic} == result.claim_ids
    assert await committed_by_partition(settings, "extractor", ARTICLES_TOPIC) == ends


async def _committed_up_to(settings, ends: dict[int, int]) -> bool:
    return await committed_by_partition(settings, "extractor", ARTICLES_TOPIC) == ends
