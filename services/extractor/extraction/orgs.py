"""Organizations no list holds, recognised from their form: `X Electronics Co., Ltd.`,
`JSC X`, `X, a Russian arms maker`, `one exporter, X,`, `China's X`, `sanctions on X, Y and Z`."""

from __future__ import annotations

import re
from typing import Final

from .discourse import NOT_NAME, TITLE_WORDS, Mention, token_index
from .gazetteer import Gazetteer
from .lexicon import (
    AUTHORITY_HEADS,
    COMPANY_NOUNS,
    DRONE_WORDS,
    GOODS_WORDS,
    GOVT_NOUNS,
    GROUP_NOUNS,
    LEADING_FORMS,
    LEGAL_FORMS,
    WEAPON_WORDS,
    any_word_in,
)
from .text import Sentence, Token
from .word_start import WORD_START
from .wordset import word_set

CAP: Final = r"[A-Z][\w'’&-]*"
NAME_SEQ: Final = rf"{CAP}(?:\s+(?:of|and|for|de|&)?\s*{CAP}){{0,6}}"
_ORG_SUFFIX_WORDS: Final = (
    r"Technology|Technologies|Industries|Industrial|Industry|Group|Plant|Factory|Electronics|"
    r"Trading|Aviation|Engineering|Systems|Logistics|International|Holding|Holdings|Company|"
    r"Enterprise|Enterprises|Works|Aerospace|Machinery|Instruments|Dynamics|Robotics|Defense|"
    r"Defence|Corporation|Bureau|Institute|Concern|Shipyard|Bank|Import|Export|Trade|Solutions|"
    r"Components|Microelectronics|Semiconductor|Semiconductors|Intelligence|Innovations|Telecom|"
    r"Network|Partners|Ventures|Capital|Investment|Resources|Supply|Commerce|Sciences|Science|"
    r"Labs|Laboratories|Devices|Energy|Motors|Optics|Tech|Impex|Logistic|Avia|Aero|Aerotech|"
    r"Aeronautics|Aeronautical|Shipping|"
    r"Chemical|Chemicals|Materials|Metals|Mining|Petroleum|Pharmaceutical|Instrument|Machines|"
    r"Model|Models|Parts|Power|Precision|Infrared|Optoelectronics|Optoelectronic|Photonics|"
    r"Electric|Electrical|Automation|Navigation|Motor|Engine|Engines|Equipment|Airlines|Airways|"
    r"Supplies|Exim|Elektronik|Sistemleri|Ticaret|Teknoloji|Savunma|Makina|Lines|Lojistik|Park|"
    r"Zone|Complex|Traders|Makine|Pazarlama|Ithalat|Ihracat|Teknik|Cargo|Freight|Forwarding|"
    r"Service|Services|Transport|Invest|Avionics|Motion|Exports|Imports|Microwave|"
    r"Mikroelektronik|Mikroelektronika|Communication|Communications|Microtech|Microsystems|"
    r"Composites|Steel|Batteries|Battery|Manufacturing|Products|Tools|Sensors|"
    r"Mechanical|Networks|"
    # the same words in the languages of the names: Turkish, Russian, German, Italian, Polish
    r"Sanayi|Endüstri|Endustri|Mühendislik|Muhendislik|Otomotiv|Havacılık|Havacilik|Komponent|"
    r"Komplekt|Tekhnika|Tekhnologii|Snab|Servis|Avtomatika|Elektronika|Pribor|Zavod|Kombinat|"
    r"Technik|Technic|Handel|Vertrieb|Werke|Maschinenbau|Meccanica|Meccaniche|Elettronica|Tecnologie|"
    r"Technologie|Officine|Tedarik|Distribution|Management|Shipmanagement|"
    # French, Spanish and Portuguese
    r"Électronique|Electronique|Electrónica|Electronica|Systèmes|Systemes|Sistemas|Industrie|"
    r"Industria|Tecnología|Tecnologia"
)
REVERSE_APPOSITION_RE: Final = re.compile(  # "one exporter, Bengaluru-based Shreya Life Sciences,"
    rf"\b(?:company|firm|exporter|supplier|manufacturer|maker|distributor|trader|vendor|"
    rf"intermediary|subsidiary|importer|entity|reseller|shipper|factory|plant|producer|"
    rf"developer|contractor|wholesaler|retailer|forwarder|store|house|"
    # "One of them, Tech Asia Supply, shipped ...": one of the companies just named
    rf"^[\"“]?One of (?:them|those|these|the (?:largest|biggest|main|companies|firms))),\s+"
    rf"({NAME_SEQ})\s*(?:,|\.?$)"
)
_DESCRIBED_HEADS: Final = word_set(
    """company firm manufacturer maker producer developer supplier distributor trader exporter
    importer reseller subsidiary contractor"""
)
# "the Kazan company Aerotekhnika-Volga", "the St Petersburg developer Nevsky Avionika",
# "to the company Grodno-Tekhsnab": a name the article introduces by what it is
_DESCRIBED_NAME_RE: Final = re.compile(
    rf"[Tt]{WORD_START}he\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(_DESCRIBED_HEADS))})\s+"
    rf"({CAP}(?:\s+{CAP}){{0,3}})"
)
_VESSEL_NOUNS: Final = word_set("freighter tanker vessel")  # not "ship", also a verb
# a ship's name after what it is: "the freighter Vostok Star", "the Russian-flagged tanker
# Eventin"; capitals only, so "the vessel Monday" or "the ship in March" name none
_VESSEL_NAME_RE: Final = re.compile(rf"\b(?:freighter|tanker|vessel)\s+({CAP}(?:\s+{CAP}){{0,2}})")
_PLURAL_HEADS: Final = word_set(
    """companies firms entities suppliers exporters manufacturers distributors traders
    intermediaries subsidiaries importers vendors"""
)
_PLURAL_APPOSITION_RE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(_PLURAL_HEADS))}),\s+({NAME_SEQ}(?:\s*,\s*{NAME_SEQ})*)"
    r"(?=\s*[,;]|\.?\s*$)"
)
_PLURAL_HEAD_COMMAS: Final = tuple(f"{h}," for h in sorted(_PLURAL_HEADS))  # what it needs
_NAME_SEP_RE: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_NAME_RE: Final = re.compile(rf"(?:the\s+)?({CAP}(?:\s+(?:of|for|de|&)?\s*{CAP}){{0,6}})")
_LEGAL_TAIL_RE: Final = re.compile(
    r"(?:,?\s+(?:Co\.,?\s*Ltd\.?|Co\.|(?:Private|Pvt\.?)\s+(?:Limited|Ltd\.?)|"
    r"(?:Limited\s+)?Liability\s+(?:Company|Partnership)|(?:Joint[- ])?Stock\s+Company|"
    r"(?:(?:Limited|Anonim)\s+)?[SŞ]irketi|(?:Ltd\.?\s+)?[SŞ]ti\.?|A\.[SŞ]\.|L\.L\.C\.?|"
    r"Sanayi\s+ve\s+Ticaret|"
    r"Pte\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|S\.A\.|B\.V\.|Ltd\.?|LLC|Inc\.?|Corp\.?|JSC|GmbH|"
    r"Limited|LLP|FZE|FZCO|FZ-LLC|DMCC|PLC|AG|KG|OOO|TOO|Srl|SRL|SpA|UAB|OÜ|SIA|"
    r"Sp\.\s*z\s*o\.\s*o\.|[sS]\.r\.o\.|Kft\.?|Zrt\.?|Oy|AB|ApS|A/S|SARL|BV|NV|SA))+(?![\w-])"
)


