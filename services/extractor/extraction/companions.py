"""Sanction targets named beside the first ones: `added X to its list, along with a Hong Kong
company, Y`, `X was also designated, together with Y`; and a place that only describes the
named target after it (`sanctioned a Hong Kong company, Y`: Y, not Hong Kong)."""

from __future__ import annotations

import re
from typing import Final

from .lexicon import COMPANY_NOUNS

# after the trigger or the last target: "... to its sanctions list, along with", "was also
# designated on Tuesday, together with"
_ALONG_WITH_RE: Final = re.compile(
    r"(?:\s+(?:list|lists|blacklist|register|registry))?"
    r"(?:\s+(?:on|in|last|this)\s+\w+(?:\s+\d{1,4})?)?"
    r",?\s+(?:along|together)\s+with\s+"
)
# "a Hong Kong company, Y", "the UAE trading firm Y": the place before the trade noun says
# where the named member is
_PLACE_DESCRIBES_RE: Final = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + COMPANY_NOUNS + r"|bank|lender|carrier|intermediary|"
    r"operator|forwarder|airline|shipper)(?:,\s*|\s+)"
)


def along_with_at(text: str, at: int) -> int:
    """Where the companions opened by `along with` at `at` (offset in `text`) begin, or -1."""
    if "with" not in text:
        return -1
    found = _ALONG_WITH_RE.match(text, at)
    return found.end() if found is not None else -1


# "sanctioned X, together with Britain and Canada": those who act with the sanctioner
_CO_ACTOR_GAP_RE: Final = re.compile(r"\b(?:along|together)\s+with\s+(?:the\s+)?$")


def acts_along(gap: str, kind: str) -> bool:
    """Whether a state named right after `along with` in `gap` sanctions with the first one
    rather than being sanctioned."""
    return kind == "country" and "with" in gap and _CO_ACTOR_GAP_RE.search(gap) is not None


def place_describes_next(text: str, place_end: int, next_start: int) -> bool:
    """Whether the text between a place and the named organization after it is a singular
    trade noun that the name stands in apposition to."""
    return _PLACE_DESCRIBES_RE.fullmatch(text, place_end, next_start) is not None
