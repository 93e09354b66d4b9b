"""`parse_feed`: response bytes to a `ParsedFeed` of clean items.

A pure function: no I/O, no clock, no globals it writes, so the service can run
it in a thread or process pool. JSON Feeds go to our own reader; XML is made
safe and UTF-8 by `xmlprep`, read by fastfeedparser, and read again by
feedparser only when fastfeedparser fails, finds fewer items than the document
has item tags, or misses dates the document holds (see benchmarks/parser_compare.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urljoin

from lxml import etree

from services.fetcher.dates import parse_date
from services.fetcher.html_text import clean_text
from services.fetcher.jsonfeed import looks_like_json, parse_json_feed
from services.fetcher.model import (
    MAX_AUTHOR_CHARS,
    MAX_AUTHORS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    FeedItem,
    ParsedFeed,
    ParseStatus,
)
from services.fetcher.xmlfeeds import (
    RawEntry,
    RawFeed,
    count_date_tags,
    count_item_tags,
    parse_fast,
    parse_slow,
)
from services.fetcher.xmlprep import prepare_xml

__all__ = ["FeedItem", "ParsedFeed", "parse_feed"]

_HEADER_BYTES = 64 * 1024
_TTL = re.compile(rb"<ttl(?:\s[^>]*)?>\s*(\d{1,7})\s*</ttl>")
_SY_PERIOD = re.compile(rb"<sy:updatePeriod(?:\s[^>]*)?>\s*(\w+)\s*</sy:updatePeriod>")
_SY_FREQUENCY = re.compile(rb"<sy:updateFrequency(?:\s[^>]*)?>\s*(\d{1,5})\s*</sy:updateFrequency>")
_PERIODS = {
    "hourly": 3600,
    "daily": 86400,
    "weekly": 604800,
    "monthly": 2592000,
    "yearly": 31536000,
}
_LANGUAGE = re.compile(rb"<(?:dc:)?language>\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\s*<")
_XML_LANG = re.compile(rb"""\sxml:lang\s*=\s*["']([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)["']""")
_XML_BASE = re.compile(rb"""<(?:\w+:)?(?:feed|rss|channel)\b[^>]*\bxml:base\s*=\s*["']([^"']+)""")
_MAX_TTL_SECONDS = 7 * 86400


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse an RSS 0.9x/1.0/2.0, Atom or JSON Feed body fetched from `url`."""
    if not body.strip():
        return ParsedFeed(
            title="", ttl_seconds=None, items=[], status="malformed", error="empty document"
        )
    if looks_like_json(body, content_type):
        return parse_json_feed(body, url=url)
    prepared = prepare_xml(body, content_type)
    data = prepared.data
    syntax_error = _well_formed_error(data)
    raw = _read(data, url=url, well_formed=syntax_error is None)
    header = _header(data)
    base = _base_url(header, url)
    language = _language(header)
    items = _distinct_guids([_item(entry, base=base, language=language) for entry in raw.entries])
    problems = [*prepared.repairs, *(p for p in (syntax_error, raw.error) if p)]
    if raw.empty_dropped:
        problems.append(f"{raw.empty_dropped} empty item element(s) ignored")
    if prepared.replaced_invalid:
        problems.insert(0, f"invalid {prepared.encoding} bytes replaced")
    status: ParseStatus = "ok"
    if not raw.recognized:
        status, problems = "malformed", ["not an RSS, Atom, RDF or JSON feed", *problems]
    elif problems:
        status = "partial" if items else "malformed"
    return ParsedFeed(
        title=clean_text(raw.title, limit=MAX_TITLE_CHARS, single_line=True),
        ttl_seconds=_ttl_seconds(header),
        items=items,
        status=status,
        error="; ".join(dict.fromkeys(problems)) or None,
        parser=raw.parser,
        language=language,
    )


def _read(data: bytes, *, url: str, well_formed: bool) -> RawFeed:
    """fastfeedparser for well-formed XML unless it reads less; feedparser otherwise.

    On malformed XML lxml's recovery mangles what follows the error (it drops
    later `&amp;` entities from links and titles), so feedparser's loose parser
    reads it first there.
    """
    if not well_formed:
        slow = parse_slow(data, url=url)
        fast = _try_fast(data)
        if fast is not None and len(fast.entries) > len(slow.entries):
            return fast
        return slow
    fast = _try_fast(data)
    if fast is not None and not _needs_second_opinion(fast, data):
        return fast
    slow = parse_slow(data, url=url)
    if fast is None:
        return slow
    chosen = fast
    if len(slow.entries) > len(fast.entries):
        chosen = slow
        if fast.entries:
            slow.error = (
                f"irregular structure: {len(fast.entries)} items where RSS/Atom puts them, "
                f"{len(slow.entries)} in all (e.g. items nested in items)"
            )
    elif len(slow.entries) == len(fast.entries) and _dated(slow) > _dated(fast):
        chosen = slow
    chosen.empty_dropped = max(fast.empty_dropped, slow.empty_dropped)
    return chosen


def _try_fast(data: bytes) -> RawFeed | None:
    try:
        return parse_fast(data)
    except (ValueError, etree.LxmlError):
        return None


def _needs_second_opinion(feed: RawFeed, data: bytes) -> bool:
    found = len(feed.entries)
    if found == 0 or count_item_tags(data) > found:
        return True
    undated = found - _dated(feed)
    return undated > 0 and count_date_tags(data) >= found


def _dated(feed: RawFeed) -> int:
    return sum(1 for entry in feed.entries if parse_date(entry.date) is not None)


def _item(entry: RawEntry, *, base: str, language: str | None) -> FeedItem:
    link = entry.link
    if not link and entry.guid and entry.guid.startswith(("http://", "https://")):
        link = entry.guid
    summary = clean_text(entry.summary, limit=MAX_TEXT_CHARS)
    content = clean_text(entry.content, limit=MAX_TEXT_CHARS) or summary
    authors: list[str] = []
    for name in entry.authors[:MAX_AUTHORS]:
        cleaned = clean_text(name, limit=MAX_AUTHOR_CHARS, single_line=True)
        if cleaned and cleaned not in authors:
            authors.append(cleaned)
    return FeedItem(
        guid=entry.guid[:2048] if entry.guid else None,
        url=urljoin(base, link) if link else base,
        url_is_fallback=not link,
        title=clean_text(entry.title, limit=MAX_TITLE_CHARS, single_line=True),
        summary=summary or content,
        content=content,
        authors=authors,
        language=language,
        published_at=parse_date(entry.date),
    )


def _distinct_guids(items: list[FeedItem]) -> list[FeedItem]:
    """Drop a guid the feed gives to items with different links: it identifies nothing."""
    links: dict[str, set[str]] = {}
    for item in items:
        if item.guid:
            links.setdefault(item.guid, set()).add(item.url)
    shared = {guid for guid, urls in links.items() if len(urls) > 1}
    if not shared:
        return items
    return [replace(item, guid=None) if item.guid in shared else item for item in items]


def _header(data: bytes) -> bytes:
    """The document up to its first item: where channel-level elements live."""
    head = data[:_HEADER_BYTES]
    match = re.search(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]", head)
    return head[: match.start()] if match else head


def _base_url(header: bytes, url: str) -> str:
    match = _XML_BASE.search(header)
    if not match:
        return url
    return urljoin(url, match.group(1).decode("utf-8", "replace").strip())


def _language(header: bytes) -> str | None:
    match = _LANGUAGE.search(header) or _XML_LANG.search(header)
    if not match:
        return None
    return match.group(1).decode("ascii", "replace").strip().lower().replace("_", "-")[:32]


def _ttl_seconds(header: bytes) -> int | None:
    if match := _TTL.search(header):
        minutes = int(match.group(1))
        return min(minutes * 60, _MAX_TTL_SECONDS) if minutes > 0 else None
    period = _SY_PERIOD.search(header)
    if period and (seconds := _PERIODS.get(period.group(1).decode().lower())):
        frequency = _SY_FREQUENCY.search(header)
        times = max(1, int(frequency.group(1))) if frequency else 1
        return min(seconds // times, _MAX_TTL_SECONDS)
    return None


def _well_formed_error(data: bytes) -> str | None:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        return f"not well-formed XML: {exc}"
    return None
