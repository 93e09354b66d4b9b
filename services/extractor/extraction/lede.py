"""A lede that describes an actor before the body names it: "Britain imposed sanctions on a
Dubai-based trading company ...", then "... said Falcon Crest General Trading LLC had
shipped ...". The description stands in until the next sentences name a company; claims
made of it then pass to that company, or are dropped if none is named."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Discourse, Mention, token_index
from .merge import Candidate, merge
from .text import Sentence, Token
from .wordset import word_set

DESCRIBED: Final = "\x00described company"  # never leaves the engine: renamed or dropped
DESCRIBED_PERSON: Final = "\x00described person"  # the same, for the person a case is about
LEDE_LAST: Final = 2  # the title is sentence 0: the description must come by the second sentence
REACH: Final = 3  # sentences after the lede in which the body must name the company

_NOUNS: Final = (
    "company|firm|distributor|trader|exporter|supplier|manufacturer|maker|wholesaler|dealer|"
    "importer|reseller|forwarder|intermediary|business|vendor"
)
DESCRIPTION_RE: Final = re.compile(
    r"\b[Aa]n?\s+(?P<mods>(?:[\w'’-]+\s+){0,4}?)"
    rf"(?P<noun>{_NOUNS})\b(?!\s+(?:{_NOUNS}|spokes\w+|official|executive|owner|director|"
    r"employee|representative|source|insider|lawyer|statement)s?\b)"
)
# a headline drops the article: "Italian firm probed for shipping machine tools to Russia",
# "Thai Electronics Firm Denies ..." (one firm; "Thai firms" are Thailand's group)
TITLE_DESCRIPTION_RE: Final = re.compile(
    r"^(?P<mods>(?:[\w'’-]+\s+){1,4}?)"
    rf"(?P<noun>(?i:{_NOUNS}))\b(?!\s+(?i:{_NOUNS}|spokes\w+|official|executive|owner|"
    r"director|employee|representative|source|insider|lawyer|statement)s?\b)"
)
DESCRIPTION_NOUNS: Final = word_set(_NOUNS.replace("|", " "))
# lowercase words a description may carry ("a small electronics trading company")
_DESCRIPTIVE: Final = word_set(
    """small little obscure little-known private trading electronics semiconductor chip logistics
    shipping freight import export import-export procurement technology engineering drone
    components parts machinery industrial defence defense aviation optics optical engine"""
)
_PLACE_SUFFIXES: Final = ("-based", "-registered", "-headquartered")


def add_lede_description(
    sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse
) -> None:
    """The lede's "a Penang-based distributor": one mention that stands for the company the
    body names next (the article has named none before)."""
    # (the title's description may be told again by the lede: "Kazakh firm shipped ...",
    # then "A little-known trading company in Almaty shipped ...": the same company)
    if sent.index > LEDE_LAST or state.orgs or state.lede_at not in (-1, 0):
        return
    if sent.lows.isdisjoint(DESCRIPTION_NOUNS):
        return
    if any(x.kind == "organization" and x.role == "company" for x in out):
        return  # the lede names its company
    title = TITLE_DESCRIPTION_RE.match(sent.text) if sent.index == 0 else None
    found = [title] if title is not None else DESCRIPTION_RE.finditer(sent.text)
    for m in found:
        mods = m.group("mods").split()
        if not all(_descriptive(w) for w in mods):
            continue
        if sent.text.endswith(" of ", 0, m.start()):
            continue  # "the owner of a small export business": whose it is, no actor
        start, end = sent.start + m.start(), sent.start + m.end()
        if any(x.start < start < x.end or x.start < end < x.end for x in out):
            continue
        inner = [x for x in out if x.start >= start and x.end <= end]
        if any(x.kind not in ("adjective", "country", "place", "group") for x in inner):
            continue
        country = next((x.country for x in inner if x.country), None)
        # "a Chinese firm" is China's group until the body names it; "a Dubai-based firm" is
        # no one's
        state.lede_group = next(
            (x.country for x in inner if x.country and x.kind in ("adjective", "group")),
            state.lede_group,
        )
        for x in inner:
            out.remove(x)
        ts, te = token_index(tokens, start), token_index(tokens, end)
        out.append(
            Mention(start, end, ts, te, DESCRIBED, "organization", "company", country, via="lede")
        )
        state.lede_at, state.lede_country = sent.index, country or state.lede_country
        return


_PERSON_NOUNS: Final = (
    "businessman|businesswoman|entrepreneur|national|citizen|man|woman|executive|trader"
)
_CHARGE_VERBS: Final = "charged|indicted|sentenced|convicted|arrested|detained|jailed|extradited"
# "have charged a German-Russian businessman with", "sentenced a Tallinn businessman to",
# "A Latvian citizen has been charged with": the person the case is about, not yet named
PERSON_DESCRIPTION_RE: Final = re.compile(
    rf"\b(?:{_CHARGE_VERBS})\s+(?P<obj>an?\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON_NOUNS}))\b"
    rf"|(?:^|[.;]\s+)(?P<subj>An?\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON_NOUNS}))\s+"
    rf"(?:has\s+been|had\s+been|was|is)\s+(?:\w+ly\s+)?(?:{_CHARGE_VERBS})\b"
)
_PERSON_DESCRIPTION_GATES: Final = word_set(_CHARGE_VERBS.replace("|", " "))
_TRADE_CASE_WORDS: Final = ("sanction", "export", "smuggl", "embargo")


def add_person_description(
    sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse
) -> None:
    """The lede's "charged a German-Russian businessman with": one mention that stands for
    the person the body names next (the article has named no one it may charge before)."""
    if sent.index > LEDE_LAST or state.private_people or state.lede_person_at != -1:
        return
    if sent.lows.isdisjoint(_PERSON_DESCRIPTION_GATES) or not any(
        w in sent.low for w in _TRADE_CASE_WORDS
    ):
        return  # (a case over trade: "detained a Chinese national fighting for" is China's)
    if any(x.kind == "person" for x in out):
        return  # the lede names its person
    m = PERSON_DESCRIPTION_RE.search(sent.text)
    if m is None:
        return
    group = "obj" if m.group("obj") else "subj"
    start, end = sent.start + m.start(group), sent.start + m.end(group)
    if any(x.start < start < x.end or x.start < end < x.end for x in out):
        return
    inner = [x for x in out if x.start >= start and x.end <= end]
    if any(x.kind not in ("adjective", "country", "place", "group") for x in inner):
        return
    for x in inner:
        out.remove(x)  # "a German-Russian businessman": no state acts here
    ts, te = token_index(tokens, start), token_index(tokens, end)
    out.append(Mention(start, end, ts, te, DESCRIBED_PERSON, "person", "private", via="lede"))
    state.lede_person_at = sent.index


def _descriptive(word: str) -> bool:
    return word[:1].isupper() or word in _DESCRIPTIVE or word.endswith(_PLACE_SUFFIXES)


def name_described(
    cands: dict[tuple[str, str, str], Candidate],
    sent: Sentence,
    mentions: list[Mention],
    state: Discourse,
) -> None:
    """The first company the body names after the lede takes the lede's claims."""
    if state.lede_at < 0 or sent.index <= state.lede_at:
        return
    named = next(
        (
            m
            for m in mentions
            if m.kind == "organization"
            and m.role == "company"
            and m.via not in ("coref", "lede")
            and m.prep != "by"  # "the report by X": who reports, not who is described
            and (state.lede_country is None or m.country in (None, state.lede_country))
        ),
        None,
    )
    if named is None and sent.index - state.lede_at < REACH:
        return
    if named is not None:
        _rename(cands, named.name, "organization")
    else:
        settle_described(cands, state)
    state.lede_at = -2  # settled: no later description stands in


