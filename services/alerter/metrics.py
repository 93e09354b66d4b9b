"""The alerter's metrics. The service uses the declarations in `shared.metrics`;
tests pass a registry of their own to read counts in isolation."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram

from shared import metrics as shared_metrics


class AlerterMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        if registry is None:
            self.notifications = shared_metrics.NOTIFICATIONS
            self.retries = shared_metrics.NOTIFICATION_RETRIES
            self.delivery_latency = shared_metrics.DELIVERY_LATENCY
            return
        declared = {
            "notifications": shared_metrics.NOTIFICATIONS,
            "retries": shared_metrics.NOTIFICATION_RETRIES,
            "delivery_latency": shared_metrics.DELIVERY_LATENCY,
        }
        for attr, metric in declared.items():
            kind: type[Counter] | type[Histogram] = (
                Histogram if isinstance(metric, Histogram) else Counter
            )
            extra: dict[str, Any] = (
                {"buckets": shared_metrics.LATENCY_BUCKETS} if kind is Histogram else {}
            )
            setattr(
                self,
                attr,
                kind(
                    metric._name,
                    metric._documentation,
                    list(metric._labelnames),
                    registry=registry,
                    **extra,
                ),
            )
