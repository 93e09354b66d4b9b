"""The extraction engine: sentences -> mentions -> triggers -> claims, merged per article.

Each sentence is read once into a SentenceContext (sentence_context.py); the passes then
run over it in a fixed order, since a later pass reads the claims of the earlier ones:
the trigger claims (sentence_claims.py), claims read outside the triggers (supply_passes,
designation_passes), denials of what the article said before (denial_passes). After the
last sentence, settlement.py settles what the whole article tells about its claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path
from typing import Final

from shared.events import ClaimFields

from .denial_passes import (
    add_accused_denials,
    add_bare_denials,
    add_company_denials,
    add_compliance_denials,
    add_refusal_denials,
    deny_controlled_goods,
    deny_later_deliveries,
    drop_answered_bare_denials,
)
from .designation_passes import (
    designate_frozen_owners,
    designate_group_members,
    designate_listed,
    designate_listing_members,
    designate_open_members,
    note_sanctioned_groups,
    read_annex_line,
    share_group_claims,
)
from .discourse import Discourse
from .discourse_notes import note_sentence
from .gazetteer import Gazetteer
from .groups import Group
from .interviews import INTRO_REACH, note_interview
from .issuer import note_issuer
from .learned_claims import ClaimModel, add_learned
from .lede import name_described, name_described_person
from .merge import ClaimPool, finish
from .roles import RUSSIA
from .sentence_claims import sentence_claims
from .sentence_context import SentenceContext, read_sentence
from .settlement import settle_article
from .supplier_parts import add_parts_for_suppliers
from .supply_passes import (
    add_aided_production,
    add_named_suppliers,
    add_origin_claims,
    add_own_production,
    add_stated_sites,
)
from .text import split_sentences, tokenize

# (Russian business dailies may name the war only as Moscow does: "the special military
# operation")
_RUSSIA_RE: Final = re.compile(r"Russia|Moscow|Kremlin|Russian|special military operation")


class Engine:
    def __init__(self, gazetteer: Gazetteer, model: ClaimModel | None = None) -> None:
        self.gz = gazetteer
        self.model = model
        self.russian_orgs = {
            e.name for e in gazetteer.entries if e.country == RUSSIA and e.kind != "country"
        }

    @classmethod
    def load(cls, path: str | Path | None = None, *, learned: bool = False) -> Engine:
        return cls(Gazetteer.load(path), ClaimModel.load() if learned else None)

    def extract(self, text: str) -> list[ClaimFields]:
        if not text or not text.strip():
            return []
        if not _RUSSIA_RE.search(text):
            return []  # every claim is about Russia's war: most news needs no further reading
        gz = self.gz
        state = Discourse()
        state.russian_orgs = set(self.russian_orgs)  # and those the article says are Russian
        state.title_end = max(0, text.find("\n"))
        pool = ClaimPool()
        recent_links: list[bool] = []
        group_claims: list[tuple[int, dict[str, object]]] = []  # (sentence, claim)
        groups: list[Group] = []  # sanctioned groups whose members may be named later
        carry: str | None = None
        carry_para = -1
        own_production = False  # a sentence said Russia makes drones itself
        title_linked = False
        release: str | None = None
        inferred: list[tuple[str, str, str]] = []  # the last sentence's bare denials
        inferred_para = -1
        lined = "\n" in text.rstrip()  # lines of their own: headings, annex items
        all_tokens = tokenize(text)
        starts = [t.start for t in all_tokens]
        model = self.model
        pending: list[SentenceContext] = []  # for the learned model (learned_claims.py)
        for sent in split_sentences(text):
            tokens = all_tokens[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
            if not tokens:
                continue
            recently_linked = any(recent_links[-3:]) or title_linked
            s = read_sentence(sent, tokens, gz, state, recently_linked, carry, carry_para)
            if model is not None and s.may:
                pending.append(s)
            release = note_issuer(s, state, release)
            read_annex_line(s, state, pool, text, lined)
            if s.may:
                claims = sentence_claims(s, state, gz)
                for claim in claims:
                    pool.add(claim)
                s.made.extend(claims)
                group_claims += [(sent.index, c) for c in claims if c["subject_kind"] == "group"]
                deny_controlled_goods(s, claims, pool)
                deny_later_deliveries(s, claims, pool)
            add_origin_claims(s, pool)
            own_production = add_own_production(s, pool) or own_production
            share_group_claims(s, group_claims, pool)
            add_named_suppliers(s, gz, pool)
            add_stated_sites(s, pool)
            add_aided_production(s, pool)
            designate_open_members(s, state, pool)
            designate_group_members(s, groups, pool)
            note_sanctioned_groups(s, groups)
            designate_listed(s, state, pool)
            designate_listing_members(s, state, pool)
            designate_frozen_owners(s, state, pool)
            new_inferred = add_bare_denials(s, state, pool)
            add_compliance_denials(s, gz, pool)
            add_refusal_denials(s, gz, pool)
            add_company_denials(s, state, gz, pool)
            add_accused_denials(s, state, pool)
            drop_answered_bare_denials(s, inferred, pool, inferred_para)
            inferred, inferred_para = new_inferred, sent.paragraph
            name_described(pool.cands, sent, s.mentions, state)
            name_described_person(pool.cands, sent, s.mentions, state)
            note_sentence(s, state)
            if sent.index <= INTRO_REACH or state.qa_cued:
                note_interview(s, state)
            carry, carry_para = s.source, sent.paragraph
            if not recent_links:  # "Chinese parts in new Geran-2 drones": Russia's weapon
                title_linked = s.linked or any(
                    m.entry.kind == "product" and m.entry.country == RUSSIA for m in s.matches
                )
            recent_links.append(s.linked)
        add_parts_for_suppliers(state, pool)
        settle_article(pool.cands, state, gz, text, own_production, release, all_tokens)
        if model is not None and pending and pool.cands:  # after the rules, adding only
            for claim in add_learned(model, pending, set(pool.cands)):
                pool.add(claim)
        return finish(pool.cands)
