"""Real `claimwatch <service>` processes for tests: started from a Settings object,
waited on until ready, asked over HTTP, stopped with SIGTERM like an orchestrator would."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from pydantic import SecretStr

from shared.settings import Settings
from tests.ops.facts import ENV_PREFIX, READINESS_PATH, ROOT


def service_env(settings: Settings) -> dict[str, str]:
    """The environment that makes a child process read these settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(ENV_PREFIX)}
    for field, value in settings.model_dump().items():
        if value is None:
            continue
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        text = str(value).lower() if isinstance(value, bool) else str(value)
        env[ENV_PREFIX + field.upper()] = text
    return env


@dataclass
class ServiceProcess:
    name: str
    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    async def get(self, path: str) -> httpx.Response | None:
        """The response, or None while nothing listens on the port."""
        try:
            async with httpx.AsyncClient(timeout=5.0, trust_env=False) as client:
                return await client.get(self.url(path))
        except httpx.TransportError:
            return None

    async def wait_ready(self, *, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            assert self.proc.poll() is None, f"{self.name} exited early:\n{self.output()}"
            response = await self.get(READINESS_PATH)
            if response is not None and response.status_code == 200:
                return
            assert time.monotonic() < deadline, f"{self.name} never ready:\n{self.output()}"
            await asyncio.sleep(0.1)

    def terminate(self) -> None:
        self.proc.send_signal(signal.SIGTERM)


@contextmanager
def service_process(
    name: str, settings: Settings, *, port: int, logs: Path
) -> Iterator[ServiceProcess]:
    """Run `claimwatch NAME`; on exit, whatever is still running is killed."""
    log = logs / f"{name}.log"
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "shared.cli", name],
            env=service_env(settings),
            cwd=ROOT,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        yield ServiceProcess(name, port, proc, log)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


@contextmanager
def service_processes(
    settings: Settings, ports: dict[str, int], *, logs: Path
) -> Iterator[dict[str, ServiceProcess]]:
    with ExitStack() as stack:
        yield {
            name: stack.enter_context(service_process(name, settings, port=port, logs=logs))
            for name, port in ports.items()
        }
