"""rules-1.11.0: a state or firm helping another make drones or arms (aided_production.py)
makes them with it; sanctions for such help, help to Ukraine, plans, denials and labour sent
to a plant are not that claim (our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]

HELPS = [
    (
        "and_helped_set_up_lines",
        "Officials said Tehran handed over blueprints and helped set up assembly lines at the "
        "plant in 2023.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "helping_build_up_lines",
        "The envoy said Tehran is still helping Russia build up the factory's production lines.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "help_in_producing",
        'The official said in June that Beijing was giving Moscow "significant" help in '
        "producing drones and missiles.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "engineers_helping_a_third_state",
        "Analysts say Russian technicians are helping North Korea set up a production line for "
        "Geran drones near Pyongyang.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "sent_to_help",
        "The agency said Russian engineers had travelled to North Korea to help establish "
        "production of attack drones.",
        ("Russia", "drone_production", "asserted"),
    ),
    (
        "with_national_help",
        "Moscow has expanded production of the drones at two plants with Iranian help.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "with_national_assistance",
        "The jet version was developed with Iranian assistance, officials believe.",
        ("Iran", "drone_production", "asserted"),
    ),
]

NOT_HELPS = [
    (
        "sanctioned_for_helping",
        "Washington sanctioned two Chinese firms for helping build Russian attack drones.",
        ("United States", "drone_production", "asserted"),
    ),
    (
        "sanctioning_those_who_help",
        "With these measures, Canada targets those who help Russia build drones.",
        ("Canada", "drone_production", "asserted"),
    ),
    (
        "help_to_ukraine",
        "Israel has helped Ukraine develop a warning system for incoming missiles and drones.",
        ("Israel", "drone_production", "asserted"),
    ),
    (
        "a_plan",
        "Moscow plans to expand production of the drones with Iranian help next year.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "could_help",
        "Moscow could localize production of the drones with Iranian help, analysts said.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "labour_sent_to_help",
        "Pyongyang has begun sending workers to the plant to help build the drones.",
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "help_of_parts",
        "Russia builds the drone with the help of Chinese engines, officials said.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "no_arms_made",
        "Tehran has helped Moscow set up production of tractors and buses.",
        ("Iran", "drone_production", "asserted"),
    ),
]

CONTEXT = "Iran shipped Shahed drones to Russia in 2022. "


def triples(ex: Extractor, sentence: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in ex.extract(article(CONTEXT + sentence))}


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in HELPS], ids=[r[0] for r in HELPS]
)
def test_helper_produces(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in NOT_HELPS], ids=[r[0] for r in NOT_HELPS]
)
def test_not_a_helper(extractor: Extractor, sentence: str, absent: Triple) -> None:
    assert absent not in triples(extractor, sentence)


# know-how and tools for a production (triggers._means_of_production): the sender supplies
# them, the production is the receiver's
KNOW_HOW = [
    (
        "expertise_necessary_for_another_to_assemble",
        "Officials say Tehran has also transferred the equipment and expertise necessary for "
        "Moscow to assemble the drones itself.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "know_how_for_making",
        "Analysts say Moscow is passing know-how for making attack drones to North Korea.",
        ("Russia", "drone_production", "asserted"),
    ),
]

NOT_KNOW_HOW = [
    (
        "technology_used_to_build",
        "Investigators say IEMZ Kupol used Chinese technology to build the Garpiya-3 drones.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "technology_in_a_name",
        "A magazine reported that Xi'an Bingo Intelligent Aviation Technology had agreed to "
        "build attack drones for the Russian army.",
        ("Xi'an Bingo Intelligent Aviation Technology", "drone_production", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in KNOW_HOW], ids=[r[0] for r in KNOW_HOW]
)
def test_know_how_sender_makes_nothing(extractor: Extractor, sentence: str, absent: Triple) -> None:
    assert absent not in triples(extractor, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in NOT_KNOW_HOW], ids=[r[0] for r in NOT_KNOW_HOW]
)
def test_maker_with_technology(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, sentence)


# goods Russia sends "to help" a state make its own: Russia supplies that state, and the
# state's production is its own (no claim that it makes drones for Russia)
SENT_TO_HELP = [
    (
        "technology_to_help_build",
        "Moscow has transferred guidance technology to help Pyongyang build its own attack "
        "drones, the report said.",
        ("Russia", "component_supply", "asserted"),
        ("North Korea", "drone_production", "asserted"),
    ),
    (
        "parts_to_help_develop",
        "Russia has provided radar components to help Iran develop longer-range drones, "
        "officials said.",
        ("Russia", "component_supply", "asserted"),
        ("Iran", "drone_production", "asserted"),
    ),
]

# near misses: the help goes to Russia's own army or factories; no state is helped
NOT_SENT_TO_HELP = [
    (
        "to_help_its_own_army",
        "Russia has provided radar components to help its own army, officials said.",
        ("Russia", "component_supply", "asserted"),
    ),
    (
        "to_its_factories_to_help_build",
        "Moscow has transferred guidance technology to its factories to help build attack "
        "drones, the report said.",
        ("Russia", "component_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [r[1:] for r in SENT_TO_HELP],
    ids=[r[0] for r in SENT_TO_HELP],
)
def test_sent_to_help_a_state(
    extractor: Extractor, sentence: str, expected: Triple, absent: Triple
) -> None:
    found = triples(extractor, article(sentence))
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in NOT_SENT_TO_HELP], ids=[r[0] for r in NOT_SENT_TO_HELP]
)
def test_not_sent_to_help_a_state(extractor: Extractor, sentence: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(sentence))
