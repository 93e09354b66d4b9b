"""Denials said by calling the report false: `Pyongyang called the reports groundless`
(lexicon.CALLED_FALSE_RE), and `Peskov said it was "another piece of fake news"`, `the
ministry said the reports were lies`, `Tehran said there was no truth to the claims`: a verb
of saying whose clause only calls the report (or `it`, `they`) false; and a quote that opens
the sentence doing so, its speaker after it: `"These claims are baseless," Tehran said`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .lexicon import (
    BACK_WORDS,
    CALL_VERBS,
    CALLED_FALSE_RE,
    FALSE_WORDS,
    OPPOSE_WORDS,
    REBUFF_WORDS,
)
from .wordset import word_set

_SAY_VERBS: Final = word_set("said says say insisted insists")
_REPORT_NP: Final = (
    r"(?:the\s+|such\s+|these\s+|those\s+|this\s+|that\s+|all\s+)?(?:[\w-]+\s+)?"
    r"(?:reports?|allegations?|accusations?|claims?|charges?|it|they|this|that|these|those)"
)
# (right after the report: "... were false", "It's a lie", "... have no basis")
_FALSE_AFTER_BE: Final = (
    r"(?:(?:\s+(?:was|were|is|are)|['’]s)\s+(?:simply\s+|just\s+|all\s+|pure\s+|completely\s+|"
    r"totally\s+|absolutely\s+|utterly\s+)?[\"“]?(?:(?:another|a|an|one)\s+)?"
    r"(?:(?:piece|pieces|case|example)\s+of\s+)?(?:not\s+true\b|(?:[\w-]+\s+)?(?:groundless|"
    r"baseless|unfounded|false|lies?|fabricated|fabrications?|absurd|nonsense|slander|"
    r"propaganda|fake|untrue|disinformation|hoax(?:es)?|fiction)\b)"
    r"|\s+(?:has|have|had)\s+[\"“]?no\s+(?:basis|foundation)\b)"
)
# "there is no truth to the claims" (its "to/in" object the report)
_NO_TRUTH: Final = r"there\s+(?:is|was)\s+(?:absolutely\s+)?no\s+truth\s+(?:to|in)\s+"
SAID_FALSE_RE: Final = re.compile(
    r"\b(?:said|says|say|insisted|insists)(?:\s+in\s+a\s+(?:[\w-]+\s+)?statement)?"
    r"(?:\s+that\b|:)?\s+[\"“]?"
    rf"(?:{_REPORT_NP}{_FALSE_AFTER_BE}|{_NO_TRUTH}{_REPORT_NP}\b)",
    re.I,
)
# the same words as a quote that opens the sentence, its speaker named after it; or the
# quote only the word: '"Nonsense," Kanaani said'
QUOTED_FALSE_RE: Final = re.compile(
    rf"[\"“](?:(?:{_REPORT_NP}{_FALSE_AFTER_BE}|{_NO_TRUTH}{_REPORT_NP}\b)[^\"”]*|"
    r"(?:(?:complete|utter|total|absolute)\s+)?(?:nonsense|rubbish|lies|fake\s+news)[.!,]?)[\"”]",
    re.I,
)
_TRUTH_WORDS: Final = word_set("true truth basis foundation")
# "Minsk said it was not involved", "said it had nothing to do with it": the speaker itself
# had no part in what was reported
# (no part in what was reported, not "not involved in the attack on the tanker")
_IN_IT: Final = r"(?=\s*[.,;:\"”]|\s+in\s+(?:it|this|that|them|any\s+way)\b)"
SAID_UNINVOLVED_RE: Final = re.compile(
    r"\b(?:said|says|say|insisted|insists)\s+(?:that\s+)?(?:it|they)\s+(?:(?:was|were|is|are)\s+"
    rf"(?:not|never)\s+(?:\w+ly\s+)?involved{_IN_IT}|(?:has|have|had)\s+(?:(?:not|never)\s+been\s+"
    rf"(?:\w+ly\s+)?involved{_IN_IT}|nothing\s+to\s+do\s+with\s+(?:it|this|that|them|the\s+"
    r"(?:matter|case|shipments?|deliveries|transfers?|allegations?|accusations?)))|played\s+no\s+"
    r"(?:part|role))\b",
    re.I,
)
_UNINVOLVED_WORDS: Final = word_set("involved nothing played")
# "China firmly opposes the smear and groundless accusations": opposing what it calls false
OPPOSES_FALSE_RE: Final = re.compile(
    r"\boppos(?:e|es|ed)\s+(?:the\s+|such\s+|these\s+|those\s+|any\s+|all\s+)?"
    r"(?:smears?\b|(?:[\w-]+\s+)?(?:groundless|baseless|unfounded|false|fabricated)\s+"
    r"(?:accusations?|allegations?|claims?|charges?|reports?)\b)",
    re.I,
)


# "China slammed the accusation as a smear", "Beijing pushed back against the claims",
# "North Korea denounced the claims": rebuffing the report itself (not "denounced the
# deliveries", an act)
REBUFFED_RE: Final = re.compile(
    r"\b(?:slam(?:med|s)|denounc(?:ed|es)|(?:pushe[sd]|hits?)\s+back\s+(?:against|at|on))\s+"
    r"(?:the\s+|such\s+|these\s+|those\s+|all\s+)?(?:[\w-]+\s+)?(?:reports?|allegations?|"
    r"accusations?|claims?|charges?)\b",
    re.I,
)


def rebuffs(lows: frozenset[str]) -> bool:
    """Whether the sentence's words may rebuff a report (REBUFFED_RE)."""
    return not lows.isdisjoint(REBUFF_WORDS) or ("back" in lows and not lows.isdisjoint(BACK_WORDS))


def called_false(text: str, lows: frozenset[str]) -> Iterator[re.Match[str]]:
    """The matches, in order, of the sentence's clauses that call a report false."""
    found: list[re.Match[str]] = []
    if rebuffs(lows):
        found += REBUFFED_RE.finditer(text)
    if not lows.isdisjoint(_UNINVOLVED_WORDS) and not lows.isdisjoint(_SAY_VERBS):
        found += SAID_UNINVOLVED_RE.finditer(text)
    if lows.isdisjoint(FALSE_WORDS) and lows.isdisjoint(_TRUTH_WORDS):
        yield from sorted(found, key=lambda m: m.start())
        return
    if not lows.isdisjoint(CALL_VERBS):
        found += CALLED_FALSE_RE.finditer(text)
    if not lows.isdisjoint(_SAY_VERBS):
        found += SAID_FALSE_RE.finditer(text)
    if not lows.isdisjoint(OPPOSE_WORDS):
        found += OPPOSES_FALSE_RE.finditer(text)
    if text[:1] in ('"', "“") and (quoted := QUOTED_FALSE_RE.match(text)) is not None:
        found.append(quoted)
    yield from sorted(found, key=lambda m: m.start())
