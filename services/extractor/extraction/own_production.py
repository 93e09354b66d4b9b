"""Russia's own drone production, said outright: `Russia is now assembling its own
version`, `Moscow has steadily localized production`, `Russia makes its own versions at
several sites`, `Russia's drone factories now produce 2,500 a month`, `1.5 million UAVs
were produced in Russia` (claims.md: drone_production, at a party's facility).

Only a statement of fact: Russia as the subject of a present or past production verb, or
drones produced in Russia. Plans, targets, goals and `how Russia builds` headlines are not;
nor `Russia's production` as a noun (what others feed), which the gold leaves out.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon import DRONE_WORDS, WORD_APOSTROPHE_RE
from .wordset import word_set

# the cheap gate: a finite production verb among the sentence's words
_VERBS: Final = word_set(
    """produces produced producing manufactures manufactured manufacturing assembles
    assembled assembling localized localizing localised localising mass-produces
    mass-produced mass-producing builds built building makes making produce make build
    assemble manufacture turn churn"""
)
_VERB: Final = (
    r"(?:produc(?:es|ed|ing)|manufactur(?:es|ed|ing)|assembl(?:es|ed|ing)|"
    r"locali[sz](?:ed|ing)|mass-produc(?:es|ed|ing)|builds|built|building|makes|making)"
)
_ADVERBS: Final = (
    r"(?:(?:has|have|had|is|was|now|already|steadily|increasingly|also|been|itself|largely|"
    r"since|today|still|began|begun|started|quickly|rapidly|reportedly)\s+){0,4}"
)
_RUSSIA_MAKES_RE: Final = re.compile(
    # "Russia has steadily localized production", "Moscow began producing its own"; not a
    # site or a model described ("where Russia assembles", "which Russia manufactures")
    r"(?<![Hh]ow )(?<!where )(?<!which )"
    rf"\b(?:Russia|Moscow)\s+{_ADVERBS}{_VERB}\b(?P<tail>[^.;:]{{0,90}})"
    # "Russia has launched thousands of drones ... and is now assembling its own version"
    rf"|^(?:[\w,]+\s+){{0,3}}(?:Russia|Moscow)\s+(?:has|is|have)\b[^;:]{{0,160}}?"
    rf"\band\s+(?:is|has)\s+{_ADVERBS}{_VERB}\b(?P<tail2>[^.;:]{{0,90}})"
    # "Russia's drone factories now produce well over 2,500 drones a month"
    r"|\bRussia['’]s\s+(?:[\w-]+\s+){0,2}(?:factories|plants|industry|manufacturers|producers)"
    r"\s+(?:now\s+|already\s+|currently\s+)?(?:produce|make|build|assemble|manufacture|turn\s+out|churn\s+out)"
    r"\b(?P<tail3>[^.;:]{0,90})"
)
# "1.5 million UAVs were produced in Russia in 2024"
_MADE_IN_RUSSIA_RE: Final = re.compile(
    r"\b(?:drones|UAVs|Gerans?|Shaheds?)\s+(?:were|are|have\s+been|had\s+been)\s+(?:being\s+)?"
    r"(?:produced|manufactured|assembled|built|made)\s+in\s+Russia\b"
)
# what makes it a drone made by Russia: drones, its own version, its production
_OBJECT_WORDS: Final = DRONE_WORDS | word_set(
    "production own version versions copy copies variant variants shaheds gerans geran-2 geran-3"
)
# not a fact: a plan, a goal, a condition, a denial
_NOT_FACT: Final = word_set(
    """plan plans planned planning aim aims aimed target targets goal goals intend intends
    intended will would could might may hopes hope seek seeks want wants if whether not never
    cannot unable how"""
)


def russia_produces(text: str, lows: frozenset[str]) -> bool:
    """Whether the sentence says Russia makes drones itself."""
    # Russia or Moscow first: two lookups, where a set test walks a word list
    if "russia" not in lows and "moscow" not in lows:
        return False
    if lows.isdisjoint(_VERBS) or not lows.isdisjoint(_NOT_FACT):
        return False
    if _MADE_IN_RUSSIA_RE.search(text):
        return True
    m = _RUSSIA_MAKES_RE.search(text)
    if m is None:
        return False
    tail = m.group("tail") or m.group("tail2") or m.group("tail3") or ""
    return not _OBJECT_WORDS.isdisjoint(WORD_APOSTROPHE_RE.findall(tail.lower()))
