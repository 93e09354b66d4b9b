"""rules-1.6.0: sentences of news about arms and drones that claim nothing the extractor
watches (one row per pattern, each with a name; our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]


def _triples(extractor: Extractor, text: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in extractor.extract(text)}


NOT_CLAIMED = [
    (
        "registered_as_an_exporter_is_a_status",
        "The ministry said Orkide Trading LLC was not registered as an exporter of dual-use "
        "goods to Russia.",
        ("Orkide Trading", "component_supply", "denied"),
    ),
    (
        "any_transfer_would_draw_a_response",
        "Ministers warned Pyongyang that any further transfer of artillery shells to Russia "
        "would be met with new sanctions.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "parts_for_air_defence_systems_are_components",
        "Chinese firms sold radar parts for air-defence systems to Russia last year.",
        ("China", "weapons_supply", "asserted"),
    ),
    (
        "a_single_national_named_is_one_person_not_a_denial",
        "A single Kazakh soldier was captured in Kharkiv while fighting alongside Russian troops, "
        "Ukraine's army said.",
        ("Kazakhstan", "personnel", "denied"),
    ),
    (
        "any_national_without_a_negator_is_no_denial",
        "Kyiv says Nepalese citizens fight for Russia, and that any Nepali citizen engaged in "
        "combat there was recruited online.",
        ("Nepal", "personnel", "denied"),
    ),
    (
        "denied_that_another_actor_sent_them",
        "Officials in Kyiv said drones were launched from Belarus. Belarus's defence ministry "
        "denied that Russian crews were sending drones from its airfields.",
        ("Belarus", "drone_supply", "denied"),
    ),
    (
        "rejected_claims_that_a_third_state_shipped_them",
        "Kazakhstan's foreign ministry rejected claims that Chinese firms were shipping drone "
        "parts to Russia through its territory.",
        ("Kazakhstan", "component_supply", "denied"),
    ),
    (
        "goods_that_may_not_be_sold_are_a_rule_not_a_denial",
        "Gyroscopes sit on the EU's list of items that may not be exported to Russia since "
        "they can guide missiles.",
        ("European Union", "weapons_supply", "denied"),
    ),
    (
        "sanctioned_goods_sanction_no_one",
        "The probe was run by the Latvian Revenue Service (VID) together with the State "
        "Security Service (VDD). VDD has warned in its yearly reports that Russia uses Caucasus "
        "countries as transit routes for sanctioned goods.",
        ("State Security Service", "sanctions_imposed", "asserted"),
    ),
    (
        "aircraft_spare_parts_are_no_drones",
        "Karavan Aero FZE shipped aircraft spare parts and gyroscopes to Russian buyers.",
        ("Karavan Aero", "drone_supply", "asserted"),
    ),
    (
        "a_technical_term_after_an_owner_supplies_nothing",
        "Suppliers abroad now ship most of the frames and motors for Russia's FPV drone units.",
        ("FPV", "component_supply", "asserted"),
    ),
    (
        "a_transfer_weighed_is_not_made",
        "Tehran said the transfer of Iranian drones to Russia would be illegal.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "exports_of_national_goods_that_arm_no_one",
        "Exports of Chinese cars to Russia doubled last year.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "police_arresting_over_parts_sent_in_a_headline",
        "Portuguese police arrest three traders over drone engines sent to Russia",
        ("Portugal", "component_supply", "asserted"),
    ),
    (
        "a_drones_payload_is_no_shipment",
        "Orbita, a Kazan firm that builds drones for the Russian army, makes a quadcopter "
        "carrying a 2-kilogram bomb.",
        ("Orbita", "drone_supply", "asserted"),
    ),
    (
        "no_comment_on_reports_of_workers_sent",
        "Uzbekistan has not commented on the reports of workers being sent to Russian drone "
        "plants.",
        ("Uzbekistan", "personnel", "denied"),
    ),
    (
        "materials_related_to_the_shells_are_no_parts",
        "Laos has shipped 2,000 containers of shells and related materials to Russia, officials "
        "say.",
        ("Laos", "component_supply", "asserted"),
    ),
    (
        "rocket_related_materials_are_no_parts",
        "Laos has shipped 2,000 containers of rockets or rocket-related materials to Russia, "
        "officials say.",
        ("Laos", "component_supply", "asserted"),
    ),
    (
        "a_trade_figure_of_ordinary_electronics",
        "Uzbek exports of electronics to Russia have grown sevenfold since 2021, customs "
        "figures show.",
        ("Uzbekistan", "component_supply", "asserted"),
    ),
    (
        "a_rise_in_reexports_of_cars_and_electronics",
        "Customs data point to a steep rise in re-exports of electronics and cars from "
        "Azerbaijan to Russia.",
        ("Azerbaijan", "component_supply", "asserted"),
    ),
    (
        "machine_parts_and_electronics_in_a_trade_figure",
        "Mongolian exports of machinery, machine parts and electronics to Russia jumped in 2023.",
        ("Mongolia", "component_supply", "asserted"),
    ),
    (
        "inclusion_of_goods_in_a_list_sanctions_no_one",
        "The inclusion of Iranian drone engines in the list of controlled goods was approved by "
        "Russia.",
        ("Iran", "sanctions_imposed", "asserted"),
    ),
    (
        "a_transport_corridor_is_no_route",
        "Kazakhstan is building a transport corridor to China, officials said.",
        ("Kazakhstan", "sanctions_evasion", "asserted"),
    ),
    (
        "a_dealer_sells_crop_spraying_drones",
        'Russia\'s war has made imports slower. "It takes longer," said Ana Beridze, whose '
        "Yerevan company sells agricultural drones and spare parts.",
        ("Armenia", "drone_supply", "asserted"),
    ),
    (
        "a_shop_sells_racing_drones",
        "Since Russia's invasion, prices have risen, said Li Wei, whose Shenzhen firm sells racing "
        "drones and batteries.",
        ("China", "drone_supply", "asserted"),
    ),
    (
        "the_distributors_bought_from_are_not_who_relabels",
        "Kestrel Trading bought chips from authorised distributors in Singapore and relabelled "
        "them as computer parts before shipping them to Russia.",
        ("Singapore", "sanctions_evasion", "asserted"),
    ),
    (
        "the_distributors_bought_from_before_a_passive_relabelling",
        "Kestrel Bright Electronics Ltd shipped chips to Russia. The modules were bought from "
        'authorised distributors in Taiwan, relabelled as "computer boards" and flown to Moscow.',
        ("Taiwan", "sanctions_evasion", "asserted"),
    ),
    (
        "relabelled_for_a_market_is_no_false_description",
        "Kestrel Foods Ltd relabelled its yoghurts for the Russian market in 2019.",
        ("Kestrel Foods", "sanctions_evasion", "asserted"),
    ),
    (
        "a_state_after_a_region_is_where_the_goods_came_from",
        "According to the filing, Anatolia Avionics Ltd obtained the items from distributors in "
        "Europe and the United States by falsely declaring Turkish airlines as end users, then "
        "re-exported them to Moscow.",
        ("United States", "sanctions_evasion", "asserted"),
    ),
    (
        "a_state_after_a_subregion_is_where_the_chips_came_from",
        "Kestrel Trading bought chips from suppliers in Southeast Asia and Japan and re-exported "
        "them to Russia to evade sanctions.",
        ("Japan", "sanctions_evasion", "asserted"),
    ),
    (
        "the_sanctioner_is_not_who_disguises_the_goods",
        "Britain sanctioned Kestrel Trading Ltd, a Kazakh firm that it said had acted as a "
        "go-between for Russian buyers, disguising the goods' destination with false end-user "
        "certificates.",
        ("United Kingdom", "sanctions_evasion", "asserted"),
    ),
    (
        "proceedings_over_violations_in_a_state",
        "The case is one of a growing number of proceedings in Germany over alleged violations of "
        "the Russia sanctions.",
        ("Germany", "sanctions_evasion", "asserted"),
    ),
    (
        "agency_opened_proceedings_for_violations",
        "In the past two years, SECO has opened around 40 proceedings for violations of the "
        "Russia sanctions, but only a handful have led to penalties.",
        ("Switzerland", "sanctions_evasion", "asserted"),
    ),
    (
        "cases_involving_violations",
        "Latvia's security service opened 42 criminal cases involving sanctions violations in "
        "2023.",
        ("Latvia", "sanctions_evasion", "asserted"),
    ),
    (
        "investigations_into_circumvention",
        "The Brescia case is the latest in a series of Italian investigations into the "
        "circumvention of the sanctions imposed by the EU.",
        ("Italy", "sanctions_evasion", "asserted"),
    ),
    (
        "statistic_linked_to_circumvention",
        "German exports to Kyrgyzstan, Kazakhstan and Armenia have risen sharply since the start "
        "of the war, a development that economists have linked to the circumvention of sanctions.",
        ("Kazakhstan", "sanctions_evasion", "asserted"),
    ),
    (
        "surge_attributed_to_evasion",
        "Italian exports to Armenia jumped tenfold last year, a surge that analysts attribute to "
        "sanctions evasion.",
        ("Armenia", "sanctions_evasion", "asserted"),
    ),
    (
        "sellers_to_a_middleman",
        "Kestrel Trading bought chips from US distributors and shipped them to Russia.",
        ("United States", "component_supply", "asserted"),
    ),
    (
        "sellers_to_a_freight_firm",
        "Tengri Cargo Service acted as an intermediary, receiving goods from China, Turkey and "
        "the UAE and forwarding them to Russia.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "sellers_to_a_reseller",
        "Acme Ltd purchased electronic components from Chinese suppliers and resold them to "
        "Russian buyers.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "accused_persons_citizenship",
        "Gennady Ivanov, 52, a naturalized US citizen who emigrated in the 1990s, is accused of "
        "buying microcontrollers from US distributors and shipping them to Russia.",
        ("United States", "component_supply", "asserted"),
    ),
    (
        "scheme_runners_nationality",
        "Prosecutors say Oleg Petrov, a Belarusian national, ran a scheme in which components "
        "bought in the EU were sent by truck to Russia.",
        ("Belarus", "component_supply", "asserted"),
    ),
    (
        "enterprises_producing_drones_are_no_runner",
        "Oleg Petrov ran a scheme in which components were sent by truck to Russian enterprises "
        "producing drones.",
        ("Oleg Petrov", "drone_production", "asserted"),
    ),
    (
        "russian_exporter_selling_abroad",
        "Rosoboronexport has traditionally supplied air defense systems and helicopters to "
        "partners in Asia and Africa, its director said in Moscow.",
        ("Rosoboronexport", "weapons_supply", "asserted"),
    ),
    (
        "russian_maker_selling_at_home",
        "Kalashnikov Concern delivered a new batch of Lancet drones to Russian distributors.",
        ("Kalashnikov Concern", "drone_supply", "asserted"),
    ),
    (
        "russian_maker_with_no_buyer_named",
        "Kalashnikov Concern delivered a new batch of Lancet drones, the company said in Moscow.",
        ("Kalashnikov Concern", "drone_supply", "asserted"),
    ),
    (
        "russian_exporter_to_a_foreign_army",
        "Rosoboronexport supplied Su-30 fighters and spare parts to the Indian Air Force, the "
        "Kremlin said.",
        ("Rosoboronexport", "weapons_supply", "asserted"),
    ),
    (
        "paid_suppliers_are_no_evaders",
        "Russian importers are paying their Chinese suppliers through payment agents in "
        "Kyrgyzstan and Uzbekistan, traders say.",
        ("China", "sanctions_evasion", "asserted"),
    ),
    (
        "agent_alone_is_no_evasion",
        "The company acted as an agent for a Russian buyer of tractors.",
        ("Russia", "sanctions_evasion", "asserted"),
    ),
    (
        "relative_clause_is_not_the_owners",
        "The chips were passed on to IEMZ Kupol, the Izhevsk-based subsidiary of defense "
        "conglomerate Almaz-Antey that assembles the Garpiya-3.",
        ("Almaz-Antey", "drone_production", "asserted"),
    ),
    (
        "line_of_business_is_no_production",
        "The EU sanctioned Qods Aviation, the Iranian company that develops the Mohajer drones, "
        "over deliveries to Russia.",
        ("Qods Aviation Industries", "drone_production", "asserted"),
    ),
    (
        "line_of_business_which_designs",
        "Britain imposed sanctions on Shahed Aviation Industries, which designs the Shahed family "
        "of drones, citing drone transfers to Russia.",
        ("Shahed Aviation Industries", "drone_production", "asserted"),
    ),
    (
        "means_of_the_helper",
        "Russia, in return, is helping North Korea improve its drone program, including by "
        "providing technology.",
        ("North Korea", "component_supply", "asserted"),
    ),
    (
        "means_of_the_helper_no_comma",
        "Moscow is helping Pyongyang modernise its drones by supplying satellite technology.",
        ("North Korea", "component_supply", "asserted"),
    ),
    (
        "destination_is_no_evader",
        "The engines reached Russia through intermediaries in Central Asia.",
        ("Russia", "sanctions_evasion", "asserted"),
    ),
    (
        "seat_adjective_is_no_origin",
        "The engines were re-exported by Kazakhstan-based Steppe Trading LLP to Russian buyers "
        "at the Alabuga zone, where the drones are assembled.",
        ("Kazakhstan", "drone_production", "asserted"),
    ),
    (
        "part_used_in_drones_is_no_drone",
        "According to the agency, the engine used in the drones was produced by Lintai Power "
        "Co., Ltd.",
        ("Lintai Power", "drone_production", "asserted"),
    ),
    (
        "chassis_are_no_weapons",
        "The Minsk Wheel Tractor Plant has supplied Russia with dozens of heavy chassis used to "
        "carry Iskander launchers.",
        ("Minsk Wheeled Tractor Plant", "weapons_supply", "asserted"),
    ),
    (
        "traced_payments",
        "Investigators traced the payments for the drone parts to a bank in Hong Kong.",
        ("Hong Kong", "component_supply", "asserted"),
    ),
    (
        "seat_of_a_firm_is_no_origin_of_drones",
        "Dubai-based Falcon Trading FZE sold drones to Russia.",
        ("United Arab Emirates", "drone_supply", "asserted"),
    ),
    (
        "took_delivery_of_russian_jets",
        "The Iraqi air force has taken delivery of its first Russian-made Su-30 fighter "
        "aircraft, state media said.",
        ("Iraq", "weapons_supply", "asserted"),
    ),
    (
        "aircraft_in_a_company_name",
        "The An-148 was designed by Antonov and is built by Voronezh Aircraft Production "
        "Association, part of the United Aircraft Corporation.",
        ("Voronezh Aircraft Production Association", "drone_production", "asserted"),
    ),
    (
        "the_country_bought",
        "Poland signed the deal in Warsaw. The country bought its first drones from Baykar in "
        "2021, months before the Russian invasion.",
        ("Baykar", "drone_supply", "asserted"),
    ),
    (
        "the_army_bought",
        "Latvia expanded its fleet. Its army bought 20 drones from Elbit after the Russian "
        "invasion.",
        ("Elbit", "drone_supply", "asserted"),
    ),
    (
        "gave_after_donating_to_ukraine",
        "Skyward Dynamics pledged to donate 40 drones to Ukraine after the Russian invasion. "
        "A fundraiser in Riga later prompted Skyward Dynamics to hand over two more drones.",
        ("Skyward Dynamics", "drone_supply", "asserted"),
    ),
    (
        "western_chipmaker_is_no_supplier",
        "Investigators found parts designed by Texas Instruments and Analog Devices in the "
        "wreckage of Russian drones.",
        ("Texas Instruments", "component_supply", "asserted"),
    ),
    (
        "several_of_the_firms_is_not_all",
        "The probe found chips made by Texas Instruments and Analog Devices in Russian drones. "
        "Britain had already sanctioned several of the firms identified by the newspaper.",
        ("Analog Devices", "sanctions_imposed", "asserted"),
    ),
    (
        "companies_and_individuals_are_no_fighters",
        "Britain on Tuesday imposed sanctions on 60 companies and individuals in China and "
        "India, accusing them of helping Moscow wage its war.",
        ("India", "personnel", "asserted"),
    ),
    (
        "acted_for_a_delegation",
        "Kazakhstan acted on behalf of the Russian delegation at the talks.",
        ("Kazakhstan", "sanctions_evasion", "asserted"),
    ),
    (
        "us_dollars_are_no_state",
        "Taipei fined three machine tool makers NT$6 million (US$187,000) for exporting CNC "
        "machines that ended up in Russia via third countries.",
        ("United States", "sanctions_evasion", "asserted"),
    ),
    (
        "its_own_arms_suppliers",
        "Armenia has also begun to diversify its arms suppliers, buying from India and France "
        "as Russia's war drags on.",
        ("Armenia", "weapons_supply", "asserted"),
    ),
    (
        "a_source_of_revenue",
        "The resolutions require states to send North Korean workers home, to cut off a key "
        "source of revenue for the North's weapons programs and Russia's war.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "production_equipment_is_a_thing",
        "Officials said Pyongyang wants help from Moscow in return, including fighter jets and "
        "ballistic missile production equipment.",
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "to_prevent_cooperation_that_violates_sanctions",
        "Seoul would coordinate with Washington and Tokyo to prevent any military cooperation "
        "between Russia and Pyongyang that violates UN sanctions.",
        ("Japan", "sanctions_evasion", "asserted"),
    ),
    (
        "respond_to_any_transfer",
        '"The EU is determined to respond swiftly to any transfer of Iranian ballistic missiles '
        'to Russia," the statement read.',
        ("European Union", "weapons_supply", "asserted"),
    ),
    (
        "it_turned_out",
        "It turned out that the drones had crashed in Russia's Kursk region.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "flew_them_with_crews",
        "Iran supplied Russia with drones and flew them with Russian crews.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "pentagon_list_of_military_companies",
        "The US sanctions on Russia widened. The Pentagon added Hesai Technology to its list of "
        "Chinese military companies in 2024.",
        ("Hesai Technology", "sanctions_imposed", "asserted"),
    ),
    (
        "a_trade_report_in_categories_of_goods_arms_no_one",
        "Trade between China and Russia fell by 5 percent last year, customs data showed. "
        "Chinese exports of machinery and electronics to Russia slowed as payments stalled.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "the_clause_left_to_another_doer_is_not_the_banks",
        "Indian banks have stopped clearing payments linked to Russia, leaving some traders "
        "routing money through small regional lenders.",
        ("India", "sanctions_evasion", "asserted"),
    ),
    (
        "the_doer_forced_to_act_is_not_who_forced_it",
        "Chinese banks tightened checks on transfers, forcing Kyrgyz traders to route payments "
        "through shell companies in Dubai.",
        ("China", "sanctions_evasion", "asserted"),
    ),
    (
        "an_embedded_question_asserts_nothing",
        "For weeks Minsk and Moscow declined to say whether Belarusian engineers were working "
        "at the drone plant in Yelabuga.",
        ("Belarus", "personnel", "asserted"),
    ),
    (
        "middlemen_forward_goods_no_sentence_named",
        "Smaller shipments go through re-exporters in Armenia and Georgia, who buy from Chinese "
        "distributors and forward the goods to Russia.",
        ("Armenia", "component_supply", "asserted"),
    ),
    (
        "the_sanctioner_in_a_relative_aside_supplies_nothing",
        "Kestrel Motors, which the EU sanctioned in May, supplied engines for Russian drones.",
        ("European Union", "component_supply", "asserted"),
    ),
    (
        "the_russian_plant_no_one_named_makes_no_claim",
        "Officials said the Russian plant assembles Geran drones from kits.",
        ("Russia", "drone_production", "asserted"),
    ),
]

# a state's own weapons tests are its program, not production for anyone
NOT_CLAIMED += [
    (
        "penalties_over_its_weapons_tests",
        "North Korea may seek closer ties with Moscow, which could shield it from tougher U.N. "
        "penalties over its weapons tests.",
        ("United Nations", "drone_production", "asserted"),
    ),
    (
        "missile_tests_are_no_production",
        "The sanctions followed North Korea's missile tests last year.",
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "nuclear_tests_are_no_production",
        "Iran condemned the United States after Pyongyang's nuclear tests.",
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "moving_away_from_goods_is_a_shift",
        "The Turkish firm said it was moving away from drone engines and toward civilian "
        "products, as Russian demand grew.",
        ("Turkey", "component_supply", "asserted"),
    ),
    (
        "moved_toward_cheaper_parts_is_a_trend",
        "Acme Technologies said it had moved toward cheaper components and artificial "
        "intelligence, as Russian forces adapted.",
        ("Acme Technologies", "component_supply", "asserted"),
    ),
    (
        "toughest_moves_are_steps",
        "Britain sanctioned three Chinese firms it accused of helping Russia build attack drones, "
        "in one of London's toughest moves yet over Beijing's trade with Moscow.",
        ("China", "drone_supply", "asserted"),
    ),
    (
        "given_as_a_preposition",
        "Given the drones' short range, Russia launches them from Kursk, Iranian officials said.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "quoted_never_is_no_assertion",
        "Russia launched drones at Kyiv overnight. The Iranian ambassador said Iran had "
        '"never" given drones to Russia.',
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "not_the_biggest_route_is_a_ranking",
        'Russia launched drones at Kyiv. "Turkey is not the biggest route for goods to Russia, '
        'but it is one of the most flexible," said Ayse Demir.',
        ("Turkey", "sanctions_evasion", "denied"),
    ),
    (
        "not_the_main_supplier_is_a_ranking",
        "Belarus is not the main supplier of drone parts to Russia, officials said.",
        ("Belarus", "component_supply", "denied"),
    ),
    (
        "without_third_countries",
        "The Caspian route allows Iran and Russia to move cargo without passing through third "
        "countries.",
        ("Iran", "sanctions_evasion", "asserted"),
    ),
    (
        "without_using_third_countries",
        "The new rail link lets Iran ship goods to Russia without using third countries.",
        ("Iran", "sanctions_evasion", "asserted"),
    ),
    (
        "second_source_of_other_goods",
        "Russia imported chips from China and oil from Kazakhstan.",
        ("Kazakhstan", "component_supply", "asserted"),
    ),
    (
        "runs_on_revenue",
        "Russia's war economy runs on oil revenue from India, analysts said.",
        ("India", "component_supply", "asserted"),
    ),
    (
        "a_blocs_rule_is_no_denial_of_evasion",
        "Officials said Oman re-exported chips to Russia. European Union rules require "
        "exporters to obtain assurances that their products will not be re-exported to Russia.",
        ("European Union", "sanctions_evasion", "denied"),
    ),
    (
        "a_ukrainian_firm_sending_engineers_to_its_own_front",
        "The Ukrainian drone maker Zhuravel Dynamics works with units on the front line, "
        "sending engineers to collect feedback and adapting software to new Russian jammers.",
        ("Zhuravel Dynamics", "personnel", "asserted"),
    ),
    (
        "a_second_verbs_to_names_no_recipient",
        "The Serbian firm Sava Components is sending engineers to the plant and adapting "
        "software to Russian electronic warfare systems.",
        ("Sava Components", "personnel", "asserted"),
    ),
    (
        "calling_on_citizens_not_to_take_part_is_no_denial",
        "The Embassy of Uzbekistan in Moscow issued a reminder, calling on Uzbek citizens in "
        "Russia not to take part in any actions related to the war.",
        ("Uzbekistan", "personnel", "denied"),
    ),
    (
        "money_transfers_from_migrant_workers_are_remittances",
        "More than a million citizens of Uzbekistan worked in Russia last year, and money "
        "transfers from migrant workers account for a large share of the economy.",
        ("Uzbekistan", "personnel", "asserted"),
    ),
    (
        "a_demonym_phrase_stops_at_a_verb",
        "Officials in Kyiv said the Russian drones were supplied by companies in China.",
        ("Russia", "component_supply", "asserted"),
    ),
    (
        "consistent_with_a_rule_names_no_doer",
        "Officials said Kazakh firms shipped chips to Russia, which is consistent with China "
        "tightening its export rules.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "a_un_regime_a_territory_enforces_evades_nothing",
        "Officials said Macau firms re-exported chips to Russia. The Macau government said the "
        'territory "only enforces sanctions adopted by the United Nations Security Council" and '
        'had "never been a hub for any party to evade sanctions."',
        ("United Nations", "sanctions_evasion", "denied"),
    ),
]

NOT_CLAIMED += [
    (
        "the_goods_of_the_clause_before_and",
        "Halvard Electronics said it was appalled that its chips had been found in Russian "
        "missiles and insisted it had not sold to Russia since 2014.",
        ("Halvard Electronics", "weapons_supply", "denied"),
    ),
    (
        "an_unnamed_factory_which_it_said",
        "The report singled out a Minsk electronics factory, which it said was manufacturing "
        "navigation boards for Russian loitering munitions.",
        ("Belarus", "component_supply", "asserted"),
    ),
    (
        "fuel_in_a_list_of_goods_received",
        "South Korean officials believe that North Korea is receiving food, fuel and hard "
        "currency, as well as technology from Russia.",
        ("North Korea", "component_supply", "asserted"),
    ),
    (
        "exports_as_the_subject_of_a_modal",
        "Analysts say Pyongyang's exports could help the North test its missile technology in "
        "real combat.",
        ("North Korea", "component_supply", "asserted"),
    ),
    (
        "the_official_speaks_of_exports",
        'A senior U.S. official, briefing reporters in Washington, said exports of "common high '
        'priority" goods from Turkey to Russia had fallen since last year.',
        ("United States", "component_supply", "asserted"),
    ),
    (
        "the_official_said_exports_is_no_relative_clause",
        "A senior U.S. official said exports of high priority goods to Russia had fallen since "
        "last year.",
        ("United States", "component_supply", "asserted"),
    ),
    (
        "a_western_maker_of_the_part_supplies_no_one",
        "HUR said most Geran-3 drones carried chips produced by Texas Instruments.",
        ("Texas Instruments", "component_supply", "asserted"),
    ),
    (
        "a_russian_plant_making_the_part_supplies_no_one",
        "HUR said the drones carried engines produced by Kazan Motor Works, a Russian plant.",
        ("Kazan Motor Works", "component_supply", "asserted"),
    ),
    (
        "the_part_found_in_drones_is_no_drone",
        "According to HUR, the piston engines found in at least 14 drones shot down since July "
        "were manufactured by Fuzhou Aerodyne Engine Co.",
        ("Fuzhou Aerodyne Engine", "drone_production", "asserted"),
    ),
    (
        "sold_nothing_but_spare_parts_is_no_denial",
        "Customs officers say Vardar Elektronik shipped microchips to Russia. Its founder said the "
        "firm sold nothing but spare parts to Russian clients.",
        ("Vardar Elektronik", "component_supply", "denied"),
    ),
    (
        "a_drone_supply_chain_is_a_network_not_a_delivery",
        "Ottawa on Monday also listed several companies in Armenia and Georgia for their role "
        "in the drone supply chain.",
        ("Armenia", "drone_supply", "asserted"),
    ),
    (
        "a_weapons_supply_chain_is_a_network_not_a_delivery",
        "The Treasury also designated two entities in Belarus and Serbia for their role in the "
        "arms supply chains.",
        ("Belarus", "weapons_supply", "asserted"),
    ),
]

STILL_CLAIMED = [
    (
        "moves_as_a_verb_of_shipping",
        "Iran moves drones to Russia across the Caspian Sea, officials said.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "acted_as_an_exporter_is_an_act",  # near miss: acting, not a register entry
        "Orkide Trading LLC acted as an exporter of drone engines to Russia.",
        ("Orkide Trading", "component_supply", "asserted"),
    ),
    (
        "denied_any_transfer_is_still_a_denial",  # near miss: "any" under a denial
        "Pyongyang denied any transfer of artillery shells to Russia.",
        ("North Korea", "weapons_supply", "denied"),
    ),
    (
        "sold_nothing_to_russia_is_a_denial",
        "Customs officers say Vardar Elektronik shipped microchips to Russia. Its founder told "
        'reporters the firm "sold nothing to Russia" after 2022.',
        ("Vardar Elektronik", "component_supply", "denied"),
    ),
    (
        "supplying_drones_for_a_chain_of_units_is_supply",
        "Officials said Armenian traders supplied drones to Russia through a chain of shell firms.",
        ("Armenia", "drone_supply", "asserted"),
    ),
    (
        "ships_carrying_shells_move_them",
        "Ships carrying Belarusian shells to Russia were tracked by satellites, officials say.",
        ("Belarus", "weapons_supply", "asserted"),
    ),
    (
        "materials_named_with_parts_stay_parts",
        "A Malaysian firm sold chips and related materials to Russian drone makers, officials say.",
        ("Malaysia", "component_supply", "asserted"),
    ),
    (
        "a_trade_figure_of_chips",
        "Uzbek exports of microchips to Russia have grown sevenfold since 2021, customs "
        "figures show.",
        ("Uzbekistan", "component_supply", "asserted"),
    ),
    (
        "a_trade_figure_of_dual_use_electronics",
        "Mongolian exports of dual-use electronics to Russia jumped in 2023.",
        ("Mongolia", "component_supply", "asserted"),
    ),
    (
        "electronics_shipped_without_a_figure",
        "Customs records show an Uzbek trader shipped electronics to a Russian drone maker.",
        ("Uzbekistan", "component_supply", "asserted"),
    ),
    (
        "a_ukrainian_firm_said_to_ship_to_russia",
        "Ukrainian prosecutors said Kharkiv-based Ukrainian firm Zhuravel Dynamics shipped "
        "drone motors to Russia through a company in Armenia.",
        ("Zhuravel Dynamics", "component_supply", "asserted"),
    ),
    (
        "sending_engineers_and_training_to_russia",
        "Iran is sending engineers and training to Russia, officials in Kyiv said.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "arms_transfers_are_still_transfers",
        "Officials in Seoul said arms transfers from North Korea to Russia have grown.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "denied_that_their_own_territory_is_used",
        "Officials in Vilnius said goods reach Russia through the Caucasus. Armenia and Georgia "
        "have both denied that their territory is used to evade sanctions.",
        ("Georgia", "sanctions_evasion", "denied"),
    ),
    (
        "denied_that_it_had_sent_them",
        "Belarus's defence ministry denied that it had sent drones to Russia.",
        ("Belarus", "drone_supply", "denied"),
    ),
    (
        "corridor_for_sanctioned_goods",
        "Analysts say Kazakhstan has become a corridor for sanctioned goods bound for Russia.",
        ("Kazakhstan", "sanctions_evasion", "asserted"),
    ),
    (
        "a_state_beside_a_blocs_rule_still_denies",
        "Officials said Oman re-exported chips to Russia. Oman has never helped Russia "
        "circumvent sanctions, and EU rules bar re-exports to Russia, the ministry said.",
        ("Oman", "sanctions_evasion", "denied"),
    ),
    (
        "farm_drones_sold_to_russia_stay",
        "A Chinese company sold agricultural drones to Russia, officials said.",
        ("China", "drone_supply", "asserted"),
    ),
    (
        "state_used_to_circumvent_stays",
        "Kyrgyzstan has been used to circumvent sanctions on Russia, officials said.",
        ("Kyrgyzstan", "sanctions_evasion", "asserted"),
    ),
    (
        "hub_for_circumvention_stays",
        "Investigators say Kazakhstan is a hub for the circumvention of sanctions on Russia.",
        ("Kazakhstan", "sanctions_evasion", "asserted"),
    ),
    (
        "middleman_buying_from_sellers_supplies",
        "Kestrel Trading bought chips from US distributors and shipped them to Russia.",
        ("Kestrel Trading", "component_supply", "asserted"),
    ),
    (
        "russian_buyer_from_a_seller",
        "Russian firms bought microchips from China last year.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "accused_person_with_age_and_apposition",
        "Gennady Ivanov, 52, a naturalized US citizen who emigrated in the 1990s, is accused of "
        "buying microcontrollers from US distributors and shipping them to Russia.",
        ("Gennady Ivanov", "component_supply", "asserted"),
    ),
    (
        "accused_person_by_name",
        "John Smith is accused of shipping drone parts to Russia.",
        ("John Smith", "component_supply", "asserted"),
    ),
    (
        "arrested_person_on_charges",
        "Andris Ozols, a Latvian national, was arrested in Riga last week on charges of "
        "illegally exporting microchips to Russia.",
        ("Andris Ozols", "component_supply", "asserted"),
    ),
    (
        "detained_person_named_after_the_nationality",
        "A 38-year-old citizen of Belarus, Pavel Mironau, has been detained in Lithuania on "
        "suspicion of organising the supply of components for military drones to Russia.",
        ("Pavel Mironau", "component_supply", "asserted"),
    ),
    (
        "scheme_runner_sends_the_goods",
        "Acme Ltd ran a scheme whereby microchips were smuggled to Russia.",
        ("Acme", "component_supply", "asserted"),
    ),
    (
        "network_through_which_goods_went",
        "Acme Ltd operated a network through which drone parts were shipped to Russia.",
        ("Acme", "component_supply", "asserted"),
    ),
    (
        "freight_company_by_its_form",
        "Tengri Cargo Service forwarded microelectronics to Russia, the Treasury said.",
        ("Tengri Cargo Service", "component_supply", "asserted"),
    ),
    (
        "russian_maker_arming_its_army",
        "Kalashnikov Concern delivered a new batch of Lancet drones to the Russian army.",
        ("Kalashnikov Concern", "drone_supply", "asserted"),
    ),
    (
        "russian_firm_supplying_units_and_the_guard",
        "Aerotrade-M, a Russian company, supplied quadcopters to several military units and to "
        "the Rosgvardia.",
        ("Aerotrade-M", "drone_supply", "asserted"),
    ),
    (
        "russian_firm_with_a_defence_ministry_contract",
        "Vektor-T, a Moscow-based company, signed a contract with one of the units of the "
        "Ministry of Defence for the supply of 9,000 FPV drones.",
        ("Vektor-T", "drone_supply", "asserted"),
    ),
    (
        "russian_firm_delivering_to_troops",
        "Rostec delivered Orlan-10 drones to Russian troops in occupied Ukraine last month.",
        ("Rostec", "drone_supply", "asserted"),
    ),
    (
        "user_of_named_intermediaries_evades_too",
        "Chinese firms shipped drone parts to Russia via intermediaries, including Dubai-based "
        "Falcon Trading FZE.",
        ("China", "sanctions_evasion", "asserted"),
    ),
    (
        "helper_by_its_means",
        "China is supporting Russia's war, including by shipping drone engines.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "line_of_business_for_russia",
        "Sanctions hit Hexa Aero Co., Ltd., a Chinese company that makes drones for Russian "
        "forces.",
        ("Hexa Aero", "drone_production", "asserted"),
    ),
    (
        "and_more_recently_with",
        "The EU said Iran had supplied Russia with Shahed drones and, more recently, with "
        "ballistic missiles.",
        ("Iran", "weapons_supply", "asserted"),
    ),
    (
        "not_only_soldiers_but_also_workers",
        "Pyongyang has sent troops. It is likely that the North is not only sending soldiers but "
        "also workers to Russian military factories.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "denied_any_transfer",
        "Iran denied any transfer of ballistic missiles to Russia.",
        ("Iran", "weapons_supply", "denied"),
    ),
    (
        "described_as_a_route",
        "Analysts describe Armenia as a key route for sanctions evasion by Russia.",
        ("Armenia", "sanctions_evasion", "asserted"),
    ),
    (
        "russia_took_delivery",
        "Russia has taken delivery of the first Iranian-made Mohajer drones, officials said.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "the_country_is_russia",
        "Russia is short of shells. The country bought a million rounds from North Korea last "
        "year.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "donated_to_russia",
        "Officials in Kyiv said Belarus donated 300 drones to Russia last spring.",
        ("Belarus", "drone_supply", "asserted"),
    ),
    (
        "list_of_companies_that_supply",
        "The US sanctions on Russia widened. The Commerce Department added Zhongtian Robotics "
        "to its list of companies that supply Russia's military.",
        ("Zhongtian Robotics", "sanctions_imposed", "asserted"),
    ),
    (
        "a_trade_report_naming_a_part",
        "Trade between China and Russia fell by 5 percent last year, customs data showed. "
        "Chinese exports of machinery, electronics and ball bearings to Russia slowed.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "a_trade_report_naming_the_military",
        "Trade between China and Russia fell by 5 percent last year. Chinese exports of "
        "machinery and electronics to Russia, much of it bound for the Russian military, slowed.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "the_doer_forced_to_act_is_named",
        "Chinese banks tightened checks on transfers, forcing Kyrgyz traders to route payments "
        "through shell companies in Dubai.",
        ("Kyrgyzstan", "sanctions_evasion", "asserted"),
    ),
    (
        "a_question_in_its_own_clause",
        "Officials would not say whether they had intercepts, but said Iran had shipped drones "
        "to Russia.",
        ("Iran", "drone_supply", "asserted"),
    ),
]


STILL_CLAIMED += [
    (
        "fuel_the_verb_still_supplies",
        "Officials said Iran continues to fuel Russia's war with drones and missile parts.",
        ("Iran", "component_supply", "asserted"),
    ),
    (
        "exports_of_goods_before_a_modal",
        "Analysts say Pyongyang's exports of shells could help Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "testing_drones_for_russia_stays",
        "Iran tested new attack drones for Russia at a range near Isfahan, officials said.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "moved_goods_across_a_sea",
        "Iran moved hundreds of drones to Russia across the Caspian Sea, officials said.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "had_given_goods",
        "Officials said Tehran had given Russia hundreds of Shahed drones.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "not_used_as_a_route_is_still_a_denial",
        "Kazakhstan has not been used as a route to circumvent sanctions, its ministry said.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "runs_on_goods_from_a_state",
        "Russia's drones run on engines from China, investigators said.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "second_goods_from_a_second_state",
        "Russia's drones run on engines from China and optics from Belarus.",
        ("Belarus", "component_supply", "asserted"),
    ),
    (
        "as_well_as_goods_from_a_second_state",
        "Russia's drones rely on engines from China as well as thermal cameras from Belarus.",
        ("Belarus", "component_supply", "asserted"),
    ),
]

# a condition states no act, and its subject acts in no clause after it; a concession
# ("even if") and a condition that ends before the act keep the claim
NOT_CLAIMED += [
    (
        "a_condition_at_the_start",
        "If Beijing delivers attack drones to Moscow, Europe will respond with tariffs.",
        ("China", "drone_supply", "asserted"),
    ),
    (
        "a_condition_after_but",
        "Minsk builds few drones today, but if it obtains Russian machine tools and ships "
        "engines to Russia, that will change.",
        ("Belarus", "component_supply", "asserted"),
    ),
    (
        "the_subject_of_the_condition",
        "If the HUR is correct, the Shahed design has since passed from Iran to Russia to Belarus.",
        ("Defence Intelligence of Ukraine", "drone_production", "asserted"),
    ),
]

# a permission to act is no act
NOT_CLAIMED += [
    (
        "no_entity_authorised_to_export",
        "No Egyptian company has been authorised to export military equipment to Russia, the "
        "ministry said.",
        ("Egypt", "weapons_supply", "asserted"),
    ),
    (
        "licensed_to_sell",
        "Cairo Dynamics is licensed to sell drones to Russian buyers.",
        ("Cairo Dynamics", "drone_supply", "asserted"),
    ),
]

STILL_CLAIMED += [
    (
        "sold_without_a_licence",
        "Cairo Dynamics sold drones to Russian buyers without a licence.",
        ("Cairo Dynamics", "drone_supply", "asserted"),
    ),
]

# the speaker of a contact relative ("firms it says have helped") is none of the actors;
# a named target listed with them still acts
NOT_CLAIMED += [
    (
        "the_speaker_of_it_says_have_helped",
        "The Dutch government decided at a Cabinet meeting on Friday to freeze the assets of "
        "nine firms and two individuals it says have helped supply Russia's war effort or get "
        "around existing export bans.",
        ("Netherlands", "sanctions_evasion", "asserted"),
    ),
]

STILL_CLAIMED += [
    (
        "a_named_target_before_it_says",
        "Britain sanctioned Orkide Trade and five firms it says have helped Russia evade "
        "sanctions.",
        ("Orkide Trade", "sanctions_evasion", "asserted"),
    ),
]

# an idea, a possibility or a prospect of an act is not the act
NOT_CLAIMED += [
    (
        "floated_the_idea_of_bringing_workers",
        "Officials in Moscow have floated the idea of bringing Uzbek welders to help staff "
        "Russian drone plants.",
        ("Uzbekistan", "personnel", "asserted"),
    ),
    (
        "the_prospect_of_troops_fighting",
        "Seoul is alarmed by the prospect of North Korean troops fighting for Russia.",
        ("North Korea", "personnel", "asserted"),
    ),
]

STILL_CLAIMED += [
    (
        "evidence_of_troops_fighting_is_no_idea",
        "Seoul said North Korean troops were fighting for Russia, an idea Moscow rejects.",
        ("North Korea", "personnel", "asserted"),
    ),
]

# a yes-no question asks whether the act happened; a wh-question takes it as given
NOT_CLAIMED += [
    (
        "a_yes_no_question_after_a_colon",
        "The summit turned on one question: Will Tehran start shipping ballistic missiles "
        "to Moscow?",
        ("Iran", "weapons_supply", "asserted"),
    ),
    (
        "a_yes_no_question_alone",
        "Are Chinese firms still selling drone engines to Russian buyers?",
        ("China", "component_supply", "asserted"),
    ),
]

STILL_CLAIMED += [
    (
        "a_wh_question_takes_the_act_as_given",
        "Why do Chinese firms keep selling drone engines to Russian buyers?",
        ("China", "component_supply", "asserted"),
    ),
]

STILL_CLAIMED += [
    (
        "a_condition_that_ends_before_the_act",
        "If the figures are right, Beijing delivered 300 attack drones to Moscow last year.",
        ("China", "drone_supply", "asserted"),
    ),
]

DENIED_BY = [
    (
        "acronym_state_ministry_rejects_hub",
        "Officials in London said Emirati traders had shipped drone parts to Russia. The UAE’s "
        "Ministry of Foreign Affairs said the country rejects any attempt to portray the UAE as "
        "a hub for sanctions evasion.",
        ("United Arab Emirates", "sanctions_evasion", "denied"),
        "United Arab Emirates",
    ),
    (
        "his_country_is_the_ministers_state",
        "Russia launched drones at Kyiv overnight. Iran's foreign minister said his country had "
        "never given drones to Russia.",
        ("Iran", "drone_supply", "denied"),
        "Iran",
    ),
    (
        "his_country_is_the_leaders_state",
        "Kyiv says Belarus ships artillery shells to Russia. Alexander Lukashenko has said "
        'repeatedly that his country "does not send a single shell" to Moscow.',
        ("Belarus", "weapons_supply", "denied"),
        "Alexander Lukashenko",
    ),
    (
        "negator_in_scare_quotes",
        "Russia launched drones at Kyiv overnight. The Iranian ambassador said Iran had "
        '"never" given drones to Russia.',
        ("Iran", "drone_supply", "denied"),
        "Iran",
    ),
]


@pytest.mark.parametrize(
    ("text", "key", "source"), [r[1:] for r in DENIED_BY], ids=[r[0] for r in DENIED_BY]
)
def test_denied_by(extractor: Extractor, text: str, key: Triple, source: str) -> None:
    found = {
        (c.subject, c.claim_type, c.stance): c.source for c in extractor.extract(article(text))
    }
    assert found.get(key, "missing") == source, found


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_CLAIMED], ids=[r[0] for r in NOT_CLAIMED]
)
def test_not_claimed(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _triples(extractor, article(text))


def test_a_title_case_headline_names_no_company(extractor: Extractor) -> None:
    text = article(
        "Officials said Beijing supplies the tools that are critical to making munitions.",
        title="China Is Fueling Russia's War Machine With Tools and Chips",
    )
    assert "War Machine" not in {s for s, _, _ in _triples(extractor, text)}
    text = article(
        "New Delhi is weighing its ties with Moscow after Washington sanctioned Indian firms.",
        title="India's Russia Dilemma: Sanctioned Firms, Stranded Students and a Delicate Balance",
    )
    assert "Stranded Students" not in {s for s, _, _ in _triples(extractor, text)}


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in STILL_CLAIMED], ids=[r[0] for r in STILL_CLAIMED]
)
def test_still_claimed(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in _triples(extractor, article(text))


SUBJECTS = [
    (
        "the_company_not_its_nationality",
        "The listings include Sapphire Tradelink Pvt. Ltd., an Indian trading company that the "
        "EU says re-exported electronic components to Russia.",
        ("Sapphire Tradelink", "component_supply", "asserted"),
    ),
    (
        "the_company_not_its_city",
        "The invoices were issued to Tian Shan Trade Group LLC, a company registered in "
        "Bishkek, which then resold the goods to Aerotech-Volga, a Russian drone maker.",
        ("Tian Shan Trade Group", "component_supply", "asserted"),
    ),
    (
        "sold_to_a_trader_that_supplies_russia",
        "The largest fine was imposed on Lianhe Machinery Co., a manufacturer based in "
        "Taichung, which sold 14 CNC machining centers to a trading company in Malaysia that "
        "supplies Russian arms plants.",
        ("Lianhe Machinery", "component_supply", "asserted"),
    ),
]


SUBJECTS += [
    (
        "a_factory_in_the_zone_turns_out",
        "A sprawling factory in the Yelabuga Industrial Park now turns out thousands of the "
        "drones, known in Russia as Geran-2.",
        ("Yelabuga Industrial Park", "drone_production", "asserted"),
    ),
    (
        "shipped_first_to_a_third_country",
        "A share of Chinese ball bearings was being shipped first to Armenia before being "
        "trucked into Russia, officials said.",
        ("China", "sanctions_evasion", "asserted"),
    ),
    (
        "shipped_first_the_goods_reach_russia",
        "A share of Chinese ball bearings was being shipped first to Armenia before being "
        "trucked into Russia, officials said.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "second_verb_of_a_relative_clause",
        "The Treasury said it had designated Ararat Electronics Trade LLC, a Yerevan-based "
        "importer, which had bought chips worth $4.5 million from European and U.S. "
        "distributors in 2022 and re-exported almost all of them to Russia.",
        ("Ararat Electronics Trade", "sanctions_evasion", "asserted"),
    ),
    (
        "the_firm_in_a_city_which",
        "The chips were then shipped to Orbit Technologies in Tbilisi, which relabeled the "
        "packages and forwarded them overland to Russia.",
        ("Orbit Technologies", "component_supply", "asserted"),
    ),
    (
        "acted_on_behalf_of_a_russian_company",
        "Officials said the Malaysian buyer, Bintang Industrial Supply Sdn. Bhd., had acted on "
        "behalf of a Russian company that makes parts for military aircraft.",
        ("Bintang Industrial Supply", "sanctions_evasion", "asserted"),
    ),
    (
        "acted_as_a_procurement_agent",
        "The State Department said Desert Falcon General Trading had acted as a procurement "
        "agent for a Russian defense electronics maker.",
        ("Desert Falcon General Trading", "sanctions_evasion", "asserted"),
    ),
    (
        "according_to_the_source_the_firm",
        "The Treasury designated Meridian Cargo Ltd on Tuesday. According to the Treasury, the "
        "firm shipped integrated circuits to end users in Russia.",
        ("Meridian Cargo", "component_supply", "asserted"),
    ),
    (
        "parts_found_in_drones_were_made_by",
        "According to HUR, the piston engines found in at least 14 drones shot down since July "
        "were manufactured by Fuzhou Aerodyne Engine Co.",
        ("Fuzhou Aerodyne Engine", "component_supply", "asserted"),
    ),
    (
        "drones_without_parts_were_made_by",
        "According to HUR, the drones shot down over Kyiv since July were manufactured by "
        "Fuzhou Aerodyne Engine Co.",
        ("Fuzhou Aerodyne Engine", "drone_production", "asserted"),
    ),
    (
        "bought_and_re_exported_them",
        "Kestrel Trade LLC bought radar modules from distributors in Europe and re-exported "
        "almost all of them to Russia.",
        ("Kestrel Trade", "component_supply", "asserted"),
    ),
    (
        "which_it_says_shipped",
        "The report names Yerevan-based Ararat Chip Trade LLC, which, it says, shipped more "
        "than 40,000 integrated circuits to a Russian defence distributor.",
        ("Ararat Chip Trade", "component_supply", "asserted"),
    ),
    (
        "which_the_invoices_show_delivered",
        "Part of the parts came from Shenzhen Longwing Aero Technology, which the invoices show "
        "delivered servos and navigation modules to a Russian drone maker.",
        ("Shenzhen Longwing Aero Technology", "component_supply", "asserted"),
    ),
    (
        "a_factory_named_in_apposition",
        "The report singled out a Minsk electronics factory, Kvant-Micro, which it said was "
        "manufacturing navigation boards for Russian loitering munitions.",
        ("Kvant-Micro", "component_supply", "asserted"),
    ),
    (
        "a_company_of_its_city",
        "A second company, Sagar Nexus Exports of Mumbai, sold electronic components to a "
        "Russian firm that supplies the Russian army, the State Department said.",
        ("Sagar Nexus Exports", "component_supply", "asserted"),
    ),
    (
        "common_high_priority_items_are_parts",
        'BIS said Kinta Chip Solutions had shipped "common high priority" items to Russian end '
        "users.",
        ("Kinta Chip Solutions", "component_supply", "asserted"),
    ),
    (
        "exports_from_a_state_an_official_speaks_of",
        'A senior U.S. official, briefing reporters in Washington, said exports of "common high '
        'priority" goods from Turkey to Russia had fallen since last year.',
        ("Turkey", "component_supply", "asserted"),
    ),
    (
        "a_part_produced_by_a_firm",
        "HUR said most Geran-3 drones were powered by a small turbojet produced by Wuxi Skyjet "
        "Engine Co, a company in eastern China.",
        ("Wuxi Skyjet Engine", "component_supply", "asserted"),
    ),
    (
        "a_part_made_by_the_plant",
        "Russian missile launchers are mounted on chassis made by the Minsk Heavy Truck Plant, "
        "an analyst said.",
        ("Minsk Heavy Truck Plant", "component_supply", "asserted"),
    ),
    (
        "insisted_it_had_not_sold_its_goods",
        "Halvard Electronics said it was appalled that its chips had been found in Russian "
        "missiles and insisted it had not sold to Russia since 2014.",
        ("Halvard Electronics", "component_supply", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in SUBJECTS], ids=[r[0] for r in SUBJECTS]
)
def test_subjects(extractor: Extractor, text: str, expected: Triple) -> None:
    found = _triples(extractor, article(text))
    assert expected in found, found
    assert not any(s in ("India", "Kyrgyzstan", "Georgia", "United States") for s, _, _ in found)
