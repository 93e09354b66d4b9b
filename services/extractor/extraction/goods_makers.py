"""Makers named as the origin of the goods a clause moves: "products of companies based in
allied countries (X, Y and others) were delivered through third countries", "parts of X
and Y were shipped via intermediaries". X and Y made the goods; who moved them on and who
evaded is not said, so the makers are no subjects of the transfer or the evasion.
"""

from __future__ import annotations

import re
from typing import Final

from .mentions import Mention

# the goods noun and its maker's preposition, then either the maker itself or a noun
# phrase that a bracket, "such as" or "including" opens a list of makers for; then the
# members of that list named before this one
_MAKER_OF_GOODS_RE: Final = re.compile(
    r"\b(?i:products?|goods|parts|components|chips|items|electronics|microelectronics|"
    r"semiconductors|wares)\s+(?:of|from|made\s+by|manufactured\s+by|produced\s+by)\s+"
    r"(?:(?:[\w'’.-]+\s+){0,8}?(?:\(|such\s+as\s+|including\s+|like\s+))?"
    r"(?:[A-Z0-9][\w'’&.-]*,?\s+|(?:and|or|&)\s+)*$"
)
_REACH: Final = 200


def is_goods_maker(m: Mention, text: str, base: int) -> bool:
    """Whether the organization `m` is named as the maker of the goods: "products of X"."""
    if m.kind != "organization":
        return False
    at = m.start - base
    window = text[max(0, at - _REACH) : at]
    if "(" not in window and " of " not in window and " by " not in window:
        return False
    return _MAKER_OF_GOODS_RE.search(window) is not None


def drop_goods_makers(left: list[Mention], text: str, base: int) -> list[Mention]:
    """`left` without the makers of the goods."""
    return [m for m in left if not is_goods_maker(m, text, base)]
