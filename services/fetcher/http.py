"""One conditional GET of a feed, safe against hostile servers.

Redirects are followed here (at most `limits.max_redirects`), each hop checked
by the URL guard and pinned to the checked address (see `transport.py`). The
body is decoded here too, with a bounded inflater, so `limits.max_bytes` counts
decoded bytes and a gzip bomb stops at the cap whatever Content-Length says. The
whole exchange, DNS and every hop included, runs under `limits.total_timeout`,
so a server trickling one byte a second or sending an endless chunked body ends
as "timeout" or "too_large". Nothing is raised: every outcome is a `FetchResult`.
"""

from __future__ import annotations

import asyncio
import re
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import urljoin

import httpx

from services.fetcher.transport import pinned
from services.fetcher.urlguard import ResolveError, Resolver, UnsafeURLError, check_url

FetchStatus = Literal[
    "ok",
    "not_modified",
    "http_error",
    "timeout",
    "too_large",
    "unsafe_url",
    "network_error",
    "too_many_redirects",
    "wrong_type",
]
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_RETRY_AFTER_STATUSES = frozenset({429, 503})
_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d{1,10})", re.I)
_NO_CACHE = re.compile(r"(?:^|[,\s])(?:no-store|no-cache)(?:$|[,\s=])", re.I)
_MAX_HEADER_VALUE = 1024


@dataclass(frozen=True, slots=True)
class FetchLimits:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 45.0
    max_bytes: int = 8 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class FetchResult:
    status: FetchStatus
    http_status: int | None
    body: bytes | None
    content_type: str | None
    etag: str | None
    last_modified: str | None
    final_url: str
    permanent_redirect_url: str | None
    retry_after_seconds: int | None
    max_age_seconds: int | None
    error: str | None
    elapsed_seconds: float
    bytes_read: int


class _TooLarge(Exception):
    pass


class _UnsupportedEncoding(Exception):
    pass


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    limits: FetchLimits,
    allow_private: bool,
    now: Callable[[], datetime],
    resolver: Resolver | None = None,
    accept_types: tuple[str, ...] = (),
) -> FetchResult:
    """GET `url` (conditionally) and classify the outcome. Never raises for I/O.

    With `accept_types`, a 2xx whose Content-Type starts with none of them ends as
    "wrong_type" before its body is read (a missing Content-Type is read).
    """
    started = time.monotonic()
    state = _State(url=url, etag=etag, last_modified=last_modified, accept_types=accept_types)
    try:
        async with asyncio.timeout(limits.total_timeout):
            return await _follow(
                client,
                state,
                limits=limits,
                allow_private=allow_private,
                now=now,
                resolver=resolver,
                started=started,
            )
    except TimeoutError:
        return state.result("timeout", started, error=f"no answer within {limits.total_timeout}s")
    except httpx.TimeoutException as exc:
        return state.result("timeout", started, error=f"{type(exc).__name__}: {exc}")
    except UnsafeURLError as exc:
        return state.result("unsafe_url", started, error=exc.reason)
    except httpx.InvalidURL as exc:
        return state.result("unsafe_url", started, error=f"invalid URL: {exc}")
    except (ResolveError, httpx.TransportError) as exc:
        return state.result("network_error", started, error=f"{type(exc).__name__}: {exc}")
    except _TooLarge:
        return state.result("too_large", started, error=f"body exceeds {limits.max_bytes} bytes")
    except _UnsupportedEncoding as exc:
        return state.result("network_error", started, error=str(exc))


@dataclass(slots=True)
class _State:
    url: str
    etag: str | None
    last_modified: str | None
    http_status: int | None = None
    permanent_url: str | None = None
    only_permanent: bool = True
    bytes_read: int = 0
    accept_types: tuple[str, ...] = ()

    def result(self, status: FetchStatus, started: float, **fields: object) -> FetchResult:
        values: dict[str, object] = {
            "http_status": self.http_status,
            "body": None,
            "content_type": None,
            "etag": self.etag,
            "last_modified": self.last_modified,
            "final_url": self.url,
            "permanent_redirect_url": self.permanent_url,
            "retry_after_seconds": None,
            "max_age_seconds": None,
            "error": None,
            "elapsed_seconds": time.monotonic() - started,
            "bytes_read": self.bytes_read,
        }
        values.update(fields)
        return FetchResult(status=status, **values)  # type: ignore[arg-type]


async def _follow(
    client: httpx.AsyncClient,
    state: _State,
    *,
    limits: FetchLimits,
    allow_private: bool,
    now: Callable[[], datetime],
    resolver: Resolver | None,
    started: float,
) -> FetchResult:
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    for hop in range(limits.max_redirects + 1):
        target = await check_url(state.url, allow_private=allow_private, resolver=resolver)
        request = client.build_request(
            "GET", state.url, headers=_request_headers(state), timeout=timeout
        )
        with pinned(target):
            response = await client.send(request, stream=True, follow_redirects=False)
            try:
                state.http_status = response.status_code
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    _redirect(state, response.status_code, location)
                    if hop == limits.max_redirects:
                        return state.result(
                            "too_many_redirects",
                            started,
                            error=f"more than {limits.max_redirects} redirects",
                        )
                    continue
                return await _outcome(response, state, limits=limits, now=now, started=started)
            finally:
                await response.aclose()
    raise AssertionError("unreachable")


