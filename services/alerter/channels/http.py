"""One HTTP POST for the Slack and webhook channels: address guard, status
classification (via `retry.classify_http_status`), `Retry-After`, redacted errors."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Mapping
from urllib.parse import urlsplit

import httpx

from ..redact import redact_url, scrub
from ..retry import DeliveryError, classify_http_status, http_reason, parse_retry_after


async def ensure_public(url: str, *, allow_private: bool) -> None:
    """Refuse non-http(s) URLs, and (unless allowed) hosts resolving to loopback, private,
    link-local, multicast or reserved addresses. Permanent: the target must change."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DeliveryError(
            f"unsupported target {redact_url(url)}", retryable=False, reason="bad_target"
        )
    if allow_private:
        return
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            parts.hostname,
            parts.port or (443 if parts.scheme == "https" else 80),
            type=socket.SOCK_STREAM,
        )
    except OSError as exc:
        raise DeliveryError(
            f"cannot resolve {redact_url(url)}: {type(exc).__name__}", retryable=True, reason="dns"
        ) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global or address.is_multicast:
            raise DeliveryError(
                f"target {redact_url(url)} resolves to a non-public address",
                retryable=False,
                reason="private_address",
            )


async def post(
    client: httpx.AsyncClient,
    url: str,
    *,
    content: bytes,
    headers: Mapping[str, str],
    allow_private: bool,
) -> httpx.Response:
    """POST and return the 2xx response, or raise a classified, redacted `DeliveryError`."""
    await ensure_public(url, allow_private=allow_private)
    safe = redact_url(url)
    try:
        response = await client.post(url, content=content, headers=dict(headers))
    except httpx.TimeoutException:
        raise DeliveryError(f"POST {safe}: timed out", retryable=True, reason="timeout") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol):
        raise DeliveryError(
            f"POST {safe}: invalid URL", retryable=False, reason="bad_target"
        ) from None
    except httpx.HTTPError as exc:
        # The cause is dropped on purpose: httpx messages may carry the secret URL.
        message = scrub(f"POST {safe}: {type(exc).__name__}: {exc}", url)
        raise DeliveryError(message, retryable=True, reason="connection") from None
    retryable = classify_http_status(response.status_code)
    if retryable is None:
        return response
    snippet = scrub(response.text[:200].strip(), url)
    raise DeliveryError(
        f"POST {safe}: HTTP {response.status_code} {snippet}".rstrip(),
        retryable=retryable,
        retry_after=parse_retry_after(response.headers.get("retry-after")),
        reason=http_reason(response.status_code),
    )


def build_client(*, timeout: float = 10.0) -> httpx.AsyncClient:
    """The client the service builds at start-up (redirects are never followed)."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        headers={"User-Agent": "claimwatch-alerter/1"},
        trust_env=False,
    )
