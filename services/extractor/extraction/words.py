"""A word view of a sentence for fast dictionary lookups (no regex alternations).

Hyphenated compounds ("dual-use", "Iranian-designed", "mass-produce") are merged into
one word; `last` is the part after the last hyphen.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import Token


@dataclass(slots=True)
class Word:
    low: str  # lower-cased, hyphen parts joined with "-"
    last: str  # the last hyphen part (== low when there is no hyphen)
    first_tok: int
    end_tok: int  # exclusive
    start: int  # absolute char offsets
    end: int


def word_view(tokens: list[Token]) -> list[Word]:
    if all(t.text != "-" for t in tokens):  # the common case: no compounds to merge
        return [
            Word(t.low, t.low, i, i + 1, t.start, t.end)
            for i, t in enumerate(tokens)
            if t.text[0].isalnum()
        ]
    out: list[Word] = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if not (t.text[0].isalnum()):
            i += 1
            continue
        j = i + 1
        # merge "a-b-c" when the parts touch
        while (
            j + 1 < n
            and tokens[j].text == "-"
            and tokens[j].start == tokens[j - 1].end
            and tokens[j + 1].start == tokens[j].end
            and tokens[j + 1].text[0].isalnum()
        ):
            j += 2
        if j == i + 1:
            low = t.low
            out.append(Word(low, low, i, j, t.start, t.end))
        else:
            parts = [tokens[k].low for k in range(i, j, 2)]
            out.append(Word("-".join(parts), parts[-1], i, j, t.start, tokens[j - 1].end))
        i = j
    return out
