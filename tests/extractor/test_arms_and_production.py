"""Drone production, drone and arms supply, personnel: the shapes of these claims (where a
plant is named, who helps whom produce, what is shipped, who is sent) and the near misses
that are none. One row per pattern, each with a name; our own sentences."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

ALABUGA = "Alabuga Special Economic Zone"

CLAIMS = [
    (
        "a_plan_to_assemble_at_the_named_zone",
        "Documents describe plans to assemble 4,000 Geran drones at the Alabuga special economic "
        "zone by next year.",
        (ALABUGA, "drone_production", "asserted"),
    ),
    (
        "a_participle_at_the_named_zone",
        "Investigators found Geran-2s assembled at the Alabuga Special Economic Zone, with "
        "Russian markings inside.",
        (ALABUGA, "drone_production", "asserted"),
    ),
    (
        "a_plant_in_the_named_zone",
        "Russia now builds the drones at a factory in the Alabuga zone.",
        (ALABUGA, "drone_production", "asserted"),
    ),
    (
        "the_zone_in_its_russian_word_order",
        "The measures also target JSC Special Economic Zone Alabuga, where Geran drones are "
        "assembled.",
        (ALABUGA, "drone_production", "asserted"),
    ),
    (
        "a_named_plant_houses_the_main_factory",
        "Kazan's Zelenodolsk Aviation Plant houses Russia's main factory for Geran-3 drones.",
        ("Zelenodolsk Aviation Plant", "drone_production", "asserted"),
    ),
    (
        "the_named_zone_is_the_most_important_production_site",
        "The Alabuga plant, some 900 kilometres from the border, is Russia's largest production "
        "site for the Geran-2 attack drone.",
        (ALABUGA, "drone_production", "asserted"),
    ),
    (
        "the_main_drone_factory_is_in_the_named_zone",
        "The main drone factory is in the Alabuga special economic zone.",
        (ALABUGA, "drone_production", "asserted"),
    ),
    (
        "the_main_production_facility_is_in_the_named_zone_without_a_drone_word",
        "The main production facility is in the Alabuga zone, where engineers refined the "
        "original design.",
        (ALABUGA, "drone_production", "asserted"),
    ),
    (
        "a_participle_in_the_named_zone",
        "Shahed drones assembled in the Alabuga special economic zone have struck Kyiv.",
        (ALABUGA, "drone_production", "asserted"),
    ),
    (
        "production_run_through_a_named_company",
        "Production of the Geran drones is run through a company called Kazan Avia Systems.",
        ("Kazan Avia Systems", "drone_production", "asserted"),
    ),
    (
        "helped_set_up_a_production_line",
        "Tehran helped Moscow set up a production line for the Shahed drones in 2023.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "helped_establish_drone_production_lines",
        "Iran helped Russia establish drone production lines.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "russia_helping_a_state_build_its_own_drones",
        "Russia is helping North Korea build its own attack drones, South Korea's spy agency said.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "russia_helping_a_state_set_up_an_assembly_line",
        "Moscow is helping Pyongyang set up an assembly line for Shahed-type drones.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "a_carrier_hauled_a_long_cargo_from_a_state",
        "A shuttle service that has carried some 10,000 containers of shells, rockets and other "
        "munitions from North Korea to Russia since 2023 was sanctioned.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "vessels_that_carried_national_shells",
        "Investigators said the freighters that carried Iranian artillery shells across the "
        "Caspian were owned by a Russian firm.",
        ("Iran", "weapons_supply", "asserted"),
    ),
    (
        "drones_for_its_allies_units_are_still_supplied",
        "Iran has been supplying its Shahed drones to Russian units since 2022.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "the_state_of_a_named_carriers_cargo",
        "Amur Cargo, which has carried North Korean artillery shells to Russia, was sanctioned.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "recruited_with_an_aside_naming_a_state",
        "Cuban nationals have been recruited in large numbers, with Ukrainian officials "
        "estimating that 1,000 signed up with the Russian army.",
        ("Cuba", "personnel", "asserted"),
    ),
    (
        "migrants_signed_contracts_with_the_army",
        "Dozens of Kyrgyz migrants have signed contracts with the Russian military in exchange "
        "for fast-track citizenship.",
        ("Kyrgyzstan", "personnel", "asserted"),
    ),
]

NOT_CLAIMED = [
    (
        "a_town_that_hosts_a_drone_fair",
        "Kazan hosts Russia's main trade fair for drones every spring.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "a_named_company_that_hosts_a_drone_fair",
        "Kazan Expo Group hosts Russia's main trade fair for drones every spring.",
        ("Kazan Expo Group", "drone_production", "asserted"),
    ),
    (
        "the_main_production_facility_in_a_town",
        "The main production facility is in Kazan, where engineers refined the original design.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "a_named_plant_that_makes_no_drones",
        "The Zelenodolsk Aviation Plant is Russia's largest production site for river ferries.",
        ("Zelenodolsk Aviation Plant", "drone_production", "asserted"),
    ),
    (
        "the_state_russia_helps_makes_its_own_drones",
        "Russia is helping North Korea build its own attack drones, South Korea's spy agency said.",
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "ukraines_own_production_lines",
        "Ukraine has set up new production lines for its long-range drones.",
        ("Ukraine", "drone_production", "asserted"),
    ),
    (
        "a_denial_with_an_object_of_its_own",
        "Iran, which helped Russia set up the production lines for the drones, has denied "
        "supplying weapons.",
        ("Iran", "drone_production", "denied"),
    ),
    (
        "people_sent_to_a_plant_in_the_zone_make_nothing_there",
        "Workers from Uganda were sent to a plant in the Alabuga zone.",
        (ALABUGA, "drone_production", "asserted"),
    ),
    (
        "a_carrier_of_national_coal",
        "The freighter carried North Korean coal from Rajin to a port in China.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "a_carrier_of_tourists",
        "The ferries carried Chinese tourists from Shanghai to Vladivostok.",
        ("China", "personnel", "asserted"),
    ),
    (
        "migrants_signed_leases",
        "Kyrgyz migrants signed rental contracts with landlords in Moscow.",
        ("Kyrgyzstan", "personnel", "asserted"),
    ),
    (
        "drones_a_state_keeps_for_its_own_units",
        "Officials say North Korea is mass-producing attack drones with the aim of equipping its "
        "front-line units.",
        ("North Korea", "drone_supply", "asserted"),
    ),
    (
        "a_shipment_not_ruled_out_is_no_shipment",
        "Seoul said it could not rule out that Pyongyang might eventually send some of the drones "
        "to Russia.",
        ("North Korea", "drone_supply", "asserted"),
    ),
    (
        "a_sender_not_ruled_out_sent_nothing",
        "Officials could not rule out that Iran might later ship ballistic missiles to Russia.",
        ("Iran", "weapons_supply", "asserted"),
    ),
    (
        "arms_factories_kept_supplied_with_parts",
        "Serbian traders sent machine-tool parts to Russia, keeping its arms factories supplied.",
        ("Serbia", "weapons_supply", "asserted"),
    ),
    (
        "goods_of_priority_for_the_arms_industry",
        "Georgian exports of goods flagged as critical for the Russian arms industry have soared.",
        ("Georgia", "weapons_supply", "asserted"),
    ),
]

# "the weapons" after the drones the sentence named are those drones
NOT_CLAIMED += [
    (
        "the_weapons_are_the_drones_named_before",
        "Russia has received hundreds of attack drones from Iran, and Tehran is now helping "
        "Moscow move from importing the weapons to producing them.",
        ("Iran", "weapons_supply", "asserted"),
    ),
]

# near misses: the weapons of a relative clause are others; arms shipped to the arms
# factories are still arms
CLAIMS += [
    (
        "the_munitions_that_are_others",
        "Iran sent attack drones to Russia and also shipped the munitions that Moscow fires "
        "at Kharkiv.",
        ("Iran", "weapons_supply", "asserted"),
    ),
]

CLAIMS += [
    (
        "arms_sent_to_arms_factories",
        "Serbian traders shipped artillery shells to Russian arms factories.",
        ("Serbia", "weapons_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in CLAIMS], ids=[r[0] for r in CLAIMS]
)
def test_claims(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in NOT_CLAIMED], ids=[r[0] for r in NOT_CLAIMED]
)
def test_not_claimed(extractor: Extractor, sentence: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(sentence))
