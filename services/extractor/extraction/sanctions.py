"""sanctions_imposed: who is sanctioned (the subject) and by whom (the source)."""

from __future__ import annotations

import re
from typing import Final

from .companions import acts_along, along_with_at, place_describes_next
from .lexicon import (
    COMPANY_NOUNS,
    NEGATOR_STARTS,
    SMALL_NUMBERS,
    any_of,
    any_word_in,
    gated_search,
    may_contain,
    search_from,
)
from .list_links import links_list
from .mentions import Mention
from .roles import RUSSIA
from .triggers import Trigger, clause_bounds
from .wordset import word_set

_CONJ_GAP_RE: Final = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?")
_NEGATED_RE: Final = re.compile(
    r"(?:\b(?:never|not|no|neither|nor)\s+|n't\s+)"
    r"(?:subject\s+to\s+(?:[\w.-]+,?\s+){0,5}|(?:\w+\s+){0,2})$",  # "not subject to any US or EU"
    re.I,
)
# "Neither X nor Y has been sanctioned": the verb after the second member is negated
_NEITHER_NOR_RE: Final = re.compile(
    r"\b(?i:neither)\s+[^.;:]{1,120}?\bnor\s+"
    r"(?:(?!\b(?:and|but|while|after|before|as|when|whereas|though|although)\b)[^.;:,()]){1,80}$"
)


def _neither_nor_before(text: str, at: int) -> bool:
    window = text[max(0, at - 200) : at]
    return "either " in window and _NEITHER_NOR_RE.search(window) is not None


_LIST_PREPS: Final = frozenset({"on", "against", "including", "targeting"})
_FREEZE_PREPS: Final = _LIST_PREPS | {"of"}
_APPLY_PREPS: Final = _LIST_PREPS | {"to"}  # "the sanctions apply to X"
_PASSIVE_LEFT_RE: Final = re.compile(
    r"\b(?:is|are|was|were|been|being|be|under|faces?|facing)\s+(?:\w+\s+){0,3}$",
    re.I,
)
_INVERTED_RE: Final = re.compile(r"^\s*(?:were|was|are|is|included|include|includes)\b", re.I)
_VERB_FORMS: Final = (
    "target",
    "targeted",
    "targeting",
    "targets",
    "listed",
    "sanctioned",
    "sanctioning",
    "blacklisted",
    "blacklisting",
    "designated",
    "designating",
    "listing",
    "lists",
    "named",
    "names",
    "included",
    "penalized",
    "penalised",
    "added",  # (a bare passive only, triggers.py: "X and Y were added on the grounds that")
    "singled",
    "hit",  # (triggers.py makes it one only after a package: "Earlier rounds hit X")
    "hits",
    "sanctions",
)
_NOUN_TARGET_RE: Final = re.compile(
    # "its 12th package of sanctions, which includes three Chinese companies"
    r"^,?\s*(?:which|that)\s+(?:also\s+)?(?:includes?|included|lists?|listed|targets?|targeted|"
    r"names?|named|covers?|covered)\s"
    r"|^\s*(?:(?!and\b|or\b|but\b|call\w*\b|urg\w+\b)\w+\s+){0,3}?"
    r"(?:on|against|targeting|that target(?:ed)?|which target(?:ed)?|"
    # "the 14th sanctions package listed 19 Chinese entities"
    r"(?:package|list|round)(?:,\s[^,;]{3,40},)?\s+(?:also\s+)?(?:listed|lists|included|"
    r"includes|named|names|targeted|targets|covers|covered|adds|added))\s"
    # "sanctions drawn up by the security council against the three companies: X; Y"
    r"|^\s*(?:\w+\s+){1,2}?by\s[^,;:]{1,80}?\s(?:on|against|targeting)\s"
    # "the designations target 12 Chinese firms", "the sanctions hit three banks"
    r"|^\s*(?:\w+\s+){0,2}?(?:target|targets|targeted|hit|hits|cover|covers|include|includes|"
    r"included)\s"
    # "the sanctions apply, in particular, to X", "the restrictions also extend to X"
    r"|^\s*(?:also\s+|now\s+|will\s+)?(?:apply|applies|applied|extend|extends|extended)"
    r"(?:,\s[^,;]{1,30},)?\s+(?:also\s+|in\s+particular\s+)?to\s",
    re.I,
)


def _authority(
    trig: Trigger,
    mentions: list[Mention],
    text: str,
    base: int,
    lo: int,
    speaker: str | None,
    clause_subject: bool = False,  # "a day after the US Treasury added ...": may follow "after"
) -> str | None:
    for m in mentions:  # "by X" after a passive, "under sanctions from X"
        if (
            m.start >= trig.end
            and m.start - trig.end < 40
            and (
                m.prep == "by" or (m.prep == "from" and text.startswith(" from ", trig.end - base))
            )
        ):
            return m.country if m.kind == "adjective" else m.name
        if (
            m.possessive
            and m.start >= trig.end
            and trig.word[:5].lower() == "among"
            and _is_government(m)
            and _LIST_OWNER_GAP_RE.fullmatch(text, trig.end - base, m.start - base)
        ):  # "X was among 12 entities added to the EU's list": whose list
            return m.name
    if trig.start > base and text[trig.start - base - 1] == "-":
        for m in mentions:  # "the UK-sanctioned drone maker X" was read as a group of the UK
            if m.kind == "group" and m.start < trig.start < m.end and m.name != RUSSIA:
                return m.name
    for m in mentions:  # "under full blocking sanctions in the United States": whose
        if (
            m.prep == "in"
            and m.kind == "country"
            and m.name != RUSSIA
            and _KIND_IN_RE.fullmatch(text, trig.end - base, m.start - base)
            and _KIND_BEFORE_RE.search(text, 0, trig.start - base)
        ):
            return m.name
    left = [m for m in mentions if base + lo <= m.start and m.end <= trig.start]
    for m in left:
        gap = trig.start - m.end
        if (
            _is_government(m)
            and (
                0 <= gap <= 2
                or (m.possessive and gap <= 4)
                or _SANCTION_KINDS_RE.fullmatch(text, m.end - base, trig.start - base)
            )
            and m.name != RUSSIA
        ):
            # "the US sanctions list", "EU sanctions" (not "its Russia sanctions"); "US and
            # EU sanctions": the first named; "the European Union's sanctions list"
            return _first_sanctioner(m, left, text, base)
    for m in reversed(left):
        if m.possessive and _owns_name(m, left, text, base):
            continue  # "India's X Pvt. Ltd. was listed": where X is, not who lists it
        if m.kind == "adjective" and m.country:
            # "U.S. sanctions"; "American, British and European sanctions": the first named
            # (the gazetteer names no state by "European": the list ends after the last one)
            tail = _ADJECTIVE_TAIL_RE.fullmatch(text, m.end - base, trig.start - base) is not None
            if tail or trig.start - m.end <= 12:
                return _first_sanctioner(m, left, text, base, ended=tail)
        if (
            m.kind in ("country", "organization")
            and (
                m.prep is None
                or m.possessive
                or (
                    m.prep in _CLAUSE_OPENERS
                    and (
                        clause_subject
                        or _IMPOSING_VERB_RE.fullmatch(text, m.end - base, trig.start - base)
                    )
                )
            )
            and (not m.in_apposition)
            and (m.kind == "country" or m.role == "government")
            and m.name != RUSSIA  # "India's Russia Problem: Sanctioned Firms": no authority
        ):
            group = _conjuncts(m, left, text, base)
            if speaker in {x.name for x in group}:
                return speaker  # "Japan and South Korea imposed ..., Seoul said"
            return group[0].name
        if (  # "Zelenskyy signed a decree to impose sanctions": his state's
            m.kind == "person"
            and m.role in _STATE_ROLES
            and m.prep is None
            and m.country not in (None, RUSSIA)
        ):
            return m.country
    if trig.word.lower() == "entity list":
        return _ENTITY_LIST_OWNER  # the Commerce Department's list, by its own name
    return None


_ENTITY_LIST_OWNER: Final = "United States"
_LIST_OWNER_GAP_RE: Final = re.compile(
    r"\s+(?:added\s+to|listed\s+in|included\s+in)\s+(?:the\s+)?", re.I
)
# "British and European sanctions": a last adjective the gazetteer does not name a state by
# the kind of sanctions between who imposes them and the noun: "US blocking sanctions"
_KINDS: Final = (
    r"(?:full|blocking|secondary|sectoral|financial|economic|targeted|new|fresh|additional|"
    r"further|comprehensive|sweeping)"
)
_SANCTION_KINDS_RE: Final = re.compile(rf"\s+{_KINDS}(?:\s+{_KINDS})?\s+")
# "under full blocking sanctions in the United States": the kind said before, the state after
_KIND_BEFORE_RE: Final = re.compile(rf"\bunder\s+(?:{_KINDS}\s+)+$")
_KIND_IN_RE: Final = re.compile(r"\s+in\s+(?:the\s+)?")
_ADJECTIVE_TAIL_RE: Final = re.compile(r",?\s+(?:and|or)\s+(?-i:[A-Z])[a-z]+\s+")
_AND_OR_RE: Final = re.compile(r"\b(?:and|or)\b")
_CLAUSE_OPENERS: Final = ("after", "since", "before", "when", "until")
# "India said ... after Washington imposed sanctions on": the clause's own subject imposes
# them, not the main clause's speaker
_IMPOSING_VERB_RE: Final = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:imposed|slapped|levied|announced|"
    r"introduced|unveiled|placed)\s+(?:new\s+|fresh\s+|further\s+|more\s+)?"
)
_STATE_ROLES: Final = ("leader", "official")  # people who act for their state


