"""Trade figures of ordinary goods: "Kyrgyz exports of electronics to Russia have risen
tenfold", "a sharp rise in re-exports of cars and electronics": a statistic of what a
country trades, not a claim that it supplies parts for weapons (writers read such figures
as suspected re-exports, if at all). Figures of named parts stay claims: "exports of
microchips to Russia rose", "exports of dual-use electronics jumped"."""

from __future__ import annotations

from typing import Final

from .lexicon import GOODS_WORDS
from .words import Word
from .wordset import word_set

TRADE_NOUNS: Final = word_set("exports export re-exports re-export imports")
# what every economy trades
_ORDINARY_GOODS: Final = word_set(
    """electronics machinery cars vehicles smartphones phones appliances chemicals goods
    products clothing furniture"""
)
_ORDINARY_PART_OF: Final = word_set("machine car auto vehicle")  # "machine parts"
# "dual-use electronics", "military-grade electronics": goods for weapons
_SENSITIVE: Final = word_set(
    """dual-use military sensitive controlled restricted high-priority priority critical
    sanctioned advanced military-grade defence defense"""
)
# where the goods phrase ends: "exports of electronics to Russia", "... from the EU"
_PHRASE_ENDS: Final = word_set(
    "to from into since through via for with that which who by after before during in at on"
)
_TRENDS: Final = word_set(
    """rise rises rose risen rising jump jumps jumped jumping soar soars soared soaring surge
    surges surged surging increase increases increased increasing climb climbs climbed
    climbing grew grown growing growth boom boomed booming doubled tripled quadrupled
    multiplied fell fallen falling fluctuated mirroring"""
)


def ordinary_trade_figure(words: list[Word], k: int, hi: int) -> bool:
    """Whether the trade noun words[k] ("exports of ...") names only ordinary goods, in a
    sentence that reports how the trade changed."""
    n = len(words)
    if k + 2 >= n or words[k + 1].low != "of":
        return False
    ordinary = False
    for q in range(k + 2, min(n, hi)):
        w = words[q]
        if w.low in _PHRASE_ENDS or w.low in _TRENDS:
            break
        if w.low in _SENSITIVE:
            return False
        if w.low in _ORDINARY_GOODS:
            ordinary = True
        elif w.low == "parts" and words[q - 1].low in _ORDINARY_PART_OF:
            continue
        elif w.low in GOODS_WORDS or w.last in GOODS_WORDS:
            return False  # "exports of chips", "imports of electronic components"
    return ordinary and any(w.low in _TRENDS for w in words)
