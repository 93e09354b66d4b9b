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
    conf = 0.8 if stance == "asserted" else 0.75
    if implicit:  # what is denied is inferred from the article, not stated
        conf -= 0.1
    if source:
        conf += 0.05
    conf -= 0.1 * min(hedges, 3)
    if future:
        conf -= 0.05
    if subj.via in ("coref", "pattern"):
        conf -= 0.05
    conf = round(min(0.95, max(0.2, conf)), 2)
    wanted = _PRODUCT_TYPES.get(ctype, ())
    prods = [p.name for p in products if p.category in wanted]
    return {
        "subject": name or subj.name,
        "subject_kind": kind or claim_kind(subj),
        "claim_type": ctype,
        "stance": stance,
        "source": source,
        "recipient": recipient if ctype != "sanctions_imposed" else None,
        "products": list(dict.fromkeys(prods)),
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
