"""Producer factory and dead-letter publishing."""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass, field

from aiokafka import AIOKafkaProducer
from aiokafka.structs import ConsumerRecord

from shared.metrics import DEADLETTERS
from shared.settings import Settings

log = logging.getLogger(__name__)


def create_producer(settings: Settings, *, client_id: str) -> AIOKafkaProducer:
    """acks=all always; idempotence is a setting because the embedded broker refuses it."""
    return AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap,
        client_id=f"{settings.kafka_client_id}-{client_id}",
        acks="all",
        enable_idempotence=settings.kafka_enable_idempotence,
        linger_ms=5,
        request_timeout_ms=30_000,
        max_request_size=8 * 1024 * 1024,
    )


class DeadLetterRateExceeded(RuntimeError):
    """More dead letters than the limit allows: stop rather than dump the whole topic."""


@dataclass
class DlqLimit:
    """At most `max_per_minute` dead letters in any sliding minute."""

    max_per_minute: int
    _times: deque[float] = field(default_factory=deque)

    def admit(self, now: float) -> None:
        while self._times and now - self._times[0] > 60.0:
            self._times.popleft()
        if len(self._times) >= self.max_per_minute:
            raise DeadLetterRateExceeded(
                f"more than {self.max_per_minute} dead letters in a minute; stopping"
            )
        self._times.append(now)


class DeadLetterPublisher:
    def __init__(
        self, producer: AIOKafkaProducer, *, topic: str, service: str, limit: DlqLimit
    ) -> None:
        self._producer = producer
        self._topic = topic
        self._service = service
        self._limit = limit

    async def publish_record(self, record: ConsumerRecord, *, reason: str, error: str) -> None:
        """Dead-letter a consumed message with its origin and the reason in headers."""
        await self.publish(
            key=record.key,
            value=record.value,
            reason=reason,
            error=error,
            origin=(record.topic, record.partition, record.offset),
        )

    async def publish(
        self,
        *,
        key: bytes | None,
        value: bytes | None,
        reason: str,
        error: str,
        origin: tuple[str, int, int] | None = None,
    ) -> None:
        self._limit.admit(time.monotonic())
        headers = [
            ("service", self._service.encode()),
            ("reason", reason.encode()),
            ("error", error[:2000].encode("utf-8", "replace")),
        ]
        if origin is not None:
            topic, partition, offset = origin
            headers += [
                ("origin_topic", topic.encode()),
                ("origin_partition", str(partition).encode()),
                ("origin_offset", str(offset).encode()),
            ]
        await self._producer.send_and_wait(self._topic, value=value, key=key, headers=headers)
        DEADLETTERS.labels(service=self._service, reason=reason).inc()
        log.warning("dead-lettered", extra={"reason": reason, "error": error[:500]})
