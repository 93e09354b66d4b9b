"""Research bodies no list holds, named by the form think tanks take: `Centre for
Euro-Atlantic Studies`, `Institute for Security Policy`, `Council on Strategic Affairs`.

They speak (a source), never act: their role is `research`. Only names that end in a
research field count, so `Center for Unmanned Systems`, which may be a drone maker, stays
what the other rules make of it.
"""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention, token_index
from .text import Sentence, Token
from .wordset import word_set

_HEADS: Final = word_set("Centre Center Institute Foundation Council Observatory Initiative Forum")
_FIELDS: Final = (
    r"Studies|Research|Policy|Policies|Analysis|Analyses|Affairs|Relations|Security|Strategy|"
    r"Strategies|Democracy|Freedom|Rights|Peace|Economics|Reform|Reforms|Information|"
    r"Resilience|Cooperation|Dialogue|Integration|Development|Governance|Initiatives|War|"
    r"Conflict|Conflicts|Nonproliferation|Non-Proliferation|Transparency"
)
# (`(?=[A-Z])` first: every match opens with a capital, the first word before the head or the
# head's own, and the test of one letter is cheaper than the lookbehind and the words')
_INSTITUTE_RE: Final = re.compile(
    r"(?=[A-Z])(?<![\w-])(?P<pre>(?:[A-Z][\w'’-]*\s+){0,3})"
    r"(?:Centre|Center|Institute|Foundation|Council|Observatory|Initiative|Forum)"
    r"\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|of|&|for|the|in)\s+)*){0,5}"
    rf"(?:{_FIELDS})(?![\w-])"
)
# words before the head that are not part of the name: "According to the Kyiv-based ..."
_PLACE_ROLES: Final = frozenset(("capital", "place"))
_NOT_PREFIX: Final = word_set("The According As In On At By For From With A An And")


def add_institutes(sent: Sentence, tokens: list[Token], out: list[Mention]) -> None:
    if sent.texts.isdisjoint(_HEADS):
        return
    for m in _INSTITUTE_RE.finditer(sent.text):
        start = m.start()
        for word in m.group("pre").split():
            if word not in _NOT_PREFIX and "-" not in word:
                break
            start = sent.text.index(word, start) + len(word) + 1
        start, end = sent.start + start, sent.start + m.end()
        head = sent.start + m.end("pre")
        inside = [x for x in out if x.start < end and start < x.end]
        if any(x.end > head or x.start < start or x.role not in _PLACE_ROLES for x in inside):
            continue  # a body the gazetteer knows, or a company named so
        for x in inside:  # "the Warsaw Centre for Eastern Studies": its city is in its name
            out.remove(x)
        name = sent.text[start - sent.start : m.end()].replace("’", "'")
        out.append(
            Mention(
                start,
                end,
                token_index(tokens, start),
                token_index(tokens, end),
                name,
                "organization",
                "research",
                via="pattern",
            )
        )
