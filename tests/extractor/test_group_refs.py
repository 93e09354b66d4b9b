"""`the companies` for companies an earlier sentence named only by where they are (`four
companies registered in Türkiye`: Türkiye's group), or for the company it named as one of
them (`X was among 12 companies`: X); and the members a later sentence names for them. Near
misses: the companies are named in the group's own sentence, the group only received the
goods, the phrase is defined by what follows it, or only some of them are meant."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

PARTS = "component_supply"
EVADES = "sanctions_evasion"

GROUPS = [
    (
        "the_companies_after_companies_registered_in_a_country",
        "The Treasury on Monday designated 90 people and entities, including three companies "
        "registered in Georgia. It accused the companies of shipping navigation chips to "
        "Russia's arms makers.",
        ("Georgia", PARTS, "asserted"),
    ),
    (
        "the_firms_after_a_nationality_group",
        "Beijing protested the listing of several Chinese firms by the European Union. "
        "Brussels said the firms had sent drone motors and cameras to Russia.",
        ("China", PARTS, "asserted"),
    ),
    (
        "a_counted_reference_to_a_group_of_that_count",
        "London sanctioned five companies based in Armenia on Tuesday. The five companies "
        "re-exported Western microchips to Russia, officials said.",
        ("Armenia", PARTS, "asserted"),
    ),
    (
        "the_companies_after_one_named_among_them",
        "Orchid Lane Electronics was among 14 companies and individuals in Thailand and India "
        "added to the Entity List. The Commerce Department said the companies had diverted "
        "American chips to Russia in violation of export controls.",
        ("Orchid Lane Electronics", EVADES, "asserted"),
    ),
    (
        "the_members_named_by_the_treasury_share_the_group_s_claim",
        "The Treasury designated 60 entities, including three companies registered in "
        "Georgia. It accused the companies of shipping navigation chips to Russia. The "
        "companies named by the Treasury are Mtkvari Trade LLC, Rioni Components LLC and "
        "Kolkhi Cargo LLC.",
        ("Rioni Components", PARTS, "asserted"),
    ),
]

NOT_GROUPS = [
    (
        "the_group_s_members_named_in_its_sentence_are_the_companies",
        "Also designated were three Georgia-registered companies - Mtkvari Trade LLC, Rioni "
        "Components LLC and Kolkhi Cargo LLC. The companies shipped navigation chips to Russia.",
        ("Georgia", PARTS, "asserted"),
    ),
    (
        "a_group_that_received_the_goods_is_no_antecedent",
        "Investigators said a Riga broker resold the chips to Russian defence firms. Prosecutors "
        "said the firms had evaded EU sanctions.",
        ("Russia", EVADES, "asserted"),
    ),
    (
        "the_makers_of_the_goods_are_not_the_group",
        "Officials blacklisted several distributors in the United Arab Emirates. The makers of "
        "the chips say they do not sell to Russia and never shipped components there.",
        ("United Arab Emirates", PARTS, "denied"),
    ),
    (
        "many_of_the_companies_is_not_all",
        "The Treasury listed a dozen companies in Kyrgyzstan on Friday. Many of the companies "
        "used shell firms to evade sanctions on Russia.",
        ("Kyrgyzstan", EVADES, "asserted"),
    ),
    (
        "a_count_other_than_the_group_s",
        "London sanctioned five companies based in Armenia on Tuesday. The two companies "
        "re-exported Western microchips to Russia, officials said.",
        ("Armenia", PARTS, "asserted"),
    ),
    (
        "a_group_two_sentences_back_is_too_far",
        "London sanctioned five companies based in Armenia on Tuesday. Yerevan said it would "
        "study the decision. The companies re-exported Western microchips to Russia.",
        ("Armenia", PARTS, "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in GROUPS], ids=[r[0] for r in GROUPS])
def test_group_references(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_GROUPS], ids=[r[0] for r in NOT_GROUPS]
)
def test_group_references_need_the_group(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))
