"""Matching stage: which active subscriptions want a claim.

Subjects are compared after resolving both sides through the alias resolver, so a
subscription to `Beijing` follows claims about `China`. Subscriptions are cached for a
few seconds (injected clock) so a burst of claims costs one query, not one each.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db.models import Subscription
from shared.events import Claim

Resolver = Callable[[str], str]
Clock = Callable[[], float]


@dataclass(frozen=True)
class SubscriptionView:
    """The matching-relevant part of a subscription row, safe to cache and share."""

    id: int
    channel: str
    mode: str
    subjects: frozenset[str]
    claim_types: frozenset[str]
    stances: frozenset[str]
    min_confidence: float
    keywords: tuple[str, ...]
    digest_interval_seconds: int | None = None

    @classmethod
    def from_row(cls, row: Subscription, resolve: Resolver) -> SubscriptionView:
        return cls(
            id=row.id,
            channel=row.channel,
            mode=row.mode,
            subjects=frozenset(_key(resolve, s) for s in row.subjects or [] if s.strip()),
            claim_types=frozenset(row.claim_types or []),
            stances=frozenset(row.stances or []),
            min_confidence=float(row.min_confidence or 0.0),
            keywords=tuple(k.casefold() for k in row.keywords or [] if k.strip()),
            digest_interval_seconds=row.digest_interval_seconds,
        )

    @property
    def is_digest(self) -> bool:
        return self.mode == "digest"


def _key(resolve: Resolver, name: str) -> str:
    return resolve(name.strip()).casefold()


def matches(sub: SubscriptionView, claim: Claim, subject_key: str) -> bool:
    """Every non-empty filter must accept the claim; `subject_key` is the resolved subject."""
    if sub.subjects and subject_key not in sub.subjects:
        return False
    if sub.claim_types and claim.claim_type not in sub.claim_types:
        return False
    if sub.stances and claim.stance not in sub.stances:
        return False
    if claim.confidence < sub.min_confidence:
        return False
    if sub.keywords:
        haystack = f"{claim.evidence}\n{claim.article_title}".casefold()
        if not any(keyword in haystack for keyword in sub.keywords):
            return False
    return True


def match_all(
    subs: Iterable[SubscriptionView], claim: Claim, resolve: Resolver
) -> list[SubscriptionView]:
    subject_key = _key(resolve, claim.subject)
    return [sub for sub in subs if matches(sub, claim, subject_key)]


async def load_active(session: AsyncSession, resolve: Resolver) -> list[SubscriptionView]:
    rows = await session.scalars(
        select(Subscription).where(Subscription.active.is_(True)).order_by(Subscription.id)
    )
    return [SubscriptionView.from_row(row, resolve) for row in rows]


class SubscriptionCache:
    """Active subscriptions, reloaded at most every `ttl` seconds (and on `invalidate`)."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        *,
        resolve: Resolver,
        clock: Clock,
        ttl: float = 5.0,
    ) -> None:
        self._session_factory = session_factory
        self._resolve = resolve
        self._clock = clock
        self._ttl = ttl
        self._subs: list[SubscriptionView] = []
        self._loaded_at: float | None = None
        self._lock = asyncio.Lock()

    def invalidate(self) -> None:
        self._loaded_at = None

    async def get(self) -> list[SubscriptionView]:
        async with self._lock:
            now = self._clock()
            if self._loaded_at is None or now - self._loaded_at >= self._ttl:
                async with self._session_factory() as session:
                    self._subs = await load_active(session, self._resolve)
                self._loaded_at = now
            return self._subs

    async def match(self, claim: Claim) -> list[SubscriptionView]:
        return match_all(await self.get(), claim, self._resolve)
