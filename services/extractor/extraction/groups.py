"""Sanctioned groups an article describes before it names their members: "sanctions on
a Chinese engine maker and three Hong Kong trading firms" ... "The Treasury said X, ...,
had shipped engines" or "The three Hong Kong firms - A, B and C - were ...": X, A, B and
C are the sanctioned members. A group is remembered for the whole article, with its
count, its nationality (or place) and who sanctioned it; members must fit both."""

from __future__ import annotations

import re
from typing import Final

from .lexicon import SMALL_NUMBERS, first_letter_gated, folded_finditer, gate_twin
from .mentions import Mention
from .wordset import word_set

GROUP_NOUNS: Final = word_set(
    """companies firms entities suppliers exporters manufacturers makers traders businesses
    distributors importers company firm entity supplier exporter manufacturer maker trader
    business distributor importer"""
)
_NOUNS: Final = "|".join(sorted(GROUP_NOUNS, key=len, reverse=True))
_COUNTS: Final = {"a": 1, "an": 1, **SMALL_NUMBERS}
_COUNT: Final = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# "three Hong Kong-registered trading firms", "a Chinese aircraft engine manufacturer"
_GROUP_RE: Final = re.compile(
    first_letter_gated(r"aotfsen\d", rf"\b{_COUNT}\s+((?:[\w.'’-]+\s+){{1,4}}?)(?:{_NOUNS})\b"),
    re.IGNORECASE,
)
# (read in the lower-cased text first, where the nouns' alternation skips by letter)
_GROUP_TWIN: Final = gate_twin(_GROUP_RE)
# "The three Hong Kong firms - A, B and C - were ...", "The two Armenian companies: A and B"
_GROUP_REF_RE: Final = re.compile(
    rf"^The\s+(?:{_COUNT}\s+)?((?:[\w.'’-]+\s+){{1,3}}?)(?:{_NOUNS})\s*(?:[-–—:(]|,\s)\s*",
    re.IGNORECASE,
)
_REF_END_RE: Final = re.compile(r"\s[-–—]\s|[)–—]|,\s+(?:were|are|was|is|had|have|which|who)\b")


class Group:
    """An unnamed group a sanctions sentence targeted, and the members named since."""

    __slots__ = ("at", "authority", "count", "country", "members")

    def __init__(self, count: int, country: str, authority: str, at: int) -> None:
        self.count = count
        self.country = country
        self.authority = authority
        self.at = at
        self.members: set[str] = set()

    def __repr__(self) -> str:
        return f"Group({self.count}, {self.country!r}, {self.authority!r})"

    def admits(self, name: str) -> bool:
        return name in self.members or len(self.members) < self.count


def _count(word: str) -> int:
    low = word.lower()
    return int(low) if low.isdigit() else _COUNTS[low]


def _span_country(mentions: list[Mention], start: int, end: int) -> str | None:
    """The one nationality or place the words between start and end name, else None."""
    found = {
        m.country
        for m in mentions
        if m.country is not None
        and m.kind in ("group", "country", "adjective")
        and m.start < end
        and m.end > start
    }
    return found.pop() if len(found) == 1 else None


def sanctioned_groups(
    mentions: list[Mention], text: str, base: int, authority: str, at: int
) -> list[Group]:
    """The counted groups a sanctions sentence names: "three Armenian companies"."""
    out: list[Group] = []
    for m in folded_finditer(_GROUP_RE, _GROUP_TWIN, text, text.lower()):
        country = _span_country(mentions, base + m.start(2), base + m.end(2))
        if country is not None and country != authority:
            out.append(Group(_count(m.group(1)), country, authority, at))
    return out


def group_reference(
    mentions: list[Mention], text: str, base: int, groups: list[Group]
) -> tuple[Group | None, list[Mention]]:
    """`The three Hong Kong firms - A, B and C - ...`: the group it refers back to and
    the organizations it names, or (None, [])."""
    m = _GROUP_REF_RE.match(text)
    if m is None:
        return None, []
    count = _count(m.group(1)) if m.group(1) else None
    country = _span_country(mentions, base + m.start(2), base + m.end(2))
    group = next(
        (
            g
            for g in reversed(groups)
            if g.country == country and (count is None or count == g.count)
        ),
        None,
    )
    if group is None:
        return None, []
    stop = _REF_END_RE.search(text, m.end())
    end = base + (stop.start() if stop is not None else len(text))
    named = [
        mn
        for mn in mentions
        if mn.kind == "organization" and mn.role == "company" and base + m.end() <= mn.start < end
    ]
    return group, named


def fitting_group(mn: Mention, groups: list[Group], authority: str | None) -> Group | None:
    """The group (of those `authority` sanctioned) an organization fits by nationality
    and count; an organization of unknown nationality fits only where one group is."""
    fits = [g for g in groups if g.authority == authority]
    if mn.country is None:
        return fits[0] if len(fits) == 1 and fits[0].admits(mn.name) else None
    return next((g for g in reversed(fits) if g.country == mn.country and g.admits(mn.name)), None)


def conduct_members(
    mentions: list[Mention], claims: list[dict[str, object]], groups: list[Group]
) -> list[tuple[Mention, Group]]:
    """`The Treasury said X and Y had shipped engines to Russia`, after the Treasury
    sanctioned "two Chinese firms": the companies the sentence names as its subjects (not
    as buyers, sellers or owners), when the authority says what they did."""
    authority = next(
        (
            c["source"]
            for c in claims
            if c["subject_kind"] == "organization"
            and c["stance"] == "asserted"
            and c["claim_type"] != "sanctions_imposed"
            and c["source"] is not None
        ),
        None,
    )
    if authority is None:
        return []
    out: list[tuple[Mention, Group]] = []
    for mn in mentions:
        if (
            mn.kind != "organization"
            or mn.role != "company"
            or mn.prep is not None
            or mn.possessive
            or mn.in_apposition
        ):
            continue
        group = fitting_group(mn, groups, str(authority))
        if group is not None:
            out.append((mn, group))
    # more companies than the group counts: not (all) its members
    return [
        (mn, g) for mn, g in out if len(g.members | {m.name for m, h in out if h is g}) <= g.count
    ]
