"""Probe pa: wordings of supply, production and personnel that reporters vary (phrasal
verbs of output, verbs of hauling, ...). One row per wording, each with a near miss that
must stay empty."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

MAKES = "drone_production"
DRONES = "drone_supply"
PARTS = "component_supply"
ARMS = "weapons_supply"
PEOPLE = "personnel"

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
    (
        "peddled",
        "Chinese vendors have peddled thousands of drones to Russian units, the investigation "
        "found.",
        {("China", DRONES, "asserted")},
    ),
    (
        "airlifted",
        "Iran airlifted attack drones to Russia on cargo flights, officials said.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "airlifted_to_ukraine_near_miss",
        "Western countries airlifted ammunition to Ukraine.",
        set(),
    ),
    (
        "trucked_into",
        "Belarusian firms trucked commercial drones into Russia, the report found.",
        {("Belarus", DRONES, "asserted")},
    ),
    (
        "handled_the_trucking_near_miss",
        "A Georgian forwarder handled the trucking for a Russian retailer's furniture.",
        set(),
    ),
    (
        "key_provider_of",
        "Iran has become a key provider of drones to Russia, officials said.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "major_provider_of_electronics",
        "China is a major provider of electronics to Russia's arms makers, NATO said.",
        {("China", PARTS, "asserted")},
    ),
    (
        "internet_providers_near_miss",
        "Internet providers in Russia blocked the site.",
        set(),
    ),
    (
        "are_flowing_to",
        "North Korean weapons are flowing to Russia by sea, US officials said.",
        {("North Korea", ARMS, "asserted")},
    ),
    (
        "keep_pouring_into",
        "Chinese components keep pouring into Russia, officials said.",
        {("China", PARTS, "asserted")},
    ),
    (
        "poured_drones_into",
        "Iran has poured drones into Russia since 2022, officials said.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "flowing_to_ukraine_near_miss",
        "Western weapons are flowing to Ukraine.",
        set(),
    ),
    (
        "cash_flowing_near_miss",
        "Cash flowing from Russian oil sales funds the war.",
        set(),
    ),
    (
        "goods_from_state_shipped",
        "Shells from North Korea were shipped by rail to Russian depots, satellite images show.",
        {("North Korea", ARMS, "asserted")},
    ),
    (
        "goods_from_state_flow_into",
        "Dual-use goods from China continue to flow into Russia, NATO officials said.",
        {("China", PARTS, "asserted")},
    ),
    (
        "goods_from_state_to_ukraine_near_miss",
        "Drones from Turkey were delivered to Ukraine.",
        set(),
    ),
    (
        "officials_from_state_near_miss",
        "Officials from China said drones were shipped to Russia by Iran.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "troops_arrived_in",
        "North Korean troops arrived in Russia in October, Seoul said.",
        {("North Korea", PEOPLE, "asserted")},
    ),
    (
        "arrived_at_the_front",
        "North Korean troops have arrived at the front in Kursk, Kyiv said.",
        {("North Korea", PEOPLE, "asserted")},
    ),
    (
        "the_arrival_of",
        "The arrival of North Korean troops in Russia alarmed Seoul.",
        {("North Korea", PEOPLE, "asserted")},
    ),
    (
        "students_arrived_near_miss",
        "Chinese students arrived in Moscow for the new term.",
        set(),
    ),
    (
        "workers_arrived_to_build_near_miss",
        "Chinese workers arrived in Russia to build a bridge.",
        set(),
    ),
    (
        "should_x_send_near_miss",
        "Should Beijing send lethal aid to Moscow, the EU would respond with sanctions.",
        set(),
    ),
    (
        "were_x_to_supply_near_miss",
        "Were China to supply weapons to Russia, it would face consequences, Blinken warned.",
        set(),
    ),
    (
        "should_it_continue_after_the_act",
        "Iran shipped drones to Russia. Should it continue, the EU would respond.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "chips_found_in_missiles_supplied_by",
        "Chips found in Russian missiles were supplied by Chinese traders, the report found.",
        {("China", PARTS, "asserted")},
    ),
    (
        "missiles_supplied_by_near_miss",
        "Missiles fired at Kyiv were supplied by North Korea.",
        {("North Korea", ARMS, "asserted")},
    ),
    (
        "shells_for_howitzers_near_miss",
        "Shells and rockets for Russian howitzers were supplied by North Korea.",
        {("North Korea", ARMS, "asserted")},
    ),
    (
        "makers_source_from",
        "Russian arms makers source microelectronics from Chinese suppliers, officials said.",
        {("China", PARTS, "asserted")},
    ),
    (
        "are_sourcing_from",
        "Russian arms makers are sourcing microelectronics from Chinese suppliers.",
        {("China", PARTS, "asserted")},
    ),
    (
        "can_source_from",
        "Moscow can source drones from Iran, analysts said.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "ukrainian_makers_source_near_miss",
        "Ukrainian drone makers source parts from Chinese suppliers.",
        set(),
    ),
    (
        "sources_from_the_ministry_near_miss",
        "Sources from the ministry said drones were shipped to Russia.",
        set(),
    ),
    (
        "main_source_of_unchanged",
        "China is the main source of drone components for Russia's military, officials said.",
        {("China", PARTS, "asserted")},
    ),
    (
        "secured_a_steady_supply_of",
        "The Kremlin has secured a steady supply of Iranian drones, officials said.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "secured_deliveries_of",
        "Moscow has secured deliveries of North Korean missiles.",
        {("North Korea", ARMS, "asserted")},
    ),
    (
        "kyiv_secured_near_miss",
        "Kyiv has secured a steady supply of Western shells.",
        set(),
    ),
    (
        "secured_with_bolts_near_miss",
        "The drones are secured with Chinese-made bolts.",
        set(),
    ),
    (
        "secured_the_release_near_miss",
        "Russia secured the release of its soldiers.",
        set(),
    ),
    (
        "iranian_supplied_missiles",
        "Russia fired Iranian-supplied missiles at Kyiv overnight, Ukraine's air force said.",
        {("Iran", ARMS, "asserted")},
    ),
    (
        "north_korean_supplied_shells",
        "Russian forces used North Korean-supplied shells near Kursk.",
        {("North Korea", ARMS, "asserted")},
    ),
    (
        "were_iranian_supplied",
        "The Shahed drones that hit Kyiv on Monday were Iranian-supplied, Ukraine's air force "
        "said.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "supplied_compound_and_suppliers_after",
        "Russian engineers complained about some Iranian-supplied parts and sought "
        "alternatives from suppliers in China.",
        {("Iran", PARTS, "asserted")},
    ),
    (
        "us_supplied_near_miss",
        "Ukraine fired US-supplied missiles at Russian targets.",
        set(),
    ),
    (
        "british_supplied_near_miss",
        "Kyiv used British-supplied Storm Shadow missiles against Russia.",
        set(),
    ),
    (
        "lent_tanks_to",
        "Belarus has lent dozens of tanks to Russia, Ukrainian officials said.",
        {("Belarus", ARMS, "asserted")},
    ),
    (
        "lent_russia_artillery",
        "North Korea lent Russia artillery pieces, Seoul said.",
        {("North Korea", ARMS, "asserted")},
    ),
    (
        "lent_support_near_miss",
        "China lent support to Russia's position at the UN.",
        set(),
    ),
    (
        "lending_money_near_miss",
        "Chinese banks are lending money to Russian retailers.",
        set(),
    ),
    (
        "no_chinese_drones_have_been_sold",
        "No Chinese drones have been sold to Russia, the commerce ministry said.",
        {("China", DRONES, "denied")},
    ),
    (
        "no_iranian_weapons_were_sent",
        "No Iranian weapons were sent to Russia, Tehran said.",
        {("Iran", ARMS, "denied")},
    ),
    (
        "no_components_found_but_supplied_near_miss",
        "No Chinese components were found in the drones, but Iranian engines were supplied to "
        "Russia.",
        {("Iran", PARTS, "asserted")},
    ),
    (
        "said_reports_it_had_were_baseless",
        "Iran said reports it had supplied missiles to Russia were baseless.",
        {("Iran", ARMS, "denied")},
    ),
    (
        "said_claims_it_had_were_a_fabrication",
        "North Korea said claims it had sent troops to Russia were a fabrication.",
        {("North Korea", PEOPLE, "denied")},
    ),
    (
        "claims_it_the_verb_near_miss",
        "Iran claims it has supplied drones to Russia, in a false boast, analysts said.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "manufactured_in_state_for",
        "Garpiya-3 drones are manufactured in China for Russia's military, documents show.",
        {("China", MAKES, "asserted")},
    ),
    (
        "being_assembled_in_state",
        "Drones for the Russian army are being assembled in China, according to European "
        "intelligence.",
        {("China", MAKES, "asserted")},
    ),
    (
        "produced_in_state_and_shipped_near_miss",
        "The drones are produced in Iran and shipped to Russia.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "assembled_in_poland_near_miss",
        "Ukrainian drones are assembled in Poland.",
        set(),
    ),
    (
        "manufactured_in_russia_near_miss",
        "Shahed drones are now manufactured in Russia.",
        set(),
    ),
    (
        "artillerymen_joined",
        "North Korean artillerymen have joined the Russian army, Ukraine said.",
        {("North Korea", PEOPLE, "asserted")},
    ),
    (
        "snipers_fighting",
        "North Korean snipers are fighting in the Kursk region, Kyiv said.",
        {("North Korea", PEOPLE, "asserted")},
    ),
    (
        "a_contingent_is_fighting",
        "A North Korean contingent is fighting in the Kursk region, the Pentagon said.",
        {("North Korea", PEOPLE, "asserted")},
    ),
    (
        "paratroopers_drills_near_miss",
        "Chinese paratroopers held drills with Russian forces.",
        set(),
    ),
    (
        "ukrainian_contingent_near_miss",
        "A Ukrainian contingent is fighting in Kursk.",
        set(),
    ),
    (
        "sells_worldwide_near_miss",
        "Chinese firms sell drones worldwide, including to buyers in Europe and the United States.",
        set(),
    ),
    (
        "around_the_world_near_miss",
        "DJI sells drones around the world.",
        set(),
    ),
    (
        "worldwide_including_russia",
        "DJI sells drones worldwide, including in Russia.",
        {("DJI", DRONES, "asserted")},
    ),
    (
        "could_begin_sending_near_miss",
        "Washington is worried that Beijing could begin sending weapons to Moscow.",
        set(),
    ),
    (
        "may_begin_to_supply_near_miss",
        "Iran may begin to supply missiles to Russia.",
        set(),
    ),
    (
        "could_continue_sending",
        "Iran could continue sending drones to Russia, officials said.",
        {("Iran", DRONES, "asserted")},
    ),
    (
        "began_sending",
        "Iran began sending drones to Russia in 2022.",
        {("Iran", DRONES, "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_probe_row(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, article(text)) == expected
