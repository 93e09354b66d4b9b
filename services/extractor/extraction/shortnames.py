"""Names an article gives its actors for itself.

Press releases and indictments name a company or a person in full once, with the short
form they then use in parentheses: `Hunan Xinyu Power Technology Co., Ltd. (Xinyu
Power)`, `Zhou Wenbin (Zhou)`. News reports shorten without saying so: `Taizhou Jingwei
Power Technology` becomes `Jingwei`. Both short forms are remembered for the rest of the
article (`Discourse.aliases`) and read back as mentions of the full name.

A parenthesis that names a known place says where the actor is, not what it is called:
`Infineon Technologies (Germany)`.
"""

from __future__ import annotations

import re
from typing import Final

from .discourse import NOT_NAME, TITLE_WORDS, Discourse, Mention
from .gazetteer import Gazetteer
from .lexicon import GROUP_NOUNS, LEADING_FORMS
from .text import Sentence, Token, tokenize
from .wordset import word_set

_OPEN: Final = frozenset({"(", "["})
_CLOSE: Final = frozenset({")", "]"})
_QUOTES: Final = frozenset({'"', "“", "”", "'", "‘", "’"})
# the generic words of company names: never a short name on their own
_GENERIC: Final = word_set(
    """Technology Technologies Industries Industrial Industry Group Plant Factory Electronics
    Trading Aviation Engineering Systems Logistics International Holding Holdings Company
    Enterprise Enterprises Works Aerospace Machinery Instruments Dynamics Robotics Defense
    Defence Corporation Bureau Institute Concern Shipyard Bank Import Export Trade Solutions
    Components Microelectronics Semiconductor Semiconductors Intelligence Innovations Telecom
    Network Partners Ventures Capital Investment Resources Supply Commerce Sciences Science
    Labs Laboratories Devices Energy Motors Optics Tech Impex Logistic Avia Aero Shipping
    Chemical Chemicals Materials Metals Mining Petroleum Pharmaceutical Instrument Machines
    Power Motor Precision Navigation Optoelectronics Optoelectronic Infrared Photonics
    Intelligent Automation Equipment Model Models Aircraft Engine Engines Drone Drones UAV
    General Global Universal United National Central Eastern Western Northern Southern New
    Great First Golden Royal Star Smart Digital Advanced Special Scientific Research
    Production Design Development Center Centre Limited Ltd Co LLC Inc Corp JSC Traders Micro
    Dış Dis Ticaret Sanayi ve Teknoloji Savunma Makina Makine Lojistik Elektronik Sistemleri
    Pazarlama İthalat Ithalat İhracat Ihracat Teknik Havacılık Havacilik Electronic Elektronika
    Technik Technic Technologie Tecnologia Tecnología Handel Handels Commercial Services
    Mikroelektronik Mikroelektronika Avionics Motion Microwave Exports Güç Guc Électronique
    Electronique Shipmanagement
    Electrónica Electronica Elettronica Systèmes Systemes Sistemas Sistemi Industrie Industria
    Industrias Technologies Tecnologie Tecnologías Tecnologias Electro Mikrotechnik
    Microtechnik Elektrotechnik Messtechnik Antriebstechnik Feinmechanik Microsystems
    Mikrosysteme Microtechnology Microtechnologies Rural Credit Cooperative Savings Composites
    Steel Batteries Battery Manufacturing Products Tools Sensors Mechanical
    Networks"""
)
_MAX_SHORT: Final = 5  # tokens in a short name
_MAX_CORE: Final = 3  # words in a short name read off a full one: "Al Noor Falcon"
_EU: Final = "European Union"
_NK: Final = "North Korea"


def match_article_names(
    sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse
) -> None:
    """Mentions of the short names the article introduced earlier."""
    if not state.alias_firsts or sent.texts.isdisjoint(state.alias_firsts):
        return
    n = len(tokens)
    firsts = state.alias_firsts
    nxt = 0
    for i in [q for q, t in enumerate(tokens) if t.text in firsts]:
        if i < nxt:
            continue
        cands = state.aliases[tokens[i].text]
        best: tuple[tuple[str, ...], Mention] | None = None
        for toks, proto in cands:
            k = len(toks)
            if (
                i + k <= n
                and (best is None or k > len(best[0]))
                and all(tokens[i + q].text == toks[q] for q in range(k))
            ):
                best = (toks, proto)
        if best is None:
            continue
        k = _extend_to_name(tokens, i, best)
        at = i
        s, e = tokens[i].start, tokens[i + k - 1].end
        if i + k < n and tokens[i + k].start == e and tokens[i + k].text == "-":
            nxt = i + k  # "Xinyu Power-made": an adjective of origin
            continue
        if best[0] == ("North",):  # "the North" in Korean reporting, not "the North Atlantic"
            if (
                i == 0
                or tokens[i - 1].low != "the"
                or (i + 1 < n and tokens[i + 1].text[:1].isupper())
            ):
                continue
            at, k = i - 1, 2  # the mention is "the North"
            s = tokens[at].start
        covering = [m for m in out if m.start <= s and e <= m.end and (m.start, m.end) != (s, e)]
        if covering:
            nxt = at + k  # part of a longer name the gazetteer knows
            continue
        for m in [m for m in out if s <= m.start and m.end <= e]:
            out.remove(m)
        proto = best[1]
        country = proto.country or state.org_country.get(proto.name)
        mn = Mention(s, e, at, at + k, proto.name, proto.kind, proto.role, country, via="alias")
        out.append(mn)
        nxt = at + k


