"""Poll one feed: fetch, parse, publish the new items, record the feed's state.

For a full-text feed, the new items that carry only a teaser get their page's main
text first (`fulltext.py`); a page that fails leaves the summary.

An item is marked seen only after the broker acknowledged its article, so a
crash between the two republishes (consumers dedup by article id) and never loses.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from aiokafka import AIOKafkaProducer
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.fetcher import identity, schedule
from services.fetcher.fulltext import needs_full_text, with_full_text
from services.fetcher.http import FetchLimits, FetchResult, fetch
from services.fetcher.model import FeedItem, ParsedFeed
from services.fetcher.parsing import parse_feed
from shared.db.models import Feed, SeenItem
from shared.db.upsert import insert_for
from shared.events import Article
from shared.kafka.serde import encode
from shared.metrics import (
    ARTICLES_PUBLISHED,
    FEED_ITEMS,
    FEED_POLLS,
    FETCH_BYTES,
    FETCH_LATENCY,
)

log = logging.getLogger(__name__)

# Article pages of a full-text feed: fetched this many at once (they are usually on
# one host), at most this many a poll; the rest are published with their summary.
FULL_TEXT_CONCURRENCY = 2
MAX_PAGES_PER_POLL = 50


@dataclass(frozen=True)
class FeedSnapshot:
    id: int
    url: str
    etag: str | None
    last_modified: str | None
    interval_seconds: int
    consecutive_errors: int
    full_text: bool

    @classmethod
    def of(cls, feed: Feed) -> FeedSnapshot:
        return cls(
            id=feed.id,
            url=feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            interval_seconds=feed.interval_seconds,
            consecutive_errors=feed.consecutive_errors,
            full_text=feed.full_text,
        )


@dataclass(frozen=True)
class PollOutcome:
    status: str
    new_items: int = 0


class FeedPoller:
    def __init__(
        self,
        *,
        sessions: async_sessionmaker[AsyncSession],
        client: httpx.AsyncClient,
        producer: AIOKafkaProducer,
        articles_topic: str,
        limits: FetchLimits,
        allow_private: bool,
        clock: Callable[[], datetime],
        rng: random.Random | None = None,
        policy: schedule.SchedulePolicy = schedule.DEFAULT_POLICY,
        parse_concurrency: int = 2,
    ) -> None:
        self._sessions = sessions
        self._client = client
        self._producer = producer
        self._topic = articles_topic
        self._limits = limits
        self._allow_private = allow_private
        self._clock = clock
        self._rng = rng or random.Random()
        self._policy = policy
        # Parsing holds the GIL most of the time: more parser threads than this only add
        # their working sets (tens of MB for a large feed) and malloc arenas to the RSS.
        self._parsers = ThreadPoolExecutor(parse_concurrency, thread_name_prefix="feed-parser")

    def close(self) -> None:
        """Let the parser threads go (in-flight parses finish first)."""
        self._parsers.shutdown(wait=False)

    async def poll(self, feed: FeedSnapshot) -> PollOutcome:
        result = await fetch(
            self._client,
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            limits=self._limits,
            allow_private=self._allow_private,
            now=self._clock,
        )
        FETCH_LATENCY.observe(result.elapsed_seconds)
        FETCH_BYTES.inc(result.bytes_read)
        parsed: ParsedFeed | None = None
        new_items = 0
        status: str = result.status
        if result.status == "ok" and result.body is not None:
            parsed = await asyncio.get_running_loop().run_in_executor(
                self._parsers,
                functools.partial(
                    parse_feed, result.body, url=result.final_url, content_type=result.content_type
                ),
            )
            if parsed.status == "malformed":
                status = "malformed"
            new_items = await self._publish_new(feed, parsed.items)
        FEED_POLLS.labels(outcome=status).inc()
        await self._record(feed, result, parsed, status=status, new_items=new_items)
        return PollOutcome(status=status, new_items=new_items)

    async def _publish_new(self, feed: FeedSnapshot, items: list[FeedItem]) -> int:
        keyed: dict[str, FeedItem] = {}
        for item in items:
            keyed.setdefault(identity.item_key(item, feed.url), item)
        if not keyed:
            return 0
        async with self._sessions() as session:
            seen = set(
                (
                    await session.execute(
                        select(SeenItem.item_key).where(
                            SeenItem.feed_id == feed.id, SeenItem.item_key.in_(list(keyed))
                        )
                    )
                ).scalars()
            )
        fresh = {k: v for k, v in keyed.items() if k not in seen}
        FEED_ITEMS.labels(state="seen").inc(len(keyed) - len(fresh))
        if not fresh:
            return 0
        if feed.full_text:
            fresh = await self._with_full_text(fresh)
        now = self._clock()
        articles = {k: identity.to_article(item, feed, fetched_at=now) for k, item in fresh.items()}
        acks = [
            await self._producer.send(self._topic, encode(a), key=a.id.encode())
            for a in articles.values()
        ]
        await asyncio.gather(*acks)  # raises if the broker did not take them: nothing marked seen
        ARTICLES_PUBLISHED.inc(len(articles))
        FEED_ITEMS.labels(state="new").inc(len(articles))
        await self._mark_seen(feed.id, articles, now)
        return len(articles)

    async def _with_full_text(self, items: dict[str, FeedItem]) -> dict[str, FeedItem]:
        gate = asyncio.Semaphore(FULL_TEXT_CONCURRENCY)
        teasers = [k for k, item in items.items() if needs_full_text(item)][:MAX_PAGES_PER_POLL]

        async def enrich(item: FeedItem) -> FeedItem:
            async with gate:
                try:
                    return await with_full_text(
                        self._client,
                        item,
                        limits=self._limits,
                        allow_private=self._allow_private,
                        now=self._clock,
                    )
                except Exception:  # the summary is still worth publishing
                    log.warning("full text failed", extra={"url": item.url}, exc_info=True)
                    return item

        enriched = await asyncio.gather(*(enrich(items[k]) for k in teasers))
        return {**items, **dict(zip(teasers, enriched, strict=True))}

    async def _mark_seen(self, feed_id: int, articles: dict[str, Article], now: datetime) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                insert_for(session, SeenItem).on_conflict_do_nothing(),
                [
                    {"feed_id": feed_id, "item_key": key, "article_id": a.id, "seen_at": now}
                    for key, a in articles.items()
                ],
            )
            await session.execute(
                update(Feed)
                .where(Feed.id == feed_id)
                .values(items_seen=Feed.items_seen + len(articles))
            )

    async def _record(
        self,
        feed: FeedSnapshot,
        result: FetchResult,
        parsed: ParsedFeed | None,
        *,
        status: str,
        new_items: int,
    ) -> None:
        now = self._clock()
        outcome = schedule.outcome_of(result.status, parsed.status if parsed else None)
        error = result.error or (parsed.error if parsed else None)
        state = schedule.after_outcome(
            outcome,
            consecutive_errors=feed.consecutive_errors,
            fetch_status=result.status,
            http_status=result.http_status,
            error=error,
            policy=self._policy,
        )
        values: dict[str, object] = {
            "last_status": status
            if result.http_status is None
            else f"{status} ({result.http_status})",
            "last_checked_at": now,
            "consecutive_errors": state.consecutive_errors,
            "last_error": None if outcome != "error" else error,
            "disabled": state.disabled,
            "disabled_reason": state.disabled_reason,
            "next_check_at": schedule.next_check(
                timedelta(seconds=feed.interval_seconds),
                outcome=outcome,
                consecutive_errors=state.consecutive_errors,
                retry_after=result.retry_after_seconds,
                ttl=parsed.ttl_seconds if parsed else None,
                max_age=result.max_age_seconds,
                now=now,
                rng=self._rng,
                disabled=state.disabled,
                policy=self._policy,
            ),
        }
        if result.status == "ok":
            values.update(etag=result.etag, last_modified=result.last_modified)
        if parsed is not None and parsed.title:
            values["title"] = parsed.title[:1024]
        async with self._sessions.begin() as session:
            await session.execute(update(Feed).where(Feed.id == feed.id).values(**values))
            if result.permanent_redirect_url and result.permanent_redirect_url != feed.url:
                taken = await session.scalar(
                    select(Feed.id).where(Feed.url == result.permanent_redirect_url)
                )
                if taken is None:
                    await session.execute(
                        update(Feed)
                        .where(Feed.id == feed.id)
                        .values(url=result.permanent_redirect_url)
                    )
        if outcome == "error":
            log.info(
                "feed poll failed", extra={"feed_id": feed.id, "status": status, "error": error}
            )
