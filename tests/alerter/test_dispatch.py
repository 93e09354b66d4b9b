import asyncio
import json
import time
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, update

from services.alerter.channels.file import FileNotifier
from services.alerter.channels.webhook import WebhookNotifier
from services.alerter.dispatch import DispatchOptions
from services.alerter.record import record_claim
from services.alerter.retry import RetryPolicy
from shared.db.engine import create_engine, session_factory
from shared.db.models import Delivery, Subscription

from .support import T0, add_subscription, make_claim, make_dispatcher, resolve


async def record(sf, claim, now=T0):
    return await record_claim(sf, claim, resolve=resolve, window=timedelta(days=30), now=now)


async def states(sf):
    async with sf() as session:
        rows = await session.scalars(select(Delivery).order_by(Delivery.id))
        return [(r.state, r.attempts) for r in rows]


@pytest.fixture
async def http():
    async with httpx.AsyncClient(timeout=5.0) as client:
        yield client


def webhook(http, clock):
    return WebhookNotifier(http, secret="k3y-for-tests", clock=clock, allow_private=True)


async def test_a_recorded_claim_is_written_to_its_file_once(sf, clock, tmp_path):
    await add_subscription(sf, channel="file", target="desk")
    claim = make_claim()
    [delivery_id] = await record(sf, claim)
    h = make_dispatcher(sf, {"file": FileNotifier(tmp_path / "alerts")}, clock=clock)
    clock.advance(2)
    assert await h.dispatcher.run_once() == 1
    assert await h.dispatcher.run_once() == 0
    files = list((tmp_path / "alerts").iterdir())
    assert [f.name for f in files] == [f"desk-alert-{delivery_id:012d}.json"]
    body = json.loads(files[0].read_text())
    assert body["claim"]["id"] == claim.id and body["corroborations"] == 1
    assert await states(sf) == [("sent", 1)]
    assert h.sample("claimwatch_notifications_total", channel="file", outcome="sent") == 1
    assert h.sample("claimwatch_delivery_latency_seconds_sum", channel="file") == 2.0


async def test_empty_file_target_uses_the_default_directory(sf, clock, tmp_path):
    await add_subscription(sf, channel="file", target="")
    await record(sf, make_claim())
    h = make_dispatcher(sf, {"file": FileNotifier(tmp_path / "default")}, clock=clock)
    await h.dispatcher.run_once()
    assert len(list((tmp_path / "default").glob("alert-*.json"))) == 1


async def test_two_dispatchers_on_one_database_send_each_delivery_once(
    database_url, clock, receiver
):
    engines = [create_engine(database_url) for _ in range(2)]
    try:
        a, b = (session_factory(engine) for engine in engines)
        async with httpx.AsyncClient(timeout=5.0) as client:
            for _ in range(3):
                await add_subscription(a, channel="webhook", target=receiver.url())
            for subject in ["China", "Iran", "North Korea", "Belarus", "India"]:
                await record(a, make_claim(subject=subject))
            replicas = [
                make_dispatcher(sf, {"webhook": webhook(client, clock)}, clock=clock).dispatcher
                for sf in (a, b, a, b)
            ]
            sent = await asyncio.gather(*(r.run_once() for r in replicas))
            assert sum(sent) == 15
            assert sum(await asyncio.gather(*(r.run_once() for r in replicas))) == 0
        ids = [req.headers["x-claimwatch-delivery"] for req in receiver.requests]
        assert len(ids) == 15 and len(set(ids)) == 15
        assert {s for s, _ in await states(a)} == {"sent"}
    finally:
        for engine in engines:
            await engine.dispose()


async def test_a_slow_or_failing_target_does_not_hold_up_another(sf, clock, http, receiver):
    for name in ("slow", "fail", "good"):
        await add_subscription(sf, channel="webhook", target=receiver.url(f"/{name}"))
    await record(sf, make_claim())
    receiver.answer(200, delay=3.0, path="/slow")
    receiver.answer(500, body=b"down", path="/fail")
    h = make_dispatcher(
        sf,
        {"webhook": webhook(http, clock)},
        clock=clock,
        options=DispatchOptions(send_timeout=1.0),
    )
    start = time.monotonic()
    assert await h.dispatcher.run_once() == 3
    arrived = {req.path: req.arrived - start for req in receiver.requests}
    assert set(arrived) == {"/slow", "/fail", "/good"}
    assert max(arrived.values()) < 0.5  # all sent at once, none queued behind another
    assert await states(sf) == [("pending", 1), ("pending", 1), ("sent", 1)]
    assert h.sample("claimwatch_notification_retries_total", channel="webhook", reason="timeout")
    assert h.sample("claimwatch_notification_retries_total", channel="webhook", reason="http_5xx")
    # The next round, once their backoff passed, retries only the two that failed.
    clock.advance(2)
    assert await h.dispatcher.run_once() == 2
    assert await states(sf) == [("sent", 2), ("sent", 2), ("sent", 1)]


