"""rules-1.7.x: what states and companies deny, in the shapes news gives it (one row per
shape, each with a name; our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]


def _claims(extractor: Extractor, text: str) -> dict[Triple, str | None]:
    return {(c.subject, c.claim_type, c.stance): c.source for c in extractor.extract(article(text))}


# "has never provided weapons ... and strictly controls the export of parts": parts denied
CONTROLLED_EXPORTS = [
    (
        "strictly_controls_drones_and_components",
        '"China has never provided lethal weapons to any party and strictly controls the export '
        'of dual-use items, including drones and their components," a spokesman said.',
        ("China", "component_supply", "denied"),
    ),
    (
        "strictly_controlled_past_tense",
        'The ministry said China had "never provided lethal weapons" to either side and strictly '
        "controlled the export of drone engines and other parts.",
        ("China", "component_supply", "denied"),
    ),
    (
        "exercises_strict_control_over_exports",
        "Beijing has never supplied weapons to Russia and exercises strict control over exports "
        "of drone components, the foreign ministry said.",
        ("China", "component_supply", "denied"),
    ),
    (
        "imposes_tight_controls_on",
        'Minsk "has never sent arms to Russia" and imposes tight controls on the re-export of '
        "electronics, Belarus's foreign ministry said.",
        ("Belarus", "component_supply", "denied"),
    ),
]

NOT_CONTROLLED_EXPORTS = [
    (
        "a_rule_without_denial",
        "China strictly controls the export of drone components, the ministry said, as Kyiv "
        "accused Chinese firms of shipping parts to Russia.",
        ("China", "component_supply", "denied"),
    ),
    (
        "dual_use_items_alone",
        '"China has never provided lethal weapons to any party and strictly controls the export '
        'of dual-use items," a spokesman said.',
        ("China", "component_supply", "denied"),
    ),
    (
        "controls_weapons_not_parts",
        "China has never sold arms to Russia and strictly controls the export of military "
        "products, the ministry said.",
        ("China", "component_supply", "denied"),
    ),
]

# a spokesman after a state's denial speaks for that state
DENIAL_SPOKESMEN = [
    (
        "embassy_rejected_then_a_spokesman",
        "The Foreign Office said it would keep targeting suppliers of Russia. The Chinese "
        'embassy in London rejected any suggestion that Beijing was involved. "China has never '
        'provided lethal weapons to any party," a spokesman said.',
        ("China", "weapons_supply", "denied"),
        "China",
    ),
    (
        "ministry_dismissed_then_a_spokeswoman",
        "The State Department said it was concerned. Iran's foreign ministry dismissed the "
        'reports. "Iran has not sent any drones to Russia," a spokeswoman said.',
        ("Iran", "drone_supply", "denied"),
        "Iran",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in CONTROLLED_EXPORTS],
    ids=[r[0] for r in CONTROLLED_EXPORTS],
)
def test_controlled_exports_are_denied(extractor: Extractor, text: str, expected: Triple) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_CONTROLLED_EXPORTS],
    ids=[r[0] for r in NOT_CONTROLLED_EXPORTS],
)
def test_not_controlled_exports(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [r[1:] for r in DENIAL_SPOKESMEN],
    ids=[r[0] for r in DENIAL_SPOKESMEN],
)
def test_spokesman_after_a_denial(
    extractor: Extractor, text: str, expected: Triple, source: str
) -> None:
    claims = _claims(extractor, text)
    assert claims.get(expected, "missing") == source, claims


# what a denied suggestion names, when its words are hyphenated: "a sanctions-evasion hub"
REPORTED_TYPES = [
    (
        "sanctions_evasion_hub",
        "Georgia has become a conduit for drone parts flowing to Russia, analysts say. Georgian "
        "officials have rejected suggestions that the country is a sanctions-evasion hub.",
        ("Georgia", "sanctions_evasion", "denied"),
    ),
    (
        "sanctions_circumvention_route",
        "Armenia re-exports chips to Russia, Western officials say. Yerevan dismissed claims "
        "that it is a sanctions-circumvention route.",
        ("Armenia", "sanctions_evasion", "denied"),
    ),
]

NOT_REPORTED_TYPES = [
    (
        "a_hub_of_something_else",
        "Georgia has become a conduit for drone parts flowing to Russia, analysts say. Georgian "
        "officials have rejected suggestions that the country is a drone-assembly hub.",
        ("Georgia", "sanctions_evasion", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in REPORTED_TYPES], ids=[r[0] for r in REPORTED_TYPES]
)
def test_reported_type_of_a_denial(extractor: Extractor, text: str, expected: Triple) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_REPORTED_TYPES],
    ids=[r[0] for r in NOT_REPORTED_TYPES],
)
def test_not_reported_type(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)