def _owns_name(m: Mention, left: list[Mention], text: str, base: int) -> bool:
    """Whether a possessive mention stands before an organization's or a person's name
    (`India's Shreeram Avionics`), not before a sanctions noun (`Britain's sanctions`)."""
    return any(
        x.kind in ("organization", "person")
        and 0 <= x.start - m.end <= 3
        and text[m.end - base : x.start - base].strip() in ("'s", "’s")
        for x in left
    )


def _is_government(m: Mention) -> bool:
    return m.kind == "country" or (m.kind == "organization" and m.role == "government")


def _first_sanctioner(
    m: Mention, left: list[Mention], text: str, base: int, *, ended: bool = False
) -> str | None:
    """`US, British and EU sanctions`: the first state or bloc of the list (the gold's
    convention for a list of sanctioning authorities)."""
    first = m
    for prev in reversed([x for x in left if x.end <= m.start]):
        state = _is_government(prev) or (prev.kind == "adjective" and prev.country is not None)
        if not state or prev.name == RUSSIA:
            break
        gap = text[prev.end - base : first.start - base]
        if not _CONJ_GAP_RE.fullmatch(gap) or (
            first is m and not ended and not _AND_OR_RE.search(gap)
        ):
            break  # a list ends in "and": "In Armenia, the Treasury sanctioned" is no list
        first = prev
    return first.country if first.kind == "adjective" else first.name


def _conjuncts(m: Mention, left: list[Mention], text: str, base: int) -> list[Mention]:
    """`Britain, France and Germany imposed ...`: the whole list, first first."""
    group = [m]
    for prev in reversed([x for x in left if x.end <= m.start]):
        gap = text[prev.end - base : group[0].start - base]
        same = prev.kind == m.kind or (_is_government(prev) and _is_government(m))
        if same and _CONJ_GAP_RE.fullmatch(gap):
            group.insert(0, prev)
        else:
            break
    return group


_LIST_GAP_RE: Final = re.compile(
    # ", head of the army's drone command, and Brigadier General Y": an apposition may open
    # with a bare office noun, and a title may stand before the next name
    # "X LLP of Mumbai; and Y", "X, based in Tashkent, and Y": where the last one is, before
    # the next name
    r"^(?:,?\s+(?:(?:based|registered|headquartered)\s+)?(?:of|in|from)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?=[,;]))?"
    r"(?:\s+\([^)]{0,80}\)(?=,))?"  # "X (MZKT), which builds chassis ..., and Y"
    r"(?:,\s+(?:a|an|the|which|who|that|(?-i:[a-z]+)(?<!ing)(?<!ed)(?:\s(?-i:[a-z]+)(?<!ing)(?<!ed))?\s+of)\b[^;]*?)?"
    r"\s*(?:\([^)]{0,80}\))?\s*[,;]?\s*"
    r"(?:and|or|as well as|including|plus|along with)?\s*"
    r"(?:(?!(?:bar|ban|block|prevent|prohibit|freeze)\b)(?-i:[a-z][\w-]*)(?<!ed)(?<!s)(?<!ly)\s+){0,2}?"
    r"(?:the\s+|two\s+|three\s+|four\s+|five\s+|several\s+|\d+\s+)?"
    r"(?:(?:state|government)-(?:owned|run|controlled)\s+)?"  # "and the state-owned Y"
    r"(?:[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?-(?:based|registered|headquartered)\s+)?"
    r"(?:(?-i:Major|Brigadier|Lieutenant|General|Colonel|Admiral|Rear|Vice|Deputy|Defen[cs]e|"
    r"Foreign|Minister|Gen\.|Col\.|Lt\.)\s+){0,4}$"
    # "X Co. and its director, Zhang Hua", "and on its Astrakhan-based operator, Y", "along
    # with X's Russian-born director, Y" (the possessor taken out): the holder of a role
    r"|^\s*,?\s*(?:and|as well as|along with|plus)\s+(?:(?:on|against)\s+)?"
    r"(?:its\s+|their\s+|his\s+|her\s+|\s)(?:[\w-]+\s+){0,2}?[\w-]+,\s*$",
    re.I,
)
# the opening of _LIST_GAP_RE's apposition or relative clause (", a firm that ...")
_APPOSITION_OPENS_RE: Final = re.compile(r",\s+(?:a|an|the|which|who|that)\b", re.I)


def _list_gap(gap: str) -> bool:
    """Whether `_LIST_GAP_RE` matches `gap`. One that opens an apposition and holds no
    semicolon does: the clause's lazy `[^;]*?` reaches its end, and all after it is
    optional (the pattern would take it one character at a time, slowly on long gaps)."""
    if ", for " in gap and _REASON_GAP_RE.search(gap) is not None:
        return False  # "X, a Slovak national, for attempting to broker a deal under which Y"
    if ";" not in gap and _APPOSITION_OPENS_RE.match(gap) is not None:
        # not "X, the flag carrier, saying it flew Iranian military parts": a reason
        return "ing " not in gap or _SAYING_GAP_RE.search(gap) is None
    return _LIST_GAP_RE.match(gap) is not None


# the reason for the sanctions after the targets: the list is over
_REASON_GAP_RE: Final = re.compile(r",\s+for\s+(?:(?:allegedly|its|their|his|her)\s+)?[a-z]+ing\s")
# "X, the country's flag carrier, saying the airline had moved Y's arms": the authority's
# reason follows the targets, and the actors in it are not listed
_SAYING_GAP_RE: Final = re.compile(r",\s+(?:saying|accusing|alleging|citing|claiming)\s")


# "X Co. and its director, Zhang Hua": the holder of a role of the organization before
_ITS_OFFICER_GAP_RE: Final = re.compile(
    r"^\s*,?\s*(?:and|as well as|along with|plus)\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+,\s*$"
)
# "the company that manages the Alabuga zone": the place names the company
_OPERATOR_GAP_RE: Final = re.compile(
    r"^\s*(?:that|which)\s+(?:manages|managed|operates|operated|runs|ran|owns|owned|controls|"
    r"controlled)\s+(?:the\s+)?$",
    re.I,
)
_ALSO_RE: Final = re.compile(
    r"^\s*,?\s*(?:as well as|and|plus|along with|together with)\s+(?:the\s+)?$"
)
# "X, a company that the US Treasury sanctioned in 2023": the object is the antecedent; the
# last pronoun before the verb ("said that Kyiv coordinates its lists so that companies
# sanctioned by Kyiv": no object relative)
_OBJ_RELATIVE_RE: Final = re.compile(
    r"\b(?:that|which|whom)\s+(?:(?!(?:that|which|whom)\b)[^,;])*$", re.I
)
_FIRST_GAP_WORDS: Final = word_set(
    """were was are is included include includes including on against targeting the a an which
    that of
    minister defense defence foreign deputy general commander director chief president vice
    chairman ceo ambassador secretary lieutenant colonel major admiral one two three four five
    six seven eight nine ten eleven twelve several dozen dozens hundreds scores also both its
    their company companies firm firms entity entities bank banks individual individuals
    vessel vessels ship ships
    tanker tankers airline carrier maker makers manufacturer manufacturers producer supplier
    suppliers exporter exporters trader traders group drone arms state-owned package list
    round listed lists name names named target targets targeted hit hits cover covers covered
    add adds added newly more than nearly about some other monday tuesday wednesday thursday
    friday saturday sunday today yesterday national state-run state-owned flag flagship among
    others
    number out trading shipping logistics electronics technology shell front distributor
    distributors importer importers freight cargo forwarder forwarders"""
)
# "the DPRK Minister of Defence, No Kwang Chol": a title before the name it belongs to
_TITLE_GAP_RE: Final = re.compile(
    r"^\s+(?:(?:[A-Z][\w'’-]*|of|the|for|and)\s+){0,6}?(?:Minister|Chief|Director|Commander|"
    r"General|Head|Chairman|President|Officer|Secretary|Ambassador|Governor|Deputy)"
    r"(?:\s+(?:of|the|for|and|[A-Z][\w'’-]*))*\s*,\s*$"
)
_HYPHEN_PLACE_RE: Final = re.compile(r"^[A-Z][\w.'’]*-(?:based|registered|headquartered|owned)$")
_DEMONYM_LIKE_RE: Final = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i|ch|ic|ean|yz|kh)$")


def _first_gap_ok(gap: str) -> bool:
    """Whether only determiners, amounts, titles and descriptors stand between a sanctions
    word and its first target: `sanctioned two Tehran-based firms, X`, `Those designated on
    Thursday include Indian firm X`."""
    if gap[-2:] in _DASH_ENDS:
        gap = gap[:-2]  # "on three firms - X, Y and Z"
    parts = gap.replace(",", " ").replace(":", " ").split()
    if len(parts) > 9:
        return False
    for i, w in enumerate(parts):
        if (
            w in ("and", "or")
            and i > 0
            and parts[i - 1].lower() in _FIRST_GAP_WORDS
            and (
                i == len(parts) - 1
                or parts[i + 1].lower() in _FIRST_GAP_WORDS
                or parts[i + 1][:1].isdigit()  # "on 47 companies and 12 individuals from X"
            )
        ):
            continue  # "on 130 companies and individuals in X"
        low = w.lower()
        if low in _FIRST_GAP_WORDS or low[:1].isdigit():
            continue
        if _HYPHEN_PLACE_RE.match(w) or _DEMONYM_LIKE_RE.match(w):
            continue
        if w in ("Hong", "Kong", "North", "South", "Korean"):
            continue
        if w[:1].isupper() and i + 1 < len(parts) and _HYPHEN_PLACE_RE.match(parts[i + 1]):
            continue  # "the Bandar Anzali-based X": a seat of two words
        if _place_modifier(parts, i):
            continue  # "sanctioned the Moscow electronics distributor X"
        if _trade_modifier(parts, i):
            continue  # "the Belarusian precision engineering firm X"
        return False
    return True


