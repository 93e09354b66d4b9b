"""Table-driven trigger shapes: the measures an actor gets around named by their own words
(a ban on, the price cap), false papers by their many names, ... One row per construction,
with near misses that must yield no claim."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]


def triples(ex: Extractor, text: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in ex.extract(text)}


EVADES = "sanctions_evasion"
PARTS = "component_supply"

# (id, text, expected claims)
SHAPES = [
    (
        "get_around_the_ban_on",
        "Investigators say Halvor Trade AS set up the scheme to get around the EU ban on exports "
        "of machine tools to Russia.",
        {("Halvor Trade", EVADES, "asserted")},
    ),
    (
        "circumvent_the_price_cap",
        "Officials said Black Reef Shipping helped Russian exporters circumvent the oil price cap.",
        {("Black Reef Shipping", EVADES, "asserted")},
    ),
    (
        "bogus_attestations",
        "Kestrel Marine Ltd used bogus attestations to hide the price Russian oil sold for, the "
        "Treasury said.",
        {("Kestrel Marine", EVADES, "asserted")},
    ),
    (
        "fraudulent_customs_declarations",
        "Prosecutors said Tallinn-based Baltvent OU had shipped the modules to Russia using "
        "fraudulent customs declarations.",
        {("Baltvent OU", EVADES, "asserted"), ("Baltvent OU", PARTS, "asserted")},
    ),
]

NEAR_MISSES = [
    (
        "complied_with_the_ban",
        "The EU ban on exports of machine tools to Russia took effect in 2022, and Halvor Trade "
        "AS said it had complied with it.",
    ),
    (
        "the_price_cap_is_hard_to_enforce",
        "Officials said Black Reef Shipping warned that the price cap on Russian oil would be "
        "hard to enforce.",
    ),
    (
        "false_statements_to_investigators",
        "Kestrel Marine Ltd was fined for making false statements to Russian investigators.",
    ),
    (
        "a_ban_that_hurts_business",
        "Halvor Trade AS said the ban on Russian fish imports would hurt its business.",
    ),
    (
        "false_descriptions_of_a_building",
        "Baltvent OU published false descriptions of its warehouse near Moscow, critics said.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in SHAPES], ids=[r[0] for r in SHAPES])
def test_trigger_shapes(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize("text", [r[1] for r in NEAR_MISSES], ids=[r[0] for r in NEAR_MISSES])
def test_near_misses_yield_no_claim(extractor: Extractor, text: str) -> None:
    assert triples(extractor, article(text)) == set()
