"""Word lists written as one whitespace-separated string, and a sentence's lower-cased words
tested against them by bit masks.

Every rule gates its regexes on `lows.isdisjoint(SOME_WORDS)`, some fifty times a sentence.
A frozenset answers that with a hash lookup per word of the smaller set; `LowWords`
answers it with one bit test: each word list made by `word_set` gets a bit, and a sentence's
words get the union of the bits of the lists that hold them, once per sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

_BIT_OF_SET: Final[dict[int, int]] = {}  # id(a word list) -> its bit
_BITS_OF_WORD: Final[dict[str, int]] = {}  # a word -> the bits of the lists that hold it
# every word list, kept alive so that no other object ever takes its id
_LISTS: Final[list[frozenset[str]]] = []


def word_set(text: str) -> frozenset[str]:
    """The words of `text`; call it at import only (a sentence read before a list was made
    would miss that list's bit)."""
    return word_set_of(text.split())


def word_set_of(items: Iterable[str]) -> frozenset[str]:
    """`word_set` of words already split (unions of other lists, say)."""
    words = frozenset(items)
    bit = 1 << len(_LISTS)
    _LISTS.append(words)
    _BIT_OF_SET[id(words)] = bit
    for word in words:
        _BITS_OF_WORD[word] = _BITS_OF_WORD.get(word, 0) | bit
    return words


class LowWords:
    """A sentence's lower-cased words: a frozenset's `in` and `isdisjoint`, the latter a bit
    test for the lists `word_set` made (and the set's own test for any other set)."""

    __slots__ = ("mask", "words")

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        mask = 0
        for word in words:
            bits = _BITS_OF_WORD.get(word)
            if bits is not None:
                mask |= bits
        self.mask = mask

    def isdisjoint(self, other: frozenset[str]) -> bool:
        bit = _BIT_OF_SET.get(id(other))
        if bit is None:
            return self.words.isdisjoint(other)
        return not self.mask & bit

    def __contains__(self, word: str) -> bool:
        return word in self.words


NO_WORDS: Final = LowWords(frozenset())
