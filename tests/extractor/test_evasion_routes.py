"""Table-driven evasion shapes: route countries, the states' "does not allow its territory
to be used" formula, denied reports of people, the sender of a routed shipment, and who
wrote the report the article cites. One row per construction, with near misses."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, claims_by_triple, triples

EVADES = "sanctions_evasion"

# a country (or its firms) as the way goods reach Russia
ROUTES = [
    (
        "helped_russia_circumvent_the_measures_named_before",
        "The EU imposed new sanctions on Friday. Armenian traders helped Russia circumvent the "
        "measures, officials said.",
        {("Armenia", EVADES, "asserted")},
    ),
    (
        "a_company_used_a_country_s_firms_to_hide_the_destination",
        "Kestrel Trading used Armenian firms to conceal the final destination of the shipments.",
        {("Kestrel Trading", EVADES, "asserted"), ("Armenia", EVADES, "asserted")},
    ),
    (
        "a_charged_person_used_the_firms_to_hide_the_buyer",
        "Piotr W. used the Lithuanian companies to disguise the real buyer, the ABW said.",
        {("Piotr W.", EVADES, "asserted")},
    ),
    (
        "goods_routed_through_a_web_of_a_country_s_shell_companies",
        "Western sensors still reach Russian arms plants, routed through a web of Hong Kong "
        "shell companies that are dissolved within months.",
        {("Hong Kong", EVADES, "asserted")},
    ),
    (
        "goods_reach_russia_through_a_country_s_front_companies",
        "Thermal cameras keep reaching Russia through Turkey front companies, officials said.",
        {("Turkey", EVADES, "asserted")},
    ),
    (
        "firms_used_to_hide_the_goods_possessive_destination",
        "Two Macau-registered firms, Lotus Crest Trading Ltd and Harbour Sky Supply Ltd, were "
        "used to hide the drones' true destination, the ministry said.",
        {
            ("Lotus Crest Trading", EVADES, "asserted"),
            ("Harbour Sky Supply", EVADES, "asserted"),
        },
    ),
    (
        "a_firm_masked_the_cargo_s_end_user",
        "Officials said Baltic Amber Logistics OU masked the cargo’s end user in its filings.",
        {("Baltic Amber Logistics", EVADES, "asserted")},
    ),
    (
        "use_loopholes_to_pass_goods_through_third_countries",
        "Kazakh traders use loopholes to pass goods through third countries to Russia.",
        {("Kazakhstan", EVADES, "asserted")},
    ),
    (
        "demonym_intermediaries_route",
        "Kyrgyz intermediaries have been used repeatedly to route Western goods into Russia.",
        {("Kyrgyzstan", EVADES, "asserted")},
    ),
    (
        "demonym_middlemen_reexport",
        "Armenian middlemen re-exported the chips to Russian buyers.",
        {("Armenia", EVADES, "asserted")},
    ),
    (
        "demonym_intermediaries_forward",
        "Kazakh intermediaries then forwarded the machine tools to Russia.",
        {("Kazakhstan", EVADES, "asserted")},
    ),
    (
        "named_as_transit_countries",
        "The report names Kyrgyzstan and Kazakhstan as the main transit countries for "
        "Chinese-made drone components bound for Russia.",
        {("Kyrgyzstan", EVADES, "asserted"), ("Kazakhstan", EVADES, "asserted")},
    ),
    (
        "acts_as_a_transit_country",
        '"This is a classic scheme for circumventing sanctions on Russia, in which Belarus '
        'acts as a transit country," the prosecutor said.',
        {("Belarus", EVADES, "asserted")},
    ),
    (
        "identified_as_a_transit_route",
        "Investigators identified Armenia as a key transit route for Western chips reaching "
        "Russia.",
        {("Armenia", EVADES, "asserted")},
    ),
    (
        "serves_as_a_transit_country_comma",
        "Georgia serves as a transit country, officials said, for goods bound for Russia.",
        {("Georgia", EVADES, "asserted")},
    ),
    (
        "serve_as_relays",
        "Uzbekistan has become a relay for Western electronics that Russia can no longer buy "
        "directly.",
        {("Uzbekistan", EVADES, "asserted")},
    ),
    (
        "through_front_companies_in",
        "Distributors in Shenzhen buy components from larger manufacturers and resell them into "
        "Russia, often through front companies in Hong Kong.",
        {("Hong Kong", EVADES, "asserted")},
    ),
    (
        "demonym_trading_houses_used_to_route",
        "Kyrgyz and Kazakh trading houses, many of them set up after the invasion, have been "
        "used to route Western microelectronics to Russian arms makers, a US official said.",
        {("Kyrgyzstan", EVADES, "asserted"), ("Kazakhstan", EVADES, "asserted")},
    ),
    (
        "three_demonyms_with_an_oxford_comma",
        "Uzbek, Tajik, and Kyrgyz wholesalers have become the main conduits for European "
        "machine tools entering Russia.",
        {
            ("Uzbekistan", EVADES, "asserted"),
            ("Tajikistan", EVADES, "asserted"),
            ("Kyrgyzstan", EVADES, "asserted"),
        },
    ),
    (
        "three_demonyms_without_the_comma",
        "Georgian, Armenian and Kazakh traders re-exported the Western chips to Russia.",
        {
            ("Georgia", EVADES, "asserted"),
            ("Armenia", EVADES, "asserted"),
            ("Kazakhstan", EVADES, "asserted"),
        },
    ),
    (
        "through_a_place_which_officials_say_has_become",
        "Brussels is worried by the flow of chips through Singapore, which EU officials say has "
        "become the largest transshipment point for electronics bound for Russia.",
        {("Singapore", EVADES, "asserted")},
    ),
    (
        "a_long_aside_before_has_become",
        "Customs data show how Uzbekistan, which borders Kazakhstan and Kyrgyzstan and has "
        "courted Chinese investors for a decade, has become a transit route for goods that Russia "
        "cannot buy directly.",
        {("Uzbekistan", EVADES, "asserted")},
    ),
    (
        "countries_including_members_have_become",
        "Gulf states, including Oman and Qatar, have become increasingly important transit points "
        "for Western chips reaching Russia.",
        {("Oman", EVADES, "asserted"), ("Qatar", EVADES, "asserted")},
    ),
    (
        "shell_companies_in_were_used_to_funnel",
        "Shell companies in Hong Kong were used to funnel chips to Russian drone makers.",
        {("Hong Kong", EVADES, "asserted")},
    ),
    (
        "firms_are_being_used_to_reexport",
        "Armenian firms are being used to re-export Western electronics to Russia.",
        {("Armenia", EVADES, "asserted")},
    ),
    (
        "companies_were_used_for_transshipping",
        "Turkish logistics companies were used for transshipping machine tools to Russia.",
        {("Turkey", EVADES, "asserted")},
    ),
    (
        "the_destination_of_exports_reexports",
        "Customs data show EU exports of machine tools to Armenia tripled in 2023, and "
        "investigators believe most of them were re-exported to Russia.",
        {("Armenia", EVADES, "asserted")},
    ),
    (
        "the_importer_reexports",
        "Uzbek imports of European chips rose sharply last year, a jump that analysts say "
        "reflects re-exports to Russia.",
        {("Uzbekistan", EVADES, "asserted")},
    ),
    (
        "a_hub_for_tourism_and_for_goods",
        "Kazakhstan has become a hub for tourism and for sanctioned goods bound for Russia.",
        {("Kazakhstan", EVADES, "asserted")},
    ),
    (
        "continued_to_act_as_transit_points_in_a_year",
        "Companies in Kyrgyzstan and Kazakhstan continued to act as transit points in 2024 for "
        "Western-made machine tools destined for Russia's military industry.",
        {("Kyrgyzstan", EVADES, "asserted"), ("Kazakhstan", EVADES, "asserted")},
    ),
    (
        "conduits_after_a_discourse_aside",
        "Armenia and Georgia, by contrast, continue to serve as conduits for Western chips bound "
        "for Russia.",
        {("Armenia", EVADES, "asserted"), ("Georgia", EVADES, "asserted")},
    ),
    (
        "started_to_serve_as_a_conduit",
        "Georgian firms have started to serve as a conduit for Western electronics bound for "
        "Russia.",
        {("Georgia", EVADES, "asserted")},
    ),
    (
        "via_shell_companies_in_two_countries",
        "The chips were sold to Russian buyers via shell companies in the UAE and Turkey.",
        {("United Arab Emirates", EVADES, "asserted"), ("Turkey", EVADES, "asserted")},
    ),
    (
        "had_become_a_quoted_conduit",
        'Officials in Brussels said Armenian traders had become "a vital conduit" for chips '
        "that Moscow can no longer buy in Europe.",
        {("Armenia", EVADES, "asserted")},
    ),
    (
        "an_aside_between_the_state_and_its_copula",
        "Georgia, which has a busy land crossing with Russia, has become a transit route for "
        "European machine tools.",
        {("Georgia", EVADES, "asserted")},
    ),
    (
        "an_aside_with_a_number_between_the_state_and_its_copula",
        "Mongolia, which shares a 3,500-kilometre frontier with Russia, has become a hub for "
        "Western electronics bound for Russian arms makers.",
        {("Mongolia", EVADES, "asserted")},
    ),
    (
        "became_the_largest_transshipment_point",
        "Analysts say Singapore became the largest transshipment point for Western chips "
        "reaching Russian drone makers.",
        {("Singapore", EVADES, "asserted")},
    ),
    (
        "an_attribution_aside_between_the_firms_and_their_copula",
        "The Georgian and Armenian firms, according to a customs official, served as transit "
        "points through which Western machine tools were shipped to Russia.",
        {("Georgia", EVADES, "asserted"), ("Armenia", EVADES, "asserted")},
    ),
    (
        "a_transit_point_that_let_buyers_bypass",
        "Records show Steppe Avia Logistics served as a transit point that let Russian buyers "
        "get around export controls on drones.",
        {("Steppe Avia Logistics", EVADES, "asserted")},
    ),
    (
        "a_transit_country_where_goods_are_relabelled",
        "Investigators say Mongolia has become a transit country where chips bound for Russia are "
        "relabelled.",
        {("Mongolia", EVADES, "asserted")},
    ),
    (
        "through_intermediary_companies_in_a_country",
        "Belarusian optics are shipped to Russia through intermediary companies in Armenia, "
        "customs data show.",
        {("Armenia", EVADES, "asserted")},
    ),
]

# "X does not allow its territory to be used to circumvent sanctions": the state denies
TERRITORY_DENIALS = [
    (
        "but_would_not_allow_its_territory",
        "Thailand's commerce ministry said the kingdom rejects unilateral measures but would "
        "not allow its territory to be used to circumvent export controls.",
        ("Thailand", EVADES, "denied"),
        "Thailand",
    ),
    (
        "does_not_permit_its_territory",
        "Ankara has previously said it does not permit its territory to be used to circumvent "
        "sanctions against Russia.",
        ("Turkey", EVADES, "denied"),
        "Turkey",
    ),
    (
        "will_not_allow_its_territory",
        "Kazakhstan's government has said repeatedly that it will not allow its territory to "
        "be used to circumvent sanctions against Russia.",
        ("Kazakhstan", EVADES, "denied"),
        "Kazakhstan",
    ),
    (
        "the_country_does_not_allow_reexport",
        "Kyrgyzstan's Ministry of Economy said that the country \"does not allow its territory "
        'to be used for the re-export of sanctioned goods" to Russia.',
        ("Kyrgyzstan", EVADES, "denied"),
        "Kyrgyzstan",
    ),
    (
        "state_named_before_an_aside",
        "Armenia's government, which has drifted away from Moscow since Azerbaijan's offensive, "
        "has said it will not allow its territory to be used to circumvent sanctions against "
        "Russia.",
        ("Armenia", EVADES, "denied"),
        "Armenia",
    ),
    (
        "leader_for_his_country",
        "President Kassym-Jomart Tokayev has said his country will not allow its territory to "
        "be used to circumvent sanctions against Russia.",
        ("Kazakhstan", EVADES, "denied"),
        "Kassym-Jomart Tokayev",
    ),
    (
        "will_not_let_its_banks",
        "Turkey will not let its banks be used to evade Russia sanctions, the minister said.",
        ("Turkey", EVADES, "denied"),
        "Turkey",
    ),
    (
        "has_not_and_will_not_allow",
        "Kazakhstan has not allowed, and will not allow, its territory to be used to circumvent "
        "sanctions, the foreign ministry said.",
        ("Kazakhstan", EVADES, "denied"),
        "Kazakhstan",
    ),
    (
        "does_not_condone_the_use_of_its_territory",
        'The trade ministry said in a statement that Malaysia "does not condone" the use of its '
        "territory for the circumvention of sanctions.",
        ("Malaysia", EVADES, "denied"),
        "Malaysia",
    ),
    (
        "will_not_tolerate_the_use_of_its_ports",
        "Georgia will not tolerate the use of its ports for the re-export of sanctioned goods "
        "to Russia, the government said.",
        ("Georgia", EVADES, "denied"),
        "Georgia",
    ),
    (
        "does_not_permit_the_use_of_its_financial_system",
        "The UAE does not permit the use of its financial system to get around sanctions, "
        "the foreign ministry said.",
        ("United Arab Emirates", EVADES, "denied"),
        "United Arab Emirates",
    ),
    (
        "does_not_permit_its_jurisdiction",
        "The UAE says it does not permit its jurisdiction to be used to circumvent sanctions on "
        "Russia.",
        ("United Arab Emirates", EVADES, "denied"),
        "United Arab Emirates",
    ),
]

# "dismissed reports of North Korean soldiers in Russia": the people's presence is denied
PRESENCE_DENIALS = [
    (
        "dismissed_reports_of_soldiers_in",
        "Kremlin spokesman Dmitry Peskov dismissed reports of North Korean soldiers in Russia as "
        '"another fake."',
        ("North Korea", "personnel", "denied"),
    ),
    (
        "reports_of_personnel_at_were_fabrication",
        'Mao Ning said that reports of Chinese personnel at Russian factories were "pure '
        'fabrication".',
        ("China", "personnel", "denied"),
    ),
    (
        "rejected_claims_of_instructors_in",
        "Moscow rejected claims of Iranian instructors in Crimea.",
        ("Iran", "personnel", "denied"),
    ),
    (
        "called_reports_of_deployments_rumors",
        "North Korean troops have been sent to Russia. North Korea's Foreign Ministry called "
        'reports of troop deployments "groundless rumors" spread by Washington.',
        ("North Korea", "personnel", "denied"),
    ),
    (
        "described_reports_about_soldiers_as",
        "North Korean troops have been sent to Russia. Pyongyang described reports about its "
        "soldiers in Russia as baseless.",
        ("North Korea", "personnel", "denied"),
    ),
    (
        "denied_reports_of_engineers_at",
        "Beijing denied reports of Chinese engineers at Russian drone plants.",
        ("China", "personnel", "denied"),
    ),
]

# the sender routes ("sent Russia cameras, routing them through a firm in Y")
ROUTED_BY_THE_SENDER = [
    (
        "routing_them_through_a_shell",
        "Arcan Trading Ltd. shipped Russia microchips worth $3 million, routing them through a "
        "shell company in Dubai.",
        ("Arcan Trading", EVADES, "asserted"),
        ("Russia", EVADES, "asserted"),
    ),
    (
        "using_front_companies",
        "Volta Components LLC sold Russia radio modules, using front companies in Armenia.",
        ("Volta Components", EVADES, "asserted"),
        ("Russia", EVADES, "asserted"),
    ),
    (
        "the_aside_names_russia_the_head_routes",
        "Georgia, which has not joined Western sanctions on Russia, has become one of the main "
        "routes for such goods, officials said.",
        ("Georgia", EVADES, "asserted"),
        ("Russia", EVADES, "asserted"),
    ),
    (
        "much_of_it_routed_through",
        "Turkish traders supply most of the machine tools Russia imports, much of it routed "
        "through Georgia.",
        ("Turkey", EVADES, "asserted"),
        ("Russia", EVADES, "asserted"),
    ),
    (
        "a_headline_reaching_russia_through",
        "Western Chips Are Reaching Russia Through Armenian Middlemen",
        ("Armenia", EVADES, "asserted"),
        ("Russia", EVADES, "asserted"),
    ),
]

# a firm that receives goods and passes them on to Russia, or routes what it supplied
RELAYS = [
    (
        "then_allegedly_resold_the_goods",
        "The Turkish companies, Bosphorus Makina Ticaret and Anadolu Global Lojistik, then "
        "allegedly resold the goods to Russian buyers linked to the defence sector.",
        ("Anadolu Global Lojistik", EVADES, "asserted"),
    ),
    (
        "passed_the_goods_on_to",
        "The Uzbek intermediary, a Tashkent-based firm called Fergana Tech Supply, then "
        "passed the goods on to a Moscow company that supplies the Russian army.",
        ("Fergana Tech Supply", EVADES, "asserted"),
    ),
    (
        "received_and_passed_them_on",
        "Two trading companies in Tbilisi, Rioni Logistics and Aragvi Trade, are said to have "
        "received goods from Dubai and passed them on to buyers in Russia.",
        ("Aragvi Trade", EVADES, "asserted"),
    ),
    (
        "which_then_forwarded_them",
        "Shipments began going instead to Kinta Semitech Sdn. Bhd., a company in Penang, "
        "Malaysia, which then forwarded them to a buyer in Russia.",
        ("Kinta Semitech", EVADES, "asserted"),
    ),
    (
        "distributor_in_city_country_which_forwarded",
        "The chips went to Orion Trade LLC, a distributor in Almaty, Kazakhstan, which then "
        "forwarded them to a buyer in Moscow.",
        ("Orion Trade", EVADES, "asserted"),
    ),
    (
        "received_and_forwarded",
        "Orion Trade LLC received the chips from Germany and forwarded them to a buyer in Moscow.",
        ("Orion Trade", EVADES, "asserted"),
    ),
    (
        "supplied_by_and_routed_through",
        "The engines were shipped to Russia. Intelligence sources said the engines were "
        "supplied by Hunan Lixing Power Co., Ltd. and routed through a trading company in Hong "
        "Kong to disguise their final destination.",
        ("Hunan Lixing Power", EVADES, "asserted"),
    ),
    (
        "he_has_been_charged_with_violating",
        "Polish prosecutors say Marek Kowalczyk, 54, sent thermal cameras to Russia. He has "
        "been charged with violating EU sanctions.",
        ("Marek Kowalczyk", EVADES, "asserted"),
    ),
    (
        "used_to_conceal_the_goods_possessive_destination",
        "Two Macau firms, Golden Lotus Trading Ltd and Harbour Star Supply Ltd, were used to "
        "conceal the chips' final destination in Russia, the ministry said.",
        ("Harbour Star Supply", EVADES, "asserted"),
    ),
    (
        "a_quoted_circumvention_of_restrictions",
        'The Council described Cobalt Ridge Trading Ltd as an intermediary that "enabled the '
        'circumvention" of EU export restrictions on Russia.',
        ("Cobalt Ridge Trading", EVADES, "asserted"),
    ),
    (
        "middlemen_who_buy_and_forward_in_the_present",
        "Smaller shipments go through re-exporters in Armenia and Georgia, who buy from Chinese "
        "distributors and forward the goods to Russia.",
        ("Georgia", EVADES, "asserted"),
    ),
]

# the services an intermediary renders to the trade: payments, logistics, transport
RELAYS += [
    (
        "handled_payments_and_logistics_for_the_deliveries",
        "Shenzhen Gaotai Electronics supplied navigation modules, and Hong Kong-registered "
        "Sino-Asia Bridge Trading handled payments and logistics for the deliveries.",
        ("Sino-Asia Bridge Trading", EVADES, "asserted"),
    ),
    (
        "facilitated_payments_on_behalf_of_a_sanctioned_bank",
        "The Treasury Department said that Kemer Bank had facilitated cross-border payments "
        "on behalf of a sanctioned Russian bank.",
        ("Kemer Bank", EVADES, "asserted"),
    ),
    (
        "sanctioned_for_organizing_transport_of_the_goods",
        "The US sanctioned two Kyrgyz firms. A second company, Ala-Archa Cargo Service, was "
        "sanctioned for organizing transport of the goods across the Kazakh border.",
        ("Ala-Archa Cargo Service", EVADES, "asserted"),
    ),
    (
        "arranged_shipping_for_the_orders",
        "Prosecutors said Baltic Freight Partners arranged shipping for the orders placed by "
        "a Moscow defence contractor.",
        ("Baltic Freight Partners", EVADES, "asserted"),
    ),
    (
        "acting_as_a_quoted_conduit",
        'The Treasury accused Anatolia Parts Trading of acting as "a key conduit" for '
        "US-origin electronics destined for Russia.",
        ("Anatolia Parts Trading", EVADES, "asserted"),
    ),
]


def test_a_suspended_hyphen_names_an_origin(extractor: Extractor) -> None:
    """ "U.S.- and EU-origin electronics": both states name where the goods come from; the
    companies re-exporting them evade."""
    found = triples(
        extractor,
        article(
            "Two Bangkok trading companies, Chao Phraya Links and Lotus Meridian Co., are "
            "accused of re-exporting U.S.- and EU-origin electronics to Russia under false "
            "end-user declarations."
        ),
    )
    assert ("Lotus Meridian", EVADES, "asserted") in found, found
    assert not {s for s, _, _ in found} & {"United States", "European Union"}, found


SUPPLIES = "component_supply"
# goods bought through intermediaries somewhere: they sold and evaded; the buyer did neither
BOUGHT_THROUGH = [
    (
        "ordered_from_national_suppliers_through_intermediaries",
        "The plant's files list servo motors ordered from Chinese suppliers and delivered "
        "through intermediaries in Singapore.",
        {("China", SUPPLIES, "asserted"), ("Singapore", EVADES, "asserted")},
        set(),
    ),
    (
        "many_of_them_purchased_through",
        "Moscow continues to depend on foreign-made electronics, many of them purchased through "
        "intermediaries in China.",
        {("China", SUPPLIES, "asserted"), ("China", EVADES, "asserted")},
        {("Russia", EVADES, "asserted")},
    ),
    (
        "bought_through_two_countries",
        "Russia relies on Western chips bought through intermediaries in Turkey and Armenia.",
        {("Turkey", SUPPLIES, "asserted"), ("Armenia", SUPPLIES, "asserted")},
        {("Russia", EVADES, "asserted")},
    ),
    (
        "sourced_via_middlemen",
        "Russian arms makers still obtain Western microchips, most of them sourced via middlemen "
        "in Hong Kong.",
        {("Hong Kong", SUPPLIES, "asserted"), ("Hong Kong", EVADES, "asserted")},
        {("Russia", EVADES, "asserted")},
    ),
    (
        "imported_through_demonym_intermediaries",
        "Russian drone factories use engines imported through Kyrgyz intermediaries, officials "
        "said.",
        {("Kyrgyzstan", SUPPLIES, "asserted")},
        {("Russia", EVADES, "asserted")},
    ),
    (
        "procured_mainly_through",
        "The Russian plant runs on semiconductors procured mainly through intermediaries in the "
        "UAE.",
        {("United Arab Emirates", SUPPLIES, "asserted")},
        {("Russia", EVADES, "asserted")},
    ),
    (
        "russian_intermediaries_are_the_buyers",
        "The Russian plant had received machine tools purchased through Russian intermediaries.",
        set(),
        {("Russia", EVADES, "asserted")},
    ),
    (
        "no_place_no_claim",
        "Russian drones carry Western parts sourced through intermediaries.",
        set(),
        {("Russia", EVADES, "asserted")},
    ),
    (
        "the_buyer_through_intermediaries_is_no_evader",
        "Russia purchased chips through intermediaries in China and Turkey.",
        {("China", EVADES, "asserted"), ("Turkey", EVADES, "asserted")},
        {("Russia", EVADES, "asserted"), ("China", SUPPLIES, "asserted")},
    ),
    (
        "russia_keeps_receiving_through_intermediaries",
        "Analysts say Russia keeps receiving Western bearings through intermediaries in Asia.",
        set(),
        {("Russia", EVADES, "asserted")},
    ),
    (
        "russian_makers_acquiring_via_third_countries",
        "Russian missile makers have been acquiring European lathes via third countries, a Kyiv "
        "think tank found.",
        set(),
        {("Russia", EVADES, "asserted")},
    ),
    (
        "the_buyers_purpose_is_its_own_evasion",
        "Russia bought Chinese chips through front companies to evade sanctions, officials said.",
        {("Russia", EVADES, "asserted")},
        set(),
    ),
]

# near misses: no claim at all
# a sanctioned bank's or forwarder's services to Russian buyers, and what the sanction
# names as its reason: (text, present, absent)
SERVICES = [
    (
        "carried_out_payments_for_sanctioned_buyers",
        "Tabys Bank carried out payments for sanctioned Russian importers, the Treasury said.",
        {("Tabys Bank", EVADES, "asserted")},
        {("Tabys Bank", "component_supply", "asserted")},
    ),
    (
        "never_carried_out_transactions_for_sanctioned_firms_denies",
        "Tabys Bank said it had never carried out transactions for sanctioned Russian companies.",
        {("Tabys Bank", EVADES, "denied")},
        {("Tabys Bank", "component_supply", "denied")},
    ),
    (
        "carried_out_an_audit_is_no_service_to_the_trade",  # near miss: no payments
        "Tabys Bank carried out an audit for sanctioned Russian firms last year.",
        set(),
        {("Tabys Bank", EVADES, "asserted"), ("Tabys Bank", "component_supply", "asserted")},
    ),
    (
        "carried_out_payments_for_buyers_not_said_sanctioned",  # near miss: ordinary trade
        "Tabys Bank carried out payments for Russian importers, the Treasury said.",
        set(),
        {("Tabys Bank", EVADES, "asserted")},
    ),
    (
        "accused_of_helping_a_russian_bank_process_payments",
        "The Treasury sanctioned Altai Commerce Bank, which it accused of helping Russia's VTB "
        "process cross-border payments.",
        {("Altai Commerce Bank", EVADES, "asserted")},
        set(),
    ),
    (
        "sanctioned_for_helping_russia_evade",
        "Washington blacklisted Naryn Credit Bank in March for helping Russia evade sanctions.",
        {("Naryn Credit Bank", EVADES, "asserted")},
        {("Russia", EVADES, "asserted")},
    ),
    (
        "a_possessive_inside_the_restrictions",
        "The European Union added Gulf Meridian Trading LLC to its sanctions list in June, "
        'accusing it of "circumventing the EU\'s export restrictions" on behalf of the Russian '
        "military.",
        {("Gulf Meridian Trading", EVADES, "asserted")},
        set(),
    ),
    (
        "the_apposition_names_the_one_accused",
        "Among the designated companies are Tuzla Elektronik A.S., an Istanbul distributor that "
        "the Treasury said had shipped chips to Russia, and Marmaris Lojistik Ltd., a freight "
        "forwarder accused of arranging shipments for a sanctioned Russian drone maker.",
        {("Marmaris Lojistik", EVADES, "asserted")},
        {("Tuzla Elektronik", EVADES, "asserted")},
    ),
    (
        "processing_payments_on_behalf_of_russian_enterprises",
        "The Treasury imposed sanctions on the Bishkek-based Tokmok Bank, accusing it of "
        "processing payments on behalf of Russian defense enterprises.",
        {("Tokmok Bank", EVADES, "asserted")},
        set(),
    ),
    (
        "facilitating_transactions_for_the_russian_sector",
        "Britain designated Dubai's Silver Dune Aviation Services, accused of facilitating "
        "transactions for the Russian aviation and defense sector.",
        {("Silver Dune Aviation Services", EVADES, "asserted")},
        set(),
    ),
    (
        "orders_placed_on_behalf_of_russian_buyers",
        "Officials describe Talas Supply LLC as a front set up to place orders on behalf of "
        "Russian buyers barred from dealing with Western vendors.",
        {("Talas Supply", EVADES, "asserted")},
        set(),
    ),
    (
        "orders_placed_on_behalf_of_local_farmers",  # near miss: no Russian buyer
        "Talas Supply LLC placed orders for tractors on behalf of Kyrgyz farmers, officials "
        "said, while Russia bought grain.",
        set(),
        {("Talas Supply", EVADES, "asserted")},
    ),
    (
        "helping_a_russian_bank_with_something_else",
        "The Treasury sanctioned Naryn Credit Bank for helping Russia's central bank with its "
        "reporting.",
        set(),
        {("Naryn Credit Bank", EVADES, "asserted")},
    ),
]

# goods passed on, reshipped or disguised, and the firms that served as a front: (text,
# present, absent)
ONWARD = [
    (
        "disguising_the_shipments_as_deliveries",
        "Police in Valencia are investigating Mediterranea Tecnologia Industrial SL, a machinery "
        "exporter. Investigators believe the company sent goods worth 3 million euros to "
        "Russia, disguising the shipments as deliveries to customers in Yerevan.",
        {("Mediterranea Tecnologia Industrial", EVADES, "asserted")},
        set(),
    ),
    (
        "received_and_reshipped_them",
        "The main intermediary was an Armenian company, Ararat Trade Hub LLC, which received "
        "the goods and reshipped them by truck across Georgia to Russia.",
        {("Ararat Trade Hub", EVADES, "asserted")},
        set(),
    ),
    (
        "sent_them_on_to",
        "Vektor paid through Bishkek-based Ak-Suu Impex LLC, which received the goods from "
        "China and sent them on to Russia by truck.",
        {("Ak-Suu Impex", EVADES, "asserted")},
        set(),
    ),
    (
        "passed_them_on_within_weeks_to",
        "According to prosecutors, Anadolu Makine Ltd then passed them on within a few weeks to "
        "a company in Bishkek.",
        {("Anadolu Makine", EVADES, "asserted")},
        set(),
    ),
    (
        "served_as_a_front_for_russian_buyers",
        "Another firm, Bosphorus Lojistik Ltd, allegedly served as a front for Russian buyers "
        "seeking US-origin navigation modules.",
        {("Bosphorus Lojistik", EVADES, "asserted")},
        set(),
    ),
    (
        "routed_through_a_described_firm_named_after",
        "Payments were routed through an Armenian trading company, Masis Impex, to hide the "
        "Russian buyers, prosecutors said.",
        {("Masis Impex", EVADES, "asserted")},
        {("Armenia", EVADES, "asserted")},
    ),
    (
        "routed_through_a_described_firm_left_unnamed",
        "Payments were routed through an Armenian trading company, prosecutors said, to hide "
        "the Russian buyers.",
        {("Armenia", EVADES, "asserted")},
        set(),
    ),
    (
        "serving_as_a_shell",
        "Brussels accuses Hong Kong's Lucent Harbour Ltd. of serving as a shell to move "
        "Western-made chips to Russia.",
        {("Lucent Harbour", EVADES, "asserted")},
        {("Hong Kong", EVADES, "asserted")},
    ),
]

# who complains of a route speaks, the route evades; breaches of sanctions; an authority
# arresting the accused does not act: (text, present, absent)
COMPLAINTS = [
    (
        "breaches_of_the_sanctions_regime",
        "Finnish Customs suspects Nordkap Trading Oy of aggravated breaches of the sanctions "
        "regime.",
        {("Nordkap Trading", EVADES, "asserted")},
        set(),
    ),
    (
        "in_breach_of_export_bans",
        "The journal said the Georgian company, Mtkvari Auto Export LLC, had sold cars to Russia "
        "in breach of the bloc's export bans.",
        {("Mtkvari Auto Export", EVADES, "asserted")},
        set(),
    ),
    (
        "would_breach_is_a_consequence",
        "The presence of North Korean laborers in Russia would itself breach U.N. sanctions.",
        set(),
        {("Russia", EVADES, "asserted"), ("North Korea", EVADES, "asserted")},
    ),
    (
        "the_police_that_arrested_is_no_subject",
        "The Guardia Civil has arrested two businessmen accused of exporting drone parts to "
        "Russia in breach of EU sanctions.",
        set(),
        {("Guardia Civil", EVADES, "asserted"), ("Spain", EVADES, "asserted")},
    ),
    (
        "authorities_complained_that_a_state_is_a_route",
        "German authorities have repeatedly complained that Kyrgyzstan is used as a transit "
        "route for sanctioned goods bound for Russia.",
        {("Kyrgyzstan", EVADES, "asserted")},
        {("Germany", EVADES, "asserted")},
    ),
]

# "banks reject transfers from Russia": a refusal of business denies no claim; "rejected
# reports that" still does: (text, present, absent)
REJECTED_BUSINESS = [
    (
        "banks_reject_payments",
        "Russian importers are paying Chinese suppliers through payment agents in Tajikistan, "
        "as Chinese banks reject most payments from Russia.",
        {("Tajikistan", EVADES, "asserted")},
        {("Tajikistan", EVADES, "denied"), ("Russia", EVADES, "denied")},
    ),
    (
        "rejected_reports_is_a_denial",
        "Dushanbe rejected reports that Tajik firms re-export Western chips to Russia.",
        {("Tajikistan", EVADES, "denied")},
        {("Tajikistan", EVADES, "asserted")},
    ),
]

# a lede's "charged a German-Russian businessman with": the person the body names next did
# it; no one named soon, no one did: (text, present, absent)
CHARGED_LEDES = [
    (
        "charged_a_businessman_named_next",
        "Prosecutors in Hamburg have charged a German-Russian businessman with violating EU "
        "sanctions by exporting machine tools to Russia via Kyrgyzstan. The prosecutor's office "
        "said the man, identified only as Dmitri K., was arrested in March.",
        {("Dmitri K.", EVADES, "asserted"), ("Dmitri K.", "component_supply", "asserted")},
        {("Germany", EVADES, "asserted"), ("European Union", "component_supply", "asserted")},
    ),
    (
        "sentenced_a_local_businessman_to_prison_for",
        "A court in Tallinn has sentenced a local businessman to four years in prison for "
        "violating international sanctions by shipping drone parts to Russia through Kazakhstan. "
        "The court found that Igor Vassiljev, 47, sent the parts to buyers in Russia.",
        {("Igor Vassiljev", EVADES, "asserted")},
        set(),
    ),
    (
        "a_citizen_has_been_charged",
        "A Latvian citizen has been charged with smuggling drone parts to Russia via Belarus in "
        "violation of EU sanctions. Prosecutors said Janis Ozols, 52, bought the parts in "
        "Germany.",
        {("Janis Ozols", EVADES, "asserted")},
        {("Latvia", EVADES, "asserted")},
    ),
    (
        "no_name_follows",
        "Police have arrested a Polish man for violating sanctions by shipping drone parts to "
        "Russia. Officials declined to comment. The case continues. Trade rose in May.",
        set(),
        {("Poland", EVADES, "asserted"), ("Poland", "component_supply", "asserted")},
    ),
    (
        "the_prosecutor_named_next_is_no_suspect",
        "Prosecutors charged a Lithuanian businessman with violating sanctions by exporting "
        'drone parts to Russia. "He knew what he was doing," said prosecutor Ruta '
        "Kazlauskiene.",
        set(),
        {("Ruta Kazlauskiene", EVADES, "asserted")},
    ),
]

NEGATIVES = [
    (
        "drones_built_to_evade_air_defence_measures",  # near miss: no determiner, no sanctions
        "The new Iranian drones are built to evade air defence measures, engineers said.",
    ),
    (
        "a_company_used_a_country_s_ports_for_grain",  # near miss: no evasion said
        "Kestrel Trading used Armenian ports to ship grain to Georgia.",
    ),
    (
        "payments_traced_through_a_country_s_banks",  # near miss: banks are no evasion noun
        "Investigators traced payments through Hong Kong banks last year.",
    ),
    (
        "intermediary_firms_met_over_grain",  # near miss: no goods pass through them
        "Officials met intermediary firms in Armenia to discuss grain sales to Russia.",
    ),
    (
        "a_route_of_geography_linking_russia_via_a_country",
        "Belarus and Russia signed a transport accord on Monday. Lukashenko said the two "
        "countries would cooperate on a new freight line, a rail and road route linking Russia "
        "to the Baltic ports via Belarus.",
    ),
    (
        "close_loopholes_that_allow",
        "Lithuania has repeatedly called on Brussels to close loopholes that allow goods to pass "
        "through third countries to Russia.",
    ),
    (
        "set_up_to_go_after_networks",
        "The task force was set up by Washington to go after networks helping Russia acquire "
        "sanctioned goods.",
    ),
    (
        "rules_on_the_re_export",
        "Norway's strict rules on the re-export of arms have been debated since Russia's invasion.",
    ),
    (
        "a_transit_hub_that_serves_tourists",
        "Kazakhstan has become a transit hub that serves tourists travelling on to Russia.",
    ),
    (
        "a_transit_hub_that_links_two_rail_networks",
        "Almaty has become a transit hub that links China with Europe by rail.",
    ),
    (
        "served_as_a_front_line_nurse",
        "The medic Ivan Petrov served as a front-line nurse in Russia.",
    ),
    ("disguised_the_building_as", "The company disguised the building as a warehouse near Moscow."),
    (
        "reshaped_and_sent_on_to_schools",
        "The relationship between Moscow and Minsk was reshaped in 2020, and the ministry sent "
        "them on to Russian schools.",
    ),
    (
        "a_threat_if_they_facilitate",
        "Washington threatened to cut off Kazakh banks if they facilitate transactions for "
        "Russian importers.",
    ),
    (
        "helps_russian_tourists_make_payments",
        "Optima Bank helps Russian tourists make payments in Bishkek.",
    ),
    (
        "deliveries_for_russian_speaking_pensioners",
        "The charity Narva Aid organised deliveries for Russian-speaking pensioners in Narva.",
    ),
    ("organized_transport_of_aid", "Poland's PKP Cargo organized transport of aid for Kyiv."),
    ("handled_shipping_of_grain", "Maersk handled shipping for the deliveries of grain."),
    (
        "processed_payments_for_customers",
        "The bank processed payments for its retail customers in Almaty.",
    ),
    ("passed_a_bill_on", "The parliament in Tbilisi passed the bill on to the president."),
    ("then_sold_the_house", "The family then sold the house to a neighbour in Riga."),
    (
        "transit_country_elsewhere",
        "Kazakhstan is a transit country for Chinese goods going to Europe.",
    ),
    (
        "intermediaries_in_real_estate",
        "Intermediaries handled the sale of the building in Bishkek.",
    ),
    ("reports_of_tourists", "The report of Chinese tourists in Moscow was published on Monday."),
    (
        "territory_not_about_sanctions",
        "Georgia does not allow its territory to be used for military exercises.",
    ),
    ("relay_race", "Belarus won the relay at the championships."),
    (
        "through_a_place_which_became_a_tourist_hub",
        "Russian visitors travel through Georgia, which officials say has become a hub for "
        "tourism.",
    ),
    (
        "a_list_of_demonyms_before_a_place",
        "Uzbek, Tajik and Kyrgyz traders sell fruit at the market in Almaty, Russian media said.",
    ),
    (
        "used_to_route_aid_elsewhere",
        "Polish trucking firms were used to route humanitarian aid to Lviv.",
    ),
    (
        "drones_used_to_attack",
        "Chinese-made drones have been used to attack Ukrainian positions near Kharkiv.",
    ),
    (
        "condones_the_use_of_force",
        "Kazakhstan does not condone the use of force against civilians, the ministry said.",
    ),
    ("forwarded_letters", "The post office in Minsk forwarded the letters to Berlin."),
    (
        "an_aside_then_a_transshipment_point_for_fruit",
        "Mersin, which once shipped grain to Russia, has become a transshipment point for "
        "fruit from Egypt.",
    ),
    (
        "concealed_the_childrens_names",
        "The school concealed the children's names from reporters, a Russian-language paper said.",
    ),
    ("a_hub_for_tourism", "Kazakhstan has become a hub for tourism, Russian visitors said."),
    (
        "a_gateway_for_tourists",
        "Georgia has become a gateway for Russian tourists since the war began.",
    ),
    (
        "exports_that_stay",
        "EU exports of cars to Armenia rose in 2023, officials said, while Russia's war dragged "
        "on.",
    ),
    ("reexported_with_no_exports_named", "The machines were re-exported to Russia, police said."),
    (
        "a_possessive_destination_without_concealment",
        "Port officials said the ferry's final destination was Klaipeda.",
    ),
    (
        "he_was_charged_with_fraud",
        "Prosecutors say Marek Kowalczyk, 54, ran a car dealership. He was charged with fraud.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROUTES], ids=[r[0] for r in ROUTES])
def test_route_countries_evade(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [r[1:] for r in TERRITORY_DENIALS],
    ids=[r[0] for r in TERRITORY_DENIALS],
)
def test_territory_formula_is_a_denial(
    extractor: Extractor, text: str, expected: Triple, source: str
) -> None:
    claims = claims_by_triple(extractor, article(text))
    assert expected in claims
    assert claims[expected].source == source
    assert (expected[0], EVADES, "asserted") not in claims
    assert not any(k[1] == "component_supply" for k in claims)  # the formula's purpose


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in PRESENCE_DENIALS], ids=[r[0] for r in PRESENCE_DENIALS]
)
def test_denied_reports_of_people(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [r[1:] for r in ROUTED_BY_THE_SENDER],
    ids=[r[0] for r in ROUTED_BY_THE_SENDER],
)
def test_the_sender_routes(
    extractor: Extractor, text: str, expected: Triple, absent: Triple
) -> None:
    found = triples(extractor, article(text))
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in RELAYS], ids=[r[0] for r in RELAYS])
def test_relays_evade(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


# arms sent to Ukraine break no sanctions: the route they took evades none
ARMS_FOR_UKRAINE = [
    (
        "shells_to_ukraine_using_middlemen",
        "Moscow's spy agency said Bulgarian factories had shipped artillery shells to Ukraine, "
        "using middlemen in Romania and Greece.",
        {"Bulgaria", "Romania", "Greece"},
    ),
    (
        "a_quoted_amount_before_to_ukraine",
        'Bulgarian factories had shipped "thousands of artillery shells" to Ukraine, using '
        "intermediaries in Romania.",
        {"Bulgaria", "Romania"},
    ),
    (
        "ammunition_to_ukraine_through_third_countries",
        "Russian intelligence accused Slovak arms makers of selling ammunition to Ukraine "
        "through third countries.",
        {"Slovakia"},
    ),
]


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in ARMS_FOR_UKRAINE], ids=[r[0] for r in ARMS_FOR_UKRAINE]
)
def test_routes_of_arms_for_ukraine_evade_nothing(
    extractor: Extractor, text: str, absent: set[str]
) -> None:
    found = triples(extractor, article(text))
    assert not {(n, EVADES, "asserted") for n in absent} & found, found


def test_routes_of_goods_for_russia_still_evade(extractor: Extractor) -> None:
    # near miss: the same shape with Russia as the buyer
    text = article(
        "Russian intelligence accused Slovak arms makers of selling ammunition to Russia "
        "through third countries. Bulgarian traders shipped drone parts to Russia, using "
        "intermediaries in Armenia."
    )
    found = triples(extractor, text)
    assert {("Slovakia", EVADES, "asserted"), ("Armenia", EVADES, "asserted")} <= found, found


# the Russian buyers a seller supplied are no evaders of the breach it is charged with
SUPPLIED_BUYERS = [
    (
        "charged_with_supplying_russian_makers_in_breach_of_sanctions",
        "Prosecutors charged a trader from Gdansk with supplying Russian drone makers with "
        "servo motors, in breach of EU sanctions.",
        ("Russia", EVADES, "asserted"),
        False,
    ),
    (
        "a_company_supplied_russian_plants_in_breach",
        "Kestrel Trading supplied Russian arms plants with chips in breach of EU sanctions.",
        ("Russia", EVADES, "asserted"),
        False,
    ),
    (
        "conduits_bound_for_moscow_after_russia_s_military",
        "Tokyo listed firms over their role in supplying Russia's army, as evidence mounts that "
        "Central Asian trading hubs have become key conduits for chips bound for Moscow.",
        ("Russia", EVADES, "asserted"),
        False,
    ),
    (
        "a_country_named_as_the_conduit",  # near miss: the route's own state still evades
        "Kazakhstan has become a conduit for Western chips bound for Russia.",
        ("Kazakhstan", EVADES, "asserted"),
        True,
    ),
    (
        "russian_buyers_who_evade_themselves",  # near miss: the buyers are the subject
        "Russian buyers evaded sanctions by using intermediaries in Armenia.",
        ("Russia", EVADES, "asserted"),
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "triple", "present"),
    [r[1:] for r in SUPPLIED_BUYERS],
    ids=[r[0] for r in SUPPLIED_BUYERS],
)
def test_supplied_buyers_do_not_evade(
    extractor: Extractor, text: str, triple: Triple, present: bool
) -> None:
    found = triples(extractor, article(text))
    assert (triple in found) == present, found


def test_recipient_is_no_router(extractor: Extractor) -> None:
    text = article(
        "Over two years the suspect sent Russia thermal imaging cameras worth 2 million "
        "zloty, routing them through a company in Grodno."
    )
    assert ("Russia", EVADES, "asserted") not in triples(extractor, text)


@pytest.mark.parametrize("text", [r[1] for r in NEGATIVES], ids=[r[0] for r in NEGATIVES])
def test_near_misses_yield_no_claim(extractor: Extractor, text: str) -> None:
    assert extractor.extract(article(text, title="Regional news")) == []


def test_report_authors_speak_for_the_report(extractor: Extractor) -> None:
    text = article(
        "The study, published Tuesday by the Kyiv Sanctions Research Centre, an independent "
        "monitoring group, examined 112 downed drones.\n\nThe authors do not accuse the "
        "Chinese government of directing the trade. Instead they describe distributors that "
        "resell components into Russia, often through front companies in Hong Kong."
    )
    claims = claims_by_triple(extractor, text)
    assert claims[("Hong Kong", EVADES, "asserted")].source == "Kyiv Sanctions Research Centre"


def test_they_without_authors_is_no_report(extractor: Extractor) -> None:
    text = article(
        "The study, published Tuesday by the Kyiv Sanctions Research Centre, an independent "
        "monitoring group, examined 112 downed drones.\n\nOfficials in Kyiv were not "
        "surprised. They describe distributors that resell components into Russia, often "
        "through front companies in Hong Kong."
    )
    claims = claims_by_triple(extractor, text)
    hk = claims.get(("Hong Kong", EVADES, "asserted"))
    assert hk is None or hk.source != "Kyiv Sanctions Research Centre"


def test_prosecutor_is_a_title(extractor: Extractor) -> None:
    text = article(
        '"This is a classic scheme for circumventing sanctions on Russia, in which Belarus acts '
        'as a transit country," says prosecutor Anna Nowak of the regional office.'
    )
    claims = claims_by_triple(extractor, text)
    assert claims[("Belarus", EVADES, "asserted")].source == "Anna Nowak"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [r[1:] for r in BOUGHT_THROUGH],
    ids=[r[0] for r in BOUGHT_THROUGH],
)
def test_goods_bought_through_intermediaries(
    extractor: Extractor, text: str, expected: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "present", "absent"), [r[1:] for r in SERVICES], ids=[r[0] for r in SERVICES]
)
def test_services_to_russian_buyers_evade(
    extractor: Extractor, text: str, present: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [r[1:] for r in CHARGED_LEDES],
    ids=[r[0] for r in CHARGED_LEDES],
)
def test_the_charged_person_is_named_next(
    extractor: Extractor, text: str, present: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"), [r[1:] for r in ONWARD], ids=[r[0] for r in ONWARD]
)
def test_goods_passed_on_or_disguised_evade(
    extractor: Extractor, text: str, present: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [r[1:] for r in REJECTED_BUSINESS],
    ids=[r[0] for r in REJECTED_BUSINESS],
)
def test_rejected_business_is_no_denial(
    extractor: Extractor, text: str, present: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"), [r[1:] for r in COMPLAINTS], ids=[r[0] for r in COMPLAINTS]
)
def test_who_complains_speaks(
    extractor: Extractor, text: str, present: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert present <= found, found
    assert not absent & found, found


# "X helped Russia evade sanctions by acting as intermediaries": the helpers act (and evade),
# named or not; Russia, the one helped, opens no "by" clause of its own
# (id, text, claims that must be there, claims that must not)
HELPED_BY_ACTING = [
    (
        "named_helpers_act_as_intermediaries",
        "Officials say Kazakh traders helped Russia circumvent sanctions by acting as "
        "intermediaries for the purchase of chips.",
        {("Kazakhstan", EVADES, "asserted")},
        {("Russia", EVADES, "asserted")},
    ),
    (
        "unnamed_helpers_leave_no_evader",
        "Officials say the companies helped Russia circumvent sanctions by acting as "
        "intermediaries for the purchase of dual-use goods.",
        set(),
        {("Russia", EVADES, "asserted")},
    ),
    (
        "the_opener_who_helps_acts_by_providing",
        "Russia is helping North Korea build drones, including by providing engines, officials "
        "said.",
        {("Russia", "drone_production", "asserted")},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [r[1:] for r in HELPED_BY_ACTING],
    ids=[r[0] for r in HELPED_BY_ACTING],
)
def test_the_helped_one_is_no_actor_of_the_means(
    extractor: Extractor, text: str, present: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert present <= found, found
    assert not absent & found, found
