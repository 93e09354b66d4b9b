"""Civilian goods: a sale of crop-spraying or delivery drones with no buyer named is trade,
not a claim about the war (a firm "sells agricultural drones and spare parts")."""

from __future__ import annotations

import re
from typing import Final

from .wordset import word_set

_CIVIL_ADJECTIVES: Final = (
    "agricultural agriculture crop-spraying spraying farm farming delivery racing toy hobby "
    "hobbyist consumer recreational"
)
CIVIL_WORDS: Final = word_set(_CIVIL_ADJECTIVES)
# the goods right after the verb: "sells agricultural drones", "supplies crop-spraying UAVs"
# (and "sells ordinary consumer electronics", "supplies farm drone engines": civilian parts)
_CIVIL_GOODS_RE: Final = re.compile(
    r"\s+(?:(?:its|their|the|small|mid-size|new|used|own|ordinary|only)\s+)?"
    rf"(?:{'|'.join(_CIVIL_ADJECTIVES.split())})\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|quadcopters?|"
    r"electronics|components|parts|engines)\b",
    re.I,
)


def civilian_goods(text: str, trig_end: int, lows: frozenset[str]) -> bool:
    """Whether the goods the supply verb ending at `trig_end` (offset in `text`) names are
    civilian drones or parts."""
    if lows.isdisjoint(CIVIL_WORDS):
        return False
    return _CIVIL_GOODS_RE.match(text, trig_end) is not None
