"""rules-1.11.0: the maker of a named model in a passive or a relative clause: `The Orlan-10
is made by the Moscow-based X` (the model came first, not the words of X's name), `X, which
makes the Garpiya series`, a line of business whose drones go to Russia; an unnamed firm that
makes them is no named maker; `a Russian enterprise, X, is producing`: X, not Russia
(appositive_makers.py) (our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]
CONTEXT = "Russia fired dozens of drones at Kharkiv overnight. "

MAKERS = [
    (
        "made_by_a_seated_maker",
        "The Orlan-10 is made by the St Petersburg-based Special Technology Center, officials "
        "said.",
        ("Special Technology Center", "drone_production", "asserted"),
    ),
    (
        "relative_makes_a_model",
        "IEMZ Kupol, which makes the Garpiya series in Izhevsk, was sanctioned last year.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "model_produced_by",
        "The KVN is produced by the Ushkuynik research and production center.",
        ("Ushkuynik", "drone_production", "asserted"),
    ),
    (
        "business_with_russian_use",
        "Kyiv sanctioned Qods Aviation Industries, a company that designs the Mohajer-6, which "
        "Russian forces have used in Ukraine.",
        ("Qods Aviation Industries", "drone_production", "asserted"),
    ),
    (
        "name_in_apposition_to_a_description",
        "Officials say that a Russian factory in Udmurtia, IEMZ Kupol, has been manufacturing "
        "Garpiya-3 drones since 2023.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
]

NOT_MAKERS = [
    (
        "unnamed_company_that_makes",
        "The Treasury named Futrevo, which it said sold chips to a Russian company that makes "
        "the Orlan-10.",
        ("Futrevo", "drone_production", "asserted"),
    ),
    (
        "line_of_business_only",
        "Kyiv sanctioned Qods Aviation Industries, a company that designs the Mohajer-6.",
        ("Qods Aviation Industries", "drone_production", "asserted"),
    ),
    (
        "made_it_clear",
        "IEMZ Kupol made it clear in a statement that the Garpiya was not its design.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
    (
        "apposition_then_a_speech_verb",
        "A Russian factory in Udmurtia, IEMZ Kupol said, has been manufacturing Garpiya-3 drones.",
        ("IEMZ Kupol", "drone_production", "asserted"),
    ),
]


def triples(ex: Extractor, sentence: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in ex.extract(article(CONTEXT + sentence))}


@pytest.mark.parametrize(
    ("sentence", "expected"), [r[1:] for r in MAKERS], ids=[r[0] for r in MAKERS]
)
def test_maker_named(extractor: Extractor, sentence: str, expected: Triple) -> None:
    assert expected in triples(extractor, sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"), [r[1:] for r in NOT_MAKERS], ids=[r[0] for r in NOT_MAKERS]
)
def test_not_a_named_maker(extractor: Extractor, sentence: str, absent: Triple) -> None:
    assert absent not in triples(extractor, sentence)
