"""Probe pa: wordings of supply, production and personnel that reporters vary (phrasal
verbs of output, verbs of hauling, ...). One row per wording, each with a near miss that
must stay empty."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

MAKES = "drone_production"

# (id, text, expected claims)
ROWS = [
    (
        "churning_out",
        "North Korean factories are churning out drones for Russia, Seoul believes.",
        {("North Korea", MAKES, "asserted")},
    ),
    (
        "continue_to_churn_out",
        "Chinese factories continue to churn out attack drones for the Russian army.",
        {("China", MAKES, "asserted")},
    ),
    (
        "churning_out_for_the_front_near_miss",
        "Ukrainian factories are churning out drones for the front.",
        set(),
    ),
    (
        "turn_out_to_be_near_miss",
        "The plan could turn out to be costly for Russia's drone makers.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_probe_row(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, article(text)) == expected
