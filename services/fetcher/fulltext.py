"""The main text of an article page, for feeds that publish only teasers.

`with_full_text` fetches an item's page with `fetch` (the same URL guard, pinning
and limits as feeds) and puts the extracted text in the item's `content`. Any
failure (an unsafe link, an error status, a timeout, a page that is not HTML, no
text found) leaves the item as the feed gave it: the summary is published, the item
is never lost. Extraction is CPU-bound and slow (tens of milliseconds a page), so it
runs in a thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Literal

import httpx
import trafilatura

from services.fetcher.http import FetchLimits, fetch
from services.fetcher.model import MAX_TEXT_CHARS, FeedItem
from services.fetcher.urlguard import Resolver
from shared.metrics import FULL_TEXT_PAGES

log = logging.getLogger(__name__)

MAX_HTML_BYTES = 5 * 1024 * 1024
# A body this short is a teaser, not the article: a news story runs to thousands.
SUMMARY_MAX_CHARS = 500
_HTML_TYPES = ("text/html", "application/xhtml+xml")

PageOutcome = Literal["extracted", "fetch_failed", "not_html", "no_text"]


def extract_main_text(html: bytes, url: str) -> str | None:
    """The article's text without navigation, ads or comments; None if none found."""
    if not html.strip() or len(html) > MAX_HTML_BYTES:
        return None
    try:
        # No `deduplicate`: its cache is process-wide, so a page seen before (the same
        # story from two feeds) would come back empty and the text would depend on history.
        text = trafilatura.extract(
            html,
            url=url,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            deduplicate=False,
        )
    except (ValueError, TypeError, LookupError):
        return None
    if not text:
        return None
    text = text.strip()
    return text[:MAX_TEXT_CHARS] or None


def needs_full_text(item: FeedItem) -> bool:
    """The item has a page of its own and the feed gave only a short body."""
    return not item.url_is_fallback and len(item.content) < SUMMARY_MAX_CHARS


async def with_full_text(
    client: httpx.AsyncClient,
    item: FeedItem,
    *,
    limits: FetchLimits,
    allow_private: bool,
    now: Callable[[], datetime],
    resolver: Resolver | None = None,
) -> FeedItem:
    """`item` with its page's main text as content, or `item` unchanged."""
    outcome, text = await _page_text(
        client, item.url, limits=limits, allow_private=allow_private, now=now, resolver=resolver
    )
    FULL_TEXT_PAGES.labels(outcome=outcome).inc()
    if text is None or len(text) <= len(item.content):
        return item
    return replace(item, content=text)


async def _page_text(
    client: httpx.AsyncClient,
    url: str,
    *,
    limits: FetchLimits,
    allow_private: bool,
    now: Callable[[], datetime],
    resolver: Resolver | None,
) -> tuple[PageOutcome, str | None]:
    page_limits = replace(limits, max_bytes=min(limits.max_bytes, MAX_HTML_BYTES))
    result = await fetch(
        client,
        url,
        etag=None,
        last_modified=None,
        limits=page_limits,
        allow_private=allow_private,
        now=now,
        resolver=resolver,
        accept_types=_HTML_TYPES,
    )
    if result.status == "wrong_type":  # a PDF or a podcast episode: never downloaded
        return "not_html", None
    if result.status != "ok" or result.body is None:
        log.info("article page not fetched", extra={"url": url, "error": result.error})
        return "fetch_failed", None
    text = await asyncio.to_thread(extract_main_text, result.body, result.final_url)
    return ("extracted", text) if text else ("no_text", None)
