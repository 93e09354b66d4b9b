"""Who drafts a sanctions package: "the EU plans to include X in its next sanctions
package", "the EU proposed adding X to its list", "the EU's 12th package". Later sentences
quote the draft ("the draft says", "according to a draft of the package"), which speaks for
that body."""

from __future__ import annotations

import re
from typing import Final

from .mentions import Discourse, Mention
from .wordset import word_set

_SANCTION_WORDS: Final = word_set("sanction sanctions")
_PROPOSAL_WORDS: Final = word_set(
    "package packages proposal proposed proposes proposing draft drafted drafting plans"
)
# what follows the proposing body's name
_PROPOSES_RE: Final = re.compile(
    r"\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:plans?\s+to\s+(?:include|add|list|sanction|target)|"
    r"planning\s+to\s+(?:include|add|list|sanction|target)|proposed|proposes|proposing|"
    r"drafted|drafting)\b"
    r"|['’]s?\s+(?:[\w-]+\s+){0,2}(?:sanctions\s+)?(?:package|proposal|draft)\b",
    re.I,
)
# how a sentence cites the draft: "a draft of the package", "the proposal"
DRAFT_NP_RE: Final = re.compile(
    r"\s*(?:a|the)\s+(?:leaked\s+)?(?:draft|proposal)\b(?:\s+(?:of|for)\s+the\s+package)?",
    re.I,
)


def note_proposer(
    text: str, base: int, lows: frozenset[str], mentions: list[Mention], state: Discourse
) -> None:
    """Remember the bloc or government the sentence says drafts or proposes sanctions."""
    if lows.isdisjoint(_SANCTION_WORDS) or lows.isdisjoint(_PROPOSAL_WORDS):
        return
    for mn in mentions:
        if (mn.kind == "country" or (mn.kind == "organization" and mn.role == "government")) and (
            _PROPOSES_RE.match(text, mn.end - base) is not None
        ):
            state.proposer = mn.name
            return
