"""Sanctions lists and their members as the most-read outlets write them: who is placed
under sanctions with a company, elliptical counts by country, members named as "listed"
or "on the list", "One of them, X" after the listed firms (our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]


def _triples(extractor: Extractor, text: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in extractor.extract(text)}


def _sanctioned(*names: str) -> set[Triple]:
    return {(n, "sanctions_imposed", "asserted") for n in names}


def _supply(*names: str) -> set[Triple]:
    return {(n, "component_supply", "asserted") for n in names}


_EU_PACKAGE = "The EU adopted its 19th sanctions package on Friday. "
_UA_DECREE = "Ukraine imposed new sanctions on Thursday. "

MEMBERS = [
    # a company and its officer placed under sanctions together
    (
        "company_and_its_chief_executive_placed_under",
        "Volga Rotor Works and its chief executive, Pavel Orlov, have been placed under "
        "sanctions by the United States and Britain.",
        _sanctioned("Volga Rotor Works", "Pavel Orlov"),
    ),
    (
        "company_and_its_director_were_placed_under",
        "Kestrel Avia LLC and its general director, Ivan Belov, were placed under U.S. sanctions "
        "last year.",
        _sanctioned("Kestrel Avia", "Ivan Belov"),
    ),
    # elliptical counts by country
    (
        "five_in_one_country_three_in_another",
        "In May Washington imposed sanctions on five companies registered in Turkey and three "
        "in the UAE that it said had supplied components to Russia's defence sector.",
        _sanctioned("Turkey", "United Arab Emirates") | _supply("Turkey", "United Arab Emirates"),
    ),
    (
        "counts_by_country_after_a_comma",
        "Britain sanctioned six firms from China, two from Kazakhstan and others from Turkey.",
        _sanctioned("China", "Kazakhstan", "Turkey"),
    ),
    (
        "the_list_includes_counts_by_country",
        _UA_DECREE + "The list includes 24 companies registered in China, 9 from Belarus and "
        "others from Turkey and the United Arab Emirates, according to the decree.",
        _sanctioned("China", "Belarus", "Turkey", "United Arab Emirates"),
    ),
    (
        "firms_from_one_country_and_two_more_from_another",
        "Britain sanctioned six firms from China and two more from Kazakhstan.",
        _sanctioned("China", "Kazakhstan"),
    ),
    (
        "counts_of_companies_and_individuals_from_countries",
        "President Volodymyr Zelensky signed a decree imposing sanctions on 31 companies and 9 "
        "individuals from China, Iran and several other countries that Ukraine says supply "
        "components for Russian drones.",
        _sanctioned("China", "Iran") | _supply("China", "Iran"),
    ),
    # "on the list", "among those on the sanctions list"
    (
        "the_firms_on_the_list_include",
        _EU_PACKAGE + "The Chinese firms on the list include Ningbo Skyway Electronics Co., "
        "a maker of autopilots.",
        _sanctioned("Ningbo Skyway Electronics"),
    ),
    (
        "is_among_the_companies_on_the_sanctions_list",
        _UA_DECREE + "Tianjin Hawk Motor Co. is among the companies on the sanctions list.",
        _sanctioned("Tianjin Hawk Motor"),
    ),
    (
        "was_among_firms_on_the_blacklist",
        _UA_DECREE + "Orion Parts Ltd. was among the firms on the Treasury's blacklist.",
        _sanctioned("Orion Parts"),
    ),
    (
        "the_list_also_includes_a_group_and_a_member",
        _UA_DECREE + "The list also includes two Belarusian enterprises that HUR says make "
        "electronic boards for Russian drone makers, including the Minsk-based Opticon Systems "
        "LLC.",
        _sanctioned("Belarus", "Opticon Systems") | _supply("Belarus"),
    ),
    # "was among N firms added to the sanctions list"
    (
        "among_groups_added_to_the_list",
        "Xiamen Longwing Technology Co. was among six mainland Chinese firms and two Hong Kong "
        "companies added to the EU's sanctions list on Friday.",
        _sanctioned("Xiamen Longwing Technology", "China", "Hong Kong"),
    ),
    (
        "one_of_the_firms_added_to_the_blacklist",
        "Baltic Star Trading LLC was one of 14 Turkish companies added to the U.S. blacklist.",
        _sanctioned("Baltic Star Trading", "Turkey"),
    ),
    # "another listed company, X", "the sanctioned firm, X"
    (
        "another_listed_company_with_a_possessor",
        _EU_PACKAGE + "Brussels accuses another listed company, Hong Kong's Jade Crest Ltd., "
        "of serving as a shell to move Western-made chips to Russia.",
        _sanctioned("Jade Crest"),
    ),
    (
        "one_designated_firm",
        _EU_PACKAGE + "The bloc says one designated firm, Amber Gate Trading LLC, shipped "
        "drone engines to Russia.",
        _sanctioned("Amber Gate Trading"),
    ),
    # "One of them, X" after the listed firms
    (
        "one_of_them_after_the_listed_firms",
        _EU_PACKAGE + "Diplomats said the listed Indian firms had supplied Russian arms makers "
        "with electronics. One of them, Pune-based Vastra Tech Exports, shipped 900 consignments "
        "of chips to Russian buyers.",
        _sanctioned("Vastra Tech Exports"),
    ),
    (
        "one_of_them_after_sanctions_on_a_group",
        "The Treasury imposed sanctions on a dozen Thai companies on Tuesday. One of those, "
        "Siam Circuit Co., sold microcontrollers to a Russian drone maker.",
        _sanctioned("Siam Circuit"),
    ),
    # a package that targets groups, and a list of more at its end
    (
        "package_targets_group_alongside_a_longer_list",
        "EU countries signed off on a fresh package of sanctions against Russia that targets "
        "Indian companies accused of feeding Moscow's drone program, alongside a longer list "
        "of Chinese suppliers.",
        _sanctioned("India", "China"),
    ),
    (
        "designated_firms_along_with_a_handful_of_group",
        "Britain designated three Turkish firms on Monday, along with a handful of Chinese "
        "traders.",
        _sanctioned("Turkey", "China"),
    ),
    (
        "among_the_companies_three_sentences_after_the_sanctions",
        "Japan on Friday imposed sanctions on 11 groups and individuals in Russia and China. "
        "The list comprises five Russian companies and two Chinese ones. Their assets in Japan "
        "will be frozen. Among the Russian companies is Amur Freight Lines, a Vladivostok "
        "forwarder.",
        _sanctioned("Amur Freight Lines"),
    ),
    (
        "assets_frozen_of_companies_suspected_of_helping",
        "In January, Tokyo froze the assets of several companies in the United Arab Emirates "
        "and Uzbekistan suspected of helping Russia circumvent export controls.",
        _sanctioned("United Arab Emirates", "Uzbekistan"),
    ),
    (
        "the_states_authorities_added_them_to_the_list",
        "The US Commerce Department added three Uzbek firms to its Entity List. In the same "
        "notice, the US authorities added companies from Kyrgyzstan and Kazakhstan to the list.",
        _sanctioned("Kyrgyzstan", "Kazakhstan"),
    ),
    (
        "among_them_after_the_listed_companies",
        "The EU adopted new sanctions against Russia, adding 45 companies in third countries "
        "to its list. The measures also target 200 tankers of the shadow fleet. Fifteen of the "
        "newly listed companies are based in China. Among them is Shenzhen Lantern Electronics, "
        "which the EU says supplied flight controllers to Russian drone makers.",
        _sanctioned("Shenzhen Lantern Electronics"),
    ),
    (
        "they_include_resumes_after_a_speakers_relative_clause",
        _EU_PACKAGE + "They include Kestrel Motor Works, which the Council says sold servo "
        "motors to a Russian drone plant, and Orkide Makina, a dealer in Izmir.",
        _sanctioned("Kestrel Motor Works", "Orkide Makina"),
    ),
    (
        "a_share_of_the_targets_based_in_a_country",
        _EU_PACKAGE + "About half of the companies hit with asset freezes are based in Turkey, "
        "officials said.",
        _sanctioned("Turkey"),
    ),
    (
        "a_count_of_those_registered_in_mainland_china_or_hong_kong",
        _EU_PACKAGE + "It lists 40 firms, and 12 of those are registered in mainland China or "
        "Hong Kong.",
        _sanctioned("China"),
    ),
    (
        "of_those_opening_the_sentence_after_the_listing_counts_by_country",
        _EU_PACKAGE + "It blacklists 30 more firms. Of these, 11 are registered in Iran, six "
        "in Belarus and two in the United Arab Emirates.",
        _sanctioned("Iran", "Belarus", "United Arab Emirates"),
    ),
]

NOT_MEMBERS = [
    (
        "of_those_after_a_count_of_suppliers_not_targets",  # near miss: no sanctions before
        "Researchers traced 50 suppliers of drone parts last year. Of those, 20 are based in "
        "Turkey and eight in Georgia.",
        ("Turkey", "sanctions_imposed"),
    ),
    (
        "of_those_long_after_the_sanctions",  # near miss: the listing is three sentences back
        "The EU adopted its 19th sanctions package on Friday. Trade with Russia fell. Exports "
        "of cars dropped. Researchers traced 50 suppliers of drone parts. Of those, 20 are "
        "based in Georgia.",
        ("Georgia", "sanctions_imposed"),
    ),
    (
        "hong_kong_after_mainland_china_is_china",  # near miss: one group, not two
        _EU_PACKAGE + "It lists 40 firms, and 12 of those are registered in mainland China or "
        "Hong Kong.",
        ("Hong Kong", "sanctions_imposed"),
    ),
    (
        "parts_made_by_companies_based_in_a_country",  # near miss: makers, not targets
        _EU_PACKAGE + "All but three of the parts were produced by companies based in Japan.",
        ("Japan", "sanctions_imposed"),
    ),
    (
        "the_buyer_inside_a_speakers_relative_clause",  # near miss: no ", and" resumes
        _EU_PACKAGE + "They include Kestrel Motor Works, which the Council says sold servo "
        "motors to Orkide Makina and others.",
        ("Orkide Makina", "sanctions_imposed"),
    ),
    (
        "those_a_members_relative_clause_names_are_no_members",
        "The US sanctioned 20 firms on Tuesday. Among the sanctioned companies is Ascend Parts "
        "Private Limited, a Delhi firm that sent aviation components to Russia-based companies.",
        ("Russia", "sanctions_imposed"),
    ),
    (
        "warring_states_authorities_add_to_no_sanctions_list",
        "The EU sanctioned ten firms. Russian authorities added companies from Kazakhstan to "
        "the list of friendly suppliers.",
        ("Kazakhstan", "sanctions_imposed"),
    ),
    (
        "a_count_after_a_comma_that_is_a_date",
        "Britain sanctioned six firms from China, 2 in March from a list drafted in Kazakhstan.",
        ("Kazakhstan", "sanctions_imposed"),
    ),
    (
        "the_list_includes_firms_that_sell_in_a_state",
        _UA_DECREE + "The list includes 24 companies registered in China that sell goods in "
        "Kazakhstan.",
        ("Kazakhstan", "sanctions_imposed"),
    ),
    (
        "among_the_companies_long_after_the_sanctions",
        "Japan imposed sanctions on 11 groups in Russia in March. The ministry said talks were "
        "planned. Trade fell. Exports of cars rose. Analysts expect more growth. Among the "
        "companies is Amur Freight Lines, which opened a new office.",
        ("Amur Freight Lines", "sanctions_imposed"),
    ),
    (
        "bought_from_a_sanctioned_chinese_manufacturer",
        "The drones use engines bought from a sanctioned Chinese manufacturer.",
        ("China", "sanctions_imposed"),
    ),
    (
        "the_sanctioned_iranian_suppliers",
        "Russia kept buying parts from the sanctioned Iranian suppliers.",
        ("Iran", "sanctions_imposed"),
    ),
    (
        "listed_on_the_stock_exchange",
        "Another listed company, Kestrel Holdings Ltd., reported higher profits on Monday.",
        ("Kestrel Holdings", "sanctions_imposed"),
    ),
    (
        "one_of_them_without_a_sanctions_list",
        "Many firms in Almaty trade with Russia. One of them, Steppe Motors LLC, imports cars.",
        ("Steppe Motors", "sanctions_imposed"),
    ),
    (
        "officer_does_not_share_the_companys_role",
        "Volga Rotor Works and its chief executive, Pavel Orlov, have been placed under "
        "sanctions by the United States over their role in drone production.",
        ("Pavel Orlov", "drone_production"),
    ),
    (
        "among_the_companies_on_the_fortune_list",
        "Sinotrans Ltd. is among the companies on the Fortune 500 list.",
        ("Sinotrans", "sanctions_imposed"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in MEMBERS], ids=[r[0] for r in MEMBERS]
)
def test_members(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = _triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "pair"), [r[1:] for r in NOT_MEMBERS], ids=[r[0] for r in NOT_MEMBERS]
)
def test_not_members(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    found = _triples(extractor, article(text))
    assert (*pair, "asserted") not in found, found