_BASED_PREFIX_RE: Final = re.compile(
    r"^.*?-(?:based|registered|headquartered|owned|controlled|linked)\s+"
    r"|^(?:[A-Z]\w+\s+)?(?:Chinese|Russian|Iranian|Turkish|Emirati|Kyrgyz|Kazakh|Belarusian|"
    r"Indian|Hong Kong)\s+(?=[A-Z])"
)


def extend_legal_form(sent: Sentence, tokens: list[Token], mn: Mention) -> None:
    m = _LEGAL_TAIL_RE.match(sent.text, mn.end - sent.start)
    if m is not None:
        mn.end = sent.start + m.end()
        mn.tok_end = max(mn.tok_end, token_index(tokens, mn.end))


# second parts that make a name an adjective: "Kalashnikov-Made Drones" in a headline
_ADJECTIVE_PARTS: Final = word_set("Made Built Run Style Type Class Era Linked Owned Backed")


def longer_name(sent: Sentence, tokens: list[Token], mn: Mention) -> None:
    """`Integral-Avia Systems`, `Kupol-Tekh`: a listed name that a hyphen joins to more name
    words is another company's name; the mention becomes that whole name."""
    e = mn.tok_end
    while _hyphen_joined(tokens, e) and not _adjective_part(tokens[e + 1].text):
        e += 2
    if e == mn.tok_end:
        return
    while e < len(tokens) and tokens[e].text in _SUFFIX_TOKENS:
        e += 1  # "Integral-Avia Systems"
    mn.end, mn.tok_end = tokens[e - 1].end, e
    mn.name = _clean_org_name(sent.text[mn.start - sent.start : mn.end - sent.start])
    mn.role, mn.country, mn.via = "company", None, "pattern"


def _adjective_part(word: str) -> bool:
    return word in _ADJECTIVE_PARTS or word.endswith("ed")


def legal_tail_end(text: str, start: int, end: int) -> int:
    """End of the legal form that follows (or begins in the last word of) the name
    text[start:end]: "Kinabalu Tech Sdn" + ". Bhd."; else end."""
    m = _LEGAL_TAIL_RE.match(text, end)
    if m is None:
        space = text.rfind(" ", start, end)
        m = _LEGAL_TAIL_RE.match(text, space) if space > start else None
    return end if m is None else max(end, m.end())


def _clean_org_name(raw: str) -> str:
    name = LEGAL_FORMS.sub("", raw.strip().rstrip(".")).strip(" ,")
    name = _PREFIX_FORM_RE.sub("", name)
    return name.strip('"“”«» ').replace("’", "'")


# "General Director of Vostok Logistic": the company is what follows the title
_TITLE_OF_RE: Final = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,3}(?:Director|Chairman|Chairwoman|Owner|CEO|Head|President|"
    r"Manager|Founder|Chief|Shareholder|Executive|Officer|Minister|Secretary|Ambassador|"
    r"Commander|Governor|Deputy)(?:\s+[A-Z][a-z]+)?\s+of\s+(?:the\s+)?"
)


