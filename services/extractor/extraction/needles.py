"""Many substrings looked for in one pass over a text (Aho-Corasick, pyahocorasick).

The rules gate their regexes on cue substrings ("circumvent", "front", "among th", ...):
`any(w in text for w in words)` reads the sentence once a word, and the longest lists
have eighty. An automaton reads it once for all of them, in C (about 30 instructions a
character, so a list of fewer than some twenty words is quicker to test word by word).
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick


class Needles:
    """A fixed set of substrings: `any_in(text)` is `any(w in text for w in words)`, and
    `found_in(text)` the set of those words the text holds."""

    __slots__ = ("_automaton", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words: tuple[str, ...] = tuple(dict.fromkeys(words))
        assert self.words and all(self.words), "no empty needle: it is in every text"
        automaton = ahocorasick.Automaton()
        for i, word in enumerate(self.words):
            automaton.add_word(word, i)
        automaton.make_automaton()
        self._automaton = automaton

    def any_in(self, text: str) -> bool:
        for _match in self._automaton.iter(text):
            return True
        return False

    def found_in(self, text: str) -> set[str]:
        words = self.words
        return {words[i] for _end, i in self._automaton.iter(text)}
