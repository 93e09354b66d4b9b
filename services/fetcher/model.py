"""What a parsed feed is: plain dataclasses, safe to pickle across a process pool."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

ParseStatus = Literal["ok", "partial", "malformed"]

MAX_TITLE_CHARS = 1_000
MAX_TEXT_CHARS = 200_000
MAX_AUTHOR_CHARS = 200
MAX_AUTHORS = 20


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed, cleaned: plain text, absolute URL, UTC date."""

    guid: str | None
    url: str
    title: str
    summary: str = ""
    content: str = ""
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    published_at: datetime | None = None
    # True when the item had no link of its own and `url` is the feed's page:
    # identity then never keys on the URL.
    url_is_fallback: bool = False


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """The outcome of parsing one response body.

    `status` is "ok", "partial" (the document is malformed but items were
    recovered) or "malformed" (nothing could be recovered); `error` says why.
    `parser` names the parser that produced the items (for metrics).
    """

    title: str
    ttl_seconds: int | None
    items: list[FeedItem]
    status: ParseStatus
    error: str | None = None
    parser: str = ""
    language: str | None = None
