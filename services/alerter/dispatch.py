"""Dispatch stage: send pending deliveries from the database, retry, record, dead-letter.

Due deliveries are leased in batches before they are sent (`lease_until`, one
conditional UPDATE per batch that only one replica wins for each row), marked `sent`
only after the notifier returned (the marks of a burst committed together), rescheduled
with capped exponential backoff on a retryable error, and marked `failed` and
dead-lettered on a permanent error or once its deadline has passed. Sends run
concurrently (bounded), each under a timeout, so one slow or failing target never
holds up the others.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db.models import Delivery

from .digest import schedule_digests
from .marks import SentMarks
from .metrics import AlerterMetrics
from .notification import DeadLetter, DeadLetterSink, Notification, Notifier, Recipient
from .retry import Outcome, RetryPolicy, classify_exception
from .store import Leased, build_notification, lease_due

log = logging.getLogger(__name__)

DateClock = Callable[[], datetime]


@dataclass(frozen=True)
class DispatchOptions:
    concurrency: int = 32
    batch_size: int = 100
    lease: timedelta = timedelta(seconds=90)
    send_timeout: float = 30.0
    poll_interval: float = 1.0
    digest_grace: timedelta = timedelta(seconds=30)
    # How often `run` looks for closed digest periods, and how far back.
    digest_check_interval: timedelta = timedelta(seconds=10)
    digest_lookback: timedelta = timedelta(days=7)

    def __post_init__(self) -> None:
        if self.lease.total_seconds() <= self.send_timeout:
            raise ValueError("the lease must outlast a send (lease > send_timeout)")
        if self.concurrency < 1 or self.batch_size < 1 or self.poll_interval <= 0:
            raise ValueError("concurrency, batch_size and poll_interval must be positive")


class Dispatcher:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        notifiers: Mapping[str, Notifier],
        *,
        clock: DateClock,
        rng: random.Random,
        policy: RetryPolicy,
        deadletter: DeadLetterSink,
        metrics: AlerterMetrics,
        options: DispatchOptions | None = None,
    ) -> None:
        self._sf = session_factory
        self._notifiers = dict(notifiers)
        self._clock = clock
        self._rng = rng
        self._policy = policy
        self._deadletter = deadletter
        self._metrics = metrics
        self._opts = options or DispatchOptions()
        self._wake = asyncio.Event()
        self._inflight: set[asyncio.Task[None]] = set()
        self._semaphore = asyncio.Semaphore(self._opts.concurrency)
        self._digests_checked_at: datetime | None = None
        self._saturated = False  # the last lease filled every free slot: more may be due
        # A mark retried past the lease is pointless: the delivery is leased again and sent.
        self._marks = SentMarks(
            session_factory,
            retry_for=(self._opts.lease.total_seconds() - self._opts.send_timeout) / 2,
        )

    def wake(self) -> None:
        """Look for due deliveries now (call after `record_claim` queued some)."""
        self._wake.set()

    async def run_once(self) -> int:
        """Queue closed digests, lease due deliveries and send them; wait for the sends."""
        now = self._clock()
        await self._schedule_digests(now, force=True)
        leased = await self._lease(self._opts.batch_size, now)
        await asyncio.gather(*(self._deliver_bounded(d) for d in leased))
        return len(leased)

    async def run(self, stop: asyncio.Event) -> None:
        """Send until `stop` is set, then let in-flight sends finish (leases cover the rest)."""
        while not stop.is_set():
            self._wake.clear()
            try:
                now = self._clock()
                await self._schedule_digests(now)
                room = self._opts.concurrency - len(self._inflight)
                self._saturated = room <= 0
                if room > 0:
                    wanted = min(room, self._opts.batch_size)
                    leased = await self._lease(wanted, now)
                    self._saturated = len(leased) == wanted
                    for delivery in leased:
                        task = asyncio.create_task(self._deliver_bounded(delivery))
                        self._inflight.add(task)
                        task.add_done_callback(self._on_done)
            except Exception:
                log.exception("dispatch loop iteration failed; retrying after the poll interval")
            await _wait_any(self._wake, stop, seconds=self._opts.poll_interval)
        if self._inflight:
            await asyncio.gather(*self._inflight, return_exceptions=True)

    async def _schedule_digests(self, now: datetime, *, force: bool = False) -> None:
        last = self._digests_checked_at
        if not force and last is not None and now - last < self._opts.digest_check_interval:
            return
        self._digests_checked_at = now
        await schedule_digests(
            self._sf, now=now, grace=self._opts.digest_grace, lookback=self._opts.digest_lookback
        )

    def _on_done(self, task: asyncio.Task[None]) -> None:
        self._inflight.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("delivery task crashed", exc_info=task.exception())
        if self._saturated:  # capacity freed while work may be waiting: look for it
            self._wake.set()

    async def _lease(self, limit: int, now: datetime) -> list[Leased]:
        return await lease_due(self._sf, limit=limit, now=now, until=now + self._opts.lease)

    async def _deliver_bounded(self, delivery: Leased) -> None:
        async with self._semaphore:
            await self._deliver(delivery)

    async def _deliver(self, delivery: Leased) -> None:
        recipient = delivery.recipient
        channel = recipient.channel
        if not delivery.active:
            await self._finish(delivery, state="cancelled", error="subscription inactive")
            self._metrics.notifications.labels(channel, "cancelled").inc()
            return
        notifier = self._notifiers.get(channel)
        if notifier is None:
            outcome = Outcome(False, f"no notifier for channel {channel!r}", None, "no_channel")
        else:
            try:
                notification = await build_notification(self._sf, delivery)
                await asyncio.wait_for(notifier.send(notification), self._opts.send_timeout)
            except Exception as exc:
                outcome = classify_exception(exc, recipient.target)
            else:
                await self._sent(delivery, notification)
                return
        await self._failed_attempt(delivery, recipient, outcome)

    async def _sent(self, delivery: Leased, notification: Notification) -> None:
        now = self._clock()
        await self._marks.mark(delivery.id, now)  # committed with the burst's other marks
        channel = notification.recipient.channel
        self._metrics.notifications.labels(channel, "sent").inc()
        if notification.claim is not None:
            latency = (now - notification.claim.extracted_at).total_seconds()
            self._metrics.delivery_latency.labels(channel).observe(max(0.0, latency))
        log.info(
            "notification sent",
            extra={"delivery_id": delivery.id, "channel": channel, "attempts": delivery.attempts},
        )

    async def _failed_attempt(
        self, delivery: Leased, recipient: Recipient, outcome: Outcome
    ) -> None:
        now = self._clock()
        channel = recipient.channel
        deadline = delivery.created_at + timedelta(seconds=self._policy.deadline)
        if outcome.retryable:
            delay = self._policy.delay(delivery.attempts, self._rng, outcome.retry_after)
            next_at = now + timedelta(seconds=delay)
            if next_at <= deadline:
                async with self._sf() as session, session.begin():
                    await session.execute(
                        update(Delivery)
                        .where(Delivery.id == delivery.id, Delivery.state == "pending")
                        .values(
                            next_attempt_at=next_at, lease_until=None, last_error=outcome.message
                        )
                        .execution_options(synchronize_session=False)
                    )
                self._metrics.notifications.labels(channel, "retry").inc()
                self._metrics.retries.labels(channel, outcome.reason).inc()
                log.warning(
                    "notification failed, will retry",
                    extra={
                        "delivery_id": delivery.id,
                        "channel": channel,
                        "error": outcome.message,
                        "retry_in": round(delay, 3),
                    },
                )
                return
            outcome = Outcome(False, f"deadline exceeded: {outcome.message}", None, "deadline")
        await self._finish(delivery, state="failed", error=outcome.message)
        # The sink counts the dead letter (claimwatch_deadletters_total) once it landed.
        self._metrics.notifications.labels(channel, "failed").inc()
        log.error(
            "notification failed permanently",
            extra={"delivery_id": delivery.id, "channel": channel, "error": outcome.message},
        )
        letter = DeadLetter(
            delivery_id=delivery.id,
            subscription_id=recipient.subscription_id,
            channel=channel,
            target=recipient.safe_target,
            kind=delivery.kind,
            fingerprint=delivery.fingerprint,
            claim_id=delivery.claim_id,
            attempts=delivery.attempts,
            reason=outcome.reason,
            error=outcome.message,
        )
        try:
            await self._deadletter(letter)
        except Exception:
            log.exception("dead-letter sink failed", extra={"delivery_id": delivery.id})

    async def _finish(
        self,
        delivery: Leased,
        *,
        state: str,
        error: str | None = None,
    ) -> None:
        async with self._sf() as session, session.begin():
            await session.execute(
                update(Delivery)
                .where(Delivery.id == delivery.id, Delivery.state == "pending")
                .values(state=state, lease_until=None, last_error=error)
                .execution_options(synchronize_session=False)
            )


async def _wait_any(wake: asyncio.Event, stop: asyncio.Event, *, seconds: float) -> None:
    waiters = [asyncio.create_task(wake.wait()), asyncio.create_task(stop.wait())]
    try:
        await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()


def utc_now() -> datetime:
    return datetime.now(UTC)
