"""What a sentence leaves in the article's discourse once every pass has read it: the
actors it named, who spoke, and the source a pronoun in a later sentence refers to."""

from __future__ import annotations

from typing import Final

from .discourse import Discourse, Mention, describes_another
from .group_refs import note_company_groups
from .people import PRIVATE
from .plural_refs import last_coordinated
from .pronoun_sanctioners import note_government_subject
from .sentence_context import SentenceContext
from .shortnames import note_region_names

_REGION_NAMES: Final = frozenset({"North Korea", "European Union"})


def note_sentence(s: SentenceContext, state: Discourse) -> None:
    # "Kupol, a subsidiary of Almaz-Antey, ... The company": the one the apposition
    # describes stays the last named, not the owner named inside it
    for m in _describers_first(s.mentions):
        if m.name in _REGION_NAMES and m.name not in state.cored:
            state.cored.add(m.name)
            note_region_names(m.name, state)
        if m.kind == "country" and m.via != "coref":
            state.note_country(m.name)
        if m.kind == "organization":
            if m.prep != "based":  # "the Rostec-owned maker": the owner only describes it
                state.note_org(m)
                if not describes_another(m):  # not one of "both companies" named one by one
                    state.org_named_at[m.name] = s.sent.index
        elif m.kind == "person":
            state.note_person(m.name)
            state.private_last = m.role == PRIVATE
            if state.private_last:
                state.last_private = m.name
    state.note_org_list(s.mentions, s.sent.index)
    note_company_groups(s.sent, s.mentions, state)
    state.note_actor_lists(s.mentions, s.sent.index)
    note_government_subject(s.sent.index, s.tokens, s.mentions, state)
    if coordinated := last_coordinated(s.sent, s.mentions):
        state.coordinated, state.coordinated_at = coordinated, s.sent.index
    frames = s.frames
    for f in frames:
        if f.speaker and (f.person or (f.mention is not None and f.mention.kind == "person")):
            state.note_person(f.speaker)
    if s.explicit:
        state.last_source = s.explicit
    elif spoke_for := next(
        (
            f.speaker
            for f in frames
            if f.denial
            and f.speaker
            and not f.relative
            and f.mention is not None
            and f.mention.via != "coref"  # not "the company": who it is may be a guess
        ),
        None,
    ):  # "The embassy rejected ... '...,' a spokesman said": the denier's spokesman
        state.last_source = spoke_for


def _describers_first(mentions: list[Mention]) -> list[Mention]:
    """The mentions that describe another first, each part in the sentence's order: the
    stable sort by `not describes_another`, without its key call for each mention (most
    sentences have none)."""
    first = [m for m in mentions if describes_another(m)]
    if not first:
        return mentions
    return first + [m for m in mentions if not describes_another(m)]
