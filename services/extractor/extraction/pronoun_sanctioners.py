"""The government a pronoun stands for when it sanctions: `The U.S. Treasury disagreed. On
November 2, it designated X`: the body the sentence before opened with; and the company
that opened it, for `It shipped ...` (mentions.py)."""

from __future__ import annotations

import re
from typing import Final

from .discourse import NOT_ORG_ROLES, Discourse, Mention
from .text import Token
from .wordset import word_set

# "it designated", "it has since listed", "they added": the pronoun is the clause's subject
_PRONOUN_SUBJECT_RE: Final = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?:it|they)\s+(?:(?:has|have|had|also|then|later|since|"
    r"subsequently|quickly|promptly)\s+){0,2}$"
)
# what may stand before the subject: "The U.S. Treasury", "In March, Britain", "On Nov. 2 the"
_OPENERS: Final = word_set(
    """the , in on last this then later meanwhile separately but and since january february
    march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday"""
)
_OPENING_TOKENS: Final = 5


def note_government_subject(
    index: int, tokens: list[Token], mentions: list[Mention], state: Discourse
) -> None:
    """Remember the government a sentence opens with as its subject (the country itself, or
    its agency), or the company, for a pronoun in the next sentence."""
    first = next((m for m in mentions if m.is_actor), None)
    if (
        first is None
        or first.tok_start > _OPENING_TOKENS
        or not all(t.low in _OPENERS or t.low[:1].isdigit() for t in tokens[: first.tok_start])
        or first.prep is not None
        or first.possessive
    ):
        return
    if first.kind == "country" or (first.kind == "organization" and first.role == "government"):
        state.gov_subject, state.gov_subject_at = first.country or first.name, index
    elif first.kind == "organization" and first.role not in NOT_ORG_ROLES:
        state.org_subject, state.org_subject_at = first, index


def pronoun_authority(text: str, base: int, at: int, index: int, state: Discourse) -> str | None:
    """The government the sentence before opened with, when a pronoun right before the
    sanctions word at `at` is the clause's subject."""
    if state.gov_subject is None or state.gov_subject_at != index - 1:
        return None
    if _PRONOUN_SUBJECT_RE.search(text, max(0, at - base - 60), at - base) is None:
        return None
    return state.gov_subject
