"""The public lookups and the gazetteer file format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.extractor.extraction import EXTRACTOR_VERSION, Extractor

from .conftest import article

RESOLVE = [
    ("capital", "Beijing", "China"),
    ("metonym_kremlin", "Kremlin", "Russia"),
    ("metonym_government", "the Chinese government", "China"),
    ("capital_tehran", "Tehran", "Iran"),
    ("capital_pyongyang", "Pyongyang", "North Korea"),
    ("washington", "Washington", "United States"),
    ("treasury", "US Treasury", "United States"),
    ("ofac", "OFAC", "United States"),
    ("nacp_acronym", "NACP", "National Agency on Corruption Prevention"),
    (
        "nacp_variant",
        "National Agency for the Prevention of Corruption",
        "National Agency on Corruption Prevention",
    ),
    ("org_alias", "Kupol", "IEMZ Kupol"),
    ("fpv_maker_long_name", "Ushkuinik Scientific and Production Center", "Ushkuinik"),
    ("org_alias_long", "SZ DJI Technology", "DJI"),
    ("case_insensitive", "almaz antey", "Almaz-Antey"),
    ("demonym", "Chinese", "China"),
    ("person_surname", "Zelensky", "Volodymyr Zelenskyy"),
    ("media", "NYT", "The New York Times"),
    ("shipping_intelligence_unit", "Lloyd's List Intelligence", "Lloyd's List"),
    (
        "foreign_office_with_its_state",
        "UK Foreign, Commonwealth and Development Office",
        "United Kingdom",
    ),
    ("eu", "EU", "European Union"),
    ("curly_apostrophe", "Xi’an Bingo", "Xi'an Bingo Intelligent Aviation Technology"),
    ("korean_headline_abbreviation", "N. Korea", "North Korea"),
    ("korean_headline_demonym", "S. Korean", "South Korea"),
    (
        "irgc_aerospace_force_spelled_out",
        "Aerospace Force of the Islamic Revolutionary Guard Corps",
        "Islamic Revolutionary Guard Corps Aerospace Force",
    ),
]


@pytest.mark.parametrize(
    ("name", "canonical"), [r[1:] for r in RESOLVE], ids=[r[0] for r in RESOLVE]
)
def test_resolve_actor(extractor: Extractor, name: str, canonical: str) -> None:
    assert extractor.resolve_actor(name) == canonical


@pytest.mark.parametrize("name", ["", "   ", "Nobody Inc", "Shahed-136"])
def test_resolve_unknown(extractor: Extractor, name: str) -> None:
    assert extractor.resolve_actor(name) is None


def test_actors_lists_hundreds_with_kinds(extractor: Extractor) -> None:
    actors = dict(extractor.actors())
    assert len(actors) >= 300
    assert actors["China"] == "country"
    assert actors["DJI"] == "organization"
    assert actors["Volodymyr Zelenskyy"] == "person"
    assert set(actors.values()) <= {"country", "organization", "person", "group"}


def test_version_is_a_string() -> None:
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_extend_with_a_file(tmp_path: Path) -> None:
    path = tmp_path / "extra.json"
    path.write_text(
        json.dumps(
            {
                "actors": [
                    {
                        "name": "Zorkin Avia",
                        "kind": "organization",
                        "aliases": ["Zorkin"],
                        "country": "Belarus",
                    }
                ],
                "products": [{"name": "Kolibri-9", "aliases": ["Kolibri"], "category": "drone"}],
            }
        ),
        encoding="utf-8",
    )
    ex = Extractor.load(path)
    assert ex.resolve_actor("Zorkin") == "Zorkin Avia"
    assert ex.resolve_actor("Beijing") == "China"  # the bundled data is still there
    (claim,) = ex.extract(article("Zorkin shipped Kolibri drones to Russia."))
    assert (claim.subject, claim.claim_type, claim.products) == (
        "Zorkin Avia",
        "drone_supply",
        ["Kolibri-9"],
    )


def test_replace_with_a_file(tmp_path: Path) -> None:
    path = tmp_path / "only.json"
    path.write_text(
        json.dumps({"replace": True, "actors": [{"name": "Russia", "kind": "country"}]}),
        encoding="utf-8",
    )
    ex = Extractor.load(path)
    assert ex.resolve_actor("Beijing") is None
    assert ex.actors() == [("Russia", "country")]


def test_bad_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match="top level"):
        Extractor.load(path)
