"""The scheduler over loopback feeds: every due feed polled once, the pool never exceeded."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime

from services.fetcher.service import Scheduler
from tests.fetcher.harness import poller_harness
from tests.fetcher.server import LoopbackServer, Request, response_bytes
from tests.fetcher.test_http import FEED
from tests.support.kafka import eventually

FEEDS = 40
CONCURRENCY = 6


async def test_each_due_feed_polled_once_within_the_pool(
    server: LoopbackServer, database_url, settings_factory
) -> None:
    in_flight = peak = 0

    async def feed(request: Request, writer: asyncio.StreamWriter) -> None:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0)  # let other polls arrive while this one is open
        writer.write(response_bytes(200, {"Content-Type": "application/rss+xml"}, FEED))
        in_flight -= 1

    for n in range(FEEDS):
        server.routes[f"/f/{n}"] = feed
    stop = asyncio.Event()
    async with poller_harness(settings_factory(database_url=database_url)) as h:
        h.clock.now = datetime.now(UTC)  # next checks land in the scheduler's (real) future
        for n in range(FEEDS):
            await h.add(f"{server.base}/f/{n}")
        scheduler = Scheduler(
            sessions=h.sessions,
            poller=h.poller,
            concurrency=CONCURRENCY,
            per_host=CONCURRENCY,
            tick_seconds=0.05,
        )
        running = asyncio.create_task(scheduler.run(stop))
        try:
            await eventually(lambda: len(server.requests) >= FEEDS, timeout=30)
            await asyncio.sleep(0.3)  # a second poll of any feed would arrive now
        finally:
            stop.set()
            await running

    polls = Counter(r.path for r in server.requests)
    assert sorted(polls) == sorted(f"/f/{n}" for n in range(FEEDS))
    assert set(polls.values()) == {1}
    assert 1 <= peak <= CONCURRENCY
