"""Retry stage: how long to wait before the next attempt, and which errors deserve one.

A notifier raises `DeliveryError` saying whether a retry can help; HTTP statuses and
SMTP replies are classified here and nowhere else.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pydantic import ValidationError

from shared.settings import Settings

RETRYABLE_HTTP = frozenset({408, 425, 429})


class DeliveryError(Exception):
    """A send failed. `message` must not hold secrets (use `redact_url`)."""

    def __init__(
        self,
        message: str,
        retryable: bool,
        retry_after: float | None = None,
        *,
        reason: str = "error",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable
        self.retry_after = retry_after
        self.reason = reason

    def __repr__(self) -> str:
        return (
            f"DeliveryError({self.message!r}, retryable={self.retryable}, "
            f"retry_after={self.retry_after}, reason={self.reason!r})"
        )


@dataclass(frozen=True)
class RetryPolicy:
    """Capped exponential backoff with jitter, all under a deadline (seconds)."""

    initial: float = 1.0
    max: float = 60.0
    multiplier: float = 2.0
    jitter: float = 0.2
    deadline: float = 300.0

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: float) -> RetryPolicy:
        """Defaults with the deadline from `delivery_deadline_seconds`."""
        overrides.setdefault("deadline", settings.delivery_deadline_seconds)
        return cls(**overrides)

    def __post_init__(self) -> None:
        if self.initial <= 0 or self.max < self.initial or self.multiplier < 1:
            raise ValueError("RetryPolicy needs 0 < initial <= max and multiplier >= 1")
        if not 0 <= self.jitter <= 1 or self.deadline <= 0:
            raise ValueError("RetryPolicy needs 0 <= jitter <= 1 and deadline > 0")

    def delay(self, attempt: int, rng: random.Random, retry_after: float | None = None) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based).

        A server's `Retry-After` is honoured as a lower bound (never beyond the deadline,
        which the caller checks).
        """
        base = min(self.max, self.initial * self.multiplier ** max(0, attempt - 1))
        spread = base * self.jitter
        delay = min(self.max, max(0.0, base + rng.uniform(-spread, spread)))
        if retry_after is not None and retry_after > delay:
            delay = retry_after
        return delay


def classify_http_status(status: int) -> bool | None:
    """None when the status is a success; else whether a retry may succeed.

    408, 425, 429 and 5xx are transient; every other non-2xx answer is permanent
    (3xx included: webhook redirects are not followed).
    """
    if 200 <= status < 300:
        return None
    return status in RETRYABLE_HTTP or 500 <= status < 600


def http_reason(status: int) -> str:
    return "rate_limited" if status == 429 else f"http_{status // 100}xx"


def classify_smtp_code(code: int) -> bool:
    """Whether an SMTP reply code is transient (4xx) rather than permanent (5xx)."""
    return 400 <= code < 500 or code < 0


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds form; HTTP dates are ignored)."""
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


@dataclass(frozen=True)
class Outcome:
    """A failed attempt, reduced to what the dispatcher needs to decide."""

    retryable: bool
    message: str
    retry_after: float | None
    reason: str


def classify_exception(exc: BaseException, *secrets: str | None) -> Outcome:
    """Any exception from a send, as an `Outcome`. Unknown errors are retried (under the
    deadline); their text is scrubbed of `secrets` (the target URL, say)."""
    from .redact import scrub

    if isinstance(exc, DeliveryError):
        return Outcome(exc.retryable, scrub(exc.message, *secrets), exc.retry_after, exc.reason)
    if isinstance(exc, ValidationError):  # a stored payload we cannot read: never better
        return Outcome(False, f"invalid payload: {exc.error_count()} errors", None, "invalid")
    if isinstance(exc, TimeoutError):
        return Outcome(True, "send timed out", None, "timeout")
    text = scrub(f"{type(exc).__name__}: {exc}", *secrets)
    return Outcome(True, text, None, "error")
