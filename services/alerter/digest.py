"""Digest stage: claims collected per subscription and period, sent once per period.

`record_claim` files each matching claim (new or corroboration) under its period in
`digest_items`. When a period has closed (plus a grace for in-flight writes),
`schedule_digests` queues one `deliveries` row keyed `digest:<interval>:<start>`; the
unique (subscription, key) makes that exactly one digest per period across replicas,
and the dispatcher sends it like any alert, with the same retries.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db.models import Delivery, DigestItem, Subscription
from shared.db.upsert import insert_for
from shared.events import Claim

from .notification import DigestEntry, DigestGroup

DEFAULT_GRACE = timedelta(seconds=30)


@dataclass(frozen=True)
class Period:
    key: str
    start: datetime
    end: datetime


def period_for(moment: datetime, interval_seconds: float) -> Period:
    """The period of `interval_seconds` (aligned on the Unix epoch) holding `moment`."""
    interval = max(1, int(interval_seconds))
    start_epoch = math.floor(moment.timestamp() / interval) * interval
    start = datetime.fromtimestamp(start_epoch, tz=UTC)
    return Period(
        key=f"digest:{interval}:{start_epoch}",
        start=start,
        end=start + timedelta(seconds=interval),
    )


async def schedule_digests(
    session_factory: async_sessionmaker[AsyncSession],
    *,
    now: datetime,
    grace: timedelta = DEFAULT_GRACE,
    lookback: timedelta = timedelta(days=7),
) -> list[int]:
    """Queue a digest delivery for every period that closed within `lookback` and has
    items; return the new delivery ids."""
    already = exists().where(
        Delivery.subscription_id == DigestItem.subscription_id,
        Delivery.fingerprint == DigestItem.period_key,
    )
    query = (
        select(
            DigestItem.subscription_id,
            DigestItem.period_key,
            func.min(DigestItem.period_start),
            func.min(DigestItem.period_end),
        )
        .join(Subscription, Subscription.id == DigestItem.subscription_id)
        .where(
            DigestItem.period_end <= now - grace,
            DigestItem.period_end > now - lookback,
            Subscription.active.is_(True),
            ~already,
        )
        .group_by(DigestItem.subscription_id, DigestItem.period_key)
    )
    async with session_factory() as session, session.begin():
        due = (await session.execute(query)).all()
        if not due:
            return []
        rows = [
            {
                "subscription_id": sub_id,
                "fingerprint": key,
                "claim_id": key,
                "state": "pending",
                "attempts": 0,
                "created_at": now,
                "kind": "digest",
                "payload": {"period_start": _iso(start), "period_end": _iso(end)},
                "next_attempt_at": now,
            }
            for sub_id, key, start, end in due
        ]
        stmt = (
            insert_for(session, Delivery)
            .values(rows)
            .on_conflict_do_nothing(index_elements=["subscription_id", "fingerprint"])
            .returning(Delivery.id)
        )
        return sorted((await session.scalars(stmt)).all())


def _iso(value: datetime | str) -> str:
    if isinstance(value, str):  # SQLite aggregates come back as text
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


async def load_digest(
    session: AsyncSession, subscription_id: int, period_key: str
) -> tuple[DigestGroup, ...]:
    items = await session.scalars(
        select(DigestItem)
        .where(DigestItem.subscription_id == subscription_id, DigestItem.period_key == period_key)
        .order_by(DigestItem.created_at, DigestItem.id)
    )
    return group_items(
        [(item.subject, item.novel, Claim.model_validate(item.payload)) for item in items]
    )


def group_items(items: Sequence[tuple[str, bool, Claim]]) -> tuple[DigestGroup, ...]:
    """Group by subject (largest first), then by claim type and stance with counts."""
    by_subject: dict[str, dict[tuple[str, str], list[tuple[bool, Claim]]]] = {}
    for subject, novel, claim in items:
        entries = by_subject.setdefault(subject, {})
        entries.setdefault((claim.claim_type, claim.stance), []).append((novel, claim))
    groups = []
    for subject, entries in by_subject.items():
        built = []
        for (claim_type, stance), seen in entries.items():
            claims = [claim for _, claim in seen]
            built.append(
                DigestEntry(
                    claim_type=claim_type,
                    stance=stance,
                    count=len(claims),
                    novel=any(novel for novel, _ in seen),
                    example=claims[0],
                    sources=tuple(dict.fromkeys(c.source for c in claims if c.source)),
                    article_urls=tuple(dict.fromkeys(c.article_url for c in claims)),
                )
            )
        built.sort(key=lambda entry: (-entry.count, entry.claim_type, entry.stance))
        groups.append(DigestGroup(subject=subject, entries=tuple(built)))
    groups.sort(key=lambda group: (-group.count, group.subject.casefold()))
    return tuple(groups)
