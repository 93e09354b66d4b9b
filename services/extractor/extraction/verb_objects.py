"""What a transfer verb's words say it moved, before the object is classified: information
given is no goods (`KCNA gave no names or details for either aircraft`), `passed` hands
goods over only when it passes them to someone (`passed know-how to the North`, not
`passed from Iran to Russia`), and a compound that ends in a fitting word is an adjective
(`AI-equipped drones`)."""

from __future__ import annotations

import re
from typing import Final

from .words import Word
from .wordset import word_set

# what is said, not sent: "has not provided evidence", "gave no details"
NOT_GOODS: Final = word_set(
    """evidence details detail information comment comments proof data figures figure
    explanation explanations answer answers response clarification names timeline estimate
    estimates numbers access assurances guarantees"""
)
OBJECT_DETERMINERS: Final = word_set("any a an the its their further more such specific")
_NO_DETERMINERS: Final = OBJECT_DETERMINERS | word_set("no")
_AFTER_INFORMATION: Final = word_set("of for on about to or and regarding that in with")
# "passed know-how and technology to the North": handed goods to someone (the verb is
# also a law's, a route's and an onward sale's)
PASSED_TO_RE: Final = re.compile(
    r"passed\s+(?!(?:from|through|into|by|on|away|over|along|off|up|down|out|in|at|under|"
    r"via|a|the\s+(?:law|bill|resolution|motion|budget|test))\b)(?:(?!\bon\s+to\b)[^.;:]){1,90}?"
    r"\bto\s+(?:the\s+)?[A-Z]",
)
# "AI-equipped suicide drones", "GPS-equipped": what a thing carries, whoever names it
FITTED_TAILS: Final = word_set("equipped armed")


def gives_information(text: str, base: int, words: list[Word], k: int) -> bool:
    """ "KCNA gave no names or details for either aircraft", "provided details of the
    shipments": the verb's object is information, what it is about no goods moved (the noun
    ends its phrase, so "provided data-link modules" stays goods)."""
    q = k + 1
    while q < len(words) and words[q].low in _NO_DETERMINERS:
        q += 1
    if q >= len(words) or words[q].low not in NOT_GOODS:
        return False
    if q + 1 < len(words) and words[q + 1].low in _AFTER_INFORMATION:
        return True
    return text[words[q].end - base : words[q].end - base + 1] in (",", ".", ";", "")
