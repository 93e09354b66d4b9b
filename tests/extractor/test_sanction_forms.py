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

SANCTIONED += [
    (
        "among_a_count_of_national_entities_added_to_a_blocs_list",
        "Kestrel Motor Works, based in the coastal city of Xiamen, was among 11 mainland "
        "Chinese and Turkish entities added to the EU's list on Tuesday.",
        _sanctioned("Kestrel Motor Works", "China", "Turkey"),
    ),
    (
        "among_counted_words_added_to_a_sanctions_list_before_a_reason",
        "Orkide Makina was among four Turkish firms and two Emirati traders added to Britain's "
        "sanctions list on Monday as part of its new measures against Moscow.",
        _sanctioned("Orkide Makina", "Turkey", "United Arab Emirates"),
    ),
    (
        "also_included_seated_then_the_next",
        "Canada imposed new sanctions on Friday. Also included were Delta Parts Trading LLC, "
        "based in Almaty, and Orkide Makina of Izmir, which Ottawa says shipped machine tools.",
        _sanctioned("Delta Parts Trading", "Orkide Makina"),
    ),
    (
        "short_name_in_brackets_before_a_relative_clause",
        "The EU adopted new sanctions on Friday. Also listed was the Gomel Radio Plant (GRP), "
        "which makes radar parts for Russian missiles, and Delta Parts Trading LLC, which "
        "ships them.",
        _sanctioned("Gomel Radio Plant", "Delta Parts Trading"),
    ),
    (
        "lower_case_trade_modifiers_before_the_name",
        "The EU adopted new sanctions on Friday. Also listed is the Belarusian optical "
        "engineering firm Vitebsk Lens Works, accused of supplying sights.",
        _sanctioned("Vitebsk Lens Works"),
    ),
    (
        "among_the_new_listings_is",
        "Japan announced new sanctions on Tuesday. Among the new listings is Hangzhou-based "
        "Kestrel Motor Works, which Tokyo says supplied engines.",
        _sanctioned("Kestrel Motor Works"),
    ),
]

SANCTIONED += [
    (
        "along_with_a_possessors_officer",
        "The Treasury designated Dubai-based Orkide Trading LLC and Delta Parts Trading LLC, "
        "along with Orkide Trading's Turkish-born finance director, Selim Arkan.",
        _sanctioned("Orkide Trading", "Delta Parts Trading", "Selim Arkan"),
    ),
    (
        "and_on_its_seated_operator",
        "Britain imposed sanctions on the tanker Sea Lark and on its Izmir-based operator, "
        "Kuzey Marine Ltd, which loaded the cargo.",
        _sanctioned("Kuzey Marine"),
    ),
    (
        "a_seat_of_two_words_before_the_name",
        "The Treasury also designated the Bandar Abbas-based Kestrel Marine Company and two of "
        "its ships.",
        _sanctioned("Kestrel Marine Company"),
    ),
    (
        "a_plant_in_a_city_under_sanctions",
        "The chips come from another supplier, the state-owned Kestrel Motor Works plant in "
        "Minsk, which is already under Western sanctions.",
        _sanctioned("Kestrel Motor Works"),
    ),
    (
        "a_shell_registered_in_a_place_also_sanctioned",
        "The payments went through Delta Parts Trading LLC, a shell company registered in Hong "
        "Kong, which has also been sanctioned.",
        _sanctioned("Delta Parts Trading"),
    ),
    (
        "kept_under_sanctions_by_the_relative_clauses_subject",
        "The ships are run by Orkide Marine, a subsidiary of Kama Shipping Lines (KSL), which "
        "the United States has kept under sanctions since 2012.",
        _sanctioned("Kama Shipping Lines"),
    ),
    (
        "list_resumes_after_a_closing_quote",
        "The EU adopted new sanctions on Friday. The Council also named Orkide Trading LLC, "
        'which it said had "shipped machine tools to Russia," and Dubai\'s Delta Parts Trading '
        "LLC, accused of moving payments.",
        _sanctioned("Orkide Trading", "Delta Parts Trading"),
    ),
    (
        "placed_under_sanctions_by_a_state",
        "Orkide Trading LLC has been placed under sanctions by Britain.",
        _sanctioned("Orkide Trading"),
    ),
    (
        "earlier_rounds_hit_companies_in",
        "Britain on Monday imposed sanctions on three firms in India over drone parts sent to "
        "Russia. "
        "Earlier rounds hit companies in Armenia, Serbia and the UAE.",
        _sanctioned("Armenia", "Serbia", "United Arab Emirates"),
    ),
    (
        "previous_packages_targeted_firms_in",
        "Britain on Monday imposed sanctions on three firms in India over drone parts sent to "
        "Russia. "
        "Previous packages targeted firms in Kazakhstan.",
        _sanctioned("Kazakhstan"),
    ),
]

