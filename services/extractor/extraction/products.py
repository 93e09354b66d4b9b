"""Named weapon systems and drone models: the product gazetteer plus a designator pattern."""

from __future__ import annotations

import re
from typing import Final

from .gazetteer import Match
from .text import Token

# "Shahed-136", "Geran-2", "Orlan-10", "ZT-180", "KN-23", "Kh-101", "Mohajer 6"
DESIGNATOR_RE: Final = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]{2,11}|[A-Z]{1,3})-\d{1,4}[A-Z]{0,2}(?![\w-])"
)
_HYPHEN_DIGIT_RE: Final = re.compile(
    r"-\d"
)  # a cheap scan (literal prefix) that gates DESIGNATOR_RE
_NOT_PRODUCTS: Final = re.compile(
    r"^(?:COVID|SARS|MH|G|B|P|H|F|A|No|Article|Section|Level|Type|Class|Page)-", re.I
)
_DRONE_NEAR_RE: Final = re.compile(
    r"\b(?:drones?|UAVs?|missiles?|rockets?|munitions?|aircraft|systems?|launchers?|jets?|"
    r"helicopters?|tanks?|howitzers?|guns?|model|models|variant|version)\b",
    re.I,
)


class Product:
    __slots__ = ("category", "end", "name", "start")

    def __init__(self, name: str, start: int, end: int, category: str) -> None:
        self.name = name
        self.start = start
        self.end = end
        self.category = category  # drone | missile | weapon

    def __repr__(self) -> str:
        return f"Product({self.name!r}, {self.start}, {self.end}, {self.category!r})"


def find_products(text: str, base: int, tokens: list[Token], matches: list[Match]) -> list[Product]:
    out: list[Product] = []
    for m in matches:
        if m.entry.kind == "product":
            out.append(
                Product(
                    m.entry.name,
                    tokens[m.start_tok].start,
                    tokens[m.end_tok - 1].end,
                    m.entry.category or "drone",
                )
            )
    for d in DESIGNATOR_RE.finditer(text) if _HYPHEN_DIGIT_RE.search(text) else ():
        s, e = base + d.start(), base + d.end()
        if any(p.start <= s < p.end for p in out) or _NOT_PRODUCTS.match(d.group()):
            continue
        window = text[d.end() : d.end() + 30]
        near = _DRONE_NEAR_RE.search(window)
        if near is None:
            continue
        cat = "drone" if near.group().lower().startswith(("drone", "uav", "aircraft")) else "weapon"
        if near.group().lower().startswith(("missile", "rocket")):
            cat = "missile"
        out.append(Product(d.group(), s, e, cat))
    out.sort(key=lambda p: p.start)
    return out
