"""Table-driven shapes of Korean, Japanese and Iran-focused reporting: state media that
gives no details, anonymous sources placed in a country, and a participle that describes a
noun. One row per construction, with near misses."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, claims_by_triple, triples

# information given about the goods moves no goods
NO_TRANSFER = [
    (
        "state_media_gave_no_details_of_the_aircraft",
        "Russian Defense Minister Shoigu toured a Pyongyang arms show with Kim, where two large "
        "drones were displayed. KCNA gave no names, specifications or production details for "
        "either aircraft.",
        ("North Korea", "drone_supply", "asserted"),
    ),
    (
        "the_ministry_provided_information_on_the_shells",
        "Russia is short of artillery ammunition. The ministry provided information about "
        "the shells to reporters in Seoul, without naming a buyer.",
        ("South Korea", "weapons_supply", "asserted"),
    ),
]
STILL_TRANSFERRED = [
    (
        "gave_no_details_but_shipped_drones",
        "North Korea shipped drones to Russia last year, officials said, but gave no details.",
        ("North Korea", "drone_supply", "asserted"),
    ),
    (
        "no_details_given_then_drones_shipped",
        "North Korea gave Russia no details but shipped drones.",
        ("North Korea", "drone_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NO_TRANSFER], ids=[r[0] for r in NO_TRANSFER]
)
def test_information_is_no_goods(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in STILL_TRANSFERRED], ids=[r[0] for r in STILL_TRANSFERRED]
)
def test_goods_still_move(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


# who speaks: (text, triple, source)
SOURCES: list[tuple[str, str, Triple, str | None]] = [
    (
        "sources_in_two_countries_are_anonymous",
        "North Korea has sent hundreds of workers to a Russian drone plant, sources in North "
        "Korea and Russia told the newspaper.",
        ("North Korea", "personnel", "asserted"),
        None,
    ),
    (
        "according_to_a_source_in_a_country",
        "According to a source in Russia, North Korea has sent 200 workers to a Russian drone "
        "plant.",
        ("North Korea", "personnel", "asserted"),
        None,
    ),
    (
        "a_confirmed_purchase_is_no_confirmation",
        "Pyongyang's last confirmed purchase from Moscow was small: two MiG-29 jets, which "
        "Russia delivered in 2019.",
        ("Russia", "weapons_supply", "asserted"),
        None,
    ),
    (
        "an_official_before_an_aside_speaks_for_the_government",
        "A senior South Korean government official, speaking on condition of anonymity, said "
        "North Korea has shipped more artillery shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "South Korea",
    ),
    (
        "a_denied_arms_trade_is_russias_word",
        "Moscow has called allegations of arms trade with Pyongyang unfounded.",
        ("North Korea", "weapons_supply", "denied"),
        "Russia",
    ),
    # near misses: a country's own body, and a state that confirms, still speak
    (
        "officials_in_a_country_speak_for_it",
        "Officials in Seoul told reporters that North Korea had shipped artillery shells to "
        "Russia.",
        ("North Korea", "weapons_supply", "asserted"),
        "South Korea",
    ),
    (
        "a_state_that_confirmed_speaks",
        "Tehran confirmed that it sent drones to Russia before the war.",
        ("Iran", "drone_supply", "asserted"),
        "Iran",
    ),
]


@pytest.mark.parametrize(
    ("text", "triple", "source"), [r[1:] for r in SOURCES], ids=[r[0] for r in SOURCES]
)
def test_source(extractor: Extractor, text: str, triple: Triple, source: str | None) -> None:
    claims = claims_by_triple(extractor, article(text))
    assert triple in claims, sorted(claims)
    assert claims[triple].source == source


# what Russia gives the states that arm it, and hedges of possibility
FOUND = [
    (
        "technical_assistance_is_know_how",
        "Officials in Tokyo say Russia is providing technical assistance to North Korea's "
        "missile programme.",
        ("Russia", "component_supply", "asserted"),
    ),
    (
        "passed_technology_to_a_state",
        "Moscow has passed drone technology and radar know-how to Pyongyang, the agency said.",
        ("Russia", "component_supply", "asserted"),
    ),
    (
        "believed_to_be_helping_a_state_build_a_line",
        "A South Korean official said Russia is believed to be helping North Korea set up a "
        "production line for attack drones.",
        ("Russia", "drone_production", "asserted"),
    ),
]
FOUND += [
    (
        "may_have_sent_is_a_hedged_act",
        "North Korea may have sent more artillery shells to Russia, analysts said.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "in_addition_to_adds_an_object",
        "Officials said Iran has agreed to send Russia ballistic missiles, in addition to more "
        "drones.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "one_of_a_states_suppliers",
        "Since 2022, Iran has become one of Russia's most important suppliers of attack drones.",
        ("Iran", "drone_supply", "asserted"),
    ),
]
FOUND += [
    (
        "a_states_arms_trade_with_russia",
        "Seoul imposed sanctions on seven individuals involved in North Korea's arms trade with "
        "Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
]
NOT_FOUND = [
    (
        "could_provide_is_a_possibility",
        "The minister warned that Russia could provide technological assistance to North "
        "Korea's satellite programme in return.",
        ("Russia", "component_supply", "asserted"),
    ),
    (
        "might_soon_send_is_a_possibility",
        "Analysts say Pyongyang might soon send more artillery shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "may_in_return_give_is_a_possibility",
        "Analysts fear Moscow may in return give Pyongyang advanced missile technology.",
        ("Russia", "component_supply", "asserted"),
    ),
    (
        "may_send_is_a_possibility",
        "Analysts fear North Korea may send more artillery shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "passed_from_state_to_state_is_a_design_spreading",
        "The drone design has now passed from Iran to Russia to North Korea, an analyst said.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "an_ai_equipped_drone_is_a_description",
        "Kim Jong Un watched tests of AI-equipped suicide drones as Russia's defense minister "
        "toured the North.",
        ("North Korea", "drone_supply", "asserted"),
    ),
    (
        "no_information_about_firms_supplying",
        'A Thai trade official said Bangkok had "no information" about Thai companies '
        "supplying drone components to Russia.",
        ("Thailand", "component_supply", "asserted"),
    ),
]
NOT_FOUND += [
    (
        "one_of_another_states_suppliers",
        "Israel has become one of India's main suppliers of attack drones.",
        ("Israel", "drone_supply", "asserted"),
    ),
]
NOT_FOUND += [
    (
        "a_states_trade_in_other_goods",
        "North Korea's trade with Russia in coal and timber has grown.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
]
STILL_FOUND = [
    (
        "could_have_sent_is_a_hedged_act",
        "North Korea could have sent as many as 5 million shells to Russia, the NIS said.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "passed_them_on_to_is_onward_sale",
        "Kazakh firms passed the components on to Russian buyers, prosecutors say.",
        ("Kazakhstan", "sanctions_evasion", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in FOUND], ids=[r[0] for r in FOUND])
def test_found(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_FOUND], ids=[r[0] for r in NOT_FOUND]
)
def test_not_found(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in STILL_FOUND], ids=[r[0] for r in STILL_FOUND]
)
def test_near_misses_still_found(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


# names, the partner of Russia's arms trade, and "the country" in a state's own words
NAMED = [
    (
        "a_technic_firm_and_its_short_name",
        "Japan froze the assets of Kobe Rahal Technic, a firm that shipped drone engines to "
        "Russia. Kobe Rahal used front companies in Dubai to hide the buyers.",
        {
            ("Kobe Rahal Technic", "sanctions_imposed", "asserted"),
            ("Kobe Rahal Technic", "sanctions_evasion", "asserted"),
        },
    ),
    (
        "arms_trade_with_a_state_is_that_states_supply",
        "Russia denied any arms trade with North Korea.",
        {("North Korea", "weapons_supply", "denied")},
    ),
    (
        "the_country_in_a_state_bodys_words",
        "Iran's foreign ministry said the country has never supplied drones to Russia.",
        {("Iran", "drone_supply", "denied")},
    ),
]
NOT_NAMED = [
    (
        "a_role_owner_named_as_is_no_person",
        "Japan froze the assets of Kobe Rahal Technic, a firm that shipped drone engines to "
        "Russia. Tanaka Hiroshi, named by the ministry as Kobe Rahal's managing director, was "
        "also listed.",
        ("Kobe Rahal's", "sanctions_imposed", "asserted"),
    ),
    (
        "russia_trading_arms_with_a_state_it_arms_is_no_denial",
        "Russia denied any arms trade with North Korea.",
        ("Russia", "weapons_supply", "denied"),
    ),
    (
        "refused_permits_for_shipments_are_no_shipments",
        "Kazakhstan says the country will not be a platform for evasion, and Kazakh customs say "
        "they have refused export permits for hundreds of shipments of electronics to Russia.",
        ("Kazakhstan", "component_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in NAMED], ids=[r[0] for r in NAMED])
def test_named(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_NAMED], ids=[r[0] for r in NOT_NAMED]
)
def test_not_named(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))
