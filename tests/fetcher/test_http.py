"""`fetch` against a loopback server that answers every way a feed server can."""

from __future__ import annotations

import asyncio
import gzip
import zlib
from dataclasses import dataclass, field

import httpx
import pytest

from services.fetcher.http import FetchLimits, fetch, parse_max_age, parse_retry_after
from services.fetcher.transport import make_client
from tests.fetcher.conftest import FIXED_NOW
from tests.fetcher.server import (
    Handler,
    LoopbackServer,
    Request,
    fixed,
    redirect,
    response_bytes,
)

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
SMALL = FetchLimits(connect_timeout=2, read_timeout=2, total_timeout=3, max_bytes=64 * 1024)


async def get(
    client: httpx.AsyncClient,
    url: str,
    *,
    limits: FetchLimits = SMALL,
    etag: str | None = None,
    last_modified: str | None = None,
    allow_private: bool = True,
):
    return await fetch(
        client,
        url,
        etag=etag,
        last_modified=last_modified,
        limits=limits,
        allow_private=allow_private,
        now=lambda: FIXED_NOW,
    )


def conditional(*, etag: str | None = None, last_modified: str | None = None) -> Handler:
    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        fresh = (etag and request.headers.get("if-none-match") == etag) or (
            last_modified and request.headers.get("if-modified-since") == last_modified
        )
        headers = {"Content-Type": "application/rss+xml"}
        if etag:
            headers["ETag"] = etag
        if last_modified:
            headers["Last-Modified"] = last_modified
        writer.write(response_bytes(304 if fresh else 200, headers, b"" if fresh else FEED))

    return handler


@dataclass(frozen=True)
class StatusCase:
    id: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    fetch_status: str = "http_error"
    retry_after: int | None = None


STATUS_CASES = [
    StatusCase("200", 200, {"Content-Type": "application/rss+xml"}, "ok"),
    StatusCase("404", 404),
    StatusCase("410", 410),
    StatusCase("500", 500),
    StatusCase("429-seconds", 429, {"Retry-After": "120"}, retry_after=120),
    StatusCase(
        "429-http-date", 429, {"Retry-After": "Thu, 01 Jan 2026 00:05:00 GMT"}, retry_after=300
    ),
    StatusCase("503-seconds", 503, {"Retry-After": "3600"}, retry_after=3600),
    StatusCase(
        "503-date-in-past", 503, {"Retry-After": "Wed, 31 Dec 2025 23:00:00 GMT"}, retry_after=0
    ),
    StatusCase("503-garbage", 503, {"Retry-After": "soon"}, retry_after=None),
    StatusCase("500-retry-after-ignored", 500, {"Retry-After": "60"}, retry_after=None),
]


@pytest.mark.parametrize("case", STATUS_CASES, ids=[c.id for c in STATUS_CASES])
async def test_status(case: StatusCase, server: LoopbackServer, client: httpx.AsyncClient) -> None:
    server.routes["/f"] = fixed(case.status, FEED, case.headers)
    result = await get(client, f"{server.base}/f")
    assert result.status == case.fetch_status
    assert result.http_status == case.status
    assert result.retry_after_seconds == case.retry_after
    if case.fetch_status == "ok":
        assert result.body == FEED and result.bytes_read == len(FEED)
        assert result.content_type == "application/rss+xml"
    else:
        assert result.body is None and result.error


async def test_304_with_etag(server: LoopbackServer, client: httpx.AsyncClient) -> None:
    server.routes["/f"] = conditional(etag='"v1"')
    first = await get(client, f"{server.base}/f")
    assert first.status == "ok" and first.etag == '"v1"'
    second = await get(client, f"{server.base}/f", etag=first.etag)
    assert second.status == "not_modified" and second.http_status == 304
    assert second.body is None and second.etag == '"v1"' and second.bytes_read == 0
    assert server.requests[-1].headers["if-none-match"] == '"v1"'


async def test_304_with_last_modified(server: LoopbackServer, client: httpx.AsyncClient) -> None:
    stamp = "Wed, 31 Dec 2025 10:00:00 GMT"
    server.routes["/f"] = conditional(last_modified=stamp)
    first = await get(client, f"{server.base}/f")
    assert first.status == "ok" and first.last_modified == stamp and first.etag is None
    second = await get(client, f"{server.base}/f", last_modified=stamp)
    assert second.status == "not_modified" and second.last_modified == stamp
    assert server.requests[-1].headers["if-modified-since"] == stamp


