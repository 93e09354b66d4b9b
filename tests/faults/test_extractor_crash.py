"""Issue #8: SIGKILL the extractor mid-batch, restart it, and count what landed.

Every article's claims are stored exactly once (unique keys make the replay a
no-op in the database). The claims topic can carry a claim twice: the batch
after the last commit is replayed and its claims published again. Its consumer,
the alerter, dedups them (deliveries are unique per subscription and episode).
"""

from __future__ import annotations

from collections import Counter

import pytest

from shared.events import ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC, Claim
from shared.kafka.serde import decode
from tests.faults.support import (
    at_least_stored,
    batch,
    create_pipeline_topics,
    publish,
    read_everything,
    stored,
    stored_articles,
)
from tests.support.kafka import eventually
from tests.support.services import service_process

pytestmark = pytest.mark.slow

# Twenty polled batches (up to 100 articles each, one transaction each), so the kill lands
# with batches still to come even when the test's own polling of the database lags on a
# loaded machine (with 600, a full-suite run once saw every batch commit before the kill).
ARTICLES = 2000


async def test_kill_9_mid_batch_then_restart_stores_every_claim_once(
    database_url, fault_settings, tmp_path
):
    settings = fault_settings(database_url=database_url)
    await create_pipeline_topics(settings, ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC)
    articles = batch(ARTICLES)
    await publish(settings, articles)

    with service_process("extractor", settings, tmp_path) as extractor:
        await eventually(at_least_stored(database_url, 10), timeout=60, interval=0.02)
        extractor.kill()
        at_kill = await stored_articles(database_url)
        assert at_kill < ARTICLES, "the kill came too late to interrupt the batch"

        extractor.start()
        await eventually(at_least_stored(database_url, ARTICLES), timeout=90)
        assert extractor.terminate(timeout=30) == 0

    result = await stored(database_url)
    assert result.articles == ARTICLES
    assert result.claims_per_article == Counter({a.id: 1 for a in articles})

    on_topic = await read_everything(
        settings.bootstrap, settings.topic(CLAIMS_TOPIC), at_least=ARTICLES
    )
    published = Counter(decode(r.value, Claim).id for r in on_topic)
    assert set(published) == result.claim_ids  # none missing, none unknown
    replayed = sum(n - 1 for n in published.values())
    assert replayed <= ARTICLES - 1  # at most the uncommitted batch, never a full re-run
    print(f"\nkilled after {at_kill} articles; {replayed} claims published twice by the replay")
