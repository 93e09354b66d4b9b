"""Whom a lawyer's "my client" stands for: `Lasitsa's lawyer` -> Lasitsa, `the company's
attorney` -> the company the article last named, `His attorney` -> the person it last named."""

from __future__ import annotations

import re
from typing import Final

from .discourse import Discourse, Mention

CLIENT_RE: Final = re.compile(r"\b(?:his|her|their|its|our|my|the)\s+client\b", re.I)
_COUNSEL: Final = (
    r"(?:(?:defen[cs]e|lead|criminal|company)\s+)?(?:lawyer|attorney|counsel|solicitor|advocate)s?"
)
_OWN_COUNSEL_RE: Final = re.compile(rf"\b(?:[Hh]is|[Hh]er)\s+{_COUNSEL}\b")
_COMPANY_COUNSEL_RE: Final = re.compile(rf"\b[Tt]he\s+(?:company|firm)['’]s\s+{_COUNSEL}\b")
_NAMED_COUNSEL_RE: Final = re.compile(rf"\b([A-Z][\w-]+)['’]s\s+{_COUNSEL}\b")
_POSSESSED_COUNSEL_RE: Final = re.compile(rf"^['’]s\s+{_COUNSEL}\b")


def client_of(
    text: str, base: int, mentions: list[Mention], state: Discourse
) -> tuple[str, str] | None:
    """(name, kind) of the client the sentence's lawyer speaks for, if it says whose."""
    for m in mentions:
        if (
            m.kind in ("person", "organization")
            and m.role != "media"
            and _POSSESSED_COUNSEL_RE.match(text, m.end - base)
        ):
            return m.name, m.kind
    named = _NAMED_COUNSEL_RE.search(text)
    if named is not None and named.group(1) in state.surnames:  # "Lasko's lawyer"
        return state.surnames[named.group(1)], "person"
    if _COMPANY_COUNSEL_RE.search(text):
        org = next((o for o in reversed(state.orgs) if o.role not in ("media", "research")), None)
        return (org.name, "organization") if org is not None else None
    if _OWN_COUNSEL_RE.search(text) and state.last_person is not None:
        return state.last_person, "person"
    return None
