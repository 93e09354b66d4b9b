"""Parts for Russia's suppliers: "the firm exported engines to Iranian buyers", where the
article says Iran supplies Russia with the drones those engines power. The part goes to
Russia's war one step removed, so it is a claim once the article names the recipient as
Russia's supplier (which it may do sentences later); else it is the recipient's own trade."""

from __future__ import annotations

from typing import Final

from .discourse import Discourse
from .gazetteer import Gazetteer
from .merge import ClaimPool
from .roles import RUSSIA, WESTERN_SIDE

_SUPPLIER_TYPES: Final = ("drone_supply", "weapons_supply")
_UKRAINE: Final = "Ukraine"


def supplier_state(gz: Gazetteer, recipient: str) -> str | None:
    """The state a recipient stands for (itself, or an organization's seat), if it may arm
    Russia: not Russia, Ukraine or a state on Ukraine's side."""
    entry = gz.canonical(recipient)
    if entry is None:
        return None
    state = entry.name if entry.kind == "country" else entry.country
    if entry.kind not in ("country", "organization") or state is None:
        return None
    if state in (RUSSIA, _UKRAINE) or state in WESTERN_SIDE:
        return None
    return state


def add_parts_for_suppliers(state: Discourse, pool: ClaimPool) -> None:
    """At the article's end: the held claims whose recipient's state the article showed
    supplying Russia, and those whose recipient company it showed passing goods on to
    Russia ("the motors were made by X and sold to Y", where Y re-exported them to Russia)."""
    for claim, supplier in state.parts_for_suppliers:
        if _shown_supplying_russia(pool, supplier, _SUPPLIER_TYPES):
            pool.add(claim)
    for claim, reseller in state.parts_for_resellers:
        if _shown_supplying_russia(pool, reseller, _RESELLER_TYPES):
            pool.add(claim)


def _shown_supplying_russia(pool: ClaimPool, actor: str, types: tuple[str, ...]) -> bool:
    for ctype in types:
        cand = pool.cands.get((actor, ctype, "asserted"))
        if cand is not None and cand.fields["recipient"] == RUSSIA:
            return True
    return False


# what a company that got goods must be shown doing with Russia for its supplier to count
_RESELLER_TYPES: Final = ("component_supply", "drone_supply", "weapons_supply")


def unlisted_company(gz: Gazetteer, recipient: str) -> bool:
    """Whether the recipient is a company the gazetteer does not know (the article's own)."""
    return gz.canonical(recipient) is None