def add_org(
    sent: Sentence,
    tokens: list[Token],
    out: list[Mention],
    gz: Gazetteer,
    raw: str,
    start: int,
    country: str | None = None,
    min_one: bool = False,
    whole: bool = False,
) -> Mention | None:
    """The organization named `raw` at `start`, if it is one; `whole`: its place in the
    sentence (an apposition after a company noun) makes `raw` one name, places and all."""
    titled = _TITLE_OF_RE.match(raw) if " of " in raw else None
    if titled is not None:
        start += titled.end()
        raw = raw[titled.end() :]
    based = _BASED_PREFIX_RE.match(raw)
    if based is not None:  # "Hong Kong-based Sinno Electronics" -> "Sinno Electronics"
        start += based.end()
        raw = raw[based.end() :]
    city_of = _SEAT_POSSESSIVE_RE.match(raw)
    if city_of is not None and _is_place_name(gz, city_of.group(1)):
        start += city_of.end()  # "Istanbul's Karadeniz Dijital" -> "Karadeniz Dijital"
        raw = raw[city_of.end() :]
    name = _clean_org_name(raw)
    words = name.split()
    if not words or words[0] in NOT_NAME or len(name) < 3:
        return None
    if len(words) < 2 and not min_one and not _compound_name(name):
        return None
    if all(w in NOT_NAME or w.lower() in GROUP_NOUNS for w in words):
        return None
    if all(
        w.lower() in _GENERIC_SITE_WORDS or w in _SUFFIX_TOKENS or w in _SECOND_SUFFIXES
        for w in words
    ) and not (
        _PREFIX_FORM_RE.match(raw)  # `LLC "Avtomatika"`: a name, though a generic word
    ):
        return None  # "the Russian Drone Factory", "a Missile Plant": what it is, no name
    if len(words) > 1 and all(w.lower() in GOODS_WORDS for w in words[:-1]):
        return None  # "Over Chip Exports To Russia" in a headline: trade, no company
    if words[-1] in NOT_ORG_LAST_WORDS:
        return None  # "the Strategic Trade Act", "the Entity List": no organizations
    if _programme_named(sent, start):
        return None  # the national project "Unmanned Aircraft Systems": no organization
    if _LAW_TAIL_RE.match(sent.text, start - sent.start + len(raw.rstrip(" ,"))):
        return None  # "the Foreign Trade and Payments Act": a law, its first words no firm
    end = start + len(raw.rstrip(" ,"))
    inside = [m for m in out if m.start < end and start < m.end]
    seat = _seat_after_of(sent, inside, start, end) if gz.lookup(name) is None else None
    if seat is not None:  # "Delta Futurion Exports of Mumbai": the name, then its city
        raw = raw[: seat.start - start - len(" of ")]
        name = _clean_org_name(raw)
        words = name.split()
        end = start + len(raw.rstrip(" ,"))
        inside = []
        country = country or seat.country
    if any(m.via == "introduced" for m in inside):
        return None  # "a firm called X Srl": named already, with its phrase's preposition
    if inside:
        city = inside[0]
        if len(inside) == 1 and _city_prefix(city, start, end):
            out.remove(city)  # "Beijing Yunhai Aviation": a company named after its city
            country = country or city.country
        elif whole and all(m.kind in ("country", "place") and m.start > start for m in inside):
            for m in inside:  # "a Tehran exchange house, Sepehr Pardaz Kish,": Kish is named
                out.remove(m)
        elif (
            LEGAL_FORMS.search(raw.rstrip(" ,"))
            or _state_named(inside, start, end)
            or _known_tail(inside, end, raw)
        ) and all(
            _part_of_name(m, start, end, start == sent.start) for m in inside
        ):  # "Ascend Aviation India Private Limited": one name, with a state in it
            for m in inside:
                out.remove(m)
                if m.kind == "country":
                    country = country or m.country
        else:
            return None
    known = gz.lookup(name)
    if known is not None and known.kind == "product":
        return None
    if (
        known is None
        and len(words) == 1
        and any(c.isdigit() for c in name)
        and _MODEL_HEAD_RE.match(sent.text, end - sent.start) is not None
    ):
        return None  # "Russia's V2U strike drone": a model's code, no company
    first = gz.lookup(words[0]) if "-" in words[0] and len(words) > 1 else None
    if first is not None and first.kind == "product":
        return None  # "Su-35 Engines": a weapon's parts, no company
    if known is not None and known.kind != "demonym":
        name = known.name
        kind, role, country = known.kind, known.role, known.country or country
    elif _state_body(words) or words in _CENTRAL_BANKS:
        # "the State Security Service (VDD)", "Kyrgyzstan's National Bank"
        kind, role = "organization", "government"
        country = country or _possessor_state(gz, sent, start)
        if country and (words[-1] == "Ministry" or words in _CENTRAL_BANKS):
            # "Turkey's Trade Ministry": the state itself, as "China's Foreign Ministry" is
            name, kind = country, "country"
    else:
        kind, role = "organization", "company"
    ts = token_index(tokens, start)
    te = max(ts + 1, token_index(tokens, end))
    mn = Mention(start, end, ts, te, name, kind, role, country, via="pattern")
    if end - sent.start < len(sent.text) and sent.text[end - sent.start] in " ,":
        extend_legal_form(sent, tokens, mn)  # "Aerosfera Limited Liability Company"
    out.append(mn)
    return mn


# the weapon a model code names: "the V2U strike drone", "K-7 loitering munitions"
_MODEL_HEAD_RE: Final = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:drones?|uavs?|munitions?|missiles?|quadcopters?)\b"
)


# what a name after it is the name of: a programme, a plan, an operation
_PROGRAMME_BEFORE_RE: Final = re.compile(
    r"\b(?:project|programme|program|initiative|scheme|plan|strategy|campaign|operation|"
    r"exercise|doctrine|concept)\s*[\"“«]?$"
)


def _programme_named(sent: Sentence, start: int) -> bool:
    at = start - sent.start
    return _PROGRAMME_BEFORE_RE.search(sent.text, max(0, at - 14), at) is not None


def _seat_after_of(sent: Sentence, inside: list[Mention], start: int, end: int) -> Mention | None:
    """The one place a name ends with after "of", past a name of two words or more."""
    if len(inside) != 1 or inside[0].kind not in ("country", "place") or inside[0].end != end:
        return None
    at = inside[0].start - sent.start
    before = sent.text[start - sent.start : at].split()
    if not sent.text.endswith(" of ", 0, at) or len(before) < 3 or before[-2] in _OF_NAME_HEADS:
        return None  # (not "the Industrial and Commercial Bank of China": one name)
    return inside[0]


_OF_NAME_HEADS: Final = word_set(
    """Bank University Academy Institute Ministry Republic Council Chamber Port Government
    Commission Authority Office Department Embassy Consulate Association Union Federation"""
)


_SEAT_POSSESSIVE_RE: Final = re.compile(r"([A-Z][\w-]+)['’]s\s+(?=[A-Z])")


def _is_place_name(gz: Gazetteer, word: str) -> bool:
    e = gz.lookup(word)
    return e is not None and (e.kind in ("place", "country") or e.role == "capital")


# what only a state's authority is called: "State Revenue Service", "Customs Criminal
# Investigation Office", "Federal Intelligence Service"
_STATE_BODY_WORDS: Final = word_set(
    """State Security Customs Revenue Intelligence Federal Border Tax Police Criminal
    Investigation Investigative Prosecutor Prosecutors Public Counterintelligence Export
    Control Financial"""
)


