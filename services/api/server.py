"""`claimwatch api`: the FastAPI app under uvicorn, which drains requests on SIGTERM."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from services.api.app import create_app
from services.extractor.extraction import Extractor
from shared.metrics import set_build_info
from shared.settings import Settings
from shared.version import VERSION


class _DrainingServer(uvicorn.Server):
    """uvicorn re-raises SIGTERM after it drained, so the process would die of the signal
    (exit 143, which orchestrators count as a failure); a drained shutdown exits 0."""

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        with super().capture_signals():
            try:
                yield
            finally:
                self._captured_signals.clear()


def build_app(settings: Settings) -> FastAPI:
    gazetteer = Extractor.load(settings.gazetteer_path)
    return create_app(
        settings,
        resolve_actor=lambda name: gazetteer.resolve_actor(name) or name,
        known_actors=gazetteer.actors,
    )


def serve_api(settings: Settings) -> int:
    set_build_info(VERSION, "api")
    config = uvicorn.Config(
        build_app(settings),
        host=settings.api_host,
        port=settings.api_port,
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_graceful_shutdown=int(settings.shutdown_grace_seconds),
        log_config=None,
    )
    _DrainingServer(config).run()
    return 0
