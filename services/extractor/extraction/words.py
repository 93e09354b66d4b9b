"""A word view of a sentence for fast dictionary lookups (no regex alternations).

A word is a token with no punctuation; hyphenated compounds ("dual-use",
"Iranian-designed", "mass-produce") are merged into one word whose `last` is the part
after the last hyphen. Plain tokens already are words (their `last` is their `low`), so
the common case allocates nothing.
"""

from __future__ import annotations

from .text import Sentence, Token

Word = Token


def word_view(sent: Sentence, tokens: list[Token]) -> list[Word]:
    if "-" not in sent.text:  # the common case: no compounds to merge
        return [t for t in tokens if t.text[0].isalnum()]
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
            out.append(t)
        else:
            parts = [tokens[k].low for k in range(i, j, 2)]
            text = "-".join(tokens[k].text for k in range(i, j, 2))
            out.append(Token(text, t.start, tokens[j - 1].end, "-".join(parts), parts[-1]))
        i = j
    return out
