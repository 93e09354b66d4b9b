"""The services as real processes (as `claimwatch up` runs them), and a sampler of
their CPU time and peak memory (psutil)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil

from shared.up import _stop_children


def spawn(
    name: str, env: dict[str, str], log_dir: Path, *, tag: str = ""
) -> subprocess.Popen[bytes]:
    log = open(log_dir / f"{name}{tag}.log", "ab")  # noqa: SIM115 - the child keeps it
    return subprocess.Popen(
        [sys.executable, "-m", "shared.cli", name], env=env, stdout=log, stderr=log
    )


def wait_ready(ports: list[int], procs: list[subprocess.Popen[bytes]], *, timeout: float) -> None:
    """Until every `/readyz` answers 200; fails fast if a service died."""
    deadline = time.monotonic() + timeout
    pending = list(ports)
    while pending:
        for proc in procs:
            if proc.poll() is not None:
                raise RuntimeError(f"{proc.args} exited with {proc.returncode} during start-up")
        port = pending[0]
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                pending.pop(0)
                continue
        if time.monotonic() > deadline:
            raise TimeoutError(f"service on port {port} not ready within {timeout}s")
        time.sleep(0.2)


def stop_all(procs: dict[str, subprocess.Popen[bytes]], *, grace: float = 30.0) -> None:
    _stop_children(procs, grace=grace)


@dataclass
class Usage:
    cpu_seconds: float = 0.0
    peak_rss: int = 0
    _start_cpu: float | None = None


@dataclass
class Sampler:
    """Every `interval` s: each process's RSS (peak kept) and CPU time; `mark()` starts
    the measured window, so start-up (imports, gazetteer) is not counted as work."""

    pids: dict[str, int]
    interval: float = 0.25
    # CPU seconds of things that are not one process (PostgreSQL's backends), by name.
    totals: dict[str, Callable[[], float]] = field(default_factory=dict)
    usage: dict[str, Usage] = field(default_factory=dict)
    window_start: float = 0.0
    window_end: float = 0.0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __post_init__(self) -> None:
        self._procs = {name: psutil.Process(pid) for name, pid in self.pids.items()}
        self.usage = {name: Usage() for name in [*self.pids, *self.totals]}

    def start(self) -> Sampler:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def mark(self) -> None:
        self.window_start = time.monotonic()
        for name in self.usage:
            self.usage[name]._start_cpu = self._cpu(name)

    def stop(self) -> None:
        self._sample(with_totals=True)
        self.window_end = time.monotonic()
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _cpu(self, name: str) -> float:
        if name in self.totals:
            return self.totals[name]()
        with contextlib.suppress(psutil.Error):
            t = self._procs[name].cpu_times()
            return t.user + t.system
        return self.usage[name].cpu_seconds + (self.usage[name]._start_cpu or 0.0)

    def _sample(self, *, with_totals: bool = False) -> None:
        # Totals only at the end: reading PostgreSQL's backends walks every process, and
        # at 4 readings a second that cost the harness a tenth of a core.
        for name in self.totals if with_totals else ():
            use = self.usage[name]
            if use._start_cpu is not None:
                use.cpu_seconds = self._cpu(name) - use._start_cpu
        for name, proc in self._procs.items():
            use = self.usage[name]
            with contextlib.suppress(psutil.Error):
                use.peak_rss = max(use.peak_rss, proc.memory_info().rss)
            if use._start_cpu is not None:
                use.cpu_seconds = self._cpu(name) - use._start_cpu

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def table(self) -> list[str]:
        wall = max(1e-9, self.window_end - self.window_start)
        rows = [f"{'process':<12} {'cpu s':>8} {'% core':>7} {'peak MB':>8}"]
        for name, use in self.usage.items():
            rows.append(
                f"{name:<12} {use.cpu_seconds:>8.1f} {100 * use.cpu_seconds / wall:>6.0f}% "
                f"{use.peak_rss / 2**20:>8.0f}"
            )
        return rows


def postgres_cpu() -> float:
    """CPU seconds of the local PostgreSQL server so far: the postmaster, its live
    backends and the backends it has reaped (0.0 when no local server is found)."""
    for proc in psutil.process_iter(["name", "ppid"]):
        with contextlib.suppress(psutil.Error):
            if proc.info["name"] != "postgres":
                continue
            if psutil.Process(proc.info["ppid"]).name() == "postgres":
                continue  # a backend; the postmaster is the one whose parent is not
            t = proc.cpu_times()
            total = t.user + t.system + t.children_user + t.children_system
            for child in proc.children():
                with contextlib.suppress(psutil.Error):
                    c = child.cpu_times()
                    total += c.user + c.system
            return total
    return 0.0


def profile(pids: dict[str, int], out_dir: Path, *, seconds: int) -> list[subprocess.Popen[bytes]]:
    """py-spy on each process for `seconds`: collapsed stacks in `out_dir/NAME.txt`
    (`--idle` off, so only frames on CPU count; a flame graph tool reads the files)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    py_spy = str(Path(sys.executable).with_name("py-spy"))
    options = ["--format", "raw", "--duration", str(seconds), "--rate", "50", "--nonblocking"]
    return [
        subprocess.Popen(
            [
                py_spy,
                "record",
                "--pid",
                str(pid),
                "--output",
                str(out_dir / f"{name}.txt"),
                *options,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for name, pid in pids.items()
    ]
