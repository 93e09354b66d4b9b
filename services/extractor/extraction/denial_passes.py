"""The denials a sentence makes of claims the article made before it (or, for controlled
goods, of the sentence's own denied claims): a bare "the reports are false", a state's
"we comply with all sanctions", a company's disavowal, an accused person's denial."""

from __future__ import annotations

import re
from typing import Final

from .accused_denials import DENY_WORDS, accused_denials
from .attribution import Frame
from .claims import claim_kind, make_claim
from .clients import client_of
from .company_denials import company_denials, may_disavow
from .company_goods import generic_denial_type
from .compliance import CUE_WORDS as COMPLIANCE_WORDS
from .compliance import compliance_denials
from .denials import bare_denials, names_type
from .discourse import Discourse, Mention
from .export_controls import CUE_WORDS as CONTROL_WORDS
from .export_controls import controlled_goods_type
from .gazetteer import Gazetteer
from .merge import ClaimPool
from .refusals import EVASION_WORDS, refusal_denials
from .refusals import NEGATION_WORDS as NEGATIONS
from .sentence_context import SentenceContext
from .text import Sentence


def deny_controlled_goods(
    s: SentenceContext, claims: list[dict[str, object]], pool: ClaimPool
) -> None:
    """`claims`: the sentence's own, from its triggers."""
    denied_states = [
        c for c in claims if c["stance"] == "denied" and c["subject_kind"] == "country"
    ]
    if denied_states and not s.lows.isdisjoint(CONTROL_WORDS):
        # "has never provided lethal weapons ... and strictly controls the export
        # of dual-use items": the controlled goods are denied as well
        ctype = controlled_goods_type(s.sent.text)
        if ctype is None:
            return
        for claim in denied_states:
            known = pool.cands.get((str(claim["subject"]), ctype, "denied"))
            if known is not None:
                known.last_at = max(known.last_at, s.sent.start)  # said again here
                continue
            pool.add({**claim, "claim_type": ctype, "products": []})


# "acknowledged that Tehran sent a limited number of drones ... but insists none have been
# supplied since": the deliveries it admits, denied from then on
_NONE_SINCE_RE: Final = re.compile(
    r"\bnone\s+(?:have|has|had)\s+been\s+(?:supplied|sent|delivered|shipped|transferred|"
    r"provided|exported)\s+since\b"
    # "and that there had been no deliveries since"
    r"|\bthere\s+(?:have|has|had)\s+been\s+no\s+(?:further\s+|more\s+|new\s+)?(?:deliveries|"
    r"shipments|transfers|supplies|exports)\s+since\b",
    re.I,
)
_SUPPLY_TYPES: Final = frozenset({"drone_supply", "weapons_supply", "component_supply"})


def deny_later_deliveries(
    s: SentenceContext, claims: list[dict[str, object]], pool: ClaimPool
) -> None:
    """`claims`: the sentence's own, from its triggers."""
    if ("none" not in s.lows and "no" not in s.lows) or "since" not in s.lows:
        return
    if _NONE_SINCE_RE.search(s.sent.text) is None:
        return
    for claim in claims:
        if claim["stance"] == "asserted" and claim["claim_type"] in _SUPPLY_TYPES:
            pool.add({**claim, "stance": "denied"})


def _denied_here(s: SentenceContext, pool: ClaimPool) -> bool:
    """Whether the sentence's own trigger already said what is denied, and of whom."""
    return any(
        k[2] == "denied" and c.fields["start"] == s.sent.start for k, c in pool.cands.items()
    )


def add_bare_denials(
    s: SentenceContext, state: Discourse, pool: ClaimPool
) -> list[tuple[str, str, str]]:
    """The keys of the new denials whose type only the charges told (`Iran rejected the
    accusations`): the next sentence may say what was denied."""
    cands = pool.cands
    if not (s.cue and cands):
        return []
    sent = s.sent
    inferred: list[tuple[str, str, str]] = []
    found = bare_denials(sent.text, sent.start, s.frames, cands, s.mentions, state.title_end)
    for mn, ctype, denier, only_inferred in found:
        if _denied_here(s, pool):
            continue  # this sentence already says what is denied, and of whom:
            # "Russian officials dismissed reports of North Korean troops ..."
        claim = make_claim(
            sent,
            mn,
            ctype,
            "denied",
            denier,
            None,
            [],
            0,
            False,
            kind=claim_kind(mn),
            implicit=True,
        )
        key = (str(claim["subject"]), ctype, "denied")
        if only_inferred and key not in cands:
            inferred.append(key)
        pool.add(claim)
    return inferred


def drop_answered_bare_denials(
    s: SentenceContext, inferred: list[tuple[str, str, str]], pool: ClaimPool, paragraph: int
) -> None:
    """`inferred`: the denials the previous sentence (in `paragraph`) typed by the charges
    alone. "China rejected the accusations. Its spokesman said it "has never provided
    lethal weapons"": when the next sentence of the paragraph denies something of the same
    subject, that is what was rejected."""
    if not inferred or s.sent.paragraph != paragraph:
        return
    cands, at = pool.cands, s.sent.start
    for key in inferred:
        bare = cands.get(key)
        if bare is None or bare.last_at >= at or names_type(s.lows, key[1]):
            continue  # gone, said again here, or named ("weapons, including drones")
        if any(k[0] == key[0] and k[2] == "denied" and c.last_at == at for k, c in cands.items()):
            del cands[key]


