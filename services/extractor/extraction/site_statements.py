"""A plant or company named as the place where the drones are made, in a sentence that
states no production verb: `X houses Russia's main factory for Geran-2 drones`, `The X
factory is Russia's most important production site for the Geran-2`, `The main
production facility is in X`, `Production is run through a company called X`
(claims.md: drone_production, at a party's facility). Only organizations: a town or a
region names no producer."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention
from .lexicon import DRONE_WORDS
from .wordset import word_set

# the cheap gate: a word every shape below contains
_GATE: Final = word_set(
    "factory factories plant plants facility facilities site sites line production assembly"
)
_RANK: Final = (
    r"(?:(?:Russia['’]s|Moscow['’]s|its|their|the|a|an|one\s+of\s+(?:the|Russia['’]s))\s+)"
    r"(?:(?:main|principal|primary|key|largest|biggest|chief|central|most\s+important|"
    r"second|only|new|major|leading)\s+)*"
)
_SITE: Final = (
    r"(?:(?:drone|assembly|production|manufacturing)\s+)?"
    r"(?:factory|factories|plant|plants|facility|facilities|site|sites|hub|centre|center|"
    r"production\s+line|assembly\s+line)"
)
# after the name: "X houses Russia's main factory for", "X, ..., is Russia's most
# important production site for"
_AFTER_RE: Final = re.compile(
    r"(?:\s+(?:plant|factory|facility|works|complex|zone))?(?:,\s(?:[^,;]|\d,\d){1,60},)?\s+"
    r"(?:(?:now|also|still)\s+)?(?:houses|housed|hosts|hosted|is\s+home\s+to|was\s+home\s+to|"
    r"is|was|has\s+become|became|remains)\s+"
    rf"{_RANK}{_SITE}\s+(?:for|of)\b"
)
# before the name: "The main production facility is in", "Production is run through a
# company called", "the drones are assembled at"
_BEFORE_RE: Final = re.compile(
    rf"(?:\b[Tt]he\s+(?:(?:main|principal|primary|key|largest|biggest|chief|only)\s+)*"
    rf"{_SITE}\s+(?:is|was|are|were)\s+(?:located\s+|based\s+)?(?:in|at)\s+(?:the\s+)?|"
    r"\b[Pp]roduction\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:is|was|has\s+been)\s+(?:run|carried\s+out|organi[sz]ed|handled)\s+"
    r"(?:through|by|at)\s+(?:a\s+(?:company|firm|plant|factory)\s+(?:called|named)\s+)?)$"
)
# "The main production facility is in X" opening the sentence: the production the article
# speaks of (no drone word needed)
_MAIN_SITE_RE: Final = re.compile(
    r"^[Tt]he\s+(?:main|principal|primary|chief|largest|biggest)\s+(?:production|assembly|"
    r"manufacturing)\s+(?:facility|plant|site|hub|line)\s+(?:is|was)\s+(?:located\s+)?"
    r"(?:in|at)\s+(?:the\s+)?$"
)
# what a production site makes besides drones: it is their factory
_MADE_WORDS: Final = DRONE_WORDS | word_set("drones geran-2 geran-3 shahed-136 garpiya")


def stated_sites(
    text: str, base: int, lows: frozenset[str], mentions: list[Mention], products: bool
) -> list[Mention]:
    """The organizations the sentence names as the site where drones are made."""
    if lows.isdisjoint(_GATE):
        return []
    if lows.isdisjoint(_MADE_WORDS) and not products:
        return [m for m in mentions if _named_main_site(m, text, base)]
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "organization" or m.role in ("media", "research", "government"):
            continue
        if m.possessive or m.in_apposition:
            continue
        if _AFTER_RE.match(text, m.end - base) or _BEFORE_RE.search(
            text, max(0, m.start - base - 90), m.start - base
        ):
            out.append(m)
    return out


def _named_main_site(m: Mention, text: str, base: int) -> bool:
    """`The main production facility is in X`: X, an organization."""
    return (
        m.kind == "organization"
        and m.role not in ("media", "research", "government")
        and _MAIN_SITE_RE.match(text, 0, m.start - base) is not None
    )
