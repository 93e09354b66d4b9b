"""Issue #8: the database locked (SQLite: another connection holds the write lock) or
cut off (PostgreSQL: the extractor's connection is terminated while it waits on a
table lock). Nothing is committed to Kafka for the work that could not be written;
it lands exactly once after the database is back."""

from __future__ import annotations

from collections import Counter

import pytest

from shared.events import ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC
from tests.faults.support import (
    at_least_stored,
    batch,
    committed,
    create_pipeline_topics,
    publish,
    stored,
    write_lock,
)
from tests.support.kafka import eventually
from tests.support.services import extracted, metric, service_process

pytestmark = pytest.mark.slow

ARTICLES = 3


async def test_database_outage_commits_no_offset_until_the_work_lands(
    database_url, fault_settings, tmp_path
):
    settings = fault_settings(database_url=database_url)
    await create_pipeline_topics(settings, ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC)
    articles = batch(ARTICLES)

    with service_process("extractor", settings, tmp_path) as extractor:
        await eventually(lambda: extractor.readyz_is(200), timeout=60)
        async with write_lock(database_url) as lock:
            await publish(settings, articles)
            # extracted, now stuck on the write
            await eventually(lambda: extracted(extractor), timeout=30, interval=0.05)
            if lock.kind == "postgresql":
                await eventually(lock.terminate_waiters, timeout=10, interval=0.05)
                await eventually(lambda: _transient_failures(extractor), timeout=30)
            assert await committed(settings, "extractor", ARTICLES_TOPIC) == 0
            assert (await stored(database_url)).articles == 0
        await eventually(at_least_stored(database_url, ARTICLES), timeout=60)
        await eventually(lambda: _committed_all(settings), timeout=30)
        assert extractor.terminate(timeout=30) == 0

    result = await stored(database_url)
    assert result.claims_per_article == Counter({a.id: 1 for a in articles})


async def _transient_failures(extractor) -> bool:
    return await metric(extractor, "claimwatch_transient_failures_total") >= 1


async def _committed_all(settings) -> bool:
    return await committed(settings, "extractor", ARTICLES_TOPIC) == ARTICLES
