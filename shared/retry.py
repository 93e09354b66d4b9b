"""Capped exponential backoff with jitter, and start-up retries bounded by shutdown."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class Backoff:
    initial: float = 0.5
    maximum: float = 30.0
    multiplier: float = 2.0
    jitter: float = 0.2
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        """Delay before retry number `attempt` (1-based): capped, with +-jitter."""
        base = min(self.maximum, self.initial * self.multiplier ** max(attempt - 1, 0))
        return max(0.0, base * (1 + self.jitter * (2 * self.rng.random() - 1)))


async def start_with_backoff(
    start: Callable[[], Awaitable[None]],
    stop: asyncio.Event,
    *,
    what: str,
    backoff: Backoff | None = None,
) -> bool:
    """Call `start` until it succeeds; the deadline is shutdown. False if stopped first."""
    backoff = backoff or Backoff()
    attempt = 0
    while not stop.is_set():
        attempt += 1
        try:
            await start()
            return True
        except Exception as exc:  # broker or database not there yet: wait and retry
            delay = backoff.delay(attempt)
            log.warning(
                "%s cannot start yet", what, extra={"error": repr(exc), "retry_in": round(delay, 2)}
            )
            try:
                await asyncio.wait_for(stop.wait(), timeout=delay)
            except TimeoutError:
                pass
    return False
