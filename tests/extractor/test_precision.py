"""Table-driven cases of rules-1.5.0: who may be a supplier, what a sanctions sentence
targets, and phrasings of news reports (one row per pattern, each with a name; our own
sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]


def _triples(extractor: Extractor, text: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in extractor.extract(text)}


# A state that sanctions Russia or arms Ukraine supplies Russia only when the text says so
# outright: it is the one that sends, and Russia or a Russian company receives.
SIDE_STATES = [
    (
        "asked_to_supply",
        "Kyiv has asked Germany to deliver more air defence systems to counter the drones.",
        ("Germany", "weapons_supply", "asserted"),
    ),
    (
        "own_deployment",
        "Japan plans to deploy long-range missiles next year as Russia expands its arsenal.",
        ("Japan", "weapons_supply", "asserted"),
    ),
    (
        "origin_is_no_supplier",
        "Russian arms makers obtained US-origin microchips through resellers in Central Asia.",
        ("United States", "component_supply", "asserted"),
    ),
    (
        "maker_is_no_supplier",
        "The firm shipped chips made by American manufacturers to Russian distributors.",
        ("United States", "component_supply", "asserted"),
    ),
    (
        "condemning_is_no_transfer",
        "In Seoul, the foreign ministry said it condemned the transfers of weapons between "
        "Pyongyang and Moscow.",
        ("South Korea", "weapons_supply", "asserted"),
    ),
    (
        "landing_ship",
        "The NIS released images that it said showed a Russian landing ship near the port and "
        "North Korean troops at training grounds.",
        ("South Korea", "personnel", "asserted"),
    ),
    (
        "raising_the_transfers",
        "Kirby said Washington would raise the transfers at the Security Council and impose "
        "sanctions on those facilitating the arms trade between Russia and North Korea.",
        ("United States", "weapons_supply", "asserted"),
    ),
    (
        "a_sanctioning_state_listed_with_another",
        "Italy, Spain and Poland responded by imposing sanctions on Caspian Freight, a shipping "
        "line, which they said had been involved in carrying ammunition to Russia.",
        ("Spain", "weapons_supply", "asserted"),
    ),
    (
        "the_last_sanctioning_state_of_a_list",
        "Italy, Spain and Poland responded by imposing sanctions on Caspian Freight, a shipping "
        "line, which they said had been involved in carrying ammunition to Russia.",
        ("Poland", "weapons_supply", "asserted"),
    ),
    (
        "bloc_building_a_case",
        "Several EU countries want to build a case against Iran over the drone transfers.",
        ("European Union", "drone_supply", "asserted"),
    ),
]

SIDE_STATES_SAID_OUTRIGHT = [
    (
        "suppliers_listed_in_the_sanctioners_words",
        "The EU imposed sanctions on Caspian Freight, saying Belarus and Iran had sent shells to "
        "Russia on its ships.",
        ("Iran", "weapons_supply", "asserted"),
    ),
    (
        "sold_to_russia",
        "Hungary sold artillery shells to Russia in 2023, the report said.",
        ("Hungary", "weapons_supply", "asserted"),
    ),
]

# Claims that must not be read into these sentences.
NOT_CLAIMED = [
    (
        "named_after_is_no_title",
        "Japan froze the assets of Pars Avionics over drone parts for Russia. Reza Kamali, "
        "named after his grandfather, was also listed.",
        ("Reza Kamali", "sanctions_imposed", "asserted"),
    ),
    (
        "a_speaker_after_a_city_is_no_target",
        "Britain has sanctioned Amur Link Trading, which has an office in Khabarovsk, Pak "
        "Song-il said.",
        ("Pak Song-il", "sanctions_imposed", "asserted"),
    ),
    (
        "named_among_those_in_leaked_papers_is_no_listing",
        "The EU sanctioned the Alabuga drone plant last year. Staff rosters show men from "
        "Tajikistan among those named in the leaked payroll files.",
        ("Tajikistan", "sanctions_imposed", "asserted"),
    ),
    (
        "listed_among_those_in_workshops_is_no_listing",
        "The EU sanctioned the Alabuga drone plant last year. Women from Tajikistan are among "
        "those listed in its assembly workshops.",
        ("Tajikistan", "sanctions_imposed", "asserted"),
    ),
    (
        "people_from_a_state_far_after_a_shipping_verb_are_not_recruits",
        "The Alabuga plant has shipped drones to the front through its logistics arm, with "
        "drivers from Tajikistan among those listed in the files.",
        ("Tajikistan", "personnel", "asserted"),
    ),
    (
        "the_seat_of_a_placed_firm_is_not_listed",
        "The Commerce Department placed Kestrel Components Sdn. Bhd. in Indonesia and "
        "Manila-based Nimbus Trade Inc. on the entity list on Friday over parts sold to Russia.",
        ("Indonesia", "sanctions_imposed", "asserted"),
    ),
    (
        "members_named_in_an_objects_aside_do_not_act",
        "Officials said a Russian broker had approached the companies, including Riga-based "
        "Baltic Nord Trade Ltd., and shipped drone motors to Russia.",
        ("Baltic Nord Trade", "component_supply", "asserted"),
    ),
    (
        "people_dispatched_to_work_on_drones_are_no_drones",
        "Several hundred North Koreans had been dispatched to a Russian drone plant to work on "
        "the assembly of Geran attack drones.",
        ("North Korea", "drone_supply", "asserted"),
    ),
    (
        "workers_sent_to_help_build_drones_are_no_drones",
        "Pyongyang has sent laborers to Russian factories to help build drones, Seoul said.",
        ("North Korea", "drone_supply", "asserted"),
    ),
    (
        "stored_at_the_plant_is_not_made_there",
        "Russia produced the drones, which were later stored at the Alabuga plant.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "struck_at_the_plant_in_another_clause",
        "Russia builds drones in Tatarstan; Ukraine struck at the Alabuga plant last week.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "foreign_workers_at_the_plant_name_no_site_claim",
        "North Korea has dispatched thousands of workers to Russia, some of whom are assembling "
        "Shahed-type drones at the Alabuga plant in Tatarstan.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "a_drone_factory_in_a_headline_is_no_name",
        "Inside the Russian Drone Factory Built on Iranian Designs\n\nThe factory has built "
        "thousands of drones for Russia's army.",
        ("Drone Factory", "drone_production", "asserted"),
    ),
    (
        "a_missile_plant_is_no_name",
        "A Missile Plant near Moscow made missiles for Russia.",
        ("Missile Plant", "weapons_supply", "asserted"),
    ),
    (
        "women_on_the_staff_supply_no_parts",
        "Documents list 180 women from Uganda among the plant's staff, most of them assembling "
        "wiring for Russian drones.",
        ("Uganda", "component_supply", "asserted"),
    ),
    (
        "workers_assembling_parts_supply_none",
        "Workers from Kyrgyzstan assembled parts for Russian drones at the plant.",
        ("Kyrgyzstan", "component_supply", "asserted"),
    ),
    (
        "a_count_of_chips_comes_from_a_state",
        "Investigators found 90 chips in the downed Russian drone; around 40 come from China and "
        "work in its guidance unit.",
        ("China", "personnel", "asserted"),
    ),
    (
        "most_of_the_parts_come_from_a_state",
        "Most of the drone's chips were made abroad. Most of them come from China, and engineers "
        "at the Russian drone plant say they work well.",
        ("China", "personnel", "asserted"),
    ),
    (
        "russia_denying_a_deployment_denies_no_troops_of_its_own",
        "Russia makes Geran drones at Alabuga. The Kremlin dismissed reports of troop "
        "deployments in Belarus as fake news.",
        ("Russia", "personnel", "denied"),
    ),
    (
        "a_demand_in_the_main_clause_governs_both_statements",
        "The EU urged China to ensure that trade continues, and that its firms do not supply "
        "weapons to Russia.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "a_carrier_flying_personnel_sends_none",
        "The Treasury sanctioned Caspian Air Services, a Tehran-based company it said had "
        "coordinated flights transporting drones, personnel and related equipment between Iran "
        "and Russia.",
        ("Caspian Air Services", "personnel", "asserted"),
    ),
    (
        "work_on_sites_to_send_money_home_is_no_dispatch",
        "Thousands of Uzbek citizens work on construction sites in Russia to send money home "
        "to their families.",
        ("Uzbekistan", "personnel", "asserted"),
    ),
    (
        "work_abroad_to_send_money_home_is_no_dispatch",
        "Many Tajik workers take jobs in Russia to send money home to their families.",
        ("Tajikistan", "personnel", "asserted"),
    ),
    (
        "lawyers_advising_clients_on_sanctions",
        "Turkish lawyers have been advising clients on how to trade with Russia.",
        ("Turkey", "personnel", "asserted"),
    ),
    (
        "embassy_staff_are_no_personnel",
        "The Kenyan embassy staff visited Moscow last week.",
        ("Kenya", "personnel", "asserted"),
    ),
    (
        "assigned_to_hotels_is_no_war_work",
        "Women from Uganda were assigned to hotels in Moscow.",
        ("Uganda", "personnel", "asserted"),
    ),
    (
        "report_of_tourists_visiting",
        "The report of Chinese tourists visiting Moscow was published on Monday.",
        ("China", "personnel", "asserted"),
    ),
    (
        "helped_russia_is_no_evader",
        "Kazakh traders have helped Russia bypass export controls.",
        ("Russia", "sanctions_evasion", "asserted"),
    ),
    (
        "non_eu_is_not_the_eu",
        "Brussels wants to list non-EU companies that help Russia evade sanctions.",
        ("European Union", "sanctions_evasion", "asserted"),
    ),
    (
        "relative_noun_is_the_subject",
        "Several firms were registered by Russian citizens who moved to Almaty after the war "
        "began.",
        ("Russia", "personnel", "asserted"),
    ),
    (
        "migrant_work_is_no_personnel",
        "Tajikistan relies on Russia, where a million Tajik citizens work.",
        ("Tajikistan", "personnel", "asserted"),
    ),
    (
        "involved_in_transfers_is_no_personnel",
        "Treasury also designated several Iranian individuals it said were involved in the "
        "transfers to Russia.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "descriptor_keeps_its_preposition",
        "Sinno Electronics worked with a unit of Russian state-owned arms maker Rostec to "
        "develop attack drones for Russia.",
        ("Rostec", "drone_production", "asserted"),
    ),
    (
        "camera_carrying_is_an_adjective",
        "In the 1970s the Tupolev bureau turned its experience into a series of "
        "camera-carrying drones, long before Russia's war.",
        ("Tupolev", "drone_supply", "asserted"),
    ),
    (
        "a_network_of_ships",
        "The report said North Korea used a network of ships, including vessels that switched "
        "off their transponders near Russia.",
        ("North Korea", "component_supply", "asserted"),
    ),
    (
        "transport_helicopters",
        "Poly Technologies sent navigation equipment for military transport helicopters to a "
        "Russian defense company.",
        ("Poly Technologies", "weapons_supply", "asserted"),
    ),
    (
        "a_warning_is_no_claim",
        "US officials have warned Beijing that supplying lethal aid to Russia would have "
        "serious consequences.",
        ("China", "weapons_supply", "asserted"),
    ),
    (
        "a_warning_against_taking_the_step_of_providing",
        'US officials warned Tehran against taking the "dangerous step" of providing ballistic '
        "missiles to Russia.",
        ("Iran", "weapons_supply", "asserted"),
    ),
    (
        "a_noun_object_follows_of",
        "Russia and Iran used front companies to conduct the transfers, including vessels "
        "that switched off their transponders.",
        ("Iran", "component_supply", "asserted"),
    ),
    (
        "subordinate_clause_has_its_own_subject",
        "Chinese suppliers now ship most engines to Russia, now that imports are routed "
        "through third countries.",
        ("China", "sanctions_evasion", "asserted"),
    ),
    (
        "no_evidence_that",
        "There is no public evidence that Beijing has shipped complete weapon systems to Russia.",
        ("China", "weapons_supply", "asserted"),
    ),
    (
        "did_not_find_evidence",
        "The report did not find evidence that Chinese state firms had sent weapons to Russia.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "armed_forces_are_no_arming",
        "Iran's armed forces held large drills as Russia's war went on.",
        ("Iran", "weapons_supply", "asserted"),
    ),
    (
        "designed_elsewhere_is_no_supply",
        "Russia launched Iranian-designed Shahed drones at Kyiv overnight.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "ukraine_using_us_made_arms",
        "Ukraine fired US-made ATACMS missiles at a Russian airfield.",
        ("United States", "weapons_supply", "asserted"),
    ),
    (
        "used_to_strike",
        "The drones that Moscow has used to strike Ukraine's grid are now built in Russia.",
        ("Russia", "drone_supply", "asserted"),
    ),
    (
        "the_sanctioner_is_no_supplier",
        "Tehran criticized the European Union's decision to impose sanctions on three Iranian "
        "officers over the alleged supply of drones to Russia.",
        ("European Union", "drone_supply", "asserted"),
    ),
    (
        "object_ends_at_a_relative_clause",
        "Hubei Tiancheng Chemical supplied 800 tonnes of cellulose to Russian buyers, including "
        "a plant that makes propellants for artillery shells.",
        ("Hubei Tiancheng Chemical", "weapons_supply", "asserted"),
    ),
    (
        "route_needs_russia",
        "Dubai has become one of the main hubs for luxury watches and gold.",
        ("United Arab Emirates", "sanctions_evasion", "asserted"),
    ),
    (
        "exports_under_strict_control",
        "China keeps exports of drones to Russia under strict control, the spokesman said.",
        ("China", "drone_supply", "asserted"),
    ),
]

NOT_CLAIMED_IN_ARTICLES = [
    (
        "nothing_given_is_no_goods",
        "Volga Aero Systems builds attack drones for Russia's army, Ukrainian officials say. "
        "Volga Aero Systems has not provided details about its customers.",
        ("Volga Aero Systems", "drone_production", "denied"),
    ),
    (
        "denial_with_its_own_object",
        "Russia is providing North Korea with satellite technology, officials say. The "
        "Kremlin dismissed reports of North Korean troops fighting in Ukraine.",
        ("Russia", "component_supply", "denied"),
    ),
    (
        "the_sanctioner_is_no_target",
        "The United States sanctioned two firms last week. The measures freeze any US assets "
        "of Sinno Electronics and Asia Pacific Links and bar Americans from dealing with them.",
        ("United States", "sanctions_imposed", "asserted"),
    ),
    (
        "a_strike_is_no_sanction",
        "New EU sanctions took effect on Monday. On Tuesday Ukraine targeted Russian "
        "refineries with long-range drones.",
        ("Russia", "sanctions_imposed", "asserted"),
    ),
    (
        "members_name_the_group",
        "Japan sanctioned two Chinese companies, Sinno Electronics and Asia Pacific Links, "
        "for supplying Russia with drone parts.",
        ("China", "sanctions_imposed", "asserted"),
    ),
]

SANCTIONS = [
    (
        "under_sanctions_relative",
        "The chips went to Kurganmashzavod, the Russian tank maker that has itself been under "
        "EU sanctions since 2022.",
        {("Kurganmashzavod", "sanctions_imposed", "asserted")},
    ),
    (
        "under_sanctions_apposition",
        "Among the buyers is the Kazan Gunpowder Plant, one of the largest makers of powder in "
        "Russia, which has been under US sanctions since 2023.",
        {("Kazan Gunpowder Plant", "sanctions_imposed", "asserted")},
    ),
    (
        "under_sanctions_including",
        "Several of the Russian buyers, including Rosoboronexport, are under US sanctions.",
        {("Rosoboronexport", "sanctions_imposed", "asserted")},
    ),
    (
        "freeze_the_assets_of",
        "The United States sanctioned two firms last week. The sanctions freeze any US assets "
        "of Sinno Electronics and Asia Pacific Links.",
        {
            ("Sinno Electronics", "sanctions_imposed", "asserted"),
            ("Asia Pacific Links", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "the_bloc_targeted",
        "The EU adopted new sanctions on Thursday. The bloc targeted Qods Aviation Industries "
        "and Shahed Aviation Industries.",
        {
            ("Qods Aviation Industries", "sanctions_imposed", "asserted"),
            ("Shahed Aviation Industries", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "semicolon_list_of_people",
        "The EU imposed sanctions on Darius Rahmani, the head of the procurement office; Karim "
        "Sadeghi, a senior defence ministry official who the EU said signed the contracts; and "
        "Omid Farahani, the commander of the drone unit, over the deliveries to Russia.",
        {
            ("Darius Rahmani", "sanctions_imposed", "asserted"),
            ("Karim Sadeghi", "sanctions_imposed", "asserted"),
            ("Omid Farahani", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "accusing_them_of",
        "Britain imposed sanctions on Asia Tech Trade, accusing it of helping Russian arms "
        "makers obtain Western microelectronics.",
        {
            ("Asia Tech Trade", "sanctions_imposed", "asserted"),
            ("Asia Tech Trade", "component_supply", "asserted"),
        },
    ),
    (
        "added_to_its_list",
        "The EU expanded its sanctions on Monday. The Council added Kurganmashzavod and its "
        "subsidiaries to its list, accusing them of producing weapons for the Russian army.",
        {
            ("Kurganmashzavod", "sanctions_imposed", "asserted"),
            ("Kurganmashzavod", "drone_production", "asserted"),
        },
    ),
    (
        "package_lists",
        "The new EU package lists Hong Kong-based Sinno Electronics and Iran's Qods Aviation "
        "Industries over the drones sent to Russia.",
        {
            ("Sinno Electronics", "sanctions_imposed", "asserted"),
            ("Qods Aviation Industries", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "company_accused_of",
        "Japan froze the assets of Asia Pacific Links, a Hong Kong company accused of supplying "
        "drone parts to Russia.",
        {
            ("Asia Pacific Links", "sanctions_imposed", "asserted"),
            ("Asia Pacific Links", "component_supply", "asserted"),
        },
    ),
    (
        "and_its_director",
        "Britain has sanctioned Sinotech Aero Co. and its director, Zhang Hua, for helping "
        "Russia obtain drone parts.",
        {
            ("Sinotech Aero", "sanctions_imposed", "asserted"),
            ("Zhang Hua", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "and_its_representative_in_a_city",
        "Britain has sanctioned Amur Link Trading and its representative in Khabarovsk, Pak "
        "Song-il, for arranging shell deliveries to Russia.",
        {
            ("Amur Link Trading", "sanctions_imposed", "asserted"),
            ("Amur Link Trading", "weapons_supply", "asserted"),
            ("Pak Song-il", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "a_person_named_by_the_ministry_as_director",
        "Japan froze the assets of Pars Avionics over drone parts for Russia. Reza Kamali, "
        "identified by the ministry as the firm's managing director, was also listed.",
        {("Reza Kamali", "sanctions_imposed", "asserted")},
    ),
    (
        "title_without_article",
        "Sanctions were imposed on Ali Jafarabadi, commander of the space division, over drone "
        "deliveries to Russia.",
        {("Ali Jafarabadi", "sanctions_imposed", "asserted")},
    ),
    (
        "possessive_is_no_list_name",
        "Washington announced new sanctions on the Islamic Republic's shipping sector after "
        "the missile deliveries to Russia.",
        {("Iran", "weapons_supply", "asserted")},
    ),
]

PHRASINGS = [
    (
        "consistent_with_a_state_supplying",
        "The parts match those in Iranian airframes, which CAR said was consistent with Iran "
        "supplying sub-assemblies for the Russian production line.",
        ("Iran", "component_supply", "asserted"),
    ),
    (
        "passive_agent_companies_in_a_state",
        "Most of the foreign parts found in Russian drones were supplied by companies in China.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "parts_found_in_drones_and_missiles_are_parts",
        "Over 80% of the foreign components found in Russian drones and missiles in recent "
        "months were supplied by companies in China, officials in Kyiv said.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "drones_and_missiles_themselves_are_weapons",
        "Officials in Kyiv said missiles and shells in recent months were supplied by North Korea.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "a_second_statement_after_a_should_is_no_demand",
        "The ministry has said that normal trade between China and Russia should not be "
        "interfered with, and that Beijing has never provided lethal weapons to either party.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "the_kremlin_dismissing_the_deployment_denies_for_the_sender",
        "North Korea has sent about 11,000 troops to Russia, South Korea's spy agency said. "
        "The Kremlin dismissed reports of the deployment as fake news.",
        ("North Korea", "personnel", "denied"),
    ),
    (
        "claim_called_wrong",
        "He said the claim that Iran had sold missiles to Russia was completely wrong.",
        ("Iran", "weapons_supply", "denied"),
    ),
    (
        "stopped_selling",
        "Texas Instruments said it had stopped selling into Russia when the war began.",
        ("Texas Instruments", "component_supply", "denied"),
    ),
    (
        "pronoun_antecedent_is_a_subject",
        "DJI says it suspended all operations in Russia and Ukraine and does not sell its "
        "products for military use.",
        ("DJI", "drone_supply", "denied"),
    ),
    (
        "kits_shipped_from",
        "The plant was first fed with kits shipped from Iran, before Russian engineers took "
        "over the manufacturing.",
        ("Iran", "component_supply", "asserted"),
    ),
    (
        "main_source_of",
        "Officials said Chinese suppliers had become the main source of components for "
        "Russia's drone program.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "one_of_the_main_routes",
        "Officials say Kazakh companies have become one of the main routes by which Russia's "
        "arms industry gets around sanctions.",
        ("Kazakhstan", "sanctions_evasion", "asserted"),
    ),
    (
        "responsible_for_the_design",
        "The EU listed Farasakou Aviation Engineering, which it said was responsible for the "
        "design and development of the Shahed-136 used by Russia.",
        ("Farasakou Aviation Engineering", "drone_production", "asserted"),
    ),
    (
        "helping_build_a_factory",
        "Iran has already sent Russia hundreds of drones, and is helping Russia build a "
        "factory to produce them, officials said.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "factory_that_could_manufacture",
        "Russia and Iran are moving ahead with plans to build a factory in central Russia that "
        "could manufacture thousands of attack drones.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "one_of_them",
        "Several Kyrgyz firms re-export chips. One of them, Tengri Micro Asia, shipped "
        "integrated circuits to Russian buyers in 2023.",
        ("Tengri Micro Asia", "component_supply", "asserted"),
    ),
    (
        "tonnes_to_russian_buyers",
        "One of them, Hubei Tiancheng Chemical, supplied more than 1,000 tonnes to Russian "
        "buyers last year.",
        ("Hubei Tiancheng Chemical", "component_supply", "asserted"),
    ),
    (
        "suppliers_included",
        "The drones are assembled at Alabuga in Russia. Suppliers included a Shenzhen-based "
        "firm, Sino Precision Tooling.",
        ("Sino Precision Tooling", "component_supply", "asserted"),
    ),
    (
        "name_with_a_parts_suffix",
        "The Uzbek company Tashkent Avia Parts sold Russian buyers aircraft parts worth $3 "
        "million.",
        ("Tashkent Avia Parts", "component_supply", "asserted"),
    ),
    (
        "name_with_an_infrared_suffix",
        "Wuhan Ruiguang Infrared shipped thermal cameras to Russian drone makers.",
        ("Wuhan Ruiguang Infrared", "component_supply", "asserted"),
    ),
    (
        "received_from_far",
        "Russia has received more than 1,000 containers of munitions from North Korea.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "denied_arming",
        "Tehran has consistently denied arming Russia.",
        ("Iran", "weapons_supply", "denied"),
    ),
    (
        "quoted_we_is_the_speakers_state",
        "“We have never sent a single drone to Russia for use in Ukraine,” Iran's foreign "
        "minister said.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "parts_for_russian_drones",
        "Ukraine says Belarus is producing components for Russian drones.",
        ("Belarus", "component_supply", "asserted"),
    ),
    (
        "titled_person_is_sanctioned",
        "Britain sanctioned Ahmad Karimi, the deputy director of the drone programme, over "
        "deliveries to Russia.",
        ("Ahmad Karimi", "sanctions_imposed", "asserted"),
    ),
    (
        "middlemen_forward_the_goods_the_article_named",
        "Chinese distributors supply most of the microchips found in Russian drones. Smaller "
        "shipments go through re-exporters in Armenia and Georgia, who buy from the same "
        "distributors and forward the goods to Russia.",
        ("Armenia", "component_supply", "asserted"),
    ),
    (
        "the_subject_before_a_relative_aside_that_sanctions_it",
        "Kestrel Motors, which the EU sanctioned in May, supplied engines for Russian drones.",
        ("Kestrel Motors", "component_supply", "asserted"),
    ),
    (
        "goods_sent_to_the_russian_plant_no_one_named",
        "Hubei Sanjiang Motor shipped engines to the Russian plant that assembles Geran drones.",
        ("Hubei Sanjiang Motor", "component_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in SIDE_STATES], ids=[r[0] for r in SIDE_STATES]
)
def test_states_on_ukraines_side_are_no_default_suppliers(
    extractor: Extractor, sentence: str, absent: Triple
) -> None:
    assert absent not in _triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [r[1:] for r in SIDE_STATES_SAID_OUTRIGHT],
    ids=[r[0] for r in SIDE_STATES_SAID_OUTRIGHT],
)
def test_states_on_ukraines_side_said_outright(
    extractor: Extractor, sentence: str, expected: Triple
) -> None:
    assert expected in _triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_CLAIMED + NOT_CLAIMED_IN_ARTICLES],
    ids=[r[0] for r in NOT_CLAIMED + NOT_CLAIMED_IN_ARTICLES],
)
def test_not_claimed(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in SANCTIONS], ids=[r[0] for r in SANCTIONS]
)
def test_sanctions(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = _triples(extractor, article(text))
    assert expected <= found, found
    assert not any(s.endswith(("'s", "’s")) for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in PHRASINGS], ids=[r[0] for r in PHRASINGS]
)
def test_phrasings(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in _triples(extractor, article(text))


def test_the_helper_evades_but_loopholes_let_russia_evade(extractor: Extractor) -> None:
    helped = _triples(
        extractor, article("Kazakh traders have helped Russia bypass export controls.")
    )
    assert ("Kazakhstan", "sanctions_evasion", "asserted") in helped
    allowed = _triples(extractor, article("The loopholes allow Russia to circumvent sanctions."))
    assert ("Russia", "sanctions_evasion", "asserted") in allowed


# An actor admits one thing and denies another in one sentence: each verb keeps its own
# stance, and the denial does not reach back to what was admitted.
ADMITS_ONE_DENIES_ANOTHER = [
    (
        "claims_about_x_arming_were_fabrications",
        "The Belarusian foreign ministry said that claims about Belarus arming Russia were "
        '"fabrications".',
        {("Belarus", "weapons_supply", "denied")},
    ),
    (
        "reports_of_x_supplying_were_lies",
        "Beijing said that reports of China supplying drones to Russia were lies.",
        {("China", "drone_supply", "denied")},
    ),
    (
        "subject_is_also_the_speaker",
        "Minsk admitted it had sent ammunition to Russia, but denied supplying attack drones.",
        {("Belarus", "weapons_supply", "asserted"), ("Belarus", "drone_supply", "denied")},
    ),
    (
        "drones_admitted_missiles_denied",
        "Tehran has acknowledged shipping a batch of drones to Russia but denies sending missiles.",
        {("Iran", "drone_supply", "asserted"), ("Iran", "weapons_supply", "denied")},
    ),
    (
        "a_denial_without_an_object_of_its_own_still_reaches_back",
        "Iran has supplied drones to Russia, U.S. officials said, but Tehran denied the charge.",
        {("Iran", "drone_supply", "asserted"), ("Iran", "drone_supply", "denied")},
    ),
]


# the admitting speaker also "says" something else: still the doer of what it admits; a
# speaker that only says keeps its place as the speaker
ADMITS_ONE_DENIES_ANOTHER += [
    (
        "admits_then_says_when",
        "Minsk has acknowledged sending artillery shells to Russia, but says they were "
        "delivered before the war.",
        {("Belarus", "weapons_supply", "asserted")},
    ),
    (
        "confirms_then_says_it_stopped",
        "Tehran has confirmed supplying drones to Moscow but says the deliveries stopped in 2022.",
        {("Iran", "drone_supply", "asserted")},
    ),
    (
        "says_twice_admits_nothing",
        "Minsk says Poland has been sending weapons to Ukraine, but says the shipments were small.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in ADMITS_ONE_DENIES_ANOTHER],
    ids=[r[0] for r in ADMITS_ONE_DENIES_ANOTHER],
)
def test_admits_one_thing_denies_another(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert _triples(extractor, article(text)) == expected
