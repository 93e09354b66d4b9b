"""Goods named by their origin and found in Russia's weapons (origins.py): the state of
origin supplies them. One row per shape; our own sentences."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]

FOUND = [
    (
        "made_parts_found_in_wreckage",
        "Chinese-made components were found in the wreckage of Russian drones.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "investigators_found_engines_in",
        "Investigators found Chinese-made engines in downed Russian Geran-2 drones.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "drones_contained_parts",
        "Russian drones shot down over Kharkiv contained Iranian-made navigation modules.",
        ("Iran", "component_supply", "asserted"),
    ),
    (
        "origin_chips_powered",
        "Chinese-origin chips powered the Russian missiles that struck Lviv, Kyiv says.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "missile_fragments_recovered",
        "Fragments of a North Korean-made missile were recovered after the Russian strike.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "drone_engines_are_components",
        "Belarusian-built drone engines were identified in Russian Lancet drones.",
        ("Belarus", "component_supply", "asserted"),
    ),
    (
        "origin_after_the_goods",
        "The Russian Geran drones examined in Kharkiv were fitted with servo motors produced "
        "in China.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "parts_sourced_in_a_state_need_no_finding",
        "Russia's Lancet is a loitering munition whose camera and other parts were sourced in "
        "China.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "parts_that_trace_back_to_a_state",
        "The invoices name suppliers of motors and antennas that trace back to Iran, Russian "
        "media reported.",
        ("Iran", "component_supply", "asserted"),
    ),
    (
        "parts_that_originate_from_a_state",
        "Most of the gyroscopes in the Russian missiles originate from China.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "the_source_of_the_bulk_of_the_parts",
        "Officials say China is the source of the bulk of the engines in Russia's drones.",
        ("China", "component_supply", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "an_attack_is_no_supply",
        "Russia launched Iranian-made drones at Odesa overnight, the air force said.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "western_parts_are_left_to_other_rules",
        "U.S.-made chips were found in the wreckage of Russian drones.",
        ("United States", "component_supply", "asserted"),
    ),
    (
        "none_found",
        "No Chinese-made components were found in the Russian drones examined.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "not_in_weapons",
        "Chinese-made cars were found in Russian showrooms.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "made_in_a_state_but_found_in_no_weapon",
        "Turbojet engines manufactured in China are popular with model builders in Russia.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "none_made_in_a_state_found",
        "No engines made in China were found in the Russian drones.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "a_custom_that_originated_from_a_state",
        "The tradition of kite flying in Russia originated from China.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "tracing_payments_back_is_no_origin",
        "Investigators trace the engine payments back to China, Russian officials said.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "the_source_of_the_bulk_of_revenue",
        "Oil sold to China is the source of the bulk of Russia's revenue.",
        ("China", "component_supply", "asserted"),
    ),
]


def _triples(extractor: Extractor, text: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in extractor.extract(article(text))}


@pytest.mark.parametrize(("text", "triple"), [r[1:] for r in FOUND], ids=[r[0] for r in FOUND])
def test_found_in_russian_weapons(extractor: Extractor, text: str, triple: Triple) -> None:
    assert triple in _triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"), [r[1:] for r in NOT_FOUND], ids=[r[0] for r in NOT_FOUND]
)
def test_not_claimed(extractor: Extractor, text: str, triple: Triple) -> None:
    assert triple not in _triples(extractor, text)
