"""The accused answer the charges, often through their lawyers: `The suspect denies the
charges, his lawyer told LSM`, `His lawyer said her client rejected the accusations`, `Chang
denied the charges during questioning`, `The company's lawyer said X had always acted in
full compliance with the law`. What they deny is what the article charged them with: the
types of the claims it asserted about them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from .discourse import Mention
from .merge import Candidate
from .wordset import word_set

# cheap gates: a word of denial and a word for the accused or their lawyer
_DENY_WORDS: Final = word_set(
    """deny denies denied denying reject rejects rejected rejecting dispute disputes disputed
    contest contests contested guilty compliance innocent innocence wrongdoing"""
)
_ACCUSED_WORDS: Final = word_set(
    """lawyer lawyers attorney attorneys counsel client suspect accused defendant
    businessman businesswoman"""
)
_DENIAL_RE: Final = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed)|contest(?:s|ed)?)\s+"
    r"(?:all\s+|the\s+|these\s+|any\s+)?(?:charges?|accusations?|allegations?|wrongdoing|"
    r"guilt)\b"
    r"|\bpleaded\s+not\s+guilty\b|\b(?:is|was|were|are)\s+innocent\b"
    r"|\bacted\s+in\s+(?:full\s+)?(?:compliance|accordance)\s+with\b",
    re.I,
)
# "Lasitsa's lawyer, Vilma Jankauskienė, said": a named lawyer speaks for the client
_NAMED_LAWYER_RE: Final = re.compile(
    r"\b(?:lawyer|attorney|counsel)\s*,\s+(?P<name>[^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+){1,2}),"
)
_COMPANY_LAWYER_RE: Final = re.compile(
    r"\b(?:the\s+)?(?:company|firm|business)['’]s\s+(?:lawyers?|attorneys?|counsel)\b", re.I
)
_PERSON: Final = "person"
_ORG: Final = "organization"
_CHARGED_TYPES: Final = frozenset(
    {"component_supply", "drone_supply", "weapons_supply", "sanctions_evasion", "drone_production"}
)


def accused_denials(
    text: str,
    base: int,
    lows: frozenset[str],
    mentions: list[Mention],
    cands: dict[tuple[str, str, str], Candidate],
) -> Iterable[tuple[str, str, str, str]]:
    """(subject, subject kind, claim type, source) of what the sentence's accused deny; the
    source is their lawyer where the sentence names one, else the accused."""
    if lows.isdisjoint(_DENY_WORDS):
        return ()
    if lows.isdisjoint(_ACCUSED_WORDS) and not any(
        m.kind == _PERSON and m.role == "private" for m in mentions
    ):  # "Chang denied the charges": the accused by name
        return ()
    if _DENIAL_RE.search(text) is None:
        return ()
    kind = _ORG if _COMPANY_LAWYER_RE.search(text) else _PERSON
    named = [  # by name first: "the company's lawyer said X had ..." is X's
        m.name
        for m in sorted(mentions, key=lambda m: m.via == "coref")
        if m.kind == kind and m.role in ("private", "company")
    ]
    accused = _last_accused(cands, kind, named)
    if accused is None:
        return ()
    types = sorted(
        {
            k[1]
            for k, c in cands.items()
            if k[0] == accused and k[2] == "asserted" and k[1] in _CHARGED_TYPES
        }
    )
    named_lawyer = _NAMED_LAWYER_RE.search(text)
    lawyer = named_lawyer.group("name") if named_lawyer is not None else accused
    return [(accused, kind, t, lawyer) for t in types]


def _last_accused(
    cands: dict[tuple[str, str, str], Candidate], kind: str, named: list[str]
) -> str | None:
    """The one named in the sentence, else the last one the article charged."""
    charged = [
        c
        for k, c in cands.items()
        if k[2] == "asserted" and k[1] in _CHARGED_TYPES and c.fields["subject_kind"] == kind
    ]
    if not charged:
        return None
    names = {str(c.fields["subject"]) for c in charged}
    for n in named:
        if n in names:
            return n
    return str(max(charged, key=lambda c: c.order).fields["subject"])
