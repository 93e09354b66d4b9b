"""Makers named as the origin of the goods a clause moves (goods_makers.py): "products of
companies in allied countries (X, Y) were delivered through third countries" names no
evader in X or Y. One row per shape, with near misses whose named traders still act."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

EVADES = "sanctions_evasion"


# (id, text, makers that must carry no claim)
MAKERS = [
    (
        "bracketed_makers_of_products_pronoun_delivered",
        "Russia bought $1.1 billion of chips last year. Products of firms based in allied "
        "states (Intel, AMD, Infineon and others) made up a third of it, most of it delivered "
        "through third countries.",
        ("Intel", "AMD", "Infineon"),
    ),
    (
        "bracketed_makers_of_parts_shipped_via",
        "Parts of companies based in allied countries (Intel, AMD) were shipped to Russia via "
        "intermediaries.",
        ("Intel", "AMD"),
    ),
    (
        "makers_after_such_as",
        "Components of Western manufacturers such as Texas Instruments and Analog Devices "
        "were re-routed to Russia through intermediaries in Central Asia.",
        ("Texas Instruments", "Analog Devices"),
    ),
]

# (id, text, triple that must still be found)
TRADERS = [
    (
        "bracketed_traders_deliver_through_intermediaries",
        "Firms in third countries (Alfa Trade, Beta Logistics and others) delivered chips to "
        "Russia through intermediaries.",
        ("Beta Logistics", EVADES, "asserted"),
    ),
    (
        "intermediaries_in_a_state_after_the_makers",
        "Products of Intel and AMD were shipped to Russia via intermediaries in Armenia.",
        ("Armenia", EVADES, "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "makers"), [r[1:] for r in MAKERS], ids=[r[0] for r in MAKERS])
def test_makers_of_the_goods_are_no_subjects(
    extractor: Extractor, text: str, makers: tuple[str, ...]
) -> None:
    found = {s for s, _, _ in triples(extractor, article(text))}
    assert found.isdisjoint(makers)


@pytest.mark.parametrize(("text", "want"), [r[1:] for r in TRADERS], ids=[r[0] for r in TRADERS])
def test_traders_that_move_the_goods_still_act(
    extractor: Extractor, text: str, want: Triple
) -> None:
    assert want in triples(extractor, article(text))
