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
    publish,
    stored,
    write_lock,
)
from tests.support.kafka import eventually
from tests.support.services import extracted, service_process

pytestmark = pytest.mark.slow

GRACE_SECONDS = 10


async def test_sigterm_mid_message_finishes_commits_and_exits_0(
    database_url, fault_settings, tmp_path
):
    settings = fault_settings(database_url=database_url, shutdown_grace_seconds=GRACE_SECONDS)
    await create_pipeline_topics(settings, ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC)

    with service_process("extractor", settings, tmp_path) as extractor:
        await eventually(lambda: extractor.readyz_is(200), timeout=60)
        async with write_lock(database_url):
            await publish(settings, batch(1))
            await eventually(lambda: extracted(extractor), timeout=30, interval=0.05)
            assert extractor.proc is not None
            extractor.proc.terminate()  # SIGTERM while the write waits on the lock
            await eventually(lambda: extractor.readyz_is(503), timeout=10, interval=0.05)
        returncode = await asyncio.to_thread(extractor.proc.wait, GRACE_SECONDS)
        assert returncode == 0, extractor.log()

    assert "grace period over" not in extractor.log()
    assert (await stored(database_url)).articles == 1
    assert await committed(settings, "extractor", ARTICLES_TOPIC) == 1
