"""Alerter metrics (the lead moves these into the shared metrics module)."""

from __future__ import annotations

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600)


class AlerterMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        registry = REGISTRY if registry is None else registry
        # Notifications attempted, by channel and outcome (sent, retry, failed, cancelled).
        self.notifications = Counter(
            "claimwatch_notifications_total",
            "Notification attempts by channel and outcome.",
            ["channel", "outcome"],
            registry=registry,
        )
        # Failed attempts that will be retried, by channel and reason (http_5xx, timeout, ...).
        self.retries = Counter(
            "claimwatch_notification_retries_total",
            "Notification retries scheduled, by channel and reason.",
            ["channel", "reason"],
            registry=registry,
        )
        # Messages given up on: permanent errors, deadlines, poison input.
        self.deadletters = Counter(
            "claimwatch_deadletters_total",
            "Messages sent to the dead-letter sink, by service and reason.",
            ["service", "reason"],
            registry=registry,
        )
        # From the claim's extracted_at to the alert's successful send.
        self.delivery_latency = Histogram(
            "claimwatch_delivery_latency_seconds",
            "Seconds from claim extraction to a successful alert send.",
            ["channel"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
