"""`the companies` after a sentence that named companies only by where they are: "sanctions
on four companies registered in Türkiye. It accused the companies of shipping chips" (the
Turkish companies: Türkiye's group); and after one that named a company as one of them:
"X was among 12 companies listed. The companies had diverted chips" (X)."""

from __future__ import annotations

import re
from typing import Final

from .discourse import NOT_ORG_ROLES, Discourse, Mention
from .lexicon import SMALL_NUMBERS
from .text import Sentence
from .wordset import word_set

_COMPANY_NOUNS: Final = word_set(
    """companies firms entities suppliers exporters manufacturers intermediaries distributors
    traders importers businesses vendors wholesalers resellers dealers makers producers"""
)
_JOINS: Final = (" and ", ", ", ", and ", " or ")
# "X was among 12 companies", "X is one of the firms": X is one of those named next
_AMONG_RE: Final = re.compile(
    r"\s(?:is|was|are|were)\s+(?:among|one\s+of)\s+(?:the\s+)?"
    r"(?:(?:more\s+than|nearly|about|some|over|around)\s+)?(?:[\w,]+\s+){0,3}?"
    r"(?:companies|firms|entities)\b"
)
_RECEIVER_RE: Final = re.compile(r"\b(?:to|for|from|with|by|behalf\s+of)\s+(?:[\w-]+\s+){0,3}$")
_COUNT_BEFORE_RE: Final = re.compile(r"\b(\d+|[a-z]+)\s+$")
# who "the companies" may stand for: the groups (or members) of the sentence before
_REACH: Final = 1


def note_company_groups(sent: Sentence, mentions: list[Mention], state: Discourse) -> None:
    """Remember the sentence's groups of companies ("Chinese firms", "companies in Hong
    Kong and China") and the companies it names as one of a group."""
    if sent.lows.isdisjoint(_COMPANY_NOUNS):
        return
    countries: list[str] = []
    count: int | None = None
    last: Mention | None = None
    named = [m for m in mentions if m.kind == "organization" and m.role not in NOT_ORG_ROLES]
    for m in mentions:
        if m.kind != "group" or m.role != "nationals" or m.people or named:
            continue  # "four Hong Kong companies - A, B, C and D": the companies are named
        if _RECEIVER_RE.search(sent.text, max(0, m.start - sent.start - 40), m.start - sent.start):
            continue  # "resold them to Russian firms": who received, not who acted
        span = sent.text[m.start - sent.start : m.end - sent.start].lower().split()
        chained = (
            last is not None and sent.text[last.end - sent.start : m.start - sent.start] in _JOINS
        )
        if _COMPANY_NOUNS.isdisjoint(span) and not chained:
            continue
        if not chained:
            count = _count_before(sent, m)
        countries.append(m.name)
        last = m
    members: list[str] = []
    among = (  # (both words stand between spaces in a match: whole tokens)
        _AMONG_RE.search(sent.text) if "among" in sent.lows or "one" in sent.lows else None
    )
    if among is not None:
        members = [m.name for m in named if m.end - sent.start <= among.start()]
    if countries or members:
        state.company_groups = list(dict.fromkeys(countries))
        state.company_group_count = count
        state.group_members = list(dict.fromkeys(members))
        state.company_groups_at = sent.index


def _count_before(sent: Sentence, m: Mention) -> int | None:
    c = _COUNT_BEFORE_RE.search(sent.text, max(0, m.start - sent.start - 12), m.start - sent.start)
    if c is None:
        return None
    word = c.group(1)
    return int(word) if word.isdigit() else SMALL_NUMBERS.get(word)


def group_antecedent(
    sent: Sentence, state: Discourse, count: int | None, nats: set[str]
) -> tuple[list[str], str]:
    """(names, kind) of what "the companies" stands for, by the sentence before: the
    companies it named as one of a group, else its groups of companies by place (a count
    must be the group's, nationalities its places); ([], "") when it named none."""
    if sent.index - state.company_groups_at > _REACH or state.org_list_at > state.company_groups_at:
        return [], ""
    if state.group_members and not nats:
        return (list(state.group_members), "organization") if count is None else ([], "")
    groups = state.company_groups
    if not groups or (count is not None and count != state.company_group_count):
        return [], ""
    if nats and not nats <= set(groups):
        return [], ""
    return list(groups), "group"