# first parts of hyphenated words that make no name: "Hi-Tech", "Dual-Use Technology"
_NOT_NAME_PARTS: Final = word_set("High Hi Low Non Anti Pro Post Pre Multi Dual Semi Self Co Mid")


def _compound_name(name: str) -> bool:
    """`Tsvet-Avia`, `Vektor-Komplekt`: one hyphenated word whose last part is a suffix
    word and whose first part is a name, not another suffix word or a prefix."""
    first, _, last = name.partition("-")
    return (
        last in _SUFFIX_TOKENS
        and len(first) >= 3
        and first[:1].isupper()
        and first not in _SUFFIX_TOKENS
        and first not in _NOT_NAME_PARTS
        and first.lower() not in _GENERIC_SITE_WORDS
    )


_POSSESSOR_BEFORE_RE: Final = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+$")


def _possessor_state(gz: Gazetteer, sent: Sentence, start: int) -> str | None:
    """ "Turkey's Trade Ministry": the state whose body it is."""
    at = start - sent.start
    hit = _POSSESSOR_BEFORE_RE.search(sent.text, max(0, at - 30), at)
    entry = gz.lookup(hit.group(1)) if hit is not None else None
    return entry.name if entry is not None and entry.kind == "country" else None


# a state's central bank, named by its kind alone
_CENTRAL_BANKS: Final = (["National", "Bank"], ["Central", "Bank"], ["Reserve", "Bank"])


def _state_body(words: list[str]) -> bool:
    if words[-1] == "Ministry" or (words[0] == "Ministry" and words[1:2] == ["of"]):
        return True  # "Turkey's Trade Ministry", "the Ministry of Economy"
    return words[-1] in AUTHORITY_HEADS and not _STATE_BODY_WORDS.isdisjoint(words[:-1])


def _state_named(inside: list[Mention], start: int, end: int) -> bool:
    """`Iran Shipping Lines`: a state's name and two more name words."""
    m = inside[0]
    return len(inside) == 1 and m.kind == "country" and m.start == start and end - m.end > 10


def _known_tail(inside: list[Mention], end: int, raw: str) -> bool:
    """`Tianyu Unmanned Systems`: a name the list knows ("Unmanned Systems") closes it;
    not "Belarus's State Authority for ...", the known name and its owner."""
    m = inside[0]
    return (
        len(inside) == 1
        and m.kind == "organization"
        and m.via == "gazetteer"
        and m.end == end
        and "'s " not in raw
        and "’s " not in raw
    )


def _part_of_name(m: Mention, start: int, end: int, opens_sentence: bool) -> bool:
    if m.start < start or m.end > end:
        return False
    if m.kind == "country" and m.start == start:
        return True  # "Iran Shipping Lines": a company named after its state
    if m.kind == "organization" and m.start == start and m.end < end:
        return True  # "Integral Avia JSC": a longer name than the one the list knows
    if m.kind == "organization" and m.via == "gazetteer" and m.start > start:
        # "Gulf Arrow Electronics FZE": a listed name is the tail of a longer one; not
        # "Distributor Arrow Electronics Inc.", capitalised only as the sentence's first word
        return not opens_sentence
    named = m.via in ("pattern", "described", "introduced")
    return named or (m.kind == "country" and m.start > start)


def _city_prefix(m: Mention, start: int, end: int) -> bool:
    return m.role in ("capital", "place") and m.start == start and m.end < end


# last words of names that are no organizations: laws and lists ("Strategic Trade Act",
# "Entity List")
NOT_ORG_LAST_WORDS: Final = word_set(
    "Act Law Code Regulation Regulations Directive Decree Ordinance Statute Bill List"
    " Area Estate"  # and districts: "the Korangi Industrial Area", "an Industrial Estate"
)
# the rest of a law's name after its first words: " and Payments Act", " Control Act"
_LAW_TAIL_RE: Final = re.compile(
    r"(?:\s+(?:and|&|of|on|for))?(?:\s+[A-Z][\w-]*){0,3}\s+"
    r"(?:Act|Law|Code|Regulation|Regulations|Directive|Decree|Ordinance|Statute|Bill)\b"
    r"(?![ ,]+(?:LLC|Ltd|Limited|Inc|JSC|GmbH|Co)\b)"  # "X Trade Code LLC": a firm's name
)
_SUFFIX_TOKENS: Final = frozenset(_ORG_SUFFIX_WORDS.split("|"))
# words that close a name only after a suffix word: "Trading House" (the Russian "torgovy
# dom"), "Publishing House", but never "the White House"
_SECOND_SUFFIXES: Final = word_set("House")
_GENERIC_SITE_WORDS: Final = (
    DRONE_WORDS | WEAPON_WORDS | word_set("military secret new main giant largest biggest state")
)
# heads of names of bodies that are no companies, after a suffix word of company names:
# "the World Trade Organization", "the Export Development Agency" (a public body)
_INSTITUTION_HEADS: Final = word_set(
    """Organization Organisation Association Union Federation Chamber Forum Agency Commission
    Fund Programme Program Initiative"""
)
_TECH_TERMS: Final = word_set("FPV UAV UAVs UAS EW GPS GNSS AI")
_OFFICE_HEADS: Final = word_set(
    "Minister Ministry Secretary Department Committee Council Command Forces"
)
_NAME_END: Final = frozenset(
    {",", ".", ";", ")", ":", "("}
)  # "(": its acronym follows, "X Integrity (XI)"
_LEGAL_TOKENS: Final = word_set(
    "Co Ltd LLC Inc Corp JSC CJSC GmbH Limited LLP FZE FZCO DMCC PLC Sdn Bhd Pvt Pte KG Srl SRL SpA"
    " UAB OÜ SIA"  # Lithuanian, Estonian and Latvian forms, written after the name in English
    " Sp Kft Zrt Oy ApS SARL"  # Polish ("Sp. z o.o."), Hungarian, Finnish, Danish, French
)
# legal forms written before the name: Russian, Kazakh, Ukrainian, Baltic, Indonesian
_LEGAL_PREFIX: Final = word_set("JSC OJSC PJSC CJSC LLC OOO AO TOO ZAO OAO PAO TOV UAB SIA OÜ PT")
_PREFIX_FORM_RE: Final = re.compile(rf"^(?:{'|'.join(sorted(_LEGAL_PREFIX))})\s+")
# Soviet-style kinds of enterprise written before the name and kept in it: "OKB TSP" (a
# design bureau), "NPP Istok" (a research and production enterprise)
_BUREAU_PREFIX: Final = word_set("OKB SKB TsKB NPO NPP NPK NPF NII TsNII")
_ABBREV_LEGAL: Final = word_set("Co Ltd Inc Corp Sdn Bhd Pvt Pte Sp Kft")
_NAME_GLUE: Final = word_set("of and for de &")
_REV_HEADS: Final = (
    "company, ",
    "firm, ",
    "exporter, ",
    "supplier, ",
    "manufacturer, ",
    "maker, ",
    "distributor, ",
    "trader, ",
    "vendor, ",
    "intermediary, ",
    "subsidiary, ",
    "importer, ",
    "entity, ",
    "reseller, ",
    "shipper, ",
    "factory, ",  # "a Minsk electronics factory, Horizont-Micro, which"
    "plant, ",
    "producer, ",
    "developer, ",
    "contractor, ",
    "wholesaler, ",
    "retailer, ",
    "forwarder, ",
    "store, ",
    "house, ",  # "a Tehran exchange house, X,", "a trading house, X,"
)
_REV_HEAD_WORDS: Final = frozenset(h.split(",")[0] for h in _REV_HEADS)
_ONE_OF: Final = ("One of ", '"One of ', "“One of ")
_FORM_TOKENS: Final = _LEGAL_PREFIX | _BUREAU_PREFIX | _SUFFIX_TOKENS | _LEGAL_TOKENS
# what else a company is called in an apposition: "SkyMarket KZ, an Almaty-based online store"
_TRADE_NOUNS: Final = "store|retailer|wholesaler|marketplace|forwarder|reseller|bank"
_APPOS_OPENERS: Final = (", a ", ", an ", ", the ", ", one of ")
# not "X, the company's chief executive": a possessive company has the named one as its officer
_COMPANY_AHEAD_RE: Final = re.compile(
    rf",\s+(?:a|an|the|one of)\s+(?:[\w'’-]+\s+){{0,5}}?(?:{COMPANY_NOUNS}|{_TRADE_NOUNS})"
    r"\b(?!['’]s\b)"
)


