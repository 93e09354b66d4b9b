"""News outlets known by how a speaker addresses them: `Speaking to Daily Sabah`, `told the
Kyiv Independent`, `in a written response to The Jakarta Post`. An outlet relays what
others say; it is never the subject of their claims."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention

# the words that hand a statement to an outlet, right before its name
_ADDRESSED_RE: Final = re.compile(
    r"(?:\b[Ss]peaking|\b[Tt]alking|\btold|\b(?:interview|response|statement|comments?|"
    r"remarks|reply)\s+(?:given\s+)?(?:to|with))\s+(?:the\s+)?$"
)
_GATE: Final = ("peaking to", "alking to", "told ", " to ", " with ")


def mark_outlets(text: str, base: int, out: list[Mention]) -> None:
    """An organization no list knows, addressed as an outlet, is one (role "media")."""
    if not any(g in text for g in _GATE):
        return
    for m in out:
        if m.kind != "organization" or m.via == "gazetteer" or m.role == "media":
            continue
        lead = text[max(0, m.start - base - 40) : m.start - base]
        if _ADDRESSED_RE.search(lead):
            m.role = "media"
