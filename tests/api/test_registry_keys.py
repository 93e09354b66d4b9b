"""Feed registry, OPML import, API keys and subscription helpers (data access, both databases)."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from services.alerter.subscriptions import mask_target, unsubscribe, validate_target
from services.api.keys import create_key, revoke_key, split_key, verify_key
from services.fetcher import registry
from shared.db.engine import session_factory
from tests.api.support import T0

OPML = b"""<?xml version="1.0"?>
<opml version="2.0"><head><title>feeds</title></head><body>
  <outline text="Ukraine">
    <outline text="Kyiv Independent" xmlUrl="https://kyivindependent.com/feed/"/>
    <outline text="nested"><outline title="RFE/RL" xmlUrl="https://www.rferl.org/api/feed"/></outline>
  </outline>
  <outline text="dup" xmlUrl="https://kyivindependent.com/feed/"/>
  <outline text="folder without url"/>
  <outline text="local" xmlUrl="http://127.0.0.1/feed"/>
  <outline text="bad" xmlUrl="gopher://example.org/"/>
</body></opml>"""


def test_parse_opml_nested_and_deduplicated() -> None:
    feeds = registry.parse_opml(OPML)
    assert [(f.url, f.title) for f in feeds[:2]] == [
        ("https://kyivindependent.com/feed/", "Kyiv Independent"),
        ("https://www.rferl.org/api/feed", "RFE/RL"),
    ]
    assert len(feeds) == 4


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"not xml", id="not-xml"),
        pytest.param(
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
            b"<opml>&b;</opml>",
            id="entity-expansion",
        ),
    ],
)
def test_parse_opml_refuses_bad_documents(data: bytes) -> None:
    with pytest.raises(ValueError, match="not a valid OPML"):
        registry.parse_opml(data)


async def test_import_opml_reports(engine: AsyncEngine) -> None:
    async with session_factory(engine)() as session:
        await registry.add_feed(
            session, url="https://www.rferl.org/api/feed", interval_seconds=300, now=T0
        )
        report = await registry.import_opml(
            session, data=OPML, interval_seconds=600, allow_private=False, now=T0
        )
        assert report.added == ["https://kyivindependent.com/feed/"]
        assert report.present == ["https://www.rferl.org/api/feed"]
        assert [url for url, _ in report.invalid] == [
            "http://127.0.0.1/feed",
            "gopher://example.org/",
        ]
        feeds = await registry.list_feeds(session)
        assert [f.next_check_at for f in feeds] == [T0, T0]
        with pytest.raises(registry.FeedExistsError):
            await registry.add_feed(
                session, url="https://kyivindependent.com/feed/", interval_seconds=300, now=T0
            )
        assert await registry.remove_feed(session, feed_id=feeds[0].id)
        assert not await registry.remove_feed(session, feed_id=feeds[0].id)
        assert await registry.get_feed(session, feed_id=feeds[0].id) is None


@pytest.mark.parametrize(
    ("url", "allow_private", "ok"),
    [
        pytest.param("https://example.org/feed", False, True, id="public"),
        pytest.param("http://192.168.1.10/feed", False, False, id="private"),
        pytest.param("http://192.168.1.10/feed", True, True, id="private-allowed"),
        pytest.param("http://0x7f.0.0.1/feed", False, False, id="hex-loopback"),
        pytest.param("http://printer.local/feed", False, False, id="mdns"),
        pytest.param("http://[fe80::1]/feed", False, False, id="ipv6-link-local"),
        pytest.param("http://example.org:99999/", False, False, id="bad-port"),
        pytest.param("file:///etc/passwd", True, False, id="file-scheme"),
    ],
)
def test_check_url(url: str, allow_private: bool, ok: bool) -> None:
    if ok:
        assert registry.check_url(url, allow_private=allow_private) == url
    else:
        with pytest.raises(registry.InvalidUrlError):
            registry.check_url(url, allow_private=allow_private)


async def test_keys_roundtrip(engine: AsyncEngine) -> None:
    async with session_factory(engine)() as session:
        key, plaintext = await create_key(session, name="ci", scope="read", now=T0)
        assert plaintext.startswith(f"cw_{key.prefix}_")
        assert split_key(plaintext)[1] not in key.key_hash  # type: ignore[index]
        assert len(key.key_hash) == 64
        assert (await verify_key(session, presented=plaintext)).id == key.id  # type: ignore[union-attr]
        for wrong in [plaintext + "x", plaintext[:-1], f"cw_{key.prefix}_", "cw", "", "x" * 500]:
            assert await verify_key(session, presented=wrong) is None
        assert await revoke_key(session, key_id=key.id, now=T0)
        assert await verify_key(session, presented=plaintext) is None
        assert not await revoke_key(session, key_id=9999, now=T0)
        with pytest.raises(ValueError, match="scope"):
            await create_key(session, name="x", scope="root", now=T0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("channel", "target", "shown"),
    [
        ("slack", "https://hooks.slack.com/services/T/B/SECRET", "https://hooks.slack.com/…/****"),
        (
            "webhook",
            "https://user:pw@hooks.example.org/x?token=SECRET",
            "https://hooks.example.org/…/****",
        ),
        ("webhook", "garbage", "****"),
        ("email", "analyst@example.org", "analyst@example.org"),
        ("file", "alerts.jsonl", "alerts.jsonl"),
    ],
)
def test_mask_target(channel: str, target: str, shown: str) -> None:
    assert mask_target(channel, target) == shown


@pytest.mark.parametrize(
    ("channel", "target"),
    [
        ("email", "nobody"),
        ("slack", "http://hooks.slack.com/x"),
        ("file", "/etc/passwd"),
        ("file", ".hidden"),
        ("webhook", "http://10.0.0.1/x"),
        ("sms", "+123"),
    ],
)
def test_validate_target_refuses(channel: str, target: str) -> None:
    with pytest.raises(ValueError):
        validate_target(channel, target, allow_private=False)


async def test_unsubscribe_unknown_tokens(engine: AsyncEngine) -> None:
    async with session_factory(engine)() as session:
        assert not await unsubscribe(session, token="")
        assert not await unsubscribe(session, token="x" * 100)
        assert not await unsubscribe(session, token="nope")
