"""Thousands of feeds on loopback, served from a process of its own (fetch_throughput.py).

    python benchmarks/feed_farm.py --hosts 100 --port 18080 --feeds ../shared/feeds

Feed `n` lives at `http://127.0.1.<1 + n % hosts>:<port>/f/<n>` (every 127/8 address
is loopback on Linux, so each host is a host of its own to the fetcher's per-host cap).
Bodies are the real fixtures, gzipped as most servers send them.

- `n % 5 != 0` (80%): a quiet feed with an ETag and a Last-Modified; a request that
  carries that ETag gets 304.
- `n % 5 == 0` (20%): a busy feed; every request gets 200 with a new ETag and one new
  item (a fresh guid and link) put before the fixture's first item.

Prints `ready` once it listens; stops on SIGTERM. Raw asyncio protocol, HTTP/1.1
keep-alive, so the server costs as little CPU as a Python server can.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import re
import signal
import sys
import zlib
from pathlib import Path

LAST_MODIFIED = b"Wed, 01 Jan 2025 00:00:00 GMT"
_FIRST_ITEM = re.compile(rb"<(?:item|entry)[\s>]")


def host_of(n: int, hosts: int) -> str:
    return f"127.0.1.{1 + n % hosts}"


def is_busy(n: int) -> bool:
    return n % 5 == 0


def load_fixtures(folder: Path) -> list[tuple[bytes, bytes]]:
    """(content type, body) of every fixture, in name order."""
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".json":
            out.append((b"application/feed+json", path.read_bytes()))
        elif path.suffix == ".xml":
            out.append((b"application/rss+xml", path.read_bytes()))
    return out


def with_fresh_item(body: bytes, n: int, serial: int, base: str) -> bytes:
    match = _FIRST_ITEM.search(body)
    if match is None:  # JSON Feed: served as it is
        return body
    link = f"{base}/story/{n}/{serial}"
    if body[match.start() + 1 : match.start() + 6] == b"entry":
        fresh = (
            f"<entry><title>Fresh story {n}.{serial}</title><link href='{link}'/>"
            f"<id>fresh-{n}-{serial}</id><updated>2025-01-01T00:00:00Z</updated>"
            f"<summary>Officials said a new shipment arrived.</summary></entry>"
        )
    else:
        fresh = (
            f"<item><title>Fresh story {n}.{serial}</title><link>{link}</link>"
            f"<guid>fresh-{n}-{serial}</guid>"
            f"<description>Officials said a new shipment arrived.</description></item>"
        )
    return body[: match.start()] + fresh.encode() + body[match.start() :]


class Farm:
    def __init__(self, fixtures: list[tuple[bytes, bytes]], *, hosts: int, port: int) -> None:
        self.fixtures = fixtures
        self.gzipped = [gzip.compress(body, compresslevel=6) for _, body in fixtures]
        self.hosts = hosts
        self.port = port
        self.serial = 0

    def respond(self, path: bytes, if_none_match: bytes | None) -> bytes:
        if not path.startswith(b"/f/") or not path[3:].isdigit():
            return b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
        n = int(path[3:])
        index = n % len(self.fixtures)
        ctype = self.fixtures[index][0]
        if is_busy(n):
            self.serial += 1
            base = f"http://{host_of(n, self.hosts)}:{self.port}"
            body = with_fresh_item(self.fixtures[index][1], n, self.serial, base)
            body = zlib.compress(body, 1, wbits=31)  # gzip, cheap level: it is made per request
            etag = f'"b{n}-{self.serial}"'.encode()
        else:
            etag = f'"q{n}"'.encode()
            if if_none_match == etag:
                return (
                    b"HTTP/1.1 304 Not Modified\r\nETag: " + etag + b"\r\n"
                    b"Last-Modified: " + LAST_MODIFIED + b"\r\n\r\n"
                )
            body = self.gzipped[index]
        return (
            b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype + b"\r\nContent-Encoding: gzip\r\n"
            b"ETag: " + etag + b"\r\nLast-Modified: " + LAST_MODIFIED + b"\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )


class FarmProtocol(asyncio.Protocol):
    def __init__(self, farm: Farm) -> None:
        self.farm = farm
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            lines = head.split(b"\r\n")
            path = lines[0].split(b" ")[1] if lines[0].count(b" ") >= 2 else b""
            etag = None
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"if-none-match":
                    etag = value.strip()
            assert self.transport is not None
            self.transport.write(self.farm.respond(path, etag))


async def serve(farm: Farm) -> None:
    loop = asyncio.get_running_loop()
    servers = [
        await loop.create_server(lambda: FarmProtocol(farm), host_of(i, farm.hosts), farm.port)
        for i in range(farm.hosts)
    ]
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    print("ready", flush=True)
    await stop.wait()
    for server in servers:
        server.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--hosts", type=int, default=100)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--feeds", type=Path, required=True, help="folder of fixture feeds")
    args = ap.parse_args()
    farm = Farm(load_fixtures(args.feeds), hosts=args.hosts, port=args.port)
    asyncio.run(serve(farm))
    return 0


if __name__ == "__main__":
    sys.exit(main())
