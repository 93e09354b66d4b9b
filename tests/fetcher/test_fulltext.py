from __future__ import annotations

import asyncio
import gzip
from dataclasses import dataclass

import pytest
from prometheus_client import REGISTRY

from services.fetcher.fulltext import extract_main_text
from services.fetcher.http import FetchLimits
from tests.fetcher.harness import poller_harness
from tests.fetcher.server import Handler, LoopbackServer, Request, fixed, redirect

ARTICLE = (
    b"<html><head><title>Drones</title></head><body><nav>Home | World | Sport</nav>"
    b"<article><h1>Drone parts shipped</h1><p>"
    + b"Officials said the shipment of drone engines arrived on Monday after weeks of talks. " * 6
    + b"</p><p>"
    + b"Analysts expect further deliveries before the winter. " * 6
    + b"</p></article><footer>Copyright 2026 | Privacy</footer></body></html>"
)


def test_extracts_article_body_without_navigation() -> None:
    text = extract_main_text(ARTICLE, "https://news.example/a")
    assert text is not None
    assert "shipment of drone engines" in text and "Analysts expect" in text
    assert "Privacy" not in text and "Home | World" not in text


@pytest.mark.parametrize(
    "html",
    [b"", b"   ", b"<html></html>", b"\x00\xff binary"],
    ids=["empty", "blank", "no-body", "binary"],
)
def test_nothing_to_extract(html: bytes) -> None:
    assert extract_main_text(html, "https://news.example/a") is None


# The poller with full text on: article pages served on loopback.

TEASER = "Drone parts shipped, officials say."


def teaser_feed(base: str, items: list[tuple[str, str]]) -> bytes:
    """An RSS feed of (path, description) items whose links point at `base` + path."""
    entries = "".join(
        f"<item><title>Story {path}</title><link>{base}{path}</link><guid>{path}</guid>"
        f"<description>{description}</description></item>"
        for path, description in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}'
        "</channel></rss>"
    ).encode()


async def never_answer(request: Request, writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(30)


@dataclass(frozen=True)
class PageCase:
    id: str
    page: Handler
    outcome: str
    full: bool = False


PAGE_CASES = [
    PageCase("extracted", fixed(200, ARTICLE, {"Content-Type": "text/html"}), "extracted", True),
    PageCase("no-content-type", fixed(200, ARTICLE), "extracted", True),
    PageCase("page-404", fixed(404, b"gone"), "fetch_failed"),
    PageCase("page-times-out", never_answer, "fetch_failed"),
    PageCase("redirect-to-file", redirect(302, "file:///etc/passwd"), "fetch_failed"),
    PageCase("redirect-to-gopher", redirect(302, "gopher://127.0.0.1:70/"), "fetch_failed"),
    PageCase("pdf", fixed(200, b"%PDF-1.4", {"Content-Type": "application/pdf"}), "not_html"),
    PageCase("empty-page", fixed(200, b"<html><body></body></html>"), "no_text"),
    PageCase(
        "gzip-bomb",
        fixed(200, gzip.compress(b"\0" * 20_000_000), {"Content-Encoding": "gzip"}),
        "fetch_failed",
    ),
]
PAGE_LIMITS = FetchLimits(connect_timeout=1, read_timeout=0.5, total_timeout=1, max_bytes=10**6)


def pages(outcome: str) -> float:
    return REGISTRY.get_sample_value("claimwatch_full_text_pages_total", {"outcome": outcome}) or 0


@pytest.mark.parametrize("case", PAGE_CASES, ids=[c.id for c in PAGE_CASES])
async def test_full_text_or_summary(
    case: PageCase, server: LoopbackServer, sqlite_url, settings_factory
) -> None:
    server.routes["/feed"] = fixed(200, teaser_feed(server.base, [("/story", TEASER)]))
    server.routes["/story"] = case.page
    before = pages(case.outcome)
    async with poller_harness(settings_factory(database_url=sqlite_url), limits=PAGE_LIMITS) as h:
        feed = await h.add(f"{server.base}/feed", full_text=True)
        outcome = await h.poller.poll(feed)
        [article] = await h.published(1)
        again = await h.poller.poll(await h.snapshot(feed.id))

    assert outcome.status == "ok" and outcome.new_items == 1
    assert again.new_items == 0  # marked seen whatever the page did
    assert article.summary == TEASER
    if case.full:
        assert "shipment of drone engines" in article.content and "Privacy" not in article.content
    else:
        assert article.content == TEASER
    assert pages(case.outcome) == before + 1


async def test_pages_of_new_teasers_only(
    server: LoopbackServer, database_url, settings_factory
) -> None:
    """Long bodies and items already seen fetch no page; one failing page loses no item."""
    long_body = "Officials described the deliveries at length. " * 20
    server.routes["/story-ok"] = fixed(200, ARTICLE, {"Content-Type": "text/html"})
    server.routes["/story-missing"] = fixed(404, b"")
    server.routes["/story-long"] = fixed(200, ARTICLE, {"Content-Type": "text/html"})
    items = [("/story-ok", TEASER), ("/story-missing", TEASER), ("/story-long", long_body)]
    server.routes["/feed"] = fixed(200, teaser_feed(server.base, items))
    async with poller_harness(settings_factory(database_url=database_url)) as h:
        feed = await h.add(f"{server.base}/feed", full_text=True)
        assert (await h.poller.poll(feed)).new_items == 3
        articles = {a.url.rsplit("/", 1)[1]: a for a in await h.published(3)}
        await h.poller.poll(await h.snapshot(feed.id))

    assert "shipment of drone engines" in articles["story-ok"].content
    assert articles["story-missing"].content == TEASER
    assert articles["story-long"].content == long_body.strip()
    page_requests = [r.path for r in server.requests if r.path != "/feed"]
    assert sorted(page_requests) == ["/story-missing", "/story-ok"]  # once each, first poll only


async def test_full_text_off_fetches_no_page(
    server: LoopbackServer, sqlite_url, settings_factory
) -> None:
    server.routes["/feed"] = fixed(200, teaser_feed(server.base, [("/story", TEASER)]))
    server.routes["/story"] = fixed(200, ARTICLE, {"Content-Type": "text/html"})
    async with poller_harness(settings_factory(database_url=sqlite_url)) as h:
        await h.poller.poll(await h.add(f"{server.base}/feed"))
        [article] = await h.published(1)
    assert article.content == TEASER
    assert [r.path for r in server.requests] == ["/feed"]
