"""Feed on loopback → fetcher → broker → extractor → database and claims topic →
alerter → an email received by a real SMTP server. On SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime

from sqlalchemy import func, select

from services.alerter.service import alerter_main
from services.alerter.subscriptions import SubscriptionCreate, create_subscription
from services.extractor.service import extractor_main
from services.fetcher.registry import add_feed
from services.fetcher.service import fetcher_main
from shared.db.engine import create_engine, session_factory
from shared.db.models import ClaimRow
from shared.service import run_service
from tests.support.feeds import feed_host
from tests.support.kafka import eventually
from tests.support.smtp import body_text, smtp_server

EVIDENCE = "Iran has delivered hundreds of Shahed-136 attack drones to Russia, U.S. officials said."
ARTICLE = (
    "guid-iran-1",
    "Iran keeps arming Russia with drones",
    f"{EVIDENCE} The drones were shipped across the Caspian Sea.",
)


@contextlib.asynccontextmanager
async def running(settings):
    """The three pipeline services in this process, each as it runs in production."""
    stop = asyncio.Event()
    tasks = [
        asyncio.create_task(
            run_service(name, settings, factory(settings), metrics_port=0, stop=stop)
        )
        for name, factory in (
            ("fetcher", fetcher_main),
            ("extractor", extractor_main),
            ("alerter", alerter_main),
        )
    ]
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=60)


async def test_feed_item_becomes_an_email_naming_subject_type_and_evidence(
    database_url, settings_factory
):
    with smtp_server() as (inbox, smtp_port), feed_host() as host:
        url = host.rss("/feed.xml", [ARTICLE])
        settings = settings_factory(
            database_url=database_url, smtp_port=smtp_port, scheduler_tick_seconds=0.2
        )
        engine = create_engine(database_url)
        sessions = session_factory(engine)
        now = datetime.now(UTC)
        async with sessions() as session:
            await add_feed(session, url=url, interval_seconds=300, now=now)
            await create_subscription(
                session,
                data=SubscriptionCreate(
                    channel="email", target="analyst@example.org", subjects=["Tehran"]
                ),
                owner_key_id=None,
                now=now,
            )
        try:
            async with running(settings):
                await eventually(lambda: inbox.messages, timeout=90)
                await asyncio.sleep(1)  # a duplicate would arrive now
            async with sessions() as session:
                claims = (await session.execute(select(ClaimRow))).scalars().all()
                count = await session.scalar(select(func.count()).select_from(ClaimRow))
        finally:
            await engine.dispose()

    assert len(inbox.messages) == 1
    message = inbox.messages[0]
    assert message["To"] == "analyst@example.org"
    text = " ".join(body_text(message).split())  # the plain part is wrapped with CRLF
    assert "Iran" in text
    assert "drone_supply" in text or "drone supply" in text.lower()
    assert count == len(claims) >= 1
    supply = [c for c in claims if c.subject == "Iran" and c.claim_type == "drone_supply"]
    assert supply and supply[0].stance == "asserted"
    assert "Shahed-136" in supply[0].products
    assert " ".join(supply[0].evidence.split()) in text  # the evidence sentence, verbatim
