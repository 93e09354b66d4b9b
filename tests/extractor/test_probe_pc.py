"""Probe rows for source and stance wording: each fix's sentences with a near miss.

Each row: an invented article body, the (subject, claim_type, stance) triples that must come
out with their source, and those that must not come out.
"""

from __future__ import annotations

from typing import Final

import pytest

from services.extractor.extraction import Extractor

from .conftest import article, claims_by_triple

Triple = tuple[str, str, str]

_IRAN_MISSILES: Final = "The Pentagon said Iran had sent ballistic missiles to Russia. "
_IR_ASSERTED: Final = ("Iran", "weapons_supply", "asserted")
_IR_DENIED: Final = ("Iran", "weapons_supply", "denied")

# a denial that calls the report false: a quote opening the sentence, "no truth", "not true"
CALLED_FALSE: list[tuple[str, str, dict[Triple, str | None], list[Triple]]] = [
    (
        "quote_first_baseless",
        _IRAN_MISSILES + '"These allegations are baseless," Tehran said.',
        {_IR_ASSERTED: "United States", _IR_DENIED: "Iran"},
        [],
    ),
    (
        "quote_first_no_truth_mission",
        _IRAN_MISSILES + '"There is no truth to these claims," the Iranian mission to the UN said.',
        {_IR_ASSERTED: "United States", _IR_DENIED: "Iran"},
        [],
    ),
    (
        "quote_first_speaker_named_after",
        _IRAN_MISSILES + '"This is a lie," Nasser Kanaani told reporters in Tehran.',
        {_IR_DENIED: "Nasser Kanaani"},
        [],
    ),
    (
        "said_no_truth",
        _IRAN_MISSILES + "Tehran said there was no truth in the reports.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (
        "said_not_true",
        _IRAN_MISSILES + "Iran's foreign ministry said the reports were not true.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (
        "dismissed_remarks_as_smear",
        _IRAN_MISSILES + "Tehran dismissed the remarks as a baseless smear.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (
        "rejected_findings",
        _IRAN_MISSILES + "Iran's foreign ministry rejected the findings.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (
        "opposes_the_smear",
        _IRAN_MISSILES
        + "Iran firmly opposes the smear and groundless accusations, a spokesman said.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (  # opposing a measure calls no report false
        "near_miss_opposes_sanctions",
        _IRAN_MISSILES + "Iran opposes the sanctions on its drone industry.",
        {_IR_ASSERTED: "United States"},
        [_IR_DENIED],
    ),
    (  # the accuser dismisses the accused's words: no denial by Iran
        "near_miss_accuser_dismisses",
        _IRAN_MISSILES + "Blinken dismissed Iran's comments.",
        {_IR_ASSERTED: "United States"},
        [_IR_DENIED],
    ),
    (
        "claims_that_were_not_true",
        "Turkish officials said claims that Turkish firms were shipping drone parts to Russia "
        "were not true.",
        {("Turkey", "component_supply", "denied"): "Turkey"},
        [("Turkey", "component_supply", "asserted")],
    ),
    (  # "true" said of the charge: asserted
        "near_miss_it_was_true",
        "Blinken said it was true that Iran had sent missiles to Russia.",
        {_IR_ASSERTED: "Antony Blinken"},
        [_IR_DENIED],
    ),
    (
        "pushed_back_against",
        _IRAN_MISSILES + "Tehran pushed back against the accusations.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (
        "hit_back_calling",
        _IRAN_MISSILES + "Tehran hit back, calling the allegations baseless.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (
        "slammed_as_smear",
        _IRAN_MISSILES + "Iran slammed the accusation as a smear.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (
        "denounced_the_claims",
        _IRAN_MISSILES + "The Iranian foreign ministry denounced the claims as fabrications.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (  # denouncing the act itself asserts it
        "near_miss_denounced_deliveries",
        _IRAN_MISSILES + "Kyiv denounced the deliveries of Iranian missiles to Russia.",
        {_IR_ASSERTED: "United States"},
        [_IR_DENIED],
    ),
    (  # the accuser slams the accused's claims
        "near_miss_accuser_slams",
        _IRAN_MISSILES + "Blinken slammed Iran's claims that it had sent no missiles.",
        {_IR_ASSERTED: "United States"},
        [_IR_DENIED],
    ),
    (
        "said_it_was_not_involved",
        "Ukraine said Belarus was helping Russia evade sanctions. Minsk said it was not involved.",
        {("Belarus", "sanctions_evasion", "denied"): "Belarus"},
        [],
    ),
    (
        "nothing_to_do_with",
        _IRAN_MISSILES + "Tehran said it had nothing to do with the shipments.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (  # no part in another matter: the admission stands
        "near_miss_not_involved_in_other",
        _IRAN_MISSILES + "Iran said it was not involved in the attack on the tanker, but admitted "
        "sending missiles to Russia.",
        {_IR_ASSERTED: "United States"},
        [_IR_DENIED],
    ),
    (
        "and_called_the_claims",
        "US officials said China was supplying drone engines to Russia. Mao Ning said China had "
        "always maintained strict controls on dual-use exports and called the claims groundless.",
        {("China", "component_supply", "denied"): "Mao Ning"},
        [],
    ),
    (  # the accuser calling the accused's denials false denies nothing
        "near_miss_accuser_and_called",
        _IRAN_MISSILES + "Blinken said Iran had lied and called its denials false.",
        {_IR_ASSERTED: "United States"},
        [_IR_DENIED],
    ),
    (
        "relative_denial_then_says",
        "Tehran, which denies arming Russia, says it wants peace in Ukraine.",
        {_IR_DENIED: "Iran"},
        [_IR_ASSERTED],
    ),
    (
        "relative_denial_then_said",
        "Iran, which has repeatedly denied supplying drones to Russia, said on Monday it was "
        "ready for talks.",
        {("Iran", "drone_supply", "denied"): "Iran"},
        [("Iran", "drone_supply", "asserted")],
    ),
    (  # a relative clause that asserts: no denial
        "near_miss_relative_supplied",
        "Iran, which supplied drones to Russia, says it wants peace in Ukraine.",
        {},
        [("Iran", "drone_supply", "denied")],
    ),
    (
        "quote_these_are_lies",
        _IRAN_MISSILES + '"These are lies," Nasser Kanaani said.',
        {_IR_DENIED: "Nasser Kanaani"},
        [],
    ),
    (
        "quote_its_a_lie",
        _IRAN_MISSILES + '"It\'s a lie," Nasser Kanaani said.',
        {_IR_DENIED: "Nasser Kanaani"},
        [],
    ),
    (
        "quote_one_word",
        _IRAN_MISSILES + '"Nonsense," Nasser Kanaani said.',
        {_IR_DENIED: "Nasser Kanaani"},
        [],
    ),
    (
        "quote_no_basis",
        _IRAN_MISSILES + '"Such claims have no basis," Nasser Kanaani said.',
        {_IR_DENIED: "Nasser Kanaani"},
        [],
    ),
    (
        "said_colon_quote",
        _IRAN_MISSILES + 'Asked about the missiles, Nasser Kanaani said: "That is a lie."',
        {_IR_DENIED: "Nasser Kanaani"},
        [],
    ),
    (
        "said_in_a_statement_that",
        _IRAN_MISSILES + "The Iranian foreign ministry said in a statement that the accusations "
        'were "completely unfounded".',
        {_IR_DENIED: "Iran"},
        [],
    ),
    (  # the accuser's quote of facts calls nothing false
        "near_miss_these_are_the_facts",
        _IRAN_MISSILES + '"These are the facts," Blinken said.',
        {_IR_ASSERTED: "United States"},
        [_IR_DENIED],
    ),
    (
        "despite_denials",
        "Despite Tehran's denials, US officials say Iran has shipped missiles to Russia.",
        {_IR_ASSERTED: "United States", _IR_DENIED: "Iran"},
        [],
    ),
    (
        "denial_came_after",
        "Iran's denial came a day after the White House said Tehran had shipped missiles to "
        "Russia.",
        {_IR_ASSERTED: "United States", _IR_DENIED: "Iran"},
        [],
    ),
    (  # the accused's own claims are no denial
        "near_miss_possessive_claims",
        "Iran's claims of neutrality ring hollow, US officials say, as Tehran has shipped "
        "missiles to Russia.",
        {},
        [_IR_DENIED],
    ),
    (  # the accuser's quote calls nothing false: no denial for Iran
        "near_miss_accuser_quote",
        _IRAN_MISSILES + '"Iran is lying to the world," Blinken said.',
        {_IR_ASSERTED: "United States"},
        [_IR_DENIED],
    ),
    (  # the truth of the charge, said by the accuser
        "near_miss_it_is_true",
        _IRAN_MISSILES + '"It is true that these missiles came from Iran," Blinken said.',
        {_IR_ASSERTED: "United States"},
        [_IR_DENIED],
    ),
]


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [pytest.param(b, w, a, id=i) for i, b, w, a in CALLED_FALSE],
)
def test_called_false(
    extractor: Extractor, body: str, want: dict[Triple, str | None], absent: list[Triple]
) -> None:
    got = claims_by_triple(extractor, article(body))
    for triple, source in want.items():
        assert triple in got, (triple, sorted(got))
        assert got[triple].source == source, (triple, got[triple].source)
    for triple in absent:
        assert triple not in got, triple