_TRADE_HEADS: Final = word_set(COMPANY_NOUNS.replace("|", " "))
_NOT_MODIFIERS: Final = word_set(
    "that which who whom whose to from with by for of in on at through via and or but its their"
)


def _trade_modifier(parts: list[str], i: int) -> bool:
    """A lower-case word in the run of up to three just before the trade noun that ends the
    gap: `the precision engineering firm`, `the optical-mechanical plant`."""
    last = len(parts) - 1
    return (
        last - 3 <= i < last
        and parts[last].lower() in _TRADE_HEADS
        and all(
            p.islower() and p.replace("-", "").isalpha() and p not in _NOT_MODIFIERS
            for p in parts[i:last]
        )
    )


def _place_modifier(parts: list[str], i: int) -> bool:
    """A capitalised word (a city, a region) that modifies a trade noun after it: `the
    Moscow electronics distributor`, `the Shenzhen drone maker`."""
    w = parts[i]
    if not (w[:1].isupper() and w.isalpha()) or i == 0 or parts[i - 1].lower() != "the":
        return False
    rest = parts[i + 1 :]
    return bool(rest) and rest[0].islower() and all(x.lower() in _FIRST_GAP_WORDS for x in rest)


def _included_group(text: str, lo: int, at: int) -> bool:
    """Whether a group at `at` opens an `including` list of the unnamed targets before it:
    `on nearly 400 companies and individuals accused of ..., including dozens of firms in`."""
    inc = text.rfind(" including ", lo, at)
    if inc < 0 or _OTHER_PARTIES_RE.search(text, lo, inc):
        return False  # "that buy chips from suppliers, including firms in X": the suppliers
    return _first_gap_ok(text[inc + 11 : at])


_OTHER_PARTIES_RE: Final = re.compile(r"\s(?:from|through|via|with)\s")


_POSSESSOR_RE: Final = re.compile(r"[A-Z][\w.-]*(?:\s[A-Z][\w-]*)?['’]s\s")
_POSSESSOR_GAP_RE: Final = re.compile(r"['’]s\s+")
# the town after a member that says where it is: "X of Bishkek, Y and Z were listed"
_SEAT_AFTER_RE: Final = re.compile(
    r"^\s+(?:of|in)\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?(?=\s*,|\s+and\s)"
)


def _target_chain(
    right: list[Mention],
    text: str,
    base: int,
    trig: Trigger,
    verbal: bool,
    preps: frozenset[str] = _LIST_PREPS,
    first_at: int = -1,
) -> list[Mention]:
    chain: list[Mention] = []
    speaker_at = -1  # where a relative clause's speaker ("which Treasury said") ends
    if first_at < 0:
        first_at = trig.end
    among = _AMONG_THEM_RE.search(text, trig.end - base) if "among" in text else None
    among_at = base + among.end() if among is not None else -1
    for m in right:
        if (
            chain
            and text[m.start - base - 1 : m.start - base] == "("
            and text[m.end - base : m.end - base + 1] in (")", ",")
        ):
            continue  # "X Ltd. (Hong Kong); Y Ltd. (Turkey)": where X is, not a target
        if not chain:
            gap = _POSSESSOR_RE.sub(" ", text[min(first_at, m.start) - base : m.start - base])
            if m.prep in preps or (m.prep is None and _first_gap_ok(gap)):
                chain.append(m)
            elif m.start >= among_at > 0 and _first_gap_ok(text[among_at - base : m.start - base]):
                chain.append(m)  # "on seven entities ..., among them the carrier Iran Air"
            elif m.kind == "group" and _included_group(text, first_at - base, m.start - base):
                chain.append(m)  # "on 300 companies accused of ..., including firms in China"
            continue
        if m.start == chain[-1].start and m.end == chain[-1].end:
            chain.append(m)  # "sanctioned the two companies": each one it stands for
            continue
        if (
            chain[-1].kind == "country"
            and m.kind == "organization"
            and place_describes_next(text, chain[-1].end - base, m.start - base)
        ):
            chain[-1] = m  # "on a Hong Kong company, X": X, not Hong Kong
            continue
        gap = text[chain[-1].end - base : m.start - base]
        if gap[-2:] in _DASH_ENDS:
            gap = gap[:-2].rstrip() + ", "  # "four companies - X, Y and Z - which": a list
        elif gap[:3] in _DASH_OPENS:
            gap = ", " + gap[3:]  # "two firms - Tashkent-based X and Y": the seat opens it
        if "'s " in gap or "’s " in gap:
            gap = _POSSESSOR_RE.sub(" ", gap)  # "X and Iran's Y": Y is listed
        if (when := _WHEN_RE.match(gap)) is not None:
            gap = gap[when.end() :]  # "designated X in November 2022, along with Y"
        if acts_along(gap, m.kind):
            break  # "sanctioned X, together with Britain": Britain sanctions too
        if speaker_at > chain[-1].end:  # "X, which Treasury said ..., and Y": Y is listed
            if _LIST_RESUMES_RE.search(text, speaker_at - base, m.start - base) is None:
                if m.prep in _PASSED_PREPS:
                    continue
                break
            if m.kind not in ("organization", "person"):
                break
            chain.append(m)
            continue
        if _RELATIVE_SUBJECT_GAP_RE.match(gap) and _is_government(m):
            speaker_at = m.end  # "X, which Treasury described as ...": not a target
            continue
        if _is_government(m) and _CLAUSE_VERB_AFTER_RE.match(text, m.end - base):
            break  # "sanctioned X, and the EU has listed it since 2023": a new clause
        if (
            m.prep is None
            and gap.startswith(_RELATIVE_OPENS)
            and _LIST_RESUMES_RE.search(gap) is None
        ):
            continue  # "X, which it accused of helping Y process payments": not listed
        if chain[-1].kind == "group" and m.prep is None and _names_group_members(gap):
            chain.append(m)  # "three entities that helped ..., including the firm X"
        elif chain[-1].kind == "group" and m.prep is None and _colon_names_members(gap):
            chain.append(m)  # "two Chinese firms in connection with the plant: X and Y"
        elif (
            m.prep is not None
            and m.kind in ("organization", "person")
            and gap.startswith(_RELATIVE_OPENS)
            and _LIST_RESUMES_RE.search(gap)
        ):  # "X, which sold chips to Russian buyers, and Y": not Y's "to" but X's
            chain.append(m)
        elif chain[-1].via == "coref" and _OPERATOR_GAP_RE.match(gap):
            chain[-1] = m  # "the company that runs the Alabuga zone"
        elif (
            m.prep is None
            or (gap.startswith(_APPOSED) and _CLOSED_RE.search(gap, 3))
            or (m.prep in _PLACE_PREPS and gap.startswith(_SEATED))  # "X, based in Y, and Z"
        ) and (
            _list_gap(gap)
            or _TITLE_GAP_RE.match(gap)
            or (m.kind == "organization" and links_list(gap))  # "and a third firm, Y"
        ):
            chain.append(m)  # "X, a vice chief of the KPA, and Y": Y's "of" is X's
        elif m.prep in _PLACE_PREPS and _ELLIPTICAL_COUNT_RE.match(gap):
            chain.append(m)  # "on five companies in Turkey and three in the UAE"
        elif (
            m.prep in preps
            and (m.prep != "against" or _list_gap(gap))
            and (m.prep != "including" or _OTHER_PARTIES_RE.search(gap) is None)
        ):  # not "..., for their role in ... against Ukraine", nor "firms that bought
            chain.append(m)  # from suppliers, including X": the suppliers' members
        elif m.prep not in _PASSED_PREPS:
            break
    return chain


# the prepositions of the actors a list passes over: "X, which shipped chips to Russia"
_PASSED_PREPS: Final = ("in", "from", "based", "to", "for", "of")
# "X, a firm that shipped chips to Russia, and Y": the apposition closes before the next
# target (not "X, a firm that shipped chips to Russia": Russia is in it)
_CLOSED_RE: Final = re.compile(r"[,;]\s")
_RELATIVE_OPENS: Final = (", which ", ", who ", ", that ", ", whose ")
# "X, which Treasury said acted as a hub for Russian buyers, and Y": the list resumes
_LIST_RESUMES_RE: Final = re.compile(
    r"[,;][\"”]?\s+(?:and|as\s+well\s+as|plus|along\s+with)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?-(?:based|registered|headquartered)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}"
    # "X, who commands the drone unit, and Brigadier General Y"
    r"(?:(?:Major|Brigadier|Lieutenant|General|Colonel|Admiral|Rear|Vice|Deputy)\s+){0,3}$"
)


# "Iranian companies linked to the Shahed program, among them X": the group's members
_GROUP_MEMBERS_GAP_RE: Final = re.compile(
    r",\s+(?:including|among\s+them|among\s+which|among\s+whom)\s+(?P<lead>[^,;()]*)$"
)


def _names_group_members(gap: str) -> bool:
    """Whether the gap after a sanctioned group opens the list of its members (not of
    the parties it dealt with: "that bought chips from suppliers, including X")."""
    found = _GROUP_MEMBERS_GAP_RE.search(gap) if "," in gap else None
    return (
        found is not None
        and _OTHER_PARTIES_RE.search(gap, 0, found.start()) is None
        and _first_gap_ok(found.group("lead"))
    )


