"""Issue #8: SIGKILL the alerter mid-dispatch, restart it: every due alert reaches a real
SMTP server (aiosmtpd), and nothing arrives twice outside one known window.

The window: a send the SMTP server accepted (250) whose `sent` mark had not been
committed when the process died is sent again once its lease expires. The mark is
queued right after the 250 and committed with the other marks of its burst (one
transaction), so the window is one group commit long; the test measures it exactly
(accepted by the server but not marked sent at the kill) and checks that the
duplicates are those and only those. The duplicate carries the same Message-ID.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from services.alerter.subscriptions import SubscriptionCreate, create_subscription
from shared.db.engine import create_engine, session_factory
from shared.db.models import Delivery
from shared.events import CLAIMS_TOPIC, DEADLETTER_TOPIC, Article, Claim, ClaimFields
from shared.kafka.producer import create_producer
from shared.kafka.serde import encode
from tests.faults.support import create_pipeline_topics
from tests.support.kafka import eventually
from tests.support.services import service_process
from tests.support.smtp import Inbox, smtp_server

pytestmark = pytest.mark.slow

SUBJECTS = ("Iran", "China", "Belarus")
RECIPIENTS = 8  # subscriptions, each following every subject
DUE = len(SUBJECTS) * RECIPIENTS
# The send timeout outlasts the inbox's whole queue (DUE x delay): a send that times out
# on our side after the server took its data is another, separate duplicate window.
SEND_TIMEOUT_SECONDS = 5.0
LEASE_SECONDS = 6.0


class OneAtATimeInbox(Inbox):
    """Accepts one message at a time, slowly, so a kill finds sends in flight. A message
    counts as accepted only when the 250 is given: a client that dies before that
    cancels it (aiosmtpd cancels the handler when the connection drops)."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self._delay = delay
        self._lock: asyncio.Lock | None = None
        self.in_flight = 0  # messages received but neither accepted nor dropped yet

    async def handle_DATA(self, server, session, envelope):
        self._lock = self._lock or asyncio.Lock()
        self.in_flight += 1
        try:
            async with self._lock:
                await asyncio.sleep(self._delay)
                return await super().handle_DATA(server, session, envelope)
        finally:
            self.in_flight -= 1


def claim(subject: str) -> Claim:
    evidence = f"{subject} has delivered attack drones to Russia, officials said."
    article = Article(
        id=f"alerter-crash-{subject}",
        url=f"https://news.example.org/{subject}",
        title=f"{subject} arms Russia",
        content=evidence,
        fetched_at=datetime.now(UTC),
        content_hash=subject,
    )
    fields = ClaimFields(
        subject=subject,
        subject_kind="country",
        claim_type="drone_supply",
        stance="asserted",
        recipient="Russia",
        evidence=evidence,
        start=0,
        end=len(evidence),
        confidence=0.9,
    )
    return Claim.from_fields(
        fields, article=article, extracted_at=datetime.now(UTC), extractor_version="test"
    )


async def test_kill_9_mid_dispatch_then_restart_delivers_every_alert(
    database_url, fault_settings, tmp_path
):
    with smtp_server(OneAtATimeInbox(delay=0.1)) as (inbox, smtp_port):
        settings = fault_settings(
            database_url=database_url,
            smtp_port=smtp_port,
            delivery_lease_seconds=LEASE_SECONDS,
            delivery_send_timeout_seconds=SEND_TIMEOUT_SECONDS,
        )
        engine = create_engine(database_url)
        try:
            await _subscribe(engine)
            await create_pipeline_topics(settings, CLAIMS_TOPIC, DEADLETTER_TOPIC)
            await _publish_claims(settings)

            with service_process("alerter", settings, tmp_path) as alerter:
                await eventually(lambda: len(inbox.messages) >= 5, timeout=60, interval=0.02)
                alerter.kill()
                # the server settles: each message it held is now accepted or dropped
                await eventually(lambda: inbox.in_flight == 0, timeout=30, interval=0.02)
                accepted_at_kill = {m["Message-ID"] for m in inbox.messages}
                sent_at_kill = await _sent(engine)
                assert len(accepted_at_kill) < DUE, "the kill came after every send"

                alerter.start()
                await eventually(lambda: _all_sent(engine), timeout=90)
                assert alerter.terminate(timeout=30) == 0
            deliveries = await _count(engine)
        finally:
            await engine.dispose()

    assert deliveries == DUE  # the replayed claims queued nothing more
    received = Counter(m["Message-ID"] for m in inbox.messages)
    assert len(received) == DUE  # every due alert arrived
    assert Counter(m["To"] for m in inbox.messages).keys() == {
        f"analyst{i}@example.org" for i in range(RECIPIENTS)
    }
    in_window = len(accepted_at_kill) - sent_at_kill  # accepted, not yet marked sent
    twice = {mid for mid, n in received.items() if n > 1}
    print(
        f"\nkilled after {len(accepted_at_kill)} of {DUE} accepted; "
        f"{in_window} in the accepted-but-unmarked window; {len(twice)} sent twice"
    )
    assert all(n <= 2 for n in received.values())
    assert len(twice) == in_window
    assert twice <= accepted_at_kill


async def _subscribe(engine) -> None:
    async with session_factory(engine)() as session:
        for i in range(RECIPIENTS):
            await create_subscription(
                session,
                data=SubscriptionCreate(
                    channel="email", target=f"analyst{i}@example.org", subjects=list(SUBJECTS)
                ),
                owner_key_id=None,
                now=datetime.now(UTC),
            )


async def _publish_claims(settings) -> None:
    """Each claim twice, as an extractor replay publishes it."""
    producer = create_producer(settings, client_id="fault-test")
    await producer.start()
    try:
        for subject in SUBJECTS * 2:
            await producer.send_and_wait(
                settings.topic(CLAIMS_TOPIC), encode(claim(subject)), key=subject.encode()
            )
    finally:
        await producer.stop()


async def _count(engine, *where) -> int:
    async with engine.connect() as conn:
        return await conn.scalar(select(func.count()).select_from(Delivery).where(*where)) or 0


async def _sent(engine) -> int:
    return await _count(engine, Delivery.state == "sent")


async def _all_sent(engine) -> bool:
    return await _sent(engine) == DUE
