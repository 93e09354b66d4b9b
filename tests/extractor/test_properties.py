"""No input crashes the extractor, and evidence always equals text[start:end]."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.extractor.extraction import Extractor

EX = Extractor.load()

FRAGMENTS = [
    "Iran sent drones to Russia.",
    "China's Foreign Ministry denied it.",
    "<p>DJI</p>",
    "Россия получила дроны из Ирана.",
    "中国向俄罗斯出口无人机。",
    "$12 million",
    "Co., Ltd.",
    "U.S.-sanctioned",
    "\u2014",
    "\x00",
    "the firm",
    "He said",
    "North Korean troops",
    "sanctions on Sinno Electronics Co., Ltd. and Alfa LLC",
    "\n\n",
    "’s",
    " — ",
    "100 ZT-180",
]


def _check(text: str) -> None:
    for claim in EX.extract(text):
        assert text[claim.start : claim.end] == claim.evidence
        assert 0.0 <= claim.confidence <= 1.0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join))
def test_fragment_soup(text: str) -> None:
    _check(text)


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=3000))
def test_binary_ish(data: bytes) -> None:
    _check(data.decode("utf-8", errors="replace"))


def test_empty_and_whitespace() -> None:
    assert EX.extract("") == []
    assert EX.extract("   \n\n  ") == []


def test_huge_input() -> None:
    text = "Iran sent drones to Russia, officials said. " * 5000 + "<div>" * 2000
    _check(text)


def test_html_and_non_english() -> None:
    _check("<html><body><h1>Iran sent drones to Russia</h1><script>var x=1;</script></body>")
    _check("Иран передал России сотни беспилотников Shahed-136, заявили в Киеве.")
