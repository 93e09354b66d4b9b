"""Parts for Russia's suppliers: a firm's parts sent to a state the article shows arming
Russia (before or after) are a component claim; sent to any other state, or to a state
that only denies arming Russia, they are that state's trade. Also: `Aerotech` ends a
company name."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

PARTS = "component_supply"
FIRM = "Ningbo Skyline Aerotech"

# (id, text, expected claims)
SUPPLIER_PARTS = [
    (
        "parts_to_a_state_shown_arming_russia_later",
        f"{FIRM} exported turbojet engines to Iranian buyers, the Treasury said. Iran has sent "
        "attack drones to Russia, officials say.",
        {(FIRM, PARTS, "asserted")},
    ),
    (
        "parts_to_a_state_shown_arming_russia_before",
        f"Iran has sent attack drones to Russia, officials say. {FIRM} exported turbojet "
        "engines to Iranian buyers, the Treasury said.",
        {(FIRM, PARTS, "asserted")},
    ),
    (
        "parts_to_a_company_shown_passing_them_to_russia",
        "Orbita Relay LLC forwarded servo motors to Russian drone makers, customs data show. "
        f"The servos were made by {FIRM} and sold to Orbita Relay in 2024.",
        {(FIRM, PARTS, "asserted")},
    ),
    (
        "parts_to_a_company_shown_passing_them_to_russia_later",
        f"{FIRM} sold servo motors to Orbita Relay LLC in 2024. Orbita Relay then shipped "
        "the servos to Russian drone makers, customs data show.",
        {(FIRM, PARTS, "asserted")},
    ),
]

# (id, text, the claim that must not be there)
NOT_SUPPLIER_PARTS = [
    (
        "parts_to_a_company_the_article_shows_only_at_home",
        f"{FIRM} sold servo motors to Orbita Relay LLC in 2024. Orbita Relay installs "
        "ventilation systems in Uzbek schools, and Russia's war has not touched its trade.",
        (FIRM, PARTS, "asserted"),
    ),
    (
        "parts_to_a_state_the_article_does_not_show_arming_russia",
        f"{FIRM} exported turbojet engines to Iranian buyers, the Treasury said. Russia makes "
        "its own attack drones, officials say.",
        (FIRM, PARTS, "asserted"),
    ),
    (
        "parts_to_another_state_than_the_supplier",
        f"{FIRM} exported turbojet engines to Indonesian buyers, the Treasury said. Iran has "
        "sent attack drones to Russia, officials say.",
        (FIRM, PARTS, "asserted"),
    ),
    (
        "the_recipient_only_denies_arming_russia",
        f"{FIRM} sold turbojet engines to Iranian buyers, the Treasury said. Iran denies that "
        "it has sent attack drones to Russia.",
        (FIRM, PARTS, "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in SUPPLIER_PARTS], ids=[r[0] for r in SUPPLIER_PARTS]
)
def test_parts_for_russias_suppliers(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_SUPPLIER_PARTS], ids=[r[0] for r in NOT_SUPPLIER_PARTS]
)
def test_parts_for_others_are_no_claim(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))


def test_aerotech_ends_a_company_name(extractor: Extractor) -> None:
    text = (
        "Among those sanctioned was Harbin Polar Aerotech, the Treasury said of Russia's suppliers."
    )
    assert ("Harbin Polar Aerotech", "sanctions_imposed", "asserted") in triples(
        extractor, article(text)
    )
