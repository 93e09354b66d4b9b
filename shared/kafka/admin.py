"""Topic creation, waiting for the broker, and per-partition lag."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

log = logging.getLogger(__name__)


async def ensure_topics(
    bootstrap: str, topics: Iterable[str], *, partitions: int, deadline_seconds: float = 60.0
) -> None:
    """Create the topics that do not exist yet; waits for the broker up to the deadline."""
    wanted = list(dict.fromkeys(topics))
    deadline = time.monotonic() + deadline_seconds
    delay = 0.2
    while True:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
        try:
            await admin.start()
            existing = set(await admin.list_topics())
            missing = [t for t in wanted if t not in existing]
            if missing:
                try:
                    await admin.create_topics(
                        [
                            NewTopic(t, num_partitions=partitions, replication_factor=1)
                            for t in missing
                        ]
                    )
                except TopicAlreadyExistsError:
                    pass  # another process won the race
                log.info("created topics", extra={"topics": missing})
            return
        except (KafkaError, OSError) as exc:
            if time.monotonic() + delay > deadline:
                raise TimeoutError(f"broker {bootstrap} not reachable: {exc}") from exc
            log.warning("broker not ready, retrying", extra={"error": str(exc)})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)
        finally:
            await admin.close()
