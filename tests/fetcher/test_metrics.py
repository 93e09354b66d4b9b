"""The fetcher's metrics after polling loopback feeds that answer 200, 304, errors and 410."""

from __future__ import annotations

from prometheus_client import REGISTRY

from services.fetcher.service import refresh_gauges
from tests.fetcher.harness import poller_harness
from tests.fetcher.server import LoopbackServer, fixed
from tests.fetcher.test_http import FEED, conditional
from tests.support.feeds import FeedHost

COUNTERS = {
    "ok": ("claimwatch_feed_polls_total", {"outcome": "ok"}),
    "not_modified": ("claimwatch_feed_polls_total", {"outcome": "not_modified"}),
    "http_error": ("claimwatch_feed_polls_total", {"outcome": "http_error"}),
    "fetches": ("claimwatch_fetch_duration_seconds_count", {}),
    "fetch_seconds": ("claimwatch_fetch_duration_seconds_sum", {}),
    "slow_fetches": ("claimwatch_fetch_duration_seconds_bucket", {"le": "60.0"}),
    "bytes": ("claimwatch_fetch_bytes_total", {}),
    "new": ("claimwatch_feed_items_total", {"state": "new"}),
    "seen": ("claimwatch_feed_items_total", {"state": "seen"}),
    "published": ("claimwatch_articles_published_total", {}),
}


def sample() -> dict[str, float]:
    return {k: REGISTRY.get_sample_value(n, labels) or 0.0 for k, (n, labels) in COUNTERS.items()}


def rss(base: str, guids: list[str]) -> bytes:
    host = FeedHost()
    host.base_url = base
    host.rss("/x", [(g, f"Title {g}", f"Body {g}") for g in guids])
    return host.routes["/x"][1]


async def test_poll_metrics(server: LoopbackServer, database_url, settings_factory) -> None:
    same = rss(server.base, ["s1", "s2"])
    server.routes["/changing"] = fixed(200, same, {"Content-Type": "application/rss+xml"})
    server.routes["/etag"] = conditional(etag='"v1"')  # 200 with an empty channel, then 304
    server.routes["/broken"] = fixed(500, b"oops")
    server.routes["/gone"] = fixed(410, b"gone")
    before = sample()
    async with poller_harness(settings_factory(database_url=database_url)) as h:
        changing = await h.add(f"{server.base}/changing")
        etag = await h.add(f"{server.base}/etag")
        broken = await h.add(f"{server.base}/broken")
        gone = await h.add(f"{server.base}/gone")
        await h.poller.poll(changing)  # 200, two new items
        await h.poller.poll(await h.snapshot(changing.id))  # 200 again, both seen
        await h.poller.poll(etag)  # 200
        await h.poller.poll(await h.snapshot(etag.id))  # 304
        await h.poller.poll(broken)  # 500: failing
        await h.poller.poll(gone)  # 410: disabled at once
        await refresh_gauges(h.sessions)
        stored_etag = (await h.feed(etag.id)).etag
    delta = {k: v - before[k] for k, v in sample().items()}

    assert stored_etag == '"v1"'
    assert delta["ok"] == 3 and delta["not_modified"] == 1 and delta["http_error"] == 2
    assert delta["fetches"] == 6 and delta["slow_fetches"] == 6 and delta["fetch_seconds"] > 0
    assert delta["bytes"] == 2 * len(same) + len(FEED)  # error bodies are never read
    assert delta["new"] == 2 and delta["published"] == 2 and delta["seen"] == 2
    assert REGISTRY.get_sample_value("claimwatch_feeds_failing") == 1
    assert REGISTRY.get_sample_value("claimwatch_feeds_disabled") == 1
