"""What the whole article settles about its claims once every sentence has been read."""

from __future__ import annotations

from typing import Final

from .attribution import settle_sources
from .cases import case_sources, denials_speak_for_themselves
from .discourse import Discourse
from .gazetteer import Gazetteer
from .interviews import settle_interview
from .lede import settle_described, settle_described_person
from .lexicon import COMPONENT_WORDS, WAR_MATTER_WORDS, WORD_RE
from .merge import Candidate
from .roles import RUSSIA
from .sanctioning_powers import drop_powers_as_suppliers
from .text import Token
from .wordset import word_set

_COMPONENTS: Final = "component_supply"
# the categories of trade statistics; a part that arms (chips, engines) is named otherwise
_BROAD_GOODS: Final = word_set(
    "machinery electronics equipment goods products items technology technologies materials"
)
_SPECIFIC_PARTS: Final = COMPONENT_WORDS - _BROAD_GOODS
_STATE_KINDS: Final = word_set("country group")
_TRADE_NOUNS: Final = word_set("trade exports imports purchases sales turnover")


def settle_article(
    cands: dict[tuple[str, str, str], Candidate],
    state: Discourse,
    gz: Gazetteer,
    text: str,
    own_production: bool,
    release: str | None,
    tokens: list[Token],
) -> None:
    """`own_production`: a sentence said Russia makes drones itself; `release`: the
    government whose release the article is; `tokens`: the article's."""
    if any(k[1] == _COMPONENTS for k in cands) and not _names_war_matter(tokens):
        # "Russian purchases of Chinese machinery and electronics" in a report on trade that
        # names no weapon, drone or army: commerce, not a claim about equipping Russia's war
        for key in [k for k, c in cands.items() if k[1] == _COMPONENTS and _a_states_trade(c)]:
            del cands[key]
    if own_production and all(k[0] == RUSSIA for k in cands):
        # "Russia now produces its own version" in a report of an attack: background;
        # a claim where the article is about who else arms or equips Russia
        cands.pop((RUSSIA, "drone_production", "asserted"), None)
    settle_described(cands, state)
    settle_described_person(cands)
    settle_sources(cands, gz, state, text)
    settle_interview(cands, state)
    case_sources(cands, state, gz)
    denials_speak_for_themselves(cands, gz)
    if release is not None:  # a government's release speaks for that government
        for c in cands.values():
            if c.fields["source"] is None and c.fields["stance"] == "asserted":
                c.fields["source"] = release
    drop_powers_as_suppliers(cands, gz)


def _names_war_matter(tokens: list[Token]) -> bool:
    for k, t in enumerate(tokens):
        if t.low in WAR_MATTER_WORDS:
            return True
        if t.low == "priority" and any(u.low == "high" for u in tokens[max(0, k - 2) : k]):
            return True  # "common high priority" goods: the parts of Russia's weapons
    return False


def _a_states_trade(c: Candidate) -> bool:
    """Whether the claim is a state's trade (not a named firm's deal) told by a noun of
    trade ("purchases of", "exports of") in goods named by a category of trade only."""
    if c.fields["subject_kind"] not in _STATE_KINDS or c.fields["stance"] != "asserted":
        return False  # (a "trade ministry" that rejects the accusations denies them)
    for claim in [c.fields, *c.others]:
        words = WORD_RE.findall(str(claim["evidence"]).lower())
        if _TRADE_NOUNS.isdisjoint(words) or not _SPECIFIC_PARTS.isdisjoint(words):
            return False
    return True
