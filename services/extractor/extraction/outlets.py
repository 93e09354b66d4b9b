"""News outlets known by how a speaker addresses them: `Speaking to Daily Sabah`, `told the
Kyiv Independent`, `in a written response to The Jakarta Post`. An outlet relays what
others say; it is never the subject of their claims."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention, token_index
from .lexicon import any_word_in
from .text import Token

# the words that hand a statement to an outlet, right before its name
_ADDRESSED_RE: Final = re.compile(
    r"(?:\b[Ss]peaking|\b[Tt]alking|\btold|\b(?:interview|response|statement|comments?|"
    r"remarks|reply)\s+(?:given\s+)?(?:to|with))\s+(?:the\s+)?$"
)
_GATE: Final = (" to ", " with ", "told ", "peaking to", "alking to")  # the commonest first


# "told the Bangkok Post", "the Tehran Times reported": a city's name opens a masthead
_MASTHEAD_RE: Final = re.compile(
    r"\s+(?:Post|Times|Herald|Tribune|Gazette|Journal|Chronicle|Observer|Courier|Telegraph)\b"
)


def mark_mastheads(text: str, base: int, tokens: list[Token], out: list[Mention]) -> None:
    """A place named as the first word of a newspaper's title is the newspaper (role "media"):
    the Bangkok Post is no statement of Thailand's."""
    for m in out:
        if m.kind not in ("country", "place") or m.role not in ("capital", "place"):
            continue
        head = _MASTHEAD_RE.match(text, m.end - base)
        if head is None:
            continue
        m.end = base + head.end()
        m.tok_end = token_index(tokens, m.end)
        m.name, m.kind, m.role, m.country = (
            text[m.start - base : head.end()],
            "organization",
            "media",
            None,
        )


def mark_outlets(text: str, base: int, out: list[Mention]) -> None:
    """An organization no list knows, addressed as an outlet, is one (role "media")."""
    if not any_word_in(text, _GATE):
        return
    for m in out:
        if m.kind != "organization" or m.via == "gazetteer" or m.role == "media":
            continue
        lead = text[max(0, m.start - base - 40) : m.start - base]
        if _ADDRESSED_RE.search(lead):
            m.role = "media"
