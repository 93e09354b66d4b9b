"""A consumer loop that commits an offset only after the message's work succeeded.

Each message meets one of three fates:
- the handler succeeds: its offset becomes committable;
- it raises `InvalidMessage` (poison): it goes to the dead-letter topic with its
  origin and reason, then its offset becomes committable;
- it raises anything else: retried with capped backoff while the service runs.
  Transient failures (database, broker, network) retry without limit, which is
  backpressure; other errors retry `max_attempts` times, then dead-letter.

A service may also pass a batch handler: the whole polled batch is then handed to
it at once (one transaction, one round of publishes, instead of one per message).
If the batch handler raises, the batch is replayed message by message through the
single handler, so poison and retries keep the fates above.

Offsets are committed after each batch, only for partitions still owned, and
on revocation and shutdown. A crash replays at most one batch; handlers are
idempotent, so a replay changes nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError
from aiokafka.structs import ConsumerRecord, OffsetAndMetadata

from shared.failures import is_transient
from shared.kafka.producer import DeadLetterPublisher
from shared.kafka.serde import InvalidMessage
from shared.metrics import CONSUMER_LAG, MESSAGES_CONSUMED, TRANSIENT_FAILURES
from shared.retry import Backoff, start_with_backoff
from shared.settings import Settings

log = logging.getLogger(__name__)

Handler = Callable[[ConsumerRecord], Awaitable[None]]
BatchHandler = Callable[[list[ConsumerRecord]], Awaitable[None]]


@dataclass(frozen=True)
class ConsumerConfig:
    bootstrap: str
    topic: str
    group_id: str
    service: str
    client_id: str
    max_batch: int = 100
    max_attempts: int = 5
    poll_timeout_ms: int = 500
    session_timeout_ms: int = 30_000

    @classmethod
    def for_service(cls, settings: Settings, *, service: str, topic: str) -> ConsumerConfig:
        """The config of a claimwatch service consuming one of its topics."""
        return cls(
            bootstrap=settings.bootstrap,
            topic=settings.topic(topic),
            group_id=settings.group(service),
            service=service,
            client_id=f"{settings.kafka_client_id}-{service}",
            session_timeout_ms=settings.kafka_session_timeout_ms,
        )


class _CommitOnRevoke(ConsumerRebalanceListener):
    def __init__(self, runner: ConsumerRunner) -> None:
        self._runner = runner

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        await self._runner.commit(only=revoked)
        self._runner.forget_lag(revoked)

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self._runner.assigned = set(assigned)


class ConsumerRunner:
    def __init__(
        self,
        config: ConsumerConfig,
        handler: Handler,
        deadletter: DeadLetterPublisher,
        *,
        backoff: Backoff | None = None,
        batch_handler: BatchHandler | None = None,
    ) -> None:
        self.config = config
        self._handler = handler
        self._batch_handler = batch_handler
        self._deadletter = deadletter
        self._backoff = backoff or Backoff(initial=0.2, maximum=15.0)
        self._done: dict[TopicPartition, int] = {}
        self._consumer: AIOKafkaConsumer | None = None
        self.assigned: set[TopicPartition] = set()
        self.connected = False

    def _new_consumer(self) -> AIOKafkaConsumer:
        return AIOKafkaConsumer(
            bootstrap_servers=self.config.bootstrap,
            group_id=self.config.group_id,
            client_id=self.config.client_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=self.config.max_batch,
            session_timeout_ms=self.config.session_timeout_ms,
            heartbeat_interval_ms=min(3_000, self.config.session_timeout_ms // 3),
            max_poll_interval_ms=600_000,
            fetch_max_wait_ms=100,
        )

    async def _start(self) -> None:
        consumer = self._new_consumer()
        consumer.subscribe([self.config.topic], listener=_CommitOnRevoke(self))
        try:
            await consumer.start()
        except BaseException:
            await consumer.stop()
            raise
        self._consumer = consumer

    async def run(self, stop: asyncio.Event) -> None:
        if not await start_with_backoff(self._start, stop, what="consumer", backoff=self._backoff):
            return
        consumer = self._consumer
        assert consumer is not None
        self.connected = True
        try:
            while not stop.is_set():
                batch = await consumer.getmany(
                    timeout_ms=self.config.poll_timeout_ms, max_records=self.config.max_batch
                )
                if not await self._process_batch(batch):
                    await self._process_one_by_one(batch, stop)
                await self.commit()
                await self._report_lag(consumer)
        finally:
            self.connected = False
            await self.commit()
            await consumer.stop()

    async def _process_batch(self, batch: dict[TopicPartition, list[ConsumerRecord]]) -> bool:
        """Hand the whole batch to the batch handler; False if there is none or it failed."""
        records = [r for part in batch.values() for r in part]
        if self._batch_handler is None or not records:
            return False
        try:
            await self._batch_handler(records)
        except Exception as exc:
            if is_transient(exc):
                TRANSIENT_FAILURES.labels(service=self.config.service).inc()
            log.info(
                "batch failed, replaying it message by message",
                extra={"records": len(records), "error": repr(exc)[:500]},
            )
            return False
        for record in records:
            self._count("ok")
            self._done[TopicPartition(record.topic, record.partition)] = record.offset + 1
        return True

    async def _process_one_by_one(
        self, batch: dict[TopicPartition, list[ConsumerRecord]], stop: asyncio.Event
    ) -> None:
        for records in batch.values():
            for record in records:
                if not await self._process(record, stop):
                    break  # stopping mid-retry: leave it uncommitted for the next owner
                tp = TopicPartition(record.topic, record.partition)
                self._done[tp] = record.offset + 1
            if stop.is_set():
                break

    async def _process(self, record: ConsumerRecord, stop: asyncio.Event) -> bool:
        """Run the handler until it succeeds or the message is dead-lettered; False if stopped."""
        attempt = 0
        while True:
            attempt += 1
            try:
                await self._handler(record)
                self._count("ok")
                return True
            except InvalidMessage as exc:
                await self._dead_letter(record, "invalid_message", str(exc), stop)
                self._count("dead_lettered")
                return True
            except Exception as exc:
                transient = is_transient(exc)
                if not transient and attempt >= self.config.max_attempts:
                    await self._dead_letter(record, "handler_error", repr(exc), stop)
                    self._count("dead_lettered")
                    return True
                TRANSIENT_FAILURES.labels(service=self.config.service).inc()
                delay = self._backoff.delay(attempt)
                log.warning(
                    "handler failed, retrying",
                    extra={
                        "topic": record.topic,
                        "partition": record.partition,
                        "offset": record.offset,
                        "attempt": attempt,
                        "transient": transient,
                        "retry_in": round(delay, 2),
                        "error": repr(exc)[:500],
                    },
                )
                try:
                    await asyncio.wait_for(stop.wait(), timeout=delay)
                    return False
                except TimeoutError:
                    continue

    async def _dead_letter(
        self, record: ConsumerRecord, reason: str, error: str, stop: asyncio.Event
    ) -> None:
        attempt = 0
        while True:  # the dead letter must land before the offset may be committed
            attempt += 1
            try:
                await self._deadletter.publish_record(record, reason=reason, error=error)
                return
            except KafkaError as exc:
                if stop.is_set():
                    raise
                log.warning("dead-letter publish failed", extra={"error": repr(exc)})
                await asyncio.sleep(self._backoff.delay(attempt))

    async def commit(self, only: set[TopicPartition] | None = None) -> None:
        consumer = self._consumer
        if consumer is None or not self._done:
            return
        owned = consumer.assignment()
        offsets = {
            tp: OffsetAndMetadata(offset, "")
            for tp, offset in self._done.items()
            if tp in owned and (only is None or tp in only)
        }
        for tp in list(self._done):
            if only is None or tp in only:
                del self._done[tp]
        if not offsets:
            return
        try:
            await consumer.commit(offsets)
        except (CommitFailedError, IllegalStateError, KafkaError) as exc:
            # The partition moved to another member; it replays from the last commit.
            log.warning("offset commit failed", extra={"error": repr(exc)})

    async def _report_lag(self, consumer: AIOKafkaConsumer) -> None:
        for tp in consumer.assignment():
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue
            try:
                lag = highwater - await consumer.position(tp)
            except (IllegalStateError, KafkaError):
                continue
            CONSUMER_LAG.labels(self.config.service, tp.topic, str(tp.partition)).set(max(lag, 0))

    def forget_lag(self, partitions: set[TopicPartition]) -> None:
        """Stop reporting lag for partitions another member now owns: a stale value
        here would be summed with the new owner's and hold a lag alert up."""
        for tp in partitions:
            with contextlib.suppress(KeyError):
                CONSUMER_LAG.remove(self.config.service, tp.topic, str(tp.partition))

    def _count(self, outcome: str) -> None:
        MESSAGES_CONSUMED.labels(self.config.service, self.config.topic, outcome).inc()
