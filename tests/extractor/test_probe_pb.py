"""A probe of sanctions wording (evasion and sanctions imposed, asserted and denied): one
table per general fix, each row our own sentence, with a near miss that must stay empty
or unchanged."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article, claims_by_triple

Triple = tuple[str, str, str]

_EV = "sanctions_evasion"
_IM = "sanctions_imposed"


def _sanctions(extractor: Extractor, body: str) -> set[Triple]:
    return {
        (c.subject, c.claim_type, c.stance)
        for c in extractor.extract(article(body))
        if c.claim_type in (_EV, _IM)
    }


# the `by` agent of a passive or a noun of evasion, a destination or a route between
AGENTS = [
    (
        "passive_after_and_then",
        "The goods were shipped to Armenia and then re-exported to Russia by Ararat Trade LLC, "
        "the customs service said.",
        {("Ararat Trade", _EV, "asserted")},
    ),
    (
        "noun_with_object_and_destination",
        "The re-export of Western machine tools to Russia by Georgian traders has surged since "
        "2022.",
        {("Georgia", _EV, "asserted")},
    ),
    (
        "passive_with_route",
        "Investigators say the components were routed through Uzbekistan by Samarkand Tech "
        "Supply LLC to obscure their final destination.",
        {("Samarkand Tech Supply", _EV, "asserted"), ("Uzbekistan", _EV, "asserted")},
    ),
    (
        "near_miss_by_after_a_verb_is_no_agent",
        "The re-export of chips to Russia was documented by Ararat Trade LLC.",
        set(),
    ),
    (
        "near_miss_by_in_a_later_clause",
        "The chips were re-exported to Russia after being bought by Ararat Trade LLC in Germany.",
        set(),
    ),
]


@pytest.mark.parametrize(("body", "want"), [r[1:] for r in AGENTS], ids=[r[0] for r in AGENTS])
def test_evasion_agent(extractor: Extractor, body: str, want: set[Triple]) -> None:
    assert _sanctions(extractor, body) == want


# a `by` actor right after a destination is the deed's agent, not the speaker
def test_agent_after_destination_is_no_speaker(extractor: Extractor) -> None:
    claims = claims_by_triple(
        extractor,
        article(
            "The chips were re-exported to Russia by Ararat Trade LLC, the customs service said."
        ),
    )
    assert claims[("Ararat Trade", _EV, "asserted")].source is None


def test_report_by_an_outlet_still_speaks(extractor: Extractor) -> None:
    claims = claims_by_triple(
        extractor,
        article("A report by Reuters said Ararat Trade LLC re-exported chips to Russia."),
    )
    assert claims[("Ararat Trade", _EV, "asserted")].source == "Reuters"


# sanctions said by "export restrictions", "slapped with", "faces an", "landed on", the
# Entity List's owner; a threat of them imposes nothing
IMPOSED = [
    (
        "export_restrictions_on_a_group",
        "The Commerce Department imposed export restrictions on 16 Chinese firms that it said "
        "helped Russia's military.",
        {("China", _IM, "asserted")},
        "United States",
    ),
    (
        "slapped_with_export_restrictions",
        "Zarion Trade LLC was also slapped with U.S. export restrictions for supplying Russia.",
        {("Zarion Trade", _IM, "asserted")},
        "United States",
    ),
    (
        "faces_an_asset_freeze",
        "Vantor Electronics Ltd faces an asset freeze and a travel ban under new measures "
        "targeting Russia's suppliers.",
        {("Vantor Electronics", _IM, "asserted")},
        None,
    ),
    (
        "landed_on_the_entity_list",
        "Corvan Logistics landed on the Entity List in March over its role in supplying Russia.",
        {("Corvan Logistics", _IM, "asserted")},
        "United States",
    ),
    (
        "near_miss_export_restrictions_on_goods",
        "China imposed export restrictions on drone parts in September.",
        set(),
        None,
    ),
    (
        "near_miss_could_be_slapped_with",
        "Helix Parts Ltd could be slapped with U.S. export restrictions for supplying Russia.",
        set(),
        None,
    ),
    (
        "near_miss_could_be_hit_with",
        "Helix Parts Ltd could be hit with U.S. sanctions for supplying Russia.",
        set(),
        None,
    ),
    (
        "near_miss_may_face_an_asset_freeze",
        "Corvan Logistics may face an asset freeze over its Russia trade.",
        set(),
        None,
    ),
    (
        "near_miss_landed_on_a_tarmac",
        "Corvan Logistics landed on the tarmac in Moscow on Tuesday.",
        set(),
        None,
    ),
]


@pytest.mark.parametrize(
    ("body", "want", "source"), [r[1:] for r in IMPOSED], ids=[r[0] for r in IMPOSED]
)
def test_sanctions_imposed_forms(
    extractor: Extractor, body: str, want: set[Triple], source: str | None
) -> None:
    assert _sanctions(extractor, body) == want
    claims = claims_by_triple(extractor, article(body))
    for triple in want:
        assert claims[triple].source == source
