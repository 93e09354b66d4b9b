"""Per-service `/healthz`, `/readyz` and `/metrics` over HTTP.

`/healthz` answers while the process runs; `/readyz` only while every
registered readiness check passes (broker connected, database reachable) and
the service is not shutting down.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager

import uvicorn
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

log = logging.getLogger(__name__)

Check = Callable[[], Awaitable[bool] | bool]


class Health:
    def __init__(self) -> None:
        self._checks: dict[str, Check] = {}
        self.shutting_down = False

    def add_check(self, name: str, check: Check) -> None:
        self._checks[name] = check

    async def readiness(self) -> dict[str, bool]:
        results: dict[str, bool] = {"accepting": not self.shutting_down}
        for name, check in self._checks.items():
            try:
                outcome = check()
                results[name] = bool(await outcome) if isinstance(outcome, Awaitable) else outcome
            except Exception:  # a failing probe means not ready, never a crash
                log.debug("readiness check %s raised", name, exc_info=True)
                results[name] = False
        return results


class _EmbeddedServer(uvicorn.Server):
    """uvicorn inside a service: the service's own handler owns SIGTERM and SIGINT,
    so readiness turns false and in-flight work drains before this server stops."""

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def health_app(health: Health) -> Starlette:
    async def healthz(_: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(_: Request) -> Response:
        checks = await health.readiness()
        ready = all(checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "not ready", "checks": checks},
            status_code=200 if ready else 503,
        )

    async def metrics(_: Request) -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return Starlette(
        routes=[Route("/healthz", healthz), Route("/readyz", readyz), Route("/metrics", metrics)]
    )


async def serve_health(health: Health, *, host: str, port: int, stop: asyncio.Event) -> None:
    """Serve until `stop` is set. Port 0 disables the endpoint (tests running several services)."""
    if port == 0:
        await stop.wait()
        return
    config = uvicorn.Config(
        health_app(health),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
    )
    server = _EmbeddedServer(config)
    task = asyncio.create_task(server.serve())
    await stop.wait()
    server.should_exit = True
    await task
