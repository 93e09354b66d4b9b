"""Denials said by calling the report false: `Pyongyang called the reports groundless`
(lexicon.CALLED_FALSE_RE), and `Peskov said it was "another piece of fake news"`, `the
ministry said the reports were lies`: a verb of saying whose clause only calls the report
(or `it`, `they`) false."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .lexicon import CALL_VERBS, CALLED_FALSE_RE, FALSE_WORDS
from .wordset import word_set

_SAY_VERBS: Final = word_set("said says say insisted insists")
SAID_FALSE_RE: Final = re.compile(
    r"\b(?:said|says|say|insisted|insists)\s+(?:that\s+)?(?:the\s+|such\s+|these\s+|those\s+)?"
    r"(?:[\w-]+\s+)?(?:reports?|allegations?|accusations?|claims?|charges?|it|they)\s+"
    r"(?:was|were|is|are)\s+(?:simply\s+|just\s+|all\s+|pure\s+)?[\"“]?(?:(?:another|a|an|one)\s+)?"
    r"(?:(?:piece|pieces|case|example)\s+of\s+)?(?:[\w-]+\s+)?(?:groundless|baseless|unfounded|"
    r"false|lies|fabricated|fabrications?|absurd|nonsense|slander|propaganda|fake|untrue|"
    r"disinformation|hoax(?:es)?|fiction)\b",
    re.I,
)


def called_false(text: str, lows: frozenset[str]) -> Iterator[re.Match[str]]:
    """The matches, in order, of the sentence's clauses that call a report false."""
    if lows.isdisjoint(FALSE_WORDS):
        return
    found: list[re.Match[str]] = []
    if not lows.isdisjoint(CALL_VERBS):
        found += CALLED_FALSE_RE.finditer(text)
    if not lows.isdisjoint(_SAY_VERBS):
        found += SAID_FALSE_RE.finditer(text)
    yield from sorted(found, key=lambda m: m.start())
