"""Table-driven subject forms found by a wording probe: who a claim is about when the
sentence names them only by a pronoun or description, or by a name the gazetteer lacks.
Each row gives a body and the claims it must yield (exactly); near misses yield the same
claims without the one the form would wrongly add, or none."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article, triples

PARTS = "component_supply"
EVADES = "sanctions_evasion"
SANCTIONED = "sanctions_imposed"
DRONES = "drone_supply"
MAKES = "drone_production"
A = "asserted"
D = "denied"

# "It <verb>": the company the sentence before opened with as its subject
IT_COMPANY = [
    (
        "it_charged_after_a_denial",
        "Sinotech Dynamics Ltd denied wrongdoing. It has been accused of shipping drone "
        "engines to Russia through Kazakhstan.",
        {("Sinotech Dynamics", PARTS, A)},
    ),
    (
        "it_allegedly_helped_evade",
        "Kratos Trade FZE is registered in Dubai. It allegedly helped Russian buyers evade "
        "sanctions.",
        {("Kratos Trade", EVADES, A)},
    ),
    (
        "it_supplies_in_the_present",
        "Shanghai Kexin Optics makes cameras. It supplies thermal imaging modules to "
        "Russian drone makers.",
        {("Shanghai Kexin Optics", PARTS, A)},
    ),
    (
        "it_said_it_never_sold",
        "Sinotech Dynamics denied the report. It said it had never sold drones to Russia.",
        {("Sinotech Dynamics", DRONES, D)},
    ),
    (
        "it_was_sanctioned",
        "Sinotech Dynamics sold chips to Russian buyers. It was sanctioned by the US in May.",
        {("Sinotech Dynamics", PARTS, A), ("Sinotech Dynamics", SANCTIONED, A)},
    ),
    # near misses: "It" is the goods, nobody, or the sentence before opened with no company
    (
        "it_was_shipped_is_the_goods",
        "Sinotech Dynamics was founded in 2015. It was shipped to Russia via Kazakhstan.",
        set(),
    ),
    (
        "it_is_unclear_is_nobody",
        "Sinotech Dynamics was founded in 2015. It is unclear whether drones were "
        "shipped to Russia.",
        set(),
    ),
    (
        "it_appears_is_nobody",
        "Sinotech Dynamics was founded in 2015. It appears that drone engines reached "
        "Russia through Kazakhstan.",
        set(),
    ),
    (
        "no_company_opened_the_sentence_before",
        "Investigators in Kyiv studied cameras of Sinotech Dynamics and Polar Star "
        "Logistics. It shipped drone engines to Russia.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in IT_COMPANY], ids=[r[0] for r in IT_COMPANY]
)
def test_it_stands_for_the_company_opening_the_sentence_before(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "the joint venture", "the outfit", "the middleman": a company named before, by its trade
TRADE_NOUNS = [
    (
        "the_joint_venture",
        "Hebei Yuhang Aviation was set up in 2020. The joint venture shipped drone engines "
        "to Russia's army.",
        {("Hebei Yuhang Aviation", PARTS, A)},
    ),
    (
        "the_outfit",
        "Hebei Yuhang Aviation was set up in 2020. The little-known outfit shipped drone "
        "engines to Russia's army.",
        {("Hebei Yuhang Aviation", PARTS, A)},
    ),
    (
        "the_middleman",
        "Kratos Trade FZE is registered in Dubai. The middleman helped Russian buyers evade "
        "sanctions, prosecutors said.",
        {("Kratos Trade", EVADES, A)},
    ),
    (
        "the_logistics_provider",
        "Hebei Yuhang Aviation was set up in 2020. The logistics provider shipped drone "
        "engines to Russia's army.",
        {("Hebei Yuhang Aviation", PARTS, A)},
    ),
    (
        "the_seller",
        "Hebei Yuhang Aviation was set up in 2020. The seller shipped drone engines to "
        "Russia's army.",
        {("Hebei Yuhang Aviation", PARTS, A)},
    ),
    # near miss: an indefinite trade noun is a new, unnamed company
    (
        "an_indefinite_seller_is_no_one_named",
        "Hebei Yuhang Aviation was set up in 2020. A seller in Kazan shipped drone engines "
        "to Russia's army.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in TRADE_NOUNS], ids=[r[0] for r in TRADE_NOUNS]
)
def test_a_trade_noun_stands_for_the_company_named_before(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# names the gazetteer lacks, ending in a trade word: "X Composites", "X Sensors"
TRADE_WORD_NAMES = [
    (
        "composites",
        "Shaanxi Yuhang Composites assembled attack drones for Russia, intelligence "
        "officials said.",
        {("Shaanxi Yuhang Composites", MAKES, A)},
    ),
    (
        "sensors",
        "Wuxi Hongda Sensors shipped drone parts to Russia, customs records show.",
        {("Wuxi Hongda Sensors", PARTS, A)},
    ),
    (
        "batteries",
        "Dongguan Hengxin Batteries sold drone batteries to Russian buyers, the report found.",
        {("Dongguan Hengxin Batteries", PARTS, A)},
    ),
    (
        "manufacturing",
        "Hubei Jiatai Manufacturing helped Russia evade sanctions, the Treasury said.",
        {("Hubei Jiatai Manufacturing", EVADES, A)},
    ),
    (
        "tools_then_the_plant",
        "Ningbo Zhongxing Tools has a plant in Ningbo. The plant assembled attack drones for "
        "Russia's army.",
        {("Ningbo Zhongxing Tools", MAKES, A)},
    ),
    # near miss: the trade word in a title-case headline names no company
    (
        "headline_words_name_no_company",
        "Japanese Products Shipped To Russia Via Kazakhstan\n\nJapanese goods reached the "
        "market, a trade report found.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in TRADE_WORD_NAMES], ids=[r[0] for r in TRADE_WORD_NAMES]
)
def test_a_name_ending_in_a_trade_word_is_a_company(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "a group of Chinese companies", "most of the Indian firms": the companies themselves
SETS_OF_FIRMS = [
    (
        "a_group_of",
        "A group of Chinese companies supplied Russia with drone engines, the report said.",
        {("China", PARTS, A)},
    ),
    (
        "a_handful_of",
        "A handful of Chinese firms supplied Russia with drone engines.",
        {("China", PARTS, A)},
    ),
    (
        "a_string_of",
        "A string of Turkish companies helped Russia evade sanctions.",
        {("Turkey", EVADES, A)},
    ),
    (
        "more_than_half_of_the",
        "More than half of the Chinese firms supplied Russia with drone engines.",
        {("China", PARTS, A)},
    ),
    (
        "the_majority_of",
        "The majority of Chinese exporters sold drones to Russia, the study found.",
        {("China", DRONES, A)},
    ),
    # near misses: the firms arm Ukraine; "Group" with a capital is a company's name
    (
        "a_group_of_firms_arming_ukraine",
        "A group of Ukrainian companies supplied drones to the Ukrainian army as Russia attacked.",
        set(),
    ),
    (
        "group_in_a_name_before_of_its_seat",
        "The US sanctioned Ala-Too Trade Group of Bishkek and Kyrgyz firms helped Russia "
        "evade sanctions.",
        {("Ala-Too Trade Group", SANCTIONED, A), ("Kyrgyzstan", EVADES, A)},
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in SETS_OF_FIRMS], ids=[r[0] for r in SETS_OF_FIRMS]
)
def test_a_set_of_firms_is_the_firms(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "It has sent", "The country has also supplied": the state the sentence before opened with
THE_STATE = [
    (
        "it_has_sent_an_irregular_past",
        "North Korea has deepened ties with Moscow. It has sent millions of shells to "
        "Russia, Seoul says.",
        {("North Korea", "weapons_supply", A)},
    ),
    (
        "the_country_has_also_supplied",
        "North Korea has deepened ties with Moscow. The country has also supplied "
        "ballistic missiles to Russia, Seoul says.",
        {("North Korea", "weapons_supply", A)},
    ),
    (
        "the_reclusive_nation",
        "North Korea has deepened ties with Moscow. The reclusive nation has sent millions "
        "of shells to Russia, Seoul says.",
        {("North Korea", "weapons_supply", A)},
    ),
    # near misses: the state opened the sentence before as the recipient's foe; "is" acts not
    (
        "the_country_is_home",
        "North Korea has deepened ties with Moscow. The country is home to 26 million people.",
        set(),
    ),
    (
        "the_country_after_ukraine_received",
        "Ukraine has struck Russian refineries. The country has received drones from Britain.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in THE_STATE], ids=[r[0] for r in THE_STATE]
)
def test_the_country_stands_for_the_state_opening_the_sentence_before(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "X was among the firms that shipped", "X is one of the companies that supplied": the
# relative clause tells about X, one of the class
ONE_OF_A_CLASS = [
    (
        "was_among_the_firms_that",
        "Hong Kong-based Ever Bright Electronics Co was among the firms that shipped chips "
        "to Russia, the report said.",
        {("Ever Bright Electronics", PARTS, A)},
    ),
    (
        "is_one_of_the_companies_that",
        "Ever Bright Electronics is one of the companies that supplied chips to Russia, the "
        "report said.",
        {("Ever Bright Electronics", PARTS, A)},
    ),
    (
        "was_one_of_several_firms_that",
        "Ever Bright Electronics was one of several firms that sold drone engines to Russia.",
        {("Ever Bright Electronics", PARTS, A)},
    ),
    # near misses: the class arms Ukraine; "among the first to report" is no class of doers
    (
        "one_of_the_companies_supplying_ukraine",
        "Ever Bright Electronics is one of the companies that supplied chips to Ukraine.",
        set(),
    ),
    (
        "among_the_first_to_report",
        "Ever Bright Electronics was among the first to report that Chinese firms sold "
        "drones to Russia.",
        {("China", DRONES, A)},
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in ONE_OF_A_CLASS], ids=[r[0] for r in ONE_OF_A_CLASS]
)
def test_one_of_a_class_does_what_the_class_did(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "The company X", "The Shenzhen-based distributor X" opening a sentence introduce X
DESCRIBED_OPENING = [
    (
        "the_company_x",
        "The company Jinan Longsheng shipped chips to Russia, customs records show.",
        {("Jinan Longsheng", PARTS, A)},
    ),
    (
        "the_based_distributor_x",
        "The Shenzhen-based distributor Jinan Longsheng shipped chips to Russia.",
        {("Jinan Longsheng", PARTS, A)},
    ),
    # near misses: a capitalised word after the noun that is no name
    ("the_company_monday", "The company Monday denied shipping chips to Russia.", set()),
    (
        "the_firm_reuters_contacted",
        "The firm Reuters contacted denied shipping chips to Russia.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"),
    [r[1:] for r in DESCRIBED_OPENING],
    ids=[r[0] for r in DESCRIBED_OPENING],
)
def test_a_sentence_opening_with_the_company_x_names_x(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "X Import and Export", "X Institute of Technology": "and"/"of" before a trade word that
# ends the name is inside it
JOINED_NAMES = [
    (
        "import_and_export",
        "Xiamen Tengda Import and Export shipped drone parts to Russia.",
        {("Xiamen Tengda Import and Export", PARTS, A)},
    ),
    (
        "institute_of_technology",
        "Harbin Institute of Technology was sanctioned by the US on Friday.",
        {("Harbin Institute of Technology", SANCTIONED, A)},
    ),
    (
        "and_technology_before_the_legal_form",
        "Shenzhen Kaida Electronics and Technology Co shipped chips to Russia.",
        {("Shenzhen Kaida Electronics and Technology", PARTS, A)},
    ),
    # near miss: a list of two names, the second opening with a trade word
    (
        "two_names_joined_by_and",
        "The US sanctioned Hebei Lantian Machinery and Logistics Plus for shipping chips to "
        "Russia.",
        {
            ("Hebei Lantian Machinery", PARTS, A),
            ("Hebei Lantian Machinery", SANCTIONED, A),
            ("Logistics Plus", PARTS, A),
            ("Logistics Plus", SANCTIONED, A),
        },
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in JOINED_NAMES], ids=[r[0] for r in JOINED_NAMES]
)
def test_a_trade_word_after_and_or_of_ends_the_name(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# each origin supplies its own goods: "North Korean shells and Iranian drones", "drones from
# Iran and shells from North Korea"
EACH_ORIGIN = [
    (
        "two_origin_adjectives",
        "Russia has relied on North Korean shells and Iranian drones.",
        {("North Korea", "weapons_supply", A), ("Iran", DRONES, A)},
    ),
    (
        "three_origin_adjectives",
        "Russia has bought Iranian drones, North Korean missiles and Chinese microchips.",
        {("Iran", DRONES, A), ("North Korea", "weapons_supply", A), ("China", PARTS, A)},
    ),
    (
        "two_parallel_sources",
        "Moscow has obtained attack drones from Tehran and ballistic missiles from Pyongyang.",
        {("Iran", DRONES, A), ("North Korea", "weapons_supply", A)},
    ),
    # near misses: one kind of goods from two sources; goods of two kinds from a list
    (
        "one_kind_from_a_list",
        "Russia has received drones from Iran and North Korea.",
        {("Iran", DRONES, A), ("North Korea", DRONES, A)},
    ),
    (
        "two_kinds_from_a_list",
        "Russia has received drones and shells from Iran and North Korea.",
        {
            ("Iran", DRONES, A),
            ("Iran", "weapons_supply", A),
            ("North Korea", DRONES, A),
            ("North Korea", "weapons_supply", A),
        },
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in EACH_ORIGIN], ids=[r[0] for r in EACH_ORIGIN]
)
def test_each_origin_supplies_its_own_goods(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "the regime in Pyongyang", "the government in Tehran": the state governed from there
GOVERNMENT_IN = [
    (
        "the_regime_in_pyongyang",
        "The regime in Pyongyang is supplying Russia with ballistic missiles, Kyiv says.",
        {("North Korea", "weapons_supply", A)},
    ),
    (
        "the_government_in_tehran",
        "The government in Tehran has supplied Russia with drones.",
        {("Iran", DRONES, A)},
    ),
    (
        "sanctions_on_the_regime_in_minsk",
        "The EU imposed sanctions on the regime in Minsk for helping Russia's war.",
        {("Belarus", SANCTIONED, A)},
    ),
    # near miss: the government is where goods went, not who sent them
    (
        "sent_to_the_government_in_damascus",
        "Drones were sent to the government in Damascus by Iran.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in GOVERNMENT_IN], ids=[r[0] for r in GOVERNMENT_IN]
)
def test_the_government_in_a_capital_is_its_state(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "The Chinese are supplying": a demonym in -ese used as the nationals' noun
THE_CHINESE = [
    (
        "the_chinese_are_supplying",
        "The Chinese are supplying Russia with drone engines, Kyiv says.",
        {("China", PARTS, A)},
    ),
    (
        "the_chinese_have_sent",
        "The Chinese have sent drone parts to Russia, officials say.",
        {("China", PARTS, A)},
    ),
    # near misses: the demonym before its noun; the nationals said not to be involved
    ("the_chinese_company_unnamed", "The Chinese company shipped drone parts to Russia.", set()),
    (
        "the_chinese_were_not_involved",
        "The Chinese were not involved, Beijing says; Iran sent drones to Russia.",
        {("Iran", DRONES, A)},
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in THE_CHINESE], ids=[r[0] for r in THE_CHINESE]
)
def test_the_chinese_as_a_noun_are_the_nationals(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "X (Hong Kong)", "its Hong Kong affiliate": a seat that describes a company, no actor
SEAT_WORDS = [
    (
        "bracketed_seat",
        "Sun Wave Trading (Hong Kong) shipped chips to Russia.",
        {("Sun Wave Trading", PARTS, A)},
    ),
    (
        "list_of_bracketed_seats",
        "Sun Wave Trading (Hong Kong), Polar Star Logistics (UAE) and Ever Bright "
        "Electronics (China) shipped chips to Russia.",
        {
            ("Sun Wave Trading", PARTS, A),
            ("Polar Star Logistics", PARTS, A),
            ("Ever Bright Electronics", PARTS, A),
        },
    ),
    (
        "its_seat_affiliate",
        "Sun Wave Trading and its Hong Kong affiliate shipped chips to Russia.",
        {("Sun Wave Trading", PARTS, A)},
    ),
    (
        "possessor_seat_subsidiary",
        "Sun Wave Trading's Hong Kong subsidiary shipped drone parts to Russia.",
        set(),
    ),
    # near miss: a state with an aside in brackets still acts
    (
        "a_state_with_an_aside",
        "Kyrgyzstan (a Russian ally) re-exported chips to Russia.",
        {("Kyrgyzstan", PARTS, A), ("Kyrgyzstan", EVADES, A)},
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in SEAT_WORDS], ids=[r[0] for r in SEAT_WORDS]
)
def test_a_seat_describing_a_company_is_no_actor(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "the pair", "the latter", "Both", "All three", "the two" after a list of actors
LIST_REFS = [
    (
        "the_latter",
        "The report names Sun Wave Trading and Polar Star Logistics. The latter shipped "
        "drone engines to Russia.",
        {("Polar Star Logistics", PARTS, A)},
    ),
    (
        "the_former",
        "The report names Sun Wave Trading and Polar Star Logistics. The former shipped "
        "drone engines to Russia.",
        {("Sun Wave Trading", PARTS, A)},
    ),
    (
        "the_pair",
        "The report names Sun Wave Trading and Polar Star Logistics. The pair shipped drone "
        "engines to Russia.",
        {("Sun Wave Trading", PARTS, A), ("Polar Star Logistics", PARTS, A)},
    ),
    (
        "all_three",
        "The report names Sun Wave Trading, Polar Star Logistics and Ever Bright "
        "Electronics. All three shipped drone engines to Russia.",
        {
            ("Sun Wave Trading", PARTS, A),
            ("Polar Star Logistics", PARTS, A),
            ("Ever Bright Electronics", PARTS, A),
        },
    ),
    (
        "both_after_two_states",
        "Iran and North Korea have deepened ties with Moscow. Both have sent weapons to Russia.",
        {("Iran", "weapons_supply", A), ("North Korea", "weapons_supply", A)},
    ),
    (
        "both_countries_after_two_states_and_moscow",
        "Iran and North Korea have deepened ties with Moscow. Both countries have sent "
        "weapons to Russia.",
        {("Iran", "weapons_supply", A), ("North Korea", "weapons_supply", A)},
    ),
    # near misses: "both" before a list of its own; three named where "the pair" looks back
    (
        "both_the_eu_and_the_us",
        "The report names Sun Wave Trading and Polar Star Logistics. Both the EU and the US "
        "sanctioned Russia.",
        set(),
    ),
    (
        "the_pair_after_three",
        "The report names Sun Wave Trading, Polar Star Logistics and Ever Bright "
        "Electronics. The pair shipped drone engines to Russia.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in LIST_REFS], ids=[r[0] for r in LIST_REFS]
)
def test_a_reference_to_a_list_stands_for_its_members(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "They <verb>" opening a sentence after one that listed companies or states
THEY_LIST = [
    (
        "they_after_two_companies",
        "The report names Sun Wave Trading and Polar Star Logistics. They shipped drone "
        "engines to Russia.",
        {("Sun Wave Trading", PARTS, A), ("Polar Star Logistics", PARTS, A)},
    ),
    (
        "they_after_two_states",
        "Iran and North Korea have deepened ties with Moscow. They have sent weapons to Russia.",
        {("Iran", "weapons_supply", A), ("North Korea", "weapons_supply", A)},
    ),
    # near misses: "They are" describes; a list named two sentences back is too far
    (
        "they_are_based",
        "Officials in Kyiv named Sun Wave Trading and Polar Star Logistics. They are based "
        "in Hong Kong.",
        set(),
    ),
    (
        "they_two_sentences_on",
        "The report names Sun Wave Trading and Polar Star Logistics. Officials in Kyiv "
        "welcomed it. They shipped drone engines to Russia.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in THEY_LIST], ids=[r[0] for r in THEY_LIST]
)
def test_they_stands_for_the_list_before(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "The Treasury sanctioned X. It shipped ...": "It" supplies, so it is X, not the Treasury
IT_TARGET = [
    (
        "it_shipped_after_a_sanction",
        "The US Treasury sanctioned Sun Wave Trading on Tuesday. It shipped drone parts to "
        "Russia, officials said.",
        {("Sun Wave Trading", PARTS, A), ("Sun Wave Trading", SANCTIONED, A)},
    ),
    (
        "it_has_also_supplied",
        "The US Treasury sanctioned Sun Wave Trading on Tuesday. It has also supplied "
        "microchips to Russian arms makers.",
        {("Sun Wave Trading", PARTS, A), ("Sun Wave Trading", SANCTIONED, A)},
    ),
    (
        "it_after_an_object",
        "Ukraine's intelligence has identified Shanghai Kexin Optics. It supplies thermal "
        "imaging modules to Russian drone makers.",
        {("Shanghai Kexin Optics", PARTS, A)},
    ),
    (
        "it_after_an_outlet_and_a_company",
        "Reuters reviewed records on Sun Wave Trading. It shipped drone parts to Russia in 2023.",
        {("Sun Wave Trading", PARTS, A)},
    ),
    # near misses: two companies named (which one, the text does not say); "It" sanctions;
    # "It" is the goods
    (
        "it_was_shipped_after_an_object",
        "The drone uses engines from Sun Wave Trading. It was shipped to Russia via Kazakhstan.",
        set(),
    ),
    (
        "it_after_two_companies",
        "The US Treasury sanctioned Sun Wave Trading and Polar Star Logistics on Tuesday. "
        "It shipped drone parts to Russia.",
        {("Sun Wave Trading", SANCTIONED, A), ("Polar Star Logistics", SANCTIONED, A)},
    ),
    (
        "it_also_sanctioned",
        "Britain sanctioned Sun Wave Trading. It also sanctioned Polar Star Logistics.",
        {("Sun Wave Trading", SANCTIONED, A), ("Polar Star Logistics", SANCTIONED, A)},
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in IT_TARGET], ids=[r[0] for r in IT_TARGET]
)
def test_it_supplying_is_the_company_the_government_named(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "Chinese businessman Li Wei shipped": a person by the title before the name, no comma
TITLE_FIRST_PEOPLE = [
    (
        "nationality_businessman_name",
        "Chinese businessman Li Wei shipped drone engines to Russia, prosecutors said.",
        {("Li Wei", PARTS, A)},
    ),
    (
        "place_resident_name",
        "Hong Kong resident Chan Ka Ming shipped drone parts to Russia.",
        {("Chan Ka Ming", PARTS, A)},
    ),
    (
        "nationality_businessman_denies",
        "Chinese businessman Li Wei denied shipping drone engines to Russia.",
        {("Li Wei", PARTS, D)},
    ),
    (
        "charged_name_with_shipping",
        "Prosecutors charged Li Wei with shipping drone engines to Russia.",
        {("Li Wei", PARTS, A)},
    ),
    (
        "convicted_name_of_smuggling",
        "Prosecutors convicted Li Wei of smuggling chips to Russia.",
        {("Li Wei", PARTS, A)},
    ),
    (
        "an_aside_run_by_a_titled_person",
        "Polar Star Logistics, run by Chinese businessman Li Wei, shipped drone parts to Russia.",
        {("Polar Star Logistics", PARTS, A)},
    ),
    # near misses: the person ships to Ukraine; an arrest names no charge
    (
        "charged_with_shipping_to_ukraine",
        "Prosecutors charged Li Wei with shipping drone engines to Ukraine.",
        set(),
    ),
    ("arrested_in_a_city", "Police arrested Li Wei in Hamburg on Tuesday.", set()),
    (
        "businessman_supplying_ukraine",
        "Turkish businessman Mehmet Kaya shipped drone parts to Ukraine to fight Russia.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"),
    [r[1:] for r in TITLE_FIRST_PEOPLE],
    ids=[r[0] for r in TITLE_FIRST_PEOPLE],
)
def test_a_title_before_a_name_introduces_a_person(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "Li Wei ... Li shipped", "Mr Li": a two-letter family name written first
FAMILY_NAMES = [
    (
        "family_name_alone",
        "Li Wei, a Chinese national, was arrested in Germany. Li shipped drone engines to Russia.",
        {("Li Wei", PARTS, A)},
    ),
    (
        "mr_and_family_name",
        "Li Wei, a Chinese national, was arrested in Germany. Mr Li shipped drone engines to "
        "Russia.",
        {("Li Wei", PARTS, A)},
    ),
    # near miss: a particle opening a company's name is no one's name
    (
        "al_in_a_company_name",
        "Al Wei, a Chinese national, was arrested in Germany. Al Noor Trading shipped drone "
        "engines to Russia.",
        {("Al Noor Trading", PARTS, A)},
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in FAMILY_NAMES], ids=[r[0] for r in FAMILY_NAMES]
)
def test_a_family_name_written_first_stands_for_the_person(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "the Chinese national", "the 45-year-old": the private person named before
PERSON_DESCRIPTIONS = [
    (
        "the_nationality_national",
        "Li Wei, a Chinese national, was arrested in Germany. The Chinese national shipped "
        "drone engines to Russia.",
        {("Li Wei", PARTS, A)},
    ),
    (
        "the_age_alone",
        "Li Wei, a Chinese national, was arrested in Germany. The 45-year-old had shipped "
        "drone engines to Russia.",
        {("Li Wei", PARTS, A)},
    ),
    # near misses: no private person named before; an official's age
    (
        "the_national_after_a_group",
        "Chinese nationals have fought for Russia. The Chinese national was captured in Donetsk.",
        {("China", "personnel", A)},
    ),
    (
        "the_age_of_an_official_who_speaks",
        "Kurt Campbell spoke in Washington. The 45-year-old said Chinese firms shipped drone "
        "engines to Russia.",
        {("China", PARTS, A)},
    ),
]


@pytest.mark.parametrize(
    ("body", "want"),
    [r[1:] for r in PERSON_DESCRIPTIONS],
    ids=[r[0] for r in PERSON_DESCRIPTIONS],
)
def test_a_description_stands_for_the_person_named_before(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# Russians sent abroad serve no foreign party to Russia's war
RUSSIANS_ABROAD = [
    (
        "russian_workers_sent_to_north_korea",
        "Some 2,000 Russian workers were sent to North Korea to build a resort.",
        set(),
    ),
    (
        "russian_engineers_dispatched",
        "Russian engineers had been dispatched to North Korea, the report said.",
        set(),
    ),
    # near miss: North Koreans sent to Russia still are
    (
        "north_korean_workers_sent_to_russia",
        "North Korean workers were sent to Russian drone factories.",
        {("North Korea", "personnel", A)},
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in RUSSIANS_ABROAD], ids=[r[0] for r in RUSSIANS_ABROAD]
)
def test_russia_is_no_subject_of_personnel(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want


# "companies in Dubai": firms in a city are its state's group, as "Dubai-based firms" are
FIRMS_IN_A_CITY = [
    (
        "companies_in_dubai",
        "Moscow depends on imports. Companies in Dubai shipped drone engines to Russia.",
        {("United Arab Emirates", PARTS, A)},
    ),
    (
        "bought_from_traders_in_dubai",
        "Moscow depends on imports. Russia bought drone engines from traders in Dubai.",
        {("United Arab Emirates", PARTS, A)},
    ),
    (
        "shipped_by_companies_in_shenzhen",
        "Moscow depends on imports. Drone engines were shipped to Russia by companies in Shenzhen.",
        {("China", PARTS, A)},
    ),
    # near miss: buyers there are where goods went, not who sent them
    (
        "buyers_in_dubai",
        "Moscow depends on imports. Buyers in Dubai received drone engines from Russia.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in FIRMS_IN_A_CITY], ids=[r[0] for r in FIRMS_IN_A_CITY]
)
def test_firms_in_a_city_are_its_states_group(
    extractor: Extractor, body: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, article(body)) == want
