"""Kit for tests of the alerter as it runs in production: the service in this process
or as `claimwatch alerter` subprocesses, claims published to the embedded broker."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path

from prometheus_client import REGISTRY
from sqlalchemy import select

from services.alerter.service import alerter_main
from shared.db.engine import create_engine, session_factory
from shared.db.models import Delivery
from shared.events import CLAIMS_TOPIC, DEADLETTER_TOPIC, Claim
from shared.kafka.admin import ensure_topics
from shared.kafka.producer import create_producer
from shared.kafka.serde import encode
from shared.service import run_service
from shared.settings import Settings


@contextlib.asynccontextmanager
async def running_alerter(settings: Settings) -> AsyncIterator[None]:
    """The alerter service in this process, as `claimwatch alerter` runs it."""
    stop = asyncio.Event()
    task = asyncio.create_task(
        run_service("alerter", settings, alerter_main(settings), metrics_port=0, stop=stop)
    )
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=60)


async def publish_claims(settings: Settings, claims: Iterable[Claim]) -> None:
    """Publish to the claims topic as the extractor does (keyed by subject)."""
    topic = settings.topic(CLAIMS_TOPIC)
    await ensure_topics(
        settings.bootstrap,
        [topic, settings.topic(DEADLETTER_TOPIC)],
        partitions=settings.kafka_topic_partitions,
    )
    producer = create_producer(settings, client_id="test-publisher")
    await producer.start()
    try:
        sends = [
            await producer.send(topic, encode(claim), key=claim.subject.encode())
            for claim in claims
        ]
        await asyncio.gather(*sends)
    finally:
        await producer.stop()


def consumed(settings: Settings, outcome: str = "ok") -> float:
    """Claims the alerters of this process handled (the topic is unique to the test)."""
    labels = {"service": "alerter", "topic": settings.topic(CLAIMS_TOPIC), "outcome": outcome}
    return REGISTRY.get_sample_value("claimwatch_messages_consumed_total", labels) or 0.0


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def delivery_states(database_url: str) -> list[tuple[str, int]]:
    """(state, attempts) of every delivery, in id order."""
    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session:
            rows = await session.execute(
                select(Delivery.state, Delivery.attempts).order_by(Delivery.id)
            )
            return [(state, attempts) for state, attempts in rows]
    finally:
        await engine.dispose()


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment that gives a subprocess these settings."""
    names = (
        "database_url",
        "kafka_bootstrap",
        "topic_prefix",
        "consumer_group_prefix",
        "kafka_topic_partitions",
        "smtp_port",
        "allow_private_urls",
        "log_format",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    for name in names:
        env[f"CLAIMWATCH_{name.upper()}"] = str(getattr(settings, name))
    return env


@contextlib.contextmanager
def alerter_processes(
    settings: Settings, metrics_ports: list[int], log_dir: Path
) -> Iterator[list[subprocess.Popen[bytes]]]:
    """`claimwatch alerter` subprocesses, one per metrics port; SIGTERM and wait on exit."""
    procs: list[subprocess.Popen[bytes]] = []
    logs = []
    try:
        for index, port in enumerate(metrics_ports):
            env = {**settings_env(settings), "CLAIMWATCH_ALERTER_METRICS_PORT": str(port)}
            log = open(log_dir / f"alerter-{index}.log", "wb")  # noqa: SIM115
            logs.append(log)
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "shared.cli", "alerter"],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        yield procs
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for log in logs:
            log.close()
