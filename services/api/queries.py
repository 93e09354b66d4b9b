"""Read-side data access for claims, articles and actors (keyword-only)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from services.api.pagination import Keyset
from services.api.search import search_clause
from shared.db.models import ArticleRow, ClaimRow, FingerprintRow

Row = TypeVar("Row", ArticleRow, ClaimRow)

MAX_OUTLETS = 50


@dataclass(frozen=True)
class ClaimFilters:
    subject: str | None = None
    claim_type: str | None = None
    stance: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    q: str | None = None


@dataclass(frozen=True)
class CorroborationFacts:
    claim_count: int
    outlets: list[str]
    first_seen_at: datetime | None
    last_seen_at: datetime | None


@dataclass(frozen=True)
class ActorFacts:
    name: str
    claim_count: int
    first_seen_at: datetime
    last_seen_at: datetime


@dataclass(frozen=True)
class DayFacts:
    day: date
    claim_count: int
    claim_types: dict[str, int]
    stances: dict[str, int]


def _dialect(session: AsyncSession) -> str:
    return session.get_bind().dialect.name


def _filtered(query: Select[ClaimRow], filters: ClaimFilters, dialect: str) -> Select[ClaimRow]:
    if filters.subject is not None:
        query = query.where(ClaimRow.subject == filters.subject)
    if filters.claim_type is not None:
        query = query.where(ClaimRow.claim_type == filters.claim_type)
    if filters.stance is not None:
        query = query.where(ClaimRow.stance == filters.stance)
    if filters.source is not None:
        query = query.where(ClaimRow.source == filters.source)
    if filters.since is not None:
        query = query.where(ClaimRow.extracted_at >= filters.since)
    if filters.until is not None:
        query = query.where(ClaimRow.extracted_at < filters.until)
    if filters.q is not None:
        query = query.where(search_clause(dialect, filters.q))
    return query


async def list_claims(
    session: AsyncSession, *, filters: ClaimFilters, limit: int, after: Keyset | None
) -> tuple[list[ClaimRow], Keyset | None]:
    """A page of claims newest first, and the key of the last row when more follow."""
    query = _filtered(select(ClaimRow), filters, _dialect(session))
    return await _newest_first_page(
        session, query, ClaimRow.extracted_at, ClaimRow.id, after, limit
    )


async def claims_after(
    session: AsyncSession, *, after: Keyset | None, limit: int
) -> list[ClaimRow]:
    """Claims newer than `after`, oldest first (the live stream)."""
    query = select(ClaimRow)
    if after is not None:
        query = query.where(
            or_(
                ClaimRow.extracted_at > after.at,
                and_(ClaimRow.extracted_at == after.at, ClaimRow.id > after.id),
            )
        )
    query = query.order_by(ClaimRow.extracted_at, ClaimRow.id).limit(limit)
    return list(await session.scalars(query))


async def latest_claim_key(session: AsyncSession) -> Keyset | None:
    row = (
        await session.execute(
            select(ClaimRow.extracted_at, ClaimRow.id)
            .order_by(ClaimRow.extracted_at.desc(), ClaimRow.id.desc())
            .limit(1)
        )
    ).first()
    return None if row is None else Keyset(at=row[0], id=row[1])


async def get_claim(session: AsyncSession, *, claim_id: str) -> ClaimRow | None:
    return await session.get(ClaimRow, claim_id)


def outlet(feed_url: str | None, article_url: str) -> str:
    host = urlsplit(feed_url or article_url).hostname or ""
    return host.removeprefix("www.")


async def corroboration(session: AsyncSession, *, fingerprint: str) -> CorroborationFacts:
    """How many claims share this fingerprint, from which outlets, first and last seen.

    Counts come from the alerter's `fingerprints` row when there is one (constant
    time), else from the claims themselves; outlets are the feeds' hosts.
    """
    known = await session.get(FingerprintRow, fingerprint)
    if known is not None:
        count, first, last = known.claim_count, known.first_seen_at, known.last_seen_at
    else:
        count, first, last = (
            await session.execute(
                select(
                    func.count(), func.min(ClaimRow.extracted_at), func.max(ClaimRow.extracted_at)
                ).where(ClaimRow.fingerprint == fingerprint)
            )
        ).one()
    feeds = await session.scalars(
        select(ClaimRow.feed_url)
        .where(ClaimRow.fingerprint == fingerprint, ClaimRow.feed_url.is_not(None))
        .distinct()
        .limit(MAX_OUTLETS * 4)
    )
    urls = [url for url in feeds if url]
    if not urls:  # claims from articles without a feed (offline extraction)
        urls = list(
            await session.scalars(
                select(ClaimRow.article_url).where(ClaimRow.fingerprint == fingerprint).limit(50)
            )
        )
    outlets = sorted({name for url in urls if (name := outlet(url, url))})
    return CorroborationFacts(
        claim_count=int(count),
        outlets=outlets[:MAX_OUTLETS],
        first_seen_at=first,
        last_seen_at=last,
    )


async def list_articles(
    session: AsyncSession,
    *,
    feed_id: int | None,
    since: datetime | None,
    limit: int,
    after: Keyset | None,
) -> tuple[list[ArticleRow], Keyset | None]:
    query = select(ArticleRow)
    if feed_id is not None:
        query = query.where(ArticleRow.feed_id == feed_id)
    if since is not None:
        query = query.where(ArticleRow.stored_at >= since)
    return await _newest_first_page(
        session, query, ArticleRow.stored_at, ArticleRow.id, after, limit
    )


async def _newest_first_page(
    session: AsyncSession,
    query: Select[Any],
    at: InstrumentedAttribute[datetime],
    row_id: InstrumentedAttribute[str],
    after: Keyset | None,
    limit: int,
) -> tuple[list[Row], Keyset | None]:
    """Keyset pagination over (`at`, `row_id`) descending: a page of rows, and the key of
    its last row when more follow."""
    if after is not None:
        query = query.where(or_(at < after.at, and_(at == after.at, row_id < after.id)))
    query = query.order_by(at.desc(), row_id.desc()).limit(limit + 1)
    rows: list[Row] = list(await session.scalars(query))
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    return rows, Keyset(at=getattr(last, at.key), id=getattr(last, row_id.key))


async def get_article(
    session: AsyncSession, *, article_id: str
) -> tuple[ArticleRow, list[ClaimRow]] | None:
    article = await session.get(ArticleRow, article_id)
    if article is None:
        return None
    claims = await session.scalars(
        select(ClaimRow)
        .where(ClaimRow.article_id == article_id)
        .order_by(ClaimRow.start_offset, ClaimRow.id)
    )
    return article, list(claims)


async def list_actors(session: AsyncSession, *, limit: int, offset: int) -> list[ActorFacts]:
    """Subjects by claim count, most accused first."""
    count = func.count().label("n")
    rows = await session.execute(
        select(
            ClaimRow.subject,
            count,
            func.min(ClaimRow.extracted_at),
            func.max(ClaimRow.extracted_at),
        )
        .group_by(ClaimRow.subject)
        .order_by(count.desc(), ClaimRow.subject)
        .limit(limit)
        .offset(offset)
    )
    return [
        ActorFacts(name=name, claim_count=int(n), first_seen_at=first, last_seen_at=last)
        for name, n, first, last in rows
    ]


async def actor_timeline(
    session: AsyncSession, *, subject: str, since: datetime | None, until: datetime | None
) -> list[DayFacts]:
    """Claims about one actor per day (of publication, else extraction), newest day first."""
    query = select(
        ClaimRow.published_at, ClaimRow.extracted_at, ClaimRow.claim_type, ClaimRow.stance
    ).where(ClaimRow.subject == subject)
    if since is not None:
        query = query.where(ClaimRow.extracted_at >= since)
    if until is not None:
        query = query.where(ClaimRow.extracted_at < until)
    types: defaultdict[date, Counter[str]] = defaultdict(Counter)
    stances: defaultdict[date, Counter[str]] = defaultdict(Counter)
    for published_at, extracted_at, claim_type, stance in await session.execute(query):
        day = (published_at or extracted_at).date()
        types[day][claim_type] += 1
        stances[day][stance] += 1
    return [
        DayFacts(
            day=day,
            claim_count=sum(types[day].values()),
            claim_types=dict(types[day]),
            stances=dict(stances[day]),
        )
        for day in sorted(types, reverse=True)
    ]