# "no evidence that X did it": a denial when X's own side says it, nothing when another does
NO_EVIDENCE: list[tuple[str, str, dict[Triple, str | None], list[Triple]]] = [
    (
        "embassy_after",
        "There is no evidence that Chinese companies are supplying drones to Russia, the Chinese "
        "embassy said.",
        {("China", "drone_supply", "denied"): "China"},
        [("China", "drone_supply", "asserted")],
    ),
    (
        "minister_before",
        _IRAN_MISSILES + "Iran's foreign minister Abbas Araghchi said there was no evidence that "
        "Iran had sent missiles to Russia.",
        {_IR_ASSERTED: "United States", _IR_DENIED: "Abbas Araghchi"},
        [],
    ),
    (  # another state's officials saw no evidence: nothing said either way
        "near_miss_third_party",
        "US officials said they had seen no evidence that China was supplying lethal weapons to "
        "Russia.",
        {},
        [("China", "weapons_supply", "denied"), ("China", "weapons_supply", "asserted")],
    ),
    (
        "near_miss_panel_found",
        "The panel found no evidence that the Chinese government was supplying drones to Russia.",
        {},
        [("China", "drone_supply", "denied"), ("China", "drone_supply", "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [pytest.param(b, w, a, id=i) for i, b, w, a in NO_EVIDENCE],
)
def test_no_evidence(
    extractor: Extractor, body: str, want: dict[Triple, str | None], absent: list[Triple]
) -> None:
    test_called_false(extractor, body, want, absent)


# who speaks: a state's armed forces speak for the state; a military that is the goods'
# recipient speaks for no one
SOURCES: list[tuple[str, str, dict[Triple, str | None], list[Triple]]] = [
    (
        "military_estimated",
        "South Korea's military estimated that North Korea had sent around 20,000 containers of "
        "ammunition to Russia.",
        {("North Korea", "weapons_supply", "asserted"): "South Korea"},
        [],
    ),
    (
        "air_force_said",
        "Ukraine's air force said Iran had sent hundreds of drones to Russia.",
        {("Iran", "drone_supply", "asserted"): "Ukraine"},
        [],
    ),
    (
        "posted_on_x_that",
        "Andrii Sybiha posted on X that North Korean soldiers were fighting in Russia's Kursk "
        "region.",
        {("North Korea", "personnel", "asserted"): "Andrii Sybiha"},
        [],
    ),
    (
        "posted_on_channel_after",
        "Iran has supplied Russia with Shahed drones, Zelenskyy posted on his Telegram channel.",
        {("Iran", "drone_supply", "asserted"): "Volodymyr Zelenskyy"},
        [],
    ),
    (
        "tweeted_after",
        "Iran has supplied Russia with Shahed drones, Zelenskyy tweeted.",
        {("Iran", "drone_supply", "asserted"): "Volodymyr Zelenskyy"},
        [],
    ),
    (  # a video posted is no statement of who posted it
        "near_miss_posted_a_video",
        "Kyrylo Budanov posted a video showing Iranian drones sent to Russia.",
        {("Iran", "drone_supply", "asserted"): None},
        [],
    ),
    (
        "passive_confirmed_by",
        "Iran's transfer of ballistic missiles to Russia was confirmed by British officials.",
        {("Iran", "weapons_supply", "asserted"): "United Kingdom"},
        [],
    ),
    (
        "passive_first_reported_by",
        "The shipments of North Korean shells to Russia were first reported by Reuters.",
        {("North Korea", "weapons_supply", "asserted"): "Reuters"},
        [],
    ),
    (
        "as_first_reported_by",
        "Iran shipped ballistic missiles to Russia last week, as first reported by Reuters.",
        {("Iran", "weapons_supply", "asserted"): "Reuters"},
        [],
    ),
    (  # "as well as by China": another supplier, no speaker
        "near_miss_as_well_as_by",
        "Drones were supplied to Russia by Iran, as well as by China.",
        {("Iran", "drone_supply", "asserted"): None, ("China", "drone_supply", "asserted"): None},
        [],
    ),
    (  # the supplier after "by" is the actor, not a speaker
        "near_miss_delivered_by",
        "Shahed drones delivered to Russia by Iran were used in the strike, officials in Kyiv "
        "said.",
        {("Iran", "drone_supply", "asserted"): "Ukraine"},
        [],
    ),
    (
        "think_tank_study_found",
        "A new RUSI study found that Iran had shipped drones to Russia.",
        {("Iran", "drone_supply", "asserted"): "Royal United Services Institute"},
        [],
    ),
    (
        "possessive_analysis_found",
        "The Pentagon's analysis found that Iran had shipped drones to Russia.",
        {("Iran", "drone_supply", "asserted"): "United States"},
        [],
    ),
    (  # an outlet's own investigation is the outlet's voice: no source
        "near_miss_outlet_investigation",
        "A Reuters investigation found that Chinese firms had shipped drone engines to Russia.",
        {("China", "component_supply", "asserted"): None},
        [],
    ),
    (
        "condemned_the_transfer",
        "The EU condemned Iran's transfer of ballistic missiles to Russia.",
        {("Iran", "weapons_supply", "asserted"): "European Union"},
        [],
    ),
    (
        "condemned_the_deployment",
        "Japan strongly condemned North Korea's deployment of troops to Russia.",
        {("North Korea", "personnel", "asserted"): "Japan"},
        [],
    ),
    (  # the target condemning the measure is not who accuses it
        "near_miss_condemned_sanctions",
        "China condemned the US sanctions on Chinese firms accused of supplying Russia with "
        "drone parts.",
        {("China", "component_supply", "asserted"): "United States"},
        [],
    ),
    (
        "permanent_mission_to_the_un",
        "Iran's permanent mission to the United Nations said Tehran had not sent missiles to "
        "Russia.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (
        "adjective_permanent_mission",
        "The Iranian permanent mission to the United Nations said Tehran had not sent missiles "
        "to Russia.",
        {_IR_DENIED: "Iran"},
        [],
    ),
    (
        "near_miss_recipient_military",
        "Iran sent drones to Russia's military, officials said.",
        {("Iran", "drone_supply", "asserted"): None},
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [pytest.param(b, w, a, id=i) for i, b, w, a in SOURCES],
)
def test_sources(
    extractor: Extractor, body: str, want: dict[Triple, str | None], absent: list[Triple]
) -> None:
    test_called_false(extractor, body, want, absent)


# "no" right after the verb negates the act it names; "no fewer than" counts
NO_OBJECT: list[tuple[str, str, dict[Triple, str | None], list[Triple]]] = [
    (
        "sent_no_troops",
        "Pyongyang said it had sent no troops to Russia.",
        {("North Korea", "personnel", "denied"): "North Korea"},
        [("North Korea", "personnel", "asserted")],
    ),
    (
        "given_no_weapons_quote",
        '"We have given no weapons to Russia," Nasser Kanaani told reporters.',
        {_IR_DENIED: "Nasser Kanaani"},
        [_IR_ASSERTED],
    ),
    (
        "provided_no_lethal_aid",
        "China has provided no lethal aid to Russia, Beijing said.",
        {("China", "weapons_supply", "denied"): "China"},
        [("China", "weapons_supply", "asserted")],
    ),
    (
        "near_miss_no_fewer_than",
        "Iran has sent no fewer than 400 drones to Russia, officials said.",
        {("Iran", "drone_supply", "asserted"): None},
        [("Iran", "drone_supply", "denied")],
    ),
    (
        "near_miss_no_more_than",
        "Iran supplied no more than a dozen missiles to Russia, officials said.",
        {_IR_ASSERTED: None},
        [_IR_DENIED],
    ),
]


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [pytest.param(b, w, a, id=i) for i, b, w, a in NO_OBJECT],
)
def test_no_object(
    extractor: Extractor, body: str, want: dict[Triple, str | None], absent: list[Triple]
) -> None:
    test_called_false(extractor, body, want, absent)


NO_NOMINAL: list[tuple[str, str, dict[Triple, str | None], list[Triple]]] = [
    (
        "no_two_modifiers",
        "Tehran said there were no Iranian missile transfers to Russia.",
        {_IR_DENIED: "Iran"},
        [_IR_ASSERTED],
    ),
    (
        "no_new_deliveries",
        "There have been no new Iranian deliveries of drones to Russia, Tehran said.",
        {("Iran", "drone_supply", "denied"): "Iran"},
        [("Iran", "drone_supply", "asserted")],
    ),
    (  # "no doubt" asserts
        "near_miss_no_doubt",
        "Officials said there was no doubt Iranian drone deliveries to Russia had resumed.",
        {},
        [("Iran", "drone_supply", "denied")],
    ),
]


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [pytest.param(b, w, a, id=i) for i, b, w, a in NO_NOMINAL],
)
def test_no_nominal(
    extractor: Extractor, body: str, want: dict[Triple, str | None], absent: list[Triple]
) -> None:
    test_called_false(extractor, body, want, absent)


# a denial in a relative aside ("X, which denies arming Russia, has sent ...") denies what
# the aside names; the main clause after it still says what happened
DENYING_ASIDE: list[tuple[str, str, dict[Triple, str | None], list[Triple]]] = [
    (
        "aside_then_sent_intelligence_says",
        "Moscow keeps attacking Kyiv. Iran, which denies arming Russia, has sent hundreds of "
        "Shahed drones, Ukrainian intelligence says.",
        {("Iran", "drone_supply", "asserted"): "Ukraine"},
        [],
    ),
    (
        "aside_has_denied_then_delivered",
        "Moscow keeps attacking Kyiv. Iran, which has denied supplying weapons to Moscow, has "
        "delivered artillery shells to Russia, officials say.",
        {_IR_ASSERTED: None, _IR_DENIED: "Iran"},
        [],
    ),
    (
        "aside_then_shipped_officials_say",
        "Moscow keeps attacking Kyiv. Beijing, which denies providing lethal aid, has shipped "
        "drone parts to Russian firms, US officials say.",
        {("China", "component_supply", "asserted"): "United States"},
        [("China", "component_supply", "denied")],
    ),
    (  # the main clause's own negation still denies
        "near_miss_main_clause_never",
        "Moscow keeps attacking Kyiv. Iran, which has long denied the allegations, insists it "
        "never sent drones to Russia.",
        {("Iran", "drone_supply", "denied"): "Iran"},
        [("Iran", "drone_supply", "asserted")],
    ),
    (  # the aside closes before the verb that governs the deed: its subject is the aside's
        "aside_before_admitted",
        "Moscow keeps attacking Kyiv. Iran, which has backed Moscow since 2022, admitted sending "
        "drones to Russia.",
        {("Iran", "drone_supply", "asserted"): "Iran"},
        [("Iran", "drone_supply", "denied")],
    ),
    (  # the denial in the main clause, after an aside that names another state
        "near_miss_denial_in_main_clause",
        "Moscow keeps attacking Kyiv. Iran, which has backed Moscow since 2022, denies sending "
        "drones to Russia.",
        {("Iran", "drone_supply", "denied"): "Iran"},
        [("Iran", "drone_supply", "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [pytest.param(b, w, a, id=i) for i, b, w, a in DENYING_ASIDE],
)
def test_denying_aside(
    extractor: Extractor, body: str, want: dict[Triple, str | None], absent: list[Triple]
) -> None:
    test_called_false(extractor, body, want, absent)