# an office named with its short form in brackets; a passive "added to the list" with no agent
SANCTIONED += [
    (
        "an_office_and_its_bracketed_short_form_named",
        "Canada imposed new sanctions on Friday. The Office of Foreign Assets Control (OFAC) "
        "also named Kestrel Motor Works, which it said sold engines to Russia.",
        _sanctioned("Kestrel Motor Works"),
    ),
    (
        "a_person_in_apposition_was_added_to_the_list",
        "Japan imposed new sanctions on Friday. A Belarusian officer, Colonel Pavel Ostrovsky, was "
        "added to the list for his role in the deliveries.",
        _sanctioned("Pavel Ostrovsky"),
    ),
    (
        "was_also_added_to_the_list_of_sanctioned_entities",
        "Japan imposed new sanctions on Friday. Orkide Makina was also added to the list of "
        "sanctioned entities.",
        _sanctioned("Orkide Makina"),
    ),
    (
        "the_urged_body_imposes",  # near miss: the call is in an aside, the EU imposes
        "The EU, which lawmakers urged to act, imposed sanctions on Kestrel Motor Works.",
        _sanctioned("Kestrel Motor Works"),
    ),
    (
        "bare_passive_added_for_a_reason",
        "Japan imposed new sanctions on Friday. Orkide Makina was added for shipping machine "
        "tools to Russian arms plants.",
        _sanctioned("Orkide Makina"),
    ),
    (
        "passive_subjects_joined_past_a_trade_description",
        "Japan imposed new sanctions on Friday. Orkide Makina and the Kazan electronics "
        "distributor Kestrel Motor Works were sanctioned.",
        _sanctioned("Orkide Makina", "Kestrel Motor Works"),
    ),
]

