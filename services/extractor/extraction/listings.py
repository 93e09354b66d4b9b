"""Sentences that list who a sanctions package names, with the package (or the targets)
as their subject: `The new listings include X and Y`, `The package also includes X`,
`Those targeted by the Treasury include X; Y; and Z`, `The three companies named in the
package are X, Y and Z`. They are read only where sanctions are the topic."""

from __future__ import annotations

import re
from typing import Final

from .lexicon import SMALL_NUMBERS, any_of, any_word_in
from .mentions import Mention

LISTING_OPEN_RE: Final = re.compile(
    # "Among the Chinese entities is X", where sanctions are the topic: the ones listed
    r"^[\"“]?Among\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:entities|companies|firms|targets|"
    r"individuals|businesses|suppliers)\s+"
    # "Among the Chinese companies on the list is X"
    r"(?:on\s+(?:the|its|their)\s+(?:[\w.'’-]+\s+){0,2}?list\s+)?"
    r"(?:(?:is|are|was|were)\s+)(?:also\s+)?|"
    # "Among the most significant is X", "Among those subject to asset freezes is X"
    r"^[\"“]?Among\s+(?:the\s+most\s+(?:significant|notable|prominent|important)|those\s+"
    r"(?:subject\s+to|hit\s+(?:by|with))\s+[^,;:]{1,40}?)\s+(?:is|are|was|were)\s+(?:also\s+)?|"
    # "Among the firms named by OFAC are X, Y and Z": all of them named
    r"^[\"“]?(?:Among\s+(?=the\s|those\s))?(?:The|This|These|Those|Its|Their|the|those)\s+"
    r"(?:[\w.'’-]+\s+){0,5}?(?:listings?|package|designations|(?:sanctions\s+)?list|round|"
    # "The Chinese firms on the list include X"
    r"(?:companies|firms|entities|individuals|people|suppliers|businesses)\s+on\s+(?:the|its|"
    r"their)\s+(?:[\w.'’-]+\s+){0,2}?list|(?:(?:companies|firms|entities|"
    r"individuals|people|persons|officials|businesses)\s+)?(?:named|listed|designated|targeted|"
    r"sanctioned))\b[^;:\"“]{0,150}?\s(?<!\sthe\s)(?:also\s+)?(?:include|includes|included|are|were|"
    r"cover|covers|covered|comprise|comprises|targets|target|targeted|lists|listed|names|named):?\s"
)
# a word of each branch of LISTING_OPEN_RE ("listings", "listed" hold "list"): the regex
# is skipped without one
_LISTING_OPEN_NEEDS: Final = (
    "Among",
    "list",
    "package",
    "designations",
    "round",
    "named",
    "designated",
    "targeted",
    "sanctioned",
)
# what may stand between "the" and "list" (not "the Fortune list")
_LIST_MODIFIERS: Final = (
    r"(?:(?:new|latest|updated|expanded|revised|same|sanctions|sanction|entity|consolidated|"
    r"official|Treasury|EU|E\.U\.|US|U\.S\.|UK|British|American|Japanese|Ukrainian)\s+){0,2}"
)
# "The only individual on the list is a Chinese national, X", "The other company on the
# new list was X": one named member (or several) of the list
ON_LIST_OPEN_RE: Final = re.compile(
    r"^[\"“]?(?:The|This|Its|Their)\s+(?:[\w.'’-]+\s+){0,3}?(?:company|firm|entity|individual|"
    r"person|supplier|business|bank|companies|firms|entities|individuals|people|persons|"
    r"suppliers|businesses|banks)\s+on\s+(?:the|its|their)\s+"
    rf"{_LIST_MODIFIERS}(?:list|blacklist)\s+(?:(?:is|was|are|were)\s+)(?:also\s+)?"
)
# "A dozen of those listed are Chinese trading companies": part of the targets, by kind
PART_LISTED_RE: Final = re.compile(
    r"^[\"“]?(?:[\w-]+\s+){1,3}?of\s+(?:those|these|the\s+(?:[\w-]+\s+){0,2}?(?:companies|"
    r"firms|entities|individuals|targets|people|persons|businesses))\s+(?:newly\s+)?(?:named|"
    r"listed|designated|targeted|sanctioned)\s+(?:[\w,-]+\s+){0,4}?(?:are|were|include|"
    r"included)\s"
)
_PART_LISTED_VERBS: Final = ("named", "listed", "designated", "targeted", "sanctioned")
# "Two of the Russian additions, X and Y, are design bureaus": the members in apposition
PART_APPOSED_RE: Final = re.compile(
    r"^[\"“]?(?:[\w-]+\s+){1,2}?of\s+(?:the|those|these)\s+(?:[\w.'’-]+\s+){0,2}?(?:additions|"
    r"listings|designations|entries|targets)\s*,\s"
)
_APPOSED_NOUNS: Final = ("additions", "listings", "designations", "entries", "targets")
# a word that opens the list sentence: the cheap gate before the regex
LISTING_FIRSTS: Final = frozenset(
    {"The", "This", "These", "Those", "Its", "Their", '"The', "“The", "Among"}
)
# "..., X, who is believed to control several of the Hong Kong entities": the list ends
_RELATIVE_RE: Final = re.compile(r",\s+(?:who|whom|whose|which)\s")
_PREP_BEFORE_RE: Final = re.compile(r"\b(?:to|from|with|for|by)\s+$")
_SAYS_RE: Final = re.compile(r"\s+(?:says|said|say|alleges|believes|claims)\b")
_MEMBER_PREPS: Final = frozenset({None, "including", "as"})
_APPOSED_PREPS: Final = _MEMBER_PREPS | {"of"}


