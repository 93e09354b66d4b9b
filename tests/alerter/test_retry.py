import random

import pytest

from services.alerter.redact import redact_url, scrub
from services.alerter.render import one_line
from services.alerter.retry import (
    DeliveryError,
    RetryPolicy,
    classify_exception,
    classify_http_status,
    classify_smtp_code,
    parse_retry_after,
)

HTTP_CASES = [
    ("ok", 200, None),
    ("no content", 204, None),
    ("redirect is not followed", 302, False),
    ("bad request", 400, False),
    ("unauthorized", 401, False),
    ("not found", 404, False),
    ("gone", 410, False),
    ("request timeout", 408, True),
    ("too early", 425, True),
    ("rate limited", 429, True),
    ("server error", 500, True),
    ("bad gateway", 502, True),
    ("unavailable", 503, True),
]


@pytest.mark.parametrize(
    ("name", "status", "retryable"), HTTP_CASES, ids=[c[0] for c in HTTP_CASES]
)
def test_http_statuses_are_classified_in_one_place(name, status, retryable):
    assert classify_http_status(status) is retryable


@pytest.mark.parametrize(
    ("code", "transient"), [(421, True), (450, True), (451, True), (550, False), (554, False)]
)
def test_smtp_4xx_transient_5xx_permanent(code, transient):
    assert classify_smtp_code(code) is transient


def test_backoff_grows_exponentially_capped_with_bounded_jitter():
    policy = RetryPolicy(initial=1.0, max=10.0, multiplier=2.0, jitter=0.2, deadline=100)
    rng = random.Random(1)
    for attempt, base in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 10.0), (9, 10.0)]:
        for _ in range(20):
            delay = policy.delay(attempt, rng)
            assert base * 0.8 - 1e-9 <= delay <= min(10.0, base * 1.2) + 1e-9


def test_retry_after_is_a_lower_bound():
    policy = RetryPolicy(initial=1.0, max=10.0, jitter=0.0)
    assert policy.delay(1, random.Random(0), retry_after=30.0) == 30.0
    assert policy.delay(3, random.Random(0), retry_after=0.5) == 4.0


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("7", 7.0), (" 2.5 ", 2.5), ("", None), (None, None), ("Wed, 21 Oct", None)],
)
def test_parse_retry_after(value, seconds):
    assert parse_retry_after(value) == seconds


REDACT_CASES = [
    (
        "slack",
        "https://hooks.slack.com/services/T0/B0/XYZSECRET",
        "https://hooks.slack.com/<redacted>",
    ),
    (
        "userinfo",
        "https://user:pw@example.com:8443/x?token=1",
        "https://example.com:8443/<redacted>",
    ),
    ("bare host", "https://example.com", "https://example.com/"),
    ("query only", "http://example.com/?sig=abc", "http://example.com/<redacted>"),
    ("garbage", "not a url", "<redacted>"),
]


@pytest.mark.parametrize(
    ("name", "url", "expected"), REDACT_CASES, ids=[c[0] for c in REDACT_CASES]
)
def test_redact_url(name, url, expected):
    assert redact_url(url) == expected
    assert "SECRET" not in redact_url(url) and "pw" not in redact_url(url)


def test_unknown_exceptions_are_retryable_and_scrubbed():
    url = "https://hooks.slack.com/services/T0/B0/XYZSECRET"
    outcome = classify_exception(RuntimeError(f"boom at {url}"), url)
    assert outcome.retryable and "XYZSECRET" not in outcome.message
    assert scrub("a secret b", "secret") == "a <redacted> b"
    err = DeliveryError("x", retryable=False, retry_after=None)
    assert classify_exception(err).retryable is False
    assert classify_exception(TimeoutError()).reason == "timeout"


ONE_LINE_CASES = [
    ("crlf", "a\r\nBcc: evil@example.com", "a Bcc: evil@example.com"),
    ("encoded word", "=?utf-8?b?SGFja2Vk?=", "= ?utf-8?b?SGFja2Vk?="),
    ("unicode separators", "a\u2028b\u0085c\x00d", "a b c d"),
    ("spaces", "  a \t  b ", "a b"),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), ONE_LINE_CASES, ids=[c[0] for c in ONE_LINE_CASES]
)
def test_one_line_makes_header_safe_text(name, text, expected):
    assert one_line(text) == expected


def test_one_line_truncates():
    assert len(one_line("x" * 500, 50)) == 50
