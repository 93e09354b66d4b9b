from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.load()


def article(body: str, title: str = "Russia's war in Ukraine") -> str:
    """An article text as the fetcher builds it: title line, blank line, body."""
    return f"{title}\n\n{body}"
