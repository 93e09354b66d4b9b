"""Sample feeds for `claimwatch up --demo`, served on loopback from bundled articles.

Two feeds (RSS 2.0 and Atom) carry the articles in `articles/` as items, so a
newcomer sees the whole path, feed to claim to alert, with no network.
"""

from __future__ import annotations

import html
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ARTICLES_DIR = Path(__file__).with_name("articles")


def load_articles() -> list[tuple[str, str, str]]:
    """(slug, title, body) for each bundled article, in file order."""
    out = []
    for path in sorted(ARTICLES_DIR.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        out.append((path.stem, title.strip(), body.strip()))
    return out


def _paragraphs(body: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())


def rss_feed(base: str, items: list[tuple[str, str, str]], now: datetime) -> str:
    entries = []
    for i, (slug, title, body) in enumerate(items):
        published = format_datetime(now - timedelta(minutes=10 * (i + 1)))
        entries.append(
            f"<item><title>{html.escape(title)}</title><link>{base}/articles/{slug}</link>"
            f'<guid isPermaLink="false">demo-{slug}</guid><pubDate>{published}</pubDate>'
            f"<description>{html.escape(body.split(chr(10))[0])}</description>"
            f"<content:encoded><![CDATA[{_paragraphs(body)}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>claimwatch demo wire</title><link>{base}/</link>"
        f"<description>Sample reporting</description><ttl>1</ttl>{''.join(entries)}"
        "</channel></rss>"
    )


def atom_feed(base: str, items: list[tuple[str, str, str]], now: datetime) -> str:
    entries = []
    for i, (slug, title, body) in enumerate(items):
        updated = (now - timedelta(minutes=7 * (i + 1))).isoformat()
        entries.append(
            f"<entry><title>{html.escape(title)}</title><id>urn:claimwatch:demo:{slug}</id>"
            f'<link href="/articles/{slug}"/><updated>{updated}</updated>'
            f'<content type="html">{html.escape(_paragraphs(body))}</content></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{base}/">'
        f"<title>claimwatch demo monitor</title><id>urn:claimwatch:demo</id>"
        f"<updated>{now.isoformat()}</updated>{''.join(entries)}</feed>"
    )


class DemoFeedServer:
    """A loopback HTTP server: `/rss.xml`, `/atom.xml` and `/articles/<slug>`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        articles = load_articles()
        half = (len(articles) + 1) // 2
        self._rss_items, self._atom_items = articles[:half], articles[half:]
        self._pages = {slug: (title, body) for slug, title, body in articles}
        self._started = datetime.now(UTC)
        self._host = host
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://{self._host}:{self._httpd.server_address[1]}"

    @property
    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/rss.xml", f"{self.base_url}/atom.xml"]

    def start(self) -> DemoFeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                base = server.base_url
                if self.path == "/rss.xml":
                    body, ctype = (
                        rss_feed(base, server._rss_items, server._started),
                        "application/rss+xml",
                    )
                elif self.path == "/atom.xml":
                    body, ctype = (
                        atom_feed(base, server._atom_items, server._started),
                        "application/atom+xml",
                    )
                elif self.path.startswith("/articles/") and self.path[10:] in server._pages:
                    title, text = server._pages[self.path[10:]]
                    page = f"<h1>{html.escape(title)}</h1>{_paragraphs(text)}"
                    body = f"<html><body>{page}</body></html>"
                    ctype = "text/html"
                else:
                    self.send_error(404)
                    return
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", f"{ctype}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler
