"""Issue #8: the broker restarts mid-stream and no article is lost.

The embedded broker keeps topics in memory by default; here Tansu stores them in S3
(moto's server on loopback), as a durable deployment would, so a restart keeps
what was published. Articles published before a crash of the broker are there
after it; the extractor, running across a second restart, stores all of them once.
"""

from __future__ import annotations

from collections import Counter

import pytest

from shared.broker import EmbeddedBroker
from shared.events import ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC
from tests.faults.support import (
    at_least_stored,
    batch,
    create_pipeline_topics,
    publish,
    stored,
)
from tests.support.kafka import eventually
from tests.support.s3 import s3_bucket
from tests.support.services import service_process

pytestmark = pytest.mark.slow

PER_PHASE = 10


async def test_broker_restarts_lose_no_article(sqlite_url, fault_settings, tmp_path):
    before_crash, after_restart = batch(PER_PHASE, tag="a"), batch(PER_PHASE, tag="b")
    with s3_bucket(tmp_path / "s3.log") as bucket:
        broker = EmbeddedBroker(
            storage=bucket.url, env=bucket.env, log_path=tmp_path / "tansu.log"
        ).start()
        try:
            settings = fault_settings(database_url=sqlite_url, kafka_bootstrap=broker.bootstrap)
            await create_pipeline_topics(settings, ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC)
            await publish(settings, before_crash)
            broker.kill()  # a crash: nothing consumed these yet
            broker.start()

            with service_process("extractor", settings, tmp_path) as extractor:
                await eventually(at_least_stored(sqlite_url, PER_PHASE), timeout=60)
                broker.stop()  # a clean restart under a running consumer
                broker.start()
                await publish(settings, after_restart)
                await eventually(at_least_stored(sqlite_url, 2 * PER_PHASE), timeout=90)
                assert extractor.terminate(timeout=30) == 0
            assert extractor.starts == 1
        finally:
            broker.stop()

    result = await stored(sqlite_url)
    assert result.claims_per_article == Counter({a.id: 1 for a in before_crash + after_restart})
