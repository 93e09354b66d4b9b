"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).

feedparser reads no JSON, so this is our own reader. It is lenient where feeds
in the wild are (numeric ids, RFC 822 dates, both `author` and `authors`) and
strict where it matters (a bounded nesting depth, strings only where text goes).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

import orjson

from services.fetcher.dates import parse_date
from services.fetcher.html_text import clean_text
from services.fetcher.model import (
    MAX_AUTHOR_CHARS,
    MAX_AUTHORS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    FeedItem,
    ParsedFeed,
)


def looks_like_json(body: bytes, content_type: str | None) -> bool:
    if content_type and "json" in content_type.lower():
        return True
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def parse_json_feed(body: bytes, *, url: str) -> ParsedFeed:
    text = body.decode("utf-8", errors="replace").lstrip("\ufeff")
    invalid_utf8 = "\ufffd" in text and b"\xef\xbf\xbd" not in body
    try:
        document = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return ParsedFeed(
            title="",
            ttl_seconds=None,
            items=[],
            status="malformed",
            error=f"invalid JSON: {exc}",
            parser="jsonfeed",
        )
    if not isinstance(document, dict) or not isinstance(document.get("items"), list):
        return ParsedFeed(
            title="",
            ttl_seconds=None,
            items=[],
            status="malformed",
            error="not a JSON Feed: no items list",
            parser="jsonfeed",
        )
    base = _text(document.get("home_page_url")) or url
    base = urljoin(url, base)
    language = _language(document.get("language"))
    feed_authors = _authors(document)
    items: list[FeedItem] = []
    skipped = 0
    for raw in document["items"]:
        item = _item(raw, base=base, language=language, feed_authors=feed_authors)
        if item is None:
            skipped += 1
        else:
            items.append(item)
    errors = []
    if invalid_utf8:
        errors.append("invalid UTF-8 replaced")
    if skipped:
        errors.append(f"{skipped} item(s) were not objects")
    return ParsedFeed(
        title=clean_text(_text(document.get("title")), limit=MAX_TITLE_CHARS, single_line=True),
        ttl_seconds=None,
        items=items,
        status="partial" if errors else "ok",
        error="; ".join(errors) or None,
        parser="jsonfeed",
        language=language,
    )


def _item(raw: Any, *, base: str, language: str | None, feed_authors: list[str]) -> FeedItem | None:
    if not isinstance(raw, dict):
        return None
    guid_value = raw.get("id")
    guid = str(guid_value).strip() if isinstance(guid_value, str | int) else None
    link = _text(raw.get("url")) or _text(raw.get("external_url"))
    if not link and guid and guid.startswith(("http://", "https://")):
        link = guid
    summary = clean_text(_text(raw.get("summary")), limit=MAX_TEXT_CHARS)
    content = clean_text(
        _text(raw.get("content_html")) or _text(raw.get("content_text")), limit=MAX_TEXT_CHARS
    )
    return FeedItem(
        guid=guid or None,
        url=urljoin(base, link.strip()) if link else base,
        url_is_fallback=not link,
        title=clean_text(_text(raw.get("title")), limit=MAX_TITLE_CHARS, single_line=True),
        summary=summary or content,
        content=content or summary,
        authors=_authors(raw) or feed_authors,
        language=_language(raw.get("language")) or language,
        published_at=parse_date(_text(raw.get("date_published")))
        or parse_date(_text(raw.get("date_modified"))),
    )


def _authors(holder: dict[str, Any]) -> list[str]:
    found: list[str] = []
    candidates = holder.get("authors")
    if not isinstance(candidates, list):
        candidates = [holder.get("author")]
    for author in candidates[:MAX_AUTHORS]:
        name = _text(author.get("name")) if isinstance(author, dict) else _text(author)
        name = clean_text(name, limit=MAX_AUTHOR_CHARS, single_line=True)
        if name and name not in found:
            found.append(name)
    return found


def _language(value: Any) -> str | None:
    text = _text(value).strip()
    return text[:32].lower() or None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
