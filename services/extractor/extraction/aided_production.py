"""A state or firm helping another make drones or arms: `Iran helped set up production lines
at Alabuga`, `China was providing Russia with substantial help in producing drones`,
`Russian engineers have been helping North Korea set up its own production line`,
`localized production of the drones ... with Iranian help` (claims.md: drone_production,
the helper's part in another party's production).

Only a statement of fact: no negation, denial, plan or condition (`denied helping Russia
produce weapons` is read as a denial by the trigger route). Handing over know-how or
equipment *for* production is component supply, read elsewhere.
"""

from __future__ import annotations

import re
from typing import Final

from .discourse import Mention
from .lexicon import DRONE_WORDS, WEAPON_WORDS, WORD_APOSTROPHE_RE
from .roles import WESTERN_SIDE
from .wordset import word_set

# the cheap gate: a word of help in the sentence
_HELP_WORDS: Final = word_set(
    "help helps helped helping assistance assist assists assisted assisting"
)
# a production word the help is for (also the gate's second half)
_MAKING_WORDS: Final = word_set(
    """production produce produces produced producing manufacture manufacturing manufactured
    build building built develop developing developed design designing designed assemble
    assembling assembly mass-produce mass-producing make making localized localize lines line"""
)
# not a statement of fact: a negation, a denial, a plan, a condition, an offer
_NOT_FACT: Final = word_set(
    """not never no denied denies deny denying rejected dismissed plan plans planned aim aims
    aimed aiming intend intends will would could might if whether offered
    offer offers ready willing without sought seek seeks asked"""
)
_MAY_RE: Final = re.compile(r"\bmay\b")  # the verb, not the month
_HELP_VERB: Final = r"\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?)\b"
# "helped (Russia|it) (to) set up production lines", "helping North Korea build drones",
# "substantial help in producing drones", "assisted Russia with the production of"
_HELPS_MAKE_RE: Final = re.compile(
    _HELP_VERB + r"\s+(?P<aided>(?:[\w'’-]+\s+){0,3}?)(?:to\s+)?"
    r"(?:(?:set\s+up|build(?:\s+up)?|establish|launch|expand|organi[sz]e|start)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:production|manufacturing|assembly)\b"
    r"|(?:in|with)\s+(?:the\s+)?(?:producing|manufacturing|building|developing|designing|"
    r"assembling|making|production|manufacture|development|design|assembly)\b"
    r"|(?:produce|manufacture|build|develop|design|assemble|mass-produce|make)\b)"
    r"(?P<tail>[^.;:]{0,100})",
    re.I,
)
# "with Iranian help", "with direct Russian assistance" (not "with the help of Chinese
# engines": parts, read as components elsewhere)
_WITH_HELP_RE: Final = re.compile(
    r"\bwith\s+(?:(?:direct|technical|considerable|substantial|significant)\s+)?"
    r"(?P<adj>[A-Z][\w'’-]+)\s+(?:technical\s+)?(?:help|assistance)\b"
)
# who helps, by the words between the actor and the help: "Iran was also helping", "Russian
# engineers have been helping", "Russia is believed to be helping"
_SUBJECT_GAP_RE: Final = re.compile(
    r"(?:\s+(?:is|are|was|were|has|have|had|been|be|also|now|reportedly|allegedly|already|"
    r"still|actively|directly|likely|(?:believed|thought|said|reported|understood)\s+to))*\s+$"
)
# the clause's first actor helps: "Iran handed over the documents and helped set up",
# "engineers were dispatched to North Korea to help set up", "China was providing Russia
# with substantial help in producing"
_FIRST_ACTOR_BEFORE_RE: Final = re.compile(r"(?:\band\s+(?:also\s+)?|\bto\s+)$", re.I)
# help as a noun: "giving Moscow substantial help in producing drones"
_NOUN_HELP_RE: Final = re.compile(r"help\s+(?:in|with)\b", re.I)
# a sanction for helping: the sanctioned helped, which the sanctions route reads; the
# sanctioning state helps in nothing
_SANCTION_RE: Final = re.compile(r"\b(?:sanction|target|designat|blacklist)\w*|\bfor\s+$", re.I)
# labour sent to a plant "to help build" drones: personnel, no production of the state's
_LABOUR: Final = word_set("workers laborers labourers students")
# what the production makes: drones or arms, a production line, or a product's name
_MADE_THINGS: Final = DRONE_WORDS | WEAPON_WORDS | word_set("line lines")
# a production verb or noun the "with ... help" phrase qualifies
_PRODUCED_RE: Final = re.compile(
    r"\b(?:production|produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|assembl(?:e|es|ed|ing)|"
    r"develop(?:s|ed|ing)?|design(?:s|ed|ing)?|built|build(?:s|ing)?|locali[sz](?:e|es|ed|ing))\b",
    re.I,
)
_HELPER_KINDS: Final = frozenset(("country", "organization", "group", "adjective"))


