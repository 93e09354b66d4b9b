"""A word's start, written after the word's first letter for a regex that would open with
`\\b`: the regex engine tries a pattern that opens with `\\b` (or any lookaround) at every
position of the text, while one that opens with a letter or a set of letters lets it skip to
those letters first (a third to a half of such a scan).

`[Tt]{WORD_START}he` matches what `\\b[Tt]he` does: a letter is a word character, so the
boundary before it is the lack of one there, which the lookbehind checks from behind the
letter (at the text's start there is nothing to look at, and the boundary holds)."""

from __future__ import annotations

from typing import Final

WORD_START: Final = r"(?<!\w.)"
