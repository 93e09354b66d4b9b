"""The state goods were made in, when the same clause sends them on: "the UAVs were
manufactured in Iran and subsequently transferred to Russia". The passive names no sender,
and the state of manufacture is where the goods left from.
"""

from __future__ import annotations

import re
from typing import Final

from .mentions import Mention

_RUSSIA: Final = "Russia"
# ends where the supply verb begins; the auxiliary is required ("chips made in Taiwan and
# shipped by X" describes the goods a named trader sends)
_MADE_IN_AND_RE: Final = re.compile(
    r"\b(?:were|was|are|is|been|being)\s+(?:\w+ly\s+)?(?:manufactured|made|produced|built|"
    r"assembled)\s+in\s+(?P<place>[^,;()]{2,40}?)\s*,?\s+(?:and|before\s+being)\s+"
    r"(?:(?:then|later|subsequently|eventually|\w+ly)\s+)?$"
)
_AGENT_AFTER_RE: Final = re.compile(r"\s*(?:\w+\s+){0,3}?by\s")


def made_in_state(
    trig_start: int, trig_end: int, mentions: list[Mention], text: str, base: int
) -> list[Mention]:
    """The state of manufacture before a passive supply verb, or [] (none, or an agent
    follows: "were made in Taiwan and shipped by X")."""
    at = trig_start - base
    found = _MADE_IN_AND_RE.search(text, max(0, at - 90), at)
    if found is None or _AGENT_AFTER_RE.match(text, trig_end - base):
        return []
    place_at = base + found.start("place")
    return [
        m
        for m in mentions
        if m.start == place_at and m.kind == "country" and m.name != _RUSSIA and not m.possessive
    ][:1]
