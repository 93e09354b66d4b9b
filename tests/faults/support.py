"""What the fault tests share: claimwatch services as real subprocesses (so they can be
killed with SIGKILL), a batch of articles that each yield a known claim, and counts
read back from the database and the topics."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import ConsumerRecord
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from shared.broker import free_port
from shared.db.engine import create_engine
from shared.db.models import ArticleRow, ClaimRow
from shared.events import ARTICLES_TOPIC, Article, stable_hash
from shared.kafka.admin import ensure_topics
from shared.kafka.producer import create_producer
from shared.kafka.serde import encode
from shared.settings import Settings
from tests.support.databases import asyncpg_dsn
from tests.support.kafka import read_topic

REPO = Path(__file__).resolve().parents[2]

# Settings a subprocess service needs from the test's Settings, passed as CLAIMWATCH_* env.
FORWARDED = (
    "database_url",
    "kafka_bootstrap",
    "topic_prefix",
    "consumer_group_prefix",
    "kafka_topic_partitions",
    "kafka_session_timeout_ms",
    "smtp_host",
    "smtp_port",
    "alert_dir",
    "allow_private_urls",
    "log_format",
    "shutdown_grace_seconds",
    "delivery_lease_seconds",
    "delivery_send_timeout_seconds",
)

EVIDENCE = "Iran has delivered hundreds of Shahed-136 attack drones to Russia, U.S. officials said."


def article(n: int, *, tag: str = "") -> Article:
    """Article `n` of a batch: each one yields exactly one claim (Iran, drone_supply)."""
    content = f"{EVIDENCE} Shipment {n} crossed the Caspian Sea."
    return Article(
        id=stable_hash("fault-article", tag, str(n)),
        url=f"https://news.example.org/{tag}{n}",
        title=f"Iran keeps arming Russia, report {n}",
        content=content,
        fetched_at=datetime.now(UTC),
        content_hash=stable_hash(content),
    )


def batch(count: int, *, tag: str = "") -> list[Article]:
    return [article(n, tag=tag) for n in range(count)]


async def publish(settings: Settings, items: list[Article] | list[bytes]) -> None:
    """Publish articles (or raw values) to the articles topic, keyed like the fetcher does."""
    producer = create_producer(settings, client_id="fault-test")
    await producer.start()
    try:
        await send_all(producer, settings.topic(ARTICLES_TOPIC), items)
    finally:
        await producer.stop()


async def send_all(
    producer: AIOKafkaProducer, topic: str, items: list[Article] | list[bytes]
) -> None:
    futures = []
    for item in items:
        if isinstance(item, Article):
            futures.append(await producer.send(topic, encode(item), key=item.id.encode()))
        else:
            futures.append(await producer.send(topic, item, key=b"raw"))
    for future in futures:
        await future


async def create_pipeline_topics(settings: Settings, *names: str) -> None:
    await ensure_topics(
        settings.bootstrap,
        [settings.topic(n) for n in names],
        partitions=settings.kafka_topic_partitions,
    )


@dataclass
class Stored:
    articles: int
    claims_per_article: Counter[str]
    claim_ids: set[str]


async def stored(database_url: str) -> Stored:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as conn:
            articles = await conn.scalar(select(func.count()).select_from(ArticleRow)) or 0
            rows = (await conn.execute(select(ClaimRow.id, ClaimRow.article_id))).all()
    finally:
        await engine.dispose()
    return Stored(
        articles=articles,
        claims_per_article=Counter(article_id for _, article_id in rows),
        claim_ids={claim_id for claim_id, _ in rows},
    )


async def stored_articles(database_url: str) -> int:
    return (await stored(database_url)).articles


def service_env(settings: Settings, **extra: object) -> dict[str, str]:
    """The environment of a `claimwatch SERVICE` process with these settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    values = settings.model_dump()
    for name in FORWARDED:
        if name in values and values[name] is not None:
            env[f"CLAIMWATCH_{name.upper()}"] = _env_value(values[name])
    for name, value in extra.items():
        env[f"CLAIMWATCH_{name.upper()}"] = _env_value(value)
    env["PYTHONPATH"] = str(REPO)
    return env


def _env_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass
class ServiceProcess:
    """`claimwatch NAME` as its own process, with its health endpoint on a free port."""

    name: str
    env: dict[str, str]
    log_path: Path
    health_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0

    def start(self) -> ServiceProcess:
        assert self.proc is None or self.proc.poll() is not None, "already running"
        env = {**self.env, f"CLAIMWATCH_{self.name.upper()}_METRICS_PORT": str(self.health_port)}
        self.starts += 1
        with open(self.log_path, "ab") as log:
            log.write(f"--- start {self.starts} ---\n".encode())
            log.flush()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "shared.cli", self.name],
                env=env,
                cwd=REPO,
                stdout=log,
                stderr=log,
            )
        return self

    def kill(self) -> None:
        """SIGKILL: no drain, no commit, no goodbye to the consumer group."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def terminate(self, *, timeout: float) -> int:
        """SIGTERM and wait for the exit status."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    async def readyz(self) -> int | None:
        """The /readyz status, or None while nothing answers."""
        try:
            async with httpx.AsyncClient(timeout=2.0, trust_env=False) as client:
                response = await client.get(f"http://127.0.0.1:{self.health_port}/readyz")
        except httpx.HTTPError:
            return None
        return response.status_code

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


