"""Hostile feeds and hosts, each served on loopback and polled by the real poller
(fetch, parse, publish to the broker, record the feed's state): what the fetcher did.

Parser- and guard-level cases live in test_parsing.py, test_http.py and
test_urlguard.py; here the whole poll runs, so a case also shows what reaches the
articles topic and what the feed's row says afterwards.
"""

from __future__ import annotations

import asyncio
import gzip
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.fetcher.http import FetchLimits
from services.fetcher.model import MAX_TITLE_CHARS
from services.fetcher.service import Scheduler
from tests.fetcher.harness import poller_harness
from tests.fetcher.server import Handler, LoopbackServer, Request, fixed, redirect, response_bytes
from tests.fetcher.test_parsing import BILLION_LAUGHS
from tests.support.kafka import eventually

SECRET = "TOP-SECRET-4c1d"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
RSS_TYPE = {"Content-Type": "application/rss+xml"}


def rss(items: str, *, doctype: str = "", decl: str = '<?xml version="1.0"?>') -> str:
    return f'{decl}{doctype}<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


def item(title: str, link: str = "http://a.example/1", description: str = "d") -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link>"
        f"<description>{description}</description></item>"
    )


async def endless_chunks(request: Request, writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    while True:
        writer.write(b"1000\r\n" + b"<item>" * 682 + b"<ite\r\n")
        await writer.drain()


@dataclass(frozen=True)
class HostileCase:
    id: str
    body: Callable[[str, Path], bytes]  # (server base URL, a secret file) -> body
    status: str  # the poll's outcome
    published: int
    headers: dict[str, str] | None = None
    handler: Handler | None = None
    check: Callable[[list[str]], None] | None = None  # on the published titles and texts


def no_secret(texts: list[str]) -> None:
    assert not any(SECRET in t for t in texts)


def title_is(expected: str) -> Callable[[list[str]], None]:
    def check(texts: list[str]) -> None:
        assert texts[0].split("\n", 1)[0] == expected

    return check


def title_cut_to_limit(texts: list[str]) -> None:
    title = texts[0].split("\n", 1)[0]
    assert len(title) <= MAX_TITLE_CHARS and title.endswith("\u2026")


CASES = [
    HostileCase(
        "billion-laughs",
        lambda base, f: rss(item("Ha &lol9; ha"), doctype=BILLION_LAUGHS).encode(),
        "ok",
        1,
        check=title_is("Ha &lol9; ha"),
    ),
    HostileCase(
        "external-entity-file",
        lambda base, f: rss(
            item("x&xxe;y", description="&xxe;"),
            doctype=f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{f}">]>',
        ).encode(),
        "ok",
        1,
        check=no_secret,
    ),
    HostileCase(
        "parameter-entity-file",
        lambda base, f: rss(
            item("x&xxe;y"), doctype=f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{f}"> %p;]>'
        ).encode(),
        "ok",
        1,
        check=no_secret,
    ),
    HostileCase(
        "doctype-system-file",
        lambda base, f: rss(
            item("x&xxe;y"), doctype=f'<!DOCTYPE rss SYSTEM "file://{f}">'
        ).encode(),
        "ok",
        1,
        check=no_secret,
    ),
    HostileCase(
        "external-dtd-over-http",
        lambda base, f: rss(
            item("x&xxe;y"), doctype=f'<!DOCTYPE rss SYSTEM "{base}/evil.dtd">'
        ).encode(),
        "ok",
        1,
    ),
    HostileCase(
        "gzip-bomb-false-content-length",
        lambda base, f: gzip.compress(b"<rss>" + b" " * 50_000_000, compresslevel=9),
        "too_large",
        0,
        headers={"Content-Encoding": "gzip"},
    ),
    HostileCase(
        "endless-chunked-body", lambda base, f: b"", "too_large", 0, handler=endless_chunks
    ),
    HostileCase(
        "invalid-utf8",
        lambda base, f: (
            rss(item("caf\u00e9 ok"), decl='<?xml version="1.0" encoding="utf-8"?>')
            .encode()
            .replace(b"ok", b"\xff\xfe ok")
        ),
        "ok",
        1,
        check=title_is("caf\u00e9 \ufffd\ufffd ok"),
    ),
    HostileCase(
        "declared-utf8-is-cp1251",
        lambda base, f: rss(
            item("\u041f\u0440\u0438\u0432\u0435\u0442"),
            decl='<?xml version="1.0" encoding="utf-8"?>',
        ).encode("cp1251"),
        "ok",
        1,
    ),
    HostileCase(
        "header-latin1-body-utf8",
        lambda base, f: rss(item("Gr\u00fc\u00dfe aus M\u00fcnchen")).encode(),
        "ok",
        1,
        headers={"Content-Type": "application/rss+xml; charset=iso-8859-1"},
        check=title_is("Gr\u00fc\u00dfe aus M\u00fcnchen"),
    ),
    HostileCase(
        "ten-thousand-items",
        lambda base, f: rss(
            "".join(item(f"Story {i}", f"http://a.example/{i}") for i in range(10_000))
        ).encode(),
        "ok",
        10_000,
    ),
    HostileCase(
        "one-megabyte-title",
        lambda base, f: rss(item("word " * 200_000)).encode(),
        "ok",
        1,
        check=title_cut_to_limit,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
async def test_hostile_feed(
    case: HostileCase, server: LoopbackServer, sqlite_url, settings_factory, tmp_path: Path
) -> None:
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET)
    body = case.body(server.base, secret_file)
    server.routes["/feed"] = case.handler or fixed(200, body, {**RSS_TYPE, **(case.headers or {})})
    async with poller_harness(settings_factory(database_url=sqlite_url)) as h:
        feed = await h.add(f"{server.base}/feed")
        outcome = await h.poller.poll(feed)
        articles = await h.published(case.published, timeout=20) if case.published else []
        row = await h.feed(feed.id)

    assert outcome.status == case.status
    assert outcome.new_items == len(articles) == case.published
    assert [r.path for r in server.requests] == ["/feed"]  # no DTD, entity or other fetch
    texts = [a.text() for a in articles]
    for text in texts:
        assert not CONTROL.search(text), text[:200]
    if case.check:
        case.check(texts)
    no_secret([*texts, row.title or "", row.last_error or ""])
    if case.published:
        assert row.consecutive_errors == 0 and row.items_seen == case.published
    else:
        assert row.consecutive_errors == 1 and row.last_error and not row.disabled


def spellings(port: int) -> list[tuple[str, str]]:
    return [
        ("dotted", f"http://127.0.0.1:{port}/feed"),
        ("decimal", f"http://2130706433:{port}/feed"),
        ("hex", f"http://0x7f000001:{port}/feed"),
        ("octal", f"http://0177.0.0.1:{port}/feed"),
        ("short", f"http://127.1:{port}/feed"),
        ("trailing-dot", f"http://127.0.0.1.:{port}/feed"),
        ("mapped-v6", f"http://[::ffff:127.0.0.1]:{port}/feed"),
        ("localhost", f"http://localhost:{port}/feed"),
        ("userinfo-trick", f"http://example.com@127.0.0.1:{port}/feed"),
        ("userinfo", f"http://user:pw@127.0.0.1:{port}/feed"),
        ("file", "file:///etc/passwd"),
        ("gopher", f"gopher://127.0.0.1:{port}/_GET%20/feed"),
    ]


async def test_ssrf_spellings_never_reach_the_server(
    server: LoopbackServer, sqlite_url, settings_factory
) -> None:
    """With private addresses refused (production), a feed that names this loopback
    server in any spelling is refused before connecting and taken out of rotation."""
    server.routes["/feed"] = fixed(200, rss(item("secret")).encode(), RSS_TYPE)
    async with poller_harness(settings_factory(database_url=sqlite_url), allow_private=False) as h:
        for name, url in spellings(server.port):
            feed = await h.add(url)
            outcome = await h.poller.poll(feed)
            row = await h.feed(feed.id)
            assert outcome.status == "unsafe_url", name
            assert row.disabled and (row.disabled_reason or "").startswith("URL refused"), name
    assert server.requests == []


async def test_slow_hosts_time_out_and_hold_up_no_other_feed(
    database_url, settings_factory
) -> None:
    """One host trickles a byte a second, another accepts and never answers; a feed on a
    third host is polled while both are still open, and both end as timeouts."""
    arrived: set[str] = set()
    both_open = asyncio.Event()

    def opened(name: str) -> None:
        arrived.add(name)
        if arrived >= {"trickle", "silent"}:
            both_open.set()

    async def trickle(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<rss>")
        opened("trickle")
        while True:
            await writer.drain()
            await asyncio.sleep(1)
            writer.write(b" ")

    async def silent(request: Request, writer: asyncio.StreamWriter) -> None:
        opened("silent")
        await asyncio.sleep(3600)

    async def healthy(request: Request, writer: asyncio.StreamWriter) -> None:
        await both_open.wait()  # answered only while the slow hosts hold their polls
        writer.write(response_bytes(200, RSS_TYPE, rss(item("Fine")).encode()))

    servers = [LoopbackServer(host=f"127.0.0.{i}") for i in (2, 3, 4)]
    for srv in servers:
        await srv.start()
    slow_trickle, slow_silent, good = servers
    slow_trickle.routes["/feed"], slow_silent.routes["/feed"] = trickle, silent
    good.routes["/feed"] = healthy
    limits = FetchLimits(connect_timeout=1, read_timeout=2.5, total_timeout=3.5, max_bytes=10_000)
    stop = asyncio.Event()
    try:
        async with poller_harness(settings_factory(database_url=database_url), limits=limits) as h:
            h.clock.now = datetime.now(UTC)  # the scheduler reads due feeds on the wall clock
            ids = {srv.host: (await h.add(f"{srv.base}/feed")).id for srv in servers}
            scheduler = Scheduler(
                sessions=h.sessions, poller=h.poller, concurrency=8, per_host=1, tick_seconds=0.1
            )
            running = asyncio.create_task(scheduler.run(stop))

            async def status(host: str) -> str | None:
                return (await h.feed(ids[host])).last_status

            assert await eventually(lambda: status(good.host), timeout=20) == "ok (200)"
            assert await status(slow_trickle.host) is None  # still in flight
            assert await status(slow_silent.host) is None
            await eventually(lambda: status(slow_trickle.host), timeout=20)
            await eventually(lambda: status(slow_silent.host), timeout=20)
            stop.set()
            await running
            trickled, silenced = (
                await h.feed(ids[slow_trickle.host]),
                await h.feed(ids[slow_silent.host]),
            )
    finally:
        stop.set()
        for srv in servers:
            await srv.stop()
    for row in (trickled, silenced):
        assert (row.last_status or "").startswith("timeout") and row.consecutive_errors == 1
        assert row.last_error and not row.disabled


@pytest.mark.parametrize(
    "location",
    [
        "file:///etc/passwd",
        "gopher://127.0.0.1:70/_HELO",
        "http://user:pw@127.0.0.1/feed",
        "http://[::1%25lo]/feed",
        "javascript:alert(1)",
    ],
    ids=["file", "gopher", "userinfo", "zone-id", "javascript"],
)
async def test_redirect_to_refused_url_disables_feed(
    location: str, server: LoopbackServer, sqlite_url, settings_factory
) -> None:
    """Private addresses allowed (as in tests and --demo): what is refused still is."""
    server.routes["/feed"] = redirect(302, location)
    async with poller_harness(settings_factory(database_url=sqlite_url)) as h:
        feed = await h.add(f"{server.base}/feed")
        outcome = await h.poller.poll(feed)
        row = await h.feed(feed.id)
    assert outcome.status == "unsafe_url" and outcome.new_items == 0
    assert row.disabled and (row.disabled_reason or "").startswith("URL refused")
    assert [r.path for r in server.requests] == ["/feed"]
