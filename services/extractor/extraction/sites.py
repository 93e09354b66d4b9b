"""The named plant where production happens: "Russia has been producing the Geran-3 at
the Alabuga plant", "expanded production of Garpiya drones at the IEMZ Kupol factory"."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention
from .triggers import Trigger

_SITE_REACH: Final = 90  # chars from the production word to the site's name
# what follows the name: "the Alabuga plant", "the Kupol factory in Izhevsk"
_SITE_NOUN_RE: Final = re.compile(
    r"\s+(?:drone\s+|assembly\s+|production\s+|defen[cs]e\s+|arms\s+|weapons\s+)?"
    r"(?:plant|factory|facility|works|complex|site|production\s+line|assembly\s+line)s?\b"
)
# a name that says itself what the place is: "at the Alabuga Special Economic Zone"
_SITE_NAME_RE: Final = re.compile(r"\b(?:zone|SEZ|plant|factory|works)$", re.I)
# the plant named by the zone it is in: "at a plant in the Alabuga zone"
_PLANT_IN_RE: Final = re.compile(
    r"\bat\s+(?:a|an|the|its|one)\s+(?:[\w-]+\s+){0,2}?(?:plant|factory|facility|site)\s+"
    r"(?:in|inside|within)\s+(?:the\s+)?$"
)
# no other verb between the production word and the site: "produced drones that were
# later stored at the Alabuga plant" is not where they were made
_CLAUSE_BREAK_RE: Final = re.compile(
    r"[;:]|,\s+(?:which|who|that|and|but|while)\b|\b(?:which|that)\s"
)


def production_site(
    trig: Trigger, mentions: list[Mention], text: str, base: int, where: bool = False
) -> Mention | None:
    """The organization named as the site of the production `trig` states, if any; `where`:
    also the place a relative "where" clause describes (read only in the outlet's own voice:
    a speaker's sentence states something else, the clause is background)."""
    for m in mentions:
        if m.kind != "organization" or m.prep not in ("at", "in"):
            continue
        gap = m.start - trig.end
        if gap <= 0 or gap > _SITE_REACH:
            continue
        if _CLAUSE_BREAK_RE.search(text, trig.end - base, m.start - base):
            continue
        if m.prep == "in":
            # "at a plant in the Alabuga zone", "assembled in the Alabuga special economic zone"
            if _PLANT_IN_RE.search(
                text, max(0, m.start - base - 40), m.start - base
            ) or _SITE_NAME_RE.search(text, m.start - base, m.end - base):
                return m
        elif _SITE_NOUN_RE.match(text, m.end - base) or _SITE_NAME_RE.search(
            text, m.start - base, m.end - base
        ):
            return m
    return where_site(trig, mentions, text, base) if where else None


# "The Alabuga plant in Tatarstan, where Russia assembles the drones", "the X zone in
# Russia's Tatarstan region, where Russia mass-produces drones": the plant
_WHERE_GAP_RE: Final = re.compile(
    r"(?:\s+(?:plant|factory|facility|works|complex|site|zone))?"
    r"(?:\s+(?:in|near)\s+(?:[A-Z][\w-]*['’]s\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"(?:\s+(?:region|republic|province|oblast))?)?,\s+where\s+[^,;]{1,60}$"
    # "The Alabuga zone, some 1,000 km east of Moscow, is where Russia makes the drones"
    r"|(?:\s+(?:plant|factory|facility|works|complex|site|zone))?"
    r"(?:,\s(?:[^,;]|\d,\d){1,60},)?\s+(?:is|was|remains|has\s+become)\s+where\s+(?:[\w-]+\s+){1,3}$"
)


def where_site(trig: Trigger, mentions: list[Mention], text: str, base: int) -> Mention | None:
    """The plant a relative "where" clause before the trigger describes."""
    for m in mentions:
        if m.kind != "organization" or m.end >= trig.start or trig.start - m.end > 120:
            continue
        if _WHERE_GAP_RE.fullmatch(text, m.end - base, trig.start - base):
            return m
    return None
