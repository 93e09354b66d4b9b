"""Goods named by their maker's nationality inside a noun of transfer: `the ongoing transfer
of North Korean munitions to Russia`, `shipments of Iranian drones to Moscow`. The noun
states the supply as firmly as its verb would (`Iranian drones were delivered to Russia`);
the nationality names the supplier."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention
from .lexicon import DENIAL_WORDS
from .origins import head_goods_type
from .roles import RUSSIA, WESTERN_SIDE
from .wordset import word_set

TRANSFER_NOUNS: Final = word_set(
    "transfer transfers shipment shipments delivery deliveries supply supplies export exports"
)
_NOUN_BEFORE_RE: Final = re.compile(
    r"\b(?:transfers?|shipments?|deliver(?:y|ies)|suppl(?:y|ies)|exports?)\s+of\s+$", re.I
)
# the goods, then where they go: "munitions to Russia", "attack drones to Moscow"
_GOODS_TO_RUSSIA_RE: Final = re.compile(
    r"\s+(?P<np>[\w'’-]+(?:\s[\w'’-]+){0,3}?)\s+to\s+(?:the\s+)?(?:Russia|Moscow|Russian)\b"
)
# "would", "could": a transfer weighed, not made; a denial is read by the denial rules
_NOT_MADE: Final = (
    word_set("no not never without would could might may if whether any") | DENIAL_WORDS
)


def transfer_claims(
    text: str, base: int, lows: frozenset[str], mentions: list[Mention]
) -> list[tuple[Mention, str]]:
    """(the supplying state, claim type) for each `transfer of <nationality> <goods> to Russia`."""
    if lows.isdisjoint(TRANSFER_NOUNS) or "of" not in lows or not lows.isdisjoint(_NOT_MADE):
        return []
    out: list[tuple[Mention, str]] = []
    for m in mentions:
        if m.kind != "adjective" or m.country is None:
            continue
        if m.country == RUSSIA or m.country in WESTERN_SIDE:
            continue
        if not _NOUN_BEFORE_RE.search(text, max(0, m.start - base - 30), m.start - base):
            continue
        gm = _GOODS_TO_RUSSIA_RE.match(text, m.end - base)
        if gm is None:
            continue
        ctype = head_goods_type(gm.group("np").lower().split())
        if ctype is not None:
            out.append((m, ctype))
    return out
