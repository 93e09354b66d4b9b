"""What may stand between two members of one list of actors besides a bare `and`: an
apposition that describes the member before (`X, the maker of the Lancet, and Y`), a
descriptor that introduces the member after (`and a Yerevan logistics company, Y`, `and
its parent Y`), a seat of several words (`and Kuala Lumpur-based Y`)."""

from __future__ import annotations

import re
from typing import Final

from .lexicon import COMPANY_NOUNS

# ", the maker of the Lancet," after a member: it describes the one before
_APPOSITION: Final = r"(?:,\s+(?:a|an|the)\s+[^,;()\"“”]{1,70}?(?=,))?"
_JOIN: Final = (
    r"\s*(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+|(?:along|together)\s+with\s+)?"
    r"|(?:and|or|as\s+well\s+as)\s+)"
)
_SEAT: Final = r"(?:(?:[A-Z][\w.'’]*\s+){0,3}[A-Z][\w.'’]*-(?:based|registered|headquartered)\s+)"
# nouns a descriptor may end in besides the company nouns: "the Russian intermediary Y"
_MORE_NOUNS: Final = "intermediary|middleman|bank|lender|carrier|operator|forwarder|airline|shipper"
# "a Yerevan logistics company, ", "a third firm, ", "the freight company ", "its parent "
_DESCRIPTOR: Final = (
    r"(?:(?:a|an|the)\s+(?:[\w.'’-]+\s+){0,3}?(?:" + COMPANY_NOUNS + r"|" + _MORE_NOUNS + r")"
    r"(?:,\s+|\s+)"
    r"|(?:its|their)\s+(?:parent|owner|subsidiary|affiliate|partner)(?:\s+company)?,?\s+)"
)
_LIST_LINK_RE: Final = re.compile(
    rf"^{_APPOSITION}{_JOIN}(?:the\s+)?(?:{_SEAT}|{_DESCRIPTOR}(?:{_SEAT})?)?$"
)


def links_list(gap: str) -> bool:
    """Whether `gap` joins two members of a list in one of the wider shapes (a bare `and`
    or comma is the callers' own test)."""
    return len(gap) <= 140 and _LIST_LINK_RE.match(gap) is not None


def skips_descriptor_place(gap: str) -> bool:
    """Whether a place named in `gap` only describes the next member: `and a Minsk
    logistics company, Y` (the place is no member of the list)."""
    return links_list(gap) and any(w in gap for w in (" a ", " an ", " the "))
