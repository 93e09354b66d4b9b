"""Claim triggers in a sentence: transfer, production, evasion, sanctions, personnel."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    COMPONENT_RE,
    DRONE_PART_RE,
    DRONE_RE,
    EVASION_RE,
    GENERIC_GOODS_RE,
    PEOPLE_RE,
    PERSONNEL_VERB_RE,
    SANCTION_RE,
    TRIGGER_RE,
    WEAPON_RE,
)
from .mentions import Mention
from .products import Product

_PASSIVE_AUX_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:\w+ly\s+|not\s+|also\s+|"
    r"then\s+|reportedly\s+|allegedly\s+){0,2}$",
    re.I,
)
_REDUCED_REL_RE = re.compile(r"\b(?:drones?|UAVs?|components?|parts|weapons|shells|missiles|"
                             r"goods|technology|models?|equipment)\s+$", re.I)
_VERBAL_LEFT_RE = re.compile(
    r"\b(?:to|will|would|can|could|may|might|must|shall|should|not|also|and|or|to\s+\w+\s+and)\s+$",
    re.I,
)
_EVASION_NOMINAL_RE = re.compile(
    r"(?:sanctions|front|shell|intermediary|intermediate|proxy|parallel|transshipment|"
    r"re-export(?!ed|ing))",
    re.I,
)
_COPULA_AS_RE = re.compile(
    r"\b(?:act(?:s|ed|ing)?|serv(?:e|es|ed|ing)|operat(?:e|es|ed|ing)|posing|posed|used|"
    r"is|was|being)\s+as\s+(?:a\s+|an\s+)?$|\b(?:us(?:e|es|ed|ing)|set(?:ting)? up|"
    r"creat(?:e|ed|ing)|through|via)\s+(?:\w+\s+){0,4}?$",
    re.I,
)
_COMPOUND_NOUN_RE = re.compile(
    r"\s+(?:controls?|restrictions?|bans?|licen[cs]es?|licensing|regimes?|rules|data|records|"
    r"documents|figures|statistics|manifests?|lines?|routes?|costs?|agents?|containers?|"
    r"compan(?:y|ies)|firms?|industry|sector|hubs?|volumes?|ceilings?|caps?|curbs|limits|"
    r"credits?|duties|permits?)\b",
    re.I,
)
_PARTICIPLE_RE = re.compile(r"(?:ed|en|sent|sold|built|made|given)$", re.I)
_NOMINAL_RE = re.compile(
    r"^(?:supply|supplies|supplier|suppliers|provision|delivery|deliveries|shipment|shipments|"
    r"export|exports|exporter|exporters|sale|sales|seller|sellers|transfer|transfers|flow|flows|"
    r"production|development|manufacture|manufacturing|assembly|design|procurement|imports?|"
    r"acquisitions?|deployment|re-export|transshipment|aid)$",
    re.I,
)
_CLAUSE_END_RE = re.compile(r"[;—–]|\s-\s|,\s+(?:but|while|whereas|although)\b")
_EVASION_BAD_LEFT = re.compile(r"\b(?:circumvent\w*|evad\w+|evasion|bypass\w*|skirt\w*|around|"
                               r"dodg\w+|despite|under|violat\w+|amid|avoid\w*)\s+(?:\w+\s+){0,3}$",
                               re.I)
OBJECT_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("component", DRONE_PART_RE),
    ("weapon", WEAPON_RE),
    ("component", COMPONENT_RE),
    ("drone", DRONE_RE),
    ("people", PEOPLE_RE),
)


@dataclass(slots=True)
class Trigger:
    kind: str  # supply | receive | production | made | evasion | sanction | personnel
    start: int  # absolute char offsets
    end: int
    word: str
    passive: bool = False
    nominal: bool = False
    obj: str | None = None  # drone | component | weapon | people
    hint: Mention | None = None  # personnel: the group of people


def _object_class(
    text: str,
    products: list[Product],
    base: int,
    lo: int,
    hi: int,
    spans: list[tuple[int, int]],
    last: bool = False,
) -> str | None:
    """The first (or, looking left, the last) object noun in text[lo:hi], or a named product."""
    found: list[tuple[int, int, str]] = []
    for rank, (cls, rx) in enumerate(OBJECT_CLASSES):
        for m in rx.finditer(text, lo, hi):
            if any(a <= m.start() < b for a, b in spans):
                continue  # inside a name ("Aviation Technology")
            found.append((m.end(), -rank, cls) if last else (-m.start(), -rank, cls))
            if not last:
                break
    for p in products:
        ps = p.start - base
        if lo <= ps < hi:
            key = p.end - base if last else -ps
            found.append((key, 0, "drone" if p.category == "drone" else "weapon"))
    return max(found)[2] if found else None


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    lo, hi = 0, len(text)
    for m in _CLAUSE_END_RE.finditer(text):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return lo, hi


def find_triggers(
    text: str, base: int, mentions: list[Mention], products: list[Product]
) -> list[Trigger]:
    out: list[Trigger] = []
    spans = [(mn.start - base, mn.end - base) for mn in mentions if mn.via != "coref"]
    for m in TRIGGER_RE.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue  # part of a name ("Development Office")
        kind = m.lastgroup or "supply"
        word = m.group()
        if _COMPOUND_NOUN_RE.match(text, m.end()):
            continue  # "export controls", "shipping records"
        lo, hi = clause_bounds(text, m.start())
        left = text[max(lo, m.start() - 40) : m.start()]
        passive = kind != "made" and bool(_PARTICIPLE_RE.search(word)) and bool(
            _PASSIVE_AUX_RE.search(left) or _REDUCED_REL_RE.search(left)
        )
        nominal = bool(_NOMINAL_RE.match(word)) and not passive and not _VERBAL_LEFT_RE.search(left)
        if kind == "made":
            kind = "production"
        right_hi = min(hi, m.end() + 110)
        obj = _object_class(text, products, base, m.end(), right_hi, spans)
        if obj is None or passive or nominal:
            near = 25 if nominal and not passive else 60
            left_obj = _object_class(
                text, products, base, max(lo, m.start() - near), m.end(), spans, last=True
            )
            if obj is None or (left_obj is not None and (passive or nominal)):
                obj = left_obj
        if obj is None and kind in ("supply", "receive") and GENERIC_GOODS_RE.search(
            text, m.end(), min(hi, m.end() + 40)
        ):
            obj = "generic"
        if obj is None:
            continue
        out.append(Trigger(kind, base + m.start(), base + m.end(), word, passive, nominal, obj))
    for m in EVASION_RE.finditer(text):
        left = text[max(0, m.start() - 30) : m.start()]
        nominal = bool(_EVASION_NOMINAL_RE.match(m.group())) and not _COPULA_AS_RE.search(left)
        out.append(Trigger("evasion", base + m.start(), base + m.end(), m.group(), nominal=nominal))
    for m in SANCTION_RE.finditer(text):
        left = text[max(0, m.start() - 50) : m.start()]
        if _EVASION_BAD_LEFT.search(left):
            continue
        out.append(Trigger("sanction", base + m.start(), base + m.end(), m.group()))
    for mn in mentions:
        if not (mn.kind == "group" and mn.people):
            continue
        rel = mn.end - base
        window = text[rel : rel + 80]
        vm = PERSONNEL_VERB_RE.search(window)
        if vm is not None:
            out.append(Trigger("personnel", base + rel + vm.start(), base + rel + vm.end(),
                               vm.group(), obj="people", hint=mn))
            continue
        left = text[max(0, mn.start - base - 40) : mn.start - base]
        vm = None
        for vm in PERSONNEL_VERB_RE.finditer(left):
            pass
        if vm is not None:
            s = mn.start - len(left) + vm.start()
            out.append(Trigger("personnel", s, s + len(vm.group()), vm.group(), obj="people",
                               hint=mn))
    out.sort(key=lambda t: t.start)
    return out