async def test_retryable_errors_back_off_until_the_deadline_then_dead_letter(
    sf, clock, http, receiver
):
    await add_subscription(sf, channel="webhook", target=receiver.url())
    await record(sf, make_claim())
    receiver.answer(503, times=100)
    policy = RetryPolicy(initial=1.0, max=8.0, multiplier=2.0, jitter=0.0, deadline=20.0)
    h = make_dispatcher(sf, {"webhook": webhook(http, clock)}, clock=clock, policy=policy)
    schedule = []
    for _ in range(30):
        before = len(receiver.requests)
        await h.dispatcher.run_once()
        if len(receiver.requests) > before:
            schedule.append((clock.now - T0).total_seconds())
        clock.advance(1)
    # attempts at t=0, 1, 3, 7, 15; the next would be at 23 > deadline 20
    assert schedule == [0, 1, 3, 7, 15]
    assert await states(sf) == [("failed", 5)]
    [letter] = h.deadletters
    assert letter.reason == "deadline" and letter.attempts == 5
    assert "SECRETPART" not in letter.target and "SECRETPART" not in letter.error
    assert h.sample("claimwatch_notifications_total", channel="webhook", outcome="failed") == 1
    assert (
        h.sample("claimwatch_notification_retries_total", channel="webhook", reason="http_5xx") == 4
    )


async def test_a_permanent_error_fails_at_once_and_is_dead_lettered(sf, clock, http, receiver):
    await add_subscription(sf, channel="webhook", target=receiver.url())
    await record(sf, make_claim())
    receiver.answer(404, body=b"no such hook")
    h = make_dispatcher(sf, {"webhook": webhook(http, clock)}, clock=clock)
    await h.dispatcher.run_once()
    clock.advance(60)
    assert await h.dispatcher.run_once() == 0
    assert await states(sf) == [("failed", 1)]
    assert [d.reason for d in h.deadletters] == ["http_4xx"]
    async with sf() as session:
        error = await session.scalar(select(Delivery.last_error))
    assert "404" in error and "SECRETPART" not in error


async def test_a_channel_without_notifier_and_an_unsubscribed_target(sf, clock, tmp_path):
    await add_subscription(sf, channel="pigeon", target="roof")
    paused = await add_subscription(sf, channel="file", target="paused")
    await record(sf, make_claim())
    async with sf() as session, session.begin():
        await session.execute(
            update(Subscription).where(Subscription.id == paused).values(active=False)
        )
    h = make_dispatcher(sf, {"file": FileNotifier(tmp_path)}, clock=clock)
    assert await h.dispatcher.run_once() == 2
    assert await states(sf) == [("failed", 1), ("cancelled", 1)]
    assert [d.reason for d in h.deadletters] == ["no_channel"]
    assert list(tmp_path.glob("*.json")) == []


async def test_a_lease_held_by_a_crashed_replica_expires_and_another_sends(sf, clock, tmp_path):
    await add_subscription(sf, channel="file", target="")
    await record(sf, make_claim())
    options = DispatchOptions(lease=timedelta(seconds=90))
    crashed = make_dispatcher(sf, {"file": FileNotifier(tmp_path)}, clock=clock, options=options)
    assert len(await crashed.dispatcher._lease(10, clock())) == 1  # leased, never sent
    survivor = make_dispatcher(sf, {"file": FileNotifier(tmp_path)}, clock=clock, options=options)
    assert await survivor.dispatcher.run_once() == 0
    clock.advance(91)
    assert await survivor.dispatcher.run_once() == 1
    assert await states(sf) == [("sent", 2)]
    assert len(list(tmp_path.glob("alert-*.json"))) == 1


async def test_run_sends_as_soon_as_it_is_woken(sf, clock, http, receiver):
    await add_subscription(sf, channel="webhook", target=receiver.url())
    h = make_dispatcher(
        sf,
        {"webhook": webhook(http, clock)},
        clock=clock,
        options=DispatchOptions(poll_interval=30),
    )
    stop = asyncio.Event()
    runner = asyncio.create_task(h.dispatcher.run(stop))
    await asyncio.sleep(0.1)  # the loop is idle, waiting up to 30 s
    start = time.monotonic()
    assert await record(sf, make_claim())
    h.dispatcher.wake()
    await asyncio.wait_for(receiver.got_request.wait(), 5)
    latency = time.monotonic() - start
    stop.set()
    await asyncio.wait_for(runner, 5)
    assert receiver.requests and latency < 1.0
    assert await states(sf) == [("sent", 1)]
