"""Goods bought through intermediaries: `foreign-made electronics, many of them purchased
through intermediaries in China`, `machine tools bought via middlemen in Turkey`.

The participle describes the goods, not what their buyer did: the intermediaries (the
country they sit in) sold them on and evaded, while the buyer is not said to evade; Russian
intermediaries are Russia's own buyers and neither.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon import COMPONENT_WORDS, DRONE_WORDS, WEAPON_WORDS, WORD_RE

# the participle right before the trigger: "purchased through", "bought via", "sourced
# mainly through"; not "had purchased through" (that buyer acts)
_BOUGHT_BEFORE_RE: Final = re.compile(
    r"(?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)\b(?:purchased|bought|acquired|obtained|procured|"
    r"sourced|imported|ordered)\s+(?:\w+ly\s+)?$",
    re.I,
)
# "bought chips from distributors in X and resold them to Russian buyers": the buyer is
# a middleman, so its sellers supplied it, not Russia
_RESOLD_AFTER_RE: Final = re.compile(
    r"\band\s+(?:then\s+|later\s+|quickly\s+)?(?:re-?sold|re-?exported|re-?shipped|sold|"
    r"shipped|sent|passed|forwarded|delivered)\s+(?:them|it|the\s+\w+)\b",
    re.I,
)
_RESOLD_CUES: Final = ("sold", "export", "shipped", "sent", "passed", "forwarded", "delivered")
_BOUGHT_CUES: Final = (
    "purchased",
    "bought",
    "acquired",
    "obtained",
    "procured",
    "sourced",
    "imported",
)
_GOODS_TYPES: Final[tuple[tuple[frozenset[str], str], ...]] = (
    (DRONE_WORDS, "drone_supply"),
    (WEAPON_WORDS, "weapons_supply"),
    (COMPONENT_WORDS, "component_supply"),
)


def bought_through(text: str, trig_at: int) -> bool:
    """True when the evasion cue at `trig_at` (offset in `text`) follows a participle that
    says how goods were bought."""
    if not any(c in text for c in _BOUGHT_CUES):
        return False
    return _BOUGHT_BEFORE_RE.search(text, max(0, trig_at - 40), trig_at) is not None


def goods_type(text: str, lo: int, trig_at: int) -> str | None:
    """What the intermediaries sold: the goods named last before the participle
    (`electronics`: component_supply)."""
    words: list[str] = WORD_RE.findall(text, lo, trig_at)
    for word in reversed(words):
        low = word.lower()
        for vocabulary, claim_type in _GOODS_TYPES:
            if low in vocabulary:
                return claim_type
    return None


def resold_after(text: str, trig_end: int) -> bool:
    """True when the buyer of a receiving verb ending at `trig_end` sells the goods on."""
    if " and " not in text or not any(c in text for c in _RESOLD_CUES):
        return False
    return _RESOLD_AFTER_RE.search(text, trig_end) is not None
