from __future__ import annotations

import pytest

from services.fetcher.fulltext import extract_main_text

ARTICLE = (
    b"<html><head><title>Drones</title></head><body><nav>Home | World | Sport</nav>"
    b"<article><h1>Drone parts shipped</h1><p>"
    + b"Officials said the shipment of drone engines arrived on Monday after weeks of talks. " * 6
    + b"</p><p>"
    + b"Analysts expect further deliveries before the winter. " * 6
    + b"</p></article><footer>Copyright 2026 | Privacy</footer></body></html>"
)


def test_extracts_article_body_without_navigation() -> None:
    text = extract_main_text(ARTICLE, "https://news.example/a")
    assert text is not None
    assert "shipment of drone engines" in text and "Analysts expect" in text
    assert "Privacy" not in text and "Home | World" not in text


@pytest.mark.parametrize(
    "html",
    [b"", b"   ", b"<html></html>", b"\x00\xff binary"],
    ids=["empty", "blank", "no-body", "binary"],
)
def test_nothing_to_extract(html: bytes) -> None:
    assert extract_main_text(html, "https://news.example/a") is None
