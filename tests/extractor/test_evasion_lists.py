"""Who evades in a list: the places after `companies in` name the states of the accused
firms, however many (a group known by its state, as claims.md reads `Chinese companies`),
but the places goods were `made in` are their origin;
every member of a listing that a relative clause accuses evades. One row per construction,
with near misses."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]
EVADES = "sanctions_evasion"


def evaders(ex: Extractor, text: str) -> set[str]:
    return {c.subject for c in ex.extract(article(text)) if c.claim_type == EVADES}


# (id, text, states that must not be read as evading)
# where the goods were made: their origin, not their route
MADE_IN = [
    (
        "made_in_three_places_then_through_intermediaries",
        "Investigators said the engines and chips in the drones were made in China, Europe and "
        "the United States, and most of them reached Russia through intermediaries.",
        {"China", "United States"},
    ),
    (
        "made_in_two_places_then_through_intermediaries",
        "The chips, made in Taiwan and the United States, reached Russia through intermediaries.",
        {"United States"},
    ),
]

# (id, text, states that still evade: firms in a state are a group of it, as claims.md
# names `Chinese companies`, however many states the list names)
SEATS = [
    (
        "firms_in_three_states_accused_of_helping_evade",
        "Tokyo froze the assets of firms in China, Hong Kong and the UAE accused of helping "
        "Russia dodge sanctions.",
        {"China", "United Arab Emirates"},
    ),
    (
        "companies_based_in_four_states_circumvent",
        "Britain froze the assets of companies based in Thailand, Malaysia, Vietnam and India "
        "accused of helping Moscow circumvent export controls.",
        {"Thailand", "Malaysia", "Vietnam", "India"},
    ),
    (
        "a_network_of_shell_companies_passing_goods_on",
        "He set up a web of shell companies in Cyprus, Latvia and Serbia that bought the chips "
        "and passed them on to Russian arms makers, disguising their final destination.",
        {"Cyprus", "Latvia", "Serbia"},
    ),
    (
        "individuals_in_five_places",
        "The ministry designated 14 organizations and individuals in China, Hong Kong, the "
        "United Arab Emirates, Turkey and India that it says helped Russia evade sanctions.",
        {"China", "United Arab Emirates", "Turkey", "India"},
    ),
    (
        "companies_in_two_states",
        "The Treasury said companies in Armenia and Kyrgyzstan had helped Russia circumvent "
        "Western sanctions.",
        {"Armenia", "Kyrgyzstan"},
    ),
    (
        "two_states_as_seats_of_shell_companies",
        "He set up shell companies in Cyprus and Latvia that bought the chips and passed them "
        "on to Russian arms makers, disguising their final destination.",
        {"Cyprus", "Latvia"},
    ),
    (
        "three_nationalities_are_no_seats",
        "The Treasury said Armenian, Kazakh and Kyrgyz traders had helped Russia evade Western "
        "sanctions.",
        {"Armenia", "Kazakhstan", "Kyrgyzstan"},
    ),
    (
        "made_elsewhere_routed_through_a_named_state",
        "The chips, made in Taiwan and the United States, reached Russia through "
        "intermediaries in Turkey.",
        {"Turkey"},
    ),
]


@pytest.mark.parametrize(("text", "origins"), [r[1:] for r in MADE_IN], ids=[r[0] for r in MADE_IN])
def test_places_goods_were_made_in_are_no_evaders(
    extractor: Extractor, text: str, origins: set[str]
) -> None:
    assert not origins & evaders(extractor, text)


@pytest.mark.parametrize(("text", "states"), [r[1:] for r in SEATS], ids=[r[0] for r in SEATS])
def test_seats_of_accused_firms_evade(extractor: Extractor, text: str, states: set[str]) -> None:
    assert states <= evaders(extractor, text)


# (id, text, firms that evade, firms that do not)
LISTED_THEN_ACCUSED = [
    (
        "also_designated_were_three_which_were_used_to_disguise",
        "Also designated were Harbor Line Trading Ltd, Northgate Supply Ltd and Pearl Delta "
        "Holdings, which the department said were used to disguise the end users of the "
        "shipments.",
        {"Harbor Line Trading", "Northgate Supply", "Pearl Delta Holdings"},
        set(),
    ),
    (
        "also_sanctioned_were_three_which_hid_the_end_users",
        "Also sanctioned were Harbor Line Trading Ltd, Northgate Supply Ltd and Pearl Delta "
        "Holdings, which the Treasury said were used to hide the end users of the goods.",
        {"Harbor Line Trading", "Northgate Supply", "Pearl Delta Holdings"},
        set(),
    ),
    (
        "near_miss_only_the_last_was_used",
        "Also designated were Harbor Line Trading Ltd, a shipping agent, and Pearl Delta "
        "Holdings, which the department said was used to disguise the end users of the "
        "shipments.",
        {"Pearl Delta Holdings"},
        {"Harbor Line Trading"},
    ),
]


@pytest.mark.parametrize(
    ("text", "evading", "not_evading"),
    [r[1:] for r in LISTED_THEN_ACCUSED],
    ids=[r[0] for r in LISTED_THEN_ACCUSED],
)
def test_every_listed_member_accused_evades(
    extractor: Extractor, text: str, evading: set[str], not_evading: set[str]
) -> None:
    found = evaders(extractor, text)
    assert evading <= found
    assert not not_evading & found
