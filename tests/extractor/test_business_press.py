"""Table-driven rules for the way the business, financial and shipping press writes:
firms' exits and statements, quotes closed by `the company said`, compliance clauses.
Each row: a name, a text, the triples that must be found, and triples that must not
(our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

Row = tuple[str, str, set[Triple], set[Triple]]

STATEMENTS: list[Row] = [
    (
        "an_exit_the_outlet_narrates_denies_nothing",
        "Valdor, a Danish maker of pumps, kept its plant near Tula running after the group "
        "halted exports to Russia in 2022.",
        set(),
        {("Valdor", "component_supply", "denied")},
    ),
    (
        "a_firm_that_says_it_halted_exports_denies",
        "Valdor, a Danish maker of pumps, said it halted all exports to Russia in 2022.",
        {("Valdor", "component_supply", "denied")},
        set(),
    ),
    (
        "a_denial_quoted_from_its_negator",
        "Halvorsen Mikrotechnik, a maker of sensors near Bremen, is family-owned. Halvorsen "
        "said it had 'not shipped a single sensor to Russia' since the invasion.",
        {("Halvorsen Mikrotechnik", "component_supply", "denied")},
        set(),
    ),
    (
        "a_denial_in_curly_quotes",
        "Halvorsen Mikrotechnik, a maker of sensors near Bremen, is family-owned. Halvorsen "
        "said it had ‘never sold a single sensor to Russia’.",
        {("Halvorsen Mikrotechnik", "component_supply", "denied")},
        set(),
    ),
    (
        "a_rule_that_bars_re_exports_is_no_act",
        "Exporters must now add clauses to their contracts barring buyers from re-exporting "
        "sensitive goods to Russia.",
        set(),
        {("Russia", "sanctions_evasion", "asserted")},
    ),
    (
        "a_rule_that_prevents_shipments_is_no_act",
        "The new law is meant to prevent Armenian traders from shipping drone parts to Russia.",
        set(),
        {("Armenia", "component_supply", "asserted")},
    ),
    (
        "barred_after_shipping_still_shipped",
        "Sarnak Trading was barred from US markets after it shipped drone engines to Russia.",
        {("Sarnak Trading", "component_supply", "asserted")},
        set(),
    ),
]

# (id, text, triple, source): who closes a quote as "the company"
QUOTE_SPEAKERS: list[tuple[str, str, Triple, str | None]] = [
    (
        "the_company_after_a_quote_is_not_the_one_it_accuses",
        "Halvorsen Mikrotechnik, a German maker of sensors, said it had stopped all "
        "shipments to Russia. It sold the sensors to Eastgate Components, a Hong Kong "
        "distributor. “Eastgate Components resold the sensors to a Moscow trading house in "
        "breach of its contract,” the company said.",
        ("Eastgate Components", "component_supply", "asserted"),
        "Halvorsen Mikrotechnik",
    ),
    (
        "a_company_quoting_its_own_name_speaks_for_itself",
        "Eastgate Components said it sold no goods to Russia. 'Eastgate Components has "
        "never re-exported sensors to Russia,' the company said.",
        ("Eastgate Components", "sanctions_evasion", "denied"),
        "Eastgate Components",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "absent"), [r[1:] for r in STATEMENTS], ids=[r[0] for r in STATEMENTS]
)
def test_business_statements(
    extractor: Extractor, text: str, expected: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, article(text))
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize(
    ("text", "triple", "source"),
    [r[1:] for r in QUOTE_SPEAKERS],
    ids=[r[0] for r in QUOTE_SPEAKERS],
)
def test_quote_speakers(
    extractor: Extractor, text: str, triple: Triple, source: str | None
) -> None:
    claims = {(c.subject, c.claim_type, c.stance): c for c in extractor.extract(article(text))}
    assert triple in claims, claims
    assert claims[triple].source == source
