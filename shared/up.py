"""`claimwatch up`: the whole system in one command.

Starts the embedded broker (unless CLAIMWATCH_KAFKA_BOOTSTRAP is set), migrates
the database, creates the topics, and runs each service as its own process,
restarting one that dies. `--demo` also serves sample feeds on loopback,
registers them, and adds a subscription that writes alerts to ./data/alerts/.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from shared.broker import EmbeddedBroker
from shared.db.engine import create_engine, session_factory
from shared.db.migrate import migrate
from shared.demo.server import DemoFeedServer
from shared.events import ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC
from shared.kafka.admin import ensure_topics
from shared.settings import Settings

log = logging.getLogger("claimwatch.up")

SERVICE_NAMES = ("fetcher", "extractor", "alerter", "api")
DEMO_PORT = 8010
DEMO_POLL_SECONDS = 30
DEMO_SUBJECTS = ("China", "Iran", "North Korea", "Belarus")


async def prepare(settings: Settings, *, demo_feeds: list[str]) -> None:
    engine = create_engine(settings.database_url)
    try:
        await migrate(engine)
        await ensure_topics(
            settings.bootstrap,
            [settings.topic(t) for t in (ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC)],
            partitions=settings.kafka_topic_partitions,
        )
        if demo_feeds:
            await seed_demo(settings, engine, demo_feeds)
    finally:
        await engine.dispose()


async def seed_demo(settings: Settings, engine: AsyncEngine, feed_urls: list[str]) -> None:
    from datetime import UTC, datetime

    from services.alerter.subscriptions import (
        SubscriptionCreate,
        create_subscription,
        list_subscriptions,
    )
    from services.fetcher.registry import FeedExistsError, add_feed

    now = datetime.now(UTC)
    sessions = session_factory(engine)
    async with sessions() as session:
        for url in feed_urls:
            with contextlib.suppress(FeedExistsError):
                await add_feed(session, url=url, interval_seconds=DEMO_POLL_SECONDS, now=now)
    target = "demo"
    async with sessions() as session:
        existing = await list_subscriptions(session)
        if not any(s.channel == "file" and s.target == target for s in existing):
            await create_subscription(
                session,
                data=SubscriptionCreate(
                    channel="file", target=target, subjects=list(DEMO_SUBJECTS)
                ),
                owner_key_id=None,
                now=now,
            )


def _spawn(name: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "shared.cli", name], env=env)  # noqa: S603


def run_up(settings: Settings, *, demo: bool) -> int:
    env = dict(os.environ)
    Path("data").mkdir(exist_ok=True)
    broker: EmbeddedBroker | None = None
    demo_server: DemoFeedServer | None = None
    children: dict[str, subprocess.Popen[bytes]] = {}
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        if not settings.kafka_bootstrap:
            broker = EmbeddedBroker(log_path=Path("data/broker.log")).start()
            env["CLAIMWATCH_KAFKA_BOOTSTRAP"] = broker.bootstrap
            log.info("embedded broker started", extra={"bootstrap": broker.bootstrap})
        demo_feeds: list[str] = []
        if demo:
            try:
                demo_server = DemoFeedServer(port=DEMO_PORT).start()
            except OSError:
                demo_server = DemoFeedServer().start()
            demo_feeds = demo_server.feed_urls
            env.setdefault("CLAIMWATCH_ALLOW_PRIVATE_URLS", "true")
            env.setdefault("CLAIMWATCH_API_OPEN_READS", "true")
        os.environ.update(env)
        settings = Settings()
        asyncio.run(prepare(settings, demo_feeds=demo_feeds))
        children = {name: _spawn(name, env) for name in SERVICE_NAMES}
        print(
            f"claimwatch is up: API on http://{settings.api_host}:{settings.api_port} "
            f"(claims at /v1/claims, page at /); alerts in {settings.alert_dir}/. Ctrl-C stops.",
            flush=True,
        )
        restarts: dict[str, float] = {}
        while not stopping:
            time.sleep(0.5)
            for name, proc in list(children.items()):
                if proc.poll() is not None and not stopping:
                    delay = min(30.0, restarts.get(name, 0.5) * 2)
                    restarts[name] = delay
                    log.warning(
                        "%s exited with %s; restarting in %.0fs", name, proc.returncode, delay
                    )
                    time.sleep(delay)
                    children[name] = _spawn(name, env)
        return 0
    finally:
        _stop_children(children, grace=settings.shutdown_grace_seconds + 5)
        if demo_server is not None:
            demo_server.stop()
        if broker is not None:
            broker.stop()


def _stop_children(children: dict[str, subprocess.Popen[bytes]], *, grace: float) -> None:
    for proc in children.values():
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + grace
    for proc in children.values():
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
