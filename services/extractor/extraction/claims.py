"""A claim as every pass builds it: the fields, and a confidence from how it was said."""

from __future__ import annotations

from typing import Final

from .discourse import Mention
from .gazetteer import Gazetteer
from .products import Product
from .text import Sentence

_PRODUCT_TYPES: Final = {
    "drone_supply": ("drone",),
    "drone_production": ("drone", "missile", "weapon"),
    "weapons_supply": ("missile", "weapon"),
}


def claim_kind(mn: Mention) -> str:
    """A claim's subject_kind for a mention: a demonym or a town names its state ("Iranian
    drones", "routed through Dubai": the UAE's)."""
    return "country" if mn.kind in ("adjective", "place") else mn.kind


_INDIRECT: Final = ("coref", "pattern")  # a subject found through a reference or a pattern


def _confidence(
    asserted: bool, implicit: bool, sourced: bool, hedges: int, future: bool, indirect: bool
) -> float:
    conf = 0.8 if asserted else 0.75
    if implicit:  # what is denied is inferred from the article, not stated
        conf -= 0.1
    if sourced:
        conf += 0.05
    conf -= 0.1 * min(hedges, 3)
    if future:
        conf -= 0.05
    if indirect:
        conf -= 0.05
    return round(min(0.95, max(0.2, conf)), 2)


# every confidence of up to three hedges, computed once: round() is slow
_CONFIDENCES: Final = {
    (asserted, implicit, sourced, hedges, future, indirect): _confidence(
        asserted, implicit, sourced, hedges, future, indirect
    )
    for asserted in (True, False)
    for implicit in (True, False)
    for sourced in (True, False)
    for hedges in range(4)
    for future in (True, False)
    for indirect in (True, False)
}


def make_claim(
    sent: Sentence,
    subj: Mention,
    ctype: str,
    stance: str,
    source: str | None,
    recipient: str | None,
    products: list[Product],
    hedges: int,
    future: bool,
    *,
    name: str | None = None,
    kind: str | None = None,
    implicit: bool = False,
) -> dict[str, object]:
    asserted, sourced, indirect = stance == "asserted", bool(source), subj.via in _INDIRECT
    conf = _CONFIDENCES.get((asserted, implicit, sourced, min(hedges, 3), future, indirect))
    if conf is None:
        conf = _confidence(asserted, implicit, sourced, hedges, future, indirect)
    wanted = _PRODUCT_TYPES.get(ctype, ())
    prods = [p.name for p in products if p.category in wanted]
    return {
        "subject": name or subj.name,
        "subject_kind": kind or claim_kind(subj),
        "claim_type": ctype,
        "stance": stance,
        "source": source,
        "recipient": recipient if ctype != "sanctions_imposed" else None,
        "products": list(dict.fromkeys(prods)) if prods else [],
        "quantities": [],
        "evidence": sent.text,
        "start": sent.start,
        "end": sent.end,
        "confidence": conf,
    }


def designation(
    sent: Sentence, subj: Mention, by: str | None, *, name: str | None = None
) -> dict[str, object]:
    """`subj` is sanctioned (by `by`), as a list or a designation sentence says."""
    return make_claim(
        sent, subj, "sanctions_imposed", "asserted", by, None, [], 0, False, name=name
    )


# words that make a company's name a drone maker's: "Hangzhou Skyroute UAV Technology"
_DRONE_NAME_WORDS: Final = frozenset({"UAV", "UAVs", "UAS", "Drone", "Drones", "Unmanned"})


def sector_type(gz: Gazetteer, name: str) -> str | None:
    entry = gz.canonical(name)
    if entry is not None and entry.sector == "drones":
        return "drone_supply"
    if entry is None and not _DRONE_NAME_WORDS.isdisjoint(name.split()):
        return "drone_supply"  # its products are drones
    return None
