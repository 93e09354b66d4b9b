"""The SSRF guard: every spelling of a forbidden address, and what it lets through."""

from __future__ import annotations

import pytest

from services.fetcher.urlguard import (
    ResolveError,
    UnsafeURLError,
    check_url,
    forbidden_reason,
    parse_ip_literal,
)

REFUSED = [
    ("loopback", "http://127.0.0.1/"),
    ("loopback-other", "http://127.9.9.9:8080/feed"),
    ("decimal", "http://2130706433/"),
    ("octal", "http://0177.0.0.1/"),
    ("hex", "http://0x7f000001/"),
    ("hex-dotted", "http://0x7f.0.0.1/"),
    ("short", "http://127.1/"),
    ("mixed-octal-short", "http://0177.1/"),
    ("mapped-v6", "http://[::ffff:127.0.0.1]/"),
    ("mapped-v6-hex", "http://[::ffff:7f00:1]/"),
    ("unspecified-v4", "http://0.0.0.0/"),
    ("zero-short", "http://0/"),
    ("unspecified-v6", "http://[::]/"),
    ("loopback-v6", "http://[::1]/"),
    ("private-10", "http://10.1.2.3/"),
    ("private-172", "http://172.16.0.1/"),
    ("private-192", "http://192.168.1.1/"),
    ("private-decimal", "http://167772161/"),
    ("link-local-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("shared-cgnat", "http://100.64.0.1/"),
    ("multicast", "http://224.0.0.251/"),
    ("reserved", "http://240.0.0.1/"),
    ("broadcast", "http://255.255.255.255/"),
    ("benchmark", "http://198.18.0.1/"),
    ("ula", "http://[fd12:3456::1]/"),
    ("link-local-v6", "http://[fe80::1]/"),
    ("multicast-v6", "http://[ff02::1]/"),
    ("nat64-private", "http://[64:ff9b::10.0.0.1]/"),
    ("nat64-loopback", "http://[64:ff9b::7f00:1]/"),
    ("nat64-local-use", "http://[64:ff9b:1::8.8.8.8]/"),
    ("6to4-private", "http://[2002:c0a8:0101::1]/"),
    ("v4-compatible", "http://[::127.0.0.1]/"),
    ("teredo", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/"),
    ("localhost-name", "http://localhost/"),
    ("trailing-dot", "http://127.0.0.1./"),
    ("file", "file:///etc/passwd"),
    ("gopher", "gopher://127.0.0.1:25/"),
    ("ftp", "ftp://example.com/feed"),
    ("javascript", "javascript:alert(1)"),
    ("no-scheme", "//example.com/feed"),
    ("userinfo", "http://user:pass@example.com/"),
    ("userinfo-trick", "http://example.com@127.0.0.1/"),
    ("empty-host", "http:///feed"),
    ("bad-port", "http://example.com:99999/"),
    ("zone-id", "http://[fe80::1%25eth0]/"),
    ("whitespace", "http://example.com/ feed"),
    ("newline", "http://example.com/\r\nHost: evil"),
]


@pytest.mark.parametrize("url", [u for _, u in REFUSED], ids=[i for i, _ in REFUSED])
async def test_refused(url: str) -> None:
    with pytest.raises(UnsafeURLError) as caught:
        await check_url(url, allow_private=False, resolver=_public_dns)
    assert caught.value.reason


async def _public_dns(host: str, port: int) -> list[str]:
    table = {
        "example.com": ["93.184.216.34"],
        "localhost": ["127.0.0.1", "::1"],
        "mixed.example": ["93.184.216.34", "10.0.0.1"],
        "v6.example": ["2606:2800:220:1:248:1893:25c8:1946"],
    }
    if host not in table:
        raise ResolveError(host)
    return table[host]


ALLOWED = [
    ("public-name", "http://example.com/feed", ("93.184.216.34",), 80),
    ("https-port", "https://example.com:8443/feed", ("93.184.216.34",), 8443),
    ("public-literal", "https://8.8.8.8/", ("8.8.8.8",), 443),
    ("public-v6", "http://v6.example/", ("2606:2800:220:1:248:1893:25c8:1946",), 80),
    ("nat64-public", "http://[64:ff9b::8.8.8.8]/", ("64:ff9b::808:808",), 80),
    ("upper-case-scheme", "HTTP://EXAMPLE.COM/", ("93.184.216.34",), 80),
]


@pytest.mark.parametrize(
    ("url", "addresses", "port"), [c[1:] for c in ALLOWED], ids=[c[0] for c in ALLOWED]
)
async def test_allowed(url: str, addresses: tuple[str, ...], port: int) -> None:
    target = await check_url(url, allow_private=False, resolver=_public_dns)
    assert target.addresses == addresses and target.port == port


async def test_every_resolved_address_is_checked() -> None:
    with pytest.raises(UnsafeURLError, match=r"10\.0\.0\.1"):
        await check_url("http://mixed.example/", allow_private=False, resolver=_public_dns)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080/f", "http://10.0.0.1/", "http://localhost/", "http://[::1]/"],
    ids=["loopback", "private", "localhost", "v6-loopback"],
)
async def test_allow_private(url: str) -> None:
    target = await check_url(url, allow_private=True, resolver=_public_dns)
    assert target.addresses


@pytest.mark.parametrize(
    ("url", "why"),
    [("file:///etc/passwd", "scheme"), ("http://u:p@127.0.0.1/", "user info")],
    ids=["file", "userinfo"],
)
async def test_allow_private_still_refuses_bad_urls(url: str, why: str) -> None:
    with pytest.raises(UnsafeURLError, match=why):
        await check_url(url, allow_private=True)


async def test_dns_failure_is_not_unsafe() -> None:
    with pytest.raises(ResolveError):
        await check_url("http://nowhere.example/", allow_private=False, resolver=_public_dns)


async def test_system_resolver_reads_loopback_name() -> None:
    with pytest.raises(UnsafeURLError, match="loopback"):
        await check_url("http://localhost/", allow_private=False)


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("010.0.0.1", "8.0.0.1"),
        ("example.com", None),
        ("1.2.3.4.example", None),
        ("::1", "::1"),
    ],
    ids=["decimal", "hex-short", "octal-first", "name", "ip-like-name", "v6"],
)
def test_parse_ip_literal(host: str, expected: str | None) -> None:
    parsed = parse_ip_literal(host)
    assert (str(parsed) if parsed else None) == expected


def test_public_address_has_no_reason() -> None:
    assert forbidden_reason(parse_ip_literal("1.1.1.1")) is None  # type: ignore[arg-type]
