"""Plural references to organizations named before: `the two companies`, `both Hong Kong
firms`, `the Hong Kong and Kazakh intermediaries`, and the apposition that tells their
nationality (`X and Y, two Hong Kong companies`)."""

from __future__ import annotations

import re
from typing import Final

from .discourse import NOT_ORG_ROLES, Discourse, Mention, token_index
from .group_refs import group_antecedent
from .lexicon import SMALL_NUMBERS
from .text import Sentence, Token
from .word_start import WORD_START
from .wordset import word_set

_COUNT_WORDS: Final = "two|three|four|five|six|seven|eight|nine|ten|\\d+"
PLURAL_REF_RE: Final = re.compile(
    # (the determiner's first letters open the pattern: see word_start)
    rf"(?P<det>[TtBbAa]{WORD_START}(?:(?<=[Tt])h(?:e|ese|ose)|(?<=[Bb])oth(?:\s+the)?|"
    r"(?<=[Aa])ll(?:\s+the)?))\s+"
    rf"(?:(?P<count>{_COUNT_WORDS})\s+)?"
    r"(?P<mods>(?:(?!(?:the|a|an|this|that|these|those|both|all|its|their)\s)[\w'’.-]+,?\s+){0,4}?)"
    r"(?P<noun>companies|firms|entities|suppliers|exporters|manufacturers|intermediaries|"
    r"distributors|traders|importers|shippers|businesses|vendors|wholesalers|resellers|dealers|"
    r"forwarders|enterprises|makers|producers|contractors)\b"
)
# `X and Y, two Hong Kong companies`: the count that opens an apposition to a list
_LIST_APPOSITION_RE: Final = re.compile(
    rf",\s+(?:both|all|{_COUNT_WORDS})\s+(?:[a-z-]+\s+){{0,2}}$"
)
_COUNTS: Final = SMALL_NUMBERS
_PARTITIVE_RE: Final = re.compile(
    r"\b(?:several|some|many|few|most|one|none|two|three|all)\s+of\s+$", re.I
)
PLURAL_NOUNS: Final = word_set(
    """companies firms entities suppliers exporters manufacturers intermediaries distributors
    traders importers shippers businesses vendors wholesalers resellers dealers forwarders
    enterprises makers producers contractors"""
)
# modifiers that say the phrase is not (all of) the ones named: "the other companies"
_NOT_THE_NAMED: Final = word_set(
    """other others same such many several some most remaining rest new first last biggest
    largest major leading top main few"""
)
# lowercase words a plural reference may carry besides nationalities
_REF_MODIFIERS: Final = word_set(
    """and or shell front trading intermediary logistics electronics procurement private small
    sanctioned listed named accused alleged affiliated related designated"""
)
_LIST_JOINS: Final = (", ", " and ", ", and ", " & ")


def apply_plural_refs(
    sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse
) -> None:
    """A plural definite phrase stands for the organizations named before that fit its count
    and nationalities, most recent first; unresolved unless they fit exactly."""
    if sent.lows.isdisjoint(PLURAL_NOUNS) or not (
        state.orgs or state.org_list or len(out) > 1 or state.company_groups_at >= sent.index - 1
    ):
        return
    for m in PLURAL_REF_RE.finditer(sent.text):
        mods = m.group("mods").split()
        if any(w.lower() in _NOT_THE_NAMED for w in mods) or not all(map(_modifier, mods)):
            continue
        if _PARTITIVE_RE.search(sent.text, max(0, m.start() - 12), m.start()):
            continue  # "several of the firms": some, not all, and not said which
        start, end = sent.start + m.start(), sent.start + m.end()
        if any(x.start < start < x.end or x.start < end < x.end for x in out):
            continue
        inner = [x for x in out if x.start >= start and x.end <= end]
        nats = {x.country or x.name for x in inner if x.kind in ("adjective", "country", "group")}
        if any(x.kind in ("organization", "person") for x in inner):
            continue
        count = _count(m.group("det"), m.group("count"))
        names = (
            _by_nationality(state, nats, count)
            if nats
            else (_listed_before(sent, out, start, count) or _by_list(state, count, sent))
        )
        kind = "organization"
        if (not names or (not nats and not _listed_before(sent, out, start, count))) and not (
            _OF_AFTER_RE.match(sent.text, m.end())  # "the makers of the chips": not those
        ):
            # "sanctions on four companies in Türkiye. ... the companies": those, unnamed
            grouped, kind = group_antecedent(sent, state, count, nats)
            names = grouped or names
            kind = kind or "organization"
        if not names:
            continue
        for x in inner:
            out.remove(x)
        ts, te = token_index(tokens, start), token_index(tokens, end)
        for name in names:
            if kind == "group":
                out.append(
                    Mention(start, end, ts, te, name, "group", "nationals", name, via="coref")
                )
                continue
            country = state.org_country.get(name)
            out.append(
                Mention(start, end, ts, te, name, "organization", "company", country, via="coref")
            )


