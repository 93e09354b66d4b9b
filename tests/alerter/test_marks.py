import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from services.alerter.marks import SentMarks
from services.alerter.record import record_claims
from shared.db.engine import create_engine, session_factory
from shared.db.models import Delivery
from shared.retry import Backoff

from .support import T0, add_subscription, make_claim, resolve

FAST = Backoff(initial=0.01, maximum=0.05)


class Unreachable:
    """A session factory whose first `outages` sessions talk to a database that cannot
    be opened (a directory that does not exist), then to the real one."""

    def __init__(self, live, dead, outages):
        self.live, self.dead, self.outages = live, dead, outages

    def __call__(self):
        if self.outages:
            self.outages -= 1
            return self.dead()
        return self.live()


@pytest.fixture
async def dead_sf(tmp_path):
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'gone' / 'claimwatch.db'}")
    yield session_factory(engine)
    await engine.dispose()


async def pending_deliveries(sf, count):
    await add_subscription(sf, channel="file", target="desk")
    claims = [make_claim(subject=f"Actor {i}") for i in range(count)]
    return await record_claims(sf, claims, resolve=resolve, window=timedelta(days=30), now=T0)


async def rows(sf):
    async with sf() as session:
        result = await session.execute(
            select(Delivery.id, Delivery.state, Delivery.sent_at, Delivery.lease_until)
        )
        return {row.id: row for row in result}


async def test_marks_of_a_burst_are_committed_together_and_each_keeps_its_time(sf):
    ids = await pending_deliveries(sf, 6)
    marks = SentMarks(sf)
    sent_at = {delivery_id: T0 + timedelta(seconds=n) for n, delivery_id in enumerate(ids)}

    await asyncio.gather(*(marks.mark(i, sent_at[i]) for i in ids[:4]))
    assert marks.commits == 1  # four finished sends, one transaction
    # A mark queued while a commit is in flight goes in the next one.
    first = asyncio.create_task(marks.mark(ids[4], sent_at[ids[4]]))
    await asyncio.sleep(0)  # the writer has started on the first mark
    await asyncio.gather(first, marks.mark(ids[5], sent_at[ids[5]]))
    assert marks.commits == 3

    stored = await rows(sf)
    assert {row.state for row in stored.values()} == {"sent"}
    assert {i: row.sent_at for i, row in stored.items()} == sent_at
    assert all(row.lease_until is None for row in stored.values())


async def test_a_mark_never_overwrites_a_delivery_that_is_no_longer_pending(sf):
    failed, sent = await pending_deliveries(sf, 2)
    async with sf() as session, session.begin():
        await session.execute(update(Delivery).where(Delivery.id == failed).values(state="failed"))
    await SentMarks(sf).mark(failed, T0)
    await SentMarks(sf).mark(sent, T0)
    stored = await rows(sf)
    assert (stored[failed].state, stored[failed].sent_at) == ("failed", None)
    assert stored[sent].state == "sent"


async def test_a_failed_commit_reaches_every_waiting_send(tmp_path):
    # A database without the deliveries table: the commit fails, as a dead server would.
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}")
    try:
        marks = SentMarks(session_factory(engine), retry_for=0)
        results = await asyncio.gather(
            *(marks.mark(i, T0) for i in range(3)), return_exceptions=True
        )
    finally:
        await engine.dispose()
    assert len(results) == 3 and all(isinstance(r, Exception) for r in results)
    assert marks.commits == 0
    with pytest.raises(Exception, match="deliveries"):
        raise results[0]


async def test_a_commit_that_fails_for_a_passing_reason_is_retried_not_resent(sf, dead_sf):
    ids = await pending_deliveries(sf, 3)
    marks = SentMarks(Unreachable(sf, dead_sf, outages=2), retry_for=10, backoff=FAST)
    await asyncio.gather(*(marks.mark(i, T0) for i in ids))
    assert (marks.retries, marks.commits) == (2, 1)
    assert {row.state for row in (await rows(sf)).values()} == {"sent"}


async def test_retries_stop_at_their_budget_and_every_waiting_send_hears_of_it(sf, dead_sf):
    ids = await pending_deliveries(sf, 2)
    marks = SentMarks(Unreachable(sf, dead_sf, outages=10**6), retry_for=0.2, backoff=FAST)
    results = await asyncio.gather(*(marks.mark(i, T0) for i in ids), return_exceptions=True)
    assert all(isinstance(r, Exception) for r in results) and marks.retries >= 2
    assert marks.commits == 0
    assert {row.state for row in (await rows(sf)).values()} == {"pending"}
