"""Each service as its own `claimwatch` process (embedded broker, SQLite, a loopback feed,
a real SMTP server): after one article flows through, every service's /metrics shows the
declared metrics of its own work with non-zero values."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from services.alerter.subscriptions import SubscriptionCreate, create_subscription
from services.fetcher.registry import add_feed
from shared.broker import free_port
from shared.db.engine import one_off_session
from shared.events import ARTICLES_TOPIC, CLAIMS_TOPIC
from tests.ops.facts import METRICS_PATH, SERVICE_PORT_FIELDS
from tests.ops.services import ServiceProcess, service_processes
from tests.support.feeds import feed_host
from tests.support.kafka import eventually
from tests.support.smtp import smtp_server

ARTICLE = (
    "guid-metrics-1",
    "Iran keeps arming Russia with drones",
    "Iran has delivered hundreds of Shahed-136 attack drones to Russia, U.S. officials said.",
)

# (series, labels that must match) whose value must be above zero, per service.
EXPECTED: dict[str, list[tuple[str, dict[str, str]]]] = {
    "fetcher": [
        ("claimwatch_feed_polls_total", {"outcome": "ok"}),
        ("claimwatch_fetch_duration_seconds_count", {}),
        ("claimwatch_fetch_bytes_total", {}),
        ("claimwatch_feed_items_total", {"state": "new"}),
        ("claimwatch_articles_published_total", {}),
        ("claimwatch_build_info", {"service": "fetcher"}),
    ],
    "extractor": [
        ("claimwatch_messages_consumed_total", {"service": "extractor", "outcome": "ok"}),
        ("claimwatch_claims_extracted_total", {"claim_type": "drone_supply", "stance": "asserted"}),
        ("claimwatch_extraction_duration_seconds_count", {}),
        ("claimwatch_build_info", {"service": "extractor"}),
    ],
    "alerter": [
        ("claimwatch_messages_consumed_total", {"service": "alerter", "outcome": "ok"}),
        ("claimwatch_notifications_total", {"channel": "email", "outcome": "sent"}),
        ("claimwatch_delivery_latency_seconds_count", {"channel": "email"}),
        ("claimwatch_build_info", {"service": "alerter"}),
    ],
    "api": [
        ("claimwatch_http_requests_total", {"route": "/v1/claims", "status": "2xx"}),
        ("claimwatch_http_request_duration_seconds_count", {"route": "/v1/claims"}),
        ("claimwatch_build_info", {"service": "api"}),
    ],
}
# Consumers report lag per partition of the topic they read (zero once caught up).
LAG_TOPICS = {"extractor": ARTICLES_TOPIC, "alerter": CLAIMS_TOPIC}


def _samples(text: str) -> list[Sample]:
    return [s for family in text_string_to_metric_families(text) for s in family.samples]


def _matching(samples: Iterable[Sample], name: str, labels: dict[str, str]) -> list[Sample]:
    return [s for s in samples if s.name == name and labels.items() <= s.labels.items()]


async def _scrape(service: ServiceProcess) -> list[Sample]:
    response = await service.get(METRICS_PATH)
    assert response is not None and response.status_code == 200, service.output()
    return _samples(response.text)


async def test_every_service_exports_its_metrics_after_traffic(
    sqlite_url: str, settings_factory, tmp_path: Path
) -> None:
    ports = {name: free_port() for name in SERVICE_PORT_FIELDS}
    with smtp_server() as (inbox, smtp_port), feed_host() as host:
        feed_url = host.rss("/feed.xml", [ARTICLE])
        now = datetime.now(UTC)
        async with one_off_session(sqlite_url) as session:
            await add_feed(session, url=feed_url, interval_seconds=300, now=now)
        async with one_off_session(sqlite_url) as session:
            await create_subscription(
                session,
                data=SubscriptionCreate(
                    channel="email", target="ops@example.org", subjects=["Iran"]
                ),
                owner_key_id=None,
                now=now,
            )
        settings = settings_factory(
            database_url=sqlite_url,
            smtp_port=smtp_port,
            scheduler_tick_seconds=0.2,
            api_open_reads=True,
            **{field: ports[name] for name, field in SERVICE_PORT_FIELDS.items()},
        )
        with service_processes(settings, ports, logs=tmp_path) as services:
            for service in services.values():
                await service.wait_ready()
            await eventually(lambda: inbox.messages, timeout=120)
            claims = await services["api"].get("/v1/claims")
            assert claims is not None and claims.status_code == 200
            assert claims.json()["items"]
            scraped = {name: await _scrape(service) for name, service in services.items()}
            for service in services.values():
                service.terminate()
            for service in services.values():
                assert service.proc.wait(timeout=60) == 0, service.output()

    for name, expected in EXPECTED.items():
        for series, labels in expected:
            found = _matching(scraped[name], series, labels)
            assert found, f"{name} does not export {series}{labels}"
            assert sum(s.value for s in found) > 0, f"{name}: {series}{labels} is zero"
    for name, topic in LAG_TOPICS.items():
        lag = _matching(
            scraped[name],
            "claimwatch_consumer_lag_messages",
            {"service": name, "topic": settings.topic(topic)},
        )
        partitions = {s.labels["partition"] for s in lag}
        assert partitions and partitions <= {"0", "1"}, f"{name} reports no lag per partition"
    # Each process counts only its own work (unlabelled metrics are exported at zero anywhere).
    [published] = _matching(scraped["extractor"], "claimwatch_articles_published_total", {})
    assert published.value == 0
