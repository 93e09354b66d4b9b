"""claimwatch services as real subprocesses (`claimwatch NAME`), so a test can kill
them with signals, with their health and metrics endpoints on free ports."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from shared.broker import free_port
from shared.settings import Settings

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

    async def readyz_is(self, status: int) -> bool:
        """A predicate for `eventually`."""
        return await self.readyz() == status

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


async def extracted(service: ServiceProcess, *, at_least: int = 1) -> bool:
    """The extractor has run extraction on at least this many articles (it writes next)."""
    return await metric(service, "claimwatch_extraction_duration_seconds_count") >= at_least
