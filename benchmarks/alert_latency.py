"""Alert latency: from a claim published to the claims topic to its email received.

    python benchmarks/alert_latency.py [--rate 50] [--seconds 30] [--postgres]

Starts the embedded broker, an aiosmtpd server on loopback that records when each
message arrives, and the real alerter (`claimwatch alerter`, a subprocess) on a scratch
database (SQLite, or with --postgres a fresh database on CLAIMWATCH_TEST_POSTGRES_URL)
holding one email subscription that matches every claim and 50 that match none. Once the
alerter holds its partitions, publishes claims at `--rate` per second, each of a new
subject so each is news and alerts, and reports the median, p95, p99 and max latency and
how many emails arrived per claim (exactly one is right). Target: p99 < 1 s at 50/s.
"""

from __future__ import annotations

import argparse
import asyncio
import email
import email.policy
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psutil  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402
from prometheus_client.parser import text_string_to_metric_families  # noqa: E402
from sqlalchemy import select  # noqa: E402

from shared.broker import EmbeddedBroker, free_port  # noqa: E402
from shared.db.engine import create_engine, session_factory  # noqa: E402
from shared.db.models import Delivery, Subscription  # noqa: E402
from shared.events import (  # noqa: E402
    CLAIMS_TOPIC,
    DEADLETTER_TOPIC,
    Claim,
    claim_fingerprint,
    claim_id,
)
from shared.kafka.admin import ensure_topics  # noqa: E402
from shared.kafka.producer import create_producer  # noqa: E402
from shared.kafka.serde import encode  # noqa: E402
from shared.settings import Settings  # noqa: E402
from tests.support.databases import fresh_database  # noqa: E402

SUBJECT_PREFIX = "Bench Actor "


class ArrivalRecorder:
    """aiosmtpd handler: when each alert email arrived, keyed by the claim's subject."""

    def __init__(self) -> None:
        self.arrivals: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        arrived = time.time()
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        subject = str(message["Subject"]).strip()
        # "[claimwatch] Bench Actor 000042: drone supply (asserted) - ..."
        actor = subject.removeprefix("[claimwatch] ").split(":", 1)[0]
        with self._lock:
            self.arrivals.setdefault(actor, []).append(arrived)
        return "250 OK"

    def count(self) -> int:
        with self._lock:
            return sum(len(times) for times in self.arrivals.values())


def make_claim(index: int) -> Claim:
    subject = f"{SUBJECT_PREFIX}{index:06d}"
    article = uuid.uuid4().hex
    evidence = f"Officials said {subject} supplied Shahed-type drones to Russia."
    return Claim(
        subject=subject,
        subject_kind="organization",
        claim_type="drone_supply",
        stance="asserted",
        source="Reuters",
        recipient="Russia",
        products=["Shahed-136"],
        evidence=evidence,
        start=0,
        end=len(evidence),
        confidence=0.9,
        id=claim_id(article, subject, "drone_supply", "asserted"),
        article=article,
        article_url=f"https://news.example/{article}",
        article_title=f"{subject} ships drones to Russia",
        extracted_at=datetime.now(UTC),
        fingerprint=claim_fingerprint(subject, "drone_supply", "asserted"),
        extractor_version="bench",
    )


async def add_subscriptions(database_url: str) -> None:
    engine = create_engine(database_url)
    now = datetime.now(UTC)
    try:
        async with session_factory(engine)() as session, session.begin():
            session.add(
                Subscription(
                    channel="email",
                    target="analyst@example.org",
                    subjects=[],
                    claim_types=[],
                    stances=[],
                    keywords=[],
                    mode="immediate",
                    unsubscribe_token=uuid.uuid4().hex,
                    created_at=now,
                )
            )
            for index in range(50):  # subscriptions the claims never match
                session.add(
                    Subscription(
                        channel="email",
                        target=f"other{index}@example.org",
                        subjects=[f"Unrelated {index}"],
                        claim_types=[],
                        stances=[],
                        keywords=[],
                        mode="immediate",
                        unsubscribe_token=uuid.uuid4().hex,
                        created_at=now,
                    )
                )
    finally:
        await engine.dispose()


def alerter_env(settings: Settings, metrics_port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    env.update(
        {
            "CLAIMWATCH_DATABASE_URL": settings.database_url,
            "CLAIMWATCH_KAFKA_BOOTSTRAP": settings.bootstrap,
            "CLAIMWATCH_TOPIC_PREFIX": settings.topic_prefix,
            "CLAIMWATCH_CONSUMER_GROUP_PREFIX": settings.consumer_group_prefix,
            "CLAIMWATCH_KAFKA_TOPIC_PARTITIONS": str(settings.kafka_topic_partitions),
            "CLAIMWATCH_SMTP_PORT": str(settings.smtp_port),
            "CLAIMWATCH_ALERTER_METRICS_PORT": str(metrics_port),
            "CLAIMWATCH_LOG_LEVEL": "WARNING",
        }
    )
    return env


async def wait_for_partitions(metrics_port: int, proc: subprocess.Popen[bytes]) -> None:
    """Until the alerter reports lag for an assigned partition (it joined its group)."""
    deadline = time.monotonic() + 120
    async with httpx.AsyncClient() as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"the alerter exited with status {proc.returncode}")
            try:
                text = (await client.get(f"http://127.0.0.1:{metrics_port}/metrics")).text
            except httpx.HTTPError:
                text = ""
            for family in text_string_to_metric_families(text):
                if family.name == "claimwatch_consumer_lag_messages" and family.samples:
                    return
            await asyncio.sleep(0.5)
    raise TimeoutError("the alerter did not join its consumer group within 120 s")