def _extend_to_name(tokens: list[Token], i: int, alias: tuple[tuple[str, ...], Mention]) -> int:
    """How many tokens from i the mention spans: the short name, and the words of the full
    name that follow it there ("Nexgen Dynamics" for "Nexgen Dynamics Components")."""
    toks, proto = alias
    k = len(toks)
    rest = proto.name.split()
    if toks[-1] not in rest:
        return k
    q = rest.index(toks[-1]) + 1
    n = len(tokens)
    while q < len(rest) and i + k < n and tokens[i + k].text == rest[q]:
        k += 1
        q += 1
    return k


def note_article_names(
    sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse, gz: Gazetteer
) -> None:
    """Remember the short names this sentence introduces; drop the mentions inside the
    parentheses that introduce them (they are the same actor)."""
    if "(" in sent.texts or "[" in sent.texts:
        for mn in list(out):
            if mn.kind in ("organization", "person") and mn.via != "coref":
                _parenthesis(tokens, out, mn, state, gz)
    cored = state.cored
    for mn in out:
        via = mn.via
        if (
            via == "pattern"
            or via == "list"
            or via == "described"
            or via == "introduced"
            or (via == "gazetteer" and mn.name.endswith(" Bank"))  # "Keremet Bank" -> "Keremet"
        ) and mn.name not in cored:
            cored.add(mn.name)
            if mn.kind == "organization":
                _core_names(mn, state, gz)


def note_region_names(name: str, state: Discourse) -> None:
    """Names the article's subject region gives its actors: "the North" in reporting on
    North Korea, "the Council" in an EU release (called once per actor named)."""
    if name == _NK:
        proto = Mention(0, 0, 0, 0, _NK, "country", "", _NK, via="alias")
        remember(state, ("North",), proto)  # read only after "the" (match_article_names)
    elif name == _EU:
        proto = Mention(0, 0, 0, 0, _EU, "organization", "government", None, via="alias")
        remember(state, ("Council",), proto)


def _parenthesis(
    tokens: list[Token], out: list[Mention], mn: Mention, state: Discourse, gz: Gazetteer
) -> None:
    n = len(tokens)
    j = mn.tok_end
    if j >= n or tokens[j].text not in _OPEN:
        return
    k = j + 1
    while k < n and tokens[k].text not in _CLOSE and k - j <= _MAX_SHORT + 2:
        k += 1
    if k >= n or tokens[k].text not in _CLOSE:
        return
    inner = [t for t in tokens[j + 1 : k] if t.text not in _QUOTES]
    if not inner or len(inner) > _MAX_SHORT:
        return
    first = inner[0].text
    if not first[:1].isupper() or first in NOT_NAME or first in TITLE_WORDS:
        return  # "(the “Company”)" aside, lower-case asides are descriptions
    if any(not (t.text[:1].isupper() or t.text[:1].isdigit() or t.text in "&-.'") for t in inner):
        return
    span_s, span_e = tokens[j].start, tokens[k].end
    inside = [m for m in out if m is not mn and span_s <= m.start and m.end <= span_e]
    words = " ".join(t.text for t in inner)
    entry = gz.lookup(words)
    if entry is not None and entry.name != mn.name:
        if entry.kind in ("country", "place") or entry.role == "capital":
            # "Infineon Technologies (Germany)": where the company is
            for m in inside:
                m.in_apposition, m.head = True, mn
            if mn.kind == "organization" and mn.country is None:
                mn.country = entry.country
                if entry.country:
                    state.org_country.setdefault(mn.name, entry.country)
        return
    for m in inside:
        out.remove(m)
    proto = Mention(0, 0, 0, 0, mn.name, mn.kind, mn.role, mn.country, via="alias")
    remember(state, tuple(t.text for t in inner), proto)
    if mn.kind == "person" and len(inner) == 1:
        state.surnames.setdefault(inner[0].text, mn.name)


