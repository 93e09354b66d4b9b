"""`the country` in what a state says is that state: `Its foreign ministry said that the
country had never had arms dealings with Russia`, `Iran's spokesman said the country has
not supplied any drones` (a state's voice, or an official's whose state is known)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from .attribution import Frame
from .discourse import Discourse, Mention
from .gazetteer import Gazetteer
from .text import Sentence, Token

_THE_COUNTRY_RE: Final = re.compile(r"\bthe country\b(?!['’]s)")
_REACH: Final = 120  # chars from the report verb to "the country"


def add_speaker_country(
    sent: Sentence,
    tokens: list[Token],
    mentions: list[Mention],
    frames: list[Frame],
    gz: Gazetteer,
    state: Discourse,
) -> None:
    if "country" not in sent.lows or not frames:
        return
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    for m in _THE_COUNTRY_RE.finditer(sent.text):
        at, end = sent.start + m.start(), sent.start + m.end()
        said = [
            f
            for f in frames
            if f.speaker and f.mention is not None and f.pos < at <= f.pos + _REACH
        ]  # (a speaker named here: not one the frame finder carried over)
        if not said or any(x.start < end and at < x.end for x in mentions):
            continue
        name = _state_of(str(said[-1].speaker), gz, state)
        if name is None:
            continue
        ts = bisect_left(starts, at)
        te = bisect_right(ends, end)
        mentions.append(Mention(at, end, ts, te, name, "country", "government", name, via="coref"))
        mentions.sort(key=lambda x: x.start)


def _state_of(speaker: str, gz: Gazetteer, state: Discourse) -> str | None:
    entry = gz.lookup(speaker)
    if entry is not None and entry.kind == "country":
        return entry.name
    return state.speaker_states.get(speaker)
