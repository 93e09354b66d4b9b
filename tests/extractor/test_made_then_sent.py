"""The state goods were made in, when the same clause sends them on (made_then_sent.py):
"the UAVs were manufactured in Iran and subsequently transferred to Russia". Near misses:
a named sender after the verb, and goods a named buyer ships."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

SENT_ON = [
    (
        "manufactured_in_and_subsequently_transferred",
        "Analysts concluded that the four drones were manufactured in Iran and subsequently "
        "transferred to Russia.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "built_in_and_then_shipped",
        "The attack drones were built in Iran and then shipped to Russian forces.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "produced_in_before_being_shipped",
        "The artillery shells were produced in North Korea before being shipped to Russia by rail.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
]

# (id, text, triple that must not be found)
NOT_SENT_BY_THE_STATE = [
    (
        "a_named_sender_follows_the_verb",
        "The chips were made in Taiwan and shipped by Alfa Trade to Russia.",
        ("Taiwan", "component_supply", "asserted"),
    ),
    (
        "a_buyer_ships_goods_made_elsewhere",
        "Alfa Trade bought chips made in Taiwan and shipped them to Russia.",
        ("Taiwan", "component_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "want"), [r[1:] for r in SENT_ON], ids=[r[0] for r in SENT_ON])
def test_state_of_manufacture_sends(extractor: Extractor, text: str, want: Triple) -> None:
    assert want in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [r[1:] for r in NOT_SENT_BY_THE_STATE],
    ids=[r[0] for r in NOT_SENT_BY_THE_STATE],
)
def test_no_state_sender(extractor: Extractor, text: str, unwanted: Triple) -> None:
    assert unwanted not in triples(extractor, article(text))
