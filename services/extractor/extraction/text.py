"""Cheap sentence splitting and tokenization that keep character offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from .wordset import word_set

_TOKEN_RE: Final = re.compile(r"\w+(?:'(?!s\b)\w+)*|'s\b|[^\w\s]")
# "[.!?…][.!?…]*", not "[.!?…]+": a pattern that opens with a character set lets the
# regex engine skip to the next of those characters (twice as fast)
_SENT_END_RE: Final = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9$€£])")
_END_MARKS: Final = ".!?…"  # what _SENT_END_RE opens with
_LINE_RE: Final = re.compile(r"[^\n]+")
_ABBREVIATIONS: Final = word_set(
    """mr mrs ms dr st jr sr gen lt col sgt capt gov sen rep prof no co inc ltd corp vs etc
    jan feb mar apr aug sep sept oct nov dec approx dept est fig mt ft u.s u.k u.n e.u
    a.m p.m adm maj cmdr rev hon pres vol op al pvt pte sdn bhd"""
)


# The record types of the extractor are plain classes with an explicit __init__ rather than
# dataclasses: mypyc compiles such an __init__, while a dataclass's generated one runs in
# the interpreter on every construction (a third of the compiled build's time went there).


class Token:
    __slots__ = ("end", "last", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int, low: str = "", last: str = "") -> None:
        self.text = text  # normalized (curly apostrophe -> ')
        self.start = start
        self.end = end
        self.low = low
        self.last = last  # words (see words.py): the part after the last hyphen, else == low

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


class Sentence:
    __slots__ = ("end", "index", "low", "lows", "paragraph", "start", "text", "texts")

    def __init__(self, start: int, end: int, text: str, paragraph: int, index: int = 0) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.paragraph = paragraph
        self.index = index
        # filled in by the engine, once per sentence, for the cheap gates of every stage
        self.low = ""  # the text lower-cased
        self.lows: frozenset[str] = frozenset()  # lower-cased tokens
        self.texts: frozenset[str] = frozenset()  # tokens as written

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.text!r})"


def normalize_token(raw: str) -> str:
    return raw.replace("’", "'")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (with inner apostrophes), possessive 's, and single punctuation marks."""
    norm = text.replace("’", "'")  # same length: offsets are unchanged
    lowered = norm.lower()
    if len(lowered) != len(norm):  # a few characters lower-case to two ("İ")
        lowered = "".join([c.lower()[0] for c in norm])
    # No token spans white space, so the text is split there (in C) and the token regex
    # reads only the chunks that are not a plain word ("drones") or a word and one mark
    # ("Russia."): 95% of them are. A chunk's tokens touch: running sums are the offsets.
    out: list[Token] = []
    end = 0
    for chunk in norm.split():
        start = norm.find(chunk, end)
        end = start + len(chunk)
        if chunk.isalnum():
            out.append(_token(chunk, start, end, lowered, offset))
        elif _word_and_mark(chunk):
            out.append(_token(chunk[:-1], start, end - 1, lowered, offset))
            out.append(_token(chunk[-1], end - 1, end, lowered, offset))
        else:
            for word in _TOKEN_RE.findall(chunk):
                out.append(_token(word, start, start + len(word), lowered, offset))
                start += len(word)
    return out


def _token(word: str, start: int, end: int, lowered: str, offset: int) -> Token:
    low = lowered[start:end]
    return Token(word, start + offset, end + offset, low, low)


def _word_and_mark(chunk: str) -> bool:
    """ "Russia.", "drones,": what the token regex reads as a word and a punctuation mark."""
    mark = chunk[-1]
    return chunk[:-1].isalnum() and not mark.isalnum() and mark != "_" and mark != "'"


def _is_abbreviation(text: str, dot_pos: int) -> bool:
    """True when the period at dot_pos ends an abbreviation or an initial."""
    j = dot_pos
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot_pos].lower()
    if not word:
        return False
    if len(word) == 1 and j > 1 and text[j - 1] == "-" and text[j - 2].isalpha():
        return False  # "a distributor, Elektrokomplekt-M.": a name's last letter, no initial
    if word in _ABBREVIATIONS:
        return True
    # single initials ("John F. Kennedy") and dotted acronyms ("U.S.", "e.g.")
    return (len(word) == 1 and word.isalpha()) or ("." in word and len(word) <= 5)


_COMPANY_ABBR: Final = ("ltd", "inc", "corp", "co", "llc", "u.s", "u.k")
_OPENERS: Final = word_set(
    "The It This That These Those He She They A An In On According But Its Their His Her We"
)


def _ends_company_name(text: str, dot: int, end: int) -> bool:
    """ "... Co., Ltd. The firm ...": a company suffix that does end the sentence."""
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    if text[j:dot].lower() not in _COMPANY_ABBR:
        return False
    nxt = text[end:].lstrip().split(" ", 1)[0]
    return nxt in _OPENERS


def _ends_initialled_name(text: str, dot: int, end: int) -> bool:
    """ "... charged Tomasz K. He denies ...": a surname's initial that ends the sentence."""
    if dot < 3 or not text[dot - 1].isupper() or text[dot - 2] != " ":
        return False
    if not text[dot - 3].islower():
        return False  # "John F. The": no given name before the letter
    nxt = text[end:].lstrip().split(" ", 1)[0]
    return nxt in _OPENERS


def split_sentences(text: str) -> list[Sentence]:
    """Split on line breaks and sentence-final punctuation; offsets index `text`."""
    out: list[Sentence] = []
    para = 0
    last_line_end = 0
    for line in _LINE_RE.finditer(text):
        if text.count("\n", last_line_end, line.start()) > 1 or out:
            para += 1
        last_line_end = line.end()
        ls, le = line.start(), line.end()
        pos = ls
        for m in _sentence_end_marks(text, ls, le):
            if m.start() - ls <= 3 and text[ls : m.start()].isdigit():
                continue  # "1. Volga Avionika LLC": a list item's number
            if (
                text[m.start()] == "."
                and m.end() - m.start() == 1
                and _is_abbreviation(text, m.start())
                and not _ends_company_name(text, m.start(), m.end())
                and not _ends_initialled_name(text, m.start(), m.end())
            ):
                continue
            _append(out, text, pos, m.end(), para)
            pos = m.end()
        _append(out, text, pos, le, para)
    for i, s in enumerate(out):
        s.index = i
    return out


def _sentence_end_marks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """`_SENT_END_RE.finditer(text, start, end)`: a match opens at a mark."""
    return matches_at(_SENT_END_RE, text, positions(text, _END_MARKS, start, end), end)


def positions(text: str, needles: Iterable[str], start: int = 0, end: int = -1) -> list[int]:
    """Where one of `needles` (characters of a string, or substrings) starts in
    `text[start:end]`, in order."""
    end = len(text) if end < 0 else end
    out: list[int] = []
    for needle in needles:
        at = text.find(needle, start, end)
        while at >= 0:
            out.append(at)
            at = text.find(needle, at + 1, end)
    out.sort()
    return out


def matches_at(
    pattern: re.Pattern[str], text: str, starts: list[int], end: int
) -> list[re.Match[str]]:
    """`pattern.finditer(text, 0, end)` for a pattern that matches only at one of `starts`
    (in order), and never empty: tried only there. The regex engine steps through a
    text one character at a time when a pattern opens with no literal it can skip to (or
    with a character set, in a text with curly quotes: most articles), while `str.find`
    jumps to the next mark."""
    out: list[re.Match[str]] = []
    pos = 0
    for at in starts:
        if at < pos:
            continue
        m = pattern.match(text, at, end)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], para))
