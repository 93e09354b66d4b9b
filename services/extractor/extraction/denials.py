"""Denials that name no accusation: `Pyongyang denied the reports`, `Tehran rejected the
accusations as baseless`. The accused denies what the article has alleged about it so
far, so the claim takes the type of its first asserted claim in the article; "rejected
that account" points at the latest accusation instead. Russia, the recipient, denying
"reports of the deployment" or "using Iranian drones" denies its supplier's part."""

from __future__ import annotations

import re
from typing import Final

from .attribution import Frame
from .discourse import stand_in
from .lexicon import COMPONENT_WORDS, DRONE_WORDS, WEAPON_WORDS, WORD_RE
from .mentions import Mention
from .merge import Candidate
from .roles import RUSSIA as RECIPIENT
from .wordset import word_set

# the cue is a denial verb whose object is the allegation itself, or a pronoun for it
_DENIAL_VERB_OBJECT_RE: Final = re.compile(
    r"(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"rebuff(?:s|ed|ing)?|brush(?:es|ed)\s+(?:off|aside)|call(?:s|ed|ing)?|describ(?:e|es|ed)|label+(?:s|ed)?|brand(?:s|ed)?"
    # ("firmly opposes the smear", "slammed the accusation": only with a denial frame,
    # called_false.py)
    r"|oppos(?:e|es|ed)|slam(?:med|s)|denounc(?:ed|es)|(?:pushe[sd]|hits?)\s+back\s+(?:against|at|on)"
    # ('said it was "another piece of fake news"': only with a denial frame, called_false.py)
    r"|sa(?:id|ys)(?=[\s:])(?:\s+in\s+a\s+(?:[\w-]+\s+)?statement)?|insist(?:s|ed)(?=\s))"
    r"(?:\s+that(?=\s))?:?[\"”’']?\s+[\"“]?"
    r"(?:there\s+(?:is|was)\s+(?:absolutely\s+)?no\s+truth\s+(?:to|in)\s+)?"
    r"(?:\w+\s+){0,3}?(?:reports?|allegations?|accusations?|claims?|"
    r"charges?|suggestions?|assertions?|remarks|comments|findings|smears?|it|them|this|that|"
    r"involvement|wrongdoing|role)\b",
    re.I,
)
# '"These claims are baseless," Tehran said': the quote that opens the sentence calls the
# report false (called_false.QUOTED_FALSE_RE), its frame at the opening quote
_QUOTED_OBJECT_RE: Final = re.compile(
    r"[\"“](?:there\s+(?:is|was)\s+(?:absolutely\s+)?no\s+truth\s+(?:to|in)\s+)?"
    r"(?:\w+\s+){0,2}?(?:reports?|allegations?|accusations?|claims?|charges?|it|they|this|"
    r"that|these|those|(?:(?:complete|utter|total|absolute)\s+)?(?:nonsense|rubbish|lies|fake))\b",
    re.I,
)
_DENIAL_NOUN_RE: Final = re.compile(r"denials?\b", re.I)
_ACCUSED_KINDS: Final = ("country", "organization", "group")
# what the denied report says, when it says it: "dismissed reports of troop deployments",
# "denied that North Korean soldiers were in Russia", "rejects any suggestion that the
# country is being used to circumvent sanctions"
_REPORT_OBJECTS: Final = frozenset(
    {"report", "reports", "allegation", "allegations", "accusation", "accusations", "claim"}
    | {"claims", "charge", "charges", "suggestion", "suggestions", "assertion", "assertions"}
    | {"that", "involvement", "role"}
)
# "dismissed the reports as baseless" ends the report; "being used as a conduit" does not
_REPORT_END_RE: Final = re.compile(r"[.;:!?]|(?<!used)\s(?:as|but|while|and\s+said)\s|[\"“”]")
_TYPE_CUES: Final = (  # the first kind of act the report's words name, in this order
    (
        "personnel",
        word_set(
            """troop troops soldiers soldier servicemen fighters mercenaries deployment deployments
        workers personnel trainers instructors advisers advisors"""
        ),
    ),
    (
        "sanctions_evasion",
        word_set(
            """circumvent circumvents circumvented circumventing circumvention evade evades evaded
        evading evasion bypass bypassing bypassed sanctioned transit transshipment
        trans-shipment re-export re-exports re-exported re-exporting conduit loophole"""
        ),
    ),
    # "denies any role in the production program": the making, before the drones it makes
    ("drone_production", word_set("production manufacturing manufacture assembly construction")),
    ("drone_supply", DRONE_WORDS),
    ("weapons_supply", WEAPON_WORDS),
    ("component_supply", COMPONENT_WORDS),
)


