"""Denials that name no accusation: `Pyongyang denied the reports`, `Tehran rejected the
accusations as baseless`. The accused denies what the article has alleged about it so
far, so the claim takes the type of its first asserted claim in the article."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .attribution import Frame
from .mentions import Mention

# the cue is a denial verb whose object is the allegation itself, or a pronoun for it
_DENIAL_VERB_OBJECT_RE = re.compile(
    r"(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"rebuff(?:s|ed|ing)?|call(?:s|ed)?|describ(?:e|es|ed)|label+(?:s|ed)?|brand(?:s|ed)?)\s+(?:\w+\s+){0,3}?(?:reports?|allegations?|accusations?|claims?|"
    r"charges?|suggestions?|assertions?|it|them|this|that|involvement|wrongdoing)\b",
    re.I,
)
_ACCUSED_KINDS = ("country", "organization", "group")


def bare_denials(
    text: str, base: int, frames: list[Frame], asserted: Iterable[tuple[str, str, str]]
) -> list[tuple[Mention, str, str]]:
    """(denier, claim type, who speaks) for each denial frame whose speaker, or the state
    an official speaks for, was accused earlier.

    `asserted`: the article's claim keys so far, (subject, claim_type, stance), in order.
    """
    out: list[tuple[Mention, str, str]] = []
    keys = list(asserted)
    for f in frames:
        mn = f.mention
        if not f.denial or mn is None or f.speaker is None:
            continue
        if mn.kind == "person" and mn.country:  # "North Korea's ambassador Kim Song denied"
            accused = Mention(
                mn.start,
                mn.end,
                mn.tok_start,
                mn.tok_end,
                mn.country,
                "country",
                "government",
                mn.country,
                via="coref",
            )
        elif mn.kind in _ACCUSED_KINDS:
            accused = mn
        else:
            continue
        if not _DENIAL_VERB_OBJECT_RE.match(text, f.pos - base):
            continue
        ctype = next(
            (
                t
                for s, t, st in keys
                if s == accused.name and st == "asserted" and t != "sanctions_imposed"
            ),
            None,
        )  # being sanctioned is a fact of others' making: the denial is of the conduct
        if ctype is not None:
            out.append((accused, ctype, f.speaker))
    return out
