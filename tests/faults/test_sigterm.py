"""Issue #8: SIGTERM while a message is in flight. The extractor finishes the message,
commits its offset and exits 0 within the grace period. The message is held in
flight by a database lock released just after the signal."""

from __future__ import annotations

import asyncio

import pytest

from shared.events import ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC
from tests.faults.support import (
    batch,
    committed,
    create_pipeline_topics,
    metric,
    publish,
    service_process,
    stored,
    write_lock,
)
from tests.support.kafka import eventually

pytestmark = pytest.mark.slow

GRACE_SECONDS = 10


async def test_sigterm_mid_message_finishes_commits_and_exits_0(
    database_url, fault_settings, tmp_path
):
    settings = fault_settings(database_url=database_url, shutdown_grace_seconds=GRACE_SECONDS)
    await create_pipeline_topics(settings, ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC)

    with service_process("extractor", settings, tmp_path) as extractor:
        await eventually(lambda: _ready(extractor), timeout=60)
        async with write_lock(database_url):
            await publish(settings, batch(1))
            await eventually(lambda: _extracted(extractor), timeout=30, interval=0.05)
            assert extractor.proc is not None
            extractor.proc.terminate()  # SIGTERM while the write waits on the lock
            await eventually(lambda: _not_ready(extractor), timeout=10, interval=0.05)
        returncode = await asyncio.to_thread(extractor.proc.wait, GRACE_SECONDS)
        assert returncode == 0, extractor.log()

    assert "grace period over" not in extractor.log()
    assert (await stored(database_url)).articles == 1
    assert await committed(settings, "extractor", ARTICLES_TOPIC) == 1


async def _ready(extractor) -> bool:
    return await extractor.readyz() == 200


async def _not_ready(extractor) -> bool:
    return await extractor.readyz() == 503


async def _extracted(extractor) -> bool:
    return await metric(extractor, "claimwatch_extraction_duration_seconds_count") >= 1
