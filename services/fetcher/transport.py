"""An httpx client whose connections go only to addresses the SSRF guard checked.

`fetch` checks a URL, then sends the request inside `pinned(target)`. The
network backend here looks the host up in that pin instead of resolving it
again, so DNS rebinding between check and connect changes nothing; a host with
no pin is refused. TLS still uses the host name for SNI and certificate checks,
and the connection pool still keys on the host name, so a connection is only
ever reused for the host it was opened and verified for.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from services.fetcher.urlguard import ResolvedTarget

_PINS: ContextVar[dict[tuple[str, int], tuple[str, ...]] | None] = ContextVar(
    "claimwatch_fetcher_pins", default=None
)
DEFAULT_USER_AGENT = "claimwatch-fetcher/0.1 (+https://github.com/claimwatch/claimwatch)"


@contextlib.contextmanager
def pinned(target: ResolvedTarget) -> Iterator[None]:
    """Within this block, connections to the target's host go to its checked addresses."""
    pins = dict(_PINS.get() or {})
    pins[(target.host, target.port)] = target.addresses
    token = _PINS.set(pins)
    try:
        yield
    finally:
        _PINS.reset(token)


class PinnedNetworkBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = (_PINS.get() or {}).get((host, port))
        if not addresses:
            raise httpcore.ConnectError(f"refused: {host}:{port} was not checked by the URL guard")
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not allowed")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport over a connection pool that uses `PinnedNetworkBackend`."""

    def __init__(self, *, limits: httpx.Limits, verify: bool = True) -> None:
        super().__init__(limits=limits, verify=verify, trust_env=False)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=PinnedNetworkBackend(),
        )


def make_client(
    *,
    user_agent: str = DEFAULT_USER_AGENT,
    max_connections: int = 100,
    verify: bool = True,
) -> httpx.AsyncClient:
    """The client `fetch` expects: pinned connections, no env proxies, no auto-redirects."""
    limits = httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=max_connections // 2,
        keepalive_expiry=30.0,
    )
    return httpx.AsyncClient(
        transport=PinnedTransport(limits=limits, verify=verify),
        headers={"User-Agent": user_agent},
        follow_redirects=False,
        trust_env=False,
    )
