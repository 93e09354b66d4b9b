"""SSRF guard: may the fetcher connect to this URL, and to which address?

`check_url` accepts only http(s) URLs without userinfo, resolves the host, and
refuses the URL when any address it resolves to is not a public unicast one:
loopback, private (RFC 1918, IPv6 ULA), link-local, shared (100.64/10),
multicast, reserved, unspecified, documentation and benchmark ranges, and IPv6
forms that embed one of those (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96,
6to4) or are routed to unknown places (Teredo, local-use NAT64). Every spelling
of an IPv4 literal the C resolver accepts (`2130706433`, `0177.0.0.1`,
`0x7f000001`, `127.1`) is read as that resolver would read it.

The caller connects only to the returned addresses (see `http.py`), so a DNS
answer that changes between check and connect (rebinding) cannot redirect it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_EXTRA_FORBIDDEN: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = (
    ipaddress.IPv4Network("0.0.0.0/8"),
    ipaddress.IPv4Network("100.64.0.0/10"),
    ipaddress.IPv4Network("192.0.0.0/24"),
    ipaddress.IPv4Network("198.18.0.0/15"),
    ipaddress.IPv4Network("240.0.0.0/4"),
    ipaddress.IPv6Network("fc00::/7"),
    ipaddress.IPv6Network("fe80::/10"),
    ipaddress.IPv6Network("fec0::/10"),
    ipaddress.IPv6Network("2001::/32"),  # Teredo
    ipaddress.IPv6Network("2001:db8::/32"),
    ipaddress.IPv6Network("100::/64"),
)
MAX_URL_CHARS = 2048


class UnsafeURLError(ValueError):
    """The URL may not be fetched; `reason` says why (safe to store and show)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ResolveError(OSError):
    """The host name did not resolve (a network failure, not a safety one)."""


@dataclass(frozen=True, slots=True)
class ResolvedTarget:
    url: str
    scheme: str
    host: str  # as the HTTP client sees it: lower case, IDNA, no brackets
    port: int
    addresses: tuple[str, ...]  # checked; connect only to these


async def check_url(
    url: str, *, allow_private: bool, resolver: Resolver | None = None
) -> ResolvedTarget:
    """The checked target of `url`, or `UnsafeURLError`; `ResolveError` if DNS fails."""
    parts = _split(url)
    scheme = parts.scheme.lower()
    host = _host(parts)
    port = _port(parts, scheme)
    literal = parse_ip_literal(host)
    if literal is not None:
        addresses = [literal]
    else:
        resolved = await (resolver or _system_resolve)(host, port)
        if not resolved:
            raise ResolveError(f"{host} has no address")
        addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in resolved]
    if not allow_private:
        for address in addresses:
            if reason := forbidden_reason(address):
                raise UnsafeURLError(f"{host} -> {address}: {reason} address refused")
    unique = tuple(dict.fromkeys(str(a) for a in addresses))
    return ResolvedTarget(url=url, scheme=scheme, host=host, port=port, addresses=unique)


def _split(url: str) -> SplitResult:
    if len(url) > MAX_URL_CHARS:
        raise UnsafeURLError("URL too long")
    if any(ch in url for ch in "\r\n\t\x00 "):
        raise UnsafeURLError("URL contains whitespace or control characters")
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise UnsafeURLError(f"unparsable URL: {exc}") from exc
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        raise UnsafeURLError(f"scheme {parts.scheme or '(none)'!r} is not http or https")
    if "@" in parts.netloc:
        raise UnsafeURLError("URL carries user info")
    return parts


def _host(parts: SplitResult) -> str:
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnsafeURLError("URL has no host")
    if "%" in host:
        raise UnsafeURLError("IPv6 zone identifiers are not allowed")
    if ":" in host:
        return host  # an IPv6 literal, already without brackets
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError as exc:
        raise UnsafeURLError(f"invalid host name: {exc}") from exc


def _port(parts: SplitResult, scheme: str) -> int:
    try:
        port = parts.port
    except ValueError as exc:
        raise UnsafeURLError(f"invalid port: {exc}") from exc
    return port if port is not None else _DEFAULT_PORTS[scheme]


def parse_ip_literal(host: str) -> IPAddress | None:
    """The address `host` names if it is an IP literal in any spelling, else None."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if all(part.isalnum() for part in host.split(".")) and host[:1].isdigit():
        try:
            # inet_aton reads what the resolver reads: 127.1, 0177.0.0.1, 0x7f000001, 2130706433
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def forbidden_reason(address: IPAddress) -> str | None:
    """Why a connection to `address` is refused, or None for a public unicast address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            inner = forbidden_reason(embedded)
            return f"{inner} (embedded in IPv6)" if inner else None
        if address in _NAT64_LOCAL:
            return "local-use NAT64"
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
    )
    for name, hit in checks:
        if hit:
            return name
    for network in _EXTRA_FORBIDDEN:
        if address.version == network.version and address in network:
            return "non-public"
    if not address.is_global:
        return "non-public"
    return None


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    return None


async def _system_resolve(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ResolveError(f"cannot resolve {host}: {exc}") from exc
    return [str(info[4][0]) for info in infos]
