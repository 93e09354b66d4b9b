"""`the three` for the three people (or companies) a recent sentence named, `the other two`
for the rest of a list of three after one of them was referred to. Near misses: a number
before its noun, a number other than the list's, a list too far back, a sentence naming
two people and two companies."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

PARTS = "component_supply"

NUMERALS = [
    (
        "the_three_after_three_people_named",
        "Oleg Marin, 48, of Tallinn, Petra Volk, 39, and Samuel Ruiz, 55, were charged on "
        "Monday with conspiring to violate export controls. Prosecutors say the three bought "
        "radio modules from US distributors and shipped them to Russia.",
        ("Petra Volk", PARTS, "asserted"),
    ),
    (
        "the_two_had_after_two_companies_named",
        "Investigators searched the offices of Baltic Reel Logistics and Amber Coast Trading. "
        "The two had sent microchips to Russian drone makers through Armenia, officials said.",
        ("Amber Coast Trading", PARTS, "asserted"),
    ),
    (
        "the_other_two_after_one_of_three_referred_to",
        "Kyiv sanctioned Harbin Polar Avionics Co., Wuxi Delta Motor Co. and Xian Orbit Sensor "
        "Co. on Friday. Officials said the Harbin company sold drones "
        "to Russia, while the other two supplied engines and navigation modules to Russian "
        "drone makers.",
        ("Xian Orbit Sensor", PARTS, "asserted"),
    ),
]

NOT_NUMERALS = [
    (
        "a_number_before_its_noun",
        "Oleg Marin and Petra Volk met in Riga. Prosecutors say the two traders shipped radio "
        "modules to Russia.",
        ("Petra Volk", PARTS, "asserted"),
    ),
    (
        "a_number_other_than_the_list_s",
        "Oleg Marin, 48, Petra Volk, 39, and Samuel Ruiz, 55, were charged on Monday. "
        "Prosecutors say the two bought radio modules from US distributors and shipped them "
        "to Russia.",
        ("Petra Volk", PARTS, "asserted"),
    ),
    (
        "a_list_three_sentences_back",
        "Oleg Marin and Petra Volk were charged on Monday. The court set bail. The case "
        "continues. Prosecutors say the two bought radio modules and shipped them to Russia.",
        ("Petra Volk", PARTS, "asserted"),
    ),
    (
        "two_people_and_two_companies_leave_the_two_open",
        "Oleg Marin and Petra Volk ran Baltic Reel Logistics and Amber Coast Trading. The two "
        "had shipped radio modules to Russia, officials said.",
        ("Petra Volk", PARTS, "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in NUMERALS], ids=[r[0] for r in NUMERALS]
)
def test_numeral_references(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_NUMERALS], ids=[r[0] for r in NOT_NUMERALS]
)
def test_numeral_references_need_their_list(
    extractor: Extractor, text: str, absent: Triple
) -> None:
    assert absent not in triples(extractor, article(text))
