"""Table-driven rules for the way the business, financial and shipping press writes:
firms' exits and statements, quotes closed by `the company said`, compliance clauses.
Each row: a name, a text, the triples that must be found, and triples that must not
(our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, claims_by_triple, triples

Row = tuple[str, str, set[Triple], set[Triple]]

STATEMENTS: list[Row] = [
    (
        "an_exit_the_outlet_narrates_denies_nothing",
        "Valdor, a Danish maker of pumps, kept its plant near Tula running after the group "
        "halted exports to Russia in 2022.",
        set(),
        {("Valdor", "component_supply", "denied")},
    ),
    (
        "a_firm_that_says_it_halted_exports_denies",
        "Valdor, a Danish maker of pumps, said it halted all exports to Russia in 2022.",
        {("Valdor", "component_supply", "denied")},
        set(),
    ),
    (
        "a_denial_quoted_from_its_negator",
        "Halvorsen Mikrotechnik, a maker of sensors near Bremen, is family-owned. Halvorsen "
        "said it had 'not shipped a single sensor to Russia' since the invasion.",
        {("Halvorsen Mikrotechnik", "component_supply", "denied")},
        set(),
    ),
    (
        "a_denial_in_curly_quotes",
        "Halvorsen Mikrotechnik, a maker of sensors near Bremen, is family-owned. Halvorsen "
        "said it had ‘never sold a single sensor to Russia’.",
        {("Halvorsen Mikrotechnik", "component_supply", "denied")},
        set(),
    ),
    (
        "a_rule_that_bars_re_exports_is_no_act",
        "Exporters must now add clauses to their contracts barring buyers from re-exporting "
        "sensitive goods to Russia.",
        set(),
        {("Russia", "sanctions_evasion", "asserted")},
    ),
    (
        "a_rule_that_prevents_shipments_is_no_act",
        "The new law is meant to prevent Armenian traders from shipping drone parts to Russia.",
        set(),
        {("Armenia", "component_supply", "asserted")},
    ),
    (
        "barred_after_shipping_still_shipped",
        "Sarnak Trading was barred from US markets after it shipped drone engines to Russia.",
        {("Sarnak Trading", "component_supply", "asserted")},
        set(),
    ),
]

BANKS_AND_PAYMENTS: list[Row] = [
    (
        "under_full_blocking_sanctions",
        "Sovtrans Bank has been under full blocking sanctions since 2023, yet keeps a branch "
        "in Almaty.",
        {("Sovtrans Bank", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "could_come_under_sanctions_is_a_risk",
        "Sovtrans Bank could come under sanctions if it keeps the branch open.",
        set(),
        {("Sovtrans Bank", "sanctions_imposed", "asserted")},
    ),
    (
        "could_come_under_secondary_sanctions_is_a_threat",
        "Sovtrans Bank could come under secondary sanctions if it keeps the branch open.",
        set(),
        {("Sovtrans Bank", "sanctions_imposed", "asserted")},
    ),
    (
        "transfers_for_a_bank_named_in_one_word",
        "Washington accused Altyn Trade Bank of facilitating payments for Sberbank.",
        {("Altyn Trade Bank", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "payments_for_exporters_are_trade",
        "Altyn Trade Bank handled payments for Turkish exporters of textiles.",
        set(),
        {("Altyn Trade Bank", "sanctions_evasion", "asserted")},
    ),
    (
        "the_countrys_banking_system_is_not_used",
        "Kazakhstan's central bank said the country's banking system is not used to "
        "circumvent sanctions.",
        {("Kazakhstan", "sanctions_evasion", "denied")},
        set(),
    ),
    (
        "its_ports_were_never_used",
        "Georgia said its ports are not used to evade sanctions on Russia.",
        {("Georgia", "sanctions_evasion", "denied")},
        set(),
    ),
    (
        "a_central_bank_speaks_for_its_state",
        'Armenia\'s National Bank said the country "does not allow" its banks to be used to '
        "bypass sanctions.",
        {("Armenia", "sanctions_evasion", "denied")},
        {("National Bank", "sanctions_evasion", "denied")},
    ),
]

SHIPPING_AND_MAKERS: list[Row] = [
    (
        "get_round_the_price_cap",
        "Sarnak Shipping has been accused of using ship-to-ship transfers to get round the "
        "price cap.",
        {("Sarnak Shipping", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "get_round_the_cap_named_before",
        "The price cap bars Western services for Russian oil sold above $60. Sarnak Shipping "
        "used ship-to-ship transfers to get round the cap.",
        {("Sarnak Shipping", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "sailing_round_a_cape_is_no_evasion",
        "Sarnak Shipping sailed round the Cape of Good Hope to reach India with Russian crude.",
        set(),
        {("Sarnak Shipping", "sanctions_evasion", "asserted")},
    ),
    (
        "the_owner_of_the_ships_that_carried_drones",
        "Two ships belonging to Volga Caspian Lines carried Shahed-136 drones to Astrakhan.",
        {("Volga Caspian Lines", "drone_supply", "asserted")},
        set(),
    ),
    (
        "the_operator_of_the_trucks_that_carried_engines",
        "Trucks operated by Altyn Logistics delivered drone engines to Russia.",
        {("Altyn Logistics", "component_supply", "asserted")},
        set(),
    ),
    (
        "ships_owned_by_a_firm_that_were_sanctioned_ship_nothing",
        "Ships owned by Volga Caspian Lines were sanctioned by the US last year.",
        set(),
        {("Volga Caspian Lines", "drone_supply", "asserted")},
    ),
    (
        "a_drone_makers_products_are_drones",
        "Ningbo Falcon UAV Systems said it had never sold a single product to Russia.",
        {("Ningbo Falcon UAV Systems", "drone_supply", "denied")},
        {("Ningbo Falcon UAV Systems", "component_supply", "denied")},
    ),
    (
        "a_parts_makers_products_are_parts",
        "Ningbo Falcon Motor Systems said it had never sold a single product to Russia.",
        {("Ningbo Falcon Motor Systems", "component_supply", "denied")},
        {("Ningbo Falcon Motor Systems", "drone_supply", "denied")},
    ),
]

STATE_LINES: list[Row] = [
    (
        "sells_the_recipient_nothing_lethal",
        "Beijing says it sells Moscow nothing lethal and that its trade is normal.",
        {("China", "weapons_supply", "denied")},
        {("China", "weapons_supply", "asserted")},
    ),
    (
        "gave_the_recipient_no_weapons",
        "Tehran insists it has given Russia no weapons since the war began.",
        {("Iran", "weapons_supply", "denied")},
        {("Iran", "weapons_supply", "asserted")},
    ),
    (
        "no_fewer_than_is_a_count",
        "Iran sold Russia no fewer than 400 drones last year.",
        {("Iran", "drone_supply", "asserted")},
        {("Iran", "drone_supply", "denied")},
    ),
    (
        "nothing_but_is_a_supply",
        "Iran gave Russia nothing but drones in the first months of the war.",
        {("Iran", "drone_supply", "asserted")},
        {("Iran", "drone_supply", "denied")},
    ),
    (
        "a_ministry_named_by_its_state_is_the_state",
        "Georgia's Economy Ministry rejects the idea that the country has become a hub for "
        "sanctions evasion.",
        {("Georgia", "sanctions_evasion", "denied")},
        {("Economy Ministry", "sanctions_evasion", "denied")},
    ),
    (
        "goods_for_weapons_production_are_parts",
        "Georgian firms sold $40 million of items critical to Russia's weapons production "
        "directly to Russia.",
        {("Georgia", "component_supply", "asserted")},
        {("Georgia", "weapons_supply", "asserted")},
    ),
    (
        "involved_in_weapons_production_is_production",
        "Officials say Chinese companies are directly involved in Russian weapons production.",
        {("China", "drone_production", "asserted")},
        {("China", "component_supply", "asserted")},
    ),
    (
        "no_company_of_a_state_denies_for_its_companies",
        "The ministry said no Turkish company had shipped drone parts to Russia.",
        {("Turkey", "component_supply", "denied")},
        {("Turkey", "component_supply", "asserted")},
    ),
    (
        "no_company_took_part_in_designing",
        "Beijing said no Chinese firm had taken part in designing weapons for Moscow.",
        {("China", "drone_production", "denied")},
        {("China", "weapons_supply", "asserted")},
    ),
    (
        "no_doubt_is_no_denial",
        "There is no doubt Iran has shipped drones to Russia, the minister said.",
        {("Iran", "drone_supply", "asserted")},
        {("Iran", "drone_supply", "denied")},
    ),
    (
        "a_company_of_a_state_acts_for_its_companies",
        "A Turkish company shipped drone parts to Russia, customs records show.",
        {("Turkey", "component_supply", "asserted")},
        {("Turkey", "component_supply", "denied")},
    ),
    (
        "brushed_off_reports_as_rumours",
        "Tehran has brushed off reports of Iranian instructors in Crimea as rumours.",
        {("Iran", "personnel", "denied")},
        {("Iran", "personnel", "asserted")},
    ),
    (
        "brushed_off_sanctions_denies_nothing",
        "The Kremlin brushed off the new sanctions on its drone makers as pointless.",
        set(),
        {("Russia", "drone_production", "denied")},
    ),
    (
        "the_state_after_said_opens_the_clause",
        "Wei Lan, a spokeswoman for the Chinese Embassy in London, said China had never "
        "provided lethal weapons to either side.",
        {("China", "weapons_supply", "denied")},
        set(),
    ),
]

ASSET_FREEZES: list[Row] = [
    (
        "organizations_in_a_state_are_its_group",
        "Seoul froze the assets of six organizations in Iran over drone deliveries to Moscow.",
        {("Iran", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "the_assets_of_firms_that_helped",
        "Seoul froze the assets of six Turkish firms that it says helped Russia evade sanctions.",
        {("Turkey", "sanctions_imposed", "asserted"), ("Turkey", "sanctions_evasion", "asserted")},
        {("South Korea", "sanctions_evasion", "asserted")},
    ),
    (
        "the_assets_of_a_firm_that_russia_used",
        "Seoul froze the assets of a Turkish firm that Russia used to buy drone parts.",
        {("Turkey", "sanctions_imposed", "asserted")},
        {("South Korea", "sanctions_evasion", "asserted")},
    ),
]

BANK_DESIGNATIONS: list[Row] = [
    (
        "a_decision_to_blacklist",
        "The Treasury's decision to blacklist Amur Frontier Rural Commercial Bank surprised "
        "analysts.",
        {("Amur Frontier Rural Commercial Bank", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "a_plan_to_blacklist_is_no_designation",
        "The Treasury plans to blacklist Amur Frontier Rural Commercial Bank next year.",
        set(),
        {("Amur Frontier Rural Commercial Bank", "sanctions_imposed", "asserted")},
    ),
    (
        "an_amount_of_payments_for_russian_buyers",
        "Amur Frontier Rural Commercial Bank is a lender in Heihe. Treasury says Amur Frontier "
        "processed more than 3 billion yuan of payments for Russian arms makers.",
        {("Amur Frontier Rural Commercial Bank", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "payments_for_companies_making_drones_make_none",
        "Amur Frontier Rural Commercial Bank processed payments for Russian defence "
        "contractors, including companies making drones and drone engines.",
        {("Amur Frontier Rural Commercial Bank", "sanctions_evasion", "asserted")},
        {
            ("Amur Frontier Rural Commercial Bank", "drone_production", "asserted"),
            ("Amur Frontier Rural Commercial Bank", "component_supply", "asserted"),
        },
    ),
    (
        "chips_to_chinese_companies_making_drones",
        "Amur Frontier Trading sold chips to Chinese companies making drones for Russia.",
        {("China", "drone_production", "asserted")},
        {("Amur Frontier Trading", "drone_production", "asserted")},
    ),
]

# (id, text, triple, source): whose sanctions, when the kind stands between
SANCTION_KIND_SOURCES: list[tuple[str, str, Triple, str | None]] = [
    (
        "us_blocking_sanctions",
        "Sovtrans Bank has been under US blocking sanctions since 2022.",
        ("Sovtrans Bank", "sanctions_imposed", "asserted"),
        "United States",
    ),
    (
        "blocking_sanctions_in_the_united_states",
        "Sovtrans Bank, which has been under full blocking sanctions in the United States "
        "since 2022, keeps a branch in Shanghai.",
        ("Sovtrans Bank", "sanctions_imposed", "asserted"),
        "United States",
    ),
]

# (id, text, triple, source): who closes a quote as "the company", who speaks before
# ", said"
QUOTE_SPEAKERS: list[tuple[str, str, Triple, str | None]] = [
    (
        "the_company_after_a_quote_is_not_the_one_it_accuses",
        "Halvorsen Mikrotechnik, a German maker of sensors, said it had stopped all "
        "shipments to Russia. It sold the sensors to Eastgate Components, a Hong Kong "
        "distributor. “Eastgate Components resold the sensors to a Moscow trading house in "
        "breach of its contract,” the company said.",
        ("Eastgate Components", "component_supply", "asserted"),
        "Halvorsen Mikrotechnik",
    ),
    (
        "the_intelligence_directorate_says",
        "Ukraine's defence intelligence directorate says Russia received 100 drones from Iran.",
        ("Iran", "drone_supply", "asserted"),
        "Ukraine",
    ),
    (
        "said_then_a_state_that_speaks",
        "“We have never sent drones to anyone,” said Iran, which has denied the reports.",
        ("Iran", "drone_supply", "denied"),
        "Iran",
    ),
    (
        "a_company_quoting_its_own_name_speaks_for_itself",
        "Eastgate Components said it sold no goods to Russia. 'Eastgate Components has "
        "never re-exported sensors to Russia,' the company said.",
        ("Eastgate Components", "sanctions_evasion", "denied"),
        "Eastgate Components",
    ),
]


TABLES = (
    STATEMENTS
    + BANKS_AND_PAYMENTS
    + SHIPPING_AND_MAKERS
    + STATE_LINES
    + ASSET_FREEZES
    + BANK_DESIGNATIONS
)
SOURCES = QUOTE_SPEAKERS + SANCTION_KIND_SOURCES


@pytest.mark.parametrize(
    ("text", "expected", "absent"), [r[1:] for r in TABLES], ids=[r[0] for r in TABLES]
)
def test_business_statements(
    extractor: Extractor, text: str, expected: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize(
    ("text", "triple", "source"),
    [r[1:] for r in SOURCES],
    ids=[r[0] for r in SOURCES],
)
def test_quote_speakers(
    extractor: Extractor, text: str, triple: Triple, source: str | None
) -> None:
    claims = claims_by_triple(extractor, article(text))
    assert triple in claims, claims
    assert claims[triple].source == source


# Russian dailies may name the war only as Moscow does; the article is still about it
SMO_TITLE = "Drone maker expands"


def test_the_special_military_operation_opens_the_article(extractor: Extractor) -> None:
    text = article(
        "Almaz-Antey has doubled its output of air defence systems since the start of the "
        "special military operation. The US has sanctioned Almaz-Antey since 2014.",
        SMO_TITLE,
    )
    assert ("Almaz-Antey", "sanctions_imposed", "asserted") in triples(extractor, text)


def test_a_military_operation_elsewhere_opens_nothing(extractor: Extractor) -> None:
    text = article(
        "Almaz-Antey has doubled its output of air defence systems since the start of the "
        "military operation in Sudan. The US has sanctioned Almaz-Antey since 2014.",
        SMO_TITLE,
    )
    assert triples(extractor, text) == set()