def _modifier(word: str) -> bool:
    return word[:1].isupper() or word in _REF_MODIFIERS or word.endswith(_PLACE_SUFFIXES)


_OF_AFTER_RE: Final = re.compile(r"\s+of\s+(?![a-z]+ing\b)")  # not "accused the firms of supplying"
_PLACE_SUFFIXES: Final = ("-based", "-registered", "-headquartered")


def _count(det: str, count: str | None) -> int | None:
    if count is not None:
        return int(count) if count.isdigit() else _COUNTS[count]
    return 2 if det.lower().startswith("both") else None


def _by_nationality(state: Discourse, nats: set[str], count: int | None) -> list[str]:
    """ "both Hong Kong firms": the named companies of those nationalities, most recent
    first; every nationality must have one, and a count must be met exactly or exceeded
    by earlier ones."""
    fit = [
        o.name
        for o in reversed(state.orgs)
        if o.role not in NOT_ORG_ROLES and (state.org_country.get(o.name) or o.country) in nats
    ]
    if count is not None:
        if len(fit) < count:
            return []
        fit = fit[:count]
    covered = {state.org_country.get(n) for n in fit}
    # a plural stands for two or more: "the Russian companies" with one named is generic
    return fit if len(fit) >= 2 and nats <= covered else []


# between two members of a list, with what places them: ", Hong Kong-registered ",
# ", India's ", " and Tashkent-based "
_LIST_GAP_RE: Final = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+|\s+&\s+)"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:-based|-registered|-headquartered|['’]s)\s+)?"
)


def _listed_before(sent: Sentence, out: list[Mention], at: int, count: int | None) -> list[str]:
    """ "listed X, Y and Z, saying the companies had supplied": the list this sentence
    named before the phrase (two or more, as many as a count says)."""
    names = last_coordinated(sent, [x for x in out if x.end <= at])
    if count is not None and count != len(names):
        return []
    return names


def last_coordinated(sent: Sentence, mentions: list[Mention]) -> list[str]:
    """The last run of two or more companies the mentions name as a list ("X, Y and Z")."""
    orgs = [
        x
        for x in mentions
        if x.kind == "organization" and x.role not in NOT_ORG_ROLES and x.via != "coref"
    ]
    if len(orgs) < 2:
        return []
    listed = [orgs[-1]]
    for a in reversed(orgs[:-1]):
        gap = sent.text[a.end - sent.start : listed[-1].start - sent.start]
        if not _LIST_GAP_RE.fullmatch(gap):
            break
        listed.append(a)
    names = list(dict.fromkeys(x.name for x in reversed(listed)))
    return names if len(names) >= 2 else []


def _by_list(state: Discourse, count: int | None, sent: Sentence) -> list[str]:
    """ "the three companies" after a sentence that named three; without a count, only
    right after the list (the next two sentences)."""
    if (
        count is not None
        and (count != len(state.org_list) or state.org_list_at < sent.index - 2)
        and (recent := _named_one_by_one(state, count, sent))
    ):
        return recent
    if not state.org_list:
        return []
    if count is not None:
        return list(state.org_list) if count == len(state.org_list) else []
    return list(state.org_list) if sent.index - state.org_list_at <= 2 else []


def _named_one_by_one(state: Discourse, count: int, sent: Sentence) -> list[str]:
    """ "Both companies" after the last sentences named one company each: exactly `count`
    companies named in the last two sentences, none more."""
    recent = [
        o.name
        for o in reversed(state.orgs)
        if o.role not in NOT_ORG_ROLES
        and sent.index - state.org_named_at.get(o.name, -9) <= _RECENT_SENTENCES
    ]
    return recent if len(recent) == count else []


_RECENT_SENTENCES: Final = 2


def note_list_nationality(sent: Sentence, out: list[Mention], state: Discourse) -> None:
    """ "X and Y, two Hong Kong companies": each listed company is of that nationality."""
    for i, g in enumerate(out):
        if g.kind not in ("group", "adjective") or i == 0 or g.country is None:
            continue
        lead = sent.text[max(0, out[i - 1].end - sent.start) : g.start - sent.start]
        if not _LIST_APPOSITION_RE.fullmatch(lead):
            continue
        listed: list[Mention] = []
        j = i - 1
        while j >= 0 and out[j].kind == "organization":
            listed.append(out[j])
            gap = sent.text[out[j - 1].end - sent.start : out[j].start - sent.start] if j else ""
            if j == 0 or gap not in _LIST_JOINS:
                break
            j -= 1
        if len(listed) < 2:
            continue
        g.in_apposition, g.head = True, listed[0]
        for o in listed:
            o.country = o.country or g.country
            state.org_country.setdefault(o.name, g.country)
