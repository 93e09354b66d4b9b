"""Places that are no evaders:
places goods were made in (`chips made in China, Europe and the United States, and most
of them arrived through intermediaries`) are their origin, not their route.
"""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention

# what may stand between two places of one list: "China, Hong Kong, the UAE and India"
_LIST_GAP_RE: Final = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?", re.I)


def _chained(left: Mention, right: Mention, text: str, base: int) -> bool:
    gap = text[left.end - base : right.start - base]
    return 0 < len(gap) <= 12 and _LIST_GAP_RE.fullmatch(gap) is not None


def _place_list(subj: Mention, mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The list of places `subj` is in (itself alone when unlisted); [] for no place."""
    if subj.kind not in ("group", "country"):
        return []
    places = sorted(
        (m for m in mentions if m.kind in ("group", "country") and m.is_actor),
        key=lambda m: m.start,
    )
    at = next((i for i, m in enumerate(places) if m.start == subj.start), -1)
    if at < 0:
        return []
    lo = at
    while lo > 0 and _chained(places[lo - 1], places[lo], text, base):
        lo -= 1
    hi = at
    while hi + 1 < len(places) and _chained(places[hi], places[hi + 1], text, base):
        hi += 1
    return places[lo : hi + 1]


# "chips made in China, Europe and the United States": where the goods come from (the
# places before may be no actors: "Europe", "Taiwan")
_MADE_IN_RE: Final = re.compile(
    r"\b(?:made|manufactured|produced|built|designed|fabricated)\s+in\s+"
    r"(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*"
    r"(?:the\s+)?$"
)
_MADE_REACH: Final = 80


def made_there(subj: Mention, mentions: list[Mention], text: str, base: int) -> bool:
    """Whether `subj` is a place goods were made in (`made in X, Y and Z`): their origin,
    not a state that passed them on."""
    places = _place_list(subj, mentions, text, base)
    if not places:
        return False
    first = places[0]
    return (
        _MADE_IN_RE.search(text, max(0, first.start - base - _MADE_REACH), first.start - base)
        is not None
    )
