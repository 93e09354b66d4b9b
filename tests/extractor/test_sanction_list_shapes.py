"""rules-1.6.0: shapes in which news lists who is sanctioned, and the company names such
lists carry (one row per shape, each with a name; our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]


def _triples(extractor: Extractor, text: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in extractor.extract(text)}


def _sanctioned(*names: str) -> set[Triple]:
    return {(n, "sanctions_imposed", "asserted") for n in names}


LISTED = [
    (
        "added_long_list_to_its_list",
        "The Council on Tuesday added Kish Air, Qeshm Airlines and Zagros Air as well as the "
        "Iran Shipping Lines to its sanctions list.",
        _sanctioned("Kish Air", "Qeshm Airlines", "Zagros Air", "Iran Shipping Lines"),
    ),
    (
        "added_along_with_officials_including",
        "Britain on Friday added Tabriz Aviation Industries to its sanctions list, along with "
        "two officials including Deputy Defence Minister Karim Farahani.",
        _sanctioned("Tabriz Aviation Industries", "Karim Farahani"),
    ),
    (
        "among_listed_as_well_as",
        "Among the Turkish firms listed were Izmir-based Orkide Exim and Yildiz Enerji "
        "Sistemleri, as well as Efes Elektronik, a small trading company.",
        _sanctioned("Orkide Exim", "Yildiz Enerji Sistemleri", "Efes Elektronik"),
    ),
]

LISTED += [
    (
        "also_targeted_are_titled_people",
        "The EU imposed sanctions on Iranian officials on Monday. Also targeted are Major "
        "General Ali Karimi, head of the army's drone command, and Brigadier General Reza "
        "Tavakoli, a senior defence official.",
        _sanctioned("Ali Karimi", "Reza Tavakoli"),
    ),
    (
        "the_department_also_named",
        "The US imposed sanctions on 20 firms. The Treasury Department also named Vortex "
        "Tradelink, which it said supplied electronic components to a Russian drone maker.",
        _sanctioned("Vortex Tradelink"),
    ),
]

NOT_LISTED = [
    (
        "a_man_named",
        "The US imposed sanctions on 20 firms. A man named Li Wei said Russia buys drones.",
        "Li Wei",
    ),
    (
        "accusing_them_of_helping",
        "In May, the US imposed sanctions on Steppe Link Trading and two other Kazakh companies, "
        "accusing them of helping Russian defense firms obtain chips.",
        "Russia",
    ),
]

NOT_COMPANIES = [
    (
        "office_is_no_company",
        "The bloc also sanctioned the Deputy Defense Minister, Omid Rahnama, over drone "
        "deliveries to Russia.",
        "Deputy Defense",
    ),
    (
        "ministry_is_no_company",
        "The EU sanctioned the DPRK Minister of Defence, Pak Chol Nam, for sending troops to "
        "Russia.",
        "DPRK Minister of Defence",
    ),
    (
        "air_force_is_no_airline",
        "Iran Air Force jets were sanctioned by nobody, while Russia bought drones elsewhere.",
        "Iran Air",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in LISTED], ids=[r[0] for r in LISTED])
def test_listed(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = _triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "name"), [r[1:] for r in NOT_COMPANIES], ids=[r[0] for r in NOT_COMPANIES]
)
def test_not_companies(extractor: Extractor, text: str, name: str) -> None:
    assert name not in {s for s, _, _ in _triples(extractor, article(text))}


@pytest.mark.parametrize(
    ("text", "name"), [r[1:] for r in NOT_LISTED], ids=[r[0] for r in NOT_LISTED]
)
def test_not_listed(extractor: Extractor, text: str, name: str) -> None:
    found = _triples(extractor, article(text))
    assert (name, "sanctions_imposed", "asserted") not in found, found