@contextmanager
def service_process(
    name: str, settings: Settings, tmp_path: Path, **extra: object
) -> Iterator[ServiceProcess]:
    """A started service subprocess, killed at the end whatever happened."""
    service = ServiceProcess(
        name, service_env(settings, **extra), tmp_path / f"{name}-{free_port()}.log"
    )
    service.start()
    try:
        yield service
    finally:
        service.kill()


async def read_everything(bootstrap: str, topic: str, *, at_least: int) -> list[ConsumerRecord]:
    """Every record on `topic`, once at least `at_least` are there and a poll finds no more.

    Not from the end offsets: Tansu 0.6 answers ListOffsets(latest) with the last
    record *batch*'s base offset + 1, which undercounts a partition written in batches.
    """
    records = await read_topic(bootstrap, topic, count=at_least)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    try:
        await consumer.topics()
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        consumer.assign(partitions)
        last = {(r.partition, r.offset) for r in records}
        for tp in partitions:
            seen = [o for p, o in last if p == tp.partition]
            consumer.seek(tp, max(seen) + 1 if seen else 0)
        while batch := await consumer.getmany(timeout_ms=500):
            for part in batch.values():
                records.extend(part)
    finally:
        await consumer.stop()
    return records


def last_offsets(records: list[ConsumerRecord]) -> dict[int, int]:
    """Per partition, the offset after the last record read (what a consumer commits)."""
    ends: dict[int, int] = {}
    for record in records:
        ends[record.partition] = max(ends.get(record.partition, 0), record.offset + 1)
    return ends


def at_least_stored(database_url: str, count: int) -> Callable[[], Awaitable[bool]]:
    """A predicate for `eventually`: at least `count` articles are stored."""

    async def check() -> bool:
        return await stored_articles(database_url) >= count

    return check


async def committed(settings: Settings, service: str, topic_name: str) -> int:
    """The sum of the offsets `service`'s consumer group committed on a topic."""
    return sum((await committed_by_partition(settings, service, topic_name)).values())


async def metric(service: ServiceProcess, name: str) -> float:
    """The sum of every sample of metric `name` the service exposes on /metrics;
    0 while the endpoint does not answer yet."""
    try:
        async with httpx.AsyncClient(timeout=2.0, trust_env=False) as client:
            response = await client.get(f"http://127.0.0.1:{service.health_port}/metrics")
    except httpx.HTTPError:
        return 0.0
    return sum(
        sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
        if sample.name == name
    )


@dataclass
class WriteLock:
    """Another connection holding the database's write lock (SQLite) or the articles
    table's (PostgreSQL), so the extractor's writes block."""

    database_url: str
    kind: str = ""
    _sqlite: sqlite3.Connection | None = None
    _pg: asyncpg.Connection | None = None

    async def acquire(self) -> WriteLock:
        url = make_url(self.database_url)
        self.kind = url.get_backend_name()
        if self.kind == "sqlite":
            self._sqlite = sqlite3.connect(str(url.database), isolation_level=None)
            self._sqlite.execute("BEGIN IMMEDIATE")
        else:
            self._pg = await asyncpg.connect(asyncpg_dsn(self.database_url))
            await self._pg.execute("BEGIN")
            await self._pg.execute("LOCK TABLE articles IN EXCLUSIVE MODE")
        return self

    async def terminate_waiters(self) -> int:
        """PostgreSQL only: cut the connections waiting on the lock, as a database
        restart would. Returns how many were cut."""
        assert self._pg is not None
        cut = await self._pg.fetch(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND wait_event_type = 'Lock'"
        )
        return len(cut)

    async def release(self) -> None:
        if self._sqlite is not None:
            self._sqlite.execute("ROLLBACK")
            self._sqlite.close()
            self._sqlite = None
        if self._pg is not None:
            await self._pg.execute("ROLLBACK")
            await self._pg.close()
            self._pg = None


@asynccontextmanager
async def write_lock(database_url: str) -> AsyncIterator[WriteLock]:
    lock = await WriteLock(database_url).acquire()
    try:
        yield lock
    finally:
        await lock.release()


async def committed_by_partition(
    settings: Settings, service: str, topic_name: str
) -> dict[int, int]:
    """The offset `service`'s consumer group committed on each partition of a topic."""
    topic = settings.topic(topic_name)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap,
        group_id=settings.group(service),
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        await consumer.topics()
        partitions = sorted(consumer.partitions_for_topic(topic) or ())
        return {p: await consumer.committed(TopicPartition(topic, p)) or 0 for p in partitions}
    finally:
        await consumer.stop()
