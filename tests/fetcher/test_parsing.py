"""`parse_feed` on crafted documents: formats, encodings, hostile XML, limits."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from services.fetcher.model import MAX_TEXT_CHARS, MAX_TITLE_CHARS
from services.fetcher.parsing import parse_feed
from tests.fetcher.server import LoopbackServer

URL = "https://news.example/feeds/world.xml"


def rss(
    items: str,
    *,
    decl: str = '<?xml version="1.0" encoding="utf-8"?>',
    doctype: str = "",
    channel: str = "",
) -> bytes:
    return (
        f'{decl}\n{doctype}<rss version="2.0"><channel><title>T</title>{channel}'
        f"{items}</channel></rss>"
    ).encode()


FORMATS = [
    (
        "rss-0.91",
        b'<?xml version="1.0"?><rss version="0.91"><channel><title>T</title>'
        b"<item><title>One</title><link>http://a.example/1</link></item></channel></rss>",
    ),
    (
        "rss-0.90",
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
        b'syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>T</title>'
        b"</channel><item><title>One</title><link>http://a.example/1</link></item></rdf:RDF>",
    ),
    (
        "rss-1.0",
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
        b'syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b'<channel rdf:about="http://a.example/"><title>T</title></channel>'
        b'<item rdf:about="http://a.example/1"><title>One</title><link>http://a.example/1</link>'
        b"<dc:date>2024-03-01T10:00:00+02:00</dc:date></item></rdf:RDF>",
    ),
    (
        "rss-2.0",
        rss(
            "<item><title>One</title><link>http://a.example/1</link>"
            "<pubDate>Fri, 01 Mar 2024 08:00:00 GMT</pubDate></item>"
        ),
    ),
    (
        "atom",
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        b'<entry><title type="html">One</title><link rel="alternate" href="http://a.example/1"/>'
        b"<id>urn:1</id><updated>2024-03-01T08:00:00Z</updated></entry></feed>",
    ),
    (
        "json-1.1",
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": '
        b'[{"id": "1", "url": "http://a.example/1", "title": "One",'
        b' "date_published": "2024-03-01T08:00:00Z"}]}',
    ),
]


@pytest.mark.parametrize("body", [b for _, b in FORMATS], ids=[i for i, _ in FORMATS])
def test_formats(body: bytes) -> None:
    parsed = parse_feed(body, url=URL)
    assert parsed.status == "ok", parsed.error
    assert [(i.title, i.url) for i in parsed.items] == [("One", "http://a.example/1")]
    assert parsed.title == "T"


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [
        ("windows-1251", "windows-1251"),
        ("gb18030", "gb2312"),
        ("iso-8859-1", "iso-8859-1"),
        ("utf-16", "utf-16"),
        ("koi8-r", "koi8-r"),
    ],
    ids=["windows-1251", "gb2312", "iso-8859-1", "utf-16-bom", "koi8-r"],
)
def test_declared_encodings(encoding: str, declared: str) -> None:
    title = {
        "windows-1251": "Новости дня",
        "gb18030": "习近平为何",
        "iso-8859-1": "Notícias à vista",
        "utf-16": "Ünïcødé ✓",
        "koi8-r": "Привет мир",
    }[encoding]
    text = (
        f'<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel><title>T'
        f"</title><item><title>{title}</title><link>http://a.example/1</link></item>"
        "</channel></rss>"
    )
    parsed = parse_feed(text.encode(encoding), url=URL)
    assert parsed.status == "ok"
    assert parsed.items[0].title == title


def test_undeclared_latin1() -> None:
    body = (
        "<rss><channel><title>T</title><item><title>Simulações de 2º turno</title>"
        "<link>http://a.example/1</link></item></channel></rss>"
    ).encode("latin-1")
    parsed = parse_feed(body, url=URL)
    assert parsed.items[0].title == "Simulações de 2º turno"


def test_charset_from_content_type() -> None:
    body = (
        "<rss><channel><title>T</title><item><title>Новости</title>"
        "<link>http://a.example/1</link></item></channel></rss>"
    ).encode("windows-1251")
    parsed = parse_feed(body, url=URL, content_type="text/xml; charset=windows-1251")
    assert parsed.items[0].title == "Новости"


@pytest.mark.parametrize(
    ("declared", "content_type"),
    [
        ("", "application/rss+xml; charset=iso-8859-1"),
        (' encoding="iso-8859-1"', None),
        (' encoding="windows-1251"', "text/xml"),
    ],
    ids=["http-latin1", "declared-latin1", "declared-cp1251"],
)
def test_legacy_label_on_utf8_bytes_reads_utf8(declared: str, content_type: str | None) -> None:
    body = (
        f'<?xml version="1.0"{declared}?><rss><channel><title>T</title><item>'
        "<title>Grüße aus München, Новости</title><link>http://a.example/1</link></item>"
        "</channel></rss>"
    ).encode()
    parsed = parse_feed(body, url=URL, content_type=content_type)
    assert parsed.items[0].title == "Grüße aus München, Новости"


def test_invalid_utf8_recovered_and_flagged() -> None:
    body = rss(
        "<item><title>Caf\xc3\xa9 \xff broken</title><link>http://a.example/1</link></item>".encode(
            "latin-1"
        ).decode("latin-1")
    ).replace("Ã©".encode(), b"\xc3\xa9")
    body = body.replace("ÿ".encode(), b"\xff")
    parsed = parse_feed(body, url=URL)
    assert parsed.status == "partial" and "invalid" in (parsed.error or "")
    assert parsed.items[0].title == "Café \ufffd broken"


def test_relative_links_resolved() -> None:
    body = rss(
        "<item><title>A</title><link>/2024/03/a.html</link></item>"
        "<item><title>B</title><link>b.html?x=1</link></item>"
    )
    urls = [i.url for i in parse_feed(body, url=URL).items]
    assert urls == ["https://news.example/2024/03/a.html", "https://news.example/feeds/b.html?x=1"]


def test_xml_base_resolves_links() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0" xml:base="http://base.example/blog/">'
        b"<channel><title>T</title><item><title>A</title><link>post/1</link></item>"
        b"</channel></rss>"
    )
    assert parse_feed(body, url=URL).items[0].url == "http://base.example/blog/post/1"


def test_item_without_guid_or_link() -> None:
    body = rss(
        "<item><title>No guid</title><link>http://a.example/1</link></item>"
        "<item><title>Nothing but a title</title><description>text</description></item>"
    )
    first, second = parse_feed(body, url=URL).items
    assert first.guid is None and not first.url_is_fallback
    assert second.url == URL and second.url_is_fallback


def test_guid_permalink_used_as_link() -> None:
    body = rss('<item><title>A</title><guid isPermaLink="true">http://a.example/p/1</guid></item>')
    item = parse_feed(body, url=URL).items[0]
    assert item.guid == "http://a.example/p/1" and item.url == "http://a.example/p/1"


def test_guid_shared_by_different_links_is_dropped() -> None:
    body = rss(
        "<item><title>A</title><guid>same</guid><link>http://a.example/1</link></item>"
        "<item><title>B</title><guid>same</guid><link>http://a.example/2</link></item>"
    )
    assert [i.guid for i in parse_feed(body, url=URL).items] == [None, None]


def test_text_cleaning() -> None:
    body = rss(
        "<item><title><![CDATA[  <b>Drones</b> &amp;amp; parts &#8211; &quot;who&quot;\n"
        "   ships  ]]></title><link>http://a.example/1</link>"
        "<description>&lt;p&gt;First&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;"
        "&lt;p&gt;Second &amp;amp; third&lt;/p&gt;</description>"
        "<content:encoded xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
        "<![CDATA[<div><p>Full   text</p><style>p{}</style><p>more</p></div>]]>"
        "</content:encoded></item>"
    )
    item = parse_feed(body, url=URL).items[0]
    assert item.title == 'Drones & parts – "who" ships'
    assert item.summary == "First\nSecond & third"
    assert item.content == "Full text\nmore"


def test_content_falls_back_to_summary() -> None:
    body = rss(
        "<item><title>A</title><link>http://a.example/1</link>"
        "<description>Only a summary</description></item>"
    )
    item = parse_feed(body, url=URL).items[0]
    assert item.content == item.summary == "Only a summary"


def test_authors_and_language() -> None:
    body = rss(
        "<item><title>A</title><link>http://a.example/1</link>"
        "<dc:creator xmlns:dc='http://purl.org/dc/elements/1.1/'>Jane Roe</dc:creator>"
        "</item>",
        channel="<language>de-DE</language>",
    )
    item = parse_feed(body, url=URL).items[0]
    assert item.authors == ["Jane Roe"] and item.language == "de-de"


@pytest.mark.parametrize(
    ("channel", "ttl"),
    [
        ("<ttl>30</ttl>", 1800),
        ("", None),
        ("<ttl>0</ttl>", None),
        ("<ttl>99999999</ttl>", None),
        (
            "<sy:updatePeriod xmlns:sy='http://purl.org/rss/1.0/modules/syndication/'>hourly"
            "</sy:updatePeriod>",
            3600,
        ),
    ],
    ids=["minutes", "absent", "zero", "absurd-digits", "sy-hourly"],
)
def test_ttl(channel: str, ttl: int | None) -> None:
    body = rss("<item><title>A</title><link>http://a.example/1</link></item>", channel=channel)
    assert parse_feed(body, url=URL).ttl_seconds == ttl


def utc(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=UTC)  # type: ignore[misc, arg-type]


DATES = [
    ("rfc822-gmt", "Tue, 10 Jun 2003 04:00:00 GMT", utc(2003, 6, 10, 4, 0)),
    ("portuguese", "Seg, 24 Set 2018 19:42:40 -0300", utc(2018, 9, 24, 22, 42, 40)),
    ("no-zone-iso-space", "2018-09-18 14:38:10", utc(2018, 9, 18, 14, 38, 10)),
    ("gmt-plus-colon", "Wed, 06 Jan 2010 13:21:20 GMT+03:00", utc(2010, 1, 6, 10, 21, 20)),
    ("gmt-minus-colon", "Wed, 06 Jan 2010 14:26:27 GMT-05:00", utc(2010, 1, 6, 19, 26, 27)),
    ("est", "Fri, 29 Nov 2013 13:08:34 EST", utc(2013, 11, 29, 18, 8, 34)),
    ("pst", "Mon, 03 Dec 2012 10:00:00 PST", utc(2012, 12, 3, 18, 0)),
    ("edt", "Mon, 03 Jun 2012 10:00:00 EDT", utc(2012, 6, 3, 14, 0)),
    ("colon-offset", "Thu, 02 Jul 2015 23:18:09 +01:00", utc(2015, 7, 2, 22, 18, 9)),
    ("z-zone", "Wed, 14 May 2014 18:30:00 Z", utc(2014, 5, 14, 18, 30)),
    ("italian-lower", "mer, 16 nov 2022 00:38:15 +0100", utc(2022, 11, 15, 23, 38, 15)),
    ("french-mardi", "mar., 15 mars 2022 10:00:00 +0100", utc(2022, 3, 15, 9, 0)),
    ("german", "Di, 05 Okt 2021 12:00:00 +0200", utc(2021, 10, 5, 10, 0)),
    ("russian", "пн, 24 сен 2018 10:00:00 +0300", utc(2018, 9, 24, 7, 0)),
    ("iso-offset", "2017-11-08T18:15:58-05:00", utc(2017, 11, 8, 23, 15, 58)),
    ("iso-fraction-z", "2024-03-01T08:00:00.123Z", utc(2024, 3, 1, 8, 0, 0, 123000)),
    ("two-digit-year", "Sun, 19 May 02 15:21:36 GMT", utc(2002, 5, 19, 15, 21, 36)),
    ("no-day-name", "19 May 2002 15:21 +0000", utc(2002, 5, 19, 15, 21)),
    ("whitespace", "\r\n   Fri, 01 Mar 2024 08:00:00 GMT \n", utc(2024, 3, 1, 8)),
    ("garbage", "yesterday-ish", None),
    ("guid-like", "246836 at http://www.whitehouse.gov", None),
    ("empty", "", None),
]


@pytest.mark.parametrize(("raw", "expected"), [d[1:] for d in DATES], ids=[d[0] for d in DATES])
def test_item_dates(raw: str, expected: datetime | None) -> None:
    body = rss(
        f"<item><title>A</title><link>http://a.example/1</link><pubDate>{raw}</pubDate></item>"
    )
    assert parse_feed(body, url=URL).items[0].published_at == expected


BILLION_LAUGHS = (
    '<!DOCTYPE rss [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1 if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ).replace("&lol0;", "&lol;")
    + "]>"
)


def test_billion_laughs_does_not_expand() -> None:
    body = rss(
        "<item><title>Ha &lol9; ha</title><link>http://a.example/1</link></item>",
        doctype=BILLION_LAUGHS,
    )
    started = time.monotonic()
    parsed = parse_feed(body, url=URL)
    assert time.monotonic() - started < 2
    # The DOCTYPE is gone, so the reference is undefined: recovered, flagged, not expanded.
    assert parsed.status == "partial" and "entity" in (parsed.error or "")
    assert [item.title for item in parsed.items] == ["Ha &lol9; ha"]


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
        '<!DOCTYPE rss SYSTEM "file:///etc/passwd">',
    ],
    ids=["external-entity", "parameter-entity", "external-dtd"],
)
def test_external_entities_read_nothing(doctype: str) -> None:
    body = rss(
        "<item><title>x&xxe;y</title><link>http://a.example/1</link>"
        "<description>&xxe;</description></item>",
        doctype=doctype,
    )
    parsed = parse_feed(body, url=URL)
    assert parsed.status == "partial" and "entity" in (parsed.error or "")
    assert [item.title for item in parsed.items] == ["x&xxe;y"]
    assert parsed.items[0].summary == "&xxe;"


async def test_external_dtd_over_http_not_fetched(server: LoopbackServer) -> None:
    for doctype in (
        f'<!DOCTYPE rss SYSTEM "{server.base}/evil.dtd">',
        f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{server.base}/x">]>',
        f'<!DOCTYPE rss [<!ENTITY % dtd SYSTEM "{server.base}/p.dtd"> %dtd;]>',
    ):
        body = rss(
            "<item><title>x&xxe;y</title><link>http://a.example/1</link></item>", doctype=doctype
        )
        parse_feed(body, url=URL)
    assert server.requests == []


def test_huge_title_truncated() -> None:
    title = "word " * 200_000  # 1 MB
    body = rss(
        f"<item><title>{title}</title><link>http://a.example/1</link>"
        f"<description>{'d' * 1_000_000}</description></item>"
    )
    item = parse_feed(body, url=URL).items[0]
    assert len(item.title) <= MAX_TITLE_CHARS and item.title.endswith("…")
    assert len(item.summary) <= MAX_TEXT_CHARS and len(item.content) <= MAX_TEXT_CHARS


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"", "malformed"),
        (b"   \n", "malformed"),
        (b"<html><body>Not a feed</body></html>", "malformed"),
        (b"\x00\x01\x02garbage", "malformed"),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A'
            b"</title><link>http://a.example/1</link></item><item><title>B",
            "partial",
        ),
        (rss(""), "ok"),
    ],
    ids=["empty", "blank", "html-page", "binary", "truncated", "no-items"],
)
def test_statuses(body: bytes, status: str) -> None:
    parsed = parse_feed(body, url=URL)
    assert parsed.status == status
    assert (parsed.error is None) == (status == "ok")


@pytest.mark.parametrize(
    ("body", "status", "count"),
    [
        (
            b'{"version": "https://jsonfeed.org/version/1",'
            b' "items": [{"id": 7, "content_text": "x"}]}',
            "ok",
            1,
        ),
        (
            b'{"version": "1", "items": [{"id": "a", "url": "/p/1", "title": "A"}, 3, "x"]}',
            "partial",
            1,
        ),
        (b'{"items": "nope"}', "malformed", 0),
        (b"{" + b'"a":[' * 5000 + b"]" * 5000 + b"}", "malformed", 0),
        (b'{"title": "x", ', "malformed", 0),
    ],
    ids=["numeric-id", "non-object-items", "items-not-list", "deep-nesting", "truncated"],
)
def test_json_feed_edges(body: bytes, status: str, count: int) -> None:
    parsed = parse_feed(body, url=URL, content_type="application/feed+json")
    assert parsed.status == status and len(parsed.items) == count


def test_json_feed_fields() -> None:
    body = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "Blog &#8211; X",'
        b' "home_page_url": "https://blog.example/", "language": "en-US",'
        b' "authors": [{"name": "Feed Author"}], "items": [{"id": "https://blog.example/1",'
        b' "url": "/1", "title": "Data &amp; metrics", "summary": "Short",'
        b' "content_html": "<p>Long &amp; full</p>",'
        b' "date_published": "Fri, 31 May 2019 12:17:58 -0700"}]}'
    )
    parsed = parse_feed(body, url=URL)
    item = parsed.items[0]
    assert parsed.title == "Blog – X"
    assert item.url == "https://blog.example/1" and item.title == "Data & metrics"
    assert item.summary == "Short" and item.content == "Long & full"
    assert item.authors == ["Feed Author"] and item.language == "en-us"
    assert item.published_at == datetime(2019, 5, 31, 19, 17, 58, tzinfo=UTC)


@pytest.mark.parametrize(
    ("first_item", "error"),
    [
        (
            "<item><title>Bad &#x1F; ref</title><link>http://a.example/0</link></item>",
            "invalid character reference",
        ),
        (
            "<item><title>Raw \x01 control</title><link>http://a.example/0</link></item>",
            "control character",
        ),
        (
            "<item><title>Unclosed <b>bold</title><link>http://a.example/0</link></item>",
            "not well-formed",
        ),
    ],
    ids=["invalid-charref", "control-char", "unclosed-tag"],
)
def test_malformed_document_keeps_later_entities(first_item: str, error: str) -> None:
    """lxml's recovery drops every `&amp;` after an error; we must not."""
    body = rss(
        first_item + "<item><title>Q &amp; A</title>"
        "<link>http://a.example/1?a=1&amp;b=2</link></item>"
    )
    parsed = parse_feed(body, url=URL)
    assert parsed.status == "partial" and error in (parsed.error or "")
    assert parsed.items[-1].url == "http://a.example/1?a=1&b=2"
    assert parsed.items[-1].title == "Q & A"


async def test_parse_runs_off_the_event_loop_in_parallel() -> None:
    """Pure and thread-safe: the service runs it in a pool; results pickle for processes."""
    import asyncio
    import pickle

    bodies = [
        rss(
            f"<item><title>T{i}</title><link>http://a.example/{i}</link>"
            f"<pubDate>Fri, 01 Mar 2024 08:00:00 +01:00</pubDate></item>"
        )
        for i in range(16)
    ]
    results = await asyncio.gather(*(asyncio.to_thread(parse_feed, b, url=URL) for b in bodies))
    assert [r.items[0].title for r in results] == [f"T{i}" for i in range(16)]
    assert all(r.items[0].published_at == datetime(2024, 3, 1, 7, tzinfo=UTC) for r in results)
    assert pickle.loads(pickle.dumps(results[0])) == results[0]


def test_feed_language_from_xml_lang() -> None:
    body = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title '
        b'xml:lang="ur">T</title><entry><title>A</title><link href="http://a.example/1"/>'
        b"<id>1</id></entry></feed>"
    )
    assert parse_feed(body, url=URL).items[0].language == "ur"
