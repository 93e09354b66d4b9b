"""The accused answer the charges, often through their lawyers: `The suspect denies the
charges, his lawyer told LSM`, `His lawyer said her client rejected the accusations`, `Chang
denied the charges during questioning`, `The company's lawyer said X had always acted in
full compliance with the law`. What they deny is what the article charged them with: the
types of the claims it asserted about them. Saying they kept the law (`had sold the
machines in good faith`, `has always complied with the legislation`, `all exports were
"legal"`) answers a charge of evasion where there is one."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Final

from .discourse import Mention
from .lexicon import gated_search
from .merge import Candidate
from .wordset import word_set

# cheap gates: a word of denial and a word for the accused or their lawyer
DENY_WORDS: Final = word_set(
    """deny denies denied denying reject rejects rejected rejecting dispute disputes disputed
    contest contests contested guilty compliance innocent innocence wrongdoing faith complied
    complies legal lawful"""
)
_ACCUSED_WORDS: Final = word_set(
    """lawyer lawyers attorney attorneys counsel client suspect accused defendant
    businessman businesswoman"""
)
# (`her client "categorically denies" the allegations`: the quote may close after the verb)
_DENIAL_RE: Final = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed)|contest(?:s|ed)?)[\"”’']?"
    r"\s+(?:all\s+|the\s+|these\s+|any\s+)?(?:charges?|accusations?|allegations?|wrongdoing|"
    r"guilt|(?P<evasion>(?:intent(?:ion)?|attempts?)\s+to\s+(?:circumvent|evade|bypass|"
    r"violate|break|get\s+around)))\b"
    r"|\bpleaded\s+not\s+guilty\b|\b(?:is|was|were|are)\s+innocent\b",
    re.I,
)
# a word of each branch of _DENIAL_RE (deny, denies, denied, denying hold "den")
_DENIAL_NEEDS: Final = ("den", "reject", "disput", "contest", "pleaded", "innocent")
# the accused kept the law: "acted in full compliance with the law", "sold the machines in
# good faith", "has always complied with the legislation", "exports were \"legal, declared\""
_LAWFUL_RE: Final = re.compile(
    r"\bacted\s+in\s+(?:full\s+)?(?:compliance|accordance)\s+with\b|\bin\s+good\s+faith\b"
    r"|\bcomplied\s+with\s+(?:all\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:laws?|legislation|"
    r"regulations|rules|export\s+controls)\b"
    r"|\b(?:was|were)\s+[\"“‘']?(?:entirely\s+|fully\s+|completely\s+)?(?:legal|lawful)\b",
    re.I,
)
# a word of each branch of _LAWFUL_RE
_LAWFUL_NEEDS: Final = ("acted", "faith", "complied", "legal", "lawful")
# "Lasitsa's lawyer, Vilma Jankauskienė, said": a named lawyer speaks for the client
_NAMED_LAWYER_RE: Final = re.compile(
    r"\b(?:lawyer|attorney|counsel)\s*,\s+(?P<name>[^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+){1,2}),"
)
_COMPANY_LAWYER_RE: Final = re.compile(
    r"\b(?:the\s+)?(?:company|firm|business)['’]s\s+(?:lawyers?|attorneys?|counsel)\b"
    r"|\b(?:lawyers?|attorneys?|counsel)\s+for\s+the\s+(?:company|firm|business|distributor|"
    r"exporter|supplier|manufacturer|trader)\b",
    re.I,
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
    last_org: str | None = None,
    denied_here: Collection[str] = (),
    low_text: str | None = None,
) -> Iterable[tuple[str, str, str, str]]:
    """(subject, subject kind, claim type, source) of what the sentence's accused deny; the
    source is their lawyer where the sentence names one, else the accused. `last_org`: the
    company the article spoke of last ("the company's lawyer"); `denied_here`: whom the
    sentence already has deny something (their keeping the law adds nothing); `low_text`:
    the text lower-cased, if the caller has it."""
    if lows.isdisjoint(DENY_WORDS):
        return ()
    low = text.lower() if low_text is None else low_text
    cue = gated_search(_DENIAL_RE, text, _DENIAL_NEEDS, low)
    lawful = cue is None and gated_search(_LAWFUL_RE, text, _LAWFUL_NEEDS, low) is not None
    if cue is None and not lawful:
        return ()
    charges = _charges(cands)
    named = [  # by name first, in the sentence's order: "Leung's lawyer", "the company's
        # lawyer said X had ...", "Ak-Tash Bank said it has always complied"
        m
        for m in sorted(mentions, key=lambda m: (m.via == "coref", m.start))
        if m.name in charges
        and (
            (m.kind == _PERSON and m.role == "private") or (m.kind == _ORG and m.role == "company")
        )
    ]
    if (
        lows.isdisjoint(_ACCUSED_WORDS)
        and not any(m.kind == _PERSON and m.role == "private" for m in mentions)
        and not (lawful and any(m.kind == _ORG for m in named))
    ):  # "Chang denied the charges": the accused by name; "X rejected the allegations", a
        # company's or a state's bare denial, is read elsewhere (denials.py)
        return ()
    accused: str | None
    if named:
        accused, kind = named[0].name, named[0].kind
    elif _COMPANY_LAWYER_RE.search(text):
        # "a lawyer for the distributor": the company the article spoke of last, unless
        # the sentence names one the article did not charge
        client = any(m.kind == _ORG and m.role == "company" for m in mentions)
        accused, kind = (last_org if last_org in charges and not client else None), _ORG
    else:
        accused, kind = _last_person(cands), _PERSON
    if accused is None or (lawful and accused in denied_here):
        return ()
    types = charges[accused]
    if "sanctions_evasion" in types and (lawful or (cue is not None and cue["evasion"])):
        types = ["sanctions_evasion"]  # "in good faith", "any intent to circumvent sanctions"
    elif kind == _ORG:
        types = types[:1]  # a company rejecting "the allegations": its first charge
    named_lawyer = _NAMED_LAWYER_RE.search(text)
    lawyer = named_lawyer.group("name") if named_lawyer is not None else accused
    return [(accused, kind, t, lawyer) for t in sorted(types)]


def _charges(cands: dict[tuple[str, str, str], Candidate]) -> dict[str, list[str]]:
    """Whom the article charged with what, in the order it did."""
    out: dict[str, list[str]] = {}
    for (name, ctype, stance), _c in sorted(cands.items(), key=lambda kc: kc[1].order):
        if stance == "asserted" and ctype in _CHARGED_TYPES:
            out.setdefault(name, []).append(ctype)
    return out


def _last_person(cands: dict[tuple[str, str, str], Candidate]) -> str | None:
    """The last person the article charged."""
    charged = [
        c
        for k, c in cands.items()
        if k[2] == "asserted" and k[1] in _CHARGED_TYPES and c.fields["subject_kind"] == _PERSON
    ]
    return str(max(charged, key=lambda c: c.order).fields["subject"]) if charged else None
