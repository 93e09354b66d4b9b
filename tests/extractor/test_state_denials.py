"""rules-1.7.x: what states and companies deny, in the shapes news gives it (one row per
shape, each with a name; our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]


def _claims(extractor: Extractor, text: str) -> dict[Triple, str | None]:
    return {(c.subject, c.claim_type, c.stance): c.source for c in extractor.extract(article(text))}


# "has never provided weapons ... and strictly controls the export of parts": parts denied
CONTROLLED_EXPORTS = [
    (
        "strictly_controls_drones_and_components",
        '"China has never provided lethal weapons to any party and strictly controls the export '
        'of dual-use items, including drones and their components," a spokesman said.',
        ("China", "component_supply", "denied"),
    ),
    (
        "strictly_controlled_past_tense",
        'The ministry said China had "never provided lethal weapons" to either side and strictly '
        "controlled the export of drone engines and other parts.",
        ("China", "component_supply", "denied"),
    ),
    (
        "exercises_strict_control_over_exports",
        "Beijing has never supplied weapons to Russia and exercises strict control over exports "
        "of drone components, the foreign ministry said.",
        ("China", "component_supply", "denied"),
    ),
    (
        "imposes_tight_controls_on",
        'Minsk "has never sent arms to Russia" and imposes tight controls on the re-export of '
        "electronics, Belarus's foreign ministry said.",
        ("Belarus", "component_supply", "denied"),
    ),
]

NOT_CONTROLLED_EXPORTS = [
    (
        "a_rule_without_denial",
        "China strictly controls the export of drone components, the ministry said, as Kyiv "
        "accused Chinese firms of shipping parts to Russia.",
        ("China", "component_supply", "denied"),
    ),
    (
        "dual_use_items_alone",
        '"China has never provided lethal weapons to any party and strictly controls the export '
        'of dual-use items," a spokesman said.',
        ("China", "component_supply", "denied"),
    ),
    (
        "controls_weapons_not_parts",
        "China has never sold arms to Russia and strictly controls the export of military "
        "products, the ministry said.",
        ("China", "component_supply", "denied"),
    ),
]

# a spokesman after a state's denial speaks for that state
DENIAL_SPOKESMEN = [
    (
        "embassy_rejected_then_a_spokesman",
        "The Foreign Office said it would keep targeting suppliers of Russia. The Chinese "
        'embassy in London rejected any suggestion that Beijing was involved. "China has never '
        'provided lethal weapons to any party," a spokesman said.',
        ("China", "weapons_supply", "denied"),
        "China",
    ),
    (
        "ministry_dismissed_then_a_spokeswoman",
        "The State Department said it was concerned. Iran's foreign ministry dismissed the "
        'reports. "Iran has not sent any drones to Russia," a spokeswoman said.',
        ("Iran", "drone_supply", "denied"),
        "Iran",
    ),
    (
        "titled_spokesman_calls_the_reports_baseless",
        "Iranian Foreign Ministry spokesman Reza Karimi called the reports of drone deliveries "
        'to Russia "baseless".',
        ("Iran", "drone_supply", "denied"),
        "Reza Karimi",
    ),
    (
        "spokeswoman_calls_the_reports_groundless",
        "Chinese Foreign Ministry spokeswoman Wang Lei called the reports of drone deliveries to "
        'Russia "groundless".',
        ("China", "drone_supply", "denied"),
        "Wang Lei",
    ),
]


# a state's body the gazetteer does not know by name, or its officials in the capital,
# deny the state's own act: "X's Ministry of Defense has denied transferring ..."
BODY_DENIALS = [
    (
        "ministry_of_defense_denied_transferring",
        "Kyiv says Minsk shipped shells to Moscow. Belarus's Ministry of Defense has denied "
        "transferring any ammunition.",
        ("Belarus", "weapons_supply", "denied"),
        "Belarus",
    ),
    (
        "another_states_ministry_of_defence_is_not_britain",
        "Kyiv says Minsk shipped shells to Moscow. Serbia's Ministry of Defence has flatly "
        "denied supplying any ammunition to Russia.",
        ("Serbia", "weapons_supply", "denied"),
        "Serbia",
    ),
    (
        "state_committee_rejected_the_reports",
        "Kyiv says Minsk shipped shells to Moscow. Belarus's State Security Committee rejected "
        "the reports.",
        ("Belarus", "weapons_supply", "denied"),
        "Belarus",
    ),
    (
        "a_bodys_name_joined_by_and_speaks_for_its_state",
        "Kyiv says Tehran shipped shells to Moscow. Iran's Ports and Maritime Organization says "
        'only grain passes through its ports, and it has called reports of arms shipments "lies".',
        ("Iran", "weapons_supply", "denied"),
        "Iran",
    ),
    (
        "officials_in_the_capital_denied_sending",
        "Kyiv says Iran sold drones to Russia. For months, officials in Tehran flatly denied "
        "sending any drones at all.",
        ("Iran", "drone_supply", "denied"),
        "Iran",
    ),
]

# "Its defence ministry said" opening a sentence: the body of the state the sentence before
# opened with
BODY_DENIALS += [
    (
        "its_ministry_after_the_state_opened",
        "Washington accused Belarus of sending shells to Russia. Minsk went further. Its "
        "defence ministry said the country had never had arms dealings with Russia.",
        ("Belarus", "weapons_supply", "denied"),
        "Belarus",
    ),
    (
        "its_government_after_a_described_state",
        "Washington accused Belarus of sending shells to Russia. Kazakhstan, a neighbour of "
        "Russia, stayed silent. Its government said the country does not allow its territory "
        "to be used to evade sanctions.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
        "Kazakhstan",
    ),
]

NOT_BODY_DENIALS = [
    (
        "its_ministry_after_a_sentence_opened_by_no_state",
        "Washington accused Belarus of sending shells to Russia. The report cited officials in "
        "Kyiv. Its defence ministry said the country had never had arms dealings with Russia.",
        ("Belarus", "weapons_supply", "denied"),
    ),
    (
        "an_analyst_is_no_state",  # near miss of the titled spokesman: no state office
        'Iranian analyst Reza Karimi called the reports of drone deliveries to Russia "baseless".',
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "officials_in_the_capital_denied_receiving",
        "Kyiv says Minsk shipped shells to Moscow. Officials in Minsk denied receiving any "
        "drones from Russia.",
        ("Belarus", "drone_supply", "denied"),
    ),
    (
        "a_ministry_that_only_says_is_no_denial",
        "Kyiv says Minsk shipped shells to Moscow. Belarus's Ministry of Economy said trade "
        "with Russia had grown.",
        ("Belarus", "weapons_supply", "denied"),
    ),
    (
        "officials_elsewhere_deny_for_another",
        "Kyiv says Minsk shipped shells to Moscow. Officials in Warsaw denied sending any "
        "troops to Belarus.",
        ("Belarus", "personnel", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [r[1:] for r in BODY_DENIALS],
    ids=[r[0] for r in BODY_DENIALS],
)
def test_state_body_denies_for_its_state(
    extractor: Extractor, text: str, expected: Triple, source: str
) -> None:
    claims = _claims(extractor, text)
    assert claims.get(expected, "missing") == source, claims


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_BODY_DENIALS],
    ids=[r[0] for r in NOT_BODY_DENIALS],
)
def test_not_a_state_body_denial(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in CONTROLLED_EXPORTS],
    ids=[r[0] for r in CONTROLLED_EXPORTS],
)
def test_controlled_exports_are_denied(extractor: Extractor, text: str, expected: Triple) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_CONTROLLED_EXPORTS],
    ids=[r[0] for r in NOT_CONTROLLED_EXPORTS],
)
def test_not_controlled_exports(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [r[1:] for r in DENIAL_SPOKESMEN],
    ids=[r[0] for r in DENIAL_SPOKESMEN],
)
def test_spokesman_after_a_denial(
    extractor: Extractor, text: str, expected: Triple, source: str
) -> None:
    claims = _claims(extractor, text)
    assert claims.get(expected, "missing") == source, claims


# what a denied suggestion names, when its words are hyphenated: "a sanctions-evasion hub"
REPORTED_TYPES = [
    (
        "sanctions_evasion_hub",
        "Georgia has become a conduit for drone parts flowing to Russia, analysts say. Georgian "
        "officials have rejected suggestions that the country is a sanctions-evasion hub.",
        ("Georgia", "sanctions_evasion", "denied"),
    ),
    (
        "a_company_that_denies_re_exporting_goods",
        "Investigators said Orion Tech Trading shipped chips to Russian drone makers. Orion "
        "Tech said it had never re-exported any goods to Russia.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
    (
        "sanctions_circumvention_route",
        "Armenia re-exports chips to Russia, Western officials say. Yerevan dismissed claims "
        "that it is a sanctions-circumvention route.",
        ("Armenia", "sanctions_evasion", "denied"),
    ),
    (
        "called_reports_of_the_deployment_another_hoax",
        "Seoul says North Korea has sent troops to fight for Russia. Kremlin spokesman Dmitry "
        'Peskov called early reports of the deployment "another hoax."',
        ("North Korea", "personnel", "denied"),
    ),
]

# "said it \"firmly rejects\" ...": the state whose body said it, past the quote and adverb
_REEXPORTED = "Analysts say Kazakh traders re-export Western chips to Russia. "
REPORTED_TYPES += [
    (
        "said_it_rejects_in_quotes_a_suggestion_about_itself",
        _REEXPORTED + 'Kazakhstan\'s trade ministry said it "firmly rejects" any suggestion '
        "that the country is being used to circumvent sanctions.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "said_it_rejects_in_quotes_the_accusations",
        _REEXPORTED + 'Kazakhstan\'s trade ministry said it "firmly rejects" the accusations.',
        ("Kazakhstan", "component_supply", "denied"),
    ),
]

# "reject such claims", "dismissed those accusations": the charge just made, like "that
# report"; "the claims" answers the article's first charge
_TWO_CHARGES = (
    "Belarusian plants supply optics to Russian arms makers, the report says. It also warns "
    "that Belarus is used as a transit route for Western goods that Russia cannot buy "
    "directly. "
)
REPORTED_TYPES += [
    (
        "reject_such_claims_answers_the_last_charge",
        _TWO_CHARGES + "Belarusian officials reject such claims.",
        ("Belarus", "sanctions_evasion", "denied"),
    ),
    (
        "dismissed_those_accusations_answers_the_last_charge",
        _TWO_CHARGES + "Minsk has dismissed those accusations.",
        ("Belarus", "sanctions_evasion", "denied"),
    ),
    (
        "reject_the_claims_answers_the_first_charge",
        _TWO_CHARGES + "Belarusian officials reject the claims.",
        ("Belarus", "component_supply", "denied"),
    ),
]

NOT_REPORTED_TYPES = [
    (
        "reject_the_claims_is_no_pointer_to_the_last_charge",
        _TWO_CHARGES + "Belarusian officials reject the claims.",
        ("Belarus", "sanctions_evasion", "denied"),
    ),
    (
        "a_hoax_is_no_denial_of_the_deployment_by_the_kremlin_itself",
        "Seoul says North Korea has sent troops to fight for Russia. Kremlin spokesman Dmitry "
        'Peskov called early reports of the deployment "another hoax."',
        ("Russia", "personnel", "denied"),
    ),
    (
        "a_myth_said_of_something_else",
        "Seoul says North Korea has sent troops to fight for Russia. Analysts say the idea of a "
        "quick war is a myth.",
        ("North Korea", "personnel", "denied"),
    ),
    (
        "a_state_that_is_no_re_export_centre_denies_no_goods",
        "The United States sanctioned Turkish companies it accused of shipping chips to Russia. "
        '"Our country is not a center for the re-export of goods to Russia," Turkey\'s trade '
        "ministry said.",
        ("Turkey", "component_supply", "denied"),
    ),
    (
        "a_hub_of_something_else",
        "Georgia has become a conduit for drone parts flowing to Russia, analysts say. Georgian "
        "officials have rejected suggestions that the country is a drone-assembly hub.",
        ("Georgia", "sanctions_evasion", "denied"),
    ),
]

# "denies any role in the production program": the making denied, not the deliveries the
# same sentence acknowledges
_ROLE_DENIED = (
    "Ukraine says Iranian engineers help Russia build attack drones at a plant in Tatarstan. "
    "Iran has acknowledged supplying Russia with a small number of drones but denies any role "
    "in the production program."
)
REPORTED_TYPES += [
    ("denies_any_role_in_the_production", _ROLE_DENIED, ("Iran", "drone_production", "denied")),
    (
        "denied_any_involvement_in_manufacturing",
        "Ukraine says North Korean workers help Russia assemble drones at a plant in Tatarstan. "
        "Pyongyang denied any involvement in drone manufacturing.",
        ("North Korea", "drone_production", "denied"),
    ),
]

NOT_REPORTED_TYPES += [
    (
        "the_acknowledged_deliveries_are_not_denied",
        _ROLE_DENIED,
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "a_report_said_it_rejects_is_no_states_denial",
        _REEXPORTED + 'The report said it "firmly rejects" any suggestion that the country is '
        "being used to circumvent sanctions.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "said_it_strongly_supports_is_no_denial",
        _REEXPORTED + 'Kazakhstan\'s trade ministry said it "strongly" supports the new checks.',
        ("Kazakhstan", "component_supply", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in REPORTED_TYPES], ids=[r[0] for r in REPORTED_TYPES]
)
def test_reported_type_of_a_denial(extractor: Extractor, text: str, expected: Triple) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_REPORTED_TYPES],
    ids=[r[0] for r in NOT_REPORTED_TYPES],
)
def test_not_reported_type(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


# a state's formula about itself: "the country is not, and will not be, a platform for ...";
# "the country" (or "it") stands for the state that speaks
STATE_FORMULAS = [
    (
        "does_not_permit_its_financial_system_or_territory",
        "Emirati traders re-exported Western chips to Russia. The UAE's foreign ministry said "
        'the country "does not permit its financial system or territory to be used for the '
        'circumvention of sanctions."',
        ("United Arab Emirates", "sanctions_evasion", "denied"),
    ),
    (
        "has_not_been_and_will_not_be_used_as",
        "Chips reach Russia through Kyrgyzstan. Kyrgyzstan's economy ministry said the country "
        '"has not been and will not be used as a platform for circumventing sanctions".',
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
    (
        "is_not_and_will_not_be",
        "Electronics reach Russia through the UAE. A UAE official told reporters that the country "
        '"is not, and will not be, a platform for circumventing sanctions".',
        ("United Arab Emirates", "sanctions_evasion", "denied"),
    ),
    (
        "is_not_and_never_will_be",
        "Chips reach Russia via Kazakhstan. Kazakhstan's foreign ministry said the country "
        '"is not, and never will be, a hub for evading sanctions".',
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "has_not_become_a_transit_hub",
        "Chips reach Russia via Kazakhstan. Kazakhstan's trade ministry said the country "
        '"has not become a transit hub for evading sanctions".',
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "will_never_become",
        "Goods reach Russia via Armenia. Armenia's deputy foreign minister said the country "
        "will never become a route for circumventing sanctions against Russia.",
        ("Armenia", "sanctions_evasion", "denied"),
    ),
    (
        "it_was_not_a_hub",
        "Chips reach Russia via Kazakhstan. Kazakhstan's foreign ministry said it was not a hub "
        "for sanctions evasion.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "does_not_and_will_not_serve_as",
        "Goods reach Russia via Armenia. An Armenian government spokesperson said that Armenia "
        '"does not and will not serve as a platform for circumventing sanctions".',
        ("Armenia", "sanctions_evasion", "denied"),
    ),
    (
        "press_secretary_is_no_deontic_press",
        "Chips reach Russia via Kyrgyzstan. The Kyrgyz president's press secretary said Bishkek "
        '"does not participate in any schemes to circumvent sanctions".',
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
    (
        "contracted_its_not_and_doesnt",
        "China is accused of helping Russia. Beijing has said it's not a party to the conflict "
        "and doesn't provide lethal weapons to either side.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "contracted_hasnt",
        "China is accused of helping Russia. Beijing says it hasn't sent weapons to Russia.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "rejects_being_used_as_a_corridor",
        "Chips reach Russia via Georgia. Tbilisi has rejected suggestions that Georgia is being "
        "used as a corridor for sanctioned goods bound for Russia.",
        ("Georgia", "sanctions_evasion", "denied"),
    ),
    (
        "is_not_being_used_as",
        "Chips reach Russia via Armenia. Officials in Yerevan insist that the country is not "
        "being used as a transit route for sanctioned goods bound for Russia.",
        ("Armenia", "sanctions_evasion", "denied"),
    ),
]

NOT_STATE_FORMULAS = [
    (
        "the_invaded_state_is_no_route",
        "Since Russia's invasion of Ukraine, checks at Moldovan customs have become stricter, "
        "as officials try to show that the country is not being used as a transit route for "
        "dual-use goods.",
        ("Russia", "sanctions_evasion", "denied"),
    ),
    (
        "not_a_neutral_transit_country_is_no_denial",
        'Goods shipped to Armenia went on to Russia. "Armenia is not a neutral transit country; '
        'it is part of the Russian supply chain," a Lithuanian minister said.',
        ("Armenia", "sanctions_evasion", "denied"),
    ),
    (
        "not_merely_a_route_is_no_denial",
        "Armenia is not merely a transit route for sanctioned goods bound for Russia, officials "
        "said.",
        ("Armenia", "sanctions_evasion", "denied"),
    ),
    (
        "a_bloc_speaks_of_the_country",
        "Chips reach Russia via Kazakhstan. The EU said the country is not a platform for "
        "circumventing sanctions.",
        ("European Union", "sanctions_evasion", "denied"),
    ),
    (
        "the_foreign_state_before_the_speaker",
        "After US sanctions, Bishkek insists it is not a route for circumventing sanctions "
        "against Russia.",
        ("United States", "sanctions_evasion", "denied"),
    ),
    (
        "pressed_is_still_deontic",
        "Chips reach Russia via Kyrgyzstan. Washington pressed Bishkek to ensure its firms do not "
        "help Russia circumvent sanctions.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in STATE_FORMULAS], ids=[r[0] for r in STATE_FORMULAS]
)
def test_state_formula_is_denied(extractor: Extractor, text: str, expected: Triple) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)
    assert claims[expected] == expected[0], claims[expected]


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_STATE_FORMULAS],
    ids=[r[0] for r in NOT_STATE_FORMULAS],
)
def test_not_state_formula(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


# "Iranian drone deliveries": a state's adjective owns a transfer noun with one goods word
# between; "reports of ... were baseless" denies them
GOODS_COMPOUNDS = [
    (
        "adjective_drone_deliveries",
        "Russia uses drones. Iranian drone deliveries to Russia continued last year, officials "
        "said.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "adjective_arms_deliveries",
        "Russia fires shells. North Korean arms deliveries to Russia continued last year, "
        "officials said.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "adjective_component_exports",
        "Russia builds drones. Chinese component exports to Russia rose sharply last year, "
        "officials said.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "reports_of_drone_deliveries_baseless",
        "Russia uses Iranian drones. A foreign ministry spokesman in Tehran said that reports "
        'of Iranian drone deliveries were "baseless".',
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "reports_of_weapons_shipments_fabricated",
        "Russia uses Iranian drones. Iran said reports of Iranian weapons shipments to Russia "
        'were "fabricated".',
        ("Iran", "weapons_supply", "denied"),
    ),
]

NOT_GOODS_COMPOUNDS = [
    (
        "a_share_of_russian_arms_exports",
        "Russia sells arms abroad. India accounted for more than a third of Russian arms exports "
        "in the period, followed by China and Egypt.",
        ("India", "weapons_supply", "asserted"),
    ),
    (
        "deliveries_to_ukraine",
        "Russia uses drones. Turkish drone exports to Ukraine rose last year, officials said.",
        ("Turkey", "drone_supply", "asserted"),
    ),
    (
        "two_words_between",
        "Russia uses drones. Iranian officials said cheap drone deliveries to Russia continued.",
        ("Iran", "drone_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in GOODS_COMPOUNDS], ids=[r[0] for r in GOODS_COMPOUNDS]
)
def test_goods_compound_owner(extractor: Extractor, text: str, expected: Triple) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_GOODS_COMPOUNDS],
    ids=[r[0] for r in NOT_GOODS_COMPOUNDS],
)
def test_not_goods_compound_owner(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


# a state refusing any part in evasion denies it: "does not allow its territory to be used to
# circumvent sanctions"
EVASION_REFUSALS = [
    (
        "does_not_take_part_in_schemes",
        "Washington sanctioned firms in Tajikistan. Tajikistan's Ministry of Economy and Trade "
        'said in a statement that the country "does not take part in any schemes to evade '
        'sanctions" and would study the decision.',
        ("Tajikistan", "sanctions_evasion", "denied"),
    ),
    (
        "will_not_allow_the_country_to_be_used",
        "Russia imports chips. Officials in Tashkent have said they will not allow the country "
        "to be used to circumvent sanctions against Russia.",
        ("Uzbekistan", "sanctions_evasion", "denied"),
    ),
    (
        "named_state_does_not_permit",
        'Russia imports chips. "Qatar does not permit its banking system to be used to '
        'circumvent international sanctions," the foreign ministry said.',
        ("Qatar", "sanctions_evasion", "denied"),
    ),
    (
        "does_not_and_will_not_serve_as_a_platform",
        "Russia imports chips. Armenia's government said Armenia \"does not and will not serve "
        'as a platform for circumventing sanctions."',
        ("Armenia", "sanctions_evasion", "denied"),
    ),
    (
        "had_never_been_a_hub",
        'Russia imports chips. The Singapore government said the city had "never been a hub '
        'for any party to evade sanctions."',
        ("Singapore", "sanctions_evasion", "denied"),
    ),
    (
        "the_ministry_of_the_state_speaks",
        "Russia imports chips. In a statement, the Qatar Ministry of Foreign Affairs said the "
        'country "has strong export controls" and "does not tolerate the use of its financial '
        'systems to circumvent sanctions."',
        ("Qatar", "sanctions_evasion", "denied"),
    ),
    (
        "officials_in_both_countries_speak_for_each",
        "Russia imports chips. Armenia and Georgia did not comment. Officials in both "
        "countries have said they do not allow their territory to be used to circumvent "
        "sanctions.",
        ("Georgia", "sanctions_evasion", "denied"),
    ),
    (
        "it_is_not_helping_moscow_evade",
        "Bishkek has insisted that it is not helping Moscow evade Western sanctions and has "
        "tightened customs checks.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
    (
        "rejected_accusations_that_it_helps",
        "Tbilisi has in the past rejected accusations that it helps Russia get around "
        "sanctions, citing its trade rules.",
        ("Georgia", "sanctions_evasion", "denied"),
    ),
    (  # rules-1.12
        "and_joins_the_refusal_to_the_state",
        "Russia imports chips. The Ministry of Foreign Affairs said Malaysia has imposed "
        'export controls since March 2022 and "does not allow the use of Malaysia as a base '
        'for the circumvention of such measures".',
        ("Malaysia", "sanctions_evasion", "denied"),
    ),
    (
        "no_evidence_that_the_state_is_a_hub",
        'Russia imports chips. The spokesman said there was "no evidence that Armenia is a '
        'route for the circumvention of sanctions".',
        ("Armenia", "sanctions_evasion", "denied"),
    ),
]

NOT_EVASION_REFUSALS = [
    (  # rules-1.12: evidence found clears no one
        "evidence_that_the_state_is_a_hub",
        "Russia imports chips. The report found evidence that Armenia is a route for the "
        "circumvention of sanctions.",
        ("Armenia", "sanctions_evasion", "denied"),
    ),
    (
        "and_after_a_state_in_a_phrase",
        "Russia imports chips. Exports to Malaysia rose and firms there do not allow audits "
        "of their sales or of sanctions evasion.",
        ("Malaysia", "sanctions_evasion", "denied"),
    ),
    (
        "officials_in_one_country_speak_for_it_alone",
        "Russia imports chips. Armenia and Georgia did not comment. Officials in Armenia have "
        "said they do not allow their territory to be used to circumvent sanctions.",
        ("Georgia", "sanctions_evasion", "denied"),
    ),
    (
        "does_not_recognize_sanctions",
        "Russia imports chips. Kazakhstan said it does not recognize unilateral sanctions and "
        "will not help Western governments enforce them.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "not_doing_enough_is_an_accusation",
        "Russia imports chips. Western officials said Kazakhstan was not doing enough to stop "
        "firms that circumvent sanctions.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "did_not_respond",
        "Russia imports chips. Kazakhstan's ministry did not respond to questions about "
        "schemes to circumvent sanctions.",
        ("Kazakhstan", "sanctions_evasion", "denied"),
    ),
    (
        "the_refusal_is_not_an_assertion",
        'Russia imports chips. "Qatar does not permit its banking system to be used to '
        'circumvent international sanctions," the foreign ministry said.',
        ("Qatar", "sanctions_evasion", "asserted"),
    ),
    (
        "the_pronoun_helps_a_party_that_evades_nothing",
        "Russia imports chips. Bishkek says it is helping Moscow expand grain exports.",
        ("Kyrgyzstan", "sanctions_evasion", "denied"),
    ),
    (
        "the_media_outlet_is_no_antecedent",
        "Reuters reported that it is not helping Moscow evade sanctions, citing a source.",
        ("Reuters", "sanctions_evasion", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in EVASION_REFUSALS], ids=[r[0] for r in EVASION_REFUSALS]
)
def test_evasion_refusal_is_denied(extractor: Extractor, text: str, expected: Triple) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_EVASION_REFUSALS],
    ids=[r[0] for r in NOT_EVASION_REFUSALS],
)
def test_not_evasion_refusal(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


# Russia, the recipient, denying a report denies its supplier's part: the subject is the
# supplier the report named, the source Russia
RECIPIENT_DENIALS = [
    (
        "the_denial_names_the_supplier_it_answers",
        "Washington says North Korea has handed Russia ballistic missiles. It also says Iran "
        'sends Russia attack drones. Moscow\'s envoy dismissed the accusations as "unfounded", '
        "saying there was no evidence that North Korean missiles had been fired at Ukraine.",
        ("North Korea", "weapons_supply", "denied"),
    ),
    (
        "the_kremlin_dismissed_reports_of_the_deployment",
        "Seoul says North Korea has sent troops to fight for Russia. The Kremlin dismissed "
        'reports of the deployment as "fake news".',
        ("North Korea", "personnel", "denied"),
    ),
    (
        "moscow_dismissed_the_reports",
        "Officials in Kyiv said Iran had shipped attack drones to Russia. Moscow has also "
        "dismissed the reports.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "russia_denied_using_iranian_drones",
        "Officials in Kyiv said Iran had shipped attack drones to Russia. Russia has denied "
        "using Iranian drones.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "denied_receiving_weapons_from_north_korea",
        "Seoul says North Korea has shipped artillery shells to Russia. Russian officials have "
        "denied receiving weapons from North Korea.",
        ("North Korea", "weapons_supply", "denied"),
    ),
]

NOT_RECIPIENT_DENIALS = [
    (
        "the_latest_charge_is_not_the_one_the_denial_names",
        "Washington says North Korea has handed Russia ballistic missiles. It also says Iran "
        'sends Russia attack drones. Moscow\'s envoy dismissed the accusations as "unfounded", '
        "saying there was no evidence that North Korean missiles had been fired at Ukraine.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "the_kremlin_denies_no_deployment_of_its_own",
        "Seoul says North Korea has sent troops to fight for Russia. The Kremlin dismissed "
        'reports of the deployment as "fake news".',
        ("Russia", "personnel", "denied"),
    ),
    (
        "russia_denies_its_own_deliveries_to_pyongyang",
        "Seoul says Russia has supplied missile technology to North Korea. Moscow dismissed the "
        "reports.",
        ("North Korea", "component_supply", "denied"),
    ),
    (
        "denied_using_drones_of_no_named_supplier",
        "Officials in Kyiv said Iran had shipped attack drones to Russia. Russia has denied "
        "using the drones against civilians.",
        ("Russia", "drone_supply", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in RECIPIENT_DENIALS],
    ids=[r[0] for r in RECIPIENT_DENIALS],
)
def test_recipient_denies_for_its_supplier(
    extractor: Extractor, text: str, expected: Triple
) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)
    assert claims[expected] == "Russia"


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_RECIPIENT_DENIALS],
    ids=[r[0] for r in NOT_RECIPIENT_DENIALS],
)
def test_not_recipient_denial(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


# "..., an allegation Beijing dismissed": a state's denial after another actor's claim is
# the state's own, of its part named in the claim, never the other actor's
TRAILING_STATE_DENIALS = [
    (
        "an_allegation_beijing_dismissed",
        "Sources said the Kupol plant in Izhevsk had tested drone prototypes built in China, an "
        "allegation Beijing dismissed.",
        ("China", "drone_production", "denied"),
    ),
    (
        "the_company_denies_its_own_claim",
        "Officials said Orion Tech Trading LLC shipped chips to Russia, an allegation the company "
        "denied.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
]

NOT_TRAILING_STATE_DENIALS = [
    (
        "the_plant_is_not_the_denier",
        "Sources said the Kupol plant in Izhevsk had tested drone prototypes built in China, an "
        "allegation Beijing dismissed.",
        ("IEMZ Kupol", "drone_production", "denied"),
    ),
    (
        "a_state_not_named_in_the_claim_denies_nothing_of_the_company",
        "Officials said Orion Tech Trading LLC shipped chips to Russia, an allegation Beijing "
        "dismissed.",
        ("Orion Tech Trading", "component_supply", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in TRAILING_STATE_DENIALS],
    ids=[r[0] for r in TRAILING_STATE_DENIALS],
)
def test_trailing_denial_is_the_deniers(extractor: Extractor, text: str, expected: Triple) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_TRAILING_STATE_DENIALS],
    ids=[r[0] for r in NOT_TRAILING_STATE_DENIALS],
)
def test_not_trailing_denial(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


# "X has ruled out sending troops": a refusal denies the act; and '"It is fake news," Y said
# when asked about Z': what Y was asked about is what Y calls false (a third party's denial)
REFUSED_OR_CALLED_FALSE = [
    (
        "a_leader_ruled_out_sending_troops",
        "Lukashenko has repeatedly ruled out sending troops, his press service said.",
        ("Belarus", "personnel", "denied"),
    ),
    (
        "a_state_ruled_out_supplying_weapons",
        "Beijing has ruled out supplying weapons to Russia, the foreign ministry said.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "called_fake_when_asked_about_soldiers",
        '"This is another piece of fake news," Dmitry Peskov told reporters when asked about '
        "North Korean soldiers preparing to fight in Ukraine.",
        ("North Korea", "personnel", "denied"),
    ),
    (
        "called_nonsense_when_asked_whether",
        '"That is nonsense," a spokesman said when asked whether Iran had shipped missiles to '
        "Russia.",
        ("Iran", "weapons_supply", "denied"),
    ),
    (
        "asked_about_soldiers_opening_then_called_fake",
        "Asked about North Korean soldiers last week, the Kremlin spokesman called the "
        "information a fake.",
        ("North Korea", "personnel", "denied"),
    ),
]

NOT_REFUSED_OR_CALLED_FALSE = [
    (
        "asked_about_soldiers_then_something_else_false",  # near miss: no call verb
        "Asked about North Korean soldiers last week, the Kremlin spokesman said a report on "
        "the talks was false.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "not_ruling_out_is_no_refusal",
        "Seoul does not rule out providing weapons to Ukraine, President Yoon said, while Iran "
        "has shipped drones to Russia.",
        ("South Korea", "weapons_supply", "denied"),
    ),
    (
        "asked_about_with_nothing_called_false",
        '"We have seen the reports," a spokesman said when asked whether Iran had shipped '
        "missiles to Russia.",
        ("Iran", "weapons_supply", "denied"),
    ),
    (
        "a_false_word_after_the_question_is_about_something_else",
        "Asked about the talks, the minister said Iran had shipped missiles to Russia and called "
        "the rumours of a ceasefire false.",
        ("Iran", "weapons_supply", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in REFUSED_OR_CALLED_FALSE],
    ids=[r[0] for r in REFUSED_OR_CALLED_FALSE],
)
def test_refused_or_called_false(extractor: Extractor, text: str, expected: Triple) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_REFUSED_OR_CALLED_FALSE],
    ids=[r[0] for r in NOT_REFUSED_OR_CALLED_FALSE],
)
def test_not_refused_or_called_false(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


# "admitted that Minsk delivered a small batch ..., but says none have been sent since": the
# deliveries it admits, denied from then on
LATER_DELIVERIES_DENIED = [
    (
        "none_have_been_sent_since",
        "Belarus's defence minister has admitted that Minsk delivered a small batch of artillery "
        "shells to Russia in 2022, but says none have been sent since the spring.",
        ("Belarus", "weapons_supply", "denied"),
    ),
    (
        "and_that_none_had_been_delivered_since",
        "Officials in Tehran said Iran shipped a handful of drones to Russia before the war and "
        "that none had been delivered since.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "there_had_been_no_shipments_since",
        "Minsk admitted it sent a batch of artillery shells to Russia in 2022 but said there "
        "had been no further shipments since.",
        ("Belarus", "weapons_supply", "denied"),
    ),
]

NOT_LATER_DELIVERIES_DENIED = [
    (
        "hundreds_had_been_delivered_since",
        "Officials in Tehran said Iran shipped a handful of drones to Russia before the war and "
        "that hundreds had been delivered since.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "none_of_the_reports_confirmed_since",
        "Officials in Tehran said Iran shipped a handful of drones to Russia last year. None of "
        "the reports has been confirmed since.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "there_had_been_no_problems_since",  # near miss: no deliveries denied
        "Minsk admitted it sent a batch of artillery shells to Russia in 2022 and said there "
        "had been no problems since.",
        ("Belarus", "weapons_supply", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in LATER_DELIVERIES_DENIED],
    ids=[r[0] for r in LATER_DELIVERIES_DENIED],
)
def test_later_deliveries_denied(extractor: Extractor, text: str, expected: Triple) -> None:
    claims = _claims(extractor, text)
    assert expected in claims, sorted(claims)


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_LATER_DELIVERIES_DENIED],
    ids=[r[0] for r in NOT_LATER_DELIVERIES_DENIED],
)
def test_not_later_deliveries_denied(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


# a denial said by calling the report false with a verb of saying, or by a participle after
# the speaker; the recipient's denial answers its supplier's charge
SAID_FALSE_DENIALS = [
    (
        "said_it_was_another_piece_of_fake_news",
        "Seoul says North Korea has sent troops to fight for Russia. Asked about the report, "
        'Kremlin spokesman Dmitry Peskov said it was "another piece of fake news".',
        ("North Korea", "personnel", "denied"),
    ),
    (
        "said_the_reports_were_lies",
        "Officials in Kyiv said Iran had shipped attack drones to Russia. Moscow said the reports "
        "were lies.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "with_the_spokesman_dismissing_them",
        "Seoul says North Korea has sent troops to fight for Russia. The Kremlin kept silent for "
        'weeks, with spokesman Dmitry Peskov dismissing them as "fake news".',
        ("North Korea", "personnel", "denied"),
    ),
]

NOT_SAID_FALSE_DENIALS = [
    (
        "said_the_report_was_detailed",
        "Seoul says North Korea has sent troops to fight for Russia. Kremlin spokesman Dmitry "
        "Peskov said the report was detailed.",
        ("North Korea", "personnel", "denied"),
    ),
    (
        "said_the_talks_were_not_fake",
        "Seoul says North Korea has sent troops to fight for Russia. Kremlin spokesman Dmitry "
        "Peskov said the peace talks were serious.",
        ("North Korea", "personnel", "denied"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in SAID_FALSE_DENIALS],
    ids=[r[0] for r in SAID_FALSE_DENIALS],
)
def test_said_false_is_a_denial(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in _claims(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [r[1:] for r in NOT_SAID_FALSE_DENIALS],
    ids=[r[0] for r in NOT_SAID_FALSE_DENIALS],
)
def test_not_said_false(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in _claims(extractor, text)


def test_a_body_denial_repeats_the_titles() -> None:
    """The title reports the denial of troops; the body's bare denial, after a later charge of
    shells, repeats it (it names no type of its own)."""
    text = article(
        "Seoul says North Korea has sent troops to fight for Russia. It says Pyongyang has also "
        'shipped artillery shells to Russia. Kremlin spokesman Dmitry Peskov said it was "fake '
        'news".',
        title="North Korea has sent troops to Russia, Seoul says. Moscow calls it 'fake news'",
    )
    claims = {(c.subject, c.claim_type, c.stance) for c in Extractor.load().extract(text)}
    assert ("North Korea", "personnel", "denied") in claims
    assert ("North Korea", "weapons_supply", "denied") not in claims
