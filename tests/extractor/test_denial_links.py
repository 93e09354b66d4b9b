"""rules-1.12: denials that name the war, not Russia (`to any party to the conflict`, `to
either side`, `for use in Ukraine`), and states that oppose sanctions while denying (our own
sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article, triples

Triple = tuple[str, str, str]

# Russia is named only far above the denial, in an article whose title does not name it
_FAR = (
    "Ministers meet in Geneva\n\nRussia invaded Ukraine in 2022. Talks resumed on Monday. "
    "Delegates met for six hours. The agenda covered grain and shipping. Reporters waited "
    "outside.\n\n"
)


def _far(sentence: str) -> str:
    return _FAR + sentence + "\n"


WAR_NAMED = [
    (
        "any_party_to_the_conflict",
        'Beijing "has never provided lethal weapons to any party to the conflict," a spokesman '
        "said.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "either_side",
        "Islamabad has not supplied any weapons to either side, the foreign office said.",
        ("Pakistan", "weapons_supply", "denied"),
    ),
    (
        "any_of_the_warring_parties",
        "The Emirati envoy said Abu Dhabi has not sent arms to any of the warring parties.",
        ("United Arab Emirates", "weapons_supply", "denied"),
    ),
    (
        "for_use_in_ukraine",
        "Tehran has never sent drones for use in the war in Ukraine, the ministry said.",
        ("Iran", "drone_supply", "denied"),
    ),
]

NOT_WAR_NAMED = [
    (
        "asserted_to_either_side",  # the war names no recipient of an act: no claim
        "Islamabad has supplied weapons to either side, a report said.",
        ("Pakistan", "weapons_supply", "asserted"),
    ),
    (
        "denial_names_no_war",
        "Beijing has never provided lethal weapons to its neighbours, a spokesman said.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "a_neutral_promise_for_the_future",  # policy, no act denied
        "The president said Brazil would not supply weapons or ammunition to either side.",
        ("Brazil", "weapons_supply", "denied"),
    ),
]

# 'opposes unilateral sanctions' makes the speaker no sanctioner: its denial stands
OPPOSED_SANCTIONS = [
    (
        "opposes_then_denies",
        'Spokesman Wu Hong said China "firmly opposes unilateral sanctions" and that "China '
        'has never provided lethal weapons to Russia," adding that Beijing controls drone '
        "exports.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "condemns_then_denies",
        "Tehran condemned the new sanctions and said Iran had not sent missiles to Russia, "
        "adding that the listings were illegal.",
        ("Iran", "weapons_supply", "denied"),
    ),
]

NOT_OPPOSED_SANCTIONS = [
    (
        "sanctioner_over_a_supply",  # the sanctioner is no supplier
        "The EU imposed sanctions over the supply of drones to Russia, adding three firms.",
        ("European Union", "drone_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in WAR_NAMED], ids=[r[0] for r in WAR_NAMED]
)
def test_denial_naming_the_war(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, _far(sentence))


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in NOT_WAR_NAMED], ids=[r[0] for r in NOT_WAR_NAMED]
)
def test_not_a_war_named_denial(extractor: Extractor, sentence: str, absent: Triple) -> None:
    assert absent not in triples(extractor, _far(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [r[1:] for r in OPPOSED_SANCTIONS],
    ids=[r[0] for r in OPPOSED_SANCTIONS],
)
def test_opposer_denies(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, _far(sentence))


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [r[1:] for r in NOT_OPPOSED_SANCTIONS],
    ids=[r[0] for r in NOT_OPPOSED_SANCTIONS],
)
def test_sanctioner_still_no_supplier(extractor: Extractor, sentence: str, absent: Triple) -> None:
    assert absent not in triples(extractor, _far(sentence))


# a bare denial ("rejected the accusations") takes the type of the first charge, unless the
# next sentence of its paragraph says what was denied
_CHARGES = (
    "Kyiv accused Iran of sending military trainers to Crimea. Ukraine also said Iran had "
    "shipped missiles to Russia.\n\n"
)
ANSWERED_BARE = [
    (
        "next_sentence_names_weapons",
        'Iran rejected the accusations. Its mission said Tehran "has not transferred any '
        'weapons to Russia."',
        ("Iran", "weapons_supply", "denied"),
        ("Iran", "personnel", "denied"),
    ),
    (
        "next_sentence_names_goods",
        "Tehran dismissed the allegations. A spokesman said Iran had never sent missiles to "
        "Moscow.",
        ("Iran", "weapons_supply", "denied"),
        ("Iran", "personnel", "denied"),
    ),
]

UNANSWERED_BARE = [
    (
        "next_paragraph",  # the answer is a paragraph away: the bare denial stands
        'Iran rejected the accusations.\n\nIts mission said Tehran "has not transferred any '
        'weapons to Russia."',
        ("Iran", "personnel", "denied"),
    ),
    (
        "next_sentence_names_it_too",
        'Iran rejected the accusations. Its mission said Tehran "has not sent any trainers or '
        'weapons to Russia."',
        ("Iran", "personnel", "denied"),
    ),
    (
        "next_sentence_denies_nothing",
        "Iran rejected the accusations. The talks will resume in May.",
        ("Iran", "personnel", "denied"),
    ),
]

# what is made "for" a weapon is a part of it
MADE_FOR_ARMS = [
    (
        "anything_for_drones",
        "Kyiv said Belarusian plants make parts for Russian drones. Minsk said Belarusian "
        'enterprises "do not produce anything for Russian attack drones".',
        ("Belarus", "component_supply", "denied"),
    ),
]

NOT_MADE_FOR_ARMS = [
    (
        "drones_themselves",
        "Kyiv said Belarusian plants make parts for Russian drones. Minsk said Belarusian "
        "enterprises do not produce drones for Russia.",
        ("Belarus", "component_supply", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "dropped"),
    [r[1:] for r in ANSWERED_BARE],
    ids=[r[0] for r in ANSWERED_BARE],
)
def test_bare_denial_answered_next(
    extractor: Extractor, text: str, expected: Triple, dropped: Triple
) -> None:
    found = triples(extractor, article(_CHARGES + text))
    assert expected in found
    assert dropped not in found


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in UNANSWERED_BARE], ids=[r[0] for r in UNANSWERED_BARE]
)
def test_bare_denial_stands(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(_CHARGES + text))


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in MADE_FOR_ARMS], ids=[r[0] for r in MADE_FOR_ARMS]
)
def test_made_for_arms_is_parts(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_MADE_FOR_ARMS], ids=[r[0] for r in NOT_MADE_FOR_ARMS]
)
def test_not_made_for_arms(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))


# a quote, then its speaker "accusing" someone: the quote's subject is no speaker, and a
# bare denial stands where the next sentence names building ("construction") besides goods
_FACTORY_CHARGES = (
    "Washington said Iran is helping Russia build a drone factory in Tatarstan and has "
    "shipped drones to Moscow.\n\n"
)
QUOTED_DENIALS = [
    (
        "quote_then_accusing",
        '"Tehran has never sent drones to either side of the war," the mission said, accusing '
        "Washington of arming Kyiv.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "construction_named_after_a_bare_denial",
        'Iran rejected the claims. "Iran has not supplied any drones to either side and will '
        'take no part in the construction of such a plant," its mission said.',
        ("Iran", "drone_production", "denied"),
    ),
]

# near misses: the subject of a sentence that is no quote still speaks; a next sentence
# that names the drones alone answers the bare denial
NOT_QUOTED_DENIALS = [
    (
        "unquoted_subject_accuses",
        "Iran has been arming Russia for months, the Pentagon said, accusing Tehran of "
        "shipping drones to Moscow.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "drones_alone_answer_the_bare_denial",
        'Iran rejected the claims. "Iran has not supplied any drones to either side," its '
        "mission said.",
        ("Iran", "drone_production", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in QUOTED_DENIALS], ids=[r[0] for r in QUOTED_DENIALS]
)
def test_quoted_denial(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(_FACTORY_CHARGES + text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_QUOTED_DENIALS],
    ids=[r[0] for r in NOT_QUOTED_DENIALS],
)
def test_not_quoted_denial(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(_FACTORY_CHARGES + text))


# "any weapons" denied by a state charged with drones: the drones are among them
_DRONES_CHARGED = "Kyiv says Iran has shipped hundreds of attack drones to Russia. "
ANY_WEAPONS = [
    (
        "any_weapons_after_a_drone_charge",
        _DRONES_CHARGED + 'Tehran\'s spokesman said Iran "has not supplied any weapons to Russia."',
        ("Iran", "drone_supply", "denied"),
    ),
]

# near misses: named weapons other than drones deny no drones; nor "any weapons" after a
# charge of shells
NOT_ANY_WEAPONS = [
    (
        "missiles_after_a_drone_charge",
        _DRONES_CHARGED + 'Tehran\'s spokesman said Iran "has not supplied missiles to Russia."',
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "any_weapons_after_a_shell_charge",
        "Kyiv says Iran has shipped artillery shells to Russia. Tehran's spokesman said Iran "
        '"has not supplied any weapons to Russia."',
        ("Iran", "drone_supply", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in ANY_WEAPONS], ids=[r[0] for r in ANY_WEAPONS]
)
def test_any_weapons_denies_the_drones(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_ANY_WEAPONS], ids=[r[0] for r in NOT_ANY_WEAPONS]
)
def test_named_weapons_deny_no_drones(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))
