"""Table-driven behaviour of the extraction rules: one row per pattern, each with a name."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, claims_by_triple, triples

CLAIM_TYPES = [
    (
        # a town as the subject names its state, a country (no "place" subject_kind)
        "routed_through_a_town_before_an_aside",
        "Payments were routed through Dubai to avoid banking sanctions, a trading company, Gulf "
        "Arrow General Trading, said.",
        ("United Arab Emirates", "sanctions_evasion", "asserted"),
    ),
    (
        "parts_ordered_from_national_suppliers",
        "Court filings list gearboxes ordered from Turkish suppliers for a Russian drone plant.",
        ("Turkey", "component_supply", "asserted"),
    ),
    (
        "ordered_part_of_an_amount_from_a_state",
        "Officials say the Kremlin ordered nearly 1,800 of the loitering drones from Iran last "
        "spring.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "a_list_of_states_opened_by_the_is_no_apposition",
        "The report backs claims by Ukraine, the United States and Japan that North Korea has "
        "shipped artillery shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "a_relative_whose_papers_say_what_the_firm_did",
        "The EU listed 20 firms on Monday. Also listed was Kestrel Components, a Mumbai-based "
        "distributor that EU documents say shipped microcontrollers to Russia.",
        ("Kestrel Components", "component_supply", "asserted"),
    ),
    (
        "parts_sourced_from_national_makers",
        "The Russian factory fits its drones with batteries sourced from Chinese manufacturers.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "people_from_a_state_as_the_far_object_of_recruiting",
        "Russia's biggest drone plant keeps recruiting young workers abroad through a study "
        "program, with women from Tajikistan among those placed in its workshops.",
        ("Tajikistan", "personnel", "asserted"),
    ),
    (
        "a_listing_among_those_in_a_sanctions_package_still_sanctions",
        "Two Tajik banks were among those listed in the EU's latest package over Russia's war.",
        ("Tajikistan", "sanctions_imposed", "asserted"),
    ),
    (
        "involved_in_production_is_production",
        "Kestrel Components is involved in the production of attack drones for Russia.",
        ("Kestrel Components", "drone_production", "asserted"),
    ),
    (
        "supplied_to_russia_and_to_proxies",
        "Iran has also supplied drone technology to Russia and to proxy groups in the region.",
        ("Iran", "component_supply", "asserted"),
    ),
    (
        "aircraft_spare_parts_are_parts",
        "Karavan Aero FZE shipped aircraft spare parts and gyroscopes to Russian buyers.",
        ("Karavan Aero", "component_supply", "asserted"),
    ),
    (
        "artillery_spare_parts_are_parts",
        "Officials said Baykal Trade LLC supplied artillery spare parts to the Russian military.",
        ("Baykal Trade", "component_supply", "asserted"),
    ),
    (
        "a_transfer_of_national_goods_to_russia",
        "Satellite images suggest the continued transfer of North Korean shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "shipments_of_national_drones_to_moscow",
        "Kyiv condemned shipments of Iranian attack drones to Moscow.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "drones_sent_to_help_an_offensive_are_still_drones",
        "Iran shipped Shahed drones to Russia to help its offensive.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "people_dispatched_to_work_on_drone_assembly",
        "Several hundred North Koreans had been dispatched to the Alabuga special economic zone "
        "in Tatarstan to work on the assembly of Geran attack drones.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "producing_at_the_named_plant",
        "Russia has been producing the Geran-3 at the Alabuga plant in Tatarstan since late 2024.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "production_of_drones_at_the_named_plant",
        "The official said Russia had also expanded production of Garpiya drones at the IEMZ "
        "Kupol plant in Izhevsk.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "manufacturing_at_the_named_facility",
        "Moscow is manufacturing Geran-2 drones at the IEMZ Kupol facility in Izhevsk.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "assembled_at_the_named_factory_passive",
        "Shahed drones are being assembled at the Alabuga factory in Tatarstan.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "the_factory_in_the_named_zone",
        "The factory, in the Alabuga special economic zone east of Moscow, assembled roughly "
        "4,000 Geran-2 drones this year.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "the_plant_at_the_named_zone",
        "The plant, at the Alabuga zone in Tatarstan, produced about 2,000 Shahed drones for "
        "Russia last year.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "the_facility_inside_the_named_zone",
        "The facility inside the Alabuga special economic zone has manufactured thousands of "
        "Geran-2 drones for Russia.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "women_from_a_state_among_the_plants_staff",
        "Documents list more than 100 women from Uganda and Kenya among the drone plant's staff, "
        "most of them assigned to painting airframes.",
        ("Kenya", "personnel", "asserted"),
    ),
    (
        "nationals_assigned_to_drone_lines",
        "About 200 women from Rwanda were assigned to the drone assembly lines at the Alabuga "
        "plant in Russia.",
        ("Rwanda", "personnel", "asserted"),
    ),
    (
        "specialists_helped_fit_engines_to_airframes",
        "North Korean specialists helped fit the engines to the new airframes at a Russian drone "
        "plant.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "a_state_transporting_its_troops_sends_personnel",
        "North Korea transported thousands of troops to Russia by train last autumn.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "air_defense_systems_are_weapons",
        "Russia has supplied North Korea with air-defense systems, officials in Seoul said.",
        ("Russia", "weapons_supply", "asserted"),
    ),
    (
        "women_of_an_age_from_states_working_at_a_plant",
        "Women aged 19 to 24 from Nepal and Sri Lanka are among those now working at the "
        "Russian drone plant.",
        ("Sri Lanka", "personnel", "asserted"),
    ),
    (
        "the_last_of_a_long_list_of_recruited_women",
        "Alabuga has recruited hundreds of young women from countries including Nepal, Rwanda "
        "and Sri Lanka through a study program.",
        ("Sri Lanka", "personnel", "asserted"),
    ),
    (
        "a_count_of_the_named_people_comes_from_a_state",
        "A roster lists 300 foreign workers at the Alabuga drone plant: 120 of them are citizens "
        "of Tajikistan and around 40 come from Nepal and work in its hangars.",
        ("Nepal", "personnel", "asserted"),
    ),
    (
        "as_well_as_from_a_state_after_people_from",
        "By 2024 about 200 women from Rwanda, as well as from Nepal, were working at the "
        "Alabuga drone plant.",
        ("Nepal", "personnel", "asserted"),
    ),
    (
        "engineers_worked_at_the_site_to_train_staff",
        "Russia makes Geran drones at the Alabuga plant. Kazakh engineers worked at the site "
        "for months last year to train Russian staff.",
        ("Kazakhstan", "personnel", "asserted"),
    ),
    (
        "engineers_advising_on_the_assembly_lines",
        "Russia makes Geran drones at the Alabuga plant. Iranian engineers spent several months "
        "at the site in 2023 advising on the layout of the assembly lines.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "engineers_seconded_to_a_russian_plant",
        "At least 30 Serbian engineers have been seconded to a Russian drone plant to adapt "
        "the parts to its production line.",
        ("Serbia", "personnel", "asserted"),
    ),
    (
        "specialists_at_the_plant_to_help_adjust_engines",
        "Russia makes drones at the IEMZ Kupol plant. A group of Chinese specialists spent "
        "several weeks at the plant in the spring to help adjust the engines to the Garpiya "
        "airframe.",
        ("China", "personnel", "asserted"),
    ),
    (
        "short_name_of_the_articles_own_company",
        "Washington accuses the Chinese company Xiamen Limbach Aircraft Engine of supplying "
        "engines to Kupol. Limbach knowingly shipped engines to Russia via a front company.",
        ("Xiamen Limbach Aircraft Engine", "sanctions_evasion", "asserted"),
    ),
    (
        "short_name_of_the_gazetteer_company_named_in_full",
        "Limbach Flugmotoren and Xiamen Limbach Aircraft Engine were both named. Limbach "
        "shipped engines to Russia.",
        ("Limbach Flugmotoren", "component_supply", "asserted"),
    ),
    (
        "native_spelling_and_age_after_the_name",
        "Prosecutors said that Lin Cheng-hao (林正豪), 57, chairman of Tainan-based Sino Drive "
        "Co., had shipped drone engines to Russian buyers.",
        ("Lin Cheng-hao", "component_supply", "asserted"),
    ),
    (
        "firm_called_name",
        "A Bishkek-based logistics company called Tien Shan Cargo, which Washington accused of "
        "shipping microchips to Russia, was sanctioned.",
        ("Tien Shan Cargo", "component_supply", "asserted"),
    ),
    (
        "trader_named_name",
        "Prosecutors said a Dubai-registered trader named Falcon Crest Trading had exported drone "
        "engines to Russia.",
        ("Falcon Crest Trading", "component_supply", "asserted"),
    ),
    (
        "company_dubbed_name",
        "The goods went through a small company dubbed Nordic Parts Hub, which shipped them to "
        "Russia.",
        ("Nordic Parts Hub", "component_supply", "asserted"),
    ),
    (
        "company_named_by_sources_as",
        "According to investigators, the company, named by judicial sources as Officine Lombarde "
        "Srl, shipped servo motors to Russia.",
        ("Officine Lombarde", "component_supply", "asserted"),
    ),
    (
        "age_identified_only_as_an_initial",
        "The 44-year-old, identified only as Marek K. in line with privacy rules, is alleged to "
        "have sent drone parts to Russia.",
        ("Marek K.", "component_supply", "asserted"),
    ),
    (
        "citizen_named_in_court_documents_as",
        "The 39-year-old Polish citizen, named in court documents as Tomasz Wrona, had bought "
        "thermal cameras in the EU and sent them to Russia.",
        ("Tomasz Wrona", "component_supply", "asserted"),
    ),
    (
        "man_identified_by_police_as",
        "A man identified by police as Jonas Petrauskas is suspected of shipping drone motors to "
        "Russia.",
        ("Jonas Petrauskas", "component_supply", "asserted"),
    ),
    (
        "official_identified_as",
        "The sanctions include a senior official identified as Ri Chol-man, who oversaw arms "
        "shipments to Russia.",
        ("Ri Chol-man", "weapons_supply", "asserted"),
    ),
    (
        "city_businessman_convicted_of_exporting",
        "Last autumn, a court convicted Tallinn businessman Mart Kask of exporting more than 300 "
        "radio modules to Russia via a company in Kazakhstan.",
        ("Mart Kask", "component_supply", "asserted"),
    ),
    (
        "reduced_passive_built_by",
        "The Orlan-10, built by the St Petersburg-based Special Technology Center, is used by "
        "Russian artillery units to spot targets.",
        ("Special Technology Center", "drone_production", "asserted"),
    ),
    (
        "reduced_passive_manufactured_by",
        "The Lancet, manufactured by ZALA Aero, has become one of the most feared weapons.",
        ("ZALA Aero", "drone_production", "asserted"),
    ),
    (
        "reduced_passive_produced_by_in_town",
        "The Garpiya drones, produced by IEMZ Kupol in Izhevsk, have struck Kyiv.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "relative_after_the_firms_town",
        "The list includes IEMZ Kupol in Izhevsk, which manufactures the Garpiya-series "
        "attack drones.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "relative_after_the_firms_city_of_two_words",
        "The bloc also named ZALA Aero in St Petersburg, which makes the Lancet.",
        ("ZALA Aero", "drone_production", "asserted"),
    ),
    (
        "relative_after_based_in",
        "The sanctions target Sinno Electronics based in Shenzhen, which supplied chips to Russia.",
        ("Sinno Electronics", "component_supply", "asserted"),
    ),
    (
        "parts_used_in_drones_are_components",
        "Lumo Navigation Co., Ltd. develops navigation and control systems used in Russian "
        "military drones.",
        ("Lumo Navigation", "component_supply", "asserted"),
    ),
    (
        "parts_installed_in_drones_are_components",
        "Lumo Navigation Co., Ltd. produces antennas installed in Russian attack drones.",
        ("Lumo Navigation", "component_supply", "asserted"),
    ),
    (
        "component_passive_part_of_drone",
        "Investigators said the engines found in the Geran drones were manufactured by Hexa "
        "Motor Co., Ltd.",
        ("Hexa Motor", "component_supply", "asserted"),
    ),
    (
        "component_passive_part_used_in_drones",
        "According to the agency, the engine used in the drones was produced by Lintai Power "
        "Co., Ltd., while the antennas were supplied by Lumo Navigation Co., Ltd.",
        ("Lintai Power", "component_supply", "asserted"),
    ),
    (
        "component_passive_part_for_drones",
        "Servos for the Shahed drones were produced by Kaiyuan Motion Co., Ltd. and shipped to "
        "Russia.",
        ("Kaiyuan Motion", "component_supply", "asserted"),
    ),
    (
        "component_traced_to",
        "A batch of servo drives recovered from Russian drones was traced to Kaiyuan Motion "
        "Co., Ltd., a maker of robot parts.",
        ("Kaiyuan Motion", "component_supply", "asserted"),
    ),
    (
        "component_traced_back_to",
        "The navigation modules in the wreckage of Russian drones were traced back to Lumo "
        "Navigation Co., Ltd., according to investigators.",
        ("Lumo Navigation", "component_supply", "asserted"),
    ),
    (
        "chassis_are_components",
        "The Minsk Wheel Tractor Plant has supplied Russia with dozens of heavy chassis used to "
        "carry Iskander launchers.",
        ("Minsk Wheeled Tractor Plant", "component_supply", "asserted"),
    ),
    (
        "relative_clause_of_the_apposition_head",
        "The chips were passed on to IEMZ Kupol, the Izhevsk-based subsidiary of defense "
        "conglomerate Almaz-Antey that assembles the Garpiya-3.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "drone_supply",
        "About 70 Chinese exporters sold drones to Russia last year.",
        ("China", "drone_supply", "asserted"),
    ),
    (
        "drone_supply_iran",
        "Iran has delivered hundreds of Shahed-136 drones to Russia.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "drone_supply_passive",
        "Dozens of drones made in China were shipped to Russian units.",
        ("China", "drone_supply", "asserted"),
    ),
    (
        "drone_production",
        "Xiamen Limbach has agreed to manufacture attack drones for Russia.",
        ("Xiamen Limbach Aircraft Engine", "drone_production", "asserted"),
    ),
    (
        "drone_production_country",
        "China is developing long-range attack drones for Moscow.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "component_supply",
        "Chinese companies shipped microelectronics and engines to Russia.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "component_technology",
        "Beijing is providing Moscow with drone technology.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "weapons_supply",
        "North Korea has sent millions of artillery shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "weapons_lethal_aid",
        "Pyongyang has provided lethal aid to the Kremlin.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "weapons_missiles",
        "Iran transferred Fath-360 ballistic missiles to Russia.",
        ("Iran", "weapons_supply", "asserted"),
    ),
    (
        "sanctions_evasion",
        "Russia uses front companies in Hong Kong to evade sanctions.",
        ("Russia", "sanctions_evasion", "asserted"),
    ),
    (
        "sanctions_evasion_group",
        "Chinese firms use intermediary companies to circumvent sanctions on Russia.",
        ("China", "sanctions_evasion", "asserted"),
    ),
    (
        "personnel_troops",
        "North Korea has deployed 10,000 troops to Russia.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "personnel_group",
        "At least 155 Chinese nationals are fighting alongside Russian forces.",
        ("China", "personnel", "asserted"),
    ),
    (
        "personnel_from",
        "Individuals from Iran are working at a drone plant in Russia.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "sanctions_imposed",
        "The United States imposed sanctions on Almaz-Antey in 2023.",
        ("Almaz-Antey", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctions_verb",
        "The EU sanctioned Alabuga for producing Shahed drones for Russia.",
        ("Alabuga Special Economic Zone", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctions_passive",
        "IEMZ Kupol was sanctioned by the U.S. Treasury in December.",
        ("IEMZ Kupol", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctions_list_unknown_org",
        "Treasury imposed sanctions on Hong Kong-based Sinno Electronics and Tordan Industry Co., "
        "Ltd. for supplying Russia.",
        ("Tordan Industry", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctions_added_entity_list",
        "Several Chinese firms, including Yilufa Electronics, were added to the Entity List for "
        "supplying Russia's military.",
        ("Yilufa Electronics", "sanctions_imposed", "asserted"),
    ),
    # left4: goods made by X and bought by Russia; "came from X"; carriers; conversion;
    # what comes along with the goods; routes "by way of"; fronts; passives with an agent
    (
        "imported_goods_made_by_the_maker",
        "Russian companies imported some 12,000 quadcopters made by Hanwei Aero Technology.",
        ("Hanwei Aero Technology", "drone_supply", "asserted"),
    ),
    (
        "the_deed_before_a_contrast_is_done",
        "Kazakh traders resold chips to Russia rather than supplying complete drones.",
        ("Kazakhstan", "component_supply", "asserted"),
    ),
    (
        "the_guts_of_weapons_are_their_parts",
        "Turkish traders are shipping the guts of Russian cruise missiles by the truckload.",
        ("Turkey", "component_supply", "asserted"),
    ),
    (
        "made_goods_that_reach_russian_units",
        "A congressional report says quadcopters made by Skyfarer Robotics, a consumer brand, "
        "continue to reach Russian units through resellers in the Gulf.",
        ("Skyfarer Robotics", "drone_supply", "asserted"),
    ),
    (
        "bought_engines_manufactured_by",
        "Russian forces bought hundreds of engines manufactured by Xiamen Limbach last year.",
        ("Xiamen Limbach Aircraft Engine", "component_supply", "asserted"),
    ),
    (
        "parts_for_drones_came_from_a_company",
        "Frames, cameras and flight controllers for the Russian drones came from the Shenzhen "
        "company Hanwei Aero Technology.",
        ("Hanwei Aero Technology", "component_supply", "asserted"),
    ),
    (
        "chips_found_in_missiles_came_from_a_state",
        "Most of the microchips found in Russian missiles came from China, the report said.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "drones_came_mainly_from_a_state",
        "The Shahed drones used by Russia came mainly from Iran.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "shells_come_from_a_state",
        "Half of the artillery shells Russia fires now come from North Korea.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "carrier_ferried_missile_parts_and_military_cargo",
        "Washington designated the Caspian Tide Shipping Company, saying its vessels had ferried "
        "missile components and other military cargo to Russian ports.",
        ("Caspian Tide Shipping Company", "weapons_supply", "asserted"),
    ),
    (
        "carrier_transporting_military_goods",
        "The Treasury sanctioned Iran Air, accusing it of transporting Iranian military goods to "
        "Russia.",
        ("Iran Air", "weapons_supply", "asserted"),
    ),
    (
        "technology_along_with_drones",
        "Iran has provided Russia with thousands of Shahed drones, along with the technology "
        "Russia has used to build its own version.",
        ("Iran", "component_supply", "asserted"),
    ),
    (
        "site_converted_into_a_production_line",
        "A factory in the Alabuga special economic zone in Russia was converted into a "
        "production line for a Russian version of the Shahed.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "the_plant_where_russia_assembles_the_drones",
        "The IEMZ Kupol plant in Izhevsk, where Russia assembles Garpiya attack drones, has "
        "doubled its workforce.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "site_turned_into_a_drone_factory",
        "Alabuga has been turned into a drone factory for Russia's army.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "the_site_where_russia_builds_drones_in_a_reported_sentence",
        "According to the source, the recruits work at the IEMZ Kupol plant, where Russia builds "
        "Garpiya attack drones.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "the_site_in_a_possessive_region_where_russia_makes_drones",
        "Officials said workers from Laos had arrived at the Alabuga zone in Russia's Tatarstan "
        "region, where Russia mass-produces Geran-2 drones.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "the_site_with_an_aside_is_where_russia_makes_drones",
        "The IEMZ Kupol plant, a short drive from the centre of Izhevsk, is where Russia turns "
        "out its Garpiya attack drones.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "parts_for_a_drone_shipped_as_them_are_parts",
        "Borisov Composites LLC has made airframe sections for Geran-2 attack drones since "
        "2024 and shipped them by rail to Russia.",
        ("Borisov Composites", "component_supply", "asserted"),
    ),
    (
        "a_drone_made_with_parts_and_sent_as_it_is_a_drone",
        "Xiamen Limbach shipped engines that power the Garpiya, while Redlepus helped build the "
        "drone in China before sending it to Russia.",
        ("Redlepus Vector Industry", "drone_supply", "asserted"),
    ),
    (
        "involved_in_russian_weapons_production",
        "Officials say Chinese companies are directly involved in Russian weapons production.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "national_representatives_involved_in_producing_weapons_in_russia",
        'Kyiv has "information" that Chinese representatives were involved in producing weapons '
        "on Russian territory.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "moving_drones_is_still_a_shipment",
        "Iran moved hundreds of Shahed drones to Russia by ship across the Caspian Sea.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "a_conjunct_sharing_the_part_noun_is_parts",
        "Tashkent Avia Parts LLC supplied aircraft and drone engine components to Russian "
        "manufacturers, the Council says.",
        ("Tashkent Avia Parts", "component_supply", "asserted"),
    ),
    (
        "drone_navigation_modules_are_parts",
        "Kestrel Components shipped drone navigation modules to Russian defense firms.",
        ("Kestrel Components", "component_supply", "asserted"),
    ),
    (
        "drones_or_drone_components_denied_are_still_drones",
        'Iran\'s mission said Tehran "has not supplied any drones or drone components to Russia".',
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "the_named_plant_in_its_town_which_a_speaker_says_produces",
        "Also sanctioned is the Kupol plant in Izhevsk, which the UK says produces the Garpiya "
        "attack drone.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "the_named_plant_in_a_possessive_region_which_turns_out_drones",
        "Production remained at the Alabuga plant in Russia's Tatarstan republic, which he said "
        "was now turning out 90 Geran-2 drones a day.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "a_firm_maker_of_drones_without_an_article",
        "Velta Microsystems shipped chips to Russian defense firms including the Kronstadt Group, "
        "maker of the Orion attack drones, invoices show.",
        ("Kronstadt", "drone_production", "asserted"),
    ),
    (
        "shipped_by_way_of_shell_companies",
        "Prosecutors say Dala Trading Ltd bought the chips in Taiwan, shipping them to Russia by "
        "way of two shell companies in Hong Kong.",
        ("Dala Trading", "sanctions_evasion", "asserted"),
    ),
    (
        "set_up_to_separate_maker_and_buyer",
        "Silverline Horizon Ltd was set up specifically to separate the Chinese manufacturer "
        "from the Russian buyer.",
        ("Silverline Horizon", "sanctions_evasion", "asserted"),
    ),
    (
        "re_exported_by_the_company",
        "The chips were re-exported by Kestrel Optics Ltd to a trading house in Hong Kong and "
        "from there to Russia.",
        ("Kestrel Optics", "sanctions_evasion", "asserted"),
    ),
    (
        "re_exported_by_the_company_supplies",
        "The cores were re-exported by Kestrel Optics Ltd to a trading house in Hong Kong and "
        "from there to Russia.",
        ("Kestrel Optics", "component_supply", "asserted"),
    ),
    (
        "shipped_sanctioned_goods_is_evasion",
        "The Kyrgyz firm Tengri Cargo shipped sanctioned electronics to Russia, prosecutors said.",
        ("Tengri Cargo", "sanctions_evasion", "asserted"),
    ),
    (
        "company_concealing_behind_buyers_named_in_places",
        "Meridian Skyway Logistics Pte Ltd used falsified end-user certificates naming civilian "
        "buyers in Malaysia and Thailand to conceal the true destination of cargo bound for "
        "Russia.",
        ("Meridian Skyway Logistics", "sanctions_evasion", "asserted"),
    ),
    (
        "buyers_who_resell_act",
        "Buyers in Kyrgyzstan re-exported the chips to Russia.",
        ("Kyrgyzstan", "sanctions_evasion", "asserted"),
    ),
    (
        "delivered_to_a_company_in_a_russian_city",
        "Orbita Machine Trading delivered 30 CNC lathes to a company in the Russian city of "
        "Izhevsk that makes artillery fuses.",
        ("Orbita Machine Trading", "component_supply", "asserted"),
    ),
    (
        "shipped_to_a_named_plant_in_russia_far_after_the_verb",
        "The Treasury said Kestrel Components Co Ltd, one of the firms listed on Friday, had "
        "sent gyroscopes, servo motors and flight controllers worth about $2.1 million to the "
        "Alabuga Special Economic Zone in Russia's Tatarstan region.",
        ("Kestrel Components", "component_supply", "asserted"),
    ),
    (
        "an_aside_naming_a_sanctioner_between_subject_and_verb",
        "Kestrel Components, which Washington blacklisted in March, shipped radio modules to "
        "Russian drone makers.",
        ("Kestrel Components", "component_supply", "asserted"),
    ),
    (
        "an_aside_before_a_production_verb_with_an_adverb",
        "Alabuga, which the EU sanctioned last year, also assembles Geran drones for Russia.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
]

ORG_FORMS = [
    ("ltd", "Ruisheng Trading Ltd. shipped drone parts to Russia.", "Ruisheng Trading"),
    ("llc", "Vostok Components LLC supplied microchips to Russia.", "Vostok Components"),
    ("jsc", "JSC Volga Avionika produced attack drones for Russia.", "Volga Avionika"),
    ("pt", "PT Nusa Optika Mandiri shipped thermal cameras to Russia.", "Nusa Optika Mandiri"),
    ("uab", "UAB Nemunas Components sold drone engines to Russia.", "Nemunas Components"),
    ("uab_after", "Nemunas Components UAB sold drone engines to Russia.", "Nemunas Components"),
    ("ou_after", "Harju Elektroonika OÜ shipped GNSS receivers to Russia.", "Harju Elektroonika"),
    ("uab_after_one_word", "Vilkoma UAB sold drone motors to a Russian buyer.", "Vilkoma"),
    (
        "distribution",
        "Sevan Chip Distribution sent microchips to Russia.",
        "Sevan Chip Distribution",
    ),
    (
        "turkish_supply",
        "Marmara Teknik Tedarik sold radio modules to Russia.",
        "Marmara Teknik Tedarik",
    ),
    (
        "called_with_a_dotted_form",
        "An Ipoh firm called Perak Circuit Sdn. Bhd. sent 40 shipments of microchips to a "
        "Russian importer.",
        "Perak Circuit",
    ),
    (
        "a_technical_term_after_an_owner_is_no_company",
        "Turkish vendors became a major source of parts for Russia's FPV drone makers, shipping "
        "motors and cameras.",
        "Turkey",
    ),
    ("co_ltd", "Shenzhen Hualong Electronics Co., Ltd. sold drone engines to Russia.", None),
    ("group", "The Tianmu Group exported drones to Russia, officials said.", "Tianmu Group"),
    ("technology", "Jiangsu Yunfan Technology supplied drone cameras to Russia.", None),
    ("industries", "Harbin Kailong Industries sent drone engines to Russia.", None),
    ("plant", "The Sarapul Radio Plant assembled drones for Russia.", "Sarapul Radio Plant"),
    (
        "a_seat_names_a_company_without_a_suffix_word",
        "Osh-based Tulpar Mikro shipped drone cameras to a Russian importer.",
        "Tulpar Mikro",
    ),
    ("invest", "Navoi Energo Invest supplied machine tools to Russian arms plants.", None),
    ("exports", "Varun Techno Exports supplied machine tools to Russian arms plants.", None),
    ("microwave", "Shenzhen Lingxi Microwave sent radio modules to Russian drone makers.", None),
    ("motion", "Ningbo Harrier Motion sent drone engines to Russia.", None),
    (
        "mikroelektronik",
        "Marmara Mikroelektronik sent connectors to a Russian drone maker.",
        "Marmara Mikroelektronik",
    ),
    ("avionics", "Wuhan Lark Avionics supplied navigation modules to Russian drone makers.", None),
    (
        "a_city_possessive_before_the_name_is_its_seat",
        "The EU adopted new sanctions. The list also includes Dubai-based Noor Gateway "
        "Trading, accused of re-exporting chips to Russia; Varun Techno Exports of Gurugram, "
        "India; and Istanbul's Karadeniz Dijital.",
        "Karadeniz Dijital",
    ),
    (
        "a_relative_clause_after_city_and_state_is_the_company",
        "The EU also listed Varun Techno Exports of Gurugram, India, which allegedly supplied "
        "spare parts for machine tools to a Russian tank manufacturer.",
        "Varun Techno Exports",
    ),
    ("design_bureau_prefix", "OKB Strela assembled attack drones for Russia.", "OKB Strela"),
    (
        "hyphenated_name_after_an_enterprise_prefix",
        "NPP Vektor-Radio supplied drone radios to the Russian army.",
        "NPP Vektor-Radio",
    ),
    (
        "a_last_name_word_before_the_acronym",
        "Sino Precision Tooling (SPT) shipped drone motors to Russia.",
        "Sino Precision Tooling",
    ),
    (
        "apposition_russian_arms_maker",
        "Zala Aero, a Russian arms maker, bought Chinese-made engines from Hengyu Machinery.",
        "Hengyu Machinery",
    ),
]

LISTS = [
    (
        "a_seat_prefix_before_the_second_member_of_a_relative_head",
        "Among them were Bursa-based Nilufer Teknik and Izmir-registered Ege Mikro Ticaret, "
        "which Washington said had shipped navigation equipment to Russian firms.",
        {
            ("Nilufer Teknik", "component_supply", "asserted"),
            ("Ege Mikro Ticaret", "component_supply", "asserted"),
        },
    ),
    (
        "people_charged_together_with_their_ages_and_homes",
        "Pavel Drozdov, a 58-year-old Russian citizen living in Tallinn, Estonia, Ines Kovač, 41, "
        "of Hoboken, and Björn Aalto, a 60-year-old Finnish national, are accused of conspiring "
        "to violate U.S. export controls on Russia.",
        {
            ("Pavel Drozdov", "sanctions_evasion", "asserted"),
            ("Ines Kovač", "sanctions_evasion", "asserted"),
            ("Björn Aalto", "sanctions_evasion", "asserted"),
        },
    ),
    (
        "an_owner_and_his_company_ship_together",
        "Investigators said Anton Beck, 52, a Latvian citizen, and his company, Daugava Parts "
        "SIA, sent 900 flight controllers to buyers in Russia.",
        {
            ("Anton Beck", "component_supply", "asserted"),
            ("Daugava Parts", "component_supply", "asserted"),
        },
    ),
    (
        "two_people_charged_together",
        "Oskar Lindqvist and Teodor Raab were charged with evading EU sanctions on Russia.",
        {
            ("Oskar Lindqvist", "sanctions_evasion", "asserted"),
            ("Teodor Raab", "sanctions_evasion", "asserted"),
        },
    ),
    (
        "members_named_in_the_subjects_aside",
        "Officials said the companies, including Riga-based Baltic Nord Trade Ltd. and "
        "Vilnius-registered Amber Line LLC, had shipped drone motors to Russia.",
        {
            ("Baltic Nord Trade", "component_supply", "asserted"),
            ("Amber Line", "component_supply", "asserted"),
        },
    ),
    (
        "a_seat_adjective_inside_a_list_of_subjects",
        "Baltic Nord Trade Ltd. and Riga-based Amber Line LLC shipped drone motors to Russia.",
        {
            ("Baltic Nord Trade", "component_supply", "asserted"),
            ("Amber Line", "component_supply", "asserted"),
        },
    ),
    (
        "list_after_repeated_from",
        "Moscow is receiving more and more shells from North Korea and from Iran, officials said.",
        {
            ("North Korea", "weapons_supply", "asserted"),
            ("Iran", "weapons_supply", "asserted"),
        },
    ),
    (
        "list_after_from_as_well_as_from",
        "Russia has obtained attack drones from Iran, as well as from Belarus.",
        {("Iran", "drone_supply", "asserted"), ("Belarus", "drone_supply", "asserted")},
    ),
    (
        "bare_subject_list",
        "China, Iran and North Korea have all supplied Russia with weapons, the report said.",
        {
            ("China", "weapons_supply", "asserted"),
            ("Iran", "weapons_supply", "asserted"),
            ("North Korea", "weapons_supply", "asserted"),
        },
    ),
    (
        "list_after_from",
        "Russia has received drones from China, Iran and North Korea, officials said.",
        {
            ("China", "drone_supply", "asserted"),
            ("Iran", "drone_supply", "asserted"),
            ("North Korea", "drone_supply", "asserted"),
        },
    ),
    (
        "sanctions_on_list_with_based_item",
        "Treasury imposed sanctions on Xiamen Limbach Aircraft Engine Co., Ltd. and Hong "
        "Kong-based Asia Pacific Links Ltd., saying they had supplied drone engines to Russia.",
        {
            ("Asia Pacific Links", "sanctions_imposed", "asserted"),
            ("Asia Pacific Links", "component_supply", "asserted"),
            ("Xiamen Limbach Aircraft Engine", "component_supply", "asserted"),
        },
    ),
    (
        "a_firm_name_ending_in_an_object_word_is_no_passive",
        "Ningde Lanfa Precision and Harbin Yutong Motor supplied servo motors to Russian drone "
        "makers.",
        {
            ("Ningde Lanfa Precision", "component_supply", "asserted"),
            ("Harbin Yutong Motor", "component_supply", "asserted"),
        },
    ),
    (
        "a_seat_of_several_words_inside_a_list_of_subjects",
        "Officials said Kota Kinabalu-based Borneo Link Sdn Bhd and Chiang Mai-registered Lanna "
        "Parts Co. resold thermal cameras to Russian drone makers.",
        {
            ("Borneo Link", "component_supply", "asserted"),
            ("Lanna Parts", "component_supply", "asserted"),
        },
    ),
    (
        "a_descriptor_with_a_town_before_the_last_member",
        "Officials said Talas Trade Import, Issyk Electronics Group and an Osh freight company, "
        "Alay Cargo Solutions, shipped microchips to Russian buyers.",
        {
            ("Talas Trade Import", "component_supply", "asserted"),
            ("Issyk Electronics Group", "component_supply", "asserted"),
            ("Alay Cargo Solutions", "component_supply", "asserted"),
        },
    ),
    (
        "the_trade_noun_before_a_name_introduces_it",
        "Investigators said Talas Trade Import and the freight company Alay Cargo Solutions "
        "shipped microchips to Russian buyers.",
        {
            ("Talas Trade Import", "component_supply", "asserted"),
            ("Alay Cargo Solutions", "component_supply", "asserted"),
        },
    ),
    (
        "an_apposition_and_its_parent_inside_a_list_under_sanctions",
        "The Volga Avionics Bureau, Kama Aero, the maker of the Strizh drone, and its parent "
        "Kama Industrial Concern have all been under US sanctions since 2023.",
        {
            ("Volga Avionics Bureau", "sanctions_imposed", "asserted"),
            ("Kama Aero", "sanctions_imposed", "asserted"),
            ("Kama Industrial Concern", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "including_list",
        "The EU sanctioned several firms, including Sinno Electronics and Tordan Industry Co., "
        "Ltd., for supplying drone parts to Russia.",
        {
            ("Sinno Electronics", "sanctions_imposed", "asserted"),
            ("Tordan Industry", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "each_member_with_its_states_possessive",
        "Kazakhstan's Irtysh Elektronik and Georgia's Kutaisi Components Ltd. were named for "
        "helping Moscow circumvent sanctions.",
        {
            ("Irtysh Elektronik", "sanctions_evasion", "asserted"),
            ("Kutaisi Components", "sanctions_evasion", "asserted"),
        },
    ),
    (
        "members_with_their_seats_before_a_relative_clause",
        "The list names Fergana Machinery Supply, based in Tashkent, and Issyk Trade Group of "
        "Bishkek, which the ministry says acted as intermediaries to help Russia evade sanctions.",
        {
            ("Fergana Machinery Supply", "sanctions_evasion", "asserted"),
            ("Issyk Trade Group", "sanctions_evasion", "asserted"),
        },
    ),
]

# Sanctions lists in the shapes sanctions reporting uses (rules-1.3.0)
SANCTION_LISTS = [
    (
        "a_possessors_subsidiary_among_the_listed",
        "Japan also added several Russian defense companies to its export ban list, including "
        "Kalashnikov's drone subsidiary Kestrel Aero.",
        {("Kestrel Aero", "sanctions_imposed", "asserted")},
    ),
    (
        "on_the_blocs_sanctions_list_since",
        "Korvex Optics has been on the European Union's sanctions list since 2022.",
        {("Korvex Optics", "sanctions_imposed", "asserted")},
    ),
    (
        "a_relative_on_the_list_names_the_bureau_not_its_city",
        "Some of the shipments reached OKB Strela, a Minsk design bureau that has been on the "
        "EU's sanctions list since 2022.",
        {("OKB Strela", "sanctions_imposed", "asserted")},
    ),
    (
        "a_member_introduced_by_its_trade_and_a_third_firm",
        "The EU package lists the Gomel-based Sozh Optics Electronics, the freight company "
        "Pripyat Cargo Lines and a third firm, Berezina Components, along with its owner, Anton "
        "Lisovsky.",
        {
            ("Sozh Optics Electronics", "sanctions_imposed", "asserted"),
            ("Pripyat Cargo Lines", "sanctions_imposed", "asserted"),
            ("Berezina Components", "sanctions_imposed", "asserted"),
            ("Anton Lisovsky", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "placed_an_abbreviated_company_on_the_entity_list",
        "Washington placed Kestrel Components Sdn. Bhd. on its entity list over parts found in "
        "Russian drones.",
        {("Kestrel Components", "sanctions_imposed", "asserted")},
    ),
    (
        "placed_a_firm_in_a_country_and_a_seated_firm_on_the_list",
        "The Commerce Department placed Kestrel Components Sdn. Bhd. in Indonesia and "
        "Manila-based Nimbus Trade Inc. on the entity list on Friday over parts sold to Russia.",
        {
            ("Kestrel Components", "sanctions_imposed", "asserted"),
            ("Nimbus Trade", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "inclusion_of_a_group_in_a_sanctions_package",
        "Brussels defended the European Union's inclusion of four Chinese companies in its latest "
        "package of sanctions against Russia.",
        {("China", "sanctions_imposed", "asserted")},
    ),
    (
        "including_counted_group",
        "Washington sanctioned nearly 300 entities on Thursday, including 12 Turkish firms.",
        {("Turkey", "sanctions_imposed", "asserted")},
    ),
    (
        "companies_in_a_b_and_c_among_those_targeted",
        "Firms in Kazakhstan, Armenia and Kyrgyzstan were among those targeted, as well as "
        "companies in Serbia, the Treasury said.",
        {
            ("Kazakhstan", "sanctions_imposed", "asserted"),
            ("Armenia", "sanctions_imposed", "asserted"),
            ("Kyrgyzstan", "sanctions_imposed", "asserted"),
            ("Serbia", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "among_the_firms_named_was",
        "The Treasury sanctioned 120 entities on Friday. Among the Turkish firms named was Demir "
        "Machinery, which officials said had shipped machine tools to Russia.",
        {
            ("Demir Machinery", "sanctions_imposed", "asserted"),
            ("Demir Machinery", "component_supply", "asserted"),
        },
    ),
    (
        "companies_based_in_passive_list",
        "Eleven companies based in the UAE and Turkey were designated for supplying drone "
        "components to Russian manufacturers.",
        {
            ("United Arab Emirates", "sanctions_imposed", "asserted"),
            ("Turkey", "sanctions_imposed", "asserted"),
            ("Turkey", "component_supply", "asserted"),
        },
    ),
    (
        "froze_the_assets_of",
        "The EU froze the assets of Qods Aviation Industries on Monday.",
        {("Qods Aviation Industries", "sanctions_imposed", "asserted")},
    ),
    (
        "capital_based_target",
        "Washington blacklisted Tehran-based Paravar Pars on Tuesday for supplying drone engines "
        "to Russia.",
        {("Paravar Pars", "sanctions_imposed", "asserted")},
    ),
    (
        "along_with_based_target",
        "OFAC designated Sinno Electronics, along with Moscow-based Vektor Avia, for supplying "
        "drone parts to Russia.",
        {
            ("Vektor Avia", "sanctions_imposed", "asserted"),
            ("Sinno Electronics", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "plural_apposition_listed_for",
        "Two Emirati firms, Falcon Trade Partners and Gulf Horizon, were also listed for shipping "
        "drone engines to Russia.",
        {
            ("Falcon Trade Partners", "sanctions_imposed", "asserted"),
            ("Gulf Horizon", "sanctions_imposed", "asserted"),
            ("Gulf Horizon", "component_supply", "asserted"),
        },
    ),
    (
        "object_relative_for_arranging",
        "The invoices name Zagros Avia, a Tehran-based company that the US Treasury sanctioned in "
        "2023 for arranging the shipment of drones to Russia.",
        {
            ("Zagros Avia", "sanctions_imposed", "asserted"),
            ("Zagros Avia", "drone_supply", "asserted"),
        },
    ),
    (
        "the_company_that_operates",
        "Britain sanctioned Albatross and the company that operates the Alabuga zone.",
        {
            ("Albatross", "sanctions_imposed", "asserted"),
            ("Alabuga Special Economic Zone", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "added_companies_in_a_and_b_to_its_list",
        "In June, the bloc added 29 companies in China and Hong Kong to its sanctions list for "
        "supplying drone parts to Russia.",
        {("China", "sanctions_imposed", "asserted")},  # Hong Kong with China is China
    ),
    (
        "package_listed",
        "The EU's 14th sanctions package listed 19 Chinese entities accused of helping Russia's "
        "military.",
        {("China", "sanctions_imposed", "asserted")},
    ),
    (
        "reduced_relative_it_says",
        "The Office of Foreign Assets Control designated two Chinese companies it says helped "
        "design attack drones for Russia.",
        {
            ("China", "sanctions_imposed", "asserted"),
            ("China", "drone_production", "asserted"),
        },
    ),
    (
        "package_which_includes",
        "The EU on Monday adopted its 12th package of sanctions, which includes three Chinese "
        "companies.",
        {("China", "sanctions_imposed", "asserted")},
    ),
    (
        "group_of_officers_passive",
        "Several North Korean generals were sanctioned by the EU.",
        {("North Korea", "sanctions_imposed", "asserted")},
    ),
    (
        "titled_person",
        "The State Department imposed sanctions on Iran's Defense Minister Mohammad Reza Gharaei "
        "Ashtiani over drone transfers to Russia.",
        {("Mohammad Reza Gharaei Ashtiani", "sanctions_imposed", "asserted")},
    ),
    (
        "designations_target",
        "The designations target 12 Chinese firms and three Iranian entities involved in drone "
        "production for Russia.",
        {("China", "sanctions_imposed", "asserted"), ("Iran", "sanctions_imposed", "asserted")},
    ),
    (
        "progressive_is_active",
        "Britain said it was sanctioning four Chinese companies that supplied drone engines to "
        "Russia.",
        {("China", "sanctions_imposed", "asserted"), ("China", "component_supply", "asserted")},
    ),
    (
        "froze_assets_of_entities_in",
        "Japan froze the assets of 11 entities in China, Hong Kong and the UAE for helping Russia "
        "evade sanctions.",
        {
            ("China", "sanctions_imposed", "asserted"),
            ("United Arab Emirates", "sanctions_imposed", "asserted"),
            ("United Arab Emirates", "sanctions_evasion", "asserted"),
        },
    ),
    (
        "sanctions_over_transfers",
        "Washington slapped sanctions on three North Korean officials over arms transfers to "
        "Russia.",
        {
            ("North Korea", "sanctions_imposed", "asserted"),
            ("North Korea", "weapons_supply", "asserted"),
        },
    ),
    (
        "descriptor_before_vessel",
        "OFAC also designated the Russian vessel Angara on Thursday.",
        {("Angara", "sanctions_imposed", "asserted")},
    ),
    (
        "sanctioned_companies_include",
        "The sanctioned companies include Shenzhen Blue Hat Trade and Guangzhou Vista Electronics.",
        {
            ("Shenzhen Blue Hat Trade", "sanctions_imposed", "asserted"),
            ("Guangzhou Vista Electronics", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "among_the_newly_sanctioned_are",
        "Among the newly sanctioned entities are two Turkish firms, Ozgur Makina and Anka "
        "Lojistik.",
        {
            ("Ozgur Makina", "sanctions_imposed", "asserted"),
            ("Anka Lojistik", "sanctions_imposed", "asserted"),
        },
    ),
    (
        "those_designated_include",
        "Those designated on Thursday include Indian firm Shreya Life Sciences.",
        {("Shreya Life Sciences", "sanctions_imposed", "asserted")},
    ),
    (
        "state_inside_a_legal_name",
        "Among the firms named was Bharat Aero India Private Limited, which the Treasury said had "
        "sent aircraft parts to Russian buyers.",
        {("Bharat Aero India", "component_supply", "asserted")},
    ),
]

# a supply chain through a middleman to a Russian buyer
MIDDLEMEN = [
    (
        "bought_from_distributors_then_relabelled",
        "Kestrel Trading bought chips from authorised distributors in Singapore and relabelled "
        "them as computer parts before shipping them to Russia.",
        {("Kestrel Trading", "sanctions_evasion", "asserted")},
    ),
    (
        "misdeclared_the_goods_as",
        "Prosecutors say Baltic Parts UAB misdeclared the drone parts as toys before they were "
        "trucked to Russian buyers.",
        {("Baltic Parts", "sanctions_evasion", "asserted")},
    ),
    (
        "declared_the_goods_under_a_quoted_description",
        "Sable Ridge Trading shipped drone motors to Russian buyers and declared them as "
        '"spare parts for washing machines" at the border.',
        {("Sable Ridge Trading", "sanctions_evasion", "asserted")},
    ),
    (
        "misdeclared_to_avoid_checks",
        "Customs officers say Norvik Supply OU sent chips to Russia, misdeclaring the cargo to "
        "avoid inspections.",
        {("Norvik Supply", "sanctions_evasion", "asserted")},
    ),
    (
        "a_fronted_phrase_with_a_demonym_ends_at_its_comma",
        "Kestrel Trading ships drone motors to Russia. On its Kazakh paperwork, Kestrel Trading "
        'declared the motors as "fan motors".',
        {("Kestrel Trading", "sanctions_evasion", "asserted")},
    ),
    (
        "changed_product_descriptions",
        "Kestrel Trading sold chips to Russian buyers and changed the product descriptions on "
        "its invoices before each shipment.",
        {("Kestrel Trading", "sanctions_evasion", "asserted")},
    ),
    (
        "relabelled_as_after_a_colon",
        "Kestrel Bright Electronics Ltd, a Hong Kong distributor, shipped chips to Russia. "
        "Kestrel Bright is one link in a chain that keeps the parts moving: the modules were "
        'relabelled as "computer boards" and flown to Moscow.',
        {("Kestrel Bright Electronics", "sanctions_evasion", "asserted")},
    ),
    (
        "payment_agents_in_third_countries",
        "Russian importers are paying their Chinese suppliers through payment agents in "
        "Kyrgyzstan and Uzbekistan, traders say.",
        {
            ("Russia", "sanctions_evasion", "asserted"),
            ("Kyrgyzstan", "sanctions_evasion", "asserted"),
            ("Uzbekistan", "sanctions_evasion", "asserted"),
        },
    ),
    (
        "intermediaries_in_third_countries",
        "The parts reached Russia through intermediaries in Kazakhstan and Armenia.",
        {
            ("Kazakhstan", "sanctions_evasion", "asserted"),
            ("Armenia", "sanctions_evasion", "asserted"),
        },
    ),
    (
        "intermediaries_including",
        "Investigators said the chips reached Russia through a chain of intermediaries, "
        "including Hong Kong-registered Orion Trade Ltd. and Almaty-based Vega Supply LLP.",
        {
            ("Orion Trade", "sanctions_evasion", "asserted"),
            ("Vega Supply", "sanctions_evasion", "asserted"),
        },
    ),
    (
        "middlemen_such_as",
        "Chinese firms shipped drone parts to Russia via middlemen such as Corvus Trading LLC.",
        {
            ("China", "sanctions_evasion", "asserted"),
            ("Corvus Trading", "sanctions_evasion", "asserted"),
        },
    ),
    (
        "sold_to_a_middleman",
        "Records show Ningbo Feiyu Power Co., Ltd. sold 400 engines to Almaty-based Steppe "
        "Trading LLP, which then re-exported them to Kronstadt, the Russian drone maker.",
        {
            ("Ningbo Feiyu Power", "component_supply", "asserted"),
            ("Steppe Trading", "component_supply", "asserted"),
            ("Steppe Trading", "sanctions_evasion", "asserted"),
        },
    ),
    (
        "bought_from_sellers_abroad_and_resold_to_russia",
        "Records show Danube Micro Trading LLC bought radio modules from wholesalers in Taiwan "
        "and Poland and resold them to Russian drone makers.",
        {("Danube Micro Trading", "component_supply", "asserted")},
    ),
    (
        "russian_buyers_bought_from_sellers_abroad",
        "Russian importers bought drone motors from distributors in Thailand and sent them to "
        "assembly plants in Tatarstan.",
        {("Thailand", "component_supply", "asserted")},
    ),
    (
        "russia_purchased_from_exporters_abroad",
        "Customs data show Russia has purchased servo motors from exporters in Vietnam.",
        {("Vietnam", "component_supply", "asserted")},
    ),
]

# one transfer of several kinds of things is one claim per kind
COORDINATED_OBJECTS = [
    (
        "troops_and_weapons",
        "Seoul has accused North Korea of sending troops and weapons to Russia.",
        {("North Korea", "personnel", "asserted"), ("North Korea", "weapons_supply", "asserted")},
    ),
    (
        "missiles_and_drones",
        "Iran has provided missiles and drones to Russia, officials said.",
        {("Iran", "weapons_supply", "asserted"), ("Iran", "drone_supply", "asserted")},
    ),
    (
        "three_kinds",
        "North Korea shipped shells, missiles and drone parts to Russia.",
        {
            ("North Korea", "weapons_supply", "asserted"),
            ("North Korea", "component_supply", "asserted"),
        },
    ),
]

MEMBERS = [
    (
        "a_year_before_a_described_name_is_not_its_preposition",
        "Officials said Talas Trade Import supplied chips to Russia. Documents show that in 2023 "
        "the Gomel company Sozh-Optika delivered night-vision modules to a Russian tank plant.",
        {("Sozh-Optika", "component_supply", "asserted")},
    ),
    (
        "the_firms_include",
        "The EU sanctioned four Chinese companies for supplying drone engines to Russia. "
        "The firms include Guangzhou Ruike Electronics and Beijing Yunhai Aviation.",
        {
            ("Guangzhou Ruike Electronics", "sanctions_imposed", "asserted"),
            ("Beijing Yunhai Aviation", "component_supply", "asserted"),
        },
    ),
    (
        "city_named_company",
        "Beijing Yunhai Aviation shipped drone engines to Russia.",
        {("Beijing Yunhai Aviation", "component_supply", "asserted")},
    ),
    (
        "also_believed_to_be_supplying",
        "Pyongyang is also believed to be supplying Russia with KN-23 ballistic missiles.",
        {("North Korea", "weapons_supply", "asserted")},
    ),
    (
        "a_listed_name_inside_a_longer_one",
        "The Treasury designated Doha-based Pearl Arrow Electronics FZE on Tuesday. Pearl Arrow "
        "Electronics shipped microchips to Russia.",
        {
            ("Pearl Arrow Electronics", "sanctions_imposed", "asserted"),
            ("Pearl Arrow Electronics", "component_supply", "asserted"),
        },
    ),
    (
        "a_listed_name_after_a_capitalised_first_word",
        "Distributor Arrow Electronics Inc. shipped microchips to Russian buyers.",
        {("Arrow Electronics", "component_supply", "asserted")},
    ),
    (
        "a_name_read_whole_after_its_introduction",
        "A Penang distributor resold the chips to Selangor Trade Bridges, a small company in "
        "Klang. Selangor Trade Bridges then shipped the chips to Russian buyers.",
        {("Selangor Trade Bridges", "component_supply", "asserted")},
    ),
]

BARE_DENIALS = [
    (
        "called_the_reports_groundless",
        "North Korea has shipped millions of shells to Russia, Seoul says. Pyongyang called the "
        "reports groundless.",
        ("North Korea", "weapons_supply", "denied"),
    ),
    (
        "capital_denied_the_reports",
        "North Korea has shipped artillery shells to Russia, Seoul says. "
        "Pyongyang denied the reports on Tuesday.",
        ("North Korea", "weapons_supply", "denied"),
    ),
    (
        "rejected_the_accusations",
        "Iran has delivered Shahed drones to Russia, the White House said. "
        "Tehran has repeatedly rejected the accusations as baseless.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "company_dismissed_them",
        "Ukraine said Autel had sold drones to Russia. Autel dismissed the claims.",
        ("Autel", "drone_supply", "denied"),
    ),
    (
        "that_account_answers_the_latest_charge",
        "Syria has sent mercenaries to fight for Russia, Kyiv says. Officials there also said "
        "Syria shipped rockets to Moscow. Damascus has rejected that account.",
        ("Syria", "weapons_supply", "denied"),
    ),
    (
        "the_reports_answer_the_first_charge",
        "Syria has sent mercenaries to fight for Russia, Kyiv says. Officials there also said "
        "Syria shipped rockets to Moscow. Damascus has rejected the reports.",
        ("Syria", "personnel", "denied"),
    ),
    (
        "used_as_a_conduit_is_the_report_not_its_end",
        "Officials said Qatar sold drone parts to Russia. Qatar rejected any suggestion that "
        "the country was being used as a conduit for sanctioned goods.",
        ("Qatar", "sanctions_evasion", "denied"),
    ),
]

# an official's bare denial denies for their state; the official is the source
OFFICIAL_DENIALS = [
    (
        "demonym_title_official",
        "North Korea has sent troops to Russia, Seoul says. North Korean Vice Foreign Minister "
        "Pak Song Il dismissed the reports as lies.",
        ("North Korea", "personnel", "denied"),
        "Pak Song Il",
    ),
    (
        "possessive_title_official",
        "Iran sold drones to Russia, Kyiv says. Iran's ambassador Reza Tavakoli rejected the "
        "allegations.",
        ("Iran", "drone_supply", "denied"),
        "Reza Tavakoli",
    ),
    (
        "known_official",
        "North Korea has shipped shells to Russia, Seoul says. Kim Song dismissed the reports.",
        ("North Korea", "weapons_supply", "denied"),
        "Kim Song",
    ),
]

# a denial by someone never accused, or of something else, denies no claim
NOT_DENIALS = [
    (
        "recipient_rejects",
        "North Korea has shipped artillery shells to Russia, Seoul says. "
        "The Kremlin rejected the allegations.",
        "Russia",
    ),
    (
        "denial_before_any_allegation",
        "Pyongyang denied the reports on Tuesday. Seoul says North Korea has shipped artillery "
        "shells to Russia.",
        "North Korea",
    ),
    (
        "rejected_a_proposal",
        "North Korea has shipped artillery shells to Russia, Seoul says. "
        "Pyongyang rejected a proposal for talks.",
        "North Korea",
    ),
]

STANCES = [
    (
        "had_stopped_selling_denies_it",
        "Kestrel Components said it had stopped selling drone parts to Russia in 2022.",
        ("Kestrel Components", "component_supply", "denied"),
    ),
    (
        "denied_reports_of_trainers_are_personnel",
        "Officials in Kyiv said Russia had bought 300 drones from Iran. Washington said Iranian "
        "instructors were helping Russian crews in Crimea. Iranian officials dismissed the "
        "reports of trainers in Crimea as fabricated.",
        ("Iran", "personnel", "denied"),
    ),
    (
        "not_merely_a_route_asserts_it",
        "Armenia is not merely a transit route for sanctioned goods bound for Russia, officials "
        "said.",
        ("Armenia", "sanctions_evasion", "asserted"),
    ),
    (
        "not_a_route_denies_it",
        "Armenia is not a transit route for sanctioned goods bound for Russia, the ministry said.",
        ("Armenia", "sanctions_evasion", "denied"),
    ),
    (
        "re_export_of_sanctioned_goods_denied_is_evasion",
        "Azerbaijan does not participate in the re-export of sanctioned goods to Russia, "
        "officials have repeatedly stated.",
        ("Azerbaijan", "sanctions_evasion", "denied"),
    ),
    (
        "never_re_exported_embargoed_items",
        "Georgia has never re-exported embargoed items to Russia, the government said.",
        ("Georgia", "sanctions_evasion", "denied"),
    ),
    (
        "supply_military_goods_denied_is_weapons",
        "Uzbekistan does not participate in any schemes to supply military goods to Russia, the "
        "ministry said.",
        ("Uzbekistan", "weapons_supply", "denied"),
    ),
    (
        "reports_called_fabrications_after_a_relative_clause",
        "North Korea shipped missiles to Russia, officials said. North Korea, which has no "
        "embassy in Australia, has previously described such reports as fabrications.",
        ("North Korea", "weapons_supply", "denied"),
    ),
    ("denied_verb", "DJI denied selling drones to Russia.", ("DJI", "drone_supply", "denied")),
    (
        "denied_and_says",
        "Beijing has denied supplying weapons to Russia and says it controls exports strictly.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "denied_never",
        "Beijing said it has never provided lethal weapons to Russia.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "denied_not",
        "Tehran has not supplied any drones to Moscow, the foreign ministry said.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "denied_trailing",
        "Kyiv says Iran shipped drones to Russia, an allegation Tehran denied.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "asserted_with_trailing_denial",
        "Kyiv says Iran shipped drones to Russia, an allegation Tehran denied.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "denial_bound_to_its_clause",
        "Beijing has denied selling weapons to Russia, though it has admitted exporting drone "
        "parts to Moscow.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "quoted_denial_with_pronoun",
        'Tehran said it had "never sent drones to Russia".',
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "defence_ministry_denial",
        "Belarus's defence ministry said it had never shipped ammunition to Russia.",
        ("Belarus", "weapons_supply", "denied"),
    ),
    (
        "allegations_called_baseless",
        "Tehran described allegations of Iranian involvement in drone production for Russia as "
        "baseless.",
        ("Iran", "drone_production", "denied"),
    ),
    (
        "rejected_groundless",
        "China rejected the groundless claims, saying Beijing does not sell weapons to Russia.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "not_a_single_national_soldier",
        'The president told reporters that "not a single Kazakh soldier" is fighting alongside '
        "Russian troops.",
        ("Kazakhstan", "personnel", "denied"),
    ),
    (
        "not_aware_of_any_citizen_engaged",
        "Nepal's labour ministry said it was not aware of any Nepali citizen engaged in drone "
        "production in Russia.",
        ("Nepal", "personnel", "denied"),
    ),
    (
        "no_national_quantifies_the_people_to_none",
        "No Serbian volunteer is serving in the Russian army, the defence ministry in Belgrade "
        "said.",
        ("Serbia", "personnel", "denied"),
    ),
]

ATTRIBUTION = [
    ("x_said", "Iran has sent drones to Russia, John Kirby said.", "John Kirby"),
    ("according_to", "According to Reuters, Iran has sent drones to Russia.", "Reuters"),
    ("writes_x", "Iran sold drones to Russia, writes The New York Times.", "The New York Times"),
    ("x_alleges", "Ukraine alleges that Iran sold drones to Russia.", "Ukraine"),
    (
        "x_reported",
        "The Wall Street Journal reported that Iran sold drones to Russia.",
        "The Wall Street Journal",
    ),
    (
        "x_accused",
        "Antony Blinken accused China of supplying components to Russia.",
        "Antony Blinken",
    ),
    (
        "according_to_owned_outlet",
        "According to a report by Japan's Nikkei Asia, China sold drones to Russia.",
        "Nikkei Asia",
    ),
    ("metonym_source", "The White House said Iran has sent drones to Russia.", "United States"),
    (
        "embassy_in_a_capital",
        "The Chinese Embassy in Kyiv said China had never supplied lethal weapons to Russia.",
        "China",
    ),
    ("officials_said", "U.S. officials said Iran has sent drones to Russia.", "United States"),
    (
        "sanctioner_states_the_conduct",
        "Chinese firms shipped drone engines to Russia, and the US sanctioned three of them.",
        None,
    ),
    (
        "sanctioned_for_supplying",
        "Washington sanctioned three Chinese firms for supplying drone engines to Russia.",
        "United States",
    ),
    (
        "repeated_position",
        "Lin Jian repeated that China has never sold drones to Russia.",
        "Lin Jian",
    ),
    ("outlet_voice", "Iran has sent drones to Russia.", None),
    ("reportedly", "Iran has reportedly sent drones to Russia.", None),
]

QUANTITIES = [
    (
        "money_scale",
        "Chinese firms sold $12 million worth of drones to Russia.",
        ("$12 million", 12_000_000, "USD"),
    ),
    (
        "money_approx",
        "Exporters in China sold nearly $2 million of drones to Russia.",
        ("nearly $2 million", 2_000_000, "USD"),
    ),
    (
        "count_approx",
        "About 70 Chinese exporters sold drones to Russia.",
        ("About 70 Chinese exporters", 70, "exporters"),
    ),
    (
        "dozen",
        "Chinese firms used more than a dozen firms to evade sanctions on Russia.",
        ("more than a dozen firms", 12, "firms"),
    ),
    (
        "count_product",
        "Xi'an Bingo will build 100 ZT-180 attack drones for Russia.",
        ("100 ZT-180 attack drones", 100, "drones"),
    ),
    (
        "thousands",
        "North Korea sent some 10,000 troops to Russia.",
        ("some 10,000 troops", 10_000, "troops"),
    ),
    (
        "billion_euros",
        "The EU said Chinese firms shipped €1.5 billion of chips to Russia.",
        ("€1.5 billion", 1_500_000_000, "EUR"),
    ),
    (
        "approx_after_bracket",
        "Chinese firms (about 40 exporters) sold drones to Russia.",
        ("about 40 exporters", 40, "exporters"),
    ),
    (
        "tens_of_thousands",
        "North Korea sent tens of thousands of workers to Russia.",
        ("tens of thousands of workers", 10_000, "workers"),
    ),
    (
        "a_few_dozen",
        "Iran sent up to a few dozen instructors to Russia.",
        ("up to a few dozen instructors", 36, "instructors"),
    ),
    (
        "number_word_capitalized",
        "Twelve Chinese companies sold drones to Russia, officials said.",
        ("Twelve Chinese companies", 12, "companies"),
    ),
    (
        "count_after_a_singular_number",
        "One Chinese supplier shipped two batches of engines to Russia.",
        ("two batches", 2, "batches"),
    ),
    (
        "count_after_one_of",
        "Iran shipped drones to Russia through one of three Caspian ports, officials said.",
        ("three Caspian ports", 3, "ports"),
    ),
]

# "one of its partners" says which one, not how many
NOT_QUANTITIES = [
    "Serbia, one of its closest partners in Europe, sold ammunition to Russia.",
    "Iran, one of Russia's closest partners, shipped drones to Russia, officials said.",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_quantities(extractor: Extractor, sentence: str) -> None:
    claims = extractor.extract(article(sentence))
    assert claims, "no claim found"
    assert all(q.value != 1 for c in claims for q in c.quantities)


PRODUCTS = [
    ("shahed_designator", "Iran has supplied Shahed-136 drones to Russia.", "Shahed-136"),
    (
        "geran_alias",
        "Iran helped Russia get Geran 2 drones; Tehran shipped Geran 2 drones to Russia.",
        "Geran-2",
    ),
    ("garpiya_alias", "China produced the Garpiya-3 drone for Russia.", "Garpiya-3"),
    ("unknown_designator", "China shipped Skyfall-7 drones to Russia.", "Skyfall-7"),
    ("missile", "North Korea delivered KN-23 missiles to Russia.", "KN-23"),
    ("missile_alias", "North Korea delivered Hwasong-11 missiles to Russia.", "KN-23"),
    ("mavic", "Chinese sellers shipped Mavic 3 drones to Russia.", "Mavic 3"),
]

COREFERENCE = [
    (
        "a_state_body_by_its_common_noun_opens_a_clause",
        "A week after reporters sent questions to the UK Foreign Office, the ministry imposed "
        "sanctions on Baltic Crest Shipping.",
        ("Baltic Crest Shipping", "sanctions_imposed", "asserted"),
    ),
    (
        "a_clause_after_the_comma_is_no_apposition",
        "Investigators questioned Orion Tech Trading in May. In September, four months after "
        "reporters first sent questions to Orion Tech Trading, the US Treasury added the "
        "company to its sanctions list.",
        ("Orion Tech Trading", "sanctions_imposed", "asserted"),
    ),
    (
        "a_hyphened_one_word_name_is_found_again",
        "Records name Kazan-Tekh, a Moscow distributor that bought chips. Kazan-Tekh in turn "
        "supplies drone engines to the Russian army.",
        ("Kazan-Tekh", "component_supply", "asserted"),
    ),
    (
        "which_after_a_short_name_and_a_seat_is_the_named_one",
        "Records show the chips went to the Special Technology Center (STC) in St. "
        "Petersburg, which produces the Orlan-10 drone.",
        ("Special Technology Center", "drone_production", "asserted"),
    ),
    (
        "a_frame_closed_by_show_leaves_the_next_name_free",
        "In reality, customs data obtained by the Courier show, Orion Tech Trading imported "
        "chips from China and resold almost all of it to companies in Russia.",
        ("Orion Tech Trading", "component_supply", "asserted"),
    ),
    (
        "a_seated_name_without_a_generic_word_is_found_whole_again",
        "The list names Pune-based Kesar Electrotech and two other firms. Kesar Electrotech "
        "sent 300 shipments of microchips to Russian buyers.",
        ("Kesar Electrotech", "component_supply", "asserted"),
    ),
    (
        "a_frame_between_commas_is_no_description_of_the_company",
        "Shreeji Impex, the Treasury said, imported electronic components into India and "
        "then re-exported them to Moscow-based buyers.",
        ("Shreeji Impex", "component_supply", "asserted"),
    ),
    (
        "the_three_companies_after_seat_named_ones",
        "The draft names Osh-based Tulpar Mikro, Naryn-registered Ala Kel Trade and Issyk "
        "Components. It says the three companies supplied drone cameras to Russia.",
        ("Tulpar Mikro", "component_supply", "asserted"),
    ),
    (
        "the_national_company_is_the_one_placed_in_a_town_of_that_state",
        "The chips were sold to Perak Circuit Links, a small trading company in Ipoh, "
        "Malaysia. Ukrainian officials allege the Malaysian company was set up to disguise "
        "purchases by Russian drone makers.",
        ("Perak Circuit Links", "sanctions_evasion", "asserted"),
    ),
    (
        "a_one_word_name_without_its_legal_form",
        "Records name a small company, Lidaroptik JSC, a Minsk-based maker of optics. In 2023, "
        "Lidaroptik delivered 900 camera modules to the Special Technology Center.",
        ("Lidaroptik", "component_supply", "asserted"),
    ),
    (
        "the_city_company_name",
        "Among them is the Kazan company Aerotekhnika-Volga. Aerotekhnika-Volga manufactures "
        "attack drones for the Russian armed forces.",
        ("Aerotekhnika-Volga", "drone_production", "asserted"),
    ),
    (
        "the_city_developer_name_of_two_words",
        "Among them is the St Petersburg developer Nevsky Avionika. Nevsky Avionika develops "
        "navigation and control systems used in Russian military drones.",
        ("Nevsky Avionika", "component_supply", "asserted"),
    ),
    (
        "to_the_company_name",
        "The goods went by road to the company Grodno-Tekhsnab. According to prosecutors, "
        "Grodno-Tekhsnab resold the goods to Russian buyers within a few days.",
        ("Grodno-Tekhsnab", "component_supply", "asserted"),
    ),
    (
        "the_described_maker_then_a_new_clause",
        "The bloc listed the Kazan company Volga Dronetekh and the Tula developer Oka "
        "Avionika. Volga Dronetekh builds attack drones for the Russian army, and Oka Avionika "
        "develops navigation systems used in Russian military drones.",
        ("Oka Avionika", "component_supply", "asserted"),
    ),
    (
        "this_company",
        "DJI is one of the largest drone makers. "
        "Sales of drones of this company in Russia continue.",
        ("DJI", "drone_supply", "asserted"),
    ),
    (
        "the_chinese_manufacturer",
        "Reporters visited Xi'an Bingo last year. "
        "The Chinese manufacturer plans to send components to Russia.",
        ("Xi'an Bingo Intelligent Aviation Technology", "component_supply", "asserted"),
    ),
    (
        "the_firm",
        "Investigators looked at Shenzhen Jinghon Electronics Co., Ltd. The firm shipped "
        "microchips to Russia.",
        ("Shenzhen Jinghon Electronics", "component_supply", "asserted"),
    ),
    (
        "the_subsidiary",
        "IEMZ Kupol, an Almaz-Antey subsidiary, builds drones. Washington imposed sanctions on the "
        "Almaz-Antey subsidiary.",
        ("IEMZ Kupol", "sanctions_imposed", "asserted"),
    ),
    (
        "apposition_unknown_org",
        "Skyrim Dynamics, a Chinese drone maker, sold drones to Russia.",
        ("Skyrim Dynamics", "drone_supply", "asserted"),
    ),
    (
        "the_two_companies_first",
        "Treasury sanctioned Ruisheng Trading Ltd. and Vostok Components LLC on Monday. "
        "Treasury said the two companies shipped drone parts to Russia.",
        ("Ruisheng Trading", "component_supply", "asserted"),
    ),
    (
        "the_two_companies_last",
        "Treasury sanctioned Ruisheng Trading Ltd. and Vostok Components LLC on Monday. "
        "Treasury said the two companies shipped drone parts to Russia.",
        ("Vostok Components", "component_supply", "asserted"),
    ),
    (
        "both_countries_first",
        "Iran and Belarus are close allies. Both countries supplied drones to Russia.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "possessive_org",
        "China's Zhuzhou Tianyuan shipped drone engines to Russia.",
        ("Zhuzhou Tianyuan", "component_supply", "asserted"),
    ),
    (
        "short_name_before_a_hyphenated_generic_word",
        "Foshan Ruiguang Micro-Motor Co. Ltd. was designated on Monday. Ruiguang shipped "
        "motors to Russian drone makers.",
        ("Foshan Ruiguang Micro-Motor", "component_supply", "asserted"),
    ),
    (
        "short_name_of_opto_electronics",
        "Harbin Xinda Opto-Electronics Co., Ltd. was designated. Xinda sold thermal cameras to "
        "Russia.",
        ("Harbin Xinda Opto-Electronics", "component_supply", "asserted"),
    ),
    (
        "short_name_of_a_turkish_trading_company",
        "Washington designated Karadeniz Dış Ticaret A.Ş. on Monday. Karadeniz re-exported "
        "US-made gyroscopes to Russia by falsely declaring local airlines as end users.",
        ("Karadeniz Dış Ticaret", "sanctions_evasion", "asserted"),
    ),
    (
        "short_name_of_a_turkish_defence_company",
        "Ankara-based Yildiz Savunma Teknoloji A.Ş. was listed by the EU. Yildiz sold CNC "
        "machine tools to Russian arms makers.",
        ("Yildiz Savunma Teknoloji", "component_supply", "asserted"),
    ),
    (
        "short_name_past_the_form_words_that_open_the_name",
        "Officine Meccaniche Volturno sold machine tools to a Russian arms maker, police said. "
        "The company's lawyer said Volturno had never supplied any Russian entity.",
        ("Officine Meccaniche Volturno", "component_supply", "denied"),
    ),
    (
        "three_word_short_name",
        "The EU listed Sea Breeze Horizon General Trading LLC on Friday. Sea Breeze Horizon "
        "re-exported machine tools to Russia.",
        ("Sea Breeze Horizon General Trading", "component_supply", "asserted"),
    ),
    (
        "short_name_with_more_of_the_full_name",
        "Washington designated Nexwave Dynamics Components LLP and Kaveri Electro Traders. "
        "Nexwave Dynamics and Kaveri Electro Traders supplied microcontrollers to Russia.",
        ("Nexwave Dynamics Components", "component_supply", "asserted"),
    ),
    (
        "traders_is_a_company_form",
        "Washington designated Nexwave Dynamics Components LLP and Kaveri Electro Traders. "
        "Nexwave Dynamics and Kaveri Electro Traders supplied microcontrollers to Russia.",
        ("Kaveri Electro Traders", "component_supply", "asserted"),
    ),
    (
        "the_company_by_a_word_of_its_name",
        "Ukraine sanctioned Dongtai Skyway Drone Technology Co., Ltd. and Hunan Lark Equipment "
        "Co., Ltd. on Saturday. Zelensky said the Dongtai company had delivered drones to "
        "Russia.",
        ("Dongtai Skyway Drone Technology", "drone_supply", "asserted"),
    ),
    (
        "both_companies_after_sentences_naming_one_each",
        "Among the Georgian firms listed was Kartli Freight Services, a trading company in "
        "Tbilisi. A second company, Rustavi Aero Parts, was sanctioned for acting for a "
        "Russian aircraft maker. The Treasury said both companies had used Georgia's ports to "
        "evade sanctions.",
        ("Kartli Freight Services", "sanctions_evasion", "asserted"),
    ),
    (
        "the_national_company_is_the_one_seated_there_before_its_name",
        "The sensors came from a distributor registered in Hong Kong, Lotus Peak Instruments "
        "Ltd. Ukrainian investigators believe the Hong Kong company was used to conceal the "
        "final destination of the sensors.",
        ("Lotus Peak Instruments", "sanctions_evasion", "asserted"),
    ),
    (
        "the_national_company_then_its_name_after_a_comma",
        "The journal said the Georgian company, Kartli Auto Export LLC, had re-exported "
        "dual-use goods purchased in the EU to Russia.",
        ("Kartli Auto Export", "sanctions_evasion", "asserted"),
    ),
    (
        "the_company_after_a_name_found_by_its_form_is_named_again",
        "The sensor was made by Brevane Systèmes, a company that sells sensors for industrial "
        "robots. It was found in a drone assembled by the Ural Civil Aviation Plant. Contacted "
        "by Le Monde, Brevane Systèmes said it was deeply shocked. The company said it had "
        "never sold anything to Russia.",
        ("Brevane Systèmes", "component_supply", "denied"),
    ),
    (
        "the_company_is_the_accused_not_the_recipient_of_the_same_sentence",
        "Washington accuses the Chinese company Zhenhai Motor Works of supplying engines to the "
        "Russian drone maker Kupol, and in October the Treasury placed the company on its "
        "sanctions list.",
        ("Zhenhai Motor Works", "sanctions_imposed", "asserted"),
    ),
    (
        "the_company_is_a_recipient_named_alone_before_it",
        "Customs records show the engines went to Volga Aerosystems LLC, and investigators say "
        "the company assembled attack drones for the Russian army.",
        ("Volga Aerosystems", "drone_production", "asserted"),
    ),
    (
        "the_company_is_the_subsidiary_not_the_owner_its_apposition_names",
        "Kama Aerosystems JSC, a subsidiary of the state conglomerate Almaz-Antey, has been "
        "sanctioned by the United States. Media reports have said the company worked with "
        "Chinese partners to develop a long-range attack drone for Russia.",
        ("Kama Aerosystems", "drone_production", "asserted"),
    ),
    (
        "the_company_is_the_one_named_after_a_source_and_part_of_a_group",
        "According to documents seen by Reuters, the Russian state-owned company Izhevsk "
        "Aerotekh, part of the Almaz-Antey defence group, has tested a new drone in China. In a "
        "report to the Defence Ministry, the company is said to have stated that it could "
        "mass-produce the drone at a plant in Russia.",
        ("Izhevsk Aerotekh", "drone_production", "asserted"),
    ),
    (
        "the_companies_are_the_list_their_sentence_named_before",
        "The Foreign Ministry listed among the targets Shenzhen Harbor Microchip Co., Hong "
        "Kong-registered Lantau Bright Trading Ltd., India's Deccan Aerotech Pvt. Ltd., "
        "Dubai-based Palm Crest Trading LLC and Tashkent-based Silk Road Parts LLC, saying the "
        "companies had supplied Russian defense manufacturers with drone engines.",
        ("Shenzhen Harbor Microchip", "component_supply", "asserted"),
    ),
    (
        "the_two_companies_skip_an_owner_named_in_an_apposition",
        "Treasury designated Xiamen Feiyun Engine Co. on Thursday. Kupol, a subsidiary of "
        "Russian weapons maker Almaz-Antey, was sanctioned by the U.S. in December 2023. The "
        "designations freeze any U.S. assets of the two companies.",
        ("Xiamen Feiyun Engine", "sanctions_imposed", "asserted"),
    ),
    (
        "the_firm_is_the_client_not_its_law_firm",
        "Prosecutors say Tian Harbor Trading Ltd shipped microchips to Russia. Its lawyers at "
        "Keller & Stein LLP said the firm had never shipped anything to Russia.",
        ("Tian Harbor Trading", "component_supply", "denied"),
    ),
    (
        "the_company_is_one_of_a_pair_named_again_alone",
        "Treasury sanctioned Alpine Crest Trading LLC and Borealis Components Ltd on Monday. "
        "Borealis Components was set up in 2022. The company shipped drone parts to Russia.",
        ("Borealis Components", "component_supply", "asserted"),
    ),
    (
        "his_company_after_a_company_read_from_a_designation",
        "The United States has imposed sanctions on an Armenian company accused of supplying "
        "Russia with Western-made microelectronics. The U.S. Treasury Department said on "
        "Thursday that it had designated Aragats Electronics Trade LLC, a Yerevan-based "
        "importer, which had re-exported integrated circuits to Russian companies. The "
        "company's director, Armen Hakobyan, was also sanctioned. Contacted by reporters, "
        "Hakobyan said his company had never supplied anything to the Russian army.",
        ("Aragats Electronics Trade", "component_supply", "denied"),
    ),
    (
        "the_national_company_of_a_pair_is_the_one_seated_there",
        "Treasury sanctioned Hong Kong-based Alpine Crest Trading Ltd and Almaty-registered "
        "Borealis Components LLP on Monday. The Hong Kong company shipped drone parts to Russia.",
        ("Alpine Crest Trading", "component_supply", "asserted"),
    ),
]

NOT_COREFERENT = [
    (
        "a_state_body_clause_that_sanctions_no_one",
        "Two days after reporters sent questions to the UK Foreign Office, the ministry said "
        "it had no comment on Baltic Crest Shipping.",
        ("Baltic Crest Shipping", "sanctions_imposed", "asserted"),
    ),
    (
        "the_plant_is_where_drones_are_stored_makes_none",  # near miss: storage, no making
        "The IEMZ Kupol plant is where Russia stores Iranian drones before launch.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "the_plant_where_drones_are_stored_makes_none",
        "The IEMZ Kupol plant, where Russia stores Iranian drones, was hit by a strike.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "a_description_with_a_participle_is_still_an_apposition",
        "The Treasury sanctioned Iran Air along with Caspian Line Shipping, a Russian company "
        "accused of carrying the missiles across the Caspian Sea.",
        ("Russia", "sanctions_imposed", "asserted"),
    ),
    (
        "a_description_with_a_relative_report_is_still_an_apposition",
        "The listings also include Vinayak Tradelink Pvt. Ltd., an Indian trading company "
        "that the EU says re-exported European-made electronic components to Russia.",
        ("India", "component_supply", "asserted"),
    ),
    (
        "goods_words_before_exports_name_no_company",
        "Washington Blacklists Armenian Firm Over Chip Exports To Russia",
        ("Chip Exports", "component_supply", "asserted"),
    ),
    (
        "the_state_after_city_is_not_the_relative_clauses_subject",
        "The EU also listed Varun Techno Exports of Gurugram, India, which allegedly supplied "
        "spare parts for machine tools to a Russian tank manufacturer.",
        ("India", "component_supply", "asserted"),
    ),
    (
        "a_whole_name_is_not_its_first_word",
        "The list names Pune-based Kesar Electrotech and two other firms. Kesar sent 300 "
        "shipments of microchips to Russian buyers.",
        ("Kesar", "component_supply", "asserted"),
    ),
    (
        "the_national_company_of_a_pair_is_not_the_one_seated_elsewhere",
        "Treasury sanctioned Hong Kong-based Alpine Crest Trading Ltd and Almaty-registered "
        "Borealis Components LLP on Monday. The Hong Kong company shipped drone parts to Russia.",
        ("Borealis Components", "component_supply", "asserted"),
    ),
    (
        "the_company_right_after_a_pair_is_neither",
        "Treasury sanctioned Alpine Crest Trading LLC and Borealis Components Ltd on Monday. "
        "The company shipped drone parts to Russia.",
        ("Borealis Components", "component_supply", "asserted"),
    ),
    (
        "the_firm_is_not_the_law_firm_named_last",
        "Prosecutors say Tian Harbor Trading Ltd shipped microchips to Russia. Its lawyers at "
        "Keller & Stein LLP said the firm had never shipped anything to Russia.",
        ("Keller & Stein", "component_supply", "denied"),
    ),
    (
        "a_law_firm_speaking_for_its_client_denies_nothing_of_its_own",
        "Prosecutors say Tian Harbor Trading Ltd shipped microchips to Russia. The company is "
        "represented by the law firm Keller & Stein LLP. The firm said its client never shipped "
        "anything to Russia.",
        ("Keller & Stein", "component_supply", "denied"),
    ),
    (
        "a_law_firm_named_in_an_apposition_is_no_supplier",
        "Keller & Stein LLP, a Vienna law firm, represents the exporter. Investigators say the "
        "firm shipped microchips to Russia.",
        ("Keller & Stein", "component_supply", "asserted"),
    ),
    (
        "both_companies_are_not_a_company_and_its_owner_in_apposition",
        "Kupol, a subsidiary of Russian weapons maker Almaz-Antey, was sanctioned by the U.S. in "
        "December 2023. The designations freeze any U.S. assets of both companies.",
        ("Almaz-Antey", "sanctions_imposed", "asserted"),
    ),
    (
        "the_four_companies_are_not_a_list_of_five",
        "The Foreign Ministry listed among the targets Shenzhen Harbor Microchip Co., Hong "
        "Kong-registered Lantau Bright Trading Ltd., India's Deccan Aerotech Pvt. Ltd., "
        "Dubai-based Palm Crest Trading LLC and Tashkent-based Silk Road Parts LLC, saying the "
        "four companies had supplied Russian defense manufacturers with drone engines.",
        ("Shenzhen Harbor Microchip", "component_supply", "asserted"),
    ),
    (
        "the_company_is_not_the_owner_an_apposition_names",
        "Kama Aerosystems JSC, a subsidiary of the state conglomerate Almaz-Antey, has been "
        "sanctioned by the United States. Media reports have said the company worked with "
        "Chinese partners to develop a long-range attack drone for Russia.",
        ("Almaz-Antey", "drone_production", "asserted"),
    ),
    (
        "the_company_is_not_the_group_it_is_part_of",
        "According to documents seen by Reuters, the Russian state-owned company Izhevsk "
        "Aerotekh, part of the Almaz-Antey defence group, has tested a new drone in China. In a "
        "report to the Defence Ministry, the company is said to have stated that it could "
        "mass-produce the drone at a plant in Russia.",
        ("Almaz-Antey", "drone_production", "asserted"),
    ),
    (
        "the_company_is_not_the_recipient_of_the_same_sentence",
        "Washington accuses the Chinese company Zhenhai Motor Works of supplying engines to the "
        "Russian drone maker Kupol, and in October the Treasury placed the company on its "
        "sanctions list.",
        ("IEMZ Kupol", "sanctions_imposed", "asserted"),
    ),
    (
        "the_company_is_not_the_one_named_before_a_name_found_by_its_form",
        "The sensor was made by Brevane Systèmes, a company that sells sensors for industrial "
        "robots. It was found in a drone assembled by the Ural Civil Aviation Plant. Contacted "
        "by Le Monde, Brevane Systèmes said it was deeply shocked. The company said it had "
        "never sold anything to Russia.",
        ("Ural Civil Aviation Plant", "drone_supply", "denied"),
    ),
    (
        "the_national_company_before_any_is_named_is_not_its_state",
        "The government has imposed sanctions on the Malaysian company and says it is working "
        "with partners to stop exports to Russia.",
        ("Malaysia", "sanctions_imposed", "asserted"),
    ),
    (
        "the_national_company_then_its_name_is_not_its_state",
        "The journal said the Georgian company, Kartli Auto Export LLC, had re-exported "
        "dual-use goods purchased in the EU to Russia.",
        ("Georgia", "sanctions_evasion", "asserted"),
    ),
    (
        "the_national_company_is_not_one_seated_elsewhere",
        "The sensors were sold by Lotus Peak Instruments, a distributor registered in "
        "Singapore. Investigators believe the Hong Kong company was used to conceal the final "
        "destination of the sensors.",
        ("Lotus Peak Instruments", "sanctions_evasion", "asserted"),
    ),
    (
        "a_seat_before_a_person_in_apposition_names_no_company",
        "Osh-based Nurlan Asanov, an analyst, said Kyrgyz firms shipped drone cameras to Russia.",
        ("Nurlan Asanov", "component_supply", "asserted"),
    ),
    (
        "a_seat_before_a_nationality_names_no_company",
        "Osh-based Chinese traders shipped drone cameras to Russia. The traders sold them on.",
        ("Chinese", "component_supply", "asserted"),
    ),
    (
        "a_company_placed_in_a_town_is_not_its_state",
        "The chips were sold to Perak Circuit Links, a small trading company in Ipoh, "
        "Malaysia. Ukrainian officials allege the Malaysian company was set up to disguise "
        "purchases by Russian drone makers.",
        ("Malaysia", "sanctions_evasion", "asserted"),
    ),
    (
        "a_town_list_after_the_apposition_places_no_one",
        "The chips were sold to Perak Circuit Links, a small trading company in Ipoh, Malaysia "
        "and Thailand. Ukrainian officials allege the Thai company was set up to disguise "
        "purchases by Russian drone makers.",
        ("Perak Circuit Links", "sanctions_evasion", "asserted"),
    ),
    (
        "a_longer_name_is_not_the_listed_one",
        "The Treasury designated Doha-based Pearl Arrow Electronics FZE on Tuesday. Pearl Arrow "
        "Electronics shipped microchips to Russia.",
        ("Arrow Electronics", "component_supply", "asserted"),
    ),
    (
        "a_name_is_not_cut_before_its_last_word",
        "A Penang distributor resold the chips to Selangor Trade Bridges, a small company in "
        "Klang. Selangor Trade Bridges then shipped the chips to Russian buyers.",
        ("Selangor Trade", "component_supply", "asserted"),
    ),
    (
        "a_generic_word_is_no_short_name",
        "Shenzhen Micro-Motor Co. Ltd. was designated on Monday. A Micro-Motor plant in Hunan "
        "shipped motors to Russia.",
        ("Shenzhen Micro-Motor", "component_supply", "asserted"),
    ),
    (
        "the_company_by_a_word_of_another_name",
        "Ukraine sanctioned Dongtai Skyway Drone Technology Co., Ltd. and Hunan Lark Equipment "
        "Co., Ltd. on Saturday. Zelensky said the Dongtai company had delivered drones to "
        "Russia.",
        ("Hunan Lark Equipment", "drone_supply", "asserted"),
    ),
    (
        "both_companies_after_three_named_one_by_one",
        "Kartli Freight Services shipped chips to Russia. Rustavi Aero Parts paid for them. "
        "Batumi Cargo Line stored them. The Treasury said both companies had used Georgia's "
        "ports to evade sanctions.",
        ("Kartli Freight Services", "sanctions_evasion", "asserted"),
    ),
    (
        "an_owner_before_a_hyphen_only_describes_the_maker",
        "Officials said the buyers included a unit of Kronshtadt, the Rostec-owned maker of the "
        "Orion, and a plant of IEMZ Kupol in Izhevsk. Both Russian manufacturers are under US "
        "sanctions.",
        ("Rostec", "sanctions_imposed", "asserted"),
    ),
]

# Who sanctions or accuses an actor "for supplying" is not the supplier.
SANCTIONERS = [
    (
        "Washington has imposed sanctions on entities accused of shipping Iranian drones to "
        "Moscow.",
        "United States",
    ),
    (
        "The US Treasury sanctioned three companies for helping Russia evade export controls.",
        "United States",
    ),
    (
        "Britain on Tuesday sanctioned two firms for supplying drone engines to Russia.",
        "United Kingdom",
    ),
    ("Kyiv accused unnamed suppliers of shipping drone parts to Russia.", "Ukraine"),
]

NEGATIVES = [
    (
        "a_fronted_phrase_then_a_listing_of_offices",
        "On its Kazakh paperwork, Kestrel Trading listed an office in Almaty and a warehouse "
        "near the Russian border.",
    ),
    (
        "a_relative_whose_papers_say_the_firm_lost_money",
        "The EU listed 20 firms on Monday. Also listed was Kestrel Components, a Mumbai-based "
        "distributor that EU documents say lost money in Russia.",
    ),
    (
        "an_aside_then_a_model_not_a_conduit",
        "Armenia and Georgia, by contrast, have banned exports of drone parts to Russia and serve "
        "as a model for their neighbours.",
    ),
    (
        "the_uk_foreign_office_speaks_of_grain",
        "The UK Foreign Office said the freighter had carried grain bound for Russian ports, and "
        "summoned the ambassador.",
    ),
    (
        "a_firm_selling_consumer_electronics_to_no_one_named",
        "Orion Tech Trading sells ordinary consumer electronics to many countries, its "
        "Russian-born founder said.",
    ),
    (
        "delivered_to_a_company_in_a_third_country_only",
        "Orbita Machine Trading delivered 30 CNC lathes to a company in Armenia, Russian "
        "customs data show.",
    ),
    (
        "an_aside_then_goods_to_a_hospital_abroad",
        "Kestrel Components, which Moscow praised, shipped cameras to a hospital in Spain.",
    ),
    ("ordered_troops_from_a_region", "The general ordered troops from the north to the coast."),
    (
        "ordered_a_share_of_the_troops_from_far_off",
        "The general ordered about 1,800 of the troops back to their barracks from the front.",
    ),
    (
        "ordered_without_a_seller",
        "The court ordered the release of two Chinese suppliers' managers.",
    ),
    ("sourced_news", "The newspaper sourced its report to two officials in Ankara."),
    (
        "a_pledge_to_stop_selling",
        "Beijing gave assurances that Kestrel Components would stop selling drone parts to Russia.",
    ),
    (
        "supplied_to_proxy_groups",
        "Iran has also supplied drone technology to proxy groups across the region.",
    ),
    (
        "commented_on_a_sanctions_list",
        "Korvex Optics commented on the EU sanctions list last week.",
    ),
    ("not_on_a_sanctions_list", "Korvex Optics was not on the EU sanctions list."),
    (
        "any_attempt_to_circumvent",
        "Singapore takes a serious view of any attempt to use Singapore-based entities to "
        "circumvent our export controls on Russia.",
    ),
    (
        "any_effort_to_bypass",
        "Turkey will act against any effort to bypass sanctions on Russia through its territory.",
    ),
    (
        "any_company_that_supplies_would_face",
        "Any Chinese company that supplies drones to Russia would face consequences, Blinken said.",
    ),
    (
        "detained_in_the_baltic_states_and_a_country",
        "Petrov is not the first Belarusian to be detained in the Baltic states and Poland on "
        "suspicion of circumventing sanctions on Russia.",
    ),
    (
        "buyers_in_places_named_on_certificates",
        "The certificates named civilian buyers in Malaysia and Thailand to conceal the true "
        "destination of the cargo bound for Russia.",
    ),
    (
        "a_statement_came_from_the_kremlin",
        "The statement on the drones came from the Kremlin, not from Russia's defence ministry.",
    ),
    (
        "money_for_drones_came_from_a_state",
        "The money for the Russian drones came from Beijing.",
    ),
    (
        "workers_came_from_a_state",
        "Many of the workers at the drone plant in Russia came from Uganda.",
    ),
    (
        "a_part_from_a_maker_in_a_city",
        "Brushless motors for the Russian drones came from a manufacturer in Ningbo.",
    ),
    (
        "shell_fragment",
        "Investigators found a shell fragment in Kyiv after the Russian strike.",
    ),
    (
        "sanctions_on_unnamed_entities",
        "Washington has imposed sanctions on entities accused of shipping Iranian drones to "
        "Moscow.",
    ),
    (
        "ukraine_strikes",
        "Ukrainian drones struck an oil refinery in Russia overnight. Ukraine has been producing "
        "its own long-range drones.",
    ),
    (
        "russia_attacks",
        "Russia launched 120 Shahed drones at Kyiv overnight, Ukraine's air force said. Russian "
        "forces have been using Iranian-designed drones to strike power plants.",
    ),
    ("drone_show", "More than 10,000 drones lit up the sky over Shanghai on New Year's Eve."),
    (
        "dji_review",
        "DJI's new Mini 4 Pro sells for $759 in the US. DJI also sells a version with a screen.",
    ),
    (
        "aid_to_ukraine",
        "The United States has supplied Ukraine with Switchblade drones and artillery shells.",
    ),
    ("no_russia", "Iran has supplied drones to its allies in the region, officials said."),
    (
        "deontic",
        "NATO urged China to ensure its companies do not provide lethal assistance to Russia.",
    ),
    ("economy", "Western sanctions have made imports more expensive for Russian consumers."),
    ("other_recipient", "Chinese companies sell drones worldwide, including to the United States."),
    ("weapons_test", "North Korea tested a new ballistic missile on Monday, Seoul said."),
    ("russia_fires_iranian", "Russian forces fired Iranian-made drones at Odesa overnight."),
    ("ukraine_receives", "Ukraine received 500 drones from Lithuania last month."),
    ("copy_of", "The drone, which Russia calls Geran-2, is a copy of Iran's Shahed-136."),
    ("regulation", "China strictly controls the export of drones and related items."),
    ("restricts_transfers", "The resolution restricts some arms transfers to Russia."),
    ("rule_out", "Seoul does not rule out supplying weapons to Ukraine, the president said."),
    (
        "own_side_maker",
        "The Sokil company said it had produced 5,000 FPV drones from Ukrainian-made parts.",
    ),
    ("own_parts", "Kupol's own plant now makes most of the engine parts itself."),
    ("drones_carrying_explosives", "Iranian-designed drones carrying warheads struck Odesa."),
    ("plane_carrying_officials", "A plane carrying Chinese officials landed in Moscow."),
    (
        "sold_to_a_foreign_company",
        "DJI sold 5,000 drones to Skydio Trading in the United States last year.",
    ),
    (
        "counter_drone_systems",
        "Russia has launched thousands of drones at Ukraine. The European Commission has "
        "proposed funding for counter-drone systems produced by European manufacturers.",
    ),
    (
        "handled_exports",
        "Mao Ning said China had always handled exports of dual-use items prudently.",
    ),
    (
        "city_firm_is_no_company_name",
        "The Commerce Department added the Shenzhen firm to its Entity List for supplying Russia.",
    ),
    ("own_factories", "Russia relies on its own factories for most drones."),
    ("turned_for_help", "Kyiv turned to Washington for help with air defence."),
    ("suppliers_said", "Chinese suppliers said they follow the law on drone exports."),
    ("other_recipient_possessive", "China is Iran's main supplier of drone engines."),
    ("made_it_clear", "Beijing made it clear that drones and their parts need export licences."),
    ("not_made_in", "The missile contained 290 components not made in North Korea."),
    ("production_schedule", "The files include production schedules for the drone plant."),
    ("making_it_harder", "Chinese export rules are making it harder for Russia to get drones."),
    (
        "own_drones_with_own_parts",
        "The Vyriy company said it had produced 1,000 FPV drones using only Ukrainian-made "
        "components.",
    ),
    (
        "a_state_making_shells_for_its_own_arsenal",
        "North Korea produces artillery shells in huge quantities, and Russia has the cash that "
        "Pyongyang needs, he said.",
    ),
    (
        "weapons_production_for_its_own_defense",
        "Kim Yo Jong said North Korea's weapons production was intended solely for its own "
        "defense, not for Russia.",
    ),
    (
        "parts_found_in_drones_made_in_a_country",
        "Engines, navigation modules and microchips found in Geran-2 drones assembled in Alabuga "
        "were made in China, Ukrainian investigators said.",
    ),
    (
        "a_state_launching_production_for_its_own_army",
        "Ukraine launched serial production of its own long-range drones last year.",
    ),
    (
        "students_brought_for_a_course",
        "Dozens of Kenyan students were brought to Kazan for a summer language course.",
    ),
    (
        "a_production_line_for_uniforms",
        "The ministry set up a production line for army uniforms near Minsk.",
    ),
    (
        "rounds_of_diplomacy_are_no_ammunition",
        "Beijing has made several rounds of shuttle diplomacy to Russia and Ukraine.",
    ),
]

# Triples a sentence must not yield, though it yields others
NOT_CLAIMED = [
    (
        "a_state_in_an_apposition_still_describes_the_first",
        "Belarus, the country Moscow leans on most, has sent artillery shells to Russian forces.",
        ("Russia", "weapons_supply", "asserted"),
    ),
    (
        "declared_as_without_a_quoted_description",
        "Sable Ridge Trading shipped drone motors to Russian buyers and declared the profits as "
        "income in Dubai.",
        ("Sable Ridge Trading", "sanctions_evasion", "asserted"),
    ),
    (
        "changed_its_name_not_the_descriptions",
        "Kestrel Trading sold chips to Russian buyers and changed its name before each shipment.",
        ("Kestrel Trading", "sanctions_evasion", "asserted"),
    ),
    (
        "russia_helping_a_state_build_its_own_drones",
        "Russia is helping North Korea build its own attack drones, South Korea's spy agency said.",
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "russia_helping_a_state_set_up_production",
        "Russia is helping Iran set up mass production of attack drones at home, officials said.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "the_state_russia_sends_engineers_to_makes_its_own",
        "North Korea has shipped shells to Russia, and Moscow is sending engineers to help build "
        "a drone plant near Pyongyang, where North Korea could begin producing the drones.",
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "a_helper_of_the_lines_denies_supplying_not_making",
        "Iran, which helped Russia set up the production lines, has denied supplying drones.",
        ("Iran", "drone_production", "denied"),
    ),
    (
        "a_members_seat_is_no_member",
        "The list names Fergana Machinery Supply, based in Tashkent, and Issyk Trade Group of "
        "Bishkek, which the ministry says acted as intermediaries to help Russia evade sanctions.",
        ("Kyrgyzstan", "sanctions_evasion", "asserted"),
    ),
    (
        "the_first_members_seat_is_no_member",
        "The list names Fergana Machinery Supply, based in Tashkent, and Issyk Trade Group of "
        "Bishkek, which the ministry says acted as intermediaries to help Russia evade sanctions.",
        ("Uzbekistan", "sanctions_evasion", "asserted"),
    ),
    (
        "a_possessive_state_before_a_member_is_no_member",
        "Kazakhstan's Irtysh Elektronik and Georgia's Kutaisi Components Ltd. were named for "
        "helping Moscow circumvent sanctions.",
        ("Georgia", "sanctions_evasion", "asserted"),
    ),
    (
        "routing_the_goods_used_in_drones_is_no_drone_supply",
        "Prosecutors say Kestrel Components LLC exported electronic components used in Russian "
        "military drones, routing the goods through Kyrgyzstan.",
        ("Kestrel Components", "drone_supply", "asserted"),
    ),
    (
        "a_maker_of_engines_for_drones_that_sold_them_sold_no_drones",
        "Kestrel Components LLC, a maker of engines for mapping drones, said it sold through "
        "distributors to Russian buyers.",
        ("Kestrel Components", "drone_supply", "asserted"),
    ),
    (
        "a_conjunct_sharing_the_part_noun_is_no_drone_supply",
        "Tashkent Avia Parts LLC supplied aircraft and drone engine components to Russian "
        "manufacturers, the Council says.",
        ("Tashkent Avia Parts", "drone_supply", "asserted"),
    ),
    (
        "chips_used_in_russian_weapons_production_are_no_production",
        "Officials say Chinese companies sold chips used in Russian weapons production.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "national_representatives_who_speak_claim_nothing",
        "Chinese representatives at the talks said Beijing opposed sanctions on Russia, while "
        "Iran supplied drones to Moscow.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "a_move_as_a_noun_is_no_shipment",
        "China restricted exports of heavy-lift drones in 2023, a move Beijing presented as "
        "evidence of its neutrality, while Chinese firms sold engines to Russia.",
        ("China", "drone_supply", "asserted"),
    ),
    (
        "an_attitude_towards_drone_exports_is_a_policy",
        "A spokesperson said China sold no weapons to Russia and has a prudent attitude towards "
        "the export of drones.",
        ("China", "drone_supply", "asserted"),
    ),
    (
        "parts_for_a_drone_shipped_as_them_are_no_drone_supply",
        "Borisov Composites LLC has made airframe sections for Geran-2 attack drones since "
        "2024 and shipped them by rail to Russia.",
        ("Borisov Composites", "drone_supply", "asserted"),
    ),
    (
        "a_firm_shipping_to_an_unnamed_plant_in_a_region_which_makes_drones",
        "Velta Microsystems, a Chinese firm, supplied engines to a plant in Russia's Tatarstan "
        "republic, which officials say makes Geran-2 drones.",
        ("Velta Microsystems", "drone_production", "asserted"),
    ),
    (
        "the_seller_to_a_bare_apposition_maker_makes_nothing",
        "Velta Microsystems shipped chips to Russian defense firms including the Kronstadt Group, "
        "maker of the Orion attack drones, invoices show.",
        ("Velta Microsystems", "drone_production", "asserted"),
    ),
    (
        "a_firm_far_before_the_where_clause_is_no_site",
        "Officials said IEMZ Kupol had sent engineers to a plant in Russia's Tatarstan region, "
        "where Russia assembles Geran-2 drones.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "the_kremlin_helped_to_evade_is_no_evader",
        "Prosecutors say Volta Trade Ltd helped the Kremlin evade Western sanctions.",
        ("Russia", "sanctions_evasion", "asserted"),
    ),
    (
        "the_russian_military_helped_to_evade_is_no_evader",
        "Investigators believe Kama Brokers LLC helped the Russian military evade export controls.",
        ("Russia", "sanctions_evasion", "asserted"),
    ),
    (
        "a_part_made_by_a_firm_is_no_drone_production",
        "The engines, copies of a German motor used to power the Shahed-136, were produced by "
        "Tabriz Motor Group, an Iranian firm, the sources said.",
        ("Tabriz Motor Group", "drone_production", "asserted"),
    ),
    (
        "a_state_russia_equips_to_make_drones_makes_its_own",
        "Russia may be providing North Korea with technology to mass-produce attack drones, "
        "officials said.",
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "workers_sent_to_help_build_drones_are_personnel",
        "North Korea has sent hundreds of workers to Alabuga to help build the drones, Kyiv says.",
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "the_firm_that_designed_a_model_is_its_origin",
        "The sources said Qods Aviation Industries, the company that designed the Mohajer "
        "family of drones, continues to ship navigation modules to Alabuga.",
        ("Qods Aviation Industries", "drone_production", "asserted"),
    ),
    (
        "which_it_said_designs_and_produces_is_a_line_of_business",
        "Treasury also designated Qods Aviation Industries, which it said designs and produces "
        "the Mohajer series, and two firms involved in the transfers.",
        ("Qods Aviation Industries", "drone_production", "asserted"),
    ),
    (
        "no_answer_to_questions_is_no_denial",
        "Kupol did not answer questions sent by email about its drone production for the "
        "Russian army.",
        ("IEMZ Kupol", "component_supply", "denied"),
    ),
    (
        "parts_used_in_weapons_production_are_no_production",
        "Armenian firms supplied Russia with electronic components used in weapons production, "
        "the Treasury said.",
        ("Armenia", "drone_production", "asserted"),
    ),
    (
        "an_unnamed_buyer_linked_to_production_is_not_the_seller",
        "Officials said Talas Trade Import had shipped microchips to Russian buyers, including "
        "at least one entity linked to the production of attack drones.",
        ("Talas Trade Import", "drone_production", "asserted"),
    ),
    (
        "a_relative_clause_after_an_apposition_is_the_last_members_own",
        "The list also includes Fujian Hengda Electronics Co., Ltd., a maker of antennas, and "
        "Kowloon Bright Limited, a trading company which acted as an intermediary in deliveries "
        "of chips to Russia.",
        ("Fujian Hengda Electronics", "component_supply", "asserted"),
    ),
    (
        "a_dateline_before_an_object_noun_is_no_firm",
        "KYIV - Engines built by a Chinese company are still fitted to Russia's drones, officials "
        "said.",
        ("KYIV - Engines", "component_supply", "asserted"),
    ),
    (
        "that_report_does_not_deny_the_earlier_charge",
        "Syria has sent mercenaries to fight for Russia, Kyiv says. Officials there also said "
        "Syria shipped rockets to Moscow. Damascus denied that report.",
        ("Syria", "personnel", "denied"),
    ),
    (
        "dismissed_as_baseless_ends_the_report",
        "Officials said Qatar sold drone parts to Russia. Qatar dismissed the reports as a "
        "smear campaign meant to evade scrutiny.",
        ("Qatar", "sanctions_evasion", "denied"),
    ),
    (
        "russia_one_of_many_places_the_listing_reaches",
        "The Commerce Department added Kestrel Components and 11 other companies in Thailand, "
        "Hong Kong, India and Russia to the Entity List.",
        ("Russia", "sanctions_imposed", "asserted"),
    ),
    (
        "the_production_of_an_unnamed_recipient",
        "Kestrel Components supplied components to a Russian company tied to the production of "
        "the Orlan-10 drone.",
        ("Kestrel Components", "drone_production", "asserted"),
    ),
    (
        "an_industrial_estate_is_a_place",
        "Investigators said Kestrel Components, which has a factory in Lahore's Sundar "
        "Industrial Estate, shipped drone engine parts to Russia.",
        ("Sundar Industrial Estate", "component_supply", "asserted"),
    ),
    (
        "a_bracketed_short_name_is_the_speaker_again",
        "Kestrel Components was added to the Entity List last week. The US Bureau of Industry "
        'and Security (BIS) said the companies had "diverted" US-origin chips to Russia in '
        "violation of export controls.",
        ("United States", "sanctions_evasion", "asserted"),
    ),
    (
        "the_sellers_to_a_middleman_do_not_supply_russia",
        "Records show Danube Micro Trading LLC bought radio modules from wholesalers in Taiwan "
        "and Poland and resold them to Russian drone makers.",
        ("Taiwan", "component_supply", "asserted"),
    ),
    (
        "the_sellers_to_a_middleman_do_not_evade",
        "Records show Danube Micro Trading LLC bought radio modules from wholesalers in Taiwan "
        "and Poland and resold them to Russian drone makers.",
        ("Taiwan", "sanctions_evasion", "asserted"),
    ),
    (
        "short_name_is_not_the_gazetteers_other_company",
        "Washington accuses the Chinese company Xiamen Limbach Aircraft Engine of supplying "
        "engines to Kupol. Limbach knowingly shipped engines to Russia via a front company.",
        ("Limbach Flugmotoren", "component_supply", "asserted"),
    ),
    (
        "an_owner_who_speaks_of_his_company_did_not_ship",
        "Anton Beck, 52, a Latvian citizen, said his company, Daugava Parts SIA, sent 900 "
        "flight controllers to Russia.",
        ("Anton Beck", "component_supply", "asserted"),
    ),
    (
        "a_speaker_before_the_person_charged_is_not_charged",
        "Pavel Drozdov, 58, told reporters that Ines Kovač, 41, is accused of violating EU "
        "sanctions on Russia.",
        ("Pavel Drozdov", "sanctions_evasion", "asserted"),
    ),
    (
        "city_man_in_a_headline_is_no_state",
        "A Riga man was charged with sending drone parts to Russia. Iran has supplied drones to "
        "Russia.",
        ("Latvia", "component_supply", "asserted"),
    ),
    (
        "city_businessman_is_no_state",
        "Last autumn, a court convicted Tallinn businessman Mart Kask of exporting more than 300 "
        "radio modules to Russia.",
        ("Estonia", "component_supply", "asserted"),
    ),
    (
        "security_service_asks_for_charges",
        "The State Security Service has asked prosecutors to charge a Vilnius resident who is "
        "suspected of sending drone parts to Russia. Iran has supplied drones to Russia.",
        ("State Security Service", "component_supply", "asserted"),
    ),
    (
        "called_someone_something",
        "President Zelensky called Putin a liar who buys drones from Iran.",
        ("Putin", "drone_supply", "asserted"),
    ),
    (
        "the_office_figures_come_from_exports_nothing",
        "Figures from Georgia's National Statistics Office show the country's exports of chips "
        "to Russia rose tenfold last year.",
        ("National Statistics Office", "component_supply", "asserted"),
    ),
    (
        "the_seller_goods_came_from_ships_nothing",
        "Georgian firms bought chips from Armenia's Zarya Electronics and shipped them to Russia.",
        ("Zarya Electronics", "component_supply", "asserted"),
    ),
    (
        "what_a_contrast_sets_aside_is_not_done",
        "Kazakh traders resold chips to Russia rather than supplying complete drones.",
        ("Kazakhstan", "drone_supply", "asserted"),
    ),
    (
        "as_opposed_to_is_no_supply",
        "The Treasury sanctioned Chinese firms for assembling drones for Russia, as opposed to "
        "supplying parts.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "the_guts_of_missiles_are_no_missiles",
        "Turkish traders are shipping the innards of Russian cruise missiles by the truckload.",
        ("Turkey", "weapons_supply", "asserted"),
    ),
    (
        "made_goods_that_reach_russian_units_are_no_production",
        "A congressional report says quadcopters made by Skyfarer Robotics, a consumer brand, "
        "continue to reach Russian units through resellers in the Gulf.",
        ("Skyfarer Robotics", "drone_production", "asserted"),
    ),
    (
        "made_goods_that_reach_ukraine_are_no_supply_to_russia",
        "Quadcopters made by Skyfarer Robotics are still reaching Ukrainian brigades. Iran has "
        "sent Shahed drones to Russia.",
        ("Skyfarer Robotics", "drone_supply", "asserted"),
    ),
    (
        "made_by_and_imported_is_no_production",
        "Russian companies imported some 12,000 quadcopters made by Hanwei Aero Technology.",
        ("Hanwei Aero Technology", "drone_production", "asserted"),
    ),
    (
        "carrier_of_military_cargo_is_no_parts_supplier",
        "Washington designated the Caspian Tide Shipping Company, saying its vessels had ferried "
        "missile components and other military cargo to Russian ports.",
        ("Caspian Tide Shipping Company", "component_supply", "asserted"),
    ),
    (
        "sanctioned_goods_re_export_denied_is_no_parts_denial",
        "Azerbaijan does not participate in the re-export of sanctioned goods to Russia, "
        "officials have repeatedly stated.",
        ("Azerbaijan", "component_supply", "denied"),
    ),
    (
        "buyers_named_on_certificates_do_not_evade",
        "Meridian Skyway Logistics Pte Ltd used falsified end-user certificates naming civilian "
        "buyers in Malaysia and Thailand to conceal the true destination of cargo bound for "
        "Russia.",
        ("Malaysia", "sanctions_evasion", "asserted"),
    ),
    (
        "place_of_detention_does_not_evade",
        "Kestrel Trading Ltd was prosecuted in several EU countries and Poland for circumventing "
        "sanctions on Russia.",
        ("Poland", "sanctions_evasion", "asserted"),
    ),
    (
        "a_report_published_by_is_no_maker",
        "The Garpiya, shown by Russian state television, is built by IEMZ Kupol.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "a_town_is_no_antecedent",
        "Investigators visited a plant in Kazan, which assembles drones, and said IEMZ Kupol "
        "builds the Garpiya.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "a_listed_town_is_no_company_later",
        "North Korean missiles struck cities including Kharkiv and Kyiv. A missile that struck "
        "Kharkiv contained parts made by Hexa Motor Co., Ltd. and shipped to Russia.",
        ("Kharkiv", "component_supply", "asserted"),
    ),
    (
        "drones_used_in_attacks_stay_drones",
        "IEMZ Kupol produces drones used in attacks on Ukrainian cities.",
        ("IEMZ Kupol", "component_supply", "asserted"),
    ),
    (
        "called_on_is_no_target",
        "Kyiv welcomed the designations and called on the European Union to impose matching "
        "measures on Chinese firms that supply drone parts to Russia.",
        ("European Union", "sanctions_imposed", "asserted"),
    ),
    (
        "origin_of_what_others_bought",
        "Turkish firms bought Chinese chips and resold them to Russian arms makers.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "sanctioner_slapped_is_not_the_supplier",
        "Washington slapped sanctions on three North Korean officials over arms transfers to "
        "Russia.",
        ("United States", "weapons_supply", "asserted"),
    ),
    (
        "denied_clause_does_not_reach",
        "Beijing has denied selling weapons to Russia, though it has admitted exporting drone "
        "parts to Moscow.",
        ("China", "component_supply", "denied"),
    ),
    (
        "allegation_called_baseless_is_not_asserted",
        "Tehran described allegations of Iranian involvement in drone production for Russia as "
        "baseless.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "no_manufacturing_is_no_denial",
        "Small Turkish trading houses with no manufacturing of their own have been selling "
        "components to Russia.",
        ("Turkey", "component_supply", "denied"),
    ),
    (
        "a_group_whose_members_are_named_between_dashes_after_seats",
        "OFAC designated two Kazakh firms - Almaty-based Steppe Line Trading and "
        "Shymkent-registered Orbita Supply - which it accused of acting as intermediaries for "
        "Russian buyers.",
        ("Kazakhstan", "sanctions_evasion", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in CLAIM_TYPES], ids=[r[0] for r in CLAIM_TYPES]
)
def test_claim_types(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in STANCES], ids=[r[0] for r in STANCES]
)
def test_stance(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"), [r[1:] for r in ORG_FORMS], ids=[r[0] for r in ORG_FORMS]
)
def test_unknown_organisations_by_form(
    extractor: Extractor, sentence: str, name: str | None
) -> None:
    subjects = {c.subject for c in extractor.extract(article(sentence))}
    if name is None:  # the name is the capitalised words before the form
        name = sentence.split(" Co.,")[0].split(" supplied")[0].split(" sent")[0]
    assert name in subjects


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in LISTS], ids=[r[0] for r in LISTS]
)
def test_lists_of_subjects(extractor: Extractor, sentence: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [r[1:] for r in SANCTION_LISTS],
    ids=[r[0] for r in SANCTION_LISTS],
)
def test_sanction_lists(extractor: Extractor, sentence: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in MIDDLEMEN], ids=[r[0] for r in MIDDLEMEN]
)
def test_middlemen(extractor: Extractor, sentence: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [r[1:] for r in COORDINATED_OBJECTS],
    ids=[r[0] for r in COORDINATED_OBJECTS],
)
def test_coordinated_objects(extractor: Extractor, sentence: str, expected: set[Triple]) -> None:
    assert triples(extractor, article(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in NOT_CLAIMED], ids=[r[0] for r in NOT_CLAIMED]
)
def test_not_claimed(extractor: Extractor, sentence: str, absent: Triple) -> None:
    found = triples(extractor, article(sentence))
    assert found, "the sentence should still yield a claim"
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in MEMBERS], ids=[r[0] for r in MEMBERS]
)
def test_members_and_names(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in BARE_DENIALS], ids=[r[0] for r in BARE_DENIALS]
)
def test_bare_denial_denies_the_articles_allegation(
    extractor: Extractor, text: str, expected: Triple
) -> None:
    claims = claims_by_triple(extractor, article(text))
    assert expected in claims
    assert claims[expected].source == expected[0]


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [r[1:] for r in OFFICIAL_DENIALS],
    ids=[r[0] for r in OFFICIAL_DENIALS],
)
def test_official_denies_for_the_state(
    extractor: Extractor, text: str, expected: Triple, source: str
) -> None:
    claims = claims_by_triple(extractor, article(text))
    assert expected in claims
    assert claims[expected].source == source


@pytest.mark.parametrize(
    ("text", "subject"), [r[1:] for r in NOT_DENIALS], ids=[r[0] for r in NOT_DENIALS]
)
def test_not_a_denial_of_the_allegation(extractor: Extractor, text: str, subject: str) -> None:
    assert not [
        c for c in extractor.extract(article(text)) if c.subject == subject and c.stance == "denied"
    ]


@pytest.mark.parametrize(
    ("sentence", "source"), [r[1:] for r in ATTRIBUTION], ids=[r[0] for r in ATTRIBUTION]
)
def test_attribution(extractor: Extractor, sentence: str, source: str | None) -> None:
    claims = [
        c
        for c in extractor.extract(article(sentence))
        if c.subject == "Iran" or c.subject == "China"
    ]
    assert claims, "no claim found"
    assert claims[0].source == source


def test_pronoun_source_resolves_to_last_person(extractor: Extractor) -> None:
    text = article(
        "Kyrylo Budanov spoke in Kyiv on Monday. He said Iran had sent drones to Russia."
    )
    (claim,) = [c for c in extractor.extract(text) if c.subject == "Iran"]
    assert claim.source == "Kyrylo Budanov"


def test_surname_source_resolves_to_full_name(extractor: Extractor) -> None:
    text = article(
        "Analyst Maria Kowalska studies the trade. China sold drones to Russia, Kowalska said."
    )
    (claim,) = [c for c in extractor.extract(text) if c.subject == "China"]
    assert claim.source == "Maria Kowalska"


@pytest.mark.parametrize(
    ("sentence", "quantity"), [r[1:] for r in QUANTITIES], ids=[r[0] for r in QUANTITIES]
)
def test_quantities(extractor: Extractor, sentence: str, quantity: tuple[str, float, str]) -> None:
    claims = extractor.extract(article(sentence))
    assert claims, "no claim found"
    found = {(q.text, q.value, q.unit) for c in claims for q in c.quantities}
    assert quantity in found


@pytest.mark.parametrize(
    ("sentence", "product"), [r[1:] for r in PRODUCTS], ids=[r[0] for r in PRODUCTS]
)
def test_products(extractor: Extractor, sentence: str, product: str) -> None:
    claims = extractor.extract(article(sentence))
    assert product in {p for c in claims for p in c.products}


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in COREFERENCE], ids=[r[0] for r in COREFERENCE]
)
def test_coreference(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_COREFERENT], ids=[r[0] for r in NOT_COREFERENT]
)
def test_not_coreferent(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))


@pytest.mark.parametrize(("sentence", "sanctioner"), SANCTIONERS)
def test_the_sanctioner_is_not_the_supplier(
    extractor: Extractor, sentence: str, sanctioner: str
) -> None:
    subjects = {c.subject for c in extractor.extract(article(sentence))}
    assert sanctioner not in subjects, subjects


@pytest.mark.parametrize("text", [r[1] for r in NEGATIVES], ids=[r[0] for r in NEGATIVES])
def test_negatives_yield_no_claim(extractor: Extractor, text: str) -> None:
    assert extractor.extract(article(text)) == []


def test_an_article_that_never_names_russia_yields_no_claim(extractor: Extractor) -> None:
    text = article(
        "The Treasury sanctioned three Iranian firms for supplying drones to the Houthis. "
        "Chinese exporters shipped engines to Tehran, the department said.",
        title="Red Sea shipping attacks",
    )
    assert extractor.extract(text) == []
    assert extractor.extract(text.replace("the Houthis", "Russia")) != []


def test_one_claim_per_subject_type_stance(extractor: Extractor) -> None:
    text = article(
        "Iran sent drones to Russia in August. Iran sent more drones to Russia in October, "
        "officials said. Iran has delivered 400 drones to Russia in total."
    )
    claims = extractor.extract(text)
    keys = [(c.subject, c.claim_type, c.stance) for c in claims]
    assert keys.count(("Iran", "drone_supply", "asserted")) == 1
    assert len(keys) == len(set(keys))


def test_recipient_defaults_to_russia_and_names_russian_orgs(extractor: Extractor) -> None:
    text = article("Chinese suppliers delivered drone engines to IEMZ Kupol.")
    (claim,) = extractor.extract(text)
    assert claim.recipient == "IEMZ Kupol"
    text = article("Iran has supplied drones, Russian officials admitted.")
    claims = extractor.extract(text)
    assert claims and claims[0].recipient == "Russia"


def test_hedging_lowers_confidence(extractor: Extractor) -> None:
    plain = extractor.extract(article("Iran sent drones to Russia."))[0]
    hedged = extractor.extract(article("Iran may possibly have sent drones to Russia."))[0]
    assert hedged.confidence < plain.confidence


def test_evidence_is_the_sentence(extractor: Extractor) -> None:
    text = article("Nothing here. Iran sent drones to Russia, officials said. Other news.")
    (claim,) = extractor.extract(text)
    assert claim.evidence == "Iran sent drones to Russia, officials said."
    assert text[claim.start : claim.end] == claim.evidence


PHRASINGS = [
    (
        "a_firm_that_developed_a_drone_for_russia",
        "Redlepus Vector Industry, which developed the Garpiya-3 for Russia's army, was "
        "sanctioned by the US.",
        ("Redlepus Vector Industry", "drone_production", "asserted"),
    ),
    (
        "a_state_making_drones_with_russian_help_for_russia",
        "North Korea is preparing to manufacture Geran-type drones with Russian help for "
        "delivery to Russia, the NIS said.",
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "a_state_helping_russia_build_a_drone_factory",
        "Iran is helping Russia build a factory to produce the drones, the White House said.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "a_part_for_a_drone_model_made_by_a_firm_is_a_component",
        "The engines, copies of a German motor used to power the Shahed-136, were produced by "
        "Tabriz Motor Group, an Iranian firm, the sources said.",
        ("Tabriz Motor Group", "component_supply", "asserted"),
    ),
    (
        "parts_found_in_a_drone_made_by_a_firm_are_components",
        "The control boards found in the Geran-3 were made by Minsk Radio Works, a state-owned "
        "plant in Belarus, the HUR said.",
        ("Minsk Radio Works", "component_supply", "asserted"),
    ),
    (
        "drones_themselves_assembled_by_a_firm_are_production",
        "The Geran-3 drones that struck Kyiv this week were assembled by IEMZ Kupol, the HUR said.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "helping_russia_produce_weapons_is_production",
        "Zelensky said China is helping Russia produce weapons.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "a_state_producing_shells_for_russia_supplies_them",
        "Kyiv warned that Belarusian factories producing shells for Russia could become targets.",
        ("Belarus", "weapons_supply", "asserted"),
    ),
    (
        "counted_rounds_are_ammunition",
        "Seoul says North Korea shipped 3m rounds of artillery shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "which_the_department_said_of_two_members",
        "Among those designated were Hong Kong-based Kaiyuan Electronics Co., Ltd. and Pearl "
        "Links Ltd., which the department said shipped navigation modules to Russian defense "
        "manufacturers.",
        ("Kaiyuan Electronics", "component_supply", "asserted"),
    ),
    (
        "weapon_technology_is_a_component",
        "Iran transferred ballistic missile technology to Russia, officials said.",
        ("Iran", "component_supply", "asserted"),
    ),
    (
        "rocket_engines_are_components",
        "North Korea shipped rocket engines to Russia, Seoul said.",
        ("North Korea", "component_supply", "asserted"),
    ),
    (
        "emerged_as_a_hub",
        "The UAE has emerged as a hub for Russian sanctions evasion, the Treasury said.",
        ("United Arab Emirates", "sanctions_evasion", "asserted"),
    ),
    (
        "serves_as_a_backdoor",
        "Hong Kong serves as a backdoor for Western chips flowing to Russia.",
        ("Hong Kong", "sanctions_evasion", "asserted"),
    ),
    (
        "receive_from",
        "Moscow has received more than 2,000 Shahed drones from Tehran, "
        "according to Ukrainian intelligence.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "bought_from",
        "Russia bought millions of artillery shells from North Korea, the New York Times reported.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "denied_supplying",
        "Beijing has denied supplying Russia with weapons.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "kremlin_denied_personnel",
        "The Kremlin denied that North Korean soldiers were fighting in Ukraine.",
        ("North Korea", "personnel", "denied"),
    ),
    (
        "rejected_claims",
        "Tehran rejected claims that it had sent drones to Russia.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "passive_origin_adjective",
        "Iranian-made drones were delivered to Russia via the Caspian Sea, officials said.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "believed_to_have",
        "Pyongyang is believed to have shipped at least 1 million shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "providing_with",
        "Chinese manufacturers are providing Russia with engines for its Geran drones.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "sanctioned_for_supplying",
        "The Treasury Department sanctioned 13 Chinese companies for supplying Russia's military.",
        ("China", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctions_on_group",
        "Britain imposed sanctions on four Chinese firms that supplied drone parts to Russia.",
        ("China", "sanctions_imposed", "asserted"),
    ),
    (
        "relative_clause_supplier",
        "Britain imposed sanctions on four Chinese firms that supplied drone parts to Russia.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "leader_regime",
        "Kim Jong Un's regime has dispatched some 12,000 soldiers to help Moscow.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "helping_build",
        "Iran is helping Russia build a factory to produce Shahed drones.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "women_brought_to_a_drone_plant_and_put_to_work",
        "At least 150 women from Kenya were brought to the Alabuga zone last year and, according "
        "to the documents, were later put to work assembling drone airframes.",
        ("Kenya", "personnel", "asserted"),
    ),
    (
        "helping_russia_set_up_a_production_line",
        "China helped Moscow set up its own production line for the Garpiya drones.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "russia_helping_a_state_build_its_own_drones",
        "Russia is helping North Korea build its own attack drones, South Korea's spy agency said.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "russia_helping_a_state_set_up_mass_production",
        "Russia is helping Iran set up mass production of attack drones at home, officials said.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "says_providing",
        "U.S. intelligence says China has been providing Russia with satellite imagery.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "officials_say",
        "Officials in Kyiv say Belarusian firms are supplying Russia with spare parts for tanks.",
        ("Belarus", "component_supply", "asserted"),
    ),
    (
        "accused_of",
        "Washington accused Beijing of supplying Moscow with drone engines.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "evade_via_intermediaries",
        "Russian forces have also used Chinese-made Mavic drones, "
        "purchased through intermediaries to evade sanctions.",
        ("Russia", "sanctions_evasion", "asserted"),
    ),
    (
        "never_sold",
        "The Foreign Ministry in Beijing said China had never sold lethal weapons to Russia.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "that_mass_noun_group",
        "Officials believe that Iranian military personnel are helping Russian crews launch "
        "drones in Crimea.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "making_drones",
        "Officials said Chinese firms were making attack drones for Russia.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "made_drones",
        "Investigators say a Belarusian plant made drone airframes for Russia.",
        ("Belarus", "component_supply", "asserted"),
    ),
    (
        "dozens_of_group",
        "Dozens of Chinese firms shipped drone parts to Russia last year.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "hundreds_of_people",
        "Hundreds of North Korean engineers work at Russian drone plants, Seoul said.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "built_at_plant",
        "Ukrainian officials say most of the Shahed drones are now assembled at Alabuga.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
    ),
    (
        "engineers_oversaw_assembly",
        "Kyiv says Iranian engineers oversaw the assembly of drones in Tatarstan for Russia.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "no_manufacturing_of_their_own",
        "Small Turkish trading houses with no manufacturing of their own have been selling "
        "components to Russia.",
        ("Turkey", "component_supply", "asserted"),
    ),
    (
        "shell_companies_group",
        "Hong Kong-registered shell companies helped Russia import Western chips.",
        ("Hong Kong", "sanctions_evasion", "asserted"),
    ),
    (
        "russian_place_as_recipient",
        "Iran sent instructors to Crimea to train Russian troops to use the drones.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "fighting_in_russian_region",
        "The Pentagon said North Korean soldiers had begun fighting in Kursk.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "acknowledged_providing",
        "Tehran acknowledged providing a small number of drones to Moscow.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "two_demonyms_one_group",
        "Kazakh and Kyrgyz firms have become key re-exporters of dual-use goods to Russia.",
        ("Kazakhstan", "component_supply", "asserted"),
    ),
    (
        "state_owned_group",
        "Chinese state-owned defense companies shipped navigation equipment and jamming "
        "technology to Russian defense firms, the newspaper reported.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "descriptor_then_company",
        "Chinese drone maker Autel denied its products were sold to the Russian military.",
        ("Autel", "drone_supply", "denied"),
    ),
    (
        "copula_main_supplier",
        "China is Russia's main supplier of machine tools and microelectronics, NATO said.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "group_head_supplier",
        "Russian drone makers rely on Chinese suppliers for engines and cameras, the report found.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "armed_recipient_with",
        "Belarusian factories have armed Russian troops with ammunition, officials said.",
        ("Belarus", "weapons_supply", "asserted"),
    ),
    (
        "leader_acts_for_state",
        "Kim Jong Un has sent thousands of troops to fight for Russia, according to Western "
        "intelligence.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "passive_by_adjective",
        "The drones were shipped across the Caspian Sea by Iranian state-owned vessels.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "turned_to_for",
        "Moscow has turned to Iran and North Korea for drones and artillery shells.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "relies_on_for",
        "Russian drone makers rely on China for engines, the report found.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "men_of_a_nationality",
        "Nepalese men recruited by the Russian army have died on the front line.",
        ("Nepal", "personnel", "asserted"),
    ),
    (
        "named_plant_keeps_its_name",
        "North Korean workers have been sent to the Alabuga drone factory, according to "
        "Japanese media.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "platforms_of_a_nationality",
        "Chinese e-commerce platforms sell drone parts that end up with Russian units, "
        "investigators found.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "state_name_as_demonym",
        "Ukraine's National Security and Defense Council imposed sanctions on 12 Turkish and Hong "
        "Kong companies that supplied engines for Russian drones.",  # (with China: China)
        ("Hong Kong", "component_supply", "asserted"),
    ),
    (
        "relative_head_conjunct",
        "Ukraine's National Security and Defense Council imposed sanctions on 12 Chinese and Hong "
        "Kong companies that supplied engines for Russian drones.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "carried_from_to",
        "The ships have carried thousands of containers of munitions from North Korea to Russia "
        "since September, the White House said.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "flights_carrying",
        "Treasury blacklisted Tehran-based Safiran Airport Services, which it said had "
        "coordinated flights carrying Iranian drones to Russia.",
        ("Safiran Airport Services", "drone_supply", "asserted"),
    ),
    (
        "trains_carrying",
        "North Korea has sent trains carrying shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "helping_evade",
        "Hong Kong firms re-exported U.S. chips to Russia, helping it evade export controls.",
        ("Hong Kong", "sanctions_evasion", "asserted"),
    ),
    (
        "helped_the_kremlin_evade",
        "Prosecutors say Volta Trade Ltd helped the Kremlin evade Western sanctions.",
        ("Volta Trade", "sanctions_evasion", "asserted"),
    ),
    (
        "helping_the_russian_military_import",
        "Officials said Tarsus Makine was helping the Russian military import machine tools.",
        ("Tarsus Makine", "component_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in PHRASINGS], ids=[r[0] for r in PHRASINGS]
)
def test_phrasings(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(sentence))


def test_plural_coreference_needs_the_right_count(extractor: Extractor) -> None:
    text = article(
        "Treasury sanctioned Ruisheng Trading Ltd. and Vostok Components LLC on Monday. "
        "Treasury said the three companies shipped drone parts to Russia."
    )
    supply = [c for c in extractor.extract(text) if c.claim_type == "component_supply"]
    assert not [c for c in supply if c.subject in ("Ruisheng Trading", "Vostok Components")]


# a headline that describes one firm without an article ("Thai firm denies ..."): the firm
# the body names next did it; none named: its nationality, as in a lede
HEADLINE_FIRMS = [
    (
        "a_headline_firm_named_by_the_body",
        "Thai electronics firm denies shipping chips to Russia",
        "Siam Orchid Components said on Monday it had done nothing wrong.",
        ("Siam Orchid Components", "component_supply", "denied"),
        ("Thailand", "component_supply", "denied"),
    ),
    (
        "a_title_case_headline_firm_and_a_lede_that_describes_it_again",
        "Kazakh Firm Shipped Chips To Maker Of Russian Drones",
        "A little-known trading company in Almaty shipped microchips to a Russian supplier of "
        "drone makers. Steppe Orbit Trading was registered in 2022.",
        ("Steppe Orbit Trading", "component_supply", "asserted"),
        ("Kazakhstan", "component_supply", "asserted"),
    ),
    (
        "headline_firms_are_a_group",
        "Thai firms shipped chips to Russia, report says",
        "Siam Orchid Components was among them.",
        ("Thailand", "component_supply", "asserted"),
        None,
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected", "absent"),
    [r[1:] for r in HEADLINE_FIRMS],
    ids=[r[0] for r in HEADLINE_FIRMS],
)
def test_headline_firms(
    extractor: Extractor, title: str, body: str, expected: Triple, absent: Triple | None
) -> None:
    found = triples(extractor, article(body, title))
    assert expected in found
    assert absent not in found
