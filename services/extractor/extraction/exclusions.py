"""A count that leaves something out says nothing against it: in `Our count does not include
... nor the North Korean soldiers sent to Kursk` the soldiers were sent; only the count omits
them."""

from __future__ import annotations

import re
from typing import Final

_LEFT_OUT_RE: Final = re.compile(
    r"\b(?:count|tally|figures?|list|data|numbers?|estimates?|totals?|toll|database)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:does|do|did)\s+not\s+(?:include|count|cover)\b[^;:.]*$",
    re.I,
)


def left_out_of_count(text: str, at: int) -> bool:
    """Whether the negation before `text[at]` (a trigger) only leaves the deed out of a
    count, list or figure."""
    return " not " in text and _LEFT_OUT_RE.search(text, max(0, at - 250), at) is not None
