"""Reads and writes of the dispatcher's deliveries: a batch of due ones leased in one
statement, with what their sends need (subscription, corroboration count), and the
notification each one becomes (the claim from the payload, or the digest's items)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from shared.db.models import Delivery, Subscription
from shared.events import Claim

from .digest import load_digest
from .notification import Notification, Recipient
from .novelty import corroboration_counts


@dataclass(frozen=True)
class Leased:
    """A delivery this replica holds the lease of, with its subscription."""

    id: int
    kind: str
    fingerprint: str
    claim_id: str
    attempts: int
    created_at: datetime
    payload: dict[str, Any] | None = field(repr=False)
    recipient: Recipient
    active: bool
    # How many distinct claims the alert's fingerprint had been seen in when leased.
    corroborations: int = 1


@dataclass(frozen=True)
class _Sub:
    recipient: Recipient
    active: bool


async def lease_due(
    session_factory: async_sessionmaker[AsyncSession],
    *,
    limit: int,
    now: datetime,
    until: datetime,
) -> list[Leased]:
    """Lease up to `limit` due deliveries until `until`; return them in id order.

    One transaction of three statements whatever the batch size: one UPDATE ... RETURNING
    takes the lease (only rows still pending and free, so one replica wins each; on
    PostgreSQL the candidates are locked with SKIP LOCKED, so replicas take disjoint
    batches instead of waiting on each other; SQLite has a single writer), then the
    subscriptions and the corroboration counts of the batch are read with it.
    """
    free = or_(Delivery.lease_until.is_(None), Delivery.lease_until < now)
    candidate = aliased(Delivery)
    # A materialized CTE, not `IN (SELECT ... LIMIT)`: PostgreSQL may run such a subquery
    # more than once per UPDATE, and with SKIP LOCKED each run picks other rows, so the
    # UPDATE would lease more than `limit` (seen in tests/alerter/test_store.py).
    candidates = (
        select(candidate.id)
        .where(
            candidate.state == "pending",
            or_(candidate.next_attempt_at.is_(None), candidate.next_attempt_at <= now),
            or_(candidate.lease_until.is_(None), candidate.lease_until < now),
        )
        .order_by(candidate.next_attempt_at, candidate.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
        .cte("due")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )
    lease = (
        update(Delivery)
        .where(Delivery.id.in_(select(candidates.c.id)), Delivery.state == "pending", free)
        .values(lease_until=until, attempts=Delivery.attempts + 1)
        .returning(
            Delivery.id,
            Delivery.subscription_id,
            Delivery.kind,
            Delivery.fingerprint,
            Delivery.claim_id,
            Delivery.attempts,
            Delivery.created_at,
            Delivery.payload,
        )
        .execution_options(synchronize_session=False)
    )
    async with session_factory() as session, session.begin():
        rows = sorted((await session.execute(lease)).all(), key=lambda row: row.id)
        if not rows:
            return []
        subs = await _subscriptions(session, {row.subscription_id for row in rows})
        counts = await corroboration_counts(
            session, {fp for row in rows if (fp := _alert_fingerprint(row.kind, row.payload))}
        )
    return [
        Leased(
            id=row.id,
            kind=row.kind,
            fingerprint=row.fingerprint,
            claim_id=row.claim_id,
            attempts=row.attempts,
            created_at=row.created_at,
            payload=row.payload,
            recipient=subs[row.subscription_id].recipient,
            active=subs[row.subscription_id].active,
            corroborations=counts.get(_alert_fingerprint(row.kind, row.payload) or "", 0),
        )
        for row in rows
    ]


async def _subscriptions(session: AsyncSession, ids: Collection[int]) -> dict[int, _Sub]:
    rows = await session.execute(
        select(
            Subscription.id,
            Subscription.channel,
            Subscription.target,
            Subscription.unsubscribe_token,
            Subscription.active,
        ).where(Subscription.id.in_(ids))
    )
    return {
        sub_id: _Sub(Recipient(sub_id, channel, target, token), bool(active))
        for sub_id, channel, target, token, active in rows
    }


def _alert_fingerprint(kind: str, payload: dict[str, Any] | None) -> str | None:
    if kind != "alert" or not payload:
        return None
    fingerprint = payload.get("fingerprint")
    return fingerprint if isinstance(fingerprint, str) else None


async def build_notification(
    session_factory: async_sessionmaker[AsyncSession], leased: Leased
) -> Notification:
    """The notification of a leased delivery; only a digest reads the database."""
    payload = leased.payload or {}
    if leased.kind == "digest":
        async with session_factory() as session:
            groups = await load_digest(
                session, leased.recipient.subscription_id, leased.fingerprint
            )
        return Notification(
            delivery_id=leased.id,
            recipient=leased.recipient,
            kind="digest",
            groups=groups,
            period_start=_parse(payload.get("period_start")),
            period_end=_parse(payload.get("period_end")),
        )
    return Notification(
        delivery_id=leased.id,
        recipient=leased.recipient,
        kind="alert",
        claim=Claim.model_validate(payload),
        corroborations=max(1, leased.corroborations),
    )


def _parse(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None
