"""The firm a description names in apposition, as the subject of a verb: `a Russian
enterprise in Izhevsk, IEMZ Kupol, is mass-producing the Garpiya-3` (the subject is IEMZ
Kupol, not Russia, whose nationality only describes it)."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention

# between the description and the name: "a Russian enterprise in Izhevsk, "
_DESCRIPTION_TAIL_RE: Final = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?(?:\s+(?:in|from|near|of)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?)?,\s+"
)
# between the name and the verb: ", is mass-producing", ", has been building"
_NAME_TO_VERB_RE: Final = re.compile(
    r",\s+(?:(?:is|are|was|were|has|have|had|been|now|also|reportedly|already|still)\s+)*"
)


def named_in_apposition(
    subjects: list[Mention], mentions: list[Mention], text: str, base: int, verb_at: int
) -> list[Mention]:
    """Each nationality subject replaced by the organization named in apposition to it right
    before the verb at `verb_at`."""
    out: list[Mention] = []
    for s in subjects:
        out.append(_apposed_name(s, mentions, text, base, verb_at) or s)
    return out


def _apposed_name(
    s: Mention, mentions: list[Mention], text: str, base: int, verb_at: int
) -> Mention | None:
    if s.kind not in ("group", "adjective") or s.end >= verb_at:
        return None
    for m in mentions:
        if (
            m.kind == "organization"
            and s.end <= m.start
            and m.end < verb_at
            and _DESCRIPTION_TAIL_RE.fullmatch(text, s.end - base, m.start - base)
            and _NAME_TO_VERB_RE.fullmatch(text, m.end - base, verb_at - base)
        ):
            return m
    return None
