import asyncio
from datetime import timedelta

from sqlalchemy import func, select

from services.alerter.novelty import observe, observe_many
from shared.db.engine import create_engine, session_factory
from shared.db.models import FingerprintClaim, FingerprintRow

from .support import T0, make_claim, statements

WINDOW = timedelta(days=30)


async def _observe(sf, claim, now):
    async with sf() as session, session.begin():
        return await observe(session, claim, window=WINDOW, now=now)


async def _row(sf, fingerprint):
    async with sf() as session:
        return await session.get(FingerprintRow, fingerprint)


async def test_first_sighting_is_new_then_corroboration_then_new_after_window(sf):
    first, second, third = make_claim(), make_claim(), make_claim()
    assert await _observe(sf, first, T0) is True
    assert await _observe(sf, second, T0 + timedelta(days=29)) is False
    row = await _row(sf, first.fingerprint)
    assert (row.claim_count, row.first_claim_id) == (2, first.id)
    assert row.last_seen_at == T0 + timedelta(days=29)
    # The window counts from the last sighting: 29 + 31 days later it is news again.
    assert await _observe(sf, third, T0 + timedelta(days=60)) is True
    assert (await _row(sf, first.fingerprint)).claim_count == 3


async def test_replaying_a_claim_counts_once_and_answers_the_same(sf):
    first, second = make_claim(), make_claim()
    assert await _observe(sf, first, T0) is True
    assert await _observe(sf, first, T0 + timedelta(hours=1)) is True
    assert await _observe(sf, second, T0 + timedelta(hours=2)) is False
    assert await _observe(sf, second, T0 + timedelta(hours=3)) is False
    assert (await _row(sf, first.fingerprint)).claim_count == 2
    async with sf() as session:
        assert await session.scalar(select(func.count()).select_from(FingerprintClaim)) == 2


async def test_other_fingerprints_are_independent(sf):
    assert await _observe(sf, make_claim(subject="China"), T0) is True
    assert await _observe(sf, make_claim(subject="Iran"), T0) is True
    assert await _observe(sf, make_claim(subject="China", stance="denied"), T0) is True


async def test_two_replicas_racing_on_one_fingerprint_find_it_new_exactly_once(database_url):
    engines = [create_engine(database_url) for _ in range(2)]
    try:
        factories = [session_factory(engine) for engine in engines]
        claims = [make_claim() for _ in range(8)]
        answers = await asyncio.gather(
            *(_observe(factories[i % 2], claim, T0) for i, claim in enumerate(claims))
        )
        assert sorted(answers) == [False] * 7 + [True]
        assert (await _row(factories[0], claims[0].fingerprint)).claim_count == 8
    finally:
        for engine in engines:
            await engine.dispose()


async def test_a_batch_answers_as_its_claims_observed_one_by_one(sf):
    stale, fresh = make_claim(subject="Iran"), make_claim(subject="Belarus")
    assert await _observe(sf, stale, T0 - timedelta(days=40)) is True
    assert await _observe(sf, fresh, T0 - timedelta(days=1)) is True
    new_a, new_b = make_claim(subject="China"), make_claim(subject="China")
    again_stale, again_fresh = make_claim(subject="Iran"), make_claim(subject="Belarus")
    batch = [new_a, again_fresh, new_b, again_stale, new_a, stale]

    async with sf() as session, session.begin():
        answers = await observe_many(session, batch, window=WINDOW, now=T0)

    assert answers == {
        new_a.id: True,  # first sighting of its fingerprint
        new_b.id: False,  # corroborates new_a within the same batch
        again_stale.id: True,  # last seen 40 days ago: news again
        again_fresh.id: False,  # last seen yesterday: corroboration
        stale.id: True,  # a replay answers as the first time
    }
    assert (await _row(sf, new_a.fingerprint)).claim_count == 2
    assert (await _row(sf, stale.fingerprint)).claim_count == 2
    assert (await _row(sf, fresh.fingerprint)).last_seen_at == T0
    async with sf() as session:
        assert await session.scalar(select(func.count()).select_from(FingerprintClaim)) == 6


async def test_batches_of_any_size_reuse_the_compiled_statements(sf):
    # A multi-row VALUES is compiled anew for every batch: on a busy alerter that cost
    # more CPU than running it. Rows go as parameters, so only the first batch compiles.
    async def batch(size, tag):
        claims = [make_claim(subject=f"{tag} {i}") for i in range(size)]
        async with sf() as session, session.begin():
            return await observe_many(session, claims, window=WINDOW, now=T0)

    await batch(2, "warm-up many")  # one compile for many rows, one for a single row
    await batch(1, "warm-up one")
    with statements(sf) as executed:
        answers = [await batch(size, f"batch {size}") for size in (3, 7, 1)]
    assert all(all(a.values()) and len(a) == n for a, n in zip(answers, (3, 7, 1), strict=True))
    inserts = [e for e in executed if e.verb == "INSERT"]
    assert len(inserts) == 6  # two a batch, whatever its size
    assert all(e.cached for e in inserts)
