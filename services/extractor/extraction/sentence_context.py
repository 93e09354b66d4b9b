"""One sentence as the passes read it: its tokens, mentions, frames, products and source,
read once, and the gates that decide how much reading it gets."""

from __future__ import annotations

import re
from typing import Final

from .attribution import PUBLISHED_WORDS, Frame, find_frames, note_statement
from .called_false import rebuffs
from .cases import note_case_state
from .discourse import Discourse, Mention
from .gazetteer import Gazetteer, Match
from .lexicon import (
    CALL_VERBS,
    DEAL_NOUNS,
    EVASION_TOKENS,
    FALSE_WORDS,
    GOODS_WORDS,
    OPPOSE_WORDS,
    PEOPLE_WORDS,
    PERSONNEL_WORDS,
    POSTED_ON_RE,
    REPORT_WORDS,
    SANCTION_TOKENS,
    TRIGGER_WORDS,
    WAR_PLACES,
    sanction_cue,
)
from .mentions import find_mentions
from .products import Product, find_products
from .proposals import note_proposer
from .roles import russia_linked
from .speaker_country import add_speaker_country
from .text import Sentence, Token
from .triggers import COME_WORDS, PRESENCE_REPORT_NOUNS, SOURCE_NOUNS
from .words import Word, word_view
from .wordset import word_set

_CONTINUATION_RE: Final = re.compile(
    r"^[\"“]?(?:The|This|These|That|It|He|She|They|Its|In addition|Also|Additionally|Moreover|"
    r"Furthermore|Besides)\b"
)
_WHOLE_QUOTE_RE: Final = re.compile(r"^[\"“][^\"“”]+[.!?][\"”]$")
_CLAIM_CUES: Final = frozenset(TRIGGER_WORDS) | PERSONNEL_WORDS | EVASION_TOKENS | SANCTION_TOKENS
_MAKE_CUES: Final = word_set(
    """make makes making made turn turns turned turning churn churns churned churning rely
    relies relied relying depend depends depended depending run runs ran running"""
)
# "the Council listed X", "The bloc targeted X" (triggers.py)
_LIST_CUES: Final = word_set("listed lists")
_POSTED_RE: Final = re.compile(r"\bposted\b", re.I)
_TOPIC_LIST_CUES: Final = word_set(
    """target targeted targets list named names included singled penalized penalised
    additions listings entries hit hits"""
)  # only where sanctions are the topic


class SentenceContext:
    """What every pass reads of one sentence (plain class: see text.Token). `may`: it may
    state a claim; `cue`: it may report or deny one; `linked`: it speaks of Russia, and
    `context_linked`: so do the sentences just before it or the title; `source`: who says
    it, named here or carried over from the sentence before."""

    __slots__ = (
        "context_linked",
        "cue",
        "explicit",
        "frames",
        "linked",
        "lows",
        "made",
        "matches",
        "may",
        "mentions",
        "products",
        "sent",
        "source",
        "tokens",
        "words",
    )

    def __init__(
        self,
        sent: Sentence,
        tokens: list[Token],
        matches: list[Match],
        may: bool,
        cue: bool,
        words: list[Word],
        mentions: list[Mention],
        linked: bool,
        context_linked: bool,
        frames: list[Frame],
        explicit: str | None,
        source: str | None,
        products: list[Product],
    ) -> None:
        self.sent = sent
        self.lows = sent.lows
        self.tokens = tokens
        self.matches = matches
        self.may = may
        self.cue = cue
        self.words = words
        self.mentions = mentions
        self.linked = linked
        self.context_linked = context_linked
        self.frames = frames
        self.explicit = explicit
        self.source = source
        self.products = products
        self.made: list[dict[str, object]] = []  # this sentence's claims, for its groups


