"""A loopback HTTP/1.1 server for fetcher tests, byte-exact and misbehaving on demand.

Routes map a path to a handler that writes the raw response, so a test can send
a false Content-Length, trickle bytes or never end a chunked body.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]


Handler = Callable[[Request, asyncio.StreamWriter], Awaitable[None]]


@dataclass
class LoopbackServer:
    routes: dict[str, Handler] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    port: int = 0
    host: str = "127.0.0.1"  # any 127/8 address: a host of its own to the per-host cap
    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                method, path, _ = line.decode("latin-1").split(" ", 2)
                headers: dict[str, str] = {}
                while (header := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = header.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                request = Request(method, path, headers)
                self.requests.append(request)
                handler = self.routes.get(path.split("?", 1)[0], not_found)
                await handler(request, writer)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()


def response_bytes(status: int, headers: dict[str, str], body: bytes = b"") -> bytes:
    reason = {
        200: "OK",
        301: "Moved Permanently",
        302: "Found",
        304: "Not Modified",
        307: "Temporary Redirect",
        308: "Permanent Redirect",
        404: "Not Found",
        410: "Gone",
        429: "Too Many Requests",
        500: "Internal Server Error",
        503: "Service Unavailable",
    }.get(status, "Status")
    all_headers = {"Content-Length": str(len(body)), **headers}
    head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(
        f"{name}: {value}\r\n" for name, value in all_headers.items()
    )
    return head.encode("latin-1") + b"\r\n" + body


def fixed(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Handler:
    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(response_bytes(status, headers or {}, b"" if status == 304 else body))

    return handler


async def not_found(request: Request, writer: asyncio.StreamWriter) -> None:
    writer.write(response_bytes(404, {}, b"not found"))


def redirect(status: int, location: str) -> Handler:
    return fixed(status, b"", {"Location": location})