def bare_denials(
    text: str,
    base: int,
    frames: list[Frame],
    cands: dict[tuple[str, str, str], Candidate],
    mentions: list[Mention] | None = None,
    title_end: int = 0,
) -> list[tuple[Mention, str, str, bool]]:
    """(denier, claim type, who speaks, whether the type is only inferred from the charges)
    for each denial frame whose speaker, or the state an official speaks for, was accused
    earlier.

    `cands`: the article's claims so far; `title_end`: where the article's title ends.
    """
    out: list[tuple[Mention, str, str, bool]] = []
    for f in frames:
        mn = f.mention
        if not f.denial or mn is None or f.speaker is None:
            continue
        if mn.kind == "person" and mn.country:  # "North Korea's ambassador Kim Song denied"
            accused = stand_in(mn, mn.country)
        elif mn.kind in _ACCUSED_KINDS:
            accused = mn
        else:
            continue
        verb = (
            _DENIAL_VERB_OBJECT_RE.match(text, f.pos - base)
            or _QUOTED_OBJECT_RE.match(text, f.pos - base)
            or _DENIAL_NOUN_RE.match(text, f.pos - base)  # "despite Tehran's denials"
        )
        if verb is None:
            received = (
                _receipt_denied(text, base, f.pos - base, mentions)
                if accused.name == RECIPIENT and mentions
                else None
            )
            if received is not None:
                out.append((received[0], received[1], f.speaker, False))
            continue
        reported = _reported_type(text, verb)
        answered = (
            _supplier_answered_for(cands, reported, accused, _states_after(mentions, f.pos))
            if accused.name == RECIPIENT
            else None
        )
        if answered is not None:
            told = (
                _headline_denial(cands, answered[0].name, title_end) if reported is None else None
            )
            out.append((answered[0], told or answered[1], f.speaker, reported is None))
            continue
        if reported == "personnel" and accused.name == RECIPIENT:
            # "the Kremlin dismissed reports of the deployment": of the troops sent to
            # Russia, whose state is the one the article said sent them
            sender = _last_sender(cands)
            if sender is not None:
                out.append((stand_in(accused, sender), reported, f.speaker, False))
            continue
        ctype = charge_answered(cands, accused.name, text[verb.start() : verb.end() + 40])
        if ctype is None and reported is not None and _about_itself(text, verb, accused.name):
            ctype = reported  # "rejected suggestions that it is helping Russia evade sanctions"
        if ctype is not None:
            out.append((accused, reported or ctype, f.speaker, reported is None))
    return out


# "Russia has denied using Iranian drones", "denied receiving weapons from North Korea":
# the recipient denies a delivery, so the supplier's
_RECEIPT_DENIAL_RE: Final = re.compile(
    r"den(?:y|ies|ied|ying)\s+(?:ever\s+)?(?:using|receiving|buying|acquiring|purchasing|"
    r"obtaining|importing)\s+(?P<obj>[^.;:,]{1,60})",
    re.I,
)
_SUPPLIER_MENTIONS: Final = ("country", "adjective", "group")


def _receipt_denied(
    text: str, base: int, at: int, mentions: list[Mention]
) -> tuple[Mention, str] | None:
    """The supplier and the claim type of a delivery the recipient denies receiving."""
    m = _RECEIPT_DENIAL_RE.match(text, at)
    if m is None:
        return None
    lo, hi = base + m.start("obj"), base + m.end("obj")
    supplier = next(
        (
            x
            for x in mentions
            if lo <= x.start < hi and x.kind in _SUPPLIER_MENTIONS and x.name != RECIPIENT
        ),
        None,
    )
    words = {w.lower() for w in WORD_RE.findall(m.group("obj"))}
    words |= {p for w in words if "-" in w for p in w.split("-")}  # "Iranian-made drones"
    ctype = next((t for t, cues in _TYPE_CUES if not words.isdisjoint(cues)), None)
    if supplier is None or ctype is None:
        return None
    return stand_in(supplier, supplier.name, role=""), ctype


# the supplier kinds whose reported deliveries or troops the recipient may deny
_SUPPLIER_KINDS: Final = ("country", "group")


def _states_after(mentions: list[Mention] | None, pos: int) -> set[str]:
    """The states the denial names after its verb ("no evidence that North Korean missiles
    had been launched"): whose charge it answers."""
    return {
        str(m.country if m.kind == "adjective" else m.name)
        for m in mentions or ()
        if m.start > pos and m.kind in ("country", "adjective") and (m.country or m.name)
    }


