"""Fetcher throughput: polls per minute over thousands of loopback feeds, and what a
304 costs next to a full fetch (issue #9).

    python benchmarks/fetch_throughput.py [--feeds 2000] [--seconds 60]
        [--database sqlite|postgres] [--concurrency 32]

What runs: `benchmarks/feed_farm.py` serves the feeds from a process of its own (80%
answer 304 to their ETag, 20% change on every request and carry one new item; bodies
are the 40 real fixtures, gzipped), on 100 loopback hosts. This process is the fetcher
and nothing else: the real `Scheduler` claiming due feeds from the database, the real
`FeedPoller` (guarded, pinned fetch; parse in a thread; dedup against `seen_items`;
publish each new article to the embedded Tansu broker with acks=all; record the feed's
state), on a fresh SQLite file or, with `--database postgres`, a fresh PostgreSQL
database on the server `CLAIMWATCH_TEST_POSTGRES_URL` names (dropped afterwards).

Feeds are checked every `--interval` seconds (default 5: far more often than the
fetcher can serve, so the figure is its capacity). First every feed is polled once
(all 200: the cold start), then polls are counted for `--seconds`. Last, `--samples`
quiet feeds (304) and as many busy feeds (200, parse, one new article published) are
polled one at a time to compare the cost of each kind of poll.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from prometheus_client import REGISTRY  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from benchmarks.feed_farm import host_of, is_busy  # noqa: E402
from services.fetcher.http import FetchLimits  # noqa: E402
from services.fetcher.poller import FeedPoller, FeedSnapshot  # noqa: E402
from services.fetcher.schedule import SchedulePolicy  # noqa: E402
from services.fetcher.service import Scheduler, utcnow  # noqa: E402
from services.fetcher.transport import make_client  # noqa: E402
from shared.broker import EmbeddedBroker, free_port  # noqa: E402
from shared.db.engine import create_engine, session_factory  # noqa: E402
from shared.db.models import Feed  # noqa: E402
from shared.events import ARTICLES_TOPIC  # noqa: E402
from shared.kafka.admin import ensure_topics  # noqa: E402
from shared.kafka.producer import create_producer  # noqa: E402
from shared.settings import Settings  # noqa: E402
from tests.support.databases import POSTGRES_ENV, fresh_database  # noqa: E402

OUTCOMES = (
    "ok",
    "not_modified",
    "malformed",
    "http_error",
    "timeout",
    "too_large",
    "unsafe_url",
    "network_error",
    "too_many_redirects",
)


IN_FLIGHT: list[tuple[int, int]] = []


class TimedPoller:
    """The real poller, with the wall time of each poll kept by outcome."""

    def __init__(self, poller: FeedPoller) -> None:
        self.poller = poller
        self.times: dict[str, list[float]] = {}

    async def poll(self, feed: FeedSnapshot):
        started = time.perf_counter()
        outcome = await self.poller.poll(feed)
        self.times.setdefault(outcome.status, []).append(time.perf_counter() - started)
        return outcome


def counter(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def poll_counts() -> dict[str, float]:
    return {o: counter("claimwatch_feed_polls_total", outcome=o) for o in OUTCOMES}


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of another process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Window:
    wall: float
    cpu: float
    polls: dict[str, float]
    articles: float
    bytes_read: float

    @classmethod
    def now(cls) -> Window:
        return cls(
            wall=time.perf_counter(),
            cpu=time.process_time(),
            polls=poll_counts(),
            articles=counter("claimwatch_articles_published_total"),
            bytes_read=counter("claimwatch_fetch_bytes_total"),
        )

    def until(self, later: Window) -> Window:
        return Window(
            wall=later.wall - self.wall,
            cpu=later.cpu - self.cpu,
            polls={o: later.polls[o] - self.polls[o] for o in OUTCOMES},
            articles=later.articles - self.articles,
            bytes_read=later.bytes_read - self.bytes_read,
        )


async def register_feeds(sessions, *, count: int, hosts: int, port: int, interval: int) -> None:
    now = utcnow()
    rows = [
        {
            "url": f"http://{host_of(n, hosts)}:{port}/f/{n}",
            "interval_seconds": interval,
            "full_text": False,
            "consecutive_errors": 0,
            "disabled": False,
            "items_seen": 0,
            "next_check_at": now,
            "created_at": now,
        }
        for n in range(count)
    ]
    async with sessions.begin() as session:
        await session.execute(insert(Feed), rows)


async def run_for(scheduler: Scheduler, seconds: float | None, until=None) -> None:
    """Run the scheduler for `seconds`, or until the async predicate `until` holds."""
    stop = asyncio.Event()
    task = asyncio.create_task(scheduler.run(stop))
    started = time.perf_counter()
    while True:
        await asyncio.sleep(0.5)
        IN_FLIGHT.append((len(scheduler._running), len(scheduler._pending)))
        if seconds is not None and time.perf_counter() - started >= seconds:
            break
        if until is not None and await until():
            break
    stop.set()
    await task


async def sequential_costs(poller: FeedPoller, sessions, *, busy: bool, samples: int):
    """Mean wall and CPU seconds of one poll, polled one at a time."""
    async with sessions() as session:
        feeds = list((await session.scalars(select(Feed).order_by(Feed.id))).all())
    chosen = [FeedSnapshot.of(f) for f in feeds if is_busy(int(f.url.rsplit("/", 1)[1])) == busy]
    chosen = [f for f in chosen if busy or f.etag][:samples]
    outcomes: dict[str, int] = {}
    wall = cpu = 0.0
    for feed in chosen:
        t0, c0 = time.perf_counter(), time.process_time()
        result = await poller.poll(feed)
        wall += time.perf_counter() - t0
        cpu += time.process_time() - c0
        outcomes[result.status] = outcomes.get(result.status, 0) + 1
    n = max(1, len(chosen))
    return wall / n, cpu / n, outcomes


def mix(polls: dict[str, float]) -> str:
    total = sum(polls.values()) or 1.0
    return ", ".join(f"{o} {v:.0f} ({v / total:.0%})" for o, v in polls.items() if v)


async def run(args: argparse.Namespace, port: int, broker: EmbeddedBroker) -> None:
    with tempfile.TemporaryDirectory(prefix="cw-fetchbench-") as tmp:
        async with fresh_database(args.database, Path(tmp)) as url:
            await measure(args, port, broker, url)


async def measure(args: argparse.Namespace, port: int, broker: EmbeddedBroker, url: str) -> None:
    settings = Settings(
        database_url=url,
        kafka_bootstrap=broker.bootstrap,
        topic_prefix=f"bench{uuid.uuid4().hex[:8]}.",
        allow_private_urls=True,
        fetch_concurrency=args.concurrency,
        fetch_per_host=args.per_host,
    )
    engine = create_engine(url)
    sessions = session_factory(engine)
    await register_feeds(
        sessions, count=args.feeds, hosts=args.hosts, port=port, interval=args.interval
    )
    topic = settings.topic(ARTICLES_TOPIC)
    await ensure_topics(broker.bootstrap, [topic], partitions=settings.kafka_topic_partitions)
    producer = create_producer(settings, client_id="bench-fetcher")
    await producer.start()
    client = make_client(max_connections=settings.fetch_concurrency * 2)
    poller = FeedPoller(
        sessions=sessions,
        client=client,
        producer=producer,
        articles_topic=topic,
        limits=FetchLimits(
            connect_timeout=settings.fetch_connect_timeout_seconds,
            read_timeout=settings.fetch_timeout_seconds,
            total_timeout=settings.fetch_timeout_seconds,
            max_bytes=settings.fetch_max_bytes,
        ),
        allow_private=True,
        clock=utcnow,
        policy=SchedulePolicy(min_interval=timedelta(seconds=1), jitter=0.1),
    )
    timed = TimedPoller(poller)
    scheduler = Scheduler(
        sessions=sessions,
        poller=timed,  # type: ignore[arg-type]
        concurrency=settings.fetch_concurrency,
        per_host=settings.fetch_per_host,
        tick_seconds=settings.scheduler_tick_seconds,
    )

    async def all_polled() -> bool:
        async with sessions() as session:
            left = await session.scalar(
                select(func.count()).select_from(Feed).where(Feed.last_checked_at.is_(None))
            )
        return left == 0

    try:
        start = Window.now()
        await run_for(scheduler, None, until=all_polled)
        cold = start.until(Window.now())
        args.cold_rss = peak_rss_mb()
        farm_cpu0, broker_cpu0 = process_cpu_seconds(args.farm_pid), broker_cpu(broker)
        profiler = start_profiler() if args.profile else None
        timed.times.clear()
        IN_FLIGHT.clear()
        start = Window.now()
        await run_for(scheduler, args.seconds)
        steady = start.until(Window.now())
        if profiler is not None:
            profiler.stop()
            args.profile.write_text(profiler.output_text(unicode=True, show_all=False))
        steady_times = {k: sum(v) / len(v) for k, v in timed.times.items()}
        in_flight = sum(r for r, _ in IN_FLIGHT) / max(1, len(IN_FLIGHT))
        farm_cpu = process_cpu_seconds(args.farm_pid) - farm_cpu0
        tansu_cpu = broker_cpu(broker) - broker_cpu0
        quiet = await sequential_costs(poller, sessions, busy=False, samples=args.samples)
        busy = await sequential_costs(poller, sessions, busy=True, samples=args.samples)
    finally:
        poller.close()
        await client.aclose()
        await producer.stop()
        await engine.dispose()
    rss = peak_rss_mb()

    report(args, url, cold, steady, farm_cpu, tansu_cpu, quiet, busy, rss)
    waits = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in steady_times.items())
    print(f"  under load: mean polls in flight {in_flight:.1f}; mean poll wall time: {waits}")


def start_profiler():
    from pyinstrument import Profiler

    profiler = Profiler(async_mode="disabled")
    profiler.start()
    return profiler


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def broker_cpu(broker: EmbeddedBroker) -> float:
    return process_cpu_seconds(broker.pid) if broker.pid is not None else 0.0


def report(args, url, cold, steady, farm_cpu, tansu_cpu, quiet, busy, rss) -> None:
    polls = sum(steady.polls.values())
    kind = url.split(":", 1)[0]
    print(
        f"feeds: {args.feeds} on {args.hosts} loopback hosts, 20% change on every poll; "
        f"database {kind}; concurrency {args.concurrency}, {args.per_host} per host"
    )
    print(
        f"cold start (every feed once, all 200): {sum(cold.polls.values()):.0f} polls in "
        f"{cold.wall:.1f} s = {sum(cold.polls.values()) / cold.wall * 60:,.0f} polls/min; "
        f"{cold.articles:.0f} articles published"
    )
    print(
        f"steady state, {steady.wall:.1f} s: {polls:.0f} polls = "
        f"**{polls / steady.wall * 60:,.0f} polls/min**"
    )
    print(f"  outcomes: {mix(steady.polls)}")
    print(
        f"  articles published: {steady.articles:.0f}; decoded bytes read "
        f"{steady.bytes_read / 1e6:.1f} MB"
    )
    print(
        f"  CPU: fetcher {steady.cpu:.1f} s ({steady.cpu / steady.wall:.2f} cores), "
        f"{steady.cpu / max(polls, 1) * 1000:.2f} ms a poll; feed server {farm_cpu:.1f} s "
        f"({farm_cpu / steady.wall:.2f} cores); broker {tansu_cpu:.1f} s"
    )
    per_cpu = polls / max(steady.cpu, 1e-9)
    print(
        f"  capacity: {per_cpu:.0f} polls per fetcher CPU-second = {per_cpu * 60:,.0f} polls/min "
        "on each core the fetcher has to itself"
    )
    print(f"fetcher peak RSS: {rss:.0f} MB ({args.cold_rss:.0f} MB reached in the cold start)")
    (q_wall, q_cpu, q_out), (b_wall, b_cpu, b_out) = quiet, busy
    print(f"one poll at a time ({args.samples} each):")
    print(f"  304 poll: {q_wall * 1000:.2f} ms wall, {q_cpu * 1000:.2f} ms CPU  {q_out}")
    print(
        f"  200 poll with parse and one new article: {b_wall * 1000:.2f} ms wall, "
        f"{b_cpu * 1000:.2f} ms CPU  {b_out}"
    )
    print(
        f"  a 304 costs {q_cpu / b_cpu:.2f}x the CPU of a full fetch "
        f"({b_cpu / q_cpu:.1f}x cheaper), {q_wall / b_wall:.2f}x its wall time"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--feeds", type=int, default=2000)
    ap.add_argument("--hosts", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--interval", type=int, default=5, help="seconds between checks of a feed")
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--per-host", type=int, default=2)
    ap.add_argument("--samples", type=int, default=100, help="feeds of each kind, one at a time")
    ap.add_argument(
        "--database",
        choices=["sqlite", "postgres"],
        default="sqlite",
        help=f"postgres: a fresh database on the server {POSTGRES_ENV} names, dropped after",
    )
    ap.add_argument("--profile", type=Path, help="write a pyinstrument profile of the window")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()

    port = free_port()
    farm = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "feed_farm.py"),
            f"--hosts={args.hosts}",
            f"--port={port}",
            f"--feeds={args.shared / 'feeds'}",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    args.farm_pid = farm.pid
    try:
        assert farm.stdout is not None
        if farm.stdout.readline().strip() != "ready":
            raise RuntimeError("the feed farm did not start")
        log = Path(tempfile.gettempdir()) / f"cw-fetchbench-tansu-{os.getpid()}.log"
        with EmbeddedBroker(log_path=log) as broker:
            asyncio.run(run(args, port, broker))
    finally:
        farm.terminate()
        farm.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
