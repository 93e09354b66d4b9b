"""A denial that names the war as where the goods would have gone: `has never provided lethal
weapons to any party to the conflict`, `had not supplied equipment to either side`, `denied
sending drones for use in Ukraine`. The war is Russia's, so the denial is linked to it even
where no sentence near it names Russia."""

from __future__ import annotations

import re
from typing import Final

from .wordset import word_set

# cheap gate: one of these words must be in the sentence
CUE_WORDS: Final = word_set("party parties side sides warring ukraine conflict war")
_WAR_RE: Final = re.compile(
    r"\b(?:to|for|with)\s+(?:any|either|both|all)\s+(?:of\s+the\s+)?(?:warring\s+)?"
    r"(?:party|parties|side|sides)\b"
    r"|\bwarring\s+(?:parties|sides)\b"
    r"|\b(?:for\s+use|to\s+be\s+used|used|to\s+fight)\s+in\s+(?:the\s+)?(?:war\s+in\s+|conflict\s+"
    r"in\s+)?Ukraine\b",
    re.I,
)


# "would not supply weapons to either side": a neutral's policy for the future, no denial of
# an act
_POLICY_RE: Final = re.compile(r"\b(?:would|will)\s+(?:not|never)\b|\bwon[’']t\b", re.I)


def names_the_war(text: str, lows: frozenset[str]) -> bool:
    """Whether the sentence names the war as the goods' destination of an act denied (not
    of a promise for the future)."""
    if lows.isdisjoint(CUE_WORDS):
        return False
    war = _WAR_RE.search(text)
    return war is not None and _POLICY_RE.search(text, 0, war.start()) is None