def _title_cased(tokens: list[Token]) -> bool:
    """A headline in title case ("China Is Fueling Russia's War Machine"): capitals name
    nothing there."""
    words = [t.text for t in tokens if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _headline(sent: Sentence, tokens: list[Token]) -> bool:
    """The title, or a line of its own in title case with no closing stop (a subheading);
    the cheap test of the two first: most sentences end with a stop."""
    return (sent.index == 0 or not sent.text.endswith((".", '"', "”"))) and _title_cased(tokens)


def _is_cap(tok: Token) -> bool:
    return tok.text[0].isupper() and tok.text not in NOT_NAME


def _name_back(tokens: list[Token], k: int, limit: int = 6) -> int:
    """Index of the first token of the capitalised name ending at token k."""
    j = k
    while j > 0 and k - j < limit:
        prev = tokens[j - 1]
        if tokens[j].start - prev.end > 1:
            break
        glue = prev.text in ("-", "'", "&") or (prev.text in _NAME_GLUE and prev.text != "and")
        if _is_cap(prev) or _alnum_part(prev) or (glue and j - 2 >= 0 and _is_cap(tokens[j - 2])):
            j -= 1
        elif _digit_part(tokens, j - 1):
            j -= 3  # "A-1 Electronics": the number, its hyphen and the word before
        elif _initial_dot(tokens, j - 1):
            j -= 2  # "J.K. Supplies": the initial and its period
        else:
            break
    if (  # "the 558 Aircraft Repair Plant": a number opens the name
        0 < j < k
        and tokens[j - 1].text.isdigit()
        and (j == 1 or tokens[j - 2].low in ("the", "and", ","))
    ):
        j -= 1
    return j


def _alnum_part(tok: Token) -> bool:
    """ "3D Robotics", "558th": a name word that opens with a digit and has letters."""
    t = tok.text
    return t[:1].isdigit() and not t.isdigit() and t.isalnum()


def _digit_part(tokens: list[Token], q: int) -> bool:
    """Token q is the number of "A-1": a hyphen joins it to a capitalised word before."""
    return (
        q >= 2
        and tokens[q].text.isdigit()
        and tokens[q - 1].text == "-"
        and tokens[q - 1].end == tokens[q].start
        and tokens[q - 2].end == tokens[q - 1].start
        and tokens[q - 2].text[:1].isupper()  # "A-1": a capital, though "A" opens sentences
    )


def _initial_dot(tokens: list[Token], q: int) -> bool:
    """Token q is the period of an initial in a name: "J.K. Supplies"."""
    return (
        q >= 1
        and tokens[q].text == "."
        and len(tokens[q - 1].text) == 1
        and tokens[q - 1].text.isupper()
        and tokens[q - 1].end == tokens[q].start
    )


def _hyphen_joined(tokens: list[Token], e: int) -> bool:
    """Token e is a hyphen that joins a capitalised word to the name without spaces."""
    return (
        e + 1 < len(tokens)
        and tokens[e].text == "-"
        and tokens[e].start == tokens[e - 1].end
        and tokens[e + 1].start == tokens[e].end
        and _is_cap(tokens[e + 1])
    )


_JOINS: Final = frozenset({"and", "of"})
# suffix words that may open the next name of a list: "X Trading and Aviation Industries"
_SUFFIX_TOKENS_OPENING: Final = frozenset({"Aviation", "Aero", "Avia", "International", "Tech"})


def _name_goes_on(tokens: list[Token], q: int) -> bool:
    """A capitalised token q after "X and <suffix word>" that is neither another suffix word
    nor a legal form: the second of two names ("X Machinery and Logistics Plus")."""
    return tokens[q].text not in _SUFFIX_TOKENS and tokens[q].text not in _LEGAL_TOKENS


def _between_name_words(tokens: list[Token], e: int) -> bool:
    """Token e is a capitalised word between two name words ("Elektronik Dış Ticaret")."""
    return (
        e + 1 < len(tokens)
        and _is_cap(tokens[e])
        and tokens[e].text.isalpha()
        and tokens[e + 1].text in _SUFFIX_TOKENS
        and tokens[e + 1].start - tokens[e].end == 1
        and tokens[e].start - tokens[e - 1].end == 1
    )


_QUOTE_MARKS: Final = frozenset({'"', "“", "”", "«", "»"})


def _quoted_name(tokens: list[Token], q: int) -> bool:
    """Token q opens a name in quotes: `LLC "Avtomatika"`, `OOO «Radiosnab»`."""
    return tokens[q].text in _QUOTE_MARKS and q + 1 < len(tokens) and _is_cap(tokens[q + 1])


def _bracketed_seat(tokens: list[Token], e: int) -> int:
    """End of the bracketed place at token e that a legal form follows, part of the name:
    "Skyforce Trading (Hong Kong) Ltd.", "Silverleaf Components (HK) Limited"; else e."""
    if e >= len(tokens) or tokens[e].text != "(":
        return e
    close = e + 1
    while close < len(tokens) and close - e <= 3 and _is_cap(tokens[close]):
        if tokens[close].text in _LEGAL_TOKENS or tokens[close].text == "Private":
            return e  # "(Pvt) Ltd": the legal form itself
        close += 1
    if (
        close == e + 1
        or close + 1 >= len(tokens)
        or tokens[close].text != ")"
        or tokens[close + 1].text not in _LEGAL_TOKENS
    ):
        return e
    return close + 1


def _opens_legal_tail(tokens: list[Token], e: int) -> bool:
    """Token e opens the Turkish legal form "Sanayi ve Ticaret" ("Industry and Trade")."""
    return tokens[e].text == "Sanayi" and e + 1 < len(tokens) and tokens[e + 1].low == "ve"


def _org_form_spans(tokens: list[Token]) -> list[tuple[int, int, bool]]:
    """(first, end, has_legal_form) token spans of names like `X Electronics Co., Ltd.`."""
    out: list[tuple[int, int, bool]] = []
    n = len(tokens)
    k = 0
    while k < n:
        t = tokens[k].text
        if (
            (t in _LEGAL_PREFIX or t in _BUREAU_PREFIX)
            and k + 1 < n
            and (_is_cap(tokens[k + 1]) or _quoted_name(tokens, k + 1))
            and tokens[k + 1].text not in _LEGAL_TOKENS
        ):
            e = k + 1
            while e < n and e - k <= 4 and (_is_cap(tokens[e]) or tokens[e].text in _QUOTE_MARKS):
                e += 2 if _hyphen_joined(tokens, e + 1) else 1  # "NPO Vektor-Avia": one name
            out.append((k, e, True))
            k = e
            continue
        if (
            t in _SUFFIX_TOKENS
            or (t in _LEGAL_TOKENS and k > 0 and _is_cap(tokens[k - 1]))
            or (t == "Air" and k > 0 and (k + 1 >= n or not tokens[k + 1].text[:1].isupper()))
        ):  # "Kish Air," but not "Air Force"
            j = _name_back(tokens, k)
            e = k + 1
            while e < n:
                if _opens_legal_tail(tokens, e):
                    break  # "Elektronik Sanayi ve Ticaret A.Ş.": the legal form, not the name
                if tokens[e].text in _SUFFIX_TOKENS:  # "International Trade"
                    e += 1
                elif tokens[e].text in _SECOND_SUFFIXES and tokens[e - 1].text in _SUFFIX_TOKENS:
                    e += 1  # "Sevan Trade House": a suffix that only follows another
                elif _hyphen_joined(tokens, e) or _between_name_words(tokens, e):
                    e += 2  # "Aero-Electronics", "Elektronik Dış Ticaret": one name
                elif (
                    tokens[e].text in _JOINS
                    and e + 1 < n
                    and tokens[e + 1].text in _SUFFIX_TOKENS
                    and tokens[e + 1].text not in _SUFFIX_TOKENS_OPENING
                    and not (e + 2 < n and _is_cap(tokens[e + 2]) and _name_goes_on(tokens, e + 2))
                ):
                    e += 2  # "Import and Export", "Institute of Technology": one name
                else:
                    break
            legal = t in _LEGAL_TOKENS
            opened = j == k and t in LEADING_FORMS
            while (
                opened and e < n and e - k < 4 and _is_cap(tokens[e]) and tokens[e].text.isalpha()
            ):
                e += 1  # "Officine Meccaniche Brenta": the form word opens the name
            if (  # "Sino Precision Tooling,": a last name word the list does not know
                e + 1 < n
                and _is_cap(tokens[e])
                and tokens[e].text.isalpha()
                and len(tokens[e].text) > 2
                and not tokens[e].text.isupper()
                and tokens[e].text not in TITLE_WORDS
                and tokens[e].start - tokens[e - 1].end == 1
                and (tokens[e + 1].text in _NAME_END or tokens[e + 1].text in _LEGAL_TOKENS)
            ):
                e += 1
            e = _bracketed_seat(tokens, e)  # "Skyforce Trading (Hong Kong) Ltd."
            while e < n:
                tt = tokens[e].text
                nxt = tokens[e + 1].text if e + 1 < n else ""
                if tt in _LEGAL_TOKENS:
                    legal = True
                    e += 1
                elif (tt == "." and tokens[e - 1].text in _ABBREV_LEGAL) or (
                    tt == "," and nxt in _LEGAL_TOKENS
                ):
                    e += 1
                else:
                    break
            if any(tokens[x].text in _OFFICE_HEADS for x in range(j, min(e + 1, n))):
                pass  # "Deputy Defense Minister", "Foreign Trade Ministry": an office
            elif e < n and tokens[e].text in _INSTITUTION_HEADS:
                out.append((j, e + 1, False))  # "the World Trade Organization": a body
            elif j < k or legal or (opened and e > k + 2):
                out.append((j, e, legal))
            k = e
            continue
        k += 1
    return out


# "Yerevan-based Araks Microtech": a seat names a company even without a suffix word
# (words of two letters or more: "Teknoloji A.Ş." ends before its legal form)
_SEAT_NAMED_RE: Final = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?-(?:based|registered|headquartered)\s+"
    r"([A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3})"
)
_SEAT_GATES: Final = ("-based ", "-registered ", "-headquartered ")
_SEAT_WORDS: Final = word_set("based registered headquartered")
_PERSON_APPOSITION_RE: Final = re.compile(r",\s+(?:a|an|the)\s+[a-z]")
# "According to Marchenko, the plant ...": the source, then the clause's subject
_CITED_RE: Final = re.compile(r"\b[Aa]ccording\s+to\s+$")


