"""Reads the dispatcher needs: leased deliveries with their subscription, and the
notification each one becomes (the claim from the payload, or the digest's items)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db.models import Delivery, Subscription
from shared.events import Claim

from .digest import load_digest
from .notification import Notification, Recipient
from .novelty import corroborations


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


async def load_leased(
    session_factory: async_sessionmaker[AsyncSession], ids: Sequence[int]
) -> list[Leased]:
    async with session_factory() as session:
        rows = await session.execute(
            select(Delivery, Subscription)
            .join(Subscription, Subscription.id == Delivery.subscription_id)
            .where(Delivery.id.in_(ids))
            .order_by(Delivery.id)
        )
        return [
            Leased(
                id=delivery.id,
                kind=delivery.kind,
                fingerprint=delivery.fingerprint,
                claim_id=delivery.claim_id,
                attempts=delivery.attempts,
                created_at=delivery.created_at,
                payload=delivery.payload,
                recipient=Recipient(sub.id, sub.channel, sub.target, sub.unsubscribe_token),
                active=sub.active,
            )
            for delivery, sub in rows
        ]


async def build_notification(
    session_factory: async_sessionmaker[AsyncSession], leased: Leased
) -> Notification:
    payload = leased.payload or {}
    async with session_factory() as session:
        if leased.kind == "digest":
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
        claim = Claim.model_validate(payload)
        return Notification(
            delivery_id=leased.id,
            recipient=leased.recipient,
            kind="alert",
            claim=claim,
            corroborations=max(1, await corroborations(session, claim.fingerprint)),
        )


def _parse(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None
