"""A transfer said to be possible, not done: `warned that Russia could provide technology
in return`, `Pyongyang might soon send more shells` (claims.md counts what an actor did or
did not do; writers leave such sentences unlabelled)."""

from __future__ import annotations

import re
from typing import Final

from .wordset import word_set

_MIGHT_WORDS: Final = word_set("could might may")
# a modal of possibility right before the verb ("could provide", "might soon send"); not
# "could have sent" (a past act, hedged), "could not have" (a denial), nor "would donate"
# (an intention reported: the side a firm takes)
_MIGHT_RE: Final = re.compile(
    # ("Russia may in return provide Iran with technology": what it might give back)
    r"\b(?:could|might|may)\s+(?:\w+ly\s+|also\s+|soon\s+|even\s+|then\s+|eventually\s+|"
    r"in\s+(?:return|turn|exchange)\s+)?"
    # "could begin sending weapons", "might start to supply": the start is possible too (not
    # "could continue sending", which says it goes on)
    r"(?:(?:begin|start)\s+(?:to\s+)?)?$",
    re.I,
)


def possible_only(lows: frozenset[str], before: str) -> bool:
    """Whether a modal of possibility governs the verb `before` ends at."""
    return not lows.isdisjoint(_MIGHT_WORDS) and _MIGHT_RE.search(before) is not None
