"""rules-1.7.0: Russia's own drone production said outright (own_production.py), in an
article about who else arms Russia; plans, targets, descriptions of a site and reports of
an attack are not claims (our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

OWN = ("Russia", "drone_production", "asserted")
# the article's other claim: Russia's own production is reported beside who else helps
CONTEXT = "Iran shipped the first Shahed drones to Moscow in 2022. "

PRODUCES = [
    ("assembling_its_own_version", "Russia is now assembling its own version, the Geran-2."),
    (
        "localized_production",
        "Since then, Russia has steadily localized production, officials said.",
    ),
    ("capital_makes_copies", "Today Moscow makes its own copies at two sites."),
    ("factories_turn_out", "Russia's drone factories now turn out about 2,000 Gerans a month."),
    (
        "second_verb_of_the_subject",
        "Russia has launched thousands of them since and is now producing its own variant.",
    ),
    (
        "drones_produced_in_russia",
        "About 1.2 million drones were produced in Russia last year, the ministry said.",
    ),
    ("manufactures_a_model", "Russia manufactures the Geran-2 under licence at Alabuga."),
    ("began_producing", "Moscow began producing its own drones in 2023."),
    (
        "reported_clause",
        "Analysts estimate that Russia has produced 2,500 of the drones since March.",
    ),
]

NOT_PRODUCES = [
    ("a_plan", "Russia plans to produce 6,000 of its own version by 2025."),
    ("a_target", "Russia has set a target of producing 1.4 million drones this year."),
    ("a_possibility", "Russia could soon be making its own versions, analysts said."),
    (
        "production_as_a_noun",
        "Russia's drone production would be impossible without Chinese parts.",
    ),
    ("a_site_described", "Workers arrived at Alabuga, where Russia assembles Geran-2 drones."),
    ("a_negation", "Russia does not produce its own engines for the drones."),
    ("an_infinitive_goal", "Russia set out to build them at home."),
    ("a_headline_question", "This is how Russia builds its Geran drones."),
    ("a_model_described", "Iran designed the Shahed, which Russia manufactures as the Geran-2."),
]


@pytest.mark.parametrize(("sentence"), [r[1] for r in PRODUCES], ids=[r[0] for r in PRODUCES])
def test_russia_produces(extractor: Extractor, sentence: str) -> None:
    found = {
        (c.subject, c.claim_type, c.stance) for c in extractor.extract(article(CONTEXT + sentence))
    }
    assert OWN in found


@pytest.mark.parametrize(
    ("sentence"), [r[1] for r in NOT_PRODUCES], ids=[r[0] for r in NOT_PRODUCES]
)
def test_not_russia_produces(extractor: Extractor, sentence: str) -> None:
    found = {
        (c.subject, c.claim_type, c.stance) for c in extractor.extract(article(CONTEXT + sentence))
    }
    assert OWN not in found


def test_background_of_an_attack_report_is_no_claim(extractor: Extractor) -> None:
    text = article(
        "Russia launched 200 drones at Kyiv overnight. Russia now produces its own version of "
        "the Shahed, the Geran-2, at a plant in Tatarstan."
    )
    assert extractor.extract(text) == []
