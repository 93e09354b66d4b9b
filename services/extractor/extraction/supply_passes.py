"""The supply and production claims read outside the trigger route: goods named by where
they were made, transfers named by a noun ("shipments of Iranian drones to Moscow"),
Russia's own production said outright, and a list of Russia's suppliers."""

from __future__ import annotations

import re
from typing import Final

from .aided_production import aided_producers, may_aid
from .claims import make_claim, sector_type
from .discourse import Mention
from .gazetteer import Gazetteer
from .merge import ClaimPool
from .origins import origin_claims
from .own_production import russia_produces
from .roles import RUSSIA
from .sentence_context import SentenceContext
from .site_statements import stated_sites
from .transfers import transfer_claims

_SUPPLIERS_RE: Final = re.compile(
    r"^(?:(?:The|Its|Their|Russia's|Moscow's|Russia’s|Moscow’s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"[Ss]uppliers\s+(?:[\w-]+\s+){0,3}?(?:include|included|includes|are|were|comprise)\b"
)


def add_origin_claims(s: SentenceContext, pool: ClaimPool) -> None:
    sent = s.sent
    supplied = origin_claims(sent.text, sent.start, s.lows, s.mentions, s.linked)
    if s.may:
        supplied += transfer_claims(sent.text, sent.start, s.lows, s.mentions)
    for mn, ctype in supplied:
        claim = make_claim(sent, mn, ctype, "asserted", s.source, RUSSIA, s.products, 0, False)
        pool.add(claim)


def add_own_production(s: SentenceContext, pool: ClaimPool) -> bool:
    """True when the sentence says Russia makes drones itself."""
    sent = s.sent
    if not russia_produces(sent.text, s.lows):
        return False
    russia = Mention(sent.start, sent.start + 1, 0, 1, RUSSIA, "country", "", RUSSIA)
    claim = make_claim(
        sent,
        russia,
        "drone_production",
        "asserted",
        s.source,
        None,
        s.products,
        0,
        False,
    )
    pool.add(claim)
    return True


def add_aided_production(s: SentenceContext, pool: ClaimPool) -> None:
    """`Iran helped Russia set up production lines`: the helper's part in the production."""
    sent = s.sent
    if not (s.context_linked and may_aid(s.lows)):
        return  # (aided_producers' own gate, before the speakers' set is built)
    speakers = {id(f.mention) for f in s.frames if f.mention is not None}
    found = aided_producers(sent.text, sent.start, s.lows, s.mentions, speakers, bool(s.products))
    for mn, aided in found:
        recipient = aided or RUSSIA
        if mn.name == recipient:
            continue
        claim = make_claim(
            sent, mn, "drone_production", "asserted", s.source, recipient, s.products, 0, False
        )
        pool.add(claim)


def add_stated_sites(s: SentenceContext, pool: ClaimPool) -> None:
    """`X houses Russia's main factory for Geran-2 drones`: X makes them."""
    sent = s.sent
    if not s.context_linked:
        return
    for mn in stated_sites(sent.text, sent.start, s.lows, s.mentions, bool(s.products)):
        claim = make_claim(
            sent, mn, "drone_production", "asserted", s.source, RUSSIA, s.products, 0, False
        )
        pool.add(claim)


def add_named_suppliers(s: SentenceContext, gz: Gazetteer, pool: ClaimPool) -> None:
    sent = s.sent
    if s.context_linked and "suppliers" in s.lows and _SUPPLIERS_RE.match(sent.text):
        # "Suppliers included a Shenzhen-based firm, X": each named company supplies
        for mn in s.mentions:
            if mn.kind != "organization" or mn.role != "company" or mn.prep is not None:
                continue
            ctype = sector_type(gz, mn.name) or "component_supply"
            claim = make_claim(sent, mn, ctype, "asserted", s.source, RUSSIA, [], 0, False)
            pool.add(claim)
