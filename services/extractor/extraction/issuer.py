"""The government that acts in an article's own voice (its issuer), and whether the article
is that government's release."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Discourse, Mention
from .sentence_context import SentenceContext
from .text import Token
from .wordset import word_set

_RELEASE_RE: Final = re.compile(r"\b(?:[Tt]oday|has decided to|have decided to)\b")
_SAID: Final = word_set("said says told")
_CHARGES_RE: Final = re.compile(
    r"\b(?:indictment|indicted|pleaded guilty|charged|sentenced|arrested|complaint)\b"
)
_US_PROSECUTORS: Final = "United States"  # a US Justice Department release
_ISSUER_VERBS: Final = word_set(
    """designating designates designated decided implement implements adopted adopts imposes
    imposed sanctioned sanctions announced announces listed listing"""
)


def note_issuer(s: SentenceContext, state: Discourse, release: str | None) -> str | None:
    """Note the article's issuer in `state` from one of its first sentences; the release's
    voice: `release`, or the issuer when this sentence shows the article is its release."""
    sent, lows = s.sent, s.lows
    if state.issuer is None and sent.index <= 8 and not lows.isdisjoint(_ISSUER_VERBS):
        state.issuer = _issuer(s.mentions, s.tokens, sent.text, sent.start)
        if (
            state.issuer is not None
            and sent.index <= 4
            and _RELEASE_RE.search(sent.text)
            and lows.isdisjoint(_SAID)
        ):
            release = state.issuer  # "Today, OFAC is designating ...": its own voice
    elif sent.index <= 2 and "today" in lows and _CHARGES_RE.search(sent.text):
        release = release or _US_PROSECUTORS  # "An indictment was unsealed today"
    return release


def _issuer(mentions: list[Mention], tokens: list[Token], text: str, base: int) -> str | None:
    """The government that does what the sentence says, as its subject: "Japan ... has
    decided to implement", "Today, OFAC is designating", "The Council today adopted"."""
    verb = next((t for t in tokens if t.low in _ISSUER_VERBS), None)
    if verb is None:
        return None
    for mn in mentions:
        if mn.start > verb.start:
            break
        if (
            mn.prep is None
            and not mn.possessive
            and not mn.in_apposition
            and (mn.kind == "country" or (mn.kind == "organization" and mn.role == "government"))
            and _SUBJECT_GAP_RE.fullmatch(text, mn.end - base, verb.start - base)
        ):
            return mn.name  # "Japan, in coordination with others, has decided", "OFAC is"
    return None


_SUBJECT_GAP_RE: Final = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;]{1,60},)?(?:\s+(?:has|have|had|is|are|was|will|"
    r"today|also|already|now|just|on \w+day))*\s*"
)
