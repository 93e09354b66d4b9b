"""Names an article introduces with a naming verb: `a Bishkek-based firm called X`, `a man
named X`, `the company, named by judicial sources as X,`, `the 51-year-old, identified only
as Ilja K.`, `a senior official identified as X`. What the name stands for comes from the
noun it names (a company or a person), else from the name's own form."""

from __future__ import annotations

import re
from typing import Final

from .discourse import NOT_NAME, Discourse, Mention, overlaps, token_index
from .gazetteer import Gazetteer
from .lexicon import any_word_in
from .orgs import add_org, legal_tail_end
from .text import Sentence, Token
from .wordset import word_set

INTRODUCED: Final = "introduced"  # the via of these mentions: their preposition is the phrase's

_CUES: Final = word_set("called named dubbed identified")
_NAMING_VERBS: Final = ("called", "named", "dubbed")
_PREPOSITIONS: Final = word_set(
    """to for from in into with at by of on against via through including among between"""
)
_DETERMINERS: Final = word_set("a an the one its his their this that")
_ORG_HEADS: Final = word_set(
    """company firm trader exporter importer supplier distributor manufacturer maker producer
    intermediary subsidiary entity business vendor reseller shipper forwarder carrier
    enterprise group outfit startup contractor developer operator"""
)
_PERSON_HEADS: Final = word_set(
    """man woman businessman businesswoman entrepreneur citizen national resident official
    officer executive manager director engineer person individual suspect defendant accused
    trader-turned-smuggler smuggler broker dealer agent employee"""
)
_WORD: Final = r"[^\W\d_][\w'’-]*"
_CAP: Final = r"[^\W\d_a-z][\w'’&-]+"
# a name: capitalised words, an initial ("Ilja K.") or a legal form may close it
_NAME: Final = rf"{_CAP}(?:\s+(?:of|and|de|&)?\s*{_CAP}){{0,5}}(?:\s+[A-Z]\.(?!\w))?"
# "a Bishkek-based logistics company called X", "a man named X": the noun comes first
# (the head's `*+` is _WORD's `*`, possessive: what follows the head, a comma or a space, is
# none of its characters, so giving some back never helps, and the engine need not try)
_HEAD_CALLED_RE: Final = re.compile(
    rf"\b(?P<head>[^\W\d_][\w'’-]*+)(?:,\s+|\s+)(?:called|named|dubbed)\s+(?P<name>{_NAME})"
)
# "the company, named by judicial sources as X", "identified only as X", "named in court
# documents as X", "identified by prosecutors as X"
_NAMED_AS_RE: Final = re.compile(
    r"\b(?:identified|named)\s+(?:only\s+|publicly\s+|locally\s+)?"
    r"(?:(?:by|in)\s+(?:[\w'’-]+\s+){1,4}?)?as\s+(?:the\s+)?"
    rf"(?P<name>{_NAME})"
)
# "operates under the name Tsvet-Avia", "trades under the name X": what a site or a firm
# calls itself
_UNDER_NAME_RE: Final = re.compile(rf"\bunder\s+the\s+names?\s+(?P<name>{_NAME})")
_HEAD_BACK_RE: Final = re.compile(rf"({_WORD})[\s,]*$")
_AGE_HEAD_RE: Final = re.compile(r"\d{2}-year-old\b")
# "Ilja K.", "Pak Chol-ung": a person's name, with an initial for the surname or without
_PERSON_FORM_RE: Final = re.compile(
    rf"^{_CAP}(?:\s+{_CAP}){{0,2}}\s+[A-Z]\.$|^{_CAP}(?:\s+{_CAP}){{1,3}}$"
)
_ORG_TAIL: Final = word_set(
    """GmbH AG Ltd LLC Inc Corp Co JSC SA Srl SpA BV NV FZE FZCO DMCC PLC Limited Company
    Trading Group Logistics Lojistik Systems Technologies Technology Electronics Industries
    Supply Supplies Exports Export Import Cargo Lines Line Solutions Components Ticaret"""
)


