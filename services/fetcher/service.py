"""The fetcher service: a scheduler hands due feeds to a bounded pool of pollers,
at most `fetch_per_host` at once per host. Each feed's next check is pushed
forward when it is claimed, before the fetch, so no replica polls it twice."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import Counter, deque
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.fetcher.http import FetchLimits
from services.fetcher.poller import FeedPoller, FeedSnapshot
from services.fetcher.schedule import SchedulePolicy
from services.fetcher.transport import make_client
from shared.db.engine import create_engine, session_factory
from shared.db.models import Feed
from shared.events import ARTICLES_TOPIC, DEADLETTER_TOPIC
from shared.health import Health
from shared.kafka.producer import create_producer
from shared.metrics import FEEDS_DISABLED, FEEDS_FAILING
from shared.service import ServiceMain, connect_broker, database_check
from shared.settings import Settings

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


async def claim_due(
    sessions: async_sessionmaker[AsyncSession], *, now: datetime, limit: int, exclude: set[int]
) -> list[FeedSnapshot]:
    if limit <= 0:
        return []
    async with sessions.begin() as session:
        query = (
            select(Feed)
            .where(Feed.next_check_at <= now)  # disabled feeds too: they are probed, rarely
            .order_by(Feed.next_check_at)
            .limit(limit + len(exclude))
        )
        if session.bind is not None and session.bind.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        feeds = [f for f in (await session.execute(query)).scalars() if f.id not in exclude][:limit]
        for feed in feeds:
            feed.next_check_at = now + timedelta(seconds=feed.interval_seconds)
        return [FeedSnapshot.of(f) for f in feeds]


async def refresh_gauges(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session:
        failing = await session.scalar(
            select(func.count())
            .select_from(Feed)
            .where(Feed.consecutive_errors > 0, Feed.disabled.is_(False))
        )
        disabled = await session.scalar(
            select(func.count()).select_from(Feed).where(Feed.disabled.is_(True))
        )
    FEEDS_FAILING.set(failing or 0)
    FEEDS_DISABLED.set(disabled or 0)


class Scheduler:
    def __init__(
        self,
        *,
        sessions: async_sessionmaker[AsyncSession],
        poller: FeedPoller,
        concurrency: int,
        per_host: int,
        tick_seconds: float,
    ) -> None:
        self._sessions = sessions
        self._poller = poller
        self._concurrency = concurrency
        self._per_host = per_host
        self._tick = tick_seconds
        self._pending: deque[FeedSnapshot] = deque()
        self._running: dict[asyncio.Task[None], FeedSnapshot] = {}
        self._hosts: Counter[str] = Counter()
        self._refill = max(1, concurrency // 2)

    async def run(self, stop: asyncio.Event) -> None:
        last_gauges = last_claim = 0.0
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            room = self._concurrency - len(self._pending)
            # Refill in batches (half the pool at once, or each tick), not one feed per
            # finished poll: a claim is a database transaction.
            if room > 0 and (room >= self._refill or loop.time() - last_claim >= self._tick):
                busy = {f.id for f in self._pending} | {f.id for f in self._running.values()}
                last_claim = loop.time()
                try:
                    self._pending.extend(
                        await claim_due(self._sessions, now=utcnow(), limit=room, exclude=busy)
                    )
                except Exception:  # database unavailable: keep polling what we have, retry
                    log.warning("could not read due feeds", exc_info=True)
            if loop.time() - last_gauges > 15:
                last_gauges = loop.time()
                try:
                    await refresh_gauges(self._sessions)
                except Exception:
                    log.warning("could not count failing feeds", exc_info=True)
            self._start_pollers()
            waiters: set[asyncio.Future[object]] = set(self._running)  # type: ignore[arg-type]
            stop_task = asyncio.ensure_future(stop.wait())
            await asyncio.wait(
                waiters | {stop_task}, timeout=self._tick, return_when=asyncio.FIRST_COMPLETED
            )
            stop_task.cancel()
        if self._running:  # drain: let in-flight polls finish (bounded by the fetch timeout)
            await asyncio.wait(set(self._running))

    def _start_pollers(self) -> None:
        held: deque[FeedSnapshot] = deque()
        while self._pending and len(self._running) < self._concurrency:
            feed = self._pending.popleft()
            host = urlsplit(feed.url).hostname or ""
            if self._hosts[host] >= self._per_host:
                held.append(feed)
                continue
            self._hosts[host] += 1
            task = asyncio.create_task(self._poll(feed))
            self._running[task] = feed
            task.add_done_callback(functools.partial(self._finished, host=host))
        self._pending.extendleft(reversed(held))

    def _finished(self, task: asyncio.Task[None], *, host: str) -> None:
        self._running.pop(task, None)
        self._hosts[host] -= 1

    async def _poll(self, feed: FeedSnapshot) -> None:
        try:
            await self._poller.poll(feed)
        except Exception:  # broker or database down: items stay unseen and are retried
            log.warning("poll failed", extra={"feed_id": feed.id}, exc_info=True)


def fetcher_main(settings: Settings) -> ServiceMain:
    async def main(stop: asyncio.Event, health: Health) -> None:
        engine = create_engine(settings.database_url)
        sessions = session_factory(engine)
        producer = create_producer(settings, client_id="fetcher")
        client = make_client(max_connections=settings.fetch_concurrency * 2)
        producer_started = False

        health.add_check("database", database_check(engine))
        health.add_check("broker", lambda: producer_started)
        try:
            if not await connect_broker(
                settings, producer, topics=[ARTICLES_TOPIC, DEADLETTER_TOPIC], stop=stop
            ):
                return
            producer_started = True
            poller = FeedPoller(
                sessions=sessions,
                client=client,
                producer=producer,
                articles_topic=settings.topic(ARTICLES_TOPIC),
                limits=FetchLimits(
                    connect_timeout=settings.fetch_connect_timeout_seconds,
                    read_timeout=settings.fetch_timeout_seconds,
                    total_timeout=settings.fetch_timeout_seconds,
                    max_bytes=settings.fetch_max_bytes,
                ),
                allow_private=settings.allow_private_urls,
                clock=utcnow,
                policy=SchedulePolicy(
                    min_interval=timedelta(seconds=settings.fetch_min_interval_seconds)
                ),
            )
            try:
                await Scheduler(
                    sessions=sessions,
                    poller=poller,
                    concurrency=settings.fetch_concurrency,
                    per_host=settings.fetch_per_host,
                    tick_seconds=settings.scheduler_tick_seconds,
                ).run(stop)
            finally:
                poller.close()
        finally:
            await client.aclose()
            await producer.stop()
            await engine.dispose()

    return main