def listing_members(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The actors a listing sentence names after its verb, or [] when it is none."""
    m = LISTING_OPEN_RE.match(text) if any_word_in(text, _LISTING_OPEN_NEEDS) else None
    cut = base + len(text)
    if m is None and " on " in text:
        m = ON_LIST_OPEN_RE.match(text)
        rel = _RELATIVE_RE.search(text, m.end()) if m is not None else None
        if rel is not None:
            cut = base + rel.start()  # one member named, then what it did
    if m is None and " of th" in text[:40] and any_word_in(text, _PART_LISTED_VERBS):
        m = PART_LISTED_RE.match(text)
    preps = _MEMBER_PREPS
    if m is None and " of th" in text[:40] and any_word_in(text[:60], _APPOSED_NOUNS):
        m = PART_APPOSED_RE.match(text)
        preps = _APPOSED_PREPS  # the members take the "of" of the phrase they stand for
    if m is None:
        return []
    at = base + m.end()
    out: list[Mention] = []
    for mn in mentions:
        if mn.start < at or mn.start >= cut or not mn.is_actor:
            continue
        if mn.in_apposition or mn.possessive:
            continue
        if mn.prep not in preps and mn.kind != "country":
            continue
        if mn.role in ("media", "research", "government"):
            continue
        counted = (
            mn.kind == "country" and bool(out) and _counted_by_country(text, base, out[-1], mn)
        )
        if mn.kind == "country" and not counted:
            continue
        if _SAYS_RE.match(text, mn.end - base):
            continue  # "two Chinese companies that the UK says supply engines"
        if not counted and _PREP_BEFORE_RE.search(
            text, max(0, mn.start - base - 6), mn.start - base
        ):
            continue  # "X, a firm that sent parts to Russia-based companies": whom X served
        out.append(mn)
    return out


# "24 companies registered in China, 9 from Belarus and others from Russia, Turkey and the
# UAE": the members counted by country after the first group
_COUNT_FROM_RE: Final = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|others?)"
    r"\s+(?:more\s+)?(?:from|in)\s+(?:the\s+)?$"
)
_COUNT_LIST_GAP_RE: Final = re.compile(r"^\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$")


def _counted_by_country(text: str, base: int, last: Mention, mn: Mention) -> bool:
    if mn.prep not in ("from", "in") or last.kind not in ("group", "country"):
        return False
    gap = text[last.end - base : mn.start - base]
    if _COUNT_FROM_RE.match(gap):
        return True
    return last.kind == "country" and bool(_COUNT_LIST_GAP_RE.match(gap))


# "Roughly a third of the companies hit with asset freezes are based in mainland China or
# Hong Kong", "19 of those are registered in China": where sanctions are the topic, a share
# of the targets seated in a country lists that country's firms
_SEATED_SHARE_RE: Final = re.compile(
    r"\b[Oo]f\s+(?:the|those|these|them)\b(?P<span>[^.;:]{0,90}?)\s(?:are|were)\s+(?:all\s+|also\s+)?"
    r"(?:based|registered|located|headquartered|incorporated)\s+in\s+(?:mainland\s+)?"
)
# the share's noun phrase names the targets: "of the newly listed companies", "of the
# companies hit with asset freezes" (not "of the firms" alone: any firms)
_TARGET_CUE_RE: Final = re.compile(
    r"\b(?:listed|lists|listings?|sanctioned|designated|designations|targeted|targets|blacklisted|"
    r"freezes?|frozen|hit)\b"
)
# (", nine in Kyrgyzstan, four in Turkey and two in the UAE": each further count's seat)
_SEAT_LIST_GAP_RE: Final = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:(?:\d+|"
    + "|".join([*SMALL_NUMBERS, "eleven", "twelve"])
    + r")\s+(?:more\s+)?in\s+(?:the\s+)?)?(?:mainland\s+)?"
)
# "Of those, 19 are based in China": the share opens the sentence, its targets the last one's
_BACK_SHARE_OPENS: Final = ("Of those", "Of these", "Of them", "Of the ")


def seated_share(
    mentions: list[Mention], text: str, base: int, after_targets: bool = False
) -> list[Mention]:
    """The countries a share of the targets is seated in (`_SEATED_SHARE_RE`);
    `after_targets`: the sentence before listed or sanctioned the targets."""
    if " in " not in text:
        return []
    seat = _SEATED_SHARE_RE.search(text)
    if seat is None:
        return []
    back = after_targets and text.startswith(_BACK_SHARE_OPENS) and seat.start() == 0
    if not back and _TARGET_CUE_RE.search(text, 0, seat.end("span")) is None:
        return []
    at = base + seat.end()
    out: list[Mention] = []
    for mn in mentions:
        if mn.start < at or mn.kind != "country":
            continue
        gap = text[at - base : mn.start - base]
        if not _SEAT_LIST_GAP_RE.fullmatch(gap):
            break
        at = mn.end
        if mn.name == "Hong Kong" and any(x.name == "China" for x in out):
            continue  # "in mainland China or Hong Kong": China's firms, one group
        out.append(mn)
    return out


def listing_authority(mentions: list[Mention], text: str, base: int) -> str | None:
    """Who imposes what a listing sentence lists, when its subject names them ("The E.U.
    package also targets ...")."""
    m = LISTING_OPEN_RE.match(text)
    if m is None:
        return None
    for mn in mentions:
        if mn.start >= base + m.end():
            break
        if mn.kind == "country" or (mn.kind == "organization" and mn.role == "government"):
            return mn.name
        if mn.kind == "adjective" and mn.country:
            return mn.country  # "the British listings"
    return None


# "any of X's assets in the United States are frozen": X is sanctioned
_FROZEN_RE: Final = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:assets|property|funds)\b[^.;]{0,60}?\b(?:are|were|will\s+be|"
    r"have\s+been|has\s+been|had\s+been|would\s+be)\s+(?:\w+\s+)?(?:frozen|blocked)\b"
)


# "the Treasury accused X of ..., and froze any of its assets": X, the one named before
# "its", after the authority that froze them
_FROZE_ITS_RE: Final = re.compile(
    r"\band\s+(?:also\s+|has\s+|had\s+)?(?:froze|frozen)\s+(?:any\s+|all\s+)?(?:of\s+)?"
    r"(?:its|their|his|her)\s+(?!own\b)(?:[\w-]+\s+){0,2}?(?:assets|property|funds|accounts)\b"
)
# "X, Y and Z will have any assets in Britain frozen": the subjects are sanctioned
_HAVE_FROZEN_RE: Final = re.compile(
    r"\b(?:will\s+|now\s+|also\s+)?(?:have|has|had)\s+(?:had\s+)?(?:any|all|their|its)\s+"
    r"(?:of\s+their\s+|of\s+its\s+)?(?:[\w-]+\s+)?(?:assets|property|funds)\b"
    r"[^.;,]{0,40}?\b(?:frozen|blocked)\b"
)
FREEZE_WORDS: Final = frozenset({"frozen", "froze", "freezes", "freezing", "freeze", "blocked"})


def frozen_owners(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The owners whose assets the sentence says are frozen."""
    owners = [
        m
        for m in mentions
        if m.possessive
        and m.is_actor
        and m.kind != "country"
        and _FROZEN_RE.match(text, m.end - base)
    ]
    had = _HAVE_FROZEN_RE.search(text) if not owners else None
    if had is not None:
        owners = _subject_list(mentions, text, base, had.start())
    froze = _FROZE_ITS_RE.search(text) if not owners else None
    if froze is not None:
        before = [
            m
            for m in mentions
            if m.end - base <= froze.start()
            and m.is_actor
            and m.kind in ("organization", "person")
            and m.role not in ("media", "research", "government")
            and not m.in_apposition
        ]
        authority = next(
            (m for m in mentions if m.kind == "country" or m.role == "government"), None
        )
        if authority is not None and before and authority.end <= before[-1].start:
            owners = before[-1:]  # "The Treasury accused X of ..., and froze its assets"
    return owners


_LIST_GAP_RE: Final = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_SUBJECT_END_RE: Final = re.compile(r"\s*[—–]?\s*")
# what may open the sentence before its list of subjects: "The four — X, Y and Z —"
_LIST_OPENER_RE: Final = re.compile(r"(?:(?:The|All|Both)\s+[\w\s]{0,20}?[—–:]\s*)?")


def _subject_list(mentions: list[Mention], text: str, base: int, verb: int) -> list[Mention]:
    """The companies or people listed as the sentence's subject, right before `verb`."""
    actors = [
        m
        for m in mentions
        if m.end - base <= verb
        and m.kind in ("organization", "person")
        and m.role not in ("media", "research", "government")
    ]
    if not actors or not _SUBJECT_END_RE.fullmatch(text, actors[-1].end - base, verb):
        return []
    members = [actors[-1]]
    for prev in reversed(actors[:-1]):
        if not _LIST_GAP_RE.fullmatch(text, prev.end - base, members[0].start - base):
            break
        members.insert(0, prev)
    if not _LIST_OPENER_RE.fullmatch(text, 0, members[0].start - base):
        return []
    return members


_REF_NOUNS: Final = (
    r"(?:company|firm|entity|supplier|business|trader|exporter|manufacturer|maker|distributor|"
    r"individual|businessman|businesswoman|person|bank)"
)
# "Brussels accuses another listed company, Hong Kong's X Ltd., of ...": X is listed
_LISTED_REF_RE: Final = re.compile(
    r"\b(?:[Aa]nother|[Tt]he|[Aa]|[Oo]ne|[Oo]ther)\s+(?:(?:second|third|fourth|fifth|further|other)\s+)?"
    r"(?:newly\s+)?(?:listed|sanctioned|designated|blacklisted)"
    rf"\s+(?:[\w-]+\s+){{0,2}}?{_REF_NOUNS}\s*,\s*"
    r"(?:(?:[A-Z][\w.-]*\s){0,2}?[A-Z][\w.-]*['’]s\s+)?$"
)
LISTED_WORDS: Final = frozenset({"listed", "sanctioned", "designated", "blacklisted"})


# "Shenzhen-based X Co, one of the companies designated, had sold ...": X is listed
_ONE_OF_LISTED_RE: Final = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?,\s+(?:one|another|among)\s+(?:of\s+)?(?:the|those|these|"
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|more\s+than"
    r"\s+\d+)\s+(?:[\w-]+\s+){0,2}?(?:(?:other\s+)?" + _REF_NOUNS + r"(?:s|es)?\s+|entities\s+|"
    r"individuals\s+|people\s+|persons\s+)?(?:(?:that|which|who)\s+(?:were|was)\s+)?"
    r"(?:newly\s+)?(?:listed|sanctioned|designated|blacklisted|targeted)\b"
)


def listed_referents(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The actors a sentence names as `another listed company, X` or `X, one of the firms
    designated` (where sanctions are the topic, a listed company is a sanctioned one)."""
    return [
        m
        for m in mentions
        if m.is_actor
        and m.kind in ("organization", "person")
        and not m.in_apposition
        and (
            _LISTED_REF_RE.search(text, max(0, m.start - base - 90), m.start - base) is not None
            or _ONE_OF_LISTED_RE.match(text, m.end - base) is not None
        )
    ]


# "the listed Indian firms had supplied ...": the next sentence's "One of them, X" is one
LISTED_GROUP_RE: Final = re.compile(
    r"\b(?:the|these|those)\s+(?:newly\s+)?(?:listed|sanctioned|designated|blacklisted|targeted)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|entities|businesses|suppliers|exporters|"
    r"individuals|traders)\b"
)
# words every match of LISTED_GROUP_RE contains: the cheap gate before it
_LISTED_GROUP_NOUNS: Final = any_of(
    "companies firms entities businesses suppliers exporters individuals traders"
)


def names_listed_group(text: str) -> bool:
    """Whether the sentence speaks of "the listed companies" (LISTED_GROUP_RE)."""
    return any_word_in(text, _LISTED_GROUP_NOUNS) and LISTED_GROUP_RE.search(text) is not None


ONE_OF_THEM: Final = ("One of them, ", "One of those, ", "One of these, ")

_SET_NOUNS: Final = (
    r"(?:companies|company|firms|firm|entities|entity|businesses|business|traders|trader|"
    r"suppliers|supplier|exporters|exporter|banks|bank)"
)
# "The other two, X and Y, were accused", "A second company, X, sold", "Another, X, is
# accused", "According to the journal, one of those companies, X, sold": members of a set
# of targets named just before
_BACK_REFERENCE_RE: Final = re.compile(
    r"^(?:According to [^,]{3,60}, )?"
    r"(?:(?:[Tt]he|[Aa]) (?:other|second|third|fourth|fifth|sixth|remaining|last|final)"
    rf"(?: (?:two|three|four|five))?(?: {_SET_NOUNS})?"
    rf"|[Aa]nother(?: {_SET_NOUNS}| targets?)?"
    # "One of the companies, X, was accused of"
    rf"|[Oo]ne of (?:them|those|these|the)(?: {_SET_NOUNS}| targets)?),\s+"
)
# what joins the members of a back-reference: "X and Y", "X, Y and Z"
_MEMBER_JOIN_RE: Final = re.compile(r"(?:,\s+|,?\s+and\s+)")


def back_reference_members(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The organizations a back-reference to a set of targets names: `The other two, X
    and Y, were accused of ...` (X and Y), or [] when the sentence opens otherwise."""
    if text[:1] not in "TtAaO" or "," not in text[:90]:
        return []
    ref = _BACK_REFERENCE_RE.match(text)
    if ref is None:
        return []
    out: list[Mention] = []
    for mn in mentions:
        if mn.start - base < ref.end() or not mn.is_actor or mn.in_apposition:
            continue
        if not out:
            if mn.kind != "organization" or mn.start - base - ref.end() > 30:
                break  # "Another, Hong Kong-based X": a seat may open the name
            out.append(mn)
        elif mn.kind == "organization" and _MEMBER_JOIN_RE.fullmatch(
            text, out[-1].end - base, mn.start - base
        ):
            out.append(mn)
        else:
            break
    if out and _REPLY_AFTER_RE.match(text, out[-1].end - base):
        return []  # "A second company, X, said it would appeal": which set is not said
    return out


# what a member named in a back-reference says or does not say (not its conduct)
_REPLY_AFTER_RE: Final = re.compile(
    r"[^,]{0,30},\s+(?:said|says|told|declined|denied|did\s+not|could\s+not|has\s+not|"
    r"would|will)\b"
)


def one_of_them(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """`One of them, Mumbai-based X, shipped ...`: X, the member named first."""
    for m in mentions:
        if m.is_actor and m.kind in ("organization", "person") and m.start - base < 80:
            return [m]
    return []


# "X, one of two Uzbek firms on the list, ...", "X, also on the blacklist, ...", "X, which
# is among the companies on the new list": X is one of those listed
_ON_LIST_APPOSITION_RE: Final = re.compile(
    r",\s+(?:(?:which|who)\s+(?:is|was|are|were)\s+)?(?:also\s+)?"
    r"(?:(?:one|two|three|four|five|another|among|the\s+only|the\s+sole|the\s+other|"
    r"the\s+first|the\s+last|the\s+largest|the\s+biggest)\b[^,;()]{0,60}?\s)?"
    rf"on\s+(?:the|its|their|this|that)\s+{_LIST_MODIFIERS}(?:list|blacklist)\b"
)


def list_appositions(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The organizations and people a sentence says, in an apposition, are on the list."""
    return [
        m
        for m in mentions
        if m.is_actor
        and m.kind in ("organization", "person")
        and not m.in_apposition
        and m.role not in ("media", "research", "government")
        and _ON_LIST_APPOSITION_RE.match(text, m.end - base)
    ]


# "X was put on the list the same day", "Both X and Y appear on the new list": the
# sentence's subjects are on the list the article has just spoken of ("X was added to the
# list" is a sanction trigger of its own: triggers._added_to_list)
_ON_LIST_PREDICATE_RE: Final = re.compile(
    r"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|likewise\s+)?"
    r"(?:put\s+on|placed\s+on|included\s+on|included\s+in)"
    r"|(?:also\s+)?(?:appears?|appeared|features?|featured|figures?|figured)\s+on"
    r"|(?:is|are|was|were)\s+(?:also\s+)?on)"
    rf"\s+(?:the|its|their|this|that)\s+{_LIST_MODIFIERS}(?:list|blacklist)\b"
    # (not "the list of companies sponsoring the fair": a list of something else)
    r"(?!\s+of\s+(?!(?:sanctioned|designated|blacklisted)\b))"
)
_SUBJECT_LINKS: Final = (" and ", ", ", ", and ")


def listed_subjects(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """`X was put on the list`, `Both X and Y appear on the new list`: the organizations
    and people the sentence opens with, when its predicate puts them on the list."""
    actors = [
        m
        for m in mentions
        if m.is_actor
        and m.kind in ("organization", "person")
        and m.role not in ("media", "research", "government")
        and m.prep is None
    ]
    for i, m in enumerate(actors):
        if _ON_LIST_PREDICATE_RE.match(text, m.end - base) is None:
            continue
        out = [m]
        j = i
        while j > 0 and text[actors[j - 1].end - base : actors[j].start - base] in _SUBJECT_LINKS:
            j -= 1
            out.insert(0, actors[j])
        lead = text[: out[0].start - base].strip()
        return out if lead in ("", "Both", "Also", "And") else []
    return []