def _request_headers(state: _State) -> dict[str, str]:
    headers = {
        "Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
        "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    }
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def _redirect(state: _State, status: int, location: str) -> None:
    try:
        state.url = urljoin(state.url, location.strip())
    except ValueError as exc:
        raise UnsafeURLError(f"invalid redirect location {location[:200]!r}") from exc
    if status in _PERMANENT and state.only_permanent:
        state.permanent_url = state.url
    else:
        state.only_permanent = False


async def _outcome(
    response: httpx.Response,
    state: _State,
    *,
    limits: FetchLimits,
    now: Callable[[], datetime],
    started: float,
) -> FetchResult:
    headers = response.headers
    common: dict[str, object] = {
        "max_age_seconds": parse_max_age(headers.get("cache-control")),
        "content_type": _header(headers.get("content-type")),
    }
    status = response.status_code
    if status == 304:
        state.etag = _header(headers.get("etag")) or state.etag
        state.last_modified = _header(headers.get("last-modified")) or state.last_modified
        return state.result("not_modified", started, **common)
    if not 200 <= status < 300:
        retry_after = None
        if status in _RETRY_AFTER_STATUSES:
            retry_after = parse_retry_after(headers.get("retry-after"), now=now)
        return state.result(
            "http_error",
            started,
            retry_after_seconds=retry_after,
            error=f"HTTP {status} {response.reason_phrase}".strip(),
            **common,
        )
    content_type = common["content_type"]
    if (
        state.accept_types
        and isinstance(content_type, str)
        and not content_type.lower().startswith(state.accept_types)
    ):
        return state.result(
            "wrong_type", started, error=f"unwanted content type {content_type[:100]!r}", **common
        )
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise _TooLarge
    body = await _read_body(response, state, limits.max_bytes)
    state.etag = _header(headers.get("etag"))
    state.last_modified = _header(headers.get("last-modified"))
    return state.result("ok", started, body=body, **common)


async def _read_body(response: httpx.Response, state: _State, max_bytes: int) -> bytes:
    decoder = _Inflater(response.headers.get("content-encoding", ""))
    chunks: list[bytes] = []
    async for raw in response.aiter_raw():
        pending = raw
        while pending:
            out, pending = decoder.feed(pending, max_bytes - state.bytes_read + 1)
            state.bytes_read += len(out)
            if state.bytes_read > max_bytes:
                raise _TooLarge
            chunks.append(out)
    tail = decoder.flush(max_bytes - state.bytes_read + 1)
    state.bytes_read += len(tail)
    if state.bytes_read > max_bytes:
        raise _TooLarge
    chunks.append(tail)
    return b"".join(chunks)


class _Inflater:
    """Content-Encoding decoding that never produces more than it is asked for."""

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1:
            raise _UnsupportedEncoding(f"unsupported content-encoding {content_encoding!r}")
        self._coding = codings[0] if codings else ""
        if self._coding in ("gzip", "x-gzip"):
            self._inflater: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self._coding == "deflate":
            self._inflater = zlib.decompressobj()
        elif not self._coding:
            self._inflater = None
        else:
            raise _UnsupportedEncoding(f"unsupported content-encoding {self._coding!r}")
        self._first = True

    def feed(self, data: bytes, budget: int) -> tuple[bytes, bytes]:
        """(output of at most `budget` bytes, input not yet consumed)."""
        if self._inflater is None:
            return data[:budget], data[budget:]
        try:
            out = self._inflater.decompress(data, budget)
        except zlib.error as exc:
            if self._coding == "deflate" and self._first:  # raw deflate, no zlib header
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                self._first = False
                return self.feed(data, budget)
            raise _UnsupportedEncoding(f"corrupt {self._coding} body: {exc}") from exc
        self._first = False
        return out, self._inflater.unconsumed_tail

    def flush(self, budget: int) -> bytes:
        if self._inflater is None:
            return b""
        return self._inflater.flush(budget) if budget > 0 else b""


def parse_retry_after(value: str | None, *, now: Callable[[], datetime]) -> int | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0, int((when - now()).total_seconds() + 0.999))


def parse_max_age(value: str | None) -> int | None:
    """`max-age` of a Cache-Control header; None when absent or no-store/no-cache."""
    if not value or _NO_CACHE.search(value):
        return None
    match = _MAX_AGE.search(value)
    return int(match.group(1)) if match else None


def _header(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value[:_MAX_HEADER_VALUE] or None
