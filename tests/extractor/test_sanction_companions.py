"""rules-1.11.0: targets named beside the first ones (`along with a Hong Kong company, Y`), a
place that only describes the named target after it, and states that sanction `together
with` the first; lists whose lister is a pronoun or a named ministry; `among them` after a
list an authority added to; a titled member after a relative clause; sanctions `against
Tehran` announced by a speaker of the sentence whose subject is Iran (our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]


def _sanctioned(*names: str) -> set[Triple]:
    return {(n, "sanctions_imposed", "asserted") for n in names}


def _found(extractor: Extractor, text: str) -> set[Triple]:
    return {
        (c.subject, c.claim_type, c.stance)
        for c in extractor.extract(article(text))
        if c.claim_type == "sanctions_imposed"
    }


COMPANIONS = [
    (
        "added_to_list_along_with_described_company",
        "The Treasury added Volna Systems to its sanctions list on Friday, along with a Hong "
        "Kong company, Arktur Trading, which it said had moved chips to Russia.",
        _sanctioned("Volna Systems", "Arktur Trading"),
    ),
    (
        "sanctioned_along_with_the_intermediary",
        "The EU sanctioned two Chinese firms, Qilin Motor Works and Baiyun Avionics, along with "
        "the Russian intermediary Tovar-Komplekt, over their roles in building drones for Russia.",
        _sanctioned("Qilin Motor Works", "Baiyun Avionics", "Tovar-Komplekt"),
    ),
    (
        "designated_passive_along_with",
        "The firm's director, Oleg Marchenko, was also designated, along with Harbin Northway "
        "Supply Chain Management, a Chinese company that the Treasury said paid invoices for "
        "Russian buyers.",
        _sanctioned("Oleg Marchenko", "Harbin Northway Supply Chain Management"),
    ),
    (
        "place_describes_the_named_company",
        "Britain sanctioned a Hong Kong company, Lumen Crest Trading, for shipping chips to "
        "Russia.",
        _sanctioned("Lumen Crest Trading"),
    ),
]

COMPANIONS += [
    (
        "it_also_listed_after_a_sanctions_sentence",
        "The State Department on Friday sanctioned Volna Systems for shipping chips to Russia. "
        "It also listed a Latvian freight company, Baltic Ferrum Cargo, which it said had moved "
        "drone parts to Russia.",
        _sanctioned("Volna Systems", "Baltic Ferrum Cargo"),
    ),
    (
        "the_named_ministry_listed_among_the_targets",
        "Japan froze the assets of 11 firms that helped Russia obtain drone parts. The Foreign "
        "Ministry listed among the targets Kaiyo Trading Co. and Dubai-based Sahra Parts LLC.",
        _sanctioned("Kaiyo Trading", "Sahra Parts"),
    ),
    (
        "added_to_a_list_among_them_a_maker_used_by_forces",
        "Tokyo also added six Russian organizations to a list of entities subject to an export "
        "ban, among them Krasnaya Zvezda Avia, a maker of drones that have been used by Russian "
        "forces in Ukraine.",
        _sanctioned("Krasnaya Zvezda Avia"),
    ),
]

COMPANIONS += [
    (
        "titled_member_after_a_relative_clause",
        "Britain imposed sanctions on Iranian officers over drone deliveries to Russia on "
        "Friday. Also targeted are Major General Reza Karimi, head of the army's drone command, "
        "Brigadier General Ali Tavakoli, who runs the drone unit of the Revolutionary Guards' "
        "Aerospace Force, and Brigadier General Hamid Nouri, a defence ministry official.",
        _sanctioned("Reza Karimi", "Ali Tavakoli", "Hamid Nouri"),
    ),
    (
        "sanctions_against_the_sentences_subject",
        "Iran has sent short-range missiles to Russia, the British foreign secretary said on "
        "Monday, announcing a new round of sanctions against Tehran.",
        _sanctioned("Iran"),
    ),
]

NOT_COMPANIONS = [
    (
        "states_that_sanction_together_with",
        "Washington sanctioned Volna Systems on Friday, together with Britain and Canada, for "
        "shipping chips to Russia.",
        "United Kingdom",
    ),
    (
        "state_along_with_after_the_list",
        "Washington added Volna Systems to its sanctions list, along with Britain, for shipping "
        "chips to Russia.",
        "United Kingdom",
    ),
    (
        "along_with_a_statement_names_no_target",
        "The Treasury added Volna Systems to its sanctions list, along with a statement that "
        "Arktur Trading had helped Russia.",
        "Arktur Trading",
    ),
    (
        "it_listed_a_firm_as_its_shareholder",
        "Britain sanctioned Volna Systems over chips sold to Russia. It listed Baltic Ferrum "
        "Cargo as its main shareholder.",
        "Baltic Ferrum Cargo",
    ),
    (
        "an_official_listed_firms_that_complied",
        "Japan froze the assets of 11 firms that helped Russia obtain drone parts. A foreign "
        "ministry official listed Kaiyo Trading Co. among the firms that had complied.",
        "Kaiyo Trading",
    ),
    (
        "the_object_of_a_members_relative_clause",
        "Britain imposed sanctions on Iranian officers over drone deliveries to Russia on "
        "Friday. Also targeted is Major General Reza Karimi, who met Brigadier General Hamid "
        "Nouri in Moscow in May.",
        "Hamid Nouri",
    ),
    (
        "place_before_a_name_is_no_target",
        "Britain sanctioned a Hong Kong company, Lumen Crest Trading, for shipping chips to "
        "Russia.",
        "Hong Kong",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in COMPANIONS], ids=[r[0] for r in COMPANIONS]
)
def test_companions(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = _found(extractor, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "name"), [r[1:] for r in NOT_COMPANIONS], ids=[r[0] for r in NOT_COMPANIONS]
)
def test_not_companions(extractor: Extractor, text: str, name: str) -> None:
    found = _found(extractor, text)
    assert (name, "sanctions_imposed", "asserted") not in found, found