async def test_cache_control_max_age(server: LoopbackServer, client: httpx.AsyncClient) -> None:
    server.routes["/f"] = fixed(200, FEED, {"Cache-Control": "public, max-age=900"})
    assert (await get(client, f"{server.base}/f")).max_age_seconds == 900


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("max-age=60", 60),
        ('public, max-age="30"', 30),
        ("no-store, max-age=60", None),
        ("no-cache", None),
        ("s-maxage=10", None),
        (None, None),
        ("private", None),
    ],
    ids=["plain", "quoted", "no-store", "no-cache", "s-maxage-only", "absent", "private"],
)
def test_parse_max_age(value: str | None, expected: int | None) -> None:
    assert parse_max_age(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0),
        ("86400", 86400),
        ("Thu, 01 Jan 2026 00:00:30 GMT", 30),
        ("-5", None),
        ("", None),
        ("1.5", None),
    ],
    ids=["zero", "day", "date", "negative", "empty", "fraction"],
)
def test_parse_retry_after(value: str, expected: int | None) -> None:
    assert parse_retry_after(value, now=lambda: FIXED_NOW) == expected


@dataclass(frozen=True)
class RedirectCase:
    id: str
    chain: list[tuple[int, str]]  # (status, next path) from /r0
    permanent_to: str | None
    status: str = "ok"


REDIRECT_CASES = [
    RedirectCase("301-updates-url", [(301, "/feed")], "/feed"),
    RedirectCase("308-updates-url", [(308, "/feed")], "/feed"),
    RedirectCase("302-keeps-url", [(302, "/feed")], None),
    RedirectCase("307-keeps-url", [(307, "/feed")], None),
    RedirectCase("301-301-chain", [(301, "/r1"), (301, "/feed")], "/feed"),
    RedirectCase("301-then-302", [(301, "/r1"), (302, "/feed")], "/r1"),
    RedirectCase("302-then-301", [(302, "/r1"), (301, "/feed")], None),
    RedirectCase("five-hops-ok", [(302, f"/r{i}") for i in range(1, 5)] + [(302, "/feed")], None),
    RedirectCase(
        "six-hops-too-many",
        [(302, f"/r{i}") for i in range(1, 6)] + [(302, "/feed")],
        None,
        "too_many_redirects",
    ),
]


