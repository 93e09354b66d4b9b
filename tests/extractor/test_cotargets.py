"""Unnamed targets a sanction adds after the named one (cotargets.py): the deed a clause
then tells is theirs, not the named target's (one row per pattern, each with a name; our
own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

THEIRS = [
    (
        "ships_added_with_as_well_as",
        "The Treasury designated Caspian Wings along with 12 individuals and entities, including "
        "several Russian-flagged vessels that officials said were involved in transporting "
        "Iranian missiles.",
        ("Caspian Wings", "weapons_supply", "asserted"),
    ),
    (
        "officers_it_accused",
        "The EU sanctioned Arvand Aero, the firm that builds the drones, as well as four senior "
        "Iranian officers it accused of supplying them to Moscow.",
        ("Arvand Aero", "personnel", "asserted"),
    ),
    (
        "one_unnamed_minister_last_on_the_list",
        "Canada sanctioned Orkide Trade and Belarus's deputy defence minister, whom it accused "
        "of sending soldiers to fight for Russia.",
        ("Orkide Trade", "personnel", "asserted"),
    ),
    (
        "firms_in_states_before_an_unnamed_general",
        "Canada announced new designations, including traders in Malaysia and Vietnam, and "
        "North Korea's defence minister, whom it accused of sending troops to fight for Russia.",
        ("Malaysia", "personnel", "asserted"),
    ),
]

# near misses: a cause that governs the whole list, and the target's own officers
STILL_THE_TARGETS = [
    (
        "for_conduct_after_the_target",
        "The Treasury imposed sanctions on Caspian Wings, a cargo airline, for carrying shells "
        "to Russia.",
        ("Caspian Wings", "weapons_supply", "asserted"),
    ),
    (
        "its_own_directors",
        "The Treasury sanctioned Caspian Wings, as well as its two directors, accusing them of "
        "carrying drones to Russia.",
        ("Caspian Wings", "drone_supply", "asserted"),
    ),
    (
        "the_target_itself_still_sanctioned",
        "The Treasury designated Caspian Wings along with 12 individuals and entities, including "
        "several Russian-flagged vessels that officials said were involved in transporting "
        "Iranian missiles.",
        ("Caspian Wings", "sanctions_imposed", "asserted"),
    ),
    (
        "the_relative_right_after_the_named_target",
        "Canada sanctioned Orkide Trade, which it accused of sending drones to Russia.",
        ("Orkide Trade", "drone_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in THEIRS], ids=[r[0] for r in THEIRS]
)
def test_deeds_of_unnamed_cotargets(extractor: Extractor, sentence: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [r[1:] for r in STILL_THE_TARGETS],
    ids=[r[0] for r in STILL_THE_TARGETS],
)
def test_the_named_target_keeps_its_claims(
    extractor: Extractor, sentence: str, expected: Triple
) -> None:
    assert expected in triples(extractor, article(sentence))