def _colon_names_members(gap: str) -> bool:
    """Whether the gap after a sanctioned group ends in the colon that opens the list of
    its members, after at most a short phrase of what the sanctions were for: `two firms
    over the drone plant: X and Y` (not a new clause: `two firms; officials said: X`)."""
    return (
        gap.endswith(": ")
        and len(gap) <= 60
        and ";" not in gap
        and "," not in gap
        and (gap == ": " or (gap[:1] == " " and gap.split(None, 1)[0] in _COLON_LEADS))
    )


# the prepositions that open what a sanctions group was listed for before its members
_COLON_LEADS: Final = ("in", "over", "for", "linked", "tied", "involved", "connected")


_APPOSED: Final = (", a ", ", an ", ", the ")
_SEATED: Final = (", based ", ", registered ", ", headquartered ")
_CLAUSE_VERB_AFTER_RE: Final = re.compile(
    r"\s+(?:(?:has|have|had|also|later|then|since|subsequently)\s+){1,2}(?:[a-z]+ed|been)\b"
    r"|\s+(?:listed|sanctioned|designated|added|imposed|followed|blacklisted|froze|included|"
    r"targeted|placed|adopted)\b"
)
_DASH_ENDS: Final = ("- ", "— ", "– ")
_DASH_OPENS: Final = (" - ", " — ", " – ")
_ALONGSIDE_MORE_RE: Final = re.compile(
    r",\s+(?:alongside|along\s+with)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:list|number|group|"
    r"handful|host|string|raft)\s+of\s+$"
)
_PLACE_PREPS: Final = ("in", "from", "based")
# "... in Turkey and three in the UAE", "... from China and two more from Iran", "24
# companies in China, 9 from Belarus and others from Russia"
_ELLIPTICAL_COUNT_RE: Final = re.compile(
    r"^\s*(?:,\s*(?:(?:and|as\s+well\s+as|plus)\s+)?|(?:and|as\s+well\s+as|plus)\s+)"
    r"(?:another\s+|a\s+further\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|"
    r"several|others?)\s+(?:(?:more|others?)\s+)?(?:(?:based|registered|headquartered)\s+)?"
    r"(?:in|from)\s+(?:the\s+)?$",
    re.I,
)
_RELATIVE_SUBJECT_GAP_RE: Final = re.compile(r"^,?\s*(?:which|that|whom|who)\s+(?:the\s+)?$")
_MONTHS: Final = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_WHEN_RE: Final = re.compile(
    rf"^\s+(?:(?:in|on|since)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})(?:\s+\d{{1,2}})?,?"
    r"(?:\s+\d{4})?|\d{4}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year))"
    r"(?=,\s+(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s)"
)
_HIT_WITH_RE: Final = re.compile(
    r"\b(?:been|was|were|is|are|be|being|get|got|gets)\s+(?:also\s+)?(?:hit|slapped)\s+with\s+"
    r"(?:(?:an?|new|fresh|further|additional|U\.?S\.?|US|EU|British|UK)\s+"
    r"|(?:[A-Z][\w.]*,?|and|or)\s+(?=(?:[A-Z][\w.]*,?\s+|and\s+|or\s+)*$))*$"
)


def _hit_with(left_text: str, wide_left: str) -> re.Match[str] | None:
    """`hit with (British and US) sanctions`, `faces US and EU sanctions`: the verb."""
    if " hit with " in left_text or " slapped with " in left_text:
        return _HIT_WITH_RE.search(left_text)
    if " fac" in wide_left:
        return _FACES_RE.search(wide_left)
    if " landed on " in left_text or " ended up on " in left_text:
        return _LANDED_ON_RE.search(left_text)
    return None


# "X landed on the Entity List", "X ended up on Britain's sanctions list": the subject
_LANDED_ON_RE: Final = re.compile(
    r"\b(?:landed|ended\s+up)\s+on\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
    r"(?:[\w.-]+['’]s\s+)?(?:(?:U\.?S\.?|US|EU|UK|British|American|Japanese|Canadian|trade|"
    r"new|latest|updated|consolidated)\s+)*$"
)


# "Kupol faces US and EU sanctions" (not "could face sanctions", "risks facing")
_FACES_RE: Final = re.compile(
    r"(?<!could )(?<!would )(?<!might )(?<!may )(?<!will )(?<!to )(?<!risk )(?<!risks )"
    r"(?<!could also )(?<!would also )(?<!may also )(?<!might also )(?<!will also )"
    r"\b(?:faces|faced|facing|(?:already|now)\s+faces?)\s+(?:(?:an?|new|fresh|further|"
    r"additional|existing|both|and|or|[A-Z][\w.]*,?)\s+){0,6}$"
)
# "a sanctioned", "from sanctioned": the participle describes the noun after it
_ATTRIBUTIVE_LEFT_RE: Final = re.compile(
    r"\b(?:a|an|the|from|of|by|with|to|for|its|their|other|two|three|several|many)\s+$", re.I
)
_SAYS_AFTER_RE: Final = re.compile(r"\s+(?:says|said|say|alleges|alleged|believes|claims)\b")
_NOT_IMPOSING_RE: Final = re.compile(
    r"\b(?:monitor\w*|enforc\w*|violat\w*|evad\w*|evasion\s+of|lift\w*|eas(?:e|ed|es|ing)|"
    r"breach\w*|circumvent\w*|skirt\w*|bypass\w*)\s+"
    r"(?:the\s+|existing\s+|international\s+|U\.?N\.?\s+|UN\s+|Western\s+)?$"
)
# (case-sensitive) words one of which every match of the pattern above holds
_NOT_IMPOSING_NEEDS: Final = any_of(
    "monitor enforc violat evad evasion lift eas breach circumvent skirt bypass"
)
_CALL_VERBS: Final = (
    r"(?:push|pushed|pushes|pushing|call|calls|called|calling|urge|urges|urged|urging|press|"
    r"presses|pressed|pressing|lobby|lobbies|lobbied|lobbying|demand|demands|demanded|demanding|"
    r"argue|argues|argued|arguing|advocate|advocates|advocated|advocating|campaign\w*|ask|"
    r"asks|asked|asking|appeal\w*)"
)
_CALL_FOR_RE: Final = re.compile(
    rf"\b{_CALL_VERBS}\s+(?:hard\s+|again\s+)?for\s+(?:[\w-]+\s+){{0,3}}$"  # "pushed for tougher"
    # "one of the strongest supporters of tougher EU sanctions on"
    r"|\b(?:supporters?|backers?|proponents?|advocates?|support|backing)\s+(?:of|for)\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # "called on its partners to impose", "urged the EU to sanction"
    rf"|\b{_CALL_VERBS}\s+(?:on\s+)?[^.;:]{{0,60}}?\bto\s+(?:(?:impose|introduce|adopt|slap|levy|"
    r"announce|tighten|expand|extend|consider)\s+(?:[\w-]+\s+){0,3})?$"
    # "lawmakers want sanctions on X", "urged new sanctions on", "sought tougher sanctions"
    r"|\b(?:want|wants|wanted|urge|urges|urged|demand|demands|demanded|seek|seeks|sought|"
    r"propose|proposes|proposed|recommend|recommends|recommended)\s+"
    r"(?:(?:new|tougher|further|more|fresh|additional|stronger|harsher)\s+)?$",
    re.I,
)
# where its matches start (lower-cased; see lexicon.search_from): a verb or noun of calling
_CALL_FOR_STARTS: Final = re.compile(
    "push|call|urg|press|lobb|demand|argu|advocat|campaign|ask|appeal|support|back|proponent|"
    "want|seek|sought|propos|recommend"
)
_CALL_FOR_NEEDS: Final = any_of(
    "push call urg press lobb demand argu advocat campaign ask appeal support back proponent "
    "want seek sought propos recommend"
)
# "could freeze the assets of", "threatened to impose sanctions on", "is weighing sanctions
# on", "could be sanctioned": what may come, not sanctions imposed
_POSSIBLE_RE: Final = re.compile(
    r"\b(?:(?:could|might|may|should|must|can)(?:\s+(?:also|still|soon|yet|now|then))?"
    r"|threaten(?:s|ed|ing)?\s+to|(?:is|are|was|were)\s+(?:considering|weighing|mulling|"
    r"contemplating))\s+(?:(?:be|impose|slap|levy|introduce|adopt|announce)\s+)?"
    r"(?:subject\s+to\s+(?:[\w.-]+,?\s+){0,5}?)?"  # "could be subject to US, British and EU"
    # "could be hit with U.S. export restrictions": the threat's object
    r"(?:(?:hit|slapped)\s+with\s+(?:an?\s+)?(?:(?:U\.S\.|US|EU|UK|British|American)\s+)?)?"
    r"(?:(?:new|fresh|further|more|additional|its\s+own|their\s+own)\s+)?$"
)
_POSSIBLE_NEEDS: Final = any_of(
    "could might may should must can threaten considering weighing mulling contemplating"
)
# "X was among more than 20 Chinese entities designated by", "X is one of 12 companies the
# Treasury sanctioned": X is one of those the verb after this lists
_MEMBER_OF_RE: Final = re.compile(
    r"\b(?:is|was|are|were|been)\s+(?:also\s+)?(?:among|one\s+of)\s[^;:!?]{0,90}$", re.I
)
_MEMBER_OF_NEEDS: Final = ("among", "one")
# "were sanctioned on Tuesday, including X", "were also designated, among them X"
_INCLUDING_AFTER_RE: Final = re.compile(
    r"(?:\s+(?:on|in|last|this)\s+\w+(?:\s+\d{1,4})?)?,?\s+(?:including|among\s+them|among\s+whom)\s"
)
_AMONG_THEM_RE: Final = re.compile(r",\s+(?:among them|among which|among whom|among those)\s+")


