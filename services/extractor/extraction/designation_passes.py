"""The passes that read who a sanctions list or designation names, outside the trigger
route: annex items, the members of a sanctioned group or of an unnamed set of targets,
"one of them", "another listed company", list appositions, "the new listings include",
the owners of frozen assets, and the claims a group's named members share."""

from __future__ import annotations

import re
from typing import Final

from .annex import is_heading, item_target, note_heading
from .claims import designation
from .discourse import Discourse, Mention
from .groups import GROUP_NOUNS, Group, conduct_members, group_reference, sanctioned_groups
from .listings import (
    FREEZE_WORDS,
    LISTED_WORDS,
    LISTING_FIRSTS,
    ONE_OF_THEM,
    back_reference_members,
    frozen_owners,
    list_appositions,
    listed_referents,
    listed_subjects,
    listing_authority,
    listing_members,
    names_listed_group,
    one_of_them,
    seated_share,
)
from .merge import ClaimPool
from .sanctions import MEMBER_OF_THEM_RE, OPEN_MEMBERS_RE, listed_members, unnamed_cut
from .sentence_context import SentenceContext
from .text import Sentence


def _current_authority(state: Discourse) -> str | None:
    return state.last_authority or state.open_authority or state.issuer


def read_annex_line(
    s: SentenceContext, state: Discourse, pool: ClaimPool, text: str, lined: bool
) -> None:
    """A heading line opens or ends an annex list; an item's first sentence names the target
    that its later sentences speak of (`lined`: the article has lines of their own)."""
    sent = s.sent
    if lined and is_heading(text, sent):
        note_heading(sent, state)
    elif state.annex and sent.paragraph != state.item_para:
        target = item_target(sent, s.tokens, s.mentions, state)
        if target is not None:
            state.item, state.item_para = target, sent.paragraph
            claim = designation(
                sent,
                target,
                state.issuer or state.open_authority or state.last_authority,
            )
            pool.add(claim)


_MEMBERS_RE: Final = re.compile(
    r"(?:(?:The|These|Those)\s+(?:\w+\s+)?(?:firms|companies|entities|suppliers|exporters|"
    r"businesses)\s+"
    # "The companies named by the Treasury are X, Y and Z"
    r"(?:(?:named|listed|designated|sanctioned|targeted)\s+(?:by\s+(?:the\s+)?[\w.]+\s+)?)?"
    r"(?:include|included|are|were)|Among them (?:are|were)|They include|"
    r"These include)\b"
)


def share_group_claims(
    s: SentenceContext, group_claims: list[tuple[int, dict[str, object]]], pool: ClaimPool
) -> None:
    if group_claims and _MEMBERS_RE.match(s.sent.text):
        for claim in _member_claims(s.sent, s.mentions, group_claims):
            pool.add(claim)


def _member_claims(
    sent: Sentence, mentions: list[Mention], group_claims: list[tuple[int, dict[str, object]]]
) -> list[dict[str, object]]:
    """ "Four Chinese firms were sanctioned ... The firms include X and Y": X and Y share the
    claims the previous two sentences made about the group."""
    recent = [c for i, c in group_claims if sent.index - i <= 2]
    cut = unnamed_cut(mentions, sent.text, sent.start, 0)
    out: list[dict[str, object]] = []
    for mn in mentions:
        if mn.kind != "organization" or mn.role in ("media", "research", "government"):
            continue
        if mn.start >= cut:
            continue
        for claim in recent:
            if mn.country is not None and mn.country != claim["subject"]:
                continue
            conf = claim["confidence"]
            out.append(
                {
                    **claim,
                    "subject": mn.name,
                    "subject_kind": "organization",
                    "evidence": sent.text,
                    "start": sent.start,
                    "end": sent.end,
                    "confidence": round(conf - 0.1, 2) if isinstance(conf, float) else conf,
                }
            )
    return out


_AMONG_THEM: Final = ("Among them", "Among those", "Among these")


def designate_open_members(s: SentenceContext, state: Discourse, pool: ClaimPool) -> None:
    """The targets a recent sentence sanctioned without naming them, or named only as groups
    ("several Chinese firms"), named here."""
    sent, lows = s.sent, s.lows
    if (
        _open_reach(sent, state.open_sanction_at, state.sanction_at)
        and OPEN_MEMBERS_RE.match(sent.text)
    ) or (
        # "Fifteen of the newly listed companies are based in China. Among them is X"
        (sent.index - state.group_sanction_at <= 2 or sent.index - state.listed_group_at == 1)
        and "among" in lows
        and (OPEN_MEMBERS_RE.match(sent.text) or MEMBER_OF_THEM_RE.search(sent.text))
    ):
        for mn in listed_members(s.mentions, sent.text, sent.start):
            claim = designation(
                sent,
                mn,
                state.open_authority,
                name=mn.country if mn.kind == "adjective" else mn.name,
            )
            pool.add(claim)
            s.made.append(claim)


def _open_reach(sent: Sentence, opened_at: int, topic_at: int) -> bool:
    """Whether an open sanctions sentence is near enough: "Among them" only shortly after
    (or while the sentences between still speak of the listings: "Of the new listings, 61
    are ... Among them are X and Y"), "Among the Russian companies", naming its noun
    again, a few sentences on."""
    gap = sent.index - opened_at
    return gap <= 2 or (
        gap <= _OPEN_REACH and (not sent.text.startswith(_AMONG_THEM) or sent.index - topic_at <= 2)
    )


