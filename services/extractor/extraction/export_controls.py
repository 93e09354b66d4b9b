"""A state answering an accusation with its export rules: `"China has never provided lethal
weapons to any party and strictly controls the export of dual-use items, including drones
and their components"`. Next to a denial, the controlled goods are denied too: the state
says parts and dual-use goods do not go out (a rule said on its own is a policy, no claim)."""

from __future__ import annotations

import re
from typing import Final

from .lexicon import COMPONENT_WORDS, WORD_RE
from .wordset import word_set

CUE_WORDS: Final = word_set("control controls controlled controlling regulates regulated")

# "strictly controls the export of", "exercises strict control over exports of",
# "imposes tight controls on the re-export of", "has always strictly regulated exports of"
_CONTROLS_RE: Final = re.compile(
    r"\b(?:(?:strictly|tightly|carefully)\s+(?:controls?|controlled|controlling|regulates?|"
    r"regulated)|(?:exercis|impos|appl|maintain|keep|kept|enforc)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:strict|tight|stringent|rigorous)\s+controls?\s+(?:over|on))\s+(?:the\s+|its\s+)?"
    r"(?:exports?|re-exports?|exporting|sales?)\s+(?:of\s+)?(?P<goods>[^.;:\"“”]{1,120})",
    re.I,
)


def controlled_goods_type(text: str) -> str | None:
    """`component_supply` when the sentence says its exports of parts are strictly
    controlled; None otherwise."""
    m = _CONTROLS_RE.search(text)
    if m is None:
        return None
    goods = {w.lower() for w in WORD_RE.findall(m.group("goods"))}
    return "component_supply" if not goods.isdisjoint(_PART_WORDS) else None


# parts by name: "dual-use items" alone is the stock phrase of the rule, which the gold does
# not always read as a denial of parts
_PART_WORDS: Final = COMPONENT_WORDS - {"dual-use"}
