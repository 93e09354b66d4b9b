"""Table-driven source attribution: who says so (claims.md, `source`), one row per pattern.

Each row: an invented text (one or more sentences of an article body), a (subject,
claim_type, stance) triple the extractor must find, and the source that claim must carry.
"""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article, claims_by_triple

Triple = tuple[str, str, str]

_ACCUSED = "Investigators said Orion Tech Trading LLC shipped chips to Russian drone makers. "
_CHARGED = _ACCUSED + "Prosecutors say Dmitri Lasko, 47, ran the scheme. "

SOURCES: list[tuple[str, str, Triple, str | None]] = [
    (
        "a_states_police_speak_for_it",
        "Spanish police said a Valencia firm, Levante Drones, had shipped drone engines to Russia.",
        ("Levante Drones", "component_supply", "asserted"),
        "Spain",
    ),
    (
        "its_research_is_the_speakers_own",
        "US officials say Russia still obtains Western chips. Silk Route Watch, a research "
        "group, said its research showed that Georgia had become a transit route for chips "
        "reaching Russia.",
        ("Georgia", "sanctions_evasion", "asserted"),
        "Silk Route Watch",
    ),
    (
        "case_authority_a_sentence_after_the_arrest",
        "A Belarusian was detained in Lithuania on suspicion of smuggling drone parts. This was "
        "reported by the Lithuanian Prosecutor General's Office. Minsk Parts Trading LLC "
        "shipped the parts to Russia.",
        ("Minsk Parts Trading", "component_supply", "asserted"),
        "Lithuania",
    ),
    (
        "a_denial_told_an_outlet_is_the_companys",
        "Investigators said Orion Tech Trading LLC shipped chips to Russian drone makers. Orion "
        "Tech's managing director told the Baltic Courier by telephone that the company had "
        "never exported anything to Russia.",
        ("Orion Tech Trading", "component_supply", "denied"),
        "Orion Tech Trading",
    ),
    (
        "a_named_lawyer_denies_for_the_client",
        "A man named Jonas Petrauskas is suspected of shipping drone motors to Russia. His "
        "lawyer, Rasa Vaitkutė, said her client denies the charges.",
        ("Jonas Petrauskas", "component_supply", "denied"),
        "Rasa Vaitkutė",
    ),
    (
        "an_unnamed_lawyer_lets_the_accused_deny",
        "A man named Jonas Petrauskas is suspected of shipping drone motors to Russia. The "
        "suspect denies the charges, his lawyer told LRT.",
        ("Jonas Petrauskas", "component_supply", "denied"),
        "Jonas Petrauskas",
    ),
    (
        "records_from_a_state_are_no_speaker",
        "Armenian traders have re-exported Western chips to Russia, an analysis of customs "
        "records from Armenia shows.",
        ("Armenia", "component_supply", "asserted"),
        None,
    ),
    (
        "officials_from_a_state_speak_for_it",
        "Chinese firms shipped chips to Russia, officials from Japan said.",
        ("China", "component_supply", "asserted"),
        "Japan",
    ),
    (
        "case_state_prosecutors_indicted",
        "Taiwanese prosecutors on Thursday indicted a businessman and his company. Tainan "
        "Precision Machinery Co. allegedly exported machine tools to Russia through Hong Kong.",
        ("Tainan Precision Machinery", "component_supply", "asserted"),
        "Taiwan",
    ),
    (
        "a_states_customs_named_by_its_demonym_speaks_for_the_state",
        "Finnish Customs suspects Nordwave Trading Oy of exporting engine parts and radio "
        "modules to Russia.",
        ("Nordwave Trading", "component_supply", "asserted"),
        "Finland",
    ),
    (
        "a_states_border_guard_named_by_its_demonym_speaks_for_the_state",
        "The Polish Border Guard said Baltic Parts Trading shipped drone motors to Russia.",
        ("Baltic Parts Trading", "component_supply", "asserted"),
        "Poland",
    ),
    (
        "a_company_named_with_a_demonym_is_no_state",
        "Finnish Chemicals said Nordwave Trading Oy exported engine parts and radio modules to "
        "Russia.",
        ("Nordwave Trading", "component_supply", "asserted"),
        "Finnish Chemicals",
    ),
    (
        "case_state_customs_suspects",
        "Finnish Customs suspects a small Espoo-based electronics wholesaler of exporting drone "
        "parts to Russia. Customs believes that Kuusi Logistics was set up solely to conceal the "
        "Russian end user.",
        ("Kuusi Logistics", "sanctions_evasion", "asserted"),
        "Finland",
    ),
    (
        "case_state_customs_officers_detained",
        "Lithuanian customs officers detained a truck of quadcopters bound for Russia. According "
        "to the Customs Criminal Service, Nemuna Cargo was organising the delivery of the "
        "quadcopters to Russia through Belarus.",
        ("Nemuna Cargo", "drone_supply", "asserted"),
        "Lithuania",
    ),
    (
        "officers_of_no_enforcer_bring_no_case",
        "Lithuanian border officers detained a truck of quadcopters bound for Russia. According "
        "to the Customs Criminal Service, Nemuna Cargo was organising the delivery of the "
        "quadcopters to Russia through Belarus.",
        ("Nemuna Cargo", "drone_supply", "asserted"),
        "Customs Criminal Service",
    ),
    (
        "a_states_security_agency_by_its_acronym",
        "According to the ABW, Korvex Optics assembles drone components for the Russian army.",
        ("Korvex Optics", "component_supply", "asserted"),
        "Poland",
    ),
    (
        "a_reports_author_in_its_apposition",
        "The report, published this week by the Centre for Trade Integrity (CTI), claimed that "
        "Kestrel Precision Components exported drone engine parts to Russian buyers.",
        ("Kestrel Precision Components", "component_supply", "asserted"),
        "Centre for Trade Integrity",
    ),
    (
        "a_translated_second_headline_gives_way_to_the_body",
        "Network recruited Nepalis to fight for Russia\n\nKATHMANDU – Nepal's Foreign Ministry "
        "said a network had recruited Nepali citizens to fight in the Russian armed forces. "
        "Ukrainian intelligence said more than 100 Nepalis were fighting for Russia.",
        ("Nepal", "personnel", "asserted"),
        "Nepal",
    ),
    (
        "the_first_named_of_two_sanctions_lists",
        "Korvex Optics has been on the European Union's sanctions list since 2022, and it is "
        "also under US sanctions.",
        ("Korvex Optics", "sanctions_imposed", "asserted"),
        "European Union",
    ),
    (
        "case_state_customs_investigating",
        "Belgian customs are investigating dozens of shipments from Antwerp. Gulf Star General "
        "Trading is suspected of shipping thermal cameras to Russia.",
        ("Gulf Star General Trading", "component_supply", "asserted"),
        "Belgium",
    ),
    (
        "an_investigation_based_on_a_states_customs_data_is_no_case",
        "An investigation by the newspaper, based on Kazakh customs data, traces the trade. "
        "Altyn Parts Trading shipped servo motors to Russia.",
        ("Altyn Parts Trading", "component_supply", "asserted"),
        None,
    ),
    (
        "case_state_customs_investigating_near_miss_with_records",
        "Kazakh customs are investigating the shipments, records show. Altyn Parts Trading "
        "shipped servo motors to Russia.",
        ("Altyn Parts Trading", "component_supply", "asserted"),
        "Kazakhstan",
    ),
    (
        "case_state_a_states_police_seized",
        "Italy's finance police said they had seized goods in a probe into a company. Officine "
        "Lombarde Srl shipped servo motors to Russia.",
        ("Officine Lombarde", "component_supply", "asserted"),
        "Italy",
    ),
    (
        "case_state_agency_opened_proceedings",
        "SECO has opened proceedings against a trading firm in Zug. Alpina Sensor Trading AG "
        "shipped sensors to Russia.",
        ("Alpina Sensor Trading", "component_supply", "asserted"),
        "Switzerland",
    ),
    (
        "case_state_of_the_accused_city",
        "The State Security Service has asked prosecutors to charge a Riga resident. Janis Ozols, "
        "a Latvian citizen, sent drone motors to Russia, the service said.",
        ("Janis Ozols", "component_supply", "asserted"),
        "Latvia",
    ),
    (
        "case_state_of_the_accused_from_a_city",
        "Prosecutors have charged a businessman from Gdańsk. Wiktor Zielinski, 41, "
        "sent flight controllers and thermal cameras to Russia, investigators said.",
        ("Wiktor Zielinski", "component_supply", "asserted"),
        "Poland",
    ),
    (
        "case_state_of_the_court_district",
        "A grand jury in the Southern District of New York indicted two men on Monday. Nexora "
        "Supply LLC, prosecutors say, sent flight controllers to Russia.",
        ("Nexora Supply", "component_supply", "asserted"),
        "United States",
    ),
    (
        "a_district_of_no_court_brings_no_case",
        "A grand jury indicted two men on Monday. Nexora Supply LLC, a firm in the Eastern "
        "District of Texas, sent flight controllers to Russia.",
        ("Nexora Supply", "component_supply", "asserted"),
        None,
    ),
    (
        "an_abbreviated_title_names_whom_she_stands_for",
        "Rep. Dana Morrow (R-Ohio) opened the hearing. Iran, she said, had sold Russia "
        "hundreds of Shahed drones.",
        ("Iran", "drone_supply", "asserted"),
        "Dana Morrow",
    ),
    (
        "a_committee_chair_names_whom_she_stands_for",
        "Committee Chair Dana Morrow opened the hearing. Iran, she said, had sold Russia "
        "hundreds of Shahed drones.",
        ("Iran", "drone_supply", "asserted"),
        "Dana Morrow",
    ),
    (
        "a_chair_of_no_name_is_no_speaker",
        "The Chair of the committee opened the hearing. Iran, she said, had sold Russia "
        "hundreds of Shahed drones.",
        ("Iran", "drone_supply", "asserted"),
        None,
    ),
    (
        "a_city_the_goods_came_from_brings_no_case",
        "Prosecutors have charged a businessman. Wiktor Zielinski, 41, sent flight "
        "controllers from Gdańsk to Russia, the report said.",
        ("Wiktor Zielinski", "component_supply", "asserted"),
        None,
    ),
    (
        "no_case_state_in_a_sanctions_story",
        "Belgian officials met on Monday. Gulf Star General Trading shipped thermal cameras to "
        "to Russia.",
        ("Gulf Star General Trading", "component_supply", "asserted"),
        None,
    ),
    (
        "already_under_sanctions_is_no_later_authority",
        "The EU added Aerotekhnika Systems and Kazan Rotor Systems to its sanctions list. Both "
        "companies were already under US sanctions. The new sanctions also target Ural Avia "
        "Parts LLC.",
        ("Ural Avia Parts", "sanctions_imposed", "asserted"),
        "European Union",
    ),
    (
        "both_companies_under_us_sanctions",
        "The EU added Aerotekhnika Systems and Kazan Rotor Systems to its sanctions list. Both "
        "companies were already under US sanctions.",
        ("Kazan Rotor Systems", "sanctions_imposed", "asserted"),
        "European Union",
    ),
    (
        "a_bodys_representative_named_after_it_then_he_added",
        "This was stated by a representative of the Defence Intelligence of Ukraine (HUR), "
        "Oleh Marchenko, in a comment to Ukrainska Pravda. He added that Chinese companies "
        "supply components to Russia.",
        ("China", "component_supply", "asserted"),
        "Oleh Marchenko",
    ),
    (
        "a_spokesman_for_a_body_named_then_she_noted",
        "The engines are Chinese, said a spokeswoman for Ukraine's military intelligence, Olena "
        "Hrytsenko, on Monday. She noted that Chinese companies ship engines to Russia through "
        "intermediaries.",
        ("China", "component_supply", "asserted"),
        "Olena Hrytsenko",
    ),
    (
        "his_attorney_speaks_for_her_client",
        _CHARGED + 'His attorney, Margaret Coyle, said her client "has never knowingly sent a '
        'single part to the Russian military".',
        ("Dmitri Lasko", "component_supply", "denied"),
        "Margaret Coyle",
    ),
    (
        "a_named_persons_lawyer_speaks_for_him",
        _CHARGED + "Lasko's lawyer, Vilma Jankauskiene, said her client had never exported "
        "anything to Russia.",
        ("Dmitri Lasko", "component_supply", "denied"),
        "Vilma Jankauskiene",
    ),
    (
        "the_companys_lawyer_speaks_for_it_not_the_outlet",
        _ACCUSED + "In a written response to the Kyiv Independent, the company's lawyer, Hendra "
        'Wijaya, said his client "has never exported goods to Russia".',
        ("Orion Tech Trading", "component_supply", "denied"),
        "Hendra Wijaya",
    ),
    (
        "an_interview_with_an_unknown_outlet",
        _ACCUSED + "In an interview with Baltic Business Weekly, the company's lawyer, Hendra "
        "Wijaya, said his client had never sold chips to Russia.",
        ("Orion Tech Trading", "component_supply", "denied"),
        "Hendra Wijaya",
    ),
    (
        "prosecutors_of_the_office_named_before",
        "The case was reported by the Lithuanian Prosecutor General's Office on Monday. "
        "According to prosecutors, Vilnius Components UAB shipped drone parts to Russia.",
        ("Vilnius Components", "component_supply", "asserted"),
        "Lithuania",
    ),
    (
        "prosecutors_said_after_their_state",
        "German prosecutors charged two men on Monday. Hessen Maschinen GmbH shipped machine "
        "tools to Russia, prosecutors said.",
        ("Hessen Maschinen", "component_supply", "asserted"),
        "Germany",
    ),
    (
        "prosecutors_of_no_state_said",
        "According to prosecutors, Hessen Maschinen GmbH shipped machine tools to Russia.",
        ("Hessen Maschinen", "component_supply", "asserted"),
        None,
    ),
    (
        "think_tank_by_its_form_after_its_city",
        "According to the Belgrade-based Centre for Balkan Security Studies, dozens of Serbian "
        "nationals are fighting alongside Russian forces.",
        ("Serbia", "personnel", "asserted"),
        "Centre for Balkan Security Studies",
    ),
    (
        "think_tank_by_its_form_said",
        "The Institute for Caspian Strategy and Policy said Iran had shipped drones to Russia.",
        ("Iran", "drone_supply", "asserted"),
        "Institute for Caspian Strategy and Policy",
    ),
    (
        "think_tank_with_a_prefix_analysts_at",
        "Analysts at the Warsaw Centre for Eastern Studies said Chinese firms sold engines to "
        "to Russia.",
        ("China", "component_supply", "asserted"),
        "Warsaw Centre for Eastern Studies",
    ),
    (
        "whole_quote_goes_on_with_the_speaker",
        '"Iran has now delivered these missiles," Secretary of State Antony Blinken told '
        'reporters. "Russia is receiving more and more weapons from Iran and from North Korea."',
        ("North Korea", "weapons_supply", "asserted"),
        "Antony Blinken",
    ),
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
    (
        "unnamed_officials_by_description",
        "Western officials say Iran has transferred drone technology to Russia.",
        ("Iran", "component_supply", "asserted"),
        "Western officials",
    ),
    (
        "the_diplomat_named_before",
        "The program was confirmed by two U.S. officials and a European diplomat, Lin Jian "
        "said. Chinese engineers have also traveled to a plant in Russia to help set up "
        "production, according to the diplomat.",
        ("China", "personnel", "asserted"),
        "European diplomat",
    ),
    (
        "the_diplomat_is_no_magazine",
        "Chinese engineers have also traveled to a plant in Russia to help set up production, "
        "according to the diplomat.",
        ("China", "personnel", "asserted"),
        None,
    ),
    (
        "the_officials_named_before",
        "British officials said the network was large, and Lin Jian said it was not. Iran has "
        "shipped drone engines to Russia, the officials told reporters.",
        ("Iran", "component_supply", "asserted"),
        "United Kingdom",
    ),
    (
        "an_official_with_a_state_agency_speaks_for_its_state",
        "Iran has shipped drone engines to Russia, a senior official with Ukraine's military "
        "intelligence agency, HUR, told reporters.",
        ("Iran", "component_supply", "asserted"),
        "Ukraine",
    ),
    (
        "an_official_at_a_company_speaks_for_it",
        "An official at Orion Tech Trading said the company had never shipped anything to Russia.",
        ("Orion Tech Trading", "component_supply", "denied"),
        "Orion Tech Trading",
    ),
    (
        "the_official_before_a_relative_aside_is_the_one_described",
        "Iran has shipped drone engines to Russia, a senior official with Ukraine's military "
        "intelligence agency told reporters. The official, who spoke on condition of "
        "anonymity, said Chinese engineers were working at Russian drone plants.",
        ("China", "personnel", "asserted"),
        "Ukraine",
    ),
    (
        "an_unknown_diplomat_before_a_relative_aside_is_no_one_after_the_verb",
        "The diplomat, who asked not to be named, said Chinese engineers were working at "
        "Russian drone plants.",
        ("China", "personnel", "asserted"),
        None,
    ),
    (
        "said_then_a_name_is_still_the_speaker",
        "Chinese engineers were working at Russian drone plants, said Maria Kowalska, a "
        "researcher.",
        ("China", "personnel", "asserted"),
        "Maria Kowalska",
    ),
    (
        "the_statement_in_commas_is_the_last_speakers",
        "According to the Treasury, Orion Tech Trading shipped chips to Russia. Minsk Parts "
        "Trading, the statement said, sent drone engines to a Russian arms maker.",
        ("Minsk Parts Trading", "component_supply", "asserted"),
        "United States",
    ),
    (
        "bare_officials_are_the_last_source",
        "The Treasury said the firms had been designated. A Chinese firm helped ship complete "
        "drones to Russia, officials said.",
        ("China", "drone_supply", "asserted"),
        "United States",
    ),
    (
        "frame_in_relative_clause_speaks_for_what_follows",
        "Japan sanctioned Turkish firms accused of supplying Russia with dual-use goods, a trade "
        "that Western officials say has grown.",
        ("Turkey", "component_supply", "asserted"),
        "Japan",
    ),
    (
        "the_accused_denies_for_itself",
        "U.S. officials said Iran has not sent missiles to Russia. Iran's foreign ministry "
        "said Iran has never sent missiles to Russia.",
        ("Iran", "weapons_supply", "denied"),
        "Iran",
    ),
    (
        "a_named_official_over_the_bare_state_denial",
        "Ukraine says Iran sold drones to Russia. Iran has rejected the accusations. Foreign "
        "Minister Hossein Amir-Abdollahian said Iran has never sold drones to Russia.",
        ("Iran", "drone_supply", "denied"),
        "Hossein Amir-Abdollahian",
    ),
    (
        "quote_over_two_sentences_typographic",
        "“Iran has NOT delivered ballistic missiles to Russia. Period,” Foreign Minister "
        "Abbas Araghchi wrote on social media.",
        ("Iran", "weapons_supply", "denied"),
        "Abbas Araghchi",
    ),
    (
        "quote_over_two_sentences_straight",
        '"Iran has not delivered missiles to Russia. Those reports are lies," said Jan Nowak, '
        "a spokesman.",
        ("Iran", "weapons_supply", "denied"),
        "Jan Nowak",
    ),
    (
        "participle_speaks_for_the_main_subject",
        "Japan on Friday designated 40 entities, including companies in Armenia and Georgia, "
        "accusing them of shipping dual-use goods to Russia.",
        ("Georgia", "component_supply", "asserted"),
        "Japan",
    ),
    (
        "x_and_its_allies_say",
        "Britain and its European partners say that Tehran shipped missiles to Russia.",
        ("Iran", "weapons_supply", "asserted"),
        "United Kingdom",
    ),
    (
        "a_mission_speaks_for_the_state_that_sent_it",
        "Iran's mission to the UN said Iran has never supplied drones to Russia.",
        ("Iran", "drone_supply", "denied"),
        "Iran",
    ),
    (
        "the_mission_named_before",
        "Japan sanctioned Iranian firms for supplying drones to Russia. The Iranian embassy in "
        "Tokyo said it regretted the decision. In a statement, the embassy said that Iran has "
        "never supplied drones to Russia.",
        ("Iran", "drone_supply", "denied"),
        "Iran",
    ),
    (
        "a_spokesperson_for_a_ministry",
        "A spokesman for Kazakhstan's Ministry of Foreign Affairs told reporters that Kazakh "
        "firms had never supplied drones to Russia.",
        ("Kazakhstan", "drone_supply", "denied"),
        "Kazakhstan",
    ),
    (
        "a_states_body_unknown_by_name",
        "Turkey's Ministry of Trade said Turkey does not allow its territory to be used to "
        "circumvent sanctions on Russia.",
        ("Turkey", "sanctions_evasion", "denied"),
        "Turkey",
    ),
    (
        "designated_by_the_body_that_opened_the_designations",
        "Canada on Monday imposed sanctions on 40 entities that helped Russia obtain drone "
        "parts. Among the entities designated were Norvex Components Ltd. and Baltrix Supply "
        "Ltd., which shipped microchips to Russian drone makers.",
        ("Baltrix Supply", "sanctions_imposed", "asserted"),
        "Canada",
    ),
    (
        "the_designation_states_the_reason",
        "Canada on Monday imposed sanctions on 40 entities that helped Russia obtain drone "
        "parts. Among the entities designated were Norvex Components Ltd. and Baltrix Supply "
        "Ltd., which shipped microchips to Russian drone makers.",
        ("Norvex Components", "component_supply", "asserted"),
        "Canada",
    ),
    (
        "accused_of_where_sanctions_are_the_topic",
        "The U.K. Foreign Office on Monday imposed sanctions on 20 entities. Velorix Trading is "
        "accused of supplying drone engines to Russia.",
        ("Velorix Trading", "component_supply", "asserted"),
        "United Kingdom",
    ),
    (
        "according_to_an_unknown_person_in_apposition",
        "Russian rocket launchers ride on chassis made by the Minsk Wheel Tractor Plant, "
        "according to Tomasz Zielinski, a defence analyst at a Krakow institute.",
        ("Minsk Wheeled Tractor Plant", "component_supply", "asserted"),
        "Tomasz Zielinski",
    ),
    (
        "according_to_capitalised_words_before_a_noun_name_no_one",
        "According to Harbour Master logs, Belarus shipped artillery shells to Russia.",
        ("Belarus", "weapons_supply", "asserted"),
        None,
    ),
    (
        "quoted_as_saying_is_the_one_quoted",
        "In return, Russia has supplied North Korea with air defence missiles, Park quoted "
        "the NIS as saying.",
        ("Russia", "weapons_supply", "asserted"),
        "National Intelligence Service",
    ),
    (
        "quoted_a_paper_as_saying_names_no_one",
        "In return, Russia has supplied North Korea with air defence missiles, Park quoted "
        "a briefing paper as saying.",
        ("Russia", "weapons_supply", "asserted"),
        None,
    ),
    (
        "according_to_a_paper_named_first_is_its_issuers",
        "The U.S. Commerce Department on Tuesday added 30 companies to its Entity List. "
        "According to the Federal Register notice, Norvex Components Ltd. shipped microchips "
        "to Russian drone makers.",
        ("Norvex Components", "component_supply", "asserted"),
        "United States",
    ),
    (
        "according_to_a_paper_with_no_issuer_named_is_no_ones",
        "According to the Harbour Board notice, Norvex Components Ltd. shipped microchips to "
        "Russian drone makers.",
        ("Norvex Components", "component_supply", "asserted"),
        None,
    ),
    (
        "allegedly_where_sanctions_are_the_topic",
        "The U.K. Foreign Office on Monday imposed sanctions on 20 entities. Another firm, "
        "Velorix Trading, allegedly shipped drone engines to Russian buyers.",
        ("Velorix Trading", "component_supply", "asserted"),
        "United Kingdom",
    ),
    (
        "allegedly_without_sanctions_is_no_ones",
        "Velorix Trading allegedly shipped drone engines to Russian buyers.",
        ("Velorix Trading", "component_supply", "asserted"),
        None,
    ),
    (
        "the_clause_subject_imposes_not_the_speaker",
        "Vietnam on Tuesday said it was studying the case after Washington imposed sanctions on "
        "six Vietnamese companies for allegedly supplying drone parts to Russia.",
        ("Vietnam", "sanctions_imposed", "asserted"),
        "United States",
    ),
    (
        "the_reason_for_sanctions_is_the_sanctioners",
        "Vietnam on Tuesday said it was studying the case after Washington imposed sanctions on "
        "six Vietnamese companies for allegedly supplying drone parts to Russia.",
        ("Vietnam", "component_supply", "asserted"),
        "United States",
    ),
    (
        "a_later_for_phrase_is_no_reason_for_sanctions",
        "After the US Treasury sanctioned three Kazakh banks, President Nurlan Abenov said that "
        '"Kazakhstan has never been a tool for bypassing sanctions."',
        ("Kazakhstan", "sanctions_evasion", "denied"),
        "Nurlan Abenov",
    ),
    (
        "saying_after_an_unnamed_ministry",
        "Japan on Friday imposed sanctions on 11 entities. The Foreign Ministry listed Norvex "
        "Components Ltd. among them, saying the company had shipped microchips to Russian drone "
        "makers.",
        ("Norvex Components", "component_supply", "asserted"),
        "Japan",
    ),
    (
        "saying_after_a_named_subject",
        "Poland expelled two Belarusian diplomats on Monday, saying Belarus had shipped "
        "artillery shells to Russia.",
        ("Belarus", "weapons_supply", "asserted"),
        "Poland",
    ),
    (
        "an_accusation_after_a_denial_asserts",
        "The U.S. Treasury on Monday imposed sanctions on 40 entities. Malaysia rejected claims "
        "that it is a hub for sanctions evasion, after Washington sanctioned several Malaysian "
        "companies it accused of shipping drone parts to Russia.",
        ("Malaysia", "component_supply", "asserted"),
        "United States",
    ),
    (
        "a_claim_after_a_denial_is_denied",
        "Malaysia rejected Washington's claims that Malaysian companies shipped chips to Russia.",
        ("Malaysia", "component_supply", "denied"),
        "Malaysia",
    ),
    (
        "said_it_believes_is_the_same_speaker",
        "Kyiv says Iran shipped drones to Russia. The US has said it believes Iran has also sent "
        "military instructors to Crimea to help Russian forces.",
        ("Iran", "personnel", "asserted"),
        "United States",
    ),
    (
        "said_that_it_believes_is_the_same_speaker",
        "Kyiv says Iran shipped drones to Russia. Britain said that it believes Iran has also "
        "sent military instructors to Crimea to help Russian forces.",
        ("Iran", "personnel", "asserted"),
        "United Kingdom",
    ),
    (
        "warned_it_believes_is_the_warner_not_the_last_speaker",
        "The US said Iran shipped drones to Russia. Ukraine's defence ministry has warned that "
        "it believes Iran has also sent military instructors to Crimea to help Russian forces.",
        ("Iran", "personnel", "asserted"),
        "Ukraine",
    ),
    (
        "which_it_said",
        "The Japanese government on Friday named Norvex Components, which it said supplied "
        "microchips to Russian drone makers.",
        ("Norvex Components", "component_supply", "asserted"),
        "Japan",
    ),
    (
        "the_department_named_before",
        "The U.S. Commerce Department said on Tuesday it had listed 30 firms, and Lin Jian said "
        "China objected. Norvex Components supplied microchips to Russian drone makers, the "
        "department said.",
        ("Norvex Components", "component_supply", "asserted"),
        "United States",
    ),
    (
        "the_decision_said",
        "Canada imposed sanctions on 12 entities. Norvex Components supplied microchips to "
        "Russian drone makers, the decision said.",
        ("Norvex Components", "component_supply", "asserted"),
        "Canada",
    ),
    (
        "the_outlet_that_names_itself_speaks_in_its_own_voice",
        "Chinese firms shipped drone engines to Russia, according to an investigation by the "
        "Financial Times. One of the firms did not respond to questions from the Financial "
        "Times.",
        ("China", "component_supply", "asserted"),
        None,
    ),
    (
        "another_outlet_is_a_source",
        "Chinese firms shipped drone engines to Russia, according to an investigation by the "
        "Financial Times.",
        ("China", "component_supply", "asserted"),
        "Financial Times",
    ),
    (
        "a_later_speaker_governs_its_own_clause",
        "Lin Jian rejected the reports as baseless, and Chinese officials have repeatedly said "
        "that China has never sold weapons to Russia.",
        ("China", "weapons_supply", "denied"),
        "China",
    ),
    (
        "adverb_and_elided_subject",
        "Iranian Foreign Minister Hossein Amir-Abdollahian has candidly said that Iran sold "
        "drones to Russia before the war, but has insisted that Iranian troops are not fighting "
        "for Russia.",
        ("Iran", "personnel", "denied"),
        "Hossein Amir-Abdollahian",
    ),
    (
        "oxford_comma_list",
        "Canada, Japan, and Australia said Iran had shipped missiles to Russia.",
        ("Iran", "weapons_supply", "asserted"),
        "Canada",
    ),
    (
        "a_new_clause_is_no_list",
        "Tehran had until now denied sending any drones to Russia, and Hossein Amir-Abdollahian "
        "insisted that none had been delivered since the invasion.",
        ("Iran", "drone_supply", "denied"),
        "Iran",
    ),
    (
        "a_fronted_according_phrase_ends_at_its_comma",
        "According to an investigation by the Kyiv Post, Belarusian plants shipped artillery "
        "fuses to Russia.",
        ("Belarus", "weapons_supply", "asserted"),
        "Kyiv Post",
    ),
    (
        "a_year_before_a_state_is_no_count",
        "In 2025 Japan also sanctioned Lumen Trade Co. for selling drone engines to Russia.",
        ("Lumen Trade", "sanctions_imposed", "asserted"),
        "Japan",
    ),
    (
        "a_place_is_no_person",
        "Activity at the Rason Special Economic Zone shows North Korea has shipped munitions "
        "to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        None,
    ),
    (
        "release_text_states",
        "The EU text states that Iran has supplied Russia with drones.",
        ("Iran", "drone_supply", "asserted"),
        "European Union",
    ),
    (
        "caller_of_a_fake_report",
        "Kremlin spokesman Dmitry Peskov last week called a report that North Korean troops "
        "were fighting for Russia another piece of fake news.",
        ("North Korea", "personnel", "denied"),
        "Dmitry Peskov",
    ),
    (
        "each_of_the_listed_deniers",
        "Moscow and Pyongyang have for years denied any arms transfers.",
        ("North Korea", "weapons_supply", "denied"),
        "North Korea",
    ),
    (
        "outlet_own_records",
        "Tengri Electronics Trading shipped integrated circuits to Russian buyers, according to "
        "customs records reviewed by Meduza.",
        ("Tengri Electronics Trading", "component_supply", "asserted"),
        None,
    ),
    (
        "outlet_has_learned",
        "North Korea has sent hundreds of workers to a drone plant in Russia, Daily NK has "
        "learned.",
        ("North Korea", "personnel", "asserted"),
        None,
    ),
    (
        "anonymous_source_in_a_country",
        "A source in North Korea told reporters that Pyongyang had sent 1,000 workers to a "
        "drone plant in Russia.",
        ("North Korea", "personnel", "asserted"),
        None,
    ),
    (
        "spy_agency_by_name",
        "South Korea's spy agency said North Korea had shipped 13,000 containers of shells to "
        "to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "National Intelligence Service",
    ),
    (
        "the_group_said",
        "The MSMT said the transfers were large. In its report, the group said North Korea had "
        "sent about 11,000 troops to Russia.",
        ("North Korea", "personnel", "asserted"),
        "Multilateral Sanctions Monitoring Team",
    ),
    (
        "speaker_inside_a_relative_clause",
        "The EU imposed sanctions on Karim Sadeghi, a senior official who the EU said "
        "negotiated the deal with Moscow.",
        ("Karim Sadeghi", "sanctions_imposed", "asserted"),
        "European Union",
    ),
    (
        "adverb_before_the_report_verb",
        "Ukrainian intelligence has separately claimed that Russia is receiving Iranian-made "
        "drones through the Caspian.",
        ("Iran", "drone_supply", "asserted"),
        "Ukraine",
    ),
    (
        "the_diplomat_is_no_outlet",
        "Iranian engineers have travelled to a plant in Russia to help assemble drones, "
        "according to the diplomat.",
        ("Iran", "personnel", "asserted"),
        None,
    ),
    (
        "a_states_body_no_list_knows",
        "Lotus Machine Works sold 12 CNC machines to a trader that resold them to Russia, "
        "according to Vietnam's Export Control Administration.",
        ("Lotus Machine Works", "component_supply", "asserted"),
        "Vietnam",
    ),
    (
        "its_short_name_speaks_for_the_state_too",
        "Vietnam's Export Control Administration (ECA) opened a case on Monday. Lotus Machine "
        "Works sold 12 CNC machines that reached Russia, the ECA said.",
        ("Lotus Machine Works", "component_supply", "asserted"),
        "Vietnam",
    ),
    (
        "state_media_speak_for_the_state",
        "Thousands of North Korean soldiers are fighting alongside Russian forces, Ukrainian "
        "officials said. North Korea's state media initially dismissed the reports as a lie.",
        ("North Korea", "personnel", "denied"),
        "North Korea",
    ),
    (
        "state_media_deny_with_an_adverb",
        "Iranian instructors are training Russian drone crews in Crimea, U.S. officials said. "
        "Tehran's state media has repeatedly rejected the reports.",
        ("Iran", "personnel", "denied"),
        "Iran",
    ),
    (
        "the_subject_before_a_relative_aside_speaks",
        "Poland's Internal Security Agency, which first flagged the shipments, has said that "
        "Belarus is supplying Russia with artillery ammunition.",
        ("Belarus", "weapons_supply", "asserted"),
        "Poland",
    ),
    (
        "the_subject_with_its_article_before_a_relative_aside",
        "The Pentagon, which declined to give figures, has said North Korea shipped ballistic "
        "missiles to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "United States",
    ),
    (
        "the_director_named_after_the_title_speaks",
        _ACCUSED + "Orion's director, Pavel Dima, told the Baltic Courier that the company sold "
        'consumer electronics and had "no relationship with any military end user".',
        ("Orion Tech Trading", "component_supply", "denied"),
        "Pavel Dima",
    ),
    (
        "told_an_outlet_the_outlet_only_listens",
        "Gediminas Balt, the head of customs, told the Financial Times that Orion Tech Trading "
        "LLC shipped chips to Russian drone makers.",
        ("Orion Tech Trading", "component_supply", "asserted"),
        "Gediminas Balt",
    ),
    (
        "eu_officials_are_the_union",
        "Delta Circuits Ltd. sold navigation modules to Russian drone makers, EU officials said.",
        ("Delta Circuits", "component_supply", "asserted"),
        "European Union",
    ),
    (
        "eu_diplomats_are_the_union",
        "EU diplomats say Orion Parts Trading LLC shipped drone engines to Russia.",
        ("Orion Parts Trading", "component_supply", "asserted"),
        "European Union",
    ),
    (
        "a_lede_in_the_outlets_voice_takes_the_bodys_source",
        "Orion Parts Trading LLC has shipped drone engines to Russia. The company sent 300 "
        "engines to a Russian plant in 2024, according to the Institute for Study of War.",
        ("Orion Parts Trading", "component_supply", "asserted"),
        "Institute for Study of War",
    ),
    (
        "a_lede_then_a_state_says_it",
        "Belarus is supplying shells to Russia's army. Belarus has sent 100,000 artillery "
        "shells to Russia this year, Ukraine's military intelligence said.",
        ("Belarus", "weapons_supply", "asserted"),
        "Ukraine",
    ),
    (
        "a_later_sentence_in_the_outlets_voice_stays_so",
        "Kyiv says Iran sold drones to Russia. Orion Parts Trading LLC has shipped drone engines "
        "to Russia. Orion Parts Trading sent 300 engines to a Russian plant in 2024, according "
        "to the Institute for Study of War.",
        ("Orion Parts Trading", "component_supply", "asserted"),
        None,
    ),
    (
        "a_spokesman_after_a_state_rejects_speaks_for_it",
        "The State Department said it would keep targeting suppliers. The Chinese embassy in "
        'Washington rejected the report. "China has never provided lethal weapons to any '
        'party," a spokesman said.',
        ("China", "weapons_supply", "denied"),
        "China",
    ),
    (
        "a_spokeswoman_after_a_state_dismisses_speaks_for_it",
        "British officials said the network was a textbook case. Iran's mission to the UN "
        'dismissed the allegations. "Iran has not supplied any drones to Russia for use in '
        'the war," a spokeswoman said.',
        ("Iran", "drone_supply", "denied"),
        "Iran",
    ),
    # a company's staff named after their title speak for themselves, not for the firm
    (
        "a_general_manager_named_after_the_title_said_the_firm",
        _ACCUSED + "Speaking to the Baltic Courier, the company's general manager, Pavel Dima, "
        'said the firm "has never sold any product to a Russian military end user".',
        ("Orion Tech Trading", "component_supply", "denied"),
        "Pavel Dima",
    ),
    (
        "a_founder_named_after_the_title_told_an_outlet",
        _ACCUSED + "Orion's founder, Pavel Dima, told the Baltic Courier the company had "
        '"never supplied anything to the Russian military".',
        ("Orion Tech Trading", "component_supply", "denied"),
        "Pavel Dima",
    ),
    (
        "a_general_manager_named_after_the_title_denied",
        _ACCUSED + "Orion's general manager, Pavel Dima, denied that the company had sold "
        "anything to Russia's military.",
        ("Orion Tech Trading", "component_supply", "denied"),
        "Pavel Dima",
    ),
    (
        "a_director_introduced_as_a_citizen_named",
        _ACCUSED + "Orion's registered director, a Latvian citizen named Pavel Dima, said in a "
        'phone interview that the company had "never shipped anything to the Russian army".',
        ("Orion Tech Trading", "component_supply", "denied"),
        "Pavel Dima",
    ),
    (
        "an_unnamed_manager_leaves_the_company_its_voice",
        _ACCUSED + "Orion's general manager said the company had never sold anything to "
        "Russia's military.",
        ("Orion Tech Trading", "component_supply", "denied"),
        "Orion Tech Trading",
    ),
    (
        "a_firm_after_a_clause_still_writes",
        "Russia has bought thousands of Chinese drone engines since 2023, writes the Kyiv "
        "Independent.",
        ("China", "component_supply", "asserted"),
        "The Kyiv Independent",
    ),
    (
        "a_person_before_a_relative_aside_naming_the_firm",
        "Tengri Parts Trading shipped chips to Russia. Daniyar Seitkali, who is listed as "
        "Tengri's director, denied that his company had sold anything to the Russian military.",
        ("Tengri Parts Trading", "component_supply", "denied"),
        "Daniyar Seitkali",
    ),
    (
        "a_person_before_a_relative_aside_who_heads_it",
        "Tengri Parts Trading shipped chips to Russia. Daniyar Seitkali, who runs the firm, said "
        "his company had never sold anything to the Russian military.",
        ("Tengri Parts Trading", "component_supply", "denied"),
        "Daniyar Seitkali",
    ),
    (
        "a_firm_before_its_relative_aside_still_speaks",
        "Tengri Parts Trading shipped chips to Russia. Tengri Parts Trading, which was registered "
        "in 2022, denied that it had sold anything to the Russian military.",
        ("Tengri Parts Trading", "component_supply", "denied"),
        "Tengri Parts Trading",
    ),
    (
        "a_participles_aside_may_hold_a_list",
        "The Multilateral Sanctions Monitoring Team, created by Japan, South Korea, the United "
        "States and eight other states, said in its first report that arms flows had grown. The "
        "report said North Korea had sent 50 rocket launchers to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "Multilateral Sanctions Monitoring Team",
    ),
    (
        "a_list_of_speakers_is_no_aside",
        "Japan, South Korea and the United States said North Korea had sent 50 rocket launchers "
        "to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "Japan",
    ),
    (
        "he_after_an_unnamed_spokesman_is_the_spokesman",
        "Zelensky said Chinese nationals were fighting for Russia. At a briefing in Beijing, a "
        "foreign ministry spokesman said China opposed the remarks. He said claims of Chinese "
        'involvement were unfounded. "China has never provided lethal weapons to Russia," the '
        "spokesman said.",
        ("China", "weapons_supply", "denied"),
        "China",
    ),
    (
        "he_after_a_named_speaker_is_still_that_speaker",
        "Zelensky said Chinese nationals were fighting for Russia. He said Chinese suppliers had "
        "sent gunpowder to Russia.",
        ("China", "weapons_supply", "asserted"),
        "Volodymyr Zelenskyy",
    ),
    (
        "who_dismisses_a_claim_denies_not_its_claimant",
        "China's foreign ministry dismissed as groundless Zelensky's claim that 100 Chinese "
        "nationals are fighting for Russia.",
        ("China", "personnel", "denied"),
        "China",
    ),
    (
        "an_unlisted_agency_speaks_for_its_possessive_state",
        "Ukraine's Foreign Intelligence Service said Chinese suppliers had provided gunpowder to "
        "Russian arms plants.",
        ("China", "weapons_supply", "asserted"),
        "Ukraine",
    ),
    (
        "case_state_a_citys_prosecutors",
        "Kaohsiung prosecutors searched the offices of a machine tool maker on Monday. Tainan "
        "Precision Machinery Co allegedly exported machine tools to Russia through Hong Kong.",
        ("Tainan Precision Machinery", "component_supply", "asserted"),
        "Taiwan",
    ),
    (
        "an_unnamed_lede_takes_the_first_named_source",
        "North Korea has sent 100 missiles to Russia, according to a report released on Thursday "
        "by a sanctions monitoring group. North Korea also shipped shells to Russia, the group "
        "found. The Multilateral Sanctions Monitoring Team, set up by eleven states, said in its "
        "report that North Korea has sent 100 missiles to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "Multilateral Sanctions Monitoring Team",
    ),
    # a sanctions package in draft speaks for the body that drafts it
    # an authority's papers ("the statement", "the notice", "the decree", "the indictment")
    # speak for the authority that issued them
    (
        "according_to_the_statement_of_a_designation",
        "The US Treasury on Tuesday sanctioned 12 companies in Hong Kong and Turkey. According "
        "to the statement, Orion Parts Trading shipped 3,400 thermal imaging modules to Russia.",
        ("Orion Parts Trading", "component_supply", "asserted"),
        "United States",
    ),
    (
        "according_to_the_notice_at_the_end",
        "The Commerce Department added two Thai firms to the entity list on Tuesday. Siam "
        "Orbit Supply shipped navigation chips to a Russian drone maker, according to the notice.",
        ("Siam Orbit Supply", "component_supply", "asserted"),
        "United States",
    ),
    (
        "according_to_the_decree",
        "Ukraine's security council imposed sanctions on three Chinese companies on Friday. "
        "According to the decree, Shenzhen Orion Electronics supplied navigation modules to "
        "Russia.",
        ("Shenzhen Orion Electronics", "component_supply", "asserted"),
        "Ukraine",
    ),
    (
        "the_statement_said",
        "The US Treasury on Tuesday sanctioned 12 companies in Hong Kong and Turkey. Orion "
        "Parts Trading also delivered 350 quadcopters to a Moscow firm, the statement said.",
        ("Orion Parts Trading", "drone_supply", "asserted"),
        "United States",
    ),
    (
        "according_to_the_indictment_of_a_case_not_the_sanctions_backdrop",
        "The Hamburg public prosecutor's office said it had charged a businessman with "
        "violating EU sanctions. According to the indictment, Hanse Machine Trade GmbH sold 27 "
        "machine tools to Russia through Kyrgyzstan.",
        ("Hanse Machine Trade", "component_supply", "asserted"),
        "Germany",
    ),
    (
        "the_statement_a_company_issued_is_the_companys",
        "The US Treasury on Tuesday sanctioned Orion Parts Trading for shipping drone engines "
        "to Russia. Orion Parts Trading issued a statement on Wednesday. The statement said "
        "the company had never sold anything to Russia.",
        ("Orion Parts Trading", "component_supply", "denied"),
        "Orion Parts Trading",
    ),
    (
        "a_department_statement_then_according_to_the_statement",
        "The exchange followed a State Department statement that announced sanctions on "
        "Skyline Power Co. According to the statement, Skyline Logistics Co. was used to route "
        "payments through banks in third countries to evade U.S. sanctions.",
        ("Skyline Logistics", "sanctions_evasion", "asserted"),
        "United States",
    ),
    (
        "according_to_a_notice_without_an_issuer_is_no_ones",
        "Siam Orbit Supply shipped navigation chips to a Russian drone maker, according to the "
        "notice.",
        ("Siam Orbit Supply", "component_supply", "asserted"),
        None,
    ),
    # "the service": the state body of that name the article named
    (
        "according_to_the_intelligence_service_named_before",
        "The Estonian Foreign Intelligence Service presented its annual report on Tuesday. "
        "According to the intelligence service, Kyrgyz companies continued to act as transit "
        "points for Western machine tools destined for Russia's military industry.",
        ("Kyrgyzstan", "sanctions_evasion", "asserted"),
        "Estonia",
    ),
    (
        "the_intelligence_service_estimates",
        "The Estonian Foreign Intelligence Service presented its annual report on Tuesday. "
        "The Alabuga plant now produces several thousand Geran-2 drones a month, the "
        "intelligence service estimates.",
        ("Alabuga Special Economic Zone", "drone_production", "asserted"),
        "Estonia",
    ),
    (
        "according_to_a_service_never_named_is_no_ones",
        "According to the service, Kyrgyz companies continued to act as transit points for "
        "Western machine tools destined for Russia's military industry.",
        ("Kyrgyzstan", "sanctions_evasion", "asserted"),
        None,
    ),
    (
        "according_to_a_draft_of_the_package",
        "The European Union plans to include several Kazakh firms in its next sanctions package. "
        "According to a draft of the package, Altyn Parts Trading shipped drone motors to Russia.",
        ("Altyn Parts Trading", "component_supply", "asserted"),
        "European Union",
    ),
    (
        "the_draft_describes",
        "The UK proposed adding two Serbian traders to its sanctions list. Among them is Sava "
        "Components, which the draft describes as a supplier of drone parts to Russia.",
        ("Sava Components", "component_supply", "asserted"),
        "United Kingdom",
    ),
    (
        "an_anti_corruption_agency_speaks_for_its_state",
        "The NACP said Orion Tech Trading shipped drone motors to Russia.",
        ("Orion Tech Trading", "component_supply", "asserted"),
        "Ukraine",
    ),
    (
        "suspected_of_is_a_passive_not_the_groups_word",
        "In January, Tokyo froze the assets of several companies in the United Arab Emirates "
        "and Uzbekistan suspected of helping Russia circumvent export controls.",
        ("Uzbekistan", "sanctions_evasion", "asserted"),
        "Japan",
    ),
    (
        "according_to_the_assessment_its_publisher",
        "Days earlier Lithuania's State Security Department (VSD) and a second agency published "
        "their annual threat assessment. According to the assessment, Belarusian defence "
        "companies supply Russia with drone components.",
        ("Belarus", "component_supply", "asserted"),
        "Lithuania",
    ),
    (
        "the_assessment_warns_its_publisher",
        "The Estonian Foreign Intelligence Service released its yearly assessment on Tuesday. "
        "The assessment also warns that Kazakh firms re-export drone parts to Russia.",
        ("Kazakhstan", "component_supply", "asserted"),
        "Estonia",
    ),
    (
        "the_report_by_an_agency_said",
        "The report by Poland's Internal Security Agency and the army's counterintelligence "
        "service said that Minsk-based Integral was supplying Russian drone makers with chips.",
        ("Integral", "component_supply", "asserted"),
        "Poland",
    ),
    (
        "a_draft_without_a_drafter_is_no_ones",
        "Altyn Parts Trading shipped drone motors to Russia, according to a draft report.",
        ("Altyn Parts Trading", "component_supply", "asserted"),
        None,
    ),
    (
        "a_sanctioned_compound_names_who_sanctioned",
        "A Chinese firm shipped engines to OFAC-designated Kronshtadt in 2024.",
        ("Kronstadt", "sanctions_imposed", "asserted"),
        "United States",
    ),
    (
        "a_sanctioned_compound_in_an_apposition_says_nothing_of_the_deal",
        "Kronshtadt, a UK-sanctioned drone maker, bought the engines from Chinese traders.",
        ("China", "component_supply", "asserted"),
        None,
    ),
    (
        "according_to_the_institute_named_before",
        "A study by the Institute for Caspian Strategy and Policy tracked machine tools sold "
        "abroad. According to the institute, distributors in Turkey re-exported the machines "
        "to Russia.",
        ("Turkey", "sanctions_evasion", "asserted"),
        "Institute for Caspian Strategy and Policy",
    ),
    (
        "the_think_tank_said_named_before",
        "The Warsaw Centre for Eastern Studies looked at last year's customs data. Kazakh "
        "traders shipped drone engines to Russia, the think tank said.",
        ("Kazakhstan", "component_supply", "asserted"),
        "Warsaw Centre for Eastern Studies",
    ),
    (
        "the_institute_with_no_think_tank_named_is_no_one",
        "According to the institute, distributors in Turkey re-exported the machines to Russia.",
        ("Turkey", "sanctions_evasion", "asserted"),
        None,
    ),
    (
        "an_interviews_answers_are_the_interviewees",
        "We spoke to Lena Varga, who tracks arms flows at a research group in Budapest. The "
        "interview has been edited.\n\nWhat do the rail records show?\n\nMostly shells. Belarus "
        "has shipped thousands of artillery rounds to Russia by rail.\n\nAnd drones?\n\n"
        "Fewer than people think.",
        ("Belarus", "weapons_supply", "asserted"),
        "Lena Varga",
    ),
    (
        "an_interviewee_named_first_in_the_intro",
        "Tomas Berg studies arms transfers at a university in Oslo. We asked him what the "
        "wreckage shows.\n\nWhose engines power the drones?\n\nMostly Chinese ones. Chinese "
        "firms supply the engines to Russia through traders.\n\nAnything else?\n\nNo.",
        ("China", "component_supply", "asserted"),
        "Tomas Berg",
    ),
    (
        "a_rhetorical_question_makes_no_interview",
        "Lena Varga tracks arms flows at a research group in Budapest. What do the rail "
        "records show? Belarus has shipped thousands of artillery rounds to Russia by rail.",
        ("Belarus", "weapons_supply", "asserted"),
        None,
    ),
    (
        "a_member_of_parliament_named_by_apposition_writes",
        "On Monday, Petro Kovalenko, a Ukrainian member of parliament, posted a photo of a "
        "circuit board. Kovalenko wrote that Chinese firms were supplying the cameras for "
        "Russian drones.",
        ("China", "component_supply", "asserted"),
        "Petro Kovalenko",
    ),
    (
        "a_rank_between_the_post_and_the_name",
        "Crates of shells were found in a trench near Bakhmut. The unit's press officer, Major "
        "Taras Bondar, said the shells had been made in North Korea and shipped to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "Taras Bondar",
    ),
    (
        "a_known_surname_inside_another_name",
        "Analyst Yoon Min-ji said North Korea had shipped shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "Yoon Min-ji",
    ),
    (
        "a_known_surname_after_a_title",
        "President Yoon said North Korea had shipped shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "Yoon Suk Yeol",
    ),
    (
        "investigators_partner_agency_brings_no_case",
        "A research team working with the Security Service of Ukraine examined the wreckage of "
        "nine drones. The findings indicate that drones of Iranian manufacture reached Russian "
        "forces.",
        ("Iran", "drone_production", "asserted"),
        None,
    ),
    (
        "agency_investigating_is_the_case_state",  # near miss: the agency itself investigates
        "The Security Service of Ukraine is investigating the wreckage of nine drones. The "
        "findings indicate that drones of Iranian manufacture reached Russian forces.",
        ("Iran", "drone_production", "asserted"),
        "Ukraine",
    ),
    (
        "it_after_the_agency_that_opened_the_sentence_before",
        "The U.S. Treasury disagreed. On Tuesday, it designated Orion Avia Ltd, saying the "
        "company had shipped chips to Russia.",
        ("Orion Avia", "sanctions_imposed", "asserted"),
        "United States",
    ),
    (
        "it_after_critics_of_an_agency",  # near miss: the agency was no sentence's subject
        "Critics of the U.S. Treasury disagreed. On Tuesday, it designated Orion Avia Ltd, "
        "saying the company had shipped chips to Russia.",
        ("Orion Avia", "sanctions_imposed", "asserted"),
        None,
    ),
    (
        "records_analysed_by_the_research_group_that_writes",
        "According to trade records analyzed by C4ADS, Orion Avia Ltd shipped chips to Russia.",
        ("Orion Avia", "component_supply", "asserted"),
        None,
    ),
    (
        "research_group_cited_by_name",  # near miss: another's report, no work of the writer's
        "According to C4ADS, Orion Avia Ltd shipped chips to Russia.",
        ("Orion Avia", "component_supply", "asserted"),
        "C4ADS",
    ),
    (
        "a_source_in_a_state_body_speaks_for_it",
        "According to a source in the Security Service of Ukraine, Belarus sent artillery "
        "shells to Russia.",
        ("Belarus", "weapons_supply", "asserted"),
        "Ukraine",
    ),
    (
        "the_source_is_the_one_met_before",
        "Drones hit a depot in Bryansk overnight, a source in the SBU told a Kyiv news site. "
        "According to the source, the depot stored artillery shells sent by North Korea.",
        ("North Korea", "weapons_supply", "asserted"),
        "Ukraine",
    ),
    (
        "a_source_in_a_country_names_no_one",  # near miss: a place, not a body
        "Drones hit a depot in Bryansk overnight, a source in Russia told a Kyiv news site. "
        "According to the source, the depot stored artillery shells sent by North Korea.",
        ("North Korea", "weapons_supply", "asserted"),
        None,
    ),
    (
        "the_uk_foreign_office_by_its_full_name",
        "The UK Foreign, Commonwealth and Development Office said the freighter had carried "
        "Iranian shells bound for Russian troops, and froze the assets of its owner.",
        ("Iran", "weapons_supply", "asserted"),
        "United Kingdom",
    ),
    (
        "a_shipping_journal_speaks",
        "Chinese firms shipped drone engines to Russia on feeder vessels, Lloyd's List "
        "Intelligence said.",
        ("China", "component_supply", "asserted"),
        "Lloyd's List",
    ),
    (
        "the_source_with_none_met_before",  # near miss: no source was placed anywhere
        "According to the source, the depot stored artillery shells sent by North Korea.",
        ("North Korea", "weapons_supply", "asserted"),
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "triple", "source"), [r[1:] for r in SOURCES], ids=[r[0] for r in SOURCES]
)
def test_source(extractor: Extractor, text: str, triple: Triple, source: str | None) -> None:
    claims = claims_by_triple(extractor, article(text))
    assert triple in claims, sorted(claims)
    assert claims[triple].source == source


