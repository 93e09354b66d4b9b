"""Amounts: money with scale words, counts of things, approximations."""

from __future__ import annotations

import re
from typing import Final

from shared.events import Quantity

from .lexicon import SMALL_NUMBERS, any_word_in
from .wordset import word_set

_SCALE: Final = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_WORDS: Final = {
    **SMALL_NUMBERS,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "two dozen": 24,
    "a few dozen": 36,
    "several dozen": 36,
    "dozens": 24,
    "hundreds": 100,
    "thousands": 1000,
    "tens of thousands": 10000,
    "millions": 1e6,
    "a thousand": 1000,
}
_CURRENCY: Final = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}
_CURRENCY_WORDS: Final = {
    "dollars": "USD",
    "usd": "USD",
    "euros": "EUR",
    "eur": "EUR",
    "pounds sterling": "GBP",
    "rubles": "RUB",
    "roubles": "RUB",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "rials": "IRR",
}
_APPROX: Final = (
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|over|more than|less than|"
    r"fewer than|up to|at least|at most|as many as|as much as|an estimated|estimated|close to|"
    r"upwards of|tens of|well over)\s+)?"
)
_NUM: Final = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM: Final = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
_SCALES: Final = r"thousand|million|billion|trillion|mln|bn|mn|tn|[kmb](?![a-z])"
_CURRENCY_WORD_FORMS: Final = (
    "dollars",
    "USD",
    "euros",
    "EUR",
    "rubles",
    "roubles",
    "yuan",
    "renminbi",
    "rials",
)
MONEY_RE: Final = re.compile(
    rf"(?<![\w])(?i:{_APPROX})(?P<cur>US\$|[$€£¥])\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALES}))?"
    rf"|(?i:{_APPROX})(?P<num2>{_NUM})(?:\s?(?P<scale2>{_SCALES}))?\s+"
    rf"(?P<curw>{'|'.join(_CURRENCY_WORD_FORMS)})\b"
)
COUNT_RE: Final = re.compile(
    rf"(?<![\w$€£.,-])(?i:{_APPROX})(?P<num>{_NUM}|(?i:{_WORDNUM}))(?:\s+(?P<scale>thousand|million|billion))?"
    rf"(?:\s+of)?\s+(?P<mods>(?:(?:[A-Z][\w'’-]*|[a-z][\w'-]*)\s+){{0,3}}?)"
    rf"(?P<unit>[a-z][a-z-]{{2,}}s|[A-Z][a-z]+(?:ians|ans|ese|is)|personnel|ammunition|"
    rf"artillery|equipment|materiel)\b"
)
# a currency sign or word, one of which every match of MONEY_RE holds (case-sensitive)
_MONEY_NEEDS: Final = ("$", "€", "£", "¥", *_CURRENCY_WORD_FORMS)
_BAD_UNITS: Final = word_set(
    """years months weeks days hours minutes seconds times percent cents dollars euros rubles
    others ones parts decades centuries kilometers kilometres miles pounds tons tonnes meters
    metres feet inches kilograms kg"""
)
_BAD_MODS: Final = word_set("of the a an and or to in on at by for with from per")
_OF_RE: Final = re.compile(r"\s+of\b")
_NEXT_NOUN_RE: Final = re.compile(r"[ \t]+([a-z][a-z-]{2,}s)\b")
_NOT_NOUNS: Final = word_set(
    """was has its this thus plus across less unless always perhaps whereas besides towards
    afterwards is has does goes"""
)


def _num(raw: str) -> float:
    low = raw.lower()
    if low in _WORDS:
        return float(_WORDS[low])
    return float(raw.replace(",", ""))


# where a number can start: digits, currency signs, number words (cheap to scan for);
# "(?:US\$|[$€£¥])\s?\d|\d[\d,.]*" with its first character as a class, which the regex
# engine skips ahead to (three times quicker than trying the branches at every position)
_DIGIT_ANCHOR_RE: Final = re.compile(r"[U$€£¥\d](?:(?<=U)S\$\s?\d|(?<=[$€£¥])\s?\d|(?<=\d)[\d,.]*)")
_DIGIT_RE: Final = re.compile(r"\d")  # in every anchor, and much quicker to rule out
# where a number word starts, in the lower-cased text: a scale word anywhere ("dozens"),
# a small number as a whole word
_SCALE_ANCHORS: Final = ("dozen", "hundred", "thousand", "million")
_SMALL_ANCHORS: Final = tuple(
    word_set(
        """one two three four five six seven eight nine ten eleven twelve fifteen twenty
        thirty forty fifty"""
    )
)


