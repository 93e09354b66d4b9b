"""run_service tells a clean drain from one the grace period cut off."""

from __future__ import annotations

import asyncio
from pathlib import Path

from shared.health import Health
from shared.service import run_service
from shared.settings import Settings


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}",
        shutdown_grace_seconds=0.2,
    )


async def test_clean_drain_is_reported(tmp_path: Path) -> None:
    finished: list[bool] = []

    async def main(stop: asyncio.Event, health: Health) -> None:
        await stop.wait()
        finished.append(True)

    stop = asyncio.Event()
    run = asyncio.create_task(
        run_service("t", _settings(tmp_path), main, metrics_port=0, stop=stop)
    )
    await asyncio.sleep(0.1)
    stop.set()
    assert await run is True
    assert finished == [True]


async def test_drain_cut_off_by_the_grace_period_is_reported(tmp_path: Path) -> None:
    cancelled: list[bool] = []

    async def main(stop: asyncio.Event, health: Health) -> None:
        await stop.wait()
        try:
            await asyncio.sleep(60)  # in-flight work that outlives the grace period
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    stop = asyncio.Event()
    run = asyncio.create_task(
        run_service("t", _settings(tmp_path), main, metrics_port=0, stop=stop)
    )
    await asyncio.sleep(0.1)
    stop.set()
    assert await asyncio.wait_for(run, timeout=10) is False
    assert cancelled == [True]
