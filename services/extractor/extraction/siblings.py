"""Names in a semicolon list whose siblings are organizations: in `The companies named
are: X LLC; Y Trade LLC; Z Snab; and W Cargo KG`, Z has no company form the extractor
knows, but it stands where its siblings do, so it is one too."""

from __future__ import annotations

import re
from typing import Final

from .discourse import NOT_NAME, Mention
from .gazetteer import Gazetteer
from .orgs import NAME_SEQ, add_org
from .text import Sentence, Token

# where an item starts: after the list's colon, or after a semicolon (and its "and")
_ITEM_START_RE: Final = re.compile(r"(?:^|:\s+|;\s+(?:and\s+|or\s+)?)(?:the\s+)?")
# the item's name: capitalised words up to a comma, a semicolon, a bracket or the end
_ITEM_NAME_RE: Final = re.compile(rf"({NAME_SEQ})(?=\s*(?:[,;(]|\.?$))")
_MIN_SIBLINGS: Final = 2


def add_list_siblings(
    sent: Sentence, tokens: list[Token], out: list[Mention], gz: Gazetteer
) -> None:
    text, base = sent.text, sent.start
    if "; " not in text:
        return
    starts = [m.end() for m in _ITEM_START_RE.finditer(text) if m.end() > 0]
    if len(starts) < 2:
        return
    orgs = {m.start - base for m in out if m.kind == "organization" and m.is_actor}
    known = [at for at in starts if at in orgs]
    if len(known) < _MIN_SIBLINGS and len(known) < len(starts) - 1:
        return
    for at in starts:
        if at in orgs:
            continue
        nm = _ITEM_NAME_RE.match(text, at)
        if nm is None:
            continue
        raw = nm.group(1)
        words = raw.split()
        if words[0] in NOT_NAME or len(words) > 6 or gz.lookup(raw) is not None:
            continue
        mn = add_org(sent, tokens, out, gz, raw, base + at)  # none where a name is already read
        if mn is not None and mn.via == "pattern":
            mn.via = "list"
