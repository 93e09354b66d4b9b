"""Cheap sentence splitting and tokenization that keep character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, chain

from .wordset import word_set

_TOKEN_RE = re.compile(r"\w+(?:'(?!s\b)\w+)*|'s\b|[^\w\s]")
_SPACED_TOKEN_RE = re.compile(rf"(\s*)({_TOKEN_RE.pattern})")
_SENT_END_RE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9$€£])")
_LINE_RE = re.compile(r"[^\n]+")
_ABBREVIATIONS = word_set(
    """mr mrs ms dr st jr sr gen lt col sgt capt gov sen rep prof no co inc ltd corp vs etc
    jan feb mar apr aug sep sept oct nov dec approx dept est fig mt ft u.s u.k u.n e.u
    a.m p.m adm maj cmdr rev hon pres vol op al"""
)


@dataclass(slots=True)
class Token:
    text: str  # normalized (curly apostrophe -> ')
    start: int
    end: int
    low: str = ""
    last: str = ""  # words (see words.py): the part after the last hyphen, else == low


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int = 0
    # filled in by the engine, once per sentence, for the cheap set gates of every stage
    lows: frozenset[str] = frozenset()  # lower-cased tokens
    texts: frozenset[str] = frozenset()  # tokens as written


def normalize_token(raw: str) -> str:
    return raw.replace("’", "'")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (with inner apostrophes), possessive 's, and single punctuation marks."""
    norm = text.replace("’", "'")  # same length: offsets are unchanged
    # every non-space character starts a token, so (spaces, token) pairs cover the text and
    # running sums of their lengths are the offsets: no match object per token
    pairs = _SPACED_TOKEN_RE.findall(norm)
    ends = list(accumulate(map(len, chain.from_iterable(pairs)), initial=offset))
    words = [p[1] for p in pairs]
    lows = list(map(str.lower, words))
    return list(map(Token, words, ends[1::2], ends[2::2], lows, lows))


def _is_abbreviation(text: str, dot_pos: int) -> bool:
    """True when the period at dot_pos ends an abbreviation or an initial."""
    j = dot_pos
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot_pos].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # single initials ("John F. Kennedy") and dotted acronyms ("U.S.", "e.g.")
    return (len(word) == 1 and word.isalpha()) or ("." in word and len(word) <= 5)


_COMPANY_ABBR = ("ltd", "inc", "corp", "co", "llc", "u.s", "u.k")
_OPENERS = word_set(
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
        for m in _SENT_END_RE.finditer(text, ls, le):
            if (
                text[m.start()] == "."
                and m.end() - m.start() == 1
                and _is_abbreviation(text, m.start())
                and not _ends_company_name(text, m.start(), m.end())
            ):
                continue
            _append(out, text, pos, m.end(), para)
            pos = m.end()
        _append(out, text, pos, le, para)
    for i, s in enumerate(out):
        s.index = i
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], para))
