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
from .lexicon import COMPONENT_WORDS, DRONE_WORDS, WEAPON_WORDS
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


def origin_claims(
    text: str, base: int, lows: frozenset[str], mentions: list[Mention], linked: bool
) -> list[tuple[Mention, str]]:
    """(the state of origin, claim type) for goods named by their origin."""
    if not any(mark in text for mark in _MARKS) or not lows.isdisjoint(_NEGATIONS):
        return []
    if not linked or lows.isdisjoint(_FOUND):
        return []
    out: list[tuple[Mention, str]] = []
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
