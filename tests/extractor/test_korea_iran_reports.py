"""Table-driven shapes of Korean, Japanese and Iran-focused reporting: state media that
gives no details, anonymous sources placed in a country, and a participle that describes a
noun. One row per construction, with near misses."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

# information given about the goods moves no goods
NO_TRANSFER = [
    (
        "state_media_gave_no_details_of_the_aircraft",
        "Russian Defense Minister Shoigu toured a Pyongyang arms show with Kim, where two large "
        "drones were displayed. KCNA gave no names, specifications or production details for "
        "either aircraft.",
        ("North Korea", "drone_supply", "asserted"),
    ),
    (
        "the_ministry_provided_information_on_the_shells",
        "Russia is short of artillery ammunition. The ministry provided information about "
        "the shells to reporters in Seoul, without naming a buyer.",
        ("South Korea", "weapons_supply", "asserted"),
    ),
]
STILL_TRANSFERRED = [
    (
        "gave_no_details_but_shipped_drones",
        "North Korea shipped drones to Russia last year, officials said, but gave no details.",
        ("North Korea", "drone_supply", "asserted"),
    ),
    (
        "no_details_given_then_drones_shipped",
        "North Korea gave Russia no details but shipped drones.",
        ("North Korea", "drone_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NO_TRANSFER], ids=[r[0] for r in NO_TRANSFER]
)
def test_information_is_no_goods(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in STILL_TRANSFERRED], ids=[r[0] for r in STILL_TRANSFERRED]
)
def test_goods_still_move(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


# who speaks: (text, triple, source)
SOURCES: list[tuple[str, str, Triple, str | None]] = [
    (
        "sources_in_two_countries_are_anonymous",
        "North Korea has sent hundreds of workers to a Russian drone plant, sources in North "
        "Korea and Russia told the newspaper.",
        ("North Korea", "personnel", "asserted"),
        None,
    ),
    (
        "according_to_a_source_in_a_country",
        "According to a source in Russia, North Korea has sent 200 workers to a Russian drone "
        "plant.",
        ("North Korea", "personnel", "asserted"),
        None,
    ),
    (
        "a_confirmed_purchase_is_no_confirmation",
        "Pyongyang's last confirmed purchase from Moscow was small: two MiG-29 jets, which "
        "Russia delivered in 2019.",
        ("Russia", "weapons_supply", "asserted"),
        None,
    ),
    # near misses: a country's own body, and a state that confirms, still speak
    (
        "officials_in_a_country_speak_for_it",
        "Officials in Seoul told reporters that North Korea had shipped artillery shells to "
        "Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "South Korea",
    ),
    (
        "a_state_that_confirmed_speaks",
        "Tehran confirmed that it sent drones to Russia before the war.",
        ("Iran", "drone_supply", "asserted"),
        "Iran",
    ),
]


@pytest.mark.parametrize(
    ("text", "triple", "source"), [r[1:] for r in SOURCES], ids=[r[0] for r in SOURCES]
)
def test_source(extractor: Extractor, text: str, triple: Triple, source: str | None) -> None:
    claims = {(c.subject, c.claim_type, c.stance): c for c in extractor.extract(article(text))}
    assert triple in claims, sorted(claims)
    assert claims[triple].source == source