def add_introduced_names(
    sent: Sentence, tokens: list[Token], out: list[Mention], gz: Gazetteer, state: Discourse
) -> None:
    text, base = sent.text, sent.start
    if "under the name" in text:
        for m in _UNDER_NAME_RE.finditer(text):
            _add(sent, tokens, out, gz, state, m.group("name"), base + m.start("name"), "org", -1)
    if sent.lows.isdisjoint(_CUES):
        return
    # (_HEAD_CALLED_RE needs one of its verbs: "identified" alone passes the gate above)
    for m in _HEAD_CALLED_RE.finditer(text) if any_word_in(text, _NAMING_VERBS) else ():
        head = m.group("head").lower()
        kind = "org" if head in _ORG_HEADS else "person" if head in _PERSON_HEADS else ""
        if kind:
            at = base + m.start("name")
            _add(sent, tokens, out, gz, state, m.group("name"), at, kind, base + m.start("head"))
    if "as" not in sent.lows:
        return
    for m in _NAMED_AS_RE.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        hb = _HEAD_BACK_RE.search(before)
        head = hb.group(1).lower() if hb is not None else ""
        name = m.group("name")
        words = name.split()
        if head in _ORG_HEADS or words[-1].rstrip(".") in _ORG_TAIL:
            kind = "org"
        elif head in _PERSON_HEADS or _AGE_HEAD_RE.search(before) or _PERSON_FORM_RE.match(name):
            kind = "person"
        else:
            continue
        head_at = base + m.start() - len(before) + hb.start(1) if hb is not None else -1
        _add(sent, tokens, out, gz, state, name, base + m.start("name"), kind, head_at)


def _add(
    sent: Sentence,
    tokens: list[Token],
    out: list[Mention],
    gz: Gazetteer,
    state: Discourse,
    raw: str,
    start: int,
    kind: str,
    head_at: int,
) -> None:
    raw = raw.rstrip(" ,")
    if raw.endswith(("'s", "’s")):
        return  # "named by the ministry as Pars Rahavard's managing director": a role's owner
    if raw.split()[0] in NOT_NAME:
        return
    prep = _phrase_prep(tokens, token_index(tokens, head_at)) if head_at >= 0 else None
    if kind == "org":
        at = start - sent.start
        # "called Kinabalu Tech Sdn. Bhd.": the name pattern stops at the first dot
        raw = sent.text[at : legal_tail_end(sent.text, at, at + len(raw))]
        mn = add_org(sent, tokens, out, gz, raw, start, min_one=True)
        if mn is not None and mn.via == "pattern":
            mn.via, mn.prep = INTRODUCED, prep
        return
    words = raw.split()
    if not 2 <= len(words) <= 4 or gz.lookup(raw) is not None:
        return
    end = start + len(raw)
    if overlaps(out, start, end):
        return
    ts = token_index(tokens, start)
    te = max(ts + 1, token_index(tokens, end))
    mn = Mention(start, end, ts, te, raw, "person", "private", via=INTRODUCED)
    mn.prep = prep
    out.append(mn)
    state.private_people.add(raw)


def _phrase_prep(tokens: list[Token], head: int) -> str | None:
    """The preposition before the noun phrase whose head is token `head`: `through a
    trading company called X` -> "through"; None when the phrase opens a clause."""
    j = head - 1
    while j >= 0 and head - j <= 6 and tokens[j].low not in _DETERMINERS:
        if tokens[j].text in (",", ";", ":") or tokens[j].low in _PREPOSITIONS:
            return tokens[j].low if tokens[j].low in _PREPOSITIONS else None
        j -= 1
    if j < 0 or tokens[j].low not in _DETERMINERS:
        return None
    if j >= 1 and tokens[j - 1].low in _PREPOSITIONS:
        return tokens[j - 1].low
    return None
