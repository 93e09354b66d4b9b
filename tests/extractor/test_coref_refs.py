"""Table-driven coreference of actors named in an earlier sentence: `he`, `she`, `the
suspect`, `the defendant` for the private person named last; `the Hong Kong and Kazakh
intermediaries` for the companies seated there; `the company` for a company, never a zone
or a law's title. One row per construction, and near misses where the reference has no
fitting antecedent or would jump across one."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

EVADES = "sanctions_evasion"
SUPPLIES = "component_supply"


PERSONS = [
    (
        "the_suspect_after_the_name_in_an_apposition",
        "The suspect, 47-year-old Latvian citizen Janis Ozols, was detained in Riga on Friday. "
        'Prosecutor Anna Berzina said: "The suspect deliberately helped to circumvent the '
        'sanctions imposed on Russia."',
        ("Janis Ozols", EVADES, "asserted"),
    ),
    (
        "the_defendant_skips_the_prosecutor_named_since",
        "Police arrested Karl W., 58, an electronics trader from Bremen. Prosecutor Hanna "
        "Vogel said the defendant had evaded EU sanctions by declaring Armenia as the final "
        "destination.",
        ("Karl W.", EVADES, "asserted"),
    ),
    (
        "he_in_the_lawyer_s_quote_denies_for_the_client",
        "Piotr Z., 44, is charged with shipping radio modules to Russia. His lawyer said the "
        'case was weak. "He did not break any sanctions and he did not send anything to '
        'Russia."',
        ("Piotr Z.", EVADES, "denied"),
    ),
    (
        "he_in_the_next_sentence_goes_on",
        "Prosecutors say Piotr Z. shipped radio modules to Russia. He also routed the goods "
        "through Kazakhstan to evade sanctions.",
        ("Piotr Z.", EVADES, "asserted"),
    ),
    (
        "she_after_her_name_evades",
        "Customs officers detained Marta L., a 39-year-old exporter from Gdansk. She used "
        "front companies in Kazakhstan to circumvent sanctions on Russia, investigators said.",
        ("Marta L.", EVADES, "asserted"),
    ),
]

NOT_PERSONS = [
    (
        "he_after_an_official_named_since_is_the_official",
        "Prosecutors charged Viktor P., 51, in March. Minister Jonas Kaunas spoke on Monday. "
        "He said firms had used front companies in Kazakhstan to circumvent sanctions on "
        "Russia.",
        ("Viktor P.", EVADES, "asserted"),
    ),
    (
        "he_with_only_an_official_named_is_no_one",
        "Foreign Minister Jonas Kaunas spoke on Monday. He used front companies in Kazakhstan "
        "to circumvent sanctions on Russia, a newspaper said.",
        ("Jonas Kaunas", EVADES, "asserted"),
    ),
    (
        "the_suspect_named_right_after_is_that_one",
        "Police questioned Karl W. in May. The suspect, Dieter H., used front companies in "
        "Kazakhstan to circumvent sanctions on Russia.",
        ("Karl W.", EVADES, "asserted"),
    ),
    (
        "he_said_is_the_speaker",
        "Piotr Z., 44, runs an electronics shop. He said drones were shipped to Russia via "
        "Belarus.",
        ("Piotr Z.", "drone_supply", "asserted"),
    ),
]


SANCTIONED = "sanctions_imposed"

# plural references by the seats of companies named before ("X-registered Y Ltd.")
SEATED = [
    (
        "the_two_seats_intermediaries_after_a_seated_list",
        "Investigators traced the chips through intermediaries, including Macau-registered "
        "Lotus Crest Trading Ltd. and Uzbekistan-based Samarkand Parts LLC. In May, Kyiv "
        "imposed sanctions on the Macau and Uzbek intermediaries.",
        ("Lotus Crest Trading", SANCTIONED, "asserted"),
    ),
    (
        "the_national_company_after_a_seat_and_legal_form",
        "The chips went through several firms, including Hong Kong-registered Harbour Sky "
        "Supply Ltd. and Nordline Components OU. Britain sanctioned the Hong Kong company.",
        ("Harbour Sky Supply", SANCTIONED, "asserted"),
    ),
    (
        "a_comma_list_of_nationalities_after_city_possessive_and_of_city_seats",
        "The Treasury sanctioned 30 firms. Among those listed were Almaty's Steppe Link Trading, "
        "Istanbul's Galata Parts Ticaret and Tien Shan Relay Group of Bishkek. The Kazakh, "
        "Turkish and Kyrgyz companies forwarded US chips to buyers in Russia.",
        ("Tien Shan Relay Group", "component_supply", "asserted"),
    ),
    (
        "acting_as_what_the_regulator_called_transshipment_points",
        "The Treasury sanctioned 30 firms. Among those listed were Almaty's Steppe Link Trading "
        "and Istanbul's Galata Parts Ticaret. The two companies were listed for acting as what "
        'the ministry called "transshipment points" for goods.',
        ("Galata Parts Ticaret", "sanctions_evasion", "asserted"),
    ),
]

NOT_SEATED = [
    (
        "a_city_of_another_noun_is_no_seat",
        "The Treasury sanctioned 30 firms. Among those listed were Steppe Link Trading of "
        "Almaty's free zone and Istanbul's Galata Parts Ticaret. The Kazakh and Turkish "
        "companies forwarded US chips to buyers in Russia.",
        ("Steppe Link Trading", "component_supply", "asserted"),
    ),
    (
        "what_officials_called_a_name_is_no_evasion",
        "The Treasury sanctioned 30 firms. Among those listed was Istanbul's Galata Parts "
        "Ticaret. The firm acted as what officials called a consultant for Turkish exporters.",
        ("Galata Parts Ticaret", "sanctions_evasion", "asserted"),
    ),
    (
        "a_seat_no_company_was_named_in_is_no_reference",
        "Investigators traced the chips through Macau-registered Lotus Crest Trading Ltd. In "
        "May, Kyiv imposed sanctions on the Macau and Uzbek intermediaries.",
        ("Lotus Crest Trading", SANCTIONED, "asserted"),
    ),
]


# "the company": a company named before, not the zone it visited or the law it broke
COMPANIES = [
    (
        "the_company_skips_the_zone_named_after_it",
        "Engineers from Iran's Qods Aviation Industries, the company that designed the drone, "
        "visited the Alabuga Special Economic Zone twice. The company has been under EU "
        "sanctions since 2023.",
        ("Qods Aviation Industries", SANCTIONED, "asserted"),
    ),
    (
        "the_company_skips_the_first_half_of_a_law_s_title",
        "Customs officers searched the offices of Elbe Sensorik GmbH. Prosecutors opened a case "
        "under the Foreign Trade and Payments Act. They allege the company routed the sensors "
        "through Armenia to evade sanctions on Russia.",
        ("Elbe Sensorik", EVADES, "asserted"),
    ),
    (
        "the_plant_after_a_cited_source_is_the_subject",
        "Engines from China are fitted to drones assembled by Volga Airframe Works LLC in "
        "Yelabuga. Output there has grown fast. According to Ukrainian military "
        "intelligence, the plant is now turning out 900 attack drones a month for Russia.",
        ("Volga Airframe Works", "drone_production", "asserted"),
    ),
    (
        "the_plant_after_a_maker_is_the_maker",  # near miss of the agency below: a maker
        "Kama Motor Works sent recruiters to Africa last year. The plant now assembles attack "
        "drones for the Russian army.",
        ("Kama Motor Works", "drone_production", "asserted"),
    ),
]

# a listed bank is later called by its name without "Bank"
BANK_SHORT_NAMES = [
    (
        "a_listed_bank_by_its_own_word",
        "Kyrgyz regulators met Keremet Bank managers in March. Keremet was put on the US "
        "sanctions list a month later.",
        ("Keremet Bank", SANCTIONED, "asserted"),
        True,
    ),
    (
        "the_short_word_without_the_full_name_before",  # near miss: nothing to shorten
        "Keremet was put on the US sanctions list in April.",
        ("Keremet Bank", SANCTIONED, "asserted"),
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "triple", "present"),
    [r[1:] for r in BANK_SHORT_NAMES],
    ids=[r[0] for r in BANK_SHORT_NAMES],
)
def test_bank_short_names(extractor: Extractor, text: str, triple: Triple, present: bool) -> None:
    found = triples(extractor, article(text))
    assert (triple in found) == present, found


NOT_COMPANIES = [
    (
        "a_recruitment_agency_is_no_factory",
        "The State Department sanctioned Kama Career Partners, a recruitment agency. The "
        "factory now assembles attack drones for the Russian army.",
        ("Kama Career Partners", "drone_production", "asserted"),
    ),
    (
        "a_cited_person_is_no_plant",
        "Volga Airframe Works LLC assembles attack drones in Yelabuga, an official named "
        "Ostap Hrytsenko said. According to Hrytsenko, the plant now produces jet-powered "
        "drones for Russia as well.",
        ("Hrytsenko", "drone_production", "asserted"),
    ),
    (
        "the_zone_is_no_company",
        "Engineers from Iran's Qods Aviation Industries visited the Alabuga Special Economic "
        "Zone twice. The company has been under EU sanctions since 2023.",
        ("Alabuga Special Economic Zone", SANCTIONED, "asserted"),
    ),
    (
        "a_law_s_title_is_no_company",
        "Customs officers searched the offices of Elbe Sensorik GmbH. Prosecutors opened a case "
        "under the Foreign Trade and Payments Act. They allege the company routed the sensors "
        "through Armenia to evade sanctions on Russia.",
        ("Foreign Trade", EVADES, "asserted"),
    ),
    (
        "that_a_national_enterprise_is_indefinite",
        "Kestrel Avionics Ltd, a firm from Shenzhen, shipped navigation modules to Russia. "
        "Officials say that a Russian enterprise in Izhevsk, Kupol, is mass-producing the "
        "Garpiya-3 drone.",
        ("Kestrel Avionics", "drone_production", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in PERSONS], ids=[r[0] for r in PERSONS]
)
def test_person_references(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_PERSONS], ids=[r[0] for r in NOT_PERSONS]
)
def test_person_references_need_a_fitting_antecedent(
    extractor: Extractor, text: str, absent: Triple
) -> None:
    assert absent not in triples(extractor, article(text))


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in SEATED], ids=[r[0] for r in SEATED])
def test_seated_references(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_SEATED], ids=[r[0] for r in NOT_SEATED]
)
def test_seated_references_need_every_seat(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in COMPANIES], ids=[r[0] for r in COMPANIES]
)
def test_company_references(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_COMPANIES], ids=[r[0] for r in NOT_COMPANIES]
)
def test_company_references_need_a_company(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))


# "It" opening a sentence, the subject of a verb that acts or says: the state the sentence
# before opened with; an "It" of "It is unclear", "It has been reported" stands for no one
STATE_PRONOUNS = [
    (
        "it_has_acknowledged",
        "Minsk has denied sending troops to Russia. It has acknowledged shipping artillery "
        "shells to Moscow.",
        ("Belarus", "weapons_supply", "asserted"),
    ),
]

NOT_STATE_PRONOUNS = [
    (
        "it_is_unclear",
        "Minsk has denied sending troops to Russia. It is unclear whether shells were shipped "
        "to Moscow.",
        ("Belarus", "weapons_supply", "asserted"),
    ),
    (
        "it_has_been_reported",
        "Minsk has denied sending troops to Russia. It has been reported that shells were "
        "shipped to Moscow.",
        ("Belarus", "weapons_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in STATE_PRONOUNS], ids=[r[0] for r in STATE_PRONOUNS]
)
def test_it_is_the_state_before(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_STATE_PRONOUNS],
    ids=[r[0] for r in NOT_STATE_PRONOUNS],
)
def test_an_expletive_it_is_no_state(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))
