"""A state's law enforcers are no doers of the trade their cases are about (enforcers.py;
one row per pattern, each with a name; our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

NOT_THE_STATES = [
    (
        "prosecutors_bringing_cases_over_exports",
        "Since 2022, Latvian prosecutors have brought 30 criminal cases over sanctions "
        "violations, most of them involving the export of dual-use goods to Russia.",
        ("Latvia", "component_supply", "asserted"),
    ),
    (
        "authorities_opening_cases_over_sanctioned_goods",
        "Czech and Slovak authorities have opened dozens of cases over the export of sanctioned "
        "goods to Russia.",
        ("Slovakia", "sanctions_evasion", "asserted"),
    ),
]

# near misses: the firm the enforcers name, and the state's own denial through them
STILL_CLAIMED = [
    (
        "the_firm_the_prosecutors_name",
        "Latvian prosecutors said Baltic Wave Trading had exported drone engines to Russia.",
        ("Baltic Wave Trading", "component_supply", "asserted"),
    ),
    (
        "authorities_denying_for_their_state",
        "Chinese authorities said they strictly control the export of drones and do not supply "
        "weapons to parties to the conflict.",
        ("China", "weapons_supply", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in NOT_THE_STATES], ids=[r[0] for r in NOT_THE_STATES]
)
def test_enforcers_do_not_trade(extractor: Extractor, sentence: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in STILL_CLAIMED], ids=[r[0] for r in STILL_CLAIMED]
)
def test_claims_beside_the_enforcers(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(sentence))
