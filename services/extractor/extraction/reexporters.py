"""Who re-exports goods that a sentence sends on without naming an agent: the destination of
the exports it named before ("EU exports of chips to X rose ..., and officials believe much
of them were re-exported to Russia": X), or the importer ("X's imports of chips rose, a
surge that reflects re-exports to Russia": X)."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention
from .triggers import Trigger

_RUSSIA: Final = "Russia"
_BE_BEFORE_RE: Final = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")
_REEXPORT_NOUN_RE: Final = re.compile(r"re-?exports?$", re.I)
# "exports of electronics to", "shipments of EU goods to", "sold machine tools to"
_EXPORTED_TO_RE: Final = re.compile(
    r"\b(?:exports?|exported|shipments?|shipped|deliveries|delivered|sales|sold)\s+"
    r"(?:of\s+)?(?:[\w\"“”'-]+\s+){0,5}?to\s+(?:the\s+)?$",
    re.I,
)
# "Kyrgyz imports of", "Armenia's imports of", "imports to Kazakhstan"
_IMPORTS_AFTER_RE: Final = re.compile(r"(?:'s|’s)?\s+imports\b", re.I)
_IMPORTS_TO_RE: Final = re.compile(
    r"\bimports\s+(?:of\s+)?(?:[\w\"“”'-]+\s+){0,5}?(?:to|into)\s+$", re.I
)
_REACH: Final = 200  # chars before the trigger where the exports may be named


def reexporter(trig: Trigger, mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The state or firm a passive or nominal re-export passes the goods on from."""
    lo = trig.start - base
    if not (_REEXPORT_NOUN_RE.match(trig.word) or _BE_BEFORE_RE.search(text, max(0, lo - 20), lo)):
        return []  # an active verb has a subject of its own
    for m in reversed(mentions):
        if m.end > trig.start or trig.start - m.end > _REACH or m.name == _RUSSIA:
            continue
        if m.kind not in ("country", "adjective", "organization") or (
            m.kind == "organization" and m.role == "government"
        ):
            continue  # (not "exports to the EU": a bloc passes nothing on)
        at = m.start - base
        if m.prep in ("to", "into") and (
            _EXPORTED_TO_RE.search(text, max(0, at - 80), at)
            or _IMPORTS_TO_RE.search(text, max(0, at - 80), at)
        ):
            return [m]
        if m.prep is None and _IMPORTS_AFTER_RE.match(text, m.end - base):
            return [m]
    return []
