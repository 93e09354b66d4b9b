"""The unnamed targets a sanction adds after the named one, and the deeds said of them.

"sanctions on Iran Air, as well as on several Russian ships involved in transporting the
missiles", "sanctioned X, the company that designs the drones, as well as three Iranian
officers it accused of supplying them": the participle or relative clause that follows
describes the targets it is attached to (the ships, the officers), and the named target
before them is not said to have done it. Its own officers ("X, as well as its director,
accused of ...") act for it, and a cause that governs the whole list ("sanctioned X as well
as two other firms for supplying drones") is left to the callers.
"""

from __future__ import annotations

import re
from typing import Final

_COUNT: Final = (
    r"(?:a\s+(?:long\s+)?(?:number|list|series|host|range)\s+of|several|some|many|various|"
    r"dozens\s+of|scores\s+of|hundreds\s+of|more\s+than\s+\w+|\d[\d,]*|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)"
)
_TARGETS: Final = (
    r"(?:individuals|entities|people|persons|officers|officials|generals|commanders|"
    r"executives|ships|vessels|tankers|aircraft|airlines|carriers|companies|firms|"
    r"organi[sz]ations|businesses|banks|traders|networks)\b"
)
# after a bare "and", only a vague count sets the targets apart: "X and a number of
# entities involved in"; "X and three firms that it said had shipped" are one list
_SOME: Final = r"(?:a\s+(?:long\s+)?(?:number|list|series|host|range)\s+of|several|various)"
# the joint, then the unnamed plural targets: "as well as (on) several Russian ships", and
# those among them: "along with 10 entities, including several Russian-flagged vessels"
_COTARGET_RE: Final = re.compile(
    r"\b(?:(?:as\s+well\s+as|along\s+with|together\s+with)\s+(?:on\s+|against\s+)?"
    rf"{_COUNT}|and\s+(?:on\s+|against\s+)?{_SOME})\s+(?:[\w'’-]+\s+){{0,4}}?{_TARGETS}"
    rf"(?:,\s+including\s+(?:{_COUNT}\s+)?(?:[\w'’-]+\s+){{0,4}}?{_TARGETS})?"
    # what is said of them: a participle or a relative clause, right after
    r"(?:\s*,)?\s+(?:(?:that|which|who|whom)\b|it\s+(?:said|says|accused|accuses|alleged)|"
    r"(?:\w+\s+){0,3}?(?:said|say|says)\s+(?:had|have|were|was)\b|"
    r"(?:involved|accused|used|linked|engaged|responsible|suspected|tied)\b)",
    re.I,
)


def deed_of_unnamed_cotargets(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] (from the first named target to the trigger) adds unnamed
    targets and then says what they did."""
    found = _COTARGET_RE.search(text, lo, hi)
    if found is None and "who" in text[lo:hi]:
        return deed_of_unnamed_officer(text, lo, hi)
    # "X and three other companies that it said supplied": the others are like X
    return found is not None and _OTHER_RE.search(found.group()) is None


def deed_of_unnamed_officer(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] adds one unnamed officer after the actors and says what he did."""
    return _OFFICER_RE.search(text, lo, hi) is not None


# one unnamed officer last on the list, and what is said of him: "on companies in China
# and Turkey, and North Korea's defence minister, whom it accused of sending troops"
_OFFICER_RE: Final = re.compile(
    r",?\s+and\s+(?:[\w'’-]+\s+){0,4}?(?:minister|general|commander|chief|head|director|"
    r"officer|official|envoy|ambassador)\s*,\s+(?:who|whom)\b",
    re.I,
)


_OTHER_RE: Final = re.compile(r"\b(?:other|others|similar)\b", re.I)