def _object_relative(
    mentions: list[Mention], text: str, base: int, lo: int, trig: Trigger
) -> tuple[list[Mention], str | None]:
    """`X, a firm that Washington sanctioned in 2023`: the relative pronoun's antecedent,
    and the relative clause's subject (who sanctions)."""
    rel = _OBJ_RELATIVE_RE.search(text[lo : trig.start - base])
    if rel is None:
        return [], None
    at = base + lo + rel.start()
    inside = [m for m in mentions if at < m.start < trig.start and m.is_actor]
    if not inside:
        return [], None  # "that sanctioned X": a subject relative
    before = [m for m in mentions if m.end <= at and (m.is_actor or m.kind == "adjective")]
    if not before or at - before[-1].end > 40:
        return [], None
    ante = before[-1]
    if ante.in_apposition and ante.head is not None and ante.prep != "of":
        # "Sahara Thunder, a Tehran-based company that ..." (not "X, a subsidiary of Y,
        # which ...": Y)
        ante = ante.head
    return ([ante] if ante.is_actor else []), inside[0].name


_ADDED_RE: Final = re.compile(
    r"(?P<passive>\b(?:were|was|been|be|are|is|being)\s+(?:also\s+)?)?"
    # "the EU's inclusion of three Chinese firms in its latest package of sanctions"
    r"\b(?:added|adds|adding|put|placed|included|listed|(?P<noun>inclusion|addition)\s+of)\s+"
    r"(?:[\w.&-]+\s+){0,10}?(?:to|on|in)\s+"
    r"(?:the|its|their|a)?\s*(?:[\w.'’-]+\s+){0,4}$",
    re.I,
)
_ADDED_NEEDS: Final = any_of("add put placed included listed inclusion addition")
# where its matches start (lower-cased; see lexicon.search_from): the auxiliary or the verb
_ADDED_STARTS: Final = re.compile("were|was|be|are|is|add|put|placed|included|listed|inclusion")


# "added Iran Air, Mahan Air and Saha Airlines as well as IRISL to its sanctions list": a
# named object too long for _ADDED_RE's window
_ADDED_LONG_RE: Final = re.compile(
    r"(?P<passive>(?!))?\b(?:added|adds|adding)\s+(?:\w+\s+){0,4}?(?=[A-Z])[^;:!?]{0,230}?\s(?:to)\s+"
    r"(?:the|its|their|a)\s+(?:[\w.'’-]+\s+){0,4}$"
    # "placed X Sdn. Bhd. in Malaysia and Hanoi-based Y Co. on the entity list"
    # ("placed the Islamic Republic of Iran Shipping Lines (IRISL), Iran Air and ... on")
    r"|(?P<placed>(?!))?\b(?:placed|places|placing)\s+(?:the\s+)?(?=[A-Z])[^;:!?]{0,230}?\s(?:on)\s+"
    r"(?:the|its|their|a)\s+(?:[\w.'’-]+\s+){0,4}$"
)


def _member_of_added(
    mentions: list[Mention], text: str, base: int, trig: Trigger, add_at: int
) -> list[Mention]:
    """`X was among seven Chinese firms and two Hong Kong companies added to the EU's
    sanctions list`: X, and the groups it is one of."""
    window = text[max(0, add_at - base - 120) : add_at - base]
    member = _MEMBER_OF_RE.search(window) if "among" in window or "one" in window else None
    if member is None:
        return []
    at = add_at - len(window) + member.start()
    prior = [
        m for m in mentions if m.end <= at and m.is_actor and m.prep is None and not m.in_apposition
    ]
    groups = [m for m in mentions if at < m.start < add_at and m.kind in ("group", "adjective")]
    return _left_chain(prior, text, base) + groups


def _among(
    mentions: list[Mention], right: list[Mention], text: str, base: int, trig: Trigger
) -> list[Mention]:
    """`X and Y were among those targeted, as well as Z`; `Among the firms named was X`."""
    if _INVERTED_RE.match(text[trig.end - base :]):  # "Among those designated were X and Y"
        return _target_chain(right, text, base, trig, True)
    left = [
        m
        for m in mentions
        if m.end <= trig.start and m.is_actor and m.prep is None and not m.in_apposition
    ]
    out = _left_chain(left, text, base)
    # "X was among 12 Chinese and Hong Kong entities added to ...": the groups X is one of
    out += [m for m in mentions if trig.start < m.start < trig.end and m.kind in _GROUP_KINDS]
    also = [m for m in right if m.prep is None]
    if also and _ALSO_RE.match(text[trig.end - base : also[0].start - base]):
        out.append(also[0])
        for m in also[1:]:
            if not _list_gap(text[out[-1].end - base : m.start - base]):
                break
            out.append(m)
    return out


_GROUP_KINDS: Final = ("group", "adjective")


def _left_chain(left: list[Mention], text: str, base: int) -> list[Mention]:
    """The subject NP of a passive: the last mention and the list it closes."""
    if not left:
        return []
    chain = [left[-1]]
    for m in reversed(left[:-1]):
        if m.possessive and _POSSESSOR_GAP_RE.fullmatch(text, m.end - base, chain[0].start - base):
            continue  # "Turkey's X and India's Y were listed": India is where Y is
        gap = _POSSESSOR_RE.sub(" ", text[m.end - base : chain[0].start - base])
        gap = _SEAT_AFTER_RE.sub("", gap, 1)  # "X of Bishkek and Y were listed": X's seat
        if (
            re.fullmatch(r"\s*(?:,|and|or|including|such as|\s)*\s*(?:the\s+)?", gap)
            or _ITS_OFFICER_GAP_RE.match(gap)  # "X and its chief executive, Y, were sanctioned"
            or _DESCRIBED_NEXT_RE.fullmatch(gap)  # "X and the Istanbul tool dealer Y were"
            or (chain[0].kind == "organization" and links_list(gap))
        ):  # "X, the maker of the Lancet, and its parent Y have been under sanctions"
            chain.insert(0, m)
        else:
            break
    return chain


# "X and the Istanbul machine-tool dealer Y": the next name after its trade description
_DESCRIBED_NEXT_RE: Final = re.compile(
    r"\s*,?\s*(?:and|or)\s+the\s+(?:[A-Z][\w.'’-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,2}"
    r"(?:company|firm|maker|manufacturer|supplier|distributor|dealer|trader|exporter|importer|"
    r"forwarder|shipper|carrier|operator|broker|wholesaler)\s+"
)
# "X, the Russian company that ... has itself been under US sanctions since 2023"
_UNDER_RELATIVE_RE: Final = re.compile(
    r"\b(?:that|which|who)\b[^,;()]{0,80}?\b(?:is|are|was|were|been|remains?|remained|being)"
    r"\s+(?:\w+\s+){0,2}?(?:under|subject\s+to|on)\s+(?:[\w.'’-]+,?\s+){0,5}?$",
    re.I,
)
_MAY_BE_RE: Final = re.compile(
    r"\b(?:should|could|would|may|might|must|will|can)\s+(?:also\s+|not\s+)?be\s+"
    r"(?:subject(?:ed)?\s+to\s+(?:[\w.-]+\s+){0,3})?$"
)
# "subject to British and American sanctions", "subject to US, UK and EU sanctions"
_SUBJECT_TO_RE: Final = re.compile(r"\bsubject(?:ed)?\s+to\s+(?:[\w.-]+,?\s+){0,6}$")
# "under US, British and European sanctions": the sanctioning states listed before the noun
# (and their kind: "under full blocking sanctions", "under US secondary sanctions")
_UNDER_LIST_RE: Final = re.compile(
    r"\bunder\s+(?:(?:and|or|the|full|blocking|comprehensive|sweeping|secondary|financial|"
    r"economic|sectoral|targeted|personal|tough|strict|heavy|new|existing|own)\s+|"
    r"[A-Z][\w.-]*,?\s+){1,6}$"
)


# "X has been on the European Union's sanctions list", "Y is also on the US sanctions list"
_ON_LIST_LEFT_RE: Final = re.compile(
    r"\b(?:is|are|was|were|been|remains?|remained|stays?|stayed)\s+(?:\w+ly\s+|also\s+|still\s+)?"
    r"on\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,3}$"
)


def _under_sanctions(mentions: list[Mention], text: str, base: int, trig: Trigger) -> list[Mention]:
    """Who is `under sanctions`: a relative clause's antecedent (`a Russian firm that is
    under US sanctions`), else the clause's subject with its `including` list (`Several of
    the recipients, including X, are under US sanctions`)."""
    wide = text[max(0, trig.start - base - 160) : trig.start - base]
    rel = _UNDER_RELATIVE_RE.search(wide) if any(w in wide for w in _REL_WORDS) else None
    if rel is not None:
        at = trig.start - len(wide) + rel.start()
        before = [m for m in mentions if m.end <= at and (m.is_actor or m.kind == "adjective")]
        if not before or at - before[-1].end > 60:
            return []
        ante = _seated(before, text, base)
        if ante.role in ("capital", "place") and not (ante.in_apposition and ante.head):
            return []  # "a Minsk design bureau that is under ...": the bureau, not its city
        if ante.in_apposition and ante.head is not None:
            ante = ante.head  # "X, one of the largest producers in Russia, which has been"
        return [ante] if ante.is_actor else []
    if "," in wide:
        if _SOME_OF_THEM_UNDER_RE.search(wide):
            return []  # "X, Y and Z, two of them under US sanctions": not said which
        if described := _described_under(mentions, text, base, wide, trig):
            return described
    # "subject to UN, EU, UK or US sanctions": the states listed before the noun impose them
    authorities = _SUBJECT_TO_RE.search(wide) or _UNDER_LIST_RE.search(wide)
    cut = trig.start - len(wide) + authorities.start() if authorities else trig.start
    prior = [
        m
        for m in mentions
        if m.end <= cut and m.is_actor and m.prep in (None, "including") and not m.in_apposition
    ]
    prior = _outside_aside(prior, text, base, cut)
    if not prior:
        return []
    if prior[-1].prep == "including":
        return [m for m in prior if m.prep == "including"]
    return _left_chain(prior, text, base)  # "X and Y, which ..., are also under US sanctions"


