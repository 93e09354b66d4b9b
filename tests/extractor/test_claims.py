"""Table-driven behaviour of the extraction rules: one row per pattern, each with a name."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]

CLAIM_TYPES = [
    (
        "drone_supply",
        "About 70 Chinese exporters sold drones to Russia last year.",
        ("China", "drone_supply", "asserted"),
    ),
    (
        "drone_supply_iran",
        "Iran has delivered hundreds of Shahed-136 drones to Russia.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "drone_supply_passive",
        "Dozens of drones made in China were shipped to Russian units.",
        ("China", "drone_supply", "asserted"),
    ),
    (
        "drone_production",
        "Xiamen Limbach has agreed to manufacture attack drones for Russia.",
        ("Xiamen Limbach Aircraft Engine", "drone_production", "asserted"),
    ),
    (
        "drone_production_country",
        "China is developing long-range attack drones for Moscow.",
        ("China", "drone_production", "asserted"),
    ),
    (
        "component_supply",
        "Chinese companies shipped microelectronics and engines to Russia.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "component_technology",
        "Beijing is providing Moscow with drone technology.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "weapons_supply",
        "North Korea has sent millions of artillery shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "weapons_lethal_aid",
        "Pyongyang has provided lethal aid to the Kremlin.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "weapons_missiles",
        "Iran transferred Fath-360 ballistic missiles to Russia.",
        ("Iran", "weapons_supply", "asserted"),
    ),
    (
        "sanctions_evasion",
        "Russia uses front companies in Hong Kong to evade sanctions.",
        ("Russia", "sanctions_evasion", "asserted"),
    ),
    (
        "sanctions_evasion_group",
        "Chinese firms use intermediary companies to circumvent sanctions on Russia.",
        ("China", "sanctions_evasion", "asserted"),
    ),
    (
        "personnel_troops",
        "North Korea has deployed 10,000 troops to Russia.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "personnel_group",
        "At least 155 Chinese nationals are fighting alongside Russian forces.",
        ("China", "personnel", "asserted"),
    ),
    (
        "personnel_from",
        "Individuals from Iran are working at a drone plant in Russia.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "sanctions_imposed",
        "The United States imposed sanctions on Almaz-Antey in 2023.",
        ("Almaz-Antey", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctions_verb",
        "The EU sanctioned Alabuga for producing Shahed drones for Russia.",
        ("Alabuga Special Economic Zone", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctions_passive",
        "IEMZ Kupol was sanctioned by the U.S. Treasury in December.",
        ("IEMZ Kupol", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctions_list_unknown_org",
        "Treasury imposed sanctions on Hong Kong-based Sinno Electronics and Tordan Industry Co., "
        "Ltd. for supplying Russia.",
        ("Tordan Industry", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctions_added_entity_list",
        "Several Chinese firms, including Yilufa Electronics, were added to the Entity List for "
        "supplying Russia's military.",
        ("Yilufa Electronics", "sanctions_imposed", "asserted"),
    ),
]

ORG_FORMS = [
    ("ltd", "Ruisheng Trading Ltd. shipped drone parts to Russia.", "Ruisheng Trading"),
    ("llc", "Vostok Components LLC supplied microchips to Russia.", "Vostok Components"),
    ("jsc", "JSC Volga Avionika produced attack drones for Russia.", "Volga Avionika"),
    ("co_ltd", "Shenzhen Hualong Electronics Co., Ltd. sold drone engines to Russia.", None),
    ("group", "The Tianmu Group exported drones to Russia, officials said.", "Tianmu Group"),
    ("technology", "Jiangsu Yunfan Technology supplied drone cameras to Russia.", None),
    ("industries", "Harbin Kailong Industries sent drone engines to Russia.", None),
    ("plant", "The Sarapul Radio Plant assembled drones for Russia.", "Sarapul Radio Plant"),
    (
        "apposition_russian_arms_maker",
        "Zala Aero, a Russian arms maker, bought Chinese-made engines from Hengyu Machinery.",
        "Hengyu Machinery",
    ),
]

LISTS = [
    (
        "bare_subject_list",
        "China, Iran and North Korea have all supplied Russia with weapons, the report said.",
        {
            ("China", "weapons_supply", "asserted"),
            ("Iran", "weapons_supply", "asserted"),
            ("North Korea", "weapons_supply", "asserted"),
        },
    ),
    (
        "list_after_from",
        "Russia has received drones from China, Iran and North Korea, officials said.",
        {
            ("China", "drone_supply", "asserted"),
            ("Iran", "drone_supply", "asserted"),
            ("North Korea", "drone_supply", "asserted"),
        },
    ),
    (
        "sanctions_on_list_with_based_item",
        "Treasury imposed sanctions on Xiamen Limbach Aircraft Engine Co., Ltd. and Hong "
        "Kong-based Asia Pacific Links Ltd., saying they had supplied drone engines to Russia.",
        {
            ("Asia Pacific Links", "sanctions_imposed", "asserted"),
            ("Asia Pacific Links", "component_supply", "asserted"),
            ("Xiamen Limbach Aircraft Engine", "component_supply", "asserted"),
        },
    ),
    (
        "including_list",
        "The EU sanctioned several firms, including Sinno Electronics and Tordan Industry Co., "
        "Ltd., for supplying drone parts to Russia.",
        {
            ("Sinno Electronics", "sanctions_imposed", "asserted"),
            ("Tordan Industry", "sanctions_imposed", "asserted"),
        },
    ),
]

MEMBERS = [
    (
        "the_firms_include",
        "The EU sanctioned four Chinese companies for supplying drone engines to Russia. "
        "The firms include Guangzhou Ruike Electronics and Beijing Yunhai Aviation.",
        {
            ("Guangzhou Ruike Electronics", "sanctions_imposed", "asserted"),
            ("Beijing Yunhai Aviation", "component_supply", "asserted"),
        },
    ),
    (
        "city_named_company",
        "Beijing Yunhai Aviation shipped drone engines to Russia.",
        {("Beijing Yunhai Aviation", "component_supply", "asserted")},
    ),
    (
        "also_believed_to_be_supplying",
        "Pyongyang is also believed to be supplying Russia with KN-23 ballistic missiles.",
        {("North Korea", "weapons_supply", "asserted")},
    ),
]

BARE_DENIALS = [
    (
        "capital_denied_the_reports",
        "North Korea has shipped artillery shells to Russia, Seoul says. "
        "Pyongyang denied the reports on Tuesday.",
        ("North Korea", "weapons_supply", "denied"),
    ),
    (
        "rejected_the_accusations",
        "Iran has delivered Shahed drones to Russia, the White House said. "
        "Tehran has repeatedly rejected the accusations as baseless.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "company_dismissed_them",
        "Ukraine said Autel had sold drones to Russia. Autel dismissed the claims.",
        ("Autel", "drone_supply", "denied"),
    ),
]

# a denial by someone never accused, or of something else, denies no claim
NOT_DENIALS = [
    (
        "recipient_rejects",
        "North Korea has shipped artillery shells to Russia, Seoul says. "
        "The Kremlin rejected the allegations.",
        "Russia",
    ),
    (
        "denial_before_any_allegation",
        "Pyongyang denied the reports on Tuesday. Seoul says North Korea has shipped artillery "
        "shells to Russia.",
        "North Korea",
    ),
    (
        "rejected_a_proposal",
        "North Korea has shipped artillery shells to Russia, Seoul says. "
        "Pyongyang rejected a proposal for talks.",
        "North Korea",
    ),
]

STANCES = [
    ("denied_verb", "DJI denied selling drones to Russia.", ("DJI", "drone_supply", "denied")),
    (
        "denied_never",
        "Beijing said it has never provided lethal weapons to Russia.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "denied_not",
        "Tehran has not supplied any drones to Moscow, the foreign ministry said.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "denied_trailing",
        "Kyiv says Iran shipped drones to Russia, an allegation Tehran denied.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "asserted_with_trailing_denial",
        "Kyiv says Iran shipped drones to Russia, an allegation Tehran denied.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "rejected_groundless",
        "China rejected the groundless claims, saying Beijing does not sell weapons to Russia.",
        ("China", "weapons_supply", "denied"),
    ),
]

ATTRIBUTION = [
    ("x_said", "Iran has sent drones to Russia, John Kirby said.", "John Kirby"),
    ("according_to", "According to Reuters, Iran has sent drones to Russia.", "Reuters"),
    ("writes_x", "Iran sold drones to Russia, writes The New York Times.", "The New York Times"),
    ("x_alleges", "Ukraine alleges that Iran sold drones to Russia.", "Ukraine"),
    (
        "x_reported",
        "The Wall Street Journal reported that Iran sold drones to Russia.",
        "The Wall Street Journal",
    ),
    (
        "x_accused",
        "Antony Blinken accused China of supplying components to Russia.",
        "Antony Blinken",
    ),
    (
        "according_to_owned_outlet",
        "According to a report by Japan's Nikkei Asia, China sold drones to Russia.",
        "Nikkei Asia",
    ),
    ("metonym_source", "The White House said Iran has sent drones to Russia.", "United States"),
    ("officials_said", "U.S. officials said Iran has sent drones to Russia.", "United States"),
    ("outlet_voice", "Iran has sent drones to Russia.", None),
    ("reportedly", "Iran has reportedly sent drones to Russia.", None),
]

QUANTITIES = [
    (
        "money_scale",
        "Chinese firms sold $12 million worth of drones to Russia.",
        ("$12 million", 12_000_000, "USD"),
    ),
    (
        "money_approx",
        "Exporters in China sold nearly $2 million of drones to Russia.",
        ("nearly $2 million", 2_000_000, "USD"),
    ),
    (
        "count_approx",
        "About 70 Chinese exporters sold drones to Russia.",
        ("About 70 Chinese exporters", 70, "exporters"),
    ),
    (
        "dozen",
        "Chinese firms used more than a dozen firms to evade sanctions on Russia.",
        ("more than a dozen firms", 12, "firms"),
    ),
    (
        "count_product",
        "Xi'an Bingo will build 100 ZT-180 attack drones for Russia.",
        ("100 ZT-180 attack drones", 100, "drones"),
    ),
    (
        "thousands",
        "North Korea sent some 10,000 troops to Russia.",
        ("some 10,000 troops", 10_000, "troops"),
    ),
    (
        "billion_euros",
        "The EU said Chinese firms shipped €1.5 billion of chips to Russia.",
        ("€1.5 billion", 1_500_000_000, "EUR"),
    ),
    (
        "approx_after_bracket",
        "Chinese firms (about 40 exporters) sold drones to Russia.",
        ("about 40 exporters", 40, "exporters"),
    ),
    (
        "tens_of_thousands",
        "North Korea sent tens of thousands of workers to Russia.",
        ("tens of thousands of workers", 10_000, "workers"),
    ),
    (
        "a_few_dozen",
        "Iran sent up to a few dozen instructors to Russia.",
        ("up to a few dozen instructors", 36, "instructors"),
    ),
    (
        "number_word_capitalized",
        "Twelve Chinese companies sold drones to Russia, officials said.",
        ("Twelve Chinese companies", 12, "companies"),
    ),
]

PRODUCTS = [
    ("shahed_designator", "Iran has supplied Shahed-136 drones to Russia.", "Shahed-136"),
    (
        "geran_alias",
        "Iran helped Russia get Geran 2 drones; Tehran shipped Geran 2 drones to Russia.",
        "Geran-2",
    ),
    ("garpiya_alias", "China produced the Garpiya-3 drone for Russia.", "Garpiya-3"),
    ("unknown_designator", "China shipped Skyfall-7 drones to Russia.", "Skyfall-7"),
    ("missile", "North Korea delivered KN-23 missiles to Russia.", "KN-23"),
    ("missile_alias", "North Korea delivered Hwasong-11 missiles to Russia.", "KN-23"),
    ("mavic", "Chinese sellers shipped Mavic 3 drones to Russia.", "Mavic 3"),
]

COREFERENCE = [
    (
        "this_company",
        "DJI is one of the largest drone makers. "
        "Sales of drones of this company in Russia continue.",
        ("DJI", "drone_supply", "asserted"),
    ),
    (
        "the_chinese_manufacturer",
        "Reporters visited Xi'an Bingo last year. "
        "The Chinese manufacturer plans to send components to Russia.",
        ("Xi'an Bingo Intelligent Aviation Technology", "component_supply", "asserted"),
    ),
    (
        "the_firm",
        "Investigators looked at Shenzhen Jinghon Electronics Co., Ltd. The firm shipped "
        "microchips to Russia.",
        ("Shenzhen Jinghon Electronics", "component_supply", "asserted"),
    ),
    (
        "the_subsidiary",
        "IEMZ Kupol, an Almaz-Antey subsidiary, builds drones. Washington imposed sanctions on the "
        "Almaz-Antey subsidiary.",
        ("IEMZ Kupol", "sanctions_imposed", "asserted"),
    ),
    (
        "apposition_unknown_org",
        "Skyrim Dynamics, a Chinese drone maker, sold drones to Russia.",
        ("Skyrim Dynamics", "drone_supply", "asserted"),
    ),
    (
        "the_two_companies_first",
        "Treasury sanctioned Ruisheng Trading Ltd. and Vostok Components LLC on Monday. "
        "Treasury said the two companies shipped drone parts to Russia.",
        ("Ruisheng Trading", "component_supply", "asserted"),
    ),
    (
        "the_two_companies_last",
        "Treasury sanctioned Ruisheng Trading Ltd. and Vostok Components LLC on Monday. "
        "Treasury said the two companies shipped drone parts to Russia.",
        ("Vostok Components", "component_supply", "asserted"),
    ),
    (
        "both_countries_first",
        "Iran and Belarus are close allies. Both countries supplied drones to Russia.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "possessive_org",
        "China's Zhuzhou Tianyuan shipped drone engines to Russia.",
        ("Zhuzhou Tianyuan", "component_supply", "asserted"),
    ),
]

# Who sanctions or accuses an actor "for supplying" is not the supplier.
SANCTIONERS = [
    (
        "Washington has imposed sanctions on entities accused of shipping Iranian drones to "
        "Moscow.",
        "United States",
    ),
    (
        "The US Treasury sanctioned three companies for helping Russia evade export controls.",
        "United States",
    ),
    (
        "Britain on Tuesday sanctioned two firms for supplying drone engines to Russia.",
        "United Kingdom",
    ),
    ("Kyiv accused unnamed suppliers of shipping drone parts to Russia.", "Ukraine"),
]

NEGATIVES = [
    (
        "sanctions_on_unnamed_entities",
        "Washington has imposed sanctions on entities accused of shipping Iranian drones to "
        "Moscow.",
    ),
    (
        "ukraine_strikes",
        "Ukrainian drones struck an oil refinery in Russia overnight. Ukraine has been producing "
        "its own long-range drones.",
    ),
    (
        "russia_attacks",
        "Russia launched 120 Shahed drones at Kyiv overnight, Ukraine's air force said. Russian "
        "forces have been using Iranian-designed drones to strike power plants.",
    ),
    ("drone_show", "More than 10,000 drones lit up the sky over Shanghai on New Year's Eve."),
    (
        "dji_review",
        "DJI's new Mini 4 Pro sells for $759 in the US. DJI also sells a version with a screen.",
    ),
    (
        "aid_to_ukraine",
        "The United States has supplied Ukraine with Switchblade drones and artillery shells.",
    ),
    ("no_russia", "Iran has supplied drones to its allies in the region, officials said."),
    (
        "deontic",
        "NATO urged China to ensure its companies do not provide lethal assistance to Russia.",
    ),
    ("economy", "Western sanctions have made imports more expensive for Russian consumers."),
    ("other_recipient", "Chinese companies sell drones worldwide, including to the United States."),
    ("weapons_test", "North Korea tested a new ballistic missile on Monday, Seoul said."),
    ("russia_fires_iranian", "Russian forces fired Iranian-made drones at Odesa overnight."),
    ("ukraine_receives", "Ukraine received 500 drones from Lithuania last month."),
    ("copy_of", "The drone, which Russia calls Geran-2, is a copy of Iran's Shahed-136."),
    ("regulation", "China strictly controls the export of drones and related items."),
]


def triples(ex: Extractor, text: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in ex.extract(text)}


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in CLAIM_TYPES], ids=[r[0] for r in CLAIM_TYPES]
)
def test_claim_types(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in STANCES], ids=[r[0] for r in STANCES]
)
def test_stance(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"), [r[1:] for r in ORG_FORMS], ids=[r[0] for r in ORG_FORMS]
)
def test_unknown_organisations_by_form(
    extractor: Extractor, sentence: str, name: str | None
) -> None:
    subjects = {c.subject for c in extractor.extract(article(sentence))}
    if name is None:  # the name is the capitalised words before the form
        name = sentence.split(" Co.,")[0].split(" supplied")[0].split(" sent")[0]
    assert name in subjects


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in LISTS], ids=[r[0] for r in LISTS]
)
def test_lists_of_subjects(extractor: Extractor, sentence: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, article(sentence))


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in MEMBERS], ids=[r[0] for r in MEMBERS]
)
def test_members_and_names(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in BARE_DENIALS], ids=[r[0] for r in BARE_DENIALS]
)
def test_bare_denial_denies_the_articles_allegation(
    extractor: Extractor, text: str, expected: Triple
) -> None:
    claims = {(c.subject, c.claim_type, c.stance): c for c in extractor.extract(article(text))}
    assert expected in claims
    assert claims[expected].source == expected[0]


@pytest.mark.parametrize(
    ("text", "subject"), [r[1:] for r in NOT_DENIALS], ids=[r[0] for r in NOT_DENIALS]
)
def test_not_a_denial_of_the_allegation(extractor: Extractor, text: str, subject: str) -> None:
    assert not [
        c for c in extractor.extract(article(text)) if c.subject == subject and c.stance == "denied"
    ]


@pytest.mark.parametrize(
    ("sentence", "source"), [r[1:] for r in ATTRIBUTION], ids=[r[0] for r in ATTRIBUTION]
)
def test_attribution(extractor: Extractor, sentence: str, source: str | None) -> None:
    claims = [
        c
        for c in extractor.extract(article(sentence))
        if c.subject == "Iran" or c.subject == "China"
    ]
    assert claims, "no claim found"
    assert claims[0].source == source


def test_pronoun_source_resolves_to_last_person(extractor: Extractor) -> None:
    text = article(
        "Kyrylo Budanov spoke in Kyiv on Monday. He said Iran had sent drones to Russia."
    )
    (claim,) = [c for c in extractor.extract(text) if c.subject == "Iran"]
    assert claim.source == "Kyrylo Budanov"


def test_surname_source_resolves_to_full_name(extractor: Extractor) -> None:
    text = article(
        "Analyst Maria Kowalska studies the trade. China sold drones to Russia, Kowalska said."
    )
    (claim,) = [c for c in extractor.extract(text) if c.subject == "China"]
    assert claim.source == "Maria Kowalska"


@pytest.mark.parametrize(
    ("sentence", "quantity"), [r[1:] for r in QUANTITIES], ids=[r[0] for r in QUANTITIES]
)
def test_quantities(extractor: Extractor, sentence: str, quantity: tuple[str, float, str]) -> None:
    claims = extractor.extract(article(sentence))
    assert claims, "no claim found"
    found = {(q.text, q.value, q.unit) for c in claims for q in c.quantities}
    assert quantity in found


@pytest.mark.parametrize(
    ("sentence", "product"), [r[1:] for r in PRODUCTS], ids=[r[0] for r in PRODUCTS]
)
def test_products(extractor: Extractor, sentence: str, product: str) -> None:
    claims = extractor.extract(article(sentence))
    assert product in {p for c in claims for p in c.products}


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in COREFERENCE], ids=[r[0] for r in COREFERENCE]
)
def test_coreference(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(("sentence", "sanctioner"), SANCTIONERS)
def test_the_sanctioner_is_not_the_supplier(
    extractor: Extractor, sentence: str, sanctioner: str
) -> None:
    subjects = {c.subject for c in extractor.extract(article(sentence))}
    assert sanctioner not in subjects, subjects


@pytest.mark.parametrize("text", [r[1] for r in NEGATIVES], ids=[r[0] for r in NEGATIVES])
def test_negatives_yield_no_claim(extractor: Extractor, text: str) -> None:
    assert extractor.extract(article(text)) == []


def test_an_article_that_never_names_russia_yields_no_claim(extractor: Extractor) -> None:
    text = article(
        "The Treasury sanctioned three Iranian firms for supplying drones to the Houthis. "
        "Chinese exporters shipped engines to Tehran, the department said.",
        title="Red Sea shipping attacks",
    )
    assert extractor.extract(text) == []
    assert extractor.extract(text.replace("the Houthis", "Russia")) != []


def test_one_claim_per_subject_type_stance(extractor: Extractor) -> None:
    text = article(
        "Iran sent drones to Russia in August. Iran sent more drones to Russia in October, "
        "officials said. Iran has delivered 400 drones to Russia in total."
    )
    claims = extractor.extract(text)
    keys = [(c.subject, c.claim_type, c.stance) for c in claims]
    assert keys.count(("Iran", "drone_supply", "asserted")) == 1
    assert len(keys) == len(set(keys))


def test_recipient_defaults_to_russia_and_names_russian_orgs(extractor: Extractor) -> None:
    text = article("Chinese suppliers delivered drone engines to IEMZ Kupol.")
    (claim,) = extractor.extract(text)
    assert claim.recipient == "IEMZ Kupol"
    text = article("Iran has supplied drones, Russian officials admitted.")
    claims = extractor.extract(text)
    assert claims and claims[0].recipient == "Russia"


def test_hedging_lowers_confidence(extractor: Extractor) -> None:
    plain = extractor.extract(article("Iran sent drones to Russia."))[0]
    hedged = extractor.extract(article("Iran may possibly have sent drones to Russia."))[0]
    assert hedged.confidence < plain.confidence


def test_evidence_is_the_sentence(extractor: Extractor) -> None:
    text = article("Nothing here. Iran sent drones to Russia, officials said. Other news.")
    (claim,) = extractor.extract(text)
    assert claim.evidence == "Iran sent drones to Russia, officials said."
    assert text[claim.start : claim.end] == claim.evidence


PHRASINGS = [
    (
        "receive_from",
        "Moscow has received more than 2,000 Shahed drones from Tehran, "
        "according to Ukrainian intelligence.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "bought_from",
        "Russia bought millions of artillery shells from North Korea, the New York Times reported.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "denied_supplying",
        "Beijing has denied supplying Russia with weapons.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "kremlin_denied_personnel",
        "The Kremlin denied that North Korean soldiers were fighting in Ukraine.",
        ("North Korea", "personnel", "denied"),
    ),
    (
        "rejected_claims",
        "Tehran rejected claims that it had sent drones to Russia.",
        ("Iran", "drone_supply", "denied"),
    ),
    (
        "passive_origin_adjective",
        "Iranian-made drones were delivered to Russia via the Caspian Sea, officials said.",
        ("Iran", "drone_supply", "asserted"),
    ),
    (
        "believed_to_have",
        "Pyongyang is believed to have shipped at least 1 million shells to Russia.",
        ("North Korea", "weapons_supply", "asserted"),
    ),
    (
        "providing_with",
        "Chinese manufacturers are providing Russia with engines for its Geran drones.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "sanctioned_for_supplying",
        "The Treasury Department sanctioned 13 Chinese companies for supplying Russia's military.",
        ("China", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctions_on_group",
        "Britain imposed sanctions on four Chinese firms that supplied drone parts to Russia.",
        ("China", "sanctions_imposed", "asserted"),
    ),
    (
        "relative_clause_supplier",
        "Britain imposed sanctions on four Chinese firms that supplied drone parts to Russia.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "leader_regime",
        "Kim Jong Un's regime has dispatched some 12,000 soldiers to help Moscow.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "helping_build",
        "Iran is helping Russia build a factory to produce Shahed drones.",
        ("Iran", "drone_production", "asserted"),
    ),
    (
        "says_providing",
        "U.S. intelligence says China has been providing Russia with satellite imagery.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "officials_say",
        "Officials in Kyiv say Belarusian firms are supplying Russia with spare parts for tanks.",
        ("Belarus", "component_supply", "asserted"),
    ),
    (
        "accused_of",
        "Washington accused Beijing of supplying Moscow with drone engines.",
        ("China", "component_supply", "asserted"),
    ),
    (
        "evade_via_intermediaries",
        "Russian forces have also used Chinese-made Mavic drones, "
        "purchased through intermediaries to evade sanctions.",
        ("Russia", "sanctions_evasion", "asserted"),
    ),
    (
        "never_sold",
        "The Foreign Ministry in Beijing said China had never sold lethal weapons to Russia.",
        ("China", "weapons_supply", "denied"),
    ),
    (
        "helping_evade",
        "Hong Kong firms re-exported U.S. chips to Russia, helping it evade export controls.",
        ("Hong Kong", "sanctions_evasion", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in PHRASINGS], ids=[r[0] for r in PHRASINGS]
)
def test_phrasings(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(sentence))


def test_plural_coreference_needs_the_right_count(extractor: Extractor) -> None:
    text = article(
        "Treasury sanctioned Ruisheng Trading Ltd. and Vostok Components LLC on Monday. "
        "Treasury said the three companies shipped drone parts to Russia."
    )
    supply = [c for c in extractor.extract(text) if c.claim_type == "component_supply"]
    assert not [c for c in supply if c.subject in ("Ruisheng Trading", "Vostok Components")]