def may_aid(lows: frozenset[str]) -> bool:
    """The cheap gate: a word of help and one of making among the sentence's words."""
    return not (lows.isdisjoint(_HELP_WORDS) or lows.isdisjoint(_MAKING_WORDS))


def aided_producers(
    text: str,
    base: int,
    lows: frozenset[str],
    mentions: list[Mention],
    speakers: set[int],
    has_product: bool,
) -> list[tuple[Mention, str | None]]:
    """(helper, the state or firm it helps, if named) for each helper of a production."""
    if not may_aid(lows):
        return []
    if not lows.isdisjoint(_NOT_FACT) or ("may" in lows and _MAY_RE.search(text)):
        return []
    out: list[tuple[Mention, str | None]] = []
    for m in _HELPS_MAKE_RE.finditer(text):
        tail = set(WORD_APOSTROPHE_RE.findall(m.group(0).lower()))
        if tail.isdisjoint(_MADE_THINGS) and not has_product:
            continue  # "helped Russia boost production of grain": no arms
        noun = _NOUN_HELP_RE.match(text, m.start()) is not None
        helper = _helper(text, base, m.start(), mentions, speakers, lows, noun)
        if helper is None:
            continue
        aided = _aided(base + m.start("aided"), base + m.end("aided"), helper, mentions)
        if aided is None:
            aided = _aided(helper.end, base + m.start(), helper, mentions)
        if aided in WESTERN_SIDE or aided == "Ukraine":
            continue  # "Israel has helped Ukraine develop an early-warning system"
        out.append((helper, aided))
    if "with" in lows:
        for m in _WITH_HELP_RE.finditer(text):
            if _PRODUCED_RE.search(text, 0, m.start()) is None:
                continue  # "fought with Russian help": no production helped
            at = base + m.start("adj")
            for mn in mentions:
                if mn.start == at and mn.kind in _HELPER_KINDS and mn.kind != "person":
                    out.append((mn, None))
    return out


def _helper(
    text: str,
    base: int,
    at: int,
    mentions: list[Mention],
    speakers: set[int],
    lows: frozenset[str],
    noun: bool,
) -> Mention | None:
    """The one who helps: the actor just before the help ("Iran was also helping"), or the
    first actor of the clause when the help is a second verb, a purpose or a noun ("Iran has
    supplied Russia with drones, according to US officials, and helped it set up"); no
    speaker and no object of a preposition."""
    that = text.rfind(" that ", 0, at)
    lo = max(text.rfind(";", 0, at), text.rfind(":", 0, at), that + 5 if that >= 0 else 0, 0)
    if _SANCTION_RE.search(text, lo, at):
        return None  # "sanctioned two firms for helping build", "targeting those who help"
    actors = [
        mn
        for mn in mentions
        if base + lo <= mn.start
        and mn.end <= base + at
        and id(mn) not in speakers
        and mn.prep is None
        and mn.kind in _HELPER_KINDS
        and not mn.possessive  # "Russia's engineers": the noun after it is the subject
    ]
    if not actors:
        return None
    last = actors[-1]
    if _SUBJECT_GAP_RE.match(text, last.end - base, at) and not text.startswith("with", at - 5):
        return last
    if noun or _FIRST_ACTOR_BEFORE_RE.search(text, 0, at):
        if text.startswith("to", at - 3) and not lows.isdisjoint(_LABOUR):
            return None  # "sending workers to Alabuga to help build the drones"
        return actors[0]
    return None


def _aided(lo: int, hi: int, helper: Mention, mentions: list[Mention]) -> str | None:
    for mn in mentions:
        if lo <= mn.start and mn.end <= hi and mn.name != helper.name and mn.kind != "person":
            return mn.name
    return None
