"""All 40 real feeds, served on loopback, fetched with `fetch` and parsed with `parse_feed`."""

from __future__ import annotations

import csv
import gzip
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from services.fetcher.http import FetchLimits, fetch
from services.fetcher.parsing import parse_feed
from tests.fetcher.conftest import FIXED_NOW
from tests.fetcher.server import LoopbackServer, fixed

FEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "feeds"
ROWS = list(csv.DictReader((FEEDS / "INDEX.tsv").open(encoding="utf-8"), delimiter="\t"))

# What the feed is, beyond INDEX.tsv: its parse status, and items without a date.
STATUS = {
    "reuters-most-read_rss2_malformed-unclosed-channel.xml": "malformed",
    "next-inpact_rss2_no-xmldecl_invalid-charref_782KB.xml": "partial",
    "pcmag-dvorak_rss2_malformed-nested-items.xml": "partial",
}
UNDATED = {
    "heise-online_rss090-netscape-rdf.xml": 60,  # RSS 0.90 has no dates
    "influxdata-blog_jsonfeed-1.1_entity-in-json.json": 1,  # one item has no date field
}
TAG = re.compile(r"<[A-Za-z/!?][^>]*>")
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)


# INDEX.tsv counts feedparser's entries; where those include empty ones, the real count.
ITEMS = {
    # 10 stories, each with an empty `<item />` nested inside: 20 entries for feedparser.
    "pcmag-dvorak_rss2_malformed-nested-items.xml": 10,
}


def expected_items(row: dict[str, str]) -> int:
    if row["file"] in ITEMS:
        return ITEMS[row["file"]]
    if match := re.search(r"json items=(\d+)", row["note"]):
        return int(match.group(1))
    return int(row["fp_items"])


def content_type(name: str) -> str:
    return "application/feed+json" if name.endswith(".json") else "application/rss+xml"


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
async def test_feed_arrives_clean(
    row: dict[str, str], server: LoopbackServer, client: httpx.AsyncClient
) -> None:
    name = row["file"]
    body, headers = (FEEDS / name).read_bytes(), {"Content-Type": content_type(name)}
    if ROWS.index(row) % 2:  # every other feed travels gzipped
        body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
    server.routes[f"/feeds/{name}"] = fixed(200, body, headers)
    url = f"{server.base}/feeds/{name}"

    result = await fetch(
        client,
        url,
        etag=None,
        last_modified=None,
        limits=FetchLimits(),
        allow_private=True,
        now=lambda: FIXED_NOW,
    )
    assert result.status == "ok", result.error
    assert result.body == (FEEDS / name).read_bytes()
    parsed = parse_feed(result.body, url=result.final_url, content_type=result.content_type)

    assert len(parsed.items) == expected_items(row)
    assert parsed.status == STATUS.get(name, "ok"), parsed.error
    if parsed.status != "ok":
        assert parsed.error
    undated = 0
    for item in parsed.items:
        assert item.title, item
        assert item.title == item.title.strip() and "  " not in item.title
        assert not TAG.search(item.title), item.title
        assert not ENTITY.search(item.title), item.title
        assert "\n" not in item.title
        parts = urlsplit(item.url)
        assert parts.scheme in ("http", "https") and parts.netloc, item.url
        if item.published_at is None:
            undated += 1
        else:
            assert item.published_at.utcoffset() == timedelta(0)
            assert 1995 <= item.published_at.year <= 2027
        assert not TAG.search(item.summary[:5000]), item.summary[:300]
    assert undated == UNDATED.get(name, 0)
