"""What a company denies when it denies selling goods in general (`never sold products to
any military end user`, `we do not work with Russian military companies`): supplying what
it deals in, read from what it is and what it was said to do, not the first charge."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from .claims import sector_type
from .gazetteer import Gazetteer

# "never sold products", "any product", "knowingly sold anything": goods in general right
# after the verb (a company's "any military products" too: its goods, whatever it was said
# to sell)
_GOODS_IN_GENERAL_RE: Final = re.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:any|a\s+single|its|our|their)\s+)?(?:military\s+)?(?:products?|"
    r"goods|items?|anything|merchandise|wares)\b",
    re.I,
)
_DRONE_MAKING: Final = frozenset({"drone_production"})


def generic_denial_type(gz: Gazetteer, name: str, charges: Collection[str]) -> str:
    """`charges`: the types of the claims asserted against the company so far."""
    sector = sector_type(gz, name)
    if sector is not None:
        return sector
    if not _DRONE_MAKING.isdisjoint(charges) and "component_supply" not in charges:
        return "drone_supply"  # a drone maker's products are drones
    return "component_supply"  # a company's products are parts


def goods_in_general_at(text: str, at: int) -> bool:
    """Whether the words from `at` on name goods in general."""
    return _GOODS_IN_GENERAL_RE.match(text, at) is not None