def settle_described(cands: dict[tuple[str, str, str], Candidate], state: Discourse) -> None:
    """No company named: the description's nationality, if it has one, did it."""
    if state.lede_group is not None:
        _rename(cands, state.lede_group, "group")
    for key in [k for k in cands if k[0] == DESCRIBED]:
        del cands[key]


def _rename(cands: dict[tuple[str, str, str], Candidate], name: str, kind: str) -> None:
    _rename_from(cands, DESCRIBED, name, kind)


def _rename_from(
    cands: dict[tuple[str, str, str], Candidate], placeholder: str, name: str, kind: str
) -> None:
    for key in [k for k in cands if k[0] == placeholder]:
        c = cands.pop(key)
        c.fields["subject"], c.fields["subject_kind"] = name, kind
        if c.fields["source"] == placeholder:  # "Thai firm denies ...": it speaks too
            c.fields["source"] = name
        merge(cands, c.fields, c.order)
        kept = cands[(name, key[1], key[2])]
        kept.products = list(dict.fromkeys([*kept.products, *c.products]))


def name_described_person(
    cands: dict[tuple[str, str, str], Candidate],
    sent: Sentence,
    mentions: list[Mention],
    state: Discourse,
) -> None:
    """The first private person the body names after the lede takes the lede's claims;
    none named soon: the claims are dropped."""
    if state.lede_person_at < 0 or sent.index <= state.lede_person_at:
        return
    named = next(
        (
            m
            for m in mentions
            if m.kind == "person" and m.role == "private" and m.via not in ("coref", "lede")
        ),
        None,
    )
    if named is None and sent.index - state.lede_person_at < REACH:
        return
    if named is not None:
        _rename_from(cands, DESCRIBED_PERSON, named.name, "person")
    else:
        settle_described_person(cands)
    state.lede_person_at = -2  # settled


def settle_described_person(cands: dict[tuple[str, str, str], Candidate]) -> None:
    for key in [k for k in cands if k[0] == DESCRIBED_PERSON]:
        del cands[key]
