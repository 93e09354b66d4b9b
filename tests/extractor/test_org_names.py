"""Where the names of companies and people begin and end: a claim's subject must be the
whole name, neither cut short ("Sevan Trade" of "Sevan Trade House") nor run on into the
words around it. Each row a name, a text, and the subject it must (or must not) yield; our
own sentences."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

WHOLE_NAMES = [
    (
        "a_company_with_a_digit_that_ships_drones",  # near miss of a model code
        "Sky7 Aviation shipped attack drones to Russia.",
        "Sky7 Aviation",
    ),
    (
        "a_ship_manager_in_one_word",
        "Britain froze the assets of Amur Coastal Shipmanagement for carrying shells to Russia.",
        "Amur Coastal Shipmanagement",
    ),
    (
        "a_ship_manager_by_its_short_name",
        "The tanker is run by Amur Coastal Shipmanagement of Nakhodka. Britain later froze the "
        "assets of Amur Coastal for carrying shells to Russia.",
        "Amur Coastal Shipmanagement",
    ),
    (
        "a_company_before_and_another_company",
        "Volga Trade and Kama Export Group shipped chips to Russia.",
        "Volga Trade",
    ),
    (
        "a_bracketed_place_before_the_legal_form",
        "The subsidiaries, Kestrel Trading (Hong Kong) Ltd. and Kestrel Logistics Co., were used "
        "to route payments through banks in third countries to evade U.S. sanctions.",
        "Kestrel Trading (Hong Kong)",
    ),
    (
        "a_bracketed_legal_form_is_no_place",
        "Indus Precision Parts (Pvt) Ltd exported drone engine parts to Russian buyers.",
        "Indus Precision Parts",
    ),
    (
        "a_place_word_closes_a_name_in_apposition",
        "Payments were routed through a Tehran exchange house, Sepehr Pardaz Kish, to avoid "
        "banking sanctions on Russia.",
        "Sepehr Pardaz Kish",
    ),
    (
        "a_form_word_opens_an_italian_name",
        "According to the finance police, Officine Meccaniche Volturno shipped six CNC milling "
        "machines to a Russian arms maker.",
        "Officine Meccaniche Volturno",
    ),
    (
        "a_plural_form_word_opens_a_name",
        "Industrie Elettroniche Adige sold drone parts to Russia.",
        "Industrie Elettroniche Adige",
    ),
    (
        "a_plan_before_the_comma_names_no_programme",
        "Under the plan, Volga Drone Systems has produced drones for the Russian army.",
        "Volga Drone Systems",
    ),
    (
        "a_projects_contractor_in_apposition",
        "The project's main contractor, Kama Drone Systems, has produced drones for the Russian "
        "army.",
        "Kama Drone Systems",
    ),
    (
        "trade_house_after_a_suffix_word",
        "The other two, Sevan Trade House and Gyumri Logistics Group, were accused of acting "
        "as intermediaries that shipped chips to Russia.",
        "Sevan Trade House",
    ),
    (
        "trading_house_before_a_legal_form",
        "Volga Trading House LLC supplied drone engines to the Russian army.",
        "Volga Trading House",
    ),
    (
        "exports_closes_a_name",
        "Delta Futurion Exports supplied thermal cameras to Russian drone makers.",
        "Delta Futurion Exports",
    ),
    (
        "microtech_closes_a_name",
        "Among those named were Foshan Lingyun Microtech and two Turkish traders that shipped "
        "chips to Russia.",
        "Foshan Lingyun Microtech",
    ),
    (
        "communication_closes_a_name",
        "Wuhan-based Changjiang Radio Trading and Shenzhen Guangsu Communication exported "
        "drones to Russia.",
        "Shenzhen Guangsu Communication",
    ),
    (
        "turkish_sanayi_is_part_of_the_name",
        "Turkey's Kaplan Makina Sanayi shipped CNC machines to Russian arms plants.",
        "Kaplan Makina Sanayi",
    ),
    (
        "sanayi_ve_ticaret_is_the_legal_form",
        "Denizli Elektronik Sanayi ve Ticaret A.Ş. shipped microchips to Russia.",
        "Denizli Elektronik",
    ),
    (
        "russian_komponent",
        "Ala-Too Komponent LLC forwarded the chips to buyers in Russia.",
        "Ala-Too Komponent",
    ),
    (
        "latvian_sia_after_the_name",
        "Prosecutors said Daugava Elektronika SIA, a Riga-based distributor, shipped "
        "microchips to Russia.",
        "Daugava Elektronika",
    ),
    (
        "polish_sp_z_oo",
        "Wisla Optyka Technologie Sp. z o.o. sold thermal cameras to a Russian importer.",
        "Wisla Optyka Technologie",
    ),
    (
        "hungarian_kft",
        "Duna Parts Kft sold drone motors to a Russian importer.",
        "Duna Parts",
    ),
    (
        "a_one_word_name_named_again",
        "The firm shipped 90 consignments of chips to a Moscow-based distributor, Radiokomplekt-M. "
        "Radiokomplekt-M in turn supplied the chips to Russian drone makers.",
        "Radiokomplekt-M",
    ),
    (
        "a_listed_name_before_company",
        "The EU adopted sanctions against the Shahed Aviation Industries company, which makes "
        "drones for Russia.",
        "Shahed Aviation Industries",
    ),
    (
        "a_quoted_name_after_a_legal_form",
        'LLC "Avtomatika" bought microchips for Russian drone makers.',
        "Avtomatika",
    ),
    (
        "guillemets_after_a_legal_form",
        "OOO «Radiosnab» bought microchips for Russian drone makers.",
        "Radiosnab",
    ),
    (
        "a_hyphenated_word_with_a_suffix_part",
        "Vektor-Komplekt supplied microchips to Russian drone makers.",
        "Vektor-Komplekt",
    ),
    (
        "a_listed_name_with_more_after_a_hyphen",
        "Ukrainian intelligence said the Minsk-based Integral-Avia Systems supplies boards to "
        "Russian drone makers.",
        "Integral-Avia Systems",
    ),
    (
        "a_listed_name_closes_a_longer_one",
        "Shenzhen-based Tianyu Unmanned Systems sent drone specialists to Russia.",
        "Tianyu Unmanned Systems",
    ),
    (
        "ukrainian_engine_makers",
        "Ukrainian engine maker Ivchenko-Progress said it had never supplied engines to Russia.",
        "Ivchenko-Progress",
    ),
    (
        "a_factory_in_apposition",
        "Ukraine named a Minsk electronics factory, Horizont-Mikro, which it said makes "
        "navigation boards for Russian drones.",
        "Horizont-Mikro",
    ),
    (
        "an_online_store_in_apposition",
        "SkyMart KZ, an Almaty-based online store, sold Chinese drones to Russian buyers.",
        "SkyMart KZ",
    ),
    (
        "a_tanker",
        "The US sanctioned the tanker Kholmsk Star for carrying North Korean shells to Russia.",
        "Kholmsk Star",
    ),
    ("a_letter_and_a_number", "A-1 Electronics supplied microchips to Russia.", "A-1 Electronics"),
    ("initials", "J.K. Supplies shipped drone parts to Russia.", "J.K. Supplies"),
    (
        "a_word_opening_with_a_digit",
        "3D Robotics Ltd supplied drone parts to Russia.",
        "3D Robotics",
    ),
]

# people: a name whole, with its particles and parts, wherever an apposition or a list
# gives it
PEOPLE = [
    (
        "a_lower_case_word_before_national",
        "The US sanctioned two Hong Kong firms for shipping chips to Russia. Lin Xiaoming, a "
        "mainland Chinese national who directed both firms, was also designated.",
        "Lin Xiaoming",
    ),
    (
        "a_former_engineer",
        "The drones' chief designer is Alexander Yashchenko, a former engineer at a Kazan "
        "helicopter plant who oversees drone production for Russia.",
        "Alexander Yashchenko",
    ),
    (
        "korean_names_listed_after_individuals",
        "Japan imposed sanctions on two North Korean individuals, Ri Song Chol and Kang Myong "
        "Ho, for overseeing shipments of artillery shells to Russia.",
        "Kang Myong Ho",
    ),
    (
        "an_age_before_the_name",
        "Police arrested 34-year-old Wang Jiaqiang, who shipped drone parts to Russia, "
        "prosecutors said.",
        "Wang Jiaqiang",
    ),
    (
        "a_role_over_something_before_the_name",
        "German prosecutors charged the company's head of export sales, Jürgen Albrecht, with "
        "shipping machine tools to Russia.",
        "Jürgen Albrecht",
    ),
]

# a subject that must not be read: a cut name, or capitals that name no company
NOT_NAMES = [
    (
        "the_shipping_journals_intelligence_unit",
        "According to Lloyd's List Intelligence, the tanker shipped Russian oil to India in "
        "breach of the price cap.",
        "List Intelligence",
    ),
    (
        "microtech_after_a_city_alone_is_an_event",
        "Visitors at the Shenzhen Microtech fair said Chinese firms shipped chips to Russia.",
        "Shenzhen Microtech",
    ),
    (
        "the_first_words_of_a_law",
        "Prosecutors said Volga Trade shipped chips to Russia in breach of the Foreign Trade and "
        "Payments Act.",
        "Foreign Trade",
    ),
    (
        "a_form_word_and_one_more_are_no_name",
        "Officine Meccaniche sold drone parts to Russia, the report said.",
        "Officine Meccaniche",
    ),
    (
        "the_town_of_a_described_firm_is_no_evader",
        "Payments were routed through a Tehran exchange house, Sepehr Pardaz Kish, to avoid "
        "banking sanctions on Russia.",
        "Iran",
    ),
    (
        "a_state_bodys_first_word",
        "Iran's Ports and Maritime Organization has said only grain passes through its Caspian "
        'ports, and it has called reports of arms shipments to Russia "fabrications".',
        "Ports",
    ),
    (
        "a_national_project_in_quotes",
        'The national project "Unmanned Aircraft Systems" provides for dozens of factories for '
        "the serial production of drones for the Russian army by 2030.",
        "Unmanned Aircraft Systems",
    ),
    (
        "a_state_programme",
        "Under the state programme Advanced Drone Systems, new factories will produce drones for "
        "the Russian army.",
        "Advanced Drone Systems",
    ),
    (
        "trade_house_cut_short",
        "The other two, Sevan Trade House and Gyumri Logistics Group, were accused of acting "
        "as intermediaries that shipped chips to Russia.",
        "Sevan Trade",
    ),
    (
        "white_house_is_no_company",
        "The White House said Chinese companies shipped drone parts to Russia.",
        "White House",
    ),
    (
        "a_listed_name_cut_before_its_hyphen",
        "Ukrainian intelligence said the Minsk-based Integral-Avia Systems supplies boards to "
        "Russian drone makers.",
        "Integral",
    ),
    (
        "national_security_is_no_nationality",
        "Ivan Petrov, a senior national security official, said Chinese firms shipped chips "
        "to Russia.",
        "Ivan Petrov",
    ),
    (
        "a_ship_verb_names_no_vessel",
        "Chinese firms ship Garpiya drones to Russia, officials said.",
        "Garpiya",
    ),
    (
        "a_known_name_with_its_owner",
        "The United States has also sanctioned Belarus's State Authority for Military Industry, "
        "which oversees the country's arms makers supplying Russia.",
        "Belarus's State Authority for Military Industry",
    ),
    (
        "a_bloc_and_a_state_joined",
        "The EU-India trade talks stalled after Indian firms shipped drone parts to Russia.",
        "EU-India",
    ),
    (
        "an_international_body_is_no_company",
        "The World Trade Organization said Chinese firms shipped chips to Russia.",
        "World Trade",
    ),
    (
        "an_international_body_is_no_supplier",
        "The World Trade Organization said Chinese firms shipped chips to Russia.",
        "World Trade Organization",
    ),
    (
        "generic_trade_house",
        "Russian Trade House data show Chinese firms shipped chips to Russia.",
        "Trade House",
    ),
    ("a_prefix_is_no_name", "Hi-Tech exports from China to Russia rose sharply.", "Hi-Tech"),
    (
        "a_weapon_with_a_suffix_word",
        "The firm sold Su-35 Engines to Russia, officials said.",
        "Su-35 Engines",
    ),
    (
        "a_model_code_before_its_drone",
        "Investigators took apart Russia's ZK9 attack drone, and it shows a design built "
        "around components sourced from China.",
        "ZK9",
    ),
    (
        "sanayi_ve_ticaret_not_in_the_name",
        "Denizli Elektronik Sanayi ve Ticaret A.Ş. shipped microchips to Russia.",
        "Denizli Elektronik Sanayi",
    ),
]


@pytest.mark.parametrize(
    ("text", "name"), [r[1:] for r in WHOLE_NAMES], ids=[r[0] for r in WHOLE_NAMES]
)
def test_whole_names(extractor: Extractor, text: str, name: str) -> None:
    subjects = {c.subject for c in extractor.extract(article(text))}
    assert name in subjects, subjects


@pytest.mark.parametrize(("text", "name"), [r[1:] for r in PEOPLE], ids=[r[0] for r in PEOPLE])
def test_people(extractor: Extractor, text: str, name: str) -> None:
    subjects = {c.subject for c in extractor.extract(article(text))}
    assert name in subjects, subjects


# headlines and subheadings in title case: capitals there name nothing
HEADLINE_WORDS = [
    (
        "exports_in_a_title",
        "US Sanctions Chinese Firms Over Chip Exports To Russia",
        "Chip Exports",
    ),
    ("trade_in_a_title", "Beijing Defends Chip Trade With Russia As Sanctions Loom", "Chip Trade"),
    ("made_in_a_title", "Kalashnikov-Made Drones Supplied To Russia By Iran", "Kalashnikov-Made"),
]
_BODY = "Officials said Chinese firms shipped drone parts to Russia."


@pytest.mark.parametrize(
    ("text", "name"), [r[1:] for r in NOT_NAMES], ids=[r[0] for r in NOT_NAMES]
)
def test_not_names(extractor: Extractor, text: str, name: str) -> None:
    assert name not in {c.subject for c in extractor.extract(article(text))}


@pytest.mark.parametrize(
    ("title", "name"), [r[1:] for r in HEADLINE_WORDS], ids=[r[0] for r in HEADLINE_WORDS]
)
def test_headline_capitals_name_nothing(extractor: Extractor, title: str, name: str) -> None:
    as_title = extractor.extract(article(_BODY, title))
    as_subheading = extractor.extract(article(f"{_BODY}\n\n{title}\n\n{_BODY}"))
    assert name not in {c.subject for c in [*as_title, *as_subheading]}
