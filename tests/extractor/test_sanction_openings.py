"""The sanction regex's twin is tried only where one of `triggers._SANCTION_OPENINGS` starts:
a branch of SANCTION_RE that opens otherwise would silently lose its matches."""

from __future__ import annotations

from pathlib import Path

from services.extractor.extraction.lexicon import SANCTION_RE
from services.extractor.extraction.text import split_sentences
from services.extractor.extraction.triggers import _sanction_spans

ARTICLES = Path(__file__).parent / "articles"


def test_sanction_spans_are_the_regex_spans_on_every_test_sentence() -> None:
    matched = 0
    for path in sorted(ARTICLES.glob("*.txt")):
        for sent in split_sentences(path.read_text(encoding="utf-8")):
            expected = [m.span() for m in SANCTION_RE.finditer(sent.text)]
            assert _sanction_spans(sent.text, sent.text.lower()) == expected, sent.text
            matched += len(expected)
    assert matched > 500


def test_odd_folds_fall_back_to_the_regex() -> None:
    for text in ("The İstanbul firm was sanctioned.", "Both were ſanctioned in May."):
        expected = [m.span() for m in SANCTION_RE.finditer(text)]
        assert _sanction_spans(text, text.lower()) == expected
