"""Table-driven rules for the way government releases, indictments and investigations
write: short names in parentheses, people introduced by form, descriptions after a
copula, `X-based` places, designations and annex lists. Each row: a name, a text, the
triples that must be found, and triples that must not."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

Row = tuple[str, str, set[Triple], set[Triple]]


SHORT_NAMES: list[Row] = [
    (
        "parenthesised_short_name",
        "Zhejiang Hongda Motor Works Co., Ltd. (Hongda Motor) makes small engines. "
        "Since 2023, Hongda Motor has sold 900 engines to buyers in Russia.",
        {("Zhejiang Hongda Motor Works", "component_supply", "asserted")},
        set(),
    ),
    (
        "short_name_in_a_designation_list",
        "Baltic Star Trading Limited (Baltic Star) and Orion Parts Impex LLC (Orion Parts) "
        "shipped drone engines to Russia. Baltic Star and Orion Parts are being designated "
        "pursuant to E.O. 14024.",
        {
            ("Baltic Star Trading", "sanctions_imposed", "asserted"),
            ("Orion Parts Impex", "sanctions_imposed", "asserted"),
        },
        set(),
    ),
    (
        "core_of_a_city_prefixed_name",
        "Ningbo Kaiwen Precision Technology shipped 2,000 drone motors to Russia last year. "
        "Kaiwen said it had never sold any products to Russian military customers.",
        {
            ("Ningbo Kaiwen Precision Technology", "component_supply", "asserted"),
            ("Ningbo Kaiwen Precision Technology", "component_supply", "denied"),
        },
        set(),
    ),
    (
        "a_place_in_parentheses_is_no_short_name",
        "Investigators found voltage regulators made by Vantor Semiconductor (Germany) "
        "inside a Russian Geran-2 drone, and Chinese traders shipped the chips to Russia.",
        {("China", "component_supply", "asserted")},
        {("Germany", "component_supply", "asserted")},
    ),
    (
        "turkish_legal_form",
        "Anka Deniz Dis Ticaret Limited Sirketi (Anka Deniz) re-exported machine tools to "
        "Russia. Anka Deniz is being designated pursuant to E.O. 14024.",
        {
            ("Anka Deniz Dis Ticaret", "component_supply", "asserted"),
            ("Anka Deniz Dis Ticaret", "sanctions_imposed", "asserted"),
        },
        set(),
    ),
]

PEOPLE: list[Row] = [
    (
        "person_with_short_name_is_designated",
        "Li Haoran (Li), a PRC national, owns Harbor Crest Trading Limited, which shipped "
        "navigation modules to Russia. Li is being designated pursuant to E.O. 14024.",
        {("Li Haoran", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "defendant_with_age_ships_parts",
        "Pavel Sergeyevich Markin, 51, of Miami, shipped microcontrollers and GNSS modules to "
        "a Russian drone maker through a company in Armenia.",
        {("Pavel Sergeyevich Markin", "component_supply", "asserted")},
        set(),
    ),
    (
        "surname_later_acts",
        "The indictment names Oleg Yurievich Danilov, 39, a Russian national. Danilov "
        "exported flight controllers to Russia and falsely declared them as toys.",
        {
            ("Oleg Yurievich Danilov", "component_supply", "asserted"),
            ("Oleg Yurievich Danilov", "sanctions_evasion", "asserted"),
        },
        set(),
    ),
    (
        "given_name_and_initial_is_a_person",
        "Customs investigators say Bogdan W. shipped servo motors and GNSS receivers to a "
        "Russian drone plant through a firm in Armenia.",
        {("Bogdan W.", "component_supply", "asserted")},
        set(),
    ),
    (
        "initialled_suspect_in_apposition_then_denies",
        "Prosecutors said Irena P., the 44-year-old owner of an electronics wholesaler, is "
        "accused of exporting flight controllers to Russia in breach of EU sanctions. Her "
        "lawyer said her client denied the charges.",
        {("Irena P.", "component_supply", "asserted"), ("Irena P.", "component_supply", "denied")},
        set(),
    ),
    (
        "middle_initial_is_no_initialled_name",
        "Prosecutor Helena J. Marsh said Oskar Brand exported drone engines to Russia.",
        set(),
        {("Helena J.", "component_supply", "asserted")},
    ),
    (
        "lettered_plan_is_no_person",
        "The ministry calls it Plan B. Russia imports drone engines through Kazakhstan.",
        set(),
        {("Plan B.", "component_supply", "asserted")},
    ),
    (
        "name_in_a_latin_script_with_diacritics",
        "The suspect, Estonian citizen Jüri Šeštakovs, shipped radio modules and microchips "
        "to Russia through a firm in Kyrgyzstan, prosecutors said.",
        {("Jüri Šeštakovs", "component_supply", "asserted")},
        set(),
    ),
    (
        "an_official_who_speaks_is_no_subject",
        "Secretary Antony Blinken said Iran had sent drones to Russia.",
        {("Iran", "drone_supply", "asserted")},
        {("Antony Blinken", "drone_supply", "asserted")},
    ),
]

DESCRIPTIONS: list[Row] = [
    (
        "copula_description_then_relative_clause",
        "Vostra Components Limited (Vostra) is a Hong Kong-based distributor of electronic "
        "parts that has sold thousands of chips to Russia-based Kronos Avia LLC.",
        {("Vostra Components", "component_supply", "asserted")},
        set(),
    ),
    (
        "moscow_based_company_builds_drones",
        "Sokol Aero Systems (Sokol Aero) is a Moscow-based company that designs and builds "
        "reconnaissance drones for the Russian army.",
        {("Sokol Aero Systems", "drone_production", "asserted")},
        set(),
    ),
    (
        "russian_company_making_parts_supplies_no_one",
        "Kama Aero Works (Kama Aero) is a Tatarstan-based company that assembles attack drones "
        "and produces airframe parts for the Alabuga plant.",
        {("Kama Aero Works", "drone_production", "asserted")},
        {("Kama Aero Works", "component_supply", "asserted")},
    ),
    (
        "front_company_predicate_and_its_user",
        "Silver Gate Trading Limited (Silver Gate) is a Hong Kong-based front company that "
        "Kronos Avia has used since 2022 to buy Western microelectronics for Russian "
        "drone makers.",
        {
            ("Silver Gate Trading", "sanctions_evasion", "asserted"),
            ("Kronos Avia", "sanctions_evasion", "asserted"),
        },
        set(),
    ),
    (
        "a_russia_based_recipient_links_the_sentence",
        "Dalian Huayu Optics Co., Ltd. shipped 300 thermal cameras to Moscow-based "
        "Strela Avionika LLC in 2024.",
        {("Dalian Huayu Optics", "component_supply", "asserted")},
        set(),
    ),
]

EVASION: list[Row] = [
    (
        "routed_to_obscure_the_destination",
        "Kestrel Trading LLC bought servo motors in Europe and routed them through Dubai to "
        "obscure their final destination in Russia.",
        {("Kestrel Trading", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "falsely_declared_end_user",
        "Delta Parts Impex exported drone engines to Russia and falsely listed a farm in "
        "Kazakhstan as the end user.",
        {("Delta Parts Impex", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "procurement_through_intermediaries",
        "Uralprom Trading bought Chinese engines for Russian drones through intermediaries "
        "in Hong Kong and Kyrgyzstan.",
        {("Uralprom Trading", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "hiding_words_without_trade_are_no_evasion",
        "Russia hid the origin of its troop losses, officials said.",
        set(),
        {("Russia", "sanctions_evasion", "asserted")},
    ),
]

SANCTION_WORDS: list[Row] = [
    (
        "the_council_lists_a_minister_and_officers",
        "The European Union adopted new sanctions. In addition, the Council listed North "
        "Korea's Minister of Defence, No Kwang Chol, as well as senior officers of the Korean "
        "People's Army, including Kim Yong Bok, for sending troops to fight against Ukraine.",
        {
            ("No Kwang Chol", "sanctions_imposed", "asserted"),
            ("Kim Yong Bok", "sanctions_imposed", "asserted"),
        },
        {("Ukraine", "sanctions_imposed", "asserted")},
    ),
    (
        "a_government_lists_a_group",
        "The EU has also listed Chinese suppliers of drone engines used by Russia.",
        {("China", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "unnamed_targets_named_in_the_next_sentence",
        "The EU agreed its 16th package. With today's decision, the Council is listing 20 "
        "individuals and 15 entities over Russia's war. Among them are Iranian makers of drone "
        "engines and Mahan Air.",
        {
            ("Iran", "sanctions_imposed", "asserted"),
            ("Mahan Air", "sanctions_imposed", "asserted"),
        },
        set(),
    ),
    (
        "targeted_for_the_conduct_the_government_describes",
        "The EU adopted its 19th package. Two Hong Kong traders, Brightsea Commerce and "
        "Lumen Peak Trading, were targeted for what the Council calls funnelling chips to "
        "Russian arms makers.",
        {
            ("Brightsea Commerce", "sanctions_imposed", "asserted"),
            ("Lumen Peak Trading", "sanctions_imposed", "asserted"),
        },
        set(),
    ),
    (
        "targeted_for_shelling_is_no_listing",
        "Russian forces shelled the port again. The Nibulon terminal was targeted for shelling "
        "on Monday, officials said.",
        set(),
        {("Nibulon", "sanctions_imposed", "asserted")},
    ),
    (
        "funnelling_with_two_ls_moves_goods",
        "The Treasury sanctioned Lumen Peak Trading for channelling navigation modules to "
        "Russia's drone makers.",
        {("Lumen Peak Trading", "component_supply", "asserted")},
        set(),
    ),
    (
        "a_name_who_describes_is_a_person_and_the_passive_target",
        "Treasury sanctioned two Almaty traders on Monday. Timur Bekov, who according to "
        "Treasury owns both firms, was blacklisted as well.",
        {("Timur Bekov", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "the_target_before_a_clause_that_names_the_sanctioner",
        "Treasury sanctioned two Almaty traders on Monday. Timur Bekov, whom Treasury "
        "identifies as the owner of Steppe Gate Trading, was designated as well.",
        {("Timur Bekov", "sanctions_imposed", "asserted")},
        {("Steppe Gate Trading", "sanctions_imposed", "asserted")},
    ),
    (
        "a_place_before_who_is_no_person",
        "A mobile fire group commander in Kursk Oblast, who gave only his call sign, said the "
        "Shahed drones were louder than the Geran.",
        set(),
        {("Kursk Oblast", "drone_supply", "asserted")},
    ),
    (
        "a_titled_name_before_whom_keeps_its_title_reading",
        "The EU listed nine Iranians on Monday. Among the individuals listed are Deputy Defence "
        "Minister Reza Karimi, whom the EU accuses of overseeing the transfers.",
        {("Reza Karimi", "sanctions_imposed", "asserted")},
        {("Defence Minister Reza Karimi", "sanctions_imposed", "asserted")},
    ),
    (
        "a_member_singled_out_among_them",
        "The Treasury on Monday imposed sanctions on 40 individuals and entities. Notable among "
        "them is Wuxi Lantern Microsystems, a maker of navigation modules.",
        {("Wuxi Lantern Microsystems", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "the_package_adds_unnamed_targets_to_a_blacklist",
        "Ministers approved the bloc's 18th package of sanctions against Russia. The package "
        "adds 70 individuals and entities to a blacklist that already holds 2,000 names. "
        "Prominent among them is Ningbo Starfall Electronics.",
        {("Ningbo Starfall Electronics", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "a_package_that_adds_no_names_to_a_list_opens_no_members",
        "Ministers discussed the bloc's 18th package of sanctions against Russia. The package "
        "would add a price cap to the list of measures. Prominent among the critics is Ningbo "
        "Starfall Electronics.",
        set(),
        {("Ningbo Starfall Electronics", "sanctions_imposed", "asserted")},
    ),
    (
        "prominent_among_exporters_is_no_listing",
        "The Treasury on Monday imposed sanctions on 40 individuals and entities. Prominent "
        "among Chinese exporters of drones is Wuxi Lantern Microsystems.",
        set(),
        {("Wuxi Lantern Microsystems", "sanctions_imposed", "asserted")},
    ),
    (
        "restrictive_measures_among_them",
        "The Council imposed restrictive measures on five entities over missile deliveries "
        "to Russia, among them the flag carrier Saha Airlines.",
        {("Saha Airlines", "sanctions_imposed", "asserted")},
        {("Russia", "sanctions_imposed", "asserted")},
    ),
    (
        "asset_freezing_measures",
        "Japan will implement asset-freezing measures against Korea Tangun Trading "
        "Corporation, which shipped artillery shells to Russia.",
        {
            ("Korea Tangun Trading Corporation", "sanctions_imposed", "asserted"),
            ("Korea Tangun Trading Corporation", "weapons_supply", "asserted"),
        },
        set(),
    ),
    (
        "listed_on_an_exchange_is_no_sanction",
        "Zhuhai Ziyan UAV, which is listed on the Shenzhen exchange, sold drones to Russia.",
        {("Zhuhai Ziyan UAV", "drone_supply", "asserted")},
        {("Zhuhai Ziyan UAV", "sanctions_imposed", "asserted")},
    ),
    (
        "a_title_is_no_company_name",
        "Ivan Sidorov, General Director of Amur Cargo Logistic, which has carried artillery "
        "shells from North Korea to Russia, was sanctioned.",
        {("Amur Cargo Logistic", "weapons_supply", "asserted")},
        set(),
    ),
]

ANNEXES: list[Row] = [
    (
        "annex_of_entities",
        "Canada has decided to impose new measures over Russia's war against Ukraine.\n\n"
        "Schedule 1: Entities subject to asset freezes\n\n"
        "1. Volga Avionika Limited Liability Company. Address: Kazan, Russia. Details: Supplies "
        "flight controllers to Russian drone makers.\n\n"
        "2. Pearl River Motion Trading Co., Ltd. Address: Guangzhou, China. Details: Has "
        "exported drone engines to Russia.\n\n"
        "Background\n\n"
        "3. Other measures take effect next month.",
        {
            ("Volga Avionika", "sanctions_imposed", "asserted"),
            ("Pearl River Motion Trading", "sanctions_imposed", "asserted"),
            ("Pearl River Motion Trading", "component_supply", "asserted"),
        },
        set(),
    ),
    (
        "annex_of_individuals",
        "Japan has decided to implement measures against Russia.\n\n"
        "(Annex 1) Individuals subject to asset-freezing measures\n\n"
        "(1) Pavel Andreyevich Rudakov. Nationality: Russia. Outline: Director of a company "
        "shipping North Korean shells to Russia.",
        {("Pavel Andreyevich Rudakov", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "a_numbered_list_without_a_sanctions_heading_is_no_annex",
        "Russia's war in Ukraine: what we know\n\nKey facts\n\n"
        "1. Sokol Aero Holding. The company moved to new offices near Moscow.",
        set(),
        {("Sokol Aero Holding", "sanctions_imposed", "asserted")},
    ),
]

MAKERS_AND_DENIALS: list[Row] = [
    (
        "a_russian_drone_maker_produces",
        "The drones come from Volga Aerotech, a Russian maker of long-range attack drones.",
        {("Volga Aerotech", "drone_production", "asserted")},
        set(),
    ),
    (
        "a_foreign_drone_maker_does_not",
        "Chinese drone maker DJI said Russia and Ukraine both used its quadcopters.",
        set(),
        {("DJI", "drone_production", "asserted"), ("China", "drone_production", "asserted")},
    ),
    (
        "a_company_that_stopped_shipments_denies",
        "Engines made by Ostwind Motorenbau GmbH were found in a Russian drone. Ostwind "
        "Motorenbau told reporters that it had stopped all shipments to Russia in 2022.",
        {("Ostwind Motorenbau", "component_supply", "denied")},
        set(),
    ),
    (
        "a_state_that_halted_exports_denies_nothing",
        "Kazakhstan halted exports of drone parts to Russia last year.",
        set(),
        {("Kazakhstan", "component_supply", "denied")},
    ),
    (
        "a_company_never_sold_products",
        "Chips from Harbin Lianxin Microelectronics were found in Russian missiles. "
        "Lianxin said it had never sold products to Russian military customers.",
        {("Harbin Lianxin Microelectronics", "component_supply", "denied")},
        set(),
    ),
    (
        "the_pronouns_second_verb",
        "Shantou Feida Electronics shipped modules to Russia. Feida said that it sells "
        "cameras only for farms and has never supplied any Russian military buyer.",
        {("Shantou Feida Electronics", "component_supply", "denied")},
        set(),
    ),
]

NEWS_PHRASINGS: list[Row] = [
    (
        "a_brand_before_a_model_is_no_maker",
        "The wreck was a Tupolev Tu-143, a reconnaissance drone designed in the Soviet Union, "
        "found near Russia's border.",
        set(),
        {("Tupolev", "drone_production", "asserted")},
    ),
    (
        "the_north_in_korean_reporting",
        "North Korea has sent troops to Russia. The North is also believed to have supplied "
        "Russia with artillery shells.",
        {("North Korea", "weapons_supply", "asserted")},
        set(),
    ),
    (
        "the_north_atlantic_is_not_the_north",
        "North Korea sent shells to Russia, while the North Atlantic Treaty Organization sent "
        "air defence to Ukraine.",
        {("North Korea", "weapons_supply", "asserted")},
        set(),
    ),
    (
        "not_confirming_is_no_denial",
        "Neither Pyongyang nor Moscow has confirmed the deployment of North Korean troops.",
        set(),
        {("North Korea", "personnel", "denied")},
    ),
    (
        "a_speaker_then_that",
        "A White House spokesman, speaking on Monday, claimed that the DPRK had delivered "
        "thousands of containers of munitions to Russia.",
        {("North Korea", "weapons_supply", "asserted")},
        {("United States", "weapons_supply", "asserted")},
    ),
    (
        "workers_from_two_countries_at_a_drone_plant",
        "Alabuga recruits young women from abroad to work in Russia. Some 300 women from "
        "Nigeria and Ghana, most of them under 22, were working on the drone assembly lines.",
        {("Nigeria", "personnel", "asserted"), ("Ghana", "personnel", "asserted")},
        set(),
    ),
    (
        "workers_from_countries_including",
        "At least 200 women from countries including Uganda, Kenya and Sierra Leone have been "
        "recruited to work at the drone plant in Alabuga, Russia.",
        {
            ("Uganda", "personnel", "asserted"),
            ("Kenya", "personnel", "asserted"),
            ("Sierra Leone", "personnel", "asserted"),
        },
        set(),
    ),
    (
        "workers_from_countries_such_as",
        "Workers from African countries such as Nigeria and Ghana were recruited to assemble "
        "drones at Alabuga in Russia.",
        {("Nigeria", "personnel", "asserted"), ("Ghana", "personnel", "asserted")},
        set(),
    ),
    (
        "tourists_from_countries_including",
        "Tourists from countries including Uganda and Kenya visited Moscow last summer.",
        set(),
        {("Uganda", "personnel", "asserted"), ("Kenya", "personnel", "asserted")},
    ),
    (
        "according_to_then_a_comma_is_no_speaker",
        "According to the ministry, Iran has supplied Russia with Shahed drones.",
        {("Iran", "drone_supply", "asserted")},
        set(),
    ),
    (
        "asked_about_is_no_request",
        'Asked about the reports, Chinese Foreign Ministry spokesperson Mao Ning said China "has '
        'never provided lethal weapons to any party" in the war in Ukraine.',
        {("China", "weapons_supply", "denied")},
        set(),
    ),
    (
        "a_share_of_russias_imports",
        "China accounts for about 90% of Russia's microelectronics imports, officials said.",
        {("China", "component_supply", "asserted")},
        set(),
    ),
    (
        "payments_routed_through_a_shell",
        "Payments for the engines were routed through Golden Bay Trading Limited, a Hong Kong "
        "shell company, to hide the Russian buyer.",
        {("Golden Bay Trading", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "shipments_routed_through_a_middleman",
        "Xiamen Ruifeng Electronics routed most of its shipments to Russia through Steppe "
        "Cargo LLC in Kazakhstan.",
        {("Xiamen Ruifeng Electronics", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "hyphenated_intermediary",
        "Shenzhen Zhilian Electronics sold drone cameras to Russian buyers through a Hong "
        "Kong-registered intermediary.",
        {("Shenzhen Zhilian Electronics", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "hong_kong_with_china_is_china",
        "The UK sanctioned six firms in China and Hong Kong that supplied drone parts to Russia.",
        {("China", "sanctions_imposed", "asserted"), ("China", "component_supply", "asserted")},
        {("Hong Kong", "sanctions_imposed", "asserted")},
    ),
    (
        "officials_of_a_nationality_say_it",
        "South Korean and U.S. officials said 10,000 North Korean troops had been sent to Russia.",
        {("North Korea", "personnel", "asserted")},
        {("South Korea", "personnel", "asserted")},
    ),
    (
        "a_package_adopted_then_targeted",
        "The EU's 15th sanctions package, adopted in December, targeted several Chinese entities "
        "over drone parts sent to Russia.",
        {("China", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "relative_clause_with_a_possessive_speaker",
        "Among the companies named is Qingdao Lantian Motor Co., Ltd., which Ukraine's military "
        "intelligence agency (HUR) says has supplied engines to Russian drone makers.",
        {("Qingdao Lantian Motor", "component_supply", "asserted")},
        {("Ukraine", "sanctions_imposed", "asserted")},
    ),
    (
        "added_to_a_departments_entity_list",
        "Sinno Electronics was added to the U.S. Commerce Department's Entity List for "
        "supplying Russia.",
        {("Sinno Electronics", "sanctions_imposed", "asserted")},
        set(),
    ),
    (
        "a_bloc_building_its_own_sensors",
        "EU leaders agreed to build a network of sensors and jammers after Russian drones "
        "crossed into Poland.",
        set(),
        {("European Union", "component_supply", "asserted")},
    ),
]

# blind28: how court and indictment stories name the accused and the law they broke
COURT_CASES: list[Row] = [
    (
        "a_relative_named_after_an_age",
        "The court found that Pavel R., 51, and his elder brother Igor R., 55, sent microchips "
        "worth €2 million to Russia.",
        {("Pavel R.", "component_supply", "asserted"), ("Igor R.", "component_supply", "asserted")},
        set(),
    ),
    (
        "both_citizens_describes_the_accused",
        "Lukas B. and Jonas B., both German citizens born in Russia, sent chips worth €900,000 "
        "to Russia.",
        {
            ("Lukas B.", "component_supply", "asserted"),
            ("Jonas B.", "component_supply", "asserted"),
        },
        {("Germany", "personnel", "asserted"), ("Lukas B.", "personnel", "asserted")},
    ),
    (
        "both_soldiers_still_serve",
        "Kim Song-il and Pak Chol-ho, both North Korean soldiers fighting for Russia in Kursk, "
        "were captured by Ukraine.",
        {("North Korea", "personnel", "asserted")},
        set(),
    ),
    (
        "co_defendants_charged_under_a_named_act",
        "Federal prosecutors said chips went to Russia. Two co-defendants, Viktor Lazarev of "
        "Queens and Uzbek citizen Rustam Aliyev, are charged with conspiring to violate the "
        "Export Control Reform Act.",
        {
            ("Viktor Lazarev", "sanctions_evasion", "asserted"),
            ("Rustam Aliyev", "sanctions_evasion", "asserted"),
        },
        set(),
    ),
    (
        "ieepa_by_its_name",
        "Prosecutors said the drone parts went to Russia. Russian national Dmitri Volkov is "
        "charged with violating the International Emergency Economic Powers Act.",
        {("Dmitri Volkov", "sanctions_evasion", "asserted")},
        set(),
    ),
    (
        "an_act_named_but_not_broken",
        "Prosecutors said the drone parts went to Russia. The Export Control Reform Act was "
        "passed in 2018 to tighten such rules.",
        set(),
        {("United States", "sanctions_evasion", "asserted")},
    ),
]

SOURCES = [
    (
        "a_jury_in_a_town_is_its_states",
        "A federal jury in Boston on Monday convicted a trader of shipping drones to Russia. "
        "Prosecutors said Viktor Lazarev, 51, had sent 300 drones to Russia.",
        ("Viktor Lazarev", "drone_supply", "United States"),
    ),
    (
        "prosecutors_in_a_town",
        "Prosecutors in Rotterdam have charged an exporter over chips sent to Russia. Jan D., "
        "the owner, is accused of shipping microchips to Russian buyers.",
        ("Jan D.", "component_supply", "Netherlands"),
    ),
    (
        "a_town_of_the_accused_state_is_no_court",
        "A court in Moscow on Monday sentenced a man in absentia. Kyiv says Viktor Lazarev, 51, "
        "had sent 300 drones to Russia.",
        ("Viktor Lazarev", "drone_supply", "Ukraine"),
    ),
    (
        "a_release_speaks_for_its_government",
        "Today, the U.S. Department of the Treasury is designating eight entities that supply "
        "Russia's drone makers. Mirae Parts Trading Limited has shipped drone engines to Russia.",
        ("Mirae Parts Trading", "component_supply", "United States"),
    ),
    (
        "a_news_lead_is_no_release",
        "The US Treasury on Thursday said it had sanctioned eight entities. Analysts say Chinese "
        "firms have shipped drone engines to Russia.",
        ("China", "component_supply", None),
    ),
    (
        "the_report_is_its_authors",
        "The Multilateral Sanctions Monitoring Team, set up last year after Russia vetoed a UN "
        "panel, said in its report that arms flows had grown. According to the 40-page report, "
        "North Korea has also sent 200 artillery pieces to Russia.",
        ("North Korea", "weapons_supply", "Multilateral Sanctions Monitoring Team"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in SOURCES], ids=[r[0] for r in SOURCES]
)
def test_release_sources(
    extractor: Extractor, text: str, expected: tuple[str, str, str | None]
) -> None:
    found = {(c.subject, c.claim_type): c.source for c in extractor.extract(article(text))}
    assert found.get(expected[:2], "missing") == expected[2], found


TABLES = (
    SHORT_NAMES
    + PEOPLE
    + DESCRIPTIONS
    + EVASION
    + SANCTION_WORDS
    + ANNEXES
    + MAKERS_AND_DENIALS
    + NEWS_PHRASINGS
    + COURT_CASES
)


@pytest.mark.parametrize(
    ("text", "expected", "absent"), [r[1:] for r in TABLES], ids=[r[0] for r in TABLES]
)
def test_release_phrasings(
    extractor: Extractor, text: str, expected: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert expected <= found, found
    assert not (absent & found), found
