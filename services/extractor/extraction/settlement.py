"""What the whole article settles about its claims once every sentence has been read."""

from __future__ import annotations

from .attribution import settle_sources
from .cases import case_sources, denials_speak_for_themselves
from .discourse import Discourse
from .gazetteer import Gazetteer
from .lede import settle_described, settle_described_person
from .merge import Candidate
from .roles import RUSSIA


def settle_article(
    cands: dict[tuple[str, str, str], Candidate],
    state: Discourse,
    gz: Gazetteer,
    text: str,
    own_production: bool,
    release: str | None,
) -> None:
    """`own_production`: a sentence said Russia makes drones itself; `release`: the
    government whose release the article is."""
    if own_production and all(k[0] == RUSSIA for k in cands):
        # "Russia now produces its own version" in a report of an attack: background;
        # a claim where the article is about who else arms or equips Russia
        cands.pop((RUSSIA, "drone_production", "asserted"), None)
    settle_described(cands, state)
    settle_described_person(cands)
    settle_sources(cands, gz, state, text)
    case_sources(cands, state, gz)
    denials_speak_for_themselves(cands, gz)
    if release is not None:  # a government's release speaks for that government
        for c in cands.values():
            if c.fields["source"] is None and c.fields["stance"] == "asserted":
                c.fields["source"] = release
