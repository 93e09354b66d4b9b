"""Scheduling policy with an injected clock and random source: nothing sleeps."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

import pytest

from services.fetcher.schedule import (
    DEFAULT_POLICY,
    after_outcome,
    batch_due,
    next_check,
    outcome_of,
)
from tests.fetcher.conftest import FIXED_NOW

FIVE_MIN = timedelta(minutes=5)


class FixedRandom(random.Random):
    """random() and uniform() at a fixed fraction of their range."""

    def __init__(self, fraction: float) -> None:
        super().__init__(0)
        self.fraction = fraction

    def random(self) -> float:
        return self.fraction

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.fraction


def delay(*, rng: float = 0.0, interval: timedelta = FIVE_MIN, **kwargs: object) -> timedelta:
    defaults: dict[str, object] = {
        "outcome": "ok",
        "consecutive_errors": 0,
        "retry_after": None,
        "ttl": None,
        "max_age": None,
    }
    defaults.update(kwargs)
    when = next_check(interval, now=FIXED_NOW, rng=FixedRandom(rng), **defaults)  # type: ignore[arg-type]
    return when - FIXED_NOW


SUCCESS_CASES = [
    ("interval", {}, timedelta(minutes=5)),
    ("not-modified", {"outcome": "not_modified"}, timedelta(minutes=5)),
    ("jitter-max", {"rng": 1.0}, timedelta(minutes=5.5)),
    ("ttl-floor", {"ttl": 3600}, timedelta(hours=1)),
    ("ttl-below-interval", {"ttl": 60}, timedelta(minutes=5)),
    ("max-age-floor", {"max_age": 1800}, timedelta(minutes=30)),
    ("ttl-and-max-age", {"ttl": 600, "max_age": 1200}, timedelta(minutes=20)),
    ("ttl-capped", {"ttl": 30 * 86400}, timedelta(hours=24)),
    ("interval-min", {"interval": timedelta(seconds=1)}, timedelta(minutes=1)),
    ("interval-max", {"interval": timedelta(days=9)}, timedelta(hours=24)),
]


@pytest.mark.parametrize(
    ("kwargs", "expected"), [c[1:] for c in SUCCESS_CASES], ids=[c[0] for c in SUCCESS_CASES]
)
def test_success_schedule(kwargs: dict[str, object], expected: timedelta) -> None:
    assert delay(**kwargs) == expected  # type: ignore[arg-type]


ERROR_CASES = [
    ("first-error-low", 1, 0.0, None, timedelta(minutes=2.5)),
    ("first-error-high", 1, 1.0, None, timedelta(minutes=5)),
    ("second", 2, 1.0, None, timedelta(minutes=10)),
    ("fifth", 5, 1.0, None, timedelta(minutes=80)),
    ("capped", 12, 1.0, None, timedelta(hours=6)),
    ("capped-forever", 10_000, 1.0, None, timedelta(hours=6)),
    ("retry-after-floor", 1, 0.0, 3600, timedelta(hours=1)),
    ("retry-after-below-backoff", 5, 1.0, 10, timedelta(minutes=80)),
    ("retry-after-capped", 1, 0.0, 10**9, timedelta(hours=24)),
]


@pytest.mark.parametrize(
    ("errors", "rng", "retry_after", "expected"),
    [c[1:] for c in ERROR_CASES],
    ids=[c[0] for c in ERROR_CASES],
)
def test_error_backoff(
    errors: int, rng: float, retry_after: int | None, expected: timedelta
) -> None:
    assert (
        delay(outcome="error", consecutive_errors=errors, rng=rng, retry_after=retry_after)
        == expected
    )


def test_backoff_never_exceeds_cap_and_spreads() -> None:
    rng = random.Random(42)
    delays = {
        next_check(
            FIVE_MIN,
            outcome="error",
            consecutive_errors=n,
            retry_after=None,
            ttl=None,
            max_age=None,
            now=FIXED_NOW,
            rng=rng,
        )
        - FIXED_NOW
        for n in range(1, 60)
        for _ in range(5)
    }
    assert max(delays) <= DEFAULT_POLICY.max_backoff
    assert len(delays) > 100  # jitter spreads feeds that fail together


def test_disabled_feed_is_probed_not_parked() -> None:
    assert delay(outcome="error", consecutive_errors=50, disabled=True) == timedelta(hours=24)


@pytest.mark.parametrize(
    ("fetch_status", "parse_status", "expected"),
    [
        ("ok", "ok", "ok"),
        ("ok", "partial", "ok"),
        ("ok", "malformed", "error"),
        ("not_modified", None, "not_modified"),
        ("http_error", None, "error"),
        ("timeout", None, "error"),
        ("too_large", None, "error"),
        ("unsafe_url", None, "error"),
    ],
    ids=["ok", "partial", "malformed", "304", "http-error", "timeout", "too-large", "unsafe"],
)
def test_outcome_of(fetch_status: str, parse_status: str | None, expected: str) -> None:
    assert outcome_of(fetch_status, parse_status) == expected


DISABLE_CASES = [
    ("success-resets", "ok", 7, {}, (0, False)),
    ("304-resets", "not_modified", 9, {}, (0, False)),
    ("error-counts", "error", 3, {}, (4, False)),
    ("tenth-error-disables", "error", 9, {"error": "HTTP 500"}, (10, True)),
    ("410-disables-at-once", "error", 0, {"http_status": 410}, (1, True)),
    ("unsafe-disables-at-once", "error", 0, {"fetch_status": "unsafe_url"}, (1, True)),
    ("404-counts", "error", 0, {"http_status": 404}, (1, False)),
]


@pytest.mark.parametrize(
    ("outcome", "errors", "kwargs", "expected"),
    [c[1:] for c in DISABLE_CASES],
    ids=[c[0] for c in DISABLE_CASES],
)
def test_disable_policy(
    outcome: str, errors: int, kwargs: dict[str, object], expected: tuple[int, bool]
) -> None:
    state = after_outcome(outcome, consecutive_errors=errors, **kwargs)  # type: ignore[arg-type]
    assert (state.consecutive_errors, state.disabled) == expected
    assert (state.disabled_reason is not None) == state.disabled


@dataclass(frozen=True)
class DueFeed:
    id: int
    url: str


def test_batch_due_caps_per_host_and_size() -> None:
    feeds = [
        DueFeed(i, f"https://{host}/feed{i}")
        for i, host in enumerate(["a.example"] * 5 + ["b.example"] * 3 + ["c.example", "A.EXAMPLE"])
    ]
    batch = batch_due(feeds, per_host_cap=2, batch_size=10)
    assert [f.id for f in batch] == [0, 1, 5, 6, 8]


def test_batch_due_size_limit_keeps_order() -> None:
    feeds = [DueFeed(i, f"https://h{i}.example/") for i in range(10)]
    assert [f.id for f in batch_due(feeds, per_host_cap=1, batch_size=3)] == [0, 1, 2]


def test_batch_due_bad_url_grouped_not_raised() -> None:
    feeds = [DueFeed(1, "http://[broken/"), DueFeed(2, "not a url")]
    assert len(batch_due(feeds, per_host_cap=1, batch_size=5)) == 1
