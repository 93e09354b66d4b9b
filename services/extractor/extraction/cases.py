"""The state whose authorities bring the case an article reports: `Taiwanese prosecutors
indicted a businessman`, `Italy's finance police ... seized goods`, `Belgian customs are
investigating`, `SECO has opened proceedings against X`. What the article then says of the
accused in its own voice (`is alleged to have delivered`, `allegedly resold`) is that
state's allegation."""

from __future__ import annotations

from typing import Final

from .discourse import Discourse, Mention, partner_of_subject
from .gazetteer import Gazetteer
from .lexicon import AUTHORITY_HEADS
from .merge import Candidate
from .text import Sentence, Token
from .wordset import word_set

_LEAD_SENTENCES: Final = 3  # the case is the title's or the lead's
_ENFORCERS: Final = word_set(
    """prosecutor prosecutors prosecution police customs investigators court courts judge
    authorities service office"""
)
_CASE_VERBS: Final = word_set(
    """charge charged charges charging indict indicted indicts indictment investigating investigates
    investigation investigate probe probed probing seized seizing searched raided arrested
    detained convicted sentenced proceedings prosecuting suspects"""
)
# words between a state and its enforcer: "Italy's finance police", "the Swiss federal
# prosecutor's office", "Taiwanese district prosecutors"
_BETWEEN: Final = word_set(
    """'s federal state public finance financial district regional city county national
    customs criminal economic chief general attorney security tax border -"""
)
_RECORDS: Final = word_set(
    "data records statistics figures filings declarations documents database"
)
_STATE_KINDS: Final = frozenset({"country", "adjective", "group", "place"})
_RESIDENTS: Final = word_set(
    "man woman resident businessman businesswoman entrepreneur company firm"
)
_TOWN_ROLES: Final = frozenset({"capital", "place"})
_SEATED: Final = word_set("prosecutors court jury judge judges")
_DISTRICT_SIDES: Final = word_set("eastern western northern southern central middle")
_AUX: Final = word_set("has have had is are was were also now today")
_ACCUSED_STATE: Final = "Russia"  # the recipient's capital names no case's court


def note_case_state(
    sent: Sentence, tokens: list[Token], mentions: list[Mention], state: Discourse
) -> None:
    """Remember the state of the first authority the lead shows acting on a case."""
    if state.case_state is not None or sent.index > _LEAD_SENTENCES:
        return
    lows = sent.lows
    if not lows.isdisjoint(_CASE_VERBS):
        state.case_lead = True
    if not state.case_lead:
        return  # "detained in Lithuania ... This was reported by the Lithuanian Prosecutor
        # General's Office": the authority may come a sentence after the case
    for mn in mentions:
        if mn.kind in _STATE_KINDS or (mn.kind == "organization" and mn.role == "government"):
            # an agency speaks for its state; one of no known state names none
            who = mn.country if mn.kind == "organization" else mn.country or mn.name
            if mn.prep == "with" and partner_of_subject(tokens, mn):
                continue  # "a research team working with Ukraine's security service": not its case
            if who and _names_enforcer(sent, tokens, mn):
                state.case_state = who
                return
    if state.case_place is None and not lows.isdisjoint(_CASE_VERBS):
        # "a Riga resident", "Riga man charged": the city of the accused, where a case
        # whose authority names no state is tried
        state.case_place = next(
            (
                m.country
                for m in mentions
                if m.role in _TOWN_ROLES
                and m.country
                and m.country != _ACCUSED_STATE
                and _of_town(tokens, m)
            ),
            None,
        )


def _of_town(tokens: list[Token], m: Mention) -> bool:
    """`a Riga resident`, `a businessman from Gdańsk`: one who lives in the town; `federal
    prosecutors in Brooklyn`, `a jury in Miami`: the court or the prosecutors who sit there."""
    if m.tok_end < len(tokens) and tokens[m.tok_end].low in _RESIDENTS:
        return True
    i = m.tok_start
    if i >= 2 and tokens[i - 1].low == "in" and tokens[i - 2].low in _SEATED:
        return True
    if _seated_in_district(tokens, i):
        return True
    return i >= 2 and tokens[i - 1].low == "from" and tokens[i - 2].low in _RESIDENTS


def _seated_in_district(tokens: list[Token], i: int) -> bool:
    """`a grand jury in the Eastern District of New York`: the court's district names the
    town it sits in."""
    j = i - 1
    if j < 4 or tokens[j].low != "of" or tokens[j - 1].low != "district":
        return False
    j -= 2
    if tokens[j].low in _DISTRICT_SIDES:
        j -= 1
    if tokens[j].low == "the":
        j -= 1
    return j >= 1 and tokens[j].low == "in" and tokens[j - 1].low in _SEATED


def _names_enforcer(sent: Sentence, tokens: list[Token], mn: Mention) -> bool:
    """`Taiwanese prosecutors`, `Italy's finance police`; a government body that acts on a
    case (`SECO has opened proceedings`) is one."""
    if mn.tok_end - mn.tok_start > 1 and any(
        t.low in _ENFORCERS for t in tokens[mn.tok_start + 1 : mn.tok_end]
    ):
        return True  # "Taiwanese prosecutors", "Lithuanian customs officers" as one name
    k = mn.tok_end
    if mn.kind == "organization" or (
        mn.role == "government" and sent.text[mn.start - sent.start : mn.end - sent.start].isupper()
    ):  # "SECO has opened proceedings", "the Council investigates"
        while k < len(tokens) and k - mn.tok_end <= 2 and tokens[k].low in _AUX:
            k += 1
        return any(t.low in _CASE_VERBS for t in tokens[k : k + 2])
    while k < len(tokens) and k - mn.tok_end <= 3:
        if tokens[k].low in _ENFORCERS:
            # "based on Russian customs data": the records of an authority, not its case
            return k + 1 >= len(tokens) or tokens[k + 1].low not in _RECORDS
        if tokens[k].low not in _BETWEEN:
            return False
        k += 1
    return False


def case_sources(
    cands: dict[tuple[str, str, str], Candidate], state: Discourse, gz: Gazetteer
) -> None:
    """Claims about others, in the article's own voice, are the case state's allegations."""
    who = state.case_state or state.case_place
    if who is None:
        return
    for c in cands.values():
        f = c.fields
        if f["stance"] != "asserted" or f["subject"] == who:
            continue
        src = f["source"]
        if src is None or (isinstance(src, str) and _stateless_body(src, gz)):
            f["source"] = who


def denials_speak_for_themselves(
    cands: dict[tuple[str, str, str], Candidate], gz: Gazetteer
) -> None:
    """`X's managing director told De Standaard that the company had never ...`: the outlet
    that heard a denial does not make it."""
    for c in cands.values():
        f = c.fields
        src = f["source"]
        if f["stance"] != "denied" or not isinstance(src, str) or f["subject_kind"] == "country":
            continue
        entry = gz.canonical(src)
        told = f"told {src}" in str(f["evidence"])  # "told De Standaard by telephone"
        if told or (entry is not None and entry.role == "media"):
            f["source"] = f["subject"]


def _stateless_body(name: str, gz: Gazetteer) -> bool:
    """`State Security Service`, `the Customs Criminal Investigation Office`: an authority
    the article does not give a state; in a case story it is the case state's."""
    return name.rpartition(" ")[2] in AUTHORITY_HEADS and gz.canonical(name) is None
