"""How people's names are written: name words in any Latin script (`Krūmiņš`, `Jürgen`,
`Tšernov`), and the European press's given name with a surname's initial (`Tomasz K.`),
the form privacy law leaves of a suspect's name."""

from __future__ import annotations

from typing import Final

from .discourse import NOT_NAME, TITLE_WORDS
from .text import Token
from .word_start import WORD_START
from .wordset import word_set

_LATIN: Final = [chr(c) for c in range(0xC0, 0x250)]
_UPPER: Final = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER_LETTERS: Final = "a-z" + "".join(c for c in _LATIN if c.islower())
_NAME_TAIL: Final = rf"[{LOWER_LETTERS}]+(?:[-'’][{_UPPER}]?[{LOWER_LETTERS}]+)?"
# one word of a name: "Lisitsyn", "Krūmiņš", "O'Brien", "Ming-hsien"
NAME_WORD: Final = rf"[{_UPPER}]{_NAME_TAIL}"
# `\b{NAME_WORD}` for a pattern that opens with it: the capitals open the pattern (see
# word_start)
NAME_WORD_AT_START: Final = rf"[{_UPPER}]{WORD_START}{_NAME_TAIL}"

CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# capitalised nouns that take a letter without naming anyone: "Plan B.", "Annex I."
_LETTERED_NOUNS: Final = word_set(
    """Plan Group Annex Appendix Part Section Category Class Type Schedule Vitamin War Phase
    Stage Level Tier Grade Model Series Block Option Unit Wing Zone Line Terminal Gate Hall
    Room Building Exhibit Article Chapter List Variant Version Division Sector Hangar Squad
    Team Company Corps Battalion Brigade Regiment Platoon Point Route Road Street Avenue"""
)


def initialled_names(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token spans of `Tomasz K.`: a given name, then one capital letter and its period,
    the name's end (not a middle initial, as in `Natalie K. Wight`, nor `U.S.`)."""
    found: list[tuple[int, int]] = []
    n = len(tokens)
    for i in range(1, n - 1):
        letter, dot, given = tokens[i], tokens[i + 1], tokens[i - 1]
        if not (
            len(letter.text) == 1
            and letter.text in CAPITALS
            and dot.text == "."
            and dot.start == letter.end
            and letter.start == given.end + 1
            and is_given_name(given.text)
        ):
            continue
        if i + 2 < n:
            after = tokens[i + 2]
            if after.start == dot.end and after.text[0].isalnum():
                continue  # "U.S.", "A.Ş.": an abbreviation
            if is_given_name(after.text):
                continue  # a middle initial
        found.append((i - 1, i + 2))
    return found


def is_given_name(w: str) -> bool:
    return (
        len(w) > 2
        and w[0].isupper()
        and w[1:].replace("-", "").isalpha()
        and w[1:].replace("-", "").islower()
        and w not in NOT_NAME
        and w not in TITLE_WORDS
        and w not in _LETTERED_NOUNS
    )


def joined_name(tokens: list[Token]) -> str:
    """The name as written, with one space where the text had any: `Tomasz K.`,
    `Ming-hsien`."""
    parts: list[str] = []
    prev_end = -1
    for t in tokens:
        if parts and t.start > prev_end:
            parts.append(" ")
        parts.append(t.text)
        prev_end = t.end
    return "".join(parts)
