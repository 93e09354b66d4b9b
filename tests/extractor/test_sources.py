"""Table-driven source attribution: who says so (claims.md, `source`), one row per pattern.

Each row: an invented text (one or more sentences of an article body), a (subject,
claim_type, stance) triple the extractor must find, and the source that claim must carry.
"""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]

SOURCES: list[tuple[str, str, Triple, str | None]] = [
    (
        "agency_speaks_for_its_state",
        "Ukraine's Defence Intelligence said Iran had sent new drones to Russia.",
        ("Iran", "drone_supply", "asserted"),
        "Ukraine",
    ),
    (
        "according_to_agency",
        "According to HUR, Chinese firms shipped engines to Russia.",
        ("China", "component_supply", "asserted"),
        "Ukraine",
    ),
    (
        "portfolio_before_name",
        "Iran has never sent drones to Russia, Minister of Defense Tomasz Rybak told reporters.",
        ("Iran", "drone_supply", "denied"),
        "Tomasz Rybak",
    ),
    (
        "first_of_a_comma_list",
        "Canada, Japan and Australia said Iran had shipped missiles to Russia.",
        ("Iran", "weapons_supply", "asserted"),
        "Canada",
    ),
]


@pytest.mark.parametrize(
    ("text", "triple", "source"), [r[1:] for r in SOURCES], ids=[r[0] for r in SOURCES]
)
def test_source(extractor: Extractor, text: str, triple: Triple, source: str | None) -> None:
    claims = {(c.subject, c.claim_type, c.stance): c for c in extractor.extract(article(text))}
    assert triple in claims, sorted(claims)
    assert claims[triple].source == source
