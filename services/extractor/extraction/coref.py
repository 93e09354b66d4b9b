"""Light coreference: `the firm`, `this company`, `the Chinese manufacturer`, `the
Almaz-Antey subsidiary`, `its citizens`, `both countries`."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from .discourse import NOT_NAME, Discourse, Mention, OrgInfo, token_index
from .text import Sentence, Token
from .word_start import WORD_START
from .wordset import word_set

_RUSSIA: Final = "Russia"
_TO_RE: Final = re.compile(r"\b(?:to|for|into)\s+$")

COREF_RE: Final = re.compile(
    # (the determiner's first letters open the pattern: see word_start)
    rf"(?P<det>[TtSs]{WORD_START}(?:(?<=[Tt])h(?:is|at|e|ese)|(?<=[Ss])aid))\s+"
    # no determiner or verb of saying among the modifiers: "the phone said the company",
    # "says that a Russian enterprise" (an indefinite: one not named before)
    # nor a quantifier: "said no Chinese company had" is none of them, not one named before
    r"(?P<mods>(?:(?!(?:the|this|that|these|said|says|told|a|an|no|any|every|each)\s)"
    r"[\w'’-]+\s+){0,3}?)"
    r"(?P<noun>company|firm|facility|site|complex|manufacturer|maker|producer|subsidiary|supplier|enterprise|plant|"
    r"factory|corporation|exporter|developer|contractor|entity|business|vendor|distributor|"
    r"conglomerate|concern|startup|trader|importer|zone|wholesaler|dealer|retailer|reseller|"
    r"forwarder|shipper|carrier|venture|outfit|intermediary|middleman|broker|seller|provider|"
    r"holding)\b"
)
POSS_GROUP_RE: Final = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:citizens|nationals|workers|troops|soldiers)\b"
)
BOTH_RE: Final = re.compile(
    rf"[BbTt]{WORD_START}(?:(?<=[Bb])oth|(?<=[Tt])he two)\s+"
    r"(?:countries|nations|governments|states|sides|capitals)\b"
)


_COREF_NOUNS: Final = word_set(
    """company firm facility site complex manufacturer maker producer subsidiary supplier
    enterprise plant factory corporation exporter developer contractor entity business vendor
    distributor conglomerate concern startup trader importer zone wholesaler dealer retailer
    reseller forwarder shipper carrier venture outfit intermediary middleman broker seller
    provider holding"""
)
# trades narrow enough that "the wholesaler" is the company an apposition called so, not
# just the last one named ("the manufacturer", "the firm")
DESCRIBED_NOUNS: Final = word_set(
    "wholesaler dealer retailer reseller forwarder shipper carrier distributor trader importer"
)


_POSSESSIVES: Final = word_set("our my his her its their your")
# "that his company had supplied": the speaker's own firm, the one the article named
_OWN_FIRM_NOUNS: Final = word_set("company firm business enterprise corporation")


def apply_coref(sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse) -> None:
    if sent.lows.isdisjoint(_COREF_NOUNS):
        return
    for m in COREF_RE.finditer(sent.text):
        start, end = sent.start + m.start(), sent.start + m.end()
        mods = m.group("mods").split()
        noun = m.group("noun")
        if mods and mods[0].lower() in _POSSESSIVES and noun not in _OWN_FIRM_NOUNS:
            continue  # "said that our distributor was re-exporting": another firm, unnamed
        inner = [x for x in out if x.start >= start and x.end <= end]
        if any(x.kind == "organization" and x.via != "gazetteer" for x in inner) and not mods:
            continue
        if any(x.start < start < x.end or x.start < end < x.end for x in out):
            continue
        lead = sent.text[max(0, m.start() - 2) : m.start()]
        if lead == ", " and any(
            x.end == start - 2 and x.kind == "organization" and not _cited(sent, x) for x in out
        ):
            continue  # "IEMZ Kupol, the Izhevsk-based manufacturer": an apposition
        own = [x for x in inner if x.kind == "organization" and x.via == "gazetteer"]
        if own and noun in _PLACE_NOUNS:
            continue  # "the Alabuga drone factory", "the Kupol plant": the named one
        mods_at = sent.start + m.start("mods")
        if noun in _SELF_NOUNS and any(
            x.start == mods_at and x.end == sent.start + m.start("noun") - 1 for x in own
        ):
            continue  # "the Shahed Aviation Industries company": the named one
        named = {x.name for x in inner if x.kind == "organization"}
        by_word = _by_name_word(state, mods, named)
        if (
            by_word is None
            and not inner
            and noun == "company"
            and mods
            and all(_is_name(w) for w in mods)
        ):
            # "the Vyriy company": a company named in passing, not one named before
            ts, te = token_index(tokens, start), token_index(tokens, end)
            name = " ".join(mods)
            out.append(Mention(start, end, ts, te, name, "organization", "company", via="pattern"))
            continue
        country = next((x.country for x in inner if x.kind in ("adjective", "country")), None)
        earlier = [
            x
            for x in out
            if x.end <= start
            and x.kind == "organization"
            and x.via != "list"
            and x.role not in ("media", "research", "government", COUNSEL)
        ]
        here = [
            OrgInfo(
                x.name,
                x.country or state.org_country.get(x.name),
                x.parent,
                x.parent is not None,
                x.role,
            )
            # "accuses X of supplying engines to Kupol, and placed the company on its list":
            # X; who received something in the same sentence is the less likely one (a
            # stable sort: the order of the rest is the text's)
            for x in sorted(earlier, key=lambda x: not _received(sent, x))
        ]
        # "and the freight company X", "the Georgian company, X,": the phrase introduces X,
        # named next, not one before (and tells where X is)
        introduced = _introduced(sent, end, bool(mods), out)
        if introduced is not None and country is not None and introduced.country is None:
            introduced.country = country
            state.org_country.setdefault(introduced.name, country)
        introduces = introduced is not None
        if noun in _SELF_NOUNS:  # "the company" is no zone (a place, not who runs it)
            named |= {o.name for o in [*state.orgs, *here] if _is_zone(o)}
        target = (
            None
            if introduces
            else (
                by_word
                or (_site_named_after(sent, m.end(), out) if noun in _PLACE_NOUNS else None)
                or _described(state, noun, named)
                or (
                    _last_zone(state, named, here)
                    if noun == "zone"
                    else _resolve_last(state, country, named, noun == "subsidiary", here, sent)
                )
            )
        )
        if target is not None and noun in _PLACE_NOUNS and _no_site(target.name):
            target = None  # "The factory" is not the recruitment agency "X Career Partners"
        if target is not None and noun in _SELF_NOUNS:
            target = _speaker_past_quote(sent, m.start(), m.end(), target, out, start, state)
        if target is None and country == _RUSSIA and _TO_RE.search(sent.text, 0, m.start()):
            continue  # "engines to the Russian plant that makes them": Russia gets them
        for x in inner:
            out.remove(x)
        if target is None:
            continue  # "the Malaysian company" unresolved: one company, never its nationality
        ts, te = token_index(tokens, start), token_index(tokens, end)
        out.append(
            Mention(
                start,
                end,
                ts,
                te,
                target.name,
                "organization",
                target.role,
                target.country,
                via="coref",
            )
        )


# the last word of a firm's name that says it runs no plant: an agency, a bank, a consultancy
_NO_SITE_TAILS: Final = word_set(
    "partners agency bank capital consulting recruitment staffing advisers advisors"
)


def _no_site(name: str) -> bool:
    return name.rsplit(" ", 1)[-1].lower() in _NO_SITE_TAILS


# `...,' the company said`: the phrase speaks right after the quote it closes
_AFTER_QUOTE_RE: Final = re.compile(r"(?:[\"”’'],?|,[\"”’'])\s*$")
_SAYS_NEXT_RE: Final = re.compile(r"\s+(?:said|says|added|adds|wrote|told|stated|noted)\b")


def _speaker_past_quote(
    sent: Sentence,
    at: int,
    end: int,
    target: OrgInfo,
    out: list[Mention],
    start: int,
    state: Discourse,
) -> OrgInfo:
    """'"X appears to have resold them," the company said': a company the quote speaks of
    is not the one saying it; the company that spoke last is (when the article has one)."""
    if not (
        _AFTER_QUOTE_RE.search(sent.text, max(0, at - 3), at)
        and _SAYS_NEXT_RE.match(sent.text, end)
    ):
        return target
    quoted = {x.name for x in out if x.end <= start and x.kind == "organization"}
    if target.name not in quoted or state.last_source in quoted:
        return target
    return next((o for o in state.orgs if o.name == state.last_source), target)


# "According to Ukrainian intelligence, the plant ...": the clause's subject follows the
# source, no apposition to it
_ACCORDING_RE: Final = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")


def _cited(sent: Sentence, x: Mention) -> bool:
    at = x.start - sent.start
    return _ACCORDING_RE.search(sent.text, max(0, at - 20), at) is not None


# "to Kupol", "to the Russian drone maker Kupol": where something went
_TO_BEFORE_RE: Final = re.compile(r"\bto\s+(?:[\w'’-]+\s+){0,4}$")


def _received(sent: Sentence, x: Mention) -> bool:
    at = x.start - sent.start
    return _TO_BEFORE_RE.search(sent.text, max(0, at - 60), at) is not None


def _introduced(sent: Sentence, end: int, described: bool, out: list[Mention]) -> Mention | None:
    """The organization the phrase ending at `end` introduces: named right after it, or
    after a comma when the phrase describes it ("the Georgian company, X")."""
    gap = 2 if described and sent.text[end - sent.start : end - sent.start + 2] == ", " else 1
    return next((x for x in out if x.start == end + gap and x.kind == "organization"), None)


_PLACE_NOUNS: Final = word_set("facility site complex plant factory zone")
# what a company is itself, not what it is to another ("the Almaz-Antey subsidiary")
_SELF_NOUNS: Final = word_set("company firm corporation concern enterprise conglomerate business")
# "The factory, in the Alabuga special economic zone, assembled ...": where it is names it
_SITE_AT_RE: Final = re.compile(r",?\s+(?:in|at|inside)\s+(?:the\s+)?")


def _site_named_after(sent: Sentence, at: int, out: list[Mention]) -> OrgInfo | None:
    m = _SITE_AT_RE.match(sent.text, at)
    if m is None:
        return None
    begin = sent.start + m.end()
    site = next((x for x in out if x.start == begin and x.kind == "organization"), None)
    if site is None:
        return None
    return OrgInfo(site.name, site.country, site.parent, site.parent is not None, site.role)


def _is_name(w: str) -> bool:
    return w[:1].isupper() and w not in NOT_NAME and not w.endswith(("'s", "’s"))


def _by_name_word(state: Discourse, mods: list[str], exclude: set[str]) -> OrgInfo | None:
    """ "the Dongguan company", "the Hengtai firm": the company whose name has that word."""
    words = {w for w in mods if _is_name(w)}
    if not words:
        return None
    return next(
        (o for o in reversed(state.orgs) if o.name not in exclude and words & set(o.name.split())),
        None,
    )


def _described(state: Discourse, noun: str, exclude: set[str]) -> OrgInfo | None:
    """ "X, a Yerevan-based electronics wholesaler ... The wholesaler's director": X."""
    if noun not in state.described:
        return None
    name = state.described[noun]
    if name in exclude:
        return None
    return next((o for o in state.orgs if o.name == name), None)


def _last_zone(state: Discourse, exclude: set[str], here: list[OrgInfo]) -> OrgInfo | None:
    """ "the zone", "the special economic zone": a place named as a zone, never the company
    named last."""
    return next(
        (o for o in reversed(state.orgs + here) if o.name not in exclude and _is_zone(o)),
        None,
    )


def _is_zone(o: OrgInfo) -> bool:
    return o.role != "media" and (" Zone" in o.name or o.name.endswith(" SEZ"))  # "The War Zone"


def _resolve_last(
    state: Discourse,
    country: str | None,
    exclude: set[str],
    subsidiary: bool,
    here: list[OrgInfo],
    sent: Sentence,
) -> OrgInfo | None:
    """The last fitting company, unless it is the last of companies named together just
    before ("Treasury sanctioned X and Y. The company shipped ...": which one, the text does
    not say)."""
    target = _resolve(state, country, exclude, subsidiary, here)
    if (
        target is not None
        and country is None
        and not subsidiary
        and not here
        and target.name in state.coordinated
        and state.org_named_at.get(target.name) == state.coordinated_at
        and sent.index - state.coordinated_at <= 2
    ):
        return None
    return target


def _resolve(
    state: Discourse,
    country: str | None,
    exclude: set[str],
    subsidiary: bool,
    here: list[OrgInfo] | None = None,
) -> OrgInfo | None:
    cands = [o for o in reversed(state.orgs + (here or [])) if o.name not in exclude]
    if subsidiary:
        for o in cands:
            if o.subsidiary or (o.parent and o.parent in exclude):
                return o
    for o in cands:
        if country is None or o.country == country:
            return o
    return None


# "a distributor registered in Hong Kong, X": a seat told before the name it describes
_SEAT_BEFORE_NAME_RE: Final = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(_COREF_NOUNS))})\s+"
    r"(?:(?:based|registered|located|headquartered|incorporated)\s+)?in\s+$"
)


def note_seat_before_name(sent: Sentence, out: list[Mention], state: Discourse) -> None:
    """ "from a distributor registered in Hong Kong, X": X is a Hong Kong company."""
    for place, org in pairwise(out):
        if (
            org.kind != "organization"
            or org.country is not None
            or place.kind not in ("country", "place")
            or place.country is None
            or sent.text[place.end - sent.start : org.start - sent.start] != ", "
        ):
            continue
        lead = sent.text[max(0, place.start - sent.start - 80) : place.start - sent.start]
        if _SEAT_BEFORE_NAME_RE.search(lead):
            org.country = place.country
            state.org_country.setdefault(org.name, place.country)


_SEAT_KINDS: Final = ("country", "place")
_POSSESSIVE_GAPS: Final = ("'s ", "’s ")
_NAME_END: Final = frozenset(",.;:)")


def note_seat_around_name(sent: Sentence, out: list[Mention], state: Discourse) -> None:
    """ "Istanbul's X", "X of Bishkek": the place is X's seat (what "the Turkish companies"
    later stands for); "X of Moscow's ..." names no seat."""
    text, base = sent.text, sent.start
    for a, b in pairwise(out):
        if a.kind in _SEAT_KINDS and b.kind == "organization":
            place, org = a, b
            seat = text[a.end - base : b.start - base] in _POSSESSIVE_GAPS
        elif a.kind == "organization" and b.kind in _SEAT_KINDS:
            place, org = b, a
            after = text[b.end - base : b.end - base + 5]
            seat = text[a.end - base : b.start - base] == " of " and (
                not after or after[0] in _NAME_END or after.startswith(" and ")
            )
        else:
            continue
        if seat and org.country is None and place.country and org.via != "gazetteer":
            org.country = place.country
            state.org_country.setdefault(org.name, place.country)


# "the law firm X", "lawyers at X", "X, a Vienna law firm": a firm that counsels, never
# the company "the firm" or "the companies" stand for
_LAW_FIRM_BEFORE_RE: Final = re.compile(
    r"\b(?:law\s+firm|(?:lawyers?|attorneys?|solicitors?|counsel)\s+(?:at|from|with))\s+$",
    re.I,
)
_LAW_FIRM_AFTER_RE: Final = re.compile(
    r",?\s+(?:(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?)?law\s+(?:firm|office|practice)\b", re.I
)
_COUNSEL_CUES: Final = word_set(
    "law lawyer lawyers attorney attorneys solicitor solicitors counsel"
)
COUNSEL: Final = "counsel"


def mark_counsel(sent: Sentence, out: list[Mention], state: Discourse) -> None:
    if sent.lows.isdisjoint(_COUNSEL_CUES) and not state.counsel:
        return
    for x in out:
        if x.kind != "organization":
            continue
        at, end = x.start - sent.start, x.end - sent.start
        if (
            x.name in state.counsel
            or _LAW_FIRM_BEFORE_RE.search(sent.text, max(0, at - 40), at)
            or _LAW_FIRM_AFTER_RE.match(sent.text, end)
        ):
            x.role = COUNSEL
            state.counsel.add(x.name)
