"""A state answering an accusation by saying it obeys the rules: `Kazakhstan's trade ministry
said it "strictly complies" with its international obligations`. Said by a state the
article has accused, it denies helping Russia around sanctions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from .attribution import Frame
from .wordset import word_set

CUE_WORDS: Final = word_set("complies comply complied complying abides abide adheres adhere")

# the state itself obeys ("it complies", "the country fully complies"); not "its trade
# controls comply with UN requirements", which says what its rules are
_COMPLIES_RE: Final = re.compile(
    r"\b(?:it|the\s+country|the\s+government)\s+(?:has\s+|had\s+|is\s+|was\s+)?[\"“‘']?"
    r"(?:\w+ly\s+)?(?:complies|complied|complying|comply|abides|abided|adheres|adhered)"
    r"[\"”’']?\s+(?:\w+ly\s+)?(?:with|by|to)\s+(?:all\s+|its\s+|the\s+)?(?:international\s+|"
    r"applicable\s+|relevant\s+)?(?:obligations|sanctions|sanctions\s+regimes?|export\s+"
    r"controls|restrictions|rules|regulations|commitments|requirements)\b",
    re.I,
)


def compliance_denials(
    text: str,
    base: int,
    frames: list[Frame],
    is_state: Callable[[str], bool],
    accused: Iterable[str],
) -> list[tuple[str, str]]:
    """(state, who speaks) for each accused state that says it complies; `accused`: the
    subjects of the article's asserted claims so far."""
    out: list[tuple[str, str]] = []
    accused_names = set(accused)
    for m in _COMPLIES_RE.finditer(text):
        frame = next(
            (f for f in reversed(frames) if f.pos < base + m.start() and not f.denial), None
        )
        state = frame.speaker if frame is not None else None
        if state is not None and state in accused_names and is_state(state):
            out.append((state, state))
    return out
