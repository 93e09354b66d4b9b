"""`lexicon.EVASION_NEEDS` spares EVASION_RE the sentences it cannot match: it must list
what every alternative of the regex needs, or evasion claims would silently go missing."""

from __future__ import annotations

import re
from pathlib import Path

from services.extractor.extraction.lexicon import (
    EVASION_NEEDS,
    EVASION_RE,
    evasion_possible,
    evasion_spans,
    possible_evasion_alternatives,
    union_spans,
)
from services.extractor.extraction.text import split_sentences

ARTICLES = Path(__file__).parent / "articles"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex's source."""
    out, cur, depth, in_class, i = [], "", 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur, i = cur + pattern[i : i + 2], i + 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(cur)
            cur, i = "", i + 1
            continue
        cur, i = cur + c, i + 1
    return [*out, cur]


_GATE = re.compile(r"\\b\(\?=\[[^\]]+\]\)\(\?:(.*)\)\Z", re.S)


def _ungated(pattern: str) -> str:
    """The regex behind its first-letter gate (`lexicon.first_letter_gated`)."""
    m = _GATE.match(pattern)
    return m.group(1) if m else pattern


def test_one_row_per_alternative() -> None:
    # "then ... sold" and "resold" share an alternative and take two rows
    assert len(_alternatives(_ungated(EVASION_RE.pattern))) == len(EVASION_NEEDS) - 1


def test_every_match_is_possible() -> None:
    alternatives = [re.compile(a, re.I) for a in _alternatives(_ungated(EVASION_RE.pattern))]
    matched = 0
    for path in sorted(ARTICLES.glob("*.txt")):
        for sent in split_sentences(path.read_text(encoding="utf-8")):
            for alternative in alternatives:
                if alternative.search(sent.text):
                    matched += 1
                    assert evasion_possible(sent.text.lower()), sent.text
    assert matched > 50


def test_impossible_without_the_words() -> None:
    assert evasion_possible("they found ways to get around the sanctions")
    assert evasion_possible("the goods were then quietly sold to russian buyers")
    assert not evasion_possible("it was acting around the clock")
    assert not evasion_possible("the frontline moved east")


def test_every_alternative_that_matches_is_a_possible_one() -> None:
    # evasion_spans runs only the alternatives whose needs a sentence meets: an alternative
    # that matches must be among them, or its matches would go missing
    alternatives = [re.compile(a, re.I) for a in _alternatives(_ungated(EVASION_RE.pattern))]
    checked = 0
    for path in sorted(ARTICLES.glob("*.txt")):
        for sent in split_sentences(path.read_text(encoding="utf-8")):
            low = sent.text.lower()
            possible = possible_evasion_alternatives(low)
            for i, alternative in enumerate(alternatives):
                if alternative.search(sent.text):
                    checked += 1
                    assert i in possible, (i, sent.text)
    assert checked > 50


def test_evasion_spans_are_the_regex_spans() -> None:
    texts = [
        "The firm helped Russia circumvent sanctions and acted as a front for Russian buyers.",
        "Goods were re-exported via Kyrgyzstan, then sold to Russian firms.",
        "Nothing here is about evasion of anything but taxes.",
        "The İstanbul trader routed chips through Dubai to evade sanctions.",
        "ſhell companies circumvented the embargo.",
    ]
    for text in texts:
        assert evasion_spans(text, text.lower()) == [m.span() for m in EVASION_RE.finditer(text)]


def test_union_spans_is_the_alternation() -> None:
    cases = [
        (["a", "ab"], "ab xab a"),
        (["ab", "a"], "ab xab a"),
        (["b+", "ab", "x"], "abbb xab bx"),
        ([r"\bcat\w*", r"\w+t\b"], "concat cats at cat"),
    ]
    for sources, text in cases:
        union = re.compile("|".join(f"(?:{s})" for s in sources))
        patterns = [re.compile(s) for s in sources]
        assert union_spans(patterns, text) == [m.span() for m in union.finditer(text)]