_REL_WORDS: Final = ("that", "which", "who")
_BARE_VERBS: Final = frozenset({"blacklist", "sanction", "designate"})
_DECIDED_TO_RE: Final = re.compile(
    r"\b(?:decision|decided|decides|decide|voted|votes|agreed|agrees|moved|move)\s+to\s+$", re.I
)
_MAY_COME_UNDER_RE: Final = re.compile(
    r"\b(?:could|may|might|would|will|can|risks?|risking)\s+(?:\w+\s+){0,2}?"
    r"(?:come|fall|be|end\s+up)\s+under\s+(?:[\w.-]+\s+){0,4}$"
)
# "X and Y, which the EU says have worked together, are now subject to": a relative aside
# between the subject and its verb; the names in it are not the subject
_RELATIVE_ASIDE_RE: Final = re.compile(r",\s+(?:which|who)\b[^,;()]{0,120},\s+(?:[a-z]+\s+){0,4}$")


def _outside_aside(prior: list[Mention], text: str, base: int, cut: int) -> list[Mention]:
    if not prior or "," not in text:
        return prior
    aside = _RELATIVE_ASIDE_RE.search(text, max(0, prior[-1].start - base - 130), cut - base)
    if aside is None:
        return prior
    return [m for m in prior if m.end <= base + aside.start()]


_KEPT_UNDER_RE: Final = re.compile(r"\b(?:kept|placed|put|held)\s+under\s+(?:[\w.'’-]+,?\s+){0,4}$")
# "the Integral plant in Minsk, which", "X, a shell company registered in Hong Kong, which":
# the seat closes the name the relative clause follows
_SEAT_GAP_RE: Final = re.compile(
    r"(?:,\s+(?:a|an|the)\s+[^,;()]{0,40}?|\s+[a-z]+)?\s+"
    r"(?:(?:based|registered|headquartered|located)\s+)?in\s+(?:the\s+)?"
)


def _seated(before: list[Mention], text: str, base: int) -> Mention:
    """The antecedent of a relative pronoun after `before`: the last mention, or the
    organization whose seat it is."""
    ante = before[-1]
    if len(before) > 1 and ante.prep == "in" and (ante.role in _SEATS or ante.kind == "country"):
        prev = before[-2]
        if prev.kind in ("organization", "person") and _SEAT_GAP_RE.fullmatch(
            text, prev.end - base, ante.start - base
        ):
            return prev
    return ante


_SEATS: Final = ("capital", "place")
# "EU-sanctioned drone maker X": a trade noun between the compound and the name
_COMPOUND_NOUN_GAP_RE: Final = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:" + COMPANY_NOUNS + r")\s+")
_COMPOUND_NOUN_AFTER_RE: Final = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:" + COMPANY_NOUNS + r")\b")
# "X, a UK-sanctioned drone maker,": the compound describes the name before
_COMPOUND_APPOSITION_RE: Final = re.compile(r",\s+(?:a|an|the)\s+(?:[A-Z][\w.]*\.?)$")


def _compound_target(
    mentions: list[Mention], right: list[Mention], text: str, base: int, trig: Trigger
) -> list[Mention]:
    """Whom `U.S.-sanctioned` describes: the name it stands before (`OFAC-designated X`,
    `the EU-sanctioned drone maker X`) or the one an apposition follows (`X, a
    UK-sanctioned drone maker`)."""
    if right and right[0].kind == "organization":
        gap = text[trig.end - base : right[0].start - base]
        if len(gap) < 3 or _COMPOUND_NOUN_GAP_RE.fullmatch(gap):
            return [right[0]]
    lead = text[max(0, trig.start - base - 30) : trig.start - base - 1]
    appos = _COMPOUND_APPOSITION_RE.search(lead)
    if appos is None:
        return []
    at = trig.start - 1 - len(lead) + appos.start()
    before = [m for m in mentions if m.end == at and m.kind == "organization"]
    return before[-1:] if _COMPOUND_NOUN_AFTER_RE.match(text, trig.end - base) else []


# "X and Y, two Iranian makers of drones already under US sanctions": a description without
# a verb, so X and Y (whatever their role in the clause) are the ones under sanctions
_UNDER_DESCRIPTION_RE: Final = re.compile(
    r",\s+(?P<det>a|an|the|both|two|three|four|five|six)\s+(?!of\s)(?:[\w.'’-]+\s+){0,10}?"
    r"(?:already\s+|also\s+|itself\s+|themselves\s+|still\s+|long\s+)?"
    r"(?:under|subject\s+to)\s+(?:[\w.'’-]+,?\s+){0,5}?$"
)


def _described_under(
    mentions: list[Mention], text: str, base: int, wide: str, trig: Trigger
) -> list[Mention]:
    """The named actors a verbless description under sanctions follows: `bought for X and
    Y, two Iranian manufacturers already under US sanctions`."""
    desc = _UNDER_DESCRIPTION_RE.search(wide)
    if desc is None or _CLAUSE_WORDS.intersection(desc.group().lower().split()):
        return []
    at = trig.start - len(wide) + desc.start()
    before = [m for m in mentions if m.end <= at and m.is_actor and not m.in_apposition]
    if (
        not before
        or before[-1].kind not in ("organization", "person")
        or not _NAME_TAIL_RE.fullmatch(text, before[-1].end - base, at - base)
    ):
        return []
    chain = _left_chain(before, text, base)
    count = SMALL_NUMBERS.get(desc.group("det"), 2 if desc.group("det") == "both" else 1)
    return chain[-count:] if len(chain) >= count else []


# "the Alabuga plant, a ...": a trade noun may close the name the description follows
_NAME_TAIL_RE: Final = re.compile(
    r"(?:\s+(?:plant|factory|facility|zone|company|firm|group|concern))?"
)
_SOME_OF_THEM_UNDER_RE: Final = re.compile(
    r",\s+(?:one|two|three|four|some|several|many|most)\s+of\s+(?:them|which|whom)\s+"
    r"(?:[\w.'’-]+\s+){0,3}?(?:under|subject\s+to)\s+(?:[\w.'’-]+,?\s+){0,5}?$"
)
# words that make a description a clause of its own: "X, the company said, under sanctions"
_CLAUSE_WORDS: Final = word_set(
    "said says is are was were has have had which that who whose while although"
)
_RELATIVE_END_RE: Final = re.compile(
    r"\b(?:that|which|who)\s+(?:(?:has|have|had)\s+)?(?:(?:also|already|since|itself)\s+)?$"
)


def _relative_antecedent(
    mentions: list[Mention], text: str, base: int, at: int
) -> list[Mention] | None:
    """The antecedent of `that`/`which` just before a passive verb at `at`: `owned by X, a
    Russian company that was added to the sanctions list` lists X, not the clause's subject.
    None when no relative pronoun stands there."""
    rel = _RELATIVE_END_RE.search(text, max(0, at - base - 20), at - base)
    if rel is None:
        return None
    rel_at = base + rel.start()
    before = [m for m in mentions if m.end <= rel_at and (m.is_actor or m.kind == "adjective")]
    if not before or rel_at - before[-1].end > 60:
        return []
    ante = _seated(before, text, base)
    if ante.in_apposition and ante.head is not None:
        ante = ante.head  # "X, a Russian company that was ...": X
    at_rel = rel_at - base
    if (
        ante.kind in ("country", "place")
        and text[at_rel - 4 : at_rel] == " of "
        and _PART_OF_WHICH_RE.search(text, max(0, at_rel - 20), at_rel)
    ):
        return []  # "the Russia-North Korea trade, several of which have been": the vessels
    return [ante] if ante.is_actor else []


# "several of which", "two of which": a share of a plural antecedent (no one state)
_PART_OF_WHICH_RE: Final = re.compile(
    r"\b(?:several|some|many|most|all|both|each|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|dozens|hundreds|\d+)\s+of\s+$"
)


# a relative clause set off by commas that ends where a passive verb's auxiliary starts
_DESCRIBING_CLAUSE_RE: Final = re.compile(r",\s+(?:who|whom|whose)\b[^;()]*,\s*$")
_FREEZE_TARGET_RE: Final = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:freeze|freezes|froze|block|blocks|blocked)\s+(?:any|all|the)?\s*"
    r"(?:[\w.-]+\s+){0,2}?(?:assets|property|funds)\s+(?:held\s+by\s+|belonging\s+to\s+)?"
    r"(?:of\s+)?",
    re.I,
)
_NAMING: Final = (", ", ": ", " - ", " — ", " (")
# "two Uzbek firms - Tashkent-based X and Y": a seat may open the first member
_NAMING_SEAT_RE: Final = re.compile(
    r"(?:, |: | - | — | – | \()(?:[A-Z][\w.'’]*\s+){0,2}[A-Z][\w.'’]*"
    r"-(?:based|registered|headquartered)\s+"
)


