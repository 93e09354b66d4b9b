"""Who an item is: the key that stops repeats, and the id of the Article it becomes.

- `item_key` (unique per feed in `seen_items`): the guid; else the canonical
  link; else a hash of the content. Keys never depend on which parser read the
  feed (see `xmlfeeds.py`).
- `article_id` (the Kafka key and the articles row): the canonical URL, so the
  same story from two feeds is one article; the guid when the item has no link.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from services.fetcher.model import FeedItem
from shared.events import Article, stable_hash

_TRACKING_PREFIXES = ("utm_", "ns_", "at_", "pk_", "mtm_", "hmb_", "ga_")
_TRACKING = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "maca",
        "traffic_source",
        "ito",
        "ocid",
        "cmpid",
        "cmp",
        "icid",
        "ncid",
        "sr_share",
        "_ga",
        "_gl",
        "rss",
        "rss_id",
        "feed",
        "feedname",
        "xtor",
        "wt_mc",
        "wt.mc_id",
        "spm",
        "share",
        "smid",
        "src",
        "ref",
        "ref_src",
        "referrer",
        "taid",
        "partner",
        "campaign_id",
        "oly_enc_id",
        "oly_anon_id",
        "vero_id",
        "__twitter_impression",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


class FeedRef(Protocol):
    """What `to_article` needs of a feed (the `Feed` row satisfies it)."""

    @property
    def id(self) -> int | None: ...

    @property
    def url(self) -> str: ...


def canonical_url(url: str) -> str:
    """`url` without tracking parameters or fragment, host lower-cased, query sorted."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(key)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(sorted(query)), ""))


def _is_tracking(key: str) -> bool:
    lowered = key.lower()
    return lowered in _TRACKING or lowered.startswith(_TRACKING_PREFIXES)


def item_key(item: FeedItem, feed_url: str) -> str:
    """The per-feed dedup key (64 hex chars fit `seen_items.item_key`)."""
    if item.guid:
        return stable_hash("guid", item.guid, length=64)
    if not item.url_is_fallback:
        return stable_hash("url", canonical_url(item.url), length=64)
    return stable_hash("content", feed_url, *_content_parts(item), length=64)


def article_id(item: FeedItem) -> str:
    """The Article id: canonical URL, else guid, else content."""
    if not item.url_is_fallback:
        return stable_hash("url", canonical_url(item.url))
    if item.guid:
        return stable_hash("guid", item.guid)
    return stable_hash("content", *_content_parts(item))


def _content_parts(item: FeedItem) -> tuple[str, ...]:
    published = item.published_at.isoformat() if item.published_at else ""
    return (item.title, (item.content or item.summary)[:2000], published)


def content_hash(item: FeedItem) -> str:
    return stable_hash(item.title, item.content or item.summary)


def to_article(item: FeedItem, feed: FeedRef, *, fetched_at: datetime) -> Article:
    """The event published for `item` of `feed`."""
    return Article(
        id=article_id(item),
        feed_id=feed.id,
        feed_url=feed.url,
        url=item.url,
        title=item.title,
        summary=item.summary,
        content=item.content,
        language=item.language,
        authors=list(item.authors),
        published_at=item.published_at,
        fetched_at=fetched_at,
        content_hash=content_hash(item),
    )
