"""Shapes of a sentence that look like a speaker and are none, or that name a speaker the
frame finder misses: a participle that describes a noun (`Tehran's last confirmed
acquisition`), unnamed sources placed in a country (`sources in North Korea and Russia
told`, `according to a source in Russia`; but a source in a state body speaks for it, and
`the source` then is that body's), a clause that follows `said` (`said Russia is
helping`: Russia is what was said, not who said it)."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention
from .text import Token
from .wordset import word_set

# "Tehran's last confirmed acquisition", "its reported deliveries": a participle between a
# determiner and its noun describes the noun
_ATTRIBUTIVE_LEFT: Final = word_set("'s ’s the its their his her last first only latest")
_NOT_A_NOUN: Final = word_set(
    """that by to in on at of as with from it them him her the a an this these those what how
    whether and or but"""
)
# a verb after the name: what was said opens with it ("said Russia is helping")
CLAUSE_VERBS: Final = word_set(
    """is are was were has have had will would could may might can did does do never also
    not appears appeared seems seemed continues continued remains"""
)
# unnamed people the article places somewhere
ANONYMOUS: Final = word_set("source sources resident residents person people insider insiders")
# "according to a source in Russia who": the text between "according to" and the place
SOURCE_IN_RE: Final = re.compile(
    r"\s+(?:a|an|one|two|three|several|some|other)?\s*(?:[\w-]+\s+)?(?:sources?|residents?|"
    r"insiders?|people|person)\s+(?:in|inside|within)\s+(?:the\s+)?$"
)

# "According to the source, ...", "the source said": the unnamed source met before
THE_SOURCE_RE: Final = re.compile(r"\s*the\s+(?:source|interlocutor)\b(?!\s+(?:in|of|close)\b)")


def in_body(m: Mention) -> bool:
    """ "a source in the SBU": a state body, not a place, so the source speaks for it."""
    return m.kind == "country" and m.role == "government"


_SOURCE_BEFORE_RE: Final = re.compile(
    r"\b(?:sources?|insiders?)\s+(?:in|inside|within)\s+(?:the\s+)?$"
)


def named_source_body(text: str, base: int, speaker: str | None, m: Mention | None) -> bool:
    """Whether `speaker` is a state body a source sits in (`a source in the SBU told`)."""
    if speaker is None or m is None or not in_body(m):
        return False
    return _SOURCE_BEFORE_RE.search(text, max(0, m.start - base - 30), m.start - base) is not None


def attributive(tokens: list[Token], ti: int) -> bool:
    """Whether the report verb at `ti` is an adjective between a determiner and a noun."""
    if ti < 1 or ti + 1 >= len(tokens) or tokens[ti - 1].low not in _ATTRIBUTIVE_LEFT:
        return False
    nxt = tokens[ti + 1].text
    return nxt.isalpha() and nxt.islower() and nxt not in _NOT_A_NOUN


def anonymous_in_list(mentions: list[Mention], tokens: list[Token], m: Mention) -> bool:
    """ "sources in North Korea and Russia": the last place of a list after "sources in"."""
    first = m
    while first.tok_start > 0 and tokens[first.tok_start - 1].low in ("and", "or", ","):
        prev = next((x for x in mentions if x.tok_end == first.tok_start - 1), None)
        if prev is None:
            return False
        first = prev
    if first is m:
        return False  # (a single place: the caller reads "in" itself)
    at = first.tok_start
    return at > 1 and tokens[at - 1].low == "in" and tokens[at - 2].low in ANONYMOUS


def official_of(mentions: list[Mention], tokens: list[Token], end: int) -> Mention | None:
    """ "A senior South Korean government official, speaking on condition of anonymity,
    said": the state or government body named just before the official noun ending at
    `end`, whom the official speaks for."""
    for m in mentions:
        if (
            m.tok_end == end - 1
            and m.prep is None
            and (m.kind == "country" or (m.kind == "organization" and m.role == "government"))
        ):
            return m
    return None
