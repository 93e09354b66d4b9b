"""Goods named by where they were made, found in Russia's weapons: `Chinese-made
components were found in the wreckage of Russian drones`, `Chinese-origin chips powered
the missiles`, `fragments of a North Korean-made missile were recovered in Kharkiv`.

News reports what investigators take out of downed drones in these words; the state of
origin is the supplier (claims.md: component_supply, drone_supply, weapons_supply). Goods
of Western origin are left to the rules that know who ships them, as everywhere else.
"""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention
from .lexicon import COMPONENT_WORDS, DRONE_WORDS, WEAPON_WORDS, any_word_in
from .roles import RUSSIA, WESTERN_SIDE
from .wordset import word_set

_MARKS: Final = ("-made", "-built", "-manufactured", "-produced", "-origin", "-supplied")
_ORIGIN_RE: Final = re.compile(
    r"-(?:made|built|manufactured|produced|origin|supplied)\s+(?P<np>[\w'’-]+(?: [\w'’-]+){0,3})"
)
# where the noun phrase after the origin ends
_NP_END: Final = word_set(
    """were was are is be been have has had in on at of from to and or that which who for by
    with as than into inside"""
)
# what puts the goods in Russia's hands: found in its weapons (not fired by its forces:
# a report of an attack with "Iranian-made drones" is no claim of supply, by the gold)
_FOUND: Final = word_set(
    """found find finds discovered identified recovered retrieved extracted inside wreckage
    debris remains fragments contained contain contains containing fitted equipped powered
    powering rely relies relied relying depend depends depended inspected examined teardown"""
)
_NEGATIONS: Final = word_set("no not never without")


# the origin after the goods: "turbojet engines manufactured in China" (found in Russia's
# weapons, as above), "whose engine and other parts were sourced in China" (bought there)
_MADE_IN: Final = word_set("made manufactured produced built sourced")
_MADE_IN_RE: Final = re.compile(
    r"\b(?P<np>(?:[\w'’-]+ ){1,5}?)(?:(?:that|which)\s+)?(?:(?:were|was|are|is|had|have|has|"
    r"been|being)\s+)*(?P<verb>made|manufactured|produced|built|sourced)\s+in\s+"
    r"(?:mainland\s+)?$"
)


def _has_mark(text: str) -> bool:
    """Whether the text holds one of _MARKS (each opens with a hyphen: look for it first)."""
    return "-" in text and any_word_in(text, _MARKS)


def origin_claims(
    text: str, base: int, lows: frozenset[str], mentions: list[Mention], linked: bool
) -> list[tuple[Mention, str]]:
    """(the state of origin, claim type) for goods named by their origin."""
    if not linked or not lows.isdisjoint(_NEGATIONS):
        return []
    out = _made_in(text, base, lows, mentions) if not lows.isdisjoint(_MADE_IN) else []
    if not _has_mark(text) or lows.isdisjoint(_FOUND):
        return out
    for m in mentions:
        if m.kind not in ("adjective", "country") or m.country in WESTERN_SIDE:
            continue
        state = m.country or m.name
        if state == RUSSIA or state in WESTERN_SIDE:
            continue
        om = _ORIGIN_RE.match(text, m.end - base)
        if om is None:
            continue
        ctype = head_goods_type(om.group("np").lower().split())
        if ctype is None:
            continue
        if ctype == "component_supply" and not _in_russian_arms(lows):
            continue
        out.append((m, ctype))
    return out


def _made_in(
    text: str, base: int, lows: frozenset[str], mentions: list[Mention]
) -> list[tuple[Mention, str]]:
    out: list[tuple[Mention, str]] = []
    for m in mentions:
        if m.kind != "country" or m.name == RUSSIA or m.name in WESTERN_SIDE:
            continue
        at = m.start - base
        if not text.endswith(" in ", 0, at) and not text.endswith(" mainland ", 0, at):
            continue
        mm = _MADE_IN_RE.search(text, max(0, at - 80), at)
        if mm is None:
            continue
        ctype = tail_goods_type(mm.group("np").lower().split())
        if ctype is None or (
            mm.group("verb") != "sourced"
            and (
                lows.isdisjoint(_FOUND)
                or (ctype == "component_supply" and not _in_russian_arms(lows))
            )
        ):
            continue
        out.append((m, ctype))
    return out


def tail_goods_type(words: list[str]) -> str | None:
    """The type of the noun phrase that ends `words`: its last word that names goods, read
    back to the first word that ends a noun phrase ("engine and many other parts")."""
    for word in reversed(words):
        if word in COMPONENT_WORDS:
            return "component_supply"
        if word in DRONE_WORDS:
            return "drone_supply"
        if word in WEAPON_WORDS:
            return "weapons_supply"
        if word in _NP_END and word not in ("and", "or"):
            return None
    return None


def head_goods_type(words: list[str]) -> str | None:
    """The type the head of the noun phrase says: its last word that names goods
    ("Shahed drones", "drone engines", "KN-23 missiles")."""
    head = None
    for word in words:
        if word in _NP_END:
            break
        if word in COMPONENT_WORDS:
            head = "component_supply"
        elif word in DRONE_WORDS:
            head = "drone_supply"
        elif word in WEAPON_WORDS:
            head = "weapons_supply"
    return head


def _in_russian_arms(lows: frozenset[str]) -> bool:
    """Whether the sentence puts the parts in drones or weapons (Russia's: it is linked)."""
    return not (lows.isdisjoint(DRONE_WORDS) and lows.isdisjoint(WEAPON_WORDS))
