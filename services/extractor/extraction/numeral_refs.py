"""A number standing for actors named before: `the three bought chips` after a sentence
that named three people (or companies), `the other two supplied engines` after one that
named three, one of them referred to since ("the Dongguan company"). The number must be
the list's, and the phrase must be a subject, not a number before its noun ("the two
leaders", "the three designated companies")."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Discourse, Mention, token_index
from .lexicon import REPORT_WORDS, SMALL_NUMBERS, TRIGGER_WORDS
from .text import Sentence, Token
from .word_start import WORD_START
from .wordset import word_set

_NUMBER_WORDS: Final = word_set(
    "two three four five six seven eight nine ten pair duo trio latter former both"
)
NUMERAL_REF_RE: Final = re.compile(
    # "the three", "the other two", "the pair", "the trio"; "Both" and "All three" opening
    # a clause; "the latter" and "the former" of a pair
    rf"(?:[Tt]{WORD_START}he\s+(?P<other>other\s+)?|(?:^|(?<=, ))(?P<all>All\s+|all\s+)?)"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|pair|duo|trio|latter|former|"
    r"(?<![\w ])Both|(?<=, )both)"
    r"(?P<after>,|\s+(?P<next>[a-z]+)(?:\s+(?P<then>[\w'’-]+))?)"
)
_OPENERS: Final = word_set("the all both")
_COUNTS: Final = {"pair": 2, "duo": 2, "trio": 3, "latter": 2, "former": 2, "both": 2}
# what a subject is followed by: "the three had", "the two allegedly", "the other two are"
_VERB_LIKE: Final = word_set(
    """had have has were are was is will would could can may might must did do does also then
    later together jointly allegedly reportedly each all both face faced deny denied admitted
    pleaded used ran operated set"""
)
# who a number may stand for: the last list of people or companies, this close
_REACH: Final = 2


def apply_numeral_refs(
    sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse
) -> None:
    if sent.text.startswith("They ") and len(tokens) > 2:
        _they_list(tokens, out, state, sent.index)
    if sent.lows.isdisjoint(_NUMBER_WORDS) or sent.lows.isdisjoint(_OPENERS):
        return
    for m in NUMERAL_REF_RE.finditer(sent.text):
        if not _is_subject(m):
            continue
        word = m["n"].lower()
        the = m.group().lower().startswith("the")
        if (word == "both") == (the or m["all"] is not None) or (
            word in _COUNTS and word != "both" and not the
        ):
            continue  # "the three", "All three", "the pair", "Both"; not "three", "the both"
        if not the and m["all"] is None and word not in _COUNTS:
            continue
        start, end = sent.start + m.start(), sent.start + m.end("n")
        if any(x.start < end and start < x.end for x in out):
            continue
        n = _COUNTS.get(word) or SMALL_NUMBERS[word]
        if m["other"]:
            here = {x.name for x in out if x.end <= start}
            members = _others(state.actor_lists(sent.index, _REACH), here, n)
        else:
            members = _exactly(state.actor_lists(sent.index, _REACH), n)
            if word == "latter":
                members = members[-1:]
            elif word == "former":
                members = members[:1]
        ts, te = token_index(tokens, start), token_index(tokens, end)
        for x in members:
            out.append(Mention(start, end, ts, te, x.name, x.kind, x.role, x.country, via="coref"))


def _is_subject(m: re.Match[str]) -> bool:
    if m["after"] == ",":
        return True
    nxt = m["next"]
    if nxt in _VERB_LIKE or (nxt in TRIGGER_WORDS and not nxt.endswith("s")):
        return True
    # "the three bought", not "the two captured soldiers", "the three designated firms"
    then = m["then"] or ""
    return nxt.endswith("ed") and not (then[:1].islower() and then.endswith("s"))


def _exactly(lists: list[list[Mention]], n: int) -> list[Mention]:
    """The most recent list of n actors."""
    for listed in lists:
        if len(listed) == n:
            return listed
    return []


def _others(lists: list[list[Mention]], here: set[str], n: int) -> list[Mention]:
    """ "the other two": the last list that, without the ones named here, leaves n."""
    for listed in lists:
        rest = [x for x in listed if x.name not in here]
        if len(listed) > len(rest) and len(rest) == n:
            return rest
    return []


# what may stand between "They" and its verb
_THEY_AUX: Final = word_set("have had also allegedly reportedly then later both all each")
# verbs after "They" whose "They" is the speakers, not the actors the list named
_THEY_SAY: Final = REPORT_WORDS | word_set("are were is")


def _they_list(tokens: list[Token], out: list[Mention], state: Discourse, index: int) -> None:
    """ "The report names X and Y. They shipped drone engines to Russia": the companies (or
    states) the sentence before listed, when "They" acts (not "They said", "They are")."""
    k = 1
    while k < len(tokens) - 1 and k < 4 and tokens[k].low in _THEY_AUX:
        k += 1
    verb = tokens[k].low
    if verb in _THEY_SAY or not (verb.endswith("ed") or verb in TRIGGER_WORDS):
        return
    listed = next((ms for i, ms in reversed(state.listed_actors) if i == index - 1), None)
    if listed is None or any(x.kind == "person" for x in listed):
        return
    it = tokens[0]
    for x in listed:
        out.append(Mention(it.start, it.end, 0, 1, x.name, x.kind, x.role, x.country, via="coref"))
