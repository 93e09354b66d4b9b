"""The powers that lead the sanctions on Russia (sanctioning_powers.py): where a sentence
seems to make one of them the supplier, it is the speaker, an origin or a rule; the doer
the sentence names keeps its claim (one row per pattern, each with a name; our own
sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

NOT_SUPPLIERS = [
    (
        "the_speaker_of_a_statement_on_a_ship",
        "The British Foreign Office said the freighter had carried North Korean shells to "
        "Russian forces.",
        ("United Kingdom", "weapons_supply", "asserted"),
    ),
    (
        "the_speaker_with_a_date_between",
        "The UK Foreign Office said on Friday that the freighter had carried shells destined "
        "for Russian troops fighting in Ukraine.",
        ("United Kingdom", "weapons_supply", "asserted"),
    ),
    (
        "the_export_controls_of_a_power",
        "The businessman ran a scheme to evade US export controls and send microchips to "
        "Russian arms makers, the Treasury said.",
        ("United States", "component_supply", "asserted"),
    ),
    (
        "a_ban_of_the_security_council",
        "To get around a UN ban on North Korean labour exports, the workers entered Russia on "
        "student visas.",
        ("United Nations", "personnel", "asserted"),
    ),
    (
        "the_power_a_state_reassures",
        "Kazakh officials say they have tightened customs checks, as Astana seeks to reassure "
        "Washington that its rising trade with Moscow does not undermine Western sanctions.",
        ("United States", "sanctions_evasion", "denied"),
    ),
]

# near misses: the doer the sentence names, and the sanctions a power is under
STILL_CLAIMED = [
    (
        "the_firm_a_power_names",
        "The UK said on Monday that Volga Freight had carried ammunition to Russia.",
        ("Volga Freight", "weapons_supply", "asserted"),
    ),
    (
        "the_shells_of_the_state_a_power_names",
        "Britain said the freighter had carried North Korean shells to Russian forces.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "the_denial_of_the_state_that_trades",
        "Kazakh officials said on Monday that Kazakhstan does not help Russia circumvent "
        "Western sanctions.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in NOT_SUPPLIERS], ids=[r[0] for r in NOT_SUPPLIERS]
)
def test_sanctioning_powers_are_no_suppliers(
    extractor: Extractor, sentence: str, absent: Triple
) -> None:
    assert absent not in triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in STILL_CLAIMED], ids=[r[0] for r in STILL_CLAIMED]
)
def test_the_doers_they_name_keep_their_claims(
    extractor: Extractor, sentence: str, expected: Triple
) -> None:
    assert expected in triples(extractor, article(sentence))


# Russia's side accusing a power of arming Ukraine, said by a speaker in the sentence
ARMING_UKRAINE = [
    (
        "a_russian_envoy_quoted",
        '"Washington has shipped missiles worth billions of dollars to Kyiv and now preaches to '
        'others," the Russian envoy Vasily Nebenzya said.',
        ("United States", "weapons_supply", "asserted"),
    ),
    (
        "the_regime_with_the_weapons",
        "Maria Zakharova said the United States had supplied the Kyiv regime with artillery "
        "and tanks worth more than $20 billion.",
        ("United States", "weapons_supply", "asserted"),
    ),
    (
        "pouring_weapons_into_ukraine",
        "Chinese Foreign Ministry spokesperson Mao Ning said the European Union keeps pouring "
        "weapons into Ukraine.",
        ("European Union", "weapons_supply", "asserted"),
    ),
]

# near misses: the outlet's own report of aid to Ukraine, a Western speaker, a noun of supply
NOT_ARMING_UKRAINE = [
    (
        "the_outlets_own_report",
        "The United States has shipped missiles worth billions of dollars to Kyiv since 2022.",
        ("United States", "weapons_supply", "asserted"),
    ),
    (
        "a_western_speaker",
        "Secretary of State Antony Blinken said the United States had supplied the Kyiv "
        "regime with artillery.",
        ("United States", "weapons_supply", "asserted"),
    ),
    (
        "a_noun_of_supply",
        "Moscow wanted the council to discuss the supply of Western weapons to the Kyiv regime.",
        ("United Nations", "weapons_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in ARMING_UKRAINE], ids=[r[0] for r in ARMING_UKRAINE]
)
def test_russias_side_accuses_a_power_of_arming_ukraine(
    extractor: Extractor, sentence: str, expected: Triple
) -> None:
    assert expected in triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [r[1:] for r in NOT_ARMING_UKRAINE],
    ids=[r[0] for r in NOT_ARMING_UKRAINE],
)
def test_aid_to_ukraine_told_otherwise_is_no_claim(
    extractor: Extractor, sentence: str, absent: Triple
) -> None:
    assert absent not in triples(extractor, article(sentence))