def add_seated_orgs(sent: Sentence, tokens: list[Token], out: list[Mention], gz: Gazetteer) -> None:
    """Names after a seat that no other rule (form, institute, person) has read."""
    text = sent.text
    # each gate's last word is a token of its own: a set's test first, the text's then
    if sent.lows.isdisjoint(_SEAT_WORDS) or not any_word_in(text, _SEAT_GATES):
        return
    for m in _SEAT_NAMED_RE.finditer(text):
        start, end = sent.start + m.start(1), sent.start + m.end(1)
        if _PERSON_APPOSITION_RE.match(text, m.end(1)) and not _COMPANY_AHEAD_RE.match(
            text, m.end(1)
        ):
            continue  # "Tbilisi-based Giorgi Kapanadze, an analyst": a person
        if not any(x.start < end and start < x.end for x in out):
            add_org(sent, tokens, out, gz, m.group(1), start, min_one=True)


def add_pattern_orgs(
    sent: Sentence, tokens: list[Token], out: list[Mention], gz: Gazetteer
) -> None:
    text, base = sent.text, sent.start
    spans = [] if sent.texts.isdisjoint(_FORM_TOKENS) else _org_form_spans(tokens)
    headline = _headline(sent, tokens)
    for j, e, legal in spans:
        if headline and not legal and e - j < 3:
            continue  # "Sanctions Over Chip Exports To Russia": a headline's capitals
        raw = text[tokens[j].start - base : tokens[e - 1].end - base]
        mn = add_org(sent, tokens, out, gz, raw, tokens[j].start, min_one=legal)
        if mn is not None and mn.via == "pattern" and tokens[e - 1].text in _INSTITUTION_HEADS:
            mn.role = "government"  # a public or international body, no company
    for opener in _APPOS_OPENERS if ", " in text else ():  # each opens with ", "
        pos = text.find(opener)
        while pos >= 0:
            if _COMPANY_AHEAD_RE.match(text, pos):
                k = next((i for i, t in enumerate(tokens) if t.end == base + pos), -1)
                if k >= 0 and _is_cap(tokens[k]):
                    j = _name_back(tokens, k)
                    raw = text[tokens[j].start - base : tokens[k].end - base]
                    if not _CITED_RE.search(text, 0, tokens[j].start - base):
                        _described(
                            add_org(sent, tokens, out, gz, raw, tokens[j].start, min_one=True)
                        )
            pos = text.find(opener, pos + 1)
    if (
        not sent.lows.isdisjoint(_REV_HEAD_WORDS) and any_word_in(text, _REV_HEADS)
    ) or text.startswith(_ONE_OF):
        for m in REVERSE_APPOSITION_RE.finditer(text):
            at = base + m.start(1)
            _described(add_org(sent, tokens, out, gz, m.group(1), at, min_one=True, whole=True))
    if not sent.lows.isdisjoint(_DESCRIBED_HEADS) and ("the " in text or "The " in text):
        for m in _DESCRIBED_NAME_RE.finditer(text):
            _described(add_org(sent, tokens, out, gz, m.group(1), base + m.start(1), min_one=True))
    if not sent.lows.isdisjoint(_VESSEL_NOUNS):
        for m in _VESSEL_NAME_RE.finditer(text):  # "the freighter Vostok Star"
            _described(add_org(sent, tokens, out, gz, m.group(1), base + m.start(1), min_one=True))
    if (
        not sent.lows.isdisjoint(_PLURAL_HEADS)
        and "s, " in text
        and any_word_in(text, _PLURAL_HEAD_COMMAS)
    ):
        for m in _PLURAL_APPOSITION_RE.finditer(text):  # "two Indian firms, X and Y,"
            names, at = m.group(1), m.start(1)
            pos = 0
            for cut in _NAME_SEP_RE.finditer(names):
                raw = names[pos : cut.start()]
                add_org(sent, tokens, out, gz, raw, base + at + pos, min_one=True)
                pos = cut.end()
            add_org(sent, tokens, out, gz, names[pos:], base + at + pos, min_one=True)
    for owner in [x for x in out if x.kind == "country" and not headline]:
        k = owner.tok_end
        if k >= len(tokens) or tokens[k].text != "'s" or k + 1 >= len(tokens):
            continue
        first = tokens[k + 1]
        if not _is_cap(first) or first.text in TITLE_WORDS or first.low in GOVT_NOUNS:
            continue
        if first.text in ("Foreign", "Ministry", "Defense", "State") or first.text in _TECH_TERMS:
            continue  # "Russia's FPV drone industry": a kind of weapon, no company
        e = k + 1
        while (
            e < len(tokens)
            and e - k <= 6
            and (
                _is_cap(tokens[e])
                or (tokens[e].text in ("-", "'") and e + 1 < len(tokens))
                or _glues_body_name(tokens, e)
            )
        ):
            e += 1
        while e - 1 > k + 1 and tokens[e - 1].text in ("-", "'"):
            e -= 1
        raw = text[first.start - base : tokens[e - 1].end - base]
        mn = add_org(sent, tokens, out, gz, raw, first.start, owner.name, min_one=True)
        if mn is not None and mn.via == "pattern" and raw.split()[-1] in _BODY_HEADS:
            mn.role = "government"  # "the MOEA's International Trade Administration"
    heads = (
        ()
        if sent.lows.isdisjoint(_LIST_HEADS) or headline
        else _list_starts(tokens, base, sent.lows)
    )  # not "Sanctioned Firms, Recruited Nationals" in a headline
    for head, pos in heads:
        for _ in range(12):
            lm = _LIST_NAME_RE.match(text, pos)
            if lm is None:
                break
            raw = lm.group(1)
            if raw.endswith(("'s", "’s")):
                break  # "sanctions on the Islamic Republic's aviation sector": an owner
            s0, e0 = base + lm.start(1), base + lm.end(1)
            inner = [
                x
                for x in out
                if x.start >= s0
                and x.end <= e0
                and x.kind == "country"
                and (x.start, x.end) != (s0, e0)
            ]
            seat: str | None = None
            if (
                inner
                and len(raw.split()) > 1
                and head.startswith(("including", "such", "sanction", "blacklist", "designat"))
            ):
                seat = _seat_of(text, base, s0, inner)
                for x in inner:
                    out.remove(x)
            words = raw.split()
            if any(w in _OFFICE_HEADS for w in words):
                pass  # "the DPRK Minister of Defence": an office, its holder follows
            elif words[0] in TITLE_WORDS:
                _add_titled_person(tokens, out, raw, base + lm.start(1))
            elif gz.lookup(raw) is None and words[0] not in NOT_NAME:
                mn = add_org(sent, tokens, out, gz, raw, base + lm.start(1), min_one=True)
                if mn is not None and mn.via == "pattern":
                    mn.via = "list"
                if mn is None and seat is not None:  # read already by its legal form
                    mn = next(
                        (x for x in out if x.kind == "organization" and s0 < x.start < e0), None
                    )
                if mn is not None and mn.country is None:
                    mn.country = seat  # "Hong Kong-based X": a Hong Kong company
            pos = lm.end()
            sep = re.match(
                r"\s*(?:\([^)]{0,60}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
                r"(?:on\s+|against\s+)?",  # "sanctions on X and on Y"
                text[pos:],
            )
            if sep is None:
                break
            pos += sep.end()