async def publish(settings: Settings, rate: float, seconds: float) -> dict[str, float]:
    """Publish claims at `rate` per second; return each subject's publish time."""
    producer = create_producer(settings, client_id="bench")
    await producer.start()
    topic = settings.topic(CLAIMS_TOPIC)
    published: dict[str, float] = {}
    pending = []
    total = int(rate * seconds)
    start = time.monotonic()
    try:
        for index in range(total):
            delay = start + index / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            claim = make_claim(index)
            published[claim.subject] = time.time()
            pending.append(await producer.send(topic, encode(claim), key=claim.subject.encode()))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    achieved = total / (time.monotonic() - start)
    print(f"published {total} claims in {time.monotonic() - start:.1f} s ({achieved:.1f}/s)")
    return published


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


async def stage_times(database_url: str) -> dict[str, tuple[float, float]]:
    """Each claim's delivery row: when it was recorded and when marked sent (epoch s)."""
    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session:
            rows = await session.execute(
                select(Delivery.payload, Delivery.created_at, Delivery.sent_at).where(
                    Delivery.sent_at.is_not(None)
                )
            )
            return {
                payload["subject"]: (created.timestamp(), sent.timestamp())
                for payload, created, sent in rows
            }
    finally:
        await engine.dispose()


def cpu_seconds(pid: int) -> float:
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def summary(values: list[float]) -> str:
    if not values:
        return "n/a"
    return (
        f"median {statistics.median(values):.0f}, p95 {percentile(values, 0.95):.0f}, "
        f"p99 {percentile(values, 0.99):.0f}, max {max(values):.0f}"
    )


def report_stages(published: dict[str, float], stages: dict[str, tuple[float, float]]) -> None:
    recorded = [(stages[s][0] - t) * 1000 for s, t in published.items() if s in stages]
    sent = [(b - a) * 1000 for a, b in stages.values()]
    print(f"  published -> delivery recorded ms: {summary(recorded)}")
    print(f"  recorded -> marked sent ms: {summary(sent)}")


def report(published: dict[str, float], arrivals: dict[str, list[float]]) -> bool:
    counts = Counter(len(arrivals.get(subject, [])) for subject in published)
    latencies = [
        (arrivals[subject][0] - sent) * 1000
        for subject, sent in published.items()
        if arrivals.get(subject)
    ]
    stray = [s for s in arrivals if s not in published]
    print(
        f"claims {len(published)}, emails {sum(len(t) for t in arrivals.values())}; "
        f"claims with 0 emails: {counts.get(0, 0)}, with 1: {counts.get(1, 0)}, "
        f"with 2+: {sum(n for c, n in counts.items() if c > 1)}; stray: {len(stray)}"
    )
    if not latencies:
        return False
    print(f"latency ms (published -> email received): {summary(latencies)}")
    return counts.get(1, 0) == len(published) and not stray


async def run(args: argparse.Namespace, workdir: Path) -> bool:
    kind = "postgres" if args.postgres else "sqlite"
    recorder = ArrivalRecorder()
    smtp_port = free_port()
    smtp = Controller(recorder, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    broker = EmbeddedBroker(log_path=workdir / "tansu.log").start()
    proc: subprocess.Popen[bytes] | None = None
    log = open(workdir / "alerter.log", "wb")  # noqa: SIM115, ASYNC230 - start-up only
    try:
        async with fresh_database(kind, workdir) as database_url:
            prefix = f"bench{uuid.uuid4().hex[:8]}."
            settings = Settings(
                database_url=database_url,
                kafka_bootstrap=broker.bootstrap,
                topic_prefix=prefix,
                consumer_group_prefix=f"{prefix}cg",
                kafka_topic_partitions=args.partitions,
                smtp_port=smtp_port,
            )
            await add_subscriptions(database_url)
            await ensure_topics(
                settings.bootstrap,
                [settings.topic(CLAIMS_TOPIC), settings.topic(DEADLETTER_TOPIC)],
                partitions=args.partitions,
            )
            metrics_port = free_port()
            profile = ["-m", "cProfile", "-o", args.profile] if args.profile else []
            proc = subprocess.Popen(  # noqa: ASYNC220 - started once, never awaited
                [sys.executable, *profile, "-m", "shared.cli", "alerter"],
                env=alerter_env(settings, metrics_port),
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
            )
            print(f"database {kind}; waiting for the alerter to join its consumer group ...")
            await wait_for_partitions(metrics_port, proc)
            cpu_before = cpu_seconds(proc.pid)
            published = await publish(settings, args.rate, args.seconds)
            deadline = time.monotonic() + args.drain
            while recorder.count() < len(published) and time.monotonic() < deadline:  # noqa: ASYNC110
                await asyncio.sleep(0.2)
            cpu = cpu_seconds(proc.pid) - cpu_before
            await asyncio.sleep(1.0)  # a duplicate would arrive now
            ok = report(published, recorder.arrivals)
            emails = recorder.count()
            print(
                f"alerter CPU {cpu:.1f} s from first publish to last email: "
                f"{1000 * cpu / max(1, len(published)):.2f} ms per claim "
                f"(each one email; {emails} emails)"
            )
            report_stages(published, await stage_times(database_url))
            return ok
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=30)
        log.close()
        broker.stop()
        smtp.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=50.0, help="claims per second")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to publish")
    parser.add_argument("--partitions", type=int, default=6)
    parser.add_argument("--drain", type=float, default=60.0, help="seconds to wait for emails")
    parser.add_argument(
        "--postgres", action="store_true", help="use CLAIMWATCH_TEST_POSTGRES_URL, not SQLite"
    )
    parser.add_argument("--profile", metavar="FILE", help="write the alerter's cProfile stats")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="alert-latency-") as tmp:
        ok = asyncio.run(run(args, Path(tmp)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
