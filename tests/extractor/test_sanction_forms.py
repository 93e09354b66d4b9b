"""More forms of sanctions news (one row per form, each with a name; our own sentences):
asset freezes said with a verb, and sanctions talk that imposes nothing (threats, what
may come, support for tougher sanctions, offices named after sanctions)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]


def _triples(extractor: Extractor, text: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in extractor.extract(text)}


def _sanctioned(*names: str) -> set[Triple]:
    return {(n, "sanctions_imposed", "asserted") for n in names}


SANCTIONED = [
    (
        "had_frozen_the_assets_of",
        "The Foreign Office said it had frozen the assets of Kestrel Motor Works, along with "
        "two Iranian officers it linked to the deliveries.",
        _sanctioned("Kestrel Motor Works", "Iran"),
    ),
    (
        "agreed_to_freeze_the_assets_of",
        "EU ministers agreed on Monday to freeze the assets of Tabriz Rotor Industries, the "
        "firm behind the engine.",
        _sanctioned("Tabriz Rotor Industries"),
    ),
    (
        "freezes_the_assets_of_two",
        "The decision freezes the assets of Orkide Makina and Delta Parts Trading LLC.",
        _sanctioned("Orkide Makina", "Delta Parts Trading"),
    ),
]

NOT_IMPOSED = [
    (
        "could_freeze_the_assets",
        "Britain could freeze the assets of Kestrel Motor Works, officials said.",
        "Kestrel Motor Works",
    ),
    (
        "threatened_to_impose_sanctions",
        "Washington threatened to impose sanctions on Orkide Makina over its drone engines.",
        "Orkide Makina",
    ),
    (
        "is_weighing_sanctions",
        "The EU is weighing sanctions on Delta Parts Trading LLC, diplomats said.",
        "Delta Parts Trading",
    ),
    (
        "warned_firms_could_be_sanctioned",
        "Anna Berg, the head of the U.S. State Department's Office of Sanctions Coordination, "
        "visited Almaty this spring and warned that companies involved in re-exports could be "
        "sanctioned.",
        "Anna Berg",
    ),
    (
        "a_speaker_before_a_complement_that",
        "Vladyslav Vlasiuk, the envoy, said that Ukraine was coordinating its sanctions lists "
        "with partners so that companies sanctioned by Ukraine would also be subject to "
        "restrictions in Japan.",
        "Vladyslav Vlasiuk",
    ),
    (
        "supporters_of_tougher_sanctions",
        "Lithuania has been among the strongest supporters of tougher EU sanctions on Belarus.",
        "Belarus",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in SANCTIONED], ids=[r[0] for r in SANCTIONED]
)
def test_sanctioned(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = _triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "name"), [r[1:] for r in NOT_IMPOSED], ids=[r[0] for r in NOT_IMPOSED]
)
def test_not_imposed(extractor: Extractor, text: str, name: str) -> None:
    found = _triples(extractor, article(text))
    assert (name, "sanctions_imposed", "asserted") not in found, found