def _names_members(gap: str) -> bool:
    """Whether `gap` after a group opens the list of its members."""
    return gap in _NAMING or ("-" in gap and _NAMING_SEAT_RE.fullmatch(gap) is not None)


def sanction_claims(
    trig: Trigger,
    mentions: list[Mention],
    text: str,
    base: int,
    impose_verb: bool,
    excluded: set[int] | None = None,
    speaker: str | None = None,
) -> list[tuple[Mention, str | None]]:
    excluded = excluded or set()
    lo, hi = clause_bounds(text, trig.start - base)
    if hi < len(text) and text[hi] == ";" and "; and " in text[hi:]:
        hi = len(text)  # "X, the chief of ...; Y, a senior official ...; and Z": one list
    word = trig.word.lower()
    authority = _authority(trig, mentions, text, base, lo, speaker)
    rel_end = trig.end - base
    right = [
        m
        for m in mentions
        if m.start >= trig.end
        and m.end <= base + hi
        and m.is_actor
        and not m.in_apposition
        and id(m) not in excluded
        and not m.possessive
    ]
    targets: list[Mention] = []
    compound = trig.start > base and text[trig.start - base - 1] == "-"  # "U.S.-sanctioned"
    left_text = text[max(0, trig.start - base - 40) : trig.start - base]
    wide_left = text[max(0, trig.start - base - 70) : trig.start - base]  # adjective lists
    wide_left = text[max(0, trig.start - base - 80) : trig.start - base]
    added = (
        search_from(_ADDED_STARTS, _ADDED_RE, wide_left)
        if may_contain(wide_left.lower(), _ADDED_NEEDS)
        else None
    )
    if added is None and ("add" in text or "plac" in text):  # "added X, Y and Z as well as W
        # to its list"
        far_left = text[max(0, trig.start - base - 260) : trig.start - base]
        if "add" in far_left or "plac" in far_left:
            added = _ADDED_LONG_RE.search(far_left)
            wide_left = far_left if added is not None else wide_left
    if added is not None:
        add_at = trig.start - len(wide_left) + added.start()
        rel_ante = (
            _relative_antecedent(mentions, text, base, add_at) if added.group("passive") else None
        )
        if rel_ante is not None:
            targets = rel_ante  # "X, a Russian company that was added to the list"
        elif added.group("passive"):
            left = [
                m
                for m in mentions
                if m.end <= add_at
                and m.is_actor
                and not m.in_apposition
                and (m.prep is None or m.prep == "including")
                and not m.possessive
            ]
            targets = _left_chain(left, text, base)
        else:
            targets = [
                m
                for m in mentions
                if add_at < m.start < trig.start
                and m.is_actor
                and (m.prep is None or (m.prep == "of" and added.group("noun") is not None))
                and not m.in_apposition
            ][:8]
            if not targets:  # "X was among seven firms added to the EU's sanctions list"
                targets = _member_of_added(mentions, text, base, trig, add_at)
            # "..., along with several officials including X": more of the same list
            chain = _target_chain(right, text, base, trig, True)
            # (not "..., among them X, which has been used by Russian forces": X's agent)
            targets += [m for m in chain if m.prep in _LIST_PREPS]
            among = _AMONG_THEM_RE.search(text, trig.end - base) if "among" in text else None
            if among is not None:
                # "adds 75 entities to its list, among them 14 companies in China"
                targets += [m for m in chain if m.start >= base + among.end() and m not in targets]
    elif (
        word in _VERB_FORMS[:-1]
        and (member := gated_search(_MEMBER_OF_RE, wide_left, _MEMBER_OF_NEEDS)) is not None
    ):
        at = trig.start - len(wide_left) + member.start()
        prior = [
            m
            for m in mentions
            if m.end <= at and m.is_actor and m.prep is None and not m.in_apposition
        ]
        targets = _left_chain(prior, text, base)  # "X was among 20 firms designated by Y"
    elif word.startswith("among"):
        targets = _among(mentions, right, text, base, trig)
    elif compound:
        targets = _compound_target(mentions, right, text, base, trig)
    elif (
        word in _VERB_FORMS[:-1]
        and word.endswith("ed")  # "was sanctioning" is active
        and (_PASSIVE_LEFT_RE.search(left_text) or left_text.rstrip().endswith(","))
        and not _INVERTED_RE.match(text[rel_end:])
    ):
        prior = [
            m
            for m in mentions
            if m.end <= trig.start and m.is_actor and m.prep is None and not m.in_apposition
        ]
        aux = _PASSIVE_LEFT_RE.search(left_text)
        rel_ante = (
            _relative_antecedent(mentions, text, base, trig.start - len(left_text) + aux.start())
            if aux is not None
            else None
        )
        if aux is not None and rel_ante is None and ", wh" in text:
            # "X, whom Treasury identifies as the owner of Y, was designated": X, before the
            # clause that describes it
            aux_at = trig.start - base - len(left_text) + aux.start()
            clause = _DESCRIBING_CLAUSE_RE.search(text, max(0, aux_at - 160), aux_at)
            if clause is not None:
                prior = [m for m in prior if m.end <= base + clause.start()]
        # "X and Y were sanctioned"; "owned by X, a company that was sanctioned": X
        prior = _outside_aside(prior, text, base, trig.start)
        targets = rel_ante if rel_ante is not None else _left_chain(prior, text, base)
        inc = _INCLUDING_AFTER_RE.match(text, rel_end)
        if inc is not None:
            # "Three Iranian nationals were also sanctioned, including X": X is one of them
            at = base + inc.end() - 1
            targets += [m for m in _target_chain(right, text, base, trig, True) if m.start >= at]
    elif word.startswith(("banned from", "asset")) and _MAY_BE_RE.search(left_text):
        pass  # "should be subject to an asset freeze", "could be banned from entering"
    elif word.startswith("banned from") and _PASSIVE_LEFT_RE.search(left_text):
        prior = [
            m
            for m in mentions
            if m.end <= trig.start and m.is_actor and m.prep is None and not m.in_apposition
        ]
        targets = _left_chain(prior, text, base)  # "X is banned from entering Britain"
    elif word.startswith(("sanction", "asset")) and (
        "under" in left_text[-15:].lower()
        or ("under" in wide_left and _UNDER_LIST_RE.search(wide_left) is not None)
        or ("subject" in wide_left and _SUBJECT_TO_RE.search(wide_left) is not None)
    ):  # "X is under US sanctions", "X is already subject to British and American sanctions"
        if _MAY_COME_UNDER_RE.search(wide_left):
            return []  # "could come under secondary sanctions": a risk, none imposed
        kept = _KEPT_UNDER_RE.search(left_text) if "under" in left_text[-15:] else None
        if kept is not None:  # "X, which Washington has kept under sanctions": who keeps it
            targets, rel_authority = _object_relative(mentions, text, base, lo, trig)
            authority = rel_authority or authority
        if not targets:
            targets = _under_sanctions(mentions, text, base, trig)
    elif (
        word.startswith("sanction")
        and text.startswith(" list", rel_end)
        and " on " in left_text
        and _ON_LIST_LEFT_RE.search(left_text) is not None
    ):  # "X has been on the EU's sanctions list since 2022": the list's members
        targets = _under_sanctions(mentions, text, base, trig)
    elif (hit := _hit_with(left_text, wide_left)) is not None:
        # "X, which builds the drone, has been hit with an asset freeze", "X faces US and EU
        # sanctions": the subject before the verb (not the sanctioning states after it)
        verb_at = trig.start - len(hit.string) + hit.start()
        prior = [
            m
            for m in mentions
            if m.end <= verb_at and m.is_actor and m.prep is None and not m.in_apposition
        ]
        targets = _left_chain(prior, text, base)
    else:
        verbal = (
            word in _VERB_FORMS[:-1]
            or _INVERTED_RE.match(text[rel_end:]) is not None
            # "the Treasury's decision to blacklist X", "voted to sanction X": done
            or (word in _BARE_VERBS and _DECIDED_TO_RE.search(left_text) is not None)
        )
        nt = _NOUN_TARGET_RE.match(text[rel_end:])
        noun_target = nt is not None
        first_at = trig.end + nt.end() - 1 if nt is not None else trig.end
        freeze = _FREEZE_TARGET_RE.match(text, rel_end) if "ssets" in text else None
        if word.startswith(("froze", "freez", "asset")):  # "froze the assets of X"
            targets = _target_chain(right, text, base, trig, False, _FREEZE_PREPS)
        elif freeze is not None:  # "The sanctions freeze any US assets of X and Y"
            at = base + freeze.end() - 1
            after = [m for m in right if m.start >= at]  # not "US" in "any US assets of"
            targets = _target_chain(after, text, base, trig, False, _FREEZE_PREPS, first_at=at)
        elif verbal or noun_target:
            preps = _APPLY_PREPS if nt is not None and nt.group().endswith("to ") else _LIST_PREPS
            targets = _target_chain(right, text, base, trig, verbal, preps, first_at)
        if not targets and word in _VERB_FORMS[:-1]:
            targets, rel_authority = _object_relative(mentions, text, base, lo, trig)
            authority = rel_authority or authority
        if targets and word.endswith("ed") and _ATTRIBUTIVE_LEFT_RE.search(left_text):
            # "engines bought from a sanctioned Chinese manufacturer": it describes the maker
            targets = [t for t in targets if t.kind == "organization" or t.start - trig.end > 2]
    if targets and (at := along_with_at(text, max(trig.end, targets[-1].end) - base)) >= 0:
        # "added X to its list, along with a Hong Kong company, Y": Y is listed too
        later = [m for m in right if m.start >= base + at]
        if later and acts_along(text[at - 20 : later[0].start - base], later[0].kind):
            later = []
        chain = _target_chain(later, text, base, trig, True, first_at=base + at)
        targets += [m for m in chain if all(m is not t for t in targets)]
    if targets and "along" in text:  # "..., alongside a longer list of Chinese suppliers"
        targets += [
            m
            for m in right
            if m.kind == "group"
            and m.start > targets[-1].end
            and _ALONGSIDE_MORE_RE.search(text, max(0, m.start - base - 60), m.start - base)
        ]
    out: list[tuple[Mention, str | None]] = []
    if search_from(
        NEGATOR_STARTS, _NEGATED_RE, text[max(0, trig.start - base - 40) : trig.start - base]
    ):
        return out  # "India has not imposed sanctions on Russia"
    if _neither_nor_before(text, trig.start - base):
        return out  # "Neither X nor Y is designated by any jurisdiction"
    possible_lo = max(0, trig.start - base - 50)
    if any_word_in(text[possible_lo : trig.start - base], _POSSIBLE_NEEDS) and _POSSIBLE_RE.search(
        text, possible_lo, trig.start - base
    ):
        return out  # "Britain could freeze the assets of X", "X could be sanctioned": a threat
    if any_word_in(left_text, _NOT_IMPOSING_NEEDS) and _NOT_IMPOSING_RE.search(left_text):
        return out  # "a panel that monitored sanctions on North Korea": old sanctions
    call_window = text[max(0, trig.start - base - 90) : trig.start - base]
    if may_contain(call_window.lower(), _CALL_FOR_NEEDS) and search_from(
        _CALL_FOR_STARTS, _CALL_FOR_RE, call_window
    ):
        return out  # "has pushed for tougher sanctions on Iran": a call, not sanctions
    if authority is not None and any(
        t.name == authority and t.kind == "country" and t.prep in ("on", "against") for t in targets
    ):
        # "Iran dismissed the charges ..., as the four countries announced fresh sanctions on
        # Tehran": no state sanctions itself; the clause's subject is someone else
        others = [m for m in mentions if m.name != authority and not _dateline(m, text, base)]
        authority = _authority(trig, others, text, base, lo, speaker)
    for i, t in enumerate(targets):
        if t.kind == "group" and i + 1 < len(targets):
            nxt = targets[i + 1]
            if nxt.kind == "organization" and _names_members(text[t.end - base : nxt.start - base]):
                continue  # "two Chinese companies, X and Y": the companies are X and Y
        name = t.country if t.kind == "adjective" else t.name
        if name is None or name == authority or t.role in ("media", "research"):
            continue
        if _SAYS_AFTER_RE.match(text, t.end - base):
            continue  # "three Chinese companies that the EU says supplied": the EU speaks
        if name == "Ukraine":
            continue  # sanctions on the victim are outside what is watched
        if name == RUSSIA and (not impose_verb or t.kind != "group"):
            continue  # sanctions on Russia itself are the backdrop, not news about its suppliers
        if name == RUSSIA and _one_of_many_places(t, targets, text, base):
            continue  # "entities in Russia, China, Turkey and elsewhere": the package's reach
        out.append((t, authority))
    return out


