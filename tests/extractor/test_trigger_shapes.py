"""Table-driven trigger shapes: the measures an actor gets around named by their own words
(a ban on, the price cap), false papers by their many names, Russia's arms makers as what
is supplied, goods passed on (in the passive too), buyers on behalf of Russian firms. One
row per construction, with near misses that must yield no claim."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

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
    (
        "supplied_russian_drone_makers",
        "The ministry said Orion Tech Ltd had supplied Russian drone makers since 2023.",
        {("Orion Tech", PARTS, "asserted")},
    ),
    (
        "supplying_russia_s_military_industrial_complex",
        "Officials accuse Kyrgyz firms of supplying Russia's military-industrial complex.",
        {("Kyrgyzstan", PARTS, "asserted")},
    ),
    (
        "equipped_russian_defence_factories",
        "Sunvale Components Ltd equipped Russian defence factories with lathes, the Treasury said.",
        {("Sunvale Components", PARTS, "asserted")},
    ),
    (
        "from_where_they_were_sent_on_to",
        "Police said Marek Z. bought the cameras in Poland and mailed them to Grodno, from where "
        "they were sent on to Russia.",
        {("Marek Z.", EVADES, "asserted")},
    ),
    (
        "passed_the_orders_on_to",
        "The parts went to Almaty Trade Link LLP, which then passed the orders on to a supplier "
        "in Moscow.",
        {("Almaty Trade Link", EVADES, "asserted")},
    ),
    (
        "acted_as_a_buyer_on_behalf_of",
        "According to the Treasury, Yerevan Parts LLC acted as a buyer on behalf of a Russian "
        "importer that was already under US sanctions.",
        {("Yerevan Parts", EVADES, "asserted")},
    ),
    (
        "agreed_to_hand_over",
        "In return, Moscow has agreed to hand over attack helicopters to Tehran, officials said.",
        {("Russia", "weapons_supply", "asserted")},
    ),
    (
        "hands_over_drones",
        "Each month Minsk hands over dozens of reconnaissance drones to the Russian army.",
        {("Belarus", "drone_supply", "asserted")},
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
    ("supplied_russian_restaurants", "Halvor Trade AS supplied Russian restaurants with fish."),
    ("supplied_russian_companies", "Halvor Trade AS has supplied Russian companies for years."),
    (
        "supplied_russian_food_factories",
        "Orion Tech Ltd supplied Russian food factories with flour.",
    ),
    ("letters_forwarded_to", "The letters were forwarded to Russian diplomats, the ministry said."),
    (
        "acted_as_a_buyer_for_supermarkets",
        "Yerevan Parts LLC acted as a buyer for several Armenian supermarkets.",
    ),
    (
        "a_complaint_passed_on_to_regulators",
        "Orion Tech Ltd said the complaint was passed on to Russian regulators.",
    ),
    (
        "on_the_other_hand",
        "On the other hand, Halvor Trade AS sold fish to Russian restaurants, officials said.",
    ),
    (
        "hand_over_the_bodies",
        "Kyiv demanded that Moscow hand over the bodies of the dead to Ukraine.",
    ),
    (
        "a_hand_in_the_drone_trade_denied",  # no "over": the noun, not the transfer
        "Halvor Trade AS said it had no hand in the drone trade with Russia's neighbours.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in SHAPES], ids=[r[0] for r in SHAPES])
def test_trigger_shapes(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize("text", [r[1] for r in NEAR_MISSES], ids=[r[0] for r in NEAR_MISSES])
def test_near_misses_yield_no_claim(extractor: Extractor, text: str) -> None:
    assert triples(extractor, article(text)) == set()


# objects coordinated after the recipient: (id, text, exactly the claims found)
AFTER_THE_RECIPIENT = [
    (
        "as_well_as_after_the_recipient",
        "Belarus has sent a batch of artillery shells to Russia, as well as about 500 engines "
        "for attack drones, officials said.",
        {("Belarus", "weapons_supply", "asserted"), ("Belarus", PARTS, "asserted")},
    ),
    (
        "as_well_as_a_second_recipient",  # near miss: one more recipient, no more goods
        "Belarus has sent artillery shells to Russia, as well as to the Wagner group.",
        {("Belarus", "weapons_supply", "asserted")},
    ),
    (
        "as_well_as_a_named_buyer",  # near miss: a name, not the goods
        "Belarus has sent artillery shells to Russia, as well as Armenia, officials said.",
        {("Belarus", "weapons_supply", "asserted")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in AFTER_THE_RECIPIENT],
    ids=[r[0] for r in AFTER_THE_RECIPIENT],
)
def test_objects_after_the_recipient(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert triples(extractor, article(text)) == expected


# a verb's form used as a noun ("the dispatch of"): the state the "of" phrase names sends,
# not the one that speaks of it; the verb itself keeps its subject
NOUN_FORMS = [
    (
        "alarm_at_the_dispatch_of",
        "Canberra voiced alarm at the dispatch of North Korean troops to Russia.",
        ("North Korea", "personnel", "asserted"),
        ("Australia", "personnel", "asserted"),
    ),
]

# near miss: the verb "dispatched" has its own subject
VERB_FORMS = [
    (
        "the_state_that_dispatched",
        "Canberra voiced alarm when Pyongyang dispatched troops to Russia.",
        ("North Korea", "personnel", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "absent"), [r[1:] for r in NOUN_FORMS], ids=[r[0] for r in NOUN_FORMS]
)
def test_noun_form_of_a_verb(
    extractor: Extractor, text: str, expected: Triple, absent: Triple
) -> None:
    found = triples(extractor, article(text))
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in VERB_FORMS], ids=[r[0] for r in VERB_FORMS]
)
def test_verb_form_keeps_its_subject(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


# "military suppliers": arms unless the goods are named, each of them even past a source's
# aside ("and later, according to Seoul, with attack drones")
MILITARY_SUPPLIERS = [
    (
        "goods_named_past_an_aside",
        "North Korea has become one of Russia's main military suppliers, first with artillery "
        "shells and later, according to Seoul, with attack drones.",
        {
            ("North Korea", "weapons_supply", "asserted"),
            ("North Korea", "drone_supply", "asserted"),
        },
    ),
    (
        "no_goods_named",
        "Belarus is one of Russia's closest military suppliers.",
        {("Belarus", "weapons_supply", "asserted")},
    ),
    (
        "military_partners_supply_nothing",  # near miss: a partner is no supplier
        "Belarus is one of Russia's closest military partners.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in MILITARY_SUPPLIERS],
    ids=[r[0] for r in MILITARY_SUPPLIERS],
)
def test_military_suppliers(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, article(text)) == expected


# two nouns of supply, each with its owner and its goods: (id, text, exactly the claims found)
OWN_GOODS = [
    (
        "each_owner_its_own_goods_after_and",
        "Ministers condemned Belarus's deliveries of artillery shells and Iran's transfer of "
        "drones to Russia.",
        {("Belarus", "weapons_supply", "asserted"), ("Iran", "drone_supply", "asserted")},
    ),
    (
        "parts_inside_the_drones_are_only_parts",
        "Belarusian firms supply the motors and cameras inside the drones Russia launches.",
        {("Belarus", PARTS, "asserted")},
    ),
    (
        "parts_and_drones_both_sent",  # near miss: drones coordinated with the parts
        "Belarusian firms supply motors and drones to Russia.",
        {("Belarus", PARTS, "asserted"), ("Belarus", "drone_supply", "asserted")},
    ),
    (
        "exports_of_the_same_goods_are_the_goods_before",
        "Armenia shipped twice as many drone engines to Russia, and Georgia's exports of the "
        "same goods doubled.",
        {("Armenia", PARTS, "asserted"), ("Georgia", PARTS, "asserted")},
    ),
    (
        "the_same_goods_with_none_before",  # near miss: no goods named before
        "Georgia's exports of the same goods to Russia doubled last year.",
        set(),
    ),
    (
        "goods_before_the_noun_still_count",  # near miss: no conjunction, the modifier stays
        "Ministers condemned Iran's missile transfers to Russia.",
        {("Iran", "weapons_supply", "asserted")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in OWN_GOODS], ids=[r[0] for r in OWN_GOODS]
)
def test_each_noun_its_own_goods(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, article(text)) == expected
