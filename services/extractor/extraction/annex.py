"""Annex lists of sanctioned entities and people, as governments publish them:

    (Annex 2) Entities subject to asset-freezing measures
    (1) Sino Apex Components Limited. Location: Hong Kong, China. Outline: Has supplied ...

Under a heading line that speaks of sanctions, each numbered or bulleted item names one
target, and the item's later sentences, which name no subject ("Outline: Has supplied
integrated circuits to Russian manufacturers"), are about that target. A heading line
that does not speak of sanctions ends the annex.
"""

from __future__ import annotations

import re
from typing import Final

from .discourse import NOT_NAME, Discourse, Mention, overlaps, token_index
from .lexicon import SANCTION_RE, folded_search, gate_twin
from .people import PRIVATE
from .text import Sentence, Token

_ITEM_RE: Final = re.compile(r"^(?:\(\d{1,3}\)|\d{1,3}[.)]|[•▪●◦*—–-])\s+(?:and\s+)?")
_HEADING_END: Final = '.!?:;"”'
_MAX_HEADING: Final = 160
_SUBJECT_TO_RE: Final = re.compile(
    r"\b(?:subject to|designated|designations|listed|listings|sanctioned|targeted|singled out|"
    r"blacklisted|named)\b",
    re.I,
)
# SANCTION_RE read in the lower-cased text first: it skips its branches by first letter
_SANCTION_TWIN: Final = gate_twin(SANCTION_RE)
_PEOPLE_HEAD_RE: Final = re.compile(r"\b(?:individuals|persons|people|officials)\b", re.I)
_NAME_RE: Final = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|de|&))*")


def is_heading(text: str, sent: Sentence) -> bool:
    """A line of its own that does not end as sentences do (not the title), or that
    introduces the lines after it ("Among the entities designated:")."""
    if sent.index == 0 or len(sent.text) > _MAX_HEADING or not _own_line(text, sent):
        return False  # (the cheapest test first: most sentences share their line)
    if _ITEM_RE.match(sent.text):
        return False  # an item ("- X LLC, a freight forwarder") is no heading
    return not (sent.text[-1] in _HEADING_END and not _opens_items(text, sent))


def _own_line(text: str, sent: Sentence) -> bool:
    """Whether the sentence stands on a line of its own."""
    before = text[max(0, sent.start - 1) : sent.start]
    after = text[sent.end : sent.end + 1]
    return before in ("", "\n") and after in ("", "\n")


def _opens_items(text: str, sent: Sentence) -> bool:
    """`The entities listed include:` followed by a bulleted line."""
    after = text[sent.end : sent.end + 8].lstrip()
    return sent.text[-1] == ":" and _ITEM_RE.match(after) is not None


def note_heading(sent: Sentence, state: Discourse) -> None:
    """Open an annex under a sanctions heading; close it under any other heading."""
    text = sent.text
    if folded_search(SANCTION_RE, _SANCTION_TWIN, text, sent.low) or _SUBJECT_TO_RE.search(text):
        state.annex = "people" if _PEOPLE_HEAD_RE.search(text) else "entities"
    else:
        state.annex = ""
    state.item = None


def item_target(
    sent: Sentence, tokens: list[Token], mentions: list[Mention], state: Discourse
) -> Mention | None:
    """The target an annex item names, when this sentence opens one."""
    m = _ITEM_RE.match(sent.text)
    if m is None:
        return None
    at = sent.start + m.end()
    for mn in mentions:
        if mn.is_actor and at <= mn.start <= at + 24 and mn.prep is None:
            return mn
    nm = _NAME_RE.match(sent.text, m.end())
    if nm is None:
        return None
    name = nm.group().rstrip(".").strip()
    words = name.split()
    if len(words) < 2 or words[0] in NOT_NAME or len(words) > 6:
        return None
    start = sent.start + nm.start()
    end = start + len(name)
    if overlaps(mentions, start, end):
        return None
    people = state.annex == "people"
    mn = Mention(
        start,
        end,
        token_index(tokens, start),
        token_index(tokens, end),
        name,
        "person" if people else "organization",
        PRIVATE if people else "company",
        via="annex",
    )
    if people:
        state.private_people.add(name)
        state.note_person(name)
    mentions.append(mn)
    mentions.sort(key=lambda x: x.start)
    return mn
