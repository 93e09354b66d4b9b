"""rules-1.6.0: a company answers what the article said it did (one row per phrasing, each
with a name; our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]

ACCUSED = "Investigators said Orion Tech Trading LLC shipped chips to Russian drone makers. "
# a charge of other goods than the company deals in, and a drone maker's charge
_SHIPPED_DRONES = "Officials said Vega Trade Ltd shipped attack drones to Russian forces. "
_MAKES_DRONES = "Officials said Vega Aero Ltd makes attack drones for the Russian army. "

DENIED = [
    (
        "does_not_authorise_distributors_to_sell",
        ACCUSED + "Orion Tech Trading said it does not authorise any distributor to sell its "
        "products to Russia.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "a_drone_maker_does_not_allow_dealers_to_sell_its_brand",
        _MAKES_DRONES + "Vega Aero said it does not allow dealers to sell Vega drones in Russia.",
        ("Vega Aero", "drone_production", "denied"),
    ),
    (
        "the_company_that_maintains_it_supplies_no_weapons",
        ACCUSED + "Foreign Minister Ali Rezaei dismissed the accusations, saying Iran had not "
        "delivered missiles to Russia. The company has long maintained that it does not supply "
        "weapons for use in the war in Ukraine.",
        ("Orion Tech Trading", "weapons_supply", "denied"),
    ),
    (
        "a_company_denies_shipping_any_military_products",
        ACCUSED + "A spokesman said Orion Tech Trading had not shipped any military products "
        "to Russia.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "consumer_electronics_it_sells_are_no_claim",
        ACCUSED + "Orion Tech Trading said it sells ordinary consumer electronics to many "
        "countries and never sold anything to the Russian military.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "the_suspect_denies_the_charges_his_lawyer_said",
        "A man named Jonas Petrauskas is suspected of shipping drone motors to Russia. The "
        "suspect denies the charges, his lawyer told LRT.",
        ("Jonas Petrauskas", "component_supply", "denied"),
    ),
    (
        "her_client_rejected_the_accusations",
        "The 51-year-old, identified only as Marek K., is alleged to have sent microchips to "
        "Russia. His lawyer said her client rejected the accusations.",
        ("Marek K.", "component_supply", "denied"),
    ),
    (
        "surname_denied_the_charges",
        "Prosecutors said Lin Cheng-hao, 57, chairman of Tainan Tools Co., had shipped drone "
        "engines to Russia. Lin denied the charges during questioning.",
        ("Lin Cheng-hao", "component_supply", "denied"),
    ),
    (
        "the_company_lawyer_full_compliance",
        "According to investigators, the company, named by judicial sources as Officine "
        "Lombarde Srl, shipped servo motors to Russia. The company's lawyer said Officine "
        "Lombarde had always acted in full compliance with the law.",
        ("Officine Lombarde", "component_supply", "denied"),
    ),
    (
        "pleaded_not_guilty",
        "A man identified by police as Tomas Novak is accused of sending drone parts to Russia. "
        "Novak pleaded not guilty, his attorney said.",
        ("Tomas Novak", "component_supply", "denied"),
    ),
    (
        "nothing_to_do_with",
        ACCUSED + "A man who answered the phone at Orion Tech said the company has nothing to "
        "do with any military business.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "we_have_not_supplied",
        ACCUSED + '"We have not supplied any products to Russia since 2022," a company '
        "spokesman wrote.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "no_relationship_with",
        ACCUSED + "Its lawyer said the firm had no relationship with Russian military buyers.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "the_speaking_company_not_the_last_named",
        "Customs data show Baltic Sensor Works parts reached Russia through Nordlink Trading. "
        "Baltic Sensor Works, the sensor maker, said in a statement that it had not exported "
        "any products to Russia since 2014.",
        ("Baltic Sensor Works", "component_supply", "denied"),
    ),
]

DENIED += [
    (
        "denied_engaging_in_arms_trade",
        "Officials in Kyiv accused Minsk of sending shells to Russia. Moscow and Minsk have both "
        "denied engaging in arms trade with each other.",
        ("Belarus", "weapons_supply", "denied"),
    ),
    (
        "never_had_arms_dealings_not_the_claimant",
        "Iran's Defense Ministry said it had never had arms dealings with Russia, dismissing US "
        "claims that it was shipping missiles to Russia as a rumor.",
        ("Iran", "weapons_supply", "denied"),
    ),
]

DENIED += [
    (
        "reports_of_advisers_in_crimea_a_fabrication",
        "Tehran's envoy said that reports of Iranian instructors in Crimea were a fabrication "
        "aimed at psychological warfare.",
        ("Iran", "personnel", "denied"),
    ),
    (
        "the_deployment_of_troops_a_hoax",
        "The Kremlin spokesman called early reports of the deployment of North Korean troops "
        "another hoax.",
        ("North Korea", "personnel", "denied"),
    ),
]

DENIED += [
    (
        "second_verb_phrase_after_but",
        "Minsk has acknowledged sending a few trucks before the war, but denies supplying any "
        "weapons to Russia.",
        ("Belarus", "weapons_supply", "denied"),
    ),
]

DENIED += [
    (
        "quoted_no_relationship_through_an_embassy",
        ACCUSED + "A spokesperson for the embassy said the company had “no relationship” with "
        "Russian military production.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
]

# a state's answer: the report's words name the act ("a transit hub", "a conduit"), it
# needs no earlier accusation when the report is about the state itself, and an accused
# state saying it complies with its obligations denies helping Russia around sanctions
_SOLD = "Officials said Kazakh and Kyrgyz firms sold Western chips to Russian buyers. "
DENIED += [
    (
        "rejected_accusations_of_being_a_transit_hub",
        _SOLD + "The government in Bishkek has also rejected accusations that the country is a "
        "transit hub.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
    (
        "dismissed_claims_of_being_a_conduit",
        _SOLD + "Astana has dismissed claims that Kazakhstan serves as a conduit for Western "
        "chips.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "rejected_suggestions_with_no_earlier_accusation",
        "German prosecutors said a trader shipped drone parts to Russia. Kyrgyzstan's "
        "government has previously rejected suggestions that it is deliberately helping "
        "Russia evade sanctions.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
    (
        "strictly_complies_with_its_obligations",
        _SOLD + 'Kazakhstan\'s trade ministry said it "strictly complies" with its '
        "international obligations and that firms found re-exporting goods would be punished.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "the_country_fully_complies_with_all_sanctions",
        _SOLD + "Astana insists the country fully complies with all sanctions.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "it_adheres_to_export_controls",
        _SOLD + "Kyrgyzstan's economy ministry said it adheres to international export controls.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
]

# the speaker's workplace is the company that denies, not the one the article named last
TWO_ACCUSED = (
    "Investigators said Orion Tech Trading LLC shipped chips to Russian drone makers. "
    "Kestrel Parts Ltd. sold servo motors to a Russian arms plant. "
)
DENIED += [
    (
        "person_at_the_company_said_the_company",
        TWO_ACCUSED + "A man answering the phone at Orion Tech’s office in Dubai said the company "
        "had “never sold anything to Russia” and hung up.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "staff_member_never_had_any_business_with",
        TWO_ACCUSED + "A staff member at Orion Tech who answered the phone said the company sold "
        'chips "only for civilian use" and had "never had any business with the Russian '
        'military".',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "told_an_outlet_the_business_only_sells",
        TWO_ACCUSED + "A woman who answered the phone at Orion Tech Trading told Reuters that the "
        "business “only sells to local customers” and had never exported anything to Russia.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "executive_categorically_not",
        TWO_ACCUSED + "An executive at Orion Tech, who asked not to be named, said the firm was a "
        'freight agent and had "categorically not" shipped any of the listed goods to Russia.',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "manager_said_the_firm_did_not_sell",
        TWO_ACCUSED + "Its sales manager at Orion Tech wrote that the firm did not sell chips to "
        "Russian buyers.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "had_no_business_with",
        ACCUSED + "A lawyer for Orion Tech said the firm had no business with Russian arms makers.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "the_wholesalers_director",
        "The Treasury named Araks Export LLC, a Yerevan-based electronics wholesaler, and Sevan "
        "Cargo CJSC, a freight company. Araks Export shipped chips to Russia. Sevan Cargo helped "
        "disguise the final destination of the shipments. The wholesaler’s director said: “We "
        "have never supplied anything to the Russian military.”",
        ("Araks Export", "component_supply", "denied"),
    ),
]

# a state denies being a route for evasion; a denied report's own words give its type
ROUTED = "Officials said Kyrgyz and Turkish firms re-exported Western chips to Russia. "
DENIED += [
    (
        "is_not_a_platform_for_circumventing",
        ROUTED + 'The deputy prime minister told reporters that Kyrgyzstan "is not a platform '
        "for circumventing anyone's sanctions\" and complies with its obligations.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
    (
        "has_never_been_and_will_never_be_a_route",
        ROUTED + '"Türkiye has never been, and will never be, a route for circumventing '
        'sanctions," the deputy foreign minister said.',
        ("Turkey", "sanctions_evasion", "denied"),
    ),
    (
        "was_never_a_hub_for_evasion",
        ROUTED + "Kyrgyzstan was never a hub for sanctions evasion, its economy minister said.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
    (
        "dismissed_reports_of_troop_deployments",
        "Seoul said North Korea had sent artillery shells to Russia. North Korea's Foreign "
        "Ministry dismissed reports of troop deployments as “groundless rumors.”",
        ("North Korea", "personnel", "denied"),
    ),
    (
        "denied_that_soldiers_were_there",
        "Seoul said North Korea had sent artillery shells to Russia. Pyongyang denied that "
        "North Korean soldiers were in Russia at all.",
        ("North Korea", "personnel", "denied"),
    ),
    (
        "rejected_accusations_of_helping_evade_sanctions",
        ROUTED + "Kyrgyzstan's foreign ministry rejected accusations that its banks help Russia "
        "evade sanctions.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
]

# a denial of "any goods" denies the goods the company was said to supply, not its routes
_SHIPPED_AND_ROUTED = (
    "Investigators said Orchid Microelectronics shipped chips to Russia and helped it evade "
    "sanctions. "
)
DENIED += [
    (
        "denied_having_supplied_any_goods",
        _SHIPPED_AND_ROUTED + 'Orchid Microelectronics "categorically" denied having supplied '
        "any goods to Russia.",
        ("Orchid Microelectronics", "component_supply", "denied"),
    ),
    (
        "rejected_having_sold_any_products",
        _SHIPPED_AND_ROUTED + "Orchid Microelectronics rejected claims it had sold any products "
        "to Russia.",
        ("Orchid Microelectronics", "component_supply", "denied"),
    ),
]

# the outlet a company's manager speaks to is never the one that denies
DENIED += [
    (
        "speaking_to_an_outlet_the_firm_denies",
        ACCUSED + "Speaking to Daily Sabah, the company's general manager said the firm \"has "
        'never sold any product to a Russian military end user".',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "talking_to_an_unknown_outlet",
        ACCUSED + "Talking to Baltic Business Weekly, a company manager said it had never sold "
        "chips to Russia.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
]

# staff answer for the company: the company sold something harmless "and had no ..."; a
# forwarder "had no knowledge of" the end user denies the diversion it was accused of
_FORWARDER = (
    "The Treasury also named Lanna Freight Co., a Bangkok forwarder it accused of re-routing "
    "shipments of Western-made chips through Thailand to hide their destination. "
)
DENIED += [
    (
        "the_company_sold_x_and_had_no_relationship",
        ACCUSED + "Orion's director, Pavel Dima, told the Baltic Courier that the company sold "
        '"standard commercial electronics" and had "no relationship with any military end '
        'user".',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "the_firm_made_x_and_has_no_ties",
        ACCUSED + "A manager said the firm made consumer routers and has no ties to the Russian "
        "military.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "sold_parts_for_drones_and_never_shipped_anything",
        "Records show Steppe Motors LLP sold 40,000 brushless motors to Moscow distributors. "
        "Its director, a Kazakh citizen, said the company sold motors for agricultural drones "
        'and had "never shipped anything to the Russian army."',
        ("Steppe Motors", "component_supply", "denied"),
    ),
    (
        "has_not_sold_anything_to_russia",
        ACCUSED + "A spokesman said the firm has not sold anything to Russia since 2022.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "a_director_had_no_knowledge_of_the_end_user",
        _FORWARDER + "A director at Lanna Freight, who gave only his first name, told Reuters "
        "that the company had handled only civilian cargo and had no knowledge of any Russian "
        "end user.",
        ("Lanna Freight", "sanctions_evasion", "denied"),
    ),
    (
        "the_firm_has_no_knowledge_of_the_destination",
        _FORWARDER + "A spokeswoman said the company has no knowledge of the final destination "
        "of the goods.",
        ("Lanna Freight", "sanctions_evasion", "denied"),
    ),
]

# goods in general: what the company deals in, not the article's first charge
DENIED += [
    (
        "never_sold_products_to_any_military_end_user",
        _SHIPPED_DRONES + 'Vega Trade said it had "never sold products to any military end user '
        'anywhere."',
        ("Vega Trade", "component_supply", "denied"),
    ),
    (
        "never_knowingly_sold_anything",
        _SHIPPED_DRONES + "The company said it had never knowingly sold anything to the Russian "
        "armed forces.",
        ("Vega Trade", "component_supply", "denied"),
    ),
    (
        "no_knowledge_that_any_product_was_delivered",
        _SHIPPED_DRONES + "A Vega Trade spokesman said the firm had no knowledge that any "
        "product was delivered to a military end user.",
        ("Vega Trade", "component_supply", "denied"),
    ),
    (
        "we_do_not_work_with_military_companies",
        _SHIPPED_DRONES + '"We do not work with Russian military companies," a Vega Trade '
        "manager said.",
        ("Vega Trade", "component_supply", "denied"),
    ),
    (
        "never_had_contracts_with_the_army",
        _SHIPPED_DRONES + "Its director said the company had never had any contracts with the "
        "Russian army.",
        ("Vega Trade", "component_supply", "denied"),
    ),
    (
        "a_drone_maker_s_products_are_drones",
        _MAKES_DRONES + "Vega Aero said it had never sold any product for military use.",
        ("Vega Aero", "drone_supply", "denied"),
    ),
    (
        "named_goods_keep_their_type",
        _SHIPPED_DRONES + "Vega Trade said it had never sold drones to Russia.",
        ("Vega Trade", "drone_supply", "denied"),
    ),
    (
        "no_object_keeps_the_charge",
        _SHIPPED_DRONES + "Vega Trade said it does not sell directly to Russia.",
        ("Vega Trade", "drone_supply", "denied"),
    ),
    (
        "the_accused_says_i_never_sent",
        "Marek K., a Polish businessman, is accused of sending drone cameras to Russia. "
        '"I have never sent anything there," he wrote.',
        ("Marek K.", "component_supply", "denied"),
    ),
    (
        "it_opens_the_quoted_denial",
        ACCUSED + '"It has never knowingly sold any product to a military user in Russia," a '
        "spokesman for the company said.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "it_complied_and_had_never_sold",
        ACCUSED + "Orion Tech Trading said in a statement that it had complied with all export "
        'rules and had "never sold products to any military end user."',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "his_companies_had_never_sold",
        "Officials said Talas Trade LLC, owned by Bakyt Osmonov, shipped chips to Russia. "
        "Osmonov said his companies had never sold goods to the Russian military.",
        ("Talas Trade", "component_supply", "denied"),
    ),
    (
        "works_only_with_civilian_customers",
        ACCUSED + 'Reached by phone, director Jan Novak said the company "works only with '
        'civilian customers" and knew nothing about drones.',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "none_of_its_products_delivered_to_a_military_end_user_said_a_lawyer_for_it",
        ACCUSED + "Officials said Vega Trade Ltd shipped machine tools to Russia. A lawyer for "
        'Orion Tech Trading told the Courier that none of its products "has ever been '
        'delivered to a military end user."',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "first_word_of_a_foreign_name_with_generic_words",
        "Officials said Belkor Güç Sistemleri and Kaya Trade Ltd shipped chips to Russia. A "
        'representative of Belkor said the company had "never knowingly sold" any product '
        "for military use.",
        ("Belkor Güç Sistemleri", "component_supply", "denied"),
    ),
    (
        "we_in_a_quote_of_a_ceo_whose_distributor_is_named_last",
        "Officials said Aravel Électronique shipped chips to Russia through Kentron Trade LLC. "
        "Aravel, for its part, insists it did nothing wrong. "
        '"We have not sold a single product to Russia, and we had no way of knowing that our '
        'distributor was re-exporting," its chief executive, Paul Marchand, told the Courier.',
        ("Aravel Électronique", "component_supply", "denied"),
    ),
    (
        "the_managing_director_told_a_city_newspaper",
        "Officials said Lanna Orchid Electronic Co shipped chips to Russia. Lanna Orchid's "
        "managing director, Somchai Rattana, told the Bangkok Post that the company had never "
        "knowingly sold anything to Russia.",
        ("Lanna Orchid Electronic", "component_supply", "denied"),
    ),
    (
        "we_did_not_circumvent_any_sanctions",
        "Officials said Steppe Cargo Service LLC routed chips to Russia through Kazakhstan to "
        'evade sanctions. "We carry what clients bring us. We did not circumvent any '
        'sanctions," a company spokesman said.',
        ("Steppe Cargo Service", "sanctions_evasion", "denied"),
    ),
    (
        "the_company_has_never_violated_western_sanctions",
        ACCUSED + "A spokesman said the company had never knowingly violated Western sanctions.",
        ("Orion Tech Trading", "sanctions_evasion", "denied"),
    ),
]

NOT_DENIED = [
    (
        "allows_distributors_to_sell",  # near miss: no "not"
        ACCUSED + "Orion Tech Trading said it authorises distributors to sell its products "
        "worldwide.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "a_capital_that_maintains_it_supplies_no_weapons_speaks_for_itself",
        ACCUSED + "Foreign Minister Ali Rezaei dismissed the accusations, saying Iran had not "
        "delivered missiles to Russia. Tehran has long maintained that it does not supply "
        "weapons for use in the war in Ukraine.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "a_state_denying_military_products_denies_weapons",
        "China said it had not shipped any military products to Russia.",
        ("China", "component_supply", "denied"),
    ),
    (
        "a_ministry_that_has_not_violated_sanctions_speaks_for_itself",
        ACCUSED + "The ministry said it had not violated any sanctions.",
        ("Orion Tech Trading", "sanctions_evasion", "denied"),
    ),
    (
        "a_rule_that_companies_must_not_violate_sanctions",
        ACCUSED + "The company must not violate sanctions, officials said.",
        ("Orion Tech Trading", "sanctions_evasion", "denied"),
    ),
    (
        "officials_say_it_works_only_with_civilians",
        ACCUSED + "Officials said Orion Tech Trading works only with civilian customers.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "none_of_their_products_sold_in_a_market",
        ACCUSED + "Officials said none of its products were sold in Europe last year.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "the_lawyer_speaks_for_the_firm_he_represents_not_the_last_accused",
        ACCUSED + "Officials said Vega Trade Ltd shipped machine tools to Russia. A lawyer for "
        "Orion Tech Trading said none of its products had been sold to a military end user.",
        ("Vega Trade", "component_supply", "denied"),
    ),
    (
        "goods_in_general_are_not_the_first_charge",
        _SHIPPED_DRONES + "Vega Trade said it had never sold products to any military end user.",
        ("Vega Trade", "drone_supply", "denied"),
    ),
    (
        "working_with_a_partner_is_no_denial",
        _SHIPPED_DRONES + "Vega Trade said it would work with investigators.",
        ("Vega Trade", "component_supply", "denied"),
    ),
    (
        "a_lawyer_denying_for_no_one_charged",
        "The lawyer denied the charges. Iran has supplied drones to Russia.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "the_state_rejected_accusations_not_the_accused",
        "A man named Jonas Petrauskas is suspected of shipping drone motors to Russia. Russia "
        "rejected the accusations of its use of drones.",
        ("Jonas Petrauskas", "component_supply", "denied"),
    ),
    (
        "the_claimant_denies_nothing",
        "Iran's Defense Ministry said it had never had arms dealings with Russia, dismissing US "
        "claims that it was shipping missiles to Russia as a rumor.",
        ("United States", "weapons_supply", "denied"),
    ),
    (
        "goods_denied_are_not_the_routes",
        _SHIPPED_AND_ROUTED + "Orchid Microelectronics denied having supplied any goods to Russia.",
        ("Orchid Microelectronics", "sanctions_evasion", "denied"),
    ),
    (
        "the_outlet_spoken_to_denies_nothing",
        ACCUSED + "Talking to Baltic Business Weekly, a company manager said it had never sold "
        "chips to Russia.",
        ("Baltic Business Weekly", "component_supply", "denied"),
    ),
    (
        "a_lawyer_without_a_denial",
        ACCUSED + "Prosecutors say Dmitri Lasko, 47, ran the scheme. His lawyer said the case "
        "was political.",
        ("Dmitri Lasko", "component_supply", "denied"),
    ),
    (
        "officials_have_not_seen",
        ACCUSED + "Officials said they had not seen the shipments.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "the_other_company_did_not_speak",
        "Customs data show Baltic Sensor Works parts reached Russia through Nordlink Trading. "
        "Baltic Sensor Works, the sensor maker, said in a statement that it had not exported "
        "any products to Russia since 2014.",
        ("Nordlink Trading", "component_supply", "denied"),
    ),
    (
        "the_other_company_is_not_the_speakers",
        TWO_ACCUSED + "A man answering the phone at Orion Tech’s office in Dubai said the company "
        "had “never sold anything to Russia” and hung up.",
        ("Kestrel Parts", "component_supply", "denied"),
    ),
    (
        "the_wholesaler_is_not_the_freight_company",
        "The Treasury named Araks Export LLC, a Yerevan-based electronics wholesaler, and Sevan "
        "Cargo CJSC, a freight company. Araks Export shipped chips to Russia. Sevan Cargo helped "
        "disguise the final destination of the shipments. The wholesaler’s director said: “We "
        "have never supplied anything to the Russian military.”",
        ("Sevan Cargo", "sanctions_evasion", "denied"),
    ),
    (
        "is_a_platform_for_circumventing",
        ROUTED + "Kyrgyzstan is a platform for circumventing sanctions, officials said.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
    (
        "has_been_and_remains_a_route",
        ROUTED + "Türkiye has been, and remains, a route for circumventing sanctions, the "
        "officials said.",
        ("Turkey", "sanctions_evasion", "denied"),
    ),
    (
        "troop_reports_are_not_shells",
        "Seoul said North Korea had sent artillery shells to Russia. North Korea's Foreign "
        "Ministry dismissed reports of troop deployments as “groundless rumors.”",
        ("North Korea", "weapons_supply", "denied"),
    ),
    (
        "the_company_that_speaks_is_named_after_said",
        TWO_ACCUSED + "Officials said Orion Tech had moved its office. Kestrel Parts said it "
        "had never sold anything to Russia.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
]


NOT_DENIED += [
    (
        "motors_for_drones_are_no_drone_sale",
        "Records show Steppe Motors LLP sold 40,000 brushless motors to Moscow distributors. "
        "Its director said the company sold motors for agricultural drones and had never "
        "shipped anything to the Russian army.",
        ("Steppe Motors", "drone_supply", "denied"),
    ),
    (
        "a_supplier_without_knowledge_denies_no_diversion",
        ACCUSED + "A manager said the company had no knowledge of any Russian end user.",
        ("Orion Tech Trading", "sanctions_evasion", "denied"),
    ),
    (
        "no_knowledge_of_a_state_is_no_company_denial",
        "Officials said Kyrgyz firms re-exported Western chips to Russia. The ministry said it "
        "had no knowledge of the shipments.",
        ("Kyrgyzstan", "component_supply", "denied"),
    ),
]


NOT_DENIED += [
    (
        "its_trade_controls_comply_is_no_denial",
        _SOLD + "Kazakhstan's government has said its trade controls comply with United Nations "
        "requirements.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "an_unaccused_state_that_complies",
        _SOLD + "Germany said it complies with its international obligations.",
        ("Germany", "sanctions_evasion", "denied"),
    ),
    (
        "a_denied_report_about_someone_else_needs_an_accusation",
        "German prosecutors said a trader shipped drone parts to Russia. Kyrgyzstan has "
        "rejected suggestions that Kazakh banks help Russia evade sanctions.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
]


# who speaks for the company: "X, the company's chief executive, said"; "Y's director, X,"
_TWO_SOLD = (
    "Investigators said Orda Electronic Trade LLC shipped chips to Russia. Baltic Parts also "
    "shipped chips to Russia, they said. "
)
DENIED += [
    (
        "we_said_the_companys_chief_executive",
        ACCUSED + '"We have never supplied, directly or indirectly, any customer in Russia," '
        "Pavel Ivanov, the company's chief executive, said.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "short_name_possessive_director_his_company",
        _TWO_SOLD + "Reached by phone, Orda's director, Nurlan Abenov, said his company sold "
        'only "civilian goods" and had never knowingly supplied any Russian military buyer.',
        ("Orda Electronic Trade", "component_supply", "denied"),
    ),
    (
        "foreign_generic_words_leave_the_short_name",
        "Officials said Yildizkent Dış Ticaret A.Ş. exported drone engines to Russia. Baltic "
        "Parts also shipped chips to Russia. In a statement, Yildizkent's general manager, "
        'Emre Kaya, said the company had "never knowingly sold any product to a Russian '
        'military end user."',
        ("Yildizkent Dış Ticaret", "component_supply", "denied"),
    ),
]

# what a company says it sold instead: "only sold to legitimate customers"
DENIED += [
    (
        "his_firm_only_sold_to_legitimate_customers",
        ACCUSED + 'Its founder told a Dubai newspaper that his firm had "only sold to '
        'legitimate industrial customers" in the Gulf.',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "we_sell_only_to_civilian_buyers",
        ACCUSED + '"We sell only to civilian buyers," a spokeswoman for Orion Tech said.',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "never_knowingly_dealt_with",
        ACCUSED + "A manager said the company had never knowingly dealt with Russian defence "
        "firms.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "the_quote_opens_after_his_company_had",
        ACCUSED + "Its director said his company had “never shipped anything to the Russian "
        "military” and would appeal.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
]

NOT_DENIED += [
    (
        "officials_say_it_sold_only_to_retailers",
        "Officials said Orion Tech Trading LLC sold only consumer electronics to Russian "
        "retailers, who passed them on to the army.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "a_bloc_says_it_only_sold",
        ACCUSED + "The EU said it only sold goods to Russian buyers before the ban.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "legitimate_concerns_are_no_trade",
        ACCUSED + "The company said it had legitimate concerns about the designation and did "
        "not answer further questions.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
]

NOT_DENIED += [
    (
        "the_chief_executive_is_no_company",
        ACCUSED + '"We have never supplied any customer in Russia," Pavel Ivanov, the '
        "company's chief executive, said.",
        ("Pavel Ivanov", "component_supply", "denied"),
    ),
    (
        "the_possessive_officer_is_not_the_last_company",
        _TWO_SOLD + "Reached by phone, Orda's director, Nurlan Abenov, said his company sold "
        'only "civilian goods" and had never knowingly supplied any Russian military buyer.',
        ("Baltic Parts", "component_supply", "denied"),
    ),
    (
        "a_possessive_without_an_officer_did_not_answer",
        _TWO_SOLD + "Orda's office did not answer calls, and Baltic Parts did not respond to "
        "questions about whether it had supplied the Russian army.",
        ("Baltic Parts", "component_supply", "denied"),
    ),
]


NOT_DENIED += [
    (
        "another_persons_i_is_not_the_accused",
        "Marek K., a Polish businessman, is accused of sending drone cameras to Russia. "
        '"I have never sold anything to Russia," said Anna Kowalska, a rival trader.',
        ("Marek K.", "component_supply", "denied"),
    ),
    (
        "the_ministry_said_it_had_never_exported",
        ACCUSED + "The ministry said it had never exported such chips itself.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "the_ministry_reviewed_and_had_never_exported",
        ACCUSED + "The ministry said it had reviewed the case and had never exported such chips "
        "itself.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "our_distributor_is_not_the_speakers_company",
        "Officials said Aravel Électronique shipped chips to Russia through Kentron Trade LLC. "
        "Aravel, for its part, insists it did nothing wrong. "
        '"We have not sold a single product to Russia, and we had no way of knowing that our '
        'distributor was re-exporting," its chief executive, Paul Marchand, told the Courier.',
        ("Kentron Trade", "component_supply", "denied"),
    ),
    (
        "a_city_newspaper_is_no_state",
        "Officials said Lanna Orchid Electronic Co shipped chips to Russia. Lanna Orchid's "
        "managing director, Somchai Rattana, told the Bangkok Post that the company had never "
        "knowingly sold anything to Russia.",
        ("Thailand", "component_supply", "denied"),
    ),
    (
        "a_city_newspaper_is_no_state_as_source",
        "Officials said Lanna Orchid Electronic Co shipped chips to Russia, the Tehran Times "
        "reported.",
        ("Iran", "component_supply", "asserted"),
    ),
]


# the accused answer the charges in quotes or say they kept the law, which answers a charge
# of evasion: "her client \"categorically denies\" the allegations", "sold in good faith"
_EVADED = (
    "Investigators said Adriatica Utensili Srl shipped milling machines to Russia through a "
    "Kazakh trading firm to evade sanctions. "
)
_CHIPS_ROUTED = (
    "Investigators said Orion Tech Trading LLC shipped chips to Russian drone makers through "
    "Armenia to evade sanctions. "
)
DENIED += [
    (
        "her_client_denies_in_quotes_the_allegations",
        "Prosecutors say Pavel Ruta, 44, shipped drone motors to Russia through Armenia to "
        'evade sanctions. His lawyer, Ona Mazure, said her client "categorically denies" the '
        "allegations.",
        ("Pavel Ruta", "sanctions_evasion", "denied"),
    ),
    (
        "her_client_denies_in_quotes_every_charge",
        "Prosecutors say Pavel Ruta, 44, shipped drone motors to Russia through Armenia to "
        'evade sanctions. His lawyer, Ona Mazure, said her client "categorically denies" the '
        "allegations.",
        ("Pavel Ruta", "component_supply", "denied"),
    ),
    (
        "any_intent_to_circumvent_sanctions",
        "Prosecutors say Pavel Ruta, 44, helped Russian buyers circumvent sanctions through "
        'shell firms in Armenia. His lawyer told LRT that her client "firmly denies" any '
        "intent to circumvent sanctions.",
        ("Pavel Ruta", "sanctions_evasion", "denied"),
    ),
    (
        "the_company_sold_in_good_faith",
        _EVADED + "Adriatica's lawyer said the company had sold the machines in good faith to a "
        "customer in Almaty.",
        ("Adriatica Utensili", "sanctions_evasion", "denied"),
    ),
    (
        "the_bank_has_always_complied_with_the_legislation",
        "Washington accused Tengri Pay Bank of processing payments for Russian arms makers to "
        'evade sanctions. Tengri Pay Bank said in a statement that it "has always complied '
        'with the legislation of Kazakhstan".',
        ("Tengri Pay Bank", "sanctions_evasion", "denied"),
    ),
    (
        "the_company_lawyer_says_its_exports_were_legal",
        _EVADED + 'The company\'s lawyer said all of its exports were "legal and documented".',
        ("Adriatica Utensili", "sanctions_evasion", "denied"),
    ),
]

NOT_DENIED += [
    (
        "a_company_rejecting_the_allegations_denies_its_first_charge",
        "Investigators said Orion Tech Trading LLC shipped chips to Russian drone makers and "
        "helped them evade sanctions. A lawyer representing Orion Tech Trading said his client "
        '"strongly rejects" the allegations.',
        ("Orion Tech Trading", "sanctions_evasion", "denied"),
    ),
    (
        "good_faith_of_a_company_not_charged",
        _CHIPS_ROUTED + "Baltic Parts, a rival distributor, said it had always acted in good "
        "faith.",
        ("Orion Tech Trading", "sanctions_evasion", "denied"),
    ),
    (
        "the_distributors_lawyer_names_another_client",
        _CHIPS_ROUTED + "A lawyer for the distributor Nordwind Elektro said its exports were "
        '"legal and declared".',
        ("Orion Tech Trading", "sanctions_evasion", "denied"),
    ),
    (
        "good_faith_beside_a_denial_of_the_goods_adds_nothing",
        _CHIPS_ROUTED + "A manager said the company had sold the chips in good faith and had "
        "never sold anything to the Russian military.",
        ("Orion Tech Trading", "sanctions_evasion", "denied"),
    ),
    (
        "a_states_exports_were_legal",
        _CHIPS_ROUTED + "Kazakhstan said its exports were legal and in line with its obligations.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
]


# the accused person named right before the disavowal: 'her lawyer said Volkova "never ...'
_CAMERAS = (
    "Prosecutors say Irina Volkova, 52, shipped drone cameras to Russia through a firm in Armenia. "
)
DENIED += [
    (
        "her_lawyer_said_the_accused_never_knowingly_sent",
        _CAMERAS + 'Her lawyer, Tom Baker, said Volkova "never knowingly sent anything to '
        'Russia" and would fight the case.',
        ("Irina Volkova", "component_supply", "denied"),
    ),
]
NOT_DENIED += [
    (
        "a_witness_who_never_sent_anything_is_not_the_accused",
        _CAMERAS + 'A witness, Anna Kowalska, said Kowalska "never sent anything to Russia".',
        ("Anna Kowalska", "component_supply", "denied"),
    ),
]


# what a charged company says it sold to civilians: 'had sold "parts to civilian customers"',
# 'told the paper that it sells "only to civilian customers"'
DENIED += [
    (
        "sold_parts_to_civilian_customers_in_quotes",
        ACCUSED + 'A director said the company had sold "standard electronic parts to civilian '
        'customers" and was seeking legal advice.',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "told_a_paper_that_it_sells_only_to_civilians",
        ACCUSED + "Orion Tech Trading told the Gulf News in an email that it sells "
        '"only to civilian industrial customers".',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
]
NOT_DENIED += [
    (
        "an_uncharged_rival_sells_only_to_civilians",
        ACCUSED + "Its rival, Nova Shop LLC, told the Gulf News in an email that it sells "
        '"only to civilian customers".',
        ("Nova Shop", "component_supply", "denied"),
    ),
    (
        "a_ministry_told_a_paper_that_it_sells_to_civilians",
        ACCUSED + 'The ministry told Reuters in an email that it sells "only to civilian '
        'customers".',
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "officials_say_the_company_sold_to_civilian_customers",
        ACCUSED + "Officials said the company had sold chips to civilian customers in Russia "
        "before passing designs to the army.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
]


def _triples(extractor: Extractor, text: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in extractor.extract(article(text))}


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in DENIED], ids=[r[0] for r in DENIED])
def test_denied(extractor: Extractor, text: str, expected: Triple) -> None:
    found = _triples(extractor, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_DENIED], ids=[r[0] for r in NOT_DENIED]
)
def test_not_denied(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _triples(extractor, text)
