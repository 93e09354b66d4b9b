"""A state's law enforcers are no doers of the trade their cases are about.

"Estonian prosecutors have brought 40 cases over sanctions violations, most of them
involving the export of dual-use goods to Russia", "Polish authorities have opened cases
over the export of sanctioned goods": the prosecutors, customs or police of a state bring
the case; the export named by a noun in it is the suspects', never the state's.
"""

from __future__ import annotations

from typing import Final

from .discourse import Mention
from .wordset import word_set

_ENFORCER_HEADS: Final = word_set(
    """prosecutors prosecutor authorities customs police investigators court courts
    prosecution regulators"""
)


def enforcers_of_a_case(subj: Mention, text: str, base: int, nominal: bool) -> bool:
    """Whether `subj` is a state's enforcers ("Estonian prosecutors", "Polish customs") and
    the deed is a noun (`nominal`) in what they pursue."""
    if not nominal or subj.kind != "country" or subj.role != "government":
        return False
    words = text[subj.start - base : subj.end - base].split()
    return len(words) > 1 and words[-1].lower() in _ENFORCER_HEADS