def _glues_body_name(tokens: list[Token], e: int) -> bool:
    """Token e joins two words of one body's name: "Iran's Ports and Maritime Organization",
    "Russia's Federal Service for Military-Technical Cooperation" (not "Iran's Shahed and")."""
    if tokens[e].low not in ("and", "for", "of") or e + 1 >= len(tokens):
        return False
    end = e + 1
    while end < len(tokens) and end - e <= 4 and _is_cap(tokens[end]):
        end += 1
    return end > e + 1 and tokens[end - 1].text in _BODY_HEADS


# the last words of the names of public bodies
_BODY_HEADS: Final = word_set(
    """Organization Organisation Authority Agency Service Administration Ministry Office
    Committee Commission Council Bureau Directorate Department Inspectorate Cooperation"""
)


def _described(mn: Mention | None) -> None:
    """A name the article says is a company ("a distributor, Elektrokomplekt-M"): one word
    of it is remembered for the rest of the article, as a longer name is."""
    if mn is not None and mn.via == "pattern":
        mn.via = "described"


_TITLE_LEAD: Final = TITLE_WORDS | word_set("Defense Defence Foreign State Prime Vice of the")


def _add_titled_person(tokens: list[Token], out: list[Mention], raw: str, start: int) -> None:
    """`Deputy Defence Minister Karim Farahani` in a list: the person, without the title."""
    words = raw.split()
    k = 0
    while k < len(words) and words[k] in _TITLE_LEAD:
        k += 1
    name = words[k:]
    if not 2 <= len(name) <= 4 or any(w in NOT_NAME for w in name):
        return
    at = start + raw.index(name[0], sum(len(w) + 1 for w in words[:k]) - 1 if k else 0)
    end = start + len(raw)
    if any(m.start < end and at < m.end for m in out):
        return
    ts = token_index(tokens, at)
    te = max(ts + 1, token_index(tokens, end))
    out.append(Mention(at, end, ts, te, " ".join(name), "person", "private", via="list"))


