import asyncio
from datetime import timedelta

from sqlalchemy import delete, func, select

from services.alerter.matching import SubscriptionCache
from services.alerter.record import MAX_BATCH, record_claim, record_claims
from shared.db.engine import create_engine, session_factory
from shared.db.models import Delivery, DigestItem, Subscription

from .support import T0, FakeClock, add_subscription, make_claim, resolve

WINDOW = timedelta(days=30)


async def record(sf, claim, now=T0, **kwargs):
    return await record_claim(sf, claim, resolve=resolve, window=WINDOW, now=now, **kwargs)


async def deliveries(sf):
    async with sf() as session:
        return list(await session.scalars(select(Delivery).order_by(Delivery.id)))


async def test_replaying_a_claim_queues_one_delivery(sf):
    sub = await add_subscription(sf, subjects=["Beijing"])
    claim = make_claim()
    first = await record(sf, claim)
    assert len(first) == 1
    assert await record(sf, claim) == []
    assert await record(sf, claim, now=T0 + timedelta(minutes=5)) == []
    rows = await deliveries(sf)
    assert [(r.subscription_id, r.claim_id, r.state, r.kind) for r in rows] == [
        (sub, claim.id, "pending", "alert")
    ]
    assert rows[0].payload["evidence"] == claim.evidence


async def test_only_matching_active_immediate_subscriptions_get_a_delivery(sf):
    china = await add_subscription(sf, subjects=["China"])
    everything = await add_subscription(sf)
    await add_subscription(sf, subjects=["Iran"])
    await add_subscription(sf, subjects=["China"], active=False)
    await add_subscription(sf, subjects=["China"], min_confidence=0.99)
    await add_subscription(sf, subjects=["China"], mode="digest")
    await record(sf, make_claim(subject="PRC"))
    assert sorted(r.subscription_id for r in await deliveries(sf)) == [china, everything]


async def test_corroboration_within_window_is_not_alerted_again_but_after_it_is(sf):
    sub = await add_subscription(sf)
    assert len(await record(sf, make_claim(), now=T0)) == 1
    assert await record(sf, make_claim(), now=T0 + timedelta(days=10)) == []
    assert await record(sf, make_claim(), now=T0 + timedelta(days=20)) == []
    again = await record(sf, make_claim(), now=T0 + timedelta(days=51))
    assert len(again) == 1
    rows = await deliveries(sf)
    assert [r.subscription_id for r in rows] == [sub, sub]
    assert rows[0].fingerprint != rows[1].fingerprint  # one key per novelty episode


async def test_two_replicas_recording_claims_of_one_fingerprint_queue_one_delivery(database_url):
    engines = [create_engine(database_url) for _ in range(2)]
    try:
        factories = [session_factory(engine) for engine in engines]
        subs = [await add_subscription(factories[0]) for _ in range(3)]
        claims = [make_claim() for _ in range(6)]
        claims += claims  # every claim also replayed
        results = await asyncio.gather(
            *(record(factories[i % 2], claim) for i, claim in enumerate(claims))
        )
        assert sum(len(ids) for ids in results) == 3
        rows = await deliveries(factories[0])
        assert sorted(r.subscription_id for r in rows) == subs
        assert len({r.claim_id for r in rows}) == 1
    finally:
        for engine in engines:
            await engine.dispose()


async def test_a_subscription_deleted_after_caching_is_skipped(sf):
    clock = FakeClock()
    cache = SubscriptionCache(sf, resolve=resolve, clock=clock.monotonic, ttl=60)
    keep = await add_subscription(sf)
    gone = await add_subscription(sf)
    paused = await add_subscription(sf)
    await cache.get()
    async with sf() as session, session.begin():
        await session.execute(delete(Subscription).where(Subscription.id == gone))
        await session.get(Subscription, paused)
        (await session.get(Subscription, paused)).active = False
    await record(sf, make_claim(), subscriptions=cache)
    assert [r.subscription_id for r in await deliveries(sf)] == [keep]


async def test_digest_subscriptions_collect_new_and_corroborating_claims(sf):
    sub = await add_subscription(sf, mode="digest", subjects=["China"])
    first, second = make_claim(), make_claim()
    assert await record(sf, first, now=T0 + timedelta(minutes=1)) == []
    assert await record(sf, second, now=T0 + timedelta(minutes=2)) == []
    await record(sf, second, now=T0 + timedelta(minutes=3))  # replay
    await record(sf, make_claim(subject="Iran"))
    assert await deliveries(sf) == []
    async with sf() as session:
        items = list(await session.scalars(select(DigestItem).order_by(DigestItem.id)))
        count = await session.scalar(select(func.count()).select_from(DigestItem))
    assert count == 2
    assert [(i.subscription_id, i.subject, i.novel) for i in items] == [
        (sub, "China", True),
        (sub, "China", False),
    ]
    assert items[0].period_start == T0 and items[0].period_end == T0 + timedelta(hours=1)


async def test_a_batch_records_like_its_claims_one_by_one_and_replays_to_nothing(sf):
    china = await add_subscription(sf, subjects=["China"])
    iran = await add_subscription(sf, subjects=["Iran"])
    digest = await add_subscription(sf, subjects=["China"], mode="digest")
    first, corroboration, other = make_claim(), make_claim(), make_claim(subject="Iran")
    batch = [first, corroboration, other, first]  # a duplicate inside the batch too

    ids = await record_claims(sf, batch, resolve=resolve, window=WINDOW, now=T0)
    rows = await deliveries(sf)
    assert sorted(ids) == sorted(r.id for r in rows)
    assert sorted((r.subscription_id, r.claim_id) for r in rows) == sorted(
        [(china, first.id), (iran, other.id)]
    )
    assert await record_claims(sf, batch, resolve=resolve, window=WINDOW, now=T0) == []
    async with sf() as session:
        items = list(await session.scalars(select(DigestItem).order_by(DigestItem.claim_id)))
    assert sorted((i.subscription_id, i.claim_id, i.novel) for i in items) == sorted(
        [(digest, first.id, True), (digest, corroboration.id, False)]
    )


async def test_a_full_batch_fits_one_transaction_on_either_database(sf):
    # MAX_BATCH claims at once: every statement stays within the backends' parameter
    # limits, and the batch answers as its claims one by one would.
    subs = [await add_subscription(sf) for _ in range(2)]
    digest = await add_subscription(sf, mode="digest")
    subjects = [f"Company {i}" for i in range(MAX_BATCH // 2)]
    news = [make_claim(subject=s) for s in subjects]
    corroborations = [make_claim(subject=s) for s in subjects]
    batch = [c for pair in zip(news, corroborations, strict=True) for c in pair]
    assert len(batch) == MAX_BATCH

    ids = await record_claims(sf, batch, resolve=resolve, window=WINDOW, now=T0)
    rows = await deliveries(sf)
    assert sorted(ids) == [r.id for r in rows] and len(rows) == len(subjects) * len(subs)
    assert {r.claim_id for r in rows} == {c.id for c in news}
    async with sf() as session:
        items = await session.scalar(
            select(func.count()).select_from(DigestItem).where(DigestItem.subscription_id == digest)
        )
    assert items == MAX_BATCH
    assert await record_claims(sf, batch, resolve=resolve, window=WINDOW, now=T0) == []
