"""Table-driven component supply: parts named by their own category words (actuators,
thermal sights, gate arrays), suppliers described by a passive reason (`firms accused of
shipping`), the speaker's country kept out of the subjects, a company's short name read
past `Electro`; with near misses that must yield no claim or another one."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

PARTS = "component_supply"
ARMS = "weapons_supply"

# (id, text, expected claims)
SHAPES = [
    (
        "firms_accused_of_shipping_after_names",
        "The new list names several Hong Kong firms accused of shipping microchips to Russia.",
        {("Hong Kong", PARTS, "asserted")},
    ),
    (
        "companies_sanctioned_for_supplying",
        "Three Kazakh companies sanctioned for supplying machine tools to Russia were delisted "
        "after an appeal.",
        {("Kazakhstan", PARTS, "asserted")},
    ),
    (
        "accused_of_having_sent",
        "The package targets Chinese exporters accused of having sent drone engines to Russia.",
        {("China", PARTS, "asserted")},
    ),
    (
        "thermal_sights",
        "Minsk-based Optron supplies thermal sights to Russian tank factories, the EU says.",
        {("Optron", PARTS, "asserted")},
    ),
    (
        "actuators_and_converters",
        "Halvor Trade AS shipped servo actuators and signal converters to Russian drone makers.",
        {("Halvor Trade", PARTS, "asserted")},
    ),
    (
        "gate_arrays",
        "Orion Tech Ltd sold field-programmable gate arrays to Russian missile plants.",
        {("Orion Tech", PARTS, "asserted")},
    ),
    (
        "transmitters",
        "Kestrel Optics supplies video transmitters to Russian drone manufacturers, officials say.",
        {("Kestrel Optics", PARTS, "asserted")},
    ),
    (
        "diverted_parts_to_russia",
        "Prosecutors say Orkide Trading LLC diverted American-made navigation chips to Russia "
        "after buying them for a Turkish farm-equipment maker.",
        {("Orkide Trading", PARTS, "asserted")},
    ),
]

# (id, text, claims that must be there, claims that must not)
OTHER_CLAIM = [
    (
        "the_accuser_is_not_the_supplier",
        "Washington accused Beijing of supplying drone components to Russia.",
        {("China", PARTS, "asserted")},
        {("United States", PARTS, "asserted")},
    ),
    (
        "the_criticized_sanctioner_is_not_the_supplier",
        "The United States, criticized for acting slowly, has now sanctioned Orion Tech Ltd for "
        "shipping chips to Russia.",
        {("Orion Tech", PARTS, "asserted")},
        {("United States", PARTS, "asserted")},
    ),
    (
        "the_source_s_country_before_its_department_is_no_supplier",
        "According to the US Department of the Treasury, Arlex Trade exported microelectronics "
        "to Russian firms.",
        {("Arlex Trade", PARTS, "asserted")},
        {("United States", PARTS, "asserted")},
    ),
    (
        "a_short_name_without_electro_answers_for_its_company",
        "Mumbai-based Halvor Electro Exports shipped chips to Russian importers, the report said. "
        "Kestrel Aerospace Components is suspected of supplying bearings to a Russian helicopter "
        'maker. Jan Berg, a director of Halvor, said the company "never exported a single chip '
        'to Russia".',
        {("Halvor Electro Exports", PARTS, "denied")},
        {("Kestrel Aerospace Components", PARTS, "denied")},
    ),
    (
        "sights_of_a_weapon_are_parts_not_arms",
        "Minsk-based Optron supplies optical sights for Russian armoured vehicles, the EU says.",
        {("Optron", PARTS, "asserted")},
        {("Optron", ARMS, "asserted")},
    ),
    (
        "parts_of_an_unmanned_aerial_vehicle_are_no_drones",
        "Kestrel Aerospace Components shipped unmanned aerial vehicle (UAV) parts to Russia.",
        {("Kestrel Aerospace Components", PARTS, "asserted")},
        {("Kestrel Aerospace Components", "drone_supply", "asserted")},
    ),
    (
        "unmanned_aerial_vehicles_themselves_are_drones",  # near miss: no part noun after
        "Kestrel Aerospace Components shipped unmanned aerial vehicles (UAVs) to Russia.",
        {("Kestrel Aerospace Components", "drone_supply", "asserted")},
        {("Kestrel Aerospace Components", PARTS, "asserted")},
    ),
    (
        "buyers_involved_in_drone_production",
        "Customs files show Tarsus Motor sold servo motors to Russian buyers involved in "
        "drone production.",
        {("Tarsus Motor", PARTS, "asserted")},
        {("Tarsus Motor", "drone_production", "asserted")},
    ),
    (
        "goods_used_in_the_production_of_drones",
        "Tarsus Motor exported gyroscopes used in the production of attack drones to Russia.",
        {("Tarsus Motor", PARTS, "asserted")},
        {("Tarsus Motor", "drone_production", "asserted")},
    ),
    (
        "the_firm_itself_involved_in_production",  # near miss: no buyer between
        "Tarsus Motor is directly involved in the production of attack drones for Russia.",
        {("Tarsus Motor", "drone_production", "asserted")},
        set(),
    ),
    (
        "aircraft_bearings_are_parts_not_drones",
        "Nilgiri Precision Works is accused of selling aircraft bearings and servos to a "
        "Russian helicopter plant.",
        {("Nilgiri Precision Works", PARTS, "asserted")},
        {("Nilgiri Precision Works", "drone_supply", "asserted")},
    ),
    (
        "aircraft_themselves_are_drones",  # near miss: no part noun after "aircraft"
        "Nilgiri Precision Works is accused of selling light aircraft to the Russian army.",
        {("Nilgiri Precision Works", "drone_supply", "asserted")},
        {("Nilgiri Precision Works", PARTS, "asserted")},
    ),
    (
        "russia_among_the_seats_supplies_no_russian_firm",
        "A network of 14 companies in Turkey and Russia moved drone parts to a Russian firm.",
        {("Turkey", PARTS, "asserted")},
        {("Russia", PARTS, "asserted")},
    ),
    (
        "russia_supplying_another_state",  # near miss: the recipient is not Russian
        "A network of companies in Russia moved drone parts to Iranian firms.",
        {("Russia", PARTS, "asserted")},
        set(),
    ),
]

NEAR_MISSES = [
    ("set_their_sights_on", "Western governments have set their sights on Russia's shadow fleet."),
    ("sights_set_on_vehicles", "Officials set their sights on Russian armoured vehicles."),
    (
        "accused_of_a_trade_in_fish",
        "Several Norwegian firms accused of selling fish to Russia were cleared by a court.",
    ),
    (
        "diverted_flights",  # near miss: a diverted flight carries no goods
        "Orkide Air diverted two of its flights to Moscow because of fog.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in SHAPES], ids=[r[0] for r in SHAPES])
def test_component_supply_shapes(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"), [r[1:] for r in OTHER_CLAIM], ids=[r[0] for r in OTHER_CLAIM]
)
def test_another_claim(
    extractor: Extractor, text: str, present: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text", [r[1] for r in NEAR_MISSES], ids=[r[0] for r in NEAR_MISSES])
def test_near_misses_yield_no_claim(extractor: Extractor, text: str) -> None:
    assert triples(extractor, article(text)) == set()


# a state other than Russia receives technology or parts "from Russia" or "Russian" ones:
# Russia supplies it
FROM_RUSSIA = [
    (
        "received_from_russia",
        "Pyongyang received guidance technology from Russia for its new cruise missile, "
        "Seoul's spy agency said.",
        ("Russia", PARTS, "asserted"),
    ),
    (
        "obtained_russian_parts",
        "Belarus has obtained Russian navigation modules for its drone program, the report said.",
        ("Russia", PARTS, "asserted"),
    ),
    (
        "acquired_from_moscow",
        "Iran has acquired radar components from Moscow in recent months, officials said.",
        ("Russia", PARTS, "asserted"),
    ),
]

# near misses: a purchase only wished for, Ukraine's captures, a state's own Russian-made jets
NOT_FROM_RUSSIA = [
    (
        "interested_in_buying",
        "Iran was said to be interested in buying Russian radar components.",
        ("Russia", PARTS, "asserted"),
    ),
    (
        "ukraine_captures",
        "Ukraine received Russian radar components captured on the battlefield.",
        ("Russia", PARTS, "asserted"),
    ),
    (
        "russian_made_jets",
        "The Iranian air force received its first Russian-made Yak-130 jets in September.",
        ("Russia", ARMS, "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in FROM_RUSSIA], ids=[r[0] for r in FROM_RUSSIA]
)
def test_received_from_russia(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_FROM_RUSSIA], ids=[r[0] for r in NOT_FROM_RUSSIA]
)
def test_not_received_from_russia(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))