_LIST_HEADS: Final = word_set(
    """sanctions sanction sanctioned blacklisted designated including such target targets
    targeted targeting entities companies firms named added placed"""
)
_NAMING_HEADS: Final = word_set("named")
_PLACING_HEADS: Final = word_set("added placed")
_NAMING_AUX: Final = word_set("also has have had")


def _list_starts(tokens: list[Token], base: int, lows: frozenset[str]) -> list[tuple[str, int]]:
    """(head word, sentence offset) where a list of names may follow: `sanctions on X, Y`."""
    out: list[tuple[str, int]] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.low not in _LIST_HEADS:
            continue
        if t.low in _PLACING_HEADS and "list" not in lows:
            continue  # "added X, Y and Z to its list", not "he added"
        if t.low in _NAMING_HEADS and not (
            i > 0 and (tokens[i - 1].text[:1].isupper() or tokens[i - 1].low in _NAMING_AUX)
        ):
            continue  # "The Treasury also named X", not "a man named X"
        j = i + 1
        if t.low in ("sanctions", "sanction"):
            if j >= n or tokens[j].low not in ("on", "against"):
                continue
            j += 1
        elif t.low == "such":
            if j >= n or tokens[j].low != "as":
                continue
            j += 1
        if j < n and tokens[j].text == ":":
            j += 1
        if j < n and tokens[j].low == "the":
            j += 1
        if j < n and tokens[j].text[:1].isupper():
            out.append((t.low, tokens[j].start - base))
    return out


_SEAT_SUFFIXES: Final = ("-based", "-registered", "-headquartered")


def _seat_of(text: str, base: int, at: int, inner: list[Mention]) -> str | None:
    """ "Hong Kong-based X" read as one list item: the state its first words place it in."""
    first = inner[0]
    if first.start != at or not text.startswith(_SEAT_SUFFIXES, first.end - base):
        return None
    return first.country
