"""One claim per (subject, claim_type, stance) per article, with the strongest evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from shared.events import ClaimFields, Quantity

from .quantities import find_quantities


@dataclass
class Candidate:
    fields: dict[str, object]
    products: list[str] = field(default_factory=list)
    order: int = 0
    # where it was last stated: a bare denial answers the latest accusation
    last_at: int = 0
    # the later statements of the same claim (attribution.prefer_named_speakers reads them)
    others: list[dict[str, object]] = field(default_factory=list)


def merge(
    cands: dict[tuple[str, str, str], Candidate], claim: dict[str, object], order: int
) -> None:
    key = (str(claim["subject"]), str(claim["claim_type"]), str(claim["stance"]))
    prods = list(claim["products"])  # type: ignore[call-overload]
    cur = cands.get(key)
    at = int(claim["start"])  # type: ignore[call-overload]
    if cur is None:
        cands[key] = Candidate(claim, prods, order, at)
        return
    cur.last_at = max(cur.last_at, at)
    for p in prods:
        if p not in cur.products:
            cur.products.append(p)
    if claim["source"] and claim["source"] != cur.fields["source"]:
        cur.others.append(claim)
    # the first statement wins unless it is weak and a later one is clearly stronger
    if _headline(cur.fields) and claim["source"] and not _headline(claim):
        cur.fields = claim  # a headline rarely says who claims it; the body does
        return
    old = float(cur.fields["confidence"])  # type: ignore[arg-type]
    if old < 0.5 and float(claim["confidence"]) >= old + 0.1:  # type: ignore[arg-type]
        cur.fields = claim


_HEADLINE_REACH: Final = 400  # chars: an original-language title and its translation come first
_SENTENCE_ENDS: Final = (".", "!", "?", '"', "”", "'", "’", ")", ":", ";")


def _headline(claim: dict[str, object]) -> bool:
    """The title, or a second title line (a translation of it) before the body: a line
    that does not end like a sentence."""
    start = int(claim["start"])  # type: ignore[call-overload]
    if start == 0:
        return True
    return start < _HEADLINE_REACH and not str(claim["evidence"]).rstrip().endswith(_SENTENCE_ENDS)


class ClaimPool:
    """An article's candidates, numbered in the order they were stated (plain class: see
    text.Token)."""

    __slots__ = ("cands", "order")

    def __init__(self) -> None:
        self.cands: dict[tuple[str, str, str], Candidate] = {}
        self.order = 0

    def add(self, claim: dict[str, object]) -> None:
        self.order += 1
        merge(self.cands, claim, self.order)


def finish(cands: dict[tuple[str, str, str], Candidate]) -> list[ClaimFields]:
    """Claims in order of first mention; quantities are read from the kept evidence."""
    out: list[ClaimFields] = []
    quantities: dict[int, list[Quantity]] = {}
    for c in sorted(cands.values(), key=lambda c: c.order):
        c.fields["products"] = c.products
        start = int(c.fields["start"])  # type: ignore[call-overload]
        if start not in quantities:
            found = find_quantities(str(c.fields["evidence"]))
            quantities[start] = found
        c.fields["quantities"] = quantities[start]
        out.append(ClaimFields.model_validate(c.fields))
    return out
