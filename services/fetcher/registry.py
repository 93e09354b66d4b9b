"""The feed registry: add, list, remove and import feeds (keyword-only data access)."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated
from urllib.parse import urlsplit

from defusedxml import ElementTree
from pydantic import AfterValidator, BaseModel, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from shared.db.models import Feed

MAX_URL_LENGTH = 2048
MIN_INTERVAL_SECONDS = 30
MAX_INTERVAL_SECONDS = 7 * 24 * 3600


class FeedExistsError(Exception):
    """A feed with this URL is already registered."""

    def __init__(self, url: str) -> None:
        super().__init__(f"feed already registered: {url}")
        self.url = url


class InvalidUrlError(ValueError):
    """A URL that is not a public http(s) URL."""


def clean_text(value: str) -> str:
    """Strings both databases can store: no NUL, no lone surrogates."""
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text must be valid Unicode") from exc
    return value


def _is_private_host(host: str) -> bool:
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith((".localhost", ".local", ".internal")):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        # Legacy numeric forms such as 127.1 or 0x7f000001 still reach loopback.
        try:
            address = ipaddress.ip_address(socket.inet_aton(name))
        except OSError:
            return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


def check_url(url: str, *, allow_private: bool) -> str:
    """A syntactic check: http(s), a host, no credentials, and (unless allowed) no
    loopback, private or link-local host literal. The fetcher's guard re-checks
    resolved addresses at fetch time."""
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise InvalidUrlError(f"URL longer than {MAX_URL_LENGTH} characters")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port
    except ValueError as exc:
        raise InvalidUrlError(f"malformed URL: {exc}") from exc
    if parts.scheme not in ("http", "https"):
        raise InvalidUrlError("only http and https URLs are accepted")
    if not host:
        raise InvalidUrlError("URL has no host")
    if parts.username or parts.password:
        raise InvalidUrlError("URLs with credentials are not accepted")
    if any(ch.isspace() for ch in url):
        raise InvalidUrlError("URL contains whitespace")
    if not allow_private and _is_private_host(host):
        raise InvalidUrlError(f"host {host!r} is loopback, private or link-local")
    return url


def _url_syntax(url: str) -> str:
    return check_url(clean_text(url), allow_private=True)


def _clean_optional(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


class FeedBase(BaseModel):
    url: Annotated[str, Field(min_length=1, max_length=MAX_URL_LENGTH), AfterValidator(_url_syntax)]
    title: Annotated[str | None, Field(max_length=1024), AfterValidator(_clean_optional)] = None
    interval_seconds: Annotated[int, Field(ge=MIN_INTERVAL_SECONDS, le=MAX_INTERVAL_SECONDS)] = 300
    full_text: bool = False


class FeedCreate(FeedBase):
    """A feed to register; `url` gets the private-host check against the settings later."""


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    title: str | None = None


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    invalid: list[tuple[str, str]] = field(default_factory=list)


async def add_feed(
    session: AsyncSession,
    *,
    url: str,
    title: str | None = None,
    interval_seconds: int,
    full_text: bool = False,
    now: datetime,
) -> Feed:
    """Register a feed, due at once. Raises FeedExistsError for a known URL."""
    existing = await session.scalar(select(Feed.id).where(Feed.url == url))
    if existing is not None:
        raise FeedExistsError(url)
    feed = Feed(
        url=url,
        title=title,
        interval_seconds=interval_seconds,
        full_text=full_text,
        consecutive_errors=0,
        disabled=False,
        items_seen=0,
        next_check_at=now,
        created_at=now,
    )
    session.add(feed)
    try:
        await session.commit()
    except IntegrityError as exc:  # a concurrent add of the same URL
        await session.rollback()
        raise FeedExistsError(url) from exc
    await session.refresh(feed)
    return feed


async def list_feeds(session: AsyncSession) -> list[Feed]:
    return list(await session.scalars(select(Feed).order_by(Feed.id)))


async def get_feed(session: AsyncSession, *, feed_id: int) -> Feed | None:
    return await session.get(Feed, feed_id)


async def remove_feed(session: AsyncSession, *, feed_id: int) -> bool:
    feed = await session.get(Feed, feed_id)
    if feed is None:
        return False
    await session.delete(feed)
    await session.commit()
    return True


def parse_opml(data: bytes) -> list[OpmlFeed]:
    """Every outline with an `xmlUrl`, at any depth, in document order, without duplicates."""
    try:
        root = ElementTree.fromstring(data)
    except Exception as exc:  # defusedxml raises several kinds, all mean "not OPML"
        raise ValueError(f"not a valid OPML document: {exc}") from exc
    feeds: list[OpmlFeed] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url or url in seen:
            continue
        seen.add(url)
        title = outline.get("title") or outline.get("text") or None
        feeds.append(OpmlFeed(url=url, title=title))
    return feeds


async def import_opml(
    session: AsyncSession,
    *,
    data: bytes,
    interval_seconds: int,
    allow_private: bool,
    now: datetime,
) -> ImportReport:
    """Add every feed of an OPML document; report what was added, present or invalid."""
    report = ImportReport()
    for item in parse_opml(data):
        try:
            url = check_url(item.url, allow_private=allow_private)
        except InvalidUrlError as exc:
            report.invalid.append((item.url, str(exc)))
            continue
        try:
            await add_feed(
                session, url=url, title=item.title, interval_seconds=interval_seconds, now=now
            )
        except FeedExistsError:
            report.present.append(url)
        else:
            report.added.append(url)
    return report
