"""A loopback HTTP server that serves feeds a test controls."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FeedHost:
    def __init__(self) -> None:
        self.routes: dict[str, tuple[str, bytes]] = {}
        self.requests: list[str] = []
        self.base_url = ""

    def rss(self, path: str, items: list[tuple[str, str, str]]) -> str:
        """Serve an RSS 2.0 feed of (guid, title, body) items at `path`; returns its URL."""
        now = format_datetime(datetime.now(UTC))
        entries = "".join(
            f"<item><title>{html.escape(t)}</title><guid>{g}</guid>"
            f"<link>{self.base_url}/a/{g}</link><pubDate>{now}</pubDate>"
            f"<description>{html.escape(b)}</description></item>"
            for g, t, b in items
        )
        channel = f"<channel><title>t</title>{entries}</channel>"
        xml = f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'
        self.routes[path] = ("application/rss+xml", xml.encode())
        return self.base_url + path


@contextmanager
def feed_host() -> Iterator[FeedHost]:
    host = FeedHost()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            host.requests.append(self.path)
            route = host.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            ctype, body = route
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    host.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield host
    finally:
        server.shutdown()
        server.server_close()
