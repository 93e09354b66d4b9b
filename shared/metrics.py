"""Every Prometheus metric claimwatch exports, declared once, with its meaning.

Names follow Prometheus conventions: `claimwatch_` prefix, base units,
`_total` counters, `_seconds` histograms. Services import what they update.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram, Info

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

BUILD_INFO = Info("claimwatch_build", "Version of the running claimwatch build.")

# Fetcher
FEED_POLLS = Counter(
    "claimwatch_feed_polls_total",
    "Feed polls by outcome (ok, not_modified, error kinds).",
    ["outcome"],
)
FETCH_LATENCY = Histogram(
    "claimwatch_fetch_duration_seconds",
    "Time to fetch one feed over HTTP.",
    buckets=LATENCY_BUCKETS,
)
FETCH_BYTES = Counter("claimwatch_fetch_bytes_total", "Decoded bytes read from feed bodies.")
FEED_ITEMS = Counter(
    "claimwatch_feed_items_total",
    "Feed items by novelty: new (published) or seen before.",
    ["state"],
)
FEEDS_FAILING = Gauge("claimwatch_feeds_failing", "Feeds whose last poll failed.")
FEEDS_DISABLED = Gauge("claimwatch_feeds_disabled", "Feeds taken out of rotation.")
FULL_TEXT_PAGES = Counter(
    "claimwatch_full_text_pages_total",
    "Article pages fetched for full-text feeds, by outcome (extracted, or why the summary stayed).",
    ["outcome"],
)
ARTICLES_PUBLISHED = Counter(
    "claimwatch_articles_published_total", "Articles published to the articles topic."
)

# Consumers (extractor, alerter)
MESSAGES_CONSUMED = Counter(
    "claimwatch_messages_consumed_total",
    "Messages handled by a consumer, by outcome.",
    ["service", "topic", "outcome"],
)
CONSUMER_LAG = Gauge(
    "claimwatch_consumer_lag_messages",
    "Messages not yet consumed, per partition.",
    ["service", "topic", "partition"],
)
DEADLETTERS = Counter(
    "claimwatch_deadletters_total",
    "Messages or deliveries sent to the dead-letter topic.",
    ["service", "reason"],
)
TRANSIENT_FAILURES = Counter(
    "claimwatch_transient_failures_total",
    "Handler failures that were retried, by service.",
    ["service"],
)

# Extractor
CLAIMS_EXTRACTED = Counter(
    "claimwatch_claims_extracted_total",
    "Claims extracted, by claim type and stance.",
    ["claim_type", "stance"],
)
EXTRACTION_LATENCY = Histogram(
    "claimwatch_extraction_duration_seconds",
    "Time to extract claims from one article.",
    buckets=LATENCY_BUCKETS,
)

# Alerter
NOTIFICATIONS = Counter(
    "claimwatch_notifications_total",
    "Notification attempts by channel and outcome.",
    ["channel", "outcome"],
)
NOTIFICATION_RETRIES = Counter(
    "claimwatch_notification_retries_total",
    "Notification retries by channel and reason.",
    ["channel", "reason"],
)
DELIVERY_LATENCY = Histogram(
    "claimwatch_delivery_latency_seconds",
    "From claim extracted to notification delivered.",
    ["channel"],
    buckets=LATENCY_BUCKETS,
)

# API
HTTP_REQUESTS = Counter(
    "claimwatch_http_requests_total",
    "API requests by method, route template and status class (2xx, 4xx, 5xx).",
    ["method", "route", "status"],
)
HTTP_LATENCY = Histogram(
    "claimwatch_http_request_duration_seconds",
    "API request latency by method and route template.",
    ["method", "route"],
    buckets=LATENCY_BUCKETS,
)
OVERSIZED_REQUESTS = Counter(
    "claimwatch_http_oversized_requests_total",
    "API requests refused with 413 before routing because their body was too large.",
)


def set_build_info(version: str, service: str) -> None:
    BUILD_INFO.info({"version": version, "service": service})
