"""Claim extraction: pure Python rules and data, no I/O beyond loading the gazetteer.

Usage: ``ex = Extractor.load()`` (bundled gazetteer), then ``ex.extract(text)`` returns
``list[ClaimFields]`` for an article text (title line, blank line, body).

One pass per sentence; modules in pipeline order:

- text: sentence splitting and tokens, with offsets into the article text
- gazetteer: the JSON data file compiled into a token trie (actors, demonyms, products)
- words: hyphen-merged word view for dictionary lookups (lexicon: the word lists)
- mentions, orgs, siblings, institutes, people, introduced, shortnames, coref,
  plural_refs, group_refs, numeral_refs, person_refs, discourse: actor mentions with
  grammatical hints; organizations recognised from their form, from their place in a list
  of organizations, and think tanks from theirs; people; names introduced by `called` /
  `identified as`; the short names an article gives; `the firm` / `this company`, `the two
  companies`, `the three`, `he` / `the suspect`; what the article said so far
- attribution: reporting frames (`X said`, `according to X`, `X denied`); speaker_shapes:
  what looks like a speaker and is none (`Tehran's last confirmed acquisition`, `sources
  in North Korea told`, `said Russia is helping`), and what does (`a source in the SBU
  told`, then `according to the source`); cases: the state whose authorities bring
  the case an article reports speaks for its allegations; speaker_country: `the country`
  in what a state says is that state
- products, quantities: weapon and drone models; amounts with scale words
- sites, site_statements: the named plant where a production happens (`drones at the
  Alabuga plant`), or which a sentence names as the site (`X houses Russia's main factory`)
- triggers: transfer / production / evasion / sanctions / personnel cues and their object
  (presence: nationals `present in Crimea` are at the war; civil_jobs: nationals hired for a
  civilian job are no personnel; trade_figures: a rise in exports of ordinary goods is
  trade, no transfer; verb_objects: information given is no goods, `passed` only hands
  goods to someone, `AI-equipped` is an adjective)
- roles, sanctions, listings, annex: subject and recipient of a trigger; who sanctions
  whom, in sentences, in listing sentences and in annex lists; cotargets: unnamed targets
  added after the named one own the deed told of them; companions: targets named
  `along with` the first; pronoun_sanctioners: the government `it` stands for when it
  sanctions (`The Treasury disagreed. It designated X`); goods_makers: the makers of goods
  a clause moves are no movers; made_then_sent: `manufactured in Iran and subsequently
  transferred`
- origins, transfers: goods named by their origin and found in Russia's weapons; transfers
  named by a noun ("shipments of Iranian drones to Moscow")
- denials, company_denials, accused_denials, refusals, called_false: what a bare denial
  denies; a report called false (`said it was "fake news"`); denials by
  companies' staff; the accused (or their lawyers) denying the charges; states refusing any
  part in sanctions evasion; war_parties: a denial that names the war (`to any party to the
  conflict`, `for use in Ukraine`) is linked to Russia's war
- enforcers: a state's prosecutors or customs bring cases over exports, they make none
- sentence_context: one sentence read once for every pass (mentions, frames, source);
  issuer: the government whose release the article is
- sentence_claims: a trigger's subjects, stance, source and recipient, the plausibility
  filters (possibility: `could provide` is no act; exclusions: a count that leaves a deed out denies
  none), claims (claims: a claim's fields and
  confidence; place_lists: places goods were made in are no evaders; appositive_makers:
  `a Russian enterprise, X, is producing`)
- supply_passes, designation_passes, denial_passes: claims read outside the triggers
  (origins, Russia's own production, supplier lists; aided_production: a state or firm
  helping another make drones; supplier_parts: parts sent to a state
  the article shows arming Russia; sanctions lists and their members;
  denials of what the article said before, unless
  the next sentence says what was denied); civilian: drone trade that is no claim;
  proposals: who drafts a sanctions package; discourse_notes: what a sentence leaves for
  the next
- engine: runs the passes over each sentence in order; settlement: what the whole
  article settles about its claims (interviews: the answers speak for the one
  interviewed; sanctioning_powers: the US, the UK, the EU and the UN are no suppliers of
  Russia's war, whatever a sentence seems to say); merge: one claim per (subject,
  claim_type, stance) with the strongest evidence; learned_claims: after the rules, a linear
  model (claim_model.json, trained by tools/train_claim_model.py on the test articles) adds
  the triples it scores over its threshold that the rules did not produce, never removing one
  (off by default: `Extractor.load(learned=True)`, `EXTRACTOR_LEARNED=true`)

`make` compiles these modules with mypyc (same claims, about 1.5x faster); `compiled`
picks that build while it matches the sources, and the sources otherwise.
"""

from __future__ import annotations

from pathlib import Path

from shared.events import ClaimFields

from .compiled import choose_build

# before the first rule module is imported: they then load from the compiled build
COMPILED = choose_build(__path__)

from .engine import Engine  # noqa: E402
from .gazetteer import Gazetteer  # noqa: E402
from .learned_claims import LEARNED_VERSION, ClaimModel  # noqa: E402

EXTRACTOR_VERSION = "rules-1.13.1"

__all__ = ["COMPILED", "EXTRACTOR_VERSION", "Extractor"]


class Extractor:
    """Rules and gazetteers; build once (loading compiles the data), then call `extract`."""

    def __init__(self, gazetteer: Gazetteer, model: ClaimModel | None = None) -> None:
        self._gz = gazetteer
        self._engine = Engine(gazetteer, model)

    @classmethod
    def load(cls, gazetteer_path: str | Path | None = None, *, learned: bool = False) -> Extractor:
        """None = the bundled data file; a path extends it (or replaces it: `"replace": true`).
        `learned=True`: the rules, then the learned claims (learned_claims.py;
        `EXTRACTOR_LEARNED`)."""
        return cls(Gazetteer.load(gazetteer_path), ClaimModel.load() if learned else None)

    @property
    def version(self) -> str:
        """What the claims are stamped with: the rules' release, and the model's if on."""
        return EXTRACTOR_VERSION + ("+" + LEARNED_VERSION if self._engine.model else "")

    def extract(self, text: str) -> list[ClaimFields]:
        return self._engine.extract(text)

    def resolve_actor(self, name: str) -> str | None:
        """Alias or metonym to canonical name ("Beijing" -> "China"); None if unknown."""
        if not name or not name.strip():
            return None
        entry = self._gz.lookup(name)
        if entry is None or entry.kind in ("product", "place"):
            return None
        return entry.country if entry.kind == "demonym" else entry.name

    def actors(self) -> list[tuple[str, str]]:
        """(canonical name, kind) of every actor the gazetteer knows."""
        return self._gz.actors()
