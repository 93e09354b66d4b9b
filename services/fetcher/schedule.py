"""When to check a feed next, when to take it out of rotation, what to fetch now.

Pure functions over an injected clock (`now`) and random source (`rng`).

- Success (200 or 304): the feed's interval, never below the feed's own `<ttl>`
  or the response's `Cache-Control: max-age` (those floors capped at
  `max_interval`), plus up to `jitter` of it so feeds added together drift apart.
- Error: capped exponential backoff, `interval * 2**(errors-1)` up to
  `max_backoff` (6 h), with "equal jitter" (between half and all of it). A
  `Retry-After` is a floor, capped at `max_retry_after`.
- Disabling: a feed is disabled after `disable_after` consecutive errors, at
  once on 410 Gone or a refused (unsafe) URL. A disabled feed is not parked
  forever: it is probed every `disabled_probe_interval`; a 200 or 304 (on any
  check, probe included) resets the error count and re-enables it. Operators
  re-enable one by hand through the API as well.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, Protocol, TypeVar
from urllib.parse import urlsplit

Outcome = Literal["ok", "not_modified", "error"]


@dataclass(frozen=True, slots=True)
class SchedulePolicy:
    min_interval: timedelta = timedelta(minutes=1)
    max_interval: timedelta = timedelta(hours=24)
    jitter: float = 0.1
    max_backoff: timedelta = timedelta(hours=6)
    max_retry_after: timedelta = timedelta(hours=24)
    disable_after: int = 10
    disabled_probe_interval: timedelta = timedelta(hours=24)


DEFAULT_POLICY = SchedulePolicy()


def outcome_of(fetch_status: str, parse_status: str | None = None) -> Outcome:
    """Fold a `FetchResult.status` and a `ParsedFeed.status` into a schedule outcome.

    A fetch that brought a body nothing could be read from is an error; a
    partial parse is a success (its items were published).
    """
    if fetch_status == "not_modified":
        return "not_modified"
    if fetch_status == "ok" and parse_status != "malformed":
        return "ok"
    return "error"


def next_check(
    feed_interval: timedelta,
    *,
    outcome: Outcome,
    consecutive_errors: int,
    retry_after: int | None,
    ttl: int | None,
    max_age: int | None,
    now: datetime,
    rng: random.Random,
    disabled: bool = False,
    policy: SchedulePolicy = DEFAULT_POLICY,
) -> datetime:
    """The next time to check a feed. `consecutive_errors` counts this outcome."""
    interval = _clamp(feed_interval, policy.min_interval, policy.max_interval)
    if disabled:
        return now + policy.disabled_probe_interval
    if outcome != "error":
        floor = timedelta(seconds=max(ttl or 0, max_age or 0))
        base = max(interval, min(floor, policy.max_interval))
        return now + base + base * rng.uniform(0.0, policy.jitter)
    exponent = min(max(consecutive_errors, 1) - 1, 30)
    backoff = min(interval * (2**exponent), policy.max_backoff)
    delay = backoff / 2 + backoff / 2 * rng.random()
    if retry_after:
        delay = max(delay, min(timedelta(seconds=retry_after), policy.max_retry_after))
    return now + delay


@dataclass(frozen=True, slots=True)
class ErrorState:
    consecutive_errors: int
    disabled: bool
    disabled_reason: str | None


def after_outcome(
    outcome: Outcome,
    *,
    consecutive_errors: int,
    fetch_status: str | None = None,
    http_status: int | None = None,
    error: str | None = None,
    policy: SchedulePolicy = DEFAULT_POLICY,
) -> ErrorState:
    """The feed's error count and disabled flag after this outcome."""
    if outcome != "error":
        return ErrorState(consecutive_errors=0, disabled=False, disabled_reason=None)
    errors = consecutive_errors + 1
    if http_status == 410:
        return ErrorState(errors, True, "HTTP 410 Gone: the feed was removed")
    if fetch_status == "unsafe_url":
        return ErrorState(errors, True, f"URL refused: {error or 'unsafe address'}")
    if errors >= policy.disable_after:
        detail = f": {error}" if error else ""
        return ErrorState(errors, True, f"{errors} consecutive errors{detail}")
    return ErrorState(errors, False, None)


class HasURL(Protocol):
    @property
    def url(self) -> str: ...


F = TypeVar("F", bound=HasURL)


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def batch_due(feeds: Iterable[F], *, per_host_cap: int, batch_size: int) -> list[F]:
    """Up to `batch_size` of `feeds` (given most overdue first), at most `per_host_cap` a host.

    Feeds left out stay due and come in a later batch, so one host with many
    feeds is polled politely and cannot starve the others.
    """
    taken: list[F] = []
    per_host: dict[str, int] = {}
    for feed in feeds:
        if len(taken) >= batch_size:
            break
        host = host_of(feed.url)
        if per_host.get(host, 0) >= per_host_cap:
            continue
        per_host[host] = per_host.get(host, 0) + 1
        taken.append(feed)
    return taken


def _clamp(value: timedelta, low: timedelta, high: timedelta) -> timedelta:
    return max(low, min(value, high))
