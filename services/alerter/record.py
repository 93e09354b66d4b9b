"""Record stage: everything a claim needs, written durably in one transaction.

The consumer commits a claim's offset only after `record_claims` returned, and the
dispatcher sends from the rows written here, so a crash loses nothing and a replay
(or a second replica) writes nothing twice: every insert hits a unique key.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db.models import Delivery, DigestItem, Subscription
from shared.db.upsert import insert_for
from shared.events import Claim

from .digest import period_for
from .matching import Resolver, SubscriptionCache, SubscriptionView, load_active, match_all
from .novelty import observe_many

DEFAULT_DIGEST_INTERVAL = 3600.0
# Claims the service takes from the topic per poll, recorded in one transaction. Each
# transaction costs a dozen round trips whatever its size: at 100 a batch a busy
# pipeline (450 claims/s on 2 shared cores) fell behind on those round trips while the
# alerter's CPU sat mostly idle.
MAX_BATCH = 500


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
    return await record_claims(
        session_factory,
        [claim],
        resolve=resolve,
        window=window,
        now=now,
        subscriptions=subscriptions,
        digest_interval=digest_interval,
    )


async def record_claims(
    session_factory: async_sessionmaker[AsyncSession],
    claims: Sequence[Claim],
    *,
    resolve: Resolver,
    window: timedelta,
    now: datetime,
    subscriptions: SubscriptionCache | None = None,
    digest_interval: float = DEFAULT_DIGEST_INTERVAL,
) -> list[int]:
    """`record_claim` for a polled batch, in one transaction: one commit and one insert
    of deliveries and of digest items for all of them, which is what lets one alerter
    keep up with a burst of claims."""
    if subscriptions is not None:
        matched = [await subscriptions.match(claim) for claim in claims]
    else:
        async with session_factory() as session:
            active = await load_active(session, resolve)
        matched = [match_all(active, claim, resolve) for claim in claims]

    async with session_factory() as session, session.begin():
        live = set(await _still_active(session, {sub.id for subs in matched for sub in subs}))
        alert_rows: list[dict[str, object]] = []
        digest_rows: list[dict[str, object]] = []
        answers = await observe_many(session, claims, window=window, now=now)
        for claim, subs in zip(claims, matched, strict=True):
            novel = answers[claim.id]
            subs = [sub for sub in subs if sub.id in live]
            if novel:
                alert_rows += _alert_rows(claim, [s.id for s in subs if not s.is_digest], now)
            digest_rows += _digest_rows(
                claim,
                [s for s in subs if s.is_digest],
                resolve=resolve,
                novel=novel,
                now=now,
                default_interval=digest_interval,
            )
        if digest_rows:
            await session.execute(
                insert_for(session, DigestItem).on_conflict_do_nothing(
                    index_elements=["subscription_id", "claim_id"]
                ),
                digest_rows,  # as parameters, so the statement is cached (see below)
            )
        if not alert_rows:
            return []
        # Rows as parameters, not `.values(rows)`: a JSON payload inlined in VALUES makes
        # the statement uncacheable, and compiling it per claim cost more than running it.
        stmt = (
            insert_for(session, Delivery)
            .on_conflict_do_nothing(index_elements=["subscription_id", "fingerprint"])
            .returning(Delivery.id)
        )
        return sorted((await session.scalars(stmt, alert_rows)).all())


async def _still_active(session: AsyncSession, ids: Collection[int]) -> list[int]:
    """Drop subscriptions deleted or paused since the cache was filled (FKs would refuse)."""
    if not ids:
        return []
    rows = await session.scalars(
        select(Subscription.id).where(Subscription.id.in_(ids), Subscription.active.is_(True))
    )
    return list(rows)


def _alert_rows(
    claim: Claim, subscription_ids: Sequence[int], now: datetime
) -> list[dict[str, object]]:
    if not subscription_ids:
        return []
    key = alert_key(claim.fingerprint, claim.id)
    payload = claim.model_dump(mode="json")
    return [
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
        for sub_id in subscription_ids
    ]


def _digest_rows(
    claim: Claim,
    subs: Sequence[SubscriptionView],
    *,
    resolve: Resolver,
    novel: bool,
    now: datetime,
    default_interval: float,
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for sub in subs:
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
    return rows
