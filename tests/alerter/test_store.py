import asyncio
from datetime import timedelta

from services.alerter.record import record_claims
from services.alerter.store import lease_due
from shared.db.engine import create_engine, session_factory

from .support import T0, add_subscription, make_claim, resolve, statements

LEASE = timedelta(seconds=90)


async def record(sf, *claims, now=T0):
    return await record_claims(sf, claims, resolve=resolve, window=timedelta(days=30), now=now)


async def test_a_batch_is_leased_in_one_statement_with_its_subscriptions_and_corroborations(sf):
    subs = [await add_subscription(sf, channel="file", target=f"desk{i}") for i in range(3)]
    china, iran = make_claim(subject="China"), make_claim(subject="Iran")
    queued = await record(sf, china, iran)
    # Two more articles say the same about China: corroboration, no new delivery.
    assert await record(sf, make_claim(subject="China"), make_claim(subject="China")) == []

    with statements(sf) as executed:
        leased = await lease_due(sf, limit=10, now=T0, until=T0 + LEASE)

    # One UPDATE takes the whole batch; subscriptions and counts are one read each.
    assert len(executed) == 3
    assert "UPDATE deliveries" in executed[0].sql and "RETURNING" in executed[0].sql
    assert [e.verb for e in executed[1:]] == ["SELECT", "SELECT"]
    assert [d.id for d in leased] == sorted(queued) and len(leased) == 6
    assert {d.recipient.subscription_id for d in leased} == set(subs)
    assert {d.recipient.target for d in leased} == {"desk0", "desk1", "desk2"}
    assert all(d.attempts == 1 and d.active for d in leased)
    by_claim = {d.claim_id: d.corroborations for d in leased}
    assert by_claim == {china.id: 3, iran.id: 1}

    # Leased rows are not due again until the lease expires; then attempts count up.
    assert await lease_due(sf, limit=10, now=T0 + timedelta(seconds=89), until=T0 + LEASE) == []
    later = T0 + timedelta(seconds=91)
    again = await lease_due(sf, limit=4, now=later, until=later + LEASE)
    assert len(again) == 4 and {d.attempts for d in again} == {2}


async def test_replicas_leasing_at_once_take_disjoint_batches(database_url):
    engines = [create_engine(database_url) for _ in range(3)]
    try:
        a, b, c = (session_factory(engine) for engine in engines)
        for i in range(4):
            await add_subscription(a, channel="file", target=f"desk{i}")
        await record(a, *(make_claim(subject=s) for s in ("China", "Iran", "India")))  # 12
        batches = await asyncio.gather(
            *(lease_due(sf, limit=5, now=T0, until=T0 + LEASE) for sf in (a, b, c))
        )
    finally:
        for engine in engines:
            await engine.dispose()
    ids = [d.id for batch in batches for d in batch]
    assert len(ids) == 12 and len(set(ids)) == 12  # every delivery leased once
    assert all(len(batch) <= 5 for batch in batches)
