"""The whole pipeline as real processes: feeds → fetcher → broker → extractor → database
and claims topic → alerter → email, timed item by item.

    python benchmarks/pipeline.py live --rate 50 --duration 60 [--poll 1] [--extractors 1]
    python benchmarks/pipeline.py drain --articles 2000 --extractors 1 2

`live`: loopback feeds publish new items at `--rate` per second for `--duration`
seconds; the embedded broker, a fresh database (PostgreSQL when
CLAIMWATCH_TEST_POSTGRES_URL is set), the fetcher, extractor(s), alerter and API run as
`claimwatch` processes; an aiosmtpd server on loopback records when each email
arrives. Every article names a company of its own, and one email subscription
follows them all, so each article should yield one fresh alert. Reports articles per
second, latency from item published (visible in its feed) and from item first served
to claim stored and to email received (p50, p95, p99), CPU and peak memory per process.

`drain`: the extractor alone as the bottleneck: N articles published at once to the
articles topic, timed until the last is stored, with 1 then 2 extractor processes in
one consumer group; checks every article's claim count against in-process extraction.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import signal
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pipelinekit import measure  # noqa: E402
from pipelinekit.articles import BenchArticle, generate  # noqa: E402
from pipelinekit.feeds import RateFeedServer  # noqa: E402
from pipelinekit.procs import (  # noqa: E402
    Sampler,
    postgres_cpu,
    profile,
    spawn,
    stop_all,
    wait_ready,
)
from pipelinekit.stack import Stack, stack  # noqa: E402

from services.extractor.extraction import Extractor  # noqa: E402
from services.fetcher.identity import stable_hash  # noqa: E402
from shared.db.models import ArticleRow  # noqa: E402
from shared.events import ARTICLES_TOPIC, Article  # noqa: E402
from shared.kafka.producer import create_producer  # noqa: E402
from shared.kafka.serde import encode  # noqa: E402
from tests.support.databases import postgres_url  # noqa: E402
from tests.support.smtp import Inbox, smtp_server  # noqa: E402


def start_services(st: Stack, names: list[str]) -> tuple[dict[str, object], list[int]]:
    procs, ports = {}, []
    for i, name in enumerate(names):
        env, port = st.service_env(name)
        key = name if names.count(name) == 1 else f"{name}{i}"
        procs[key] = spawn(name, env, st.log_dir, tag=key.removeprefix(name))
        ports.append(port)
    return procs, ports


async def live(args: argparse.Namespace) -> None:
    n = math.ceil(args.rate * args.duration)
    articles = generate(n, run=f"live{int(time.time())}")
    window = max(10, math.ceil(args.rate / args.feeds * 5))  # 5 s of items per feed
    feeds = RateFeedServer(articles, rate=args.rate, feeds=args.feeds, window=window).serve()
    overrides = {
        "CLAIMWATCH_FETCH_MIN_INTERVAL_SECONDS": "1",
        "CLAIMWATCH_SCHEDULER_TICK_SECONDS": str(args.tick),
        "CLAIMWATCH_SMTP_HOST": "127.0.0.1",
    }
    with smtp_server() as (inbox, smtp_port):
        overrides["CLAIMWATCH_SMTP_PORT"] = str(smtp_port)
        async with stack(
            database=args.database, partitions=args.partitions, overrides=overrides
        ) as st:
            await st.create_topics()
            await st.seed(
                feed_urls=feeds.feed_urls,
                poll_seconds=args.poll,
                subjects=[a.subject for a in articles],
            )
            names = ["fetcher", *["extractor"] * args.extractors, "alerter", "api"]
            procs, ports = start_services(st, names)
            try:
                wait_ready(ports, list(procs.values()), timeout=120)  # type: ignore[arg-type]
                sampler = Sampler(
                    {
                        **{k: p.pid for k, p in procs.items()},  # type: ignore[attr-defined]
                        "broker": st.broker.pid,  # type: ignore[dict-item]
                        "harness": os.getpid(),  # feeds, SMTP server, this measuring loop
                    },
                    totals={"postgres": postgres_cpu} if args.database == "postgres" else {},
                ).start()
                sampler.mark()
                profilers = (
                    profile(
                        {k: p.pid for k, p in procs.items() if k != "api"},  # type: ignore[attr-defined]
                        args.profile,
                        seconds=int(args.duration),
                    )
                    if args.profile
                    else []
                )
                feeds.start_publishing()
                print(
                    f"live: {n} articles at {args.rate}/s over {args.feeds} feeds "
                    f"(window {window} items), poll every {args.poll}s, tick {args.tick}s, "
                    f"{args.extractors} extractor(s), {args.database}",
                    flush=True,
                )
                await _wait_for_emails(
                    inbox, articles, feeds, grace=args.grace, max_wait=args.max_wait
                )
                sampler.stop()
                for profiler in profilers:
                    profiler.wait()
            finally:
                stop_all(procs)  # type: ignore[arg-type]
            await _report_live(st, articles, feeds, inbox, sampler, args)
    feeds.stop()


async def _wait_for_emails(
    inbox: Inbox,
    articles: list[BenchArticle],
    feeds: RateFeedServer,
    *,
    grace: float,
    max_wait: float,
) -> None:
    """Until every article's email arrived, `grace` seconds passed without a new one
    after the last item was published, or `max_wait` seconds after it in all (a
    pipeline that cannot keep up is reported as it stands then)."""
    last_count, last_change = -1, time.monotonic()
    end_publish = feeds.published_at(len(articles) - 1)
    wanted = {a.subject for a in articles}
    index = measure.EmailIndex()
    while True:
        await asyncio.sleep(0.5)
        emailed = index.update(inbox.raw, inbox.arrivals)
        got = len(wanted & emailed.keys())
        if got != last_count:
            last_count, last_change = got, time.monotonic()
        if time.time() < end_publish:
            continue
        if got >= len(articles) or time.monotonic() - last_change > grace:
            return
        if time.time() > end_publish + max_wait:
            print(f"stopped waiting {max_wait:.0f}s after the last item: the pipeline lags")
            return


async def _report_live(
    st: Stack,
    articles: list[BenchArticle],
    feeds: RateFeedServer,
    inbox: Inbox,
    sampler: Sampler,
    args: argparse.Namespace,
) -> None:
    stored = await measure.article_store_times(st.engine)
    subjects = {a.subject for a in articles}
    claimed = await measure.claim_times_by_subject(st.engine, subjects)
    emailed = measure.email_arrivals(inbox.raw, inbox.arrivals)
    delivered = await measure.delivery_times(st.engine, subjects)
    pub_stored: list[float] = []
    pub_claim: list[float] = []
    srv_claim: list[float] = []
    pub_mail: list[float] = []
    srv_mail: list[float] = []
    thirds: list[list[float]] = [[], [], []]
    # Where the alerter's share went: claim stored -> alert recorded -> marked sent -> email.
    claim_recorded: list[float] = []
    recorded_sent: list[float] = []
    sent_mail: list[float] = []
    for a in articles:
        published = feeds.published_at(a.index)
        served = feeds.first_served.get(a.index)
        if a.guid in stored:
            pub_stored.append(stored[a.guid] - published)
        if a.subject in claimed:
            pub_claim.append(claimed[a.subject] - published)
            if served is not None:
                srv_claim.append(claimed[a.subject] - served)
        if a.subject in emailed:
            pub_mail.append(emailed[a.subject] - published)
            thirds[min(2, 3 * a.index // len(articles))].append(emailed[a.subject] - published)
            if served is not None:
                srv_mail.append(emailed[a.subject] - served)
        if a.subject in delivered:
            recorded, marked = delivered[a.subject]
            if a.subject in claimed:
                claim_recorded.append(recorded - claimed[a.subject])
            if marked is not None:
                recorded_sent.append(marked - recorded)
                if a.subject in emailed:
                    sent_mail.append(emailed[a.subject] - marked)
    first = feeds.published_at(0)
    span = max(stored.values(), default=first) - first
    print(
        f"published {len(articles)}, served {len(feeds.first_served)}, stored {len(stored)}, "
        f"claimed (subject) {len(claimed)}, emailed {len(emailed)} "
        f"(emails received {len(inbox.raw)})"
    )
    print(
        f"throughput: {len(stored) / max(span, 1e-9):.1f} articles/s stored over {span:.1f}s "
        f"(offered {args.rate}/s); feed requests {feeds.requests}, 304s {feeds.not_modified}"
    )
    for label, values in (
        ("published → article stored", pub_stored),
        ("published → claim stored", pub_claim),
        ("first served → claim stored", srv_claim),
        ("published → email received", pub_mail),
        ("first served → email received", srv_mail),
        ("  first third of run, pub → email", thirds[0]),
        ("  last third of run, pub → email", thirds[2]),
        ("claim stored → alert recorded", claim_recorded),
        ("alert recorded → marked sent", recorded_sent),
        ("marked sent → email received", sent_mail),
    ):
        print(measure.format_percentiles(label, values))
    print("\n".join(sampler.table()))
    await _report_sizes(st)


async def _report_sizes(st: Stack) -> None:
    for table, rows, size in await measure.row_sizes(st.engine):
        per_row = size / rows if rows else 0
        print(f"table {table:<20} rows {rows:>8}  {size / 2**20:8.1f} MB  {per_row:8.0f} B/row")


def to_event(a: BenchArticle) -> Article:
    url = f"http://bench.invalid/articles/{a.guid}"
    return Article(
        id=stable_hash("url", url),
        url=url,
        title=a.title,
        content=a.body,
        fetched_at=datetime.now(UTC),
        content_hash=stable_hash(a.title, a.body),
    )


def expected_claims(events: list[Article]) -> dict[str, int]:
    """article id → claims the service should store: distinct (subject, type, stance)."""
    extractor = Extractor.load(None)
    return {
        e.id: len({(c.subject, c.claim_type, c.stance) for c in extractor.extract(e.text())})
        for e in events
    }


async def drain(args: argparse.Namespace) -> None:
    articles = generate(args.articles, run=f"drain{int(time.time())}")
    events = [to_event(a) for a in articles]
    started = time.perf_counter()
    expected = expected_claims(events)
    print(
        f"drain: {len(events)} articles, {sum(expected.values())} claims expected "
        f"(in-process extraction {len(events) / (time.perf_counter() - started):.0f}/s "
        f"in the harness), {args.partitions} partitions, {args.database}",
        flush=True,
    )
    rates = {}
    for k in args.extractors:
        rates[k] = await _drain_once(args, events, expected, extractors=k)
    if 1 in rates and 2 in rates:
        print(f"speed-up 2 vs 1 extractor: {rates[2] / rates[1]:.2f}x")


async def _drain_once(
    args: argparse.Namespace, events: list[Article], expected: dict[str, int], *, extractors: int
) -> float:
    async with stack(database=args.database, partitions=args.partitions) as st:
        await st.create_topics()
        procs, ports = start_services(st, ["extractor"] * extractors)
        try:
            wait_ready(ports, list(procs.values()), timeout=120)  # type: ignore[arg-type]
            await _wait_group_settled(st, members=extractors)
            sampler = Sampler(
                {**{k: p.pid for k, p in procs.items()}, "broker": st.broker.pid},  # type: ignore[attr-defined,dict-item]
                totals={"postgres": postgres_cpu} if args.database == "postgres" else {},
            ).start()
            sampler.mark()
            t0 = time.time()
            producer = create_producer(st.settings, client_id="bench")
            await producer.start()
            try:
                topic = st.settings.topic(ARTICLES_TOPIC)
                sends = [await producer.send(topic, encode(e), key=e.id.encode()) for e in events]
                await asyncio.gather(*sends)
            finally:
                await producer.stop()
            published = time.time() - t0
            while await measure.count(st.engine, ArticleRow) < len(events):  # noqa: ASYNC110
                await asyncio.sleep(0.2)
            sampler.stop()
        finally:
            stop_all(procs)  # type: ignore[arg-type]
        stored = await measure.article_store_times(st.engine)
        elapsed = max(stored.values()) - t0
        rate = len(events) / elapsed
        counts = await measure.claim_counts(st.engine)
        lost = sum(max(0, n - counts.get(a, 0)) for a, n in expected.items())
        extra = sum(max(0, counts.get(a, 0) - n) for a, n in expected.items())
        wrong = sum(1 for a, n in expected.items() if counts.get(a, 0) != n)
        print(
            f"{extractors} extractor(s): {len(events)} articles drained in {elapsed:.1f}s "
            f"(published in {published:.1f}s) = {rate:.1f} articles/s; claims stored "
            f"{sum(counts.values())} of {sum(expected.values())} expected; lost {lost}, "
            f"extra {extra}, articles off {wrong}"
        )
        print("\n".join(sampler.table()))
        await _report_sizes(st)
        return rate


async def _wait_group_settled(st: Stack, *, members: int, within: float = 60) -> None:
    """Until the extractor group has `members` members sharing every partition."""
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=st.settings.bootstrap)
    await admin.start()
    deadline = time.monotonic() + within
    try:
        while time.monotonic() < deadline:
            described = await admin.describe_consumer_groups([st.settings.group("extractor")])
            group = described[0] if described else None
            if group is not None and _assigned_members(group) == members:
                return
            await asyncio.sleep(0.5)
        print(f"warning: the group did not settle on {members} members in {within}s")
    finally:
        await admin.close()


def _assigned_members(group: object) -> int:
    """Members of a Stable group in a DescribeGroups response (the embedded broker sends
    no assignment bytes, so a settled group's member count is what can be checked)."""
    members = 0
    for g in getattr(group, "groups", []):
        if "Stable" in g:
            members += len(next((x for x in g if isinstance(x, list)), []))
    return members


def _exit_cleanly(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database",
        choices=["postgres", "sqlite"],
        default="postgres" if postgres_url() else "sqlite",
        help="postgres needs CLAIMWATCH_TEST_POSTGRES_URL (a fresh database is made on it)",
    )
    parser.add_argument("--partitions", type=int, default=6)
    sub = parser.add_subparsers(dest="mode", required=True)
    lv = sub.add_parser("live", help="feeds at a set rate through every service")
    lv.add_argument("--rate", type=float, default=10.0, help="new items per second")
    lv.add_argument("--duration", type=float, default=30.0, help="seconds of publishing")
    lv.add_argument("--feeds", type=int, default=20)
    lv.add_argument("--poll", type=int, default=1, help="feed poll interval, seconds")
    lv.add_argument("--tick", type=float, default=0.2, help="fetcher scheduler tick, seconds")
    lv.add_argument("--extractors", type=int, default=1)
    lv.add_argument("--profile", type=Path, help="py-spy each service into this directory")
    lv.add_argument("--max-wait", type=float, default=120.0, help="after the last item, s")
    lv.add_argument("--grace", type=float, default=20.0, help="wait for stragglers, seconds")
    dr = sub.add_parser("drain", help="pre-published articles, 1 vs 2 extractors")
    dr.add_argument("--articles", type=int, default=2000)
    dr.add_argument("--extractors", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, _exit_cleanly)  # `timeout` and kill: stop the services too
    asyncio.run(live(args) if args.mode == "live" else drain(args))


if __name__ == "__main__":
    main()