def add_compliance_denials(s: SentenceContext, gz: Gazetteer, pool: ClaimPool) -> None:
    cands = pool.cands
    if not (s.cue and cands and not s.lows.isdisjoint(COMPLIANCE_WORDS)):
        return

    sent = s.sent
    charged = [k[0] for k in cands if k[2] == "asserted"]
    for who, speaker in compliance_denials(
        sent.text, sent.start, s.frames, lambda name: _is_state(gz, name), charged
    ):
        _deny_evasion(sent, who, speaker, pool)


def add_refusal_denials(s: SentenceContext, gz: Gazetteer, pool: ClaimPool) -> None:
    """ "does not allow its territory to be used to circumvent sanctions": the state denies."""
    if not (s.cue and not s.lows.isdisjoint(EVASION_WORDS) and not s.lows.isdisjoint(NEGATIONS)):
        return
    sent, cands = s.sent, pool.cands
    for who, speaker in refusal_denials(
        sent.text, sent.start, s.frames, s.mentions, lambda name: _is_state(gz, name)
    ):
        misread = cands.get((who, "sanctions_evasion", "asserted"))
        if misread is not None and misread.fields["start"] == sent.start:
            del cands[(who, "sanctions_evasion", "asserted")]  # the refusal itself
        _deny_evasion(sent, who, speaker, pool)


def _deny_evasion(sent: Sentence, state: str, speaker: str | None, pool: ClaimPool) -> None:
    """The state denies any part in sanctions evasion (once an article)."""
    if (state, "sanctions_evasion", "denied") in pool.cands:
        return
    state_mn = Mention(sent.start, sent.start + 1, 0, 1, state, "country", "", state)
    claim = make_claim(
        sent,
        state_mn,
        "sanctions_evasion",
        "denied",
        speaker,
        None,
        [],
        0,
        False,
        kind="country",
        implicit=True,
    )
    pool.add(claim)


def _is_state(gz: Gazetteer, name: str) -> bool:
    entry = gz.canonical(name)
    return entry is not None and entry.kind == "country"


def add_company_denials(
    s: SentenceContext, state: Discourse, gz: Gazetteer, pool: ClaimPool
) -> None:
    cands, lows = pool.cands, s.lows
    if not (
        s.cue
        and (cands or "client" in lows)  # a lawyer's client may be named only here
        and may_disavow(lows)
        and not _denied_here(s, pool)
    ):
        return
    sent, mentions = s.sent, s.mentions
    last_org = state.orgs[-1].name if state.orgs else None
    keys = list(cands)
    client = client_of(sent.text, sent.start, mentions, state) if "client" in lows else None
    # "the company's general manager, X, said the firm ...": X speaks for it
    staff = next((f.speaker for f in s.frames if _person_frame(f)), None)
    accused_speaker = _accused_speaker(s, keys, state) if "i" in lows else None
    for who, ctype, at, kind in company_denials(
        sent.text,
        sent.start,
        mentions,
        last_org,
        keys,
        client,
        lambda name: generic_denial_type(
            gz, name, {t for n, t, st in keys if n == name and st == "asserted"}
        ),
        accused_speaker,
    ):
        if any(k[0] == who and k[2] == "denied" for k in keys):
            continue  # its denial is already read (from this sentence's own verb)
        role = "company" if kind == "organization" else "private"
        company = Mention(at, at + 1, 0, 1, who, kind, role, via="coref")
        speaker = staff if staff is not None and staff != who else who
        claim = make_claim(
            sent, company, ctype, "denied", speaker, None, [], 0, False, implicit=True
        )
        pool.add(claim)


def add_accused_denials(s: SentenceContext, state: Discourse, pool: ClaimPool) -> None:
    cands = pool.cands
    if not cands or s.lows.isdisjoint(DENY_WORDS):
        return  # (accused_denials' own gate, before the work to call it)
    sent = s.sent
    last_org = state.orgs[-1].name if state.orgs else None
    denied_here = {
        k[0] for k, c in cands.items() if k[2] == "denied" and c.fields["start"] == sent.start
    }
    denials = accused_denials(
        sent.text, sent.start, s.lows, s.mentions, cands, last_org, denied_here, sent.low
    )
    for who, kind, ctype, denier in denials:
        if (who, ctype, "denied") in cands:
            continue
        accused = Mention(sent.start, sent.start + 1, 0, 1, who, kind, "private")
        claim = make_claim(
            sent, accused, ctype, "denied", denier, None, [], 0, False, implicit=True
        )
        pool.add(claim)


def _accused_speaker(
    s: SentenceContext, keys: list[tuple[str, str, str]], state: Discourse
) -> str | None:
    """The speaker of the sentence if it is the person the article last named and accused:
    whose "I" a quote is ("\"I have never sent anything there,\" he wrote")."""
    accused = state.last_person
    if accused is None or not any(n == accused and st == "asserted" for n, _t, st in keys):
        return None
    return accused if any(f.speaker == accused for f in s.frames) else None


def _person_frame(f: Frame) -> bool:
    return bool(
        f.speaker
        and not f.denial
        and not f.relative
        and (f.person or (f.mention is not None and f.mention.kind == "person"))
    )
