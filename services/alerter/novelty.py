"""Novelty stage: is this (subject, claim type, stance) news, or corroboration?

Race-safe across replicas: every decision is taken by an INSERT ... ON CONFLICT on a
unique key, so two alerters seeing claims of one fingerprint serialize on that row.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import case, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from shared.db.models import FingerprintClaim, FingerprintRow
from shared.db.upsert import insert_for
from shared.events import Claim


async def observe(
    session: AsyncSession,
    claim: Claim,
    *,
    window: timedelta,
    now: datetime | None = None,
) -> bool:
    """Count `claim` against its fingerprint; True when the fingerprint is new within `window`
    (first seen, or last seen longer than `window` before `now`).

    Idempotent: replaying a claim id counts nothing and returns the first answer.
    Runs inside the caller's transaction. `now` defaults to the claim's `extracted_at`.
    """
    seen_at = now or claim.extracted_at
    claimed = await session.execute(
        insert_for(session, FingerprintClaim)
        .values(fingerprint=claim.fingerprint, claim_id=claim.id, novel=False, seen_at=seen_at)
        .on_conflict_do_nothing(index_elements=["fingerprint", "claim_id"])
        .returning(FingerprintClaim.claim_id)
    )
    if claimed.first() is None:  # a replay: answer as the first time
        stored = await session.scalar(
            select(FingerprintClaim.novel).where(
                FingerprintClaim.fingerprint == claim.fingerprint,
                FingerprintClaim.claim_id == claim.id,
            )
        )
        return bool(stored)

    table = FingerprintRow.__table__
    stmt = insert_for(session, FingerprintRow).values(
        fingerprint=claim.fingerprint,
        subject=claim.subject,
        claim_type=claim.claim_type,
        stance=claim.stance,
        first_claim_id=claim.id,
        first_seen_at=seen_at,
        last_seen_at=seen_at,
        claim_count=1,
        previous_seen_at=None,
    )
    # SET expressions read the row as it was before the update (SQL semantics on both
    # backends), so previous_seen_at captures the old last_seen_at atomically.
    stmt = stmt.on_conflict_do_update(
        index_elements=["fingerprint"],
        set_={
            "claim_count": table.c.claim_count + 1,
            "previous_seen_at": table.c.last_seen_at,
            "last_seen_at": case(
                (table.c.last_seen_at > stmt.excluded.last_seen_at, table.c.last_seen_at),
                else_=stmt.excluded.last_seen_at,
            ),
        },
    ).returning(table.c.claim_count, table.c.previous_seen_at)
    row = (await session.execute(stmt)).one()
    previous: datetime | None = row.previous_seen_at
    if previous is not None and previous.tzinfo is None:  # defensive: UTCDateTime adds it
        previous = previous.replace(tzinfo=UTC)
    novel = row.claim_count == 1 or previous is None or seen_at - previous > window
    if novel:
        await session.execute(
            update(FingerprintClaim)
            .where(
                FingerprintClaim.fingerprint == claim.fingerprint,
                FingerprintClaim.claim_id == claim.id,
            )
            .values(novel=True)
        )
    return novel


async def corroborations(session: AsyncSession, fingerprint: str) -> int:
    """How many distinct claims the fingerprint has been seen in."""
    count = await session.scalar(
        select(FingerprintRow.claim_count).where(FingerprintRow.fingerprint == fingerprint)
    )
    return int(count or 0)
