"""Nationals said to be present at the war: `Iranian military personnel are present in
Crimea`, `no North Korean soldiers are present in Ukraine` (a denial by its `no`)."""

from __future__ import annotations

from typing import Final

from .lexicon import WAR_PLACES
from .words import Word
from .wordset import word_set

_BE: Final = word_set("are is were was remain remained")
_PRESENT: Final = word_set("present active")
# where the war is: its occupied regions and fronts, Ukraine itself
_WAR_GROUND: Final = WAR_PLACES | word_set("ukraine")


def present_at_war(after: list[Word]) -> Word | None:
    """The `present` of `(people) are present in Crimea` in the words after the people."""
    if len(after) < 4 or after[0].low not in _BE:
        return None
    present = after[1]
    if present.low not in _PRESENT or after[2].low not in ("in", "on", "at"):
        return None
    k = 3
    if after[k].low in ("the", "occupied") and len(after) > k + 1:
        k += 1
    return present if after[k].low in _WAR_GROUND else None
