"""Actor mentions in one sentence: gazetteer hits, nationality groups, organizations
recognized from their form, people, and light coreference ("the firm", "this company")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Entry, Gazetteer, Match
from .lexicon import (
    COMPANY_NOUNS,
    GOVT_NOUNS,
    GROUP_NOUNS,
    LEGAL_FORMS,
    PEOPLE_RE,
    PEOPLE_WORDS,
    PERSON_ROLE_NOUNS,
)
from .text import Sentence, Token
from .wordset import word_set

PREPOSITIONS = word_set(
    """to for from in into with at by of on against across inside within near via through
    toward towards over under about between among amid throughout than like including as
    alongside after before since until because while when despite"""
)
DETERMINERS = word_set("the a an its their his her this that these those")
_DEFINITE = word_set("the this that these those said")
_SINGULAR_COMPANY = word_set(
    """company firm manufacturer maker producer subsidiary supplier enterprise plant factory
    corporation exporter developer contractor entity business vendor distributor conglomerate
    concern startup trader importer"""
)
_NOT_NAME = word_set(
    """The A An In On At According As After Before But And Or If While When Since During This
    That These Those It Its He She They We I You Our Their His Her Meanwhile However Earlier
    Later Last Next New Speaking Officials Western Both Many Some Several Other Such What Who
    Why How Where There Here Also Then Thus Still Yet Even Not No Under Over With Without From
    For By To Of January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday SEE ALSO Photo Image Read
    Latest Videos Video"""
)
_TITLE_WORDS = word_set(
    """President Minister Secretary Spokesperson Spokesman Spokeswoman Deputy Ambassador General
    Gen Admiral Adm Director Chief Senator Sen Rep Representative Chairman Chairwoman CEO Mr Mrs
    Ms Dr Prof Professor Colonel Col Lieutenant Lt Major Maj Captain Capt Commander Envoy Premier
    Chancellor Governor Gov analyst researcher expert fellow official spokesperson spokesman
    spokeswoman"""
)

_CAP = r"[A-Z][\w'’&-]*"
_NAME_SEQ = rf"{_CAP}(?:\s+(?:of|and|for|de|&)?\s*{_CAP}){{0,6}}"
_POSS_GROUP_RE = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:citizens|nationals|workers|troops|soldiers)\b"
)
_BOTH_RE = re.compile(
    r"\b(?:[Bb]oth|[Tt]he two)\s+(?:countries|nations|governments|states|sides|capitals)\b"
)
_ORG_SUFFIX_WORDS = (
    r"Technology|Technologies|Industries|Industrial|Industry|Group|Plant|Factory|Electronics|"
    r"Trading|Aviation|Engineering|Systems|Logistics|International|Holding|Holdings|Company|"
    r"Enterprise|Enterprises|Works|Aerospace|Machinery|Instruments|Dynamics|Robotics|Defense|"
    r"Defence|Corporation|Bureau|Institute|Concern|Shipyard|Bank|Import|Export|Trade|Solutions|"
    r"Components|Microelectronics|Semiconductor|Semiconductors|Intelligence|Innovations|Telecom|"
    r"Network|Partners|Ventures|Capital|Investment|Resources|Supply|Commerce|Sciences|Science|"
    r"Labs|Laboratories|Devices|Energy|Motors|Optics|Tech|Impex|Logistic|Avia|Aero|Shipping|"
    r"Chemical|Chemicals|Materials|Metals|Mining|Petroleum|Pharmaceutical|Instrument|Machines"
)
REVERSE_APPOSITION_RE = re.compile(  # "one exporter, Bengaluru-based Shreya Life Sciences,"
    rf"\b(?:company|firm|exporter|supplier|manufacturer|maker|distributor|trader|vendor|"
    rf"intermediary|subsidiary|importer|entity|reseller|shipper),\s+({_NAME_SEQ})\s*,"
)
_LIST_NAME_RE = re.compile(rf"(?:the\s+)?({_CAP}(?:\s+(?:of|for|de|&)?\s*{_CAP}){{0,6}})")
COREF_RE = re.compile(
    r"\b(?P<det>[Tt]his|[Tt]hat|[Tt]he|[Tt]hese|[Ss]aid)\s+(?P<mods>(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<noun>company|firm|facility|site|complex|manufacturer|maker|producer|subsidiary|supplier|enterprise|plant|"
    r"factory|corporation|exporter|developer|contractor|entity|business|vendor|distributor|"
    r"conglomerate|concern|startup|trader|importer)\b"
)
PEOPLE_FROM_RE = re.compile(
    r"\b(?:nationals|citizens|individuals|people|workers|specialists|engineers|troops|soldiers|"
    r"mercenaries|fighters|personnel|servicemen|technicians|volunteers|women|men|recruits)\s+"
    r"(?:from|of)\s+$",
    re.I,
)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    tok_start: int
    tok_end: int
    name: str
    kind: str  # country | organization | person | group | adjective
    role: str = ""
    country: str | None = None
    prep: str | None = None
    in_apposition: bool = False
    possessive: bool = False
    via: str = "gazetteer"
    parent: str | None = None
    head: Mention | None = None
    people: bool = False

    @property
    def is_actor(self) -> bool:
        return self.kind in ("country", "organization", "person", "group")


@dataclass
class OrgInfo:
    name: str
    country: str | None
    parent: str | None
    subsidiary: bool
    role: str


@dataclass
class Discourse:
    """What the article has said so far: for coreference and pronoun sources."""

    orgs: list[OrgInfo] = field(default_factory=list)
    last_person: str | None = None
    last_media: str | None = None
    last_source: str | None = None
    last_authority: str | None = None
    countries: list[str] = field(default_factory=list)  # most recent last, distinct
    surnames: dict[str, str] = field(default_factory=dict)
    org_country: dict[str, str] = field(default_factory=dict)
    subject_types: dict[str, str] = field(default_factory=dict)  # subject -> last claim type

    def note_org(self, m: Mention) -> None:
        if m.via == "list":
            return
        if m.role in ("media", "research", "government"):
            if m.role == "media":
                self.last_media = m.name
            return
        country = m.country or self.org_country.get(m.name)
        info = OrgInfo(m.name, country, m.parent, m.parent is not None, m.role)
        self.orgs = [o for o in self.orgs if o.name != m.name] + [info]
        if country:
            self.org_country.setdefault(m.name, country)

    def note_country(self, name: str) -> None:
        if self.countries and self.countries[-1] == name:
            return
        self.countries = [*[c for c in self.countries if c != name][-5:], name]

    def note_person(self, name: str) -> None:
        self.last_person = name
        parts = name.split()
        if len(parts) > 1:
            for part in parts:  # "Lin Jian" -> "Lin", "Kurt Campbell" -> "Campbell"
                if len(part) > 2 and part[0].isupper() and part not in _NOT_NAME:
                    self.surnames.setdefault(part, name)


def _token_index(tokens: list[Token], char: int) -> int:
    for i, t in enumerate(tokens):
        if t.start >= char:
            return i
    return len(tokens)


def _clean_org_name(raw: str) -> str:
    name = LEGAL_FORMS.sub("", raw.strip().rstrip(".")).strip(" ,")
    name = re.sub(r"^(?:JSC|OJSC|PJSC|CJSC|LLC|OOO|AO|TOO)\s+", "", name)
    return name.strip('"“”«» ').replace("’", "'")


def _from_entry(m: Match, tokens: list[Token], entry: Entry) -> Mention:
    return Mention(
        tokens[m.start_tok].start,
        tokens[m.end_tok - 1].end,
        m.start_tok,
        m.end_tok,
        entry.name,
        entry.kind,
        entry.role,
        entry.country,
        people=entry.kind == "group",
    )


def find_mentions(
    sent: Sentence,
    tokens: list[Token],
    matches: list[Match],
    gz: Gazetteer,
    state: Discourse,
    light: bool = False,
) -> list[Mention]:
    """All actor mentions of a sentence, left to right, with their grammatical hints.

    `light` (for sentences that cannot hold a claim) skips people, coreference and hints.
    """
    out: list[Mention] = []
    n = len(tokens)
    for m in matches:
        e = m.entry
        if e.kind == "product":
            continue
        if e.kind == "demonym":
            out.append(_demonym_mention(m, tokens, e))
        else:
            mn = _from_entry(m, tokens, e)
            if mn.kind == "organization":
                _extend_legal_form(sent, tokens, mn)
            out.append(mn)
    _add_pattern_orgs(sent, tokens, out, gz)
    _add_people(sent, tokens, out, state)
    if light:
        return out
    out.sort(key=lambda x: x.start)
    for bm in (
        _BOTH_RE.finditer(sent.text) if ("both" in sent.text.lower() or "two" in sent.text) else ()
    ):
        bs, be = sent.start + bm.start(), sent.start + bm.end()
        earlier = [x.name for x in out if x.end <= bs and x.kind == "country"]
        pair = list(dict.fromkeys(reversed([*state.countries, *earlier])))[:2]
        if len(pair) == 2 and not _overlaps(out, bs, be):
            for c in reversed(pair):
                out.append(
                    Mention(
                        bs,
                        be,
                        _token_index(tokens, bs),
                        _token_index(tokens, be),
                        c,
                        "country",
                        "government",
                        c,
                        via="coref",
                    )
                )
    poss = (
        _POSS_GROUP_RE.finditer(sent.text) if ("its " in sent.text or "their " in sent.text) else ()
    )
    for pm in poss:  # "its citizens" -> the last country
        ps = sent.start + pm.start()
        prior = [x for x in out if x.end <= ps and x.kind == "country"]
        if prior and not _overlaps(out, ps, sent.start + pm.end()):
            c = prior[-1].name
            out.append(
                Mention(
                    ps,
                    sent.start + pm.end(),
                    _token_index(tokens, ps),
                    _token_index(tokens, sent.start + pm.end()),
                    c,
                    "group",
                    "nationals",
                    c,
                    via="coref",
                    people=True,
                )
            )
    out.sort(key=lambda x: x.start)
    _apply_coref(sent, tokens, out, state)
    out.sort(key=lambda x: x.start)
    # grammatical hints
    for idx, mn in enumerate(out):
        i = mn.tok_start
        after = sent.text[mn.end - sent.start : mn.end - sent.start + 16]
        hyph = _HYPHEN_ADJ_RE.match(after)
        if hyph is not None:  # "Hong Kong-based", "U.S.-made", "Iranian-designed"
            grp = _HYPHEN_GROUP_RE.match(sent.text, mn.end - sent.start)
            if grp is not None and hyph.group().startswith(("-based", "-registered", "-headq")):
                # "Hong Kong-registered shell companies": a group of that place
                mn.kind, mn.role, mn.people = "group", "nationals", False
                mn.end = sent.start + grp.end()
                mn.tok_end = _token_index(tokens, mn.end)
                continue
            if mn.kind == "country":
                mn.kind = "adjective"
            mn.prep = "based"
            continue
        if mn.tok_end < n and tokens[mn.tok_end].text == "'s":
            mn.possessive = True
        j = i - 1
        while j >= 0 and tokens[j].text.lower() in DETERMINERS:
            j -= 1
        if j >= 0:
            prev = tokens[j].text.lower()
            if prev in PREPOSITIONS:
                mn.prep = prev
            elif prev in (",", "and", "or", "&") and idx > 0:
                before = out[idx - 1]
                lead = sent.text[max(0, before.start - sent.start - 14) : before.start - sent.start]
                if (
                    before.prep
                    and before.tok_end >= j - 1
                    and "according" not in lead.lower()
                    and not (prev == "," and before.prep == "to")
                ):
                    mn.prep = before.prep
        # "exporters in China" -> a group
        if mn.kind == "country" and mn.prep in ("in", "from", "of") and i >= 2:
            head = tokens[i - 2].low if tokens[i - 1].low == mn.prep else ""
            if head in GROUP_NOUNS and head.endswith("s") and head not in _SINGULAR_COMPANY:
                mn.kind, mn.role, mn.prep = "group", "nationals", None
                mn.people = head in PEOPLE_WORDS
                mn.start, mn.tok_start = tokens[i - 2].start, i - 2
                continue
        # "people from China" -> a group
        if mn.kind == "country" and mn.prep in ("from", "of"):
            left = sent.text[: mn.start - sent.start]
            pf = PEOPLE_FROM_RE.search(left[-40:])
            if pf:
                mn.kind, mn.role, mn.people = "group", "nationals", True
                mn.prep = None
                mn.start = sent.start + len(left) - len(left[-40:]) + pf.start()
                mn.tok_start = _token_index(tokens, mn.start)
    _mark_appositions(tokens, out, state)
    return out


_HYPHEN_ADJ_RE = re.compile(
    r"-(?:based|made|built|registered|headquartered|designed|produced|manufactured|supplied|"
    r"origin|linked|backed|owned|controlled|sanctioned|flagged|listed)\b"
)
_HYPHEN_GROUP_RE = re.compile(
    r"-\w+\s+(?:[a-z][\w-]*\s+){0,2}?(?:companies|firms|entities|businesses|exporters|suppliers|"
    r"traders|intermediaries|distributors|manufacturers|banks)\b"
)
_LEGAL_TAIL_RE = re.compile(
    r"(?:,?\s+(?:Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|LLC|Inc\.?|Corp\.?|JSC|GmbH|Limited|LLP|FZE|FZCO|"
    r"DMCC|PLC))+"
)


_BASED_PREFIX_RE = re.compile(
    r"^.*?-(?:based|registered|headquartered|owned|controlled|linked)\s+"
    r"|^(?:[A-Z]\w+\s+)?(?:Chinese|Russian|Iranian|Turkish|Emirati|Kyrgyz|Kazakh|Belarusian|"
    r"Indian|Hong Kong)\s+(?=[A-Z])"
)


def _extend_legal_form(sent: Sentence, tokens: list[Token], mn: Mention) -> None:
    m = _LEGAL_TAIL_RE.match(sent.text, mn.end - sent.start)
    if m is not None:
        mn.end = sent.start + m.end()
        mn.tok_end = max(mn.tok_end, _token_index(tokens, mn.end))


def _demonym_mention(m: Match, tokens: list[Token], e: Entry) -> Mention:
    mn = _from_entry(m, tokens, e)
    mn.kind = "adjective"
    n = len(tokens)
    j = m.end_tok
    if j < n and tokens[j].text == "-":  # "Iranian-made", "Chinese-supplied"
        return mn
    prev = tokens[m.start_tok - 1].text.lower() if m.start_tok else ""
    for k in range(j, min(n, j + 4)):
        w = tokens[k].text
        lw = w.lower()
        nxt = tokens[k + 1].text.lower() if k + 1 < n else ""
        if lw in GOVT_NOUNS and k == j and nxt not in GROUP_NOUNS:
            mn.kind, mn.role = "country", "government"
            mn.end, mn.tok_end = tokens[k].end, k + 1
            return mn
        if lw in GROUP_NOUNS:
            singular = lw in _SINGULAR_COMPANY or not lw.endswith("s")
            if singular and prev in _DEFINITE:
                return mn  # "the Chinese manufacturer": coreference decides
            mn.kind, mn.role = "group", "nationals"
            mn.people = bool(PEOPLE_RE.fullmatch(lw))
            mn.end, mn.tok_end = tokens[k].end, k + 1
            return mn
        if not (w.islower() or w == "-") or lw in ("and", "or", "of", "to", "for", "in", "with"):
            break
    return mn


def _overlaps(out: list[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in out)


def _add_org(
    sent: Sentence,
    tokens: list[Token],
    out: list[Mention],
    gz: Gazetteer,
    raw: str,
    start: int,
    country: str | None = None,
    min_one: bool = False,
) -> Mention | None:
    based = _BASED_PREFIX_RE.match(raw)
    if based is not None:  # "Hong Kong-based Sinno Electronics" -> "Sinno Electronics"
        start += based.end()
        raw = raw[based.end() :]
    name = _clean_org_name(raw)
    words = name.split()
    if not words or words[0] in _NOT_NAME or len(name) < 3:
        return None
    if len(words) < 2 and not min_one:
        return None
    if all(w in _NOT_NAME or w.lower() in GROUP_NOUNS for w in words):
        return None
    end = start + len(raw.rstrip(" ,"))
    if _overlaps(out, start, end):
        return None
    known = gz.lookup(name)
    if known is not None and known.kind == "product":
        return None
    if known is not None and known.kind != "demonym":
        name = known.name
        kind, role, country = known.kind, known.role, known.country or country
    else:
        kind, role = "organization", "company"
    ts = _token_index(tokens, start)
    te = max(ts + 1, _token_index(tokens, end))
    mn = Mention(start, end, ts, te, name, kind, role, country, via="pattern")
    out.append(mn)
    return mn


_SUFFIX_TOKENS = frozenset(_ORG_SUFFIX_WORDS.split("|"))
_LEGAL_TOKENS = word_set("Co Ltd LLC Inc Corp JSC GmbH Limited LLP FZE FZCO DMCC PLC")
_LEGAL_PREFIX = word_set("JSC OJSC PJSC CJSC LLC OOO AO TOO")
_ABBREV_LEGAL = word_set("Co Ltd Inc Corp")
_NAME_GLUE = word_set("of and for de &")
_REV_HEADS = (
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
)
_APPOS_OPENERS = (", a ", ", an ", ", the ", ", one of ")
_COMPANY_AHEAD_RE = re.compile(
    rf",\s+(?:a|an|the|one of)\s+(?:[\w'’-]+\s+){{0,5}}?(?:{COMPANY_NOUNS})\b"
)


def _is_cap(tok: Token) -> bool:
    return tok.text[0].isupper() and tok.text not in _NOT_NAME


def _name_back(tokens: list[Token], k: int, limit: int = 6) -> int:
    """Index of the first token of the capitalised name ending at token k."""
    j = k
    while j > 0 and k - j < limit:
        prev = tokens[j - 1]
        if tokens[j].start - prev.end > 1:
            break
        glue = prev.text in ("-", "'", "&") or (prev.text in _NAME_GLUE and prev.text != "and")
        if _is_cap(prev) or (glue and j - 2 >= 0 and _is_cap(tokens[j - 2])):
            j -= 1
        else:
            break
    return j


def _org_form_spans(tokens: list[Token]) -> list[tuple[int, int, bool]]:
    """(first, end, has_legal_form) token spans of names like `X Electronics Co., Ltd.`."""
    out: list[tuple[int, int, bool]] = []
    n = len(tokens)
    k = 0
    while k < n:
        t = tokens[k].text
        if (
            t in _LEGAL_PREFIX
            and k + 1 < n
            and _is_cap(tokens[k + 1])
            and tokens[k + 1].text not in _LEGAL_TOKENS
        ):
            e = k + 1
            while (
                e < n
                and e - k <= 4
                and (_is_cap(tokens[e]) or tokens[e].text in ('"', "“", "”", "«", "»"))
            ):
                e += 1
            out.append((k, e, True))
            k = e
            continue
        if t in _SUFFIX_TOKENS or (t in _LEGAL_TOKENS and k > 0 and _is_cap(tokens[k - 1])):
            j = _name_back(tokens, k)
            e = k + 1
            while e < n and tokens[e].text in _SUFFIX_TOKENS:  # "International Trade"
                e += 1
            legal = t in _LEGAL_TOKENS
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
            if j < k or legal:
                out.append((j, e, legal))
            k = e
            continue
        k += 1
    return out


def _add_pattern_orgs(
    sent: Sentence, tokens: list[Token], out: list[Mention], gz: Gazetteer
) -> None:
    text, base = sent.text, sent.start
    for j, e, legal in _org_form_spans(tokens):
        raw = text[tokens[j].start - base : tokens[e - 1].end - base]
        _add_org(sent, tokens, out, gz, raw, tokens[j].start, min_one=legal)
    for opener in _APPOS_OPENERS:
        pos = text.find(opener)
        while pos >= 0:
            if _COMPANY_AHEAD_RE.match(text, pos):
                k = next((i for i, t in enumerate(tokens) if t.end == base + pos), -1)
                if k >= 0 and _is_cap(tokens[k]):
                    j = _name_back(tokens, k)
                    raw = text[tokens[j].start - base : tokens[k].end - base]
                    _add_org(sent, tokens, out, gz, raw, tokens[j].start, min_one=True)
            pos = text.find(opener, pos + 1)
    if any(h in text for h in _REV_HEADS):
        for m in REVERSE_APPOSITION_RE.finditer(text):
            _add_org(sent, tokens, out, gz, m.group(1), base + m.start(1), min_one=True)
    for owner in [x for x in out if x.kind == "country"]:
        k = owner.tok_end
        if k >= len(tokens) or tokens[k].text != "'s" or k + 1 >= len(tokens):
            continue
        first = tokens[k + 1]
        if not _is_cap(first) or first.text in _TITLE_WORDS or first.low in GOVT_NOUNS:
            continue
        if first.text in ("Foreign", "Ministry", "Defense", "State"):
            continue
        e = k + 1
        while (
            e < len(tokens)
            and e - k <= 6
            and (_is_cap(tokens[e]) or (tokens[e].text in ("-", "'") and e + 1 < len(tokens)))
        ):
            e += 1
        raw = text[first.start - base : tokens[e - 1].end - base]
        _add_org(sent, tokens, out, gz, raw, first.start, owner.name, min_one=True)
    for head, pos in _list_starts(tokens, base):
        for _ in range(12):
            lm = _LIST_NAME_RE.match(text, pos)
            if lm is None:
                break
            raw = lm.group(1)
            s0, e0 = base + lm.start(1), base + lm.end(1)
            inner = [
                x
                for x in out
                if x.start >= s0
                and x.end <= e0
                and x.kind == "country"
                and (x.start, x.end) != (s0, e0)
            ]
            if (
                inner
                and len(raw.split()) > 1
                and head.startswith(("including", "such", "sanction", "blacklist", "designat"))
            ):
                for x in inner:
                    out.remove(x)
            if gz.lookup(raw) is None and len(raw.split()) >= 1 and raw.split()[0] not in _NOT_NAME:
                mn = _add_org(sent, tokens, out, gz, raw, base + lm.start(1), min_one=True)
                if mn is not None and mn.via == "pattern":
                    mn.via = "list"
            pos = lm.end()
            sep = re.match(
                r"\s*(?:\([^)]{0,60}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)", text[pos:]
            )
            if sep is None:
                break
            pos += sep.end()


_LIST_HEADS = word_set(
    """sanctions sanction sanctioned blacklisted designated including such target targets
    targeted targeting entities companies firms"""
)


def _list_starts(tokens: list[Token], base: int) -> list[tuple[str, int]]:
    """(head word, sentence offset) where a list of names may follow: `sanctions on X, Y`."""
    out: list[tuple[str, int]] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.low not in _LIST_HEADS:
            continue
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


def _add_people(sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse) -> None:
    """Names of people: after a title, or a known surname."""
    texts = {t.text for t in tokens}
    if (
        texts.isdisjoint(_TITLE_WORDS)
        and texts.isdisjoint(state.surnames)
        and all(t.low not in PERSON_ROLE_NOUNS for t in tokens)
    ):
        return
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        w = t.text
        if w in state.surnames and not _overlaps(out, t.start, t.end):
            full = state.surnames[w]
            out.append(Mention(t.start, t.end, i, i + 1, full, "person", "official", via="surname"))
            i += 1
            continue
        if (w in _TITLE_WORDS or w.lower() in PERSON_ROLE_NOUNS) and i + 2 < n:
            j = i + 1
            while j < n and tokens[j].text in _TITLE_WORDS | {
                "Foreign",
                "State",
                "Defense",
                "of",
                "Prime",
                "Vice",
            }:
                j += 1
            k = j
            while k < n and k - j < 3 and _is_name_word(tokens[k].text):
                k += 1
            if k - j >= 2 and not _overlaps(out, tokens[j].start, tokens[k - 1].end):
                name = " ".join(tok.text for tok in tokens[j:k])
                out.append(
                    Mention(
                        tokens[j].start,
                        tokens[k - 1].end,
                        j,
                        k,
                        name,
                        "person",
                        "official",
                        via="title",
                    )
                )
                i = k
                continue
        i += 1


def _is_name_word(w: str) -> bool:
    return (
        len(w) > 1
        and w[0].isupper()
        and w[1:].replace("-", "").replace("'", "").islower()
        and w not in _NOT_NAME
        and w not in _TITLE_WORDS
    )


_COREF_NOUNS = word_set(
    """company firm facility site complex manufacturer maker producer subsidiary supplier
    enterprise plant factory corporation exporter developer contractor entity business vendor
    distributor conglomerate concern startup trader importer"""
)


def _apply_coref(sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse) -> None:
    if all(t.low not in _COREF_NOUNS for t in tokens):
        return
    for m in COREF_RE.finditer(sent.text):
        start, end = sent.start + m.start(), sent.start + m.end()
        mods = m.group("mods").split()
        noun = m.group("noun")
        inner = [x for x in out if x.start >= start and x.end <= end]
        if any(x.kind == "organization" and x.via != "gazetteer" for x in inner) and not mods:
            continue
        if any(x.start < start < x.end or x.start < end < x.end for x in out):
            continue
        lead = sent.text[max(0, m.start() - 2) : m.start()]
        if lead == ", " and any(x.end == start - 2 and x.kind == "organization" for x in out):
            continue  # "IEMZ Kupol, the Izhevsk-based manufacturer": an apposition
        country = next((x.country for x in inner if x.kind in ("adjective", "country")), None)
        named = {x.name for x in inner if x.kind == "organization"}
        here = [
            OrgInfo(
                x.name,
                x.country or state.org_country.get(x.name),
                x.parent,
                x.parent is not None,
                x.role,
            )
            for x in out
            if x.end <= start
            and x.kind == "organization"
            and x.via != "list"
            and x.role not in ("media", "research", "government")
        ]
        target = _resolve(state, country, named, noun == "subsidiary", here)
        for x in inner:
            out.remove(x)
        ts, te = _token_index(tokens, start), _token_index(tokens, end)
        if target is not None:
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
        elif country is not None and noun not in ("plant", "factory"):
            out.append(
                Mention(start, end, ts, te, country, "group", "nationals", country, via="coref")
            )


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


def _mark_appositions(tokens: list[Token], out: list[Mention], state: Discourse) -> None:
    """`X, a Chinese manufacturer of ..., did` : mentions inside the apposition describe X."""
    n = len(tokens)
    for mn in list(out):
        if mn.in_apposition or not mn.is_actor or mn.kind == "group":
            continue
        j = mn.tok_end
        if (
            j + 1 >= n
            or tokens[j].text != ","
            or tokens[j + 1].text not in ("a", "an", "the", "one")
        ):
            continue
        k = j + 1
        while k < n and tokens[k].text not in (",", ";", "(", ")") and k - j < 25:
            k += 1
        a_start = tokens[j + 1].start
        a_end = tokens[k - 1].end
        words = {t.text.lower() for t in tokens[j + 1 : k]}
        for other in out:
            if other is not mn and other.start >= a_start and other.end <= a_end:
                other.in_apposition = True
                other.head = mn
                if other.kind in ("adjective", "country") and mn.kind == "organization":
                    mn.country = mn.country or other.country
                    state.org_country.setdefault(mn.name, other.country or "")
                if other.kind == "organization" and "subsidiary" in words:
                    mn.parent = other.name
        if "subsidiary" in words and mn.kind == "organization" and mn.parent is None:
            mn.parent = ""
