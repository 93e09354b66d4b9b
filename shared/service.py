"""What every service process shares: logging, signals, health endpoints, graceful exit.

On SIGTERM or SIGINT readiness turns false, the service's `main` sees `stop`
set, finishes in-flight work and commits; after the grace period it is cancelled.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from aiokafka import AIOKafkaProducer
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.health import Health, serve_health
from shared.kafka.admin import ensure_topics
from shared.metrics import set_build_info
from shared.retry import start_with_backoff
from shared.settings import Settings
from shared.version import VERSION

log = logging.getLogger(__name__)

ServiceMain = Callable[[asyncio.Event, Health], Coroutine[Any, Any, None]]


async def run_service(
    name: str,
    settings: Settings,
    main: ServiceMain,
    *,
    metrics_port: int,
    stop: asyncio.Event | None = None,
) -> bool:
    """Run `main` until it returns or a signal drains it. False if the grace
    period ran out and in-flight work was cancelled, so the process can say so
    in its exit code."""
    stop = stop or asyncio.Event()
    health = Health()
    set_build_info(VERSION, name)
    loop = asyncio.get_running_loop()

    def on_signal(signum: int) -> None:
        log.info("signal received, draining", extra={"signal": signal.Signals(signum).name})
        health.shutting_down = True
        stop.set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, on_signal, signum)

    health_stop = asyncio.Event()
    health_task = asyncio.create_task(
        serve_health(health, host=settings.metrics_host, port=metrics_port, stop=health_stop)
    )
    main_task = asyncio.create_task(main(stop, health))
    log.info("started", extra={"version": VERSION, "metrics_port": metrics_port})
    try:
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({main_task, health_task, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not main_task.done():  # signalled, or the health server died: drain
            stop.set()
        return await _drain(main_task, stop, settings.shutdown_grace_seconds)
    finally:
        health.shutting_down = True
        health_stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(health_task, timeout=5)
        log.info("stopped")


async def _drain(task: asyncio.Task[None], stop: asyncio.Event, grace: float) -> bool:
    if not task.done():
        await stop.wait()
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout=grace)
        except TimeoutError:
            log.error("grace period over, cancelling", extra={"grace_seconds": grace})
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            return False
    task.result()  # re-raise a crash of main
    return True


def database_check(engine: AsyncEngine) -> Callable[[], Awaitable[bool]]:
    """A readiness check: the database answers a trivial query."""

    async def check() -> bool:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True

    return check


async def connect_broker(
    settings: Settings, producer: AIOKafkaProducer, *, topics: list[str], stop: asyncio.Event
) -> bool:
    """Create the service's topics and start its producer, waiting out a missing broker
    with backoff until shutdown. False if the service was stopped first."""
    names = [settings.topic(t) for t in topics]
    created = await start_with_backoff(
        lambda: ensure_topics(
            settings.bootstrap,
            names,
            partitions=settings.kafka_topic_partitions,
            deadline_seconds=10,
        ),
        stop,
        what="topics",
    )
    return created and await start_with_backoff(producer.start, stop, what="producer")