def _dateline(m: Mention, text: str, base: int) -> bool:
    """`RIYADH: Iran dismissed ...`: the city the story was filed from acts in nothing."""
    head = text[: m.end - base]
    return m.start - base <= 1 and len(head) > 2 and head.isupper()


# "entities in Russia and a dozen other countries", "in Russia and third countries"
_OTHER_PLACES_RE: Final = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,2}?(?:other|third)\s+countries\b")


_PLACE_GAP_RE: Final = re.compile(r",?\s+(?:and\s+)?(?:the\s+)?|,\s*")


def _one_of_many_places(t: Mention, targets: list[Mention], text: str, base: int) -> bool:
    """The group is one of a list of three or more states whose entities the package
    reaches ("in Thailand, Hong Kong, India and Russia"), not a group named apart from it
    ("as well as two Russian drone makers")."""
    if _OTHER_PLACES_RE.match(text, t.end - base):
        return True
    groups = sorted((m for m in targets if m.kind == "group"), key=lambda m: m.start)
    if t not in groups:
        return False
    i = j = groups.index(t)
    while i > 0 and _PLACE_GAP_RE.fullmatch(text, groups[i - 1].end - base, groups[i].start - base):
        i -= 1
    while j + 1 < len(groups) and _PLACE_GAP_RE.fullmatch(
        text, groups[j].end - base, groups[j + 1].start - base
    ):
        j += 1
    return j - i >= 2


def authority_of(
    trig: Trigger,
    mentions: list[Mention],
    text: str,
    base: int,
    speaker: str | None,
    clause_subject: bool = False,
) -> str | None:
    """Who imposes the sanctions a trigger speaks of, when the sentence names them
    (`clause_subject`: also the subject of an adverbial clause, "after X added ...")."""
    lo = clause_bounds(text, trig.start - base)[0]
    return _authority(trig, mentions, text, base, lo, speaker, clause_subject)


# "Among them are X and Y", "These include X": the members of the last sentence's
# unnamed targets ("54 individuals and 30 entities")
OPEN_MEMBERS_RE: Final = re.compile(
    # "Prominent among them is X": a member singled out
    r"^(?:(?:(?:Prominent|Notable|Chief|Foremost|Most prominent|Most notable) among "
    r"(?:them|those|these))|Among (?:them|those|these|the (?:[\w-]+ ){0,2}?(?:entities|"
    r"individuals|companies|"
    r"firms|targets|persons))|(?:These|They|Those)(?: targets| entities| designations)? "
    r"(?:include|included)"
    # "Two of the Russian additions, X and Y, are design bureaus": members, by apposition
    r"|(?:Two|Three|Four|Five|Six|Several|Some|Many|Most|Both|All|Others) of (?:the|those|"
    r"these) (?:[\w-]+ ){0,2}?(?:additions|listings|designations|entries|targets|entities|"
    r"companies|firms|individuals|persons|people)(?: (?:added|listed|named|designated))?,"
    # "The third and most unusual target was X": one more member
    r"|The (?:first|second|third|fourth|fifth|last|final)(?: [\w-]+){0,3}? (?:target|addition|"
    r"listing|designation) (?:is|was))"
    r"(?:\b|(?<=,))"
)
# "X was among them.", "X and Y were also among those targeted": members named after
MEMBER_OF_THEM_RE: Final = re.compile(
    r"\b(?:was|were|is|are)\s+(?:also\s+|reportedly\s+)?among\s+(?:them|those|these)"
    r"(?:\s+(?:targeted|sanctioned|listed|designated|named|blacklisted|added))?\s*[.;]?$"
)
_MEMBER_PREPS: Final = frozenset({None, "including", "as"})


def listed_members(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The actors a members sentence lists (not those in its prepositional phrases, nor
    the speakers of its relative clauses: "X, which Ukraine's intelligence says ...")."""
    rel = _RELATIVE_CUT_RE.search(text)
    cut = base + rel.start() if rel is not None else base + len(text)
    resumed = _resumed_member(mentions, text, base, rel.end()) if rel is not None else None
    relative = _RELATIVE_WORD_RE.search(text)
    group_cut = base + relative.start() if relative is not None else cut
    # "Two of the Russian additions, X and Y": the members stand in apposition to the "of"
    head = OPEN_MEMBERS_RE.match(text)
    apposed = base + head.end() if head is not None and head.group().endswith(",") else cut
    cut = min(cut, unnamed_cut(mentions, text, base, head.end() if head else 0))
    return [
        m
        for m in mentions
        if m.is_actor
        and (m.start < cut or m is resumed)
        and (m.kind != "group" or m.start < group_cut)
        and m.kind != "country"
        and not m.in_apposition
        and not m.possessive
        and (m.prep in _MEMBER_PREPS or (m.prep == "of" and m.start >= apposed))
        and m.role not in ("media", "research", "government")
        and not _SAYS_AFTER_RE.match(text, m.end - base)
    ]


def _resumed_member(mentions: list[Mention], text: str, base: int, at: int) -> Mention | None:
    """The member named after the speaker's relative clause closes: "They include X, which
    the EU says shipped chips to Russian buyers, and Y, a distributor" (Y)."""
    resume = _MEMBER_RESUMES_RE.search(text, at)
    if resume is None:
        return None
    return next(
        (
            m
            for m in mentions
            if m.kind in ("organization", "person")
            and m.prep is None
            and 0 <= m.start - base - resume.end() <= 4  # (after "the")
        ),
        None,
    )


_MEMBER_RESUMES_RE: Final = re.compile(r"[,;][\"”]?\s+(?:and|as\s+well\s+as|plus)\s+(?:the\s+)?")


def unnamed_cut(mentions: list[Mention], text: str, base: int, start: int) -> int:
    """Where the members of a list sentence end when a relative clause opens before any actor
    is named: "Among them were several journalists who covered the X trial" (none)."""
    relative = _RELATIVE_WORD_RE.search(text, start)
    if relative is None or any(
        m.is_actor and base + start <= m.start < base + relative.start() for m in mentions
    ):
        return base + len(text)
    return base + relative.start()


# "X, a Delhi-based firm that sent parts to Russia-based companies": the groups a member's
# relative clause names are whom it dealt with, not members
_RELATIVE_WORD_RE: Final = re.compile(r"\b(?:which|who|that|whose)\b")
_RELATIVE_CUT_RE: Final = re.compile(
    r",\s+(?:which|who|that|whose)\s+[^,;]{0,60}?\b(?:says|said|say|claims|alleges|believes)\b"
)
