"""Record stage: everything a claim needs, written durably in one transaction.

The consumer commits the claim's offset only after `record_claim` returned, and the
dispatcher sends from the rows written here, so a crash loses nothing and a replay
(or a second replica) writes nothing twice: every insert hits a unique key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db.models import Delivery, DigestItem, Subscription
from shared.db.upsert import insert_for
from shared.events import Claim

from .digest import period_for
from .matching import Resolver, SubscriptionCache, SubscriptionView, load_active, match_all
from .novelty import observe

DEFAULT_DIGEST_INTERVAL = 3600.0


def alert_key(fingerprint: str, claim_id: str) -> str:
    """The delivery dedup key of one novelty episode: the fingerprint and the claim that
    opened the episode. One alert per (subscription, episode), however often replayed."""
    return f"{fingerprint[:32]}:{claim_id[:31]}"


async def record_claim(
    session_factory: async_sessionmaker[AsyncSession],
    claim: Claim,
    *,
    resolve: Resolver,
    window: timedelta,
    now: datetime,
    subscriptions: SubscriptionCache | None = None,
    digest_interval: float = DEFAULT_DIGEST_INTERVAL,
) -> list[int]:
    """Observe novelty, queue alerts and collect digest items; return new delivery ids.

    Pass `subscriptions` (a shared `SubscriptionCache`) in the service; without it the
    active subscriptions are read on every call.
    """
    if subscriptions is not None:
        matched = await subscriptions.match(claim)
    else:
        async with session_factory() as session:
            matched = match_all(await load_active(session, resolve), claim, resolve)
    immediate = [sub.id for sub in matched if not sub.is_digest]
    digests = [sub for sub in matched if sub.is_digest]

    async with session_factory() as session, session.begin():
        novel = await observe(session, claim, window=window, now=now)
        ids: list[int] = []
        if novel and immediate:
            ids = await _queue_alerts(session, claim, immediate, now=now)
        if digests:
            await _collect_digest_items(
                session,
                claim,
                digests,
                resolve=resolve,
                novel=novel,
                now=now,
                default_interval=digest_interval,
            )
    return ids


async def _still_active(session: AsyncSession, ids: Sequence[int]) -> list[int]:
    """Drop subscriptions deleted or paused since the cache was filled (FKs would refuse)."""
    rows = await session.scalars(
        select(Subscription.id).where(Subscription.id.in_(ids), Subscription.active.is_(True))
    )
    return list(rows)


async def _queue_alerts(
    session: AsyncSession, claim: Claim, subscription_ids: Sequence[int], *, now: datetime
) -> list[int]:
    live = await _still_active(session, subscription_ids)
    if not live:
        return []
    key = alert_key(claim.fingerprint, claim.id)
    payload = claim.model_dump(mode="json")
    rows = [
        {
            "subscription_id": sub_id,
            "fingerprint": key,
            "claim_id": claim.id,
            "state": "pending",
            "attempts": 0,
            "created_at": now,
            "kind": "alert",
            "payload": payload,
            "next_attempt_at": now,
        }
        for sub_id in live
    ]
    # Rows as parameters, not `.values(rows)`: a JSON payload inlined in VALUES makes
    # the statement uncacheable, and compiling it per claim cost more than running it.
    stmt = (
        insert_for(session, Delivery)
        .on_conflict_do_nothing(index_elements=["subscription_id", "fingerprint"])
        .returning(Delivery.id)
    )
    return sorted((await session.scalars(stmt, rows)).all())


async def _collect_digest_items(
    session: AsyncSession,
    claim: Claim,
    subs: Sequence[SubscriptionView],
    *,
    resolve: Resolver,
    novel: bool,
    now: datetime,
    default_interval: float,
) -> None:
    live = set(await _still_active(session, [sub.id for sub in subs]))
    rows = []
    for sub in subs:
        if sub.id not in live:
            continue
        period = period_for(now, sub.digest_interval_seconds or default_interval)
        rows.append(
            {
                "subscription_id": sub.id,
                "claim_id": claim.id,
                "fingerprint": claim.fingerprint,
                "subject": resolve(claim.subject),
                "novel": novel,
                "period_key": period.key,
                "period_start": period.start,
                "period_end": period.end,
                "payload": claim.model_dump(mode="json"),
                "created_at": now,
            }
        )
    if rows:
        await session.execute(
            insert_for(session, DigestItem).on_conflict_do_nothing(
                index_elements=["subscription_id", "claim_id"]
            ),
            rows,  # as parameters, so the statement is cached (see `_queue_alerts`)
        )
