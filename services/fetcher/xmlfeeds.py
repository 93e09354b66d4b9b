"""RSS 0.9x/1.0/2.0 and Atom through fastfeedparser, or feedparser when it reads better.

Both parsers are reduced to the same `RawEntry` so the choice never changes an
item's guid, link or date (which would change its identity and repeat it):

- dates: both go through `services.fetcher.dates.parse_date`. fastfeedparser
  0.6.5 takes its date function from a module global at call time, so it is
  pointed at ours (its own drops `+01:00` and `GMT-05:00` offsets);
- guid: fastfeedparser fills `id` from the link when an item has no guid, so an
  id counts only when the document holds it in a `<guid>`/`<id>`/`rdf:about`.

Never pass either parser a URL string: both would fetch it. Bytes only.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

import fastfeedparser
import fastfeedparser.main as _ffp_main
import feedparser

from services.fetcher.dates import parse_date

_ITEM_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")
_DATE_TAG = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(?:pubDate|date|published|updated|issued|modified|created)[\s>]"
)
_GUID_TEXT = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(?:guid|id)(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</",
    re.S,
)
_RDF_ABOUT = re.compile(rb"""rdf:about\s*=\s*["']([^"']*)["']""")


@dataclass(slots=True)
class RawEntry:
    guid: str | None
    link: str | None
    title: str
    summary: str
    content: str
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO or raw text, read by parse_date

    def is_empty(self) -> bool:
        """An `<item/>` with nothing in it (e.g. stray elements nested in items)."""
        return not (
            self.guid
            or self.link
            or self.title.strip()
            or self.summary.strip()
            or self.content.strip()
        )


@dataclass(slots=True)
class RawFeed:
    title: str
    entries: list[RawEntry]
    parser: str
    recognized: bool  # the document was an RSS/Atom/RDF feed at all
    error: str | None = None
    empty_dropped: int = 0

    def __post_init__(self) -> None:
        kept = [entry for entry in self.entries if not entry.is_empty()]
        self.empty_dropped += len(self.entries) - len(kept)
        self.entries = kept


# fastfeedparser's own date function, kept for benchmarks/parser_compare.py.
FFP_STOCK_PARSE_DATE = _ffp_main._parse_date


def _ffp_date(value: str) -> str | None:
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else None


def install_fastfeedparser_dates() -> None:
    """Point fastfeedparser's date hook at ours (idempotent)."""
    if not hasattr(_ffp_main, "_parse_date"):
        raise RuntimeError("fastfeedparser has no _parse_date hook: check the pinned version")
    _ffp_main._parse_date = _ffp_date


install_fastfeedparser_dates()


def count_item_tags(data: bytes) -> int:
    return len(_ITEM_TAG.findall(data))


def count_date_tags(data: bytes) -> int:
    return len(_DATE_TAG.findall(data))


def declared_ids(data: bytes) -> set[str]:
    found = {html.unescape(m.decode("utf-8", "replace")).strip() for m in _GUID_TEXT.findall(data)}
    found.update(m.decode("utf-8", "replace").strip() for m in _RDF_ABOUT.findall(data))
    return found


def parse_fast(data: bytes) -> RawFeed:
    """fastfeedparser; raises ValueError when it cannot read the document."""
    parsed = fastfeedparser.parse(
        data, include_tags=False, include_media=False, include_enclosures=False
    )
    ids = declared_ids(data)
    entries = []
    for entry in parsed.get("entries", []):
        guid = _str(entry.get("id")).strip() or None
        content = entry.get("content") or []
        entries.append(
            RawEntry(
                guid=guid if guid in ids else None,
                link=_str(entry.get("link")).strip() or None,
                title=_str(entry.get("title")),
                summary=_str(entry.get("description") or entry.get("summary")),
                content=_first_value(content),
                authors=_author_names(entry),
                date=_str(entry.get("published") or entry.get("updated")) or None,
            )
        )
    feed = parsed.get("feed", {})
    return RawFeed(
        title=_str(feed.get("title")), entries=entries, parser="fastfeedparser", recognized=True
    )


def parse_slow(data: bytes, *, url: str) -> RawFeed:
    """feedparser: slower, and reads what lxml's recovery cannot."""
    parsed = feedparser.parse(
        data,
        response_headers={"content-location": url, "content-type": "application/xml"},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    entries = []
    for entry in parsed.entries:
        content = entry.get("content") or []
        entries.append(
            RawEntry(
                guid=_str(entry.get("id")).strip() or None,
                link=_str(entry.get("link")).strip() or None,
                title=_str(entry.get("title")),
                summary=_str(entry.get("summary")),
                content=_first_value(content),
                authors=_author_names(entry),
                date=_raw_date(entry),
            )
        )
    error = str(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    return RawFeed(
        title=_str(parsed.feed.get("title")),
        entries=entries,
        parser="feedparser",
        recognized=bool(parsed.get("version")) or bool(entries),
        error=error,
    )


def _raw_date(entry: dict[str, Any]) -> str | None:
    # dict.get: FeedParserDict.get maps missing keys onto others, with a warning.
    for key in ("published", "updated", "created"):
        if value := _str(dict.get(entry, key)):
            return value
    return None


def _first_value(content: Any) -> str:
    if isinstance(content, list):
        for part in content:
            if isinstance(part, dict) and _str(part.get("value")):
                return _str(part.get("value"))
    return ""


def _author_names(entry: Any) -> list[str]:
    names: list[str] = []
    for author in entry.get("authors") or []:
        if isinstance(author, dict):
            name = _str(author.get("name")) or _str(author.get("email"))
            if name:
                names.append(name)
    if not names and _str(entry.get("author")):
        names.append(_str(entry.get("author")))
    return names


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""