def _word_anchors(low: str) -> list[int]:
    """Where the number words start in `low` (in no order): the matches of the regex
    `dozen|hundred|thousand|million|\\b(?:one|...|fifty)\\b`, found with str.find (no two
    of them can overlap, so each occurrence is one), several times quicker."""
    out: list[int] = []
    for word in _SCALE_ANCHORS:
        at = low.find(word)
        while at >= 0:
            out.append(at)
            at = low.find(word, at + len(word))
    for word in _SMALL_ANCHORS:
        at = low.find(word)
        while at >= 0:
            if _whole_word(low, at, at + len(word)):
                out.append(at)
            at = low.find(word, at + 1)
    return out


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether word boundaries (a regex's `\\b`) stand at `start` and `end`."""
    return (start == 0 or not _is_word_char(text[start - 1])) and (
        end == len(text) or not _is_word_char(text[end])
    )


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what `\\w` reads


_NUMBER_WORDS: Final = word_set(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty dozen dozens hundred hundreds thousand thousands million millions"""
)
_APPROX_PHRASES: Final = (
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
    "more than",
    "less than",
    "fewer than",
    "up to",
    "at least",
    "at most",
    "as many as",
    "as much as",
    "an estimated",
    "estimated",
    "close to",
    "upwards of",
    "tens of",
    "well over",
)
_APPROX_TAIL_RE: Final = re.compile(
    rf"(?:{'|'.join(_APPROX_PHRASES)})"
    r"\s+(?:a\s+(?=dozen)|a\s+few\s+(?=dozen)|several\s+(?=dozen))?$",
    re.IGNORECASE,
)


def _approx_tail_at(window: str, tail_text: str) -> int:
    """Where `_APPROX_TAIL_RE.search(window)` starts, or -1; `tail_text` is `_tail(window)`.
    The window is a slice, so no "dozen" follows it: a match is a phrase and the spaces at
    the window's end, found by the phrases that end `tail_text`."""
    if len(tail_text) != len(window.rstrip()) or "ı" in tail_text or "ſ" in tail_text:
        tail = _APPROX_TAIL_RE.search(window)  # (lower-casing moved or hid a letter)
        return tail.start() if tail is not None else -1
    ends = [len(tail_text) - len(p) for p in _APPROX_PHRASES if tail_text.endswith(p)]
    return min(ends) if ends else -1


_ARTICLE_TAIL_RE: Final = re.compile(
    r"(?:\ba|\ba few|\bseveral|\btwo|\btens of)\s+$", re.IGNORECASE
)
# The two tail patterns match whitespace at the end of their window after one of these
# endings; a `$`-anchored search tries every start in the window, so the ending is
# checked first.
_APPROX_ENDINGS: Final = tuple(
    word_set(
        """about around approximately roughly nearly almost some over than to least most as
        estimated of a few several"""
    )
)
_ARTICLE_ENDINGS: Final = ("a", "few", "several", "two", "of")


def _tail(window: str) -> str:
    """The window without its trailing whitespace, lower-cased; "" if it has none."""
    return window.rstrip().lower() if window[-1:].isspace() else ""


def _money(m: re.Match[str]) -> Quantity:
    num = m.group("num") or m.group("num2")
    scale = (m.group("scale") or m.group("scale2") or "").lower()
    cur = _CURRENCY.get(m.group("cur") or "", "") or _CURRENCY_WORDS.get(
        (m.group("curw") or "").lower(), "USD"
    )
    value = _num(num) * _SCALE.get(scale, 1.0)
    return Quantity(text=m.group().strip(), value=value, unit=cur)


def _count(m: re.Match[str], text: str) -> tuple[Quantity, int] | None:
    unit = m.group("unit")
    mods = m.group("mods").split()
    if unit.lower() in _BAD_UNITS or any(
        w.lower() in _BAD_MODS or w.lower() in _NUMBER_WORDS or w[0].isdigit() for w in mods
    ):
        return None  # (a second number among the words: "One supplier sent two batches")
    raw = m.group("num")
    if raw.lower() == "one" and _OF_RE.match(text, m.end("num")):
        return None  # "one of its closest partners": which one, not how many
    if re.fullmatch(r"(?:1[89]|20)\d\d", raw) and not mods:
        return None  # a year
    end = m.end()
    nxt = _NEXT_NOUN_RE.match(text, end)
    if nxt is not None and nxt.group(1) not in _NOT_NOUNS:
        unit, end = nxt.group(1), nxt.end()
    value = _num(raw) * _SCALE.get((m.group("scale") or "").lower(), 1.0)
    if m.group().lower().startswith("tens of"):  # "tens of thousands": at least ten of them
        value *= 10
    return Quantity(text=text[m.start() : end].strip(), value=value, unit=unit.lower()), end


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in a sentence, left to right.

    The full patterns start with optional approximation words, which defeats the regex
    engine's prefix scan; so find where numbers are first, then try the patterns only at
    the few word starts just before each.
    """
    out: list[Quantity] = []
    taken_end = -1
    anchors = [a.start() for a in _DIGIT_ANCHOR_RE.finditer(text)] if _DIGIT_RE.search(text) else []
    lowered = text.lower()
    if not _NUMBER_WORDS.isdisjoint(lowered.replace(",", " ").replace(".", " ").split()):
        if len(lowered) != len(text):  # a character that lower-cases to two ("İ")
            lowered = "".join([c.lower()[0] for c in text])
        anchors = sorted(anchors + _word_anchors(lowered))
    money_possible = bool(anchors) and any_word_in(text, _MONEY_NEEDS)
    for p in anchors:
        if p < taken_end:
            continue
        lo = max(0, p - 40, taken_end)
        left = text[lo:p]
        starts = [p]
        tail_text = _tail(left)
        art = _ARTICLE_TAIL_RE.search(left) if tail_text.endswith(_ARTICLE_ENDINGS) else None
        if art is not None:  # "a dozen", "tens of thousands"
            starts.insert(0, lo + art.start())
            tail_text = _tail(text[lo : starts[0]])
        window = text[lo : starts[0]]
        tail_at = _approx_tail_at(window, tail_text) if tail_text.endswith(_APPROX_ENDINGS) else -1
        if tail_at >= 0:
            starts.insert(0, lo + tail_at)
        for s in starts:
            money = MONEY_RE.match(text, s) if money_possible else None
            if money is not None and money.end() > p:
                out.append(_money(money))
                taken_end = money.end()
                break
            count = COUNT_RE.match(text, s)
            if count is not None and count.end() > p:
                got = _count(count, text)
                if got is not None:
                    out.append(got[0])
                    taken_end = got[1]
                    break
    return out