def read_sentence(
    sent: Sentence,
    tokens: list[Token],
    gz: Gazetteer,
    state: Discourse,
    recently_linked: bool,
    carry: str | None,
    carry_para: int,
) -> SentenceContext:
    """Read the sentence (noting in `state` whether sanctions are the topic and what case it
    reports); `carry` is the previous sentence's source, in paragraph `carry_para`."""
    sent.low = sent.text.lower()
    sent.lows = lows = frozenset([t.low for t in tokens])
    sent.texts = frozenset([t.text for t in tokens])
    may = may_claim(sent.text, lows) or (
        not lows.isdisjoint(_TOPIC_LIST_CUES)
        and (sent.index - state.sanction_at <= 2 or state.sanction_title)
    )
    if may and sanction_cue(lows):
        state.sanction_at = sent.index  # sanctions are the topic here
        state.sanction_title = state.sanction_title or sent.index == 0
    cue = (
        not lows.isdisjoint(REPORT_WORDS)
        or ("according" in lows and "according to" in sent.low)
        or (
            not lows.isdisjoint(FALSE_WORDS)
            and not (lows.isdisjoint(CALL_VERBS) and lows.isdisjoint(OPPOSE_WORDS))
        )
        or ("by" in lows and not lows.isdisjoint(PUBLISHED_WORDS))  # a report's author
        or ("posted" in lows and _posted_on(sent.text))
        or rebuffs(lows)
    )
    words = word_view(sent, tokens) if (may or cue) else []
    matches = gz.scan(tokens)
    mentions = find_mentions(sent, tokens, matches, gz, state, light=not (may or cue))
    linked = russia_linked(mentions, state.russian_orgs)
    note_case_state(sent, tokens, mentions, state)
    note_proposer(sent.text, sent.start, lows, mentions, state)
    context_linked = linked or recently_linked
    frames = find_frames(sent, tokens, words, mentions, state) if cue else []
    if may:
        add_speaker_country(sent, tokens, mentions, frames, gz, state)
    note_statement(sent, tokens, mentions, frames, state)
    explicit = next(
        (f.speaker for f in frames if not f.denial and f.speaker and not f.relative), None
    )
    if (
        explicit is None
        and not cue
        and carry
        and (
            _CONTINUATION_RE.match(sent.text)
            # `"...," X told reporters. "Russia is receiving ..."`: X goes on speaking
            or (sent.paragraph == carry_para and _WHOLE_QUOTE_RE.match(sent.text))
        )
    ):
        source: str | None = carry
    else:
        source = explicit
    products = find_products(sent.text, sent.start, tokens, matches) if may else []
    return SentenceContext(
        sent,
        tokens,
        matches,
        may,
        cue,
        words,
        mentions,
        linked,
        context_linked,
        frames,
        explicit,
        source,
        products,
    )


def may_claim(text: str, lows: frozenset[str]) -> bool:
    if not lows.isdisjoint(_CLAIM_CUES):
        return True
    if "arms" in lows and not lows.isdisjoint(DEAL_NOUNS):
        return True  # "denied engaging in arms trade"
    if not lows.isdisjoint(PEOPLE_WORDS) and (
        not lows.isdisjoint(WAR_PLACES) or not lows.isdisjoint(PRESENCE_REPORT_NOUNS)
    ):
        return True  # "reports of Iranian advisers in Crimea", "of Chinese personnel at"
    if (
        not lows.isdisjoint(_MAKE_CUES)
        or ("from" in lows and not lows.isdisjoint(COME_WORDS))
        or not lows.isdisjoint(SOURCE_NOUNS)
    ):  # "making drones", not "made it clear"; "the cameras came from X"; "the main source
        # of its engines"
        return not lows.isdisjoint(GOODS_WORDS)
    return sanction_cue(lows) or not lows.isdisjoint(_LIST_CUES)


def _posted_on(text: str) -> bool:
    """Whether a "posted" in `text` reports a post ("posted on X that")."""
    return any(POSTED_ON_RE.match(text, m.end()) for m in _POSTED_RE.finditer(text))