def designate_group_members(s: SentenceContext, groups: list[Group], pool: ClaimPool) -> None:
    if groups:
        for mn, group in _group_members(s.sent, s.mentions, s.made, groups):
            group.members.add(mn.name)
            pool.add(designation(s.sent, mn, group.authority))


def _group_members(
    sent: Sentence, mentions: list[Mention], made: list[dict[str, object]], groups: list[Group]
) -> list[tuple[Mention, Group]]:
    """The members of groups sanctioned before that this sentence names."""
    if sent.text.startswith(("The ", "the ")):
        group, named = group_reference(mentions, sent.text, sent.start, groups)
        if group is not None:
            return [(mn, group) for mn in named if group.admits(mn.name)]
    return conduct_members(mentions, made, groups) if made else []


def note_sanctioned_groups(s: SentenceContext, groups: list[Group]) -> None:
    """Add to `groups` those the sentence's sanctions name: their members may follow."""
    made = s.made
    if made and not s.lows.isdisjoint(GROUP_NOUNS):
        by = next(
            (
                c["source"]
                for c in made
                if c["claim_type"] == "sanctions_imposed"
                and c["subject_kind"] in ("group", "country")
                and c["source"] is not None
            ),
            None,
        )
        if by is not None:  # "sanctions on three Hong Kong trading firms"
            sent = s.sent
            found = sanctioned_groups(s.mentions, sent.text, sent.start, str(by), sent.index)
            groups.extend(found)


def designate_listed(s: SentenceContext, state: Discourse, pool: ClaimPool) -> None:
    """ "One of them, X", "another listed company, X", "X, on the list": where sanctions
    are the topic."""
    sent, lows, mentions = s.sent, s.lows, s.mentions
    topic = sent.index - state.sanction_at <= 2 or state.sanction_title
    listed = topic and not lows.isdisjoint(LISTED_WORDS)
    members: list[Mention] = []
    if sent.text.startswith(ONE_OF_THEM) and (
        sent.index - state.group_sanction_at <= 1 or sent.index - state.listed_group_at == 1
    ):  # "... the listed Indian firms had supplied ... One of them, X, shipped"
        members = one_of_them(mentions, sent.text, sent.start)
    elif listed:  # "another listed company, X"
        members = listed_referents(mentions, sent.text, sent.start)
    elif _targets_left_open(sent.index, state):
        # "The other two, X and Y, were accused of ...": the rest of the set just sanctioned
        members = back_reference_members(mentions, sent.text, sent.start)
    for mn in members:
        claim = designation(sent, mn, _current_authority(state))
        pool.add(claim)
    if topic and ("list" in lows or "blacklist" in lows):
        for mn in list_appositions(mentions, sent.text, sent.start):
            claim = designation(sent, mn, _current_authority(state))
            pool.add(claim)
    if (
        ("list" in lows or "blacklist" in lows)
        and state.sanction_at >= 0
        and (sent.index - state.sanction_at <= _LIST_REACH or state.sanction_title)
    ):  # "Both X and Y appear on the new list": the list the article spoke of before
        for mn in listed_subjects(mentions, sent.text, sent.start):
            claim = designation(sent, mn, _current_authority(state))
            pool.add(claim)
    if listed and names_listed_group(sent.text):
        state.listed_group_at = sent.index


_LIST_REACH: Final = 8  # sentences: a list named as such is remembered longer than a topic


def _targets_left_open(index: int, state: Discourse) -> bool:
    """Whether a sentence shortly before sanctioned targets it did not (all) name, or the
    article (its title on sanctions) did at all: "US sanctions four UAE traders"."""
    last = max(state.group_sanction_at, state.open_sanction_at)
    return index - last <= _OPEN_REACH or (state.sanction_title and last >= 0)


_OPEN_REACH: Final = 4  # sentences: "sanctioned four firms ... The fourth company, X"


def designate_listing_members(s: SentenceContext, state: Discourse, pool: ClaimPool) -> None:
    sent = s.sent
    if (
        (
            sent.text[:5].split(" ", 1)[0] in LISTING_FIRSTS
            or " of th" in sent.text[:40]
            or sent.text.startswith("Of th")
        )
        and (sent.index - state.sanction_at <= 3 or state.sanction_title)
        and sent.index > 0
    ):  # "The new listings include X and Y"
        members = listing_members(s.mentions, sent.text, sent.start)
        if not members and "of th" in sent.low:  # "a third of the companies ... are
            after = sent.index - state.sanction_at <= 2  # based in China"; "Of those, 19"
            members = seated_share(s.mentions, sent.text, sent.start, after)
        lister = listing_authority(s.mentions, sent.text, sent.start) if members else None
        for mn in members:
            claim = designation(
                sent,
                mn,
                lister or _current_authority(state),
                name=mn.country if mn.kind == "adjective" else mn.name,
            )
            pool.add(claim)


def designate_frozen_owners(s: SentenceContext, state: Discourse, pool: ClaimPool) -> None:
    if not s.lows.isdisjoint(FREEZE_WORDS):  # "any of X's assets ... are frozen"
        sent = s.sent
        for mn in frozen_owners(s.mentions, sent.text, sent.start):
            claim = designation(sent, mn, _current_authority(state))
            pool.add(claim)
