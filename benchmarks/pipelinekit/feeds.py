"""Feeds on loopback that publish new items at a set rate.

Item i becomes visible at `start + i / rate` in feed `i % feeds`; a feed shows its
latest `window` items. The server notes when each item was first served (first
included in a 200 response), and answers 304 to an `If-None-Match` of the current
ETag as a real feed server would.
"""

from __future__ import annotations

import html
import math
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .articles import BenchArticle


def _paragraphs(body: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))


class RateFeedServer:
    def __init__(
        self, articles: Sequence[BenchArticle], *, rate: float, feeds: int, window: int
    ) -> None:
        self.articles = list(articles)
        self.rate = rate
        self.feeds = feeds
        self.window = window
        self.start_time: float | None = None  # wall clock (time.time) of item 0
        self.first_served: dict[int, float] = {}
        self.requests = 0
        self.not_modified = 0
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._items = [self._item_xml(a) for a in self.articles]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/feed/{k}.xml" for k in range(self.feeds)]

    def serve(self) -> RateFeedServer:
        self._thread.start()
        return self

    def start_publishing(self) -> None:
        self.start_time = time.time()

    def published_at(self, index: int) -> float:
        assert self.start_time is not None
        return self.start_time + index / self.rate

    def published_count(self, now: float) -> int:
        if self.start_time is None:
            return 0
        return min(len(self.articles), math.floor((now - self.start_time) * self.rate) + 1)

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _visible(self, feed: int, now: float) -> list[int]:
        count = self.published_count(now)
        last = count - 1 - ((count - 1 - feed) % self.feeds)  # the feed's newest item
        return list(range(last, -1, -self.feeds))[: self.window] if last >= 0 else []

    def _item_xml(self, a: BenchArticle) -> str:
        return (
            f"<item><title>{html.escape(a.title)}</title>"
            f"<link>http://bench.invalid/articles/{a.guid}</link>"
            f'<guid isPermaLink="false">{a.guid}</guid><pubDate>{{date}}</pubDate>'
            f"<description>{html.escape(a.body.split(chr(10))[0])}</description>"
            f"<content:encoded><![CDATA[{_paragraphs(a.body)}]]></content:encoded></item>"
        )

    def render(self, feed: int, now: float) -> tuple[str, bytes | None]:
        """(etag, body) of a feed at `now`; notes first-served times of the items in it."""
        visible = self._visible(feed, now)
        etag = f'"{feed}-{visible[0] if visible else -1}"'
        date = format_datetime(datetime.fromtimestamp(now, UTC))
        items = "".join(self._items[i].replace("{date}", date) for i in visible)
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>bench wire {feed}</title><link>{self.base_url}/</link>"
            f"<description>benchmark feed</description>{items}</channel></rss>"
        )
        with self._lock:
            for i in visible:
                self.first_served.setdefault(i, now)
        return etag, body.encode()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                name = self.path.removeprefix("/feed/").removesuffix(".xml")
                if not name.isdigit() or int(name) >= server.feeds:
                    self.send_error(404)
                    return
                server.requests += 1
                now = time.time()
                feed = int(name)
                visible = server._visible(feed, now)
                etag = f'"{feed}-{visible[0] if visible else -1}"'
                if self.headers.get("If-None-Match") == etag:
                    server.not_modified += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                etag, body = server.render(feed, now)
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler
