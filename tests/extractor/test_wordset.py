"""`LowWords` answers `in` and `isdisjoint` as the frozenset it wraps does: by a bit test for
the word lists `word_set` made, and by the set's own test for any other set."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from services.extractor.extraction.lexicon import DENIAL_WORDS, SANCTION_TOKENS
from services.extractor.extraction.wordset import LowWords, word_set, word_set_of

_VOCABULARY = ["drones", "sanctions", "denied", "shipped", "the", "chips", "Iran", "iran", "x"]
# made at import, as the rule modules make theirs; the last two share words
_SMALL = word_set("drones chips")
_UNION = word_set_of(_SMALL | {"the"})
_LISTS = [_SMALL, _UNION, DENIAL_WORDS, SANCTION_TOKENS]


@given(st.frozensets(st.sampled_from(_VOCABULARY)))
def test_isdisjoint_agrees_with_the_set_for_every_list(words: frozenset[str]) -> None:
    low = LowWords(words)
    for listed in _LISTS:
        assert low.isdisjoint(listed) == words.isdisjoint(listed)
    unlisted = frozenset({"the", "Iran"})  # no bit: the set's own test
    assert low.isdisjoint(unlisted) == words.isdisjoint(unlisted)
    assert low.isdisjoint(frozenset()) and LowWords(frozenset()).isdisjoint(_SMALL)


@given(st.frozensets(st.sampled_from(_VOCABULARY)), st.sampled_from(_VOCABULARY))
def test_contains_is_the_sets(words: frozenset[str], word: str) -> None:
    assert (word in LowWords(words)) == (word in words)


def test_a_sentence_with_a_listed_word_meets_each_list_that_holds_it() -> None:
    low = LowWords(frozenset(["the", "firm", "denied", "it"]))
    assert not low.isdisjoint(DENIAL_WORDS)
    assert not low.isdisjoint(_UNION)  # by "the"
    assert low.isdisjoint(_SMALL)
