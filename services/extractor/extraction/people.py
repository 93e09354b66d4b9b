"""People no list holds, recognised from the way releases and indictments introduce them:
`Zhou Wenbin (Zhou)`, `Ilya Valeryevich Dunayev, 44, of Brooklyn`, `Kerem Aydin, a Turkish
national`, `his co-defendant, Konstantin Lebedev`. They are private people (role
`private`): unlike officials, who speak, they may be the ones who did it."""

from __future__ import annotations

import re

from .discourse import NOT_NAME, TITLE_WORDS, Discourse, Mention, overlaps, token_index
from .text import Sentence, Token

_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_PERSON_RE = re.compile(
    rf"\b(?P<name>{_NAME}(?:\s+(?:[A-Z]\.\s+)?{_NAME}){{1,3}})"
    r"(?=\s*\((?P<short>[A-Z][\w'’-]+)\)"
    r"|,\s+\d{1,2},"
    r"|,\s+(?:a|an)\s+(?:[A-Z][\w-]*\s+){0,3}(?:national|citizen|resident|businessman|"
    r"businesswoman|dual\s+national)\b)"
)
_DEFENDANT_RE = re.compile(
    rf"\b(?:co-defendant|defendant|co-conspirator|associate|partner),?\s+(?P<name>{_NAME}"
    rf"(?:\s+(?:[A-Z]\.\s+)?{_NAME}){{1,3}})\b"
)
PRIVATE = "private"


def add_people_by_form(
    sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse
) -> None:
    text = sent.text
    if not ("(" in text or ", " in text):
        return
    found: list[tuple[int, int, str | None]] = []
    for m in _PERSON_RE.finditer(text):
        found.append((m.start("name"), m.end("name"), m.group("short")))
    if "defendant" in text or "co-conspirator" in text:
        for m in _DEFENDANT_RE.finditer(text):
            found.append((m.start("name"), m.end("name"), None))
    for s, e, short in found:
        words = text[s:e].split()
        while words and (words[0] in NOT_NAME or words[0] in TITLE_WORDS):
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or (short is not None and short not in words):
            continue
        start, end = sent.start + s, sent.start + e
        if overlaps(out, start, end):
            continue
        name = " ".join(words)
        ts, te = token_index(tokens, start), token_index(tokens, end)
        out.append(Mention(start, end, ts, te, name, "person", PRIVATE, via="form"))
        state.private_people.add(name)
