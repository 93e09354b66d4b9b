"""rules-1.12: more shapes of a company's disavowal (no Russian customer, "at no time did we
deliver", "not a single delivery", "never broken any law", "none of our products went"; our
own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article, triples

Triple = tuple[str, str, str]

_CHARGED = "Prosecutors said Talvik Motion GmbH had shipped servo motors to Russian arms makers. "
_EVADED = (
    "Investigators said Brask Freight Oy had helped Russian buyers circumvent sanctions by "
    "routing parts through Kazakhstan. "
)
_PARTS = ("Talvik Motion", "component_supply", "denied")

DISAVOWED = [
    ("no_russian_customer", "The company said it had never had a Russian customer.", _PARTS),
    ("no_customers_in_russia", "Talvik said it has no customers in Russia.", _PARTS),
    (
        "at_no_time_did_we_deliver",
        '"At no time did we deliver motors to Russia," a company spokeswoman said.',
        _PARTS,
    ),
    (
        "not_a_single_delivery",
        'Its chief executive said the company "has not made a single delivery to Russia".',
        _PARTS,
    ),
    (
        "my_clients_company",
        '"My client\'s company has never sold anything to a Russian buyer," his lawyer said.',
        _PARTS,
    ),
    (
        "none_of_our_products_went",
        '"None of our products went to the Russian military," the company said.',
        _PARTS,
    ),
]

EVASION_DISAVOWED = [
    (
        "never_broken_any_law",
        "A Brask director said the company had never broken any law.",
        ("Brask Freight", "sanctions_evasion", "denied"),
    ),
    (
        "broken_no_law",
        "The firm's owner said the company had broken no Finnish or international law.",
        ("Brask Freight", "sanctions_evasion", "denied"),
    ),
]

NOT_DISAVOWED = [
    (
        "a_ministry_has_no_customers",  # an institution speaks of itself
        _CHARGED + "The ministry said it has no customers in Russia.",
        ("Talvik Motion", "component_supply", "denied"),
    ),
    (
        "law_without_a_charge",  # keeping the law answers only a charge
        "Hollin Systems opened a new office in Bavaria. The company said it had never broken "
        "any law.",
        ("Hollin Systems", "component_supply", "denied"),
    ),
    (
        "customers_elsewhere",
        _CHARGED + "The company said it has many customers in Kazakhstan.",
        ("Talvik Motion", "component_supply", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in DISAVOWED], ids=[r[0] for r in DISAVOWED]
)
def test_disavowal(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(_CHARGED + sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [r[1:] for r in EVASION_DISAVOWED],
    ids=[r[0] for r in EVASION_DISAVOWED],
)
def test_evasion_disavowal(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(_EVADED + sentence))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_DISAVOWED], ids=[r[0] for r in NOT_DISAVOWED]
)
def test_not_disavowal(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))
