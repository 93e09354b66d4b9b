"""Lag is reported only for partitions the consumer owns: a revoked partition's series goes."""

from __future__ import annotations

from aiokafka import TopicPartition

from shared.kafka.consumer import ConsumerConfig, ConsumerRunner, _CommitOnRevoke
from shared.metrics import CONSUMER_LAG
from tests.support.kafka import unique_prefix


def _lag_series(service: str) -> set[tuple[str, str]]:
    return {
        (s.labels["topic"], s.labels["partition"])
        for family in CONSUMER_LAG.collect()
        for s in family.samples
        if s.labels["service"] == service
    }


async def test_revoked_partitions_stop_reporting_lag() -> None:
    service = f"lagtest-{unique_prefix()}"
    config = ConsumerConfig(
        bootstrap="127.0.0.1:1", topic="t", group_id="g", service=service, client_id="c"
    )
    runner = ConsumerRunner(config, handler=None, deadletter=None)  # type: ignore[arg-type]
    for partition in ("0", "1"):
        CONSUMER_LAG.labels(service, "t", partition).set(5)

    await _CommitOnRevoke(runner).on_partitions_revoked({TopicPartition("t", 0)})

    assert _lag_series(service) == {("t", "1")}