_FAR_FROM_THE_LISTING = (
    "Canada on Monday imposed sanctions on 20 entities in third countries. Trade between "
    "Canada and Turkey fell in March. Ottawa also hosted talks on Ukraine's power grid. "
    "Officials declined to give figures. Velorix Trading is accused of supplying drone "
    "engines to Russia."
)

# (id, title, body, triple, source): where the title is about sanctions, the article's
# passive accusations ("X is accused of") are the sanctioning body's however far they come
TITLED_SOURCES: list[tuple[str, str, str, Triple, str | None]] = [
    (
        "accused_of_under_a_sanctions_title",
        "Canada sanctions Gulf traders over drone parts",
        _FAR_FROM_THE_LISTING,
        ("Velorix Trading", "component_supply", "asserted"),
        "Canada",
    ),
    (
        "accused_of_far_from_sanctions_under_another_title",
        "Drone parts keep reaching Russia",
        _FAR_FROM_THE_LISTING,
        ("Velorix Trading", "component_supply", "asserted"),
        None,
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "triple", "source"),
    [r[1:] for r in TITLED_SOURCES],
    ids=[r[0] for r in TITLED_SOURCES],
)
def test_titled_source(
    extractor: Extractor, title: str, body: str, triple: Triple, source: str | None
) -> None:
    claims = {
        (c.subject, c.claim_type, c.stance): c for c in extractor.extract(article(body, title))
    }
    assert triple in claims, sorted(claims)
    assert claims[triple].source == source
