"""Nationals hired for a civilian job (`recruited for hospitality and catering positions`,
`hired for construction work`) are no personnel of a war industry, whatever the
sentence says of weapons elsewhere."""

from __future__ import annotations

from typing import Final

from .words import Word
from .wordset import word_set

_CIVIL_JOBS: Final = word_set(
    """hospitality catering construction cleaning housekeeping domestic restaurant restaurants
    hotel hotels tourism agricultural farm farming retail"""
)
# what may sit between the cue and the job: "recruited for «hospitality and catering» jobs"
_JOB_LEAD: Final = word_set("for as in into to jobs work positions the a an «")


def for_civil_job(words: list[Word], cue: Word) -> bool:
    """Whether the personnel cue `cue` is followed by `for` and a civilian job, or is the
    job's noun (`construction work`)."""
    i = words.index(cue) + 1
    if i > 1 and words[i - 2].low in _CIVIL_JOBS:
        return True
    if i >= len(words) or words[i].low not in ("for", "as", "into", "in"):
        return False
    for w in words[i + 1 : i + 4]:
        if w.low in _CIVIL_JOBS:
            return True
        if w.low not in _JOB_LEAD:
            return False
    return False
