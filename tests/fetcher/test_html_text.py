"""clean_text's whitespace rules, checked against their plain definition as regexes."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from services.fetcher.html_text import clean_text

# Spaces and breaks of every kind the text may hold, with a little text between them.
_PIECES = [" ", "  ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2028", "\u3000", "\x0b", "\x1c"]
_PIECES += ["\x85", "\u200a", "a", "bc", "é", "Дрон"]
_SPACES = re.compile(r"[^\S\n]+")
_BREAKS = re.compile(r"\s*\n\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def by_regexes(text: str) -> str:
    """Spaces collapsed within lines, whitespace around breaks collapsed to one break."""
    text = _CONTROL.sub("", text).replace("\u00a0", " ").replace("\r", "\n")
    return _BREAKS.sub("\n", _SPACES.sub(" ", text)).strip()


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_whitespace_as_the_regexes_define_it(text: str) -> None:
    assert clean_text(text, limit=10_000) == by_regexes(text)


def test_lines_keep_one_break_and_lose_their_edges() -> None:
    assert clean_text(" a \t b \r\n\r\n  c\u00a0 d \n\n", limit=100) == "a b\nc d"
    assert clean_text(" a \n b ", limit=100, single_line=True) == "a b"
