"""A company's answer to what the article said it did: `the company has nothing to do
with any military business`, `his company had never supplied anything to the Russian
army`, `"We have not supplied any products to Russia," a company spokesman wrote`, `has no
customers in Russia`, `at no time did we deliver machines to Russia`. The
company is the one the article last named with a claim; the denial takes the type of
its first asserted claim (as bare denials do), unless it speaks of goods in general
(`never sold products to any military end user`, `we do not work with Russian military
companies`): then it denies supplying what the company deals in; or of sanctions (`we did
not circumvent any sanctions`): then it denies the evasion."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from .company_goods import goods_in_general_at
from .lexicon import first_letter_gated, folded_finditer, gate_twin
from .mentions import Mention
from .wordset import word_set

# cheap gate: one of these words must be in the sentence ...
_NOUN_CUES: Final = frozenset(
    {"nothing", "relationship", "relations", "ties", "links", "business", "dealings", "knowledge"}
    | {"customer", "customers", "clients", "buyers"}  # "has no customers in Russia"
)
# "only sold to legitimate customers", "sells only to civilian buyers": what a company
# says it sold instead
_LAWFUL_TRADE_CUES: Final = word_set("legitimate only civilian")
CUE_WORDS: Final = _NOUN_CUES | _LAWFUL_TRADE_CUES | {"never", "not", "none", "no"}
# ... and, for "never", "not" and the lawful trade, one of these
SUPPLY_FORMS: Final = word_set(
    """supplied sold exported shipped sent delivered supply sell export ship work worked
    contracts dealt deal sells supplies exports resold deliver delivery went law laws"""
)


def may_disavow(lows: frozenset[str]) -> bool:
    """Whether a sentence's words leave room for a company's disavowal."""
    if lows.isdisjoint(CUE_WORDS):
        return False
    if not lows.isdisjoint(_NOUN_CUES) or "sanctions" in lows:
        return True
    return not lows.isdisjoint(SUPPLY_FORMS)


# every branch opens with has/have/had, do/does/did, never, only, sold, resold, exported,
# at no time
_DISAVOW_RE: Final = re.compile(
    first_letter_gated(
        "hdnosrewa",
        # "has never had a Russian customer", "has no customers in Russia": no buyer there
        r"\b(?:has|have|had)\s+[\"“‘']?(?:never\s+had\s+(?:a\s+|any\s+)?|no\s+)(?:single\s+)?"
        r"(?:Russian\s+(?:customers?|clients?|buyers?)|(?:customers|clients|buyers)\s+in\s+Russia)\b"
        # "at no time did we deliver machines to Russia"
        r"|(?P<at_no_time>\bat\s+no\s+time\s+(?:did|has|have|had)\s+(?:we|the\s+(?:company|firm))\s+"
        r"(?:knowingly\s+|ever\s+)?(?:supplied|sold|exported|shipped|sent|delivered|supply|sell|"
        r"export|ship|send|deliver)\b)"
        # "does not authorise any distributor to sell (DJI) products to Russia": (its brand)
        r"|\b(?:does|do|did)\s+[\"“‘']?not\s+(?:authori[sz]e|allow|permit)\s+(?:any\s+|its\s+)?"
        r"(?:[\w-]+\s+){0,2}?to\s+(?:sell|supply|export|ship|resell)\b(?:\s+(?-i:[A-Z])[\w-]*\b)?"
        # "has not made a single delivery to Russia"
        r"|(?P<made>\b(?:has|have|had|did)\s+[\"“‘']?(?:not|never)\s+made\s+(?:a\s+single|any)\s+"
        r"(?:delivery|deliveries|shipments?|sales?|exports?)\s+to\b)"
        # "had never broken any law", "had broken no Armenian or international law"
        r"|(?P<law>\b(?:has|have|had|did)\s+[\"“‘']?(?:not\s+|never\s+)?(?:broken|broke|break|"
        r"violated|violate|breached|breach)\s+(?:any|no)\s+(?:[\w-]+\s+){0,3}?laws?\b)"
        r"|\b(?:has|have|had|having)\s+(?:had\s+)?[\"“‘']?(?:nothing\s+to\s+do\s+with|no\s+"
        r"(?:business\s+)?(?:relationship|relations|ties|links?|connection|dealings|business)"
        r"[\"”’']?\s+(?:with|to)|no\s+knowledge\s+(?:of|about|that))\b"
        # "had never had any business with the Russian military"
        r"|\b(?:has|have|had)\s+[\"“‘']?never\s+(?:had|done)\s+(?:any\s+)?(?:business|dealings|"
        r"relationship|relations|ties|links|contacts?|trade|contracts?)\s+(?:\w+\s+)?with\b"
        # "we do not work with Russian military companies", "has never knowingly dealt with"
        r"|\b(?:(?:do|does|did)\s+not|never)\s+(?:knowingly\s+|directly\s+)?"
        r"(?:work(?:ed)?|deal(?:t)?)\s+with\b"
        # "only sold to legitimate commercial customers", "sells only to civilian buyers"
        r"|(?P<lawful>\b(?:only\s+(?:sold|sells?|resold|supplied|supplies|exported|exports?)|"
        r"(?:sold|sells?|resold|supplied|supplies|exported|exports?)\s+[\"“‘']?only)\s+(?:to\s+)?"
        r"(?:[a-z-]+\s+){0,2}?(?:customers|clients|buyers|retailers|users|end[- ]users|"
        r"electronics|goods|products)\b"
        r"|\bworks?\s+only\s+with\s+(?:[a-z-]+\s+){0,2}?(?:customers|clients|buyers)\b"
        r"|\b(?:sold|sells?|resold|supplied|supplies|exported|exports?)\s+(?:to\s+)?legitimate\s+"
        r"(?:[a-z]+\s+)?(?:customers|clients|buyers|users|goods|products)\b"
        # 'had sold "commercial electronic parts to civilian customers"'
        r"|\b(?:sold|sells?|resold|supplied|supplies|exported|exports?)\s+[\"“‘']?"
        r"(?:[\w-]+\s+){0,4}?to\s+(?:its\s+|their\s+)?civilian\s+(?:[a-z-]+\s+)?(?:customers|"
        r"clients|buyers|users|end[- ]users)\b)"
        r"|\bnever\s+(?:knowingly\s+|directly\s+|ever\s+)?(?:supplied|sold|exported|shipped|sent|"
        r"delivered)\b"
        # "had “categorically not” shipped", "did absolutely not sell"
        r"|\b(?:has|have|had|did|does|do)\s+[\"“‘']?(?:\w+ly\s+)?not[\"”’']?\s+"
        r"(?:knowingly\s+|directly\s+)?(?:supplied|sold|exported|shipped|sent|delivered|supply|"
        r"sell|export|ship)\b"
        # "we did not circumvent any sanctions", "my client has not violated sanctions": the
        # charge of evasion itself
        r"|(?P<evasion>\b(?:has|have|had|did|does|do)\s+[\"“‘']?(?:\w+ly\s+)?(?:not|never)\s+"
        r"(?:knowingly\s+)?(?:break|broken|violate|violated|circumvent|circumvented|evade|evaded|"
        r"breach|breached)\s+(?:any\s+|the\s+)?(?:[A-Z]\w+\s+|international\s+|western\s+)?"
        r"sanctions\b)"
        # "none of its products \"has ever been delivered to a military end user\""
        r"|(?P<own>\bnone\s+of\s+(?:its|our)\s+(?:[a-z-]+\s+)?(?:products|goods|components|"
        r"parts|exports)\s+[\"“‘']?(?:(?:has|have|had|was|were)\s+(?:ever\s+)?(?:been\s+)?"
        r"(?:delivered|sold|supplied|shipped|exported|sent)|went|ever\s+went)\s+to\b)",
    ),
    re.I,
)
_DISAVOW_TWIN: Final = gate_twin(_DISAVOW_RE)
_SUPPLY_STEMS: Final = ("suppl", "sold", "sell", "export", "ship", "sent", "deliver")
# "never had contracts with", "do not work with": ties to a buyer, whatever the goods
_GENERIC_TIES_RE: Final = re.compile(
    r"(?:contracts?|work(?:ed)?|deal(?:t)?)\s+(?:\w+\s+)?with$"
    r"|(?:customers|clients|buyers|retailers|users|electronics|goods|products)$",
    re.I,
)
# "a staff member at X said the company sold ... and had never ...": the company the
# reported clause is about
_REPORTED_SUBJECT_RE: Final = re.compile(
    r"\b(?:said|says|told\s+(?:\S+\s+){1,4}?|added|insisted|maintained|stated|wrote)\s+"
    r"(?:that\s+)?$"
)
# who disavows: the company in the clause, by reference or as "we"
_WHO_RE: Final = re.compile(
    r"(?:\b(?:the|his|her|its|their|our|client['’]s)\s+(?:company|firm|business|companies|firms)"
    r"|\b[Ww]e"
    r"|\b[Ii]t)\s+"
    r"(?:\w+\s+)?[\"“‘']?$"  # (`his company had “never supplied`: the quote opens inside)
)
# a company's own account of its trade names itself as the company, or "we"
_COMPANY_WHO_RE: Final = re.compile(
    r"(?:\b(?:the|his|her|its|their|our)\s+(?:company|firm|business)|\b[Ww]e)\s+"
    r"(?:\w+\s+)?[\"“‘']?$"
)
# "the company sold \"standard electronics\" and had no relationship with": its second verb
# (and "said that it had complied with all laws and had \"never sold": the pronoun's)
_WHO_BEFORE_AND_RE: Final = re.compile(
    r"(?:\b(?:the|his|her|its|their|our)\s+(?:company|firm|business)|\bit)\s+[^.;:,]{1,80}?"
    r"\s+and\s+[\"“‘']?(?:(?:has|have|had)\s+[\"“‘']?)?$"
)
_FIRST_PERSON_RE: Final = re.compile(r"\bI\s+(?:\w+\s+)?[\"“‘']?$")
# "The ministry said it had never exported ...": the pronoun is the institution, no company
_INSTITUTION_SPEAKS_RE: Final = re.compile(
    r"\b(?:ministry|government|agency|office|department|embassy|authorities|authority|court|"
    r"regulator|customs|police|council|commission|prosecutors?|service)\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|stated|insisted|added|maintained|told\s+\S+)\s+(?:that\s+)?it\b",
    re.I,
)
# a disavowal of knowing where the goods went answers a charge of diverting them
_DIVERSION_DENIAL_RE: Final = re.compile(
    r"\b(?:knowledge|aware|end[- ]users?|(?:final\s+)?destinations?|cargo|re-?exports?)\b", re.I
)


# "X's director, Y, said his company ...": the company whose officer speaks
_OFFICER_AFTER_RE: Final = re.compile(
    r"['’]s?\s+(?:(?:managing|general|executive|sales|commercial|finance)\s+)?(?:director|"
    r"manager|owner|founder|chief\s+executive|CEO|chairman|president|head|spokes(?:man|woman|"
    r"person)|representative)\b"
)
_CLIENT_LEFT_RE: Final = re.compile(
    r"\b(?:his|her|their|its|our|my|the)\s+client\s+[\"“‘']?(?:\w+\s+)?[\"“‘']?$"
)


def company_denials(
    text: str,
    base: int,
    mentions: list[Mention],
    last_org: str | None,
    claims: Iterable[tuple[str, str, str]],
    client: tuple[str, str] | None = None,
    goods_of: Callable[[str], str] = lambda _name: "component_supply",
    accused_speaker: str | None = None,
) -> list[tuple[str, str, int, str]]:
    """(company, claim type, position of the denial, subject kind) for each disavowal in the
    sentence; `client`: whom a lawyer's "her client" stands for; `goods_of`: what supplying
    a company's goods in general is (component_supply, drone_supply for a drone maker);
    `accused_speaker`: the person the article accused who says the sentence ("I")."""
    out: list[tuple[str, str, int, str]] = []
    keys = list(claims)
    accused_people = {n for n, _t, st in keys if st == "asserted"}
    for m in folded_finditer(_DISAVOW_RE, _DISAVOW_TWIN, text, text.lower()):
        left = text[max(0, m.start() - 40) : m.start()]
        kind = "organization"
        named = [  # (and an accused person: 'her lawyer said Sorokina "never knowingly sent')
            x
            for x in mentions
            if (
                (x.kind == "organization" and x.role == "company")
                or (x.kind == "person" and x.role == "private" and x.name in accused_people)
            )
            and 0 <= base + m.start() - x.end <= 25
            and x.prep is None
        ]
        reported = [
            x
            for x in mentions
            if x.kind == "organization"
            and x.role == "company"
            and x.end <= base + m.start()
            and x.prep is None
            and _REPORTED_SUBJECT_RE.search(text, max(0, x.start - base - 40), x.start - base)
        ]
        if client is not None and _CLIENT_LEFT_RE.search(left):
            who: str | None = client[0]  # "said her client has never knowingly sent"
            kind = client[1]
        elif accused_speaker is not None and _FIRST_PERSON_RE.search(left):
            who = accused_speaker  # "\"I have never sent anything there,\" he wrote"
            kind = "person"
        elif m.group("lawful") and (
            not (_COMPANY_WHO_RE.search(left) or _speaks_as_it(text, base, m.start(), mentions))
            or _AUTHORITIES_SAY_RE.search(text, 0, m.start())
        ):
            continue  # "officials said X sold only to civilian buyers": not X's own answer
        elif named:
            who, kind = named[-1].name, named[-1].kind
        elif reported:
            who = reported[-1].name
        elif m.group("own"):  # "a lawyer for X said none of its products": X's
            owners = [
                x
                for x in mentions
                if x.kind == "organization"
                and x.role == "company"
                and x.end <= base + m.start()
                and x.prep in (None, "for")
            ]
            who = owners[-1].name if owners else last_org
        elif (
            _WHO_RE.search(left)
            or _WHO_BEFORE_AND_RE.search(text, max(0, m.start() - 120), m.start())
            or m.group("at_no_time")  # "at no time did we deliver": the company's "we"
        ):
            speakers = [  # "X, the engine maker, said it had not exported": X
                x
                for x in mentions
                if x.kind == "organization"
                and x.role == "company"
                and x.end <= base + m.start()
                and x.prep is None
                and (not x.possessive or _OFFICER_AFTER_RE.match(text, x.end - base))
            ]
            if not speakers and _INSTITUTION_SPEAKS_RE.search(text, 0, m.start()):
                continue  # "the ministry said it had never exported such chips": its own
            if not speakers and _state_speaks_as_it(text, base, m.start(), mentions):
                continue  # "Tehran has long maintained that it does not supply weapons":
                # the state's own denial, not the company the article last named
            who = speakers[-1].name if speakers else last_org
        else:
            continue
        if m.group("lawful") and not any(n == who and st == "asserted" for n, _t, st in keys):
            continue  # "sells only to civilian customers": an answer only to a charge
        if who is not None and m.group("evasion"):
            out.append((who, "sanctions_evasion", base + m.start(), kind))
            continue
        if m.group("law") and not any(n == who and st == "asserted" for n, _t, st in keys):
            continue  # "has never broken any law": an answer only to a charge
        if (
            m.group("law") and (who, "sanctions_evasion", "asserted") in keys and who is not None
        ):  # the law it was charged with breaking is the export ban
            out.append((who, "sanctions_evasion", base + m.start(), kind))
            continue
        if who is not None and (m.group("own") or _about_goods_in_general(text, m)):
            out.append((who, goods_of(who), base + m.start(), kind))
            continue
        accused = [t for s, t, st in keys if s == who and st == "asserted"]
        ctype = next((t for t in accused if t != "sanctions_imposed"), None)
        if "sanctions_evasion" in accused and _DIVERSION_DENIAL_RE.search(
            text, m.start(), m.end() + 60
        ):
            ctype = "sanctions_evasion"  # "had no knowledge of any Russian end user"
        if ctype is None and (
            m.group().lower().split()[-1].startswith(_SUPPLY_STEMS) or m.group("made")
        ):
            ctype = "component_supply"  # "we have not supplied any products": a company's goods
        if who is not None and ctype is not None:
            out.append((who, ctype, base + m.start(), kind))
    return out


# "Officials said the company had sold chips to civilian customers before ...": their words
_AUTHORITIES_SAY_RE: Final = re.compile(
    r"\b(?:officials|prosecutors|investigators|authorities|police|regulators|customs)\s+"
    r"(?:\w+\s+){0,2}?(?:said|say|says|allege|alleged|found|told)\b",
    re.I,
)
# "X told Forbes in an email that it sells": the company speaking of itself
_SAID_IT_RE: Final = re.compile(
    r"\b(?:said|says|told(?:\s+\S+){1,6}?|stated|wrote|insisted|added)\s+(?:that\s+)?it\s+$"
)


def _speaks_as_it(text: str, base: int, at: int, mentions: list[Mention]) -> bool:
    """Whether the clause before `at` is a company's "X said it ..." about itself."""
    said = _SAID_IT_RE.search(text, max(0, at - 60), at)
    if said is None:
        return False
    before = [x for x in mentions if x.end <= base + said.start() and x.kind != "adjective"]
    return bool(before) and before[-1].kind == "organization" and before[-1].role == "company"


# "Tehran has long maintained that it", "Beijing insists it": a state speaking of itself
_STATE_SAID_IT_RE: Final = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:long\s+|repeatedly\s+|always\s+|consistently\s+)?"
    r"(?:said|says|stated|states|insisted|insists|maintained|maintains|argued|argues|claimed|"
    r"claims)\s+(?:that\s+)?it\b",
    re.I,
)


def _state_speaks_as_it(text: str, base: int, at: int, mentions: list[Mention]) -> bool:
    """Whether a state (or its capital) is the subject of an "X said it" before `at`."""
    return any(
        x.kind == "country"
        and x.prep is None
        and x.end <= base + at
        and _STATE_SAID_IT_RE.match(text, x.end - base, at) is not None
        for x in mentions
    )


def _about_goods_in_general(text: str, m: re.Match[str]) -> bool:
    return bool(_GENERIC_TIES_RE.search(m.group()) or goods_in_general_at(text, m.end()))