def _core_names(mn: Mention, state: Discourse, gz: Gazetteer) -> None:
    """`Taizhou Jingwei Power Technology` -> `Jingwei` and `Taizhou Jingwei`."""
    words = mn.name.split()
    if len(words) < 2:
        legal_form = mn.end - mn.start > len(mn.name) + 1  # "Tekhnopark-Optik JSC"
        if (
            (
                mn.via == "described"
                or (legal_form and len(words[0]) >= 4)
                or (mn.via == "pattern" and _HYPHENED_NAME_RE.fullmatch(words[0]) is not None)
            )
            and _plain_word(words[0])
            and not _generic(words[0])
        ):
            _remember_name(state, gz, tuple(words), mn)  # "the company Grodno-Tekhsnab"
        return
    lo = 0
    while lo < len(words) - 1 and (_is_place(gz, words[lo]) or words[lo] in LEADING_FORMS):
        lo += 1  # "Guangzhou Haixiang X" -> "Haixiang X"; "Officine Meccaniche Brenta" -> "Brenta"
    hi = len(words)
    while hi > lo + 1 and _generic(words[hi - 1]):
        hi -= 1
    core = words[lo:hi]
    if (lo, hi) == (0, len(words)):
        if (
            mn.end - mn.start > len(mn.name) + 1
            or mn.via in ("described", "introduced")
            or _ends_unlisted(words)
            or all(_plain_word(w) for w in words)
        ):
            # "Ostwind Motorenbau GmbH" -> without it; "the Kazan company X Y" -> X Y;
            # "Kinta Trade Links": read whole later, not as "Kinta Trade" and a stray word;
            # "Alpinav Systèmes", "Bengaluru-based Aarav Electrotech": its form or its place
            # showed once, "X said" later shows none
            _remember_name(state, gz, tuple(words), mn)
        return
    if not core or len(core) > _MAX_CORE:
        return
    if all(_plain_word(w) for w in core) and (
        len(core) > 1 or (len(core[0]) >= 4 and not _generic(core[0]))
    ):
        _remember_name(state, gz, tuple(core), mn)
    if lo > 0 and len(words) > 2:  # "Guangzhou Haixiang"
        _remember_name(state, gz, tuple(words[: lo + 1]), mn)


# a one-word name of two capitalised parts: "Spetstekhnika-Rus", "Vega-Drone"
_HYPHENED_NAME_RE: Final = re.compile(r"[A-Z][a-z]{2,}-[A-Z][a-z]+")


def _ends_unlisted(words: list[str]) -> bool:
    """A name whose last word follows a generic one but is no generic word itself."""
    return len(words) > 2 and _generic(words[-2]) and _plain_word(words[-1])


def _generic(w: str) -> bool:
    """A generic word of company names, also as the last part of a compound: "Micro-Motor"."""
    return w in _GENERIC or w.rpartition("-")[2] in _GENERIC


def _plain_word(w: str) -> bool:
    return (
        w[:1].isupper()
        and w not in NOT_NAME
        and w not in TITLE_WORDS
        and w.lower() not in GROUP_NOUNS
        and w.replace("-", "").isalpha()
    )


def _is_place(gz: Gazetteer, word: str) -> bool:
    e = gz.lookup(word)
    return e is not None and (e.kind in ("place", "country", "demonym") or e.role == "capital")


def _remember_name(state: Discourse, gz: Gazetteer, toks: tuple[str, ...], mn: Mention) -> None:
    if gz.lookup(" ".join(toks)) is not None:
        return  # a name of its own
    proto = Mention(0, 0, 0, 0, mn.name, mn.kind, mn.role, mn.country, via="alias")
    if any("-" in w for w in toks):  # read back token by token: "Micro-Motor" is three
        toks = tuple(t.text for t in tokenize(" ".join(toks)))
    remember(state, toks, proto)


def remember(state: Discourse, toks: tuple[str, ...], proto: Mention) -> None:
    bucket = state.aliases.setdefault(toks[0], [])
    for i, (have, _) in enumerate(bucket):
        if have == toks:
            bucket[i] = (toks, proto)  # the latest introduction wins
            return
    bucket.append((toks, proto))
    state.alias_firsts.add(toks[0])


def prefer_article_names(sent: Sentence, out: list[Mention], state: Discourse) -> None:
    """`Limbach` after `Xiamen Limbach Aircraft Engine`: a one-word name the gazetteer
    gives another company is the article's own company, when the article never named that
    other one in full."""
    if not state.orgs:
        return
    named = {o.name for o in state.orgs}
    for m in out:
        if m.kind != "organization" or m.via != "gazetteer" or m.tok_end - m.tok_start != 1:
            continue
        if m.name in named:
            continue
        word = sent.text[m.start - sent.start : m.end - sent.start]
        own = [o for o in state.orgs if o.name != m.name and word in o.name.split()]
        if len(own) == 1:
            m.name, m.country, m.via = own[0].name, own[0].country, "alias"