NOT_IMPOSED = [
    (
        "the_speaker_before_a_described_target",  # near miss: no "and" joins them
        "Japan imposed new sanctions on Friday. Orkide Makina said the Kazan electronics "
        "distributor Kestrel Motor Works was sanctioned.",
        "Orkide Makina",
    ),
    (
        "a_clause_was_added_after_an_objection",  # near miss: a clause is no target
        "Japan imposed new sanctions on Friday. A clause on subsidiaries was added after "
        "Hungary objected to it.",
        "Hungary",
    ),
    (
        "added_to_a_list_of_something_else",  # near miss: a list of sponsors, no sanctions
        "Japan imposed new sanctions on Friday. Orkide Makina was added to the list of "
        "companies sponsoring the Izmir trade fair.",
        "Orkide Makina",
    ),
    (
        "a_bracketed_outlet_names_a_supplier",  # near miss: a newspaper names, no office
        "Japan imposed new sanctions on Friday. A reporter for the Financial Times (FT) named "
        "Kestrel Motor Works as a supplier.",
        "Kestrel Motor Works",
    ),
    (
        "the_measures_hit_exporters_hard",
        "Britain on Monday imposed sanctions on three firms in India over drone parts sent to "
        "Russia. "
        "The measures hit exporters in Serbia hard, traders said.",
        "Serbia",
    ),
    (
        "the_strikes_hit_companies",
        "Britain on Monday imposed sanctions on three firms in India over drone parts sent to "
        "Russia. "
        "Earlier strikes hit companies in Armenia, officials said.",
        "Armenia",
    ),
    (
        "could_freeze_the_assets",
        "Britain could freeze the assets of Kestrel Motor Works, officials said.",
        "Kestrel Motor Works",
    ),
    (
        "lawmakers_want_sanctions_on",
        "Several lawmakers want sanctions on Orkide Makina over its drone engines.",
        "Orkide Makina",
    ),
    (
        "urged_tougher_sanctions_on",
        "The senators urged tougher sanctions on Kestrel Motor Works in a letter.",
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
    (
        "new_listings_on_an_exchange",
        "Among the new listings on the Hong Kong exchange is Kestrel Motor Works.",
        "Kestrel Motor Works",
    ),
    (
        "the_buyer_of_a_seated_target",
        "The Treasury sanctioned Orkide Makina, based in Izmir, which sold chips to Delta Parts "
        "Trading LLC.",
        "Delta Parts Trading",
    ),
    (
        "the_object_of_a_targets_relative_clause",
        "The Treasury sanctioned Orkide Trading LLC, which it accused of helping Kama Motors "
        "process payments.",
        "Kama Motors",
    ),
    (
        "the_parent_in_an_apposition_is_not_what_the_relative_clause_follows",
        "The ships are run by Orkide Marine, a subsidiary of Kama Shipping Lines (KSL), which "
        "the United States has kept under sanctions since 2012.",
        "Orkide Marine",
    ),
    (
        "a_firm_supplied_by_unnamed_targets",
        "The US imposed sanctions on traders supplying the Russian firm Kama Motors.",
        "Kama Motors",
    ),
    (
        "neither_nor_is_designated_by_any_jurisdiction",
        "Orkide Makina sold chips to a Russian buyer. Neither Orkide nor Delta Parts Trading "
        "LLC is currently designated by any jurisdiction.",
        "Delta Parts Trading",
    ),
    (
        "neither_nor_has_been_sanctioned",
        "Neither Kestrel Motor Works nor its parent has been sanctioned so far.",
        "Kestrel Motor Works",
    ),
]

# near misses of a negation: the sanctions sentence after it stands
SANCTIONED += [
    (
        "neither_nor_answered_and_then_a_sanction",
        "Neither Orkide nor its director answered questions and the Treasury sanctioned Delta "
        "Parts Trading LLC in May.",
        {("Delta Parts Trading", "sanctions_imposed", "asserted")},
    ),
    (
        "neither_commented_then_a_new_clause",
        "Neither firm commented; Delta Parts Trading LLC has been sanctioned by the United States.",
        {("Delta Parts Trading", "sanctions_imposed", "asserted")},
    ),
    (
        "names_in_a_relative_aside_before_the_freeze",
        "Orkide Trading LLC and Baltic Gear Ltd, which the EU says have sold motors to Russian "
        "drone makers since 2023, are now subject to an asset freeze.",
        _sanctioned("Orkide Trading", "Baltic Gear"),
    ),
    (
        "names_in_a_relative_aside_before_the_passive",
        "Delta Parts Trading, which Ukraine says supplied chips, was sanctioned in May.",
        _sanctioned("Delta Parts Trading"),
    ),
]
NOT_IMPOSED += [
    (
        "the_speaker_in_the_aside_is_no_target",  # near miss: the EU only speaks
        "Orkide Trading LLC and Baltic Gear Ltd, which the EU says have sold motors to Russian "
        "drone makers since 2023, are now subject to an asset freeze.",
        "European Union",
    ),
    (
        "an_aside_after_the_verb_is_not_cut",  # near miss: the freeze is the EU's own
        "The assets of Orkide Trading, which sold motors to Russia, were frozen by Britain.",
        "United Kingdom",
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


def test_each_clause_its_own_reason(extractor: Extractor) -> None:
    """`X was added for A, while Y was listed for B`: B is Y's deed, not X's."""
    found = _triples(
        extractor,
        article(
            "Japan adopted new sanctions on Friday. Orkide Makina was added for shipping "
            "machine tools to Russian arms plants, while Kestrel Motor Works was listed for "
            "assembling drones for the Russian army."
        ),
    )
    assert ("Kestrel Motor Works", "drone_production", "asserted") in found, found
    assert ("Orkide Makina", "drone_production", "asserted") not in found, found
