"""Where sentences end: each row a name, a text, and the sentences it splits into."""

from __future__ import annotations

import pytest

from services.extractor.extraction.text import split_sentences

SPLITS = [
    (
        "a_surname_initial_ends_the_sentence",
        "Police detained Oskar N. He had shipped cameras to Russia.",
        ["Police detained Oskar N.", "He had shipped cameras to Russia."],
    ),
    (
        "a_middle_initial_does_not",
        "Prosecutor Helena J. Marsh spoke. The court sat.",
        ["Prosecutor Helena J. Marsh spoke.", "The court sat."],
    ),
    (
        "a_names_last_letter_after_a_hyphen_ends_it",
        "The chips went to a distributor, Elektrokomplekt-M. The items were made in the US.",
        ["The chips went to a distributor, Elektrokomplekt-M.", "The items were made in the US."],
    ),
    (
        "an_initial_before_a_verb_does_not",
        "Oskar N. shipped cameras to Russia.",
        ["Oskar N. shipped cameras to Russia."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in SPLITS], ids=[r[0] for r in SPLITS])
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