def _supplier_answered_for(
    cands: dict[tuple[str, str, str], Candidate],
    reported: str | None,
    recipient: Mention,
    named: set[str] | None = None,
) -> tuple[Mention, str] | None:
    """Russia dismissing "reports of the deployment" denies its supplier's part, not its
    own: the state the latest such report named (of the reported type when the denial
    says which; of the state it names, if any was charged). None when no report of that
    type named another state."""
    charges = [
        (c.last_at, k)
        for k, c in cands.items()
        if k[2] == "asserted"
        and k[1] != "sanctions_imposed"
        and (reported is None or k[1] == reported)
        and (k[0] == RECIPIENT or c.fields["subject_kind"] in _SUPPLIER_KINDS)
    ]
    if named:
        charges = [ch for ch in charges if ch[1][0] in named] or charges
    if not charges:
        return None
    name, ctype, _stance = max(charges)[1]
    if name == RECIPIENT:
        return None  # the report was of Russia's own deliveries ("to Pyongyang"): its denial
    kind = str(cands[(name, ctype, "asserted")].fields["subject_kind"])
    return stand_in(recipient, name, kind, role=""), ctype


def _headline_denial(
    cands: dict[tuple[str, str, str], Candidate], name: str, title_end: int
) -> str | None:
    """The type of the denial for `name` the title reported ("Moscow calls it 'fake news'"
    over a report of troops): a denial in the body that names no type repeats it."""
    return next(
        (
            k[1]
            for k, c in cands.items()
            if k[0] == name and k[2] == "denied" and int(str(c.fields["start"])) < title_end
        ),
        None,
    )


def _last_sender(cands: dict[tuple[str, str, str], Candidate]) -> str | None:
    """The state the article last said sent people to Russia's war."""
    sent = [
        (c.last_at, k[0])
        for k, c in cands.items()
        if k[1] == "personnel"
        and k[2] == "asserted"
        and k[0] != RECIPIENT
        and c.fields["subject_kind"] in ("country", "group")
    ]
    return max(sent)[1] if sent else None


# "denied that report", "rejects this account", "reject such claims", "dismissed those
# accusations": the statement just made, not the main charge
_JUST_MADE_RE: Final = re.compile(
    r"\S+\s+(?:\w+\s+)?(?:(?:that|this)\s+(?:account|report|claim|allegation|accusation|"
    r"assessment|description|charge|version|story|characterization|characterisation)"
    r"|(?:such|these|those)\s+(?:accounts|reports|claims|allegations|accusations|charges|"
    r"assertions|suggestions))\b",
    re.I,
)


def charge_answered(
    cands: dict[tuple[str, str, str], Candidate], name: str, denial: str
) -> str | None:
    """The type of the charge against `name` that `denial` (from the verb on) answers:
    the article's first charge, or for "that report" the last sentence that charged it
    (its first type). Being sanctioned is a fact of others' making: a denial
    answers the conduct."""
    charges = [
        (c.last_at, -c.order, k[1])
        for k, c in cands.items()
        if k[0] == name and k[2] == "asserted" and k[1] != "sanctions_imposed"
    ]
    if not charges:
        return None
    if _JUST_MADE_RE.match(denial):
        return max(charges)[2]
    return max(charges, key=lambda c: c[1])[2]


_ITSELF_RE: Final = re.compile(r"\s+that\s+(?:it|the\s+country|the\s+government)\b", re.I)


def _about_itself(text: str, verb: re.Match[str], name: str) -> bool:
    """Whether the denied report is about the denier: "... that it is", "... that Kazakhstan"."""
    return bool(_ITSELF_RE.match(text, verb.end()) or text.startswith(f" that {name}", verb.end()))


def names_type(lows: frozenset[str], ctype: str) -> bool:
    """Whether a sentence's words name the kind of act `ctype` is."""
    return any(t == ctype and not lows.isdisjoint(cues) for t, cues in _TYPE_CUES)


def _reported_type(text: str, verb: re.Match[str]) -> str | None:
    """The claim type the words of the denied report name, up to where the report ends."""
    obj = text[verb.start() : verb.end()].rsplit(None, 1)[-1].lower()
    if obj not in _REPORT_OBJECTS:
        return None
    rest = text[verb.end() : verb.end() + 120]
    end = _REPORT_END_RE.search(rest)
    words = {w.lower() for w in WORD_RE.findall(rest[: end.start() if end else None])}
    words |= {p for w in words if "-" in w for p in w.split("-")}  # "a sanctions-evasion hub"
    return next((t for t, cues in _TYPE_CUES if not words.isdisjoint(cues)), None)
