"""rules-1.6.0: who is the source of a claim in news phrasings (one row per pattern, each
with a name; our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]

SOURCES = [
    (
        "adverb_before_the_report_verb",
        "Ukrainian intelligence has separately claimed that Russia is receiving Iranian-made "
        "drones through the Caspian.",
        ("Iran", "drone_supply", "asserted"),
        "Ukraine",
    ),
    (
        "the_diplomat_is_no_outlet",
        "Iranian engineers have travelled to a plant in Russia to help assemble drones, "
        "according to the diplomat.",
        ("Iran", "personnel", "asserted"),
        None,
    ),
    (
        "a_states_body_no_list_knows",
        "Lotus Machine Works sold 12 CNC machines to a trader that resold them to Russia, "
        "according to Vietnam's Export Control Administration.",
        ("Lotus Machine Works", "component_supply", "asserted"),
        "Vietnam",
    ),
    (
        "its_short_name_speaks_for_the_state_too",
        "Vietnam's Export Control Administration (ECA) opened a case on Monday. Lotus Machine "
        "Works sold 12 CNC machines that reached Russia, the ECA said.",
        ("Lotus Machine Works", "component_supply", "asserted"),
        "Vietnam",
    ),
]

NOT_CLAIMED = [
    (
        "exports_under_strict_control",
        "China keeps exports of drones to Russia under strict control, the spokesman said.",
        ("China", "drone_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "key", "source"), [r[1:] for r in SOURCES], ids=[r[0] for r in SOURCES]
)
def test_sources(extractor: Extractor, text: str, key: Triple, source: str | None) -> None:
    found = {
        (c.subject, c.claim_type, c.stance): c.source for c in extractor.extract(article(text))
    }
    assert key in found, found
    assert found[key] == source, found


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_CLAIMED], ids=[r[0] for r in NOT_CLAIMED]
)
def test_not_claimed(extractor: Extractor, text: str, absent: Triple) -> None:
    found = {(c.subject, c.claim_type, c.stance) for c in extractor.extract(article(text))}
    assert absent not in found, found
