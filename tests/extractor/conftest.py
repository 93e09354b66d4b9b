from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor
from shared.events import ClaimFields

Triple = tuple[str, str, str]


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.load()


def article(body: str, title: str = "Russia's war in Ukraine") -> str:
    """An article text as the fetcher builds it: title line, blank line, body."""
    return f"{title}\n\n{body}"


def triples(ex: Extractor, text: str) -> set[Triple]:
    """The (subject, claim_type, stance) of every claim found in `text`."""
    return {(c.subject, c.claim_type, c.stance) for c in ex.extract(text)}


def claims_by_triple(ex: Extractor, text: str) -> dict[Triple, ClaimFields]:
    """Every claim found in `text`, by its (subject, claim_type, stance)."""
    return {(c.subject, c.claim_type, c.stance): c for c in ex.extract(text)}
