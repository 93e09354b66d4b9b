"""A private person referred to without their name: `he`, `she`, `the suspect`, `the
defendant`, `the businessman`. It stands for the last person the article named, when that
one is a private person (a suspect, a businessman), never an official or analyst, and
never across a person named in between."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Discourse, Mention, token_index
from .lexicon import DENIAL_WORDS, REPORT_WORDS
from .people import PRIVATE
from .text import Sentence, Token
from .wordset import word_set

PERSON_REF_RE: Final = re.compile(
    r"\b(?:(?P<pron>[Hh]e|[Ss]he)|[Tt]he\s+(?:\d+-year-old\s+)?(?:accused\s+|alleged\s+)?"
    # "the Chinese national", "the 45-year-old" (the age alone before a verb)
    r"(?:(?P<demonym>[A-Z][a-z]+)\s+(?=national|citizen))?"
    r"(?P<noun>suspect|defendant|accused|businessman|businesswoman|entrepreneur|national|citizen|"
    r"\d+-year-old(?=\s+[a-z]+(?:ed|ly)?\s)))\b"
    r"(?P<next>\s+[\w'’-]+)?"
)
_CUES: Final = word_set(
    "he she suspect defendant accused businessman businesswoman entrepreneur national citizen old"
)
# "he said", "she told Reuters": the speaker, never the actor of what follows
_SAYING: Final = REPORT_WORDS - DENIAL_WORDS - {"accused", "charged", "suspected", "alleged"}


def apply_person_refs(
    sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse
) -> None:
    if sent.lows.isdisjoint(_CUES):
        return
    for m in PERSON_REF_RE.finditer(sent.text):
        start, end = sent.start + m.start(), sent.start + m.end("noun" if m["noun"] else "pron")
        nxt = (m["next"] or "").strip().lower()
        if m["pron"] and nxt in _SAYING:
            continue  # "he said": who speaks
        at = sent.start + m.start("demonym") if m["demonym"] else -1
        inner = [x for x in out if x.start == at and x.kind == "adjective"]
        rest = [x for x in out if x not in inner] if inner else out
        if any(x.start < end and start < x.end for x in rest):
            continue
        if m["noun"] and _names_next(sent, end, rest):
            continue  # "The suspect, Sergei T., ...": the name follows
        person = _last_person(start, rest, state, pronoun=m["pron"] is not None)
        if person is None:
            continue
        if inner:  # "the Chinese national": the person, not China
            out[:] = rest
        ts, te = token_index(tokens, start), token_index(tokens, end)
        out.append(Mention(start, end, ts, te, person, "person", PRIVATE, via="coref"))


def _names_next(sent: Sentence, end: int, out: list[Mention]) -> bool:
    return any(x.kind == "person" and 0 < x.start - end <= 20 for x in out) or bool(
        _NAME_AFTER_RE.match(sent.text, end - sent.start)
    )


# "the suspect, 52-year-old ...", "the businessman Ivan P."
_NAME_AFTER_RE: Final = re.compile(r",?\s+(?:\d+-year-old\s+|[A-Z][\w'’-]*\s+[A-Z])")


def _last_person(at: int, out: list[Mention], state: Discourse, *, pronoun: bool) -> str | None:
    """The last private person named before `at` (this sentence first); for a pronoun, only
    when no other person was named since ("the suspect" is never the prosecutor)."""
    here = [x for x in out if x.kind == "person" and x.end <= at and (pronoun or x.role == PRIVATE)]
    if here:
        return here[-1].name if here[-1].role == PRIVATE else None
    return state.last_private if state.private_last or not pronoun else None