@pytest.mark.parametrize("case", REDIRECT_CASES, ids=[c.id for c in REDIRECT_CASES])
async def test_redirects(
    case: RedirectCase, server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    server.routes["/feed"] = fixed(200, FEED)
    for index, (status, target) in enumerate(case.chain):
        server.routes[f"/r{index}"] = redirect(status, target)
    result = await get(client, f"{server.base}/r0")
    assert result.status == case.status
    expected = f"{server.base}{case.permanent_to}" if case.permanent_to else None
    assert result.permanent_redirect_url == expected
    if case.status == "ok":
        assert result.final_url == f"{server.base}/feed" and result.body == FEED
    else:
        assert "/feed" not in [r.path for r in server.requests]


async def test_redirect_loop_stops(server: LoopbackServer, client: httpx.AsyncClient) -> None:
    server.routes["/a"] = redirect(302, "/b")
    server.routes["/b"] = redirect(302, "/a")
    result = await get(client, f"{server.base}/a")
    assert result.status == "too_many_redirects"
    assert len(server.requests) == 6


PUBLIC = {
    "feeds.example": ["93.184.216.34"],
    "internal.example": ["10.0.0.5"],
    "rebind.example": ["93.184.216.34", "127.0.0.1"],
}


async def fake_dns(host: str, port: int) -> list[str]:
    return PUBLIC[host]


@pytest.mark.parametrize(
    "location",
    [
        "http://internal.example/secret",
        "http://127.0.0.1/admin",
        "http://[::ffff:10.0.0.1]/",
        "http://2130706433/",
        "http://rebind.example/",
        "file:///etc/passwd",
        "http://user:pw@feeds.example/",
    ],
    ids=["private-name", "loopback", "mapped-v6", "decimal", "one-bad-address", "file", "userinfo"],
)
async def test_redirect_to_private_address_refused(location: str) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": location})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as mock:
        result = await fetch(
            mock,
            "http://feeds.example/rss",
            etag=None,
            last_modified=None,
            limits=SMALL,
            allow_private=False,
            now=lambda: FIXED_NOW,
            resolver=fake_dns,
        )
    assert result.status == "unsafe_url", result
    assert result.error
    assert seen == ["http://feeds.example/rss"]


async def test_private_url_refused_before_connecting(
    server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    server.routes["/f"] = fixed(200, FEED)
    result = await get(client, f"{server.base}/f", allow_private=False)
    assert result.status == "unsafe_url" and "loopback" in (result.error or "")
    assert server.requests == []


async def test_connection_pinned_to_checked_address(server: LoopbackServer) -> None:
    """`feed.test` resolves nowhere but in the guard: only the pin can reach the server."""
    server.routes["/f"] = fixed(200, FEED)

    async def pinned_dns(host: str, port: int) -> list[str]:
        assert host == "feed.test"
        return ["127.0.0.1"]

    async with make_client() as client:
        result = await fetch(
            client,
            f"http://feed.test:{server.port}/f",
            etag=None,
            last_modified=None,
            limits=SMALL,
            allow_private=True,
            now=lambda: FIXED_NOW,
            resolver=pinned_dns,
        )
        assert result.status == "ok" and result.body == FEED
        assert server.requests[0].headers["host"] == f"feed.test:{server.port}"
        with pytest.raises(httpx.ConnectError, match="not checked"):
            await client.get(f"{server.base}/f")  # no pin: refused


def big(size: int) -> bytes:
    return b"<rss>" + b"x" * size + b"</rss>"


async def test_size_cap_by_content_length(
    server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    server.routes["/f"] = fixed(200, big(200_000))
    result = await get(client, f"{server.base}/f")
    assert result.status == "too_large" and result.bytes_read == 0


def chunked(body_chunks: list[bytes], headers: dict[str, str] | None = None) -> Handler:
    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in (headers or {}).items()
        )
        writer.write(head.encode() + b"\r\n")
        for chunk in body_chunks:
            writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            await writer.drain()
        writer.write(b"0\r\n\r\n")

    return handler


async def test_size_cap_while_streaming(server: LoopbackServer, client: httpx.AsyncClient) -> None:
    server.routes["/f"] = chunked([b"x" * 16_384] * 10)
    result = await get(client, f"{server.base}/f")
    assert result.status == "too_large"
    assert SMALL.max_bytes < result.bytes_read <= SMALL.max_bytes + 16_384


async def test_gzip_bomb_with_false_content_length(
    server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    """50 MB of zeros in ~50 KB of gzip: Content-Length (the compressed size) is under the cap."""
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    assert len(bomb) < SMALL.max_bytes
    server.routes["/f"] = fixed(200, bomb, {"Content-Encoding": "gzip"})
    result = await get(client, f"{server.base}/f")
    assert result.status == "too_large"
    assert result.bytes_read == SMALL.max_bytes + 1  # stopped one byte past the cap


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
async def test_compressed_body_decoded(
    encoding: str, server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    if encoding == "gzip":
        body = gzip.compress(FEED)
    elif encoding == "deflate":
        body = zlib.compress(FEED)
    else:
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = packer.compress(FEED) + packer.flush()
    header = "gzip" if encoding == "gzip" else "deflate"
    server.routes["/f"] = fixed(200, body, {"Content-Encoding": header})
    result = await get(client, f"{server.base}/f")
    assert result.status == "ok" and result.body == FEED and result.bytes_read == len(FEED)
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


async def test_unsupported_encoding(server: LoopbackServer, client: httpx.AsyncClient) -> None:
    server.routes["/f"] = fixed(200, b"\x00\x01", {"Content-Encoding": "br"})
    result = await get(client, f"{server.base}/f")
    assert result.status == "network_error" and "content-encoding" in (result.error or "")


async def test_trickling_server_times_out(
    server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    async def trickle(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
        for _ in range(1000):
            writer.write(b"x")
            await writer.drain()
            await asyncio.sleep(0.2)

    server.routes["/f"] = trickle
    limits = FetchLimits(connect_timeout=1, read_timeout=1, total_timeout=1.0, max_bytes=10_000)
    result = await get(client, f"{server.base}/f", limits=limits)
    assert result.status == "timeout"
    assert 0.9 <= result.elapsed_seconds < 2.5
    assert 0 < result.bytes_read < 20


async def test_endless_chunked_body_stops_at_cap(
    server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    async def endless(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        while True:
            writer.write(b"1000\r\n" + b"y" * 4096 + b"\r\n")
            await writer.drain()

    server.routes["/f"] = endless
    result = await get(client, f"{server.base}/f")
    assert result.status == "too_large"


async def test_endless_slow_chunked_body_times_out(
    server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    async def endless(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        while True:
            writer.write(b"10\r\n" + b"z" * 16 + b"\r\n")
            await writer.drain()
            await asyncio.sleep(0.05)

    server.routes["/f"] = endless
    limits = FetchLimits(connect_timeout=1, read_timeout=1, total_timeout=1.0, max_bytes=10**7)
    result = await get(client, f"{server.base}/f", limits=limits)
    assert result.status == "timeout"


async def test_server_silent_after_headers_times_out(
    server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    async def silent(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n")
        await asyncio.sleep(30)

    server.routes["/f"] = silent
    limits = FetchLimits(connect_timeout=1, read_timeout=0.5, total_timeout=5, max_bytes=100)
    result = await get(client, f"{server.base}/f", limits=limits)
    assert result.status == "timeout" and result.elapsed_seconds < 2


async def test_connection_refused_is_network_error(client: httpx.AsyncClient) -> None:
    probe = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = probe.sockets[0].getsockname()[1]
    probe.close()
    await probe.wait_closed()
    result = await get(client, f"http://127.0.0.1:{port}/f")
    assert result.status == "network_error" and result.error


async def test_unresolvable_host_is_network_error(client: httpx.AsyncClient) -> None:
    result = await get(client, "http://does-not-exist.invalid/feed")
    assert result.status == "network_error"


async def test_unsafe_scheme(client: httpx.AsyncClient) -> None:
    result = await get(client, "file:///etc/passwd")
    assert result.status == "unsafe_url" and result.body is None


@pytest.mark.parametrize(
    "location",
    ["http://[broken/", "gopher://127.0.0.1:70/", "javascript:alert(1)"],
    ids=["unparsable", "gopher", "javascript"],
)
async def test_bad_redirect_location(
    location: str, server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    server.routes["/f"] = redirect(302, location)
    result = await get(client, f"{server.base}/f")
    assert result.status == "unsafe_url" and result.error


async def test_redirect_keeps_conditional_headers_and_reports_validators(
    server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    server.routes["/old"] = redirect(301, "/new")
    server.routes["/new"] = conditional(etag='"e2"')
    result = await get(client, f"{server.base}/old", etag='"e2"')
    assert result.status == "not_modified"
    assert result.permanent_redirect_url == f"{server.base}/new"
    assert result.final_url == f"{server.base}/new"


async def test_unwanted_content_type_is_not_downloaded(
    server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    server.routes["/episode.mp3"] = fixed(200, b"\xff\xfb" * 20_000, {"Content-Type": "audio/mpeg"})
    server.routes["/page"] = fixed(
        200, b"<html></html>", {"Content-Type": "text/html; charset=utf-8"}
    )
    html = ("text/html", "application/xhtml+xml")
    result = await fetch(
        client,
        f"{server.base}/episode.mp3",
        etag=None,
        last_modified=None,
        limits=SMALL,
        allow_private=True,
        now=lambda: FIXED_NOW,
        accept_types=html,
    )
    assert result.status == "wrong_type" and result.bytes_read == 0 and result.body is None
    assert "audio/mpeg" in (result.error or "")
    page = await fetch(
        client,
        f"{server.base}/page",
        etag=None,
        last_modified=None,
        limits=SMALL,
        allow_private=True,
        now=lambda: FIXED_NOW,
        accept_types=html,
    )
    assert page.status == "ok" and page.body == b"<html></html>"
