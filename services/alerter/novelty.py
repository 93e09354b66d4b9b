"""Novelty stage: is this (subject, claim type, stance) news, or corroboration?

Race-safe across replicas: every decision is taken by an INSERT ... ON CONFLICT on a
unique key, so two alerters seeing claims of one fingerprint serialize on that row.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import case, select, tuple_, update
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
    return (await observe_many(session, [claim], window=window, now=now))[claim.id]


async def observe_many(
    session: AsyncSession,
    claims: Sequence[Claim],
    *,
    window: timedelta,
    now: datetime | None = None,
) -> dict[str, bool]:
    """`observe` for a batch, answering by claim id as if the claims were observed one by
    one in order, in four statements whatever the batch size."""
    unique = list({claim.id: claim for claim in claims}.values())
    if not unique:
        return {}
    seen_at = {claim.id: now or claim.extracted_at for claim in unique}
    # Fingerprint order: replicas lock fingerprint rows in one order and never deadlock.
    unique.sort(key=lambda claim: claim.fingerprint)

    # Rows as executemany parameters, never `.values(rows)`: a multi-row VALUES is
    # compiled anew for every batch (uncacheable); this statement compiles once and
    # still runs as one INSERT per batch (SQLAlchemy's insertmanyvalues).
    inserted = await session.scalars(
        insert_for(session, FingerprintClaim)
        .on_conflict_do_nothing(index_elements=["fingerprint", "claim_id"])
        .returning(FingerprintClaim.claim_id),
        [
            {
                "fingerprint": c.fingerprint,
                "claim_id": c.id,
                "novel": False,
                "seen_at": seen_at[c.id],
            }
            for c in unique
        ],
    )
    counted = set(inserted.all())
    answers = await _earlier_answers(session, [c for c in unique if c.id not in counted])

    groups: dict[str, list[Claim]] = {}
    for claim in unique:
        if claim.id in counted:
            groups.setdefault(claim.fingerprint, []).append(claim)
    if groups:
        previous = await _count_sightings(session, groups, seen_at)
        novel: list[tuple[str, str]] = []
        for fingerprint, group in groups.items():
            last = previous[fingerprint]
            for claim in group:
                seen = seen_at[claim.id]
                answers[claim.id] = last is None or seen - last > window
                if answers[claim.id]:
                    novel.append((fingerprint, claim.id))
                last = seen if last is None else max(last, seen)
        if novel:
            await session.execute(
                update(FingerprintClaim)
                .where(tuple_(FingerprintClaim.fingerprint, FingerprintClaim.claim_id).in_(novel))
                .values(novel=True)
                .execution_options(synchronize_session=False)
            )
    return answers


async def _earlier_answers(session: AsyncSession, replays: Sequence[Claim]) -> dict[str, bool]:
    """What was decided for claims counted before (a replay answers as the first time)."""
    if not replays:
        return {}
    pairs = [(c.fingerprint, c.id) for c in replays]
    rows = await session.execute(
        select(FingerprintClaim.claim_id, FingerprintClaim.novel).where(
            tuple_(FingerprintClaim.fingerprint, FingerprintClaim.claim_id).in_(pairs)
        )
    )
    return {claim_id: bool(novel) for claim_id, novel in rows}


async def _count_sightings(
    session: AsyncSession, groups: dict[str, list[Claim]], seen_at: dict[str, datetime]
) -> dict[str, datetime | None]:
    """Add each group's claims to its fingerprint row; return the row's last sighting
    before this batch (None for a new row)."""
    table = FingerprintRow.__table__
    rows = []
    for fingerprint, group in groups.items():
        first = group[0]
        rows.append(
            {
                "fingerprint": fingerprint,
                "subject": first.subject,
                "claim_type": first.claim_type,
                "stance": first.stance,
                "first_claim_id": first.id,
                "first_seen_at": seen_at[first.id],
                "last_seen_at": max(seen_at[c.id] for c in group),
                "claim_count": len(group),
                "previous_seen_at": None,
            }
        )
    stmt = insert_for(session, FingerprintRow)
    # SET expressions read the row as it was before the update (SQL semantics on both
    # backends), so previous_seen_at captures the old last_seen_at atomically.
    stmt = stmt.on_conflict_do_update(
        index_elements=["fingerprint"],
        set_={
            "claim_count": table.c.claim_count + stmt.excluded.claim_count,
            "previous_seen_at": table.c.last_seen_at,
            "last_seen_at": case(
                (table.c.last_seen_at > stmt.excluded.last_seen_at, table.c.last_seen_at),
                else_=stmt.excluded.last_seen_at,
            ),
        },
    ).returning(table.c.fingerprint, table.c.claim_count, table.c.previous_seen_at)
    previous: dict[str, datetime | None] = {}
    for fingerprint, count, before in await session.execute(stmt, rows):  # as above
        if count == len(groups[fingerprint]):  # the row was created by this batch
            before = None
        elif before is not None and before.tzinfo is None:  # defensive: UTCDateTime adds it
            before = before.replace(tzinfo=UTC)
        previous[fingerprint] = before
    return previous


async def corroboration_counts(
    session: AsyncSession, fingerprints: Collection[str]
) -> dict[str, int]:
    """How many distinct claims each fingerprint has been seen in, in one statement;
    a fingerprint never seen is absent."""
    if not fingerprints:
        return {}
    rows = await session.execute(
        select(FingerprintRow.fingerprint, FingerprintRow.claim_count).where(
            FingerprintRow.fingerprint.in_(sorted(fingerprints))
        )
    )
    return {fingerprint: int(count or 0) for fingerprint, count in rows}
