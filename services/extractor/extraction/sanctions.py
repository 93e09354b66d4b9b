"""sanctions_imposed: who is sanctioned (the subject) and by whom (the source)."""

from __future__ import annotations

import re

from .mentions import Mention
from .roles import RUSSIA
from .triggers import Trigger, clause_bounds

_TARGET_PREPS = frozenset({None, "on", "against", "including", "as"})
_AUTHORITY_ROLES = frozenset({"government", "capital", ""})
_PASSIVE_LEFT_RE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|under|faces?|facing|already|also)\s+(?:\w+\s+){0,3}$",
    re.I,
)
_RIGHT_LIMIT = 200
_LIST_GAP_RE = re.compile(
    r"^(?:\s*\([^)]{0,80}\))?\s*(?:,|;)?\s*(?:and|or|as well as|&|including)?\s*(?:the\s+)?$",
    re.I,
)


def _authority(trig: Trigger, mentions: list[Mention], text: str, base: int,
               lo: int) -> str | None:
    # "by X" after a passive
    for m in mentions:
        if m.start >= trig.end and m.prep == "by" and m.start - trig.end < 40:
            return m.country if m.kind == "adjective" else m.name
    left = [m for m in mentions if base + lo <= m.start and m.end <= trig.start]
    for m in reversed(left):
        if m.kind == "adjective" and m.country and trig.start - m.end <= 12:
            return m.country  # "U.S. sanctions", "British sanctions"
        if m.kind in ("country", "organization") and m.prep is None and not m.in_apposition and (
            m.kind == "country" or m.role == "government"
        ):
            return m.name
    return None


def sanction_claims(
    trig: Trigger, mentions: list[Mention], text: str, base: int, impose_verb: bool
) -> list[tuple[Mention, str | None]]:
    lo, hi = clause_bounds(text, trig.start - base)
    word = trig.word.lower()
    authority = _authority(trig, mentions, text, base, lo)
    targets: list[Mention] = []
    compound = trig.start > base and text[trig.start - base - 1] == "-"  # "U.S.-sanctioned"
    right = [
        m for m in mentions
        if m.start >= trig.end and m.end <= base + hi and m.start - trig.end < _RIGHT_LIMIT
        and m.is_actor and not m.in_apposition
    ]
    if compound:
        if right and right[0].kind == "organization" and right[0].start - trig.end < 3:
            targets.append(right[0])
    else:
        left_text = text[max(0, trig.start - base - 40) : trig.start - base]
        if word.startswith("sanctioned") or word.startswith("blacklisted") or word.startswith(
            "designat"
        ):
            if _PASSIVE_LEFT_RE.search(left_text) or left_text.rstrip().endswith(","):
                prior = [m for m in mentions if m.end <= trig.start and m.is_actor
                         and m.prep is None and not m.in_apposition]
                if prior:
                    targets.append(prior[-1])
        if word.startswith("sanction") and not targets and _PASSIVE_LEFT_RE.search(left_text) \
                and "under" in left_text[-15:].lower():
            prior = [m for m in mentions if m.end <= trig.start and m.is_actor and m.prep is None]
            if prior:
                targets.append(prior[-1])
        if not targets:
            chain_end = trig.end
            for m in right:
                if m.prep not in _TARGET_PREPS:
                    if m.prep in ("in", "from", "based") and targets:
                        continue
                    if not targets:
                        continue
                    break
                gap = text[chain_end - base : m.start - base]
                if targets and not _LIST_GAP_RE.match(gap):
                    break
                if not targets and len(gap) > 80 and m.prep not in ("on", "against", "including"):
                    break
                targets.append(m)
                chain_end = m.end
    out: list[tuple[Mention, str | None]] = []
    for t in targets:
        name = t.country if t.kind == "adjective" else t.name
        if name is None or name == authority or t.role in ("media", "research"):
            continue
        if name == RUSSIA and not impose_verb:
            continue
        out.append((t, authority))
    return out
